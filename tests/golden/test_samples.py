"""Golden tests: `parskats ingest` on the two sample reports gives exactly the hand-checked gold."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from goldens import compare, read_csv

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "fixtures" / "gold"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("ingest")
    run = subprocess.run([sys.executable, "-m", "parskats.cli", "ingest", str(ROOT / "reports"), "--out", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return out


def test_samples_match_gold_exactly(extracted):
    assert compare(extracted, GOLD) == []


def test_every_contract_table_is_written_with_its_columns(extracted):
    from loaders.contract import TABLES

    for name, columns in TABLES.items():
        header = (extracted / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header == ",".join(columns)


def test_every_fact_row_has_a_source_ref_pointing_at_text_lines(extracted):
    for name in ("programmes", "leaving_reasons", "indicators", "exam_results", "priorities", "planned_priorities"):
        rows = read_csv(extracted / f"{name}.csv")
        assert rows, name
        for row in rows:
            assert row["source_ref"].startswith("L"), (name, row)


def test_source_ref_lines_hold_the_number(extracted):
    """The grade-9 Latvian result of 2024/2025 points at the lines that print 37,2%."""
    rows = read_csv(extracted / "exam_results.csv")
    row = next(r for r in rows if r["exam_level"] == "grade9" and r["subject"] == "latvian"
               and r["school_year"] == "2024/2025")
    first, last = (int(p.lstrip("L")) for p in row["source_ref"].split("-"))
    text = (ROOT / "reports" / "daugavpils-draudziga-aicinajuma-vidusskola_2024-2025.txt").read_text(
        encoding="utf-8").splitlines()[first - 1:last]
    assert "37,2%" in " ".join(text)


def test_rerun_is_byte_identical(extracted, tmp_path):
    run = subprocess.run([sys.executable, "-m", "parskats.cli", "ingest", str(ROOT / "reports"), "--out", str(tmp_path),
                          "--quiet"], capture_output=True, text=True)
    assert run.returncode == 0
    for csv_file in extracted.glob("*.csv"):
        assert (tmp_path / csv_file.name).read_bytes() == csv_file.read_bytes(), csv_file.name


def test_report_id_is_deterministic_and_content_based(extracted, tmp_path):
    original = ROOT / "reports" / "daugavpils-bjc-jauniba_2024-2025.txt"
    copy = tmp_path / "renamed.txt"
    copy.write_bytes(original.read_bytes())
    from loaders.ingest import ingest_file

    assert ingest_file(copy)["reports"][0]["report_id"] == ingest_file(original)["reports"][0]["report_id"]
