"""Split a table row's value lines into its column cells when the text has no column positions.

Readers that see real tables (DOCX, PDF tables, layout text) set `Line.col`; then cells are simply
grouped by column. Tika-style text has one cell line after another, so a row's value lines are split
where the first cell's opening repeats: the same leading words (`Latviešu valoda ...` opens each
year's cell), a number opening a line (`521 izglītojamais ...`), a list restarting at `1.`, or one
line holding one value per column (`55% 55% 50%`). A tail whose openings repeat inside the last cell
is a row continued after a page break: its own cells fill the columns from the left.
"""
from __future__ import annotations

import re
from dataclasses import replace

from loaders.model import Line
from loaders.numbers import find_numbers
from loaders.textnorm import fold

_LEAD_WORDS = re.compile(r"^([A-Za-zĀČĒĢĪĶĻŅŠŪŽāčēģīķļņšūž]+)(?: ([A-Za-zĀČĒĢĪĶĻŅŠŪŽāčēģīķļņšūž]+))?")
_ENUM = re.compile(r"^([0-9]{1,2})\.(?![0-9])\s*\S")
_LONE = re.compile(r"^(?:-|–|—|nav|nav attiecināms|x)\.?$", re.IGNORECASE)


def split_cells(lines: list[Line], columns: int = 3) -> list[list[Line]] | None:
    """The row's value lines as `columns` cells (some may be empty), or None when they cannot be told apart."""
    if not lines:
        return [[] for _ in range(columns)]
    if all(line.col is not None for line in lines):
        return _by_column(lines, columns)
    if len(lines) == 1:
        return _one_line(lines[0], columns)
    groups = _by_opening(lines)
    if groups is None:
        return None
    if len(groups) == columns - 1 and len(groups[-1]) > 1 and _LONE.match(groups[-1][-1].text):
        groups = groups[:-1] + [groups[-1][:-1], [groups[-1][-1]]]
    if len(groups) != columns:
        return None
    return _place_continuation(groups)


def _by_column(lines: list[Line], columns: int) -> list[list[Line]]:
    cols = sorted({line.col for line in lines})[-columns:]
    return [[line for line in lines if line.col == col] for col in cols] + [[]] * (columns - len(cols))


def _one_line(line: Line, columns: int) -> list[list[Line]] | None:
    """`6,2 balles vid. 6,2 balles vid. 6,2 balles vid.` or `2700 2802 2800`: one value per column."""
    if _LONE.match(line.text):
        return None
    numbers = find_numbers(line.text)
    if len(numbers) != columns:
        return None
    starts = [n.start for n in numbers]
    pieces = [line.text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(line.text)])]
    tails = {fold(re.sub(r"^[0-9.,]+\s*", "", p)) for p in pieces}
    if line.text[: starts[0]].strip() or len(tails) != 1:
        return None
    return [[replace(line, text=p)] for p in pieces]


def opening(text: str) -> str | None:
    """What a cell's first line opens with: up to two leading words, `#` for a number, `1.` for a list."""
    m = _ENUM.match(text)
    if m:
        return f"enum:{m.group(1)}"
    if text[:1].isdigit():
        numbers = find_numbers(text)
        return "num%" if numbers and numbers[0].percent else "num"
    m = _LEAD_WORDS.match(text)
    if not m or not text[:1].isupper():
        return None
    return fold(" ".join(w for w in m.groups() if w))


def _by_opening(lines: list[Line]) -> list[list[Line]] | None:
    first = opening(lines[0].text)
    if first is None:
        return None
    groups: list[list[Line]] = []
    for line in lines:
        if opening(line.text) == first or not groups:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _place_continuation(groups: list[list[Line]]) -> list[list[Line]]:
    """A page break inside a row: the last cell's tail repeats its own openings -> its cells go left to right."""
    last = groups[-1]
    seen: dict[str, int] = {}
    for i, line in enumerate(last):
        key = opening(line.text)
        if key is None or key.startswith(("num", "enum")):
            continue
        if key in seen:
            start = seen[key]
            if start == 0:
                return groups
            tail = _by_opening(last[start:]) or [last[start:]]
            if len(tail) > len(groups):
                return groups
            placed = [g[:] for g in groups[:-1]] + [last[:start]]
            for column, cell in enumerate(tail):
                placed[column].extend(cell)
            return placed
        seen[key] = i
    return groups
