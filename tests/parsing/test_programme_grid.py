"""Programme tables with a grid (DOCX, PDF tables, layout columns): columns mapped by header text."""
from __future__ import annotations

from loaders.extract.programme_grid import extract_grid
from loaders.extract.programmes import extract_programmes
from loaders.issues import Issues
from loaders.model import Line


def grid(rows: list[list]) -> list[Line]:
    """Rows of cells (None = no cell: merged with the one to its left or above; a list = a cell's lines)."""
    lines, no = [Line(text="1.1. Izglītojamo skaits un īstenotās izglītības programmas", no=1, unit="P")], 1
    for r, row in enumerate(rows, start=1):
        for c, cell in enumerate(row, start=1):
            for text in ([] if cell is None else [cell] if isinstance(cell, str) else cell):
                no += 1
                lines.append(Line(text=text, no=r, unit="r", prefix="t1:", table=1, row=r, col=c))
    return lines


def run(rows):
    issues = Issues()
    got = extract_programmes(grid(rows), issues)
    return got, [i for i in issues.rows if i["code"] != "programme_dates_missing"]


def test_row_numbers_merged_licence_header_notes_and_a_totals_row():
    rows, issues = run([
        ["Nr. p.k.", "Izglītības programmas nosaukums", "Izglītības programmas kods", "Licence", None,
         "Īstenošanas vietas adrese", "Izglītojamo skaits, uzsākot (01.09.2021.)",
         "Izglītojamo skaits, noslēdzot (31.05.2022.)", "Piezīmes"],
        [None, None, None, "Nr.", "Datums", None, None, None, None],
        ["1.", "Speciālās pamatizglītības programma", "2101 58 11", "V-3022", "12.06.2018.", "–",
         "34 (t.sk. 3 mājas apmācībā)", "33", "viens izglītojamais uzņemts janvārī"],
        ["2.", "Pamatizglītības programma", "21011111", "V-3020", "12.06.2018.", "Liepu iela 3, Valka, LV-4701",
         "5", "6", "–"],
        [None, "Kopā", None, None, None, None, "39", "39", None],
    ])
    assert [(r["row_no"], r["programme_code"], r["programme_name"], r["licence_no"], r["licence_date"],
             r["sites"], r["learners_start"], r["learners_end"]) for r in rows] == [
        (1, "21015811", "Speciālās pamatizglītības programma", "V-3022", "2018-06-12", None, 34, 33),
        (2, "21011111", "Pamatizglītības programma", "V-3020", "2018-06-12", "Liepu iela 3, Valka, LV-4701", 5, 6)]
    assert (rows[0]["start_date"], rows[0]["end_date"]) == ("2021-09-01", "2022-05-31")
    assert issues == []


def test_code_before_the_name_and_counts_before_the_address():
    rows, _ = run([
        ["Kods", "Izglītojamo skaits mācību gada sākumā", "Izglītojamo skaits mācību gada beigās",
         "Programmas nosaukums", "Adrese"],
        ["01011111", "120", "118", "Pirmsskolas izglītības programma", "Skolas iela 3, Rīga, LV-1001"],
    ])
    assert [(r["programme_code"], r["programme_name"], r["learners_start"], r["learners_end"], r["sites"])
            for r in rows] == [("01011111", "Pirmsskolas izglītības programma", 120, 118, "Skolas iela 3, Rīga, LV-1001")]


def test_parent_headers_over_sub_columns_and_counts_told_apart_by_their_dates():
    rows, _ = run([
        ["Nr.", "Izglītības programma", None, "Izglītojamo skaits", None],
        [None, ["nosaukums"], "kods", ["uz", "(01.10.2024.)"], ["uz", "(30.06.2025.)"]],
        ["1.", ["Pamatizglītības otrā posma (7.–", "9. klase) programma"], "23011111", "168", "166"],
    ])
    assert [(r["programme_code"], r["programme_name"], r["learners_start"], r["learners_end"],
             r["start_date"], r["end_date"]) for r in rows] == [
        ("23011111", "Pamatizglītības otrā posma (7.–9. klase) programma", 168, 166, "2024-10-01", "2025-06-30")]


def test_codes_with_a_type_letter_and_footnoted_dash_counts():
    rows, _ = run([
        ["Izglītības programmas nosaukums", "Kods", "Izglītojamo skaits, uzsākot", "Izglītojamo skaits, noslēdzot"],
        ["Taustiņinstrumentu spēle – Klavierspēle", "20V 212 01", "38", "36"],
        ["Vizuāli plastiskā māksla", "30V 211 00", "–*", "14"],
    ])
    assert [(r["programme_code"], r["learners_start"], r["learners_end"]) for r in rows] == [
        ("20V21201", 38, 36), ("30V21100", None, 14)]


