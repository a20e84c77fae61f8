"""pdftotext -layout text: tables rebuilt into cells; Tika-style text left exactly as it was."""
from __future__ import annotations

from pathlib import Path

from loaders.model import Line, clean_text
from loaders.read.layout import looks_like_layout
from loaders.read.text import read_text

ROOT = Path(__file__).resolve().parents[2]

LAYOUT = """\
1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025.mācību gadā

 Izglītības               Īstenošanas vietas       Izglītojamo skaits,       Izglītojamo skaits,
 programmas               adrese (ja atšķiras no   uzsākot programmas        noslēdzot sekmīgu
 nosaukums                juridiskās adreses)      apguvi (01.09.2024.)      (31.05.2025.)
 Pirmsskolas izglītības   Raipoles iela 8,         479                       462
 programma                Daugavpils, LV-5422
 01011111                 Stāvā iela 41,
                          Daugavpils, LV-
                          5422
 Pamatizglītības          Aveņu iela 40,           648                       628
 programma                Daugavpils, LV-5422
 21011111
1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai un
mācību pārtraukšanai izglītības programmā:
"""


def _naive(data: bytes) -> list[Line]:
    """What the TXT reader gives without any table handling: one Line per non-blank line."""
    text = data.decode("utf-8")
    return [Line(text=clean_text(raw), no=no) for no, raw in enumerate(text.split("\n"), start=1) if clean_text(raw)]


def test_layout_text_is_recognised_and_tika_text_is_not():
    assert looks_like_layout(LAYOUT)
    for sample in sorted((ROOT / "reports").glob("*.txt")):
        assert not looks_like_layout(sample.read_text(encoding="utf-8")), sample.name


def test_tika_style_text_comes_out_unchanged():
    for sample in sorted((ROOT / "reports").glob("*.txt")):
        data = sample.read_bytes()
        got = [(ln.text, ln.no, ln.table) for ln in read_text(data)]
        assert got == [(ln.text, ln.no, None) for ln in _naive(data)], sample.name


def test_table_rows_become_cells_in_row_major_order():
    lines = read_text(LAYOUT.encode("utf-8"))
    cells = [(ln.row, ln.col, ln.text) for ln in lines if ln.table == 1]
    assert cells == [
        (1, 1, "Izglītības programmas nosaukums"),
        (1, 2, "Īstenošanas vietas adrese (ja atšķiras no juridiskās adreses)"),
        (1, 3, "Izglītojamo skaits, uzsākot programmas apguvi (01.09.2024.)"),
        (1, 4, "Izglītojamo skaits, noslēdzot sekmīgu (31.05.2025.)"),
        (2, 1, "Pirmsskolas izglītības programma 01011111"),
        (2, 2, "Raipoles iela 8, Daugavpils, LV-5422 Stāvā iela 41, Daugavpils, LV-5422"),
        (2, 3, "479"),
        (2, 4, "462"),
        (3, 1, "Pamatizglītības programma 21011111"),
        (3, 2, "Aveņu iela 40, Daugavpils, LV-5422"),
        (3, 3, "648"),
        (3, 4, "628"),
    ]


def test_cells_point_at_the_file_line_they_start_on_and_prose_is_kept():
    lines = read_text(LAYOUT.encode("utf-8"))
    first_row = [ln for ln in lines if ln.table == 1 and ln.row == 2]
    assert {ln.no for ln in first_row} == {6}
    prose = [ln for ln in lines if ln.table is None]
    assert prose[0].no == 1 and prose[0].text.startswith("1.1. Izglītojamo skaits")
    assert prose[-1].text.startswith("mācību pārtraukšanai") and prose[-1].no == 15


def test_table_continued_after_a_page_break_keeps_its_number_and_drops_the_repeated_header():
    page_two = ("\f Izglītības               Īstenošanas vietas       Izglītojamo skaits,       Izglītojamo skaits,\n"
                " programmas               adrese (ja atšķiras no   uzsākot programmas        noslēdzot sekmīgu\n"
                " nosaukums                juridiskās adreses)      apguvi (01.09.2024.)      (31.05.2025.)\n"
                " Vispārējās vidējās       Valmieras iela 5,        127                       116\n"
                " izglītības programma     Daugavpils, LV-5404\n"
                " 31016011\n")
    text = LAYOUT.split("1.2.")[0] + page_two + "\n1.2. Iemesli un citi teksti, kas šķērso kolonnas, beidz tabulu pavisam.\n"
    lines = read_text(text.encode("utf-8"))
    tables = {ln.table for ln in lines if ln.table}
    assert tables == {1}
    last = [(ln.col, ln.text) for ln in lines if ln.table == 1 and ln.row == 4]
    assert last == [(1, "Vispārējās vidējās izglītības programma 31016011"), (2, "Valmieras iela 5, Daugavpils, LV-5404"),
                    (3, "127"), (4, "116")]
    assert sum(1 for ln in lines if ln.text.startswith("Izglītības programmas nosaukums")) == 1


def test_layout_fixture_programme_table_is_rebuilt():
    data = (ROOT / "tests/cases/layout-2024-25/reports/daugavpils-draudziga-aicinajuma-vidusskola_2024-2025.txt").read_bytes()
    lines = read_text(data)
    first = [ln for ln in lines if ln.table == 1]
    codes = [ln.text.split()[-1] for ln in first if ln.col == 1 and ln.text.split()[-1].isdigit()]
    assert len(codes) == 12 and codes[0] == "01011111"


