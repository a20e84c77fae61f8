"""Section 1.1 where the reader kept the table's grid (DOCX, PDF ruled tables, `pdftotext -layout`
columns): the columns are mapped by their header text, then each body row is read cell by cell.

- header rows: the table's leading rows that hold header words and no programme code or count. A
  parent header cell merged over several columns (`Izglītojamo skaits` over `uzsākot | noslēdzot`,
  `Licence` over `Nr. | Datums`) lends its words to the columns under it, so words broken over lines
  and merged cells both end up in one header text per column;
- column roles come from the header words (COLUMN_WORDS, data, matched on folded text in order): row
  number, name, code, address, licence (number and/or date), learners at the start / at the end
  (told apart by `uzsākot`/`noslēdzot`, else by the header's date: 01.09/01.10 start, 31.05/30.06
  end); qualification, duration, notes and any column no rule names are read by no rule;
- a body row gives its code (`20V 212 01` -> `20V21201`, also found inside the name cell), name,
  sites, licence and the two counts (`34 (t.sk. 3 mājas apmācībā)` -> 34, `–` -> NULL). A totals
  row (`Kopā`) and a repeated header row are not programmes; a row with no name and no code but an
  address and counts continues a vertically merged programme above it. A count that is neither a
  number nor a dash, or an empty count cell, is not guessed: the row is left out and an
  `ambiguous_value` / `programme_count_missing` issue names the programme.

A table of header rows only is read with the headerless tables of the same width after it (a heading
spanning the table, such as a field of interest education, cuts the reader's table in pieces).

`extract_grid` returns None when the section has no table whose header maps to count columns and a
name or code column; the caller then reads the lines by content. This module does not decode codes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.cell_content import (
    DATE,
    LICENCE_NO,
    cell_code,
    is_total_label,
    licence_of,
    parse_count,
    parse_date,
    programme_code,
    sites_of,
)
from loaders.issues import Issues
from loaders.model import Line, span_ref
from loaders.textnorm import fold, join_lines

SECTION = "1.1"

# Header words -> column role, first match wins (folded text: lower case, no diacritics).
COLUMN_WORDS: tuple[tuple[str, re.Pattern], ...] = tuple((role, re.compile(words)) for role, words in (
    ("accreditation", r"akreditac"),
    ("start", r"uzsak|sakuma|sakot\b"),
    ("end", r"nosledz|beigas|beidzot|noslegum|pabeidz"),
    ("licence", r"licenc"),
    ("count", r"izglitojamo skait|audzeknu skait|skaits"),
    ("code", r"\bkods\b|\bkodi\b|\bkodu\b"),
    ("sites", r"adrese|adreses|istenosanas viet"),
    ("qualification", r"kvalifikac"),
    ("duration", r"ilgums|ilgum"),
    ("notes", r"piezim|komentar|paskaidroj"),
    ("name", r"nosaukum|programm|joma|jomas|virzien"),
))
_ROW_NUMBER_HEADER = re.compile(r"^(?:nr|npk|nrpk|pk|n)$")     # `Nr. p.k.`, `NP / K` with spaces, dots, slashes gone
_HEADER_ROW_WORDS = re.compile(
    r"nosaukum|\bkods\b|adrese|izglitojamo skait|uzsakot|nosledzot|licenc|datums|\bnr\b|p\.\s?k|"
    r"kvalifikac|piezim|istenosanas viet|akreditac|skaits")
_START_MONTHS, _END_MONTHS = (8, 9, 10), (5, 6, 7)
_PLAIN_NUMBER = re.compile(r"^[0-9]{1,6}$")
_ROW_NUMBER_PREFIX = re.compile(r"^[0-9]{1,2}\.\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ“\"„])")  # `1. Pamatizglītības …`


@dataclass
class _Columns:
    roles: dict[int, str]          # grid column -> role
    headers: dict[int, str]        # grid column -> header text
    header_rows: int


def extract_grid(lines: list[Line], issues: Issues) -> list[dict] | None:
    tables = _tables(lines)
    for i, table in enumerate(tables):
        rows = _rows(table)
        if rows and all(_is_header_row(row) for row in rows):
            rows = rows + _continued_body(rows, tables[i + 1:])
        columns = _map_columns(rows)
        if columns is not None:
            return _read_rows(rows, columns, issues)
    return None


def _tables(lines: list[Line]) -> list[list[Line]]:
    tables: dict[int, list[Line]] = {}
    for line in lines:
        if line.table is not None and line.col is not None:
            tables.setdefault(line.table, []).append(line)
    return list(tables.values())


def _continued_body(header: list[dict[int, list[Line]]], later: list[list[Line]]) -> list[dict[int, list[Line]]]:
    """A table of header rows only, then tables without a header of their own and no wider than it:
    one table that the reader cut where a heading spans the whole table (`STEM joma`, a field of
    interest education) or a page broke. Their rows are the header's body, in order."""
    width = max(col for row in header for col in row)
    body: list[dict[int, list[Line]]] = []
    for table in later:
        rows = _rows(table)
        if not rows or _is_header_row(rows[0]) or max(col for row in rows for col in row) != width:
            break
        body.extend(rows)
    return body


