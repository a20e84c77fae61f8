"""Tables in `pdftotext -layout` text: find them by column gutters and give each cell its own Line.

pdftotext -layout keeps a page's geometry: a table row is one text line with runs of spaces between
the cells, and a cell that wraps continues on the next lines at the same column. Read line by line,
those lines interleave the cells. This module:

- `looks_like_layout(text)`: layout output has few blank lines (Tika writes a blank line after every
  line) and several lines with a run of 3+ spaces between words. Tika-style text is never touched.
- `rebuild_tables(raw_lines, lines)`: finds table regions (consecutive lines whose text sits in
  columns separated by gutters), finds the columns where chunks (text between runs of 2+ spaces)
  start, puts each word in the column it overlaps most, groups lines into rows and emits each row's cells in column order: one
  Line per cell, its wrapped lines joined (`LV-` + `5401` -> `LV-5401`), `no` = the file line the cell
  starts on, `table`/`row`/`col` set. Lines outside tables pass through unchanged.

Columns: where chunks start on many lines. A multi-line header centres its words over their column,
so a start that only the header's lines open while the body rows' text runs across it is no column
(`_without_header_only_columns`); the header's words go to the column they overlap most.
pdftotext glues neighbouring cells with one space where their gap is narrow and places the glued words
by character count, a few characters left of their column: a number so glued that reaches the next
column's start (allowing for the shift seen earlier in the run) is that column's (`_glued_values`),
and a table line that came out with no gutter at all stays in the table where it carries on the
first column's text and the table's gutters go on right below it (`_glued_row`). A run of text that
crosses two or more columns' starts in a row where no line has text after a gutter in them is one
cell merged across those columns, a heading row (`_spanning_cells`).

Rows: the "anchor" column is the first where it holds nothing but row numbers (`1.`, `1.1.`) under
its header, else the one with text on the fewest lines (a count, a status, a number). Numbered: a
line with text in the anchor starts a new row unless that text carries on the anchor text of the
line above (starts lower case or with "(", or the line above ends mid-phrase); every row number
opens a row. Not numbered: the cells decide (`_cells_start_row`): where no column's text carries on,
a row starts where a column the row already holds opens again after a line it left empty, or where
the anchor opens a cell (also where its line above ended with room for this line's first word: not
wrapped, so a form's next row label); and where two columns open anew (after a gap, a finished
sentence, a `b)` item) and fewer carry on (a priority cell merged over two rows goes on beside the
next row's cells). A line with a number or dash in a column whose cell in the current row already
ends in a number also starts a row (`Kopā 246 256` under a row's counts, its anchor cell empty; not
a date's final dot wrapped onto a line of its own, nor a code wrapped beside a line broken off
mid-phrase), and so does a count under the header's words (`Skaits` / `7`). A table continued after
a page break (form feed) with the same columns keeps its table number and row count; a header row
repeated there is dropped, and a first row that carries on the last row of the page before (the page
broke inside it) is that row. This module does not look for sections or values.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from loaders.model import Line, clean_text
from loaders.textnorm import join_lines

_GAP = re.compile(r"\S( {3,})(?=\S)")
_CHUNK = re.compile(r"\S+(?: \S+)*")
_BARE_VALUE = re.compile(r"^[\d\s.,%–—-]+$")
_STACKED_VALUE = re.compile(r"^(?=.*[\d–—-])[\d\s.,%–—-]+$")   # a number or a dash, not a date's wrapped final dot
_COUNT = re.compile(r"^[1-9]\d{0,4}(?:[.,]\d+)?\s*%?$")   # `7`, `1250`, `12,5 %`; not a code, a date or a year span
_NUMBER_WORD = re.compile(r"^\(?[\d]+(?:[.,]\d+)?%?[.,;:)]*$")
# a page's number standing alone at its foot: `3`, `Lpp. 3`, `3. lpp.`, `3. lpp. no 9`, `3/9`, `- 3 -`
_PAGE_NUMBER = re.compile(r"^\s*(?:\d{1,4}|(?:lpp|lappuse)\.?\s*\d{1,4}|\d{1,4}\.?\s*(?:lpp|lappuse)\.?(?:\s*no\s*\d{1,4}\.?)?"
                          r"|\d{1,3}\s*/\s*\d{1,3}|-\s*\d{1,4}\s*-)\s*$", re.IGNORECASE)
_MIN_COLUMN_WIDTH = 4


def looks_like_layout(text: str) -> bool:
    raw = text.replace("\r\n", "\n").split("\n")
    nonblank = [ln for ln in raw if ln.strip()]
    if len(nonblank) < 8:
        return False
    blank_share = 1 - len(nonblank) / max(len(raw), 1)
    if blank_share >= 0.35:   # Tika's text: a blank line after each line
        return False
    gapped = sum(1 for ln in nonblank if _GAP.search(ln.strip("\f")))
    return gapped >= 3


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
            if rows and (rows[0].pop(0, None) is not None or _carries_on(tables[-1][-1], rows[0])):
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


def _carries_on(last: dict, first: dict) -> bool:
    """The first row on a new page carries on the last row of the page before (the page broke inside
    it: `Drošība un` / `psiholoģiskā labklājība`): a column's text goes on from where that row's text
    in the column ended, and none opens anew (a new sentence, a number under a number)."""
    steps = []
    for col, pieces in first.items():
        if not col or not pieces:
            continue
        previous = last[col][-1][1] if last.get(col) else None
        text = pieces[0][1]
        if previous is not None and _STACKED_VALUE.match(text) and _BARE_VALUE.match(previous):
            return False
        steps.append(_cell_step(previous, text, bool(last.get(col))))
    return "goes_on" in steps and not {"new", "after_gap"} & set(steps)


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
    (text only in a later column, or starting where a gapped line's later column starts) or short
    enough to sit in the first column; ended by prose that crosses the columns (an indented
    paragraph too), text left of the table's left edge, two blank lines or a page break."""
    regions: list[_Region] = []
    i, n = 0, len(raw)
    while i < n:
        chunks = _chunks(raw[i])
        if len(chunks) < 2 or not _GAP.search(raw[i].strip()):
            i += 1
            continue
        start, first_gutter, left_edge = i, chunks[1][0], chunks[0][0]
        j, gapped, blanks = i, 0, 0
        gutters: set[int] = set()   # where text right of the left edge starts on the gapped lines so far
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
                gutters.update(s for s, _e, _t in chunks if s > left_edge + 2)
            elif not (chunks[0][0] >= first_gutter - 2 or any(abs(chunks[0][0] - g) <= 2 for g in gutters)
                      or chunks[-1][1] <= first_gutter) and not _glued_row(raw, j, page_breaks, gutters):
                break  # prose crossing the table's columns (also indented prose): the table has ended
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
            region = _without_header_only_columns(raw, region)
            if len(region.columns) >= 2:
                regions.append(region)
                i = end
                continue
        i = max(j, i + 1)
    return regions