INDICATORS = """\
1.3. Kvalitātes mērķi

 NPK    Indikators                  Noteiktais           Sasniegtais        Plānotais
                                       uzsākot           noslēdzot          rādītājs
                                       (pēc 2024.)
 1.1.   Vispārējās pamatizglītības  6,1 balle            6,3 balles         6,4 balles
        programmās
 1.2.   Sekmīgo īpatsvars           84%                  86,5%              88%
        mācību gada noslēgumā
 1.3.   Absolventu nodarbinātība    71%                  74%                75%
        pēc absolvēšanas
 1.4.   Vecāku atsaucība            46%                  58%                60%

                                           3
\f 2. Pamatmērķi
"""


def test_a_numbers_column_opens_rows_a_centred_header_does_not_make_a_column_and_the_page_number_is_dropped():
    lines = read_text(INDICATORS.encode("utf-8"))
    cells = [(ln.row, ln.col, ln.text) for ln in lines if ln.table == 1]
    assert (1, 3, "Noteiktais uzsākot (pēc 2024.)") in cells
    assert [c for c in cells if c[0] == 2] == [
        (2, 1, "1.1."), (2, 2, "Vispārējās pamatizglītības programmās"), (2, 3, "6,1 balle"), (2, 4, "6,3 balles"),
        (2, 5, "6,4 balles")]
    assert [c for c in cells if c[0] == 5] == [(5, 1, "1.4."), (5, 2, "Vecāku atsaucība"), (5, 3, "46%"),
                                               (5, 4, "58%"), (5, 5, "60%")]
    assert not any(text == "3" for *_, text in cells)


def _at(*cells: tuple[int, str]) -> str:
    line = ""
    for pos, text in cells:
        line = line.ljust(pos) + text
    return line


def test_column_starts_a_few_characters_apart_that_no_line_fills_both_of_are_one_column():
    # a centred header line and a row pdftotext shifted three characters left stay in their columns
    text = "\n".join([
        "1.1. Izglītojamo skaits un īstenotās izglītības programmas",
        _at((1, "Nr."), (7, "Nosaukums"), (26, "Kods"), (40, "Adrese"), (66, "Uzsākot"), (80, "Noslēdzot")),
        _at((64, "(01.09.2024.)"), (79, "(31.05.2025.)")),
        _at((1, "1."), (7, "Programmēšana"), (26, "33481031"), (40, "Skolas iela 4,"), (68, "118"), (82, "104")),
        _at((40, "Bauska, LV-3901")),
        _at((1, "2."), (7, "Būvdarbi"), (26, "33582011"), (37, "Dārza iela 11,"), (68, "48"), (82, "41")),
        _at((37, "Bauska, LV-3901")),
        _at((1, "3."), (7, "Elektronika"), (26, "33523011"), (40, "–"), (68, "57"), (82, "52")),
        "",
        "1.2. Izglītības iestādes iegūtā informācija",
    ]) + "\n"
    cells = {(ln.row, ln.col): ln.text for ln in read_text(text.encode("utf-8")) if ln.table == 1}
    assert max(col for _, col in cells) == 6
    assert cells[(1, 5)] == "Uzsākot (01.09.2024.)"
    assert [cells[(3, c)] for c in range(1, 7)] == ["2.", "Būvdarbi", "33582011", "Dārza iela 11, Bauska, LV-3901", "48", "41"]


def test_a_centred_header_cell_drifting_right_joins_its_column_and_a_totals_row_opens_its_own_row():
    # the header's lines start 4, 5, 7 and 8 characters right of the cells below: one column; the totals
    # row has no text in the row-opening column, but its counts stand under the last row's counts
    text = "\n".join([
        "1.1. Izglītojamo skaits un īstenotās izglītības programmas",
        _at((1, "Programmas nosaukums"), (26, "Kods"), (44, "Īstenošanas"), (62, "Licence"), (74, "Uzsākot"),
            (86, "Noslēdzot")),
        _at((45, "vietas adrese"), (62, "Nr."), (74, "(01.09.2023.)"), (88, "(31.05.2024.)")),
        _at((47, "(ja atšķiras)"),),
        _at((48, "no juridiskās"),),
        _at((0, "Pirmsskolas izglītības"), (26, "0101 1111"), (40, "–"), (62, "V_5877"), (76, "186"), (90, "191")),
        _at((0, "programma"),),
        _at((0, "Pirmsskolas izglītības"), (26, "0101 1111"), (40, "Dārza iela 14,"), (62, "V_5877"), (76, "42"),
            (90, "44")),
        _at((0, "programma"), (40, "Saulstari,")),
        _at((0, "Speciālās pirmsskolas"), (26, "01015611"), (40, "–"), (62, "V_6120"), (76, "6"), (90, "7")),
        _at((0, "izglītības programma"),),
        _at((0, "Kopā"), (76, "234"), (90, "242")),
        "",
        "1.2. Izglītības iestādes iegūtā informācija",
    ]) + "\n"
    cells = {(ln.row, ln.col): ln.text for ln in read_text(text.encode("utf-8")) if ln.table == 1}
    assert max(col for _, col in cells) == 6
    assert cells[(1, 3)] == "Īstenošanas vietas adrese (ja atšķiras) no juridiskās"
    assert cells[(3, 3)] == "Dārza iela 14, Saulstari,"
    assert [cells.get((4, c)) for c in range(1, 7)] == ["Speciālās pirmsskolas izglītības programma", "01015611", "–",
                                                         "V_6120", "6", "7"]
    assert [cells.get((5, c)) for c in range(1, 7)] == ["Kopā", None, None, None, "234", "242"]


