"""Ruled tables from a page's rules: horizontal and vertical lines in, cells grouped into tables out.

Coordinates are top-down (y grows down the page), in PDF points. The steps and their tolerances are
pdfplumber's "lines" table finder, so both read the same tables from the same rules:

- `merge_rules`: rules whose positions across their length are within SNAP points are one rule (at
  their mean position); pieces of one rule with gaps up to JOIN points are joined; rules shorter than
  MIN_LENGTH are dropped. A 1-point filled rectangle that Word or LibreOffice draws as a cell border
  arrives here as one rule along its centre line.
- `find_tables`: a horizontal and a vertical rule that come within TOUCH points of each other meet at
  a corner; a cell is the smallest rectangle of four corners joined by rules on all four sides, so a
  missing rule merges the cells on both sides of it. Cells that share corners form a table; a lone
  cell (a framed paragraph) is not a table.
- `Table.rows`: the cells row by row (a row is the cells with the same top), each row aligned to the
  table's columns (the distinct left edges of its cells), None where a merged cell covers the column.

This module does not read text and does not look for tables without rules.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

SNAP = 3.0
JOIN = 3.0
MIN_LENGTH = 3.0
TOUCH = 3.0

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(frozen=True)
class Rule:
    """A horizontal rule (`pos` = y, `start`..`end` = x) or a vertical one (`pos` = x, y range)."""

    pos: float
    start: float
    end: float


@dataclass
class Table:
    cells: list[Box]
    bbox: Box = field(init=False)
    _xs: list[float] = field(init=False, repr=False)   # every cell edge, left to right
    _ys: list[float] = field(init=False, repr=False)   # every cell edge, top to bottom
    _slots: dict[tuple[int, int], Box] = field(init=False, repr=False)  # grid slot -> the cell over it

    def __post_init__(self) -> None:
        self.bbox = (min(c[0] for c in self.cells), min(c[1] for c in self.cells),
                     max(c[2] for c in self.cells), max(c[3] for c in self.cells))
        self._xs = sorted({x for c in self.cells for x in (c[0], c[2])})
        self._ys = sorted({y for c in self.cells for y in (c[1], c[3])})
        self._slots = {}
        for cell in self.cells:
            for i in range(self._xs.index(cell[0]), self._xs.index(cell[2])):
                for j in range(self._ys.index(cell[1]), self._ys.index(cell[3])):
                    self._slots[(i, j)] = cell

    def cell_at(self, x: float, y: float) -> Box | None:
        """The cell with x0 <= x < x1 and top <= y < bottom, if any."""
        return self._slots.get((bisect_right(self._xs, x) - 1, bisect_right(self._ys, y) - 1))

    @property
    def rows(self) -> list[list[Box | None]]:
        lefts = sorted({c[0] for c in self.cells})
        by_top: dict[float, dict[float, Box]] = {}
        for cell in sorted(self.cells, key=lambda c: (c[1], c[0])):
            by_top.setdefault(cell[1], {})[cell[0]] = cell
        return [[row.get(x) for x in lefts] for _, row in sorted(by_top.items())]


def merge_rules(rules: list[Rule]) -> list[Rule]:
    """Snap rules at nearly the same position to one position, join collinear pieces, drop stubs."""
    merged: list[Rule] = []
    for group in _snap_groups(sorted(rules, key=lambda r: r.pos)):
        pos = sum(r.pos for r in group) / len(group)
        merged.extend(r for r in _join(pos, group) if r.end - r.start >= MIN_LENGTH)
    return merged


def _snap_groups(rules: list[Rule]) -> list[list[Rule]]:
    groups: list[list[Rule]] = []
    for rule in rules:
        if groups and rule.pos <= groups[-1][-1].pos + SNAP:
            groups[-1].append(rule)
        else:
            groups.append([rule])
    return groups


def _join(pos: float, group: list[Rule]) -> list[Rule]:
    joined: list[list[float]] = []
    for rule in sorted(group, key=lambda r: r.start):
        if joined and rule.start <= joined[-1][1] + JOIN:
            joined[-1][1] = max(joined[-1][1], rule.end)
        else:
            joined.append([rule.start, rule.end])
    return [Rule(pos, start, end) for start, end in joined]


def find_tables(horizontal: list[Rule], vertical: list[Rule]) -> list[Table]:
    """Tables from merged rules, top to bottom (then left to right)."""
    corners = _corners(horizontal, vertical)
    cells = _cells(corners)
    groups = [g for g in _group_cells(cells) if len(g) > 1]
    return [Table(g) for g in sorted(groups, key=lambda g: min((c[1], c[0]) for c in g))]


Corners = dict[tuple[float, float], tuple[set[int], set[int]]]  # (x, y) -> (vertical ids, horizontal ids)


def _corners(horizontal: list[Rule], vertical: list[Rule]) -> Corners:
    corners: Corners = {}
    for vi, v in enumerate(vertical):
        for hi, h in enumerate(horizontal):
            if (v.start <= h.pos + TOUCH and v.end >= h.pos - TOUCH
                    and h.start - TOUCH <= v.pos <= h.end + TOUCH):
                vs, hs = corners.setdefault((v.pos, h.pos), (set(), set()))
                vs.add(vi)
                hs.add(hi)
    return corners


def _cells(corners: Corners) -> list[Box]:
    """For each corner, the smallest cell whose top-left it is (pdfplumber's search order)."""
    by_x: dict[float, list[float]] = {}
    by_y: dict[float, list[float]] = {}
    for x, y in sorted(corners):
        by_x.setdefault(x, []).append(y)
        by_y.setdefault(y, []).append(x)
    cells = []
    for x, y in sorted(corners):
        cell = _smallest_cell(corners, x, y, [b for b in by_x[x] if b > y], [r for r in by_y[y] if r > x])
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest_cell(corners: Corners, x: float, y: float, below: list[float], right: list[float]) -> Box | None:
    v_here, h_here = corners[(x, y)]
    for by in below:
        if not v_here & corners[(x, by)][0]:
            continue
        for rx in right:
            if not h_here & corners[(rx, y)][1]:
                continue
            far = corners.get((rx, by))
            if far is not None and far[0] & corners[(rx, y)][0] and far[1] & corners[(x, by)][1]:
                return (x, y, rx, by)
    return None


def _group_cells(cells: list[Box]) -> list[list[Box]]:
    """Cells that share a corner, directly or through other cells, are one table."""
    parent = list(range(len(cells)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[float, float], int] = {}
    for i, (x0, top, x1, bottom) in enumerate(cells):
        for corner in ((x0, top), (x0, bottom), (x1, top), (x1, bottom)):
            if corner in owner:
                parent[root(i)] = root(owner[corner])
            else:
                owner[corner] = i
    groups: dict[int, list[Box]] = {}
    for i, cell in enumerate(cells):
        groups.setdefault(root(i), []).append(cell)
    return list(groups.values())
