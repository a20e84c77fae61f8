"""`parskats run`: lock -> ingest (cached) -> build -> check -> publish (warehouse + outputs), with a log.

One run at a time per warehouse (parskats.run.lock; a second run exits 3). Stops at the first
failing step; a build that fails dbt or the gate is removed and the published warehouse and outputs
are left untouched. When neither the reports nor the project's build inputs changed since the last
publication, build, check and publish are skipped. Every step is logged with its timing and counts on
stderr and in the warehouse's log (<warehouse folder>/.<name>.state/logs/parskats.log); the end-of-run summary goes to stdout. The steps themselves live in
parskats.run.* and parskats.publish.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from parskats.run.locations import fresh_build_path, log_dir, state_dir, tables_dir
from parskats.run.lock import EXIT_BUSY, LockBusy, RunLock, lock_path
from parskats.run.runlog import RunLog, Step

LAST_PUBLICATION = "last_publication.json"


def _warehouse_fingerprint(path: Path) -> dict | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def run_pipeline(paths: list[Path], published: Path, *, allow_parse_errors: bool = False,
                 quiet: bool = False, progress: bool = True, force: bool = False,
                 outputs_to: Path | None = None, jobs: int | None = None) -> int:
    from parskats.publish.outputs import publish_dir

    log = RunLog(log_dir(published) / "parskats.log", echo=not quiet)
    outputs_to = outputs_to or publish_dir()
    try:
        lock = RunLock(lock_path(published)).acquire()
    except LockBusy as exc:
        log.line(f"run refused: {exc}", always=True)
        return EXIT_BUSY
    try:
        if lock.stale_pid is not None:
            log.line(f"lock: took over a stale lock left by PID {lock.stale_pid} (that process is not running)")
        return _run_locked(paths, published, outputs_to, log, allow_parse_errors=allow_parse_errors,
                           quiet=quiet, progress=progress, force=force, jobs=jobs)
    finally:
        lock.release()


def _run_locked(paths, published, outputs_to, log: RunLog, *, allow_parse_errors, quiet, progress, force, jobs) -> int:
    from loaders.ingest import ingest_paths
    from parskats.run.cache import ReportCache, build_fingerprint, read_json, write_json_atomic

    timings: dict[str, float] = {}
    started = time.perf_counter()
    fresh = fresh_build_path(published)
    state = state_dir(published)
    tables = tables_dir(published)
    log.line(f"run started: inputs {' '.join(str(p) for p in paths)}; warehouse {published}; outputs {outputs_to}")

    with Step(log, "ingest", timings) as s:
        cache = ReportCache(state)
        got = ingest_paths(paths, tables, cache=cache, jobs=jobs, progress=log.progress if progress else None)
        cache.prune()
        s.detail = (f"{len(got.files)} files ({len(got.read)} read, {len(got.cached)} unchanged from cache, "
                    f"{len(got.failed)} failed) -> {tables}: " + ", ".join(f"{k} {v}" for k, v in got.counts.items()))
    if got.code == 2:
        log.line("run stopped: no report files to ingest", always=True)
        return 2
    ingest_failed = got.code != 0

    inputs = build_fingerprint(tables)
    last = read_json(state / LAST_PUBLICATION) or {}
    if (not force and last.get("inputs") == inputs and last.get("warehouse") == str(published)
            and last.get("warehouse_file") == _warehouse_fingerprint(published)
            and last.get("outputs") == str(outputs_to) and (Path(outputs_to) / "site" / "index.html").is_file()):
        log.line(f"unchanged: reports and build inputs match the publication of {last.get('published_at')}; "
                 f"build, check and publish skipped")
        print("\n".join(["", "summary:", f"  reports read:   {len(got.files) - len(got.failed)}"
                         + ("  (some files failed to ingest)" if ingest_failed else ""),
                         f"  nothing changed since {last.get('published_at')}; published warehouse is current",
                         f"  warehouse:      {published}", f"  outputs:        {outputs_to}"]))
        _finish(log, timings, started)
        return 1 if ingest_failed else 0

    from parskats.run.build import build
    from parskats.run.check import check
    from parskats.publish.publication import discard, publish
    from parskats.run.stats import warehouse_stats

    with Step(log, "build", timings) as s:
        built = build(fresh, published, quiet=quiet or not progress)
        s.detail = f"dbt {built.passed} passed, {built.failed} failed, {built.skipped} skipped -> {fresh}"
    if not built.success:
        discard(fresh)
        log.line(f"run stopped: dbt build failed{': ' + built.message if built.message else ''}; nothing published "
                 f"(see {log_dir(published) / 'dbt.log'})", always=True)
        _finish(log, timings, started)
        return 1

    with Step(log, "check", timings) as s:
        gate = check(fresh, allow_parse_errors=allow_parse_errors)
        s.detail = (f"gate {'PASSED' if gate.passed else 'FAILED'}: {gate.checks} checks, "
                    f"{len(gate.critical)} critical, {len(gate.warnings)} warnings")
    if not quiet:
        print("\n".join(gate.summary_lines()))
    stats = warehouse_stats(fresh)

    result = None
    if gate.passed:
        with Step(log, "publish", timings) as s:
            result = publish(fresh, published, outputs_to=outputs_to, log=log.line)
            counts = result["counts"]
            s.detail = (f"warehouse {published}; {counts.get('marts', 0)} marts ({counts.get('rows', 0)} rows) as "
                        f"Parquet and CSV, {counts.get('pages', 0)} HTML pages -> {outputs_to}")
        write_json_atomic(state / LAST_PUBLICATION, {
            "inputs": inputs, "warehouse": str(published), "warehouse_file": _warehouse_fingerprint(published),
            "outputs": str(outputs_to), "published_at": time.strftime("%Y-%m-%d %H:%M:%S")})
    else:
        discard(fresh)
        log.line("run stopped: the gate failed; nothing published, previous warehouse and outputs unchanged", always=True)

    lines = ["", "summary:",
             f"  reports read:   {stats['reports']}" + ("  (some files failed to ingest)" if ingest_failed else ""),
             f"  ingest:         {len(got.read)} read, {len(got.cached)} unchanged from cache, {len(got.failed)} failed",
             "  rows per mart:  " + ", ".join(f"{m} {n}" for m, n in stats["marts"].items()),
             f"  dbt build:      {built.passed} passed, {built.failed} failed, {built.skipped} skipped",
             f"  checks:         {gate.checks - len(gate.critical) - len(gate.warnings)} passed, "
             f"{len(gate.critical)} critical failures, {len(gate.warnings)} warnings",
             f"  parse issues:   {stats['parse_issues'].get('error', 0)} errors, {stats['parse_issues'].get('warning', 0)} warnings",
             f"  warehouse:      {published if result else 'NOT published (gate failed); previous warehouse unchanged: ' + str(published)}"]
    if result:
        lines.append(f"  outputs:        {outputs_to} (site/index.html, csv/, parquet/, COLUMNS.md)")
    print("\n".join(lines))
    _finish(log, timings, started)
    if result is None:
        return 1
    return 1 if ingest_failed else 0


def _finish(log: RunLog, timings: dict[str, float], started: float) -> None:
    total = time.perf_counter() - started
    parts = ", ".join(f"{k} {v:.1f}s" for k, v in timings.items())
    print(f"  time:           {total:.1f}s ({parts})")
    log.line(f"run finished in {total:.1f}s ({parts})")
    sys.stdout.flush()
