"""The `parskats` command line: ingest, and the warehouse steps (build, check, publish, run).

This module only parses arguments and reports; the work is done in loaders.ingest and
loaders.warehouse.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from loaders import __version__


def _add_ingest(sub) -> None:
    p = sub.add_parser(
        "ingest",
        help="read reports and write the contract tables as CSV",
        description="Read self-assessment reports (TXT as Apache Tika writes it, PDF, DOCX) and write one CSV "
                    "per contract table (reports, programmes, leaving_reasons, indicators, exam_results, "
                    "priorities, planned_priorities, projects, agreements, parse_issues) into --out. "
                    "Exit code 0: every file ingested; 1: some files failed (the others are still written); "
                    "2: nothing to ingest.",
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                   help="report files, or folders whose files are all ingested (not recursive)")
    p.add_argument("--out", type=Path, required=True, metavar="DIR",
                   help="folder for the CSV tables; created if missing, existing tables replaced")
    p.add_argument("--quiet", "-q", action="store_true", help="print only errors")
    p.set_defaults(func=_run_ingest)


def _run_ingest(args) -> int:
    from loaders.ingest import ingest_paths

    return ingest_paths(args.paths, args.out, quiet=args.quiet)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parskats",
        description="parskats: Latvian education institutions' self-assessment reports as an analytical warehouse.",
    )
    parser.add_argument("--version", action="version", version=f"parskats {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_ingest(sub)
    try:
        from loaders.warehouse.cli import register
    except ImportError:
        register = None
    if register is not None:
        register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
