"""An indicator row of Tika-style text (no column positions) read by its values: where the name ends
and which text is which of the three value cells.

Tika writes the lines of a table row as the PDF placed them: the first lines of the name and of every
value cell side by side on one line (`1.2. Valodu mācību joma 61 % 64 % 66 %`, `16 audzēkņi 12 no 15
audzēkņiem 15 audzēkņi`), or each cell's lines one after another. What tells the cells apart is what
they hold: each value cell gives one figure (loaders.extract.indicator_values: not a year, not an
aside in brackets, not a range, the whole of `12 no 15`, the start of `no 10 uz 12`).

- The name runs over its first line up to a figure, and on over lines that carry it on (lower case,
  an open bracket, after `:` or `un`) and hold no figure; a template name (loaders.extract.
  indicator_rows.KNOWN_NAMES) matched in full ends it where its own words end. Where the rest holds
  more figures than the three cells, the name takes in lines until it does not (`Absolventu
  nodarbinātība 6 mēnešus pēc absolvēšanas`), a line that opens with such a figure too where the
  figure reads as a phrase (no `%`, a lower-case word after it) and exactly three figures follow.
- A bracket the name opened runs on to its close, figures inside it too (`vismaz` / `12 stundu
  kursus) 85 %`: 12 is the name's).
- Three figures: the text between two of them is split before a lead word (`vidēji`, `vismaz`, `ne
  zemāk par`) or the start of a change (`no 12 uz` 15), else where a new line opens with a capital or a
  digit, else before a capitalised word; before that it trails the earlier figure (`audzēkņi`,
  `godalgotas vietas`).
- Cells side by side (a table without column rules read line by line: `Mācību jomu apguves 74% 75%` /
  `rādītājs 72%`, a cell's words carried on past the others' figures) cannot be placed.
- Fewer: cells that say they have no figure (`–`, `nav datu`, `Nav attiecināms`, `nekārtoja`) fill
  the rest in order; or, where every figure is followed by the same word (its unit) and that word
  ends exactly three pieces, each piece is a cell, one in words only (`3. vieta 2. vieta godalgota
  vieta`), or it ends the two figures' pieces and capitalised words without a figure follow, the last
  cell (`5. vieta 3. vieta Iekļūt labāko trijniekā`). Otherwise the cells cannot be placed with
  certainty, and the caller writes an issue instead of a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from loaders.extract.indicator_values import value_text
from loaders.model import Line
from loaders.numbers import find_numbers

COLUMNS = 3
_LEAD = re.compile(r"(?:vid[eē]ji|vismaz|ne (?:zem[aā]k|maz[aā]k|vair[aā]k)(?: k[aā]| par)?|l[iī]dz|aptuveni|ap|"
                   r"kop[aā]|virs|pieaugums|samazin[aā]jums|kritums)\s*$", re.IGNORECASE)
_LEAD_WORD = re.compile(r"\b(?:vid[eē]ji|vismaz|ne (?:zem[aā]k|maz[aā]k|vair[aā]k))\b", re.IGNORECASE)
_NO_FIGURE = re.compile(r"(?:^|(?<=\s))(?:[-–—]|nav datu|nav attiecin[aā]ms|nek[aā]rtoja|x)(?=\s|$|[.,;])",
                        re.IGNORECASE)
_MARKER = r"(?:[-–—]|nav datu|nav attiecin[aā]ms|nek[aā]rtoja|x)\.?"
_ALL_MARKERS = re.compile(rf"(?<=\s)({_MARKER})(?:\s+{_MARKER}){{2}}\s*$", re.IGNORECASE)
# `no 12 uz 15`: a change from one figure to the next opens the cell of the figure it reaches
_CHANGE_LEAD = re.compile(r"\bno\s+[0-9]+(?:[.,][0-9]+)?\s*%?\s+(?:uz|l[iī]dz)\s*$", re.IGNORECASE)
_CARRIES_ON = re.compile(r"(?:[:(,/–-]|\bun|\bar|\bpar|\bno|\buz|\bk[aā]|\bkuri|\bvai)\s*$", re.IGNORECASE)


@dataclass
class TextRow:
    name: str | None          # None: keep the name the row reader cut
    name_lines: list[Line]
    cells: list[list[Line]] | None
    problem: str | None       # why the cells could not be placed, with the candidates


@dataclass
class _Figure:
    start: int
    end: int
    value: float


def split_text_row(lines: list[Line], known_end: tuple[int, int] | None = None) -> TextRow:
    """`lines`: the row's lines after its number; `known_end`: (line index, char end) of a template
    name matched in full at the row's start, if any."""
    text, offsets = _join(lines)
    figures = _figures(text)
    start = _value_start(lines, text, offsets, figures, known_end)
    while start is not None and len([f for f in figures if f.start >= start]) > COLUMNS:
        if start in offsets and not _name_phrase_line(lines, text, offsets, figures, start):
            break
        start = _next_value_line(lines, text, offsets, figures, start)  # a figure inside the name
    if start is None or len([f for f in figures if f.start >= start]) > COLUMNS:
        return TextRow(None, [], None, f"more figures than the table's three value cells: {_show(text)!r}")
    start = _past_open_bracket(text, start, figures)
    name = text[:start].strip()
    if not text[start:].strip():
        return TextRow(_clean(name), list(lines), [[] for _ in range(COLUMNS)], None)
    ours = [f for f in figures if f.start >= start]
    side = _side_by_side(lines, text, offsets, ours)
    if side is not None:
        return TextRow(_clean(name), _pieces(lines, offsets, 0, start), None,
                       f"the cells stand side by side, a cell's text wrapping past the others' figures ({side!r})")
    if len(ours) == COLUMNS:
        bounds = [start] + [_split_gap(text, offsets, ours[i], ours[i + 1]) for i in range(COLUMNS - 1)] + [len(text)]
    else:
        bounds = _with_figureless_cells(text, start, ours) or _cells_by_their_unit(text, start, ours)
        if bounds is None:
            return TextRow(_clean(name), _pieces(lines, offsets, 0, start), None,
                           f"{len(ours)} figure(s) for the table's three value cells: {_show(text[start:])!r}")
    cells = [_pieces(lines, offsets, bounds[i], bounds[i + 1]) for i in range(COLUMNS)]
    return TextRow(_clean(name), _pieces(lines, offsets, 0, start), cells, None)


