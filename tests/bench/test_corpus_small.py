"""The scale benchmark's corpus in small: 10 generated reports through `parskats ingest`, rows = truth.

benchmarks/corpus.py writes 10 reports (seed 1008: every institution kind, every template year, a long
evidence paragraph, formula-like and doubled-quote text) as TXT, one DOCX and one PDF. The PDF comes
from benchmarks/fixtures/pdf/ (committed, so no LibreOffice here); if the generator's content changed
and the committed PDF no longer matches, that report is written as TXT instead and the test says so.
Then `python -m parskats.cli ingest` (the CLI only, in a child process) and every extracted row is
compared with the truth by benchmarks/truthcheck.py (known loader gaps allowed, see benchmarks/README.md).
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402  (benchmarks/corpus.py)
import truthcheck  # noqa: E402  (benchmarks/truthcheck.py)

SEED = 1008
MIX = "txt=8,docx=1,pdf=1"


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("corpus")
    empty_cache = tmp_path_factory.mktemp("pdf-cache")  # only the committed PDFs count
    manifest = corpus.generate(10, out, seed=SEED, mix=MIX, pdf_cache=empty_cache, pdf_missing="txt", quiet=True)
    return out, manifest


def _ingest(reports: Path, out: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "parskats.cli", "ingest", str(reports), "--out", str(out), "--quiet"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_small_corpus_is_extracted_as_its_truth(small_corpus, tmp_path):
    out, manifest = small_corpus
    assert manifest["reports"] == 10
    assert manifest["by_format"].get("docx") == 1
    if not manifest["by_format"].get("pdf"):
        print("note: the committed PDF does not match the generator's content any more; the PDF report was "
              "written as TXT (re-make it: see benchmarks/README.md)")
    run = _ingest(out / "reports", tmp_path / "ingested")
    assert run.returncode == 0, run.stderr[-2000:]
    truth = truthcheck.load_truth(out)
    results = truthcheck.compare_tables(truth, truthcheck.load_csv_dir(tmp_path / "ingested"))
    failed = [r for r in results if not r.ok]
    assert not failed, "\n".join(r.line() + "".join(f"\n    {e}" for e in r.examples[:3]) for r in failed)
    assert all(r.expected > 0 for r in results)


def test_small_corpus_has_the_hard_content(small_corpus):
    out, _ = small_corpus
    truth = truthcheck.load_truth(out)
    kinds = {r["institution_kind"] for r in truth["reports"]}
    assert kinds == {"general", "preschool", "vocational", "interest", "other"}
    assert {r["school_year"] for r in truth["reports"]} == {"2021/2022", "2022/2023", "2023/2024", "2024/2025"}
    evidence = [r["evidence"] for r in truth["priorities"]]
    assert max(map(len, evidence)) > 5000
    assert any(e[:1] in "=+-@" for e in evidence)
    assert any('""' in e for e in evidence)
    assert {r["measure"] for r in truth["exam_results"]} == {"result", "target"}


def test_generation_is_deterministic_and_prefix_stable(tmp_path):
    def digests(n: int, folder: Path) -> dict[str, str]:
        corpus.generate(n, folder, seed=SEED, mix="txt=3,docx=1", pdf_missing="skip", quiet=True)
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((folder / "reports").iterdir())}

    five = digests(5, tmp_path / "a")
    assert digests(5, tmp_path / "b") == five
    eight = digests(8, tmp_path / "c")
    assert {k: eight[k] for k in five} == five
