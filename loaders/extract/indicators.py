"""The quality-indicator table (1.3; 1.2 in interest-education reports) -> `indicators` and
`exam_results` rows.

Each indicator row has three value cells: the target set at the start of the year (from the
previous report), what was reached at the end of the year, and the target for next year. Rows whose
name is a state exam row also give exam results: the first cell holds the previous year's results,
the second this year's, the third next year's targets.
"""
from __future__ import annotations

from loaders.extract.exam_results import exam_level, parse_exam_cell
from loaders.extract.indicator_rows import IndicatorRow, known_name_end, read_rows
from loaders.extract.indicator_values import cell_value, row_unit
from loaders.extract.table_cells import split_cells
from loaders.extract.text_rows import split_text_row
from loaders.issues import Issues
from loaders.model import span_ref
from loaders.subjects import Subjects
from loaders.textnorm import join_lines

_COLUMNS = ("baseline", "actual", "target")


def extract_indicators(lines, section: str, school_year: str | None, subjects: Subjects,
                       issues: Issues) -> tuple[list[dict], list[dict]]:
    _, rows = read_rows(lines)
    if not rows:
        issues.warn(section, "indicator_table_empty", "No indicator rows could be read from the quality-indicator table.",
                    lines)
        return [], []
    indicators, exams = [], []
    parent_level: dict[str, str | None] = {}
    for row in rows:
        level = exam_level(row.name) or parent_level.get(row.number.split(".")[0])
        if "." not in row.number:
            parent_level[row.number] = exam_level(row.name)
        if row.cells is not None:
            cells = row.cells
        elif level or row.content is None:
            cells = split_cells(row.value_lines) if row.value_lines else [[], [], []]
        else:
            read = split_text_row(row.content, known_name_end(row.content))
            cells = read.cells if read.cells is not None else split_cells(row.value_lines) if row.value_lines else None
            if read.cells is not None and read.name:
                row.name = read.name
        if cells is not None and not any(cells):
            if "." in row.number:
                issues.warn(section, "indicator_values_missing", f"Indicator {row.number} has no values.", row.lines)
            continue
        if cells is None:
            issues.warn(section, "ambiguous_value",
                        f"The values of indicator {row.number} could not be placed in the table's three columns "
                        f"with certainty, so no row is written: {join_lines(ln.text for ln in row.value_lines)[:160]!r}.",
                        row.value_lines)
            continue
        texts = [join_lines(ln.text for ln in cell) or None for cell in cells]
        indicators.append(_indicator(row, texts))
        if level:
            exams.extend(_exam_rows(row, cells, level, school_year, subjects, section, issues))
    return indicators, exams


def _indicator(row: IndicatorRow, texts: list[str | None]) -> dict:
    parsed = [cell_value(t) if t else (None, None) for t in texts]
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
        entries = parse_exam_cell(join_lines(ln.text for ln in cell), subjects, targets=measure == "target")
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
