"""The raw load never depends on guessing a CSV dialect: whatever the loaders write loads the same.

The loaders' own writer produces the contract tables with a `priorities` table whose first field
holding doubled quotes comes after row 50,000 and whose evidence cell is 200,000 characters long (a
long real evidence cell); `parskats build` must load every row and every character unchanged.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb

from loaders.contract import TABLES
from loaders.write import write_tables

LATE = 'Skolēni teica: ""labi"", tad, =SUM(A1)\nun +37 @x'
LONG = "pierādījums, " * 15_385  # 200,005 characters


def _tables(rows: int) -> dict[str, list[dict]]:
    report = {"report_id": "r1", "source_file": "a.txt", "source_sha256": "0" * 64, "source_format": "txt",
              "institution_name": "Ābeļu pamatskola", "institution_kind": "general", "school_year": "2024/2025",
              "parser_version": "test"}
    priorities = [{"report_id": "r1", "source_ref": f"L{i}", "priority_no": str(i), "title": f"Prioritāte {i}",
                   "result_type": "qualitative", "status": "achieved", "status_raw": "Sasniegts",
                   "evidence": "īss teksts"} for i in range(1, rows + 1)]
    priorities.append({**priorities[0], "priority_no": str(rows + 1), "title": LATE, "evidence": LONG})
    return {**{name: [] for name in TABLES}, "reports": [report], "priorities": priorities}


def test_late_doubled_quotes_and_long_fields_load(tmp_path):
    from conftest import _copy_project as copy_project

    home = tmp_path / "home"
    home.mkdir()
    copy_project(home)
    warehouse = home / "warehouse" / "parskats.duckdb"
    write_tables(_tables(50_001), warehouse.parent / ".parskats.state" / "tables")
    env = {**os.environ, "PARSKATS_HOME": str(home), "PARSKATS_WAREHOUSE": str(warehouse)}
    parskats = Path(sys.executable).with_name("parskats")
    build_db = tmp_path / "b.duckdb"
    proc = subprocess.run([str(parskats), "build", "--quiet", "--db", str(build_db)],
                          env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    con = duckdb.connect(str(build_db), read_only=True)
    try:
        assert con.sql("select count(*) from raw.priorities").fetchone()[0] == 50_002
        title, evidence = con.sql("select title, evidence from raw.priorities where priority_no = '50002'").fetchone()
    finally:
        con.close()
    assert title == LATE
    assert evidence == LONG and len(evidence) >= 200_000


def test_a_row_lost_between_the_loaders_and_the_load_stops_the_build(pipeline, tmp_path):
    import shutil

    home = tmp_path / "home"
    shutil.copytree(pipeline["home"], home, symlinks=True, ignore=shutil.ignore_patterns("*.duckdb*", "publish"))
    table = home / "warehouse" / ".parskats.state" / "tables" / "programmes.csv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    table.write_text("".join(lines[:-1]), encoding="utf-8")  # one programme row fewer than _row_counts.csv says
    env = {**os.environ, "PARSKATS_HOME": str(home), "PARSKATS_WAREHOUSE": str(home / "warehouse" / "parskats.duckdb")}
    parskats = Path(sys.executable).with_name("parskats")
    proc = subprocess.run([str(parskats), "build", "--quiet"], env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    log = (home / "warehouse" / ".parskats.state" / "logs" / "dbt.log").read_text(encoding="utf-8")
    assert "parskats_loaded_every_row_programmes" in log
