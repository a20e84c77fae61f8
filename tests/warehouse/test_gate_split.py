"""dbt holds structure and integrity, so the gate does not repeat it.

Every rule the gate used to check twice (keys, vocabularies, ranges of the seed tables and marts) must be
an error-severity dbt data test in the session build's manifest, and an error-severity dbt test failing
stops `parskats build`, so a bad value never reaches the gate. The gate's own expectations are listed
here too: none of them is a dbt test.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from expectations.suites import build_suites

PARSKATS = Path(sys.executable).with_name("parskats")

# The expectations removed from the gate, each with the dbt test that holds the rule:
# (model, column or None for a model-level test, dbt test name, arguments the test must have).
HELD_BY_DBT = [
    ("stg_reports__reports", "report_id", "unique", {}),
    ("stg_reports__reports", "institution_kind", "accepted_values",
     {"values": ["preschool", "general", "vocational", "interest", "other"]}),
    ("stg_reports__reports", "school_year", "parskats_matches_pattern", {"pattern": r"\d{4}/\d{4}"}),
    ("stg_reports__programmes", None, "parskats_unique_combination", {"columns": ["report_id", "row_no"]}),
    ("stg_reports__programmes", "learners_start", "parskats_between", {"min_value": 0}),
    ("stg_reports__programmes", "learners_end", "parskats_between", {"min_value": 0}),
    # the 3rd may be a type letter, upper or lower case (`35b`)
    ("stg_reports__programmes", "programme_code", "parskats_matches_pattern", {"pattern": r"\d{2}[0-9A-Za-z]\d{5}\d?"}),
    ("stg_reports__leaving_reasons", "learners", "parskats_between", {"min_value": 0}),
    ("stg_reports__leaving_reasons", "category", "relationships",
     {"to": "ref('stg_reference__leaving_categories')", "field": "category"}),
    ("stg_reports__exam_results", None, "parskats_unique_combination",
     {"columns": ["report_id", "exam_level", "subject", "school_year", "measure"]}),
    *[("stg_reports__exam_results", c, "parskats_between", {"min_value": 0, "max_value": 100})
      for c in ("school_pct", "national_pct", "failed_pct")],
    ("stg_reports__exam_results", "exam_level", "accepted_values", {"values": ["grade9", "optimal", "advanced"]}),
    ("stg_reports__exam_results", "measure", "accepted_values", {"values": ["result", "target"]}),
    ("stg_reports__priorities", None, "parskats_unique_combination",
     {"columns": ["report_id", "priority_no", "result_type"]}),
    ("stg_reports__priorities", "status", "relationships",
     {"to": "ref('stg_reference__priority_statuses')", "field": "status"}),
    ("stg_reports__priorities", "result_type", "accepted_values", {"values": ["qualitative", "quantitative"]}),
    ("stg_reports__parse_issues", "severity", "accepted_values", {"values": ["error", "warning"]}),
    ("exam_vs_national", None, "parskats_unique_combination",
     {"columns": ["institution_key", "exam_level", "subject", "school_year"]}),
    *[("exam_vs_national", c, "parskats_between", {"min_value": 0, "max_value": 100})
      for c in ("school_pct", "national_pct", "national_pct_reference", "failed_pct", "next_target_pct")],
    ("enrolment_flows", None, "parskats_unique_combination", {"columns": ["report_id", "row_no"]}),
    ("enrolment_flows", "learners_start", "parskats_between", {"min_value": 0}),
    ("enrolment_flows", "learners_end", "parskats_between", {"min_value": 0}),
    ("leaving_reasons_summary", None, "parskats_unique_combination", {"columns": ["report_id", "category"]}),
    ("leaving_reasons_summary", "learners", "parskats_between", {"min_value": 0}),
    ("leaving_reasons_summary", "share", "parskats_between", {"min_value": 0, "max_value": 1}),
    ("goal_attainment", None, "parskats_unique_combination", {"columns": ["report_id", "priority_no", "result_type"]}),
    # status_score in {0, 0.5, 1}: the score is joined from the status seed, whose scores are held here
    ("goal_attainment", "status_score", "parskats_between", {"min_value": 0, "max_value": 1}),
    ("goal_attainment", "status", "relationships", {"to": "ref('stg_reference__priority_statuses')", "field": "status"}),
    ("stg_reference__priority_statuses", "score", "accepted_values", {"values": [0, 0.5, 1], "quote": False}),
    ("goal_attainment_summary", "report_id", "unique", {}),
    ("goal_attainment_summary", "achieved_share", "parskats_between", {"min_value": 0, "max_value": 1}),
    ("goal_attainment_summary", "mean_score", "parskats_between", {"min_value": 0, "max_value": 1}),
]


@pytest.fixture(scope="module")
def dbt_tests(pipeline):
    assert pipeline["proc"].returncode == 0, pipeline["proc"].stdout + pipeline["proc"].stderr
    manifest_path = pipeline["home"] / "warehouse" / ".parskats.state" / "target" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    return [n for n in manifest["nodes"].values() if n["resource_type"] == "test" and n.get("test_metadata")]


@pytest.mark.parametrize("model,column,name,arguments", HELD_BY_DBT,
                         ids=[f"{m}.{c or '*'}:{n}" for m, c, n, _ in HELD_BY_DBT])
def test_rule_is_an_error_severity_dbt_test(dbt_tests, model, column, name, arguments):
    matches = [n for n in dbt_tests
               if n["attached_node"] == f"model.parskats.{model}" and n.get("column_name") == column
               and n["test_metadata"]["name"] == name
               and all(n["test_metadata"]["kwargs"].get(k) == v for k, v in arguments.items())]
    assert matches, f"no dbt test {name} on {model}.{column} with {arguments}"
    assert all(str(n["config"]["severity"]).lower() == "error" for n in matches)


def test_no_gate_expectation_is_a_column_rule_dbt_already_holds():
    """The gate's expectations are thresholds, policy and cross-row checks, not keys, vocabularies or ranges."""
    kinds = {e.gx for s in build_suites() for e in s.expectations}
    assert not kinds & {"ExpectColumnValuesToBeUnique", "ExpectCompoundColumnsToBeUnique",
                        "ExpectColumnValuesToMatchRegex", "ExpectColumnValuesToNotBeNull"}
    assert not [s.name for s in build_suites() if s.name.startswith(("seed.", "mart."))]


def test_a_value_out_of_range_stops_the_build_before_the_gate(pipeline, tmp_path):
    """A percentage of 250 in the seeds fails dbt's range test: `parskats build` exits 1."""
    assert pipeline["proc"].returncode == 0, pipeline["proc"].stderr
    home = tmp_path / "home"
    shutil.copytree(pipeline["home"], home, symlinks=True, ignore=shutil.ignore_patterns("*.duckdb*", "publish"))
    seed = home / "warehouse" / ".parskats.state" / "tables" / "exam_results.csv"
    with open(seed, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rows[0]["school_pct"] = "250"
    with open(seed, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    env = {**os.environ, "PARSKATS_HOME": str(home), "PARSKATS_WAREHOUSE": str(home / "warehouse" / "parskats.duckdb")}
    proc = subprocess.run([str(PARSKATS), "build", "--quiet"], env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "build FAILED" in proc.stderr
    dbt_log = home / "warehouse" / ".parskats.state" / "logs" / "dbt.log"
    assert "parskats_between_stg_reports__exam_results_school_pct" in dbt_log.read_text(encoding="utf-8")