PRIORITIES = "\n".join([
    "2.4. Informācija par prioritāšu sasniegšanu",
    _at((10, "Prioritāte"), (43, "Sasniedzamie rezultāti"), (92, "Norāde par izpildi")),
    _at((41, "(kvantitatīvi un kvalitatīvi)"), (92, "(Sasniegts/ daļēji")),
    _at((92, "sasniegts) un komentāri")),
    _at((0, "Nr. 1"), (34, "a) kvalitatīvi"), (82, "Sasniegts")),
    _at((0, "Joma: Mācīšana un mācīšanās"), (34, "Pedagogi droši izmanto digitālos"), (82, "Ieteikumi apstiprināti 2024. gada")),
    _at((0, "Digitālo prasmju"), (34, "rīkus mācību satura apguvei."), (82, "janvārī pedagoģiskās padomes sēdē.")),
    _at((0, "pilnveide"), (82, "Stundās vērota jēgpilna izmantošana.")),
    _at((34, "b) kvantitatīvi"), (82, "Daļēji sasniegts")),
    _at((34, "Vismaz 60 % pedagogu izmanto"), (82, "Izmanto 57 % pedagogu.")),
    _at((34, "digitālos rīkus katru nedēļu.")),
    _at((0, "Nr. 2"), (34, "a) kvalitatīvi"), (82, "Nav sasniegts")),
    _at((0, "Joma: Pieejamība"), (34, "Uzbūvēta uzbrauktuve."), (82, "Būvdarbi pārcelti.")),
    _at((0, "Vide visiem"),),
    "",
    "2.5. Prioritātes nākamajam 2025./2026. mācību gadam un to sasniedzamie rezultāti",
]) + "\n"


def test_a_centred_multi_line_header_opens_no_column_of_its_own():
    # `(kvantitatīvi …)` and `Norāde …` start a few characters into the columns whose cells start at 34
    # and 82: the body rows' text runs across those starts, so there are three columns, not five
    cells = {(ln.row, ln.col): ln.text for ln in read_text(PRIORITIES.encode("utf-8")) if ln.table == 1}
    assert max(col for _, col in cells) == 3
    assert [cells[(1, c)] for c in (1, 2, 3)] == [
        "Prioritāte", "Sasniedzamie rezultāti (kvantitatīvi un kvalitatīvi)",
        "Norāde par izpildi (Sasniegts/ daļēji sasniegts) un komentāri"]


def test_rows_without_a_numbers_column_open_where_the_cells_open_anew():
    # the `b)` line opens a row though the priority cell, merged over both rows, is empty there: its
    # neighbour starts anew after a finished sentence; `Nr. 1` above the area and title, and
    # `Joma: Pieejamība` above a title that would have fitted on its line, open the anchor column's
    # text anew, so they are read as rows of their own (the priorities' reader joins them)
    rows: dict[int, list[tuple[int, str]]] = {}
    for ln in read_text(PRIORITIES.encode("utf-8")):
        if ln.table == 1:
            rows.setdefault(ln.row, []).append((ln.col, ln.text))
    assert rows[2] == [(1, "Nr. 1"), (2, "a) kvalitatīvi"), (3, "Sasniegts")]
    assert rows[3][0] == (1, "Joma: Mācīšana un mācīšanās Digitālo prasmju pilnveide")
    assert rows[4] == [(2, "b) kvantitatīvi Vismaz 60 % pedagogu izmanto digitālos rīkus katru nedēļu."),
                       (3, "Daļēji sasniegts Izmanto 57 % pedagogu.")]
    assert rows[6] == [(1, "Joma: Pieejamība"), (2, "Uzbūvēta uzbrauktuve."), (3, "Būvdarbi pārcelti.")]


def test_priorities_read_from_layout_rows_keep_area_title_and_each_parts_status():
    from loaders.extract.priorities import extract_priorities
    from loaders.issues import Issues
    issues = Issues()
    rows = extract_priorities([ln for ln in read_text(PRIORITIES.encode("utf-8")) if ln.table], issues)
    assert [(r["priority_no"], r["area"], r["title"], r["result_type"], r["status"]) for r in rows] == [
        ("1", "Mācīšana un mācīšanās", "Digitālo prasmju pilnveide", "qualitative", "achieved"),
        ("1", "Mācīšana un mācīšanās", "Digitālo prasmju pilnveide", "quantitative", "partially_achieved"),
        ("2", "Pieejamība", "Vide visiem", "qualitative", "not_achieved")]
    assert issues.rows == []


GLUED = "\n".join([
    "1.3. Kvalitātes mērķi",
    _at((1, "NPK"), (8, "Indikators"), (47, "Uzsākot"), (73, "Noslēdzot"), (101, "Plānotais")),
    _at((47, "(2024.)"), (73, "(2025.)"), (101, "(2026.)")),
    _at((1, "1.1."), (8, "Vidējais vērtējums"), (47, "6,1 balle"), (73, "6,3 balles"), (101, "6,4 balles")),
    _at((1, "1.2."), (8, "Profesionālās izglītības programmās 6,8 balles"), (73, "6,9 balles"), (101, "7,0 balles")),
    _at((8, "personām ar vidējo izglītību")),
    _at((1, "1.3."), (8, "Kvalifikāciju ieguvušo īpatsvars no 92%"), (73, "94,6%"), (101, "95%")),
    _at((8, "eksāmenu kārtotājiem")),
    _at((1, "1.4."), (8, "Sekmīgo īpatsvars"), (47, "84%"), (73, "86,5%"), (101, "88%")),
    _at((1, "2."), (8, "Eksāmeni"), (47, "Latviešu valoda -"), (73, "Latviešu valoda -"), (101, "Latviešu valoda")),
    _at((47, "28,3% (valstī 55%),"), (73, "27,7% (valstī 53%),"), (101, "- 35%. Angļu")),
    _at((47, "nenokārtoja 17% visu nenokārtoja 33% no visiem 45%.")),
    _at((47, "skolēnu."), (73, "skolēnu.")),
    "",
    "2. Pamatmērķi",
]) + "\n"


