"""A table of exam results among the prose of older templates: one row per subject, one column per
school year (or per school year and figure).

    Mācību priekšmets | 2020./2021. m.g. | 2021./2022. m.g. | Mērķis 2022./2023. m.g.
    Latviešu valoda   | nenotika*        | 64,8%            | 62%

    Nr. | Mācību priekšmets | 2020./2021. m.g.     | 2021./2022. m.g.                    | Piezīmes
        |                   | skolā, % | valstī, % | skolā, % | valstī, % | nenokārtoja, % |
    1.  | Matemātika        | 49,3     | 55,8      | 51,6     | 53,2      | 7,1            | 1 atbrīvots

Each value column is mapped by the school year its header names: a year after the report's is a
target, the others are results. A cell holds one figure (a percentage; a bare number only where the
header says the table is in percent) or says there is none (`–`, `nenotika`, `nekārtoja`, `nav datu`):
no figure. The exam (level) is not the table's to say: the prose before it does (loaders.extract.
prose_exams).

- A grid the reader saw (DOCX, PDF tables, layout text): rows and columns as given; the header rows
  are those before the first row whose subject cell opens with a subject (cells before it holding row
  numbers only). A header cell covers the columns up to the next cell of its row, within the cell
  above it (a year merged over its figures' columns). Under a year, a column's own label says which
  figure it holds: the national average (`valstī`), the share that failed (`nenokārtoja`), else the
  school's result; each year has one school column and at most one of each other kind. A column with
  no year whose header names notes (`Piezīmes`) is not read. A header that does not give every other
  value column one school year and one kind of figure (a head count, a change), or a cell that is not
  one figure, and the table is not read (the caller names it in a warning).
- Plain text (Tika): each row is one line, the subject (after a row number, if any) and then exactly
  as many figures or no-figure words as the header lines just above it (after the sentence that ends
  with `:`) name columns: a school year each, or where the header labels figures (`skolā, % valstī, %
  nenokārtoja, %`), those labels in order, each school label opening the next year's. Where the header
  names notes (`Piezīmes`), the rest of a row is its notes cell, and a line between two numbered rows is
  its wrapped end; a numbered row that does not hold its figures is named (ResultsTable.unread).
  Anything else is not such a table, and is read as prose.

- A header that names no school year but marks its figure columns as percentages (`Ģimnāzijā, % |
  Valstī, %`) is a table of one year: the one the prose before it states (the caller's exam context;
  without one the table is named, not read). A `Līmenis` column before the figures gives each row's
  level (`optimālais` -> optimal, `augstākais`/`padziļinātais` -> advanced); a level cell of other
  words and the table is not read.

Other than by such a level column, this module does not decide the exam level.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.model import Line
from loaders.subjects import Subjects
from loaders.textnorm import fold

_YEAR = re.compile(r"((?:19|20)[0-9]{2})\.?\s*[./–-]\s*((?:19|20)[0-9]{2})\.?")
_NO_FIGURE = (r"nav datu|nav kārtots|nav kartots|nav attiecināms|nav attiecinams|nenotika|nekārtoja neviens|"
              r"nekārtoja|nekartoja|atbrīvot\w*|atbrivot\w*|nav|x|[-–—]")
_TOKEN = re.compile(rf"\s*(?:(?P<figure>[0-9]+(?:[.,][0-9]+)?)(?P<percent>\s?%)?|(?P<none>{_NO_FIGURE}))\*?[.,;]?(?=\s|$)",
                    re.IGNORECASE)
_ASIDE = re.compile(r"\s*\([^()]*\)")
_HEADER_NOISE = re.compile(r"\bm\.\s?g\.?|\bmācību\b|\bgad\w*|\bg\.|(?i:\bmācību priekšmets\b|\blīmenis\b|\bnr\.)")


@dataclass
class TableRow:
    subject: str
    subject_raw: str
    values: list[float | None]
    lines: list[Line]
    level: str | None = None     # the row's own level cell (`optimālais`, `augstākais`), where the table has one


@dataclass
class ResultsTable:
    columns: list[tuple[str, str, str]]   # (school year, measure, figure) of each value column; figure is
                                          # "school", "national" or "failed"; year "" where the header
                                          # names none: the year the prose before it states
    rows: list[TableRow]
    unread: list[str] = field(default_factory=list)   # subjects of numbered rows that are not figures


_ROW_NUMBER = re.compile(r"^[0-9]{1,2}\.?$")
# a result cell holding the year's figures as an indicator cell writes them: the school's, the national in
# brackets, the share that failed (`62,4% (valstī 58%), nenokārtoja 5,6%`), each a percentage
_FIG = r"[0-9]{1,3}(?:[.,][0-9]{1,2})?"
_CELL_ENTRY = re.compile(rf"(?P<school>{_FIG})\s?%\s*(?:\(\s*(?:valstī|valsts vidējais|Latvijā)\s*:?\s*"
                         rf"(?P<national>{_FIG})\s?%\s*\))?\s*[,;]?\s*(?:nenokārtoja\s+(?P<failed>{_FIG})\s?%"
                         r"(?:\s+(?:izglītojamo|skolēnu|audzēkņu))?)?\s*[.;]?")
_NOTES = re.compile(r"piezim|komentar|pamatojum|paskaidroj|secinaj")
_FAILED = re.compile(r"nenokart|nav nokart|nesekmig")
_NATIONAL = re.compile(r"\bvalst|\blatvij|\blv\b")
# a column of the year that holds no result: a head count, a change
# a column (or a text header) naming the exam level each row is of, and a level cell's words
_LEVEL_HEADER = re.compile(r"\blimen")
_LEVEL_CELL = ((re.compile(r"^optimal\w*$"), "optimal"), (re.compile(r"^(?:augstak|padzilinat)\w*$"), "advanced"))
_LEVEL_WORD = re.compile(r"\s*(optimāl\w*|augstāk\w*|padziļināt\w*)(?=\s)", re.IGNORECASE)
_NO_RESULT = re.compile(r"skait|kartoj|skolen|izglitojam|dalibniek|izmain|starpib|dinamik|procentpunkt|salidzin")


def read_grid_table(lines: list[Line], subjects: Subjects, school_year: str | None) -> ResultsTable | str | None:
    """The table of a grid block; a reason it cannot be read (a results table all the same); None where it
    is no subject-by-year table."""
    rows: dict[tuple, dict[int, list[Line]]] = {}
    for line in lines:
        rows.setdefault((line.table, line.row), {}).setdefault(line.col, []).append(line)
    ordered = list(rows.values())
    found = next(((i, col) for i, cells in enumerate(ordered) if (col := _subject_col(cells, subjects)) is not None),
                 None)
    if found is None:
        return None
    first, subject_col = found
    labels = _header_labels(ordered[:first], {col for cells in ordered for col in cells})
    value_cols = sorted({col for cells in ordered[first:] for col in cells if col > subject_col})
    columns: list[tuple[str, str]] = []   # (year, figure) of each read column
    read_cols = []
    level_col = None
    any_year = any(_years(labels.get(col, ("", ""))[1]) for col in value_cols)
    for col in value_cols:
        own, whole = labels.get(col, ("", ""))
        years = sorted(set(_years(whole)))
        if not years and _NOTES.search(fold(whole)):
            continue   # a notes column: `1 izglītojamais atbrīvots no eksāmena`
        if not years and level_col is None and not read_cols and _LEVEL_HEADER.search(fold(whole)):
            level_col = col   # `Līmenis`: each row's exam level
            continue
        if not years and not any_year and "%" in whole:
            years = [""]   # no column names a year: the table is of the year the prose before it states
        if len(years) != 1:
            return "its columns are not one school year each"
        figure = _figure_of(own)
        if figure is None:
            return f"its column {own.strip() or whole.strip()!r} holds no result"
        columns.append((years[0], figure))
        read_cols.append(col)
    if not columns or len(set(columns)) != len(columns):
        return "its columns are not one school year each"
    years = list(dict.fromkeys(year for year, _ in columns))
    if any((year, "school") not in columns for year in years):
        return "a year's columns have no school result"
    mapped = _measures(years, school_year)
    if mapped is None:
        return "the report's school year is not known"
    measure_of = dict(zip(years, (measure for _, measure in mapped)))
    if any(measure_of[year] == "target" and figure != "school" for year, figure in columns):
        return "a target year has a national or failed column"
    in_percent = _in_percent(" ".join(whole for _, whole in labels.values()))
    out = []
    within: dict[tuple[str, str], dict[int, float]] = {}   # (year, figure) -> row index -> a figure inside a cell
    for cells in ordered[first:]:
        name = _cell_text(cells.get(subject_col, []))
        mention = _subject_at_start(name, subjects)
        if mention is None:
            continue   # a totals or averages row
        if any(not _ROW_NUMBER.match(_cell_text(cells[col])) for col in cells if col < subject_col):
            return f"the row of {name} has more than a row number before its subject"
        values = []
        for col in read_cols:
            tokens = _tokens(_cell_text(cells.get(col, [])) or "–", in_percent)
            year, figure = columns[read_cols.index(col)]
            entry = _CELL_ENTRY.fullmatch(_cell_text(cells.get(col, []))) \
                if tokens is None and figure == "school" and measure_of[year] == "result" else None
            if entry:   # `62,4% (valstī 58%), nenokārtoja 5,6%`: the year's figures in its one cell
                for kind in ("national", "failed"):
                    if entry.group(kind):
                        within.setdefault((year, kind), {})[len(out)] = float(entry.group(kind).replace(",", "."))
                tokens = [float(entry.group("school").replace(",", "."))]
            if tokens is None or len(tokens) != 1:
                return f"the cell of {name} under {labels.get(col, ('', ''))[1]!r} is not one figure"
            values.append(tokens[0])
        level = None
        if level_col is not None:
            level = _level_cell(_cell_text(cells.get(level_col, [])))
            if level is None:
                return f"the level cell of {name} names no exam level"
        out.append(TableRow(mention[2], name, values, [ln for col_lines in cells.values() for ln in col_lines], level))
    for year, kind in within:   # figures inside the school cells read as columns of their own
        if (year, kind) in columns:
            return f"its {year} {kind} figures stand both in a column and inside the school result's cells"
        columns.append((year, kind))
        for n, row in enumerate(out):
            row.values.append(within[(year, kind)].get(n))
    return ResultsTable([(year, measure_of[year], figure) for year, figure in columns], out)


def _level_cell(text: str) -> str | None:
    folded = fold(text).strip(" .")
    return next((level for words, level in _LEVEL_CELL if words.match(folded)), None)


def _subject_col(cells: dict[int, list[Line]], subjects: Subjects) -> int | None:
    """The column of a row whose first cell that is not a row number opens with a subject."""
    for col in sorted(cells):
        text = _cell_text(cells[col])
        if _ROW_NUMBER.match(text):
            continue
        return col if _subject_at_start(text, subjects) else None
    return None


def _header_labels(header_rows: list[dict[int, list[Line]]], all_cols: set[int]) -> dict[int, tuple[str, str]]:
    """(own label, whole label) of each column: a header cell covers the columns from its own to the next
    cell of its row, no further than the cell above it does; its text is a column's own label where
    it covers that column alone."""
    own: dict[int, list[str]] = {}
    whole: dict[int, list[str]] = {}
    above: list[tuple[int, float]] = []    # spans of the row above
    for cells in header_rows:
        starts = sorted(cells)
        spans = []
        for n, col in enumerate(starts):
            end: float = starts[n + 1] if n + 1 < len(starts) else float("inf")
            parent_end = next((e for s, e in above if s <= col < e), None)
            if parent_end is not None:
                end = min(end, parent_end)
            spans.append((col, end))
            covered = [c for c in all_cols if col <= c < end]
            text = _cell_text(cells[col])
            for c in covered:
                whole.setdefault(c, []).append(text)
                if len(covered) == 1:
                    own.setdefault(c, []).append(text)
        above = spans
    return {c: (" ".join(own.get(c, [])), " ".join(whole[c])) for c in whole}


def _figure_of(label: str) -> str | None:
    """What a column under a year holds, by its own label: "national", "failed", "school", or None (a head
    count, a change)."""
    folded = fold(_YEAR.sub(" ", label))
    if _FAILED.search(folded):
        return "failed"
    if _NATIONAL.search(folded):
        return "national"
    if _NO_RESULT.search(folded):
        return None
    return "school"


def text_tables(lines: list[Line], subjects: Subjects, school_year: str | None):
    """(first line index, end index, ResultsTable) of each subject-by-year table in plain-text lines;
    the first index is the header's."""
    i = 0
    while i < len(lines):
        if lines[i].col is not None or _text_row_opening(lines[i].text, subjects) is None:
            i += 1
            continue
        start = _header_start(lines, i, subjects)
        header = " ".join(ln.text for ln in lines[start:i])
        years = list(dict.fromkeys(_years(header)))
        figures = _text_figures(header, years) if years else _yearless_figures(header)
        level_column = not years and bool(_LEVEL_HEADER.search(fold(header.split("%")[0])))
        if not years and figures:
            years = [""]
        mapped = _measures(years, school_year) if years and figures else None
        if not mapped:
            i += 1
            continue
        measure_of = dict(mapped)
        columns = [(year, measure_of[year], figure) for year, figure in figures]
        if any(measure == "target" and figure != "school" for _, measure, figure in columns):
            i += 1
            continue
        in_percent = _in_percent(header)
        notes = bool(_NOTES.search(fold(header)))
        rows: list[TableRow] = []
        unread: list[str] = []
        j = i
        while j < len(lines):
            row = _text_row(lines[j], subjects, len(columns), in_percent, notes, level_column)
            if isinstance(row, TableRow):
                rows.append(row)
                j += 1
                continue
            opening = _text_row_opening(lines[j].text, subjects)
            if rows and opening is not None and opening[0] is not None and _numbered(rows, opening[0]):
                unread.append(opening[1][3])   # a numbered row of the table that is not its figures
                j += 1
                continue
            if rows and notes and _carries_notes(lines, j, subjects, rows):
                rows[-1].lines.append(lines[j])   # the notes cell wrapped onto a line of its own
                j += 1
                continue
            break
        if not rows:
            i += 1
            continue
        yield start, j, ResultsTable(columns, rows, unread)
        i = j


