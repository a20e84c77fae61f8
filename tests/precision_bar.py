"""The precision bar, in the scorer's terms (../shared/tools/score.py: same keys, same notion of a
right row), for one case: what was extracted wrong, and which gold rows were neither extracted nor
named in parse_issues.

- wrong: a row whose key matched a gold row but which is not right (a value differs), or a row whose
  key no gold row has (spurious). Indicators are recall-only, as in the scorer (a report has more
  indicator rows than gold lists), so there only a key match that is not right counts as wrong.
- unnamed miss: a gold row with no extracted row for its key and no parse issue of the same report
  whose message names it (its subject, programme code, priority number, indicator number or count).
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from pathlib import Path

from goldens import read_csv


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFC", text or "")
    return " ".join(text.replace("\u00a0", " ").split()).strip().lower()


def num(value: str | None) -> float | None:
    value = (value or "").strip().replace(",", ".").replace("%", "")
    try:
        return float(value) if value else None
    except ValueError:
        return None


def same_num(a, b, tol: float = 0.051) -> bool:
    x, y = num(a), num(b)
    return (x is None and y is None) if x is None or y is None else abs(x - y) <= tol


def _similar(a, b, ratio: float) -> bool:
    return difflib.SequenceMatcher(None, norm(a), norm(b)).ratio() >= ratio


TABLES = {  # table: (key, right, what a parse issue must mention to name a miss, recall-only)
    "reports": (lambda r: (r["source_file"],),
                lambda g, p: g["school_year"] == p.get("school_year") and g["institution_kind"] == p.get("institution_kind")
                and _similar(g["institution_name"], p.get("institution_name"), 0.8),
                ("institution_name",), False),
    "programmes": (lambda r: (r["source_file"], (r.get("programme_code") or "").strip() or norm(r.get("programme_name"))[:40]),
                   lambda g, p: same_num(g["learners_start"], p.get("learners_start"))
                   and same_num(g["learners_end"], p.get("learners_end")),
                   ("programme_code", "programme_name"), False),
    "exam_results": (lambda r: (r["source_file"], r.get("exam_level"), r.get("subject"), r.get("school_year"), r.get("measure")),
                     lambda g, p: all(same_num(g[c], p.get(c)) for c in ("school_pct", "national_pct", "failed_pct")),
                     ("subject_raw", "subject"), False),
    "leaving_reasons": (lambda r: (r["source_file"], r.get("category"), str(int(num(r.get("learners")) or -1))),
                        lambda g, p: True, ("learners",), False),
    "priorities": (lambda r: (r["source_file"], str(r.get("priority_no", "")).strip().rstrip("."), r.get("result_type")),
                   lambda g, p: g["status"] == p.get("status") and _similar(g["title"], p.get("title"), 0.85),
                   ("priority_no",), False),
    "indicators": (lambda r: (r["source_file"], str(r.get("indicator_no", "")).strip().rstrip(".")),
                   lambda g, p: all(same_num(g[c], p.get(c), 0.011) for c in ("baseline_value", "actual_value", "target_value")),
                   ("indicator_no",), True),
}


def _named(gold_row: dict, columns, issues: list[dict]) -> bool:
    """A parse issue mentions the row's value as a whole word or number (`6` is not named by `1268`)."""
    for column in columns:
        value = norm(gold_row.get(column))
        if not value:
            continue
        pattern = re.compile(r"(?<![\w.,])" + re.escape(value) + r"(?![\w]|[.,]\d)")
        if any(pattern.search(norm(i.get("message"))) for i in issues):
            return True
    return False


def precision_bar(extracted_dir: Path, case_dir: Path) -> tuple[list[str], list[str]]:
    """(wrong, unnamed misses) for the case's reports, each as readable lines."""
    reports = read_csv(extracted_dir / "reports.csv")
    files = {r["report_id"]: r["source_file"] for r in reports}
    issues: dict[str, list[dict]] = {}
    for issue in read_csv(extracted_dir / "parse_issues.csv"):
        issues.setdefault(files.get(issue["report_id"], ""), []).append(issue)
    sources = {p.name for p in (case_dir / "reports").iterdir()}
    wrong, unnamed = [], []
    for table, (key, right, names, recall_only) in TABLES.items():
        gold = [g for g in read_csv(case_dir / "gold" / f"{table}.csv") if g["source_file"] in sources]
        got = reports if table == "reports" else read_csv(extracted_dir / f"{table}.csv")
        pool: dict[tuple, list[dict]] = {}
        for row in got:
            row.setdefault("source_file", files.get(row.get("report_id"), ""))
            if row["source_file"] in sources:
                pool.setdefault(key(row), []).append(row)
        for g in gold:
            candidates = pool.get(key(g), [])
            match = next((c for c in candidates if right(g, c)), None)
            if match is not None:
                candidates.remove(match)
            elif candidates:
                wrong.append(f"{table} {key(g)}: expected {_show(g)}, got {_show(candidates.pop(0))}")
            elif not _named(g, names, issues.get(g["source_file"], [])):
                unnamed.append(f"{table}: missed {_show(g)}")
        if not recall_only:
            wrong.extend(f"{table}: spurious {_show(r)}" for rows in pool.values() for r in rows)
    return wrong, unnamed


def _show(row: dict) -> dict:
    return {k: v for k, v in row.items() if v and k not in ("report_id", "source_ref", "evidence", "planned_results",
                                                            "baseline_text", "actual_text", "target_text")}
