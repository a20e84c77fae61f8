"""parskats writes only over what it created: a warehouse path, publish folder or lock file that is not
its own is refused with one line, exit 1, and left exactly as it was; a folder it cannot write is
one clear line too. These runs stop before ingest, so they take a second each.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import duckdb
import pytest
from hostile_home import ROOT, leftovers

SAMPLES = ROOT / "reports"


def _snapshot(path: Path):
    """Everything about `path` a write would change: bytes and times of a file, the tree of a folder."""
    st = os.lstat(path)
    if path.is_dir() and not path.is_symlink():
        return st.st_mtime_ns, sorted((str(p.relative_to(path)), _snapshot(p)) for p in path.rglob("*"))
    if path.is_symlink():
        return "link", os.readlink(path)
    if path.is_file():
        return st.st_size, st.st_mtime_ns, path.read_bytes()
    return st.st_mode, st.st_mtime_ns


def _one_line(proc: subprocess.CompletedProcess) -> str:
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    return lines[0]


def _warehouse_of(kind: str, folder: Path) -> Path:
    path = folder / f"data.{kind}"
    if kind == "csv":
        path.write_text("institution,learners\nĀbeļu pamatskola,120\n", encoding="utf-8")
    elif kind == "sqlite":
        con = sqlite3.connect(path)
        con.execute("create table t (a)")
        con.execute("insert into t values (1)")
        con.commit()
        con.close()
    elif kind == "parquet":
        duckdb.sql(f"copy (select 1 as a) to '{path}' (format parquet)")
    elif kind == "duckdb":  # a DuckDB database of something else
        con = duckdb.connect(str(path))
        con.execute("create table main.orders as select 1 as id")
        con.close()
    elif kind == "folder":
        path.mkdir()
        (path / "keep.txt").write_text("mine", encoding="utf-8")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "link":
        (folder / "elsewhere.duckdb").write_bytes(b"not parskats")
        path.symlink_to(folder / "elsewhere.duckdb")
    return path


@pytest.mark.parametrize("kind", ["csv", "sqlite", "parquet", "duckdb", "folder", "fifo", "link"])
def test_a_warehouse_path_parskats_did_not_create_is_refused_and_untouched(home, tmp_path, kind):
    target = _warehouse_of(kind, tmp_path)
    before = _snapshot(target)
    neighbours = sorted(p.name for p in tmp_path.iterdir())
    proc = home.run("run", SAMPLES, env={"PARSKATS_WAREHOUSE": str(target)})
    assert proc.returncode == 1, proc.stdout + proc.stderr
    line = _one_line(proc)
    assert line.startswith("parskats run: refused:") and str(target) in line and "nothing was written" in line
    assert _snapshot(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == neighbours, "something was written beside it"
    assert not home.publish.exists()


def test_a_publish_folder_parskats_did_not_create_is_refused_and_untouched(home, tmp_path):
    mine = tmp_path / "Documents"
    (mine / "site").mkdir(parents=True)
    (mine / "site" / "index.html").write_text("<p>my own page</p>", encoding="utf-8")
    (mine / "thesis.docx").write_bytes(b"PK\x03\x04 my thesis")
    before = _snapshot(mine)
    proc = home.run("run", SAMPLES, env={"PARSKATS_PUBLISH": str(mine)})
    assert proc.returncode == 1
    line = _one_line(proc)
    assert "refused" in line and str(mine) in line and ".parskats-publish" in line
    assert _snapshot(mine) == before
    assert not home.warehouse.parent.exists(), "the run wrote its state before refusing"


def test_a_publish_folder_of_another_warehouse_is_refused(home, tmp_path):
    """Switching a folder's release switches the link of the warehouse it publishes: one folder, one warehouse."""
    from parskats.run.guard import claim_publish_dir

    claim_publish_dir(home.publish, tmp_path / "other" / "parskats.duckdb")
    before = _snapshot(home.publish)
    proc = home.run("run", SAMPLES)
    assert proc.returncode == 1
    line = _one_line(proc)
    assert "publishes another warehouse" in line and "PARSKATS_PUBLISH" in line
    assert _snapshot(home.publish) == before


