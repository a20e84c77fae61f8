"""CPU milliseconds per text report for the loaders' parse of one report, in one process.

    python benchmarks/text_cpu.py FILE_OR_DIR ... [--limit N] [--repeat R] [--profile [N]]

Each `.txt` file named (or directly inside a folder named) is parsed as a `parskats ingest` worker
parses it (loaders.ingest.parse_for_writing: read, split, extract, the rows rendered as CSV text),
and the process CPU time (time.process_time) of the parse is summed: the machine's load (other
processes) hardly changes it, unlike the wall time of `benchmarks/scale.py` (ingest step wall ×
cores / reports). The first parse is not counted (imports, the subjects and reference seeds,
compiled patterns). `--profile` prints the cProfile of the parses instead, the N most costly
functions by own time and by cumulative time. Unlike the other benchmarks this one imports the
project's Python packages; it asserts nothing and writes nothing.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders.ingest import parse_for_writing  # noqa: E402


def text_files(paths: list[Path], limit: int | None) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix == ".txt"))
        else:
            files.append(path)
    return files[:limit] if limit else files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--limit", type=int, default=None, help="the first N files only")
    ap.add_argument("--repeat", type=int, default=1, help="parse every file R times (default 1)")
    ap.add_argument("--profile", type=int, nargs="?", const=30, default=None, metavar="N",
                    help="print the cProfile of the parses (the N most costly functions)")
    args = ap.parse_args(argv)
    files = text_files(args.paths, args.limit)
    if not files:
        print("no .txt files", file=sys.stderr)
        return 2
    parse_for_writing(files[0])  # warm: imports, seeds, compiled patterns
    profiler = cProfile.Profile() if args.profile else None
    started_cpu, started_wall = time.process_time(), time.perf_counter()
    if profiler:
        profiler.enable()
    for _ in range(args.repeat):
        for path in files:
            parse_for_writing(path)
    if profiler:
        profiler.disable()
    cpu, wall = time.process_time() - started_cpu, time.perf_counter() - started_wall
    n = len(files) * args.repeat
    size = sum(p.stat().st_size for p in files) / len(files)
    print(f"{len(files)} files × {args.repeat} (mean {size / 1024:.1f} KiB): "
          f"{cpu * 1000 / n:.2f} ms CPU a report, {wall * 1000 / n:.2f} ms wall"
          + (" (profiled)" if profiler else ""))
    if profiler:
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumulative").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
