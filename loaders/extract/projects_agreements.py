"""Section 4 (largest projects) -> `projects`; section 5 (co-operation agreements) -> `agreements`.

Projects are a table (N. | title | summary | results) or numbered paragraphs (`4.1. Projekts “…” –
what was done`). Where the reader kept the grid (DOCX, PDF tables, layout columns) each cell is read
from its column, the columns named by their header words (`nosaukums`, `anotācija`, `rezultāti`),
a row the page break cut in two joined back. In Tika text the grid is lost: the title is the numbered
line and its continuation up to the first line that opens a sentence after a finished one (or the
words before ` – ` in a one-paragraph item); the rest is the summary, and it is split into summary and
results only where exactly one finished sentence is followed by another cell's start (else results
stay NULL rather than guessed). Agreements are numbered items (`5.1. Sadarbības līgums ... ar X,
noslēgts ...`, `5.2. X – what the co-operation is`) or plain lines. Page numbers and the signature
block are not text of either.
"""
from __future__ import annotations

import re

from loaders.extract.page_furniture import before_signature, without_furniture
from loaders.model import Line, span_ref
from loaders.textnorm import fold, join_lines, strip_punct

_PROJECT_ROW = re.compile(r"^(?:4\.)?([1-9][0-9]?)\.\s+(\S.*)$")  # `1.` or `4.1.`
_AGREEMENT_ITEM = re.compile(r"^(5\.[0-9]{1,2}|[0-9]{1,2})\.?\s+(\S.*)$")
_PARTNER = re.compile(r"\bar\s+(.+?)(?:,?\s+(?:noslēgts|noslēgta|par|no)\b|[.;]?$)")
_NAMED_FIRST = re.compile(r"^(.{3,120}?)\s+[–—]\s+\S")   # `Biedrība “X” – kopīgi pasākumi`
_HEADER = re.compile(r"^(n\.?|npk|nr\.?)\s|projekta nosaukums", re.IGNORECASE)
_COLUMN_WORDS = (("number", r"^(nr|npk|n\.?\s*p\.?\s*k|n\.)\b"), ("results", r"rezultat"),
                 ("summary", r"anotacij|apraksts|saturs|merk|aktivitat"), ("title", r"nosaukum|projekt"))
_SENTENCE_END = re.compile(r"[.!?]\s*$")


def extract_projects(lines: list[Line]) -> list[dict]:
    lines = before_signature(without_furniture(lines))
    grid = [ln for ln in lines if ln.table is not None and ln.col is not None]
    if grid:
        rows = _grid_projects(grid)
        if rows:
            return rows
    return _text_projects([ln for ln in lines if ln.table is None] if grid else lines)


# ---------------------------------------------------------------- the grid

def _grid_projects(lines: list[Line]) -> list[dict]:
    table_rows: dict[tuple, dict[int, list[Line]]] = {}
    for line in lines:
        table_rows.setdefault((line.table, line.row), {}).setdefault(line.col, []).append(line)
    roles: dict[int, str] = {}
    projects: list[dict] = []
    for cells in table_rows.values():
        texts = {col: join_lines(ln.text for ln in cell) for col, cell in cells.items()}
        header = {col: _column_role(text) for col, text in texts.items()}
        if all(header.values()) and all(len(t) <= 60 and not re.match(r"[0-9]", t.strip()) for t in texts.values()):
            roles = {col: role for col, role in header.items()}
            continue
        if not roles:
            roles = _roles_by_position(sorted(cells))
        by_role: dict[str, list[Line]] = {}
        for col, cell in sorted(cells.items()):
            by_role.setdefault(roles.get(col) or _nearest_role(roles, col), []).extend(cell)
        number = join_lines(ln.text for ln in by_role.pop("number", []))
        starts = bool(re.fullmatch(r"[0-9]{1,2}\.?", number.strip())) or (not number and by_role.get("title")
                                                                          and not projects)
        if not starts and projects and not number:   # a row the page break cut: its cells carry on
            _extend(projects[-1], by_role)
            continue
        if not starts and not by_role.get("title"):
            continue
        projects.append({"lines": [ln for cell in cells.values() for ln in cell],
                         "no": number.strip(" .") or str(len(projects) + 1),
                         **{role: list(by_role.get(role, [])) for role in ("title", "summary", "results")}})
    return [{"source_ref": span_ref(sorted(p["lines"], key=_order)), "project_no": str(n),
             "title": join_lines(ln.text for ln in p["title"]) or None,
             "summary": join_lines(ln.text for ln in p["summary"]) or None,
             "results": join_lines(ln.text for ln in p["results"]) or None}
            for n, p in enumerate(projects, start=1)]


def _order(line: Line) -> tuple:
    return (line.page or 0, line.no)


