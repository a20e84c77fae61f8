"""Section 11: next year's priorities and planned results -> `planned_priorities` rows.

The same table shape as section 2 without a status column (loaders.extract.priority_blocks reads it).
The school year is the one the heading names ("... 2025./2026.mācību gadā"), else the report's next year.
"""
from __future__ import annotations

from loaders.extract.priority_blocks import read_blocks
from loaders.extract.report_meta import year_pair
from loaders.issues import Issues
from loaders.model import span_ref
from loaders.textnorm import join_lines

SECTION = "11"


def extract_planned_priorities(section, report_year: str | None, issues: Issues) -> list[dict]:
    year = next((p for p in (year_pair(ln.text) for ln in section.heading) if p), None) or _next(report_year)
    rows = []
    for block in read_blocks(section.lines):
        if not block.parts:
            issues.warn(SECTION, "priority_parts_missing",
                        f"Planned priority {block.number} has no `a) kvalitatīvi` / `b) kvantitatīvi` parts.",
                        block.lines)
        for part in block.parts:
            rows.append({
                "source_ref": span_ref([part.label_line, *part.lines]),
                "school_year": year, "priority_no": block.number, "area": block.area,
                "title": block.title or None, "result_type": part.result_type,
                "planned_results": join_lines(ln.text for ln in part.lines) or None,
            })
    return rows


def _next(year: str | None) -> str | None:
    if not year:
        return None
    start = int(year[:4]) + 1
    return f"{start}/{start + 1}"