_ROW_PREFIX = re.compile(r"([0-9]{1,2})\.?\s+")
# the labels of a year's figures in a text header, in their order: `skolā, % valstī, % nenokārtoja, %`
_FIGURE_LABEL = re.compile(r"\b(?:(?P<school>skol(?:a|ā|as))\b|(?P<national>valst(?:ī|i)|latvij(?:ā|a))\b|"
                           r"(?P<failed>nenok(?:ā|a)rt\w*))", re.IGNORECASE)


def _yearless_figures(header: str) -> list[tuple[str, str]] | None:
    """A text header naming no year: its `%` columns by the word before each (`Ģimnāzijā, % Valstī, %`),
    one school column first, then at most one national and one failed column; all of one year ("")."""
    words = re.findall(r"([A-Za-zĀ-ž]+)[,.]?\s*%", header)
    figures = [_figure_of(word) for word in words]
    if not figures or figures[0] != "school" or None in figures or len(set(figures)) != len(figures):
        return None
    return [("", figure) for figure in figures]


def _text_figures(header: str, years: list[str]) -> list[tuple[str, str]] | None:
    """(year, figure) of each value column of a text header: one school column per year where the header
    names no figures; else its figure labels in order, each school label opening the next year's
    group (`2020./2021. 2021./2022. skolā valstī skolā valstī nenokārtoja`), one group per year."""
    labels = [m.lastgroup for m in _FIGURE_LABEL.finditer(header)]
    if not labels:
        return [(year, "school") for year in years]
    groups: list[list[str]] = []
    for label in labels:
        if label == "school":
            groups.append([label])
        elif not groups or label in groups[-1]:
            return None
        else:
            groups[-1].append(label)
    if len(groups) != len(years):
        return None
    return [(year, figure) for year, group in zip(years, groups) for figure in group]


