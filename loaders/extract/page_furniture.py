"""Page furniture and signature blocks inside a section's lines: what a page or the document's end adds
around the text and is never part of a fact.

- page furniture: page numbers (`4`, `2. lpp. no 5`, `Lpp. 4`, `3/7`, `4. lappuse`) and running heads
  that name the report (`… – pašnovērtējuma ziņojums par 2023./2024. mācību gadu`, `…, 2024./2025. m.g.`),
  also with the page's number after them (`Skolas pašnovērtējuma ziņojums, 3. lpp.`); and, within a
  section's lines, any short line outside the tables that ends in a page label (`…, 3. lpp.`, `… | 4`)
  and recurs with only its numbers changed (a running head or foot the page numbers);
- a signature block: the head's or founder's approval (`Direktors /paraksts/ …`, `Saskaņots:`,
  `Izglītības iestādes vadītājs: …`, `APSTIPRINU`), which ends the last section's text.

A bare number line is furniture only where the caller says a bare number cannot be a cell (prose,
priority tables); this module never decides what a number means elsewhere.
"""
from __future__ import annotations

import re

from loaders.model import Line
from loaders.textnorm import fold

_PAGE_LABEL = re.compile(r"^(?:\d{1,3}\.?\s*(?:lpp|lappuse)\.?(?:\s*no\s*\d{1,3}\.?)?|(?:lpp|lappuse)\.?\s*\d{1,3}"
                         r"(?:\s*no\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3}|-\s*\d{1,3}\s*-|page \d{1,3}( of \d{1,3})?)$")
_BARE_NUMBER = re.compile(r"^\d{1,3}$")
# a running head or foot with the page's label after it: `Skolas pašnovērtējuma ziņojums, 3. lpp.`
_TRAILING_PAGE_LABEL = re.compile(r"^(.*?\S)\s*[,;|–—-]?\s+(?:\d{1,3}\.?\s*(?:lpp|lappuse)\.?(?:\s*no\s*\d{1,3}\.?)?"
                                  r"|(?:lpp|lappuse)\.?\s*\d{1,3}(?:\s*no\s*\d{1,3})?)$")
_HEAD_ENDS = re.compile(r"pasnovertejuma zinojums?$")
_DIGITS = re.compile(r"\d+")
_RUNNING_HEAD_WORDS = "pasnovertejuma zinojum"
_HEAD_WITH_YEAR = re.compile(r"pasnovertejuma zinojums,?\s*(?:par\s+)?(?:19|20)[0-9]{2}\.?\s*"
                             r"(?:/\s*(?:19|20)?[0-9]{2}\.?\s*)?(?:m\.\s?g|mac\.\s?g|g)\.$")
# a signature line: `/paraksts/` or `(paraksts)` anywhere, or a line opening as an approval, a head's
# title, `z. v.` or `Dokuments ir parakstīts …` (two patterns: a search for the first, a match at the
# start for the second, which is what one search over the alternatives anchored with `^` did, faster)
_SIGNATURE_ANYWHERE = re.compile(r"/\s*paraksts\s*/|\(paraksts\)")
_SIGNATURE_START = re.compile(
    r"(?:saskanots|apstiprinu|apstiprinats)\s*(?::|$)|"
    r"(?:izglitibas iestades |iestades |skolas )?(?:vaditaj\w*|direktor\w*)(?:\s*[:/]|$)|"
    r"(?:z\.\s*v\.|zv\.)$|\(?dokuments ir parakstits")


def is_page_furniture(text: str, bare_numbers: bool = True) -> bool:
    folded = fold(text).strip()
    opening = folded[:1]   # a page label opens with a digit, `lpp`/`lappuse`, `page` or a dash (a cheap test first)
    if (opening.isdecimal() or opening in "lp-") \
            and (_PAGE_LABEL.match(folded) or (bare_numbers and _BARE_NUMBER.match(folded))):
        return True
    if len(folded) >= 160 or _RUNNING_HEAD_WORDS not in folded:   # both rules below need these words
        return False
    # a sentence about the report ends in a stop; a running head may end in the school year's
    # abbreviation (`… pašnovērtējuma ziņojums, 2024./2025. m.g.`)
    if _HEAD_WITH_YEAR.search(folded):
        return True
    labelled = _TRAILING_PAGE_LABEL.match(folded)
    if labelled and (_HEAD_ENDS.search(labelled.group(1)) or _HEAD_WITH_YEAR.search(labelled.group(1))):
        return True
    return not folded.endswith((".", ":"))


def _recurring_page_lines(lines: list[Line]) -> set[str]:
    """Short lines outside the tables that end in a page label and recur with only their numbers
    changed (`Rīgas 5. skola, 3. lpp.` … `Rīgas 5. skola, 4. lpp.`): a running head or foot."""
    seen: dict[str, set[str]] = {}
    for line in lines:
        folded = fold(line.text).strip()
        if line.table is None and len(folded) < 160 and ("lpp" in folded or "lappuse" in folded) \
                and _TRAILING_PAGE_LABEL.match(folded):   # the label's words first: a cheap test
            seen.setdefault(_DIGITS.sub("#", folded), set()).add(folded)
    return {shape for shape, texts in seen.items() if len(texts) >= 2}


def is_signature(text: str) -> bool:
    folded = fold(text).strip()
    # _SIGNATURE_START's openings: saskanots, apstiprin…, izglitibas/iestades/skolas, vaditaj…, direktor…, z. v., (dokuments
    return bool((folded[:1] in "saivdz(" and _SIGNATURE_START.match(folded))
                or ("paraksts" in folded and _SIGNATURE_ANYWHERE.search(folded)))


def without_furniture(lines: list[Line], bare_numbers: bool = True) -> list[Line]:
    recurring = _recurring_page_lines(lines)
    if not recurring:   # most sections: no line's shape to compare
        return [ln for ln in lines if not is_page_furniture(ln.text, bare_numbers)]
    return [ln for ln in lines if not is_page_furniture(ln.text, bare_numbers)
            and not (ln.table is None and _DIGITS.sub("#", fold(ln.text).strip()) in recurring)]


def before_signature(lines: list[Line]) -> list[Line]:
    """The lines up to the first signature-block line outside a table (the document's end)."""
    for i, line in enumerate(lines):
        if line.table is None and is_signature(line.text):
            return lines[:i]
    return lines
