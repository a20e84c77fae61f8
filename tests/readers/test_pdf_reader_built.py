"""PDF reader on PDFs written by the test (tests/pdf_builder.py): words, lines, tables, merged cells,
tables across pages, rows split by a page break, page numbers, refusals."""
from __future__ import annotations

from pathlib import Path

import pytest
from pdf_builder import Page, build_pdf, text_width

from loaders.errors import ReportError
from loaders.read import pdf as pdf_reader
from loaders.read import read_document
from loaders.read.bounded import run_bounded
from loaders.read.pdf import read_pdf

COLUMNS = [72, 250, 400]  # x of the vertical rules of a two-column table


def _texts(lines, **where):
    return [ln.text for ln in lines if all(getattr(ln, k) == v for k, v in where.items())]


def _table(page: Page, top: float, rows: list[list[str]], xs=COLUMNS, stroked=False) -> float:
    """A ruled table of one-line cells from `top` down (rows 20 points high); returns its bottom."""
    ys = [top - 20 * i for i in range(len(rows) + 1)]
    page.grid(xs, ys, stroked)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                page.text(xs[c] + 4, ys[r] - 14, text)
    return ys[-1]


# --- words and lines ---------------------------------------------------------------------------------

@pytest.mark.parametrize("scaled", [False, True], ids=["font-size", "scaled-matrix"])
def test_words_without_space_characters_are_split_at_gaps(scaled):
    page = Page().words(72, 780, ["bez", "atstarpes", "starp", "vardiem"], gap=2.5, scaled=scaled)
    assert _texts(read_pdf(build_pdf([page]))) == ["bez atstarpes starp vardiem"]


@pytest.mark.parametrize("scaled", [False, True], ids=["font-size", "scaled-matrix"])
def test_pieces_of_one_word_placed_apart_by_a_kerning_gap_stay_one_word(scaled):
    page = Page().words(72, 780, ["Dau", "gav", "pils"], gap=0.5, scaled=scaled)
    assert _texts(read_pdf(build_pdf([page]))) == ["Daugavpils"]


def test_real_spaces_give_one_space_and_runs_of_spaces_collapse():
    page = Page().text(72, 780, "Valsts   valodas  centrs").text(72, 760, "Šis un žurnals")
    assert _texts(read_pdf(build_pdf([page]))) == ["Valsts valodas centrs", "Šis un žurnals"]


def test_text_drawn_out_of_order_is_read_left_to_right_and_top_down():
    page = Page().text(200, 760, "otra").text(72, 760, "pirma")
    page.text(72, 780, "virsraksts")
    assert _texts(read_pdf(build_pdf([page]))) == ["virsraksts", "pirma otra"]


def test_a_superscript_stays_on_its_line():
    page = Page().text(72, 780, "Platiba 120 m").text(72 + text_width("Platiba 120 m"), 783.5, "2", size=6)
    page.text(72, 760, "nakama rinda")
    assert _texts(read_pdf(build_pdf([page]))) == ["Platiba 120 m2", "nakama rinda"]


def test_turned_text_is_read_along_its_direction():
    page = Page().text(72, 780, "virsraksts")
    page.text(100, 500, "no apaksas uz augsu", turn=90).text(112, 500, "otra rinda", turn=90)
    page.text(300, 700, "no augsas uz leju", turn=-90)
    assert _texts(read_pdf(build_pdf([page]))) == [
        "virsraksts", "no augsas uz leju", "no apaksas uz augsu", "otra rinda"]


# --- tables ------------------------------------------------------------------------------------------

def test_text_and_tables_come_in_page_order():
    page = Page().text(72, 780, "1.1. Programmas")
    bottom = _table(page, 760, [["Nosaukums", "Skaits"], ["Programma A", "10"]])
    page.text(72, bottom - 20, "1.2. Teksts pec tabulas")
    lines = read_pdf(build_pdf([page]))
    assert [(ln.text, ln.table, ln.row, ln.col) for ln in lines] == [
        ("1.1. Programmas", None, None, None),
        ("Nosaukums", 1, 1, 1), ("Skaits", 1, 1, 2),
        ("Programma A", 1, 2, 1), ("10", 1, 2, 2),
        ("1.2. Teksts pec tabulas", None, None, None),
    ]
    assert [ln.no for ln in lines] == list(range(1, 7))


