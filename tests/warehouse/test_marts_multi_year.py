"""Multi-year marts on consecutive years of one institution: the bundled 2024/25 sample report of
Daugavpils Draudzīgā aicinājuma vidusskola and its 2023/24 report (tests/cases/consecutive-2023-24),
which names the school differently, states grade-9 Latvian 2023/24 as 36,1 % where the next report
restates 36,4 %, sets 2024/25 exam targets and plans 2024/25 priorities under other wording.

What an analyst sees: the two reports are one institution; the later value is used and the
disagreement listed; last year's targets and priorities are followed into the next report; the
panel has both years; every followed figure leads back to its lines in the files.
"""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OLD_FILE = (ROOT / "tests" / "cases" / "consecutive-2023-24" / "reports"
            / "daugavpils-draudziga-aicinajuma-vidusskola_2023-2024.txt")
NEW_FILE = ROOT / "reports" / "daugavpils-draudziga-aicinajuma-vidusskola_2024-2025.txt"
DDA = "Daugavpils pilsētas Daugavpils Draudzīgā aicinājuma vidusskola"


def _rows(con, sql, *params):
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _lines(path: Path, ref: str) -> str:
    """The text of a source_ref such as `L203-L205` in a text file (1-based lines)."""
    first, _, last = ref.partition("-")
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(lines[int(first[1:]) - 1: int((last or first)[1:])])


def test_two_spellings_are_one_institution(multi_year_warehouse):
    rows = _rows(multi_year_warehouse, "select * from marts.dim_institutions order by institution_name")
    assert len(rows) == 2, rows
    school = next(r for r in rows if r["institution_name"] == DDA)
    assert school["reports"] == 2 and school["school_years"] == 2
    assert school["identity_basis"] == "normalised_name"
    assert school["identity_value"] == "name:daugavpils draudzīgā aicinājuma vidusskola"
    assert school["names_seen"] == (
        "Daugavpils pilsētas Daugavpils Draudzīgā aicinājuma vidusskola | "
        "Daugavpils valstspilsētas „Daugavpils Draudzīgā aicinājuma vidusskola”")
    assert school["first_school_year"] == "2023/2024" and school["last_school_year"] == "2024/2025"
    assert school["municipalities"] == "daugavpils" and school["municipalities_differ"] is False
    printed = {r["school_year"]: r["institution_name_printed"] for r in _rows(
        multi_year_warehouse, "select * from marts.dim_reports where institution_key = ?", school["institution_key"])}
    assert printed["2023/2024"].startswith("Daugavpils valstspilsētas „")


def test_later_report_wins_and_the_disagreement_is_listed(multi_year_warehouse):
    used = _rows(multi_year_warehouse, """select * from marts.exam_vs_national
                 where exam_level = 'grade9' and subject = 'latvian' and school_year = '2023/2024'""")
    assert len(used) == 1
    assert used[0]["school_pct"] == pytest.approx(36.4) and used[0]["reports_stating"] == 2
    dq = _rows(multi_year_warehouse, "select * from marts.dq_restated_facts")
    assert len(dq) == 1, dq
    fact = dq[0]
    assert (fact["exam_level"], fact["subject"], fact["school_year"], fact["value_column"]) == \
        ("grade9", "latvian", "2023/2024", "school_pct")
    assert fact["used_value"] == pytest.approx(36.4) and fact["other_value"] == pytest.approx(36.1)
    assert fact["difference"] == pytest.approx(0.3)
    assert fact["used_report_school_year"] == "2024/2025" and fact["other_report_school_year"] == "2023/2024"
    assert "36,4%" in _lines(NEW_FILE, fact["used_source_ref"])
    assert "36,1%" in _lines(OLD_FILE, fact["other_source_ref"])