def _glued_row(raw: list[str], j: int, page_breaks: set[int], gutters: set[int]) -> bool:
    """A line with no gutter amid a table's rows is the table's where pdftotext glued its cells with
    single spaces: it carries on the first column's text (opens in lower case) or ends with a count
    standing where a column's text starts (`… turpmāk nodrošināt 1`), as does any line between it and
    the next gapped line, and within two lines the table goes on with text after gutters where the
    table's text started (at least two of them, or its only one)."""
    for k in range(j, min(j + 3, len(raw))):
        if k > j and k in page_breaks:
            return False
        chunks = _chunks(raw[k])
        if not chunks:
            return False
        if k > j and len(chunks) > 1 and _GAP.search(raw[k].strip()):
            matching = sum(1 for s, _e, _t in chunks[1:] if any(abs(s - g) <= 2 for g in gutters))
            return matching >= min(2, len(chunks) - 1)
        last = list(re.finditer(r"\S+", raw[k]))[-1]
        count_glued_on = bool(_BARE_VALUE.match(last.group(0))) and any(abs(last.start() - g) <= 1 for g in gutters)
        if not (raw[k].lstrip()[:1].islower() or count_glued_on):
            return False
    return False


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
    positions = sorted(positions + _sparse_columns(starts, positions, need, lines))
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


