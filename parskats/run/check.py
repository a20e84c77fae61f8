"""`parskats check`: run the expectations gate (expectations/) on a built database file.

Imports the gate (and through it Great Expectations) only when called. On a build it records the
outcome: a marker next to the build when it passed (so `parskats publish` knows this exact file passed,
removed on a failure) and the gate summary as JSON. With record=False (the published warehouse) it
only reads the file: no marker, no summary. Either way the GX expectation names and every failing row
go to the warehouse's log (parskats.run.locations.log_dir); what a person reads is GateResult.summary_lines().

EarlyGate: importing Great Expectations takes ~2.5 s of the gate's ~3 s, so `parskats run` starts the
gate in a child process before the build (parskats.run.forked); it imports GX on the core dbt leaves
idle and then waits for the build file. `check(..., early=gate)` takes its result from there, and runs
the gate in-process as before whenever the child gives none (it died, or the gate raised). It does
not build or publish.
"""
from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Callable

from parskats.paths import published_warehouse
from parskats.run.locations import check_marker, gate_summary_path, log_dir


def _gate_module():
    return importlib.import_module("expectations.gate")


def _fingerprint(db_path: Path) -> dict:
    st = db_path.stat()
    return {"path": str(db_path), "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _run_log() -> Callable[[str], None]:
    from parskats.run.runlog import RunLog

    return RunLog(log_dir(published_warehouse()) / "parskats.log", echo=False).line


class EarlyGate:
    """The gate in a child process that imports Great Expectations at once and runs when asked; see the
    module docstring. `close()` ends the child (also when it was never asked)."""

    def __init__(self):
        from parskats.run import forked

        self._process, self._conn = forked.start(_serve_gate, name="parskats-gate")

    def run(self, db_path: Path, allow_parse_errors: bool):
        """The GateResult, or None when the child could not give one."""
        try:
            self._conn.send((str(db_path), allow_parse_errors))
            ok, payload = self._conn.recv()
        except (EOFError, OSError):
            return None
        return payload if ok else None

    def close(self) -> None:
        from parskats.run import forked

        forked.stop(self._process, self._conn)

    def __enter__(self) -> "EarlyGate":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _serve_gate(conn) -> None:
    try:
        gate = _gate_module()
        import great_expectations  # noqa: F401 - the import is the work done ahead
        import great_expectations.expectations  # noqa: F401
    except Exception:  # noqa: BLE001 - the parent runs the gate itself
        return
    try:
        request = conn.recv()
    except (EOFError, OSError):
        return
    if request is None:
        return
    db_path, allow_parse_errors = request
    try:
        answer = (True, gate.run_gate(Path(db_path), allow_parse_errors=allow_parse_errors))
    except Exception as exc:  # noqa: BLE001 - the parent runs it again and shows the error as before
        answer = (False, f"{type(exc).__name__}: {exc}")
    try:
        conn.send(answer)
    except (BrokenPipeError, OSError):
        pass


def check(db_path: Path, allow_parse_errors: bool = False, *, record: bool = True,
          log: Callable[[str], None] | None = None, early: EarlyGate | None = None):
    db_path = Path(db_path).resolve()
    if record:
        check_marker(db_path).unlink(missing_ok=True)
    result = early.run(db_path, allow_parse_errors) if early is not None else None
    if result is None:
        result = _gate_module().run_gate(db_path, allow_parse_errors=allow_parse_errors)
    log = log or _run_log()
    log(f"check {db_path}{'' if record else ' (read-only)'}")
    for line in result.log_lines():
        log(line)
    if record:
        gate_summary_path(db_path).write_text(json.dumps(gate_summary(result), default=str), encoding="utf-8")
        if result.passed:
            check_marker(db_path).write_text(json.dumps(_fingerprint(db_path)), encoding="utf-8")
    return result


def gate_summary(result) -> dict:
    """The gate's outcome as plain data (suites, their failures with the plain lines, totals)."""
    return {"passed": result.passed, "checks": result.checks, "critical": len(result.critical),
            "warnings": len(result.warnings),
            "suites": [{"name": s.name, "rows": s.rows, "evaluated": s.evaluated,
                        "failures": [{"severity": f.severity, "check": f.check, "expectation": f.expectation,
                                      "column": f.column, "unexpected_count": f.unexpected_count,
                                      "messages": f.messages} for f in s.failures]}
                       for s in result.suites]}


def read_gate_summary(db_path: Path) -> dict | None:
    try:
        return json.loads(gate_summary_path(Path(db_path).resolve()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def passed_check(db_path: Path) -> bool:
    """True when `check` passed this very file (same size and modification time) since it was built."""
    marker = check_marker(Path(db_path).resolve())
    if not marker.is_file() or not Path(db_path).is_file():
        return False
    try:
        return json.loads(marker.read_text(encoding="utf-8")) == _fingerprint(Path(db_path).resolve())
    except (ValueError, OSError):
        return False
