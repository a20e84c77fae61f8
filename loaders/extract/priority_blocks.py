"""Read a priorities table (section 2 or 11) into priority blocks, each with its result-type parts.

A priority opens with `Nr.1.` (or `1. prioritāte`, `Prioritāte Nr. 1`); the lines just before it
that spell a criterion of the quality framework (templates.CRITERIA, or `Kritērijs “...”`) are its
area; its title runs to the first result-type label, `a) kvalitatīvi` / `b) kvantitatīvie`. What the
parts hold (planned results, status, evidence) is for the section's extractor to read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from loaders.model import Line
from loaders.templates import CRITERIA
from loaders.textnorm import fold, fold_in_place, join_lines

_PRIORITY = re.compile(r"^(?:prioritāte\s*)?nr\.?\s*([0-9]{1,2})\.?\s*(.*)$|^([0-9]{1,2})\.\s*prioritāte\b[.:]?\s*(.*)$",
                       re.IGNORECASE)
_RESULT_TYPE = re.compile(r"^\s*(?:([a-d])\s*\)\s*(kvalitat\w*|kvantitat\w*)\s*[:.]?\s*(.*)"
                          r"|()(kvalitat\w*|kvantitat\w*)\s*(?::\s*(.*)|$))$")
_PLAIN_PRIORITY = re.compile(r"^([1-9])\.\s+([A-ZĀČĒĢĪĶĻŅŠŪŽ].*)$")  # `1. Skola ir ...`, where no `Nr.1.` is used
_CRITERIA_FOLDED = {fold(c): c for c in CRITERIA}
_KRITERIJS = re.compile(r"^kriterij\w*\s*[\"“”„«]?(.*?)[\"“”„»]?\s*$")
_HEADER = re.compile(r"^(prioritate|sasniedzamie rezultati|noradi par|norade par|\(sasniegts|sasniegts/|"
                     r"izdevies istenot|informacija to apliecina|kvalitativi\)?$|kvantitativi un|apliecina\))")


@dataclass
class Part:
    result_type: str
    label_line: Line
    lines: list[Line] = field(default_factory=list)


@dataclass
class PriorityBlock:
    number: str
    area: str | None
    area_lines: list[Line]
    title_lines: list[Line]
    parts: list[Part] = field(default_factory=list)
    title_col: int | None = None

    @property
    def title(self) -> str:
        return join_lines(ln.text for ln in self.title_lines).strip()

    @property
    def lines(self) -> list[Line]:
        return self.area_lines + self.title_lines + [ln for p in self.parts for ln in [p.label_line, *p.lines]]



def read_blocks(lines: list[Line]) -> list[PriorityBlock]:
    """Priority blocks opened by `Nr.1.`; failing that, by plain `1. Title` lines."""
    blocks = _read_blocks(lines, _PRIORITY)
    if not blocks or not any(block.parts for block in blocks):
        plain = _read_blocks(lines, _PLAIN_PRIORITY)
        if any(block.parts for block in plain):
            return plain
    return blocks


def _read_blocks(lines: list[Line], opening: re.Pattern) -> list[PriorityBlock]:
    blocks: list[PriorityBlock] = []
    pending: list[Line] = []  # lines since the last part started, that may be the next area
    title_more: list[Line] = []  # with column positions: title-column lines after the parts began
    for line in _cut_inline_numbers(lines):
        if _HEADER.match(fold(line.text)):
            continue
        m = opening.match(line.text)
        if m:
            number = m.group(1) or m.group(3)
            rest = (m.group(2) or (m.group(4) if m.lastindex and m.lastindex >= 4 else "") or "").strip()
            area, area_lines, kept_title = _area_from_tail(title_more)
            if area is None:
                area, area_lines, kept = _area_from_tail(pending)
            else:
                kept = pending
            if blocks:
                blocks[-1].title_lines.extend(kept_title)
                _flush(blocks[-1], kept)
            title = [replace(line, text=rest)] if rest else []
            blocks.append(PriorityBlock(number, area, area_lines, title, title_col=line.col))
            pending, title_more = [], []
            continue
        t = _RESULT_TYPE.match(fold(line.text))
        if t and blocks:
            _flush(blocks[-1], pending)
            pending = []
            rtype = "qualitative" if (t.group(2) or t.group(5)).startswith("kvalitat") else "quantitative"
            part = Part(rtype, line)
            rest = _after_label(line.text)
            if rest:
                part.lines.append(replace(line, text=rest))
            blocks[-1].parts.append(part)
            continue
        if blocks and blocks[-1].parts and line.col is not None and line.col == blocks[-1].title_col:
            title_more.append(line)  # the priority cell goes on (e.g. after a page break)
        else:
            pending.append(line)
    if blocks:
        blocks[-1].title_lines.extend(title_more)
        _flush(blocks[-1], pending)
    return blocks


_INLINE_NUMBER = re.compile(r"^(.+?)\s+((?:prioritāte\s*)?nr\.?\s*[0-9]{1,2}\.?\s.*)$", re.IGNORECASE)
_INLINE_LABEL = re.compile(r"^(.+?)\s+([a-d]\s?\)\s*(?:kvalitat|kvantitat).*)$", re.IGNORECASE)


def _cut_inline_numbers(lines: list[Line]) -> list[Line]:
    """Cut a line that holds two cells' starts: `Vienlīdzība un iekļaušana Nr.1. Skola ...` (area and
    number), `... vienota kopiena a) kvalitatīvi` (title and a part's label)."""
    out = []
    for line in lines:
        m = _INLINE_NUMBER.match(line.text)
        label = _INLINE_LABEL.match(fold_in_place(line.text))
        if m and _criterion(m.group(1)):
            out += [replace(line, text=m.group(1)), replace(line, text=m.group(2))]
        elif label:  # `... kopiena a) kvalitatīvi`: the title's end and the part's label on one line
            cut = label.start(2)
            out += [replace(line, text=line.text[:cut].strip()), replace(line, text=line.text[cut:].strip())]
        else:
            out.append(line)
    return out


def _flush(block: PriorityBlock, pending: list[Line]) -> None:
    if block.parts:
        block.parts[-1].lines.extend(pending)
    else:
        block.title_lines.extend(pending)


def _after_label(text: str) -> str:
    m = re.match(r"^\s*(?:[a-d]\s*\)\s*)?(?:kvalit|kvantit)\S*?[:.]?(?:\s+(.*))?$", text, re.IGNORECASE)
    return (m.group(1) or "").strip() if m else ""


def _area_from_tail(pending: list[Line]) -> tuple[str | None, list[Line], list[Line]]:
    """The last 1-4 pending lines, if they spell a criterion: (area, its lines, the lines before them)."""
    for k in range(min(4, len(pending)), 0, -1):
        tail = pending[-k:]
        area = _criterion(join_lines(ln.text for ln in tail))
        if area:
            return area, tail, pending[:-k]
    return None, [], pending


def _criterion(text: str) -> str | None:
    folded = fold(text).strip(" .:")
    m = _KRITERIJS.match(folded)
    if m:
        inner = m.group(1).strip(" .:\"“”„")
        return _CRITERIA_FOLDED.get(inner) or _original_quoted(text)
    return _CRITERIA_FOLDED.get(folded) and text.strip(" .:")


def _original_quoted(text: str) -> str | None:
    m = re.search(r"[\"“„«](.+?)[\"”»]", text)
    return m.group(1).strip() if m else None