def test_a_count_cell_that_is_not_one_number_is_flagged_not_guessed():
    rows, issues = run([
        ["Izglītības programmas nosaukums", "Kods", "Izglītojamo skaits, uzsākot", "Izglītojamo skaits, noslēdzot"],
        ["Pamatizglītības programma", "21011111", "34/30", "33"],
        ["Pirmsskolas izglītības programma", "01011111", "", "33"],
    ])
    assert rows == []
    assert [(i["code"], "21011111" in i["message"] or "01011111" in i["message"]) for i in issues] == [
        ("ambiguous_value", True), ("programme_count_missing", True)]


def test_an_empty_count_cell_names_count_like_text_in_another_column():
    rows, issues = run([
        ["Izglītības programmas nosaukums", "Kods", "Licence", "Izglītojamo skaits, uzsākot",
         "Izglītojamo skaits, noslēdzot"],
        ["Viesmīlības pakalpojumi", "35 811 01 1", "P_7733, –* 11.12.2024.", "14", ""],
    ])
    assert rows == []
    assert "35811011" in issues[0]["message"] and "–*" in issues[0]["message"]


def test_a_vertically_merged_programme_cell_carries_on_to_the_next_address():
    rows, _ = run([
        ["Izglītības programmas nosaukums", "Kods", "Īstenošanas vietas adrese", "Uzsākot", "Noslēdzot"],
        ["Pirmsskolas izglītības programma", "01011111", "–", "168", "171"],
        [None, None, "Dārza iela 7, Baloži, LV-2112", "54", "52"],
    ])
    assert [(r["row_no"], r["programme_code"], r["programme_name"], r["learners_start"]) for r in rows] == [
        (1, "01011111", "Pirmsskolas izglītības programma", 168), (2, "01011111", "Pirmsskolas izglītības programma", 54)]


def test_the_code_inside_the_name_cell_a_caption_row_and_a_column_numbering_row():
    rows, _ = run([
        ["1.1. Izglītojamo skaits un īstenotās izglītības programmas", None, None, None],
        ["Izglītības programmas nosaukums", "Adrese", "Uzsākot (01.09.2024.)", "Noslēdzot (31.05.2025.)"],
        ["1", "2", "3", "4"],
        ["Pamatizglītības programma 21011111", "Aveņu iela 40, Daugavpils, LV-5422 Valmieras iela 5, Daugavpils, LV-5404",
         "648", "628"],
    ])
    assert [(r["programme_code"], r["programme_name"], r["sites"], r["learners_start"]) for r in rows] == [
        ("21011111", "Pamatizglītības programma",
         "Aveņu iela 40, Daugavpils, LV-5422 | Valmieras iela 5, Daugavpils, LV-5404", 648)]


def test_a_table_whose_header_names_no_count_column_is_left_to_the_content_rules():
    assert extract_grid(grid([["Nr.", "Pedagogu skaits"], ["1.", "5"]]), Issues()) is None


def test_a_row_number_inside_the_name_cell_and_a_count_header_naming_both_ends():
    rows, _ = run([
        ["Izglītības programmas nosaukums", "Kods", "Izglītojamo skaits (01.09.2024.)",
         "Izglītojamo skaits, uzsākot mācības vai noslēdzot (31.05.2025.)"],
        ["1. Pamatizglītības programma", "21011111", "300", "290"],
    ])
    assert [(r["programme_name"], r["learners_start"], r["learners_end"]) for r in rows] == [
        ("Pamatizglītības programma", 300, 290)]


def test_a_code_column_takes_its_eight_characters_in_any_grouping():
    rows, issues = run([
        ["Izglītības programmas nosaukums", "Izglītības programmas kods", "Izglītojamo skaits, uzsākot",
         "Izglītojamo skaits, noslēdzot"],
        ["Pirmsskolas izglītības programma", "0101 1111", "186", "191"],
        ["Speciālās pamatizglītības programma", "2101 5611", "14", "15"],
    ])
    assert [(r["programme_code"], r["learners_start"]) for r in rows] == [("01011111", 186), ("21015611", 14)]
    assert issues == []


