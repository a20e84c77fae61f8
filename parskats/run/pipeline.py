"""`parskats run`: lock -> ingest (cached) -> build -> check -> publish (one release), with a log.

Before anything is written, the places the run writes are checked (parskats.run.guard): a warehouse
path, build file, state folder or publish folder parskats did not create is refused with one line.
One run at a time per warehouse (parskats.run.lock; a second run exits 3). Stops at the first
failing step; a build that fails dbt or the gate is removed and the publication in service is left
untouched. A failure to write (read-only folder, full disk) stops the run with one line and removes
what it had written aside. When neither the reports nor the project's build inputs changed since the
last publication, build, check and publish are skipped (`force` re-reads every report, bypassing
the ingest cache, and rebuilds). Every step is logged with its timing and counts on stderr and in the
warehouse's log (<warehouse folder>/.<name>.state/logs/parskats.log); the end-of-run summary goes to
stdout. The steps themselves live in parskats.run.* and parskats.publish.

Exit codes (EXIT_*): 0 published, or already current, with every file ingested; 4 published (or
current) but some files or paths were skipped, each named; 1 nothing published (refused, a step or
the gate failed, a write failed); 2 nothing to ingest; 3 another run holds the lock.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from loaders.errors import display_name
from parskats.run.guard import Refused, check_targets
from parskats.run.locations import fresh_build_path, log_dir, state_dir, tables_dir
from parskats.run.lock import EXIT_BUSY, LockBusy, LockRefused, RunLock, lock_path
from parskats.run.runlog import RunLog, Step

LAST_PUBLICATION = "last_publication.json"

EXIT_PUBLISHED = 0
EXIT_FAILED = 1
EXIT_NOTHING_TO_INGEST = 2
EXIT_BUSY = EXIT_BUSY  # 3, from parskats.run.lock
EXIT_PUBLISHED_WITH_SKIPS = 4


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

    outputs_to = outputs_to or publish_dir()
    try:
        check_targets(published, outputs_to, build=fresh_build_path(published), state=state_dir(published))
    except Refused as exc:
        print(f"parskats run: refused: {exc}; nothing was written", file=sys.stderr)
        return EXIT_FAILED
    try:
        log_dir(published).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"parskats run: cannot write beside the warehouse ({exc.filename}: {exc.strerror or exc}); "
              f"nothing was written", file=sys.stderr)
        return EXIT_FAILED
    log = RunLog(log_dir(published) / "parskats.log", echo=not quiet)
    try:
        lock = RunLock(lock_path(published)).acquire()
    except LockBusy as exc:
        log.line(f"run refused: {exc}", always=True)
        return EXIT_BUSY
    except LockRefused as exc:
        log.line(f"run refused: {exc}; nothing was written", always=True)
        return EXIT_FAILED
    fresh = fresh_build_path(published)
    try:
        if lock.stale_pid is not None:
            log.line(f"lock: took over a stale lock left by PID {lock.stale_pid} (that process is not running)")
        return _run_locked(paths, published, outputs_to, log, allow_parse_errors=allow_parse_errors,
                           quiet=quiet, progress=progress, force=force, jobs=jobs)
    except (OSError, Refused) as exc:
        from parskats.publish.publication import discard

        discard(fresh)
        reason = (f"cannot write {getattr(exc, 'filename', None) or 'a file'}: {exc.strerror or exc}"
                  if isinstance(exc, OSError) else f"refused: {exc}")
        log.line(f"run stopped: {reason}; nothing published, the publication in service is unchanged", always=True)
        return EXIT_FAILED
    finally:
        lock.release()


def _run_locked(paths, published, outputs_to, log: RunLog, *, allow_parse_errors, quiet, progress, force, jobs) -> int:
    from loaders.ingest import ingest_paths
    from parskats.publish.publication import PublishFailed, discard
    from parskats.run.cache import ReportCache, build_fingerprint, read_json, write_json_atomic

    timings: dict[str, float] = {}
    started = time.perf_counter()
    fresh = fresh_build_path(published)
    state = state_dir(published)
    tables = tables_dir(published)
    discard(fresh)  # what a killed run left beside the warehouse
    log.line(f"run started: inputs {' '.join(display_name(str(p)) for p in paths)}; warehouse {published}; "
             f"outputs {outputs_to}"
             + ("; --force: every report is read again and the warehouse rebuilt" if force else ""))

    with Step(log, "ingest", timings) as s:
        cache = ReportCache(state, refresh=force)
        got = ingest_paths(paths, tables, cache=cache, jobs=jobs, progress=log.progress if progress else None)
        cache.prune()
        s.detail = (f"{len(got.files)} files ({len(got.read)} read, {len(got.cached)} unchanged from cache, "
                    f"{len(got.failed)} failed, {len(got.duplicates)} exact copies) -> {tables}: "
                    + ", ".join(f"{k} {v}" for k, v in got.counts.items()))
    if got.code == 2:
        log.line("run stopped: no report files to ingest", always=True)
        return EXIT_NOTHING_TO_INGEST
    skipped = len(got.failed)
    published_code = EXIT_PUBLISHED_WITH_SKIPS if skipped else EXIT_PUBLISHED
    ingested = len(got.read) + len(got.cached)
    skip_note = f"  ({skipped} files or paths skipped, each named above)" if skipped else ""

    inputs = build_fingerprint(tables)
    last = read_json(state / LAST_PUBLICATION) or {}
    if (not force and last.get("inputs") == inputs and last.get("warehouse") == str(published)
            and last.get("warehouse_file") == _warehouse_fingerprint(published)
            and last.get("outputs") == str(outputs_to) and (Path(outputs_to) / "site" / "index.html").is_file()):
        log.line(f"unchanged: reports and build inputs match the publication of {last.get('published_at')}; "
                 f"build, check and publish skipped")
        _tidy(Path(outputs_to), log)
        print("\n".join(["", "summary:", f"  reports read:   {ingested}{skip_note}",
                         f"  nothing changed since {last.get('published_at')}; published warehouse is current",
                         f"  warehouse:      {published}", f"  outputs:        {outputs_to}"]))
        _finish(log, timings, started)
        return published_code

    from parskats.publish.publication import publish
    from parskats.run.build import build
    from parskats.run.check import EarlyGate, check
    from parskats.run.stats import warehouse_stats

    # the gate's child imports Great Expectations on the core dbt leaves idle, while dbt builds
    with EarlyGate() as early_gate:
        with Step(log, "build", timings) as s:
            built = build(fresh, published, quiet=quiet or not progress, full=force)
            s.detail = (f"dbt {built.passed} passed, {built.failed} failed, {built.skipped} skipped"
                        + (f" (the recorded dbt build replayed: {built.replayed.statements} statements, "
                           f"{len(built.replayed.warned)} tests warned)" if built.replayed else "")
                        + (f" (the recorded build was not replayed: {built.replay_gave_up})"
                           if built.replay_gave_up else "")
                        + ("; unit tests not run again (they passed on this dbt project before)"
                           if built.unit_tests == "skipped" else "") + f" -> {fresh}")
        if not built.success:
            discard(fresh)
            message = " ".join(built.message.split())[:300]
            log.line(f"run stopped: dbt build failed{': ' + message if message else ''}; nothing published "
                     f"(see {log_dir(published) / 'dbt.log'})", always=True)
            _finish(log, timings, started)
            return EXIT_FAILED

        with Step(log, "check", timings) as s:
            gate = check(fresh, allow_parse_errors=allow_parse_errors, early=early_gate)
            s.detail = (f"gate {'PASSED' if gate.passed else 'FAILED'}: {gate.checks} checks, "
                        f"{len(gate.critical)} critical, {len(gate.warnings)} warnings")
        if not quiet:
            print("\n".join(gate.summary_lines()))
        stats = warehouse_stats(fresh)

        result = None
        if gate.passed:
            try:
                with Step(log, "publish", timings) as s:
                    result = publish(fresh, published, outputs_to=outputs_to, log=log.line, reuse_pages=not force)
                    counts = result["counts"]
                    s.detail = (f"release {result['release']}: warehouse {published}; {counts.get('marts', 0)} marts "
                                f"({counts.get('rows', 0)} rows) as Parquet and CSV, {counts.get('pages', 0)} HTML "
                                f"pages ({counts.get('pages_reused', 0)} unchanged, linked from the release before) "
                                f"-> {outputs_to}")
            except PublishFailed as exc:
                log.line(f"run stopped: {exc}", always=True)
                _finish(log, timings, started)
                return EXIT_FAILED
            write_json_atomic(state / LAST_PUBLICATION, {
                "inputs": inputs, "warehouse": str(published), "warehouse_file": _warehouse_fingerprint(published),
                "outputs": str(outputs_to), "published_at": time.strftime("%Y-%m-%d %H:%M:%S")})
        else:
            discard(fresh)
            log.line("run stopped: the gate failed; nothing published, previous warehouse and outputs unchanged", always=True)

        lines = ["", "summary:",
                 f"  reports read:   {stats['reports']}{skip_note}",
                 f"  ingest:         {len(got.read)} read, {len(got.cached)} unchanged from cache, {len(got.failed)} skipped"
                 + (f", {len(got.duplicates)} exact copies skipped" if got.duplicates else ""),
                 "  rows per mart:  " + ", ".join(f"{m} {n}" for m, n in stats["marts"].items()),
                 f"  dbt build:      {built.passed} passed, {built.failed} failed, {built.skipped} skipped"
                 + (" (unit tests passed on this project before, not run again)" if built.unit_tests == "skipped" else ""),
                 f"  checks:         {gate.checks - len(gate.critical) - len(gate.warnings)} passed, "
                 f"{len(gate.critical)} critical failures, {len(gate.warnings)} warnings",
                 f"  parse issues:   {stats['parse_issues'].get('error', 0)} errors, "
                 f"{stats['parse_issues'].get('warning', 0)} warnings",
                 f"  warehouse:      {published}" if result
                 else f"  warehouse:      NOT published (gate failed); previous warehouse unchanged: {published}"]
        if result:
            lines.append(f"  outputs:        {outputs_to} (site/index.html, csv/, parquet/, COLUMNS.md; "
                         f"release {result['release']})")
        print("\n".join(lines))
        _finish(log, timings, started)
        return published_code if result is not None else EXIT_FAILED


def _tidy(outputs_to: Path, log: RunLog) -> None:
    """What a killed publication left in a publish folder parskats owns (a staging folder, a release
    never switched in) is removed even when nothing is published this time."""
    from parskats.publish import swap
    from parskats.run.guard import MARKER

    if (outputs_to / MARKER).is_file():
        removed = swap.clean(outputs_to)
        if removed:
            log.line(f"tidied the publish folder: removed {', '.join(removed)}")


def _finish(log: RunLog, timings: dict[str, float], started: float) -> None:
    total = time.perf_counter() - started
    parts = ", ".join(f"{k} {v:.1f}s" for k, v in timings.items())
    print(f"  time:           {total:.1f}s ({parts})")
    log.line(f"run finished in {total:.1f}s ({parts})")
    sys.stdout.flush()