def test_a_cell_with_several_lines_gives_a_line_each():
    page = Page().grid(COLUMNS, [760, 720])
    page.text(76, 746, "Pamatizglitibas").text(76, 734, "programma 21011111").text(254, 746, "648")
    lines = read_pdf(build_pdf([page]))
    assert _texts(lines, col=1) == ["Pamatizglitibas", "programma 21011111"]
    assert _texts(lines, col=2) == ["648"]


def test_stroked_rules_read_like_filled_ones():
    rows = [["Nosaukums", "Skaits"], ["Programma A", "10"]]
    filled, stroked = Page(), Page()
    _table(filled, 760, rows)
    _table(stroked, 760, rows, stroked=True)
    assert read_pdf(build_pdf([filled])) == read_pdf(build_pdf([stroked]))


def test_cells_drawn_as_stroked_rectangles_make_a_table():
    page = Page()
    for r, row in enumerate([["Nosaukums", "Skaits"], ["Programma A", "10"]]):
        for c, text in enumerate(row):
            page.box(COLUMNS[c], 740 - 20 * r, COLUMNS[c + 1] - COLUMNS[c], 20).text(COLUMNS[c] + 4, 746 - 20 * r, text)
    lines = read_pdf(build_pdf([page]))
    assert [(ln.text, ln.row, ln.col) for ln in lines] == [
        ("Nosaukums", 1, 1), ("Skaits", 1, 2), ("Programma A", 2, 1), ("10", 2, 2)]


def test_a_header_cell_with_vertical_text_reads_as_words():
    page = Page().grid(COLUMNS, [760, 680, 660])
    page.text(90, 685, "Skolenu skaits", turn=90).text(254, 746, "Vertejums")
    page.text(76, 666, "21").text(254, 666, "7,5")
    lines = read_pdf(build_pdf([page]))
    assert [(ln.text, ln.row, ln.col) for ln in lines] == [
        ("Skolenu skaits", 1, 1), ("Vertejums", 1, 2), ("21", 2, 1), ("7,5", 2, 2)]


def test_a_cell_merged_across_columns_is_emitted_once():
    xs = [72, 200, 300, 400]
    page = Page()
    for y in (700, 680, 660):
        page.hrule(72, 400, y)
    page.vrule(72, 660, 700).vrule(400, 660, 700).vrule(200, 660, 680).vrule(300, 660, 680)
    page.text(76, 686, "Rezultats")
    for c, text in enumerate(["a", "b", "c"]):
        page.text(xs[c] + 4, 666, text)
    lines = read_pdf(build_pdf([page]))
    assert [(ln.text, ln.row, ln.col) for ln in lines] == [("Rezultats", 1, 1), ("a", 2, 1), ("b", 2, 2), ("c", 2, 3)]


def test_a_cell_merged_down_rows_belongs_to_its_first_row():
    page = Page()
    page.hrule(72, 400, 700).hrule(250, 400, 680).hrule(72, 400, 660)
    for x in COLUMNS:
        page.vrule(x, 660, 700)
    page.text(76, 686, "Prioritate 1").text(254, 686, "a) rezultats").text(254, 666, "b) rezultats")
    lines = read_pdf(build_pdf([page]))
    assert [(ln.text, ln.row, ln.col) for ln in lines] == [
        ("Prioritate 1", 1, 1), ("a) rezultats", 1, 2), ("b) rezultats", 2, 2)]


# --- across pages ------------------------------------------------------------------------------------

def test_a_table_across_pages_is_one_table_and_its_repeated_header_is_dropped():
    first = Page().text(72, 780, "1.1. Programmas")
    _table(first, 760, [["Nosaukums", "Skaits"], ["Programma A", "10"], ["Programma B", "20"]])
    first.text(290, 40, "1")  # a page number between the two parts does not break the table
    second = Page()
    bottom = _table(second, 800, [["Nosaukums", "Skaits"], ["Programma C", "30"]])
    second.text(72, bottom - 20, "1.2. Teksts")
    lines = read_pdf(build_pdf([first, second]))
    assert {ln.table for ln in lines if ln.table} == {1}
    assert _texts(lines, col=1) == ["Nosaukums", "Programma A", "Programma B", "Programma C"]
    assert [ln.row for ln in lines if ln.col == 1] == [1, 2, 3, 4]
    assert [ln.page for ln in lines if ln.col == 1] == [1, 1, 1, 2]


