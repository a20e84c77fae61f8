"""Tables drawn with horizontal rules only (loaders.read.pdf_bands through the PDF reader): rows from
the rules, columns from the gaps in the text, prose between two tables kept apart."""
from __future__ import annotations

from pdf_builder import Page, build_pdf

from loaders.read.pdf import read_pdf

LEFT, RIGHT = 60, 540


def _cells(lines):
    return [(ln.text, ln.table, ln.row, ln.col) for ln in lines if ln.table is not None]


def _banded(page: Page, top: float, rows: list[list[tuple[float, list[str]]]], height: float = 30) -> float:
    """Rules above, between and below the rows (no vertical rules); a row: (x, lines) per cell."""
    y = top
    page.hrule(LEFT, RIGHT, y)
    for row in rows:
        for x, lines in row:
            for k, text in enumerate(lines):
                page.text(x, y - 11 - 11 * k, text, size=9)
        y -= height
        page.hrule(LEFT, RIGHT, y)
    return y


def test_rows_come_from_the_rules_and_columns_from_the_gaps_between_the_cells_text():
    page = Page()
    _banded(page, 760, [
        [(64, ["Nosaukums"]), (250, ["Kods"]), (400, ["Skaits"])],
        [(64, ["Pamatizglitibas", "programma"]), (250, ["21011111"]), (400, ["168"])],
        [(64, ["Kopa"]), (400, ["180"])],
    ])
    assert _cells(read_pdf(build_pdf([page]))) == [
        ("Nosaukums", 1, 1, 1), ("Kods", 1, 1, 2), ("Skaits", 1, 1, 3),
        ("Pamatizglitibas", 1, 2, 1), ("programma", 1, 2, 1), ("21011111", 1, 2, 2), ("168", 1, 2, 3),
        ("Kopa", 1, 3, 1), ("180", 1, 3, 3)]


def test_a_word_space_is_no_column_gap_and_a_heading_row_across_the_columns_stays_one_cell():
    rows = [[(64, ["Nr."]), (100, ["Raditajs"]), (300, ["Sakuma"]), (420, ["Beigas"])]]
    rows.append([(64, ["1."]), (100, ["Izglitojamo sasniegumi ikdienas macibu procesa un valsts darbos"])])
    rows += [[(64, [f"1.{i}."]), (100, [f"Programma {i}"]), (300, [f"{70 + i} %"]), (420, [f"{75 + i} %"])]
             for i in range(1, 6)]
    page = Page()
    _banded(page, 760, rows, height=20)
    cells = _cells(read_pdf(build_pdf([page])))
    assert ("Izglitojamo sasniegumi ikdienas macibu procesa un valsts darbos", 1, 2, 2) in cells
    assert [c for c in cells if c[2] == 3] == [("1.1.", 1, 3, 1), ("Programma 1", 1, 3, 2), ("71 %", 1, 3, 3),
                                               ("76 %", 1, 3, 4)]


def test_a_column_with_text_in_one_row_only_is_still_a_column():
    page = Page()
    _banded(page, 760, [
        [(64, ["Nosaukums"]), (400, ["Skaits"])],
        [(64, ["Programma A"]), (250, ["Piezime"]), (400, ["10"])],
        [(64, ["Programma B"]), (400, ["12"])],
        [(64, ["Programma C"]), (400, ["14"])],
        [(64, ["Programma D"]), (400, ["16"])],
        [(64, ["Programma E"]), (400, ["18"])],
    ], height=20)
    cells = _cells(read_pdf(build_pdf([page])))
    assert ("Piezime", 1, 2, 2) in cells and ("10", 1, 2, 3) in cells and ("12", 1, 3, 3) in cells


def test_prose_between_two_tables_of_the_same_width_keeps_them_apart_and_stays_text():
    page = Page()
    bottom = _banded(page, 760, [[(64, ["Stipras puses"]), (300, ["Vajadzibas"])],
                                 [(64, ["Sadarbiba"]), (300, ["Atbalsts"])]])
    prose = "Skola nodrosina skolenu parvadajumus cetros marsrutos un pagarinatas dienas grupu visam klasem"
    page.text(LEFT + 2, bottom - 14, prose, size=9).text(LEFT + 2, bottom - 25, prose, size=9)
    page.hrule(LEFT, RIGHT, bottom - 30)
    _banded(page, bottom - 60, [[(64, ["Stipras puses"]), (300, ["Vajadzibas"])],
                                [(64, ["Drosiba"]), (300, ["Telpas"])]])
    lines = read_pdf(build_pdf([page]))
    assert [ln.text for ln in lines if ln.table is None] == [prose, prose]
    assert {ln.table for ln in lines if ln.table is not None} == {1, 2}
    assert ("Telpas", 2, 2, 2) in _cells(lines)