def _past_open_bracket(text: str, start: int, figures: list[_Figure]) -> int:
    """A bracket the name opened and the line at `start` closes before the first figure (`(pedagogu
    īpatsvars, kuri apguvuši vismaz` / `12 stundu kursus) 85 %`): the name runs to the bracket's end."""
    if text[:start].count("(") <= text[:start].count(")"):
        return start
    close = text.find(")", start)
    first = next((f.start for f in figures if f.start >= start), len(text))
    if close == -1 or close > first:
        return start
    return close + 1 + len(text[close + 1:]) - len(text[close + 1:].lstrip())


def _join(lines: list[Line]) -> tuple[str, list[int]]:
    text, offsets = "", []
    for line in lines:
        if text:
            text += "\n"
        offsets.append(len(text))
        text += line.text
    return text, offsets


def _figures(text: str) -> list[_Figure]:
    """The figures that can be a cell's value (see loaders.extract.indicator_values)."""
    blanked = value_text(text)
    return [_Figure(n.start, n.end, n.value) for n in find_numbers(blanked)
            if len(n.raw.strip(" %").replace(",", "").replace(".", "")) <= 5]


def _line_of(offsets: list[int], position: int) -> int:
    index = 0
    for i, offset in enumerate(offsets):
        if offset <= position:
            index = i
    return index


def _lead_start(text: str, position: int, floor: int) -> int:
    """Move a figure's start back over the lead words before it (`vidēji 68%`, `ne zemāk par 12.`)."""
    m = _LEAD.search(text[floor:position])
    return floor + m.start() if m else position


def _value_start(lines, text, offsets, figures, known_end) -> int | None:
    """Where the value cells begin: see the module docstring."""
    if known_end is None:
        return _scan(lines, text, offsets, figures, 0, 0, check_first=False)
    line_index, char_end = known_end
    rest = lines[line_index].text[char_end:]
    if rest.strip():
        opening = rest.strip()[0]
        if opening.isupper() or opening.isdigit() or opening in "-–—":
            return offsets[line_index] + char_end + len(rest) - len(rest.lstrip())
        return _scan(lines, text, offsets, figures, line_index, offsets[line_index] + char_end, check_first=False)
    if line_index + 1 >= len(lines):
        return len(text)
    return _scan(lines, text, offsets, figures, line_index + 1, offsets[line_index + 1], check_first=True)


