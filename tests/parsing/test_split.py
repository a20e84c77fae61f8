"""Sections are found by number and heading words, in template order, however the heading is broken."""
from __future__ import annotations

import pytest
from tika import split


def test_heading_split_over_lines_is_found():
    doc = split("""
        1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes
        maiņai un mācību pārtraukšanai izglītības programmā
        1.2.1. dzīvesvietas maiņa: 3 izglītojamie
        2. Informācija par izglītības iestādes 2024./2025.m.g. izvirzīto
        prioritāšu sasniegšanu:
        Nr.1. Prioritāte
        """)
    assert set(doc.sections) == {"leaving_reasons", "priorities"}
    assert [ln.text for ln in doc.get("leaving_reasons").lines] == ["1.2.1. dzīvesvietas maiņa: 3 izglītojamie"]
    assert len(doc.get("priorities").heading) == 2


def test_heading_glued_to_the_previous_cell_is_cut_off():
    doc = split("""
        1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025.mācību gadā
        Pamatizglītības programma 21011111 Aveņu iela 40, Daugavpils, LV-5422 1 1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai
        1.2.1. dzīvesvietas maiņa: 3 izglītojamie
        """)  # noqa: E501
    programmes = doc.get("programmes").lines
    assert programmes[-1].text.endswith("LV-5422 1")
    assert doc.get("leaving_reasons").heading[0].text.startswith("1.2. Izglītības")
    assert doc.get("leaving_reasons").heading[0].no == programmes[-1].no


def test_a_number_whose_words_do_not_match_is_not_a_heading():
    doc = split("""
        1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi
        2. Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos
        4. Darbs ar talantīgajiem izglītojamiem
        """)
    assert list(doc.sections) == ["indicators"]
    assert len(doc.get("indicators").lines) == 2


def test_interest_education_indicator_table_is_section_1_2():
    doc = split("""
        1.1. BJC “Zīle” misija: piedāvāt brīvā laika iespējas
        1.1. Izglītojamo skaits un īstenotās izglītības programmas 2023./2024.mācību gadā
        1.2. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi 2023./2024.m.g.
        """)
    assert doc.get("programmes").heading[0].no == 2
    assert doc.get("indicators").number == "1.2"
    assert doc.get("leaving_reasons") is None


def test_sections_out_of_template_order_are_not_taken():
    doc = split("""
        11. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti 2025./2026.mācību gadā
        4. Informācija par lielākajiem īstenotajiem projektiem
        """)
    assert list(doc.sections) == ["planned_priorities"]


def test_bare_link_lines_are_dropped():
    doc = split("""
        5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi
        https://example.lv/a?b=c
        5.1. Līgums ar Daugavpils Universitāti.
        """)
    assert [ln.text for ln in doc.get("agreements").lines] == ["5.1. Līgums ar Daugavpils Universitāti."]


def test_an_indicator_row_about_projects_does_not_hide_the_sections_after_it():
    doc = split("""
        1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi
        4. Dalība Erasmus+ projektos
        10 12 12
        2. Informācija par izglītības iestādes 2024./2025.m.g. izvirzīto prioritāšu sasniegšanu:
        4. Informācija par lielākajiem īstenotajiem projektiem 2024./2025.mācību gadā
        """)
    assert list(doc.sections) == ["indicators", "priorities", "projects"]


def test_projects_numbered_as_table_rows_or_as_subsections():
    from tika import lines

    from loaders.extract.projects_agreements import extract_projects

    for text in ("1. Projekts “Zaļā skola”.\n2. Projekts “Lasām”.", "4.1. Projekts “Zaļā skola”.\n4.2. Projekts “Lasām”."):
        assert [r["title"] for r in extract_projects(lines(text))] == ["Projekts “Zaļā skola”.", "Projekts “Lasām”."]


def test_a_heading_that_opens_with_the_school_year_is_found():
    doc = split("""
        2. Izglītības iestādes darbības pamatmērķi un prioritātes
        2.3. Izglītības iestādes vērtības – atbildība, cieņa.
        2.4. 2022./2023. mācību gada darba prioritātes un sasniegtie rezultāti
        Nr.1. Lasītprasme
        """)
    assert doc.get("priorities").number == "2.4"
    assert [ln.text for ln in doc.get("aims").lines] == ["2.3. Izglītības iestādes vērtības – atbildība, cieņa."]


def test_next_years_priorities_under_2_5_and_section_11_naming_years_are_sections_of_their_own():
    doc = split("""
        2.4. Informācija par izglītības iestādes 2024./2025. m.g. izvirzīto prioritāšu sasniegšanu
        Nr.1. Lasītprasme
        2.5. Izglītības iestādes prioritātes 2025./2026. mācību gadam
        Nr.1. Digitālās prasmes
        3. Kritēriju izvērtējums
        11. Izglītības iestādes darba prioritātes 2025./2026.–2026./2027. mācību gadam
        Skatīt 2.5. punktu.
        """)
    assert [k for k in doc.sections] == ["priorities", "next_priorities", "criteria", "planned_priorities"]
    assert [ln.text for ln in doc.get("priorities").lines] == ["Nr.1. Lasītprasme"]


def test_2021_22_sections_after_the_agreements_end_them():
    doc = split("""
        5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi
        5.1. Biedrība “Pils” – kopīgi pasākumi.
        6. Citi sasniegumi
        Komanda izcīnīja 3 medaļas.
        7. Valsts pārbaudes darbu rezultātu izvērtējums un secinājumi
        Latviešu valoda – 48,6%.
        """)
    assert [k for k in doc.sections] == ["agreements", "other_achievements", "exam_conclusions"]
    assert len(doc.get("agreements").lines) == 1