def _rows(table: list[Line]) -> list[dict[int, list[Line]]]:
    rows: dict[int, dict[int, list[Line]]] = {}
    for line in table:
        rows.setdefault(line.row, {}).setdefault(line.col, []).append(line)
    return [rows[k] for k in sorted(rows)]


def _text(cell: list[Line] | None) -> str:
    return join_lines([line.text for line in cell or ()])


# --- the header -------------------------------------------------------------------------------------
def _is_header_row(row: dict[int, list[Line]]) -> bool:
    texts = [_text(cell) for cell in row.values()]
    if any(programme_code(t) or _PLAIN_NUMBER.match(t) for t in texts):
        return False
    return any(_HEADER_ROW_WORDS.search(fold(t)) for t in texts)


def _map_columns(rows: list[dict[int, list[Line]]]) -> _Columns | None:
    n = 0
    while n < len(rows) and _is_header_row(rows[n]):
        n += 1
    if n == 0:
        return None
    all_cols = sorted({col for row in rows for col in row})
    headers: dict[int, list[str]] = {col: [] for col in all_cols}
    for i, row in enumerate(rows[:n]):
        if len(row) == 1 and len(all_cols) >= 3 and i + 1 < n:
            continue  # a caption across the whole table (the section's title), not a column's header
        below = {col for lower in rows[i + 1:n] for col in lower}
        starts = sorted(row)
        for col in all_cols:
            if col in row:
                headers[col].append(_text(row[col]))
                continue
            # a parent cell merged over this column: the nearest cell to the left in this row, where the
            # rows below split it into sub-columns (both its own column and this one have cells below)
            left = [c for c in starts if c < col]
            if left and left[-1] in below and col in below and not any(left[-1] < c < col for c in starts):
                headers[col].append(_text(row[left[-1]]))
    texts = {col: " ".join(t for t in parts if t) for col, parts in headers.items()}
    roles = {col: _role(text) for col, text in texts.items() if text}
    roles = _licence_numbers(roles, texts, rows[n:])
    roles = _split_counts(roles, texts)
    if not any(r in ("start", "end") for r in roles.values()) or not any(r in ("name", "code") for r in roles.values()):
        return None
    return _Columns(roles, texts, n)


def _licence_numbers(roles: dict[int, str], texts: dict[int, str],
                     body: list[dict[int, list[Line]]]) -> dict[int, str]:
    """A `Nr.` column beside the licence column whose cells hold licence numbers (`V_5877`), not row
    numbers, is the licence's number: its parent header `Licence` stood over the other sub-column
    (layout text centres it anywhere over the two)."""
    for col, role in roles.items():
        if (role not in ("row_no", "other") or not re.search(r"\bnr\b", fold(texts[col]))
                or "licence" not in (roles.get(col - 1), roles.get(col + 1))):
            continue
        cells = [_text(row[col]) for row in body if _text(row.get(col))]
        if cells and all(LICENCE_NO.fullmatch(c.strip(" ,;.")) for c in cells):
            roles[col] = "licence"
    return roles


