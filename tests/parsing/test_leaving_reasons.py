"""Each stated count under 1.2.x is a row; its category is the item's, or emigration for going abroad."""
from __future__ import annotations

from loaders.extract.leaving_reasons import extract_leaving_reasons
from loaders.issues import Issues
from tika import lines


def run(text: str):
    return extract_leaving_reasons(lines(text), Issues())


def test_counts_and_categories():
    rows = run("""
        1.2.1. dzīvesvietas maiņa (cik daudzi izglītojamie izglītības iestādē 2023./2024.mācību gada laikā): 4
        izglītojamie, devās uz ārzemēm – 2 izglītojamie;
        1.2.2. izglītības iestādes maiņa (cik daudzi izglītojamie, galvenie iestādes maiņas iemesli): 5 skolēni
        pārgāja uz citu skolu;
        1.2.3. cits iemesls (cik daudzi izglītojamie izglītības iestādē, iestādes maiņas iemesls):
        sasniegta pilngadība (1 izglītojamais); veselības problēmas (3 izglītojamie).
        """)
    assert [(r["item_no"], r["category"], r["learners"]) for r in rows] == [
        ("1.2.1", "relocation", 4), ("1.2.1", "emigration", 2), ("1.2.2", "school_change", 5),
        ("1.2.3", "other", 1), ("1.2.3", "other", 3)]
    assert rows[3]["reason_text"] == "sasniegta pilngadība"


def test_the_years_in_the_template_prompt_are_not_counts():
    rows = run("""
        1.2.1. dzīvesvietas maiņa (cik daudzi izglītojamie izglītības iestādē 2024./2025.mācību gada laikā): nav
        """)
    assert rows == []


def test_a_bare_count_after_the_label():
    rows = run("1.2.2. izglītības iestādes maiņa: 6")
    assert [(r["category"], r["learners"]) for r in rows] == [("school_change", 6)]


def test_a_total_before_the_items_is_not_a_row():
    rows = run("""
        Mācības pārtraukuši 12 izglītojamie.
        1.2.1. dzīvesvietas maiņa: 2 izglītojamie
        """)
    assert [r["learners"] for r in rows] == [2]


def test_a_count_with_a_breakdown_after_a_dash():
    rows = run("""
        1.2.1. dzīvesvietas maiņa – 2 (1. klase – 1, 5. klase – 1);
        1.2.2. izglītības iestādes maiņa – 4 izglītojamie pārgāja uz citu skolu;
        """)
    assert [(r["item_no"], r["category"], r["learners"]) for r in rows] == [
        ("1.2.1", "relocation", 2), ("1.2.2", "school_change", 4)]


def test_only_going_abroad_overrides_the_items_category():
    rows = run("""
        1.2.2. vēlme mainīt izglītības iestādi – 2 izglītojamie, vecāku izvēle (tuvāk dzīvesvietai);
        1.2.1. dzīvesvietas maiņa – 3 izglītojamie, 1 izglītojamais devās uz ārvalstīm;
        """)
    assert [(r["item_no"], r["category"], r["learners"]) for r in rows] == [
        ("1.2.2", "school_change", 2), ("1.2.1", "relocation", 3), ("1.2.1", "emigration", 1)]
