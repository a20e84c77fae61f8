"""The quality-indicator table (1.3; 1.2 in interest-education reports) -> `indicators` and
`exam_results` rows.

Each indicator row has three value cells: the target set at the start of the year (from the
previous report), what was reached at the end of the year, and the target for next year. Rows whose
name is a state exam row also give exam results: the first cell holds the previous year's results,
the second this year's, the third next year's targets.

A heading row's exam is read from its whole text where its value cells hold no figure (a long name
that ran into them); a row whose cells list subjects with results under no exam is named, not written.

Cells come from the table's grid where the reader saw one (loaders.extract.indicator_rows), else from
Tika-style text, in the order of the header's words (loaders.extract.indicator_header; an order that
cannot be mapped writes an issue per row, not a row): by their figures (loaders.extract.tika_indicator_rows),
or for exam rows by their subject entries (loaders.extract.tika_exam_cells; a first entry cut after its
dash, `Latviešu valoda –`, opens the first cell, not the name). What cannot be placed with certainty is an `ambiguous_value`
issue naming the indicator (and the subjects), never a guessed row. Exam results are checked before
they are written (0-100, once per column, a quoted national average that is another year's published
one); entries that do not add up are named in a warning.
"""
from __future__ import annotations

import re
from dataclasses import replace

from loaders.extract.exam_entries import exam_level, parse_exam_cell
from loaders.extract.indicator_header import TEMPLATE_ORDER, in_template_order, value_column_order
from loaders.extract.indicator_rows import IndicatorRow, known_name_end, name_carried_over, read_rows
from loaders.extract.indicator_values import cell_value, figures_left, in_row_unit, row_unit, units_disagree, value_text
from loaders.extract.tika_exam_cells import split_exam_text, split_subject_row
from loaders.extract.tika_indicator_rows import split_text_row
from loaders.extract.tika_row_cells import split_cells
from loaders.issues import Issues
from loaders.model import Line, span_ref
from loaders.numbers import find_numbers
from loaders.reference import national_averages
from loaders.subjects import Subjects
from loaders.textnorm import fold, join_lines

_COLUMNS = ("baseline", "actual", "target")


