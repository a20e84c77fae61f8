"""What the gate checks before publication: one Suite per frame read from the built DuckDB file.

dbt tests hold structure and integrity (keys unique and not null, relationships, accepted values
through the reference seeds, ranges such as percent 0-100 and counts >= 0); they run inside
`parskats build` and a failing one stops the build, so the gate never repeats them. The gate holds
what must be true before publication and dbt does not check:

- the parse issues policy: an error-level parse issue (a fact the loaders could not read) blocks,
  or only warns when the run allows parse errors;
- vocabulary the loaders could not recognise: a priority status printed in the report
  (`status_raw`) that is not a spelling in seeds/reference/priority_statuses.csv blocks;
- plausibility of counts: learners at the end over `implausible_growth_ratio` times those at the
  start block, over `suspicious_growth_ratio` times warn (a programme starting at 0 only warns);
  more learners leaving during the year than were enrolled at its start warns;
- cross-report agreement: every quoted national average against the reference seed (a mismatch over
  `national_reference_tolerance_pp` blocks where the reference is final, warns where it is
  provisional); reports quoting one national average with a spread over `national_quote_spread_pp`
  warn; a priority marked achieved whose own numbers miss its target warns.

Severity policy: `critical` blocks publication, `warning` is reported and does not block.
Thresholds are the `vars` of dbt_project.yml (shared with the models); vocabularies are read from
seeds/reference. Each expectation carries plain words (what is wrong, what to do) that the gate
fills in per failing row; every frame has institution_name, source_file and source_ref so a person
can find the row. This module only declares; expectations.gate runs the suites.
"""
from __future__ import annotations

from dataclasses import dataclass, field

CRITICAL = "critical"
WARNING = "warning"
LOCATION = ("institution_name", "source_file", "source_ref")

# The report each fact row comes from: its institution and file, for the plain-language messages.
_REPORTS = "staging.stg_reports__reports"


@dataclass(frozen=True)
class Expectation:
    key: str        # stable name of the check (suite + key identify it in logs, JSON and tests)
    gx: str         # Great Expectations class in great_expectations.expectations
    kwargs: dict
    severity: str   # critical | warning
    problem: str    # what is wrong, str.format fields from the failing row and the thresholds
    action: str     # what a person should do


@dataclass(frozen=True)
class Suite:
    name: str
    sql: str
    expectations: list[Expectation] = field(default_factory=list)


def thresholds() -> dict:
    """The `vars` block of dbt_project.yml: the thresholds the models and the gate share."""
    import yaml

    from loaders.reference import project_root

    return yaml.safe_load((project_root() / "dbt_project.yml").read_text(encoding="utf-8"))["vars"]


def recognised_statuses() -> list[str]:
    """Priority statuses the loaders can read from a report: those with spellings in the seed."""
    from loaders.reference import read_seed

    return [r["status"] for r in read_seed("priority_statuses") if (r.get("spellings") or "").strip()]


def _located(sql_from: str, columns: str, where: str = "", order: str = "") -> str:
    """A frame whose rows carry the report's institution, file and the row's source_ref."""
    return (f"select reports.institution_name, reports.source_file, {columns}\n{sql_from}\n"
            f"left join {_REPORTS} as reports on reports.report_id = facts.report_id\n"
            + (f"where {where}\n" if where else "") + (f"order by {order}" if order else ""))


def _parse_issues(allow_parse_errors: bool) -> Suite:
    return Suite("parse_issues", _located(
        "from staging.stg_reports__parse_issues as facts",
        "facts.source_ref, facts.section, facts.severity, facts.code, facts.message",
        order="reports.source_file, facts.section, facts.source_ref, facts.code"), [
        Expectation("no_error_level_issue", "ExpectColumnValuesToNotBeInSet",
                    {"column": "severity", "value_set": ["error"]},
                    WARNING if allow_parse_errors else CRITICAL,
                    "the loaders could not read a fact in section {section} ({code}): {message}",
                    "Fix the report or the loader, then run again (--allow-parse-errors publishes without it)."),
    ])


