#!/usr/bin/env python3
"""Check mechanically that every number (and every name/title) in gold/ occurs in the report text.

Usage: check_gold.py CASE_DIR
Text per report file: .txt as is; .pdf via `pdftotext` (reading order); .docx via python-docx
(paragraphs and table cells). Numbers are compared as values (decimal comma or point); Latvian
number words (viens, divi, trīs ...) count as numbers. Text fields must occur with normalised
whitespace; where they do not occur contiguously (layout text interleaves table columns) the check
falls back to "all words present" and says so.
"""
import csv
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

WORDS = {"viens": 1, "viena": 1, "vienu": 1, "divi": 2, "divas": 2, "trīs": 3, "četri": 4,
         "četras": 4, "pieci": 5, "piecas": 5, "seši": 6, "septiņi": 7, "astoņi": 8, "deviņi": 9,
         "desmit": 10}


def text_of(path: Path) -> str:
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    raise SystemExit(f"unknown format {path}")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return " ".join(s.split()).lower()


def numbers(text: str) -> set:
    vals = set()
    for m in re.finditer(r"(?<![\d])(\d+(?:[.,]\d+)?)", text):
        vals.add(round(float(m.group(1).replace(",", ".")), 3))
    for w in re.findall(r"\w+", text.lower()):
        if w in WORDS:
            vals.add(float(WORDS[w]))
    return vals


NUM_COLS = {"learners_start", "learners_end", "school_pct", "national_pct", "failed_pct", "learners",
            "baseline_value", "actual_value", "target_value"}
TEXT_COLS = {"programme_name", "subject_raw", "title", "indicator_name", "institution_name",
             "programme_code", "area"}


def main(case: Path) -> int:
    texts = {p.name: text_of(p) for p in (case / "reports").iterdir()}
    nums = {k: numbers(v) for k, v in texts.items()}
    flat = {k: norm(v) for k, v in texts.items()}
    bad = 0
    for g in sorted((case / "gold").glob("*.csv")):
        with g.open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        for i, row in enumerate(rows, 2):
            f = row["source_file"]
            if f not in texts:
                print(f"{g.name}:{i}: no report {f}")
                bad += 1
                continue
            for col, val in row.items():
                if not val:
                    continue
                if col in NUM_COLS:
                    if round(float(val), 3) not in nums[f]:
                        print(f"{g.name}:{i}: {col}={val} not in {f}")
                        bad += 1
                elif col in TEXT_COLS:
                    if norm(val) not in flat[f]:
                        words = re.findall(r"\w+", norm(val))
                        missing = [w for w in words if w not in flat[f]]
                        if missing:
                            print(f"{g.name}:{i}: {col}={val!r} missing words {missing} in {f}")
                            bad += 1
                        else:
                            print(f"{g.name}:{i}: note: {col} not contiguous in {f} (all words present)")
                elif col in ("start_date", "end_date"):
                    y, m, d = val.split("-")
                    if f"{d}.{m}.{y}" not in texts[f]:
                        print(f"{g.name}:{i}: {col}={val} not in {f}")
                        bad += 1
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