def _text_row_opening(text: str, subjects: Subjects):
    """(row number or None, subject mention) of a line that opens with a subject, after a row number."""
    prefix = _ROW_PREFIX.match(text.strip())
    body = text.strip()[prefix.end():] if prefix else text.strip()
    mention = _subject_at_start(body, subjects)
    return None if mention is None else (int(prefix.group(1)) if prefix else None, mention)


def _numbered(rows: list[TableRow], number: int) -> bool:
    last = _ROW_PREFIX.match(rows[-1].lines[0].text.strip())
    return bool(last) and int(last.group(1)) + 1 == number


def _carries_notes(lines: list[Line], j: int, subjects: Subjects, rows: list[TableRow]) -> bool:
    """Line j carries on the notes cell of a numbered row: the next line is the table's next row."""
    if j + 1 >= len(lines) or _text_row_opening(lines[j].text, subjects) is not None or "%" in lines[j].text:
        return False
    following = _text_row_opening(lines[j + 1].text, subjects)
    return following is not None and following[0] is not None and _numbered(rows, following[0])


def _header_start(lines: list[Line], first_row: int, subjects: Subjects) -> int:
    """Header lines just above a row: short lines of column labels and years, up to the sentence ending with `:`."""
    start = first_row
    while start > 0 and first_row - start < 5:
        text = lines[start - 1].text.strip()
        if lines[start - 1].col is not None or text.endswith(":") or subjects.find_mentions(text):
            break
        words = re.findall(r"[A-Za-zĀ-ž]{2,}", _FIGURE_LABEL.sub(" ", _HEADER_NOISE.sub(" ", _YEAR.sub(" ", text))))
        if len(words) > 4:
            break
        start -= 1
    return start