def test_a_lock_file_that_is_a_link_is_refused_and_its_target_untouched(home, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    before = _snapshot(victim)
    home.warehouse.parent.mkdir(parents=True)
    lock = home.warehouse.with_name("parskats.lock")
    lock.symlink_to(victim)
    proc = home.run("run", SAMPLES)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    line = _one_line(proc)
    assert "lock file" in line and "symbolic link" in line
    assert _snapshot(victim) == before
    assert lock.is_symlink() and os.readlink(lock) == str(victim)
    assert not home.publish.exists()


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder no one can write: a read-only tmpfs mount (root ignores permission bits), else mode 555."""
    folder = tmp_path / "readonly"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"running as root and cannot mount a read-only tmpfs: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_a_read_only_warehouse_folder_is_one_clear_line(home, read_only_folder):
    proc = home.run("run", SAMPLES, env={"PARSKATS_WAREHOUSE": str(read_only_folder / "parskats.duckdb")})
    assert proc.returncode == 1, proc.stdout + proc.stderr
    line = _one_line(proc)
    assert "cannot write" in line and ("Read-only file system" in line or "Permission denied" in line)
    assert list(read_only_folder.iterdir()) == []
    assert not home.publish.exists()


@pytest.fixture
def small_disk(tmp_path):
    """mount(size) -> a folder on a filesystem of `size` bytes (a tmpfs: needs root), unmounted after."""
    mounted = []

    def mount(size: int) -> Path:
        if os.geteuid() != 0:
            pytest.skip("a full disk is simulated with a small tmpfs, which needs root")
        folder = tmp_path / f"disk{len(mounted)}"
        folder.mkdir()
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs: {proc.stderr.strip()}")
        mounted.append(folder)
        return folder

    yield mount
    for folder in mounted:
        subprocess.run(["umount", str(folder)], check=False)


def _stopped_line(proc: subprocess.CompletedProcess) -> str:
    """The one line saying why the run stopped (a line saying the log file cannot be written may
    precede it: the log is on the same full disk)."""
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert lines and all("run stopped" in line or "log file" in line for line in lines), proc.stderr
    stopped = [line for line in lines if "run stopped" in line]
    assert len(stopped) == 1, proc.stderr
    return stopped[0]


def test_a_full_disk_under_the_warehouse_is_one_clear_line_and_leaves_nothing(home, small_disk):
    disk = small_disk(96 * 1024)   # room for the lock and the log, not for the ingested tables
    home.warehouse = disk / "warehouse" / "parskats.duckdb"
    proc = home.run("run", "--quiet", SAMPLES, env={"PARSKATS_WAREHOUSE": str(home.warehouse)})
    assert proc.returncode == 1, proc.stdout + proc.stderr
    line = _stopped_line(proc)
    assert "No space left on device" in line and "nothing published" in line
    assert leftovers(home) == []
    assert not home.publish.exists() and not home.warehouse.is_symlink()


def test_a_full_disk_under_the_publication_is_one_clear_line_and_leaves_nothing(home, small_disk):
    """Ingest, build and check pass; the release does not fit: nothing is switched, what was staged
    and the build are removed."""
    home.publish = small_disk(3 * 2**20) / "publish"
    proc = home.run("run", "--quiet", SAMPLES, env={"PARSKATS_PUBLISH": str(home.publish)})
    assert proc.returncode == 1, proc.stdout + proc.stderr
    line = _stopped_line(proc)
    assert "No space left on device" in line and "nothing was switched" in line
    assert leftovers(home) == []
    assert sorted(p.name for p in home.publish.iterdir()) in ([".parskats-publish"], [".parskats-publish", "releases"])
    assert not (home.publish / "current").exists() and not home.warehouse.is_symlink()


def test_nothing_to_ingest_exits_2(home, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = home.run("run", "--quiet", empty)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "no report files to ingest" in proc.stderr
    assert not home.publish.exists()


def test_run_help_lists_every_exit_code():
    proc = subprocess.run([str(Path(os.sys.executable).with_name("parskats")), "run", "--help"],
                          capture_output=True, text=True)
    text = " ".join(proc.stdout.split())
    for code, meaning in (("0", "published"), ("4", "skipped"), ("1", "nothing published"),
                          ("2", "nothing to ingest"), ("3", "another run holds the lock")):
        assert f"{code} " in text and meaning in text, (code, meaning)
