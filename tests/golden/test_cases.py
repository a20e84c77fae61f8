"""Golden tests: `parskats ingest` on every tests/cases/<case>/reports, compared with its gold/.

Two bars: every case meets the precision bar (tests/precision_bar.py, in the scorer's terms) unless
KNOWN_GAPS caps it; a case that meets it also matches every gold column exactly (tests/goldens.py),
except a case in KNOWN_LIMITS, which states why and how many mismatches it may have. The blind-*
cases were written by people who never saw the loaders (tests/cases/README.md).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from goldens import compare
from precision_bar import precision_bar

CASES = Path(__file__).resolve().parents[1] / "cases"

# The precision bar (tests/precision_bar.py) on every case: no wrong value in a row whose key matched,
# no spurious row, every gold row extracted or named in parse_issues. A case listed here has not met
# it yet: it may have at most this many wrong rows and unnamed misses, and the test fails when either
# grows (a ratchet: lower the numbers as the loaders improve, never raise them without a reason).
KNOWN_LIMITS = {
    "pdf-2024-25": ("in the Tika text of the school's PDF, indicator 1.2's name is cut where the page's cell text "
                    "interleaves with it ('Vispārējās'); its values are right", 1),
}


KNOWN_GAPS: dict[str, tuple[int, int]] = {
    # the ninth set, kept aside unread through rounds 7-11 and scored unseen after round 11 (F1 0.75, 0.71,
    # 0.77, 0.54; precision 0.81, 0.71, 1.00, 0.59), not yet worked on: the next round's material
    "blind-general-secondary-2022-23-pdf": (10, 6),
    "blind-interest-centre-2024-25-docx": (5, 0),
    "blind-special-preschool-2021-22-tika": (0, 4),
    "blind-vocational-2023-24-pdf": (17, 5),
}


def _cases() -> list:
    return [pytest.param(case, id=case.name)
            for case in sorted(p for p in CASES.iterdir() if (p / "reports").is_dir() and (p / "gold").is_dir())]


def _ingest(case: Path, out: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "parskats.cli", "ingest", str(case / "reports"), "--out", str(out),
                          "--quiet"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("case", _cases())
def test_case_meets_the_precision_bar(case: Path, tmp_path: Path):
    _ingest(case, tmp_path)
    wrong, unnamed = precision_bar(tmp_path, case)
    max_wrong, max_unnamed = KNOWN_GAPS.get(case.name, (0, 0))
    assert len(wrong) <= max_wrong, "wrong or spurious rows:\n" + "\n".join(wrong)
    assert len(unnamed) <= max_unnamed, "gold rows neither extracted nor named in parse_issues:\n" + "\n".join(unnamed)


@pytest.mark.parametrize("case", [c for c in _cases() if not c.values[0].name.startswith("blind-")])
def test_case_matches_its_gold_exactly(case: Path, tmp_path: Path):
    """A fixture written with the loaders matches every gold column exactly (text columns too); the
    blind cases are held to the precision bar, in the scorer's terms."""
    _ingest(case, tmp_path)
    problems = compare(tmp_path, case / "gold")
    reason, allowed = KNOWN_LIMITS.get(case.name, ("", 0))
    assert len(problems) <= allowed, "\n".join(problems) + (f"\n(known limit: {reason})" if reason else "")


def test_every_case_has_gold_for_every_report():
    for case in CASES.iterdir():
        if not (case / "reports").is_dir():
            continue
        names = {p.name for p in (case / "reports").iterdir()}
        gold = (case / "gold" / "reports.csv").read_text(encoding="utf-8")
        assert all(name in gold for name in names), case.name
