"""PDF reader on the committed fixture PDFs (Word tables converted by LibreOffice) and bad PDFs."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from loaders.errors import ReportError
from loaders.read import pdf as pdf_reader
from loaders.read.pdf import read_pdf

CASE = Path(__file__).resolve().parents[1] / "cases" / "pdf-2024-25" / "reports"
SCHOOL = CASE / "daugavpils-draudziga-aicinajuma-vidusskola_2024-2025.pdf"
CENTRE = CASE / "daugavpils-bjc-jauniba_2024-2025.pdf"


@pytest.fixture(scope="module")
def school_lines():
    return read_pdf(SCHOOL.read_bytes())


def test_every_line_has_its_page_and_a_page_local_number(school_lines):
    assert all(ln.prefix == f"p{ln.page}:" and ln.unit == "L" for ln in school_lines)
    for page in {ln.page for ln in school_lines}:
        numbers = sorted(ln.no for ln in school_lines if ln.page == page)
        assert numbers == list(range(1, len(numbers) + 1))


def test_text_outside_tables_is_read_in_order(school_lines):
    texts = [ln.text for ln in school_lines if ln.table is None]
    assert texts[0] == "Daugavpils pilsētas Daugavpils Draudzīgā aicinājuma vidusskola"
    heading = next(i for i, t in enumerate(texts) if t.startswith("1.1. Izglītojamo skaits"))
    reasons = next(i for i, t in enumerate(texts) if t.startswith("1.2.1. dzīvesvietas maiņa"))
    assert heading < reasons


def test_a_table_across_pages_is_one_table_with_continuing_rows(school_lines):
    programme_table = [ln for ln in school_lines if ln.table == 1]
    assert len({ln.page for ln in programme_table}) > 1
    codes = [ln.text for ln in programme_table if ln.col == 1 and ln.text.isdigit() and len(ln.text) == 8]
    assert len(codes) == 12  # every programme row, none lost or duplicated at the page breaks
    rows = [ln.row for ln in programme_table]
    assert rows == sorted(rows) and max(rows) == 13  # header + 12 programmes
    # the header row Word repeats on the next page is dropped
    assert sum(1 for ln in programme_table if ln.text == "nosaukums") == 1


def test_cells_come_in_row_major_order_and_never_glued(school_lines):
    table = [ln for ln in school_lines if ln.table == 1]
    order = [(ln.row, ln.col) for ln in table]
    assert order == sorted(order)
    row = [ln for ln in table if ln.row == 2]
    assert [ln.text for ln in row if ln.col in (3, 4)] == ["479", "462"]


def test_a_row_split_by_a_page_break_is_one_row(school_lines):
    # programme 21011121's name starts at the foot of page 1 and ends on page 2
    cell = [ln for ln in school_lines if ln.table == 1 and ln.col == 1
            and any(o.text == "21011121" for o in school_lines if o.table == 1 and o.row == ln.row)]
    assert "21011121" in [ln.text for ln in cell]
    assert cell[0].text.startswith("Pamatizglītības")


def test_merged_header_cell_is_emitted_once(school_lines):
    indicator_table = [ln for ln in school_lines if ln.table == 2]
    assert sum(1 for ln in indicator_table if ln.text == "Noteiktais rezultatīvais rādītājs") == 1


def test_truncated_pdf_is_refused():
    data = CENTRE.read_bytes()
    with pytest.raises(ReportError, match="truncated"):
        read_pdf(data[: len(data) // 2])


def test_password_protected_pdf_is_refused():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(CENTRE.read_bytes())))
    writer.encrypt(user_password="slepens", owner_password="slepens")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ReportError, match="password-protected"):
        read_pdf(out.getvalue())


def test_pdf_with_only_an_owner_password_is_read():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(CENTRE.read_bytes())))
    writer.encrypt(user_password="", owner_password="tikai-īpašniekam")
    out = io.BytesIO()
    writer.write(out)
    assert any(ln.text.startswith("1.1. Izglītojamo skaits") for ln in read_pdf(out.getvalue()))


def test_too_many_pages_is_refused(monkeypatch):
    monkeypatch.setattr(pdf_reader, "MAX_PDF_PAGES", 2)
    with pytest.raises(ReportError, match="over the 2-page limit"):
        read_pdf(CENTRE.read_bytes())


def test_garbage_after_the_header_is_a_report_error():
    with pytest.raises(ReportError):
        read_pdf(b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
