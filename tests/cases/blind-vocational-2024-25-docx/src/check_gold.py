#!/usr/bin/env python3
"""Check that every number in gold/*.csv occurs in the DOCX text (paragraphs + table cells)."""
import csv
import re
from pathlib import Path

from docx import Document

CASE = Path(__file__).resolve().parent.parent
doc = Document(CASE / "reports" / "selijas-tehnologiju-tehnikums_2024-2025.docx")
parts = [p.text for p in doc.paragraphs]
for t in doc.tables:
    for row in t.rows:
        for c in row.cells:
            parts.append(c.text)
text = "\n".join(parts)
tnorm = re.sub(r"\s", "", text)
nums = {float(x.replace(",", ".")) for x in re.findall(r"\d+(?:,\d+)?", text)}
codes = {re.sub(r"\s", "", m) for m in re.findall(r"\d{2} \d{3} \d{2} \d", text)}
bad = 0
for f in sorted((CASE / "gold").glob("*.csv")):
    for row in csv.DictReader(f.open(encoding="utf-8")):
        for k, v in row.items():
            if k in ("source_file", "school_year", "start_date", "end_date", "item_no", "indicator_no",
                     "priority_no", "row_no") or not v:
                continue
            if k == "programme_code":
                ok = v in codes
            elif re.fullmatch(r"\d+(\.\d+)?", v):
                ok = float(v) in nums
            else:
                ok = re.sub(r"\s", "", v) in tnorm or k in ("exam_level", "subject", "measure", "category",
                                                          "result_type", "status", "unit", "institution_kind")
            if not ok:
                bad += 1
                print("NOT FOUND", f.name, k, v)
for d in ("01.09.2024", "30.06.2025", "2024./2025."):
    assert d in text, d
print("problems:", bad)
