"""Priorities: area, title, result types, and the status in every spelling."""
from __future__ import annotations

import pytest

from loaders.extract.planned_priorities import extract_planned_priorities
from loaders.extract.priorities import extract_priorities
from loaders.issues import Issues
from tika import lines, split


def run(text: str):
    issues = Issues()
    return extract_priorities(lines(text), issues), issues.rows


@pytest.mark.parametrize("printed, status", [
    ("Sasniegts", "achieved"), ("Sasniegts.", "achieved"), ("Daļēji sasniegts", "partially_achieved"),
    ("Sasniegts daļēji", "partially_achieved"), ("Nav sasniegts", "not_achieved"),
    ("Sasniegts. Skolēni piedalījās 5 pasākumos.", "achieved"), ("Daļēji sasniegts, jo trūka laika", "partially_achieved"),
    ("Daļēji", "partially_achieved"), ("Izpildīts", "achieved"), ("Nav izpildīts", "not_achieved"),
])
def test_status_spellings(printed, status):
    rows, _ = run(f"""
        Nr.1.
        Lasītprasmes uzlabošana
        a) kvalitatīvi
        Skolēni lasa vairāk.
        {printed}
        Pierādījums.
        """)
    assert rows[0]["status"] == status
    assert rows[0]["status_raw"] == printed.split(".")[0].split(",")[0].strip()


def test_areas_titles_and_result_types():
    rows, issues = run("""
        Prioritāte Sasniedzamie rezultāti
        Mācīšana un
        mācīšanās
        Nr.1.
        Lasītprasmes
        uzlabošana
        a) kvalitatīvi
        Skolēni lasa vairāk.
        Sasniegts
        Notika lasīšanas nedēļa.
        b) kvantitatīvie
        80% skolēnu lasa katru dienu.
        Nav sasniegts
        Tikai 60%.
        Pieejamība
        Nr.2
        Vide visiem
        a) kvalitatīvi
        Uzbūvēta uzbrauktuve.
        Daļēji sasniegts
        """)
    assert [(r["priority_no"], r["area"], r["title"], r["result_type"], r["status"]) for r in rows] == [
        ("1", "Mācīšana un mācīšanās", "Lasītprasmes uzlabošana", "qualitative", "achieved"),
        ("1", "Mācīšana un mācīšanās", "Lasītprasmes uzlabošana", "quantitative", "not_achieved"),
        ("2", "Pieejamība", "Vide visiem", "qualitative", "partially_achieved"),
    ]
    assert rows[1]["evidence"] == "Tikai 60%."
    assert rows[1]["planned_results"] == "80% skolēnu lasa katru dienu."
    assert issues == []


def test_a_part_without_status_is_unknown_and_reported():
    rows, issues = run("""
        Nr.1. Vide visiem
        a) kvalitatīvi
        Uzbūvēta uzbrauktuve.
        """)
    assert rows[0]["status"] == "unknown"
    assert [i["code"] for i in issues] == ["status_missing"]


def test_planned_priorities_take_the_year_of_their_heading():
    doc = split("""
        11. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti 2025./2026.mācību
        gadā (kvalitatīvi un kvantitatīvi)
        Kritērijs “Kompetences un
        sasniegumi”
        Nr.1. Matemātikas rezultāti
        a) kvalitatīvi
        Skolēni risina uzdevumus.
        b) kvantitatīvi
        Eksāmenā 50%.
        """)
    rows = extract_planned_priorities(doc.get("planned_priorities"), "2024/2025", Issues())
    assert [(r["school_year"], r["area"], r["title"], r["result_type"], r["planned_results"]) for r in rows] == [
        ("2025/2026", "Kompetences un sasniegumi", "Matemātikas rezultāti", "qualitative", "Skolēni risina uzdevumus."),
        ("2025/2026", "Kompetences un sasniegumi", "Matemātikas rezultāti", "quantitative", "Eksāmenā 50%."),
    ]


def test_a_priority_cell_continued_after_a_page_break_stays_in_the_title():
    from dataclasses import replace

    cells = [(1, "Nr.1"), (1, "Interešu monitorēšana,"), (2, "a) kvantitatīvie"), (2, "5 pasākumi."),
             (3, "Sasniegts"), (1, "plānojot izmaiņas."), (2, "b) kvalitatīvie"), (3, "Sasniegts")]
    table = [replace(line, table=1, row=n, col=col) for n, (line, (col, _)) in
             enumerate(zip(lines("\n".join(t for _, t in cells)), cells))]
    rows = extract_priorities(table, Issues())
    assert [r["title"] for r in rows] == ["Interešu monitorēšana, plānojot izmaiņas."] * 2
    assert [r["planned_results"] for r in rows] == ["5 pasākumi.", None]


def test_area_and_number_sharing_one_cell_line():
    rows, _ = run("""
        Vienlīdzība un iekļaušana Nr.1. Skola ir vienota kopiena
        a) kvalitatīvi Kopiena darbojas.
        Sasniegts
        """)
    assert [(r["priority_no"], r["area"], r["title"], r["planned_results"]) for r in rows] == [
        ("1", "Vienlīdzība un iekļaušana", "Skola ir vienota kopiena", "Kopiena darbojas.")]


def test_plain_numbering_unlettered_labels_and_a_label_glued_to_the_title():
    rows, _ = run("""
        1. Lasītprasmes uzlabošana a) kvalitatīvi
        Skolēni lasa vairāk.
        Sasniegts
        Kvantitatīvi:
        80% skolēnu lasa.
        Daļēji sasniegts
        2. Vide visiem
        Kvalitatīvi: Uzbūvēta uzbrauktuve.
        Nav sasniegts
        """)
    assert [(r["priority_no"], r["title"], r["result_type"], r["planned_results"], r["status"]) for r in rows] == [
        ("1", "Lasītprasmes uzlabošana", "qualitative", "Skolēni lasa vairāk.", "achieved"),
        ("1", "Lasītprasmes uzlabošana", "quantitative", "80% skolēnu lasa.", "partially_achieved"),
        ("2", "Vide visiem", "qualitative", "Uzbūvēta uzbrauktuve.", "not_achieved"),
    ]
