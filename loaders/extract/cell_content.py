"""Recognising what a table cell holds, by its content: a programme code, an address, a date, counts.

Shared by the table extractors; these rules never look at a line's position.
"""
from __future__ import annotations

import re
from datetime import date

from loaders.textnorm import fold, strip_punct

# A programme code has 8 characters (the template: MK 322 of 2017): digits, or a programme type with a
# letter (`20V21201`: the type "ar burtu", point 2.2). Printed codes may be grouped with spaces. In
# running text the groupings below are the ones read (`0101 11 11`, `01 01 11 11`, `33 811 021`,
# `33 481 03 1`, `20V 212 01`), and two groups of four (`0101 1111`) where they cannot be two counts:
# the first group has a leading zero (a count never has), or words follow on the same line (two counts
# close a row; a pair of years is no code). `1217 1283` at a line's end are two counts. In a table's code column any grouping of
# the 8 characters is the code (`cell_code`); a lettered type may carry a ninth digit (`20V 813 00 1`).
_LETTER = "[A-Za-z]"  # the type letter, upper case (`20V`, `30T`) or lower (`35b`), kept as printed
_CODE_GROUPINGS = (  # (group sizes, what the third character may be)
    ((3, 3, 2, 1), _LETTER), ((9,), _LETTER), ((3, 6), _LETTER),  # a lettered code with a ninth digit first
    ((8,), "[0-9A-Za-z]"), ((4, 2, 2), "[0-9]"), ((2, 2, 2, 2), "[0-9]"), ((2, 3, 3), "[0-9]"),
    ((2, 3, 2, 1), "[0-9]"), ((3, 3, 2), _LETTER), ((3, 5), _LETTER),
)
_FOUR_FOUR = r"0[0-9]{3} [0-9]{4}|(?!(?:19|20)[0-9]{2} (?:19|20)[0-9]{2})[1-9][0-9]{3} [0-9]{4}(?=[ \t]+[^\s0-9*–—-])"
# a code whose type carries a letter may have a ninth digit, as professional-orientation codes are printed
# (`20V 813 00 1` -> `20V813001`, `35b 811 03 1` -> `35b811031`): kept as printed without spaces, never cut to 8
_CODE_CHARS = re.compile(r"[0-9]{2}(?:[0-9][0-9]{5}|[A-Za-z][0-9]{5,6})")


def _grouping_pattern(sizes: tuple[int, ...], third: str) -> str:
    chars, parts = 0, []
    for size in sizes:
        parts.append("".join(third if chars + i == 2 else "[0-9]" for i in range(size)))
        chars += size
    return " ".join(parts)


# not inside a word, a postcode (`LV-5404 14 16` is a postcode and two counts) or a licence number
PROGRAMME_CODE = re.compile(
    r"(?<![0-9A-Za-zĀ-ž_/-])(" + "|".join([_grouping_pattern(*g) for g in _CODE_GROUPINGS] + [_FOUR_FOUR])
    + r")(?![0-9A-Za-zĀ-ž])")
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
# a count cell may be a dash (none) and may carry a footnote mark (`–*`, `12*`)
_COUNT_TOKEN = r"(?:[0-9]{1,6}|-|–|—)\*{0,2}"
_COUNTS_ONLY = re.compile(rf"^{_COUNT_TOKEN}(?:\s+{_COUNT_TOKEN})*$")
_TRAILING_COUNTS = re.compile(rf"^(\D+?)\s+({_COUNT_TOKEN}(?:\s+{_COUNT_TOKEN})*)$")
# counts after a cell that cannot end in a count: a postcode, a date, a licence number, a count in
# brackets closing a list cell (`MT-2 (1) 22 19`) (`LV-5404 3 3`,
# `V_5877 22.09.2022. 186 191`: Tika glues a row's cells that share a baseline)
_TRAILING_COUNTS_AFTER_CELL = re.compile(
    r"^(.*(?:\bLV\s?-?\s?[0-9]{4}\b|(?<![0-9])[0-3]?[0-9]\.[01]?[0-9]\.(?:19|20)[0-9]{2}\.?|"
    r"(?<![\w])[A-Z]{1,3}\s?[-_]\s?[0-9]{2,6}(?:/[0-9]+)?|\([0-9]{1,3}\))[.,;]?)\s+((?:[0-9]{1,6}\s*)+)$")


def is_address(text: str) -> bool:
    return bool(POSTCODE.search(text) or _ADDRESS_WORDS.search(text))


def code_digits(text: str) -> str:
    """A programme code as its characters (8, or 9 for a lettered code), however it was grouped."""
    return text.replace(" ", "")


def programme_code(text: str) -> str | None:
    """The programme code a text holds (`2101 58 11` -> `21015811`, `20V 212 01` -> `20V21201`), else None.
    A grouping of digits only is a code only when its type digits are a known pattern; a letter must be the
    third character."""
    m = PROGRAMME_CODE.search(text)
    if not m:
        return None
    code = code_digits(m.group(1))
    return code if _CODE_CHARS.fullmatch(code) else None


_CODE_TOKEN = re.compile(r"[0-9]{2}[A-Za-z][0-9]*|[0-9A-Z]*[0-9][0-9A-Z]*")
_CODE_LIKE = re.compile(r"[0-9]{2}[0-9A-Za-z][0-9]{3,8}")


