#!/usr/bin/env python3
"""Check that every number in gold/*.csv occurs in the Tika text in reports/ (digits or Latvian number
words), and that names, titles and codes occur there too (whitespace normalised).

Run from the case folder: python3 src/check_gold.py
"""
import csv
import re
import sys
from pathlib import Path

CASE = Path(__file__).resolve().parent.parent
NUMCOLS = {"learners_start", "learners_end", "learners", "school_pct", "national_pct", "failed_pct",
           "baseline_value", "actual_value", "target_value", "row_no"}
WORDS = {"viens": 1, "divi": 2, "trīs": 3, "četri": 4, "pieci": 5, "seši": 6, "septiņi": 7,
         "astoņi": 8, "deviņi": 9, "desmit": 10, "trīsdesmit": 30}

bad = 0
for rep in sorted((CASE / "reports").glob("*.txt")):
    text = rep.read_text(encoding="utf-8")
    flat = " ".join(text.split())
    nums = {float(m.replace(",", ".")) for m in re.findall(r"\d+(?:,\d+)?", text)}
    nums |= {float(v) for w, v in WORDS.items() if re.search(rf"\b{w}\b", text, re.I)}
    for g in sorted((CASE / "gold").glob("*.csv")):
        for row in csv.DictReader(g.open(encoding="utf-8")):
            if row["source_file"] != rep.name:
                continue
            for col, val in row.items():
                if col in NUMCOLS and val:
                    if float(val) not in nums:
                        bad += 1
                        print(f"MISSING {g.name} {col}={val}")
                elif col == "programme_code" and val and val not in flat.replace(" ", ""):
                    bad += 1
                    print(f"MISSING code {val}")
                elif col in ("programme_name", "title", "indicator_name", "subject_raw", "institution_name", "area") and val:
                    if " ".join(val.split()) not in flat:
                        bad += 1
                        print(f"TEXT NOT FOUND {g.name} {col}={val!r}")
print("problems:", bad)
sys.exit(1 if bad else 0)
