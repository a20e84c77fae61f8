"""Projects (section 4) cell by cell where the grid is kept, cautiously in text; agreements (section 5)."""
from __future__ import annotations

from grid import grid, prose
from tika import lines

from loaders.extract.projects_agreements import extract_agreements, extract_projects


def test_projects_table_grid_fills_every_column_and_joins_a_row_cut_by_a_page_break():
    rows = extract_projects(grid([
        ["Nr.", "Projekta nosaukums", "Projekta īsa anotācija", "Projekta īstenošanas rezultāti"],
        ["1.", "Erasmus+ projekts\n“Mācāmies ārā”", "Pedagogu mobilitātes.", "Piedalījās 6 pedagogi;"],
        [None, None, None, "izveidota ideju banka."],
        ["2.", "“Latvijas skolas soma”", "Kultūras pasākumi.", "Noorganizēti 5 pasākumi."],
    ], page_break_after=(2,)))
    assert [(r["project_no"], r["title"], r["summary"], r["results"]) for r in rows] == [
        ("1", "Erasmus+ projekts “Mācāmies ārā”", "Pedagogu mobilitātes.", "Piedalījās 6 pedagogi; izveidota ideju banka."),
        ("2", "“Latvijas skolas soma”", "Kultūras pasākumi.", "Noorganizēti 5 pasākumi."),
    ]


def test_projects_in_text_split_summary_and_results_only_where_one_finished_sentence_divides_them():
    rows = extract_projects(lines("""
        Nr. Projekta nosaukums Projekta īsa anotācija Rezultāti
        1. ESF+ projekts “Profesionālās
        izglītības pilnveide”
        Atbalsts DVB, izglītojamo stipendijas,
        mācību aprīkojuma iegāde.
        Iegādāts CNC apstrādes centrs un 2
        diagnostikas stendi.
        2. “Latvijas skolas soma” Kultūrizglītības pasākumi. Noorganizēti 11 pasākumi.
        3. Projekts “Zaļā nākotne”
        Projektā piedalījās četras valstis.
        skolēni apguva klimata zinātni.
        Izstrādāti materiāli.
        """))
    assert [(r["title"], r["summary"], r["results"]) for r in rows] == [
        ("ESF+ projekts “Profesionālās izglītības pilnveide”", "Atbalsts DVB, izglītojamo stipendijas, mācību aprīkojuma iegāde.",
         "Iegādāts CNC apstrādes centrs un 2 diagnostikas stendi."),
        ("“Latvijas skolas soma”", "Kultūrizglītības pasākumi.", "Noorganizēti 11 pasākumi."),
        ("Projekts “Zaļā nākotne”", "Projektā piedalījās četras valstis. skolēni apguva klimata zinātni. Izstrādāti materiāli.",
         None),
    ]


def test_a_one_paragraph_project_item_is_cut_at_its_dash():
    rows = extract_projects(lines("4.1. Projekts “Latvijas skolas soma” – izglītojamie apmeklēja 6 pasākumus."))
    assert [(r["title"], r["summary"]) for r in rows] == [
        ("Projekts “Latvijas skolas soma”", "izglītojamie apmeklēja 6 pasākumus.")]


def test_agreement_partners_after_ar_or_before_a_dash_and_no_page_numbers():
    rows = extract_agreements(lines("""
        5.1. Sadarbības līgums ar Bauskas novada pašvaldību par jauniešu nodarbinātību.
        5
        5.2. Biedrība “Ērģemes pils” – kopīgi kultūrvēstures pasākumi.
        """))
    assert [(r["item_no"], r["partner"], r["text"]) for r in rows] == [
        ("5.1", "Bauskas novada pašvaldību", "Sadarbības līgums ar Bauskas novada pašvaldību par jauniešu nodarbinātību."),
        ("5.2", "Biedrība “Ērģemes pils”", "Biedrība “Ērģemes pils” – kopīgi kultūrvēstures pasākumi."),
    ]


def test_the_signature_block_after_the_last_section_is_not_an_agreement():
    rows = extract_agreements(lines("5.1. Līgums ar Daugavpils Universitāti.") + prose("Direktors /paraksts/ A. Ozols"))
    assert [(r["item_no"], r["text"]) for r in rows] == [("5.1", "Līgums ar Daugavpils Universitāti.")]
