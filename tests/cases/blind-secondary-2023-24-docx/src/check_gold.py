#!/usr/bin/env python3
"""Check that every number in gold/*.csv occurs in the report text (DOCX paragraphs+cells, or TXT).
Usage: check_gold.py CASE_DIR [WORD=NUMBER ...]   (WORD=NUMBER: a count the report writes in words)"""
import csv, re, sys
from pathlib import Path

case = Path(sys.argv[1])
words = dict(a.split("=") for a in sys.argv[2:])
NUMCOLS = {"learners_start", "learners_end", "school_pct", "national_pct", "failed_pct", "learners",
           "baseline_value", "actual_value", "target_value"}

def text_of(p: Path) -> str:
    if p.suffix == ".docx":
        import docx
        d = docx.Document(p)
        parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    if p.suffix == ".pdf":
        import subprocess
        return subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True).stdout
    return p.read_text(encoding="utf-8")

def variants(v: str):
    f = float(v)
    out = {v.replace(".", ",")}
    if f == int(f):
        out.add(str(int(f)))
    else:
        out.add(("%g" % f).replace(".", ","))
    return out

bad = 0
for rep in sorted((case / "reports").iterdir()):
    txt = text_of(rep)
    nums = set(re.findall(r"\d+(?:,\d+)?", txt))
    low = txt.lower()
    for g in sorted((case / "gold").glob("*.csv")):
        for row in csv.DictReader(g.open(encoding="utf-8")):
            if row["source_file"] != rep.name:
                continue
            for col, v in row.items():
                if col not in NUMCOLS or not v:
                    continue
                ok = any(x in nums for x in variants(v))
                if not ok:
                    ok = any(w.lower() in low and float(n) == float(v) for w, n in words.items())
                if not ok:
                    bad += 1
                    print(f"MISSING {rep.name} {g.name} {col}={v}")
            code = row.get("programme_code")
            if code and code not in re.sub(r"\s", "", txt):
                bad += 1
                print(f"MISSING code {code} in {rep.name}")
    print(rep.name, "checked")
print("problems:", bad)
