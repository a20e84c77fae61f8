"""`parskats run`: ingest -> build -> check -> publish, timing each step and ending with a summary.

Stops at the first failing step; a build that fails dbt or the gate is removed and the published
warehouse is left untouched. The steps themselves live in loaders.ingest and loaders.warehouse.*.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from loaders.warehouse.locations import fresh_build_path


def _say(quiet: bool, text: str) -> None:
    if not quiet:
        print(text, flush=True)


def run_pipeline(paths: list[Path], seeds_out: Path, published: Path, *, allow_parse_errors: bool = False,
                 quiet: bool = False, progress: bool = True) -> int:
    from loaders.ingest import ingest_paths
    from loaders.warehouse.build import build
    from loaders.warehouse.check import check
    from loaders.warehouse.publish import discard, publish
    from loaders.warehouse.stats import warehouse_stats

    timings: dict[str, float] = {}
    fresh = fresh_build_path(published)
    total = time.perf_counter()

    def step(name: str):
        _say(quiet or not progress, f"==> {name}")
        return time.perf_counter()

    t = step(f"ingest {' '.join(str(p) for p in paths)} -> {seeds_out}")
    code = ingest_paths(list(paths), seeds_out, quiet=quiet or not progress)
    timings["ingest"] = time.perf_counter() - t
    if code == 2:
        print("run: nothing ingested; stopping", file=sys.stderr)
        return 2
    ingest_failed = code != 0

    t = step(f"build -> {fresh}")
    built = build(fresh, quiet=quiet or not progress)
    timings["build"] = time.perf_counter() - t
    if not built.success:
        discard(fresh)
        print(f"run: dbt build failed ({built.failed} failed, {built.skipped} skipped){': ' + built.message if built.message else ''}; "
              f"nothing published (see logs/dbt.log)", file=sys.stderr)
        _print_times(timings, total)
        return 1

    t = step("check")
    gate = check(fresh, allow_parse_errors=allow_parse_errors)
    timings["check"] = time.perf_counter() - t
    if not quiet:
        print("\n".join(gate.summary_lines()))
    stats = warehouse_stats(fresh)

    published_ok = False
    if gate.passed:
        t = step(f"publish -> {published}")
        publish(fresh, published)
        timings["publish"] = time.perf_counter() - t
        published_ok = True
    else:
        discard(fresh)

    lines = ["", "summary:",
             f"  reports read:   {stats['reports']}" + ("  (some files failed to ingest)" if ingest_failed else ""),
             "  rows per mart:  " + ", ".join(f"{m} {n}" for m, n in stats["marts"].items()),
             f"  dbt build:      {built.passed} passed, {built.failed} failed, {built.skipped} skipped",
             f"  checks:         {gate.checks - len(gate.critical) - len(gate.warnings)} passed, "
             f"{len(gate.critical)} critical failures, {len(gate.warnings)} warnings",
             f"  parse issues:   {stats['parse_issues'].get('error', 0)} errors, {stats['parse_issues'].get('warning', 0)} warnings",
             f"  warehouse:      {published if published_ok else 'NOT published (gate failed); previous warehouse unchanged: ' + str(published)}"]
    print("\n".join(lines))
    _print_times(timings, total)
    if not published_ok:
        return 1
    return 1 if ingest_failed else 0


def _print_times(timings: dict[str, float], started: float) -> None:
    parts = ", ".join(f"{k} {v:.1f}s" for k, v in timings.items())
    print(f"  time:           {time.perf_counter() - started:.1f}s ({parts})")
