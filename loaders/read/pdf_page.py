"""One PDF page through PDFium: its text lines outside tables and its ruled tables, cell by cell.

What it does, for one page (PDFium's page handle, through pypdfium2's raw bindings):

- Characters: PDFium's text page gives each character its text and box (`FPDFText_GetLooseCharBox`:
  the left and right edge of its advance) and, once per run of characters whose box bottom stays
  the same, the baseline (`FPDFText_GetCharOrigin`) and the font size on the page
  (`FPDFText_GetFontSize` times the text matrix's vertical scale). A space character in the content
  stream marks the next character as starting a new word; the spaces PDFium generates itself are
  ignored (the gap rule below decides). PDFium's mark for a hyphen that ends a line becomes "-";
  control and format characters are dropped.
- Rules: every path object (also inside form XObjects) whose bounds are thin (at most RULE_WIDTH
  points across) is a rule along its centre line, stroked or filled (Word and LibreOffice draw cell
  borders as 1-point filled rectangles); any other path gives its straight axis-parallel segments (a
  stroked or filled rectangle: its four sides). `loaders.read.pdf_grid` makes tables of the rules.
- Cells: a character belongs to the table cell that holds the centre of its box (pdfplumber's box:
  from baseline minus font size to the baseline); a character inside a table but in no cell is
  dropped; the others are the page's running text.
- Lines: in each cell and in the running text, characters whose baselines follow each other within
  LINE_TOLERANCE of the font size form a line (a superscript stays on its line), read left to right;
  a new word starts at a space or where the gap to the previous character is wider than WORD_GAP of
  the font size; words are joined with one space. Turned text (a table header written bottom to top,
  say) is read the same way in its own direction, after the upright text of its cell.
- Result: `PageContent`: the running text's lines (each with its top) and the tables (each with its
  top and rows of cells, a cell being its lines, None where a merged cell covers the column).

- Tables with horizontal rules only: loaders.read.pdf_bands makes rows of the bands between the rules
  and columns of the gaps in their text; they come out as the ruled tables do. So does a frame with
  rules between its rows and none inside it (a ruled table of one column) where its text shows columns.

What it does not do: keep side-by-side text columns apart (a line runs across the page), find tables
without any rules, or join anything across pages (loaders.read.pdf does that). Speed comes from asking
PDFium as little as possible: one call per character for its box, through a ctypes prototype
without per-call argument conversion, and three more (origin, size, matrix) only where a run of
characters changes.
"""
from __future__ import annotations

import codecs
import ctypes
import math
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

from loaders.errors import ReportError
from loaders.model import clean_text
from loaders.read.pdf_bands import BandedTable, find_banded_tables
from loaders.read.pdf_grid import Box, Rule, Table, find_tables, merge_rules

RULE_WIDTH = 3.0        # a path at most this thick is a rule (pdfplumber snaps edges 3 pt apart into one)
WORD_GAP = 0.2          # a gap wider than this share of the font size splits words (a space is 0.25-0.28 em)
LINE_TOLERANCE = 0.4    # baselines this close (share of the font size) are one line; a superscript's is 0.33 em up
_MAX_FORM_DEPTH = 8     # form XObjects nested deeper than this are not searched for rules
_HYPHEN_MARKS = "\ufffe\x02"  # PDFium's stand-ins for a hyphen that ends a line
_AXIS = 0.5             # a path segment this close to horizontal or vertical counts as such
_MAX_SEGMENTS = 1000    # segments read from one path (a drawing's curves are not table rules)

# one character: left and right edge and baseline in its text's own frame (for upright text: top-down
# page coordinates), font size, text, whether a space came before it in the content stream, the point
# (x, y on the page) that places it in a table cell, and its text's reading direction (degrees, 0:
# upright). The point is the centre of pdfplumber's box for upright text (from baseline minus font
# size to the baseline), of PDFium's box for turned text.
Char = tuple[float, float, float, float, str, bool, float, float, int]

# FPDFText_GetLooseCharBox(text page, index, FS_RECTF*) without ctypes' per-call argument checks
# (half the cost of a call, and it is called once per character)
_GET_BOX = ctypes.CFUNCTYPE(ctypes.c_int)(ctypes.cast(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_void_p).value)


