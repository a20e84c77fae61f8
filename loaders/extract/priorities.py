"""Section 2: the year's priorities, each result type with its status -> `priorities` rows.

Within a part (`a) kvalitatīvi`), the status line (a spelling from
seeds/reference/priority_statuses.csv: "Sasniegts", "Daļēji sasniegts", "Sasniegts daļēji", "Nav
sasniegts" ..., with or without a trailing dot or a comment after it) divides the planned results
(before it) from the evidence (after it).
"""
from __future__ import annotations

import re

from loaders.extract.priority_blocks import read_blocks
from loaders.issues import Issues
from loaders.model import span_ref
from loaders.reference import priority_statuses
from loaders.textnorm import fold, join_lines

SECTION = "2"


def status_of(folded_phrase: str) -> str:
    """The status code of a folded status phrase (seeds/reference/priority_statuses.csv)."""
    return priority_statuses().status_of(folded_phrase)


def extract_priorities(lines, issues: Issues) -> list[dict]:
    rows = []
    blocks = read_blocks(lines)
    if not blocks:
        issues.warn(SECTION, "priorities_missing", "No priority (`Nr.1.` ...) could be read from section 2.", lines)
    for block in blocks:
        if not block.parts:
            issues.warn(SECTION, "priority_parts_missing",
                        f"Priority {block.number} has no `a) kvalitatīvi` / `b) kvantitatīvi` parts.", block.lines)
        for part in block.parts:
            status_at = next((i for i, ln in enumerate(part.lines) if priority_statuses().match(fold(ln.text))), None)
            if status_at is None:
                issues.warn(SECTION, "status_missing",
                            f"Priority {block.number} ({part.result_type}) states no status.", [part.label_line])
                planned, status_line, evidence = part.lines, None, []
            else:
                planned, status_line, evidence = part.lines[:status_at], part.lines[status_at], part.lines[status_at + 1:]
            status_raw, comment = _split_status(status_line.text) if status_line else (None, "")
            rows.append({
                "source_ref": span_ref([part.label_line, *part.lines]),
                "priority_no": block.number,
                "area": block.area,
                "title": block.title or None,
                "result_type": part.result_type,
                "planned_results": join_lines(ln.text for ln in planned) or None,
                "status": status_of(fold(status_raw)) if status_raw else "unknown",
                "status_raw": status_raw,
                "evidence": join_lines([comment, *(ln.text for ln in evidence)]) or None,
            })
    return rows


def _split_status(text: str) -> tuple[str, str]:
    """`Sasniegts. Skolēniem bija ...` -> ("Sasniegts", "Skolēniem bija ...")."""
    m = priority_statuses().match(fold(text))
    end = m.end()
    return text[:end].strip(), text[end:].strip(" .,;:—–-")
