"""The tables `parskats ingest` writes (../shared/design/contract.md): names, columns, vocabularies.

Column order here is the CSV column order. The vocabularies of priority statuses and leaving-reason
categories are data: seeds/reference/priority_statuses.csv and leaving_categories.csv. Analysts' SQL, the dbt seeds,
the expectations and the scorer read these names, so they change only with the contract.
"""
from __future__ import annotations

TABLES: dict[str, tuple[str, ...]] = {
    "reports": ("report_id", "source_file", "source_sha256", "source_format", "institution_name",
                "institution_kind", "school_year", "parser_version"),
    "programmes": ("report_id", "source_ref", "row_no", "programme_code", "programme_name", "sites",
                   "licence_no", "licence_date", "learners_start", "learners_end", "start_date", "end_date"),
    "leaving_reasons": ("report_id", "source_ref", "item_no", "category", "reason_text", "learners"),
    "indicators": ("report_id", "source_ref", "indicator_no", "indicator_name", "baseline_text", "actual_text",
                   "target_text", "baseline_value", "actual_value", "target_value", "unit"),
    "exam_results": ("report_id", "source_ref", "exam_level", "subject", "subject_raw", "school_year", "measure",
                     "school_pct", "national_pct", "failed_pct"),
    "priorities": ("report_id", "source_ref", "priority_no", "area", "title", "result_type", "planned_results",
                   "status", "status_raw", "evidence"),
    "planned_priorities": ("report_id", "source_ref", "school_year", "priority_no", "area", "title", "result_type",
                           "planned_results"),
    "projects": ("report_id", "source_ref", "project_no", "title", "summary", "results"),
    "agreements": ("report_id", "source_ref", "item_no", "partner", "text"),
    "parse_issues": ("report_id", "source_ref", "section", "severity", "code", "message"),
    # not in the shared contract: the lines the rows above cite (loaders.extract.cited_lines)
    "source_lines": ("report_id", "seq", "ref", "text"),
}

INSTITUTION_KINDS = ("preschool", "general", "vocational", "interest", "other")
SOURCE_FORMATS = ("txt", "pdf", "docx")
INDICATOR_UNITS = ("percent", "grade_avg", "learners", "place", "count", "text")
EXAM_LEVELS = ("grade9", "optimal", "advanced")
EXAM_MEASURES = ("result", "target")
RESULT_TYPES = ("qualitative", "quantitative")
SEVERITIES = ("error", "warning")