def _scan(lines, text, offsets, figures, first_line, floor, check_first) -> int:
    for i in range(first_line, len(lines)):
        checked = i > first_line or check_first
        if checked and not _carries_on(lines, i):
            return offsets[i]
        line_start = max(offsets[i], floor)
        line_end = offsets[i] + len(lines[i].text)
        on_line = [f for f in figures if line_start <= f.start < line_end]
        markers = _ALL_MARKERS.search(text, line_start, line_end)
        if not on_line and markers:
            return markers.start(1)
        if on_line:
            figure_start = _lead_start(text, on_line[0].start, line_start)
            if checked and not text[line_start:figure_start].strip():
                return offsets[i]
            return figure_start
    return len(text)


def _carries_on(lines: list[Line], i: int) -> bool:
    """Line i carries on the name: it opens lower case (not with a lead word or a no-figure word: `nav
    datu`) or with a bracket, or the line above is cut mid-phrase."""
    opening = lines[i].text.lstrip()[:1]
    if opening.islower() or opening == "(":
        return not (_LEAD_WORD.match(lines[i].text.lstrip()) or _NO_FIGURE.match(lines[i].text.lstrip()))
    return bool(_CARRIES_ON.search(lines[i - 1].text)) if i else False


def _side_by_side(lines: list[Line], text: str, offsets: list[int], figures: list[_Figure]) -> str | None:
    """A line that carries on a phrase (lower case, words before its figure that are no lead words)
    right after a line ending in a figure: the row's cells stand side by side, a cell's first line
    beside the others' figures (`Mācību jomu apguves 74% 75%` / `rādītājs 72%`), so which figure is
    whose cannot be told from the text. The line, or None."""
    for i in range(1, len(lines)):
        opening = lines[i].text.lstrip()[:1]
        on_line = [f for f in figures if offsets[i] <= f.start < offsets[i] + len(lines[i].text)]
        if not opening.islower() or not on_line:
            continue
        before = text[offsets[i]:on_line[0].start]
        if not re.search(r"[A-Za-zĀ-ž]", before) or _LEAD.search(before) or _CHANGE_LEAD.search(before):
            continue
        previous_end = offsets[i - 1] + len(lines[i - 1].text.rstrip())
        if any(re.fullmatch(r"\s*%?\.?\s*", text[f.end:previous_end] or "") for f in figures
               if offsets[i - 1] <= f.start < previous_end):
            return lines[i].text
    return None


def _has_figure(figures, offsets, lines, i) -> bool:
    end = offsets[i] + len(lines[i].text)
    return any(offsets[i] <= f.start < end for f in figures)


def _name_phrase_line(lines, text, offsets, figures, start) -> bool:
    """The line at `start` carries the name on with a figure inside a phrase (`6 mēnešus pēc skolas
    beigšanas`: no percentage, each figure followed by a lower-case word), and the lines after it hold
    exactly the three cells' figures."""
    line = _line_of(offsets, start)
    end = offsets[line] + len(lines[line].text)
    on_line = [f for f in figures if offsets[line] <= f.start < end]
    if not on_line or "%" in lines[line].text or any(not re.match(r"\s+[a-zāčēģīķļņšūž]", text[f.end:end]) for f in on_line):
        return False
    return len([f for f in figures if f.start >= end]) == COLUMNS


def _next_value_line(lines, text, offsets, figures, start) -> int | None:
    """The name takes in the line the value start was on: the next line that opens a value."""
    line = _line_of(offsets, start)
    for i in range(line + 1, len(lines)):
        opening = lines[i].text.lstrip()[:1]
        if opening.isdigit() or opening.isupper() or opening in "-–—" or _has_figure(figures, offsets, lines, i):
            return offsets[i]
    return None


