"""`parskats sql` against the session's published warehouse (found through PARSKATS_WAREHOUSE): a
readable table (column names, numbers right-aligned, a row limit with the count left out, --limit),
CSV with a header to a file or stdout (--csv), and one clear line for a SQL error, a missing
warehouse and a statement that would write, which leaves the warehouse as it was."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from parskats.cli import main
from parskats.query import DEFAULT_LIMIT, cell_text


@pytest.fixture
def sql(pipeline, monkeypatch, capsys):
    """Runs `parskats sql ARGS...` in-process against the published warehouse: (exit code, stdout, stderr)."""
    assert pipeline["proc"].returncode == 0, pipeline["proc"].stdout + pipeline["proc"].stderr
    monkeypatch.setenv("PARSKATS_WAREHOUSE", str(pipeline["warehouse"]))

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["sql", *args])
        out, err = capsys.readouterr()
        return code, out, err
    return run


QUERY = """select report_id, subject, school_pct, gap_pp from marts.exam_vs_national
           where exam_level = 'grade9' order by school_year desc, subject"""


def test_a_query_prints_an_aligned_table_with_numbers_right_aligned(sql, warehouse):
    code, out, err = sql(QUERY)
    assert code == 0 and err == ""
    expected = warehouse.execute(QUERY).fetchall()
    header, rule, *rows, footer = out.rstrip("\n").split("\n")
    assert header.split() == ["report_id", "subject", "school_pct", "gap_pp"]
    assert footer == f"({len(expected)} rows)" and len(rows) == len(expected)
    widths = [len(dashes) for dashes in rule.split("  ")]
    starts = [sum(widths[:i]) + 2 * i for i in range(len(widths))]
    for line, values in zip(rows, expected):
        cells = [line[s:s + w] for s, w in zip(starts, widths)]
        assert [c.strip() for c in cells] == [cell_text(v) for v in values]
        assert cells[0].startswith(values[0][:10]) and cells[1].startswith(values[1]), "text is left-aligned"
        assert cells[2].endswith(cell_text(values[2])) and cells[3].endswith(cell_text(values[3])), "numbers are right-aligned"
    assert header[starts[2]:starts[2] + widths[2]].endswith("school_pct")


def test_rows_beyond_the_limit_are_counted_not_shown(sql):
    code, out, _ = sql("select range as n from range(95)")
    lines = out.rstrip("\n").split("\n")
    assert code == 0 and len(lines) == 2 + DEFAULT_LIMIT + 1
    assert lines[-2].strip() == str(DEFAULT_LIMIT - 1)
    assert lines[-1].startswith(f"({DEFAULT_LIMIT} rows shown; {95 - DEFAULT_LIMIT} more rows")
    code, out, _ = sql("select range as n from range(95)", "--limit", "5")
    lines = out.rstrip("\n").split("\n")
    assert code == 0 and [line.strip() for line in lines[2:7]] == ["0", "1", "2", "3", "4"]
    assert lines[7].startswith("(5 rows shown; 90 more rows")
    code, out, _ = sql("select range as n from range(95)", "--limit", "0")
    assert code == 0 and out.rstrip("\n").split("\n")[-1] == "(95 rows)"


def test_long_text_is_cut_and_stays_on_its_line(sql, warehouse):
    code, out, _ = sql("select evidence, priority_no from marts.goal_attainment where length(evidence) > 200 order by 1")
    expected = warehouse.execute("select count(*) from marts.goal_attainment where length(evidence) > 200").fetchone()[0]
    lines = out.rstrip("\n").split("\n")
    assert code == 0 and expected and len(lines) == 2 + expected + 1
    assert all("…" in line for line in lines[2:-1])


def test_csv_to_a_file_has_a_header_and_every_row(sql, warehouse, tmp_path):
    target = tmp_path / "flows.csv"
    query = "select * from marts.enrolment_flows cross join range(3) order by report_id, row_no, range"
    code, out, err = sql(query, "--csv", str(target))
    assert code == 0 and out == "" and f"to {target}" in err
    with open(target, newline="", encoding="utf-8") as fh:
        header, *rows = list(csv.reader(fh))
    cur = warehouse.execute(query)
    expected = cur.fetchall()
    assert len(expected) > DEFAULT_LIMIT, "the CSV is not limited like the table"
    assert header == [d[0] for d in cur.description]
    assert rows == [["" if v is None else cell_text(v) for v in row] for row in expected]


def test_csv_to_stdout_with_a_limit(sql):
    code, out, err = sql("select subject, name_lv, null as nothing from marts.dim_subjects order by subject", "--csv", "-",
                         "--limit", "3")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and err == ""
    assert rows[0] == ["subject", "name_lv", "nothing"] and len(rows) == 4 and rows[1][2] == ""


def test_a_sql_error_is_one_line_with_duckdbs_message(sql):
    code, out, err = sql("select no_such_column from marts.dim_subjects")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("parskats sql: SQL error: Binder Error:")
    assert '"no_such_column" not found' in err
    code, _, err = sql("selec 1")
    assert code == 1 and err.startswith("parskats sql: SQL error: Parser Error: syntax error") and err.count("\n") == 1


@pytest.mark.parametrize("statement", [
    "drop table marts.dim_subjects",
    "delete from marts.exam_vs_national",
    "insert into marts.dim_subjects select * from marts.dim_subjects",
    "create table marts.mine as select 1 as x",
    "update marts.dim_institutions set institution_name = 'x'",
])
def test_a_write_is_refused_and_changes_nothing(sql, pipeline, warehouse, statement):
    def state():
        return (pipeline["warehouse"].stat().st_mtime_ns,
                warehouse.execute("select count(*) from marts.dim_subjects").fetchone()[0],
                warehouse.execute("select count(*) from marts.exam_vs_national").fetchone()[0])

    before = state()
    code, out, err = sql(statement)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith("parskats sql: the warehouse is read-only:"), err
    assert state() == before


def test_other_files_are_neither_written_nor_read(sql, tmp_path):
    target = tmp_path / "out.csv"
    code, _, err = sql(f"copy (select * from marts.dim_subjects) to '{target}'")
    assert code == 1 and not target.exists() and err.startswith("parskats sql: only the warehouse can be read")
    code, _, err = sql(f"attach '{tmp_path / 'new.duckdb'}' as other")
    assert code == 1 and not (tmp_path / "new.duckdb").exists()
    code, _, err = sql("select * from read_csv('/etc/hostname')")
    assert code == 1 and "only the warehouse can be read" in err


def test_a_missing_warehouse_says_to_run_first(tmp_path):
    missing = tmp_path / "nowhere" / "parskats.duckdb"
    parskats = Path(sys.executable).with_name("parskats")
    proc = subprocess.run([str(parskats), "sql", "select 1"], env={"PARSKATS_WAREHOUSE": str(missing), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == f"parskats sql: no published warehouse at {missing}; run `parskats run` first " \
                          f"(or set PARSKATS_WAREHOUSE to the warehouse file)\n"
