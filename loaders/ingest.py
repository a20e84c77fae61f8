"""`parskats ingest`: read → split → extract every report, then write the contract tables.

One ingest path for the command line and for `parskats run`: `ingest_paths` takes an optional cache
(anything with `fetch(path, data)` and `store(path, data, tables)`, e.g. parskats.run.cache.ReportCache)
so unchanged reports are not parsed again. A file that cannot be read gives one line naming it and the
reason; the other files are still ingested and nothing of the failed file is written. Exit code 0 when
every file was ingested, 1 when some failed, 2 when there was nothing to ingest.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol

from loaders.contract import TABLES
from loaders.errors import ReportError
from loaders.extract.report import extract_report
from loaders.read import read_document
from loaders.split import split_sections
from loaders.write import format_cell, write_tables


class Cache(Protocol):
    def fetch(self, path: Path) -> dict[str, list[dict]] | None: ...
    def store(self, path: Path, tables: dict[str, list[dict]]) -> None: ...


@dataclass
class IngestOutcome:
    files: list[Path] = field(default_factory=list)
    read: list[str] = field(default_factory=list)      # parsed this time
    cached: list[str] = field(default_factory=list)    # taken from the cache
    failed: list[str] = field(default_factory=list)    # "name: reason"
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def code(self) -> int:
        """0 every file ingested, 1 some failed, 2 nothing to ingest."""
        if not self.files:
            return 2
        return 1 if self.failed else 0


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


def as_cells(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Rows with every value formatted as its CSV cell (what the cache keeps; writing them is lossless)."""
    return {name: [{c: format_cell(r.get(c)) for c in TABLES[name]} for r in rows] for name, rows in tables.items()}


def ingest_paths(paths: list[Path], out_dir: Path, *, cache: Cache | None = None,
                 progress: Callable[[int, int, str], None] | None = None, quiet: bool = True) -> IngestOutcome:
    """Ingest every file under `paths` and write all contract tables to `out_dir`."""
    files, problems = collect_files(list(paths))
    outcome = IngestOutcome(files=files, failed=list(problems))
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if not files:
        print("error: no report files to ingest", file=sys.stderr)
        return outcome
    tables: dict[str, list[dict]] = {name: [] for name in TABLES}
    started = time.perf_counter()
    for n, path in enumerate(files, start=1):
        if progress:
            progress(n - 1, len(files), path.name)
        report = cache.fetch(path) if cache else None
        if report is not None:
            outcome.cached.append(path.name)
        else:
            try:
                report = as_cells(ingest_file(path))
            except ReportError as exc:
                _fail(outcome, path, str(exc))
                continue
            except Exception as exc:  # a bug must not stop the other files; say so plainly
                _fail(outcome, path, f"internal error while parsing ({type(exc).__name__}: {exc})")
                continue
            outcome.read.append(path.name)
            if cache:
                cache.store(path, report)
        for name, rows in report.items():
            tables[name].extend(rows)
        if not quiet:
            meta = report["reports"][0]
            facts = sum(len(r) for k, r in report.items() if k not in ("reports", "source_lines"))
            print(f"[{n}/{len(files)}] {path.name}: {meta['institution_name'] or '?'} {meta['school_year'] or '?'}"
                  f" ({facts} rows, {len(report['parse_issues'])} parse issues)", file=sys.stderr)
    if progress:
        progress(len(files), len(files), "")
    outcome.counts = write_tables(tables, Path(out_dir))
    if not quiet:
        elapsed = time.perf_counter() - started
        print(f"ingested {len(files) - (len(outcome.failed) - len(problems))} of {len(files)} files in {elapsed:.2f}s"
              f" -> {out_dir}: " + ", ".join(f"{k} {v}" for k, v in outcome.counts.items()), file=sys.stderr)
    return outcome


def _fail(outcome: IngestOutcome, path: Path, reason: str) -> None:
    outcome.failed.append(f"{path.name}: {reason}")
    print(f"error: {path.name}: {reason}", file=sys.stderr)
