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