def test_a_number_glued_to_the_cell_on_its_left_is_read_in_its_own_column():
    # pdftotext glued `6,8` and `92%` to the name with one space, three characters left of their column;
    # `nenokārtoja 33% no visiem` (five characters left of its column) and `45%.` are glued on after
    # `17% visu`: `45%.`, five characters further right, reaches the last column
    cells = {(ln.row, ln.col): ln.text for ln in read_text(GLUED.encode("utf-8")) if ln.table == 1}
    assert [cells.get((3, c)) for c in (2, 3, 4, 5)] == [
        "Profesionālās izglītības programmās personām ar vidējo izglītību", "6,8 balles", "6,9 balles", "7,0 balles"]
    assert [cells.get((4, c)) for c in (2, 3, 4, 5)] == [
        "Kvalifikāciju ieguvušo īpatsvars no eksāmenu kārtotājiem", "92%", "94,6%", "95%"]
    assert [cells.get((6, c)) for c in (3, 4, 5)] == [
        "Latviešu valoda - 28,3% (valstī 55%), nenokārtoja 17% visu skolēnu.",
        "Latviešu valoda - 27,7% (valstī 53%), nenokārtoja 33% no visiem skolēnu.",
        "Latviešu valoda - 35%. Angļu 45%."]


def test_a_number_glued_before_a_column_of_words_stays_where_it_is():
    # `190` reaches the start of the next column, but that column's cells hold words, not numbers
    text = "\n".join([
        "3.1. Kritērija “Mācīšana un mācīšanās” stiprās puses un turpmākās attīstības vajadzības",
        _at((0, "Stiprās puses"), (19, "Vajadzības")),
        _at((0, "Vērotas stundas,"), (19, "Pilnveidot darbu")),
        "kopā skaitot arī 190 un vairāk projektu.",
        _at((0, "stundās."), (19, "Sadarbība.")),
        _at((0, "Pedagogi"), (19, "Mazāk frontāla")),
        _at((0, "sadarbojas."), (19, "darba.")),
        _at((0, "Skolēni"), (19, "Vairāk")),
        _at((0, "mācās."), (19, "projektu.")),
        "",
        "3.2. Kritērija “Kompetences un sasniegumi” stiprās puses un turpmākās attīstības vajadzības",
    ]) + "\n"
    cells = [(ln.col, ln.text) for ln in read_text(text.encode("utf-8")) if ln.table == 1]
    assert [(col, text.endswith("Vērotas stundas, kopā skaitot arī 190 stundās.")) for col, text in cells
            if "190" in text] == [(1, True)]


def test_a_table_line_pdftotext_glued_with_no_gutter_stays_in_its_table():
    # the priority cell's `priekšmetu (matemātika,` ran into the results cell's `ieviestas …` with one space;
    # the line carries on the first column's text and the table's gutters go on below it
    text = "\n".join([
        "2.4. Prioritātes",
        _at((8, "Prioritāte"), (27, "Sasniedzamie rezultāti"), (63, "Izpilde"), (86, "Komentāri")),
        _at((63, "(sasniegts / nav)"),),
        _at((0, "Kompetences un"), (27, "a) kvalitatīvi: pedagogi regulāri"), (63, "daļēji sasniegts"),
            (86, "Konsultācijas notika.")),
        _at((0, "Nr.2"), (27, "analizē darbus un plāno atbalstu;"), (63, "neregulāri"), (86, "Apmeklēja trešdaļa.")),
        "priekšmetu (matemātika, ieviestas konsultācijas 2. un 3.",
        "valoda) rezultātu uzlabošana kursam.",
        _at((0, "Vispārizglītojošo"), (27, "b) kvantitatīvi: vismaz 35%"), (63, "Nav sasniegts"), (86, "Rezultāts 33,9%.")),
        "",
        "3. Kritēriju izvērtējums: stiprās puses un turpmākās attīstības vajadzības",
    ]) + "\n"
    lines = read_text(text.encode("utf-8"))
    assert {ln.table for ln in lines if ln.table} == {1}
    cells = [(ln.col, ln.text) for ln in lines if ln.table == 1]
    assert (2, "a) kvalitatīvi: pedagogi regulāri analizē darbus un plāno atbalstu; ieviestas konsultācijas 2. un 3. "
               "kursam.") in cells
    assert not [ln for ln in lines if ln.table is None and ln.text.startswith("priekšmetu")]


def test_a_dates_final_dot_on_a_line_of_its_own_opens_no_row_and_nr_over_pk_numbers_the_rows():
    text = "\n".join([
        "1.1. Programmas",
        _at((1, "Nr."), (8, "Nosaukums"), (43, "Kods"), (107, "Licence"), (124, "Uzsākot")),
        _at((1, "p.k."), (107, "Nr., datums")),
        _at((2, "1."), (8, "Programmēšana"), (43, "33 481 03 1"), (107, "P_4512,"), (127, "118")),
        _at((107, "14.06.2021")),
        _at((107, ".")),
        _at((2, "2."), (8, "Pavārs"), (43, "33 811 02 1"), (107, "P_4513,"), (127, "96")),
        _at((107, "14.06.2021")),
        _at((107, ".")),
        "",
        "1.2. Iemesli",
    ]) + "\n"
    rows: dict[int, dict[int, str]] = {}
    for ln in read_text(text.encode("utf-8")):
        if ln.table == 1:
            rows.setdefault(ln.row, {})[ln.col] = ln.text
    assert len(rows) == 3
    assert rows[2] == {1: "1.", 2: "Programmēšana", 3: "33 481 03 1", 4: "P_4512, 14.06.2021 .", 5: "118"}


