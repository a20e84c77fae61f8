"""Score every case in tests/cases with the shared scorer and print one Markdown table.

    python benchmarks/score_cases.py [--cases tests/cases] [--scorer ../shared/tools/score.py]

For each case folder (reports/ + gold/) it runs the shared scorer (`score.py --cases`, which runs
`parskats ingest` itself) and prints precision, recall and F1, marking the cases below issue 8's bar
(precision >= 0.99 and F1 >= 0.97). Exit 1 when a case is below the bar or could not be scored.
It reports scores; the golden tests (tests/golden/test_cases.py) are what asserts them. It needs the
shared scorer, which lives beside the project, not in it.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MIN_PRECISION, MIN_F1 = 0.99, 0.97
OVERALL = re.compile(r"overall: right (\d+) of (\d+) expected, (\d+) extracted; P ([\d.]+) R ([\d.]+)\s+F1 ([\d.]+)")


def score_case(scorer: Path, case: Path) -> dict | None:
    """The scorer's overall line for one case as numbers, or None when it printed none."""
    out = subprocess.run([sys.executable, str(scorer), "--cases", str(case)], capture_output=True, text=True,
                         cwd=ROOT).stdout
    m = OVERALL.search(out)
    if not m:
        return None
    right, expected, extracted = (int(m.group(i)) for i in (1, 2, 3))
    p, r, f1 = (float(m.group(i)) for i in (4, 5, 6))
    return {"right": right, "expected": expected, "extracted": extracted, "p": p, "r": r, "f1": f1}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=Path, default=ROOT / "tests" / "cases")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "tools" / "score.py")
    args = ap.parse_args(argv)
    if not args.scorer.is_file():
        print(f"score_cases: no scorer at {args.scorer} (pass --scorer)", file=sys.stderr)
        return 2
    cases = sorted(c for c in args.cases.iterdir() if (c / "gold").is_dir() and (c / "reports").is_dir())
    print("| case | P | R | F1 | right / expected (extracted) | bar |")
    print("|---|---|---|---|---|---|")
    below = 0
    for case in cases:
        s = score_case(args.scorer, case)
        if s is None:
            below += 1
            print(f"| {case.name} | – | – | – | not scored | **failed** |")
            continue
        ok = s["p"] >= MIN_PRECISION and s["f1"] >= MIN_F1
        below += not ok
        print(f"| {case.name} | {s['p']:.3f} | {s['r']:.3f} | {s['f1']:.3f} | "
              f"{s['right']} / {s['expected']} ({s['extracted']}) | {'met' if ok else '**below**'} |")
    print(f"\n{len(cases) - below} of {len(cases)} cases meet precision >= {MIN_PRECISION} and F1 >= {MIN_F1}")
    return 1 if below else 0


if __name__ == "__main__":
    raise SystemExit(main())
