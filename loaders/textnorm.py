"""Text helpers shared by the splitter and extractors: accent folding for matching, joining lines."""
from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case without diacritics, whitespace collapsed: for matching words, never for output."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip()


def fold_in_place(text: str) -> str:
    """`fold` character by character, so positions in the result are positions in `text`."""
    return "".join((fold(ch) or " ")[:1] for ch in text)


def join_lines(texts) -> str:
    """Join line texts with single spaces, re-joining words hyphenated at a line end (`e-` + `grāmata`).
    Linear in the total length (parts joined once at the end)."""
    parts: list[str] = []
    tail = ""  # the last two characters joined so far
    for text in texts:
        text = text.strip()
        if not text:
            continue
        if tail.endswith("-") and len(tail) > 1 and tail[-2].isalpha() and text[:1].islower():
            sep = ""
        elif parts:
            sep = " "
        else:
            sep = ""
        parts.append(sep + text)
        tail = (tail + sep + text)[-2:]
    return "".join(parts)


def strip_punct(text: str) -> str:
    """Trim separators a cell's text may end or start with (`,` `;` `:`), keeping closing brackets."""
    return text.strip().strip(",;:").strip()