def test_rules_without_columns_of_text_between_them_make_no_table():
    page = Page()
    for y in (760, 730, 700):
        page.hrule(LEFT, RIGHT, y)
    page.text(64, 748, "Viena rinda teksta starp divam linijam", size=9)
    page.text(64, 718, "Otra rinda", size=9)
    lines = read_pdf(build_pdf([page]))
    assert [(ln.text, ln.table) for ln in lines] == [("Viena rinda teksta starp divam linijam", None),
                                                     ("Otra rinda", None)]


def test_a_frame_with_rules_between_its_rows_and_none_inside_is_read_by_its_gaps():
    # an outer box and horizontal rules only: the rules make a ruled table of one column, whose rows'
    # text would run across the columns line by line; the gaps between the cells' text are its columns
    page = Page()
    bottom = _banded(page, 760, [
        [(64, ["Prioritate"]), (250, ["Rezultati"]), (400, ["Izpilde"])],
        [(64, ["Nr.1.", "Lasitprasme"]), (250, ["a) kvalitativi", "Skoleni lasa"]), (400, ["Sasniegts"])],
        [(64, ["Nr.2.", "Drosiba"]), (250, ["b) kvantitativi"]), (400, ["Nav sasniegts", "Tikai 60%"])],
    ], height=40)
    page.vrule(LEFT, bottom, 760).vrule(RIGHT, bottom, 760)
    cells = _cells(read_pdf(build_pdf([page])))
    assert [c for c in cells if c[2] == 3] == [("Nr.2.", 1, 3, 1), ("Drosiba", 1, 3, 1), ("b) kvantitativi", 1, 3, 2),
                                               ("Nav sasniegts", 1, 3, 3), ("Tikai 60%", 1, 3, 3)]


def test_a_framed_paragraph_list_without_columns_stays_one_column():
    page = Page()
    bottom = _banded(page, 760, [[(64, ["Skola nodrosina skolenu parvadajumus cetros marsrutos visam klasem"])],
                                 [(64, ["Pagarinatas dienas grupas darbojas katru darba dienu lidz 18.00"])]])
    page.vrule(LEFT, bottom, 760).vrule(RIGHT, bottom, 760)
    cells = _cells(read_pdf(build_pdf([page])))
    assert {(c[2], c[3]) for c in cells} == {(1, 1), (2, 1)}


def test_the_short_lines_of_a_centred_header_cell_over_left_aligned_counts_stay_in_that_cell():
    # a count column's header centred over its cell, the counts under it flush left: the header's short
    # lines (`skaits,`) stand clear of every count, but under a wider line of the same cell
    from pdf_builder import text_width

    def centred(mid: float, words: list[str]) -> list[tuple[float, list[str]]]:
        return [(mid - text_width(w, 9) / 2, [""] * k + [w]) for k, w in enumerate(words)]

    header = [(64, ["Nosaukums"])] + centred(348, ["Izglitojamo", "skaits,", "uzsakot", "(01.09.2023.)"]) \
        + centred(468, ["Izglitojamo", "skaits,", "beigas", "(31.05.2024.)"])
    rows = [header] + [[(64, [f"Programma {i}"]), (305, [str(100 + i)]), (425, [str(90 + i)])] for i in range(5)]
    page = Page()
    _banded(page, 760, rows, height=50)
    cells = _cells(read_pdf(build_pdf([page])))
    assert [c for c in cells if c[2] == 1] == [
        ("Nosaukums", 1, 1, 1), ("Izglitojamo", 1, 1, 2), ("skaits,", 1, 1, 2), ("uzsakot", 1, 1, 2),
        ("(01.09.2023.)", 1, 1, 2), ("Izglitojamo", 1, 1, 3), ("skaits,", 1, 1, 3), ("beigas", 1, 1, 3),
        ("(31.05.2024.)", 1, 1, 3)]
    assert [c for c in cells if c[2] == 2] == [("Programma 0", 1, 2, 1), ("100", 1, 2, 2), ("90", 1, 2, 3)]


def test_two_tables_of_different_columns_under_one_another_are_split_at_the_heading_between_them():
    # both tables' rules run across the same width, so they stack as one; their columns share no gutter
    page = Page()
    bottom = _banded(page, 760, [
        [(64, ["Prioritate"]), (250, ["Rezultati"]), (400, ["Statuss"])],
        [(64, ["Nr. 1.", "Lasitprasmes uzlabosana visos"]), (250, ["a) kvalitativi"]), (400, ["Sasniegts"])],
    ], height=40)
    page.text(LEFT + 2, bottom - 14, "2.5. Prioritates nakamajam gadam", size=9)
    page.hrule(LEFT, RIGHT, bottom - 20)
    _banded(page, bottom - 20, [
        [(64, ["Prioritate"]), (180, ["Sasniedzamie rezultati"])],
        [(64, ["Nr. 1.", "Digitalas prasmes"]), (180, ["a) kvalitativi - skoleni plano savu macisanos un izverte progresu"])],
        [(64, ["Nr. 2.", "Kavejumi"]), (180, ["b) kvantitativi - neattaisnoto kavejumu skaits samazinas par 10%"])],
    ], height=40)
    lines = read_pdf(build_pdf([page]))
    assert [ln.text for ln in lines if ln.table is None] == ["2.5. Prioritates nakamajam gadam"]
    cells = _cells(lines)
    assert ("Statuss", 1, 1, 3) in cells and ("Sasniegts", 1, 2, 3) in cells
    assert ("Sasniedzamie rezultati", 2, 1, 2) in cells
    assert ("a) kvalitativi - skoleni plano savu macisanos un izverte progresu", 2, 2, 2) in cells


