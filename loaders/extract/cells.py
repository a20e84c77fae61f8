"""Recognising what a table cell holds, by its content: a programme code, an address, a date, counts.

Shared by the table extractors; these rules never look at a line's position.
"""
from __future__ import annotations

import re
from datetime import date

from loaders.textnorm import fold

# 8 digits, also printed in groups (`0101 11 11`, `01 01 11 11`, `33 811 021`); two 4-digit counts
# (`1217 1283`) are not a grouping of a code
PROGRAMME_CODE = re.compile(
    r"(?<![0-9])([0-9]{8}|[0-9]{4} [0-9]{2} [0-9]{2}|[0-9]{2} [0-9]{2} [0-9]{2} [0-9]{2}|[0-9]{2} [0-9]{3} [0-9]{3})"
    r"(?![0-9])")
_MONTHS = ("janvār", "februār", "mart", "aprīl", "maij", "jūnij", "jūlij", "august", "septembr", "oktobr",
           "novembr", "decembr")
WORDED_DATE = re.compile(r"((?:19|20)[0-9]{2})\.\s*gada\s+([0-3]?[0-9])\.\s*(" + "|".join(_MONTHS) + r")\w*",
                         re.IGNORECASE)
DATE = re.compile(r"(?<![0-9])([0-3]?[0-9])\.([01]?[0-9])\.((?:19|20)[0-9]{2})\.?(?![0-9])")
POSTCODE = re.compile(r"\bLV\s?-?\s?[0-9]{4}\b")
_ADDRESS_WORDS = re.compile(
    r"\b(iela|ielā|ielas|iel\.|prospekts|prospektā|bulvāris|bulvārī|gatve|gatvē|laukums|laukumā|šoseja|šosejā|"
    r"ceļš|ceļā|aleja|alejā|krastmala|krastmalā|pagasts|pagastā|pag\.|novads|novadā|nov\.|māja|mājas|"
    r"skvērs|līnija|dambis|dambī|sēta)\b",
    re.IGNORECASE,
)
# a count has at most 6 digits: an 8-digit token is a programme code, never a count
_COUNTS_ONLY = re.compile(r"^(?:[0-9]{1,6}|-|–)(?:\s+(?:[0-9]{1,6}|-|–))*$")
_TRAILING_COUNTS_AFTER_POSTCODE = re.compile(r"^(.*\bLV\s?-?\s?[0-9]{4}\b[.,;]?)\s+((?:[0-9]{1,6}\s*)+)$")


def is_address(text: str) -> bool:
    return bool(POSTCODE.search(text) or _ADDRESS_WORDS.search(text))


def code_digits(text: str) -> str:
    """A programme code as its 8 digits, however it was grouped."""
    return text.replace(" ", "")


def parse_date(text: str) -> date | None:
    """`31.05.2025.` or `2017. gada 14. septembrī`."""
    m = DATE.search(text)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        w = WORDED_DATE.search(text)
        if not w:
            return None
        year, day = int(w.group(1)), int(w.group(2))
        month = next(i for i, stem in enumerate(_MONTHS, start=1) if w.group(3).lower().startswith(stem))
    try:
        return date(year, month, day)
    except ValueError:
        return None


def split_counts(text: str) -> tuple[str, list[int | None]]:
    """Separate the count cells a line carries from its other text.

    `15 17` -> ("", [15, 17]); `LV-5404 3 3` -> ("LV-5404", [3, 3]); `-` -> ("", [None]);
    `Aveņu iela 40` -> ("Aveņu iela 40", []) (a house number is not a count).
    """
    stripped = text.strip()
    if PROGRAMME_CODE.fullmatch(stripped):
        return stripped, []
    if _COUNTS_ONLY.match(stripped):
        return "", [None if tok in "-–" else int(tok) for tok in stripped.split()]
    m = _TRAILING_COUNTS_AFTER_POSTCODE.match(stripped)
    if m:
        return m.group(1).strip(), [int(tok) for tok in m.group(2).split()]
    return stripped, []


def is_total_label(text: str) -> bool:
    return fold(text).rstrip(":. ") in {"kopa", "pavisam", "kopa izglitojamo", "kopsumma"}
