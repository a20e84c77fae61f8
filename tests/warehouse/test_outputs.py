"""Publication outputs of the session run: every mart as Parquet, as formula-safe CSV with a UTF-8
byte-order mark and as a sheet of parskats.xlsx (header frozen, numbers as numbers, text never a
formula), the column guide from the dbt model docs, the site's files, and a no-change rerun that
skips the build."""
from __future__ import annotations

import csv
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import duckdb
import pytest

from parskats.publish.exports import exported_marts, write_csv, write_workbook
from parskats.publish.guide import doc_blocks, one_line
from parskats.publish.site import anchor

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def outputs(pipeline):
    assert pipeline["proc"].returncode == 0, pipeline["proc"].stdout + pipeline["proc"].stderr
    return pipeline["home"] / "publish"


def _marts(warehouse) -> list[str]:
    """Every table of schema marts, as information_schema lists it."""
    return sorted(r[0] for r in warehouse.execute(
        "select table_name from information_schema.tables where table_schema = 'marts'").fetchall())


def test_every_mart_is_exported_as_parquet_and_csv_with_the_warehouse_rows(outputs, warehouse):
    marts = _marts(warehouse)
    assert {"institution_year", "dim_reports", "target_follow_through", "dq_restated_facts"} <= set(marts)
    assert sorted(p.stem for p in (outputs / "parquet").glob("*.parquet")) == marts
    for mart in marts:
        n = warehouse.execute(f"select count(*) from marts.{mart}").fetchone()[0]
        parquet = outputs / "parquet" / f"{mart}.parquet"
        assert duckdb.sql(f"select count(*) from read_parquet('{parquet}')").fetchone()[0] == n, mart
        raw = (outputs / "csv" / f"{mart}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and not raw.startswith(b"\xef\xbb\xbf\xef\xbb\xbf"), mart
        with open(outputs / "csv" / f"{mart}.csv", newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.reader(fh))
        assert len(rows) == n + 1, mart
        assert rows[0] == [r[0] for r in warehouse.execute(f"select column_name from (describe marts.{mart})").fetchall()]
    assert not [p for p in outputs.iterdir() if p.name.startswith(".") and p.name != ".parskats-publish"], \
        "staging left behind"
    assert not [p for p in (outputs / "releases").iterdir() if p.name.startswith(".")], "staging left behind"


def test_csv_keeps_negative_numbers_as_numbers(outputs):
    text = (outputs / "csv" / "exam_vs_national.csv").read_text(encoding="utf-8-sig")
    assert ",-21.3," in text and "'-21.3" not in text
    assert "Daugavpils pilsētas Daugavpils Draudzīgā aicinājuma vidusskola" in text


def test_csv_neutralises_formula_text_but_not_numbers(tmp_path):
    con = duckdb.connect()
    con.execute("""create table t as select * from (values
        ('=HYPERLINK("http://x")', -21.3, '-5', '@SUM(A1)', 'plain, text', '+371 phone', null::varchar, '-1,5%')
        ) v(a, b, c, d, e, f, g, h)""")
    write_csv(con, "t", tmp_path / "t.csv")
    with open(tmp_path / "t.csv", newline="", encoding="utf-8-sig") as fh:
        header, row = list(csv.reader(fh))
    assert row == ["'=HYPERLINK(\"http://x\")", "-21.3", "-5", "'@SUM(A1)", "plain, text", "'+371 phone", "", "-1,5%"]
    assert (tmp_path / "t.csv").read_text(encoding="utf-8-sig").splitlines()[1].split(",")[1] == "-21.3"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"], "the BOM-less intermediate file is left behind"


_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def _sheets(path: Path) -> dict[str, ElementTree.Element]:
    """Sheet name -> its worksheet XML, read with the standard library."""
    with zipfile.ZipFile(path) as z:
        book = ElementTree.fromstring(z.read("xl/workbook.xml"))
        names = [s.get("name") for s in book.find("m:sheets", _NS)]
        return {name: ElementTree.fromstring(z.read(f"xl/worksheets/sheet{i}.xml")) for i, name in enumerate(names, 1)}


def _cells(sheet: ElementTree.Element) -> list[list[tuple[str, str]]]:
    """Rows of (cell type, value): type 'n' for numbers, 'inlineStr'/'s'/'str' for text, 'b' booleans."""
    rows = []
    for row in sheet.find("m:sheetData", _NS):
        cells = []
        for c in row:
            t = c.get("t", "n")
            v = c.find("m:v", _NS)
            text = c.find("m:is/m:t", _NS)
            cells.append((t, (v.text if v is not None else text.text if text is not None else "")))
        rows.append(cells)
    return rows


def test_workbook_has_one_sheet_per_mart_with_a_frozen_header(outputs, warehouse):
    sheets = _sheets(outputs / "parskats.xlsx")
    assert list(sheets) == exported_marts(warehouse) and sorted(sheets) == _marts(warehouse)
    for mart in sheets:
        sheet = sheets[mart]
        pane = sheet.find("m:sheetViews/m:sheetView/m:pane", _NS)
        assert pane is not None and pane.get("state") == "frozen" and pane.get("ySplit") == "1", mart
        n = warehouse.execute(f"select count(*) from marts.{mart}").fetchone()[0]
        assert len(sheet.find("m:sheetData", _NS)) == n + 1, mart
    exam = _cells(sheets["exam_vs_national"])
    header = [v for _, v in exam[0]]
    gap = header.index("gap_pp")
    assert ("n", "-21.3") in [row[gap] for row in exam[1:] if len(row) > gap], "gap_pp is not written as a number"


def test_workbook_writes_formula_looking_text_as_text(tmp_path):
    con = duckdb.connect()
    con.execute("create schema marts")
    con.execute("""create table marts.t as select * from (values
        ('=HYPERLINK("http://x")', -21.3, true, date '2025-05-31', 'http://example.org', '0012')) v(a, b, c, d, e, f)""")
    write_workbook(con, ["t"], tmp_path / "t.xlsx")
    with zipfile.ZipFile(tmp_path / "t.xlsx") as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
        assert "<f>" not in xml and "<hyperlinks" not in xml
    header, row = _cells(_sheets(tmp_path / "t.xlsx")["t"])
    assert [v for _, v in header] == ["a", "b", "c", "d", "e", "f"]
    types = [t for t, _ in row]
    assert types[0] != "n" and row[0][1] == '=HYPERLINK("http://x")'
    assert row[1] == ("n", "-21.3") and row[2] == ("b", "1") and types[3] == "n"
    assert row[4][1] == "http://example.org" and types[4] != "n" and row[5][1] == "0012" and types[5] != "n"


def test_column_guide_comes_from_the_model_docs(outputs, warehouse):
    guide = (outputs / "COLUMNS.md").read_text(encoding="utf-8")
    for mart in _marts(warehouse):
        assert f"## {mart}" in guide
    assert ("| `gap_pp` | DOUBLE | school_pct minus the national average (quoted, else reference), percentage points, "
            "2 decimals; negative = below the national average. NULL where there is no national figure. |") in guide
    assert "(not documented)" not in guide.split("## exam_vs_national")[1].split("## enrolment_flows")[0]
    assert "{{" not in guide, "a doc block left unresolved"
    page = (outputs / "site" / "columns.html").read_text(encoding="utf-8")
    # the model docs' Markdown rendered: their ## headings under the mart's <h2>, lists, SQL as code
    section = page.split('<h2 id="exam_vs_national">')[1].split("<h2 ")[0]
    assert "<h4>Business rules</h4>" in section and "<li>" in section
    assert re.search(r"<pre><code[^>]*>select institution_name", section)
    assert "<code>gap_pp</code>" in section
    assert "{{" not in page and "doc(" not in page


def test_column_guide_shows_each_doc_block_text_in_one_table_row(outputs, warehouse):
    guide = (outputs / "COLUMNS.md").read_text(encoding="utf-8")
    page = (outputs / "site" / "columns.html").read_text(encoding="utf-8")
    models = (ROOT / "models" / "marts" / "_marts__models.yml").read_text(encoding="utf-8")
    blocks = doc_blocks(ROOT / "models")
    used = set(re.findall(r"doc\(\s*'(\w+)'\s*\)", models))
    assert {"report_id", "institution_key", "exam_level"} <= used
    for name in used:
        assert one_line(blocks[name]) in guide, name
    # every row of every column table is one line: | `column` | TYPE | description |
    for table in re.findall(r"^\| column \| type \| description \|\n\|---\|---\|---\|\n((?:.+\n)*)", guide, re.M):
        for row in table.splitlines():
            assert re.fullmatch(r"\| `\w+` \| [A-Z][^|]* \| .+ \|", row), row
    column_tables = re.findall(r"^\| column \| type \| description \|\n\|---\|---\|---\|\n((?:.+\n)*)", guide, re.M)
    assert sum(len(t.splitlines()) for t in column_tables) == \
        warehouse.execute("select count(*) from information_schema.columns where table_schema = 'marts'").fetchone()[0]
    # in the site, a description's Markdown is rendered: `dim_reports` as code
    assert "(<code>dim_reports</code>)" in page.split('<h2 id="exam_vs_national">')[1].split("<h2 ")[0]


def test_site_files_and_dbt_docs_page(outputs):
    site = outputs / "site"
    index = (site / "index.html").read_text(encoding="utf-8")
    assert index.count("<svg") >= 3
    assert '<html lang="lv">' in index
    assert "Latviešu valoda" in index and "Sasniegts" in index and "Mācību pārtraukšanas iemesli" in index
    assert "http://" not in index.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in index
    assert 'href="dbt-docs.html"' in index and 'href="../parskats.xlsx"' in index
    docs = (site / "dbt-docs.html").read_text(encoding="utf-8")
    assert len(docs) > 100_000 and "exam_vs_national" in docs, "dbt docs page missing or a placeholder"
    assert len(list((site / "sources").glob("*.html"))) == 2
    assert (site / "issues.html").is_file() and len(list(site.glob("institution-*.html"))) == 2


def test_parse_issue_links_to_its_source_line(outputs, warehouse):
    issues = warehouse.execute("select report_id, source_ref, code from raw.parse_issues "
                               "order by report_id, source_ref").fetchall()
    assert issues, "the sample reports no longer have a parse issue"
    site = outputs / "site"
    index = (site / "index.html").read_text(encoding="utf-8")
    for report_id, source_ref, code in issues:
        first = anchor(source_ref)
        link = f'href="sources/{report_id}.html#{first}">{source_ref}</a>'
        assert link in (site / "issues.html").read_text(encoding="utf-8")
        school = next(p for p in site.glob("institution-*.html") if report_id in p.read_text(encoding="utf-8"))
        assert link in school.read_text(encoding="utf-8")
        assert f"<td>{code}</td>" in index.split('id="kvalitate"')[1], "index lacks the parse issue counts"
        source = (site / "sources" / f"{report_id}.html").read_text(encoding="utf-8")
        assert f'<tr id="{first}">' in source


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
