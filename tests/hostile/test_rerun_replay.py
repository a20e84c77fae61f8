"""A rerun after one changed report publishes exactly what a full build of the same reports publishes.

A rerun for new data on an unchanged dbt project replays the statements the last dbt build recorded
instead of starting dbt (parskats.run.replay). Here: a generated corpus of text reports is run once
(dbt builds and records), one report is changed (benchmarks/corpus.py --change-one: one more learner
in one programme), and the rerun must replay; then a second, fresh warehouse is built by dbt from the
changed reports, and every table of schema marts (columns, types and every row, duplicates counted)
must be the same in both, and so must every page of the overview (most of them linked from the
release before: parskats.publish.reuse). The changed mart must differ from the first publication, so the comparison
is not of two copies of the old data. Last, a recording that no longer runs (a statement broken in
it) makes the run build with dbt again and still publish.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import duckdb
from hostile_home import ROOT, Home

sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402  (benchmarks/corpus.py)

REPORTS = 6
SEED = 4242


def _build_line(home: Home) -> str:
    log = (home.state() / "logs" / "parskats.log").read_text(encoding="utf-8")
    return [line for line in log.splitlines() if " build " in line and " done in " in line][-1]


def _publish_line(home: Home) -> str:
    log = (home.state() / "logs" / "parskats.log").read_text(encoding="utf-8")
    return [line for line in log.splitlines() if " publish " in line and " done in " in line][-1]


def _pages(site: Path) -> dict[str, bytes]:
    """Every page of the overview but the dbt docs page (which says when it was generated)."""
    return {str(p.relative_to(site)): p.read_bytes() for p in site.rglob("*.html") if p.name != "dbt-docs.html"}


def _marts(warehouse: Path) -> dict[str, tuple[list, list]]:
    """Every mart: its columns with their types, and its rows sorted (a table's row order is not part
    of what is published)."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        names = [r[0] for r in con.execute("select table_name from information_schema.tables "
                                           "where table_schema = 'marts' order by table_name").fetchall()]
        out = {}
        for name in names:
            columns = con.execute(f'select column_name, column_type from (describe marts."{name}")').fetchall()
            rows = con.execute(f'select * from marts."{name}"').fetchall()
            out[name] = (columns, sorted(rows, key=repr))
        return out
    finally:
        con.close()


def test_a_replayed_rerun_publishes_the_marts_of_a_full_build(tmp_path):
    generated = tmp_path / "corpus"
    corpus.generate(REPORTS, generated, seed=SEED, mix="txt=1", quiet=True)
    inputs = generated / "reports"
    before = {p.name: p.read_bytes() for p in inputs.iterdir()}

    home = Home(tmp_path / "incremental")
    first = home.run("run", "--quiet", inputs)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "the recorded dbt build replayed" not in _build_line(home)
    assert (home.state() / "build_replay.json").is_file(), "the dbt build was not recorded"
    first_marts = _marts(home.warehouse)

    corpus.generate(REPORTS, generated, seed=SEED, mix="txt=1", change_one=True, quiet=True)
    changed = [p.name for p in inputs.iterdir() if p.read_bytes() != before.get(p.name)]
    assert len(changed) == 1, changed
    rerun = home.run("run", "--quiet", inputs)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert "the recorded dbt build replayed" in _build_line(home), _build_line(home)
    replayed_marts = _marts(home.warehouse)
    assert replayed_marts["enrolment_flows"] != first_marts["enrolment_flows"], \
        "the changed report did not reach the marts"

    full = Home(tmp_path / "full")
    fresh = full.run("run", "--quiet", inputs)
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    assert "the recorded dbt build replayed" not in _build_line(full)
    full_marts = _marts(full.warehouse)
    assert sorted(replayed_marts) == sorted(full_marts)
    for name in full_marts:
        assert replayed_marts[name][0] == full_marts[name][0], f"{name}: columns differ"
        assert replayed_marts[name][1] == full_marts[name][1], f"{name}: rows differ"

    # the overview: pages linked from the release before, and every page as a full publication makes it
    reused = re.search(r"\((\d+) unchanged, linked from the release before\)", _publish_line(home))
    assert reused and int(reused.group(1)) >= REPORTS, _publish_line(home)  # every source page but one, and more
    assert _pages(home.publish / "site") == _pages(full.publish / "site")

    # a recording that no longer runs: dbt builds instead, and the run still publishes
    record = home.state() / "build_replay.json"
    recording = json.loads(record.read_text(encoding="utf-8"))
    node, statements = next((n, s) for n, s in recording["nodes"] if n.startswith("model."))
    statements[0][0] = "select * from a_table_that_is_not_there"
    record.write_text(json.dumps(recording), encoding="utf-8")
    (inputs / changed[0]).write_bytes(before[changed[0]])  # back to the first version: something to build
    again = home.run("run", "--quiet", inputs)
    assert again.returncode == 0, again.stdout + again.stderr
    line = _build_line(home)
    assert "the recorded build was not replayed" in line and "a_table_that_is_not_there" in line, line
    assert _marts(home.warehouse) == first_marts


def _recording(test_sql: str, severity: str) -> dict:
    return {"schemas": ["create schema if not exists marts"], "severity": {"test.p.t": severity},
            "nodes": [["model.p.m", [["create table marts.m as select range as x from range(3)", None]]],
                      ["test.p.t", [[test_sql, None]]]]}


def _test_sql(where: str) -> str:
    """dbt's wrapper around a data test, as dbt sends it."""
    return ("select count(*) as failures, count(*) != 0 as should_warn, count(*) != 0 as should_error "
            f"from (select x from marts.m where {where}) dbt_internal_test")


def test_the_replay_reads_a_data_test_as_dbt_does(tmp_path):
    from parskats.run.replay import replay

    passed, why = replay(_recording(_test_sql("x < 0"), "error"), tmp_path / "a.duckdb")
    assert passed is not None and (passed.passed, passed.warned, why) == (2, [], "")
    con = duckdb.connect(str(tmp_path / "a.duckdb"), read_only=True)
    assert con.execute("select count(*) from marts.m").fetchone() == (3,)
    con.close()

    warned, why = replay(_recording(_test_sql("x > 0"), "warn"), tmp_path / "b.duckdb")
    assert warned is not None and warned.passed == 1 and warned.warned == ["test.p.t (2 rows)"], why

    failed, why = replay(_recording(_test_sql("x > 0"), "error"), tmp_path / "c.duckdb")
    assert failed is None and why == "test.p.t found 2 rows"

    broken, why = replay(_recording("select * from marts.missing", "error"), tmp_path / "d.duckdb")
    assert broken is None and "missing" in why
