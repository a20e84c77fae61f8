"""TXT reader: decoding (UTF-8, BOM, Windows-1257) and line numbers as in the file."""
from __future__ import annotations

import pytest

from loaders.errors import ReportError
from loaders.read.text import decode_text, read_text

LATVIAN = "Ķīmija, Ģeogrāfija, Sociālās zinātnes – „Jaunība” 2024./2025. ŠŽČŅĻĒŪĀĪ šžčņļēūāī"


def test_windows_1257_text_decodes_with_latvian_letters():
    data = f"{LATVIAN} \n\n1.1. Izglītojamo skaits \n".encode("cp1257")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    lines = read_text(data)
    assert lines[0].text == LATVIAN
    assert (lines[1].no, lines[1].text) == (3, "1.1. Izglītojamo skaits")


def test_utf8_with_bom_and_crlf():
    lines = read_text(("\ufeff" + LATVIAN + "\r\n\r\notrā rinda\r\n").encode("utf-8"))
    assert [(ln.no, ln.text) for ln in lines] == [(1, LATVIAN), (3, "otrā rinda")]


def test_bare_link_lines_are_marked():
    lines = read_text(b"text\n\nhttps://is.viis.gov.lv/Pages/x.aspx?id=1\n")
    assert [ln.is_link for ln in lines] == [False, True]


def test_decode_never_raises_anything_but_report_error():
    # cp1257 leaves a few bytes undefined; text made of them cannot be decoded
    bad = bytes([0x81, 0x83, 0x88, 0x8A, 0x8C, 0x90]) * 10
    try:
        decode_text(bad)
    except ReportError:
        pass
