"""Latvian numbers in report text: decimal comma or point, `%` with or without a space, ranges with
any dash, ASCII digits only. Numbers are never joined across cells or lines: `479 462` is two numbers.

This module finds and parses numbers; deciding what a number means is the extractors' job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# ASCII digits only ([0-9], never \d, which also matches other scripts' digits).
_NUMBER = re.compile(r"(?<![0-9])(?<![0-9][.,])([0-9]+(?:[.,][0-9]+)?)(?![0-9])(?:\s?(%))?")
_WHOLE = re.compile(r"^\s*([-−–]?)\s*([0-9]+(?:[.,][0-9]+)?)\s*(%?)\s*\.?\s*$")
_RANGE = re.compile(r"^\s*([0-9]+(?:[.,][0-9]+)?)\s*%?\s*[-–—]\s*([0-9]+(?:[.,][0-9]+)?)\s*(%?)\s*$")


@dataclass(frozen=True)
class Number:
    value: float
    start: int
    end: int
    percent: bool
    raw: str


def to_float(raw: str) -> float:
    return float(raw.replace(",", "."))


def find_numbers(text: str) -> list[Number]:
    """Every number in `text`, left to right, with its position and whether `%` follows it."""
    return [Number(to_float(m.group(1)), m.start(1), m.end(), bool(m.group(2)), m.group(0))
            for m in _NUMBER.finditer(text)]


def parse_number(text: str) -> float | None:
    """The value of a cell that is just a number (`36,4`, `57 %`, `-5`), else None."""
    m = _WHOLE.match(text)
    if not m:
        return None
    value = to_float(m.group(2))
    return -value if m.group(1) else value


def parse_range(text: str) -> tuple[float, float] | None:
    """`5-6`, `5 – 6`, `40—50%` as (low, high), else None."""
    m = _RANGE.match(text)
    if not m:
        return None
    return to_float(m.group(1)), to_float(m.group(2))


def parse_int(text: str) -> int | None:
    """A cell that is a whole count (`479`), else None."""
    value = parse_number(text)
    if value is None or "%" in text or not value.is_integer() or value < 0:
        return None
    return int(value)


def format_number(value: float | int | None) -> str:
    """CSV form: `.` decimal point, no trailing zeros, empty for None."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


# Counts written in words (nominative, both genders; "viens"/"viena" and the teens and twenty): the
# way reports write small counts of learners ("divi izglītojamie", "trīs (3) audzēkņi").
NUMBER_WORDS = {
    "viens": 1, "viena": 1, "divi": 2, "divas": 2, "trīs": 3, "četri": 4, "četras": 4, "pieci": 5, "piecas": 5,
    "seši": 6, "sešas": 6, "septiņi": 7, "septiņas": 7, "astoņi": 8, "astoņas": 8, "deviņi": 9, "deviņas": 9,
    "desmit": 10, "vienpadsmit": 11, "divpadsmit": 12, "trīspadsmit": 13, "četrpadsmit": 14, "piecpadsmit": 15,
    "sešpadsmit": 16, "septiņpadsmit": 17, "astoņpadsmit": 18, "deviņpadsmit": 19, "divdesmit": 20,
}
# the same counts in the other cases a sentence may put them in ("vienam izglītojamajam", "diviem
# audzēkņiem", "trim skolēniem"): dative and accusative, both genders. Not the genitive: "divu ģimeņu
# bērni" counts families, not learners
_CASE_ENDINGS = {
    "vien": ("am", "ai", "u"), "div": ("iem", "ām", "us"), "četr": ("iem", "ām", "us"), "piec": ("iem", "ām", "us"),
    "seš": ("iem", "ām", "us"), "septiņ": ("iem", "ām", "us"), "astoņ": ("iem", "ām", "us"), "deviņ": ("iem", "ām", "us"),
}
_STEM_VALUES = {"vien": 1, "div": 2, "četr": 4, "piec": 5, "seš": 6, "septiņ": 7, "astoņ": 8, "deviņ": 9}
NUMBER_WORDS.update({stem + ending: _STEM_VALUES[stem] for stem, endings in _CASE_ENDINGS.items() for ending in endings})
NUMBER_WORDS.update({"trim": 3, "trijiem": 3, "trijām": 3})
NUMBER_WORD_PATTERN = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))


def word_number(word: str) -> int | None:
    """The value of a count written as a word (`divi` -> 2, `Trīs` -> 3), else None."""
    return NUMBER_WORDS.get(word.strip().lower())
