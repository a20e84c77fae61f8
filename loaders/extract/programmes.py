"""Section 1.1: the programme table -> `programmes` rows.

Rows are recognised by what their cells hold, never by line position: an 8-digit programme code, an
address (street words or a postcode), a licence number or date, and two learner counts that close
the row (`479`⏎`462`, `15 17`, `LV-5404 3 3`). Interest-education reports have no codes: there the
name runs until the first address. The header gives the start and end dates of the count columns.
This module does not decode programme codes (the warehouse does).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from loaders.extract.cells import (DATE, POSTCODE, PROGRAMME_CODE, WORDED_DATE, code_digits, is_address,
                                   is_total_label, parse_date, split_counts)
from loaders.extract.programme_grid import extract_grid
from loaders.issues import Issues
from loaders.model import Line, span_ref
from loaders.textnorm import fold, join_lines, strip_punct

SECTION = "1.1"
_HEADER = re.compile(
    r"nosaukum|\bkods\b|adrese|izglitojamo skait|uzsakot|nosledzot|licenc|datums|programmas apguvi|"
    r"sekmigu|ja atskiras|juridisk|registracijas|akreditac|m\.\s?g\.|mac\.\s?g\.|^\(?[0-9]{2}\.[0-9]{2}\.[0-9]{4}\.?\)?$"
)
_ROW_NUMBER = re.compile(r"^[0-9]{1,2}\.$")
_LICENCE_NO = re.compile(r"^(?:Nr\.?\s*)?([A-Z]{1,3}\s?[-_]\s?[0-9]{2,6}(?:/[0-9]+)?)$")


@dataclass
class _Row:
    name: list[str] = field(default_factory=list)
    code: str | None = None
    sites: list[str] = field(default_factory=list)
    licence_no: str | None = None
    licence_date: str | None = None
    counts: list[int | None] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.name or self.code or self.sites or self.counts)


def extract_programmes(lines: list[Line], issues: Issues) -> list[dict]:
    rows = extract_grid(lines, issues)
    if rows is not None:
        return rows
    header, body = _split_header(lines)
    dates = [d for d in (parse_date(m.group(0)) for ln in header for m in DATE.finditer(ln.text)) if d]
    start_date = dates[0].isoformat() if len(dates) >= 2 else None
    end_date = dates[-1].isoformat() if len(dates) >= 2 else None
    if len(dates) < 2:
        issues.warn(SECTION, "programme_dates_missing",
                    "The programme table's header gives no start and end dates for the learner counts.", header)

    rows: list[dict] = []
    issues_before = len(issues.rows)
    cur = _Row()
    for line in _rejoin_broken_cells(body):
        if _is_repeated_header(line.text):
            continue
        rest, counts = split_counts(line.text)
        cur.lines.append(line)
        if rest:
            cur = _take_text(rest, cur, rows, start_date, end_date, issues)
            if cur.lines[-1:] != [line]:
                cur.lines.append(line)
        for count in counts:
            if len(cur.counts) < 2:
                cur.counts.append(count)
            else:
                issues.warn(SECTION, "programme_extra_count",
                            f"An extra count {count} after the row's two counts was left out.", [line])
        if len(cur.counts) == 2:
            _emit(cur, rows, start_date, end_date, issues)
            cur = _Row()
    if not cur.empty():
        _emit(cur, rows, start_date, end_date, issues)
    if not rows and len(issues.rows) == issues_before:
        issues.error(SECTION, "programme_table_empty", "No programme rows could be read from section 1.1.", lines)
    return rows


def _take_text(text: str, cur: _Row, rows: list[dict], start_date, end_date, issues: Issues) -> _Row:
    if _ROW_NUMBER.match(text):  # a `Nr.p.k.` column: the row's number, not its name
        return cur
    code = PROGRAMME_CODE.search(text)
    if code:
        if cur.code or cur.counts:
            line = cur.lines.pop()
            _emit(cur, rows, start_date, end_date, issues)
            cur = _Row(lines=[line])
        before, after = strip_punct(text[: code.start()].strip(" -–")), strip_punct(text[code.end():].strip(" -–"))
        if before:
            (cur.sites if is_address(before) else cur.name).append(before)
        cur.code = code_digits(code.group(1))
        if after:
            _take_text(after, cur, rows, start_date, end_date, issues)
        return cur
    licence = _LICENCE_NO.match(text)
    if licence and (cur.code or cur.name) and not POSTCODE.search(text):
        cur.licence_no = licence.group(1).replace(" ", "")
        return cur
    if (DATE.fullmatch(text.strip(" ()")) or WORDED_DATE.fullmatch(text.strip(" ().,"))) and (cur.code or cur.name):
        if cur.counts and len(cur.counts) == 1 and cur.licence_no is None:
            cur.licence_no = str(cur.counts.pop())  # a bare-number licence column before its date
        cur.licence_date = parse_date(text).isoformat() if parse_date(text) else None
        return cur
    if cur.code and not cur.name and not cur.sites and not is_address(text):
        cur.name.append(text)  # the code column came before the name column
    elif cur.sites or is_address(text) or (cur.code and not cur.counts):
        cur.sites.append(text)
    else:
        cur.name.append(text)
    return cur


def _emit(cur: _Row, rows: list[dict], start_date, end_date, issues: Issues) -> None:
    name = strip_punct(join_lines(cur.name))
    if is_total_label(name) and not cur.code:
        return
    if len(cur.counts) < 2:
        if cur.code or cur.counts:
            issues.error(SECTION, "programme_count_missing",
                         f"Programme {cur.code or name!r} has {len(cur.counts)} of its 2 learner counts.", cur.lines)
        elif name:
            issues.warn(SECTION, "programme_text_unparsed",
                        f"Text in the programme table belongs to no row: {name[:80]!r}.", cur.lines)
        return
    if not name and not cur.code:
        issues.warn(SECTION, "programme_counts_without_row", "Learner counts stand without a programme.", cur.lines)
        return
    rows.append({
        "source_ref": span_ref(cur.lines),
        "row_no": len(rows) + 1,
        "programme_code": cur.code,
        "programme_name": name or None,
        "sites": _sites(cur.sites),
        "licence_no": cur.licence_no,
        "licence_date": cur.licence_date,
        "learners_start": cur.counts[0],
        "learners_end": cur.counts[1],
        "start_date": start_date,
        "end_date": end_date,
    })


def _sites(parts: list[str]) -> str | None:
    text = strip_punct(join_lines(parts))
    if not text:
        return None
    pieces = re.split(r"(?<=[0-9]{4})[,;]?\s+(?=\S)", text) if POSTCODE.search(text) else [text]
    return " | ".join(strip_punct(p) for p in pieces if strip_punct(p))


def _rejoin_broken_cells(lines: list[Line]) -> list[Line]:
    """Rejoin what a line break cut inside one cell: a postcode (`… LV-`⏎`5401`, not a count) and a
    worded date (`2017. gada`⏎`14. septembrī`)."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and prev.col == line.col:
            if re.search(r"\bLV\s?-?$", prev.text) and re.match(r"^[0-9]{4}\b", line.text):
                head, _, tail = line.text.partition(" ")
                out[-1] = replace(prev, text=prev.text + head)
                if tail.strip():
                    out.append(replace(line, text=tail.strip()))
                continue
            if re.search(r"(?:19|20)[0-9]{2}\.\s*gada$", prev.text) and re.match(r"^[0-3]?[0-9]\.\s*[^\W0-9]", line.text):
                out[-1] = replace(prev, text=f"{prev.text} {line.text}")
                continue
        out.append(line)
    return out


def _split_header(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The header ends at the last header-like line before the first code or count line."""
    last_header = -1
    for i, line in enumerate(lines):
        rest, counts = split_counts(line.text)
        if counts or PROGRAMME_CODE.search(line.text):
            break
        if _HEADER.search(fold(line.text)):
            last_header = i
    return lines[: last_header + 1], lines[last_header + 1:]


def _is_repeated_header(text: str) -> bool:
    folded = fold(text)
    return folded.startswith(("izglitibas programmas nosaukums", "istenosanas vietas adrese",
                              "izglitojamo skaits, uzsakot", "izglitojamo skaits, nosledzot"))
