"""The figure an indicator cell gives as its value, and the unit it is in.

`41. vieta (3,23 balles)` -> 41, place (a bracketed aside is not the value); `Latvijas skolu
reitings- 2024` -> no value (a year inside a label is not a value); `6,2 balles vid.` -> 6.2, grade_avg;
`521 izglītojamais piedalījās` -> 521, learners; `12 no 15 audzēkņiem` -> 12 (a part of a whole);
`5-gadīgo bērnu` -> no value (a figure inside a word);
`pieaugums no 10 uz 12` -> 12 (a change: the figure it reached); `100% Lpp. 3` -> 100 (a page label
glued in at a page break is no figure); `-`, `Nav attiecināms`, `nav datu`,
text only, or several figures (a list of results) -> no value; `21 no 23 pedagogiem jeb 91 %` (one
amount said two ways) -> no value by itself: `restatements` gives both, and the row takes the one in
the unit its other cells are in.
"""
from __future__ import annotations

import re

from loaders.numbers import Number, find_numbers
from loaders.textnorm import fold

_BRACKETS = re.compile(r"\([^()]*\)")
_DIGIT = re.compile(r"[0-9]")
_YEAR = re.compile(r"(?<![0-9.,])(?:19|20)[0-9]{2}(?:\.\s?/\s?(?:19|20)[0-9]{2})?\.?(?:\s?m\.\s?g\.)?(?![0-9,%])")
_ENUM = re.compile(r"(?:(?<=\s)|^)[0-9]{1,2}\.(?=\s*[A-Za-zĀ-ž])(?!\s*viet)")
# `5-gadīgo`: a figure that is part of a word
_COMPOUND = re.compile(r"(?<![0-9.,])[0-9]+[-–](?=[A-Za-zĀ-ž])")
_RANGE = re.compile(r"(?<![0-9.,])[0-9]+(?:[.,][0-9]+)?\s?[–—-]\s?[0-9]+(?:[.,][0-9]+)?(?![0-9.,])")
# `no 10 uz 12`: a change from one figure to another; the cell's value is the figure reached
_CHANGE = re.compile(r"\bno\s+([0-9]+(?:[.,][0-9]+)?)\s*%?\s+(?:uz|līdz)\s+(?=[0-9])", re.IGNORECASE)
# `12 no 15`: a part of a whole; the whole is not the value
_PART_OF = re.compile(r"(?<=[0-9])(\s*%?\s+no\s+)([0-9]+)(?![0-9.,])", re.IGNORECASE)
# a page label a reader glued into the cell at a page break (`100% Lpp. 3`, `3. lpp.`, `Lapa 2 no 6`)
_PAGE_LABEL = re.compile(r"\b(?:lpp\.?|lappuse)\s*[0-9]{1,3}(?:\s*no\s*[0-9]{1,3})?(?![0-9.,%])|"
                         r"(?<![0-9.,])[0-9]{1,3}\.?\s*(?:lpp\b\.?|lappuse\b)(?:\s*no\s*[0-9]{1,3})?|"
                         r"\blapa\s*[0-9]{1,3}\s*no\s*[0-9]{1,3}\b", re.IGNORECASE)
_LEARNERS = re.compile(r"^\s*(izglitojam|skolen|audzekn|bern|jaunies|studejos|dalibniek|absolvent)")
_PLACE = re.compile(r"^\.?\s*viet")
_GRADE = re.compile(r"^\s*(balle|balles|ballu|b\.)")


def figures_left(text: str) -> list[Number]:
    """The figures of `text` other than years and bracketed asides (a name that still holds some had
    values glued into it)."""
    text = _BRACKETS.sub(lambda m: " " * len(m.group(0)), text)
    return find_numbers(_YEAR.sub(lambda m: " " * len(m.group(0)), text))


