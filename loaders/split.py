"""Split step: find the template's numbered sections in a document's lines.

A heading is a section number (`1.1.`, `2.`, `11.`) followed by words that match a row of
loaders.templates.SECTIONS; it may be split over lines, or glued to the end of the previous line's
text (then that line is cut in two, both halves keeping the line's location). Sections must come in
template order; a number whose words do not match (e.g. an indicator row `2. Izglītojamo ...`) is
not a heading. This module does not read values.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from loaders.model import Line
from loaders.templates import SECTIONS, SectionSpec
from loaders.textnorm import fold

# a heading's words start with a capital, a quote or a bracket, or with the school year it is about
# (`2.4. 2023./2024. mācību gada darba prioritātes ...`)
_HEADING_NUMBER = re.compile(r"(?:(?<=\s)|^)((?:[1-9][0-9]?)(?:\.[1-9][0-9]?)?)\.?\s+"
                             r"(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ„“\"«(]|(?:19|20)[0-9]{2}\.?\s?/)")
_LOOKAHEAD_LINES = 3
# a heading number inside a line (after a space), followed by a capitalised word: `... 1 1.2. Izglītības ...`
_GLUED_NUMBER = re.compile(r"(?<=\s)([1-9][0-9]?(?:\.[1-9][0-9]?)?)\.\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])")
# whether a line holds one: the same with the space taken, not looked behind for (a faster scan)
_HAS_GLUED_NUMBER = re.compile(r"\s[1-9][0-9]?(?:\.[1-9][0-9]?)?\.\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])")


@dataclass
class Section:
    key: str
    number: str
    heading: list[Line]
    lines: list[Line] = field(default_factory=list)


@dataclass
class SplitDocument:
    preamble: list[Line]
    sections: dict[str, Section]
    lines: list[Line]

    def get(self, key: str) -> Section | None:
        return self.sections.get(key)


def split_sections(lines: list[Line]) -> SplitDocument:
    lines = [ln for ln in lines if not ln.is_link]
    found: list[tuple[int, SectionSpec, str]] = []  # (line index, spec, number)
    out: list[Line] = []
    order = {spec.key: i for i, spec in enumerate(SECTIONS)}
    last_rank = -1
    i = 0
    for line in lines:
        if _HAS_GLUED_NUMBER.search(line.text):
            out.extend(_cut_glued_heading(line))
        else:   # no number inside the line: nothing to cut (fast path)
            out.append(line)
    for i, line in enumerate(out):
        m = _HEADING_NUMBER.match(line.text)
        if not m:
            continue
        number = m.group(1)
        context = fold(" ".join(ln.text for ln in _heading_context(out, i)))
        head = context[len(fold(m.group(0))):] if context.startswith(fold(m.group(0))) else context
        for spec in SECTIONS:
            rank = order[spec.key]
            if number not in spec.numbers:
                continue
            # a section of part 1 the report numbered after a later one (interest centres: the
            # indicators in 1.2, the leaving reasons the centre added as 1.3) opens once
            out_of_order = (rank <= last_rank and number.startswith("1.") and spec.key == "leaving_reasons"
                            and number != spec.numbers[0] and all(s.key != spec.key for _, s, _ in found))
            if rank <= last_rank and not out_of_order:
                continue
            if spec.heads(number, head[:220]):
                found.append((i, spec, number))
                last_rank = max(last_rank, rank)
                break
    sections: dict[str, Section] = {}
    for n, (start, spec, number) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(out)
        heading_end = _heading_end(out, start, end)
        sections[spec.key] = Section(spec.key, number, out[start:heading_end], out[heading_end:end])
    preamble = out[: found[0][0]] if found else out
    return SplitDocument(preamble=preamble, sections=sections, lines=out)


def _heading_context(lines: list[Line], i: int) -> list[Line]:
    """The candidate heading line and the lines after it, up to the next numbered line or a sentence
    that opens after a finished heading line (`2.5. Nākamā … gada prioritātes` / `Izvērtējot … izpildi,`:
    the text under the heading, whose words say nothing about which heading it is)."""
    context = [lines[i]]
    for line in lines[i + 1:i + _LOOKAHEAD_LINES]:
        if _HEADING_NUMBER.match(line.text) or _opens_text_under(context[-1].text, line.text):
            break
        context.append(line)
    return context


_OPEN_END = re.compile(r"(?:[,:;(/–—-]|\b(?:un|ar|par|no|uz|vai|kā|pēc|to|gada|gadā|mācību))\s*$", re.IGNORECASE)


def _opens_text_under(previous: str, text: str) -> bool:
    """`text` opens a sentence of its own (a capital word and more) after a heading line that leaves
    no phrase open and holds the template's words."""
    return (bool(re.match(r"^[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+\s+\S+\s+\S+", text))
            and len(previous) > 30 and not _OPEN_END.search(previous))


def _cut_glued_heading(line: Line) -> list[Line]:
    """`LV-5404 1 1.2. Izglītības iestādes ...` -> the cell text and the heading as two lines."""
    for m in _GLUED_NUMBER.finditer(line.text):
        tail = line.text[m.start():]
        folded = fold(tail)
        number = m.group(1)
        for spec in SECTIONS:
            if spec.heads(number, folded[:220]) and _starts_heading(folded, number):
                head = line.text[: m.start()].rstrip()
                return [replace(line, text=head), replace(line, text=tail)]
    return [line]


def _starts_heading(folded: str, number: str) -> bool:
    # a glued heading is long prose starting with a capitalised template word, not a count
    return len(folded) > 25 and folded[len(number) + 1:].lstrip()[:1].isalpha()


def _heading_end(lines: list[Line], start: int, end: int) -> int:
    """The heading runs over its first line and any continuation lines that end mid-sentence."""
    i = start + 1
    while i < end and i < start + 4:
        prev = lines[i - 1].text
        if prev.endswith((":", ")")) or not _continues(prev, lines[i].text):
            break
        i += 1
    return i


def _continues(prev: str, nxt: str) -> bool:
    """The heading line `prev` is cut mid-sentence and `nxt` carries on (starts lower case)."""
    return bool(nxt) and nxt[0].islower() and not re.match(r"^[a-z]\)", nxt)
