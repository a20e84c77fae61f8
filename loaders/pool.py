"""Parse many reports on every core, each file bounded in time and memory.

A fixed set of worker processes (forked once) takes one file at a time and runs read → split → extract
on it, sending back what the task returns (for ingest: the report's rows as ready CSV text). A worker
that passes the per-file deadline is killed and replaced; one that runs out of its memory cap
(RLIMIT_AS above what it starts with) fails its file; a worker that dies fails its file; a worker is
replaced by a fresh one after FILES_PER_WORKER files, so a long run costs the same per file as a short
one. Each case is one error line for that file and the other files go on, so one pathological file (a
DOCX of 95 MiB of tiny paragraphs, a PDF that never ends) costs at most one deadline and never takes
the others with it. Results are yielded as they finish, with their input position, so the caller can
write them in input order.

Since every reader runs inside a bounded worker here, the PDF reader's own child process
(loaders.read.bounded) is skipped in workers. This module neither writes tables nor caches.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import resource
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Callable, Iterator

from loaders.read.limits import READER_MEMORY_BYTES, READER_SECONDS

# A worker is replaced by a fresh fork after this many files: what a long-lived worker accumulates
# (PDFium's and the text caches, a fragmented heap) made ingesting 6,000 reports in one run cost ~3.5 %
# more CPU per report than 1,000 (132 s against 127 s with a fresh worker every 300 or 100 files).
FILES_PER_WORKER = 300


@dataclass
class Outcome:
    index: int
    path: Path
    tables: dict[str, list[dict]] | None
    error: str | None


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


class _Worker:
    def __init__(self, ctx, task: Callable, memory_bytes: int):
        self.conn, child_conn = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child_conn, task, memory_bytes), daemon=True)
        gc.freeze()   # the worker's collections skip (and its copy of memory keeps sharing) what the parent holds
        try:
            self.process.start()
        finally:
            gc.unfreeze()
        child_conn.close()
        self.job: tuple[int, Path] | None = None
        self.deadline = 0.0
        self.done = 0  # files this worker has finished

    def give(self, index: int, path: Path, seconds: float) -> None:
        self.job = (index, path)
        self.deadline = time.monotonic() + seconds
        self.conn.send(str(path))

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.process.kill()
            else:
                self.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def run_pool(paths: list[Path], task: Callable[[Path], dict], *, jobs: int | None = None,
             seconds: float = READER_SECONDS, memory_bytes: int = READER_MEMORY_BYTES,
             files_per_worker: int = FILES_PER_WORKER) -> Iterator[Outcome]:
    """Run `task(path)` for every path in worker processes; yield an Outcome per path as each finishes.
    `task` returns the report's tables or raises (its message becomes the file's error line)."""
    if not paths:
        return
    ctx = multiprocessing.get_context("fork")
    workers = [_Worker(ctx, task, memory_bytes) for _ in range(min(jobs or default_jobs(), len(paths)))]
    queue = list(enumerate(paths))[::-1]
    try:
        for worker in workers:
            if queue:
                worker.give(*queue.pop(), seconds)
        while any(w.job for w in workers):
            busy = [w for w in workers if w.job]
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = set(wait([w.conn for w in busy], timeout=timeout))
            for i, worker in enumerate(workers):
                if worker.job is None:
                    continue
                index, path = worker.job
                if worker.conn in ready:
                    try:
                        ok, payload = worker.conn.recv()
                    except (EOFError, OSError):
                        ok, payload = False, (f"the reader stopped without an answer (over the "
                                              f"{memory_bytes // 2**20} MiB memory limit, or crashed)")
                        worker.stop(kill=True)
                        workers[i] = worker = _Worker(ctx, task, memory_bytes)
                elif time.monotonic() >= worker.deadline:
                    ok, payload = False, f"reading took longer than {seconds:.0f} s and was stopped"
                    worker.stop(kill=True)
                    workers[i] = worker = _Worker(ctx, task, memory_bytes)
                else:
                    continue
                worker.job = None
                worker.done += 1
                if queue and worker.done >= files_per_worker:  # a fresh process: what one keeps stays bounded
                    worker.stop()
                    workers[i] = worker = _Worker(ctx, task, memory_bytes)
                if queue:
                    worker.give(*queue.pop(), seconds)
                yield Outcome(index, path, payload if ok else None, None if ok else payload)
    finally:
        for worker in workers:
            worker.stop(kill=worker.job is not None)


def _serve(conn: Connection, task: Callable, memory_bytes: int) -> None:
    from loaders.read import bounded

    bounded.IN_BOUNDED_WORKER = True
    limit = bounded.address_space_now() + memory_bytes
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        try:
            result = (True, task(Path(message)))
        except MemoryError:
            result = (False, f"reading needed more than the {memory_bytes // 2**20} MiB memory limit")
        except Exception as exc:  # noqa: BLE001 - the task's message is the file's one error line
            result = (False, str(exc) or type(exc).__name__)
        try:
            conn.send(result)
        except (BrokenPipeError, OSError):
            return