def _role(header: str) -> str:
    folded = fold(header)
    if _ROW_NUMBER_HEADER.match(re.sub(r"[\s./\\]", "", folded)):
        return "row_no"
    roles = [role for role, words in COLUMN_WORDS if words.search(folded)]
    if "start" in roles and "end" in roles:
        return "count"  # both words (`… uzsākot … noslēdzot`): the header's date tells which
    return roles[0] if roles else "other"


def _split_counts(roles: dict[int, str], texts: dict[int, str]) -> dict[int, str]:
    """`count` columns (no start/end word) by the month of their header date, else start then end."""
    counts = [col for col, role in roles.items() if role == "count"]
    taken = set(roles.values())
    for col in counts:
        months = [d.month for d in (parse_date(m.group(0)) for m in DATE.finditer(texts[col])) if d]
        if months and months[-1] in _START_MONTHS and "start" not in taken:
            roles[col] = "start"
        elif months and months[-1] in _END_MONTHS and "end" not in taken:
            roles[col] = "end"
        elif "start" not in taken:
            roles[col] = "start"
        elif "end" not in taken:
            roles[col] = "end"
        else:
            roles[col] = "other"
        taken.add(roles[col])
    # two columns of one role: keep the first (a second "uzsākot" column is another count)
    seen: set[str] = set()
    for col in sorted(roles):
        if roles[col] in ("start", "end", "code", "name") and roles[col] in seen:
            roles[col] = "other"
        seen.add(roles[col])
    return roles


def _header_date(columns: _Columns, role: str, fallback: list) -> str | None:
    for col, r in columns.roles.items():
        if r == role:
            found = [d for d in (parse_date(m.group(0)) for m in DATE.finditer(columns.headers[col])) if d]
            if found:
                return found[-1].isoformat()
    return fallback.isoformat() if fallback else None


# --- the body ---------------------------------------------------------------------------------------
def _read_rows(rows: list[dict[int, list[Line]]], columns: _Columns, issues: Issues) -> list[dict]:
    header_lines = [line for row in rows[:columns.header_rows] for cell in row.values() for line in cell]
    all_dates = [d for d in (parse_date(m.group(0)) for ln in header_lines for m in DATE.finditer(ln.text)) if d]
    start_date = _header_date(columns, "start", all_dates[0] if len(all_dates) >= 2 else None)
    end_date = _header_date(columns, "end", all_dates[-1] if len(all_dates) >= 2 else None)
    if start_date is None or end_date is None:
        issues.warn(SECTION, "programme_dates_missing",
                    "The programme table's header gives no start and end dates for the learner counts.", header_lines)
    header_keys = {_row_key(row) for row in rows[:columns.header_rows]}
    out: list[dict] = []
    seq = 0
    previous: dict | None = None
    for row in rows[columns.header_rows:]:
        if _row_key(row) in header_keys or _is_header_row(row):
            continue  # a header row repeated after a page break
        if _is_column_numbering(row):
            continue  # `1 | 2 | 3 | …` under the header: the columns' numbers
        cells = {role: [] for role in set(columns.roles.values())}
        for col, cell in row.items():
            cells.setdefault(columns.roles.get(col, "other"), []).extend(cell)
        text = {role: _text(cell) for role, cell in cells.items()}
        row_lines = [line for col in sorted(row) for line in row[col]]
        labels = [text.get("row_no", ""), text.get("name", ""), text.get("code", "")]
        if any(is_total_label(t, subtotals=True) for t in labels if t):
            continue
        code, name, problem = _code_and_name(text.get("code", ""), _ROW_NUMBER_PREFIX.sub("", text.get("name", "")))
        start, start_kind = parse_count(text.get("start", ""))
        end, end_kind = parse_count(text.get("end", ""))
        has_counts = {start_kind, end_kind} & {"count", "none"}
        if not code and not name:
            if previous is not None and has_counts and text.get("sites") and not text.get("row_no"):
                code, name = previous["programme_code"], previous["programme_name"]  # merged cells above
            else:
                if has_counts or text.get("sites"):
                    issues.warn(SECTION, "programme_counts_without_row",
                                "Learner counts stand in the programme table without a programme name or code.",
                                row_lines)
                continue
        seq += 1
        label = code or name
        if problem:
            issues.warn(SECTION, "ambiguous_value", f"Programme {name!r}: {problem}; the row was left out.", row_lines)
            continue
        if "unclear" in (start_kind, end_kind):
            candidates = [t for t, k in ((text.get("start", ""), start_kind), (text.get("end", ""), end_kind))
                          if k == "unclear"]
            issues.warn(SECTION, "ambiguous_value", f"Programme {label}: the learner count cell "
                        f"{' / '.join(repr(c) for c in candidates)} is not one number; the row was left out.",
                        row_lines)
            continue
        if "empty" in (start_kind, end_kind):
            stray = [t for role, t in text.items() if role not in ("start", "end", "row_no", "code")
                     and t and any(parse_count(tok)[1] in ("count", "none") for tok in t.split())]
            issues.error(SECTION, "programme_count_missing",
                         f"Programme {label} has an empty learner count cell"
                         + (f" (count-like text stands in another column: {stray!r})" if stray else "")
                         + "; the row was left out.", row_lines)
            continue
        licence_no, licence_date = licence_of(text.get("licence", ""))
        record = {
            "source_ref": span_ref(row_lines),
            "row_no": seq,
            "programme_code": code,
            "programme_name": name or None,
            "sites": sites_of(text.get("sites", "")),
            "licence_no": licence_no,
            "licence_date": licence_date,
            "learners_start": start,
            "learners_end": end,
            "start_date": start_date,
            "end_date": end_date,
        }
        out.append(record)
        previous = record
    if not out and not seq:
        issues.error(SECTION, "programme_table_empty", "No programme rows could be read from section 1.1.",
                     header_lines)
    return out


