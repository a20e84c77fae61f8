"""One `parskats run` on the bundled sample reports per test session, in an isolated copy (and, for the
multi-year tests, one on the samples plus the sample school's previous year).

The project's dbt files, reference seeds, expectations and sample reports are copied into a temporary
PARSKATS_HOME so the run writes its tables, dbt target/ and warehouse there, never into the working tree.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[2]
COPIED = ("dbt_project.yml", "profiles.yml", "models", "macros", "analyses", "expectations", "reports")


def _copy_project(home: Path) -> None:
    for name in COPIED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, home / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.is_file():
            shutil.copy2(src, home / name)
    shutil.copytree(ROOT / "seeds" / "reference", home / "seeds" / "reference")
    for yml in (ROOT / "seeds").glob("*.yml"):
        shutil.copy2(yml, home / "seeds" / yml.name)


@pytest.fixture(scope="session")
def pipeline(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    _copy_project(home)
    warehouse = home / "warehouse" / "parskats.duckdb"
    env = {**os.environ, "PARSKATS_HOME": str(home), "PARSKATS_WAREHOUSE": str(warehouse)}
    parskats = Path(sys.executable).with_name("parskats")
    proc = subprocess.run([str(parskats), "run", "--quiet"], env=env, capture_output=True, text=True, timeout=600)
    return {"home": home, "warehouse": warehouse, "proc": proc, "env": env}


@pytest.fixture(scope="session")
def warehouse(pipeline):
    assert pipeline["proc"].returncode == 0, pipeline["proc"].stdout + pipeline["proc"].stderr
    con = duckdb.connect(str(pipeline["warehouse"]), read_only=True)
    yield con
    con.close()


CONSECUTIVE_CASE = ROOT / "tests" / "cases" / "consecutive-2023-24" / "reports"


@pytest.fixture(scope="session")
def multi_year_pipeline(tmp_path_factory):
    """`parskats run` on the bundled sample reports plus the 2023/24 report of the sample school
    (tests/cases/consecutive-2023-24): one institution in two consecutive years, in its own home.
    Beside them, a draft of the 2023/24 report with one word changed, named so it sorts first: a
    second version of that year, superseded (marts.dq_superseded_reports), in no other mart."""
    home = tmp_path_factory.mktemp("home_multi_year")
    _copy_project(home)
    warehouse = home / "warehouse" / "parskats.duckdb"
    env = {**os.environ, "PARSKATS_HOME": str(home), "PARSKATS_WAREHOUSE": str(warehouse)}
    drafts = home / "drafts"
    drafts.mkdir()
    final = next(CONSECUTIVE_CASE.glob("*.txt"))
    text = final.read_text(encoding="utf-8")
    (drafts / final.name.replace(".txt", " (melnraksts).txt")).write_text(
        text.replace(" skolēnu ", " izglītojamo ", 1), encoding="utf-8")
    parskats = Path(sys.executable).with_name("parskats")
    proc = subprocess.run([str(parskats), "run", "--quiet", str(home / "reports"), str(CONSECUTIVE_CASE), str(drafts)],
                          env=env, capture_output=True, text=True, timeout=600)
    return {"home": home, "warehouse": warehouse, "proc": proc, "env": env}


@pytest.fixture(scope="session")
def multi_year_warehouse(multi_year_pipeline):
    assert multi_year_pipeline["proc"].returncode == 0, multi_year_pipeline["proc"].stdout + multi_year_pipeline["proc"].stderr
    con = duckdb.connect(str(multi_year_pipeline["warehouse"]), read_only=True)
    yield con
    con.close()
