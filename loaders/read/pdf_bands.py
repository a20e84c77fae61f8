"""Tables drawn with horizontal rules only: rows from the rules, columns from the gaps in the text.

Some producers (reportlab styles, Word's "horizontal borders only", booktabs-like designs) draw a
table's row separators but no vertical rules, so `loaders.read.pdf_grid` finds no cells and the text
of a row's cells would run together on one line. This module recovers such a table:

- a stack: at least MIN_RULES horizontal rules (not part of a ruled table) of the same extent (their
  ends within EXTENT points), one under the other; each gap between two neighbouring rules is a band;
- a band of prose (at least two lines that are one run of text over PROSE_SHARE of the width: the
  paragraphs between two tables of the same width) ends a table; the bands between two such breaks
  are one table, its rows;
- columns: a gutter is an x-interval, at least GUTTER of the font size wide, that the text of the
  table's bands leaves empty. A band's text is its runs of characters split at gaps of that width,
  so a word space never makes a gutter. A run that crosses a gutter (a heading row or a header cell
  merged over several columns) fills it in one band; up to one band in five may do so. Text that
  stands inside such a gutter on its own (a column filled in one row only) keeps it a column;
- each run of text goes to the column it starts in (a run crossing gutters is a merged cell, read
  once, in its first column), and each band gives one row.

`find_banded_tables` returns the tables with their characters per cell; it does not read text (the
caller makes lines of each cell's characters) and does not look at tables with vertical rules.
A table with no gutter (a framed paragraph, prose between rules) is not returned.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from loaders.read.pdf_grid import Box, Rule

MIN_RULES = 3        # two bands at least: a header and a row
EXTENT = 4.0         # points: rules whose ends are this close run across the same table
GUTTER = 0.5         # share of the font size: the narrowest gap between two columns' text
PROSE_SHARE = 0.75   # a line that is one run of text over this share of the width is prose
_SPANNING_BANDS = 5  # one band in this many may cross a gutter (a heading row, a merged header)
_ROW_NUMBER = re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,2})*\.?")

Char = tuple  # loaders.read.pdf_page.Char: x0, x1, baseline, size, text, space, x, y, turn


@dataclass
class BandedTable:
    bbox: Box
    rows: list[list[list]]  # a row per band with text; in it a cell per column: its characters


@dataclass
class _Run:
    """A line's run of characters with no gap of a gutter's width: x0, x1 and its characters."""

    x0: float
    x1: float
    chars: list


def find_banded_tables(chars: list, horizontal: list[Rule], taken: list[Box],
                       lines_of: Callable[[list], list[list]]) -> list[BandedTable]:
    """Tables from the page's horizontal rules outside the ruled tables (`taken`); `chars` are the
    characters outside those tables, `lines_of` groups characters into lines (baseline groups)."""
    free = [r for r in horizontal if not any(_inside(r, box) for box in taken)]
    tables = []
    for stack in _stacks(free):
        bands = [(a, b) for a, b in zip(stack, stack[1:])]
        x0, x1 = min(r.start for r in stack), max(r.end for r in stack)
        texts = [_band_lines(chars, x0, x1, a.pos, b.pos, lines_of) for a, b in bands]
        run: list[int] = []
        for i, lines in enumerate(texts + [None]):
            if lines is not None and not _is_prose(lines, x1 - x0):
                run.append(i)
                continue
            tables.extend(_tables(run, bands, texts, x0, x1))
            run = []
    return tables


def _inside(rule: Rule, box: Box) -> bool:
    return box[1] - 3 <= rule.pos <= box[3] + 3 and rule.start < box[2] and rule.end > box[0]


def _stacks(rules: list[Rule]) -> list[list[Rule]]:
    """Rules of the same extent, top to bottom, at least MIN_RULES of them."""
    stacks: list[list[Rule]] = []
    for rule in sorted(rules, key=lambda r: r.pos):
        for stack in stacks:
            if abs(stack[0].start - rule.start) <= EXTENT and abs(stack[0].end - rule.end) <= EXTENT:
                stack.append(rule)
                break
        else:
            stacks.append([rule])
    return [s for s in stacks if len(s) >= MIN_RULES]


def _band_lines(chars: list, x0: float, x1: float, top: float, bottom: float,
                lines_of: Callable[[list], list[list]]) -> list[list[_Run]]:
    inside = [c for c in chars if x0 <= c[6] <= x1 and top < c[7] < bottom]
    upright = [c for c in inside if not c[8]]
    lines = [_runs(sorted(line, key=lambda c: c[0])) for line in lines_of(upright)]
    turned = [c for c in inside if c[8]]
    if turned:  # turned text (a header written bottom to top) stands in the column of its centre
        lines.extend([_Run(c[6], c[6], [c])] for c in turned)
    return [line for line in lines if line]


def _runs(line: list) -> list[_Run]:
    runs: list[_Run] = []
    for char in line:
        if runs and char[0] - runs[-1].x1 <= GUTTER * max(char[3], runs[-1].chars[-1][3]):
            runs[-1].x1 = max(runs[-1].x1, char[1])
            runs[-1].chars.append(char)
        else:
            runs.append(_Run(char[0], char[1], [char]))
    return runs


def _is_prose(lines: list[list[_Run]], width: float) -> bool:
    wide = sum(1 for line in lines if len(line) == 1 and line[0].x1 - line[0].x0 >= PROSE_SHARE * width)
    return wide >= 2


def _tables(run: list[int], bands: list[tuple[Rule, Rule]], texts: list, x0: float, x1: float) -> list[BandedTable]:
    """The run's bands as one table; where they leave no gutter in common, the tables between its
    heading bands (`_is_heading`): tables of different columns one under the other, each with its
    heading between rules of the same extent."""
    table = _table(run, bands, texts, x0, x1)
    if table is not None:
        return [table]
    found, part = [], []
    for i in run + [None]:
        if i is not None and not _is_heading(texts[i]):
            part.append(i)
            continue
        if part and part != run:
            table = _table(part, bands, texts, x0, x1)
            if table is not None:
                found.append(table)
        part = []
    return found


def _is_heading(lines: list[list[_Run]]) -> bool:
    """A band whose every line is one run of text (no gap of a gutter's width): a heading, or the
    one cell of a row across the columns."""
    return bool(lines) and all(len(line) == 1 for line in lines)


def _table(run: list[int], bands: list[tuple[Rule, Rule]], texts: list, x0: float, x1: float) -> BandedTable | None:
    with_text = [i for i in run if texts[i]]
    if len(with_text) < 2:
        return None
    band_runs = [[r for line in texts[i] for r in line] for i in with_text]
    edges = _column_edges(band_runs, {id(r) for i in with_text for r in _spanning_runs(texts[i])})
    if not edges:
        return None
    rows = []
    for i in with_text:
        cells: list[list] = [[] for _ in range(len(edges) + 1)]
        for line in texts[i]:
            for r in line:
                cells[sum(1 for e in edges if r.x0 >= e)].extend(r.chars)
        rows.append(cells)
    top, bottom = bands[run[0]][0].pos, bands[run[-1]][1].pos
    return BandedTable((x0, top, x1, bottom), rows)


def _spanning_runs(lines: list[list[_Run]]) -> list[_Run]:
    """Runs of a band that its own text shows to span columns: a parent header cell over the
    sub-headers printed under it (two runs or more of one line below, within its width), and the
    heading of a section row (a row number and one run a line: `1. | Izglītojamo sasniegumi …`)."""
    found = [r for k, line in enumerate(lines) for r in line
             if any(sum(1 for o in below if o.x0 < r.x1 and o.x1 > r.x0) >= 2 for below in lines[k + 1:])]
    first = lines[0] if lines else []
    if (len(first) == 2 and _ROW_NUMBER.fullmatch("".join(c[4] for c in first[0].chars).strip())
            and all(len(line) == 1 for line in lines[1:])):
        found.extend(r for line in lines for r in line if r is not first[0])
    return found


def _column_edges(band_runs: list[list[_Run]], spanning: set[int] = frozenset()) -> list[float]:
    """The x where each column after the first starts: the middle of each gutter. Runs in `spanning`
    (ids) cross gutters by their band's own evidence and do not close one."""
    sizes = sorted(c[3] for runs in band_runs for r in runs for c in r.chars)
    min_gap = GUTTER * sizes[len(sizes) // 2]
    left = min(r.x0 for runs in band_runs for r in runs)
    right = max(r.x1 for runs in band_runs for r in runs)
    allowed = len(band_runs) // _SPANNING_BANDS
    # how many bands cover each stretch between the x where some run starts or ends
    xs = sorted({x for runs in band_runs for r in runs for x in (r.x0, r.x1)})
    gutters: list[list[float]] = []
    for a, b in zip(xs, xs[1:]):
        covering = sum(1 for runs in band_runs if any(r.x0 < b and r.x1 > a and id(r) not in spanning for r in runs))
        if covering <= allowed and left < a and b < right:
            if gutters and gutters[-1][1] == a:
                gutters[-1][1] = b
            else:
                gutters.append([a, b])
    edges = []
    for a, b in gutters:
        # text standing inside the gutter on its own (not running across it) is a column of its own;
        # a line of a centred cell that stands under or over a wider line of the same band running
        # into the gutter (`skaits,` under `Izglītojamo`) is that cell's text, not a column
        alone = sorted((r.x0, r.x1) for runs in band_runs for r in runs if r.x0 > a and r.x1 < b
                       and not any((o.x0 <= a or o.x1 >= b) and o.x0 < r.x1 and o.x1 > r.x0 for o in runs))
        pieces, start = [], a
        for r0, r1 in alone:
            pieces.append((start, r0))
            start = max(start, r1)
        pieces.append((start, b))
        edges.extend((p + q) / 2 for p, q in pieces if q - p >= min_gap)
    return sorted(edges)
