"""Programme rows are recognised by what their cells hold, not by line position."""
from __future__ import annotations

from tika import lines

from loaders.extract.cell_content import programme_code, split_counts
from loaders.extract.programmes import extract_programmes
from loaders.issues import Issues

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


def test_codes_with_a_type_letter_and_other_groupings():
    from loaders.extract.cell_content import programme_code
    assert [programme_code(t) for t in ("20V 212 01", "33 481 03 1", "2101 58 11", "30V21100", "1217 1283",
                                        "123 456 78", "LV-5404 14 16")] == [
        "20V21201", "33481031", "21015811", "30V21100", None, None, None]


def test_count_cells_with_a_note_a_footnote_mark_or_no_single_number():
    from loaders.extract.cell_content import parse_count
    assert [parse_count(t) for t in ("34 (t.sk. 3 mājas apmācībā)", "12*", "–*", "", "34/30")] == [
        (34, "count"), (12, "count"), (None, "none"), (None, "empty"), (None, "unclear")]


def test_row_numbers_before_names_and_a_dash_for_an_empty_address_before_the_counts():
    rows, _ = run("""
        1. Pamatizglītības otrā posma (7.–
        9. klase) programma
        23011111 – 168 166
        2. Taustiņinstrumentu spēle –
        Klavierspēle
        20V 212 01 P-18221,
        12.03.2020.
        – 38 36
        Kopā 206 202
        """)
    assert [(r["row_no"], r["programme_code"], r["programme_name"], r["sites"], r["licence_no"],
             r["learners_start"], r["learners_end"]) for r in rows] == [
        (1, "23011111", "Pamatizglītības otrā posma (7.–9. klase) programma", None, None, 168, 166),
        (2, "20V21201", "Taustiņinstrumentu spēle – Klavierspēle", None, "P-18221", 38, 36)]


def test_free_text_after_the_code_goes_to_the_column_the_header_names_there():
    issues = Issues()
    rows = extract_programmes(lines("""
        Nr. p.k.
        Izglītības programmas nosaukums Kods
        Kvalifikācija Īstenošanas vietas adrese
        Licences Nr., datums
        Izglītojamo skaits, uzsākot (01.09.2024.)
        Izglītojamo skaits, noslēdzot (30.06.2025.)
        1. Ēdināšanas pakalpojumi 33 811 02 1 Pavārs – P_4513,
        14.06.2021
        96 88
        2. Autotransports 33 525 01 1 Automehāniķis Rūpniecības iela 27,
        Bauska, LV-3901
        P_4514,
        142 131
        * Grupa mācības uzsāka februārī.
        Salīdzinot ar iepriekšējo gadu 12 izglītojamie vairāk.
        """), issues)
    assert [(r["programme_code"], r["programme_name"], r["sites"], r["licence_no"], r["licence_date"],
             r["learners_start"], r["learners_end"]) for r in rows] == [
        ("33811021", "Ēdināšanas pakalpojumi", None, "P_4513", "2021-06-14", 96, 88),
        ("33525011", "Autotransports", "Rūpniecības iela 27, Bauska, LV-3901", "P_4514", None, 142, 131)]
    assert issues.rows == []


def test_a_header_repeated_by_a_page_break_and_the_row_it_cut():
    rows, _ = run("""
        Pamatizglītības
        21011111
        Liepu iela 3, Jelgava, LV-3001
        300 290
        Pamatizglītības
        mazākumtautību
        Liepu iela 3, Jelgava, LV-3001
        20 21
        Izglītības programmas
        nosaukums
        Kods
        Īstenošanas vietas adrese
        Izglītojamo skaits, uzsākot programmas apguvi (01.09.2023.)
        Izglītojamo skaits, noslēdzot programmas apguvi (31.05.2024.)
        programma
        21011121
        Ozolu iela 8, Jelgava, LV-3002
        Vispārējās vidējās izglītības programma
        31016011
        Liepu iela 3, Jelgava, LV-3001
        50 49
        """)
    assert [(r["programme_code"], r["programme_name"], r["learners_start"]) for r in rows] == [
        ("21011111", "Pamatizglītības", 300), ("21011121", "Pamatizglītības mazākumtautību programma", 20),
        ("31016011", "Vispārējās vidējās izglītības programma", 50)]
    assert rows[1]["sites"] == "Liepu iela 3, Jelgava, LV-3001 | Ozolu iela 8, Jelgava, LV-3002"


def test_two_groups_of_four_are_a_code_where_they_cannot_be_two_counts():
    from loaders.extract.cell_content import programme_code
    # a leading zero (a count has none), or words after them on the line (two counts close a row)
    assert [programme_code(t) for t in ("0101 1111", "2101 1111 Dārza iela 14,", "2101 1111", "1217 1283",
                                        "2024 2025 mācību gads")] == ["01011111", "21011111", None, None, None]


