"""The expectations gate blocks bad data: a corrupted seed value fails `parskats check` and nothing is published."""
from __future__ import annotations

import hashlib
import shutil

import duckdb
import pytest

from parskats.cli import main


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sandbox(pipeline, tmp_path, monkeypatch):
    """A published warehouse and a fresh build beside it, both copies of the session's warehouse."""
    assert pipeline["proc"].returncode == 0, pipeline["proc"].stderr
    monkeypatch.setenv("PARSKATS_HOME", str(pipeline["home"]))
    published = tmp_path / "parskats.duckdb"
    monkeypatch.setenv("PARSKATS_WAREHOUSE", str(published))
    shutil.copy2(pipeline["warehouse"], published)
    build = tmp_path / "parskats.build.duckdb"
    shutil.copy2(pipeline["warehouse"], build)
    return published, build


def _corrupt(build, sql):
    con = duckdb.connect(str(build))
    con.execute(sql)
    con.close()


def test_clean_build_passes_and_publishes(sandbox, capsys):
    published, build = sandbox
    assert main(["check"]) == 0
    assert main(["publish"]) == 0
    assert not build.exists() and published.is_file()


def test_percentage_of_250_fails_check_and_is_not_published(sandbox, capsys):
    published, build = sandbox
    before = _sha(published)
    _corrupt(build, """update raw.exam_results set school_pct = 250
                       where exam_level = 'grade9' and subject = 'latvian' and school_year = '2024/2025'""")
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "FAIL seed.exam_results" in out and "250" in out
    assert main(["publish"]) == 1
    assert build.exists() and _sha(published) == before


def test_unchecked_build_is_not_published(sandbox, capsys):
    published, build = sandbox
    before = _sha(published)
    assert main(["publish"]) == 1
    assert _sha(published) == before


def test_error_level_parse_issue_blocks_unless_allowed(sandbox, capsys):
    published, build = sandbox
    _corrupt(build, """insert into raw.parse_issues values
                       ('r', 'L1-L2', '1.1', 'error', 'programme_count_missing', 'A count could not be read.')""")
    assert main(["check"]) == 1
    assert main(["check", "--allow-parse-errors"]) == 0


def test_growth_over_three_times_is_only_a_warning(sandbox, capsys):
    published, build = sandbox
    _corrupt(build, "update marts.enrolment_flows set learners_end = 1000, suspicious_growth = true where row_no = 1")
    assert main(["check"]) == 0
    assert "WARN mart.enrolment_flows" in capsys.readouterr().out


def test_final_reference_mismatch_is_critical(sandbox, capsys):
    published, build = sandbox
    _corrupt(build, """update marts.exam_vs_national set national_reference_status = 'official', national_mismatch = true
                       where exam_level = 'grade9' and subject = 'latvian' and school_year = '2024/2025'""")
    assert main(["check"]) == 1
    assert "FAIL cross.national_vs_reference_final" in capsys.readouterr().out
