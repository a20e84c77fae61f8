"""Section 4 (largest projects) -> `projects`; section 5 (co-operation agreements) -> `agreements`.

Projects are a numbered table (N. | title | summary | results). With column positions (DOCX, PDF
tables) the cells are exact; in Tika text the title is the numbered line and its continuation up to
the first line that opens a sentence after a finished one, and the rest is the summary (results left
NULL). Agreements are numbered items (`5.1. Sadarbības līgums ... ar X, noslēgts ...`) or plain lines.
"""
from __future__ import annotations

import re

from loaders.model import Line, span_ref
from loaders.textnorm import join_lines, strip_punct

_PROJECT_ROW = re.compile(r"^(?:4\.)?([1-9][0-9]?)\.\s+(\S.*)$")  # `1.` or `4.1.`
_AGREEMENT_ITEM = re.compile(r"^(5\.[0-9]{1,2}|[0-9]{1,2})\.?\s+(\S.*)$")
_PARTNER = re.compile(r"\bar\s+(.+?)(?:,?\s+(?:noslēgts|noslēgta|par|no)\b|[.;]?$)")
_HEADER = re.compile(r"^(n\.?|npk|nr\.?)\s|projekta nosaukums", re.IGNORECASE)


def extract_projects(lines: list[Line]) -> list[dict]:
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
    texts = [first] + [ln.text for ln in lines[1:]]
    if all(ln.col is not None for ln in lines):
        cols = sorted({ln.col for ln in lines})
        cells = [join_lines(t for t, ln in zip(texts, lines) if ln.col == c) for c in cols[-3:]]
        title, summary, results = (cells + [None, None, None])[:3]
    else:
        cut = _title_end(texts)
        title, summary, results = join_lines(texts[:cut]), join_lines(texts[cut:]) or None, None
    return {"source_ref": span_ref(lines), "project_no": str(number), "title": title, "summary": summary,
            "results": results}


def _title_end(texts: list[str]) -> int:
    for i in range(1, len(texts)):
        if texts[i][:1].isupper() and re.search(r"[”\".)0-9]$", texts[i - 1].strip()):
            return i
    return len(texts)


def extract_agreements(lines: list[Line]) -> list[dict]:
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
        partner = _PARTNER.search(text)
        rows.append({"source_ref": span_ref(item_lines), "item_no": item_no,
                     "partner": strip_punct(partner.group(1)) if partner else None, "text": text})
    return rows
