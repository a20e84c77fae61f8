"""Tables in `pdftotext -layout` text: find them by column gutters and give each cell its own Line.

pdftotext -layout keeps a page's geometry: a table row is one text line with runs of spaces between
the cells, and a cell that wraps continues on the next lines at the same column. Read line by line,
those lines interleave the cells. This module:

- `looks_like_layout(text)`: layout output has few blank lines (Tika writes a blank line after every
  line) and several lines with a run of 3+ spaces between words. Tika-style text is never touched.
- `rebuild_tables(raw_lines, lines)`: finds table regions (consecutive lines whose text sits in
  columns separated by gutters), cuts each line into chunks at runs of 2+ spaces, puts each chunk in
  the column it starts in, groups lines into rows and emits each row's cells in column order: one
  Line per cell, its wrapped lines joined (`LV-` + `5401` -> `LV-5401`), `no` = the file line the cell
  starts on, `table`/`row`/`col` set. Lines outside tables pass through unchanged.

Rows: the "anchor" column is the first where it holds nothing but row numbers (`1.`, `1.1.`), else
the one with text on the fewest lines (a count, a status, a number);
a line with text in it starts a new row unless that text carries on the anchor text of the line
above (starts lower case or with "(", or the line above ends mid-phrase); a line with a bare number
in a column whose cell in the current row already ends in one also starts a row (`Kopā 246 256`
under a row's counts, its anchor cell empty). A table continued after a
page break (form feed) with the same columns keeps its table number and row count; a header row
repeated there is dropped. A row split by a page break is not re-joined (the PDF reader does that).
This module does not look for sections or values.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from loaders.model import Line, clean_text
from loaders.textnorm import join_lines

_GAP = re.compile(r"\S( {3,})(?=\S)")
_CHUNK = re.compile(r"\S+(?: \S+)*")
_BARE_VALUE = re.compile(r"^[\d\s.,%–—-]+$")
_PAGE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
_MIN_COLUMN_WIDTH = 4


def looks_like_layout(text: str) -> bool:
    raw = text.replace("\r\n", "\n").split("\n")
    nonblank = [ln for ln in raw if ln.strip()]
    if len(nonblank) < 8:
        return False
    blank_share = 1 - len(nonblank) / max(len(raw), 1)
    gapped = sum(1 for ln in nonblank if _GAP.search(ln.strip("\f")))
    return blank_share < 0.35 and gapped >= 3


@dataclass
class _Region:
    start: int                 # index into raw lines
    end: int                   # exclusive
    columns: list[tuple[int, int]] = field(default_factory=list)


def rebuild_tables(raw_lines: list[str], lines: list[Line]) -> list[Line]:
    """`raw_lines`: the file's lines (index i is file line i+1); `lines`: read_text's Lines for them."""
    page_breaks = {i for i, ln in enumerate(raw_lines) if ln.startswith("\f")}
    raw = [ln.lstrip("\f").replace("\t", "    ") for ln in raw_lines]
    regions = _find_regions(raw, page_breaks)
    if not regions:
        return lines
    tables: list[list[dict]] = []            # per table: rows (col -> [(file line no, text)])
    first_region_of: dict[int, int] = {}     # region start (file line no) -> table index (0-based)
    region_at: dict[int, int] = {}           # file line no -> region start
    previous, header_lines, anchor = None, [], 1
    for region in regions:
        continued = (previous is not None and len(previous.columns) == len(region.columns)
                     and any(previous.end <= k <= region.start for k in page_breaks)
                     and _only_noise_between(raw, previous.end, region.start))
        start = region.start
        if continued:
            # drop a header Word repeated on the new page, line by line
            k = 0
            while (k < len(header_lines) and start + k < region.end
                   and _words(raw[start + k]) == header_lines[k]):
                k += 1
            region = _Region(start + k, region.end, region.columns)
            rows, _ = _rows(raw, region, anchor)
            if rows and rows[0].pop(0, None) is not None:
                # the page broke inside a row: its first lines carry on the last row of the last page
                carry = rows.pop(0)
                for col, pieces in carry.items():
                    tables[-1][-1].setdefault(col, []).extend(pieces)
            tables[-1].extend(rows)
        else:
            rows, anchor = _rows(raw, region)
            tables.append(rows)
            first_region_of[start + 1] = len(tables) - 1
            header_lines = [_words(raw[i]) for i in range(start, region.end)][:_row_height(rows[0]) if rows else 0]
        for no in range(start + 1, region.end + 1):
            region_at[no] = start + 1
        previous = region
    by_no = {ln.no: ln for ln in lines}
    result: list[Line] = []
    emitted: set[int] = set()
    for line in lines:
        start = region_at.get(line.no)
        if start is None:
            result.append(line)
        elif start in first_region_of and start not in emitted:
            emitted.add(start)
            index = first_region_of[start]
            result.extend(_cell_lines(tables[index], index + 1, by_no))
    return result


def _cell_lines(rows: list[dict], table_no: int, by_no: dict[int, Line]) -> list[Line]:
    out: list[Line] = []
    for row_no, row in enumerate(rows, start=1):
        for col in sorted(c for c in row if c):
            first_no = row[col][0][0]
            text = clean_text(join_lines(piece for _, piece in row[col]))
            if text:
                template = by_no.get(first_no) or Line(text="", no=first_no)
                out.append(replace(template, text=text, table=table_no, row=row_no, col=col, is_link=False))
    return out


def _row_height(row: dict) -> int:
    numbers = [no for pieces in row.values() for no, _ in pieces]
    return max(numbers) - min(numbers) + 1 if numbers else 0


def _words(line: str) -> tuple[str, ...]:
    return tuple(line.split())


def _only_noise_between(raw: list[str], end: int, start: int) -> bool:
    return all(not ln.strip() or _PAGE_NUMBER.match(ln) for ln in raw[end:start])


def _chunks(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) pieces separated by runs of 2+ spaces."""
    return [(m.start(), m.end(), m.group(0)) for m in _CHUNK.finditer(line)]


