"""Section 1.1: the programme table -> `programmes` rows.

Where the reader kept the table's grid (DOCX, PDF tables, layout columns) the columns are mapped by
their header text (loaders.extract.programme_grid). Otherwise (Tika text, one cell after another)
rows are recognised by what their cells hold, never by line position: a programme code (8
characters, also grouped: `0101 11 11`, `20V 212 01`), an address (street words or a postcode), a
licence number or date, and two learner counts that close the row (`479`⏎`462`, `15 17`,
`LV-5404 3 3`, `– 38 36` where the dash is an empty address cell). A row number (`1.`, `1. Name…`)
is not part of the name; a totals row (`Kopā 180 173`) is not a programme; a header repeated after a
page break is skipped, and the lower-case words, code and addresses right after it carry on the row
the page break cut. A column the header names with a count in brackets (`Mācību grupas (grupu skaits)`)
lists names with a count each (`SSG (1), MT-1 (2)`): it is not read and holds no learner count; but
where the bracket follows the learner counts' own name (`Izglītojamo skaits (grupu skaits)`), each
count cell is the learners and that count in brackets (`84 (6)`: 84 learners).
The header's column order says what free text after the code is: a qualification (not read) or an
address. Interest-education reports have no codes: there the name
runs until the first address. The header gives the start and end dates of the count columns.
This module does not decode programme codes (the warehouse does).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from loaders.extract.cell_content import (
    DATE,
    LICENCE_NO,
    POSTCODE,
    PROGRAMME_CODE,
    WORDED_DATE,
    cell_code,
    is_address,
    is_total_label,
    parse_date,
    programme_code,
    sites_of,
    split_counts,
)
from loaders.extract.counts_first_programmes import counts_before_address, extract_counts_first
from loaders.extract.programme_grid import extract_grid
from loaders.issues import Issues
from loaders.model import Line, span_ref
from loaders.textnorm import fold, join_lines, strip_punct

SECTION = "1.1"
_HEADER = re.compile(
    r"nosaukum|\bkods\b|adrese|izglitojamo skait|uzsakot|nosledzot|licenc|datums|programmas apguvi|"
    r"sekmigu|ja atskiras|juridisk|registracijas|akreditac|kvalifikac|m\.\s?g\.|mac\.\s?g\.|^piezimes$|^komentari?$|"
    r"^\(?[0-9]{2}\.[0-9]{2}\.[0-9]{4}\.?\)?$"
)
_ROW_NUMBER = re.compile(r"^[0-9]{1,2}\.$")
_ROW_NUMBER_PREFIX = re.compile(r"^[0-9]{1,2}\.\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ“\"„])")
_LICENCE_ONLY = re.compile(r"^(?:Nr\.?\s*)?" + LICENCE_NO.pattern + "$")
_LICENCE_AND_DATE = re.compile(r"^(?:Nr\.?\s*)?" + LICENCE_NO.pattern + r"[,;]?\s+(" + DATE.pattern + ")$")
# a cell listing names with a count in brackets each (`SSG (1), MT-1 (2)`), at the end of a line
_LISTED_COUNTS = re.compile(r"(?:^|(?<=\s))(?:[A-ZĀČĒĢĪĶĻŅŠŪŽ][\w-]*\s?\([0-9]{1,3}\)[,;]?\s*)+$")
_DASH = re.compile(r"^[–—-]\*?$")
# header words -> the column they name, to know what free text after the code is
_HEADER_COLUMNS = (("code", r"\bkods\b"), ("qualification", r"kvalifikac"), ("duration", r"ilgum"),
                   ("sites", r"adrese|istenosanas viet"), ("licence", r"licenc"), ("notes", r"piezim|komentar"),
                   # a count column that is not a learner count, named by what it counts (`Programmu skaits jomā`,
                   # `Grupu skaits`); interleaved header lines of learner counts must not match
                   ("other_count", r"\b(?:program\s?mu|grupu|pulcinu|kolektivu|nodarbibu|stundu)\b(?:\s+\S+){0,3}?\s+skaits\b"))
_UNREAD_COLUMNS = ("qualification", "duration", "notes")
# the learner-count columns' name followed by another count in brackets (`Izglītojamo skaits (grupu skaits)`):
# each count cell holds the learners, then that count in brackets (`84 (6)`)
_LEARNERS_THEN_BRACKETED = re.compile(r"izglitojamo\s+skait\w*\s*\([^()]{0,30}\bskait")
_BRACKETED_AFTER_COUNT = re.compile(r"(?<![\w./()-])([0-9]{1,6})\s*\([0-9]{1,4}\)(?=\s|$)")


@dataclass
class _Row:
    name: list[str] = field(default_factory=list)
    code: str | None = None
    sites: list[str] = field(default_factory=list)
    licence_no: str | None = None
    licence_date: str | None = None
    counts: list[int | None] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    unread: bool = False           # free text after the code goes to a column that is not read
    numbered: bool = False         # the row opened with its number (`1. Datorsistēmas`)
    after_code: bool = False       # the code has been read and no address, licence or dash yet

    def empty(self) -> bool:
        return not (self.name or self.code or self.sites or self.counts)


@dataclass
class _Table:
    start_date: str | None
    end_date: str | None
    after_code: str                # the column after the code in the header: sites, qualification, …
    has_code: bool = True          # the header names a code column (interest-education tables do not)
    width: int = 2                 # the number cells closing a row: the two learner counts, and a
                                   # count column of another kind before them where the header names one
    listed_counts: bool = False    # a column lists names with a count in brackets each (not read)
    bracketed_after_count: bool = False   # learner-count cells hold another count in brackets (`84 (6)`)
    notes_last: bool = False       # the header names a notes column after the learner counts
    in_notes: bool = False         # a row closed by its counts with notes after them: its notes may wrap on
    rows: list[dict] = field(default_factory=list)
    current_line: Line | None = None
    closed: bool = False
    emitted: list[_Row] = field(default_factory=list)


def extract_programmes(lines: list[Line], issues: Issues) -> list[dict]:
    rows = extract_grid(lines, issues)
    if rows is not None:
        return rows
    header, body = _split_header(lines)
    dates = [d for d in (parse_date(m.group(0)) for ln in header for m in DATE.finditer(ln.text)) if d]
    table = _Table(dates[0].isoformat() if len(dates) >= 2 else None,
                   dates[-1].isoformat() if len(dates) >= 2 else None, _column_after_code(header))
    columns = _header_columns(header)
    table.has_code = "code" in columns or not header
    table.width = 3 if "other_count" in columns else 2
    table.bracketed_after_count = bool(_LEARNERS_THEN_BRACKETED.search(fold(" ".join(ln.text for ln in header))))
    table.listed_counts = "listed_counts" in columns and not table.bracketed_after_count
    table.notes_last = _notes_after_counts(header)
    if len(dates) < 2:
        issues.warn(SECTION, "programme_dates_missing",
                    "The programme table's header gives no start and end dates for the learner counts.", header)

    if counts_before_address(header, table.has_code):
        return extract_counts_first(body, table.start_date, table.end_date, issues)
    issues_before = len(issues.rows)
    cur = _Row()
    body = _rejoin_broken_cells(body)
    if "code" in _header_columns(header):
        body = _rejoin_wrapped_codes(body)
    header_keys = [fold(line.text) for line in header]
    carry = False   # just after a repeated header: lower-case words, a code, addresses carry on the last row
    i = 0
    while i < len(body):
        skip = _repeated_header_length(body, i, header_keys)
        if skip:
            i += skip
            carry = cur.empty() and bool(table.emitted)
            continue
        line = body[i]
        i += 1
        table.current_line = line
        if carry and _carries_on(line.text, table):
            continue
        carry = False
        if table.in_notes and cur.empty() and not _opens_numbered_row(line.text):
            continue   # the notes cell of the row just read wraps on (`3 g.,`⏎`arodizglītī`⏎`ba`)
        table.in_notes = False
        if table.rows and cur.empty() and line.text.startswith("*"):
            break  # a footnote under the table: the table has ended
        cur = _take_line(line, cur, table, issues)
        if table.closed:
            break  # a totals row ends the table; what follows is prose
    if not cur.empty():
        _emit(cur, table, issues)
    if not table.rows and len(issues.rows) == issues_before:
        issues.error(SECTION, "programme_table_empty", "No programme rows could be read from section 1.1.", lines)
    return table.rows


def _take_line(line: Line, cur: _Row, table: _Table, issues: Issues) -> _Row:
    text = line.text
    if cur.empty() and not cur.lines:
        cur.numbered = bool(_ROW_NUMBER_PREFIX.match(text) or _ROW_NUMBER.match(text))
        text = _ROW_NUMBER_PREFIX.sub("", text)
    cur.lines.append(line)
    code = PROGRAMME_CODE.search(text)
    if code and not table.has_code and " " in code.group(1).strip():
        code = None  # no code column named: number groups (`14 642 618`) are count cells, not a code
    if code and programme_code(code.group(1)):
        before, after = text[: code.start()], text[code.end():]
        if before.strip(" -–"):
            cur = _take_text(strip_punct(before.strip(" -–")), cur, table, issues, line)
        if cur.code or cur.counts:
            _emit(cur, table, issues)
            cur = _Row(lines=[line])
        cur.code = programme_code(code.group(1))
        cur.after_code = True
        cur.unread = table.after_code in _UNREAD_COLUMNS
        text = after
    if table.bracketed_after_count:
        text = _BRACKETED_AFTER_COUNT.sub(r"\1", text)   # `84 (6) 80 (6)`: the learners; the groups are not read
    rest, counts = split_counts(text.strip())
    noted = _COUNTS_THEN_NOTES.match(text.strip()) if table.notes_last and not counts and table.width == 2 else None
    if noted and (cur.code or cur.name) and not cur.counts:
        # `112 98 4 g.`: the two learner counts, then the notes cell (not read) on the same line
        rest, counts = "", [int(noted.group(1)), int(noted.group(2))]
        table.in_notes = cur.numbered
    if not counts and not table.has_code and " " in text.strip() and PROGRAMME_CODE.fullmatch(text.strip()):
        counts = [_count_token(tok) for tok in text.split()]  # `14 642 618`: no code column, so counts
    rest = rest.strip()
    if counts and cur.name and not cur.code and is_total_label(rest, subtotals=True):
        # a totals line (`Kopā 477 473`) carries its own counts: the words gathered before it are
        # left-over cell text of an earlier row (a top-aligned grid), not a programme of their own
        leftover = strip_punct(join_lines(cur.name))
        if leftover and not is_total_label(leftover, subtotals=True):
            issues.warn(SECTION, "programme_text_unparsed",
                        f"Text in the programme table belongs to no row: {leftover[:80]!r}.", cur.lines[:-1])
        table.closed = table.closed or (len(counts) == 2 and is_total_label(rest))
        return _Row()
    if rest and cur.counts and all(c is None for c in cur.counts) and cur.name:
        # a dash in a cell of its own, then text: the dash opened the address cell (`–`⏎`Codes
        # pamatskola, …`), it is no count, and the text after it is the address, not the name
        cur.counts.clear()
        cur.sites.append(rest)
        rest = ""
    if rest:
        cur = _take_text(rest, cur, table, issues, line)
    # dashes before a row's two counts are empty cells of earlier columns (`– 38 36`: no address)
    while counts and counts[0] is None and len(cur.counts) + len(counts) > table.width:
        counts.pop(0)
        cur.after_code = False
    for count in counts:
        if len(cur.counts) < table.width:
            cur.counts.append(count)
        else:
            issues.warn(SECTION, "programme_extra_count",
                        f"An extra count {count} after the row's two counts was left out.", [line])
    if len(cur.counts) == table.width:
        _emit(cur, table, issues)
        cur = _Row()
    return cur


def _take_text(text: str, cur: _Row, table: _Table, issues: Issues, line: Line) -> _Row:
    text = text.strip()
    if table.listed_counts and (cur.code or cur.name):
        text = _LISTED_COUNTS.sub("", text).strip()  # `Dzirnupe MT-1 (1), MT-2 (2)`: the list is not read
    if not text or re.fullmatch(r"[.,;:]+", text):
        return cur
    if _ROW_NUMBER.match(text):  # a `Nr.p.k.` column: the row's number, not its name
        return cur
    if cur.code and cur.after_code:
        # an empty address cell (`–`) or a licence number may follow free text on the same line
        licence = LICENCE_NO.search(text)
        if licence and licence.end() >= len(text.rstrip(" ,;.")) and licence.start() > 0:
            cur = _take_text(text[: licence.start()], cur, table, issues, line)
            return _take_text(text[licence.start():], cur, table, issues, line)
        if text.startswith(("– ", "- ", "— ")) or _DASH.match(text):
            cur.after_code = False
            return _take_text(text[1:].strip(), cur, table, issues, line) if len(text) > 1 else cur
        if re.search(r"\s[–—-]$", text):
            cur = _take_text(text[:-1].strip(), cur, table, issues, line)
            cur.after_code = False
            return cur
    licence = _LICENCE_AND_DATE.match(strip_punct(text))
    if licence and (cur.code or cur.name) and not POSTCODE.search(text):
        cur.licence_no = licence.group(1).replace(" ", "")
        cur.licence_date = parse_date(licence.group(2)).isoformat() if parse_date(licence.group(2)) else None
        cur.after_code = False
        return cur
    licence = _LICENCE_ONLY.match(strip_punct(text))
    if licence and (cur.code or cur.name) and not POSTCODE.search(text):
        cur.licence_no = licence.group(1).replace(" ", "")
        cur.after_code = False
        return cur
    if (DATE.fullmatch(text.strip(" ()")) or WORDED_DATE.fullmatch(text.strip(" ().,"))) and (cur.code or cur.name):
        if cur.counts and len(cur.counts) == 1 and cur.licence_no is None:
            cur.licence_no = str(cur.counts.pop())  # a bare-number licence column before its date
        cur.licence_date = parse_date(text).isoformat() if parse_date(text) else None
        cur.after_code = False
        return cur
    if cur.code and cur.after_code and cur.unread:
        address = _address_start(text)
        if address is None:
            return cur  # a qualification (or duration, notes) column: not read
        cur.after_code = False
        text = text[address:]
    if cur.code and not cur.name and not cur.sites and not is_address(text):
        cur.name.append(text)  # the code column came before the name column
    elif cur.sites or is_address(text) or (cur.code and not cur.counts):
        cur.sites.append(text)
        cur.after_code = False
    else:
        cur.name.append(text)
    return cur


def _address_start(text: str) -> int | None:
    """Where an address starts in free text after the code (`Pavārs Dārza iela 11, Bauska`): at the
    capitalised word before the street word, else None when the text holds no address."""
    from loaders.extract.cell_content import _ADDRESS_WORDS

    m = _ADDRESS_WORDS.search(text) or POSTCODE.search(text)
    if not m:
        return None
    words = [w for w in re.finditer(r"\S+", text[: m.start()])]
    for w in reversed(words):
        if w.group(0)[:1].isupper() or w.group(0)[:1].isdigit():
            start = w.start()
            # an ordinal street name (`18. novembra iela`) starts at its number
            prev = [v for v in words if v.end() < w.start()]
            if prev and re.fullmatch(r"[0-9]{1,2}\.", prev[-1].group(0)) and not w.group(0)[:1].isupper():
                start = prev[-1].start()
            return start
    return 0


def _carries_on(text: str, table: _Table) -> bool:
    """After a header repeated by a page break: lower-case words, a code (when the row has none) and
    addresses carry on the last row the page break cut; anything else opens a new row."""
    row = table.emitted[-1]
    stripped = text.strip()
    if PROGRAMME_CODE.fullmatch(stripped) and programme_code(stripped):
        if row.code is not None:
            return False
        row.code = programme_code(stripped)
    elif is_address(text) and (row.code is not None or row.sites):
        row.sites.append(text)
    elif text[:1].islower():
        row.name.append(text)
    else:
        return False
    row.lines.append(table.current_line)
    table.rows[table.emitted.index(row)].update(_record_fields(row, table))
    return True


def _emit(cur: _Row, table: _Table, issues: Issues) -> None:
    name = strip_punct(join_lines(cur.name))
    if is_total_label(name, subtotals=True) and not cur.code:
        table.closed = table.closed or (len(cur.counts) >= 2 and is_total_label(name))
        return
    if len(cur.counts) < table.width:
        if cur.code or cur.counts:
            issues.error(SECTION, "programme_count_missing",
                         f"Programme {cur.code or name!r} has {len(cur.counts)} of its {table.width} count cells.",
                         cur.lines)
        elif name:
            issues.warn(SECTION, "programme_text_unparsed",
                        f"Text in the programme table belongs to no row: {name[:80]!r}.", cur.lines)
        return
    if not name and not cur.code:
        issues.warn(SECTION, "programme_counts_without_row", "Learner counts stand without a programme.", cur.lines)
        return
    unread_code = cell_code(name)[1] if table.has_code and not cur.code else None
    if unread_code:
        # digit groups in the name where the table has a code column: a code printed in a way not
        # read, so the row's cells cannot be told apart
        issues.warn(SECTION, "ambiguous_value", f"Programme {name[:80]!r}: its name holds a code-like number "
                    f"({unread_code}) that is no programme code; the row was left out.", cur.lines)
        return
    table.emitted.append(cur)
    table.rows.append({"row_no": len(table.rows) + 1, **_record_fields(cur, table)})


def _record_fields(row: _Row, table: _Table) -> dict:
    return {
        "source_ref": span_ref([ln for ln in row.lines if ln is not None]),
        "programme_code": row.code,
        "programme_name": strip_punct(join_lines(row.name)) or None,
        "sites": sites_of(join_lines(row.sites)),
        "licence_no": row.licence_no,
        "licence_date": row.licence_date,
        "learners_start": row.counts[-2],   # a count column of another kind stands before the two
        "learners_end": row.counts[-1],
        "start_date": table.start_date,
        "end_date": table.end_date,
    }


def _header_columns(header: list[Line]) -> list[str]:
    """The columns the header names (_HEADER_COLUMNS), in the order it names them. A count named only
    in brackets after a column's name (`Mācību grupas (grupu skaits)`) is no count column: its cells
    list names with a count in brackets each (`SSG (1), MT-1 (2)`), text, not a number cell."""
    return list(_columns_named(fold(" ".join(line.text for line in header))))


@lru_cache(maxsize=256)   # asked three times a table, and most reports' headers are worded alike
def _columns_named(folded: str) -> tuple[str, ...]:
    found = sorted((m.start(), "listed_counts" if key == "other_count" and _in_brackets(folded, m.start()) else key)
                   for key, words in _HEADER_COLUMNS for m in [re.search(words, folded)] if m)
    return tuple(key for _, key in found)


def _in_brackets(text: str, at: int) -> bool:
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)


# a row's two learner counts, then its notes cell opening with a word or a figure and a word (`4 g.`, `grupa`)
_COUNTS_THEN_NOTES = re.compile(r"^([0-9]{1,6})\s+([0-9]{1,6})\s+((?:[0-9]{1,2}\s+)?[^\W\d_].*)$")


def _notes_after_counts(header: list[Line]) -> bool:
    """The header names a notes column (`Piezīmes`, `Komentāri`) after the learner counts' columns."""
    folded = fold(" ".join(line.text for line in header))
    notes = [m.start() for m in re.finditer(r"piezim|komentar", folded)]
    counts = [m.start() for m in re.finditer(r"izglitojamo\s+skait|skaits", folded)]
    return bool(notes and counts) and notes[-1] > counts[-1]


