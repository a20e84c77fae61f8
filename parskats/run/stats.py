"""Read-only figures for the end-of-run summary: reports, rows per mart, parse issues by severity."""
from __future__ import annotations

from pathlib import Path

MARTS = ("exam_vs_national", "enrolment_flows", "leaving_reasons_summary", "goal_attainment",
         "goal_attainment_summary", "indicator_progress", "dim_institutions", "dim_programmes", "dim_subjects")


def warehouse_stats(db_path: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(db_path), read_only=True)
    try:
        existing = {r[0] for r in con.sql(
            "select table_name from information_schema.tables where table_schema = 'marts'").fetchall()}
        marts = {m: con.sql(f"select count(*) from marts.{m}").fetchone()[0] for m in MARTS if m in existing}
        reports = con.sql("select count(*) from raw.reports").fetchone()[0]
        issues = dict(con.sql("select severity, count(*) from raw.parse_issues group by severity").fetchall())
    finally:
        con.close()
    return {"reports": reports, "marts": marts, "parse_issues": issues}