def test_a_row_number_under_a_one_line_npk_header_opens_a_row():
    text = "\n".join([
        "1.3. Kvalitātes mērķi",
        _at((1, "NPK"), (8, "Indikators"), (47, "Uzsākot"), (73, "Noslēdzot"), (101, "Plānotais")),
        _at((1, "1.1."), (8, "Vidējais vērtējums"), (47, "6,1 balle"), (73, "6,3 balles"), (101, "6,4 balles")),
        _at((1, "1.2."), (8, "Sekmīgo īpatsvars"), (47, "84%"), (73, "86,5%"), (101, "88%")),
        _at((8, "mācību gada noslēgumā")),
        _at((1, "1.3."), (8, "Absolventu nodarbinātība"), (47, "71%"), (73, "74%"), (101, "75%")),
        _at((1, "1.4."), (8, "Vecāku atsaucība"), (47, "46%"), (73, "58%"), (101, "60%")),
        _at((1, "1.5."), (8, "Apmeklējums"), (47, "68%"), (73, "71%"), (101, "75%")),
        "",
        "2. Izglītības iestādes darbības pamatmērķi un prioritātes un to izvērtējums",
    ]) + "\n"
    cells = {(ln.row, ln.col): ln.text for ln in read_text(text.encode("utf-8")) if ln.table == 1}
    assert [cells[(r, 1)] for r in range(1, 7)] == ["NPK", "1.1.", "1.2.", "1.3.", "1.4.", "1.5."]
    assert cells[(3, 2)] == "Sekmīgo īpatsvars mācību gada noslēgumā"


def test_a_row_whose_counts_stand_a_line_lower_opens_with_its_name():
    # counts centred in their cells stand on the row's second line; the next name opens after a line
    # that left the first column empty, its address beside it
    text = "\n".join([
        "1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025. mācību gadā",
        _at((1, "Izglītības"), (26, "Īstenošanas vietas"), (51, "Izglītojamo"), (66, "Izglītojamo")),
        _at((1, "programmas"), (26, "adrese"), (51, "skaits,"), (66, "skaits,")),
        _at((1, "nosaukums"), (51, "uzsākot"), (66, "noslēdzot")),
        _at((1, "Pirmsskolas izglītības"), (26, "Raipoles iela 8,")),
        _at((1, "programma 01011111"), (26, "Daugavpils,"), (53, "479"), (68, "462")),
        _at((26, "LV-5422")),
        _at((1, "Pamatizglītības"), (26, "Aveņu iela 40,")),
        _at((1, "programma 21011111"), (26, "Daugavpils,"), (53, "648"), (68, "628")),
        _at((26, "LV-5422")),
        _at((1, "Vispārējās vidējās"), (26, "Aveņu iela 40,")),
        _at((1, "izglītības programma"), (26, "Daugavpils,"), (53, "127"), (68, "116")),
        _at((1, "31016011"), (26, "LV-5422")),
        "",
        "1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai",
    ]) + "\n"
    rows: dict[int, list[str]] = {}
    for ln in read_text(text.encode("utf-8")):
        if ln.table == 1:
            rows.setdefault(ln.row, []).append(ln.text)
    assert list(rows.values())[1:] == [
        ["Pirmsskolas izglītības programma 01011111", "Raipoles iela 8, Daugavpils, LV-5422", "479", "462"],
        ["Pamatizglītības programma 21011111", "Aveņu iela 40, Daugavpils, LV-5422", "648", "628"],
        ["Vispārējās vidējās izglītības programma 31016011", "Aveņu iela 40, Daugavpils, LV-5422", "127", "116"]]


def test_a_cell_opening_in_lower_case_after_a_finished_sentence_does_not_hold_the_row_together():
    # the table goes on from the last page with a row whose priority cell is empty; `sasniegts daļēji`
    # opens the next row's status cell in lower case under its finished comment; `2024.` / `gada` (an
    # ordinal's dot) carries on
    text = "\n".join([
        "2.4. Informācija par izglītības iestādes prioritāšu sasniegšanu 2023./2024. mācību gadā",
        _at((0, "Prioritāte"), (29, "Sasniedzamie rezultāti"), (74, "Norāde par izpildi")),
        _at((29, "(kvalitatīvi un kvantitatīvi)"), (74, "(sasniegts / nav sasniegts)")),
        _at((74, "un komentāri")),
        _at((29, "b) kvantitatīvi"), (74, "Nav sasniegts")),
        _at((29, "Vismaz 90% izglītojamo noslēdz"), (74, "Noslēdza 84%, kursi notiks 2024.")),
        _at((29, "mācību gadu sekmīgi."), (74, "gada rudenī.")),
        _at((0, "Karjeras izglītība"), (29, "a) kvalitatīvi"), (74, "sasniegts daļēji")),
        _at((0, "Nr.3."), (29, "Katrai klasei 3 pasākumi."), (74, "Notika 4 pasākumi.")),
        "",
        "2.5. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti 2024./2025. mācību gadam",
    ]) + "\n"
    rows: dict[int, list[str]] = {}
    for ln in read_text(text.encode("utf-8")):
        if ln.table == 1:
            rows.setdefault(ln.row, []).append(ln.text)
    assert list(rows.values())[1:] == [
        ["b) kvantitatīvi Vismaz 90% izglītojamo noslēdz mācību gadu sekmīgi.",
         "Nav sasniegts Noslēdza 84%, kursi notiks 2024. gada rudenī."],
        ["Karjeras izglītība Nr.3.", "a) kvalitatīvi Katrai klasei 3 pasākumi.", "sasniegts daļēji Notika 4 pasākumi."]]