def _sparse_columns(starts: dict[int, int], positions: list[int], need: int, lines: list[str]) -> list[int]:
    """In a short table (a page's last rows under its repeated header) a column's few lines may start a
    few characters apart (a centred header cell, a shorter value): starts no column has taken, within
    _JITTER of each other on lines that never start two of them, open a column together where they
    are as many as a column needs."""
    free = sorted(p for p in starts if all(abs(p - q) > 2 for q in positions))
    found: list[int] = []
    i = 0
    while i < len(free):
        group = [p for p in free[i:] if p - free[i] <= _JITTER]
        if sum(starts[p] for p in group) >= need and len(group) > 1 and not _both_filled(lines, group[0], group[1]):
            found.append(group[0])
        i += len(group)
    return found


def _without_header_only_columns(raw: list[str], region: _Region) -> _Region:
    """A multi-line header centres its words over their column, so its lines start chunks where no
    body row does (`(kvantitatīvi un kvalitatīvi)` a few characters into the results column): a
    column in which no body line opens text, and whose start the body rows' text runs across, is no
    column; its words go to the column they overlap most. The header is the first row as read with
    all the starts; a column no body line runs across (one left empty below its header) is kept."""
    if len(region.columns) < 3:
        return region
    rows, _ = _rows(raw, region)
    if len(rows) < 2 or _row_height(rows[0]) < 2:
        return region
    body_start = region.start + _row_height(rows[0])
    body = [_chunks(raw[i]) for i in range(body_start, region.end)]
    kept = [region.columns[0]]
    for pos, end in region.columns[1:]:
        # a body cell opens in the column (at its start, or further in where the cells are centred)
        opened = any(pos - 2 <= s < max(end - 2, pos + 3) for chunks in body for s, _e, _t in chunks)
        crossed = sum(1 for chunks in body if any(s < pos - 2 and e > pos + 2 for s, e, _t in chunks))
        if opened or crossed < 2:
            kept.append((pos, end))
    if len(kept) == len(region.columns):
        return region
    columns = [(pos, kept[i + 1][0] if i + 1 < len(kept) else region.columns[-1][1]) for i, (pos, _e) in enumerate(kept)]
    return _Region(region.start, region.end, columns)


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
    header_above = anchor is None   # a table's first part opens with its header; a part after a page break not
    per_line: list[tuple[int, dict[int, str]]] = []
    line_words: dict[int, list[tuple[int, int, str, int]]] = {}   # file line no -> its words, columns set
    value_columns = _value_columns(raw[region.start:region.end], region.columns)
    for idx in range(region.start, region.end):
        words = [(m.start(), m.end(), m.group(0), _column_of(region.columns, m.start(), m.end()))
                 for m in re.finditer(r"\S+", raw[idx])]
        words = _glued_values(_after_gutter(words, region.columns), region.columns, value_columns)
        if words:
            per_line.append((idx + 1, _cells_of(words)))
            line_words[idx + 1] = words
    lines_with_text = {no for no, _cells in per_line}
    counts = {c: sum(1 for _, cells in per_line if c in cells) for c in range(1, len(region.columns) + 1)}
    candidates = [c for c, k in counts.items() if k >= 2] or list(counts)
    if anchor is None:
        anchor = 1 if _numbers_column(per_line) else min(candidates, key=lambda c: (counts[c], c))
    numbered = anchor == 1 and _numbers_column(per_line)
    widest = max((len(cells[anchor]) for _no, cells in per_line if anchor in cells), default=0)
    rows: list[dict[int, list[tuple[int, str]]]] = []
    previous_anchor: str | None = None
    above: dict[int, str] = {}
    for no, cells in per_line:
        text = cells.get(anchor)
        # in a numbers column every number opens a row, also under a one-line `NPK` header
        starts_row = not rows or (text is not None and (not _continues(previous_anchor, text)
                                                        or (numbered and text[:1].isdigit())))
        if rows and not numbered:
            # the anchor's line above ended with room for this line's first word: not a wrapped line
            room = (text is not None and previous_anchor is not None and text[:1].isupper()
                    and len(previous_anchor) + 1 + len(text.split()[0]) <= widest)
            starts_row = _cells_start_row(cells, above, rows[-1], starts_row or room)
        # a count under the header's words opens the first row of values (`Skaits` / `7`)
        starts_row = starts_row or (header_above and len(rows) == 1 and not any(
            _mid_phrase(above.get(col)) for col in cells) and any(
            _COUNT.match(piece) and rows[0].get(col) and not any(ch.isdigit() for _no, text in rows[0][col] for ch in text)
            for col, piece in cells.items()))
        # a list item (`a) kvalitatīvi`) under a one-line header, no column carrying on: the first row (a
        # header cell does not go on as a list)
        starts_row = starts_row or (header_above and len(rows) == 1 and all(len(v) == 1 for v in rows[0].values())
                                    and any(_LIST_MARK.match(piece) and col in rows[0] for col, piece in cells.items())
                                    and not any(_cell_step(above.get(col), piece, col in rows[0]) == "goes_on"
                                                for col, piece in cells.items()))
        # a cell holding a number does not wrap onto another number: a second one under it opens a row
        # (a totals row `Kopā 246 256` whose anchor cell is empty), unless another column's line above
        # broke off mid-phrase (a long code wrapped: `2101` / `5611` beside `V_2217,` / `14.06.2019.`)
        starts_row = starts_row or (
            any(_STACKED_VALUE.match(piece) and rows[-1].get(col) and _BARE_VALUE.match(rows[-1][col][-1][1])
                for col, piece in cells.items())
            and not any(_mid_phrase(above.get(col)) for col in cells))
        if starts_row:
            # key 0 marks a first row that opens without anchor text (a row carried over a page break)
            rows.append({} if rows or text is not None else {0: []})
        for col, piece in cells.items():
            rows[-1].setdefault(col, []).append((no, piece))
        previous_anchor = text
        above = cells if no + 1 in lines_with_text else {}   # a blank line below leaves every column empty
    return [_spanning_cells(row, line_words) for row in rows], anchor