def _split_gap(text: str, offsets: list[int], left: _Figure, right: _Figure) -> int:
    """Where the cell of `left` ends and that of `right` begins."""
    gap_start, gap_end = left.end, right.start
    lead = _lead_start(value_text(text), gap_end, gap_start)  # asides blanked: `pieaugums no 10 uz 12`
    if lead < gap_end:
        return lead
    change = _CHANGE_LEAD.search(text, gap_start, gap_end)
    if change:
        return change.start()  # `12 no 18 izglītojamajiem` | `no 12 uz 15 izglītojamajiem`
    for offset in offsets:
        if gap_start < offset <= gap_end:
            opening = text[offset:offset + 1]
            if opening.isupper() or opening.isdigit() or opening in "-–—":
                return offset
    for m in re.finditer(r"(?<=\s)[A-ZĀČĒĢĪĶĻŅŠŪŽ]", text[gap_start:gap_end]):
        return gap_start + m.start()
    return gap_end  # everything between trails the left figure (its unit words)


def _with_figureless_cells(text: str, start: int, figures: list[_Figure]) -> list[int] | None:
    """Cell bounds where the figures and the cells that say they have none (`–`, `nav datu`) make three."""
    marks = [m for m in _NO_FIGURE.finditer(text, start)
             if not any(f.start <= m.start() < f.end for f in figures)]
    items = sorted([(f.start, "figure") for f in figures] + [(m.start(), "none") for m in marks])
    if len(items) != COLUMNS:
        return None
    bounds = [start]
    for (left_at, _), (right_at, _) in zip(items, items[1:]):
        left = next((f for f in figures if f.start == left_at), None)
        right = next((f for f in figures if f.start == right_at), None)
        if left is not None and right is not None:
            bounds.append(_split_gap(text, [], left, right))
        else:
            bounds.append(_lead_start(text, right_at, left_at + 1) if right is not None else right_at)
    bounds.append(len(text))
    return bounds


def _cells_by_their_unit(text: str, start: int, figures: list[_Figure]) -> list[int] | None:
    """Cell bounds where every figure is followed by the same word, its unit, and that word ends each of
    the three cells, one of them in words only (`3. vieta 2. vieta godalgota vieta`); or where two
    figures open the row, each with the unit ending its cell, and the words after them open with a
    capital and hold no figure: they are the last cell, in words only (`5. vieta 3. vieta Iekļūt
    labāko trijniekā`; were they the second cell's end, the values would be the same)."""
    units = {m.group(1).lower() for m in (_UNIT_AFTER.match(text, f.end) for f in figures) if m}
    if not figures or len(units) != 1 or any(not _UNIT_AFTER.match(text, f.end) for f in figures):
        return None
    unit = re.compile(rf"(?<![A-Za-zĀ-ž]){re.escape(units.pop())}(?![A-Za-zĀ-ž])[.,;]?", re.IGNORECASE)
    ends = [m.end() for m in unit.finditer(text, start)]
    rest = text[ends[-1]:].strip() if ends else ""
    if len(ends) == COLUMNS - 1 == len(figures) and rest[:1].isupper() and not text[start:figures[0].start].strip():
        ends.append(len(text))  # `5. vieta 3. vieta Iekļūt labāko trijniekā`: the last cell in words only
    elif len(ends) != COLUMNS or rest:
        return None
    bounds = [start, *ends[:-1], len(text)]
    for a, b in zip(bounds, bounds[1:]):
        inside = [f for f in figures if a <= f.start < b]
        if len(inside) > 1 or not text[a:b].strip():
            return None
    return bounds


_UNIT_AFTER = re.compile(r"[.%]?\s*([A-Za-zĀ-ž]{3,})(?![A-Za-zĀ-ž])")


def _pieces(lines: list[Line], offsets: list[int], start: int, end: int) -> list[Line]:
    """The parts of `lines` between two positions of the joined text, as Lines."""
    out = []
    for line, offset in zip(lines, offsets):
        a, b = max(start, offset), min(end, offset + len(line.text))
        if a < b:
            piece = line.text[a - offset:b - offset].strip()
            if piece:
                out.append(replace(line, text=piece))
    return out


def _clean(name: str) -> str:
    return " ".join(name.split())


def _show(text: str) -> str:
    return " ".join(text.split())[:160]