def test_a_forms_row_labels_open_its_rows():
    # a table per priority: row labels in the first column, each beside its value; a label line that
    # ended with room for the next line's first word (`Joma`, `a) kvalitatīvi`) is not wrapped
    text = "\n".join([
        "2.4. 2022./2023. mācību gada prioritātes un to sasniegšanas izvērtējums un komentāri",
        _at((1, "Prioritāte Nr. 2"), (32, "Darba vidē balstītu mācību (DVB) paplašināšana")),
        _at((1, "Joma"), (32, "Izglītības turpināšana un nodarbinātība")),
        _at((1, "Sasniedzamie rezultāti"), (32, "Izveidota vienota DVB koordinēšanas kārtība; uzņēmumu")),
        _at((1, "a) kvalitatīvi"), (32, "prakšu vadītāji ir apmācīti.")),
        _at((1, "Norāde par izpildi un"), (32, "Sasniegts")),
        _at((1, "komentāri"), (32, "Apstiprināta DVB organizēšanas kārtība.")),
        "",
        "2.5. Prioritātes 2023./2024. mācību gadam un to plānotie sasniedzamie rezultāti",
    ]) + "\n"
    rows: dict[int, list[str]] = {}
    for ln in read_text(text.encode("utf-8")):
        if ln.table == 1:
            rows.setdefault(ln.row, []).append(ln.text)
    assert list(rows.values()) == [
        ["Prioritāte Nr. 2", "Darba vidē balstītu mācību (DVB) paplašināšana"],
        ["Joma", "Izglītības turpināšana un nodarbinātība"],
        ["Sasniedzamie rezultāti a) kvalitatīvi",
         "Izveidota vienota DVB koordinēšanas kārtība; uzņēmumu prakšu vadītāji ir apmācīti."],
        ["Norāde par izpildi un komentāri", "Sasniegts Apstiprināta DVB organizēšanas kārtība."]]


def test_an_indented_paragraph_after_a_table_ends_it():
    # the report indents its prose by four characters, the table starts at the margin: a paragraph
    # line starting at four and running across the columns is no line of the table
    text = "\n".join([
        "    1.1. Izglītojamo skaits un īstenotās izglītības programmas 2022./2023. mācību gadā",
        _at((2, "Izglītības programmas"), (33, "Kods"), (46, "Adrese"), (88, "Uzsākot"), (107, "Noslēdzot")),
        _at((88, "(01.09.2022.)"), (107, "(31.05.2023.)")),
        _at((0, "Pirmsskolas izglītības"), (32, "01011111"), (46, "Liepu iela 7,"), (88, "186"), (107, "179")),
        _at((0, "programma"), (46, "Lazdukalns")),
        _at((0, "Speciālās pirmsskolas"), (32, "01015611"), (46, "Liepu iela 7,"), (88, "14"), (107, "16")),
        _at((0, "izglītības programma"), (46, "Lazdukalns")),
        _at((0, "Kopā"), (88, "200"), (107, "195")),
        "    Speciālās programmas izglītojamo skaits mācību gada laikā palielinājās, jo pēc pedagoģiski",
        "    komisijas atzinuma divi bērni uzsāka programmas apguvi janvārī.",
        "",
        "    1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes",
        "    2022./2023. mācību gadā iestādi pameta 14 izglītojamie, bez tam 38 sagatavošanas grupu",
    ]) + "\n"
    lines = read_text(text.encode("utf-8"))
    assert max(ln.row for ln in lines if ln.table == 1) == 4
    assert [ln.text for ln in lines if ln.table is None][1:3] == [
        "Speciālās programmas izglītojamo skaits mācību gada laikā palielinājās, jo pēc pedagoģiski",
        "komisijas atzinuma divi bērni uzsāka programmas apguvi janvārī."]


def test_a_heading_row_merged_across_the_value_columns_is_one_cell():
    # `2.`'s heading runs over the three value columns' starts with single spaces, and no line of its
    # row has text after a gutter there: one cell; the exam rows under it keep their columns
    text = "\n".join([
        "1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi",
        _at((1, "NPK"), (17, "Kvalitatīvais /"), (55, "Noteiktais"), (83, "noslēdzot"), (109, "2025./2026.")),
        _at((17, "indikators"), (55, "uzsākot"), (83, "2024./2025."), (109, "m. g.")),
        _at((0, "1.1."), (8, "Pirmsskolas izglītības programmā"), (55, "72%"), (83, "74%"), (109, "75%")),
        _at((0, "2."), (8, "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās "
                          "pamatizglītības programmas apguves")),
        _at((8, "noslēgumā 9. klasē attiecībā pret vidējiem valsts rezultātiem:")),
        _at((0, "2.1."), (8, "Latviešu valoda"), (55, "61,3 % (valstī 59,1 %)"), (83, "60,7 % (valstī 58,5 %)"),
            (109, "62 %")),
        _at((0, "2.2."), (8, "Matemātika"), (55, "40,2 % (valstī 43,2 %),"), (83, "49,6 % (valstī 53,8 %),"),
            (109, "52 %")),
        _at((55, "nenokārtoja 11,8 %"), (83, "nenokārtoja 5,6 %")),
        "",
        "2. Izglītības iestādes darbības pamatmērķi un prioritātes, misija, vīzija un vērtības",
    ]) + "\n"
    rows: dict[int, list[tuple[int, str]]] = {}
    for ln in read_text(text.encode("utf-8")):
        if ln.table == 1:
            rows.setdefault(ln.row, []).append((ln.col, ln.text))
    assert rows[3] == [(1, "2."), (2, "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās "
                                     "pamatizglītības programmas apguves noslēgumā 9. klasē attiecībā pret vidējiem "
                                     "valsts rezultātiem:")]
    assert rows[5] == [(1, "2.2."), (2, "Matemātika"), (3, "40,2 % (valstī 43,2 %), nenokārtoja 11,8 %"),
                       (4, "49,6 % (valstī 53,8 %), nenokārtoja 5,6 %"), (5, "52 %")]