def _extend(project: dict, by_role: dict[str, list[Line]]) -> None:
    for role, cell in by_role.items():
        if role in project:
            project[role].extend(cell)
        project["lines"].extend(cell)


def _column_role(text: str) -> str | None:
    folded = fold(text)
    return next((role for role, words in _COLUMN_WORDS if re.search(words, folded)), None)


def _roles_by_position(cols: list[int]) -> dict[int, str]:
    names = ["number", "title", "summary", "results"] if len(cols) >= 4 else ["title", "summary", "results"]
    return {col: names[min(i, len(names) - 1)] for i, col in enumerate(cols)}


def _nearest_role(roles: dict[int, str], col: int) -> str:
    left = [c for c in roles if c <= col]
    return roles[max(left)] if left else roles[min(roles)]


# ---------------------------------------------------------------- the text

def _text_projects(lines: list[Line]) -> list[dict]:
    rows: list[list[Line]] = []
    expected = 1
    for line in lines:
        m = _PROJECT_ROW.match(line.text)
        if m and int(m.group(1)) == expected and not _HEADER.search(line.text):
            rows.append([line])
            expected += 1
        elif rows:
            rows[-1].append(line)
    return [_project(n, row) for n, row in enumerate(rows, start=1)]


def _project(number: int, lines: list[Line]) -> dict:
    first = _PROJECT_ROW.match(lines[0].text).group(2)
    head, tail = _split_one_line(first)
    if tail:   # the title cell ends inside the first line
        title, rest = head, [tail] + [ln.text for ln in lines[1:]]
    else:
        texts = [first] + [ln.text for ln in lines[1:]]
        cut = _title_end(texts)
        title, rest = join_lines(texts[:cut]), texts[cut:]
    summary, results = _summary_and_results(rest)
    return {"source_ref": span_ref(lines), "project_no": str(number), "title": title,
            "summary": summary, "results": results}


def _title_end(texts: list[str]) -> int:
    for i in range(1, len(texts)):
        if texts[i][:1].isupper() and re.search(r"[”\".)0-9]$", texts[i - 1].strip()):
            return i
    return len(texts)


def _split_one_line(text: str) -> tuple[str, str]:
    """A row whose cells came out on one line or a one-paragraph item: the title ends at a closing
    quote before a capitalised word (`“Latvijas skolas soma” Kultūrizglītības …`) or before ` – `."""
    m = re.search(r"[”\"»](?=\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ])", text)
    if m:
        return text[: m.end()].strip(), text[m.end():].strip()
    m = _NAMED_FIRST.match(text)
    if m:
        return m.group(1).strip(), text[m.end() - 1:].strip()
    return text, ""


def _summary_and_results(texts: list[str]) -> tuple[str | None, str | None]:
    """Summary and results cells in text order: split where exactly one finished sentence ends a line
    and the next line opens a new sentence; otherwise (none, or several such places) no split."""
    if not texts:
        return None, None
    if len(texts) == 1:
        pieces = re.split(r"(?<=[.!?])\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])", texts[0])
        if len(pieces) == 2:
            return pieces[0], pieces[1]
        return texts[0], None
    cuts = [i for i in range(1, len(texts)) if _SENTENCE_END.search(texts[i - 1]) and texts[i][:1].isupper()]
    # a line going on in lower case after a finished sentence: the cells' lines are interleaved
    interleaved = any(_SENTENCE_END.search(texts[i - 1]) and texts[i][:1].islower() for i in range(1, len(texts)))
    if len(cuts) == 1 and not interleaved:
        return join_lines(texts[: cuts[0]]), join_lines(texts[cuts[0]:])
    return join_lines(texts), None


# ---------------------------------------------------------------- agreements

def extract_agreements(lines: list[Line]) -> list[dict]:
    lines = before_signature(without_furniture(lines))
    numbered = any(_AGREEMENT_ITEM.match(line.text) for line in lines)
    items: list[tuple[str, list[Line]]] = []
    for line in lines:
        m = _AGREEMENT_ITEM.match(line.text)
        if m:
            items.append((m.group(1), [line]))
        elif items and (numbered or line.text[:1].islower()):
            items[-1][1].append(line)
        elif not re.match(r"^(nav|nav attiecināms|-)\.?$", line.text, re.IGNORECASE):
            items.append((str(len(items) + 1), [line]))
    rows = []
    for item_no, item_lines in items:
        text = join_lines(ln.text for ln in item_lines)
        text = _AGREEMENT_ITEM.sub(r"\2", text, count=1) if _AGREEMENT_ITEM.match(text) else text
        rows.append({"source_ref": span_ref(item_lines), "item_no": item_no, "partner": _partner(text), "text": text})
    return rows


def _partner(text: str) -> str | None:
    m = _PARTNER.search(text)
    if m:
        return strip_punct(m.group(1))
    named = _NAMED_FIRST.match(text)
    return strip_punct(named.group(1)) if named else None
