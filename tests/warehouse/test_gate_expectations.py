"""Every expectation of the gate can fail: each is run on a small crafted warehouse that breaks it.

The warehouse is built directly in a temporary DuckDB file with only the tables and columns the suites
query (no dbt, no loaders). A good warehouse passes every check; each case below breaks one rule and
the gate must report exactly that expectation, with its severity and a plain line naming the
institution, the file and the lines. A new expectation without a case here fails
`test_every_expectation_has_a_failing_case`.
"""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import duckdb
import pytest

from expectations.gate import run_gate
from expectations.suites import build_suites, recognised_statuses, thresholds

ROOT = Path(__file__).resolve().parents[2]

TABLES = {
    "staging.stg_reports__reports": (
        "report_id varchar, institution_name varchar, source_file varchar",
        [("r1", "Ābeļu pamatskola", "abelu_2024-2025.pdf"),
         ("r2", "Bērzu vidusskola", "berzu_2024-2025.docx")]),
    "staging.stg_reports__parse_issues": (
        "report_id varchar, source_ref varchar, section varchar, severity varchar, code varchar, message varchar",
        [("r2", "t3:r2", "1.3", "warning", "indicator_cells_unsplit", "Cells could not be told apart.")]),
    "staging.stg_reports__priorities": (
        "report_id varchar, source_ref varchar, priority_no varchar, result_type varchar, status varchar, "
        "status_raw varchar",
        [("r1", "p5:L1-L30", "1", "qualitative", "achieved", "Sasniegts"),
         ("r1", "p5:L31-L50", "1", "quantitative", "partially_achieved", "Daļēji sasniegts"),
         # a priority that states no status at all: unknown without raw text (a loader warning, not a block)
         ("r2", "t5:r2", "1", "qualitative", "unknown", None)]),
    "staging.stg_reports__programmes": (
        "report_id varchar, source_ref varchar, row_no integer, programme_code varchar, programme_name varchar, "
        "learners_start integer, learners_end integer",
        [("r1", "p3:L12-L20", 1, "21011111", "Pamatizglītības programma", 40, 44),
         ("r1", "p3:L21-L30", 2, "01011111", "Pirmsskolas programma", 20, 20),
         ("r2", "t1:r2", 1, None, "Mūzika", 0, 0)]),
    "staging.stg_reports__leaving_reasons": (
        "report_id varchar, source_ref varchar, learners integer",
        [("r1", "p4:L3", 2), ("r1", "p4:L5", 1)]),
    "staging.stg_reports__exam_results": (
        "report_id varchar, source_ref varchar, school_year varchar, exam_level varchar, subject varchar, "
        "measure varchar, national_pct double",
        [("r1", "p6:L10-L12", "2024/2025", "grade9", "latvian", "result", 58.5),
         ("r2", "t4:r3", "2024/2025", "grade9", "latvian", "result", 58.5),
         ("r1", "p6:L14-L16", "2024/2025", "advanced", "history", "result", 37.4),
         ("r2", "t4:r5", "2024/2025", "advanced", "history", "result", 37.4),
         ("r1", "p6:L20", "2025/2026", "grade9", "latvian", "target", None)]),
    "staging.stg_reference__national_exam_averages": (
        "school_year varchar, exam_level varchar, subject varchar, national_pct double, status varchar, "
        "is_provisional boolean",
        [("2024/2025", "grade9", "latvian", 58.5, "press-provisional", True),
         ("2024/2025", "advanced", "history", 37.4, "official", False)]),
    "marts.goal_attainment": (
        "report_id varchar, source_ref varchar, priority_no varchar, result_type varchar, status varchar, "
        "planned_pct double, evidence_pct double, own_numbers_miss_target boolean",
        [("r1", "p5:L1-L30", "1", "qualitative", "achieved", None, None, False),
         ("r1", "p5:L31-L50", "1", "quantitative", "achieved", 70.0, 76.0, False)]),
}


def make_warehouse(path: Path, *statements: str) -> Path:
    con = duckdb.connect(str(path))
    for schema in ("staging", "marts"):
        con.execute(f"create schema {schema}")
    for table, (columns, rows) in TABLES.items():
        con.execute(f"create table {table} ({columns})")
        if rows:
            con.executemany(f"insert into {table} values ({', '.join('?' * len(rows[0]))})", rows)
    for sql in statements:
        con.execute(sql)
    con.close()
    return path


