"""The quality-indicator table's rows: number, name, and the value lines that follow the name.

A row opens with its number (`1.`, `1.2.`, `3.1.`), and numbers must follow the table's order
(sibling, child or the parent's next sibling), so a list item `1.` inside a cell is not a row. The
template's own row names are kept as data (KNOWN_NAMES): a name is read word by word against them,
so a name glued to its first value (`6. Citi kvalitātes rādītāji Latvijas skolu reitings- 2024`)
is cut at the right word. Splitting values into cells is loaders.extract.table_cells's job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from loaders.model import Line
from loaders.textnorm import fold

_ROW = re.compile(r"^([1-9][0-9]?(?:\.[1-9][0-9]?)?)\.?\s+(\S.*)$")
_NUMBER_CELL = re.compile(r"^([1-9][0-9]?(?:\.[1-9][0-9]?)?)\.?$")  # the number in a cell of its own
_WORD = re.compile(r"[0-9a-z/.-]+")

KNOWN_NAMES = (
    "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:",
    "Pirmsskolas izglītības programmā/-s",
    "Vispārējās pamatizglītības programmā/-s",
    "Vispārējās vidējās izglītības programmā/-s",
    "Interešu izglītības programmā/-s",
    "Profesionālās izglītības programmā/-s",
    "Profesionālās ievirzes izglītības programmā/-s",
    "Speciālās izglītības programmā/-s",
    "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās pamatizglītības programmas "
    "apguves noslēgumā 9.klasē attiecībā pret vidējiem valsts rezultātiem",
    "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās izglītības programmas apguves "
    "noslēgumā attiecībā pret vidējiem valsts rezultātiem:",
    "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos profesionālās izglītības programmas "
    "apguves noslēgumā attiecībā pret vidējiem valsts rezultātiem:",
    "optimālā kursa līmenī",
    "optimālajā līmenī",
    "vispārējā kursa līmenī",
    "padziļinātā kursa līmenī",
    "augstākajā līmenī",
    "Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, konkursos, sacensībās u.tml.",
    "Pedagogu profesionālās kompetences pilnveide",
    "Citi kvalitātes rādītāji",
)
_KNOWN_TOKENS = [_WORD.findall(fold(name)) for name in KNOWN_NAMES]


@dataclass
class IndicatorRow:
    number: str
    name: str
    name_lines: list[Line]
    value_lines: list[Line]

    @property
    def lines(self) -> list[Line]:
        return self.name_lines + self.value_lines


def read_rows(lines: list[Line]) -> tuple[list[Line], list[IndicatorRow]]:
    """(header lines, rows)."""
    rows: list[IndicatorRow] = []
    header: list[Line] = []
    current: list[Line] | None = None
    starts: list[tuple[str, list[Line]]] = []
    previous: str | None = None
    for i, line in enumerate(lines):
        m = _ROW.match(line.text)
        cell = _NUMBER_CELL.match(line.text)
        following = lines[i + 1].text if i + 1 < len(lines) else ""
        if m and _follows(previous, m.group(1)) and _plausible_name(m.group(2)):
            previous = m.group(1)
        elif cell and following and _follows(previous, cell.group(1)) and _plausible_name(following):
            previous = cell.group(1)
        else:
            (current if current is not None else header).append(line)
            continue
        current = [line]
        starts.append((previous, current))
    for number, row_lines in starts:
        first = row_lines[0]
        m = _ROW.match(first.text)
        candidates = ([replace(first, text=m.group(2))] if m else []) + row_lines[1:]
        if candidates and all(ln.col is not None for ln in candidates):
            name_col = candidates[0].col
            name_lines = [ln for ln in candidates if ln.col == name_col]
            value_lines = [ln for ln in candidates if ln.col != name_col]
            name = " ".join(ln.text for ln in name_lines)
        else:
            name, name_lines, value_lines = _cut_name(candidates)
        rows.append(IndicatorRow(number, name, ([first] if not m else []) + name_lines, value_lines))
    return header, rows


def _follows(previous: str | None, number: str) -> bool:
    parts = [int(p) for p in number.split(".")]
    if previous is None:
        return parts in ([1], [1, 1])
    prev = [int(p) for p in previous.split(".")]
    # the next sibling, a first child, or the parent's next sibling; one skipped row is allowed
    candidates = [prev[:-1] + [prev[-1] + 1], prev[:-1] + [prev[-1] + 2], prev + [1]]
    if len(prev) > 1:
        candidates += [prev[:-2] + [prev[-2] + 1], prev[:-2] + [prev[-2] + 2]]
    return parts in candidates


def _plausible_name(text: str) -> bool:
    folded = fold(text)
    return bool(re.match(r"[a-z]", folded)) and not re.match(r"(klase|klasei|klasem|klasu|un [0-9])", folded)


def _cut_name(lines: list[Line]) -> tuple[str, list[Line], list[Line]]:
    """Read the name against the template's names; what follows the name is the row's values."""
    words: list[tuple[int, int, str]] = []  # (line index, char end in line, folded word)
    for i, line in enumerate(lines):
        for m in re.finditer(r"\S+", line.text):
            words.append((i, m.end(), fold(m.group(0))))
    best_end = _match_known(words)
    if best_end is None:
        return _cut_name_by_shape(lines)
    line_index, char_end = words[best_end][0], words[best_end][1]
    name_lines = lines[:line_index] + [replace(lines[line_index], text=lines[line_index].text[:char_end].strip())]
    rest = lines[line_index].text[char_end:].strip()
    value_lines = ([replace(lines[line_index], text=rest)] if rest else []) + lines[line_index + 1:]
    name = " ".join(ln.text for ln in name_lines)
    return name, name_lines, value_lines


def _match_known(words: list[tuple[int, int, str]]) -> int | None:
    """Index of the last word of the longest template name the row's words spell out, if any."""
    best: int | None = None
    best_len = 0
    for tokens in _KNOWN_TOKENS:
        i = j = 0
        while i < len(words) and j < len(tokens):
            got = _WORD.findall(words[i][2])
            if not got:
                i += 1
                continue
            if got[0] == tokens[j] or (len(tokens[j]) > 5 and got[0][:5] == tokens[j][:5]):
                i += 1
                j += len(got)
            else:
                break
        if j >= len(tokens) - (1 if len(tokens) > 4 else 0) and j > best_len:
            best, best_len = i - 1, j
    return best


def _cut_name_by_shape(lines: list[Line]) -> tuple[str, list[Line], list[Line]]:
    """An unknown row name runs until the first line that looks like a value (opens with a digit or a dash)."""
    for i, line in enumerate(lines[1:], start=1):
        if re.match(r"^[0-9\-–—]", line.text) or "%" in line.text:
            return " ".join(ln.text for ln in lines[:i]), lines[:i], lines[i:]
    return lines[0].text, lines[:1], lines[1:]