@dataclass
class PageTable:
    top: float
    rows: list[list[list[str] | None]]  # a row: one entry per grid column, a cell's text lines


@dataclass
class PageContent:
    lines: list[tuple[float, str]]  # text lines outside tables: (top, text)
    tables: list[PageTable]


def read_page(page, number: int, max_chars: int) -> PageContent:
    """Text lines and tables of one page (PDFium's page handle); ReportError over `max_chars`."""
    height = pdfium_c.FPDF_GetPageHeightF(page)
    textpage = pdfium_c.FPDFText_LoadPage(page)
    if not textpage:
        raise ReportError(f"the text of page {number} of the PDF cannot be read")
    try:
        count = pdfium_c.FPDFText_CountChars(textpage)
        if count > max_chars:
            raise ReportError(f"page {number} of the PDF holds {count} characters, over the {max_chars} limit")
        chars = page_chars(textpage, count, height)
    finally:
        pdfium_c.FPDFText_ClosePage(textpage)
    horizontal, vertical = page_rules(page, height)
    horizontal = merge_rules(horizontal)
    return layout(chars, find_tables(horizontal, merge_rules(vertical)), horizontal)


def layout(chars: list[Char], tables: list[Table], horizontal: list[Rule] = ()) -> PageContent:
    """Put characters into table cells or the page's running text, and make lines of each. Horizontal
    rules outside the ruled tables may make tables without vertical rules (loaders.read.pdf_bands), and
    so may the rows of a framed table with no vertical rules inside it (`_framed_bands`)."""
    tables, framed = _framed_bands(chars, tables)
    framed_boxes = [table.bbox for table in framed]
    in_cells: dict[Box, list[Char]] = {}
    outside: list[Char] = []
    boxes = [(table.bbox, table) for table in tables]
    for char in chars:
        x, y = char[6], char[7]
        if any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in framed_boxes):
            continue  # read in its framed table's cells
        for (x0, top, x1, bottom), table in boxes:
            if x0 <= x <= x1 and top <= y <= bottom:
                cell = table.cell_at(x, y)
                if cell is not None:  # in a table but in no cell (outside an irregular grid): dropped
                    in_cells.setdefault(cell, []).append(char)
                break
        else:
            outside.append(char)
    page_tables = [PageTable(top=table.bbox[1], rows=_rows(table, in_cells)) for table in tables]
    page_tables.extend(_banded_rows(table) for table in framed)
    banded = find_banded_tables(outside, list(horizontal), [t.bbox for t in tables] + framed_boxes, _baseline_groups)
    if banded:
        taken = {id(char) for table in banded for row in table.rows for cell in row for char in cell}
        outside = [char for char in outside if id(char) not in taken]
        page_tables.extend(_banded_rows(table) for table in banded)
    page_tables.sort(key=lambda t: t.top)
    return PageContent(lines=text_lines(outside), tables=page_tables)


def _framed_bands(chars: list[Char], tables: list[Table]) -> tuple[list[Table], list[BandedTable]]:
    """(the ruled tables to read by their cells, the framed ones read by their bands). A ruled table of
    one column (a frame and the rules between its rows, no vertical rule inside) whose rows' text leaves
    gutters is a table drawn with horizontal rules only inside a frame: its columns are the gutters, as
    loaders.read.pdf_bands finds them. One whose text shows no columns (a framed paragraph or list)
    stays as it is."""
    kept, framed = [], []
    for table in tables:
        if len({cell[0] for cell in table.cells}) > 1:
            kept.append(table)
            continue
        x0, top, x1, bottom = table.bbox
        inside = [char for char in chars if x0 <= char[6] <= x1 and top <= char[7] <= bottom]
        rules = [Rule(y, x0, x1) for y in sorted({y for cell in table.cells for y in (cell[1], cell[3])})]
        found = find_banded_tables(inside, rules, [], _baseline_groups)
        if len(found) == 1 and found[0].bbox[1] == top and found[0].bbox[3] == bottom:
            framed.append(found[0])
        else:
            kept.append(table)
    return kept, framed