def _after_gutter(words: list[tuple[int, int, str, int]], columns: list[tuple[int, int]]) -> list[tuple[int, int, str, int]]:
    """A chunk after a gutter (4+ spaces) opens a cell of its own: where the column it overlaps most is
    the column of the chunk before it on the line (a status `DAĻĒJI` set a few characters left of its
    column, beside a wrapped line of the cell on its left), it is the next column's."""
    out = list(words)
    for i in range(1, len(out)):
        start, end, word, col = out[i]
        if start - out[i - 1][1] >= 4 and col <= out[i - 1][3] < len(columns):
            col = out[i - 1][3] + 1
            out[i] = (start, end, word, col)
            for j in range(i + 1, len(out)):   # the rest of its chunk goes with it
                if out[j][0] - out[j - 1][1] >= 4:
                    break
                out[j] = (*out[j][:3], max(out[j][3], col))
    return out


def _cells_of(words: list[tuple[int, int, str, int]]) -> dict[int, str]:
    cells: dict[int, str] = {}
    for _start, _end, word, col in words:
        cells[col] = f"{cells[col]} {word}" if col in cells else word
    return cells


def _runs(words: list[tuple[int, int, str, int]]) -> list[list[int]]:
    """Indexes of the words of each run of text with single spaces (a chunk)."""
    runs: list[list[int]] = []
    for i, (start, _end, _word, _col) in enumerate(words):
        if runs and start <= words[i - 1][1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _spanning_cells(row: dict, line_words: dict[int, list[tuple[int, int, str, int]]]) -> dict:
    """A cell merged across columns (a heading row `2. Izglītojamo vidējie … sasniegumi …` over the value
    columns) runs over their starts with single spaces; where a run crosses two or more columns' starts
    and no line of the row has text after a gutter in any of those columns, the run is one cell, in
    the column it starts in, and so are the cell's other lines that cross fewer. Where some line does
    (cells pdftotext glued with one space), or a row's runs cross one start only (a number glued to
    its name), the words stay in their columns."""
    nos = sorted({no for col, pieces in row.items() if col for no, _ in pieces})
    opened = {line_words[no][run[0]][3] for no in nos for run in _runs(line_words[no])}
    crossing = [(no, run, line_words[no][run[0]][3], {line_words[no][i][3] for i in run} - {line_words[no][run[0]][3]})
                for no in nos for run in _runs(line_words[no])]
    spanning = {first for _no, _run, first, crossed in crossing if len(crossed) >= 2 and not crossed & opened}
    merged = {no: list(line_words[no]) for no in nos}
    for no, run, first, crossed in crossing:
        # the spanning cell's other lines cross fewer starts (`… noslēgumā 9. klasē … rezultātiem:`)
        if first in spanning and crossed and not crossed & opened:
            for i in run:
                merged[no][i] = (*merged[no][i][:3], first)
    if all(merged[no] == line_words[no] for no in nos):
        return row
    out: dict = {0: []} if 0 in row else {}
    for no in nos:
        for col, piece in _cells_of(merged[no]).items():
            out.setdefault(col, []).append((no, piece))
    return out


# a finished sentence: not an ordinal (`2024.`, `9.`) or an abbreviation (`m.g.`, `sk.`, `u.c.`) before the dot
_SENTENCE_END = re.compile(r"(?:[^\W\d]{4,}|[)”\"%])[.!?]$|[!?]$")
_LIST_MARK = re.compile(r"^(?:[a-zā-ž]\)|\(?[a-z]\)|[0-9]{1,2}[.)])\s")
_PHRASE_GOES_ON = (",", "-", "–", "—", "/", ":", "(")


def _mid_phrase(text: str | None) -> bool:
    """A line that broke off mid-phrase (`V_2217,`, `LV-`, `(valstī –`); not a dash standing for no value."""
    return bool(text) and text.endswith(_PHRASE_GOES_ON) and not _BARE_VALUE.match(text)


def _cell_step(previous: str | None, text: str, in_row: bool) -> str:
    """How a column's text on a line follows the column's text on the line above: "goes_on" (starts
    lower case or with "(", or the line above broke off mid-phrase); "after_gap" (the column already
    holds text in this row, the line above left it empty, and this opens in capitals, a digit or a
    list mark: a cell's lines do not leave a line out); "new" (a new sentence or `b)` item after one
    that ended); else "unknown"."""
    lower = (text[:1].islower() or text[:1] == "(") and not _LIST_MARK.match(text)
    ended = previous is not None and bool(_SENTENCE_END.search(previous))
    if previous is not None and (_mid_phrase(previous) or (lower and not ended)):
        return "goes_on"
    if not in_row or lower:
        return "unknown"   # lower case after a finished sentence: a cell may open so (`sasniegts daļēji`)
    if previous is None:
        return "after_gap"
    if ended or _LIST_MARK.match(text) or (previous.endswith(")") and _STACKED_VALUE.match(text)):
        return "new"   # a new sentence or item, or a count under its header's `(01.09.2024.)`
    return "unknown"


def _cells_start_row(cells: dict[int, str], above: dict[int, str], row: dict, by_anchor: bool) -> bool:
    """Where no column numbers the rows, a row starts on a line where the cells say so: two columns
    open anew (after a line they left empty, or a finished sentence) and fewer carry on, as where a
    row's `b)` part opens beside a priority cell merged over two rows; or, where no column's text
    carries on, a column opens anew after a line it left empty (a row whose counts stand a line
    lower, centred in their cells, opens with its name) or the anchor column opens a cell
    (`by_anchor`: a form's next row label). Text whose line breaks alone say nothing (`Nr. 1` above
    a title in the same cell, or a form's label above the next label) is read as rows where the
    anchor opens; the readers of the sections join a priority cell that went on."""
    steps = [_cell_step(above.get(col), text, col in row) for col, text in cells.items()]
    gaps = steps.count("after_gap")
    new = gaps + steps.count("new")
    goes_on = steps.count("goes_on")
    if new >= 2 and new > goes_on:
        return True
    return goes_on == 0 and (gaps >= 1 or by_anchor)


def _value_columns(lines: list[str], columns: list[tuple[int, int]]) -> set[int]:
    """Columns that hold numbers (counts, percentages, marks, alone or in a phrase): of the chunks
    that start at the column's start, at least two, and a quarter, have a number among their words."""
    values: set[int] = set()
    for idx, (start, _end) in enumerate(columns, start=1):
        opening = [text.split() for ln in lines for s, _e, text in _chunks(ln) if start - 2 <= s <= start + 2]
        numbers = sum(1 for words in opening if any(_NUMBER_WORD.match(word) for word in words))
        if numbers >= 2 and 4 * numbers >= len(opening):
            values.add(idx)
    return values


def _glued_values(words: list[tuple[int, int, str, int]], columns: list[tuple[int, int]],
                  value_columns: set[int]) -> list[tuple[int, int, str, int]]:
    """pdftotext glues a cell to its left neighbour with one space where the gap between them is
    narrow, and places glued words by character count from where the run of text starts, so they sit
    left of where they are, by more after each glue (`… programmās 6,8 balles` with the column at
    `6,8`'s last character; `nenokārtoja 17% nenokārtoja 33% 45%.` running over three columns). A
    word that opens a column's text on a line stands at the column's start, so the shift is known
    from there on. A number glued after other words whose end, so shifted, reaches the start of the
    next column, a column that holds numbers, is that column's: a cell's text ends before the next
    column begins."""
    out = list(words)
    shift = 0
    for i, (start, end, word, col) in enumerate(out):
        glued = i > 0 and start == out[i - 1][1] + 1
        if not glued:
            shift = 0
            continue
        col = max(col, out[i - 1][3])
        if (col + 1 in value_columns and col < len(columns) and end + shift >= columns[col][0]
                and _STACKED_VALUE.match(word) and any(ch.isdigit() for ch in word)):
            col += 1
        if col != out[i - 1][3]:
            shift = max(shift, columns[col - 1][0] - start)
        out[i] = (start, end, word, col)
    return out


_WRAPPED_DOT = re.compile(r"^[.)]$")   # a row number's (`1.2` / `.`) or a date's final dot on a line of its own
# a row number, or the column's header on one line: `NPK`, `Nr. p.k.`
_ROW_NUMBER = re.compile(r"^(?:[1-9][0-9]?\.)+(?:[1-9][0-9]?)?$|^(?:NPK|Nr\.?(?: ?p\.? ?k\.?)?|N\.? ?p\.? ?k\.?)$",
                         re.IGNORECASE)


def _numbers_column(per_line: list[tuple[int, dict[int, str]]]) -> bool:
    """The first column holds nothing but row numbers (`1.`, `1.1.`) below at most four lines of its
    header (`NPK`, `Nr.` / `p.k.`): rows open there."""
    texts = [cells[1] for _, cells in per_line if 1 in cells and not _WRAPPED_DOT.match(cells[1])]
    # the header's words above the first number, whatever they are (`NPK`, `NP` / `K`, `Nr.` / `p.k.`)
    first = next((i for i, text in enumerate(texts) if _ROW_NUMBER.match(text) and text[:1].isdigit()), len(texts))
    numbers = texts[first:] if first <= 4 else texts
    return len(numbers) >= 2 and all(_ROW_NUMBER.match(text) for text in numbers)


def _continues(previous: str | None, text: str) -> bool:
    """The anchor text on this line carries on the anchor text of the line above."""
    if previous is None:
        return False
    if text[:1].islower() or text[:1] == "(" or _WRAPPED_DOT.match(text):
        return True
    if _BARE_VALUE.match(previous):
        return False
    return previous[-1:].isalpha() or previous.endswith((",", "-", "/", "–"))
