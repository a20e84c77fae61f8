#!/usr/bin/env python3
"""Checks that every number in gold/*.csv occurs in the report text (Tika .txt and pdftotext of the PDF)."""
import csv
import re
import subprocess
import sys
from pathlib import Path

CASE = Path(__file__).resolve().parent.parent
NUMCOLS = {"row_no", "learners_start", "learners_end", "school_pct", "national_pct", "failed_pct",
           "learners", "baseline_value", "actual_value", "target_value", "programme_code"}


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return path.read_text(encoding="utf-8")


def variants(v: str):
    out = {v, v.replace(".", ",")}
    if "." in v:
        out |= {v.rstrip("0").rstrip(".").replace(".", ",")}
    return out


bad = 0
for g in sorted((CASE / "gold").glob("*.csv")):
    for row in csv.DictReader(g.open(encoding="utf-8")):
        src = CASE / "reports" / row["source_file"]
        txt = " ".join(text_of(src).split())
        for col in NUMCOLS & row.keys():
            v = row[col]
            if not v:
                continue
            if col == "row_no":
                continue
            if not any(re.search(rf"(?<![\d,.]){re.escape(x)}(?![\d]|,\d)", txt) for x in variants(v)):
                bad += 1
                print(f"MISSING {g.name} {row['source_file']} {col}={v}")
print("all gold numbers found" if not bad else f"{bad} missing")
sys.exit(1 if bad else 0)
