"""Bounded-time fuzzing: no input makes a reader (or the splitter after it) crash or hang.

Every reader must return Lines or raise ReportError; anything else is a bug. Inputs: arbitrary
bytes, layout-like text, and byte-level mutations of real DOCX and PDF fixtures (the %PDF header and
%%EOF trailer kept, so the mutations reach the parser rather than the cheap checks).
"""
from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.errors import ReportError
from loaders.model import Line
from loaders.read.docx import read_docx
from loaders.read.pdf import read_pdf
from loaders.read.sniff import sniff_format
from loaders.read.text import read_text

CASES = Path(__file__).resolve().parents[1] / "cases"
PDF = (CASES / "pdf-2024-25" / "reports" / "daugavpils-bjc-jauniba_2024-2025.pdf").read_bytes()
DOCX = (CASES / "docx-2024-25" / "reports" / "daugavpils-bjc-jauniba_2024-2025.docx").read_bytes()

FAST = settings(max_examples=300, deadline=timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=60, deadline=timedelta(seconds=10), suppress_health_check=[HealthCheck.too_slow])


def _split(lines):
    try:
        from loaders.split import split_sections
    except ImportError:  # the splitter is optional for the readers' fuzzing
        return
    split_sections(lines)


def _check(reader, data: bytes) -> None:
    try:
        lines = reader(data)
    except ReportError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert all(isinstance(ln, Line) for ln in lines)
    _split(lines)


WORD = st.text(alphabet="aāčēģbcdeīķļņšūž0123456789%,.()-–", min_size=1, max_size=12)
LAYOUT_LINE = st.lists(st.tuples(st.integers(0, 30), WORD), min_size=1, max_size=6).map(
    lambda parts: "".join(" " * gap + word for gap, word in parts))


@FAST
@given(st.binary(max_size=4000))
def test_text_reader_on_any_bytes(data):
    _check(read_text, data)
    sniff_format(data)


@FAST
@given(st.lists(LAYOUT_LINE, min_size=1, max_size=60), st.booleans())
def test_text_reader_on_layout_like_text(lines, form_feeds):
    text = "\n".join(("\f" if form_feeds and i % 17 == 16 else "") + ln for i, ln in enumerate(lines))
    _check(read_text, text.encode("utf-8"))


def _mutate(data: bytes, edits, keep_head: int, keep_tail: int) -> bytes:
    buf = bytearray(data)
    span = len(buf) - keep_head - keep_tail
    for position, value in edits:
        buf[keep_head + position % span] = value
    return bytes(buf)


@SLOW
@given(st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=40))
def test_docx_reader_on_mutated_docx(edits):
    _check(read_docx, _mutate(DOCX, edits, 4, 0))


@SLOW
@given(st.binary(max_size=3000))
def test_docx_reader_on_zip_header_and_noise(noise):
    _check(read_docx, b"PK\x03\x04" + noise)


@SLOW
@given(st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=40))
def test_pdf_reader_on_mutated_pdf(edits):
    _check(read_pdf, _mutate(PDF, edits, 16, 32))


@SLOW
@given(st.binary(max_size=3000))
def test_pdf_reader_on_header_noise_trailer(noise):
    _check(read_pdf, b"%PDF-1.7\n" + noise + b"\n%%EOF\n")


def test_small_valid_docx_still_reads():
    d = docx.Document()
    d.add_paragraph("1.1. Izglītojamo skaits")
    out = io.BytesIO()
    d.save(out)
    assert read_docx(out.getvalue())[0].text == "1.1. Izglītojamo skaits"
