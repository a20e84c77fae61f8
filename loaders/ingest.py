"""`parskats ingest`: read → split → extract every report on every core, then write the contract tables.

One ingest path for the command line and for `parskats run`: `ingest_paths` takes an optional cache
(`Cache`, e.g. parskats.run.cache.ReportCache) so unchanged reports are not parsed again, and tables
the same files already wrote are not written again; the others are parsed in bounded worker processes
(loaders.pool: one deadline and memory cap per file). Tables are written report by report in input
order, so the output is byte-identical whatever the number of workers. Each worker sends its report's
rows as ready CSV text (and stores their cells in the cache), so the parent only appends text.

Every file that is not ingested is named on one line with the reason, and the other files go on: a
missing path, a special file (FIFO, device, socket), a folder inside a folder named (not read:
ingest is not recursive), the same file reached twice (a symlink or a
folder named twice), an unreadable or oversized file, a file that is not a report. A file whose bytes
are those of a file already ingested under another name (same sha256) is skipped with a note: its
report is in the tables once. Names are printed safely (loaders.errors.display_name). Exit code 0
when every file was ingested (or was an exact copy of one), 1 when some were not, 2 when there was
nothing to ingest.
"""
from __future__ import annotations

import os
import stat
import sys
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Protocol

from loaders.contract import TABLES
from loaders.errors import ReportError, display_name
from loaders.extract.report import extract_report
from loaders.pool import run_pool
from loaders.read import read_document
from loaders.split import split_sections
from loaders.write import TableWriter, format_cell, render_rows


class Cache(Protocol):
    # a report's entry: what ParsedReport.as_entry gives (JSON-able), kept by the file's content
    def fetch(self, path: Path) -> dict | None: ...
    def store(self, path: Path, entry: dict) -> None: ...
    # what the last ingest into a folder recorded, when these files wrote exactly the tables there now
    def same_as_written(self, files: list[Path], out_dir: Path) -> dict | None: ...
    def record_written(self, files: list[Path], out_dir: Path, counts: dict, notes: list[str],
                       complete: bool) -> None: ...


@dataclass
class IngestOutcome:
    files: list[Path] = field(default_factory=list)
    read: list[str] = field(default_factory=list)      # parsed this time
    cached: list[str] = field(default_factory=list)    # taken from the cache
    failed: list[str] = field(default_factory=list)    # "name: reason", files and paths not ingested
    duplicates: list[str] = field(default_factory=list)  # "name: skipped, the same content as other"
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def code(self) -> int:
        """0 every file ingested, 1 some were not, 2 nothing to ingest."""
        if not self.files:
            return 2
        return 1 if self.failed else 0