def _priority_statuses() -> Suite:
    return Suite("priority_statuses", _located(
        "from staging.stg_reports__priorities as facts",
        "facts.source_ref, facts.priority_no, facts.result_type, facts.status, facts.status_raw",
        where="nullif(trim(facts.status_raw), '') is not null",
        order="reports.source_file, facts.priority_no, facts.result_type"), [
        Expectation("status_recognised", "ExpectColumnValuesToBeInSet",
                    {"column": "status", "value_set": recognised_statuses()}, CRITICAL,
                    'priority {priority_no} ({result_type}) has the status "{status_raw}", which is not a status '
                    'the loaders know, so it would be published as "{status}"',
                    "Correct the status in the report, or add this spelling to "
                    "seeds/reference/priority_statuses.csv if it is right; then run again."),
    ])


_PROGRAMME = ("coalesce(facts.programme_code, '\"' || facts.programme_name || '\"', 'row ' || facts.row_no)"
              " as programme")


def _learner_growth(t: dict) -> list[Suite]:
    implausible, suspicious = t["implausible_growth_ratio"], t["suspicious_growth_ratio"]
    columns = f"facts.source_ref, {_PROGRAMME}, facts.learners_start, facts.learners_end"
    counted = "facts.learners_start is not null and facts.learners_end is not null"
    order = "reports.source_file, facts.row_no"
    return [
        Suite("learner_counts.implausible_growth", _located(
            "from staging.stg_reports__programmes as facts",
            columns + ", facts.learners_end::double / facts.learners_start as end_to_start",
            where=f"{counted} and facts.learners_start > 0", order=order), [
            Expectation("end_within_implausible_ratio", "ExpectColumnValuesToBeBetween",
                        {"column": "end_to_start", "max_value": implausible}, CRITICAL,
                        "learners at the end ({learners_end}) are over {implausible_growth_ratio} times those at "
                        "the start ({learners_start}) in programme {programme}",
                        "Check the count in the report; fix the report or the loader, then run again."),
        ]),
        # rows the check above blocks are left out here, so one row gives one message
        Suite("learner_counts.suspicious_growth", _located(
            "from staging.stg_reports__programmes as facts",
            columns + ", case when facts.learners_start > 0 then facts.learners_end::double / facts.learners_start"
                      " when facts.learners_end > 0 then 'infinity'::double else 0 end as end_to_start",
            where=f"{counted} and not (facts.learners_start > 0 "
                  f"and facts.learners_end > {implausible} * facts.learners_start)", order=order), [
            Expectation("end_within_suspicious_ratio", "ExpectColumnValuesToBeBetween",
                        {"column": "end_to_start", "max_value": suspicious}, WARNING,
                        "learners at the end ({learners_end}) are over {suspicious_growth_ratio} times those at "
                        "the start ({learners_start}) in programme {programme}",
                        "Check both counts in the report (a programme opened during the year may start at 0); "
                        "fix the report or the loader if one was misread."),
        ]),
    ]


def _leavers_within_enrolment() -> Suite:
    return Suite("learner_counts.leavers_within_enrolment", """
        with left_during_year as (
            select report_id, sum(learners) as learners_left,
                   string_agg(source_ref, ', ' order by source_ref) as source_ref
            from staging.stg_reports__leaving_reasons
            group by report_id
        ),
        enrolled_at_start as (
            select report_id, sum(learners_start) as learners_start
            from staging.stg_reports__programmes
            group by report_id
        )
        """ + _located(
        "from left_during_year as facts join enrolled_at_start using (report_id)",
        "facts.source_ref, facts.learners_left, enrolled_at_start.learners_start, "
        "facts.learners_left::double / enrolled_at_start.learners_start as left_to_start",
        where="enrolled_at_start.learners_start > 0", order="reports.source_file"), [
        Expectation("left_at_most_enrolled", "ExpectColumnValuesToBeBetween",
                    {"column": "left_to_start", "max_value": 1}, WARNING,
                    "{learners_left} learners left during the year (section 1.2), more than the {learners_start} "
                    "enrolled at its start (section 1.1)",
                    "Check the leaving counts and the programme counts in the report; fix the report or the "
                    "loader if one was misread."),
    ])