def cell_code(text: str) -> tuple[str | None, str | None]:
    """The programme code in a table cell that holds a code, perhaps beside words, never counts:
    (code, None) for its 8 characters in any grouping (`0101 1111`, `2101 5611`, `20V 212 01`) or a
    lettered code's 9 (`20V 813 00 1` -> `20V813001`), (None, the characters as printed without spaces)
    for a run of code-like groups of another length (`210158111`: 9 digits), (None, None) where the cell
    holds nothing code-like. Groups run over single spaces; `;` or `,` after a group ends the run."""
    runs: list[list[str]] = [[]]
    for token in text.split():
        bare = token.rstrip(".,;:")
        if _CODE_TOKEN.fullmatch(bare):
            runs[-1].append(bare)
            if bare != token:
                runs.append([])
        elif runs[-1]:
            runs.append([])
    unreadable = None
    for run in runs:
        joined = "".join(run)
        if _CODE_CHARS.fullmatch(joined):
            return joined, None
        if unreadable is None and _CODE_LIKE.fullmatch(joined):
            unreadable = joined
    return None, unreadable


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
    `V_5877 22.09.2022. 186 191` -> ("V_5877 22.09.2022.", [186, 191]);
    `Aveņu iela 40` -> ("Aveņu iela 40", []) (a house number is not a count).
    """
    stripped = text.strip()
    if PROGRAMME_CODE.fullmatch(stripped):
        return stripped, []
    if _COUNTS_ONLY.match(stripped):
        return "", [_token_count(tok) for tok in stripped.split()]
    m = _TRAILING_COUNTS_AFTER_CELL.match(stripped)
    if m:
        return m.group(1).strip(), [int(tok) for tok in m.group(2).split()]
    m = _TRAILING_COUNTS.match(stripped)
    if m and is_total_label(m.group(1), subtotals=True):  # `Kopā 180 173`: a totals row's label and its counts
        return m.group(1).strip(), [_token_count(tok) for tok in m.group(2).split()]
    return stripped, []


def _token_count(token: str) -> int | None:
    token = token.rstrip("*")
    return int(token) if token.isdigit() else None


_NO_COUNT = re.compile(r"^(?:-|–|—|x|nav)\**\.?$", re.IGNORECASE)
_COUNT_CELL = re.compile(r"^([0-9]{1,6})\**(?:\s*\([^()]*\))?\.?$")


def parse_count(text: str) -> tuple[int | None, str]:
    """A learner-count cell: (value, what it held): `34` and `34 (t.sk. 3 mājas apmācībā)` -> (34, "count");
    `–`, `–*` -> (None, "none"); `` -> (None, "empty"); anything else (`34/30`, `ap. 30`) -> (None, "unclear")."""
    text = " ".join(text.split())
    if not text:
        return None, "empty"
    if _NO_COUNT.match(text):
        return None, "none"
    m = _COUNT_CELL.match(text)
    if m:
        return int(m.group(1)), "count"
    return None, "unclear"


_TOTALS = {"kopa", "pavisam", "kopa izglitojamo", "kopsumma", "kopa skola", "kopa iestade", "pavisam kopa"}
_SUBTOTAL = re.compile(r"^(?:kopa|pavisam|kopsumma)\b")


def is_total_label(text: str, *, subtotals: bool = False) -> bool:
    """`Kopā`, `Pavisam`, `Kopā skolā` (the table's total); with `subtotals`, also `Kopā pirmsskolā` and
    other labels of at most four words opening with a totals word."""
    folded = fold(text).rstrip(":. ")
    if folded in _TOTALS:
        return True
    return subtotals and bool(_SUBTOTAL.match(folded)) and len(folded.split()) <= 4


LICENCE_NO = re.compile(r"(?<![\w])([A-Z]{1,3}\s?[-_]\s?[0-9]{2,6}(?:/[0-9]+)?)(?![\w])")


def licence_of(text: str) -> tuple[str | None, str | None]:
    """(licence number, ISO date) from a licence cell or cells: `P-18221, 12.03.2020.`, `V_1187`,
    `2017. gada 14. septembrī`; a bare number before the date is the number."""
    text = " ".join(text.split())
    if not text or _NO_COUNT.match(text):
        return None, None
    found = parse_date(text)
    number = LICENCE_NO.search(text)
    licence_no = number.group(1).replace(" ", "") if number else None
    if licence_no is None:
        bare = re.match(r"^(?:Nr\.?\s*)?([0-9]{1,8})\b(?!\.[0-9])", text)
        licence_no = bare.group(1) if bare else None
    return licence_no, found.isoformat() if found else None


def sites_of(text: str) -> str | None:
    """Implementation addresses ` | `-separated: split at `;` and after each postcode; `–` is none."""
    text = strip_punct(text)
    if not text or _NO_COUNT.match(text):
        return None
    pieces = []
    for part in re.split(r";\s*", text):
        pieces.extend(re.split(r"(?<=[0-9]{4})[,;]?\s+(?=[^\s(])", part) if POSTCODE.search(part) else [part])
    return " | ".join(p for p in (strip_punct(p) for p in pieces) if p) or None