def value_text(text: str) -> str:
    """The cell's text with what cannot be its value blanked out (asides in brackets, years, list
    numbers, ranges, the start of a change and the whole of a part)."""
    text = _BRACKETS.sub(lambda m: " " * len(m.group(0)), text)
    if not _DIGIT.search(text):   # every pattern below needs a digit (and blanks, never adds, one)
        return text
    text = _PAGE_LABEL.sub(lambda m: " " * len(m.group(0)), text)
    text = _CHANGE.sub(lambda m: " " * len(m.group(0)), text)
    text = _PART_OF.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    for pattern in (_YEAR, _ENUM, _RANGE, _COMPOUND):
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def cell_value(text: str) -> tuple[float | None, str | None]:
    """(value, unit) of one cell; unit None where the cell itself does not say."""
    if not text:
        return None, None
    stripped = value_text(text)
    numbers = find_numbers(stripped)
    if len(numbers) != 1:
        return None, None
    number = numbers[0]
    return number.value, _unit_after(stripped, number)


_RESTATED = re.compile(r"\s+jeb\s+", re.IGNORECASE)


def restatements(text: str) -> list[tuple[float, str | None]]:
    """`21 no 23 pedagogiem jeb 91 %`: the (value, unit) of each way a cell says one amount (`jeb`:
    "that is"); [] where the cell is not two such parts with one figure each."""
    parts = _RESTATED.split(text)
    if len(parts) != 2:
        return []
    said = [cell_value(part) for part in parts]
    return said if all(value is not None for value, _ in said) else []


def in_row_unit(text: str | None, parsed: tuple[float | None, str | None], row_units: set[str]) -> tuple:
    """A cell with no value of its own that says one amount two ways takes the way in the unit the row's
    other cells share (one unit only, met by exactly one of the two); else it stays without a value."""
    if parsed[0] is not None or not text or len(row_units) != 1:
        return parsed
    matching = [said for said in restatements(text) if said[1] in row_units]
    return matching[0] if len(matching) == 1 else parsed


def _unit_after(text: str, number: Number) -> str | None:
    if number.percent:
        return "percent"
    after = fold(text[number.end:])
    if _GRADE.match(after):
        return "grade_avg"
    if _PLACE.match(after):
        return "place"
    if _LEARNERS.match(after):
        return "learners"
    if re.match(r"^\s*no\s", after):  # `12 no 15 audzēkņiem`: the unit is the whole's
        return unit_of_words(after[after.index("no") + 2:])
    if re.match(r"^\s*[a-z]", after):
        return "count"
    return None


def _precedence(unit: str) -> int:
    return _UNIT_PRECEDENCE.index(unit) if unit in _UNIT_PRECEDENCE else len(_UNIT_PRECEDENCE)


def units_disagree(units: list[str | None]) -> bool:
    """A percentage beside a number of something in one row (`6 no 9` | `8` | `vismaz 80 %`): the
    values cannot share one unit, so no one unit may be published for them."""
    said = {u for u in units if u}
    return "percent" in said and len(said) > 1


def unit_of_words(after: str) -> str:
    after = re.sub(r"^[\s0-9.,]+", "", after)
    if _LEARNERS.match(after):
        return "learners"
    return "count"


# when the cells say different units equally often, the more specific one (a count is what words after
# a number give when they name nothing the vocabulary knows); a fixed order, so the choice never
# depends on a set's iteration order
_UNIT_PRECEDENCE = ("percent", "grade_avg", "place", "learners", "count")


def row_unit(units: list[str | None], name: str, values: list[float | None]) -> str:
    """One unit for the row: what its cells say most often (ties by _UNIT_PRECEDENCE); a bare number
    counts learners in a programme row."""
    said = [u for u in units if u]
    if said:
        return max(sorted(set(said), key=_precedence), key=said.count)
    if not any(v is not None for v in values):
        return "text"
    folded = fold(name)
    if "programm" in folded or "izglitojam" in folded:
        return "learners"
    return "count"
