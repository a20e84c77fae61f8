"""Programme rows are recognised by what their cells hold, not by line position."""
from __future__ import annotations

from loaders.extract.cells import split_counts
from loaders.extract.programmes import extract_programmes
from loaders.issues import Issues
from tika import lines

HEADER = """
    Izglītības programmas
    nosaukums
    Kods
    Īstenošanas vietas adrese
    Izglītojamo skaits, uzsākot programmas apguvi (01.09.2023.)
    Izglītojamo skaits, noslēdzot programmas apguvi (31.05.2024.)
"""


def run(body: str):
    issues = Issues()
    rows = extract_programmes(lines(HEADER + body), issues)
    return rows, issues.rows


def test_counts_on_separate_lines_and_on_one_line():
    rows, issues = run("""
        Pirmsskolas izglītības programma
        01011111
        Liepu iela 3, Jelgava,
        LV-3001
        120
        118
        Pamatizglītības programma
        21011111
        Liepu iela 3, Jelgava, LV-3001
        300 290
        """)
    assert [(r["programme_code"], r["learners_start"], r["learners_end"]) for r in rows] == [
        ("01011111", 120, 118), ("21011111", 300, 290)]
    assert rows[0]["sites"] == "Liepu iela 3, Jelgava, LV-3001"
    assert (rows[0]["start_date"], rows[0]["end_date"]) == ("2023-09-01", "2024-05-31")
    assert issues == []


def test_counts_glued_to_the_postcode_and_split_over_lines():
    rows, _ = run("""
        Speciālās pamatizglītības programma
        21015611
        Liepu iela 3, Jelgava,
        LV-3001 7
        9
        """)
    assert (rows[0]["learners_start"], rows[0]["learners_end"]) == (7, 9)


def test_a_house_number_is_not_a_count():
    assert split_counts("Aveņu iela 40") == ("Aveņu iela 40", [])
    assert split_counts("LV-5404 3 3") == ("LV-5404", [3, 3])
    assert split_counts("01011111") == ("01011111", [])


def test_several_sites_are_separated():
    rows, _ = run("""
        Pamatizglītības programma 21011111
        Liepu iela 3, Jelgava, LV-3001
        Ozolu iela 8, Jelgava, LV-3002
        10 11
        """)
    assert rows[0]["sites"] == "Liepu iela 3, Jelgava, LV-3001 | Ozolu iela 8, Jelgava, LV-3002"
    assert rows[0]["programme_name"] == "Pamatizglītības programma"


def test_interest_education_rows_have_no_code():
    rows, _ = run("""
        kultūrizglītības joma
        (mūzika, dejas)
        Saules ielā 7, Stāvā ielā 23
        1217 1283
        sporta joma (galda spēles),
        Inženieru ielā 6
        344 366
        """)
    assert [(r["programme_code"], r["programme_name"]) for r in rows] == [
        (None, "kultūrizglītības joma (mūzika, dejas)"), (None, "sporta joma (galda spēles)")]


def test_licence_columns_of_the_2022_template():
    rows, _ = run("""
        Pamatizglītības programma
        21011111
        Liepu iela 3, Jelgava, LV-3001
        V-9310
        24.08.2020.
        300 290
        """)
    assert (rows[0]["licence_no"], rows[0]["licence_date"]) == ("V-9310", "2020-08-24")
    assert (rows[0]["learners_start"], rows[0]["learners_end"]) == (300, 290)


def test_total_row_is_not_a_programme():
    rows, _ = run("""
        Pamatizglītības programma 21011111
        Liepu iela 3, Jelgava, LV-3001
        10 11
        Kopā
        10 11
        """)
    assert len(rows) == 1


def test_a_missing_count_is_an_error_issue():
    rows, issues = run("""
        Pamatizglītības programma 21011111
        Liepu iela 3, Jelgava, LV-3001
        10
        """)
    assert rows == []
    assert [(i["severity"], i["code"]) for i in issues] == [("error", "programme_count_missing")]
    assert issues[0]["source_ref"]


def test_a_postcode_broken_at_the_line_end_is_not_a_count():
    rows, _ = run("""
        Pamatizglītības programma 21011111
        18. novembra iela 66a, Daugavpils, LV-
        5401
        648 628
        """)
    assert (rows[0]["learners_start"], rows[0]["learners_end"]) == (648, 628)
    assert rows[0]["sites"] == "18. novembra iela 66a, Daugavpils, LV-5401"


def test_codes_printed_in_groups_and_worded_licence_dates():
    rows, _ = run("""
        Pirmsskolas izglītības programma
        0101 11 11
        V-7731
        2017. gada
        14. septembrī
        126
        131
        kultūrizglītības joma
        Saules ielā 7
        1217 1283
        """)
    assert [(r["programme_code"], r["licence_no"], r["licence_date"], r["learners_start"], r["learners_end"])
            for r in rows] == [("01011111", "V-7731", "2017-09-14", 126, 131), (None, None, None, 1217, 1283)]


def test_two_four_digit_counts_are_not_a_grouped_code():
    assert split_counts("1217 1283") == ("", [1217, 1283])
    assert split_counts("0101 11 11") == ("0101 11 11", [])


def test_a_row_number_column_and_the_code_before_the_name():
    rows, _ = run("""
        1.
        21011111
        Pamatizglītības programma
        Liepu iela 3, Jelgava, LV-3001
        300 290
        """)
    assert [(r["programme_code"], r["programme_name"], r["sites"]) for r in rows] == [
        ("21011111", "Pamatizglītības programma", "Liepu iela 3, Jelgava, LV-3001")]
