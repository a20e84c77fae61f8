"""`parskats ingest` as a user runs it: help, exit codes, bad files next to good ones."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "reports" / "daugavpils-bjc-jauniba_2024-2025.txt"


def ingest(*args):
    return subprocess.run([sys.executable, "-m", "parskats.cli", "ingest", *map(str, args)],
                          capture_output=True, text=True)


def test_help_explains_every_option():
    out = subprocess.run([sys.executable, "-m", "parskats.cli", "ingest", "--help"], capture_output=True, text=True).stdout
    for word in ("--out", "--quiet", "PATH", "Exit code"):
        assert word in out


def test_a_bad_file_is_named_and_the_others_are_still_ingested(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "novel.txt").write_text("Reiz dzīvoja kāds vīrs.\nViņam bija suns.\n", encoding="utf-8")
    (inputs / "good.txt").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    run = ingest(inputs, "--out", out)
    assert run.returncode == 1
    errors = [ln for ln in run.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 2
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("novel.txt" in e and "not a self-assessment report" in e for e in errors)
    reports = (out / "reports.csv").read_text(encoding="utf-8").splitlines()
    assert len(reports) == 2 and "good.txt" in reports[1]


def test_nothing_to_ingest_exits_2(tmp_path):
    run = ingest(tmp_path / "missing", "--out", tmp_path / "out")
    assert run.returncode == 2
    assert "no such file or folder" in run.stderr


def test_a_failing_extractor_is_an_error_issue_and_the_rest_of_the_report_survives(monkeypatch):
    import loaders.extract.report as report
    from loaders.ingest import ingest_file

    def broken(*_):
        raise ValueError("boom")

    monkeypatch.setattr(report, "extract_priorities", broken)
    tables = ingest_file(SAMPLE)
    assert tables["priorities"] == []
    assert tables["programmes"]
    assert [(i["section"], i["severity"], i["code"]) for i in tables["parse_issues"]] == [("2", "error", "extractor_failed")]


def test_utf16_text_is_read_like_utf8(tmp_path):
    from loaders.ingest import ingest_file

    utf16 = tmp_path / "report-utf16.txt"
    utf16.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("utf-16"))
    def facts(tables):  # the report_id is derived from the bytes, so it differs by design
        return {name: [{k: v for k, v in row.items() if k != "report_id"} for row in rows]
                for name, rows in tables.items() if name != "reports"}

    assert facts(ingest_file(utf16)) == facts(ingest_file(SAMPLE))
