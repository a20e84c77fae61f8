"""A rebuild for new reports does not repeat what depends on the dbt project alone, and a changed project
repeats it.

dbt's unit tests check the models' logic on fixed inputs, and the dbt docs page describes the
project, so a run with new reports on an unchanged project skips the unit tests and reuses the docs
page (parskats.run.build, parskats.publish.docs). A changed model runs them again: here a model broken
so its unit test fails stops the build, and nothing is published.
"""
from __future__ import annotations

import shutil

import hostile_inputs as hi

SKIPPED = "unit tests not run again"


def _build_lines(home) -> list[str]:
    log = (home.state() / "logs" / "parskats.log").read_text(encoding="utf-8")
    return [line for line in log.splitlines() if " build " in line and " done in " in line]


def test_new_reports_reuse_unit_tests_and_docs_a_changed_model_runs_them_again(home, tmp_path):
    inputs = tmp_path / "reports"
    inputs.mkdir()
    shutil.copy(hi.DDA, inputs / hi.DDA.name)
    first = home.run("run", "--quiet", inputs)
    assert first.returncode == 0, first.stdout + first.stderr
    assert SKIPPED not in _build_lines(home)[-1]
    docs_page = home.state() / "target" / "static_index.html"
    made = docs_page.stat().st_mtime_ns

    shutil.copy(hi.BJC, inputs / hi.BJC.name)  # new data, same project
    second = home.run("run", "--quiet", inputs)
    assert second.returncode == 0, second.stdout + second.stderr
    assert SKIPPED in _build_lines(home)[-1]
    assert docs_page.stat().st_mtime_ns == made, "the docs page was generated again for new data alone"
    assert (home.publish / "site" / "dbt-docs.html").read_bytes() == docs_page.read_bytes()
    assert home.query("select count(*) from marts.dim_reports") == [(2,)]

    model = home.root / "models" / "marts" / "goal_attainment.sql"
    text = model.read_text(encoding="utf-8")
    assert "statuses.score as status_score" in text
    model.write_text(text.replace("statuses.score as status_score", "statuses.score / 2 as status_score"),
                     encoding="utf-8")
    broken = home.run("run", "--quiet", inputs)
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "dbt build failed" in broken.stderr
    dbt_log = (home.state() / "logs" / "dbt.log").read_text(encoding="utf-8")
    assert "goal_attainment_status_score" in dbt_log.split("Running with dbt")[-1]
    assert home.query("select count(*) from marts.dim_reports") == [(2,)], "the publication in service changed"