_QUOTES = """
    with quotes as (
        select report_id, source_ref, school_year, exam_level, subject, national_pct
        from staging.stg_reports__exam_results
        where measure = 'result' and national_pct is not null
    )
    """


def _national_quotes_agree(t: dict) -> Suite:
    return Suite("national_averages.quotes_agree", _QUOTES + _located(
        "from quotes as facts",
        """facts.source_ref, facts.school_year, facts.exam_level, facts.subject, facts.national_pct,
           (select round(max(q.national_pct) - min(q.national_pct), 6) from quotes as q
             where q.school_year = facts.school_year and q.exam_level = facts.exam_level
               and q.subject = facts.subject) as spread_pp,
           (select string_agg(distinct cast(q.national_pct as varchar), ', ') from quotes as q
             where q.school_year = facts.school_year and q.exam_level = facts.exam_level
               and q.subject = facts.subject and q.report_id <> facts.report_id) as other_quotes""",
        order="facts.school_year, facts.exam_level, facts.subject, reports.source_file"), [
        Expectation("quotes_within_spread", "ExpectColumnValuesToBeBetween",
                    {"column": "spread_pp", "max_value": t["national_quote_spread_pp"]}, WARNING,
                    "quotes the national average of {subject} ({exam_level}, {school_year}) as {national_pct}%, "
                    "other reports quote {other_quotes}% (over {national_quote_spread_pp} points apart)",
                    "Check which figure is right; fix the report that misquotes it, or the loader if it misread it."),
    ])


def _national_vs_reference(t: dict, provisional: bool) -> Suite:
    name = "national_averages.match_provisional_reference" if provisional else "national_averages.match_final_reference"
    return Suite(name, _QUOTES + _located(
        "from quotes as facts join staging.stg_reference__national_exam_averages as reference "
        "using (school_year, exam_level, subject)",
        """facts.source_ref, facts.school_year, facts.exam_level, facts.subject, facts.national_pct,
           reference.national_pct as reference_pct, reference.status as reference_status,
           round(abs(facts.national_pct - reference.national_pct), 6) as difference_pp""",
        where=f"{'' if provisional else 'not '}reference.is_provisional",
        order="facts.school_year, facts.exam_level, facts.subject, reports.source_file"), [
        Expectation("quote_matches_reference", "ExpectColumnValuesToBeBetween",
                    {"column": "difference_pp", "max_value": t["national_reference_tolerance_pp"]},
                    WARNING if provisional else CRITICAL,
                    "quotes the national average of {subject} ({exam_level}, {school_year}) as {national_pct}%, "
                    "the {reference_status} figure in seeds/reference/national_exam_averages.csv is "
                    "{reference_pct}% (over {national_reference_tolerance_pp} points apart)",
                    "Check the report against the reference; fix the report or the loader if the quote was "
                    "misread, or the reference seed if it is wrong." if not provisional else
                    "The reference is provisional and may differ; check the report and update the reference "
                    "seed once final figures are published."),
    ])


def _achieved_meets_own_target() -> Suite:
    return Suite("priorities.achieved_meets_own_target", _located(
        "from marts.goal_attainment as facts",
        "facts.source_ref, facts.priority_no, facts.result_type, facts.planned_pct, facts.evidence_pct, "
        "facts.own_numbers_miss_target",
        where="facts.status = 'achieved'", order="reports.source_file, facts.priority_no, facts.result_type"), [
        Expectation("achieved_not_below_own_target", "ExpectColumnValuesToNotBeInSet",
                    {"column": "own_numbers_miss_target", "value_set": [True]}, WARNING,
                    "priority {priority_no} ({result_type}) is marked achieved, but its own numbers miss its "
                    "target (planned {planned_pct}%, reached {evidence_pct}%)",
                    "Check the status and the figures in the report; the published status stays as reported."),
    ])


def build_suites(allow_parse_errors: bool = False) -> list[Suite]:
    t = thresholds()
    return [
        _parse_issues(allow_parse_errors),
        _priority_statuses(),
        *_learner_growth(t),
        _leavers_within_enrolment(),
        _national_quotes_agree(t),
        _national_vs_reference(t, provisional=False),
        _national_vs_reference(t, provisional=True),
        _achieved_meets_own_target(),
    ]
