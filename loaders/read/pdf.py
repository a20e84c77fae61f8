"""PDF reader: each page's text lines and ruled tables, in reading order, as `Line`s.

Why pdfplumber (not poppler's `pdftotext -layout` + loaders.read.layout): on the fixture PDFs
(tests/cases/*-pdf, Word tables converted by LibreOffice) pdfplumber's ruling-line table finder
recovers every cell exactly, merged cells included, so each cell's lines come out separately and
never glued to a neighbour; `pdftotext -layout` loses the cell borders and the layout heuristics must
guess them back. Measured on the two 2024/25 fixtures (13 pages): through the same extractors, the
pdfplumber reader scores F1 1.000 against gold, pdftotext -layout + layout.py 0.989 (two exam cells
lost where pdftotext glued neighbouring cells with one space: "nenokārtoja 33% 45%."). pdftotext is
faster (about 3 ms per page against about 50 ms), which at a few dozen pages per report does not
matter; pdfplumber is also a pinned Python dependency, while poppler would be one more system
package in CI. layout.py stays for text that arrives already converted by pdftotext.

- Every Line has `prefix="p{page}:"`, `unit="L"`, `page` set and `no` = its line number on the page
  (1-based, counting text lines and table-cell lines in the order emitted).
- Text outside tables: one Line per text line, ordered top to bottom, interleaved with the tables by
  their top edge.
- Tables: cells in row-major order, each cell's text lines as separate Lines with `table` (1-based in
  the document), `row` (1-based, continuing across pages) and `col` (1-based grid column) set; a
  merged cell is emitted once. A table that starts a page, with nothing but a page number between it
  and a table of the same column count that ended the previous page, continues that table; a header
  row Word repeated on the new page is dropped, and a first row whose filled columns are a strict
  subset of the previous page's last row's is that row split by the page break (same row number).
- Refused with ReportError: password-protected (a PDF that opens with the empty password is read),
  truncated (no %%EOF marker near the end), damaged beyond parsing, more than MAX_PDF_PAGES pages.

This module does not look for sections or values.
"""
from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field

from loaders.errors import ReportError
from loaders.model import Line, clean_text
from loaders.read.limits import MAX_PDF_CHARS_PER_PAGE, MAX_PDF_PAGES

_PAGE_NUMBER = re.compile(r"^(?:(?:lapa|page|lpp\.?)\s*)?\d{1,4}(?:\s*(?:/|no|of)\s*\d{1,4})?\.?$", re.IGNORECASE)
_EOF_WINDOW = 2048

for _noisy in ("pdfminer", "pypdf"):
    logging.getLogger(_noisy).setLevel(logging.ERROR)


def read_pdf(data: bytes) -> list[Line]:
    _check_structure(data)
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        with pdfplumber.open(io.BytesIO(data), password="") as pdf:
            reader = _Reader()
            for number, page in enumerate(pdf.pages, start=1):
                reader.page(number, page)
                page.close()  # drop the page's cached objects
            return reader.finish()
    except ReportError:
        raise
    except PDFPasswordIncorrect as exc:
        raise ReportError("the PDF is password-protected") from exc
    except Exception as exc:  # pdfminer raises many kinds on damaged input
        raise ReportError(f"the PDF is damaged and cannot be read ({type(exc).__name__})") from exc


def _check_structure(data: bytes) -> None:
    """Cheap checks with pypdf before the slow parse: truncation, password, page count."""
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise ReportError("the PDF is truncated (it has no end-of-file marker)")
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReportError("the PDF is password-protected")
        pages = len(reader.pages)
    except ReportError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError,
            NotImplementedError, OSError) as exc:
        if "password" in str(exc).lower() or "decrypt" in str(exc).lower():
            raise ReportError("the PDF is password-protected") from exc
        raise ReportError(f"the PDF is damaged and cannot be read ({type(exc).__name__})") from exc
    if pages == 0:
        raise ReportError("the PDF has no pages")
    if pages > MAX_PDF_PAGES:
        raise ReportError(f"the PDF has {pages} pages, over the {MAX_PDF_PAGES}-page limit")