def extract_indicators(lines, section: str, school_year: str | None, subjects: Subjects,
                       issues: Issues) -> tuple[list[dict], list[dict]]:
    header, rows = read_rows(lines)
    if not rows:
        issues.warn(section, "indicator_table_empty", "No indicator rows could be read from the quality-indicator table.",
                    lines)
        return [], []
    indicators, exams = [], []
    text_order = value_column_order(header)   # text rows only: a grid's columns are mapped by their own headers
    parent_level: dict[str, str | None] = {}
    parent_name: dict[str, str] = {}
    for row in rows:
        parent = row.number.split(".")[0]
        if "." not in row.number:
            # the whole row's words: a heading row's name may have run into its value cells
            parent_name[row.number] = join_lines([row.name, *(ln.text for ln in [*row.value_lines, *row.torn])])
            parent_level[row.number] = exam_level(row.name) or (
                exam_level(parent_name[row.number]) if not find_numbers(join_lines(
                    ln.text for ln in [*row.value_lines, *row.torn])) else None)
            level = parent_level[row.number]
        else:
            level = exam_level(row.name, parent_name.get(parent, "")) or parent_level.get(parent)
        if level and row.cells is None and row.content is not None:
            _entry_opening_out_of_name(row, subjects)
        by_subject = _subject_opening(row, subjects) if level and row.cells is None else None
        if row.cells is not None:
            cells = None if row.unplaced or _figure_glued_into_name(row) or row.torn else row.cells
        elif by_subject is not None:
            # a sub-row per subject: the subject in the name column, one entry per value cell
            row.name, row.name_lines, row.value_lines = by_subject
            cells = split_subject_row(row.value_lines, row.page_starts)
        elif level and row.value_lines and _name_goes_on(row.value_lines, subjects):
            # an exam heading row whose name runs on over more lines: no values of its own
            row.name = join_lines([row.name] + [ln.text for ln in row.value_lines])
            row.name_lines, row.value_lines = row.name_lines + row.value_lines, []
            cells = [[], [], []]
        elif row.content is None or (level and not row.value_lines):
            cells = split_cells(row.value_lines) if row.value_lines else [[], [], []]
        elif level:
            cells = split_exam_text(row.value_lines, row.page_starts, subjects)
            sub_rows = _subject_sub_rows(row, subjects) if cells is None else None
            if sub_rows:
                exams.extend(_sub_row_exams(row, sub_rows, level, text_order, school_year, subjects, section, issues))
                continue
            if cells is None and not row.page_starts:
                cells = split_cells(row.value_lines)
        else:
            read = split_text_row(row.content, known_name_end(row.content))
            cells = read.cells if read.cells is not None else split_cells(row.value_lines) if row.value_lines else None
            if read.cells is not None and read.name:
                row.name = read.name
                carried = [name_carried_over(row.name, ln.text) for ln in row.content if id(ln) in row.page_starts]
                if carried and carried[0]:
                    row.name = f"{row.name} {carried[0]}"
        if cells is not None and not any(cells):
            if figures_left(re.sub(r"[()]", " ", row.name)) and not level:
                # figures left in the name, in brackets too (`(valsts 11. vieta 7. vieta – ģimnāziju grupā)`: a
                # name wrapped around its values): its values were not told apart from it
                issues.warn(section, "ambiguous_value",
                            f"The values of indicator {row.number} could not be told apart from its name, so no row "
                            f"is written: {row.name[:160]!r}.", row.lines)
            elif "." in row.number:
                issues.warn(section, "indicator_values_missing", f"Indicator {row.number} has no values.", row.lines)
            continue
        if cells is not None and row.cells is None and text_order != TEMPLATE_ORDER:
            if text_order is None:
                issues.warn(section, "ambiguous_value",
                            f"The table's header names its value columns in an order that cannot be mapped to "
                            f"baseline, result and target, so indicator {row.number} is not written"
                            f"{_subjects_named(join_lines(ln.text for ln in row.value_lines), subjects) if level else ''}.",
                            row.lines)
                continue
            cells = in_template_order(cells, text_order)
        if cells is None:
            text = join_lines(ln.text for ln in [*row.value_lines, *row.torn])
            named = _subjects_named(f"{row.name} {text}", subjects) if level else ""
            issues.warn(section, "ambiguous_value",
                        f"The values of indicator {row.number} could not be placed in the table's three columns "
                        f"with certainty, so no row is written{named}: {text[:160]!r}.", row.value_lines)
            continue
        texts = [join_lines(ln.text for ln in cell) or None for cell in cells]
        indicator = _indicator(row, texts)
        if indicator is None:
            issues.warn(section, "ambiguous_value",
                        f"The values of indicator {row.number} are a percentage beside numbers of something else "
                        f"({' | '.join(t or '–' for t in texts)[:160]!r}), so they share no one unit and no row is "
                        "written.", row.value_lines or row.lines)
        else:
            indicators.append(indicator)
        if not level:
            _name_unplaced_exam_results(row, texts, subjects, section, issues)
        if level:
            exams.extend(_checked(_exam_rows(row, cells, level, school_year, subjects, section, issues),
                                  row, section, issues))
    return indicators, exams


def _subject_sub_rows(row: IndicatorRow, subjects: Subjects) -> list[IndicatorRow] | None:
    """An exam heading row (`3.1. optimālajā līmenī:`) over unnumbered sub-rows, one subject each, the
    subject in the name column and its figures after it (`Matemātika 47,9% (valstī 34%) 52,6% 54%`):
    one row per subject line, its level the heading's, the lines up to the next subject line its values
    (a page break and a repeated header between them do not end the heading's level). Lines before the
    first subject line that hold no figure end the heading's name. None unless two sub-rows or more
    open this way, each with one subject and a figure or a no-entry mark right after it (a cell listing
    `Latviešu valoda – 71,4%` entries is not this)."""
    lines = row.value_lines
    start = next((i for i, ln in enumerate(lines) if _opens_with_subject_figure(ln.text, subjects)), None)
    if start is None or any(find_numbers(ln.text) for ln in lines[:start]):
        return None
    groups: list[list[Line]] = []
    for line in lines[start:]:
        mentions = subjects.find_mentions(line.text)
        if mentions and mentions[0][0] == 0:
            if not _opens_with_subject_figure(line.text, subjects):
                return None
            groups.append([line])
        elif mentions:
            return None
        else:
            groups[-1].append(line)
    if len(groups) < 2:
        return None
    out = []
    for group in groups:
        end = subjects.find_mentions(group[0].text)[0][1]
        name = group[0].text[:end].strip()
        values = [replace(group[0], text=group[0].text[end:].strip()), *group[1:]]
        out.append(replace(row, name=name, name_lines=[replace(group[0], text=name)], value_lines=values,
                           content=None))
    return out


