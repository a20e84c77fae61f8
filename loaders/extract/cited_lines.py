"""The source lines that the report's fact rows point at, kept at ingest as `source_lines` rows.

Every fact row carries a `source_ref` span (`L120-L134`, `p3:L12-L20`, `t2:r4`, `p3:L40-p4:L2`); the
lines inside those spans are stored with their own reference and position, so the published overview
can show what a number was read from without reading the report file again. Lines no fact cites are
not kept. A span longer than MAX_SPAN_LINES is cut to its first MAX_SPAN_LINES lines.
"""
from __future__ import annotations

from loaders.model import Line

MAX_SPAN_LINES = 400


def span_ends(ref: str) -> tuple[str, str]:
    """`p3:L12-L20` -> ("p3:L12", "p3:L20"); `L5` -> ("L5", "L5"); `p3:L40-p4:L2` -> ("p3:L40", "p4:L2")."""
    first, _, last = ref.partition("-")
    if not last:
        return first, first
    if ":" not in last and ":" in first:
        last = first.rsplit(":", 1)[0] + ":" + last
    return first, last


def cited_lines(lines: list[Line], tables: dict[str, list[dict]]) -> list[dict]:
    first_at: dict[str, int] = {}
    last_at: dict[str, int] = {}
    for i, line in enumerate(lines):
        first_at.setdefault(line.ref, i)
        last_at[line.ref] = i
    keep: set[int] = set()
    refs = {row["source_ref"] for rows in tables.values() for row in rows if row.get("source_ref")}
    for ref in refs:
        first, last = span_ends(ref)
        start, end = first_at.get(first), last_at.get(last)
        if start is None or end is None or end < start:
            continue
        keep.update(range(start, min(end, start + MAX_SPAN_LINES - 1) + 1))
    return [{"seq": i + 1, "ref": lines[i].ref, "text": lines[i].text} for i in sorted(keep)]