def _kind_of(mode: int) -> str | None:
    """What a non-regular file is, for the message; None for a regular file."""
    for test, name in ((stat.S_ISREG, None), (stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def collect_files(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """The regular files named, and those directly inside the folders named (hidden files skipped),
    sorted by name; and one line for each path that is skipped, with the reason."""
    files: dict[str, Path] = {}   # real path -> the path as reached first
    problems: list[str] = []

    def consider(path: Path, named: bool) -> None:
        try:
            st = path.stat()
        except OSError as exc:
            reason = "no such file or folder" if isinstance(exc, FileNotFoundError) else exc.strerror or exc
            problems.append(f"{display_name(str(path))}: {reason}")
            return
        kind = _kind_of(st.st_mode)
        if kind is not None:
            if kind == "a folder" and not named:
                kind = "a folder inside a folder (folders are not read recursively)"
            problems.append(f"{display_name(str(path))}: skipped, {kind}")
            return
        real = os.path.realpath(path)
        if real in files:
            if str(files[real]) != str(path):
                problems.append(f"{display_name(str(path))}: skipped, the same file as {display_name(str(files[real]))}")
            return
        files[real] = path

    seen_dirs: set[str] = set()
    for path in paths:
        if path.is_dir():
            real = os.path.realpath(path)
            if real in seen_dirs:
                problems.append(f"{display_name(str(path))}: skipped, a folder already read")
                continue
            seen_dirs.add(real)
            try:
                entries = sorted(path.iterdir())
            except OSError as exc:
                problems.append(f"{display_name(str(path))}: cannot list the folder ({exc.strerror or exc})")
                continue
            for entry in entries:
                if not entry.name.startswith("."):
                    consider(entry, named=False)
        else:
            consider(path, named=True)
    unique = sorted(files.values(), key=lambda p: (p.name, str(p)))
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


@dataclass
class ParsedReport:
    """One report as a pool worker sends it to the parent: each table's rows as (count, the CSV text
    `TableWriter` writes for them), and the few facts the parent prints or compares; so the parent
    only appends text and stays off the cores the workers use."""
    tables: dict[str, tuple[int, str]]
    source_sha256: str
    institution_name: str
    school_year: str
    # the worker could not store it in the cache (a full or unwritable disk): the parent raises it, so
    # the run stops as it does when its own writes fail, not as if this file could not be parsed
    cache_error: OSError | None = None

    def as_entry(self) -> dict:
        """What a cache keeps of it (JSON: the tables as [rows, CSV text])."""
        return {"tables": {name: [rows, text] for name, (rows, text) in self.tables.items()},
                "source_sha256": self.source_sha256, "institution_name": self.institution_name,
                "school_year": self.school_year}

    @classmethod
    def from_entry(cls, entry) -> "ParsedReport | None":
        """The report a cache entry holds; None when it is not one (damaged or another format)."""
        try:
            tables = {name: (rows, text) for name, (rows, text) in entry["tables"].items()}
            facts = (entry["source_sha256"], entry["institution_name"], entry["school_year"])
        except (TypeError, KeyError, ValueError, AttributeError):
            return None
        if not (all(name in TABLES and type(rows) is int and rows >= 0 and type(text) is str
                    for name, (rows, text) in tables.items()) and all(type(fact) is str for fact in facts)):
            return None
        return cls(tables, *facts)


def parse_for_writing(path: Path, cache: Cache | None = None) -> ParsedReport:
    """One file's tables rendered as CSV text (loaders.write.render_rows); with a cache, they are
    stored there too (in the worker, so the parent does not encode them). Any failure is a ReportError
    whose message is the file's one error line: a bug in a rule must not stop the other files."""
    try:
        tables = ingest_file(path)
        meta = tables["reports"][0] if tables.get("reports") else {}
        parsed = ParsedReport({name: (len(rows), render_rows(name, rows)) for name, rows in tables.items()},
                              format_cell(meta.get("source_sha256")), format_cell(meta.get("institution_name")),
                              format_cell(meta.get("school_year")))
        if cache is not None:
            try:
                cache.store(path, parsed.as_entry())
            except OSError as exc:
                parsed.cache_error = exc
        return parsed
    except (ReportError, MemoryError):
        raise
    except Exception as exc:  # a bug must not stop the other files; say so plainly
        raise ReportError(f"internal error while parsing ({type(exc).__name__}: {exc})") from exc


def ingest_paths(paths: list[Path], out_dir: Path, *, cache: Cache | None = None, jobs: int | None = None,
                 progress: Callable[[int, int, str], None] | None = None, quiet: bool = True) -> IngestOutcome:
    """Ingest every file under `paths` and write all contract tables to `out_dir`."""
    files, problems = collect_files(list(paths))
    outcome = IngestOutcome(files=files)
    for problem in problems:
        _fail(outcome, problem)
    if not files:
        print("error: no report files to ingest", file=sys.stderr)
        return outcome
    started = time.perf_counter()
    last = cache.same_as_written(files, out_dir) if cache else None
    if last is not None:  # the same files wrote the tables there now: nothing to read or write
        outcome.cached = [display_name(path.name) for path in files]
        for line in last["notes"]:
            _note(outcome, line)
        outcome.counts = last["counts"]
        return outcome
    ready: dict[int, ParsedReport | None] = {}
    to_parse: list[int] = []
    for i, path in enumerate(files):
        tables = ParsedReport.from_entry(cache.fetch(path)) if cache else None
        if tables is not None:
            ready[i] = tables
            outcome.cached.append(display_name(path.name))
        else:
            to_parse.append(i)
    done = len(ready)
    next_to_write = 0
    written: dict[str, str] = {}  # source_sha256 -> the name it was written under
    with TableWriter(out_dir) as writer:
        def flush() -> None:
            nonlocal next_to_write
            while next_to_write in ready:
                tables = ready.pop(next_to_write)
                if tables is not None:
                    sha = tables.source_sha256
                    name = display_name(str(files[next_to_write]))
                    if sha and sha in written:
                        _note(outcome, f"{name}: skipped, the same content as {written[sha]} "
                                       f"(an exact copy; its report is ingested once)")
                    else:
                        written[sha] = name
                        writer.add_rendered(tables.tables)
                next_to_write += 1

        flush()
        task = partial(parse_for_writing, cache=cache) if cache else parse_for_writing
        for result in run_pool([files[i] for i in to_parse], task, jobs=jobs):
            index = to_parse[result.index]
            path = files[index]
            done += 1
            if progress:
                progress(done, len(files), path.name)
            if result.error is not None:
                _fail(outcome, f"{display_name(path.name)}: {result.error}")
                ready[index] = None
            else:
                if result.tables.cache_error is not None:
                    raise result.tables.cache_error
                outcome.read.append(display_name(path.name))
                ready[index] = result.tables  # a ParsedReport, stored in the cache by its worker
                if not quiet:
                    _say_read(path, result.tables, done, len(files))
            flush()
        flush()
    outcome.counts = writer.counts
    if cache:
        cache.record_written(files, out_dir, outcome.counts, outcome.duplicates, complete=not outcome.failed)
    if not quiet:
        elapsed = time.perf_counter() - started
        print(f"ingested {len(outcome.read) + len(outcome.cached)} of {len(files)} files in {elapsed:.2f}s"
              f" -> {out_dir}: " + ", ".join(f"{k} {v}" for k, v in outcome.counts.items()), file=sys.stderr)
    return outcome


def _say_read(path: Path, parsed: ParsedReport, n: int, total: int) -> None:
    facts = sum(rows for k, (rows, _) in parsed.tables.items() if k not in ("reports", "source_lines"))
    print(f"[{n}/{total}] {display_name(path.name)}: {parsed.institution_name or '?'} {parsed.school_year or '?'}"
          f" ({facts} rows, {parsed.tables['parse_issues'][0]} parse issues)", file=sys.stderr)


def _note(outcome: IngestOutcome, line: str) -> None:
    outcome.duplicates.append(line)
    print(f"note: {line}", file=sys.stderr)


def _fail(outcome: IngestOutcome, line: str) -> None:
    outcome.failed.append(line)
    print(f"error: {line}", file=sys.stderr)
