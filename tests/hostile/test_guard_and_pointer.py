"""Unit tests of what decides "parskats' own" (parskats.run.guard) and of the one pointer
(parskats.publish.swap): what is accepted, what is refused, and what a switch and a clean-up leave."""
from __future__ import annotations

import os

import duckdb
import pytest

from parskats.publish import swap
from parskats.run import guard
from parskats.run.lock import LockRefused, RunLock


def _warehouse(path, schemas=("raw", "marts")):
    con = duckdb.connect(str(path))
    for schema in schemas:
        con.execute(f"create schema {schema}")
        con.execute(f"create table {schema}.t as select 1 as a")
    con.close()
    return path


def test_a_missing_path_and_parskats_own_warehouses_are_accepted(tmp_path):
    guard.check_warehouse(tmp_path / "absent.duckdb")
    guard.check_warehouse(_warehouse(tmp_path / "legacy.duckdb"))       # published before releases existed
    publish = tmp_path / "publish"
    guard.claim_publish_dir(publish, tmp_path / "w.duckdb")
    link = tmp_path / "w.duckdb"
    link.symlink_to(os.path.relpath(publish / "current" / "parskats.duckdb", tmp_path))
    guard.check_warehouse(link)                                          # dangling until the first switch


@pytest.mark.parametrize("make, words", [
    (lambda p: p.write_text("a,b\n1,2\n"), "not a DuckDB database"),
    (lambda p: _warehouse(p, schemas=("main2",)), "without parskats' schemas"),
    (lambda p: p.mkdir(), "is a folder"),
    (lambda p: os.mkfifo(p), "is a FIFO"),
    (lambda p: p.symlink_to("/etc/hostname"), "a link parskats did not make"),
])
def test_anything_else_is_refused(tmp_path, make, words):
    path = tmp_path / "w.duckdb"
    make(path)
    with pytest.raises(guard.Refused, match=words):
        guard.check_warehouse(path)


def test_a_link_into_a_folder_without_the_marker_is_refused(tmp_path):
    (tmp_path / "other" / "current").mkdir(parents=True)
    link = tmp_path / "w.duckdb"
    link.symlink_to(tmp_path / "other" / "current" / "parskats.duckdb")
    with pytest.raises(guard.Refused):
        guard.check_warehouse(link)


def test_publish_folders(tmp_path):
    guard.check_publish_dir(tmp_path / "absent")
    (tmp_path / "empty").mkdir()
    guard.check_publish_dir(tmp_path / "empty")
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("mine")
    with pytest.raises(guard.Refused, match="no .parskats-publish marker"):
        guard.check_publish_dir(mine)
    (mine / guard.MARKER).symlink_to(mine / "notes.txt")   # a marker must be a real file
    with pytest.raises(guard.Refused):
        guard.check_publish_dir(mine)
    legacy = tmp_path / "legacy"                             # what parskats wrote before markers
    (legacy / "site").mkdir(parents=True)
    (legacy / "site" / "index.html").write_text("<html>")
    (legacy / "csv").mkdir()
    guard.check_publish_dir(legacy)
    guard.claim_publish_dir(tmp_path / "empty", tmp_path / "a.duckdb")
    guard.check_publish_dir(tmp_path / "empty", tmp_path / "a.duckdb")
    with pytest.raises(guard.Refused, match="publishes another warehouse"):
        guard.check_publish_dir(tmp_path / "empty", tmp_path / "b.duckdb")
    (legacy / "thesis.docx").write_bytes(b"PK")
    with pytest.raises(guard.Refused):
        guard.check_publish_dir(legacy)


def test_a_build_path_holding_something_else_is_refused(tmp_path):
    build = tmp_path / "w.build.duckdb"
    guard.check_build_file(build)
    build.write_bytes(b"")
    guard.check_build_file(build)                            # a build killed before it wrote a byte
    build.write_text("id,name\n")
    with pytest.raises(guard.Refused):
        guard.check_build_file(build)


def test_a_state_folder_that_is_a_link_is_refused(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / ".w.state").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(guard.Refused, match="is a link"):
        guard.check_state_dir(tmp_path / ".w.state")


def test_lock_refuses_a_link_and_a_fifo_and_leaves_them(tmp_path):
    victim = tmp_path / "victim"
    victim.write_text("keep")
    link = tmp_path / "a.lock"
    link.symlink_to(victim)
    with pytest.raises(LockRefused, match="symbolic link"):
        RunLock(link).acquire()
    assert victim.read_text() == "keep" and link.is_symlink()
    fifo = tmp_path / "b.lock"
    os.mkfifo(fifo)
    with pytest.raises(LockRefused, match="not a regular file"):
        RunLock(fifo).acquire()
    with RunLock(tmp_path / "c.lock") as lock:
        assert lock.path.is_file()
    assert not (tmp_path / "c.lock").exists()


def _release(publish, release_id):
    folder = publish / swap.RELEASES / release_id
    folder.mkdir(parents=True)
    (folder / "site").mkdir()
    (folder / "site" / "index.html").write_text(release_id)
    return folder


def test_switch_moves_every_stable_path_at_once_and_clean_keeps_the_previous_release(tmp_path):
    publish = tmp_path / "publish"
    guard.claim_publish_dir(publish, tmp_path / "w.duckdb")
    ids = ["20250101T000000-000000001", "20250102T000000-000000001", "20250103T000000-000000001"]
    swap.link(publish / "site", "current/site")
    for release_id in ids:
        _release(publish, release_id)
        swap.switch(publish, release_id)
        assert (publish / "site" / "index.html").read_text() == release_id
        assert swap.current_release(publish) == release_id
    (publish / swap.RELEASES / ".staging-20250104T000000-000000001").mkdir()   # a killed publication's
    _release(publish, "20250105T000000-000000001")                              # complete, never switched
    removed = swap.clean(publish)
    assert sorted(removed) == [".staging-20250104T000000-000000001", ids[0], "20250105T000000-000000001"]
    assert sorted(p.name for p in (publish / swap.RELEASES).iterdir()) == ids[1:]


def test_link_replaces_an_entry_parskats_wrote_before_releases(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "old.html").write_text("old")
    swap.link(tmp_path / "site", "current/site")
    assert (tmp_path / "site").is_symlink() and os.readlink(tmp_path / "site") == "current/site"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
