"""What the gate checks: one Suite per frame read from the built DuckDB file.

Each suite is a SQL query (run read-only against the fresh build) and a list of expectation specs
`(expectation class name, kwargs, severity)`. Severity is `critical` (blocks publication) or
`warning` (reported, does not block). This module only declares; expectations.gate runs them.

Severity decisions:
- percentages outside 0-100, negative counts, duplicate keys, unknown vocabulary: critical
  (the number is wrong or the table is broken);
- the quoted national average differs from the reference by more than 0.5 points: critical where the
  reference is final (`official`, `press`), warning where it is provisional (`*-provisional`: the
  preliminary figure may legitimately differ from the one a report quotes);
- reports quoting the same national average (same year, level, subject) differently by more than
  the `national_quote_spread_pp` threshold of dbt_project.yml:
  warning (a report's own typo is still what the report says; a person should look);
- learners at the end more than three times those at the start: warning (flagged for review);
- a priority marked achieved whose quantitative target its own numbers miss: warning;
- an error-level parse issue: critical, or warning when the run allows parse errors.
"""
from __future__ import annotations

from dataclasses import dataclass, field

PCT = {"min_value": 0, "max_value": 100}
NONNEG = {"min_value": 0}


@dataclass(frozen=True)
class Suite:
    name: str
    sql: str
    expectations: list[tuple[str, dict, str]] = field(default_factory=list)
    ids: tuple[str, ...] = ()  # columns that identify a failing row in the summary


def _between(columns, bounds, severity="critical"):
    return [("ExpectColumnValuesToBeBetween", {"column": c, **bounds}, severity) for c in columns]


def _in_set(column, values, severity="critical"):
    return ("ExpectColumnValuesToBeInSet", {"column": column, "value_set": list(values)}, severity)


def _unique(columns, severity="critical"):
    if len(columns) == 1:
        return ("ExpectColumnValuesToBeUnique", {"column": columns[0]}, severity)
    return ("ExpectCompoundColumnsToBeUnique", {"column_list": list(columns)}, severity)


def _never_true(column, severity):
    return ("ExpectColumnValuesToNotBeInSet", {"column": column, "value_set": [True]}, severity)


def thresholds() -> dict:
    """The `vars` block of dbt_project.yml: the thresholds the models and the gate share."""
    import yaml

    from loaders.reference import project_root

    return yaml.safe_load((project_root() / "dbt_project.yml").read_text(encoding="utf-8"))["vars"]


def build_suites(allow_parse_errors: bool = False) -> list[Suite]:
    from loaders import contract as k
    from loaders.reference import read_seed

    statuses = [r["status"] for r in read_seed("priority_statuses")]
    categories = [r["category"] for r in read_seed("leaving_categories")]

    return [
        # --- seed tables (what the loaders wrote) ---
        Suite("seed.reports", "select * from raw.reports", [
            _unique(["report_id"]),
            _in_set("institution_kind", k.INSTITUTION_KINDS),
            ("ExpectColumnValuesToMatchRegex", {"column": "school_year", "regex": r"^\d{4}/\d{4}$"}, "critical"),
        ]),
        Suite("seed.programmes", "select * from raw.programmes", [
            _unique(["report_id", "row_no"]),
            *_between(["learners_start", "learners_end"], NONNEG),
            ("ExpectColumnValuesToMatchRegex", {"column": "programme_code", "regex": r"^\d{2}[0-9A-Z]\d{5}$"}, "critical"),
        ]),
        Suite("seed.leaving_reasons", "select * from raw.leaving_reasons", [
            *_between(["learners"], NONNEG),
            _in_set("category", categories),
        ]),
        Suite("seed.exam_results", "select * from raw.exam_results", [
            _unique(["report_id", "exam_level", "subject", "school_year", "measure"]),
            *_between(["school_pct", "national_pct", "failed_pct"], PCT),
            _in_set("exam_level", k.EXAM_LEVELS),
            _in_set("measure", k.EXAM_MEASURES),
        ]),
        Suite("seed.priorities", "select * from raw.priorities", [
            _unique(["report_id", "priority_no", "result_type"]),
            _in_set("status", statuses),
            _in_set("result_type", k.RESULT_TYPES),
        ]),
        Suite("seed.parse_issues", "select * from raw.parse_issues", [
            _in_set("severity", k.SEVERITIES),
            ("ExpectColumnValuesToNotBeInSet", {"column": "severity", "value_set": ["error"]},
             "warning" if allow_parse_errors else "critical"),
        ]),
        # --- cross-report checks ---
        Suite("cross.national_quotes_agree",
              """select school_year, exam_level, subject, count(distinct report_id) as reports,
                        max(national_pct) - min(national_pct) as spread
                 from raw.exam_results
                 where measure = 'result' and national_pct is not null
                 group by all""",
              _between(["spread"], {"min_value": 0, "max_value": thresholds()["national_quote_spread_pp"]}, "warning"),
              ids=("school_year", "exam_level", "subject")),
        Suite("cross.national_vs_reference_final",
              """select * from marts.exam_vs_national
                 where national_reference_status in ('official', 'press')""",
              [_never_true("national_mismatch", "critical")],
              ids=("school_year", "exam_level", "subject", "national_pct", "national_pct_reference")),
        Suite("cross.national_vs_reference_provisional",
              """select * from marts.exam_vs_national
                 where national_reference_status like '%provisional'""",
              [_never_true("national_mismatch", "warning")],
              ids=("school_year", "exam_level", "subject", "national_pct", "national_pct_reference")),
        Suite("cross.achieved_meets_own_target",
              "select * from marts.goal_attainment where status = 'achieved'",
              [_never_true("own_numbers_miss_target", "warning")],
              ids=("institution_name", "priority_no", "result_type", "planned_pct", "evidence_pct")),
        # --- marts ---
        Suite("mart.exam_vs_national", "select * from marts.exam_vs_national", [
            _unique(["institution_key", "exam_level", "subject", "school_year"]),
            *_between(["school_pct", "national_pct", "national_pct_reference", "failed_pct", "next_target_pct"], PCT),
        ]),
        Suite("mart.enrolment_flows", "select * from marts.enrolment_flows", [
            _unique(["report_id", "row_no"]),
            *_between(["learners_start", "learners_end"], NONNEG),
            _never_true("suspicious_growth", "warning"),
        ]),
        Suite("mart.leaving_reasons_summary", "select * from marts.leaving_reasons_summary", [
            _unique(["report_id", "category"]),
            *_between(["learners"], NONNEG),
            *_between(["share"], {"min_value": 0, "max_value": 1}),
        ]),
        Suite("mart.goal_attainment", "select * from marts.goal_attainment", [
            _unique(["report_id", "priority_no", "result_type"]),
            _in_set("status_score", [0.0, 0.5, 1.0]),
        ]),
        Suite("mart.goal_attainment_summary", "select * from marts.goal_attainment_summary", [
            _unique(["report_id"]),
            *_between(["achieved_share", "mean_score"], {"min_value": 0, "max_value": 1}),
        ]),
    ]
