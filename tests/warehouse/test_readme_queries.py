"""Each `duckdb -readonly warehouse/parskats.duckdb "..."` command of the README's analyst section runs,
with the venv's DuckDB command line, against the built warehouses: without error on the bundled
samples, and returning rows on the multi-year build (the samples plus the sample school's previous
year), where every question has an answer.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DUCKDB = Path(sys.executable).with_name("duckdb")
_COMMAND = re.compile(r'^duckdb -readonly warehouse/parskats\.duckdb "(.*?)"$', re.DOTALL | re.MULTILINE)


def _analyst_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Querying the warehouse")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def _queries() -> list[str]:
    return [q.strip() for q in _COMMAND.findall(_analyst_section())]


def _ids() -> list[str]:
    return [re.search(r"from marts\.(\w+)", q).group(1) for q in _queries()]


def test_the_readme_answers_each_question_with_a_command():
    section = _analyst_section()
    marts = set(_ids())
    for needed in ("exam_vs_national", "enrolment_flows", "leaving_reasons", "goal_attainment",
                   "planned_priorities", "target_follow_through"):
        assert needed in marts, needed
    assert len(_queries()) == section.count("duckdb -readonly warehouse/parskats.duckdb"), \
        "a command the test cannot parse (one per line start, SQL in double quotes, no double quotes inside)"


def test_the_duckdb_command_line_is_installed():
    out = subprocess.run([str(DUCKDB), "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.startswith("v1.5.5"), out.stdout + out.stderr


def _run_cli(warehouse_path: Path, sql: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(DUCKDB), "-readonly", str(warehouse_path), sql],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("sql", _queries(), ids=_ids())
def test_readme_query_runs_on_the_samples(pipeline, warehouse, sql):
    out = _run_cli(pipeline["warehouse"], sql)
    assert out.returncode == 0 and not out.stderr.strip(), out.stderr


@pytest.mark.parametrize("sql", _queries(), ids=_ids())
def test_readme_query_answers_on_consecutive_years(multi_year_pipeline, multi_year_warehouse, sql):
    out = _run_cli(multi_year_pipeline["warehouse"], sql)
    assert out.returncode == 0 and not out.stderr.strip(), out.stderr
    assert multi_year_warehouse.sql(sql).fetchall(), "the query returned no rows"


_SQL_COMMAND = re.compile(r'^parskats sql ".*$', re.MULTILINE)
_PYTHON = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def _sql_commands() -> list[str]:
    return _SQL_COMMAND.findall(_analyst_section())


def test_the_readme_shows_parskats_sql_with_its_options():
    commands = _sql_commands()
    assert len(commands) >= 3 and any("--limit" in c for c in commands) and any("--csv" in c for c in commands)


@pytest.mark.parametrize("command", _sql_commands())
def test_readme_parskats_sql_command_runs(pipeline, warehouse, command, tmp_path):
    import shlex

    parskats = Path(sys.executable).with_name("parskats")
    args = shlex.split(command)[1:]
    out = subprocess.run([str(parskats), *args], env={**pipeline["env"]}, cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    if "--csv" in args:
        written = tmp_path / args[args.index("--csv") + 1]
        assert len(written.read_text(encoding="utf-8").splitlines()) > 1
    else:
        assert out.stdout.rstrip().splitlines()[-1].startswith("("), out.stdout


def test_readme_python_example_runs(pipeline, warehouse, monkeypatch):
    blocks = _PYTHON.findall(_analyst_section())
    assert blocks, "the analyst section lost its Python example"
    monkeypatch.chdir(pipeline["home"])   # where warehouse/parskats.duckdb is
    for code in blocks:
        names: dict = {}
        exec(compile(code, "README.md", "exec"), names)
        frames = [v for v in names.values() if hasattr(v, "shape")]
        assert frames and all(f.shape[0] > 0 for f in frames)
