"""Compare what the pipeline produced with the truth tables benchmarks/corpus.py wrote.

Two sources are checked, never the project's modules:
- the CSV tables `parskats ingest --out DIR` writes (load_csv_dir), and
- a published DuckDB warehouse (load_warehouse): the raw seed tables and the marts, opened read-only.

compare_tables() checks every truth row of reports, programmes, leaving_reasons (as a multiset of
item, category, learners), indicators, exam_results, priorities and planned_priorities against the
extracted rows, keyed as ../shared/tools/score.py keys them, including the free-text fields (titles,
planned results, evidence: whitespace-normalised, so quotes, doubled quotes, commas, formula-like
openings and >5,000-character paragraphs must survive byte for byte). check_marts() derives what each
mart must hold from the truth (row counts; programme learners in enrolment_flows; exam school_pct,
national_pct, gap_pp, change_pp and next_target_pct in exam_vs_national, by the documented rule
"the later report wins", value by value; priority statuses and scores in goal_attainment; leaving reasons per category;
indicator values) and compares. check_published_csv() checks the spreadsheet-safe CSV export.

KNOWN_GAPS lists discrepancies that are loader limitations already reported (see benchmarks/README.md):
they are counted and shown but do not fail a check unless strict=True.
"""
from __future__ import annotations

import csv
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

TABLES = ("reports", "programmes", "leaving_reasons", "indicators", "exam_results", "priorities",
          "planned_priorities")

# table -> (key columns, compared columns); numbers compared with a tolerance, text whitespace-normalised
SPECS = {
    "reports": (("source_file",), ("institution_name", "institution_kind", "school_year", "source_format")),
    "programmes": (("source_file", "row_no"), ("programme_code", "programme_name", "learners_start", "learners_end",
                                               "start_date", "end_date", "licence_no", "licence_date")),
    "indicators": (("source_file", "indicator_no"), ("indicator_name", "baseline_value", "actual_value",
                                                     "target_value", "unit")),
    "exam_results": (("source_file", "exam_level", "subject", "school_year", "measure"),
                     ("school_pct", "national_pct", "failed_pct")),
    "priorities": (("source_file", "priority_no", "result_type"),
                   ("area", "title", "status", "status_raw", "planned_results", "evidence")),
    "planned_priorities": (("source_file", "priority_no", "result_type"),
                           ("school_year", "area", "title", "planned_results")),
}
NUMERIC = {"row_no", "learners_start", "learners_end", "baseline_value", "actual_value", "target_value",
           "school_pct", "national_pct", "failed_pct", "learners"}

# (table, column, predicate(truth value, got value), why): a known loader limitation, reported not failed
KNOWN_GAPS = (
    ("reports", "institution_kind", lambda t, g: t == "other" and g == "general",
     "professional-orientation schools (music/art/sport) are read as `general`; the contract says `other`"),
)


def norm_text(value) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).replace("\u00a0", " ")
    return " ".join(text.split())


def to_num(value) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(str(value).replace(",", "."))
    except ValueError:
        return None


def same(column: str, truth, got, tol: float = 0.011) -> bool:
    numeric_value = any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (truth, got))
    if numeric_value or column in NUMERIC or column.endswith("_pct") or column.endswith("_pp"):
        a, b = to_num(truth), to_num(got)
        if a is None or b is None:
            return a is None and b is None
        return abs(a - b) <= tol
    if column.endswith("_date"):
        return norm_text(truth)[:10] == norm_text(got)[:10]
    return norm_text(truth) == norm_text(got)


