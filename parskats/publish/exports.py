"""Every mart as Parquet (DuckDB's own writer) and as CSV safe to open in a spreadsheet.

In the CSV, a text cell starting with =, +, -, @, tab or carriage return gets a leading ' so a
spreadsheet does not run it as a formula; numeric columns are untouched (-21.3 stays -21.3), and so
is a text cell that is just a number. Reads a database file read-only; writes only into `out_dir`.
"""
from __future__ import annotations

from pathlib import Path

MARTS = ("exam_vs_national", "enrolment_flows", "leaving_reasons_summary", "goal_attainment",
         "goal_attainment_summary", "indicator_progress", "dim_institutions", "dim_programmes", "dim_subjects")

_RISKY_START = r"^[=+\-@\t\r]"
_PLAIN_NUMBER = r"^[+-]?[0-9]+([.,][0-9]+)?%?$"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


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
    con.execute(f"copy ({safe_select(con, relation)}) to {_sql_str(str(path))} (format csv, header true)")


def write_parquet(con, relation: str, path: Path) -> None:
    con.execute(f"copy (select * from {relation}) to {_sql_str(str(path))} (format parquet, compression zstd)")


def export_marts(db_path: Path, out_dir: Path) -> dict[str, int]:
    """Writes out_dir/parquet/<mart>.parquet and out_dir/csv/<mart>.csv; returns rows per mart."""
    import duckdb

    (out_dir / "parquet").mkdir(parents=True, exist_ok=True)
    (out_dir / "csv").mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        present = {r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts'").fetchall()}
        counts = {}
        for mart in MARTS:
            if mart not in present:
                continue
            relation = f"marts.{mart}"
            write_parquet(con, relation, out_dir / "parquet" / f"{mart}.parquet")
            write_csv(con, relation, out_dir / "csv" / f"{mart}.csv")
            counts[mart] = con.execute(f"select count(*) from {relation}").fetchone()[0]
    finally:
        con.close()
    return counts
