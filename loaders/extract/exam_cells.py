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
from dataclasses import dataclass, field

from loaders.extract.exam_results import parse_exam_cell
from loaders.model import Line
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
    """`Nekārtoja Angļu valoda – 61%` (a no-entry cell and the next cell's first line side by side): two lines."""
    from dataclasses import replace

    out = []
    for line in lines:
        m = _NONE_OPENING.match(line.text)
        if m:
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