_SUBJECT_THEN_FIGURE = re.compile(r"^\s*(?:[0-9]|[–—-]\s*\(|[–—-]\s*$|nekārtoja|nenotika)", re.IGNORECASE)


def _opens_with_subject_figure(text: str, subjects: Subjects) -> bool:
    mentions = subjects.find_mentions(text)
    return (len(mentions) == 1 and mentions[0][0] == 0
            and bool(_SUBJECT_THEN_FIGURE.match(text[mentions[0][1]:])))


def _sub_row_exams(row: IndicatorRow, sub_rows: list[IndicatorRow], level: str, text_order, school_year: str | None,
                   subjects: Subjects, section: str, issues: Issues) -> list[dict]:
    """The exam rows of a heading's subject sub-rows; a sub-row whose cells cannot be told apart is named."""
    out = []
    for sub in sub_rows:
        cells = split_subject_row(sub.value_lines, row.page_starts)
        if cells is not None and text_order != TEMPLATE_ORDER:
            cells = in_template_order(cells, text_order) if text_order is not None else None
        if cells is None:
            issues.warn(section, "ambiguous_value",
                        f"The values of {sub.name} under indicator {row.number} could not be placed in the table's "
                        f"three columns with certainty, so no row is written: "
                        f"{join_lines(ln.text for ln in sub.value_lines)[:160]!r}.", sub.lines)
            continue
        out.extend(_checked(_exam_rows(sub, cells, level, school_year, subjects, section, issues), sub, section, issues))
    return out


def _name_goes_on(lines, subjects: Subjects) -> bool:
    """Lines after a name that carry it on: lower-case opening, no figure, no subject."""
    text = join_lines(ln.text for ln in lines)
    return text[:1].islower() and not re.search(r"[0-9]+\s?%|[-–—]\s*$", text) and not subjects.find_mentions(text) \
        and not re.search(r"\bnav\b|nek[aā]rtoja|attiecin", text, re.IGNORECASE)


_ENTRY_OPENING_REST = re.compile(r"^\s*[-–—:]\s*$")


def _entry_opening_out_of_name(row: IndicatorRow, subjects: Subjects) -> None:
    """An exam row's first subject entry cut after its dash (`Latviešu valoda –` | `61,3% (valstī 58%).`),
    in text with no column positions, was read as the end of the name (a line with no figure): it
    opens the first value cell. Only a line that is a subject and its dash, nothing else, under a
    first value line that opens with a figure."""
    if not row.name_lines or not row.value_lines or not re.match(r"^\(?[0-9]", row.value_lines[0].text):
        return
    last = row.name_lines[-1]
    mentions = subjects.find_mentions(last.text)
    if not mentions or mentions[0][0] != 0 or not _ENTRY_OPENING_REST.match(last.text[mentions[0][1]:]):
        return
    if len(row.name_lines) < 2 or not row.name.endswith(last.text):
        return
    row.name = row.name[:-len(last.text)].rstrip()
    row.name_lines, row.value_lines = row.name_lines[:-1], [last, *row.value_lines]


def _subject_opening(row: IndicatorRow, subjects: Subjects):
    """(name, name lines, value lines) of a text row whose content opens with a subject (`2.1. Latviešu
    valoda 61,3 % (valstī 59,1 %) ...`): the subject, with an aside in brackets, is the name."""
    if not row.content:
        return None
    first = row.content[0]
    mentions = subjects.find_mentions(first.text)
    if not mentions or mentions[0][0] != 0 or len(subjects.find_mentions(join_lines(ln.text for ln in row.content))) > 1:
        return None
    end = mentions[0][1]
    aside = re.match(r"\s*\([^()]*\)", first.text[end:])
    if aside:
        end += aside.end()
    name = first.text[:end].strip(" –—-:")
    rest = first.text[end:].strip()
    values = ([replace(first, text=rest)] if rest else []) + row.content[1:]
    return name, [replace(first, text=name)], values


