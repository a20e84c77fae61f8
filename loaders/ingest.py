"""`parskats ingest`: read → split → extract every report, then write the contract tables.

A file that cannot be read gives one line naming it and the reason; the other files are still
ingested and nothing of the failed file is written. Exit code 0 when every file was ingested, 1 when
some failed, 2 when there was nothing to ingest.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from loaders.contract import TABLES
from loaders.errors import ReportError
from loaders.extract.report import extract_report
from loaders.read import read_document
from loaders.split import split_sections
from loaders.write import write_tables


def collect_files(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Files named, and the files directly inside folders named (hidden files skipped), sorted."""
    files, problems = [], []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in sorted(path.iterdir()) if p.is_file() and not p.name.startswith("."))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(f"{path}: no such file or folder")
    unique = sorted(set(files), key=lambda p: (p.name, str(p)))
    return unique, problems


def looks_like_report(split) -> bool:
    """Two of the template's sections, or one and the words "pašnovērtējuma ziņojums"."""
    if len(split.sections) >= 2:
        return True
    return bool(split.sections) and any("pašnovērtēj" in line.text.lower() for line in split.lines[:200])


def ingest_file(path: Path) -> dict[str, list[dict]]:
    doc = read_document(path)
    split = split_sections(doc.lines)
    if not looks_like_report(split):
        raise ReportError("not a self-assessment report: the template's numbered sections were not found")
    return extract_report(doc, split)


def ingest_paths(paths: list[Path], out_dir: Path, quiet: bool = False) -> int:
    files, problems = collect_files(paths)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if not files:
        print("error: no report files to ingest", file=sys.stderr)
        return 2
    tables: dict[str, list[dict]] = {name: [] for name in TABLES}
    failed = len(problems)
    started = time.perf_counter()
    for n, path in enumerate(files, start=1):
        try:
            report = ingest_file(path)
        except ReportError as exc:
            failed += 1
            print(f"error: {path.name}: {exc}", file=sys.stderr)
            continue
        except Exception as exc:  # a bug must not stop the other files; say so plainly
            failed += 1
            print(f"error: {path.name}: internal error while parsing ({type(exc).__name__}: {exc})",
                  file=sys.stderr)
            continue
        for name, rows in report.items():
            tables[name].extend(rows)
        if not quiet:
            meta = report["reports"][0]
            problems_n = len(report["parse_issues"])
            print(f"[{n}/{len(files)}] {path.name}: {meta['institution_name'] or '?'} {meta['school_year'] or '?'}"
                  f" ({sum(len(r) for k, r in report.items() if k != 'reports')} rows, {problems_n} parse issues)",
                  file=sys.stderr)
    counts = write_tables(tables, out_dir)
    if not quiet:
        elapsed = time.perf_counter() - started
        print(f"ingested {len(files) - (failed - len(problems))} of {len(files)} files in {elapsed:.2f}s -> {out_dir}: "
              + ", ".join(f"{k} {v}" for k, v in counts.items()), file=sys.stderr)
    return 1 if failed else 0
