"""Publication safety, driven through real `parskats run` processes in a copy of the session home:
kill -9 during dbt build and at every point of the publication (parskats.run.pause.POINTS) leaves the
warehouse and the outputs in step - both the previous release or both the new one, never a mix; a
second run while one holds the lock is refused with exit 3; a stale lock is taken over; an analyst's
read-only connection is never blocked and keeps seeing the publication it opened; a removed report
disappears and a changed report is re-ingested alone; the next run leaves nothing behind.

The runs pause at a named point (PARSKATS_PAUSE_AT, parskats.run.pause) and the test kills
them there. The steps depend on each other, so they run in file order inside one test function.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from parskats.run.pause import POINTS

PARSKATS = Path(sys.executable).with_name("parskats")
DDA = "daugavpils-draudziga-aicinajuma-vidusskola_2024-2025.txt"
BJC = "daugavpils-bjc-jauniba_2024-2025.txt"


@pytest.fixture(scope="module")
def home(pipeline, tmp_path_factory):
    assert pipeline["proc"].returncode == 0, pipeline["proc"].stdout + pipeline["proc"].stderr
    home = tmp_path_factory.mktemp("safety") / "home"
    shutil.copytree(pipeline["home"], home, symlinks=True)
    env = {**os.environ, "PARSKATS_HOME": str(home), "PARSKATS_WAREHOUSE": str(home / "warehouse" / "parskats.duckdb")}
    env.pop("PARSKATS_PUBLISH", None)
    return {"home": home, "env": env, "warehouse": home / "warehouse" / "parskats.duckdb"}


def _reports(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("select count(*) from raw.reports").fetchone()[0]
    finally:
        con.close()


def _start_paused(home, point: str, *paths) -> tuple[subprocess.Popen, Path]:
    signal_file = home["home"] / f"paused-{point.replace(':', '-')}"
    env = {**home["env"], "PARSKATS_PAUSE_AT": point, "PARSKATS_PAUSE_SIGNAL": str(signal_file)}
    proc = subprocess.Popen([str(PARSKATS), "run", "--quiet", *map(str, paths)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    while not signal_file.exists():
        if proc.poll() is not None:
            pytest.fail(f"run ended before pausing at {point}: {proc.stdout.read()} {proc.stderr.read()}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"run never paused at {point}")
        time.sleep(0.05)
    return proc, signal_file


def _run(home, *args) -> subprocess.CompletedProcess:
    return subprocess.run([str(PARSKATS), "run", *map(str, args)], env=home["env"], capture_output=True, text=True,
                          timeout=600)


def test_publication_survives_kills_locks_and_readers(home):
    reports = home["home"] / "reports"
    published = home["warehouse"]
    assert _reports(published) == 2

    # 1. killed during dbt build; a second run meanwhile is refused with exit 3
    proc, _ = _start_paused(home, "build:dbt-running", reports / DDA)
    assert published.with_name("parskats.build.duckdb").exists(), "dbt had not started writing the build"
    second = _run(home, "--quiet")
    assert second.returncode == 3, second.stdout + second.stderr
    assert f"another parskats run is in progress (PID {proc.pid}" in second.stderr
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _reports(published) == 2, "the published warehouse changed after a kill during build"

    # 2. the next run takes over the dead run's lock; an analyst's connection is never blocked
    analyst = duckdb.connect(str(published), read_only=True)
    seen_before = analyst.execute("select count(*) from raw.reports").fetchone()[0]
    marts_before = analyst.execute("select count(*) from marts.exam_vs_national").fetchone()[0]
    run = subprocess.Popen([str(PARSKATS), "run", str(reports / DDA)], env=home["env"], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    while run.poll() is None:   # the old snapshot stays whole while the run builds and swaps
        assert analyst.execute("select count(*) from raw.reports").fetchone()[0] == seen_before
        assert analyst.execute("select count(*) from marts.exam_vs_national").fetchone()[0] == marts_before
        time.sleep(0.2)
    out, err = run.communicate()
    assert run.returncode == 0, out + err
    assert f"took over a stale lock left by PID {proc.pid}" in err
    assert "1 unchanged from cache" in err
    assert analyst.execute("select count(*) from raw.reports").fetchone()[0] == 2
    analyst.close()
    # a removed report disappears from the marts and the exports
    con = duckdb.connect(str(published), read_only=True)
    names = [r[0] for r in con.execute("select institution_name from marts.dim_institutions").fetchall()]
    con.close()
    assert len(names) == 1 and "Draudzīgā" in names[0]
    assert "Jaunība" not in (home["home"] / "publish" / "csv" / "dim_institutions.csv").read_text(encoding="utf-8")

    # 3. killed at every point of the publication: warehouse and outputs stay one release
    changed = home["home"] / "changed"
    changed.mkdir()
    shutil.copy2(reports / DDA, changed / DDA)
    (changed / BJC).write_bytes((reports / BJC).read_bytes() + b"\n")
    publication_points = [p for p in POINTS if p.startswith("publish:")]
    assert publication_points == ["publish:staging", "publish:staged", "publish:switched"]
    for point in publication_points:
        before = _release(home)
        proc, _ = _start_paused(home, point, changed)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        after = _release(home)
        if point == "publish:switched":
            assert after[0] != before[0] and after[1] == 2, f"{point}: the new release is not in service"
        else:
            assert after == before, f"{point}: the previous release did not stay in service whole"
    log = (home["warehouse"].parent / ".parskats.state" / "logs" / "parskats.log").read_text(encoding="utf-8")
    # (fails spuriously only if someone edits loaders/ mid-test: loader code is part of the cache key)
    assert "2 files (1 read, 1 unchanged from cache, 0 failed" in log, "the changed report was not re-ingested alone"

    # 4. the next run publishes; nothing a killed run left is left behind
    final = _run(home)
    assert final.returncode == 0, final.stdout + final.stderr
    assert "2 files (" in final.stderr and "0 failed" in final.stderr
    assert _release(home)[1] == 2
    publish = home["home"] / "publish"
    assert not [p.name for p in publish.iterdir() if p.name.startswith(".") and p.name != ".parskats-publish"]
    releases = sorted(p.name for p in (publish / "releases").iterdir())
    assert len(releases) == 2 and os.readlink(publish / "current") == f"releases/{releases[-1]}", releases
    assert not [p.name for p in published.parent.iterdir() if ".build." in p.name]
    assert not published.with_name("parskats.lock").exists()


def _release(home) -> tuple[str, int]:
    """The release in service and its number of institutions, checked to be one unit: the warehouse
    path and the exports lead into the same release folder and hold the same rows."""
    warehouse = Path(os.path.realpath(home["warehouse"]))
    exports = Path(os.path.realpath(home["home"] / "publish" / "csv"))
    assert warehouse.parent == exports.parent, f"warehouse {warehouse} and outputs {exports} are out of step"
    con = duckdb.connect(str(home["warehouse"]), read_only=True)
    try:
        institutions = con.execute("select count(*) from marts.dim_institutions").fetchone()[0]
    finally:
        con.close()
    lines = (exports / "dim_institutions.csv").read_text(encoding="utf-8-sig").strip().splitlines()
    assert len(lines) - 1 == institutions, "the exports do not hold the warehouse's rows"
    index = (home["home"] / "publish" / "site" / "index.html").resolve()
    assert index.is_relative_to(warehouse.parent), "the overview is from another release"
    return warehouse.parent.name, institutions
