"""Section 1.2 (school reports): why learners changed school or stopped -> `leaving_reasons` rows.

Items 1.2.1 / 1.2.2 / 1.2.3 carry counts in prose ("7 izglītojamie", "(40 izglītojamie)",
"skolēni – 8"). Each stated count is a row whose category is the template item it stands under, except
a clause about going abroad, which is `emigration`. The template's own prompt in parentheses
("(cik daudzi izglītojamie ...)") is not part of the answer; a total stated before the items is not a row.
"""
from __future__ import annotations

import re

from loaders.issues import Issues
from loaders.model import Line, span_ref
from loaders.reference import leaving_categories
from loaders.textnorm import join_lines, strip_punct

SECTION = "1.2"
_ITEM = re.compile(r"^\s*(1\.2\.[1-9])\.?\s*")
_PROMPT = re.compile(r"\((?:[^()]*\bcik\b[^()]*|[^()]*iemesl[^()]*)\)\s*:?", re.IGNORECASE)
_LEARNER = r"(?:izglītojam\w*|skolēn\w*|audzēkņ\w*|audzēkn\w*|bērn\w*|personas|jaunieš\w*|studējoš\w*)"
_COUNT = re.compile(
    rf"(?<![0-9.,])([0-9]{{1,5}})(?![0-9.,%])\s*(?={_LEARNER})"
    rf"|{_LEARNER}\s*[-–—:]\s*([0-9]{{1,5}})(?![0-9.,%])",
    re.IGNORECASE,
)
_BARE_COUNT = re.compile(r"^[^0-9]*?[:–—-]\s*([0-9]{1,5})\s*[.;]?\s*$")
# `2 (1. klase – 1, 5. klase – 1)`: the count opens the answer; a breakdown after it is not more rows
_OPENING_COUNT = re.compile(r"^\s*([0-9]{1,5})(?![0-9.,%])")


def extract_leaving_reasons(lines: list[Line], issues: Issues) -> list[dict]:
    rows: list[dict] = []
    for item_no, item_lines in _items(lines):
        text = join_lines(ln.text for ln in item_lines)
        text = _ITEM.sub("", text, count=1)
        label, answer = _label_and_answer(text)
        category = _category_of(label) or leaving_categories().by_item.get(item_no, "other")
        counts = list(_COUNT.finditer(answer))
        if not counts:
            bare = _BARE_COUNT.match(answer) or _OPENING_COUNT.match(answer)
            if bare:
                rows.append(_row(item_lines, item_no, category, strip_punct(label), int(bare.group(1))))
            elif re.search(r"[0-9]", answer):
                issues.warn(SECTION, "leaving_count_unrecognised",
                            f"Item {item_no} has numbers but no learner count could be read.", item_lines)
            continue
        prev_end = 0
        for n, m in enumerate(counts):
            number = int(m.group(1) or m.group(2))
            next_start = counts[n + 1].start() if n + 1 < len(counts) else len(answer)
            reason = _reason_text(answer, prev_end, m, next_start)
            abroad = category != "other" and _category_of(reason) == "emigration"
            rows.append(_row(item_lines, item_no, "emigration" if abroad else category, reason or strip_punct(label),
                             number))
            prev_end = m.end()
    return rows


def _row(lines, item_no, category, reason, learners) -> dict:
    return {"source_ref": span_ref(lines), "item_no": item_no, "category": category,
            "reason_text": reason or None, "learners": learners}


def _items(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    items: list[tuple[str, list[Line]]] = []
    for line in lines:
        m = _ITEM.match(line.text)
        if m:
            items.append((m.group(1), [line]))
        elif items:
            items[-1][1].append(line)
    return items


def _label_and_answer(text: str) -> tuple[str, str]:
    """`dzīvesvietas maiņa (cik daudzi ...): 7 izglītojamie` -> ("dzīvesvietas maiņa", "7 izglītojamie")."""
    m = _PROMPT.search(text)
    if m:
        return text[: m.start()].strip(), text[m.end():].strip()
    if ":" in text:
        label, answer = text.split(":", 1)
        return label.strip(), answer.strip()
    dash = re.search(r"\s[–—-]\s", text)
    if dash:
        return text[: dash.start()].strip(), text[dash.end():].strip()
    return "", text


def _category_of(text: str) -> str | None:
    return leaving_categories().category_of(text)


def _reason_text(answer: str, prev_end: int, m: re.Match, next_start: int) -> str:
    """The words a count belongs to: from the previous count up to this one, or else the clause it
    opens (up to the next count at most)."""
    before = answer[prev_end: m.start()]
    before = re.sub(r"^[\s)\].,;:–—-]*(?:izglītojam\w*|skolēn\w*|audzēkņ\w*|bērn\w*)?\s*\)?[\s.,;:]*", "", before,
                    flags=re.IGNORECASE)
    before = before.rstrip(" (–—-:")
    if before:
        return strip_punct(before)
    # the count opens its clause ("7 izglītojamie pārgāja ..."): take the clause after it
    after = answer[m.end():next_start]
    after = re.sub(rf"^\s*{_LEARNER}", "", after, flags=re.IGNORECASE)
    clause = re.split(r"[;]|\s[–—-]\s|,\s(?=[a-zāčēģīķļņšūž]+\s+(?:uz|no)\b)", after, maxsplit=1)[0]
    return strip_punct(clause)
