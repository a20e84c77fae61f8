"""Next year's priorities and planned results -> `planned_priorities` rows.

Where they are: section 11 in the 2023/24+ template; 2.5 right after the evaluated priorities in the
2021/22-2022/23 template (and in reports that keep that habit, with section 11 only referring back);
or, with no heading of their own, listed after the evaluated priorities in section 2 and numbered
from 1 again without a status (loaders.extract.priorities.split_next_year). The first of these that
holds priority blocks is read. The table has the evaluated table's shape without a status column
(loaders.extract.priority_blocks reads it). The school year is the one the heading names ("...
2025./2026.mācību gadā"), else the report's next year.
"""
from __future__ import annotations

from loaders.extract.priorities import split_next_year, written_title
from loaders.extract.priority_blocks import PriorityBlock, read_blocks
from loaders.extract.report_meta import year_pair
from loaders.issues import Issues
from loaders.model import span_ref
from loaders.textnorm import join_lines

SECTION = "11"


def extract_planned(split, report_year: str | None, issues: Issues, read=read_blocks) -> list[dict]:
    """The planned priorities of a split report, from the first place that holds them. `read`: how a
    section's blocks are read (report.py passes a read_blocks that reads each section once)."""
    for key in ("planned_priorities", "next_priorities"):
        section = split.get(key)
        if section is not None and read(section.lines):
            return extract_planned_priorities(section, report_year, issues, read)
    section = split.get("priorities")
    if section is not None:
        _, trailing = split_next_year(read(section.lines))
        if trailing:
            return _rows(trailing, _next(report_year), issues)
    return []


def extract_planned_priorities(section, report_year: str | None, issues: Issues, read=read_blocks) -> list[dict]:
    year = next((p for p in (year_pair(ln.text) for ln in section.heading) if p), None) or _next(report_year)
    return _rows(read(section.lines), year, issues)


def _rows(blocks: list[PriorityBlock], year: str | None, issues: Issues) -> list[dict]:
    rows = []
    for block in blocks:
        if block.across_columns:
            issues.warn(SECTION, "ambiguous_value",
                        f"Planned priority {block.number}: the text runs across the table's columns "
                        f"({' | '.join(block.across_columns[:2])!r} …), so its title and planned "
                        "results interleave line by line; its rows are not read.", block.lines)
            continue
        if not block.parts:
            issues.warn(SECTION, "priority_parts_missing",
                        f"Planned priority {block.number} has no `a) kvalitatīvi` / `b) kvantitatīvi` parts.",
                        block.lines)
        title = written_title(block, issues, "Planned priority", SECTION)
        for part in block.parts:
            lines = part.lines + part.evidence_lines
            rows.append({
                "source_ref": span_ref([part.label_line, *lines]),
                "school_year": year, "priority_no": block.number, "area": block.area,
                "title": title, "result_type": part.result_type,
                "planned_results": join_lines(ln.text for ln in lines) or None,
            })
    return rows


def _next(year: str | None) -> str | None:
    if not year:
        return None
    start = int(year[:4]) + 1
    return f"{start}/{start + 1}"
