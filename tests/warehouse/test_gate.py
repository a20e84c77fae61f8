"""`parskats check` on the session's real warehouse: what blocks, what only warns, what a person reads,
and which file it checks (the fresh build, else the published warehouse read-only)."""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys

import duckdb
import pytest

from parskats.cli import main

DDA = "Daugavpils pilsētas Daugavpils Draudzīgā aicinājuma vidusskola"
DDA_FILE = "daugavpils-draudziga-aicinajuma-vidusskola_2024-2025.txt"


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sandbox(pipeline, tmp_path, monkeypatch):
    """A published warehouse and a fresh build beside it, both copies of the session's warehouse."""
    assert pipeline["proc"].returncode == 0, pipeline["proc"].stderr
    monkeypatch.setenv("PARSKATS_HOME", str(pipeline["home"]))
    published = tmp_path / "parskats.duckdb"
    monkeypatch.setenv("PARSKATS_WAREHOUSE", str(published))
    # its own publish folder: publishing must not switch the session's release under other tests
    monkeypatch.setenv("PARSKATS_PUBLISH", str(tmp_path / "publish"))
    shutil.copy2(pipeline["warehouse"], published)
    build = tmp_path / "parskats.build.duckdb"
    shutil.copy2(pipeline["warehouse"], build)
    return published, build


def _corrupt(db, sql):
    con = duckdb.connect(str(db))
    con.execute(sql)
    con.close()


def _files_beside(db):
    """The files in the warehouse's folder, but the run lock (taken and released by every step) and the
    warehouse's state folder (its run log)."""
    return sorted(p.name for p in db.parent.iterdir() if p.name not in (db.stem + ".lock", f".{db.stem}.state"))


def _gate_lines(out):
    return [line for line in out.splitlines() if line.startswith(("BLOCKS: ", "WARNING: "))]


def test_clean_build_passes_and_publishes(sandbox, capsys):
    published, build = sandbox
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert f"check {build}:" in out and "gate: PASSED" in out
    assert main(["publish"]) == 0
    assert not build.exists() and published.is_file()


def test_unchecked_build_is_not_published(sandbox, capsys):
    published, build = sandbox
    before = _sha(published)
    assert main(["publish"]) == 1
    assert _sha(published) == before


def test_implausible_learner_count_blocks_with_a_plain_line(sandbox, capsys):
    published, build = sandbox
    before = _sha(published)
    _corrupt(build, "update raw.programmes set learners_start = 40, learners_end = 4000 where programme_code = '21011111'")
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert [line for line in _gate_lines(out) if line.startswith("BLOCKS")] == [
        f"BLOCKS: {DDA} ({DDA_FILE}, L118-L134): learners at the end (4,000) are over 10 times those at the start "
        f"(40) in programme 21011111. Check the count in the report; fix the report or the loader, then run again."]
    assert "gate: FAILED" in out and "expect_" not in out
    assert main(["publish"]) == 1
    assert build.exists() and _sha(published) == before


def test_suspicious_learner_count_only_warns(sandbox, capsys):
    published, build = sandbox
    _corrupt(build, "update raw.programmes set learners_start = 40, learners_end = 130 where programme_code = '21011111'")
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert (f"WARNING: {DDA} ({DDA_FILE}, L118-L134): learners at the end (130) are over 3 times those at the "
            f"start (40) in programme 21011111.") in out
    assert main(["publish"]) == 0


def test_unrecognised_priority_status_blocks_and_shows_the_raw_text(sandbox, capsys):
    published, build = sandbox
    _corrupt(build, """update raw.priorities set status = 'unknown', status_raw = 'Sasnigts'
                       where source_ref = 'L1011-L1043'""")
    assert main(["check"]) == 1
    [line] = [line for line in _gate_lines(capsys.readouterr().out) if line.startswith("BLOCKS")]
    assert line.startswith(f'BLOCKS: {DDA} ({DDA_FILE}, L1011-L1043): priority 2 (quantitative) has the status '
                           f'"Sasnigts", which is not a status the loaders know')


