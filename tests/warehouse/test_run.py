"""End to end: `parskats run` on the two sample reports publishes a warehouse with the expected values."""
from __future__ import annotations

import pytest

DDA = "Daugavpils pilsētas Daugavpils Draudzīgā aicinājuma vidusskola"


def test_run_publishes_and_summarises(pipeline):
    proc = pipeline["proc"]
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert pipeline["warehouse"].is_file()
    assert not pipeline["warehouse"].with_name("parskats.build.duckdb").exists()
    out = proc.stdout
    assert "reports read:   2" in out
    assert "exam_vs_national 31" in out
    assert f"warehouse:      {pipeline['warehouse']}" in out
    assert "0 critical failures" in out


def test_summary_lists_every_mart_with_its_rows(pipeline, warehouse):
    line = next(s for s in pipeline["proc"].stdout.splitlines() if s.strip().startswith("rows per mart:"))
    listed = dict(part.rsplit(" ", 1) for part in line.split(":", 1)[1].strip().split(", "))
    marts = [r[0] for r in warehouse.execute(
        "select table_name from information_schema.tables where table_schema = 'marts'").fetchall()]
    assert sorted(listed) == sorted(marts) and "institution_year" in listed and "dq_restated_facts" in listed
    for mart in marts:
        assert int(listed[mart]) == warehouse.execute(f"select count(*) from marts.{mart}").fetchone()[0], mart


def test_grade9_latvian_against_national(warehouse):
    row = warehouse.execute(
        """select school_pct, national_pct, gap_pp, prev_school_pct, change_pp, next_target_pct,
                  target_gap_pp, national_pct_reference, national_mismatch
           from marts.exam_vs_national
           where institution_name = ? and school_year = '2024/2025' and exam_level = 'grade9' and subject = 'latvian'""",
        [DDA]).fetchall()
    assert len(row) == 1
    school, national, gap, prev, change, target, target_gap, reference, mismatch = row[0]
    assert (school, national) == (37.2, 58.5)
    assert gap == pytest.approx(-21.3, abs=1e-9)
    assert prev == 36.4 and change == pytest.approx(0.8, abs=1e-9)
    assert target == 40 and target_gap == pytest.approx(2.8, abs=1e-9)
    assert reference == 58.5 and mismatch is False


def test_targets_are_not_mart_rows(warehouse):
    years = {r[0] for r in warehouse.execute("select distinct school_year from marts.exam_vs_national").fetchall()}
    assert years == {"2023/2024", "2024/2025"}


def test_programme_31016013_flow_and_decoding(warehouse):
    row = warehouse.execute(
        """select learners_start, learners_end, net_change, change_pct, education_level, study_form,
                  is_special, is_minority
           from marts.enrolment_flows where programme_code = '31016013'""").fetchall()
    assert row == [(198, 118, -80, -40.4, "secondary", "part_time", False, False)]


def test_every_sample_programme_code_is_decoded(warehouse):
    rows = dict(warehouse.execute(
        "select programme_code, special_needs_type from marts.dim_programmes where fully_decoded").fetchall())
    assert set(rows) == {"01011111", "01015511", "01015611", "21011111", "21011121", "21015511", "21015521",
                         "21015611", "21015621", "31016011", "31016013", "21015811"}
    assert rows["01015611"] == "mixed_developmental_disorders"
    assert rows["21015611"] == "learning_disorders"
    assert rows["21015811"] == "intellectual_disability"
    assert rows["21011111"] is None
    minority = {r[0] for r in warehouse.execute("select programme_code from marts.dim_programmes where is_minority").fetchall()}
    assert minority == {"21011121", "21015521", "21015621"}


def test_priorities_of_the_school(warehouse):
    n = warehouse.execute("select count(*) from marts.goal_attainment where institution_name = ?", [DDA]).fetchone()[0]
    assert n == 8
    share, priorities = warehouse.execute(
        "select achieved_share, priorities from marts.goal_attainment_summary where institution_name = ?", [DDA]).fetchone()
    assert share == pytest.approx(0.625) and priorities == 4


def test_leaving_reason_shares_sum_to_one(warehouse):
    rows = warehouse.execute(
        "select report_id, sum(share), sum(learners) from marts.leaving_reasons_summary group by report_id").fetchall()
    assert rows, "no leaving reasons in the mart"
    for _, share, learners in rows:
        assert learners > 0 and share == pytest.approx(1.0, abs=1e-3)
