#!/usr/bin/env python3
"""Check that every number in gold/*.csv occurs in the report's text (DOCX: paragraphs + table cells).

Run: /work/blind/.venv-h4B/bin/python src/check_gold.py   (from the case folder)
"""
import csv
import re
import sys
from pathlib import Path

from docx import Document

CASE = Path(__file__).resolve().parent.parent
NUMCOLS = {"learners_start", "learners_end", "learners", "school_pct", "national_pct", "failed_pct",
           "baseline_value", "actual_value", "target_value", "row_no"}


def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


bad = 0
for rep in sorted((CASE / "reports").iterdir()):
    text = docx_text(rep)
    nums = {float(m.replace(",", ".")) for m in re.findall(r"\d+(?:,\d+)?", text)}
    for g in sorted((CASE / "gold").glob("*.csv")):
        for row in csv.DictReader(g.open(encoding="utf-8")):
            if row["source_file"] != rep.name:
                continue
            for col, val in row.items():
                if col in NUMCOLS and val:
                    if float(val) not in nums:
                        bad += 1
                        print(f"MISSING {g.name} {col}={val} row={row}")
                elif col == "programme_code" and val and val not in text.replace(" ", ""):
                    bad += 1
                    print(f"MISSING code {val}")
                elif col in ("programme_name", "title", "indicator_name", "subject_raw", "institution_name") and val:
                    if " ".join(val.split()) not in " ".join(text.split()):
                        bad += 1
                        print(f"TEXT NOT FOUND {g.name} {col}={val!r}")
print("problems:", bad)
sys.exit(1 if bad else 0)