def test_a_grouped_code_wrapped_onto_two_lines_between_the_name_and_the_licence():
    rows, issues = run("""
        Speciālās pamatizglītības programma
        2101
        5611
        – V_2217,
        14.06.2019.
        14 15
        kultūrizglītības joma
        Saules ielā 7
        1217
        1283
        """)
    assert [(r["programme_code"], r["licence_no"], r["learners_start"], r["learners_end"]) for r in rows] == [
        ("21015611", "V_2217", 14, 15), (None, None, 1217, 1283)]


def test_cells_of_one_row_glued_on_one_line_by_tika():
    rows, _ = run("""
        Pirmsskolas izglītības
        programma
        0101 1111 – V_5877 22.09.2022. 186 191
        Speciālās pirmsskolas
        izglītības programma
        01015611 – V_6120 15.03.2023. 6 7
        Kopā 192 198
        """)
    assert [(r["programme_code"], r["programme_name"], r["licence_no"], r["licence_date"], r["sites"],
             r["learners_start"], r["learners_end"]) for r in rows] == [
        ("01011111", "Pirmsskolas izglītības programma", "V_5877", "2022-09-22", None, 186, 191),
        ("01015611", "Speciālās pirmsskolas izglītības programma", "V_6120", "2023-03-15", None, 6, 7)]


def test_words_left_over_before_a_totals_line_are_no_programme():
    # a top-aligned grid: the last row's wrapped name lines come after its counts, then the totals line
    rows, issues = run("""
        Pamatizglītības 21011111 – 300 290
        programma bērniem
        ar īpašām vajadzībām
        Kopā 300 290
        """)
    assert [(r["programme_code"], r["learners_start"]) for r in rows] == [("21011111", 300)]
    assert any(i["code"] == "programme_text_unparsed" and "vajadzībām" in i["message"] for i in issues)


def test_a_lettered_code_with_a_ninth_digit_in_running_text_is_read_whole():
    assert [programme_code(t) for t in ("20V 813 00 1", "Futbols 20V 813 00 1 88 84", "30V813001", "210158111")] == [
        "20V813001", "20V813001", "30V813001", None]
INTEREST_HEADER = """
    Nr. Izglītības programmas
    nosaukums (interešu izglītības joma)
    Īstenošanas vietas adrese
    Grupu
    skaits
    Izglītojamo skaits
    uzsākot (01.10.2024.)
    noslēdzot (31.05.2025.)
"""


def test_a_count_column_of_another_kind_before_the_learner_counts():
    # the header names a `… skaits` column that is no learner count, and no code column: the last two
    # numbers of a row are its learner counts, and `12 410 398` is three count cells, not a code
    issues = Issues()
    rows = extract_programmes(lines(INTEREST_HEADER + """
        1. Mūzika un dejas
        Ozolu iela 2, Tukums
        12 410 398
        2. Vides izglītība
        –
        Lapu pamatskola, Skolas
        iela 4, Lapas
        7 95 90
        3. Sports
        – 4 60 58
        Kopā 23 565 546
        """), issues)
    assert [(r["programme_code"], r["programme_name"], r["learners_start"], r["learners_end"]) for r in rows] == [
        (None, "Mūzika un dejas", 410, 398), (None, "Vides izglītība", 95, 90), (None, "Sports", 60, 58)]


def test_a_lower_case_type_letter_in_running_text_is_a_code():
    rows, issues = run("""
        Ēdināšanas pakalpojumi 35b 811 03 1 Skolas iela 3, Naukšēni
        18 16
        """)
    assert [(r["programme_code"], r["programme_name"], r["learners_start"]) for r in rows] == [
        ("35b811031", "Ēdināšanas pakalpojumi", 18)]


def test_a_name_holding_digit_groups_that_make_no_code_is_reported_not_read_as_a_name():
    # the table has a code column, the row's code is not readable: its cells cannot be told apart
    rows, issues = run("""
        Ēdināšanas pakalpojumi 35 811 03 Pavārs
        Skolas iela 3, Naukšēni
        18 16
        """)
    assert rows == []
    assert [i["code"] for i in issues] == ["ambiguous_value"] and "811" in issues[0]["message"]


def test_a_column_listing_groups_with_a_count_in_brackets_is_no_count_column():
    header = """
        Nr. Programmas
        nosaukums
        Kods Adrese
        Licence (Nr., datums)
        Grupas
        (grupu
        skaits)
        Izglītojamo skaits, uzsākot (01.09.2021.)
        Izglītojamo skaits, noslēdzot (30.06.2022.)
    """
    issues = Issues()
    rows = extract_programmes(lines(header + """
        1. Sporta programma
        „Hokejs”
        30V 111 00 1 – P-101,
        02.09.2019.
        AG (1),
        BG (2)
        40 38
        2. Sporta programma
        „Teniss”
        30V 111 00 1 Meža iela 4,
        Kalnciems AG (1)
        P-102,
        02.09.2019.
        BG (3) 12 11
    """), issues)
    assert [(r["programme_code"], r["programme_name"], r["sites"], r["licence_no"], r["learners_start"],
             r["learners_end"], r["end_date"]) for r in rows] == [
        ("30V111001", "Sporta programma „Hokejs”", None, "P-101", 40, 38, "2022-06-30"),
        ("30V111001", "Sporta programma „Teniss”", "Meža iela 4, Kalnciems", "P-102", 12, 11, "2022-06-30")]
    assert issues.rows == []