def _text_row(line: Line, subjects: Subjects, columns: int, in_percent: bool, notes: bool,
              level_column: bool = False) -> TableRow | None:
    """A row of `columns` figures or no-figure words after its subject (and its row number) and, where the
    header names a level column, its level word; the rest is the notes cell where the header has one,
    else there is no rest."""
    opening = _text_row_opening(line.text, subjects)
    if opening is None:
        return None
    text = line.text.strip()
    prefix = _ROW_PREFIX.match(text) if opening[0] is not None else None
    body = text[prefix.end():] if prefix else text
    mention = opening[1]
    rest = body[mention[1]:]
    aside = _ASIDE.match(rest)
    raw = mention[3] + (aside.group(0) if aside else "")
    rest = rest[aside.end():] if aside else rest
    level = None
    if level_column:
        word = _LEVEL_WORD.match(rest)
        level = _level_cell(word.group(1)) if word else None
        if level is None:
            return None
        rest = rest[word.end():]
    tokens, left = _leading_tokens(rest, columns, in_percent)
    if tokens is None or (left and not notes) or all(t is None for t in tokens):
        return None
    return TableRow(mention[2], raw.strip(), tokens, [line], level)


def _leading_tokens(text: str, count: int, in_percent: bool) -> tuple[list[float | None] | None, str]:
    """The first `count` cells of `text` (each a figure or a no-figure word) and what follows them."""
    out: list[float | None] = []
    pos = 0
    text = text.rstrip()
    while len(out) < count:
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            return None, text[pos:]
        cell = _tokens(text[pos:m.end()], in_percent)
        if cell is None:
            return None, text[pos:]
        out.extend(cell)
        pos = m.end()
    return out, text[pos:].strip()


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
    return subjects.mention_at_start(text.strip())


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
    return [(year, "target" if year and int(year[:4]) > int(school_year[:4]) else "result") for year in years]