def test_the_years_priorities_headed_in_other_words_than_the_template():
    doc = split("""
        2.4. Iepriekšējā mācību gada prioritātes un to īstenošana
        Nr.1. Lasītprasme
        2.5. Prioritātes 2025./2026. mācību gadam un plānotie sasniedzamie rezultāti
        Nr.1. Digitālās prasmes
        """)
    assert [(k, s.number) for k, s in doc.sections.items()] == [("priorities", "2.4"), ("next_priorities", "2.5")]


def test_leaving_reasons_and_projects_headed_in_other_words():
    doc = split("""
        1.2. Izglītojamo mācību pārtraukšanas un izglītības iestādes maiņas iemesli
        1.2.1. dzīvesvietas maiņa – 2
        4. Nozīmīgākie projekti 2023./2024. mācību gadā
        4.1. Projekts “Zaļā skola”.
        """)
    assert [k for k in doc.sections] == ["leaving_reasons", "projects"]


def test_leaving_reasons_headed_by_the_leaving_itself_but_an_interest_centres_indicators_are_not():
    doc = split("""
        1.1. Izglītojamo skaits un īstenotās interešu izglītības programmas
        1.2. Informācija par izglītojamo mācību uzsākšanu un pārtraukšanu
        1.2.1. dzīvesvietas maiņa: septiņi audzēkņi
        """)
    assert [k for k in doc.sections] == ["programmes", "leaving_reasons"]
    doc = split("""
        1.1. Izglītojamo skaits un īstenotās interešu izglītības programmas
        1.2. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi
        """)
    assert [k for k in doc.sections] == ["programmes", "indicators"]


@pytest.mark.parametrize("heading, key", [
    ("2.4. 2023./2024. mācību gada prioritātes", "priorities"),
    ("2.4. Iepriekšējā mācību gada prioritāšu izvērtējums", "priorities"),
    ("2.4. Nākamā mācību gada prioritātes", None),
    ("1.2. Izglītojamo kustība", "leaving_reasons"),
    ("4. Dalība projektos", "projects"),
    ("5. Sadarbības partneri", "agreements"),
])
def test_sections_headed_in_fewer_words_under_the_templates_number(heading, key):
    doc = split(f"""
        1.1. Izglītojamo skaits un īstenotās izglītības programmas
        {heading}
        Teksts.
        """)
    assert [k for k in doc.sections][1:] == ([key] if key else [])


def test_leaving_reasons_the_report_numbered_1_3_after_the_indicators_in_1_2():
    doc = split("""
        1.1. Izglītojamo skaits un īstenotās izglītības programmas 2023./2024.mācību gadā
        1.2. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi 2023./2024.m.g.
        1.3. Informācija par audzēkņu mācību pārtraukšanas iemesliem
        1.3.1. Dzīvesvietas maiņas dēļ pārtrauca 2 audzēkņi.
        2. Izglītības iestādes darbības pamatmērķi un prioritātes
        """)
    assert doc.get("indicators").number == "1.2"
    assert doc.get("leaving_reasons").number == "1.3"
    assert len(doc.get("leaving_reasons").lines) == 1


def test_the_sentence_under_a_finished_heading_does_not_decide_which_heading_it_is():
    doc = split("""
        2.4. 2023./2024. mācību gada darba prioritātes un sasniegtie rezultāti
        Nr.1. Lasītprasme
        2.5. Nākamā (2024./2025.) mācību gada prioritātes
        Izvērtējot 2.4. punktā minēto prioritāšu izpildi, padome nolēma:
        Nr.1. Matemātika
        """)
    assert [ln.text for ln in doc.get("priorities").lines] == ["Nr.1. Lasītprasme"]
    assert doc.get("next_priorities").lines[-1].text == "Nr.1. Matemātika"


def test_part_two_headed_merki_un_prioritates_ends_the_indicator_table():
    doc = split("""
        1.3. Izglītības iestādes darbības kvalitātes mērķi
        8. Vecāku līdzdalība – nav datu 60%
        2. Mērķi un prioritātes
        2.1. Misija – skola ikvienam.
        2.4. Informācija par 2024./2025. mācību gada prioritāšu sasniegšanu
        """)
    assert [ln.text for ln in doc.get("indicators").lines] == ["8. Vecāku līdzdalība – nav datu 60%"]
    assert doc.get("aims") is not None


def test_the_years_priorities_numbered_2_2_under_the_aims_are_found():
    doc = split("""
        2. Izglītības iestādes darbības pamatmērķi un prioritātes
        2.1. Izglītības iestādes misija: sagatavot speciālistus.
        2.2. Skolas prioritātes 2021./2022. mācību gadā un to īstenošanas izvērtējums
        Nr. Kritērijs / prioritāte
        3. Kritēriju izvērtējums
        """)
    assert list(doc.sections) == ["aims", "priorities", "criteria"]
    assert [ln.text for ln in doc.get("priorities").lines] == ["Nr. Kritērijs / prioritāte"]


def test_a_2_2_heading_that_names_no_evaluated_priorities_is_no_section():
    doc = split("""
        2. Izglītības iestādes darbības pamatmērķi un prioritātes
        2.2. Izglītības iestādes vīzija par izglītojamo
        3. Kritēriju izvērtējums
        """)
    assert list(doc.sections) == ["aims", "criteria"]