def _opens_numbered_row(text: str) -> bool:
    """A line opening the next row of a numbered table (`7. Ēdināšanas …`, `7.`) or its totals row."""
    rest, counts = split_counts(text.strip())
    return bool(_ROW_NUMBER_PREFIX.match(text) or _ROW_NUMBER.match(text.strip())
                or (counts and is_total_label(rest, subtotals=True)))


def _column_after_code(header: list[Line]) -> str:
    """The column the header names right after the code column (`sites` where it names none)."""
    keys = _header_columns(header)
    if "code" in keys and keys.index("code") + 1 < len(keys):
        return keys[keys.index("code") + 1]
    return "sites"


def _repeated_header_length(body: list[Line], i: int, header_keys: list[str]) -> int:
    """How many lines from body[i] repeat the table's header from its first line (0: none); at least
    three lines (or the whole header) must repeat, so a name that happens to read `Izglītības` is no header."""
    if not header_keys or fold(body[i].text) != header_keys[0]:
        return _legacy_header(body[i].text)
    k = 0
    while i + k < len(body) and k < len(header_keys) and fold(body[i + k].text) == header_keys[k]:
        k += 1
    return k if k >= min(3, len(header_keys)) else 0


def _legacy_header(text: str) -> int:
    folded = fold(text)
    return int(folded.startswith(("izglitibas programmas nosaukums", "istenosanas vietas adrese",
                                  "izglitojamo skaits, uzsakot", "izglitojamo skaits, nosledzot")))


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