def _banded_rows(table: BandedTable) -> PageTable:
    return PageTable(top=table.bbox[1], rows=[[[text for _, text in text_lines(cell)] for cell in row]
                                              for row in table.rows])


def _rows(table: Table, in_cells: dict[Box, list[Char]]) -> list[list[list[str] | None]]:
    out: list[list[list[str] | None]] = []
    lefts = sorted({cell[0] for cell in table.cells})
    header: list[Box] = []
    for row in table.rows:
        cells = [cell for cell in row if cell is not None]
        if len(cells) == 1 and len(header) >= 3 and cells[0][0] <= header[0][0] and cells[0][2] >= header[-1][2]:
            split = _split_body(in_cells.get(cells[0], []), header, lefts)
            if split is not None:
                out.extend(split)
                continue
        if len(cells) >= 3:
            header = cells
        out.append([None if cell is None else [text for _, text in text_lines(in_cells.get(cell, []))] for cell in row])
    return out


def _split_body(chars: list[Char], header: list[Box], lefts: list[float]) -> list[list[list[str] | None]] | None:
    """A body cell spanning a ruled header's columns (a frame around the table, rules only in its header):
    each line's words go to the header column they stand under, and a line with text in the first
    column, or in the last while the row has text there, opens a row. None where a word crosses a
    column's edge, text is turned, no line fills the first column, or it makes one row only (a
    heading or a note across the table): such a cell stays one cell."""
    if not chars or any(char[8] for char in chars):
        return None
    bounds = [cell[0] for cell in header[1:]]
    rows: list[list[list[Char]]] = []
    for line in _baseline_groups(chars):
        line.sort(key=_left)
        columns: list[list[Char]] = [[] for _ in header]
        word_col, right = None, None
        for char in line:
            col = bisect_right(bounds, char[6])
            new_word = right is None or char[5] or char[0] - right > WORD_GAP * char[3]
            if not new_word and col != word_col:
                return None  # a word across a column edge: the header's columns are not the body's
            if new_word and char[4].strip():
                word_col = col
            columns[col].append(char)
            right = char[1]
        if not rows or columns[0] or (columns[-1] and rows[-1][-1]):
            if not rows and not columns[0]:
                return None
            rows.append(columns)
        else:
            for col, found in enumerate(columns):
                rows[-1][col].extend(found)
    column_index = [lefts.index(cell[0]) if cell[0] in lefts else None for cell in header]
    if None in column_index or len(rows) < 2:
        return None   # one row: a heading or a note across the table, not a body to split
    out = []
    for row in rows:
        cells: list[list[str] | None] = [None] * len(lefts)
        for col, found in zip(column_index, row):
            cells[col] = [text for _, text in text_lines(found)]
        out.append(cells)
    return out


def text_lines(chars: list[Char]) -> list[tuple[float, str]]:
    """(top, text) for each line of these characters: upright text top to bottom, then each turned
    text's lines in its own reading order."""
    lines = []
    for group in _turn_groups(chars):
        for line in _baseline_groups(group):
            line.sort(key=_left)
            text = clean_text(" ".join(_words(line)))
            if text:
                lines.append((min([char[7] - char[3] / 2 for char in line]), text))
    return lines


def _turn_groups(chars: list[Char]) -> list[list[Char]]:
    """The characters by the direction of their text, upright text first."""
    upright = [char for char in chars if not char[8]]
    if len(upright) == len(chars):
        return [chars]
    groups: dict[int, list[Char]] = {0: upright}
    for char in chars:
        if char[8]:
            groups.setdefault(char[8], []).append(char)
    return [group for group in groups.values() if group]


def _left(char: Char) -> float:
    return char[0]


def _baseline(char: Char) -> float:
    return char[2]


def _baseline_groups(chars: list[Char]) -> list[list[Char]]:
    """Characters whose baselines follow each other within LINE_TOLERANCE of a font size."""
    groups: list[list[Char]] = []
    last_base, last_size = None, 0.0
    for char in sorted(chars, key=_baseline):
        base, size = char[2], char[3]
        if last_base is not None and base - last_base <= LINE_TOLERANCE * (size if size > last_size else last_size):
            groups[-1].append(char)
        else:
            groups.append([char])
        last_base, last_size = base, size
    return groups


