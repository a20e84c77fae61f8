"""`parskats build`: `dbt build` (reference seeds, the raw contract tables, models, dbt tests and unit
tests) into a fresh DuckDB file.

Removes any previous build file first, points profiles.yml at it through PARSKATS_BUILD_DB, and runs
dbt in-process (dbtRunner, imported here only), recording the statements dbt sends to DuckDB. When a
recording of a dbt build that passed matches the dbt project (with the dbt and DuckDB versions), the
build file and the tables folder, those statements are replayed instead, without starting dbt
(parskats.run.replay: every seed, model and data test, over all the data); if anything goes differently
the file is removed and dbt builds it, so a failure is reported by dbt. `full=True` (`--full`, `run
--force`) always builds with dbt. dbt's unit tests check the models' logic on fixed
inputs, never the ingested data, so they run when the dbt project (or the dbt or DuckDB version)
changed since they last passed for this warehouse (parskats.run.cache.project_fingerprint, recorded in
the state folder) and are skipped on a rebuild for new data alone; `full=True` runs them anyway. dbt's
own log file keeps info-level events (every node's result and every error, not each statement's SQL:
debug logging cost ~10 % of the build). It does not ingest, check or publish.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from parskats.paths import project_root
from parskats.run.locations import dbt_target_dir, log_dir, state_dir, tables_dir

UNIT_TESTS_PASSED = "unit_tests_passed.json"  # in the state folder: the project fingerprint they passed on


@dataclass
class BuildResult:
    success: bool
    db_path: Path
    passed: int
    failed: int
    skipped: int
    message: str = ""
    unit_tests: str = "run"  # "run", or "skipped" (passed before on the same project)
    replayed: object = None  # parskats.run.replay.Replayed when the recorded build was replayed
    replay_gave_up: str = ""  # why a recording was there but dbt built after all


def build(db_path: Path, published: Path, quiet: bool = False, *, full: bool = False) -> BuildResult:
    from parskats.run import replay
    from parskats.run.cache import project_fingerprint, read_json, write_json_atomic

    db_path = Path(db_path).resolve()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    _remove_build(db_path)

    record_path = state_dir(published) / replay.RECORD
    key = replay.replay_key(db_path, tables_dir(published))
    recording = None if full else replay.load(record_path, key)
    gave_up = ""
    if recording is not None:
        done, gave_up = replay.replay(recording, db_path, after_first_node=_pause_hook())
        if done is not None:
            _log_replay(published, done)
            return BuildResult(True, db_path, done.passed, 0, 0, unit_tests="skipped", replayed=done)
        _remove_build(db_path)  # dbt builds it again and reports what went wrong in its own words

    project = project_fingerprint()
    record = state_dir(published) / UNIT_TESTS_PASSED
    skip_unit_tests = not full and (read_json(record) or {}).get("project") == project
    args = ["build", *(["--quiet"] if quiet else []), *(["--exclude-resource-type", "unit_test"] if skip_unit_tests else [])]
    recorder = replay.Recorder()
    with recorder.capturing():
        res = run_dbt(args, db_path, published, callbacks=_pause_callbacks())
    statuses = [str(getattr(r.status, "value", r.status)) for r in (res.result or [])] if res.result is not None else []
    passed = sum(s in ("success", "pass") for s in statuses)
    failed = sum(s in ("error", "fail", "runtime error") for s in statuses)
    skipped = sum(s == "skipped" for s in statuses)
    message = str(res.exception) if res.exception else ""
    if res.success and not skip_unit_tests:
        write_json_atomic(record, {"project": project})
    if res.success and not failed and not skipped:
        recorder.save(record_path, key, res.result)
    else:
        record_path.unlink(missing_ok=True)
    return BuildResult(bool(res.success), db_path, passed, failed, skipped, message,
                       unit_tests="skipped" if skip_unit_tests else "run", replay_gave_up=gave_up)


def _remove_build(db_path: Path) -> None:
    for stale in (db_path, db_path.with_name(db_path.name + ".wal"), db_path.with_name(db_path.name + ".passed")):
        stale.unlink(missing_ok=True)


def _log_replay(published: Path, done) -> None:
    """dbt writes no log for a replay; its dbt.log gets what it would have said that matters."""
    lines = [f"{time.strftime('%Y-%m-%d %H:%M:%S')} parskats: replayed the recorded dbt build: {done.nodes} "
             f"nodes, {done.statements} statements in {done.seconds:.2f}s; {done.passed} passed, "
             f"{len(done.warned)} warned, 0 failed"]
    lines += [f"    WARN {name}" for name in done.warned]
    log_dir(published).mkdir(parents=True, exist_ok=True)
    with open(log_dir(published) / "dbt.log", "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def run_dbt(command: list[str], db_path: Path, published: Path, callbacks: list | None = None):
    """Run one dbt command in-process against the build file `db_path` (profiles.yml reads it from
    PARSKATS_BUILD_DB), reading the contract tables of `published`'s state folder (PARSKATS_TABLES),
    with that warehouse's own dbt target/ and logs/; returns dbt's result."""
    from dbt.cli.main import dbtRunner

    root = project_root()
    args = [*command, "--project-dir", str(root), "--profiles-dir", str(root),
            "--target-path", str(dbt_target_dir(published)), "--log-path", str(log_dir(published)),
            "--log-level-file", "info"]
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


def _pause_hook():
    """The same test hook for a replayed build: stop once its first node is done."""
    if os.environ.get("PARSKATS_PAUSE_AT") != "build:dbt-running":
        return None
    from parskats.run.pause import pause_point

    return lambda: pause_point("build:dbt-running")


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