def test_last_years_exam_targets_met_or_missed_by_how_much(multi_year_warehouse):
    rows = _rows(multi_year_warehouse, """select * from marts.target_follow_through
                 where target_year = '2024/2025' order by exam_level, subject""")
    got = {(r["exam_level"], r["subject"]): (r["target_pct"], r["result_pct"], r["margin_pp"], r["met"], r["outcome"])
           for r in rows}
    assert got == {
        ("grade9", "english"): (34.0, 34.5, 0.5, True, "met"),
        ("grade9", "latvian"): (38.0, 37.2, -0.8, False, "missed"),
        ("grade9", "mathematics"): (33.0, 35.3, 2.3, True, "met"),
        ("optimal", "english"): (52.0, 53.5, 1.5, True, "met"),
        ("optimal", "latvian"): (47.0, 47.9, 0.9, True, "met"),
        ("optimal", "mathematics"): (45.0, 41.8, -3.2, False, "missed"),
    }
    latvian = next(r for r in rows if r["subject"] == "latvian" and r["exam_level"] == "grade9")
    assert "38%" in _lines(OLD_FILE, latvian["target_source_ref"])
    assert "37,2%" in _lines(NEW_FILE, latvian["result_source_ref"])
    waiting = _rows(multi_year_warehouse,
                    "select distinct outcome from marts.target_follow_through where target_year = '2025/2026'")
    assert waiting == [{"outcome": "awaiting_report"}]


def test_planned_priorities_followed_into_the_next_report(multi_year_warehouse):
    rows = _rows(multi_year_warehouse, """select * from marts.priority_follow_through
                 where planned_for_year = '2024/2025' order by planned_priority_no""")
    got = [(r["planned_title"], r["follow_through"], r["evaluated_priority_no"], r["status"]) for r in rows]
    assert got == [
        ("Skola – vienota kopiena", "evaluated", "1", "partially_achieved"),
        ("Mācību satura nodrošināšana valsts valodā", "evaluated", "2", "partially_achieved"),
        ("Iekļaujošas mācību vides izveide", "evaluated", "3", "partially_achieved"),
        ("Digitālās mācību vides pilnveide", "dropped", None, None),
    ]
    assert rows[3]["title_similarity"] < 0.5 <= min(r["title_similarity"] for r in rows[:3])
    nxt = _rows(multi_year_warehouse, "select distinct follow_through from marts.priority_follow_through "
                                      "where planned_for_year = '2025/2026'")
    assert nxt == [{"follow_through": "awaiting_report"}]


def test_institution_panel_has_both_years(multi_year_warehouse):
    rows = _rows(multi_year_warehouse,
                 "select * from marts.institution_year where institution_name = ? order by school_year", DDA)
    assert [r["school_year"] for r in rows] == ["2023/2024", "2024/2025"]
    old, new = rows
    assert (old["learners_start"], old["learners_end"], old["leavers"]) == (1775, 1696, 128)
    assert old["learners_end_change"] is None and new["learners_end_change"] == new["learners_end"] - 1696
    assert old["priorities"] == 2 and old["priorities_achieved_share"] == pytest.approx(0.5)
    assert (new["exam_targets_due"], new["exam_targets_met"]) == (6, 4)
    assert old["reports"] == new["reports"] == 1
    assert all(r["mean_exam_gap_pp"] < 0 for r in rows)


def test_leaving_reasons_and_plans_per_institution(multi_year_warehouse):
    reasons = _rows(multi_year_warehouse, """select school_year, sum(learners) as n from marts.leaving_reasons
                    where institution_name = ? group by school_year order by school_year""", DDA)
    assert [(r["school_year"], r["n"]) for r in reasons] == [("2023/2024", 128), ("2024/2025", 219)]
    keys = {r["k"] for r in _rows(multi_year_warehouse, """
        select institution_key as k from marts.leaving_reasons where institution_name = ?
        union select institution_key from marts.planned_priorities where institution_name = ?
        union select institution_key from marts.goal_attainment where institution_name = ?""", DDA, DDA, DDA)}
    assert len(keys) == 1