def _find_regions(raw: list[str], page_breaks: set[int]) -> list[_Region]:
    """Table regions: from a line with a 3+ space gap, on through lines that are gapped, indented
    (text only in a later column) or short enough to sit in the first column; ended by prose that
    crosses the columns, text left of the table's left edge, two blank lines or a page break."""
    regions: list[_Region] = []
    i, n = 0, len(raw)
    while i < n:
        chunks = _chunks(raw[i])
        if len(chunks) < 2 or not _GAP.search(raw[i].strip()):
            i += 1
            continue
        start, first_gutter, left_edge = i, chunks[1][0], chunks[0][0]
        j, gapped, blanks = i, 0, 0
        while j < n:
            if j > start and j in page_breaks:
                break
            chunks = _chunks(raw[j])
            if not chunks:
                blanks += 1
                if blanks > 1:
                    break
                j += 1
                continue
            if len(chunks) > 1 and _GAP.search(raw[j].strip()):
                gapped += 1
                first_gutter = min(first_gutter, chunks[1][0])
            elif not (chunks[0][0] >= 2 or chunks[-1][1] <= first_gutter):
                break  # prose crossing the table's columns: the table has ended
            elif chunks[0][0] < left_edge:
                break  # text left of the table's left edge: a heading or paragraph after it
            left_edge = min(left_edge, chunks[0][0])
            blanks = 0
            j += 1
        end = j
        # blank lines, and a page number closing the page, are not part of the table
        while end > start and (not raw[end - 1].strip() or (j in page_breaks and _PAGE_NUMBER.match(raw[end - 1]))):
            end -= 1
        if gapped >= 2:
            region = _Region(start, end, _columns(raw[start:end]))
            if len(region.columns) >= 2:
                regions.append(region)
                i = end
                continue
        i = max(j, i + 1)
    return regions


