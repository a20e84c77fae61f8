"""Benchmark the loaders: read → split → extract over repeated runs, per input format.

Usage: .venv/bin/python benchmarks/ingest.py [PATH...] [--repeat N]
Default inputs: the bundled sample reports and the test fixtures (tests/cases/*/reports).
Prints, per format, documents, milliseconds per document (median of the runs), milliseconds per
PDF page, the same two for the read step alone (the format readers), and reports per second over
everything. Nothing here is asserted: timings are measured,
never tested.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from loaders.ingest import collect_files, ingest_file  # noqa: E402
from loaders.read import read_document  # noqa: E402


def default_inputs() -> list[Path]:
    return [ROOT / "reports", *sorted((ROOT / "tests" / "cases").glob("*/reports"))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, help="report files or folders (default: samples and fixtures)")
    ap.add_argument("--repeat", type=int, default=20, help="runs per file (default 20)")
    args = ap.parse_args()
    files, _ = collect_files(args.paths or default_inputs())
    by_format: dict[str, list[float]] = defaultdict(list)
    read_by_format: dict[str, list[float]] = defaultdict(list)  # the read step alone
    pages: dict[str, int] = defaultdict(int)
    total_runs, total_time = 0, 0.0
    for path in files:
        try:
            doc = read_document(path)
        except Exception as exc:  # a bad fixture is not a benchmark
            print(f"skip {path.name}: {exc}")
            continue
        times, reads = [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            read_document(path)
            reads.append(time.perf_counter() - start)
            start = time.perf_counter()
            ingest_file(path)
            times.append(time.perf_counter() - start)
        by_format[doc.source_format].append(statistics.median(times))
        read_by_format[doc.source_format].append(statistics.median(reads))
        if doc.source_format == "pdf":
            pages["pdf"] += max((ln.page or 0) for ln in doc.lines)
        total_runs += len(times)
        total_time += sum(times)
    print(f"{'format':<6} {'docs':>4} {'ms/doc (median)':>16} {'ms/page':>8} {'read ms/doc':>12} {'read ms/page':>13}")
    for fmt, medians in sorted(by_format.items()):
        per_doc = 1000 * statistics.mean(medians)
        per_page = f"{1000 * sum(medians) / pages[fmt]:.1f}" if pages.get(fmt) else "-"
        reads = read_by_format[fmt]
        read_doc = 1000 * statistics.mean(reads)
        read_page = f"{1000 * sum(reads) / pages[fmt]:.1f}" if pages.get(fmt) else "-"
        print(f"{fmt:<6} {len(medians):>4} {per_doc:>16.1f} {per_page:>8} {read_doc:>12.1f} {read_page:>13}")
    if total_time:
        print(f"overall: {total_runs} ingests in {total_time:.2f}s = {total_runs / total_time:.1f} reports/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