def test_a_page_label_footer_is_no_cell_and_a_short_continuation_finds_its_sparse_column():
    # `Lpp. 3` closes the page inside the table; on the next page the header is repeated and the
    # table's last column starts at 110 in the header and 106 in the one row: one column all the same,
    # so the part is the same table, its header dropped and row 5's last line carried back to it
    header = [_at((3, "NP"), (11, "Indikators"), (47, "Noteiktais rezultatīvais rādītājs")),
              _at((3, "K"), (46, "uzsākot 2023."), (76, "noslēdzot 2024."), (110, "2024./2025."))]
    page_one = header + [
        _at((2, "4."), (9, "Olimpiāžu godalgotās vietas"), (46, "9 izglītojamie"), (76, "11 izglītojamie"), (106, "10")),
        _at((2, "5."), (9, "Pedagogu profesionālās"), (46, "90 % pedagogu"), (76, "94 % pedagogu"), (106, "100%")),
        _at((124, "Lpp. 3")),
    ]
    page_two = ["\f" + header[0], header[1],
                _at((9, "kompetences pilnveide")),
                _at((2, "6."), (9, "Latvijas skolu reitings"), (46, "14. vieta"), (76, "11. vieta"), (106, "12. vieta")),
                _at((9, "(valsts ģimnāziju grupa)"))]
    text = "\n".join(["1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi",
                      *page_one, *page_two, "",
                      "2. Izglītības iestādes darbības pamatmērķi un prioritātes, misija, vīzija un vērtības"]) + "\n"
    rows: dict[int, list[tuple[int, str]]] = {}
    for ln in read_text(text.encode("utf-8")):
        if ln.table:
            rows.setdefault((ln.table, ln.row), []).append((ln.col, ln.text))
    assert {table for table, _ in rows} == {1}
    assert rows[(1, 3)] == [(1, "5."), (2, "Pedagogu profesionālās kompetences pilnveide"), (3, "90 % pedagogu"),
                            (4, "94 % pedagogu"), (5, "100%")]
    assert rows[(1, 4)] == [(1, "6."), (2, "Latvijas skolu reitings (valsts ģimnāziju grupa)"), (3, "14. vieta"),
                            (4, "11. vieta"), (5, "12. vieta")]


def test_a_code_wrapped_in_its_narrow_cell_opens_no_row_a_total_under_the_counts_does():
    text = "\n".join([
        "1.1. Izglītojamo skaits un īstenotās izglītības programmas 2021./2022. mācību gadā",
        _at((1, "Nr."), (8, "Programmas"), (33, "Kods"), (46, "Licence"), (66, "Uzsākot"), (82, "Noslēdzot")),
        _at((1, "p.k."), (8, "nosaukums"), (46, "Nr., datums"), (66, "(01.09.2021.)"), (82, "(31.05.2022.)")),
        _at((2, "1."), (8, "Pamatizglītības"), (33, "21011111"), (46, "V_4522,"), (68, "78"), (84, "77")),
        _at((8, "programma"), (46, "03.08.2020.")),
        _at((2, "2."), (8, "Speciālās"), (35, "2101"), (46, "V_2217,"), (68, "14"), (84, "15")),
        _at((8, "pamatizglītības"), (35, "5611"), (46, "14.06.2019.")),
        _at((8, "programma")),
        _at((8, "Kopā"), (68, "92"), (84, "92")),
        "",
        "1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai",
    ]) + "\n"
    rows: dict[int, list[str]] = {}
    for ln in read_text(text.encode("utf-8")):
        if ln.table == 1:
            rows.setdefault(ln.row, []).append(ln.text)
    assert list(rows.values())[2:] == [
        ["2.", "Speciālās pamatizglītības programma", "2101 5611", "V_2217, 14.06.2019.", "14", "15"],
        ["Kopā", "92", "92"]]


def test_a_row_the_page_broke_is_one_row_and_a_row_opening_the_next_page_is_not_joined_to_the_last():
    header = [_at((1, "Prioritāte"), (26, "Sasniedzamie rezultāti"), (66, "Norāde par izpildi")),
              _at((26, "(kvalitatīvi un kvantitatīvi)"), (66, "(Sasniegts/ nav sasniegts)"))]
    text = "\n".join([
        "2.4. Informācija par izglītības iestādes prioritāšu sasniegšanu 2021./2022. mācību gadā", *header,
        _at((1, "Mācīšana un"), (26, "a) kvalitatīvi"), (66, "Sasniegts")),
        _at((1, "mācīšanās Nr. 1."), (26, "Pedagogi plāno stundas."), (66, "Plāni ir.")),
        _at((1, "Drošība un"), (26, "a) kvalitatīvi"), (66, "SASNIEGTS")),
        _at((114, "3")),
        "\f" + header[0], header[1],
        _at((1, "psiholoģiskā labklājība"), (26, "Izglītojamie zina rīcības"), (66, "Aktualizēta kārtība.")),
        _at((1, "Nr. 2. Droša vide"), (26, "algoritmu.")),
        "",
        "2.5. Izglītības iestādes prioritātes 2022./2023. mācību gadam un to sasniedzamie rezultāti",
    ]) + "\n"
    rows: dict[int, list[tuple[int, str]]] = {}
    for ln in read_text(text.encode("utf-8")):
        if ln.table == 1:
            rows.setdefault(ln.row, []).append((ln.col, ln.text))
    assert rows[3] == [(1, "Drošība un psiholoģiskā labklājība Nr. 2. Droša vide"),
                       (2, "a) kvalitatīvi Izglītojamie zina rīcības algoritmu."),
                       (3, "SASNIEGTS Aktualizēta kārtība.")]
    assert len(rows) == 3

    counts = [_at((1, "Programma"), (40, "Adrese"), (70, "Uzsākot"), (86, "Noslēdzot")),
              _at((40, "(ja atšķiras)"), (70, "(01.09.)"), (86, "(31.05.)"))]
    text = "\n".join([
        "1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025. mācību gadā", *counts,
        _at((1, "kultūrizglītības joma"), (40, "Saules ielā 7"), (72, "1217"), (88, "1283")),
        _at((1, "STEM joma"), (40, "Saules ielā 7"), (72, "381"), (88, "509")),
        _at((114, "2")),
        "\f" + counts[0], counts[1],
        _at((1, "sporta joma"), (40, "Stāvā ielā 23"), (72, "344"), (88, "366")),
        "",
        "1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai",
    ]) + "\n"
    names = [ln.text for ln in read_text(text.encode("utf-8")) if ln.table == 1 and ln.col == 1]
    assert names[1:] == ["kultūrizglītības joma", "STEM joma", "sporta joma"]


