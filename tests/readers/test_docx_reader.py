"""DOCX reader: document order, merged cells, content controls, nested tables, bounds."""
from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml import OxmlElement

from loaders.errors import ReportError
from loaders.read import docx as docx_reader
from loaders.read.docx import read_docx


def _save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _sdt_paragraph(text: str):
    """A block-level content control holding one paragraph (python-docx's .paragraphs skips it)."""
    sdt = OxmlElement("w:sdt")
    content = OxmlElement("w:sdtContent")
    p = OxmlElement("w:p")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    p.append(r)
    content.append(p)
    sdt.append(content)
    return sdt


def test_paragraphs_and_tables_come_in_document_order():
    d = docx.Document()
    d.add_paragraph("1.1. Izglītojamo skaits")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Programma"
    table.cell(0, 1).text = "Skaits"
    table.cell(1, 0).text = "Pamatizglītības programma"
    table.cell(1, 1).text = "648"
    d.add_paragraph("1.2. Iemesli")
    lines = read_docx(_save(d))
    assert [ln.text for ln in lines] == ["1.1. Izglītojamo skaits", "Programma", "Skaits",
                                         "Pamatizglītības programma", "648", "1.2. Iemesli"]
    assert [ln.ref for ln in lines] == ["P1", "t1:r1", "t1:r1", "t1:r2", "t1:r2", "P2"]
    assert [(ln.table, ln.row, ln.col) for ln in lines[1:5]] == [(1, 1, 1), (1, 1, 2), (1, 2, 1), (1, 2, 2)]
    assert lines[0].table is None and lines[0].unit == "P"


def test_empty_paragraphs_count_but_give_no_line():
    d = docx.Document()
    d.add_paragraph("first")
    d.add_paragraph("")
    d.add_paragraph("third")
    assert [(ln.text, ln.no) for ln in read_docx(_save(d))] == [("first", 1), ("third", 3)]


def test_each_cell_paragraph_and_line_break_is_its_own_line():
    d = docx.Document()
    table = d.add_table(rows=1, cols=1)
    cell = table.cell(0, 0)
    cell.text = "Latviešu valoda - 36,4%\nAngļu valoda - 36,2%"  # python-docx writes w:br
    cell.add_paragraph("Matemātika - 28,5%")
    texts = [ln.text for ln in read_docx(_save(d))]
    assert texts == ["Latviešu valoda - 36,4%", "Angļu valoda - 36,2%", "Matemātika - 28,5%"]


def test_merged_cells_are_emitted_once_with_their_first_grid_column():
    d = docx.Document()
    table = d.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "header across"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "priority"
    table.cell(1, 1).text = "a) kvalitatīvi"
    table.cell(1, 2).text = "Sasniegts"
    table.cell(2, 1).text = "b) kvantitatīvi"
    table.cell(2, 2).text = "Daļēji sasniegts"
    got = [(ln.text, ln.row, ln.col) for ln in read_docx(_save(d))]
    assert got == [("header across", 1, 1), ("priority", 2, 1), ("a) kvalitatīvi", 2, 2), ("Sasniegts", 2, 3),
                   ("b) kvantitatīvi", 3, 2), ("Daļēji sasniegts", 3, 3)]


def test_text_inside_content_controls_is_read():
    d = docx.Document()
    d.add_paragraph("before")
    body = d.element.body
    body.insert(list(body).index(d.paragraphs[0]._p) + 1, _sdt_paragraph("Daugavpils pilsētas vidusskola"))
    d.add_paragraph("after")
    assert "Daugavpils pilsētas vidusskola" not in [p.text for p in docx.Document(io.BytesIO(_save(d))).paragraphs]
    lines = read_docx(_save(d))
    assert [ln.text for ln in lines] == ["before", "Daugavpils pilsētas vidusskola", "after"]
    assert [ln.no for ln in lines] == [1, 2, 3]


def test_nested_table_cells_are_lines_of_the_outer_cell():
    d = docx.Document()
    outer = d.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "outer"
    inner = outer.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "in-1"
    inner.cell(0, 1).text = "in-2"
    got = [(ln.text, ln.table, ln.row, ln.col) for ln in read_docx(_save(d))]
    assert got == [("outer", 1, 1, 1), ("in-1", 1, 1, 2), ("in-2", 1, 1, 2)]


def test_second_table_gets_the_next_index():
    d = docx.Document()
    for n in range(2):
        t = d.add_table(rows=1, cols=1)
        t.cell(0, 0).text = f"table {n + 1}"
    assert [ln.ref for ln in read_docx(_save(d))] == ["t1:r1", "t2:r1"]


def test_not_a_zip_is_a_report_error():
    with pytest.raises(ReportError, match="not a valid zip"):
        read_docx(b"PK\x03\x04 this is not really a zip archive")


def test_zip_without_document_part_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ReportError, match="not a DOCX"):
        read_docx(buffer.getvalue())


def test_expansion_over_the_limit_is_refused_before_parsing(monkeypatch):
    d = docx.Document()
    d.add_paragraph("x" * 5000)
    data = _save(d)
    monkeypatch.setattr(docx_reader, "MAX_ZIP_TOTAL_BYTES", 1000)
    with pytest.raises(ReportError, match="expand"):
        read_docx(data)


def test_member_that_lies_about_its_size_is_cut_at_the_limit(monkeypatch):
    d = docx.Document()
    d.add_paragraph("y" * 50_000)
    data = _save(d)
    monkeypatch.setattr(docx_reader, "MAX_ZIP_MEMBER_BYTES", 10_000)
    monkeypatch.setattr(docx_reader, "MAX_ZIP_TOTAL_BYTES", 10**9)
    with pytest.raises(ReportError, match="limit"):
        read_docx(data)


def test_invalid_xml_is_a_report_error():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", "<w:document><unclosed>")
    with pytest.raises(ReportError, match="damaged"):
        read_docx(buffer.getvalue())


def test_entities_are_not_expanded():
    bomb = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            '<w:p><w:r><w:t>&b;</w:t></w:r></w:p><w:p><w:r><w:t>plain</w:t></w:r></w:p></w:body></w:document>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", bomb)
    texts = [ln.text for ln in read_docx(buffer.getvalue())]
    assert "plain" in texts and not any("aaaa" in t for t in texts)


def test_too_many_paragraphs_are_refused_before_a_tree_is_built(monkeypatch):
    d = docx.Document()
    for i in range(5):
        d.add_paragraph(f"p{i}")
    data = _save(d)
    assert [line.text for line in read_docx(data)] == [f"p{i}" for i in range(5)]
    monkeypatch.setattr(docx_reader, "MAX_DOCX_PARAGRAPHS", 4)
    with pytest.raises(ReportError, match="5 paragraphs, over the 4 limit"):
        read_docx(data)
