"""`parskats check`: run the expectations gate (expectations/) on a built database file.

Imports the gate (and through it Great Expectations) only when called. On a build it records the
outcome: a marker next to the build when it passed (so `parskats publish` knows this exact file passed,
removed on a failure) and the gate summary as JSON. With record=False (the published warehouse) it
only reads the file: no marker, no summary. Either way the GX expectation names and every failing row
go to the warehouse's log (parskats.run.locations.log_dir); what a person reads is GateResult.summary_lines(). It does
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


def check(db_path: Path, allow_parse_errors: bool = False, *, record: bool = True,
          log: Callable[[str], None] | None = None):
    db_path = Path(db_path).resolve()
    if record:
        check_marker(db_path).unlink(missing_ok=True)
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