def test_a_two_column_count_table_with_a_one_line_header_a_glued_count_and_a_dash():
    # `Skaits` / `7`: the header's word over the first count; `… nodrošināt 1`: the count glued to its
    # reason with one space, where the counts start; `–` (no learners) is no phrase broken off
    text = "\n".join([
        "    2022./2023. mācību gadā iestādi pameta 14 izglītojamie. Iemesli apkopoti tabulā:",
        _at((45, "Iemesls"), (88, "Skaits")),
        _at((7, "Dzīvesvietas maiņa (uz citu novadu vai pilsētu)"), (88, "7")),
        _at((7, "Izbraukuši uz ārvalstīm (Norvēģija, Īrija)"), (88, "2")),
        _at((7, "Cits iemesls: vecāki izvēlējušies bērnu pirmsskolas izglītību turpmāk nodrošināt 1")),
        _at((7, "ģimenē")),
        _at((7, "Veselības stāvoklis (ilgstoša slimība)"), (88, "–")),
        _at((7, "Kopā"), (88, "10")),
        "    Secinājumi: iestādes maiņas galvenais iemesls ir ģimenes dzīvesvietas vai darbavietas maiņa;",
    ]) + "\n"
    rows: dict[int, list[str]] = {}
    for ln in read_text(text.encode("utf-8")):
        if ln.table == 1:
            rows.setdefault(ln.row, []).append(ln.text)
    assert list(rows.values()) == [
        ["Iemesls", "Skaits"], ["Dzīvesvietas maiņa (uz citu novadu vai pilsētu)", "7"],
        ["Izbraukuši uz ārvalstīm (Norvēģija, Īrija)", "2"],
        ["Cits iemesls: vecāki izvēlējušies bērnu pirmsskolas izglītību turpmāk nodrošināt ģimenē", "1"],
        ["Veselības stāvoklis (ilgstoša slimība)", "–"], ["Kopā", "10"]]


ONE_TABLE_PER_PRIORITY = "\n".join([
    "2.4. Prioritātes",
    "Prioritāte Nr. 1. Pieejamība: Vide visiem",
    _at((0, "Rezultāts"), (17, "Plānotais rezultāts"), (50, "Izpilde"), (67, "Pamatojums, pierādījumi")),
    _at((0, "a) kvalitatīvi"), (17, "Uzbūvēta uzbrauktuve un visa"), (46, "SASNIEGTS"), (67, "Uzbrauktuve ir.")),
    _at((17, "pielāgota tualete."), (46, "DAĻĒJI"), (67, "Tualete nav.")),
    _at((0, "b)"), (17, "Vismaz 2 telpas pielāgotas."), (50, "Sasniegts"), (67, "Pielāgotas 3 telpas.")),
    _at((0, "kvantitatīvi")),
    "",
    "2.5. Nākamā gada prioritātes",
]) + "\n"


def test_a_list_item_under_a_one_line_header_opens_the_first_row_and_a_chunk_after_a_gutter_its_own_cell():
    # `a) kvalitatīvi` right under the header is a row of its own (the header is no cell's first line), and
    # `DAĻĒJI`, set after a gutter a few characters left of its column, is the status's, not the results'
    rows: dict[int, list[tuple[int, str]]] = {}
    for ln in read_text(ONE_TABLE_PER_PRIORITY.encode("utf-8")):
        if ln.table:
            rows.setdefault(ln.row, []).append((ln.col, ln.text))
    assert rows[1] == [(1, "Rezultāts"), (2, "Plānotais rezultāts"), (3, "Izpilde"), (4, "Pamatojums, pierādījumi")]
    assert rows[2][2] == (3, "SASNIEGTS DAĻĒJI")
    assert rows[2][1] == (2, "Uzbūvēta uzbrauktuve un visa pielāgota tualete.")


def test_one_small_table_per_priority_under_its_heading_line_is_read():
    from loaders.extract.priorities import extract_priorities
    from loaders.issues import Issues
    issues = Issues()
    got = extract_priorities([ln for ln in read_text(ONE_TABLE_PER_PRIORITY.encode("utf-8"))][1:], issues)
    assert [(r["priority_no"], r["area"], r["title"], r["result_type"], r["status"]) for r in got] == [
        ("1", "Pieejamība", "Vide visiem", "qualitative", "partially_achieved"),
        ("1", "Pieejamība", "Vide visiem", "quantitative", "achieved")]
