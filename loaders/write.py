"""Write step: the contract tables as CSV (UTF-8, header, RFC 4180 quoting, `.` decimals, empty = NULL).

Rows are written in a deterministic order (reports by source file, rows in document order), so the
same inputs give byte-identical files. Each table is written to a temporary file and renamed into
place, so a reader never sees half a table; rows are written report by report, never all held in
memory. `atomic_file` is the project's one helper for writing any file atomically.
"""
from __future__ import annotations

import csv
import io
import os
import tempfile
from contextlib import contextmanager
from datetime import date
from operator import itemgetter
from pathlib import Path

from loaders.contract import TABLES
from loaders.numbers import format_number

_FLOAT_EXACT = 2 ** 53   # an int up to this is a float without loss: format_number gives str(int)


def format_cell(value) -> str:
    if value.__class__ is str:   # most cells (fast path)
        return value
    if value.__class__ is int and -_FLOAT_EXACT <= value <= _FLOAT_EXACT:   # format_number's result (fast path)
        return str(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return format_number(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_tables(tables: dict[str, list[dict]], out_dir: Path) -> dict[str, int]:
    """Write every contract table (empty ones with just the header); returns rows per table."""
    with TableWriter(out_dir) as writer:
        writer.add(tables)
    return writer.counts


def render_rows(name: str, rows: list[dict]) -> str:
    """One report's rows of table `name` as the CSV text `TableWriter` writes for them (no header): what a
    pool worker sends, so the parent only appends text (`TableWriter.add_rendered`)."""
    columns, buffer = TABLES[name], io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    plain = _plain_values(columns, rows)
    if plain is not None:
        writer.writerows(plain)
    else:
        writer.writerows([value if value.__class__ is str else format_cell(value) for value in map(row.get, columns)]
                         for row in rows)
    return buffer.getvalue()


_AS_CSV_WRITES = frozenset((str, type(None)))   # the csv module writes these as format_cell does


def _plain_values(columns: tuple[str, ...], rows: list[dict]) -> list[tuple] | None:
    """The rows' values as tuples in column order when the csv module writes each of them as its cell
    (text, None, or a column of ints that format_cell writes as str(int)): most of source_lines' many
    rows; None where some row lacks a column or a column holds another kind of value."""
    try:
        values = list(map(itemgetter(*columns), rows))
    except KeyError:
        return None
    for column in zip(*values):
        kinds = set(map(type, column))
        if kinds <= _AS_CSV_WRITES or (kinds == {int} and max(map(abs, column)) <= _FLOAT_EXACT):
            continue
        return None
    return values


ROW_COUNTS = "_row_counts.csv"  # table_name,rows: what was written, so a load can prove it read every row


class TableWriter:
    """Every contract table written report by report (rows never all held in memory), each into a
    temporary file that replaces the table only when all were written: `with TableWriter(dir) as w:
    w.add(report_tables)`; an error inside the block leaves the previous tables as they were."""

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self.counts = {name: 0 for name in TABLES}

    def __enter__(self) -> "TableWriter":
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._files, self._writers = {}, {}
        try:
            for name, columns in TABLES.items():
                fd, tmp = tempfile.mkstemp(prefix=f".{name}.csv.", suffix=".tmp", dir=self.out_dir)
                fh = os.fdopen(fd, "w", newline="", encoding="utf-8")
                self._files[name] = (fh, tmp)
                self._writers[name] = csv.writer(fh, lineterminator="\n")
                self._writers[name].writerow(columns)
        except BaseException:
            self._discard()
            raise
        return self

    def add(self, tables: dict[str, list[dict]]) -> None:
        for name, rows in tables.items():
            columns, writer = TABLES[name], self._writers[name]
            # rows from the workers and the cache are CSV cells already (text): written as they are
            writer.writerows([value if type(value) is str else format_cell(value) for value in map(row.get, columns)]
                             for row in rows)
            self.counts[name] += len(rows)

    def add_rendered(self, tables: dict[str, tuple[int, str]]) -> None:
        """Add one report's tables given as (rows, CSV text from `render_rows`): the same bytes `add` writes."""
        for name, (rows, text) in tables.items():
            self._files[name][0].write(text)
            self.counts[name] += rows

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self._discard()
            return
        for fh, _ in self._files.values():
            fh.close()
        for name, (_, tmp) in self._files.items():
            os.replace(tmp, self.out_dir / f"{name}.csv")
        with atomic_file(self.out_dir / ROW_COUNTS, newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(("table_name", "rows"))
            writer.writerows(self.counts.items())

    def _discard(self) -> None:
        for fh, tmp in self._files.values():
            fh.close()
            Path(tmp).unlink(missing_ok=True)


@contextmanager
def atomic_file(path: Path, **open_args):
    """Open a temporary file beside `path` for writing (text, UTF-8 by default); on success it is
    renamed over `path`, on any error it is removed, so a reader never sees half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", **{"encoding": "utf-8", **open_args}) as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