def test_a_lettered_code_with_a_ninth_digit_is_kept_as_printed_without_spaces():
    # professional-orientation codes are printed with a type letter and a ninth digit
    rows, issues = run([
        ["Nr.", "Programmas kods", "Izglītības programmas nosaukums", "Izglītojamo skaits uz 01.09.2024.",
         "Izglītojamo skaits uz 31.05.2025."],
        ["1.", "20V 813 00 1", "Peldēšana", "20", "19"],
        ["2.", "–", "Vispārējā fiziskā sagatavotība (interešu izglītības programma)", "45", "41"],
    ])
    assert [(r["programme_code"], r["programme_name"], r["learners_start"]) for r in rows] == [
        ("20V813001", "Peldēšana", 20), (None, "Vispārējā fiziskā sagatavotība (interešu izglītības programma)", 45)]
    assert issues == []


def test_a_printed_code_of_nine_digits_is_reported_with_the_programme_not_cut_to_eight():
    rows, issues = run([
        ["Nr.", "Programmas kods", "Izglītības programmas nosaukums", "Izglītojamo skaits uz 01.09.2024.",
         "Izglītojamo skaits uz 31.05.2025."],
        ["1.", "2101 58 111", "Peldēšana", "20", "19"],
        ["2.", "–", "Vispārējā fiziskā sagatavotība (interešu izglītības programma)", "45", "41"],
    ])
    assert [(r["programme_code"], r["learners_start"]) for r in rows] == [(None, 45)]
    assert [i["code"] for i in issues] == ["ambiguous_value"]
    assert "Peldēšana" in issues[0]["message"] and "210158111" in issues[0]["message"]
    assert "9 characters" in issues[0]["message"]


def test_a_nr_sub_column_of_licence_numbers_is_the_licence_not_the_row_number():
    # layout text: the parent `Licence` centred over its two sub-columns lands on `Datums`
    rows, _ = run([
        ["Izglītības programmas nosaukums", "Kods", "Īstenošanas vietas adrese", None, "Licence",
         "Izglītojamo skaits, uzsākot", "Izglītojamo skaits, noslēdzot"],
        [None, None, None, "Nr.", "Datums", None, None],
        ["Pirmsskolas izglītības programma", "01011111", "–", "V_5877", "22.09.2022.", "186", "191"],
    ])
    assert [(r["licence_no"], r["licence_date"], r["learners_start"]) for r in rows] == [("V_5877", "2022-09-22", 186)]


def test_a_lower_case_type_letter_is_a_code_kept_as_printed():
    # `35b` programmes (vocational, after secondary education) print the type letter in lower case
    rows, issues = run([
        ["Nr.", "Izglītības programmas nosaukums", "Kods", "Izglītojamo skaits uz 01.09.2022.",
         "Izglītojamo skaits uz 30.06.2023."],
        ["1.", "Ēdināšanas pakalpojumi", "33 811 03 1", "81", "72"],
        ["2.", "Ēdināšanas pakalpojumi", "35b 811 03 1", "18", "16"],
        ["3.", "Programmēšana", "30T 481 03 1", "22", "17"],
    ])
    assert [(r["programme_code"], r["learners_start"]) for r in rows] == [
        ("33811031", 81), ("35b811031", 18), ("30T481031", 22)]
    assert issues == []


def test_a_header_only_table_reads_the_headerless_tables_a_spanning_heading_cut_off():
    """Field headings across the table (`Sporta joma`) cut the reader's table: header, then pieces."""
    def table(no, rows):
        return [Line(text=text, no=no * 10 + r, table=no, row=r, col=c)
                for r, row in enumerate(rows, start=1) for c, text in enumerate(row, start=1) if text]
    lines = [Line(text="1.1. Izglītojamo skaits un īstenotās interešu izglītības programmas", no=1)]
    lines += table(1, [["Nr. p.k.", "Programmas nosaukums", "Licence (Nr., datums)",
                        "Skaits, uzsākot (01.10.2023.)", "Skaits, noslēdzot (31.05.2024.)"]])
    lines += [Line(text="Mūzikas joma", no=15)]
    lines += table(2, [["1.", "Kokles ansamblis", "IP-2020/001 01.09.2020.", "12", "11"]])
    lines += [Line(text="Sporta joma", no=25)]
    lines += table(3, [["2.", "Galda teniss", "–", "9", "9"], [None, "Kopā", None, "21", "20"]])
    lines += [Line(text="Cita tabula", no=35)]
    lines += table(4, [["x", "Piezīme par skaitu 4", "y", "z"]])   # narrower: not the same table
    issues = Issues()
    rows = extract_programmes(lines, issues)
    assert [(r["row_no"], r["programme_code"], r["programme_name"], r["licence_no"], r["learners_start"],
             r["learners_end"], r["start_date"]) for r in rows] == [
        (1, None, "Kokles ansamblis", "IP-2020/001", 12, 11, "2023-10-01"),
        (2, None, "Galda teniss", None, 9, 9, "2023-10-01")]