@dataclass
class Result:
    name: str
    expected: int = 0
    got: int = 0
    missing: int = 0
    extra: int = 0
    mismatched: Counter = field(default_factory=Counter)  # column -> rows
    known: Counter = field(default_factory=Counter)  # why -> rows
    examples: list = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.extra or sum(self.mismatched.values()))

    def line(self) -> str:
        parts = [f"{self.name:<34} expected {self.expected:>7}  got {self.got:>7}"]
        if self.missing:
            parts.append(f"missing {self.missing}")
        if self.extra:
            parts.append(f"extra {self.extra}")
        if self.mismatched:
            parts.append("wrong " + ", ".join(f"{c} {n}" for c, n in self.mismatched.most_common()))
        if self.known:
            parts.append("known gaps " + "; ".join(f"{n}: {why}" for why, n in self.known.items()))
        return ("ok    " if self.ok else "FAIL  ") + "  ".join(parts)

    def as_dict(self) -> dict:
        return {"name": self.name, "ok": self.ok, "expected": self.expected, "got": self.got, "missing": self.missing,
                "extra": self.extra, "mismatched": dict(self.mismatched), "known_gaps": dict(self.known),
                "examples": self.examples[:5]}


# --- loading ----------------------------------------------------------------------------------------
def read_csv(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def load_truth(corpus: Path) -> dict[str, list[dict]]:
    return {name: read_csv(corpus / "truth" / f"{name}.csv") for name in TABLES}


def load_csv_dir(out: Path) -> dict[str, list[dict]]:
    """The tables `parskats ingest --out DIR` wrote, each row with its report's source_file."""
    tables = {name: read_csv(out / f"{name}.csv") for name in TABLES}
    files = {r["report_id"]: r["source_file"] for r in tables["reports"]}
    for rows in tables.values():
        for row in rows:
            row.setdefault("source_file", files.get(row.get("report_id"), ""))
    return tables


def _rows(con, sql: str) -> list[dict]:
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def load_warehouse(db: Path) -> dict[str, list[dict]]:
    """The raw seed tables of a published warehouse, each row with its report's source_file."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = {"reports": _rows(con, "select * from raw.reports")}
        for name in TABLES[1:]:
            tables[name] = _rows(con, f"select r.source_file, t.* exclude (report_id) from raw.{name} t "
                                      f"join raw.reports r using (report_id)")
    finally:
        con.close()
    return tables


# --- contract tables ----------------------------------------------------------------------------------
def compare_tables(truth: dict[str, list[dict]], got: dict[str, list[dict]], *, files: set[str] | None = None,
                   prefix: str = "") -> list[Result]:
    """Every truth table against the extracted one; `files` limits both sides to those source files."""
    results = []
    for name in TABLES:
        t_rows = [r for r in truth.get(name, []) if files is None or r["source_file"] in files]
        g_rows = [r for r in got.get(name, []) if files is None or r.get("source_file") in files]
        if name == "leaving_reasons":
            results.append(_compare_multiset(prefix + name, t_rows, g_rows))
        else:
            results.append(_compare_keyed(prefix + name, name, t_rows, g_rows))
    return results


def _key(row: dict, columns) -> tuple:
    out = []
    for c in columns:
        v = row.get(c)
        out.append(str(int(to_num(v))) if c == "row_no" and to_num(v) is not None else norm_text(v).rstrip("."))
    return tuple(out)


def _compare_keyed(label: str, name: str, t_rows: list[dict], g_rows: list[dict]) -> Result:
    key_cols, cols = SPECS[name]
    res = Result(label, expected=len(t_rows), got=len(g_rows))
    pool: dict[tuple, list[dict]] = defaultdict(list)
    for row in g_rows:
        pool[_key(row, key_cols)].append(row)
    for t in t_rows:
        cands = pool.get(_key(t, key_cols))
        if not cands:
            res.missing += 1
            if len(res.examples) < 8:
                res.examples.append({"missing": {c: t.get(c) for c in key_cols}})
            continue
        g = cands.pop(0)
        for c in cols:
            if c not in t or c not in g and not t.get(c):
                continue
            if same(c, t.get(c), g.get(c)):
                continue
            known = next((why for tab, col, pred, why in KNOWN_GAPS
                          if tab == name and col == c and pred(norm_text(t.get(c)), norm_text(g.get(c)))), None)
            if known:
                res.known[known] += 1
                continue
            res.mismatched[c] += 1
            if len(res.examples) < 8:
                res.examples.append({"key": {k: t.get(k) for k in key_cols}, "column": c,
                                     "expected": str(t.get(c))[:300], "got": str(g.get(c))[:300]})
    res.extra = sum(len(v) for v in pool.values())
    if res.extra and len(res.examples) < 8:
        extra = next(r for v in pool.values() for r in v)
        res.examples.append({"extra": {c: extra.get(c) for c in key_cols}})
    return res


def _compare_multiset(label: str, t_rows: list[dict], g_rows: list[dict]) -> Result:
    def key(r):
        return (r["source_file"], norm_text(r.get("item_no")).rstrip("."), r.get("category"),
                str(int(to_num(r.get("learners")) or -1)))

    res = Result(label, expected=len(t_rows), got=len(g_rows))
    want, have = Counter(map(key, t_rows)), Counter(map(key, g_rows))
    res.missing = sum((want - have).values())
    res.extra = sum((have - want).values())
    for k in list((want - have))[:4]:
        res.examples.append({"missing": k})
    for k in list((have - want))[:4]:
        res.examples.append({"extra": k})
    return res


# --- marts --------------------------------------------------------------------------------------------
def _reference(root: Path) -> dict[tuple, float]:
    rows = read_csv(root / "seeds" / "reference" / "national_exam_averages.csv")
    return {(r["school_year"], r["exam_level"], r["subject"]): float(r["national_pct"]) for r in rows}


def _shift(year: str, delta: int) -> str:
    start = int(year[:4]) + delta
    return f"{start}/{start + 1}"


def expected_exam_vs_national(truth: dict[str, list[dict]], reference: dict[tuple, float]) -> dict[tuple, dict]:
    """exam_vs_national as a careful reader expects it from the truth rows, by the rule the README
    documents ("the later report wins"; models/intermediate/int_exam_results__deduplicated.sql): per
    institution x level x subject x year x measure, each value (school_pct, national_pct, failed_pct)
    is the one the latest report stating it gives; a value the later report leaves out (the national
    average beside a result it restates) is the earlier report's. gap_pp uses the quoted national
    average, else the reference seed's; change_pp the previous year's result; next_target_pct the
    target for the next year."""
    reports = {r["source_file"]: r for r in truth["reports"]}
    statements: dict[tuple, list[tuple]] = defaultdict(list)
    for row in truth["exam_results"]:
        rep = reports[row["source_file"]]
        key = (norm_text(rep["institution_name"]).lower(), row["exam_level"], row["subject"], row["school_year"],
               row["measure"])
        statements[key].append((rep["school_year"], rep["source_file"], row))
    chosen: dict[tuple, dict] = {}
    for key, rows in statements.items():
        rows.sort(key=lambda s: (s[0], s[1]), reverse=True)  # the later report first

        def latest(column, rows=rows):
            return next((to_num(r[column]) for _, _, r in rows if to_num(r[column]) is not None), None)

        chosen[key] = {"source_file": rows[0][1], "school_pct": latest("school_pct"),
                       "national_pct": latest("national_pct"), "failed_pct": latest("failed_pct"),
                       "reports_stating": len(rows)}
    out = {}
    for (inst, level, subject, year, measure), fig in chosen.items():
        if measure != "result":
            continue
        school, national = fig["school_pct"], fig["national_pct"]
        basis = national if national is not None else reference.get((year, level, subject))
        prev = chosen.get((inst, level, subject, _shift(year, -1), "result"))
        target = chosen.get((inst, level, subject, _shift(year, 1), "target"))
        target_pct = target["school_pct"] if target else None
        prev_pct = prev["school_pct"] if prev else None
        out[(inst, level, subject, year)] = {
            "source_file": fig["source_file"], "school_pct": school, "national_pct": national,
            "gap_pp": round(school - basis, 2) if basis is not None else None,
            "failed_pct": fig["failed_pct"],
            "change_pp": round(school - prev_pct, 2) if prev_pct is not None else None,
            "next_target_pct": target_pct,
            "target_gap_pp": round(target_pct - school, 2) if target_pct is not None else None,
            "reports_stating": fig["reports_stating"]}
    return out


def check_marts(truth: dict[str, list[dict]], db: Path, root: Path) -> list[Result]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return _check_marts(truth, con, root)
    finally:
        con.close()


def _keyed_check(name: str, expected: dict[tuple, dict], got_rows: list[dict], key_of, columns) -> Result:
    res = Result(name, expected=len(expected), got=len(got_rows))
    got: dict[tuple, dict] = {}
    for row in got_rows:
        k = key_of(row)
        if k in got:
            res.extra += 1
        got[k] = row
    for k, want in expected.items():
        have = got.pop(k, None)
        if have is None:
            res.missing += 1
            if len(res.examples) < 8:
                res.examples.append({"missing": list(k)})
            continue
        for c in columns:
            if not same(c, want.get(c), have.get(c)):
                res.mismatched[c] += 1
                if len(res.examples) < 8:
                    res.examples.append({"key": list(k), "column": c, "expected": want.get(c), "got": have.get(c)})
    res.extra += len(got)
    if got and len(res.examples) < 8:
        res.examples.append({"extra": list(next(iter(got)))})
    return res


def _check_marts(truth, con, root: Path) -> list[Result]:
    results = []
    reports = {r["source_file"]: r for r in truth["reports"]}

    # enrolment_flows: one row per programme row, learners as stated
    want = {(r["source_file"], int(r["row_no"])): {"learners_start": to_num(r["learners_start"]),
                                                   "learners_end": to_num(r["learners_end"]),
                                                   "net_change": to_num(r["learners_end"]) - to_num(r["learners_start"])}
            for r in truth["programmes"]}
    got = _rows(con, "select r.source_file, e.row_no, e.learners_start, e.learners_end, e.net_change "
                     "from marts.enrolment_flows e join raw.reports r using (report_id)")
    results.append(_keyed_check("mart.enrolment_flows", want, got, lambda r: (r["source_file"], int(r["row_no"])),
                                ("learners_start", "learners_end", "net_change")))

    # exam_vs_national
    want = expected_exam_vs_national(truth, _reference(root))
    got = _rows(con, "select lower(institution_name) as inst, exam_level, subject, school_year, school_pct, national_pct, "
                     "gap_pp, failed_pct, change_pp, next_target_pct, target_gap_pp, reports_stating "
                     "from marts.exam_vs_national")
    results.append(_keyed_check("mart.exam_vs_national", want, got,
                                lambda r: (norm_text(r["inst"]), r["exam_level"], r["subject"], r["school_year"]),
                                ("school_pct", "national_pct", "gap_pp", "failed_pct", "change_pp", "next_target_pct",
                                 "target_gap_pp", "reports_stating")))

    # goal_attainment: status and score per priority x result type
    score = {"achieved": 1.0, "partially_achieved": 0.5, "not_achieved": 0.0}
    want = {(r["source_file"], r["priority_no"], r["result_type"]): {"status": r["status"],
                                                                    "status_score": score.get(r["status"])}
            for r in truth["priorities"]}
    got = _rows(con, "select r.source_file, g.priority_no, g.result_type, g.status, g.status_score "
                     "from marts.goal_attainment g join raw.reports r using (report_id)")
    results.append(_keyed_check("mart.goal_attainment", want, got,
                                lambda r: (r["source_file"], r["priority_no"], r["result_type"]),
                                ("status", "status_score")))

    # goal_attainment_summary: per report with priorities
    per_report: dict[str, list[str]] = defaultdict(list)
    for r in truth["priorities"]:
        per_report[r["source_file"]].append(r["status"])
    want = {}
    for f, statuses in per_report.items():
        scored = [score[s] for s in statuses if s in score]
        want[(f,)] = {"result_rows": len(statuses),
                      "achieved_share": round(statuses.count("achieved") / len(scored), 4) if scored else None,
                      "mean_score": round(sum(scored) / len(scored), 4) if scored else None}
    got = _rows(con, "select r.source_file, s.result_rows, s.achieved_share, s.mean_score "
                     "from marts.goal_attainment_summary s join raw.reports r using (report_id)")
    results.append(_keyed_check("mart.goal_attainment_summary", want, got, lambda r: (r["source_file"],),
                                ("result_rows", "achieved_share", "mean_score")))

    # leaving_reasons_summary: all four categories for every report stating any
    sums: dict[str, Counter] = defaultdict(Counter)
    for r in truth["leaving_reasons"]:
        sums[r["source_file"]][r["category"]] += int(r["learners"])
    want = {(f, c): {"learners": float(counts.get(c, 0))} for f, counts in sums.items()
            for c in ("relocation", "emigration", "school_change", "other")}
    got = _rows(con, "select r.source_file, l.category, l.learners from marts.leaving_reasons_summary l "
                     "join raw.reports r using (report_id)")
    results.append(_keyed_check("mart.leaving_reasons_summary", want, got,
                                lambda r: (r["source_file"], r["category"]), ("learners",)))

    # indicator_progress: the indicator rows with their values
    want = {(r["source_file"], r["indicator_no"]): {"baseline_value": to_num(r["baseline_value"]),
                                                    "actual_value": to_num(r["actual_value"]),
                                                    "target_value": to_num(r["target_value"]), "unit": r["unit"]}
            for r in truth["indicators"]}
    got = _rows(con, "select r.source_file, i.indicator_no, i.baseline_value, i.actual_value, i.target_value, i.unit "
                     "from marts.indicator_progress i join raw.reports r using (report_id)")
    results.append(_keyed_check("mart.indicator_progress", want, got, lambda r: (r["source_file"], r["indicator_no"]),
                                ("baseline_value", "actual_value", "target_value", "unit")))

    # dims: institutions (one per name), programmes (one per code)
    names = {norm_text(r["institution_name"]).lower() for r in reports.values()}
    got = _rows(con, "select lower(institution_name) as inst, reports from marts.dim_institutions")
    per_inst = Counter(norm_text(r["institution_name"]).lower() for r in reports.values())
    results.append(_keyed_check("mart.dim_institutions", {(n,): {"reports": float(per_inst[n])} for n in names}, got,
                                lambda r: (norm_text(r["inst"]),), ("reports",)))
    codes = {r["programme_code"] for r in truth["programmes"] if r["programme_code"]}
    got = _rows(con, "select programme_code from marts.dim_programmes")
    results.append(_keyed_check("mart.dim_programmes", {(c,): {} for c in codes}, got,
                                lambda r: (r["programme_code"],), ()))
    return results


def check_published_csv(truth: dict[str, list[dict]], publish: Path) -> Result:
    """goal_attainment.csv: a title opening with = + - @ carries a leading ' (spreadsheet-safe); the
    other titles, quotes and commas included, read back exactly (read with Python's csv module)."""
    path = publish / "csv" / "goal_attainment.csv"
    rows = read_csv(path)
    res = Result("publish.csv.goal_attainment", expected=len(truth["priorities"]), got=len(rows))
    got = Counter(norm_text(r.get("title")) for r in rows)
    want = Counter()
    for r in truth["priorities"]:
        title = norm_text(r["title"])
        want["'" + title if title[:1] in "=+-@" else title] += 1
    res.missing = sum((want - got).values())
    res.extra = sum((got - want).values())
    for k in list(want - got)[:3]:
        res.examples.append({"missing title": k})
    for k in list(got - want)[:3]:
        res.examples.append({"extra title": k})
    return res
