"""The ingest cache keeps successes only (a file that failed is read again next time, and a refusal is
never served from the cache), `refresh` (run --force) takes nothing from it, and two warehouses in one
folder never share a state folder, lock or build file."""
from __future__ import annotations

import shutil

import hostile_inputs as hi

from loaders.ingest import ingest_paths
from parskats.run.cache import ReportCache
from parskats.run.locations import fresh_build_path, state_dir, tables_dir
from parskats.run.lock import lock_path


def test_failures_are_never_cached_and_refresh_reads_everything(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(hi.BJC, inputs / hi.BJC.name)
    (inputs / "shopping-list.txt").write_text("piens\nmaize\nsviests\n", encoding="utf-8")
    state = tmp_path / "state"

    first = ingest_paths([inputs], tmp_path / "out", cache=ReportCache(state))
    assert first.read == [hi.BJC.name] and [f.split(":")[0] for f in first.failed] == ["shopping-list.txt"]
    assert len(list((state / "ingest").glob("*.json"))) == 1

    second = ingest_paths([inputs], tmp_path / "out", cache=ReportCache(state))
    assert second.cached == [hi.BJC.name] and second.read == []
    assert [f.split(":")[0] for f in second.failed] == ["shopping-list.txt"], "a failure was served from the cache"

    forced = ingest_paths([inputs], tmp_path / "out", cache=ReportCache(state, refresh=True))
    assert forced.cached == [] and forced.read == [hi.BJC.name]


def test_two_warehouses_in_one_folder_share_nothing(tmp_path):
    one, two = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    for place in (state_dir, tables_dir, fresh_build_path, lock_path):
        assert place(one) != place(two), place.__name__
    assert state_dir(one) == tmp_path / ".a.state"