_DIGIT_GROUP = re.compile(r"^[0-9]{1,7}$")


def _rejoin_wrapped_codes(lines: list[Line]) -> list[Line]:
    """A code printed in groups that wrapped onto lines of their own (`2101`⏎`5611`) is one code where
    it stands where the code column does: after the row's name (a line of words, no code yet) and
    before a cell of the columns between the code and the counts (an empty cell's dash, an address, a
    licence number or date), and its groups make the 8 characters of a code. Numbers that close a row
    (`1217`⏎`1283`, then the next row) are counts and stay apart."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        k = i
        joined = ""
        while k < len(lines) and _DIGIT_GROUP.match(lines[k].text.strip()) and len(joined) < 8:
            joined += lines[k].text.strip()
            k += 1
        if (k - i >= 2 and len(joined) == 8 and programme_code(joined) and out and k < len(lines)
                and _is_words(out[-1].text) and _cell_before_counts(lines[k].text)):
            out.append(replace(lines[i], text=joined))
            i = k
            continue
        out.append(lines[i])
        i += 1
    return out


def _is_words(text: str) -> bool:
    rest, counts = split_counts(text)
    return not counts and not PROGRAMME_CODE.search(text) and bool(re.search(r"[^\W\d_]{3}", rest))


def _cell_before_counts(text: str) -> bool:
    text = text.strip()
    return bool(_DASH.match(text.split(" ")[0]) or LICENCE_NO.match(text) or is_address(text) or DATE.match(text))


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


def _count_token(token: str) -> int | None:
    return int(token) if token.isdigit() else None
