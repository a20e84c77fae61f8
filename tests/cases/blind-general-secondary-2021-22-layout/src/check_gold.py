import csv, re, subprocess, sys
from pathlib import Path
case = Path(sys.argv[1])
WORDS = {1: ["viens", "vienu"], 2: ["divi", "divos"], 3: ["trīs"]}
def texts(fname):
    p = case / "reports" / fname
    if p.suffix == ".pdf":
        return subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout
    return p.read_text(encoding="utf-8")
def variants(v):
    x = float(v)
    out = set()
    for s in (v, f"{x:g}", f"{x:.1f}", f"{x:.0f}" if x == int(x) else None):
        if s: out |= {s, s.replace(".", ",")}
    return out
bad = 0
cols = {"programmes": ["learners_start", "learners_end", "programme_code"],
        "exam_results": ["school_pct", "national_pct", "failed_pct"],
        "leaving_reasons": ["learners"], "indicators": ["baseline_value", "actual_value", "target_value"]}
for table, cs in cols.items():
    for row in csv.DictReader(open(case / "gold" / f"{table}.csv", encoding="utf-8")):
        t = texts(row["source_file"])
        flat = re.sub(r"\s+", " ", t)
        for c in cs:
            v = row[c]
            if not v: continue
            if c == "programme_code":
                ok = v in flat
            else:
                ok = any(re.search(r"(?<![\d,.])" + re.escape(s) + r"(?![\d]|,\d)", flat) for s in variants(v))
                if not ok and float(v) in WORDS:
                    ok = any(w in flat for w in WORDS[float(v)])
            if not ok:
                bad += 1; print("MISSING", table, row["source_file"], c, v)
    for row in csv.DictReader(open(case / "gold" / "priorities.csv", encoding="utf-8")):
        pass
print("checked", case, "missing:", bad)
