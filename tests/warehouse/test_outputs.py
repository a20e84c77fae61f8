"""Publication outputs of the session run: every mart as Parquet and formula-safe CSV, the column
guide from the dbt model docs, the site's files, and a no-change rerun that skips the build."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from parskats.publish.exports import MARTS, write_csv

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def outputs(pipeline):
    assert pipeline["proc"].returncode == 0, pipeline["proc"].stdout + pipeline["proc"].stderr
    return pipeline["home"] / "publish"


def test_every_mart_is_exported_as_parquet_and_csv_with_the_warehouse_rows(outputs, warehouse):
    for mart in MARTS:
        n = warehouse.execute(f"select count(*) from marts.{mart}").fetchone()[0]
        parquet = outputs / "parquet" / f"{mart}.parquet"
        assert duckdb.sql(f"select count(*) from read_parquet('{parquet}')").fetchone()[0] == n, mart
        with open(outputs / "csv" / f"{mart}.csv", newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        assert len(rows) == n + 1, mart
    assert not [p for p in outputs.iterdir() if p.name.startswith(".")], "staging left behind"


def test_csv_keeps_negative_numbers_as_numbers(outputs):
    text = (outputs / "csv" / "exam_vs_national.csv").read_text(encoding="utf-8")
    assert ",-21.3," in text and "'-21.3" not in text


def test_csv_neutralises_formula_text_but_not_numbers(tmp_path):
    con = duckdb.connect()
    con.execute("""create table t as select * from (values
        ('=HYPERLINK("http://x")', -21.3, '-5', '@SUM(A1)', 'plain, text', '+371 phone', null::varchar, '-1,5%')
        ) v(a, b, c, d, e, f, g, h)""")
    write_csv(con, "t", tmp_path / "t.csv")
    with open(tmp_path / "t.csv", newline="", encoding="utf-8") as fh:
        header, row = list(csv.reader(fh))
    assert row == ["'=HYPERLINK(\"http://x\")", "-21.3", "-5", "'@SUM(A1)", "plain, text", "'+371 phone", "", "-1,5%"]
    assert (tmp_path / "t.csv").read_text(encoding="utf-8").splitlines()[1].split(",")[1] == "-21.3"


def test_column_guide_comes_from_the_model_docs(outputs):
    guide = (outputs / "COLUMNS.md").read_text(encoding="utf-8")
    for mart in MARTS:
        assert f"## {mart}" in guide
    assert ("| `gap_pp` | DOUBLE | school_pct minus the national average (quoted, else reference), percentage points, "
            "2 decimals; negative = below the national average. NULL where there is no national figure. |") in guide
    assert "(not documented)" not in guide.split("## exam_vs_national")[1].split("## enrolment_flows")[0]


def test_site_files_and_dbt_docs_page(outputs):
    site = outputs / "site"
    index = (site / "index.html").read_text(encoding="utf-8")
    assert index.count("<svg") >= 3
    assert "Latviešu valoda" in index and "Sasniegts" in index
    assert "http://" not in index.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in index
    assert 'href="dbt-docs.html"' in index
    docs = (site / "dbt-docs.html").read_text(encoding="utf-8")
    assert len(docs) > 100_000 and "exam_vs_national" in docs, "dbt docs page missing or a placeholder"
    assert len(list((site / "sources").glob("*.html"))) == 2


def test_parse_issue_links_to_its_source_line(outputs):
    index = (outputs / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="sources/rb3668ba277e2a59.html#L363">L363-L385</a>' in index
    source = (outputs / "site" / "sources" / "rb3668ba277e2a59.html").read_text(encoding="utf-8")
    assert '<tr id="L363">' in source


def test_run_with_no_changes_skips_build_and_logs(pipeline, outputs):
    before = pipeline["warehouse"].stat().st_mtime_ns
    parskats = Path(sys.executable).with_name("parskats")
    proc = subprocess.run([str(parskats), "run"], env=pipeline["env"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2 unchanged from cache" in proc.stderr
    assert "build, check and publish skipped" in proc.stderr
    assert "nothing changed since" in proc.stdout
    assert pipeline["warehouse"].stat().st_mtime_ns == before
    log = (pipeline["home"] / "warehouse" / ".parskats.state" / "logs" / "parskats.log").read_text(encoding="utf-8")
    assert "build    done in" in log and "publish  done in" in log and "build, check and publish skipped" in log