def test_a_merged_header_over_its_sub_headers_and_a_section_row_do_not_close_the_gutters_they_cross():
    # four bands only (no band in five may cross a gutter): the parent header spans the three value
    # columns over their sub-headers, and the section row `1.` runs across them; two body rows
    header = [(64, ["Nr."]), (100, ["Raditajs"]), (280, ["Noteiktais rezultativais raditajs visos gados", "Sakuma"]),
              (380, ["", "Beigas"]), (470, ["", "Merkis"])]
    rows = [header, [(64, ["1."]), (100, ["Izglitojamo sasniegumi macibu gada nosleguma visas klases"])],
            [(64, ["1.1."]), (100, ["Pirmsskola"]), (280, ["68%"]), (380, ["71 %"]), (470, ["72%"])],
            [(64, ["1.2."]), (100, ["Pamatskola"]), (280, ["6,4 balles"]), (380, ["6,5 balles"]), (470, ["6,6 balles"])]]
    page = Page()
    _banded(page, 760, rows, height=30)
    cells = _cells(read_pdf(build_pdf([page])))
    assert [c for c in cells if c[2] == 3] == [("1.1.", 1, 3, 1), ("Pirmsskola", 1, 3, 2), ("68%", 1, 3, 3),
                                               ("71 %", 1, 3, 4), ("72%", 1, 3, 5)]
    assert ("Izglitojamo sasniegumi macibu gada nosleguma visas klases", 1, 2, 2) in cells
    assert ("Beigas", 1, 1, 4) in cells and ("Merkis", 1, 1, 5) in cells


def _framed_header_table(page: Page, body: list[list[tuple[float, str]]]) -> None:
    """A ruled header row of four cells, then one frame around the whole body (no rules inside it)."""
    xs, top, head = [60, 100, 300, 420, 540], 760, 740
    page.grid(xs, [top, head])
    for x, text in zip(xs, ["Nr.", "Nosaukums", "Sakuma", "Beigas"]):
        page.text(x + 4, top - 12, text, size=9)
    bottom = head - 12 * len(body) - 6
    page.hrule(xs[0], xs[-1], bottom)
    page.vrule(xs[0], bottom, head)
    page.vrule(xs[-1], bottom, head)
    for k, line in enumerate(body):
        for x, text in line:
            page.text(x, head - 12 - 12 * k, text, size=9)


def test_a_framed_body_under_a_ruled_header_is_split_by_the_header_columns_into_rows():
    page = Page()
    _framed_header_table(page, [
        [(64, "1."), (104, "Pirma programma"), (304, "12"), (424, "11")],
        [(104, "ar garu nosaukumu")],
        [(64, "2."), (104, "Otra"), (304, "5"), (424, "6")],
        [(104, "Kopa"), (304, "17"), (424, "17")],
    ])
    body = [c for c in _cells(read_pdf(build_pdf([page]))) if c[2] > 1]
    assert body == [
        ("1.", 1, 2, 1), ("Pirma programma", 1, 2, 2), ("ar garu nosaukumu", 1, 2, 2), ("12", 1, 2, 3), ("11", 1, 2, 4),
        ("2.", 1, 3, 1), ("Otra", 1, 3, 2), ("5", 1, 3, 3), ("6", 1, 3, 4),
        ("Kopa", 1, 4, 2), ("17", 1, 4, 3), ("17", 1, 4, 4)]


def test_a_framed_body_whose_words_cross_the_header_columns_stays_one_cell():
    page = Page()
    _framed_header_table(page, [[(64, "1."), (104, "Teksts")], [(64, "Gars teksts kas iet parsvisam kolonnam un talak")]])
    body = [c for c in _cells(read_pdf(build_pdf([page]))) if c[2] > 1]
    assert {c[3] for c in body} == {1}


def test_a_one_line_row_across_a_ruled_header_stays_one_cell():
    page = Page()
    _framed_header_table(page, [[(64, "1."), (104, "Virsraksts"), (304, "pa visu tabulu")]])
    body = [c for c in _cells(read_pdf(build_pdf([page]))) if c[2] > 1]
    assert body == [("1. Virsraksts pa visu tabulu", 1, 2, 1)]
