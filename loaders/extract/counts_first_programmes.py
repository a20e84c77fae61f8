"""Section 1.1 in text with no grid, where the header puts the learner counts BEFORE the address column
(`Nr. | Interešu izglītības programma | Izglītojamo skaits 01.10. | … 31.05. | Īstenošanas vieta |
Piezīmes`) and the table has no code column: interest-education tables, often grouped under field rows
(`Kultūrizglītība`, `STEM`) that are no programmes.

There the counts do not close a row, so rows are told by their numbers: a row opens with the next
number (`7. Robotika un`), its name runs until the first pair of count cells (`35 33`, `– 14` where the
dash is an empty cell), and whatever follows until the next number (addresses, notes, field rows) is
not read. A totals row (`Kopā 447 431`) ends the table and must equal the rows' sums, else no row is
written. A row whose cells a page break cut after its counts (text after a page label before the next
row) may have its name's tail there: it is named in an issue, not written. This module does not read
the other layouts (loaders.extract.programmes).
"""
from __future__ import annotations

import re

from loaders.extract.cell_content import is_total_label, split_counts
from loaders.extract.page_furniture import is_page_furniture
from loaders.issues import Issues
from loaders.model import Line, span_ref
from loaders.textnorm import fold, join_lines, strip_punct

SECTION = "1.1"
_ROW_START = re.compile(r"^([1-9][0-9]?)\.\s+(\S.*)$")
_CELL = r"(?:[0-9]{1,5}|[–—-])"
_COUNT_PAIR = re.compile(rf"(?:^|\s)({_CELL})\s+({_CELL})(?=\s|$)")


def counts_before_address(header: list[Line], has_code: bool) -> bool:
    """The header names the learner counts before the address column, and no code column."""
    folded = fold(" ".join(ln.text for ln in header))
    counts, address = re.search(r"izglitojamo skait", folded), re.search(r"adrese|istenosanas viet", folded)
    return not has_code and bool(counts and address) and counts.start() < address.start()


def extract_counts_first(body: list[Line], start_date: str | None, end_date: str | None,
                         issues: Issues) -> list[dict]:
    rows: list[dict] = []
    cur: dict | None = None
    totals: list[int | None] | None = None
    table_lines: list[Line] = []
    for line in body:
        text = line.text.strip()
        rest, counts = split_counts(text)
        if counts and is_total_label(rest, subtotals=True) and len(counts) == 2:
            totals = counts
            table_lines.append(line)
            break
        table_lines.append(line)
        m = _ROW_START.match(text)
        if m and int(m.group(1)) == len(rows) + 1:
            cur = {"no": int(m.group(1)), "name": [], "counts": None, "lines": [line], "furniture": False,
                   "after_break": []}
            rows.append(cur)
            text = m.group(2)
        elif cur is None:
            continue   # a header's last words or a field row before the first programme
        else:
            cur["lines"].append(line)
        if cur["counts"] is None:
            pair = _COUNT_PAIR.search(text)
            if pair and any(c.isdigit() for c in pair.group(1) + pair.group(2)):
                cur["name"].append(text[:pair.start()])
                cur["counts"] = [_count(pair.group(1)), _count(pair.group(2))]
            else:
                cur["name"].append(text)
        elif is_page_furniture(text, bare_numbers=False):
            cur["furniture"] = True
        elif cur["furniture"]:
            cur["after_break"].append(text)
    written = [r for r in rows if r["counts"] is not None and not r["after_break"]]
    for r in rows:
        name = strip_punct(join_lines(r["name"]))
        if r["counts"] is None:
            issues.warn(SECTION, "programme_count_missing",
                        f"Programme {name[:80]!r} (row {r['no']}): no count cells were found.", r["lines"])
        elif r["after_break"]:
            tail = join_lines(r["after_break"])
            issues.warn(SECTION, "ambiguous_value",
                        f"Programme row {r['no']}: a page break cut its cells after its counts, and the text after "
                        f"the break ({tail!r}) may be its name's tail or another cell's, so its name is "
                        f"{name!r} or {join_lines([name, tail])!r}; the row is not written.", r["lines"])
    if totals is not None and not _sums_match(rows, totals):
        issues.warn(SECTION, "ambiguous_value",
                    f"The programme table's totals row ({totals}) is not the sum of the {len(rows)} rows read "
                    "(counts before the address column, rows told by their numbers): the rows were not read "
                    "right, so none is written.", table_lines)
        return []
    if not rows:
        issues.warn(SECTION, "programme_table_empty",
                    "The programme table puts the counts before the address column and its rows carry no "
                    "numbers to tell them apart: no row is read.", body)
    return [{"row_no": r["no"], "source_ref": span_ref(r["lines"]), "programme_code": None,
             "programme_name": strip_punct(join_lines(r["name"])) or None, "sites": None, "licence_no": None,
             "licence_date": None, "learners_start": r["counts"][0], "learners_end": r["counts"][1],
             "start_date": start_date, "end_date": end_date} for r in written]


def _count(token: str) -> int | None:
    return int(token) if token.isdigit() else None


def _sums_match(rows: list[dict], totals: list[int | None]) -> bool:
    for k in (0, 1):
        if totals[k] is not None and sum((r["counts"] or [0, 0])[k] or 0 for r in rows) != totals[k]:
            return False
    return True
