"""`parskats sql`: one SQL statement against the published warehouse, read-only, shown as a table in
the terminal or written as CSV.

The warehouse is opened read-only with DuckDB's external access off, so a statement can neither
change the warehouse nor read or write any other file, database or extension (a temporary table in
memory is allowed). The table shows the column names, text left-aligned and numbers right-aligned,
long text cut at CELL_WIDTH characters, and at most `limit` rows (DEFAULT_LIMIT unless given; 0: all)
with a note of how many more there are; the CSV (a header row, then every row, or `limit` rows when
given) is plain UTF-8, values as the table prints them, NULL as an empty field. Every failure is one line
on stderr: a missing warehouse (exit 2), a SQL error with DuckDB's message, or a statement that would
write (exit 1). Does not take the run lock: a publication renames a new file over the old one and
never waits for readers.
"""
from __future__ import annotations

import csv
import datetime as dt
import decimal
import sys
from pathlib import Path
from typing import TextIO

DEFAULT_LIMIT = 40
CELL_WIDTH = 60
EXIT_OK, EXIT_FAILED, EXIT_NO_WAREHOUSE = 0, 1, 2


class QueryError(Exception):
    """A failure to report as one line; `code` is the exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILED):
        super().__init__(message)
        self.code = code


def _one_line(message: str) -> str:
    """DuckDB's message without the echoed SQL and caret (the lines from 'LINE n:' on), on one line."""
    kept = []
    for line in str(message).splitlines():
        if line.startswith("LINE "):
            break
        if line.strip():
            kept.append(line.strip())
    return " ".join(kept)


def open_warehouse(path: Path):
    import duckdb

    if not path.is_file():
        raise QueryError(f"no published warehouse at {path}; run `parskats run` first "
                         f"(or set PARSKATS_WAREHOUSE to the warehouse file)", EXIT_NO_WAREHOUSE)
    # attached (read-only) to an in-memory database rather than opened, so that it opens beside any
    # other connection to the file in this process whatever their settings
    con = duckdb.connect(":memory:")
    try:
        # the catalog name the build gave the file (its name up to the first dot), which the views use;
        # named explicitly because the published path is a link into the release in service
        name = path.name.split(".")[0]
        con.execute("attach '" + str(path).replace("'", "''") + "' as \"" + name.replace('"', '""') + "\" (read_only)")
        con.execute('use "' + name.replace('"', '""') + '"')
        con.execute("set enable_external_access = false")
        con.execute("set enable_progress_bar = false")
    except duckdb.Error as exc:
        con.close()
        raise QueryError(f"cannot open the warehouse {path}: {_one_line(exc)}", EXIT_NO_WAREHOUSE) from exc
    return con


def execute(con, sql: str):
    """The cursor of the statement (of the last one, where several are given)."""
    import duckdb

    if not sql.strip():
        raise QueryError("no SQL given; e.g. parskats sql \"select * from marts.dim_institutions\"")
    try:
        return con.execute(sql)
    except duckdb.Error as exc:
        message = _one_line(exc)
        if "read-only mode" in message:
            raise QueryError(f"the warehouse is read-only: this statement would change it ({message}); "
                             f"query it with SELECT, and keep a result with --csv FILE") from exc
        if "disabled by configuration" in message:
            raise QueryError(f"only the warehouse can be read here: files, other databases and extensions are off "
                             f"({message}); to save a result use --csv FILE") from exc
        raise QueryError(f"SQL error: {message}") from exc


def fetch(cur, limit: int | None) -> tuple[list[str], list[tuple], int]:
    """(column names, up to `limit` rows (all where None or 0), how many rows were left out)."""
    import duckdb

    if not cur.description:
        return [], [], 0
    names = [d[0] for d in cur.description]
    try:
        if not limit:
            return names, cur.fetchall(), 0
        rows = cur.fetchmany(limit)
        more = 0
        while chunk := cur.fetchmany(10_000):
            more += len(chunk)
    except duckdb.Error as exc:
        raise QueryError(f"SQL error: {_one_line(exc)}") from exc
    return names, rows, more


def _is_number(value) -> bool:
    return isinstance(value, (int, float, decimal.Decimal)) and not isinstance(value, bool)


def cell_text(value) -> str:
    """A value as DuckDB prints it: NULL, true/false, 2024-09-01, 37.2; text as it is."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split()) if any(c in text for c in "\n\r\t") else text
    return text if len(text) <= width else text[:width - 1] + "…"


def format_table(names: list[str], rows: list[tuple], more: int = 0, *, cell_width: int = CELL_WIDTH) -> str:
    """Column names over a rule, numbers right-aligned, then '(N rows)' or the count left out."""
    if not names:
        return "(the statement returns no rows)"
    numeric = [all(_is_number(r[i]) for r in rows if r[i] is not None) and any(r[i] is not None for r in rows)
               for i in range(len(names))]
    cells = [[_fit(cell_text(v), cell_width) for v in row] for row in rows]
    widths = [max([len(n)] + [len(row[i]) for row in cells]) for i, n in enumerate(names)]

    def line(values: list[str]) -> str:
        return "  ".join(v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric)).rstrip()

    out = [line(names), "  ".join("-" * w for w in widths)] + [line(row) for row in cells]
    shown = f"{len(rows):,} row{'' if len(rows) == 1 else 's'}"
    if more:
        out.append(f"({shown} shown; {more:,} more row{'' if more == 1 else 's'}: --limit N shows more, "
                   f"--limit 0 shows all, --csv FILE writes them)")
    else:
        out.append(f"({shown})")
    return "\n".join(out)


def write_csv(names: list[str], rows, out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    n = 0
    for row in rows:
        writer.writerow(["" if v is None else cell_text(v) for v in row])
        n += 1
    return n


def run_sql(sql: str, warehouse: Path, *, limit: int | None = None, csv_to: str | None = None,
            stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Runs `sql` read-only against `warehouse` and prints the table (or writes CSV to the file
    `csv_to`, '-' for stdout); returns the exit code."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    if limit is not None and limit < 0:
        print("parskats sql: --limit must be 0 or more", file=stderr)
        return EXIT_FAILED
    try:
        con = open_warehouse(warehouse)
        try:
            cur = execute(con, sql)
            if csv_to is None:
                names, rows, more = fetch(cur, DEFAULT_LIMIT if limit is None else limit)
                print(format_table(names, rows, more), file=stdout)
                return EXIT_OK
            names, rows, _ = fetch(cur, limit)
            if not names:
                raise QueryError("the statement returns no rows to write as CSV")
            if csv_to == "-":
                write_csv(names, rows, stdout)
                return EXIT_OK
            path = Path(csv_to)
            try:
                with open(path, "w", encoding="utf-8", newline="") as fh:
                    n = write_csv(names, rows, fh)
            except OSError as exc:
                raise QueryError(f"cannot write {path}: {exc.strerror or exc}") from exc
            print(f"wrote {n:,} row{'' if n == 1 else 's'} and a header to {path}", file=stderr)
            return EXIT_OK
        finally:
            con.close()
    except QueryError as exc:
        print(f"parskats sql: {exc}", file=stderr)
        return exc.code
