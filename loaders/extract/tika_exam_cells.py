"""The three cells of a state-exam indicator row in Tika-style text (no column positions), told apart
by the subject entries they list.

Each cell lists subjects, one entry each (`Ķīmija - 44,2% (valstī 47%), nenokārtoja 5,1% skolēnu.`),
or says it has none (`Nekārtoja`, `–`, `Nav attiecināms`). A cell never lists a subject twice, so a
subject named again opens the next cell; a no-entry word is a cell of its own. The row must come out
as exactly three cells, else it cannot be placed with certainty.

A row split by a page break (the row reader drops the header repeated on the new page and notes where
the page starts) continues each cell on the new page, left to right: the part after the break is
split the same way, and its cells carry on the first part's cells in order. An entry the break cut
in two (`Dizains un` | `tehnoloģijas - 35%.`) is carried on by the first new-page line that completes
it; that line opens its cell's part. Where the parts do not pair up three to three, the row is not
placed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from loaders.extract.exam_entries import parse_exam_cell
from loaders.model import Line
from loaders.numbers import find_numbers
from loaders.subjects import Subjects
from loaders.textnorm import join_lines

COLUMNS = 3
_NONE_CELL = re.compile(r"^(?:[-–—]|x|nav attiecin[aā]ms|nek[aā]rtoja(?: neviens)?|nav kārtots|nav)\.?$", re.IGNORECASE)
_NONE_OPENING = re.compile(r"^(nek[aā]rtoja|nav attiecin[aā]ms)\.?\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])", re.IGNORECASE)


@dataclass
class _Cell:
    lines: list[Line] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    closed: bool = False   # a no-entry cell: nothing joins it


def split_exam_text(lines: list[Line], page_starts: frozenset, subjects: Subjects) -> list[list[Line]] | None:
    """Three cells of Lines, or None where they cannot be told apart."""
    parts: list[list[Line]] = [[]]
    for line in _separate_none_openings(lines):
        if id(line) in page_starts and parts[-1]:
            parts.append([])
        parts[-1].append(line)
    first = _cells(parts[0], subjects)
    if len(first) != COLUMNS:
        return None
    cells = [list(c.lines) for c in first]
    for part in parts[1:]:
        cut = [i for i, c in enumerate(cells) if _cut_entry(c, subjects)]
        more = _cells(part, subjects, carry=[cells[i] for i in cut][:1])
        if len(more) != COLUMNS:
            return None
        for cell, extra in zip(cells, more):
            cell.extend(extra.lines)
    return cells


def _separate_none_openings(lines: list[Line]) -> list[Line]:
    """`Nekārtoja Angļu valoda – 61%` (a no-entry cell and the next cell's first line side by side): two
    lines; `– – –` (a no-entry word per cell on one line): a line each."""
    out = []
    for line in lines:
        m = _NONE_OPENING.match(line.text)
        words = line.text.split()
        if len(words) > 1 and all(_NONE_CELL.match(w) for w in words):
            out.extend(replace(line, text=w) for w in words)  # `– – –`: a no-entry word per cell
        elif m:
            out.append(replace(line, text=m.group(1)))
            out.append(replace(line, text=line.text[m.end():]))
        else:
            out.append(line)
    return out


def _cells(lines: list[Line], subjects: Subjects, carry: list[list[Line]] | None = None) -> list[_Cell]:
    cells: list[_Cell] = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        if _NONE_CELL.match(text):
            cells.append(_Cell([line], [], closed=True))
            continue
        mentions = [code for *_, code, _raw in subjects.find_mentions(text)]
        current = cells[-1] if cells and not cells[-1].closed else None
        if (carry and current is not None and not mentions and text[:1].islower()
                and not _cut_entry(current.lines, subjects) and _completes(carry[0], lines[i:i + 3], subjects)):
            cells.append(_Cell([line], []))  # carries on an entry the page break cut: a new cell's part
            carry = None
            continue
        if current is None or (mentions and mentions[0] in current.subjects):
            current = _Cell()
            cells.append(current)
        current.lines.append(line)
        current.subjects.extend(mentions)
    return cells


def _cut_entry(cell: list[Line], subjects: Subjects) -> bool:
    """The cell's last entry has no figure yet (`Dizains un`): the page break cut it."""
    text = join_lines(line.text for line in cell)
    mentions = subjects.find_mentions(text)
    return bool(mentions) and "%" not in text[mentions[-1][0]:]


def _completes(cell: list[Line], following: list[Line], subjects: Subjects) -> bool:
    """The cut entry at the end of `cell`, carried on by the lines that follow, names a subject with a figure."""
    text = join_lines(ln.text for ln in cell)
    mentions = subjects.find_mentions(text)
    if not mentions:
        return False
    entry = join_lines([text[mentions[-1][0]:]] + [ln.text for ln in following])
    found = parse_exam_cell(entry, subjects)
    return bool(found) and found[0]["start"] == 0


# --- a sub-row per subject: the subject in the name column, one entry per value cell ----------------

_FAILED_WORDS = re.compile(r"nenok[aā]rt|nav nok[aā]rt", re.IGNORECASE)
_NATIONAL_WORDS = re.compile(r"valst|latvij", re.IGNORECASE)
_OPENING_LEAD = re.compile(r"(?:vid[eē]ji|vismaz|ne (?:maz[aā]k|zem[aā]k)(?: k[aā]| par)?|l[iī]dz|ap)\s*$", re.IGNORECASE)
_NO_ENTRY = re.compile(r"(?:^|(?<=\s))(?:nav attiecin[aā]ms|nav datu|nek[aā]rtoja(?: neviens)?|[-–—])(?=\s*$|\s+[^0-9\s]|[.,;])",
                       re.IGNORECASE)
RESULT_COLUMNS = 2   # the baseline and actual cells hold results; the target cell holds no national or failed figure


@dataclass
class _Figure:
    line: int
    start: int        # in the line's text (the lead words or role words included)
    end: int
    role: str         # "open" (a cell's own figure or a no-entry word), "national", "failed"


def split_subject_row(lines: list[Line], page_starts: frozenset = frozenset()) -> list[list[Line]] | None:
    """The three cells of a sub-row whose subject stands in the name column (`61,3 % (valstī 59,1 %)
    60,7 % (valstī 58,5 %) 62 %`), or None where they cannot be told apart.

    Each cell opens with its own figure (with its lead words: `vismaz 52 %`) or a no-entry word (`–`,
    `nekārtoja`); a figure after `valstī` is a national average and one after `nenokārtoja` a failed
    share, and it belongs to the cell it follows. Where that would put one in the target cell, or two of
    a kind in one cell, the lines hold the cells side by side (a table without column rules: the first
    line holds each cell's first line, the later lines their continuations, left to right): then the
    figures on the later lines go, kind by kind and left to right, to the result cells without one, and
    only where there are exactly as many of them as such cells. Words on later lines that hold no
    figure (`skolēnu`) are then left out, as their cell cannot be told."""
    if not lines or any(id(line) in page_starts for line in lines[1:]):
        return None
    figures = _row_figures(lines)
    opens = [f for f in figures if f.role == "open"]
    if len(opens) != COLUMNS:
        return None
    owners = _owners_in_order(figures)
    if owners is not None:
        return _cells_in_order(lines, figures, owners)
    owners = _owners_side_by_side(figures)
    if owners is None:
        return None
    cells: list[list[Line]] = [[] for _ in range(COLUMNS)]
    first = lines[0].text
    bounds = [f.start for f in opens] + [len(first)]
    for column in range(COLUMNS):
        cells[column].append(replace(lines[0], text=first[bounds[column]:bounds[column + 1]].strip()))
    for figure, owner in zip(figures, owners):
        if figure.line > 0:
            cells[owner].append(replace(lines[figure.line], text=lines[figure.line].text[figure.start:figure.end].strip()))
    return cells


def _row_figures(lines: list[Line]) -> list[_Figure]:
    out = []
    for index, line in enumerate(lines):
        text = line.text
        numbers = [n for n in find_numbers(text) if n.percent]
        marks = [m for m in _NO_ENTRY.finditer(text) if not any(n.start <= m.start() < n.end for n in numbers)]
        items = sorted([(n.start, n.end, "figure") for n in numbers] + [(m.start(), m.end(), "none") for m in marks])
        previous_end = 0
        for start, end, kind in items:
            words = text[previous_end:start]
            if kind == "none":
                role, begin = "open", start
            elif _FAILED_WORDS.search(words) or _NATIONAL_WORDS.search(words):
                failed = _FAILED_WORDS.search(words)
                word = failed or _NATIONAL_WORDS.search(words)
                role = "failed" if failed else "national"
                begin = previous_end + word.start()
                bracket = re.search(r"\(\s*$", words[:word.start()])
                begin -= len(bracket.group(0)) if bracket else 0
            else:
                lead = _OPENING_LEAD.search(text[previous_end:start])
                role, begin = "open", previous_end + lead.start() if lead else start
            close = re.match(r"\s*\)?[,.;]?(?:\s*(?:skolēn|izglītojam|audzēkņ)\w*)?", text[end:])
            out.append(_Figure(index, begin, end + (close.end() if close and role != "open" else 0), role))
            previous_end = end
    return out


def _owners_in_order(figures: list[_Figure]) -> list[int] | None:
    """Each figure's cell, a national or failed figure belonging to the cell it follows; None where that
    does not make a valid row, or where a later line carries on a cell and then opens another (`nenokārtoja
    9 % 45 %`: cells side by side, one of them vertically centred, so whose the first figure is is unknown)."""
    for line in {f.line for f in figures if f.line > 0}:
        on_line = [f for f in figures if f.line == line]
        if on_line[0].role != "open" and any(f.role == "open" for f in on_line):
            return None
    owners, column, seen = [], -1, set()
    for figure in figures:
        if figure.role == "open":
            column += 1
        elif column < 0 or column >= RESULT_COLUMNS or (column, figure.role) in seen:
            return None
        seen.add((column, figure.role))
        owners.append(column)
    return owners


def _owners_side_by_side(figures: list[_Figure]) -> list[int] | None:
    if any(f.role == "open" and f.line > 0 for f in figures):
        return None
    owners: list[int | None] = []
    column, seen = -1, set()
    for figure in figures:
        if figure.line > 0:
            owners.append(None)
            continue
        if figure.role == "open":
            column += 1
        elif column < 0 or column >= RESULT_COLUMNS or (column, figure.role) in seen:
            return None
        seen.add((column, figure.role))
        owners.append(column)
    for role in ("national", "failed"):
        strays = [i for i, f in enumerate(figures) if f.line > 0 and f.role == role]
        free = [c for c in range(RESULT_COLUMNS) if (c, role) not in seen]
        if strays and len(strays) != len(free):
            return None
        for i, c in zip(strays, free):
            owners[i] = c
    return owners  # type: ignore[return-value]


def _cells_in_order(lines: list[Line], figures: list[_Figure], owners: list[int]) -> list[list[Line]]:
    """Cells read in order: each runs from its opening (lead words included) to the next one's."""
    opens = [f for f in figures if f.role == "open"]
    cells: list[list[Line]] = [[] for _ in range(COLUMNS)]
    for index, line in enumerate(lines):
        starts = [(f.start, c) for c, f in enumerate(opens) if f.line == index]
        column = max([c for c, f in enumerate(opens) if f.line < index], default=-1)
        position = 0
        for start, opened in starts:
            if column >= 0 and line.text[position:start].strip():
                cells[column].append(replace(line, text=line.text[position:start].strip()))
            column, position = opened, start
        if column >= 0 and line.text[position:].strip():
            cells[column].append(replace(line, text=line.text[position:].strip()))
    return cells