# (suite, expectation key) -> (severity, statements that break it, words the plain line must hold)
CASES = {
    ("parse_issues", "no_error_level_issue"): (
        "critical",
        ["insert into staging.stg_reports__parse_issues values ('r1', 'p3:L12-L20', '1.1', 'error', "
         "'programme_count_missing', 'A count could not be read.')"],
        ["BLOCKS: Ābeļu pamatskola (abelu_2024-2025.pdf, p3:L12-L20)", "section 1.1", "A count could not be read."]),
    ("priority_statuses", "status_recognised"): (
        "critical",
        ["insert into staging.stg_reports__priorities values ('r1', 'p5:L51-L60', '2', 'qualitative', 'unknown', "
         "'Sasnigts')"],
        ["BLOCKS: Ābeļu pamatskola (abelu_2024-2025.pdf, p5:L51-L60)", '"Sasnigts"', "priority 2 (qualitative)",
         "seeds/reference/priority_statuses.csv"]),
    ("learner_counts.implausible_growth", "end_within_implausible_ratio"): (
        "critical",
        ["update staging.stg_reports__programmes set learners_end = 4000 where report_id = 'r1' and row_no = 1"],
        ["BLOCKS: Ābeļu pamatskola (abelu_2024-2025.pdf, p3:L12-L20): learners at the end (4,000) are over 10 "
         "times those at the start (40) in programme 21011111. Check the count in the report; fix the report or "
         "the loader, then run again."]),
    ("learner_counts.suspicious_growth", "end_within_suspicious_ratio"): (
        "warning",
        ["update staging.stg_reports__programmes set learners_end = 130 where report_id = 'r1' and row_no = 1"],
        ["WARNING: Ābeļu pamatskola (abelu_2024-2025.pdf, p3:L12-L20): learners at the end (130) are over 3 "
         "times those at the start (40) in programme 21011111."]),
    ("learner_counts.leavers_within_enrolment", "left_at_most_enrolled"): (
        "warning",
        ["update staging.stg_reports__leaving_reasons set learners = 70 where source_ref = 'p4:L3'"],
        ["WARNING: Ābeļu pamatskola (abelu_2024-2025.pdf, p4:L3, p4:L5)", "71 learners left",
         "the 60 enrolled"]),
    ("national_averages.quotes_agree", "quotes_within_spread"): (
        "warning",
        ["update staging.stg_reports__exam_results set national_pct = 58.7 where source_ref = 't4:r3'"],
        ["WARNING: Bērzu vidusskola (berzu_2024-2025.docx, t4:r3): quotes the national average of latvian "
         "(grade9, 2024/2025) as 58.7%, other reports quote 58.5%"]),
    ("national_averages.match_final_reference", "quote_matches_reference"): (
        "critical",
        ["update staging.stg_reports__exam_results set national_pct = 39.4 where subject = 'history'"],
        ["BLOCKS: Ābeļu pamatskola (abelu_2024-2025.pdf, p6:L14-L16)", "as 39.4%", "official", "37.4%"]),
    ("national_averages.match_provisional_reference", "quote_matches_reference"): (
        "warning",
        ["update staging.stg_reference__national_exam_averages set national_pct = 57.9 where subject = 'latvian'"],
        ["WARNING: Ābeļu pamatskola (abelu_2024-2025.pdf, p6:L10-L12)", "press-provisional", "57.9%"]),
    ("priorities.achieved_meets_own_target", "achieved_not_below_own_target"): (
        "warning",
        ["update marts.goal_attainment set evidence_pct = 65, own_numbers_miss_target = true "
         "where result_type = 'quantitative'"],
        ["WARNING: Ābeļu pamatskola (abelu_2024-2025.pdf, p5:L31-L50)", "planned 70%, reached 65%"]),
}


def _failures(result):
    return [(f.suite, f.check, f.severity) for f in result.failures]


def test_good_warehouse_passes_every_check_on_real_rows(tmp_path):
    result = run_gate(make_warehouse(tmp_path / "good.duckdb"))
    assert _failures(result) == []
    assert result.passed and result.checks == sum(len(s.expectations) for s in build_suites())
    assert all(s.rows > 0 for s in result.suites), [(s.name, s.rows) for s in result.suites]
    assert result.summary_lines() == [result.verdict()]


def test_every_expectation_has_a_failing_case():
    declared = {(s.name, e.key) for s in build_suites() for e in s.expectations}
    assert declared == set(CASES)


