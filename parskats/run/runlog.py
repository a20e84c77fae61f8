"""The run's log: one timestamped line per step (with timing and counts) on stderr and appended to
logs/parskats.log, and a progress bar on stderr when stderr is a terminal.

Plain lines, no colours, so the file reads well the next morning and cron mails stay clean. When
the log file cannot be written (read-only folder, full disk) the lines still go to stderr and the
file is given up for the rest of the run, with one line saying so. It does not decide what is
logged; the pipeline does.
"""
from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path


class RunLog:
    def __init__(self, log_file: Path | None, *, echo: bool = True, stream=None):
        self.stream = stream or sys.stderr
        self.echo = echo
        self.log_file = Path(log_file) if log_file else None
        self.is_tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._pid = os.getpid()
        if self.log_file:
            try:
                self.log_file.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                self._give_up_file(exc)

    def line(self, text: str, *, always: bool = False) -> None:
        stamped = f"{time.strftime('%Y-%m-%d %H:%M:%S')} [{self._pid}] {text}"
        if self.echo or always:
            self._clear_bar()
            print(stamped, file=self.stream, flush=True)
        if self.log_file:
            try:
                with open(self.log_file, "a", encoding="utf-8", errors="backslashreplace") as fh:
                    fh.write(stamped + "\n")
            except OSError as exc:
                self._give_up_file(exc)

    def _give_up_file(self, exc: OSError) -> None:
        failed, self.log_file = self.log_file, None
        print(f"{time.strftime('%Y-%m-%d %H:%M:%S')} [{self._pid}] log file {failed} cannot be written "
              f"({exc.strerror or exc}); logging to stderr only", file=self.stream, flush=True)

    def progress(self, done: int, total: int, label: str) -> None:
        """A one-line bar redrawn in place; only on a terminal (never into the log file)."""
        if not (self.echo and self.is_tty and total):
            return
        width = 30
        filled = int(width * done / total)
        self.stream.write(f"\r  [{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label[:40]:40}")
        self.stream.flush()
        self._bar = True

    def _clear_bar(self) -> None:
        if getattr(self, "_bar", False):
            self.stream.write("\r" + " " * 90 + "\r")
            self._bar = False


def cpu_seconds() -> float:
    """CPU time of this process and of the child processes it has waited for (the ingest workers, the
    publication's writers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Step:
    """`with Step(log, "build") as s: ...; s.detail = "192 passed"` logs start and end with the time:
    `build    done in 12.3s (cpu 14.1s): …` (wall time; CPU time of this process and the workers the
    step waited for, which a busy machine inflates much less)."""

    def __init__(self, log: RunLog, name: str, timings: dict[str, float]):
        self.log, self.name, self.timings = log, name, timings
        self.detail = ""

    def __enter__(self) -> "Step":
        self.started, self.cpu_started = time.perf_counter(), cpu_seconds()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        elapsed, cpu = time.perf_counter() - self.started, cpu_seconds() - self.cpu_started
        self.timings[self.name] = elapsed
        state = "FAILED" if exc_type else "done"
        self.log.line(f"{self.name:8} {state} in {elapsed:.1f}s (cpu {cpu:.1f}s)"
                      f"{': ' + self.detail if self.detail else ''}")