def test_error_level_parse_issue_blocks_unless_allowed(sandbox, capsys):
    published, build = sandbox
    report_id = duckdb.connect(str(build), read_only=True).execute(
        f"select report_id from raw.reports where source_file = '{DDA_FILE}'").fetchone()[0]
    _corrupt(build, f"""insert into raw.parse_issues values
                        ('{report_id}', 'L71-L88', '1.1', 'error', 'programme_count_missing', 'A count could not be read.')""")
    assert main(["check"]) == 1
    assert (f"BLOCKS: {DDA} ({DDA_FILE}, L71-L88): the loaders could not read a fact in section 1.1 "
            f"(programme_count_missing): A count could not be read.") in capsys.readouterr().out
    assert main(["check", "--allow-parse-errors"]) == 0
    assert f"WARNING: {DDA} ({DDA_FILE}, L71-L88)" in capsys.readouterr().out


def test_final_reference_mismatch_blocks(sandbox, capsys):
    published, build = sandbox
    _corrupt(build, """update raw.national_exam_averages set status = 'official', national_pct = 55.0
                       where exam_level = 'grade9' and subject = 'latvian' and school_year = '2024/2025'""")
    assert main(["check"]) == 1
    assert (f"BLOCKS: {DDA} ({DDA_FILE}, L451-L455): quotes the national average of latvian (grade9, 2024/2025) "
            f"as 58.5%, the official figure in seeds/reference/national_exam_averages.csv is 55%") in capsys.readouterr().out


def test_many_failing_rows_show_ten_then_a_count_and_the_log_has_the_gx_names(sandbox, capsys, pipeline):
    published, build = sandbox
    _corrupt(build, "update raw.programmes set learners_start = 1, learners_end = 500")
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert sum(line.startswith("BLOCKS: ") for line in out.splitlines()) == 10
    assert "  ... and 6 more like this" in out.splitlines()
    assert "expect_column_values_to_be_between" not in out
    log = (published.parent / ".parskats.state" / "logs" / "parskats.log").read_text(encoding="utf-8")
    assert ("gate critical learner_counts.implausible_growth/end_within_implausible_ratio: "
            "expect_column_values_to_be_between on end_to_start: 16 unexpected") in log


def test_without_a_build_the_published_warehouse_is_checked_read_only(sandbox, capsys):
    published, build = sandbox
    build.unlink()
    before = (_sha(published), published.stat().st_mtime_ns)
    files = _files_beside(published)
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert f"no fresh build at {build}; checking the published warehouse {published} (read-only)" in out
    assert "gate: PASSED" in out
    assert (_sha(published), published.stat().st_mtime_ns) == before
    assert _files_beside(published) == files  # no marker, no gate summary written beside it
    assert main(["publish"]) == 1  # nothing was marked as checked


def test_a_published_warehouse_that_fails_the_gate_exits_1(sandbox, capsys):
    published, build = sandbox
    build.unlink()
    _corrupt(published, "update raw.programmes set learners_start = 40, learners_end = 4000 where programme_code = '21011111'")
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "(read-only)" in out and f"BLOCKS: {DDA} ({DDA_FILE}, L118-L134)" in out


def test_nothing_to_check_exits_2_with_a_clear_message(sandbox, capsys):
    published, build = sandbox
    build.unlink()
    published.unlink()
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert f"nothing to check: no build at {build} and no published warehouse at {published}" in err
    assert main(["check", "--db", str(build)]) == 2
    assert f"no database at {build}" in capsys.readouterr().err


def test_the_early_gate_gives_the_same_lines_as_the_gate_run_here(sandbox):
    """`parskats run` starts the gate in a child process before the build (parskats.run.check.EarlyGate)
    so Great Expectations is imported while dbt works; its answer must be the gate's own."""
    published, build = sandbox
    _corrupt(build, "update raw.programmes set learners_start = 40, learners_end = 4000 where programme_code = '21011111'")
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from parskats.run.check import EarlyGate\n"
        "with EarlyGate() as gate:\n"
        "    early = gate.run(Path(sys.argv[1]), False)\n"
        "from expectations.gate import run_gate\n"
        "here = run_gate(Path(sys.argv[1]))\n"
        "print(json.dumps([early is not None, early.summary_lines() if early else None, here.summary_lines()]))\n")
    proc = subprocess.run([sys.executable, "-c", script, str(build)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    answered, early, here = json.loads(proc.stdout.splitlines()[-1])
    assert answered, "the child gave no answer"
    assert early == here
    assert any(line.startswith("BLOCKS") and "21011111" in line for line in early)
