"""Text helpers shared by the splitter and extractors: accent folding for matching, joining lines."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")


def _fold_char(ch: str) -> str:
    """One character lower-cased and decomposed, its diacritics dropped (`Ā` -> `a`, `ß` -> `ß`)."""
    return "".join(c for c in unicodedata.normalize("NFD", ch.lower()) if not unicodedata.combining(c))


class _FoldTable(dict):
    """str.translate table filled on first use of each character, so folding costs one C-level pass
    per text instead of Python work per character (the decomposition of a text is the decomposition
    of its characters up to the order of combining marks, which are dropped anyway)."""

    def __init__(self, one_char: bool):
        super().__init__()
        self.one_char = one_char

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        value = (folded.strip() or " ")[:1] if self.one_char else folded
        self[code] = value
        return value


_FOLD = _FoldTable(one_char=False)
_FOLD_IN_PLACE = _FoldTable(one_char=True)


# Extractors fold the same texts again and again (~1,500 calls a text report; over 100 reports 96 % of
# the calls repeat a text already folded), so both folds remember recent texts: bounded, per process.
@lru_cache(maxsize=1 << 15)
def fold(text: str) -> str:
    """Lower case without diacritics, whitespace collapsed: for matching words, never for output."""
    return _SPACES.sub(" ", text.translate(_FOLD)).strip()


@lru_cache(maxsize=1 << 15)
def fold_in_place(text: str) -> str:
    """`fold` character by character, so positions in the result are positions in `text`."""
    return text.translate(_FOLD_IN_PLACE)


_RANGE_DASH = re.compile(r"(?:[0-9.][–—-]|LV ?-)$")


def _glued(tail: str, text: str) -> bool:
    """Whether a line ending in `tail` runs on into `text` with no space: a word hyphenated at the line
    end (`e-` + `grāmata`, `COVID-` + `19`; not `darba-` + `Lapa`), or a range or postcode whose dash ends the line
    (`(7.–` + `9. klase)`, `2023-` + `2024`, `LV -` + `5401`)."""
    if not text or tail[-1:] not in "-–—":   # both rules need a dash at the end (fast path)
        return False
    if tail.endswith("-") and len(tail) > 1 and tail[-2].isalpha() and (text[0].islower() or text[0].isdigit()):
        return True
    return bool(_RANGE_DASH.search(tail)) and text[0].isdigit()


def join_lines(texts) -> str:
    """Join line texts with single spaces, except where a line ends in a hyphen or range dash that
    runs on into the next (`_glued`). Linear in the total length (parts joined once at the end)."""
    parts: list[str] = []
    tail = ""  # the last four characters joined so far
    for text in texts:
        text = text.strip()
        if not text:
            continue
        sep = "" if not parts or _glued(tail, text) else " "
        if sep:
            parts.append(sep)
        parts.append(text)
        tail = text[-4:] if len(text) >= 4 else (tail + sep + text)[-4:]   # no copy of a long text
    return "".join(parts)


def strip_punct(text: str) -> str:
    """Trim separators a cell's text may end or start with (`,` `;` `:`), keeping closing brackets."""
    return text.strip().strip(",;:").strip()
