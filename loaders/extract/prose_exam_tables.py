"""A table of exam results among the prose of older templates: one row per subject, one column per
school year.

    Mācību priekšmets | 2020./2021. m.g. | 2021./2022. m.g. | Mērķis 2022./2023. m.g.
    Latviešu valoda   | nenotika*        | 64,8%            | 62%

Each value column is mapped by the school year its header names: a year after the report's is a
target, the others are results. A cell holds one figure (a percentage; a bare number only where the
header says the table is in percent) or says there is none (`–`, `nenotika`, `nekārtoja`, `nav datu`):
no row. The exam (level) is not the table's to say: the prose before it does (loaders.extract.
prose_exams).

- A grid the reader saw (DOCX, PDF tables, layout text): rows and columns as given; the header rows
  are those before the first row whose first cell opens with a subject. A header that does not give
  every value column one school year, or a cell that is not one figure, and the table is not read
  (the caller names it in a warning).
- Plain text (Tika): each row is one line, the subject and then exactly as many figures or no-figure
  words as the header lines just above it (after the sentence that ends with `:`) name school years.
  Anything else is not such a table, and is read as prose.

This module does not decide the exam level, and does not read national averages or failed shares
from such tables (a table with such columns is not read).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.model import Line
from loaders.subjects import Subjects
from loaders.textnorm import fold

_YEAR = re.compile(r"((?:19|20)[0-9]{2})\.?\s*[./–-]\s*((?:19|20)[0-9]{2})\.?")
_NO_FIGURE = (r"nav datu|nav kārtots|nav kartots|nav attiecināms|nav attiecinams|nenotika|nekārtoja neviens|"
              r"nekārtoja|nekartoja|atbrīvot\w*|atbrivot\w*|nav|x|[-–—]")
_TOKEN = re.compile(rf"\s*(?:(?P<figure>[0-9]+(?:[.,][0-9]+)?)(?P<percent>\s?%)?|(?P<none>{_NO_FIGURE}))\*?[.,;]?(?=\s|$)",
                    re.IGNORECASE)
_ASIDE = re.compile(r"\s*\([^()]*\)")
_HEADER_NOISE = re.compile(r"\bm\.\s?g\.?|\bmācību\b|\bgad\w*|\bg\.")


@dataclass
class TableRow:
    subject: str
    subject_raw: str
    values: list[float | None]
    lines: list[Line]


@dataclass
class ResultsTable:
    columns: list[tuple[str, str]]   # (school year, measure) of each value column
    rows: list[TableRow]


def read_grid_table(lines: list[Line], subjects: Subjects, school_year: str | None) -> ResultsTable | str | None:
    """The table of a grid block; a reason it cannot be read (a results table all the same); None where it
    is no subject-by-year table."""
    rows: dict[tuple, dict[int, list[Line]]] = {}
    for line in lines:
        rows.setdefault((line.table, line.row), {}).setdefault(line.col, []).append(line)
    ordered = list(rows.values())
    first = next((i for i, cells in enumerate(ordered) if _subject_at_start(_cell_text(cells[min(cells)]), subjects)), None)
    if first is None:
        return None
    subject_col = min(ordered[first])
    header: dict[int, str] = {}
    for cells in ordered[:first]:
        for col, col_lines in cells.items():
            header[col] = f"{header.get(col, '')} {_cell_text(col_lines)}".strip()
    value_cols = sorted({col for cells in ordered[first:] for col in cells if col != subject_col})
    columns = []
    for col in value_cols:
        years = _years(header.get(col, ""))
        if len(years) != 1:
            return "its columns are not one school year each"
        columns.append(years[0])
    mapped = _measures(columns, school_year)
    if mapped is None:
        return "the report's school year is not known"
    in_percent = _in_percent(" ".join(header.values()))
    out = []
    for cells in ordered[first:]:
        name = _cell_text(cells.get(subject_col, []))
        mention = _subject_at_start(name, subjects)
        if mention is None:
            continue   # a totals or averages row
        values = []
        for col in value_cols:
            tokens = _tokens(_cell_text(cells.get(col, [])) or "–", in_percent)
            if tokens is None or len(tokens) != 1:
                return f"the cell of {name} under {header.get(col, '')!r} is not one figure"
            values.append(tokens[0])
        out.append(TableRow(mention[2], name, values, [ln for col_lines in cells.values() for ln in col_lines]))
    return ResultsTable(mapped, out)


def text_tables(lines: list[Line], subjects: Subjects, school_year: str | None):
    """(first line index, end index, ResultsTable) of each subject-by-year table in plain-text lines;
    the first index is the header's."""
    i = 0
    while i < len(lines):
        if lines[i].col is not None or _subject_at_start(lines[i].text, subjects) is None:
            i += 1
            continue
        start = _header_start(lines, i, subjects)
        header = " ".join(ln.text for ln in lines[start:i])
        years = _years(header)
        columns = _measures(years, school_year) if years else None
        if not columns:
            i += 1
            continue
        in_percent = _in_percent(header)
        rows, j = [], i
        while j < len(lines):
            row = _text_row(lines[j], subjects, len(years), in_percent)
            if row is None:
                break
            rows.append(row)
            j += 1
        if not rows:
            i += 1
            continue
        yield start, j, ResultsTable(columns, rows)
        i = j


