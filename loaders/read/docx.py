"""DOCX reader: body paragraphs and tables in document order, as `Line`s.

Walks word/document.xml itself rather than python-docx's `.paragraphs`/`.tables`, because those drop
text inside content controls (w:sdt) and lose the interleaving of paragraphs and tables.

- Body paragraph: one Line per paragraph (a manual line break w:br starts a new Line with the same
  number), `unit="P"`, `no` = index of the body paragraph (1-based; empty paragraphs count but
  give no Line).
- Table cell: `prefix="t{table}:"`, `unit="r"`, `no` = row (1-based); `table`/`row`/`col` set, `col`
  being the cell's first grid column (1-based, gridBefore and gridSpan respected). Each paragraph of a
  cell is its own Line; cells come in row-major order. A horizontally merged cell (gridSpan) is
  emitted once; vertical-merge continuation cells (w:vMerge without val="restart") are skipped.
- Nested tables: their cells' paragraphs are emitted in row-major order as lines of the outer cell
  (same table/row/col), the way Tika writes them inside the cell.
- Text boxes (w:txbxContent) become Lines after the paragraph that anchors them; the mc:Fallback copy
  of drawing content, deleted text, field instructions, headers, footers and notes are not read.

Zip expansion is bounded (limits.MAX_ZIP_*) before any XML is parsed, and so is the number of
paragraphs (limits.MAX_DOCX_PARAGRAPHS, counted in the bytes: millions of tiny paragraphs would cost
gigabytes as a tree); the XML parser does not resolve entities or load DTDs. This module does not look for sections or values.
"""
from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from loaders.errors import ReportError
from loaders.model import Line, clean_text
from loaders.read.limits import MAX_DOCX_PARAGRAPHS, MAX_ZIP_MEMBER_BYTES, MAX_ZIP_MEMBERS, MAX_ZIP_TOTAL_BYTES

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_DOCUMENT_PART = "word/document.xml"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = map(_w, ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
_CUSTOM_XML, _SMART_TAG = _w("customXml"), _w("smartTag")
_WRAPPERS = {_SDT, _SDT_CONTENT, _CUSTOM_XML, _SMART_TAG, f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice"}
_TXBX = _w("txbxContent")
_FALLBACK = f"{{{MC}}}Fallback"


def read_docx(data: bytes) -> list[Line]:
    xml = _document_xml(data)
    paragraphs = xml.count(b"<w:p>") + xml.count(b"<w:p ")
    if paragraphs > MAX_DOCX_PARAGRAPHS:  # counted in the bytes, before a tree of them is built
        raise ReportError(f"the DOCX has {paragraphs:,} paragraphs, over the {MAX_DOCX_PARAGRAPHS:,} limit "
                          f"(a report has a few thousand)")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(xml, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ReportError(f"the DOCX is damaged: its document part is not valid XML ({exc.msg})") from exc
    body = root.find(_w("body"))
    if body is None:
        raise ReportError("the DOCX has no document body")
    return _Walker().body(body)


def _document_xml(data: bytes) -> bytes:
    """The main document part, with the zip's declared and actual expansion bounded."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ReportError("the file is named or looks like a DOCX but is not a valid zip archive") from exc
    except NotImplementedError as exc:  # a zip feature Python cannot read, e.g. a newer zip version
        raise ReportError(f"the DOCX uses a zip format that cannot be read ({exc})") from exc
    if len(members) > MAX_ZIP_MEMBERS:
        raise ReportError(f"the DOCX has {len(members)} parts, over the {MAX_ZIP_MEMBERS} limit")
    total = sum(m.file_size for m in members)
    if total > MAX_ZIP_TOTAL_BYTES:
        raise ReportError(f"the DOCX would expand to {total // 2**20} MiB, over the "
                          f"{MAX_ZIP_TOTAL_BYTES // 2**20} MiB limit")
    try:
        info = archive.getinfo(_DOCUMENT_PART)
    except KeyError as exc:
        raise ReportError("the zip has no word/document.xml: it is not a DOCX") from exc
    if info.file_size > MAX_ZIP_MEMBER_BYTES:
        raise ReportError(f"the DOCX text part would expand to {info.file_size // 2**20} MiB, over the "
                          f"{MAX_ZIP_MEMBER_BYTES // 2**20} MiB limit")
    try:
        with archive.open(info) as fh:
            # the declared size can lie: never read more than the limit, whatever the header says
            xml = fh.read(MAX_ZIP_MEMBER_BYTES + 1)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError, EOFError, OSError,
            RuntimeError, ValueError) as exc:
        raise ReportError(f"the DOCX is damaged: its document part cannot be unpacked ({exc})") from exc
    if len(xml) > MAX_ZIP_MEMBER_BYTES:
        raise ReportError(f"the DOCX text part expands past the {MAX_ZIP_MEMBER_BYTES // 2**20} MiB limit")
    return xml


class _Walker:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.paragraph_no = 0
        self.table_no = 0

    # --- body -------------------------------------------------------------------------------------
    def body(self, element) -> list[Line]:
        for child in element:
            tag = child.tag
            if tag == _P:
                self.paragraph_no += 1
                for text in _paragraph_texts(child):
                    self.lines.append(Line(text=text, no=self.paragraph_no, unit="P"))
            elif tag == _TBL:
                self.table_no += 1
                self._table(child, self.table_no)
            elif tag in _WRAPPERS:
                self.body(child)
        return self.lines

    # --- tables -----------------------------------------------------------------------------------
    def _table(self, table, table_no: int) -> None:
        for row_no, row in enumerate(_children(table, _TR), start=1):
            for col, cell in _cells(row):
                for text in _cell_texts(cell):
                    self.lines.append(Line(text=text, no=row_no, unit="r", prefix=f"t{table_no}:",
                                           table=table_no, row=row_no, col=col))


def _children(element, tag: str):
    """Direct children with `tag`, looking through content-control and custom-XML wrappers."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


def _cells(row):
    """(first grid column, cell) for each cell that starts here: vMerge continuations skipped."""
    col = 1 + _int_val(row.find(f"{_w('trPr')}/{_w('gridBefore')}"), 0)
    for cell in _children(row, _TC):
        props = cell.find(_w("tcPr"))
        span = _int_val(props.find(_w("gridSpan")) if props is not None else None, 1)
        vmerge = props.find(_w("vMerge")) if props is not None else None
        continuation = vmerge is not None and vmerge.get(_w("val"), "continue") != "restart"
        if not continuation:
            yield col, cell
        col += max(span, 1)


def _int_val(element, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(_w("val"), default))
    except ValueError:
        return default


def _cell_texts(cell) -> list[str]:
    """Each paragraph of a cell (and of tables nested in it), in order."""
    texts: list[str] = []
    for child in cell:
        if child.tag == _P:
            texts.extend(_paragraph_texts(child))
        elif child.tag == _TBL:
            for row in _children(child, _TR):
                for _col, inner in _cells(row):
                    texts.extend(_cell_texts(inner))
        elif child.tag in _WRAPPERS:
            texts.extend(_cell_texts(child))
    return texts


# --- paragraphs -----------------------------------------------------------------------------------
_T, _TAB, _BR, _CR, _NBH, _SOFT_HYPHEN = map(_w, ("t", "tab", "br", "cr", "noBreakHyphen", "softHyphen"))


def _paragraph_texts(paragraph) -> list[str]:
    """The paragraph's text split at manual line breaks, then the text of any text boxes it anchors."""
    pieces: list[str] = []
    boxes: list = []
    _collect(paragraph, pieces, boxes)
    texts = [t for t in (clean_text(part) for part in "".join(pieces).split("\n")) if t]
    for box in boxes:
        texts.extend(_cell_texts(box))
    return texts


def _collect(element, pieces: list[str], boxes: list) -> None:
    for child in element:
        tag = child.tag
        if tag == _T:
            pieces.append(child.text or "")
        elif tag == _TAB:
            pieces.append(" ")
        elif tag in (_BR, _CR):
            if child.get(_w("type")) not in ("page", "column"):
                pieces.append("\n")
            else:
                pieces.append(" ")
        elif tag == _NBH:
            pieces.append("-")
        elif tag == _TXBX:
            boxes.append(child)
        elif tag == _FALLBACK or tag == _P:
            continue
        elif isinstance(tag, str):
            _collect(child, pieces, boxes)
