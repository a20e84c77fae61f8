import csv, re, subprocess, sys
from docx import Document
def text_of(path):
    if path.endswith(".txt"): return open(path, encoding="utf-8").read()
    if path.endswith(".pdf"): return subprocess.run(["pdftotext","-layout",path,"-"],capture_output=True,text=True).stdout
    d = Document(path); parts=[p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells: parts.append(c.text)
    return "\n".join(parts)
NUM = {"programmes.csv":["learners_start","learners_end"],"exam_results.csv":["school_pct","national_pct","failed_pct"],
       "leaving_reasons.csv":["learners"],"indicators.csv":["baseline_value","actual_value","target_value"]}
WORDS = {"3": "trīs"}
bad = 0
for case in ("general-secondary-2022-23-pdf","interest-centre-2024-25-docx"):
    cache = {}
    for tbl, cols in NUM.items():
        for row in csv.DictReader(open(f"{case}/gold/{tbl}", encoding="utf-8")):
            sf = row["source_file"]; txt = cache.setdefault(sf, text_of(f"{case}/reports/{sf}"))
            for c in cols:
                v = row[c]
                if not v: continue
                s = v.replace(".", ",")
                ok = re.search(r"(?<![\d,])" + re.escape(s) + r"(?![\d])", txt) or (tbl=="leaving_reasons.csv" and WORDS.get(v, "@@") in txt)
                if not ok: bad += 1; print("MISSING", case, sf, tbl, c, v)
            if tbl=="programmes.csv" and row["programme_code"] and row["programme_code"] not in txt: bad+=1; print("MISSING code", row["programme_code"], sf)
print("problems:", bad)
