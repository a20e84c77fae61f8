"""PDF reader: each page's text lines and ruled tables, in reading order, as `Line`s.

PDFium (through pypdfium2) opens the document and hands over each page's characters with their
boxes and its path objects; loaders.read.pdf_page rebuilds words, lines and ruled tables from them
(words split at gaps, lines by baseline, tables from the rules by pdfplumber's table-finding rules)
and this module strings the pages together.

Why PDFium, not pdfplumber (the reader before): pdfplumber parses PDF in pure Python (pdfminer),
about 50-70 ms a page, plus some 80 ms to import it in every reader child process. Measured:
- Same result: the Lines are identical to the pdfplumber reader's on both pdf-2024-25 fixtures, on
  12 LibreOffice variants of them (DejaVu Sans, Liberation Sans 9 pt and Narrow, 0.25 to 1.5 pt
  borders, a shaded header row, landscape, tables without side or without outer borders), on the two
  blind PDF reports of the dev set (heavy outer frames, header cells merged over two rows), on 80 more
  LibreOffice PDFs of generated reports, and on reportlab PDFs (stroked grids, spans, repeated header
  rows, a table in a form XObject, a scaled text matrix). F1 on pdf-2024-25: 1.000, as before.
- Better in two places. Words a producer places apart without a space character, as cairo does
  (case pdf-cairo-2024-25): pdfplumber's fixed 3-point gap glued them ("Stāvāiela41,", F1 0.967);
  a gap of a fifth of the font size splits them here (F1 1.000: the cairo PDF reads exactly like the
  LibreOffice one it was made from). Turned text (a header cell written bottom to top): pdfplumber
  gave it reversed ("esalK"), here it reads along its direction ("Klase"). No measured case needs
  pdfplumber, so it is no longer a dependency.
- Speed, one core, CPU time per page (median of 15 reads of read_pdf in process, 2026-11, a busy
  2-core machine): 3.7-4.6 ms on the 26 fixture pages (pdf-2024-25, pdf-cairo-2024-25; up to 2,400
  characters a page; 3.3 ms wall time when the machine was quiet), 5.2-6.3 ms on the dense blind-set
  pages (2,700-3,900 characters); pdfplumber 54-58 and 76-97 ms on the same pages. Through
  read_document, with the child process (benchmarks/ingest.py on the fixture pages): 5.4 ms a page
  (pdfplumber 71.6); the whole ingest 6.8 ms a page (73.4).

Why not poppler's `pdftotext -layout` + loaders.read.layout: it loses the cell borders, and the layout
heuristics must guess them back; on the fixtures it scores 0.989 (two exam cells glued: "nenokārtoja
33% 45%."). layout.py stays for text that arrives already converted by pdftotext.

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
  truncated (no %%EOF marker near the end), damaged (PDFium cannot load it, or fails on a page), no
  pages, more than MAX_PDF_PAGES pages, a page with more than MAX_PDF_CHARS_PER_PAGE characters.

This module does not look for sections or values, and does not read text from images (a scanned page
gives no Lines). Tables drawn without rules (no side or inner borders) come out as text lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pypdfium2.raw as pdfium_c

from loaders.errors import ReportError
from loaders.model import Line
from loaders.read.limits import MAX_PDF_CHARS_PER_PAGE, MAX_PDF_PAGES
from loaders.read.pdf_page import PageContent, PageTable, read_page

_PAGE_NUMBER = re.compile(r"^(?:(?:lapa|page|lpp\.?)\s*)?\d{1,4}(?:\s*(?:/|no|of)\s*\d{1,4})?\.?$", re.IGNORECASE)
_EOF_WINDOW = 2048
_LOAD_ERRORS = {pdfium_c.FPDF_ERR_FILE: "it could not be opened", pdfium_c.FPDF_ERR_FORMAT: "not PDF or corrupted"}


def read_pdf(data: bytes) -> list[Line]:
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise ReportError("the PDF is truncated (it has no end-of-file marker)")
    document = _open(data)
    try:
        return _read_pages(document)
    except (ReportError, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - whatever a damaged file sets off is one clear line
        raise ReportError(f"the PDF is damaged and cannot be read ({type(exc).__name__})") from exc
    finally:
        pdfium_c.FPDF_CloseDocument(document)


def _open(data: bytes):
    """PDFium's handle of the document opened with the empty password (PDFium reads from `data`, which
    the caller keeps alive); ReportError if it is locked or cannot be loaded."""
    document = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)
    if document:
        return document
    error = pdfium_c.FPDF_GetLastError()
    if error == pdfium_c.FPDF_ERR_PASSWORD:
        raise ReportError("the PDF is password-protected")
    if error == pdfium_c.FPDF_ERR_SECURITY:
        raise ReportError("the PDF is encrypted with a security handler that cannot be read")
    raise ReportError(f"the PDF is damaged and cannot be read ({_LOAD_ERRORS.get(error, 'unknown error')})")


def _read_pages(document) -> list[Line]:
    pages = pdfium_c.FPDF_GetPageCount(document)
    if pages <= 0:
        raise ReportError("the PDF has no pages")
    if pages > MAX_PDF_PAGES:
        raise ReportError(f"the PDF has {pages} pages, over the {MAX_PDF_PAGES}-page limit")
    reader = _Reader()
    for number in range(1, pages + 1):
        reader.page(number, _read_page(document, number))
    return reader.finish()


def _read_page(document, number: int) -> PageContent:
    page = pdfium_c.FPDF_LoadPage(document, number - 1)
    if not page:
        raise ReportError(f"page {number} of the PDF is damaged and cannot be read")
    try:
        return read_page(page, number, MAX_PDF_CHARS_PER_PAGE)
    finally:
        pdfium_c.FPDF_ClosePage(page)


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
    table: PageTable | None = None


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

    def page(self, number: int, content: PageContent) -> None:
        blocks = [_Block(top=t.top, table=t) for t in content.tables]
        blocks.extend(_Block(top=top, texts=[text]) for top, text in content.lines)
        blocks.sort(key=lambda b: b.top)
        kept = [b for b in blocks if b.table is not None or not _PAGE_NUMBER.match(b.texts[0])]

        self.line_no = 0
        for block in blocks:
            if block.table is None:
                if block in kept:
                    self._flush()
                self.line_no += 1
                self.lines.append(Line(text=block.texts[0], no=self.line_no, prefix=f"p{number}:", page=number))
                continue
            first, last = block is kept[0], block is kept[-1]
            self._table(block.table, number, may_continue=first, ends_page=last)
        if not (kept and kept[-1].table is not None):
            self.open_table = None

    def _table(self, table: PageTable, page_no: int, may_continue: bool, ends_page: bool) -> None:
        rows = [r for r in table.rows if any(r_cell for r_cell in r)]
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