def _columns(lines: list[str]) -> list[tuple[int, int]]:
    """Column spans from where chunks start (text after a 2+ space run, or a line's first text): a
    position where at least two lines, and a twelfth of the region's lines, start a chunk opens a
    column; starts within two characters are one column. pdftotext sometimes glues neighbouring
    cells with a single space, so words, not chunks, are later put into columns."""
    starts: dict[int, int] = {}
    for ln in lines:
        for s, _e, _t in _chunks(ln):
            starts[s] = starts.get(s, 0) + 1
    nonblank = len([ln for ln in lines if ln.strip()])
    need = max(2, nonblank // 12)
    positions: list[int] = []
    for pos in sorted(starts):
        near = sum(starts.get(p, 0) for p in range(pos - 2, pos + 3))
        if near >= need and (not positions or pos - positions[-1] > 2):
            positions.append(pos)
    positions = _merge_jitter(positions, lines)
    # a "column" narrower than a short word is where centred header lines start a character or two left
    # of the cells below them: it belongs to the column on its right
    kept: list[int] = []
    for pos in positions:
        if kept and pos - kept[-1] < _MIN_COLUMN_WIDTH:
            here = sum(starts.get(p, 0) for p in range(pos, pos + 3))
            there = sum(starts.get(p, 0) for p in range(kept[-1], pos))
            if there > 2 * here:
                continue  # most cells start at the narrow column: the later start is header text
        kept.append(pos)
    positions = kept
    width = max((len(ln) for ln in lines), default=0)
    return [(pos, positions[i + 1] if i + 1 < len(positions) else width + 1)
            for i, pos in enumerate(positions)]


_JITTER = 6  # pdftotext places a cell's lines up to a few characters apart (centred or wrapped text)


def _merge_jitter(positions: list[int], lines: list[str]) -> list[int]:
    """Neighbouring column starts at most _JITTER characters apart that no line ever fills both of
    (a header cell's centred lines, a row pdftotext shifted by a few characters) are one column."""
    merged: list[int] = []
    previous = None
    for pos in positions:
        # a run of jittered starts (44, 47 after 40: a centred header cell's lines) joins the column it
        # runs on from, as long as no line fills both
        if merged and pos - previous <= _JITTER and not _both_filled(lines, merged[-1], pos):
            previous = pos
            continue
        merged.append(pos)
        previous = pos
    return merged


def _both_filled(lines: list[str], left: int, right: int) -> bool:
    """Some line has a chunk starting in [left, right) and another starting at right or within _JITTER after it."""
    for ln in lines:
        starts = [s for s, _e, _t in _chunks(ln)]
        if any(left <= s < right for s in starts) and any(right <= s <= right + _JITTER for s in starts):
            return True
    return False


def _column_of(columns: list[tuple[int, int]], start: int, end: int | None = None) -> int:
    """The column a word belongs to: the one holding most of its characters (pdftotext may start a
    cell's word a character or two left of the column), else the last column starting at or before it."""
    best = 1
    for idx, (s, _e) in enumerate(columns, start=1):
        if start >= s - 1:
            best = idx
    if end is not None:
        overlaps = [(min(end, e) - max(start, s), idx) for idx, (s, e) in enumerate(columns, start=1)]
        overlap, idx = max(overlaps)
        if overlap > (end - start) / 2:
            best = idx
    return best


def _rows(raw: list[str], region: _Region, anchor: int | None = None) -> tuple[list[dict], int]:
    """The region's lines grouped into rows (col -> [(file line no, text)]), and the anchor column
    used (given for a table's continuation on a new page, so both parts split rows alike)."""
    per_line: list[tuple[int, dict[int, str]]] = []
    for idx in range(region.start, region.end):
        cells: dict[int, str] = {}
        for m in re.finditer(r"\S+", raw[idx]):
            col = _column_of(region.columns, m.start(), m.end())
            cells[col] = f"{cells[col]} {m.group(0)}" if col in cells else m.group(0)
        if cells:
            per_line.append((idx + 1, cells))
    counts = {c: sum(1 for _, cells in per_line if c in cells) for c in range(1, len(region.columns) + 1)}
    candidates = [c for c, k in counts.items() if k >= 2] or list(counts)
    if anchor is None:
        anchor = 1 if _numbers_column(per_line) else min(candidates, key=lambda c: (counts[c], c))
    rows: list[dict[int, list[tuple[int, str]]]] = []
    previous_anchor: str | None = None
    for no, cells in per_line:
        text = cells.get(anchor)
        starts_row = not rows or (text is not None and not _continues(previous_anchor, text))
        # a cell holding a number does not wrap onto another number: a second one under it opens a row
        # (a totals row `Kopā 246 256` whose anchor cell is empty)
        starts_row = starts_row or any(_BARE_VALUE.match(piece) and rows[-1].get(col)
                                       and _BARE_VALUE.match(rows[-1][col][-1][1]) for col, piece in cells.items())
        if starts_row:
            # key 0 marks a first row that opens without anchor text (a row carried over a page break)
            rows.append({} if rows or text is not None else {0: []})
        for col, piece in cells.items():
            rows[-1].setdefault(col, []).append((no, piece))
        previous_anchor = text
    return rows, anchor


_ROW_NUMBER = re.compile(r"^(?:[1-9][0-9]?\.)+(?:[1-9][0-9]?)?$|^(?:NPK|Nr\.?(?: ?p\.? ?k\.?)?|N\.? ?p\.? ?k\.?)$", re.IGNORECASE)


def _numbers_column(per_line: list[tuple[int, dict[int, str]]]) -> bool:
    """The first column holds nothing but row numbers (`1.`, `1.1.`, a `NPK` header): rows open there."""
    texts = [cells[1] for _, cells in per_line if 1 in cells]
    return len(texts) >= 2 and all(_ROW_NUMBER.match(text) for text in texts)


def _continues(previous: str | None, text: str) -> bool:
    """The anchor text on this line carries on the anchor text of the line above."""
    if previous is None:
        return False
    if text[:1].islower() or text[:1] == "(":
        return True
    if _BARE_VALUE.match(previous):
        return False
    return previous[-1:].isalpha() or previous.endswith((",", "-", "/", "–"))
