"""Write step: the contract tables as CSV (UTF-8, header, RFC 4180 quoting, `.` decimals, empty = NULL).

Rows are written in a deterministic order (reports by source file, rows in document order), so the
same inputs give byte-identical files. Each table is written to a temporary file and renamed into
place, so a reader never sees half a table.
"""
from __future__ import annotations

import csv
import os
import tempfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from loaders.contract import TABLES
from loaders.numbers import format_number


def format_cell(value) -> str:
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
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, columns in TABLES.items():
        rows = tables.get(name, [])
        _write_atomic(out_dir / f"{name}.csv", columns, rows)
        counts[name] = len(rows)
    return counts


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


def _write_atomic(path: Path, columns: tuple[str, ...], rows: list[dict]) -> None:
    with atomic_file(path, newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([format_cell(row.get(col)) for col in columns])
