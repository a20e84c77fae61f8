"""Every mart as Parquet (DuckDB's own writer), as CSV safe to open in a spreadsheet, and as one sheet
of an Excel workbook (parskats.xlsx, written by XlsxWriter).

The CSV files start with a UTF-8 byte-order mark, so spreadsheet programs read the Latvian letters;
a text cell starting with =, +, -, @, tab or carriage return gets a leading ' so a spreadsheet does
not run it as a formula; numeric columns are untouched (-21.3 stays -21.3), and so is a text cell that
is just a number. In the workbook every cell is written with its type (a number as a number, text
always as text, never as a formula or link), the header row is frozen and has a filter. Every table
of schema `marts` is exported, the known marts first. Reads a database file read-only; writes only
into `out_dir`.
"""
from __future__ import annotations

import datetime as dt
import decimal
import shutil
from pathlib import Path

# the order marts are exported in (and listed in the run summary and the column guide); a mart not
# named here follows by name
MARTS = ("exam_vs_national", "enrolment_flows", "leaving_reasons_summary", "goal_attainment",
         "goal_attainment_summary", "indicator_progress", "dim_institutions", "dim_programmes", "dim_subjects",
         "institution_year", "leaving_reasons", "planned_priorities", "priority_follow_through",
         "target_follow_through", "projects", "agreements", "dim_reports", "dq_restated_facts")
WORKBOOK = "parskats.xlsx"
BOM = b"\xef\xbb\xbf"
XLSX_MAX_ROWS = 1_048_576

_RISKY_START = r"^[=+\-@\t\r]"
_PLAIN_NUMBER = r"^[+-]?[0-9]+([.,][0-9]+)?%?$"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def exported_marts(con) -> list[str]:
    """Every table of schema `marts` (information_schema): the named ones in MARTS order, then any
    others by name."""
    present = {r[0] for r in con.execute(
        "select table_name from information_schema.tables where table_schema = 'marts'").fetchall()}
    known = [m for m in MARTS if m in present]
    return known + sorted(present - set(known))


def safe_select(con, relation: str) -> str:
    """A SELECT over `relation` with every text column neutralised against formula injection."""
    cols = con.execute(f"select column_name, column_type from (describe {relation})").fetchall()
    parts = []
    for name, dtype in cols:
        col = _ident(name)
        if dtype.upper() == "VARCHAR":
            parts.append(f"case when regexp_matches({col}, '{_RISKY_START}') "
                         f"and not regexp_full_match({col}, '{_PLAIN_NUMBER}') "
                         f"then '''' || {col} else {col} end as {col}")
        else:
            parts.append(col)
    return f"select {', '.join(parts)} from {relation}"


def write_csv(con, relation: str, path: Path) -> None:
    """DuckDB writes the CSV beside `path`; it is then copied behind a UTF-8 byte-order mark."""
    plain = path.with_name(path.name + ".nobom")
    con.execute(f"copy ({safe_select(con, relation)}) to {_sql_str(str(plain))} (format csv, header true)")
    with open(path, "wb") as out, open(plain, "rb") as src:
        out.write(BOM)
        shutil.copyfileobj(src, out, 1 << 20)
    plain.unlink()


def write_parquet(con, relation: str, path: Path) -> None:
    con.execute(f"copy (select * from {relation}) to {_sql_str(str(path))} (format parquet, compression zstd)")


def _cell_writer(sheet, formats):
    def write(row: int, col: int, value) -> None:
        if value is None:
            return
        if isinstance(value, bool):
            sheet.write_boolean(row, col, value)
        elif isinstance(value, (int, float, decimal.Decimal)):
            sheet.write_number(row, col, float(value))
        elif isinstance(value, dt.datetime):
            sheet.write_datetime(row, col, value, formats["datetime"])
        elif isinstance(value, dt.date):
            sheet.write_datetime(row, col, dt.datetime(value.year, value.month, value.day), formats["date"])
        else:
            sheet.write_string(row, col, str(value))
    return write


def write_workbook(con, marts: list[str], path: Path) -> None:
    """One sheet per mart (a mart longer than a sheet continues on '<mart> (2)' …), header frozen."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False,
                                           "strings_to_formulas": False, "strings_to_urls": False})
    formats = {"header": book.add_format({"bold": True, "bg_color": "#F3F3F3", "bottom": 1}),
               "date": book.add_format({"num_format": "yyyy-mm-dd"}),
               "datetime": book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})}

    def new_sheet(name: str, header: list[str]):
        sheet = book.add_worksheet(name)
        sheet.freeze_panes(1, 0)
        for col, column in enumerate(header):
            sheet.set_column(col, col, min(max(len(column) + 2, 10), 40))
            sheet.write_string(0, col, column, formats["header"])
        sheet.autofilter(0, 0, 0, max(len(header) - 1, 0))
        return _cell_writer(sheet, formats)

    try:
        for mart in marts:
            cur = con.execute(f"select * from marts.{_ident(mart)}")
            header = [d[0] for d in cur.description]
            part, row = 1, 1
            write = new_sheet(mart[:31], header)
            while chunk := cur.fetchmany(10_000):
                for values in chunk:
                    if row == XLSX_MAX_ROWS:
                        part, row = part + 1, 1
                        write = new_sheet(f"{mart[:25]} ({part})", header)
                    for col, value in enumerate(values):
                        write(row, col, value)
                    row += 1
    finally:
        book.close()


def export_marts(db_path: Path, out_dir: Path, *, workbook: bool = True) -> dict[str, int]:
    """Writes out_dir/parquet/<mart>.parquet, out_dir/csv/<mart>.csv and (with `workbook`)
    out_dir/parskats.xlsx; returns rows per mart."""
    import duckdb

    (out_dir / "parquet").mkdir(parents=True, exist_ok=True)
    (out_dir / "csv").mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        marts = exported_marts(con)
        counts = {}
        for mart in marts:
            relation = f"marts.{_ident(mart)}"
            write_parquet(con, relation, out_dir / "parquet" / f"{mart}.parquet")
            write_csv(con, relation, out_dir / "csv" / f"{mart}.csv")
            counts[mart] = con.execute(f"select count(*) from {relation}").fetchone()[0]
        if workbook:
            write_workbook(con, marts, out_dir / WORKBOOK)
    finally:
        con.close()
    return counts


def export_workbook(db_path: Path, out_dir: Path) -> None:
    """out_dir/parskats.xlsx alone (Python-bound, ~6 µs a cell: written by its own process beside the
    other exports)."""
    import duckdb

    con = duckdb.connect(str(db_path), read_only=True)
    try:
        write_workbook(con, exported_marts(con), out_dir / WORKBOOK)
    finally:
        con.close()