def test_a_table_with_other_columns_on_the_next_page_is_a_new_table():
    first, second = Page(), Page()
    _table(first, 760, [["Nosaukums", "Skaits"], ["Programma A", "10"]])
    _table(second, 800, [["Kods", "Vieta", "Skaits"], ["1", "2", "3"]], xs=[72, 200, 300, 400])
    lines = read_pdf(build_pdf([first, second]))
    assert [ln.table for ln in lines if ln.text in ("Nosaukums", "Kods")] == [1, 2]


def test_text_between_two_tables_on_two_pages_keeps_them_apart():
    first, second = Page(), Page()
    _table(first, 760, [["Nosaukums", "Skaits"], ["Programma A", "10"]])
    second.text(72, 800, "1.2. Cits virsraksts")
    _table(second, 780, [["Nosaukums", "Skaits"], ["Programma C", "30"]])
    lines = read_pdf(build_pdf([first, second]))
    assert [ln.table for ln in lines if ln.text == "Nosaukums"] == [1, 2]


def test_a_row_split_by_the_page_break_is_one_row():
    first, second = Page(), Page()
    bottom = _table(first, 760, [["Nosaukums", "Skaits"]])
    first.grid(COLUMNS, [bottom, bottom - 30])
    first.text(76, bottom - 14, "Pamatizglitibas").text(76, bottom - 26, "mazakumtautibu").text(254, bottom - 14, "648")
    _table(second, 800, [["Nosaukums", "Skaits"], ["programma 21011121", ""], ["Programma C", "30"]])
    lines = read_pdf(build_pdf([first, second]))
    split = [ln for ln in lines if ln.row == 2]
    assert [(ln.text, ln.col, ln.page) for ln in split] == [
        ("Pamatizglitibas", 1, 1), ("mazakumtautibu", 1, 1), ("programma 21011121", 1, 2), ("648", 2, 1)]
    assert _texts(lines, row=3) == ["Programma C", "30"]


# --- fixtures: Latvian letters, two producers ---------------------------------------------------------

CASES = Path(__file__).resolve().parents[1] / "cases"
STEM = "daugavpils-draudziga-aicinajuma-vidusskola_2024-2025.pdf"


def test_latvian_letters_come_through_from_embedded_fonts():
    lines = read_pdf((CASES / "pdf-2024-25" / "reports" / STEM).read_bytes())
    text = "\n".join(ln.text for ln in lines)
    for word in ("PAŠNOVĒRTĒJUMA ZIŅOJUMS", "Draudzīgā aicinājuma", "Stāvā iela 41,", "mazākumtautību",
                 "jauktiem attīstības", "Aveņu iela 40,", "Daļēji sasniegts"):
        assert word in text


def test_the_same_document_from_libreoffice_and_from_cairo_reads_the_same():
    # cairo drops some space characters ("Stāvā iela 41," is three runs apart by position only)
    libreoffice = read_pdf((CASES / "pdf-2024-25" / "reports" / STEM).read_bytes())
    cairo = read_pdf((CASES / "pdf-cairo-2024-25" / "reports" / STEM).read_bytes())
    assert cairo == libreoffice


# --- refusals and bounds -----------------------------------------------------------------------------

def test_a_pdf_without_pages_is_refused():
    with pytest.raises(ReportError, match="no pages"):
        read_pdf(build_pdf([]))


def test_a_page_over_the_character_limit_is_refused(monkeypatch):
    monkeypatch.setattr(pdf_reader, "MAX_PDF_CHARS_PER_PAGE", 50)
    page = Page().text(72, 780, "x" * 60)
    with pytest.raises(ReportError, match="page 1 of the PDF holds 60 characters, over the 50 limit"):
        read_pdf(build_pdf([page]))


def test_a_pdf_whose_catalog_is_missing_is_refused_as_damaged():
    data = build_pdf([Page().text(72, 780, "teksts")])
    broken = data.replace(b"/Root 1 0 R", b"/Root 9 0 R")
    with pytest.raises(ReportError, match="damaged"):
        read_pdf(broken)


def test_the_reader_runs_inside_the_child_process_bound(tmp_path):
    page = Page().text(72, 780, "1.1. Programmas")
    _table(page, 760, [["Nosaukums", "Skaits"], ["Programma A", "10"]])
    data = build_pdf([page])
    assert run_bounded(read_pdf, data) == read_pdf(data)
    path = tmp_path / "built.pdf"
    path.write_bytes(data)
    assert read_document(path).lines == read_pdf(data)
