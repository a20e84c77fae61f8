"""Compare extracted contract tables with hand-checked expected tables (the gold CSVs).

Keys and comparisons follow ../shared/tools/score.py, but every mismatch is listed, so a failing
golden test says exactly which row differs.
"""
from __future__ import annotations

import csv
from pathlib import Path

KEYS = {
    "reports": ("source_file",),
    "programmes": ("source_file", "programme_code", "row_no"),
    "exam_results": ("source_file", "exam_level", "subject", "school_year", "measure"),
    "leaving_reasons": ("source_file", "item_no", "category", "learners"),
    "priorities": ("source_file", "priority_no", "result_type"),
    "indicators": ("source_file", "indicator_no"),
}
NUMERIC = {"learners_start", "learners_end", "school_pct", "national_pct", "failed_pct", "learners",
           "baseline_value", "actual_value", "target_value", "row_no"}
RECALL_ONLY = {"indicators"}


def read_csv(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _norm(column: str, value: str | None) -> object:
    value = (value or "").strip()
    if column in NUMERIC and value:
        return round(float(value), 3)
    return " ".join(value.split())


def compare(extracted_dir: Path, gold_dir: Path) -> list[str]:
    """Every difference between the extracted tables and the gold, as readable lines ([] = equal)."""
    files = {r["report_id"]: r["source_file"] for r in read_csv(extracted_dir / "reports.csv")}
    problems = []
    for table, key in KEYS.items():
        gold = read_csv(gold_dir / f"{table}.csv")
        if not gold:
            continue
        got = read_csv(extracted_dir / f"{table}.csv")
        for row in got:
            row.setdefault("source_file", files.get(row.get("report_id"), ""))
        sources = {g["source_file"] for g in gold}
        got = [r for r in got if r["source_file"] in sources]
        columns = [c for c in gold[0] if c != "source_file"]
        index = {}
        for row in got:
            index.setdefault(tuple(_norm(c, row.get(c)) for c in key), []).append(row)
        for g in gold:
            k = tuple(_norm(c, g.get(c)) for c in key)
            candidates = index.get(k, [])
            if not candidates:
                problems.append(f"{table}: missing {dict(zip(key, k))}")
                continue
            row = candidates.pop(0)
            for c in columns:
                if _norm(c, g[c]) != _norm(c, row.get(c)):
                    problems.append(f"{table} {dict(zip(key, k))}: {c} expected {g[c]!r}, got {row.get(c)!r}")
        if table not in RECALL_ONLY:
            extra = [r for rows in index.values() for r in rows]
            problems.extend(f"{table}: unexpected row {dict((c, r.get(c)) for c in key)}" for r in extra)
    return problems