_UNIT_ONLY = re.compile(r"^(?:balles?|ballu|b\.|vid\.?|%|izglitojam\w*|skolen\w*|audzekn\w*|pedagog\w*|\s|\.)*$")


def _figure_glued_into_name(row: IndicatorRow) -> bool:
    """A value cell left with no figure while the figure it lost sits in the text on its left: the reader
    glued the two together. The cell holds its unit only (`balles`) or is empty, and the name holds a
    free figure (`programmās 6,8 balles` read as the name's `6,8`); or the cell's words run on in lower
    case (`godalgota vieta`, `kolektīvi`) and the name holds a free figure or the cell on its left ends
    with a bare one (`12 no 15 kolektīviem 12` | `kolektīvi`)."""
    texts = [join_lines(ln.text for ln in cell) for cell in row.cells]
    name_figure = bool(find_numbers(value_text(row.name)))
    for i, text in enumerate(texts):
        if find_numbers(value_text(text)):
            continue
        if _UNIT_ONLY.match(fold(text)) and name_figure:
            return True
        runs_on = text[:1].islower() and not _NO_VALUE_WORDS.match(fold(text))
        left_ends_with_figure = i > 0 and bool(re.search(r"(?<![0-9.,])[0-9]+(?:[.,][0-9]+)?$", texts[i - 1].strip()))
        if runs_on and (name_figure or left_ends_with_figure):
            return True
    return False


_NO_VALUE_WORDS = re.compile(r"^(?:nav|netika|nekartoja|neviens|nenotika|x\b)")


def _subjects_named(text: str, subjects: Subjects) -> str:
    names = _names(text, subjects)
    return f" (exam results of {', '.join(names)})" if names else ""


def _names(text: str, subjects: Subjects) -> list[str]:
    """The subjects `text` names, as written (`Angļu val.` with its abbreviation's dot)."""
    return list(dict.fromkeys(raw + ("." if text[end:end + 1] == "." and not raw.endswith(".") else "")
                              for _, end, _, raw in subjects.find_mentions(text)))


def _name_unplaced_exam_results(row: IndicatorRow, texts: list[str | None], subjects: Subjects, section: str,
                                issues: Issues) -> None:
    """A row whose name (or the row above it) says no exam while its cells list subjects with results
    (`Latviešu val. 61,2 % (valstī 59,1 %)`): a name the reader cut; the results are named, not written."""
    text = " ".join(t for t in texts if t)
    if sum(1 for t in texts if t and parse_exam_cell(t, subjects)) < 2:
        return
    issues.warn(section, "ambiguous_value",
                f"Indicator {row.number} ({row.name[:80]!r}) lists exam results of {', '.join(_names(text, subjects))} "
                "but does not say which exam they are; they are not written as exam results.", row.lines)


def _checked(rows: list[dict], row: IndicatorRow, section: str, issues: Issues) -> list[dict]:
    """An indicator row's exam results as checked against what is known: a percentage is 0-100, a subject
    is stated once per column, and a quoted national average that is the published one of another year
    (seeds/reference/national_exam_averages.csv), not of its column's year, and not quoted in that other
    year's column as well, says the columns are shifted. A doubtful result is an ambiguous_value issue naming its
    subject, not a row; a shift withholds the whole indicator row."""
    quoted = {(r["subject"], r["school_year"], r["national_pct"]) for r in rows if r["measure"] == "result"}
    shifted = [r for r in rows if r["measure"] == "result" and _another_years_average(r)
               and (r["subject"], _another_years_average(r), r["national_pct"]) not in quoted]
    if shifted:
        names = ", ".join(dict.fromkeys(r["subject_raw"] for r in rows))
        years = "; ".join(f"{r['subject_raw']} valstī {r['national_pct']:g} is the {_another_years_average(r)} "
                          f"average, not {r['school_year']}'s" for r in shifted)
        issues.warn(section, "ambiguous_value",
                    f"The exam results of indicator {row.number} ({names}) do not sit in their year's column ({years}); "
                    "no rows are written.", row.lines)
        return []
    seen: dict[tuple, int] = {}
    for r in rows:
        key = (r["exam_level"], r["subject"], r["school_year"], r["measure"])
        seen[key] = seen.get(key, 0) + 1
    out = []
    for r in rows:
        key = (r["exam_level"], r["subject"], r["school_year"], r["measure"])
        figures = [r[c] for c in ("school_pct", "national_pct", "failed_pct") if r[c] is not None]
        if seen[key] > 1 or any(not 0 <= f <= 100 for f in figures):
            why = "is stated twice in one column" if seen[key] > 1 else f"has a figure outside 0-100 ({figures})"
            issues.warn(section, "ambiguous_value",
                        f"The {r['school_year']} {r['measure']} of {r['subject_raw']} in indicator {row.number} {why}; "
                        "no row is written.", row.lines)
            continue
        out.append(r)
    return out