def _is_column_numbering(row: dict[int, list[Line]]) -> bool:
    numbers = [_text(row[col]).rstrip(".") for col in sorted(row)]
    return len(numbers) >= 3 and all(n.isdigit() for n in numbers) and \
        [int(n) for n in numbers] == list(range(int(numbers[0]), int(numbers[0]) + len(numbers)))


def _row_key(row: dict[int, list[Line]]) -> tuple:
    return tuple((col, fold(_text(cell))) for col, cell in sorted(row.items()))


def _code_and_name(code_text: str, name_text: str) -> tuple[str | None, str, str | None]:
    """(code, name, unreadable code text). The code may stand in the name cell (`… programma 01011111`)
    and the name in the code cell (`Izglītības programmas nosaukums un kods`). A code cell's 8
    characters may be grouped in any way (`0101 1111`); a run of code-like groups of another length
    (`210158111`: 9 digits) is no code: the template's code has 8, so it is reported, not cut; a lettered
    code's ninth digit (`20V 813 00 1`) is part of the code."""
    code, printed = cell_code(code_text) if code_text else (None, None)
    problem = None
    if code_text and code is None and parse_count(code_text)[1] != "none" and not re.fullmatch(r"[–—-]+", code_text):
        problem = f"the code cell {code_text!r} holds no readable programme code" + _length_note(printed)
    if code is None and name_text:
        code, printed = cell_code(name_text)
        if code is not None:
            name_text = _without_code(name_text, code)
            problem = None
        elif printed is not None and problem is None:
            problem = "the name cell holds a code-like number that is no programme code" + _length_note(printed)
    elif code is not None and not name_text:
        name_text = _without_code(code_text, code)
    return code, name_text, problem


def _length_note(printed: str | None) -> str:
    return f" ({printed}: {len(printed)} characters, the template's code has 8)" if printed else ""


def _without_code(text: str, code: str) -> str:
    printed = re.compile(r"(?<![0-9A-Z])" + r"\s?".join(re.escape(ch) for ch in code) + r"(?![0-9A-Z])")
    return " ".join(printed.sub(" ", text).split()).strip(" ,;–-")
