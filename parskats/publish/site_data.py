"""The rows the HTML overview shows, read once from a build file (read-only) and grouped once.

Every row is a dict keyed by column name. Fact rows are grouped by institution_key in one pass, and
the index's figures per institution kind are aggregated in SQL, so reading grows with the number of
rows, never with institutions x rows. Reports (and their parse issues) belong to an institution
through marts.dim_reports. The core marts (dim_institutions, dim_reports, dim_subjects,
exam_vs_national, enrolment_flows, leaving_reasons_summary, goal_attainment, indicator_progress) must
be there; each mart of SECTION_MARTS feeds one section, and a warehouse without it (information_schema
says so), or whose table lacks a column the section reads, leaves that section's rows empty and its
name out of `optional`: the pages then skip the section (the multi-year panel is then computed from
the core marts). The municipality is derived from the institution's name. Does not render anything
(parskats.publish.site does).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

# The marts one section each reads, with the columns it reads: built by the project, but a section
# shows only where its mart is there with these columns.
SECTION_MARTS = {
    "institution_year": ("institution_key", "school_year"),
    "leaving_reasons": ("report_id", "source_ref", "institution_key", "school_year", "item_no", "category",
                        "reason_text", "learners"),
    "planned_priorities": ("report_id", "source_ref", "institution_key", "report_school_year", "planned_for_year",
                           "priority_no", "area", "title", "result_type", "planned_results"),
    "projects": ("report_id", "source_ref", "institution_key", "school_year", "project_no", "title", "summary",
                 "results"),
    "agreements": ("report_id", "source_ref", "institution_key", "school_year", "item_no", "partner", "text"),
    "target_follow_through": ("institution_key", "exam_level", "subject", "target_year", "target_set_in_year",
                              "target_pct", "result_pct", "margin_pp", "outcome", "target_report_id",
                              "target_source_ref", "result_report_id", "result_source_ref"),
    "priority_follow_through": ("institution_key", "planned_in_year", "planned_for_year", "planned_priority_no",
                                "planned_title", "follow_through", "evaluated_title", "closest_evaluated_title",
                                "status", "planned_report_id", "planned_source_ref", "evaluated_report_id",
                                "evaluated_source_ref"),
    "dq_restated_facts": ("institution_key", "exam_level", "subject", "school_year", "measure", "value_column", "used_value",
                          "used_report_id", "used_source_ref", "used_report_school_year", "other_value",
                          "other_report_id", "other_source_ref", "other_report_school_year"),
}
# the order each section mart's rows are read in (latest school year first)
_SECTION_ORDER = {
    "institution_year": "school_year desc",
    "leaving_reasons": "school_year desc, report_id, item_no, category, reason_text",
    "planned_priorities": "report_school_year desc, planned_for_year, priority_no, result_type",
    "projects": "school_year desc, report_id, project_no",
    "agreements": "school_year desc, report_id, item_no",
    "target_follow_through": "target_year desc, exam_level, subject",
    "priority_follow_through": "planned_for_year desc, try_cast(planned_priority_no as integer), planned_priority_no",
    "dq_restated_facts": "school_year desc, exam_level, subject, value_column, other_report_id",
}

_MUNICIPALITY = re.compile(r"^\s*[„“\"]?(\S+)\s+(novada|pilsētas|valstspilsētas)\s", re.IGNORECASE)
_NOMINATIVE = {"novada": "novads", "pilsētas": "pilsēta", "valstspilsētas": "valstspilsēta"}
OTHER_MUNICIPALITY = "cita"


def municipality(name: str | None) -> str:
    """'Daugavpils pilsētas Daugavpils … vidusskola' -> 'Daugavpils pilsēta'; 'X novada …' -> 'X novads';
    'Rīgas valstspilsētas …' -> 'Rīgas valstspilsēta'; a name without such a prefix -> 'cita'."""
    m = _MUNICIPALITY.match(name or "")
    if not m:
        return OTHER_MUNICIPALITY
    place = m.group(1)
    return f"{place[:1].upper()}{place[1:].lower()} {_NOMINATIVE[m.group(2).lower()]}"


def _group(rows: list[dict], key: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        out[row[key]].append(row)
    return out


@dataclass
class SiteData:
    institutions: list[dict] = field(default_factory=list)
    subjects: dict[str, str] = field(default_factory=dict)
    statuses: list[dict] = field(default_factory=list)
    leaving_categories: list[dict] = field(default_factory=list)
    reports: list[dict] = field(default_factory=list)
    issues: list[dict] = field(default_factory=list)
    reports_with_lines: set[str] = field(default_factory=set)   # reports whose cited lines are stored
    # institution_key -> topic -> rows
    by_institution: dict[str, dict[str, list[dict]]] = field(default_factory=dict)
    # aggregated per institution kind, for the index and for comparing an institution with its kind
    per_kind: dict[str, list[dict]] = field(default_factory=dict)
    optional: set[str] = field(default_factory=set)
    restated: list[dict] = field(default_factory=list)   # marts.dq_restated_facts, every institution

    def of(self, key: str, topic: str) -> list[dict]:
        return self.by_institution.get(key, {}).get(topic, [])


class _Reader:
    def __init__(self, con):
        self.con = con
        self.columns: dict[str, set[str]] = defaultdict(set)
        for schema, table, column in con.execute(
                "select table_schema, table_name, column_name from information_schema.columns").fetchall():
            self.columns[f"{schema}.{table}"].add(column)

    def has(self, relation: str, *columns: str) -> bool:
        return relation in self.columns and set(columns) <= self.columns[relation]

    def first(self, candidates: list[str], *columns: str) -> str | None:
        return next((r for r in candidates if self.has(r, *columns)), None)

    def rows(self, sql: str) -> list[dict]:
        cur = self.con.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, values)) for values in cur.fetchall()]


def read_site_data(db_path: Path) -> SiteData:
    import duckdb

    con = duckdb.connect(str(db_path), read_only=True)
    try:
        con.execute("set enable_progress_bar = false")
        return _read(_Reader(con))
    finally:
        con.close()


def _read(r: _Reader) -> SiteData:
    d = SiteData()
    d.institutions = r.rows("""select institution_key, institution_name, institution_kind, reports,
                                      first_school_year, last_school_year
                               from marts.dim_institutions order by institution_name, institution_key""")
    for inst in d.institutions:
        inst["municipality"] = municipality(inst["institution_name"])
    kind_of = {i["institution_key"]: i["institution_kind"] for i in d.institutions}
    d.subjects = {row["subject"]: row["name_lv"] for row in r.rows("select subject, name_lv from marts.dim_subjects")}
    statuses = r.first(["staging.stg_reference__priority_statuses", "raw.priority_statuses"], "status", "label_lv", "score")
    d.statuses = (r.rows(f"select status, label_lv, score from {statuses} order by score desc nulls last, status")
                  if statuses else [])
    categories = r.first(["staging.stg_reference__leaving_categories", "raw.leaving_categories"], "category", "label_lv")
    d.leaving_categories = (r.rows(f"select category, label_lv from {categories} order by match_order, category")
                            if categories and r.has(categories, "match_order") else
                            r.rows(f"select category, label_lv from {categories} order by category") if categories else [])
    topics: dict[str, list[dict]] = {}
    topics["exams"] = r.rows("""
        select institution_key, school_year, exam_level, subject, school_pct,
               coalesce(national_pct, national_pct_reference) as national_avg_pct, gap_basis, gap_pp,
               change_pp, next_target_pct, report_id, source_ref, national_report_id, national_source_ref
        from marts.exam_vs_national order by school_year desc, exam_level, subject""")
    topics["flows"] = r.rows("""
        select f.institution_key, f.school_year, f.programme_code, f.programme_name, f.learners_start,
               f.learners_end, f.net_change, f.change_pct, p.education_level_lv, f.report_id, f.source_ref
        from marts.enrolment_flows f left join marts.dim_programmes p using (programme_code)
        order by f.school_year desc, f.report_id, f.row_no""")
    topics["leaving"] = r.rows("""
        select institution_key, school_year, category, learners, share, report_id
        from marts.leaving_reasons_summary order by school_year desc, report_id, category""")
    topics["goals"] = r.rows("""
        select institution_key, school_year, priority_no, area, title, result_type, status, status_label_lv,
               status_score, planned_pct, evidence_pct, own_numbers_miss_target, report_id, source_ref
        from marts.goal_attainment
        order by school_year desc, report_id, try_cast(priority_no as integer), priority_no, result_type""")
    topics["indicators"] = r.rows("""
        select institution_key, school_year, indicator_no, indicator_name, unit, baseline_value, actual_value,
               target_value, change_vs_baseline, baseline_met, report_id, source_ref
        from marts.indicator_progress order by school_year desc, report_id, indicator_no""")
    d.reports = r.rows("""
        select report_id, source_file, source_format, school_year, institution_key, parse_errors, parse_warnings
        from marts.dim_reports order by school_year desc, source_file""")
    topics["reports"] = d.reports
    d.issues = r.rows("""
        select p.report_id, p.source_ref, p.section, p.severity, p.code, p.message, r.source_file, r.institution_key
        from raw.parse_issues p left join marts.dim_reports r using (report_id)
        order by p.severity, r.source_file, p.section, p.source_ref""")
    topics["issues"] = d.issues
    for mart, needed in SECTION_MARTS.items():
        if r.has(f"marts.{mart}", *needed):
            d.optional.add(mart)
            topics[mart] = r.rows(f"select * from marts.{mart} order by {_SECTION_ORDER[mart]}")
    d.restated = topics.get("dq_restated_facts", [])

    grouped = {topic: _group(rows, "institution_key") for topic, rows in topics.items()}
    d.by_institution = {i["institution_key"]: {topic: g.get(i["institution_key"], []) for topic, g in grouped.items()}
                        for i in d.institutions}
    d.reports_with_lines = {row["report_id"] for row in r.rows("select distinct report_id from raw.source_lines")}
    d.per_kind = _per_kind(r)
    for row in d.per_kind["miss_own_target"]:
        row["institution_kind"] = kind_of.get(row["institution_key"])
    return d


def source_lines(db_path: Path, batch: int = 20_000, report_ids: list[str] | None = None):
    """Yields (report_id, [{"ref", "text"}, …]) per report, streaming raw.source_lines in one ordered
    pass, so the lines of all reports are never in memory at once; only those of `report_ids` when given."""
    import duckdb

    con = duckdb.connect(str(db_path), read_only=True)
    try:
        con.execute("set enable_progress_bar = false")
        if report_ids is None:
            cur = con.execute("select report_id, ref, text from raw.source_lines order by report_id, seq")
        else:
            cur = con.execute("select report_id, ref, text from raw.source_lines "
                              "where report_id in (select unnest(?::varchar[])) order by report_id, seq", [report_ids])
        current, lines = None, []
        while chunk := cur.fetchmany(batch):
            for report_id, ref, text in chunk:
                if report_id != current:
                    if lines:
                        yield current, lines
                    current, lines = report_id, []
                lines.append({"ref": ref, "text": text})
        if lines:
            yield current, lines
    finally:
        con.close()


def source_line_digests(db_path: Path) -> dict[str, str]:
    """report_id -> md5 of its cited lines (sequence, reference and text, in order): a source page's
    lines are the same when this is (parskats.publish.reuse)."""
    import duckdb

    con = duckdb.connect(str(db_path), read_only=True)
    try:
        con.execute("set enable_progress_bar = false")
        return dict(con.execute(
            "select report_id, md5(string_agg(concat(seq::varchar, chr(31), coalesce(ref, chr(0)), chr(31), "
            "coalesce(text, chr(0))), chr(30) order by seq)) from raw.source_lines group by report_id").fetchall())
    finally:
        con.close()


def _per_kind(r: _Reader) -> dict[str, list[dict]]:
    """The index's figures, one SQL aggregate each, by institution kind."""
    kinds = "join marts.dim_institutions i using (institution_key)"
    out = {
        "exams": r.rows(f"""
            select i.institution_kind, e.school_year, e.exam_level, e.subject,
                   count(distinct e.institution_key) as institutions,
                   round(avg(e.school_pct), 1) as mean_school_pct,
                   round(avg(coalesce(e.national_pct, e.national_pct_reference)), 1) as national_avg_pct,
                   round(avg(e.gap_pp), 1) as mean_gap_pp
            from marts.exam_vs_national e {kinds}
            group by all order by e.school_year desc, e.exam_level, i.institution_kind, e.subject"""),
        "flows": r.rows(f"""
            select i.institution_kind, f.school_year, count(distinct f.institution_key) as institutions,
                   sum(f.learners_start) as learners_start, sum(f.learners_end) as learners_end
            from marts.enrolment_flows f {kinds}
            group by all order by f.school_year desc, i.institution_kind"""),
        "leaving": r.rows(f"""
            select i.institution_kind, s.school_year, s.category, count(distinct s.report_id) as reports,
                   sum(s.learners) as learners
            from marts.leaving_reasons_summary s {kinds}
            group by all order by s.school_year desc, i.institution_kind, s.category"""),
        "goals": r.rows(f"""
            select i.institution_kind, g.school_year, g.status, count(*) as result_rows,
                   count(distinct g.institution_key) as institutions
            from marts.goal_attainment g {kinds}
            group by all order by g.school_year desc, i.institution_kind, g.status"""),
        "indicators": r.rows(f"""
            select i.institution_kind, p.school_year, count(distinct p.institution_key) as institutions,
                   count(*) filter (where p.baseline_met) as met,
                   count(*) filter (where not p.baseline_met) as not_met,
                   count(*) filter (where p.baseline_met is null) as without_numbers
            from marts.indicator_progress p {kinds}
            group by all order by p.school_year desc, i.institution_kind"""),
        "miss_own_target": r.rows("""
            select g.institution_key, g.institution_name, g.school_year, g.priority_no, g.title, g.result_type,
                   g.status, g.status_label_lv, g.planned_pct, g.evidence_pct, g.report_id, g.source_ref
            from marts.goal_attainment g where g.own_numbers_miss_target
            order by g.school_year desc, g.institution_name, g.priority_no, g.result_type"""),
        "issues": r.rows("""
            select severity, section, code, count(*) as issues, count(distinct report_id) as reports
            from raw.parse_issues group by all order by severity, issues desc, section, code"""),
    }
    if r.has("marts.target_follow_through", *SECTION_MARTS["target_follow_through"]):
        out["target_follow_through"] = r.rows(f"""
            select i.institution_kind, t.target_year, t.outcome, count(*) as targets
            from marts.target_follow_through t {kinds}
            group by all order by t.target_year desc, i.institution_kind, t.outcome""")
    if r.has("marts.priority_follow_through", *SECTION_MARTS["priority_follow_through"]):
        out["priority_follow_through"] = r.rows(f"""
            select i.institution_kind, p.planned_for_year, p.follow_through, count(*) as priorities
            from marts.priority_follow_through p {kinds}
            group by all order by p.planned_for_year desc, i.institution_kind, p.follow_through""")
    return out