@pytest.mark.parametrize("case", sorted(CASES), ids=lambda c: f"{c[0]}/{c[1]}")
def test_expectation_fails_on_a_warehouse_that_breaks_it(tmp_path, case):
    severity, statements, words = CASES[case]
    result = run_gate(make_warehouse(tmp_path / "bad.duckdb", *statements))
    assert _failures(result) == [(*case, severity)]
    assert result.passed == (severity != "critical")
    lines = result.summary_lines()
    shown = [line for line in lines if line.startswith(("BLOCKS: ", "WARNING: "))]
    assert shown and all(line.startswith("BLOCKS: " if severity == "critical" else "WARNING: ") for line in shown)
    for word in words:
        assert any(word in line for line in shown), (word, shown)
    assert not any("expect_" in line for line in lines)
    assert lines[-1].startswith(f"gate: {'PASSED' if severity != 'critical' else 'FAILED'}")


def test_parse_errors_only_warn_when_allowed(tmp_path):
    db = make_warehouse(tmp_path / "bad.duckdb", *CASES[("parse_issues", "no_error_level_issue")][1])
    result = run_gate(db, allow_parse_errors=True)
    assert _failures(result) == [("parse_issues", "no_error_level_issue", "warning")]
    assert result.passed and result.summary_lines()[0].startswith("WARNING: Ābeļu pamatskola")


def test_one_row_over_the_implausible_ratio_blocks_once_and_does_not_also_warn(tmp_path):
    db = make_warehouse(tmp_path / "bad.duckdb",
                        "update staging.stg_reports__programmes set learners_end = 4000 where row_no = 1 and report_id = 'r1'",
                        "update staging.stg_reports__programmes set learners_start = 0, learners_end = 12 where report_id = 'r2'")
    result = run_gate(db)
    assert _failures(result) == [("learner_counts.implausible_growth", "end_within_implausible_ratio", "critical"),
                                 ("learner_counts.suspicious_growth", "end_within_suspicious_ratio", "warning")]
    assert [len(f.messages) for f in result.failures] == [1, 1]
    # a programme that starts the year at 0 is only flagged for review
    assert result.warnings[0].messages[0].startswith(
        'WARNING: Bērzu vidusskola (berzu_2024-2025.docx, t1:r2): learners at the end (12) are over 3 times those '
        'at the start (0) in programme "Mūzika"')


def test_failing_rows_are_capped_at_ten_lines_then_a_count(tmp_path):
    rows = ", ".join(f"('r1', 'p9:L{n}', {n + 10}, '2101111{n % 10}', 'P', 10, 500)" for n in range(14))
    db = make_warehouse(tmp_path / "bad.duckdb", f"insert into staging.stg_reports__programmes values {rows}")
    result = run_gate(db)
    [failure] = result.failures
    assert failure.unexpected_count == 14 and len(failure.messages) == 14
    lines = result.summary_lines()
    assert sum(line.startswith("BLOCKS: Ābeļu pamatskola (abelu_2024-2025.pdf, p9:L") for line in lines) == 10
    assert "  ... and 4 more like this" in lines
    assert sum(line.startswith("  BLOCKS") for line in result.log_lines()) == 14


def test_thresholds_are_the_dbt_vars(tmp_path, monkeypatch):
    """Raising implausible_growth_ratio in dbt_project.yml turns a blocked count into a warning."""
    home = tmp_path / "home"
    home.mkdir()
    text = (ROOT / "dbt_project.yml").read_text(encoding="utf-8")
    assert "implausible_growth_ratio: 10 " in text
    (home / "dbt_project.yml").write_text(text.replace("implausible_growth_ratio: 10 ", "implausible_growth_ratio: 200 "),
                                          encoding="utf-8")
    shutil.copytree(ROOT / "seeds" / "reference", home / "seeds" / "reference")
    monkeypatch.setenv("PARSKATS_HOME", str(home))
    assert thresholds()["implausible_growth_ratio"] == 200
    result = run_gate(make_warehouse(tmp_path / "bad.duckdb", *CASES[
        ("learner_counts.implausible_growth", "end_within_implausible_ratio")][1]))
    assert _failures(result) == [("learner_counts.suspicious_growth", "end_within_suspicious_ratio", "warning")]


def test_recognised_statuses_are_the_seed_statuses_with_spellings():
    with open(ROOT / "seeds" / "reference" / "priority_statuses.csv", encoding="utf-8", newline="") as fh:
        seed = list(csv.DictReader(fh))
    assert recognised_statuses() == [r["status"] for r in seed if r["spellings"]]
    assert "unknown" in {r["status"] for r in seed} - set(recognised_statuses())