def _words(line: list[Char]) -> list[str]:
    """The line's words: split at whitespace and at gaps over WORD_GAP of the font size."""
    words: list[list[str]] = []
    right = None
    for x0, x1, _, size, text, space, _x, _y, _turn in line:
        if right is None or space or x0 - right > WORD_GAP * size:
            words.append([text])
        else:
            words[-1].append(text)
        right = x1
    return ["".join(w) for w in words]


def page_chars(textpage, count: int, height: float) -> list[Char]:
    """The page's characters with their boxes, spaces folded into the next character's flag.

    One PDFium call per character (its box); the baseline and the font size are asked again only
    where the box's bottom moves (another line, font or size), since a run of characters on one
    baseline in one font shares them.
    """
    if count <= 0:
        return []
    text = _page_text(textpage, count)
    handle = ctypes.c_void_p(ctypes.cast(textpage, ctypes.c_void_p).value)
    box = pdfium_c.FS_RECTF()
    box_ref = ctypes.byref(box)
    is_generated = pdfium_c.FPDFText_IsGenerated
    chars: list[Char] = []
    space, last_bottom, base, size, turn = False, None, 0.0, 1.0, 0
    for index, ch in enumerate(text):
        if ch in _HYPHEN_MARKS:
            ch = "-"
        elif ch.isspace():
            space = space or not is_generated(textpage, index)
            continue
        elif not ch.isprintable() and unicodedata.category(ch) != "Co":
            continue  # control and format characters; private-use ones (Symbol-font bullets) are kept
        if not _GET_BOX(handle, index, box_ref):
            continue
        if box.bottom != last_bottom:
            last_bottom = box.bottom
            base, size, turn = _run(textpage, index, height)
        if turn:
            chars.append(_turned(box, height, base, size, ch, space, turn))
        else:
            chars.append((box.left, box.right, base, size, ch, space, (box.left + box.right) / 2, base - size / 2, 0))
        space = False
    return chars


def _run(textpage, index: int, height: float) -> tuple[float, float, int]:
    """For the run of characters from `index`: its baseline (top-down, across the reading direction),
    its font size on the page (the size set with Tf times the text matrix's vertical scale: cairo,
    for one, sets size 1 and scales the matrix) and its reading direction in whole degrees
    (0: upright, 90: top to bottom, -90: bottom to top)."""
    x, y, m = ctypes.c_double(), ctypes.c_double(), pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetCharOrigin(textpage, index, ctypes.byref(x), ctypes.byref(y))
    size = pdfium_c.FPDFText_GetFontSize(textpage, index)
    if not pdfium_c.FPDFText_GetMatrix(textpage, index, ctypes.byref(m)):
        m.a, m.b, m.c, m.d = 1.0, 0.0, 0.0, 1.0
    size = max(size * math.hypot(m.c, m.d), 1.0)
    turn = round(math.degrees(math.atan2(-m.b, m.a)))
    if turn == 0:
        return height - y.value, size, 0
    cos, sin = math.cos(math.radians(turn)), math.sin(math.radians(turn))
    return -x.value * sin + (height - y.value) * cos, size, turn


def _turned(box, height: float, base: float, size: float, ch: str, space: bool, turn: int) -> Char:
    """A character of turned text, its left and right measured along its reading direction."""
    cos, sin = math.cos(math.radians(turn)), math.sin(math.radians(turn))
    top, bottom = height - box.top, height - box.bottom
    along = [x * cos + y * sin for x in (box.left, box.right) for y in (top, bottom)]
    return (min(along), max(along), base, size, ch, space, (box.left + box.right) / 2, (top + bottom) / 2, turn)


