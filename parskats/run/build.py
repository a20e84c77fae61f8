"""`parskats build`: `dbt build` (reference seeds, the raw contract tables, models, dbt tests and unit
tests) into a fresh DuckDB file.

Removes any previous build file first, points profiles.yml at it through PARSKATS_BUILD_DB, and runs
dbt in-process (dbtRunner, imported here only). It does not ingest, check or publish.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from parskats.paths import project_root
from parskats.run.locations import dbt_target_dir, log_dir, tables_dir


@dataclass
class BuildResult:
    success: bool
    db_path: Path
    passed: int
    failed: int
    skipped: int
    message: str = ""


def build(db_path: Path, published: Path, quiet: bool = False) -> BuildResult:
    db_path = Path(db_path).resolve()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    for stale in (db_path, db_path.with_name(db_path.name + ".wal"), db_path.with_name(db_path.name + ".passed")):
        stale.unlink(missing_ok=True)

    res = run_dbt(["build", *(["--quiet"] if quiet else [])], db_path, published, callbacks=_pause_callbacks())
    statuses = [str(getattr(r.status, "value", r.status)) for r in (res.result or [])] if res.result is not None else []
    passed = sum(s in ("success", "pass") for s in statuses)
    failed = sum(s in ("error", "fail", "runtime error") for s in statuses)
    skipped = sum(s == "skipped" for s in statuses)
    message = str(res.exception) if res.exception else ""
    return BuildResult(bool(res.success), db_path, passed, failed, skipped, message)


def run_dbt(command: list[str], db_path: Path, published: Path, callbacks: list | None = None):
    """Run one dbt command in-process against the build file `db_path` (profiles.yml reads it from
    PARSKATS_BUILD_DB), reading the contract tables of `published`'s state folder (PARSKATS_TABLES),
    with that warehouse's own dbt target/ and logs/; returns dbt's result."""
    from dbt.cli.main import dbtRunner

    root = project_root()
    args = [*command, "--project-dir", str(root), "--profiles-dir", str(root),
            "--target-path", str(dbt_target_dir(published)), "--log-path", str(log_dir(published))]
    env = {"PARSKATS_BUILD_DB": str(Path(db_path).resolve()), "PARSKATS_TABLES": str(tables_dir(published).resolve())}
    previous = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        return dbtRunner(callbacks=callbacks or []).invoke(args)
    finally:
        for key, value in previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        _release_duckdb()


def _pause_callbacks() -> list:
    """Test hook: with PARSKATS_PAUSE_AT=build:dbt-running, stop once dbt has finished its first node
    (the build file is open and half written) so a test can kill the run mid-build."""
    if os.environ.get("PARSKATS_PAUSE_AT") != "build:dbt-running":
        return []
    from parskats.run.pause import pause_point

    def on_event(event) -> None:
        if event.info.name == "NodeFinished":
            pause_point("build:dbt-running")

    return [on_event]


def _release_duckdb() -> None:
    """dbt-duckdb keeps its database open in a class-level environment after an in-process run;
    close it so the gate can open the file read-only (a DuckDB file cannot be opened twice with
    different settings in one process)."""
    try:
        from dbt.adapters.duckdb.connections import DuckDBConnectionManager
    except ImportError:
        return
    env = getattr(DuckDBConnectionManager, "_ENV", None)
    if env is not None and hasattr(env, "close"):
        env.close()
    DuckDBConnectionManager.close_all_connections()
