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


def test_the_same_files_again_neither_read_the_cache_nor_rewrite_the_tables(tmp_path):
    """A run over the same files whose tables are still there byte for byte takes nothing from the
    cache entries and writes no table (ReportCache.same_as_written); a changed table, file or --force
    brings the full path back."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for sample in (hi.BJC, hi.DDA):
        shutil.copy(sample, inputs / sample.name)
    shutil.copy(hi.BJC, inputs / "kopija.txt")   # an exact copy: its note comes back every time
    state, out = tmp_path / "state", tmp_path / "out"
    first = ingest_paths([inputs], out, cache=ReportCache(state))
    assert sorted(first.read) == sorted([hi.BJC.name, hi.DDA.name, "kopija.txt"]) and len(first.duplicates) == 1
    tables = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.glob("*.csv")}

    for entry in (state / "ingest").glob("*.json"):   # entries that would be wrong if they were read
        entry.write_text('{"key": "tampered"}', encoding="utf-8")
    again = ingest_paths([inputs], out, cache=ReportCache(state))
    assert sorted(again.cached) == sorted(first.read) and again.read == [] and again.failed == []
    assert again.counts == first.counts and again.duplicates == first.duplicates
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.glob("*.csv")} == tables

    programmes = out / "programmes.csv"
    programmes.write_text(programmes.read_text(encoding="utf-8") + "r0,,99,,,,,,1,1,,\n", encoding="utf-8")
    repaired = ingest_paths([inputs], out, cache=ReportCache(state))
    assert sorted(repaired.read) == sorted(first.read), "a changed table was left as it was"
    assert {p.name: p.read_bytes() for p in out.glob("*.csv")} == {k: v[0] for k, v in tables.items()}