@dataclass
class _OpenTable:
    index: int
    columns: int
    rows: int
    header: tuple[str, ...]
    last_filled: frozenset = frozenset()  # columns with text in the last row seen


@dataclass
class _Block:
    top: float
    texts: list[str] = field(default_factory=list)  # a text line: one entry
    table: object | None = None


class _Reader:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.tables = 0
        self.open_table: _OpenTable | None = None  # the table that ended the previous page
        # the last row of a table that ends a page, held back until we know whether the next page
        # carries on the same row (a row split by the page break is emitted as one row, cell by cell)
        self.pending: dict[int, list[Line]] | None = None

    def finish(self) -> list[Line]:
        self._flush()
        return self.lines

    def _flush(self) -> None:
        if self.pending:
            for col in sorted(self.pending):
                self.lines.extend(self.pending[col])
        self.pending = None

    def page(self, number: int, page) -> None:
        if len(page.chars) > MAX_PDF_CHARS_PER_PAGE:
            raise ReportError(f"page {number} of the PDF holds {len(page.chars)} characters, over the "
                              f"{MAX_PDF_CHARS_PER_PAGE} limit")
        tables = page.find_tables()
        blocks = [_Block(top=t.bbox[1], table=t) for t in tables]
        boxes = [t.bbox for t in tables]
        outside = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes))
        for text_line in outside.extract_text_lines(return_chars=False):
            text = clean_text(text_line["text"])
            if text:
                blocks.append(_Block(top=text_line["top"], texts=[text]))
        blocks.sort(key=lambda b: b.top)
        content = [b for b in blocks if b.table is not None or not _PAGE_NUMBER.match(b.texts[0])]

        self.line_no = 0
        for block in blocks:
            if block.table is None:
                if block in content:
                    self._flush()
                self.line_no += 1
                self.lines.append(Line(text=block.texts[0], no=self.line_no, prefix=f"p{number}:", page=number))
                continue
            first, last = block is content[0], block is content[-1]
            self._table(block.table, number, may_continue=first, ends_page=last)
        if not (content and content[-1].table is not None):
            self.open_table = None

    def _table(self, table, page_no: int, may_continue: bool, ends_page: bool) -> None:
        rows = [[None if cell is None else [t for t in (clean_text(x) for x in cell.split("\n")) if t]
                 for cell in row] for row in table.extract()]
        rows = [r for r in rows if any(r_cell for r_cell in r)]
        if not rows:
            return
        columns = max(len(r) for r in rows)
        header = _row_key(rows[0])
        opened = self.open_table
        split_row = False
        if may_continue and opened is not None and opened.columns == columns:
            if header == opened.header:
                rows = rows[1:]  # the header row repeated on the new page
            current = opened
            split_row = bool(rows) and self.pending is not None and _filled(rows[0]) < opened.last_filled
        else:
            self.tables += 1
            current = _OpenTable(self.tables, columns, 0, header)
        if not split_row:
            self._flush()
        for n, row in enumerate(rows):
            if not (n == 0 and split_row):
                current.rows += 1
            current.last_filled = _filled(row)
            cells: dict[int, list[Line]] = {}
            for col, cell in enumerate(row, start=1):
                for text in cell or ():
                    self.line_no += 1
                    cells.setdefault(col, []).append(
                        Line(text=text, no=self.line_no, prefix=f"p{page_no}:", page=page_no,
                             table=current.index, row=current.rows, col=col))
            if n == 0 and split_row:
                for col, lines in cells.items():
                    self.pending.setdefault(col, []).extend(lines)
                cells, self.pending = self.pending, None
            if ends_page and n == len(rows) - 1:
                self.pending = cells
            else:
                self.pending = cells
                self._flush()
        self.open_table = current


def _filled(row) -> frozenset:
    return frozenset(i for i, cell in enumerate(row) if cell)


def _row_key(row) -> tuple[str, ...]:
    return tuple(" ".join(cell or ()) for cell in row)


def _inside(obj, boxes) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)
