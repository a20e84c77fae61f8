"""Read-only figures for the end-of-run summary: reports, rows per mart (every table of schema `marts`,
in the order the exports write them), parse issues by severity. Does not export or check anything."""
from __future__ import annotations

from pathlib import Path


def warehouse_stats(db_path: Path) -> dict:
    import duckdb

    from parskats.publish.exports import exported_marts

    con = duckdb.connect(str(db_path), read_only=True)
    try:
        marts = {m: con.execute(f'select count(*) from marts."{m}"').fetchone()[0] for m in exported_marts(con)}
        reports = con.execute("select count(*) from raw.reports").fetchone()[0]
        issues = dict(con.execute("select severity, count(*) from raw.parse_issues group by severity").fetchall())
    finally:
        con.close()
    return {"reports": reports, "marts": marts, "parse_issues": issues}
