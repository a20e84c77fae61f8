"""The worker pool and file collection: every file bounded, named when skipped, output independent
of the number of workers."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from loaders.ingest import collect_files, ingest_paths
from loaders.pool import run_pool

ROOT = Path(__file__).resolve().parents[2]


def _task(path: Path) -> dict:
    name = path.name
    if name.startswith("sleep"):
        time.sleep(60)
    if name.startswith("hog"):
        blocks = [bytearray(50 * 2**20) for _ in range(40)]  # 2 GiB, over the cap below
        return {"n": len(blocks)}
    if name.startswith("die"):
        os._exit(7)
    if name.startswith("fail"):
        raise ValueError("not a report: test")
    return {"name": name}


def test_results_cover_every_path_with_its_position():
    paths = [Path(f"ok{i}") for i in range(7)]
    got = sorted((o.index, o.tables["name"]) for o in run_pool(paths, _task, jobs=2))
    assert got == [(i, f"ok{i}") for i in range(7)]


def test_a_file_past_the_deadline_is_stopped_and_the_others_go_on():
    paths = [Path("ok1"), Path("sleep"), Path("ok2"), Path("ok3")]
    outcomes = {o.path.name: o for o in run_pool(paths, _task, jobs=2, seconds=1.5)}
    assert "took longer than" in outcomes["sleep"].error and "was stopped" in outcomes["sleep"].error
    assert [outcomes[n].tables for n in ("ok1", "ok2", "ok3")] == [{"name": "ok1"}, {"name": "ok2"}, {"name": "ok3"}]


def test_memory_cap_death_and_exceptions_are_one_line_each():
    paths = [Path("hog"), Path("die"), Path("fail"), Path("ok")]
    outcomes = {o.path.name: o for o in run_pool(paths, _task, jobs=2, memory_bytes=300 * 2**20)}
    assert "memory limit" in outcomes["hog"].error
    assert "stopped without an answer" in outcomes["die"].error
    assert outcomes["fail"].error == "not a report: test"
    assert outcomes["ok"].tables == {"name": "ok"}


def test_output_is_byte_identical_with_one_or_two_workers(tmp_path):
    case = ROOT / "tests" / "cases" / "pdf-2024-25" / "reports"
    one, two = tmp_path / "one", tmp_path / "two"
    assert ingest_paths([case, ROOT / "reports"], one, jobs=1).code == 0
    assert ingest_paths([case, ROOT / "reports"], two, jobs=2).code == 0
    for table in one.iterdir():
        assert table.read_bytes() == (two / table.name).read_bytes(), table.name


def test_special_duplicate_and_missing_paths_are_named(tmp_path):
    sample = ROOT / "reports" / "daugavpils-bjc-jauniba_2024-2025.txt"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(sample.read_bytes())
    (folder / "again.txt").symlink_to(folder / "a.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "null.txt").symlink_to("/dev/null")
    files, problems = collect_files([folder, folder, tmp_path / "missing"])
    assert [f.name for f in files] == ["a.txt"]
    text = "\n".join(problems)
    assert "again.txt: skipped, the same file as" in text
    assert "pipe.txt: skipped, a FIFO" in text
    assert "null.txt: skipped, a character device" in text
    assert "a folder already read" in text
    assert "missing: no such file or folder" in text


def test_odd_file_names_are_ingested_and_printed_on_one_line(tmp_path):
    sample = ROOT / "reports" / "daugavpils-bjc-jauniba_2024-2025.txt"
    folder = tmp_path / "in"
    folder.mkdir()
    odd = os.fsencode(folder) + b"/bjc\xff\nline\x1b[31m.txt"
    with open(odd, "wb") as fh:
        fh.write(sample.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    run = subprocess.run([sys.executable, "-m", "parskats.cli", "ingest", str(folder), "--out", str(tmp_path / "out")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert errors == ["error: empty.txt: the file is empty"]
    reports = (tmp_path / "out" / "reports.csv").read_text(encoding="utf-8")
    assert "bjc\\xff\\x0aline\\x1b[31m.txt" in reports
    assert "\x1b" not in run.stderr


def _pid_task(path: Path) -> dict:
    return {"name": path.name, "pid": os.getpid()}


def test_a_worker_is_replaced_after_its_share_of_files_and_every_file_is_answered():
    paths = [Path(f"ok{i}") for i in range(9)]
    outcomes = list(run_pool(paths, _pid_task, jobs=2, files_per_worker=2))
    assert sorted((o.index, o.tables["name"]) for o in outcomes) == [(i, f"ok{i}") for i in range(9)]
    per_worker: dict[int, int] = {}
    for o in outcomes:
        per_worker[o.tables["pid"]] = per_worker.get(o.tables["pid"], 0) + 1
    assert max(per_worker.values()) <= 2 and len(per_worker) >= 5, per_worker