def _page_text(textpage, count: int) -> str:
    """One character per text-page index: PDFium's text of the whole page in one call, or character
    by character where that text has another length (characters PDFium left out or added)."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, buffer)
    text = codecs.decode(memoryview(buffer)[:max(written - 1, 0)], "utf-16-le", "replace")
    if len(text) == count:
        return text
    return "".join(_char(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(count))


def _char(code: int) -> str:
    return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\ufffd"


# --- rules -----------------------------------------------------------------------------------------

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# where FPDFPageObj_GetBounds writes, made once (PDFium is not used from more than one thread)
_BOUND_VALUES = tuple(ctypes.c_float() for _ in range(4))
_BOUND_REFS = tuple(ctypes.byref(v) for v in _BOUND_VALUES)


class _Rules:
    """Rules found so far, in top-down coordinates."""

    def __init__(self, page_height: float) -> None:
        self.page_height = page_height
        self.horizontal: list[Rule] = []
        self.vertical: list[Rule] = []

    def add_bounds(self, left: float, bottom: float, right: float, top: float) -> bool:
        """A thin box (PDF coordinates) is a rule along its centre line; False if it is not thin."""
        if top - bottom <= RULE_WIDTH and right - left >= top - bottom:
            self.horizontal.append(Rule(self.page_height - (top + bottom) / 2, left, right))
        elif right - left <= RULE_WIDTH:
            self.vertical.append(Rule((left + right) / 2, self.page_height - top, self.page_height - bottom))
        else:
            return False
        return True

    def add_segment(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """A straight segment (PDF coordinates) is a rule if it runs along an axis."""
        if abs(y1 - y0) <= _AXIS < abs(x1 - x0):
            self.horizontal.append(Rule(self.page_height - (y0 + y1) / 2, min(x0, x1), max(x0, x1)))
        elif abs(x1 - x0) <= _AXIS < abs(y1 - y0):
            self.vertical.append(Rule((x0 + x1) / 2, self.page_height - max(y0, y1), self.page_height - min(y0, y1)))


def page_rules(page, page_height: float) -> tuple[list[Rule], list[Rule]]:
    """Horizontal and vertical rules (top-down coordinates) from the page's path objects."""
    rules = _Rules(page_height)
    count = pdfium_c.FPDFPage_CountObjects(page)
    _collect_rules([pdfium_c.FPDFPage_GetObject(page, i) for i in range(max(count, 0))], None, rules, 0)
    return rules.horizontal, rules.vertical


def _collect_rules(objects, form: Matrix | None, rules: _Rules, depth: int) -> None:
    """Rules from path objects, descending into form XObjects (`form`: their matrix to the page)."""
    for obj in objects:
        if not obj:
            continue
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            bounds = _bounds(obj, form)
            if bounds is not None and not rules.add_bounds(*bounds):
                for segment in _segments(obj, _compose(_matrix(obj), form)):
                    rules.add_segment(*segment)
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < _MAX_FORM_DEPTH:
            count = pdfium_c.FPDFFormObj_CountObjects(obj)
            children = [pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(max(count, 0))]
            _collect_rules(children, _compose(_matrix(obj), form), rules, depth + 1)


def _bounds(obj, form: Matrix | None) -> tuple[float, float, float, float] | None:
    """The object's bounds on the page: left, bottom, right, top."""
    if not pdfium_c.FPDFPageObj_GetBounds(obj, *_BOUND_REFS):
        return None
    left, bottom, right, top = (v.value for v in _BOUND_VALUES)
    if form is None:
        return left, bottom, right, top
    xs, ys = zip(*(_apply(form, x, y) for x in (left, right) for y in (bottom, top)))
    return min(xs), min(ys), max(xs), max(ys)


def _segments(obj, matrix: Matrix):
    """The straight segments of a path on the page (x0, y0, x1, y1), up to _MAX_SEGMENTS of them."""
    x, y = ctypes.c_float(), ctypes.c_float()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    start = previous = None
    for i in range(min(pdfium_c.FPDFPath_CountSegments(obj), _MAX_SEGMENTS)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        if not segment or not pdfium_c.FPDFPathSegment_GetPoint(segment, x_ref, y_ref):
            continue
        point = _apply(matrix, x.value, y.value)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO and previous is not None:
            yield (*previous, *point)
        if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None and point != start:
            yield (*point, *start)
        previous = point


def _matrix(obj) -> Matrix:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner: Matrix, outer: Matrix | None) -> Matrix:
    """The matrix that applies `inner`, then `outer` (None: nothing more)."""
    if outer is None:
        return inner
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]
