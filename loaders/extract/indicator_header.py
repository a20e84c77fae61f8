"""The order of the quality-indicator table's three value columns, read from the words of its header
in text with no column positions (Tika text): which column is the start-of-year baseline, which the
year's result, which next year's target.

A header names a column by its words: `uzsākot`, `sākumstāvoklis`, `iepriekšējā gada` → baseline;
`noslēdzot`, `sasniegtais` / `sasniegts` → the year's result; `plānotais`, `mērķis`, `nākamajam` →
next year's target. The roles are taken in the order the header first names them; a note above the
table that names the columns again (`pirmajā kolonnā … sasniegtais, otrajā – sākumstāvoklis …`) only
repeats that order. The template's order (baseline | actual | target) is read as today, also where
the header names only some of the columns. An order the header names otherwise is a permutation of
the cells; a header whose roles come in no one order, or that names two columns out of the template's
order without the third, cannot be mapped (None: no row is guessed from position). Grid headers are
mapped column by column in loaders.extract.indicator_rows; this module does not place cells.
"""
from __future__ import annotations

import re

from loaders.model import Line
from loaders.textnorm import fold

TEMPLATE_ORDER = ("baseline", "actual", "target")

_ROLE_WORDS = (
    ("baseline", re.compile(r"\buzsak|\bsakumstavokl|\bsakuma\b|\bieprieksej")),
    ("actual", re.compile(r"\bnosledz|\bsasniegt")),
    ("target", re.compile(r"\bplanot|\bmerkis\b|\bnakam")),
)


def named_roles(text: str) -> list[str]:
    """The roles the text names, in the order it names them, runs of one role counted once."""
    folded = fold(text)
    found = sorted((m.start(), role) for role, pattern in _ROLE_WORDS for m in pattern.finditer(folded))
    out: list[str] = []
    for _, role in found:
        if not out or out[-1] != role:
            out.append(role)
    return out


def value_column_order(header: list[Line]) -> tuple[str, ...] | None:
    """The roles of the value columns left to right; TEMPLATE_ORDER where the header says nothing else,
    None where it names an order that cannot be mapped."""
    named = named_roles(" ".join(line.text for line in header))
    first = tuple(dict.fromkeys(named))
    if not first:
        return TEMPLATE_ORDER
    if any(named[i] != first[i % len(first)] for i in range(len(named))):
        return None   # the roles come in more than one order: which is the table's cannot be told
    if [r for r in TEMPLATE_ORDER if r in first] == list(first):
        return TEMPLATE_ORDER
    if len(first) == 3:
        return first
    return None


def in_template_order(cells: list, order: tuple[str, ...]) -> list:
    """The cells, read left to right in `order`, as baseline, actual, target."""
    if order == TEMPLATE_ORDER or len(cells) != 3:
        return cells
    return [cells[order.index(role)] for role in TEMPLATE_ORDER]