def test_counts_after_a_count_in_brackets_closing_a_cell():
    assert split_counts("MT-2 (1) 22 19") == ("MT-2 (1)", [22, 19])


COUNTS_FIRST_HEADER = """
    Nr. Interešu
    izglītības
    programma
    Izglītojamo
    skaits
    01.10.2022.
    Izglītojamo
    skaits
    31.05.2023.
    Īstenošanas
    vieta
    (ja atšķiras no
    juridiskās
    adreses)
    Piezīmes
"""


def run_counts_first(body: str):
    issues = Issues()
    rows = extract_programmes(lines(COUNTS_FIRST_HEADER + body), issues)
    return rows, issues.rows


def test_counts_before_the_address_rows_told_by_their_numbers_field_rows_not_programmes():
    rows, issues = run_counts_first("""
        Mūzika
        1. Koris
        “Dziesma”
        40 38 Liepu
        pamatskola,
        Liepu iela 4
        2. Kokles 12 11 –
        Tehnika
        3. Modelisms un
        robotika
        – 9 – atvērts februārī
        Kopā 52 58
        """)
    assert [(r["row_no"], r["programme_name"], r["learners_start"], r["learners_end"]) for r in rows] == [
        (1, "Koris “Dziesma”", 40, 38), (2, "Kokles", 12, 11), (3, "Modelisms un robotika", None, 9)]
    assert rows[0]["start_date"] == "2022-10-01" and rows[0]["end_date"] == "2023-05-31"
    assert issues == []


def test_counts_before_the_address_a_row_cut_by_a_page_break_after_its_counts_is_named_not_written():
    rows, issues = run_counts_first("""
        1. Kokles 12 11 –
        2. Radošās
        darbnīcas
        20 19 Ozolu iela 5
        lpp. 2
        “Pūce”
        Kopā 32 30
        """)
    assert [r["programme_name"] for r in rows] == ["Kokles"]
    assert [i["code"] for i in issues] == ["ambiguous_value"]
    assert "'Radošās darbnīcas “Pūce”'" in issues[0]["message"]


def test_counts_before_the_address_totals_that_do_not_add_up_write_no_row():
    rows, issues = run_counts_first("""
        1. Kokles 12 11 –
        2. Koris 20 19 –
        Kopā 40 30
        """)
    assert rows == []
    assert [i["code"] for i in issues] == ["ambiguous_value"]


def test_learner_counts_with_another_count_in_brackets_that_the_header_names():
    issues = Issues()
    rows = extract_programmes(lines("""
        Nr. Programma Kods Adrese
        Izglītojamo
        skaits
        (grupu skaits)
        01.09.2022.
        Izglītojamo
        skaits
        (grupu skaits)
        30.06.2023.
        1. Peldēšana 20V 813 00 1 Ezera iela 2,
        Sigulda
        84 (6) 80 (6)
        2. Interešu
        izglītības programma
        – Ezera iela 2, Sigulda
        40 (3) 38 (3)
        KOPĀ 124 (9) 118 (9)
        """), issues)
    assert [(r["programme_code"], r["learners_start"], r["learners_end"]) for r in rows] == [
        ("20V813001", 84, 80), (None, 40, 38)]


NOTES_HEADER = """
    Nr. Izglītības programma
    Programmas
    kods
    Īstenošanas vieta
    Licence Izglītojamo skaits (01.09.2021.)
    Izglītojamo skaits (30.06.2022.)
    Piezīmes
"""


def test_counts_then_a_notes_cell_on_one_line_and_notes_wrapping_before_the_next_numbered_row():
    issues = Issues()
    rows = extract_programmes(lines(NOTES_HEADER + """
        1. Kokapstrāde
        (galdnieks)
        33 543 02 1 – P-2010
        17.01.2020.
        38 33 3 g., arodizglītī
        ba
        Iecavā
        2. Būvdarbi
        32582011 – P-2011
        17.01.2020.
        19 15 grupa
        KOPĀ 57 48
        """), issues)
    assert [(r["programme_code"], r["programme_name"], r["learners_start"], r["learners_end"]) for r in rows] == [
        ("33543021", "Kokapstrāde (galdnieks)", 38, 33), ("32582011", "Būvdarbi", 19, 15)]


def test_counts_then_words_are_not_counts_where_the_header_names_no_notes_column():
    rows, _ = run("""
        Pamatizglītības programma
        21011111
        Liepu iela 3, Jelgava
        38 33 3 g.
        """)
    assert rows == []