def _header_start(lines: list[Line], first_row: int, subjects: Subjects) -> int:
    """Header lines just above a row: short lines of column labels and years, up to the sentence ending with `:`."""
    start = first_row
    while start > 0 and first_row - start < 4:
        text = lines[start - 1].text.strip()
        if lines[start - 1].col is not None or text.endswith(":") or subjects.find_mentions(text):
            break
        words = re.findall(r"[A-Za-zĀ-ž]{2,}", _HEADER_NOISE.sub(" ", _YEAR.sub(" ", text)))
        if len(words) > 4:
            break
        start -= 1
    return start


def _text_row(line: Line, subjects: Subjects, columns: int, in_percent: bool) -> TableRow | None:
    mention = _subject_at_start(line.text, subjects)
    if mention is None:
        return None
    rest = line.text[mention[1]:]
    aside = _ASIDE.match(rest)
    raw = mention[3] + (aside.group(0) if aside else "")
    tokens = _tokens(rest[aside.end():] if aside else rest, in_percent)
    if tokens is None or len(tokens) != columns or all(t is None for t in tokens):
        return None
    return TableRow(mention[2], raw.strip(), tokens, [line])


def _tokens(text: str, in_percent: bool) -> list[float | None] | None:
    """The cells of `text`, each a figure or a no-figure word; None if anything else is there."""
    out: list[float | None] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            return None
        if m.group("figure"):
            if not (m.group("percent") or in_percent):
                return None
            value = float(m.group("figure").replace(",", "."))
            if not 0 <= value <= 100:
                return None
            out.append(value)
        else:
            out.append(None)
        pos = m.end()
    return out


def _subject_at_start(text: str, subjects: Subjects):
    mentions = subjects.find_mentions(text.strip())
    return mentions[0] if mentions and mentions[0][0] == 0 else None


def _cell_text(lines: list[Line]) -> str:
    return " ".join(line.text for line in lines).strip()


def _years(text: str) -> list[str]:
    return [f"{m.group(1)}/{m.group(2)}" for m in _YEAR.finditer(text) if int(m.group(2)) == int(m.group(1)) + 1]


def _in_percent(header: str) -> bool:
    return "%" in header or "procent" in fold(header)


def _measures(years: list[str], school_year: str | None) -> list[tuple[str, str]] | None:
    if len(set(years)) != len(years):
        return None
    if school_year is None:
        return None
    return [(year, "target" if int(year[:4]) > int(school_year[:4]) else "result") for year in years]