def _another_years_average(r: dict) -> str | None:
    """The other school year whose published national average the row's quoted one is, if it is not its own's."""
    if r["national_pct"] is None or not r["school_year"]:
        return None
    published = national_averages()
    own = published.get((r["school_year"], r["exam_level"], r["subject"]))
    if own is not None and abs(own - r["national_pct"]) <= 0.051:
        return None
    start = int(r["school_year"][:4])
    for delta in (-1, 1):
        year = f"{start + delta}/{start + delta + 1}"
        other = published.get((year, r["exam_level"], r["subject"]))
        if other is not None and abs(other - r["national_pct"]) <= 0.051 and own is not None:
            return year
    return None


def _indicator(row: IndicatorRow, texts: list[str | None]) -> dict | None:
    """The indicator row, or None where its values' units disagree (units_disagree)."""
    parsed = [cell_value(t) if t else (None, None) for t in texts]
    row_units = {u for v, u in parsed if v is not None and u}
    parsed = [in_row_unit(t, p, row_units) for t, p in zip(texts, parsed)]
    if units_disagree([u for v, u in parsed if v is not None]):
        return None
    values = [v for v, _ in parsed]
    return {
        "source_ref": span_ref(row.lines),
        "indicator_no": row.number,
        "indicator_name": row.name.strip().rstrip(":").strip(),
        "baseline_text": texts[0], "actual_text": texts[1], "target_text": texts[2],
        "baseline_value": values[0], "actual_value": values[1], "target_value": values[2],
        "unit": row_unit([u for _, u in parsed], row.name, values),
    }


def _exam_rows(row: IndicatorRow, cells, level: str, school_year: str | None, subjects: Subjects,
               section: str, issues: Issues) -> list[dict]:
    out = []
    for column, cell in zip(_COLUMNS, cells):
        if not cell:
            continue
        year = _shift_year(school_year, {"baseline": -1, "actual": 0, "target": 1}[column])
        measure = "target" if column == "target" else "result"
        text = join_lines(ln.text for ln in cell)
        doubts: list[str] = []
        if subjects.code_of(row.name) and not subjects.find_mentions(text):
            # a sub-row per subject: the subject in the name column, its figures in the value cells
            text = f"{row.name.strip()} – {text}"
        entries = parse_exam_cell(text, subjects, targets=measure == "target", doubts=doubts)
        if doubts:
            issues.warn(section, "ambiguous_value",
                        f"Exam results in indicator {row.number} ({column}, {year}) do not add up: {'; '.join(doubts)}.",
                        cell)
        if not entries and any(ch.isdigit() for ln in cell for ch in ln.text):
            issues.warn(section, "exam_cell_unparsed",
                        f"Exam results in indicator {row.number} ({column}) name no known subject.", cell)
        for entry in entries:
            entry_lines = [ln for ln in cell if entry["subject_raw"].split()[0] in ln.text] or cell
            out.append({
                "source_ref": span_ref(entry_lines[:1] + _lines_after(cell, entry_lines[0])),
                "exam_level": level, "subject": entry["subject"], "subject_raw": entry["subject_raw"],
                "school_year": year, "measure": measure,
                "school_pct": entry["school_pct"],
                "national_pct": entry["national_pct"] if measure == "result" else None,
                "failed_pct": entry["failed_pct"] if measure == "result" else None,
            })
    return out


def _lines_after(cell, first) -> list:
    """The continuation lines of an entry that starts on `first` (up to the next capitalised opening)."""
    out = []
    started = False
    for line in cell:
        if line is first:
            started = True
            continue
        if started:
            if line.text[:1].isupper():
                break
            out.append(line)
    return out


def _shift_year(school_year: str | None, delta: int) -> str | None:
    if not school_year:
        return None
    start = int(school_year[:4]) + delta
    return f"{start}/{start + 1}"
