#!/usr/bin/env python3
"""Check mechanically that every number in gold/*.csv occurs in the text of the report file it
belongs to (PDF: pdftotext; DOCX: python-docx paragraphs and table cells; TXT: as is).
Counts written in words (seši, divi ...) are accepted in their word forms. A priority title
must occur as is, or (for pdftotext -layout text) word by word in order.
Usage: check_gold.py CASE_DIR"""
import csv
import re
import subprocess
import sys
from pathlib import Path

WORDS = {1: ["viens", "vienam", "viena"], 2: ["divi", "divas", "diviem"], 3: ["trīs"],
         4: ["četri", "četras"], 5: ["pieci", "piecas"], 6: ["seši", "sešas"], 7: ["septiņi"],
         8: ["astoņi"], 9: ["deviņi"], 10: ["desmit"], 11: ["vienpadsmit"], 12: ["divpadsmit"]}
NUMCOLS = {"programmes": ["learners_start", "learners_end"],
           "exam_results": ["school_pct", "national_pct", "failed_pct"],
           "leaving_reasons": ["learners"],
           "indicators": ["baseline_value", "actual_value", "target_value"]}


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def forms(value: str):
    x = float(value)
    out = set()
    if x == int(x):
        out.add(str(int(x)))
    s = ("%.2f" % x).rstrip("0").rstrip(".")
    out |= {s, s.replace(".", ",")}
    return out


def found(value: str, text: str, allow_words: bool) -> bool:
    for f in forms(value):
        if re.search(r"(?<![\d,.])" + re.escape(f) + r"(?![\d]|[,.]\d)", text):
            return True
    if allow_words and float(value) == int(float(value)):
        for w in WORDS.get(int(float(value)), []):
            if re.search(r"\b" + w + r"\b", text, re.I):
                return True
    return False


def in_order(words, text) -> bool:
    """True when the words occur in this order (a -layout text puts table columns side by side)."""
    pos = 0
    for w in words:
        i = text.find(w, pos)
        if i < 0:
            return False
        pos = i + len(w)
    return True


def main(case: Path) -> int:
    texts = {p.name: re.sub(r"\s+", " ", text_of(p)) for p in (case / "reports").iterdir()}
    bad = 0
    checked = 0
    for table, cols in NUMCOLS.items():
        path = case / "gold" / f"{table}.csv"
        for row in csv.DictReader(path.open(encoding="utf-8")):
            text = texts[row["source_file"]]
            for c in cols:
                if row[c] == "":
                    continue
                checked += 1
                if not found(row[c], text, table == "leaving_reasons"):
                    bad += 1
                    print(f"MISSING {row['source_file']} {table}.{c}={row[c]} ({row})")
    for row in csv.DictReader((case / "gold" / "programmes.csv").open(encoding="utf-8")):
        text = texts[row["source_file"]]
        code = row["programme_code"]
        if code:
            checked += 1
            pat = r"\s?".join(code)
            if not re.search(pat, text):
                bad += 1
                print(f"MISSING code {code} in {row['source_file']}")
        for c in ("start_date", "end_date"):
            y, m, d = row[c].split("-")
            checked += 1
            if f"{d}.{m}.{y}" not in text:
                bad += 1
                print(f"MISSING date {row[c]} in {row['source_file']}")
    for row in csv.DictReader((case / "gold" / "priorities.csv").open(encoding="utf-8")):
        text = texts[row["source_file"]]
        checked += 1
        if row["title"][:30] not in text and not in_order(row["title"].split(), text):
            bad += 1
            print(f"MISSING title start {row['title'][:30]!r} in {row['source_file']}")
    print(f"{case.name}: {checked} values checked, {bad} missing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
