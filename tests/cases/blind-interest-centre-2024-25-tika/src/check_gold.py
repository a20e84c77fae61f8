#!/usr/bin/env python3
"""Mechanical check: every number (and every title / programme name) in gold/*.csv occurs in the text of
the report it is keyed to. PDF: pdftotext -raw text; TXT: the file as is; DOCX: paragraphs and table cells.

Run: /work/blind/.venv-h2F/bin/python check_gold.py   (exit 1 on any miss)
"""
import csv
import re
import subprocess
import sys
from pathlib import Path

CASE = Path(__file__).resolve().parent.parent
WORDS = {1: ["viens", "vienam", "viena"], 2: ["divi", "divas", "diviem"], 3: ["trīs"], 4: ["četri"],
         5: ["pieci"], 6: ["seši"]}


def text_of(path: Path) -> str:
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
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


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def has_number(text: str, value: str) -> bool:
    value = value.strip()
    if not value:
        return True
    if "." in value:
        ip, fp = value.split(".")
        pats = [rf"(?<![\d,.]){ip}[,.]{fp}(?!\d)"]
    else:
        pats = [rf"(?<![\d,.]){value}(?![\d]|[,.]\d)"]
        n = int(value)
        for w in WORDS.get(n, []):
            pats.append(rf"\b{w}\b")
    return any(re.search(p, text, re.I) for p in pats)


def has_code(text: str, code: str) -> bool:
    if not code:
        return True
    pat = r"\s?".join(re.escape(c) for c in code)
    return re.search(rf"(?<![\dA-Z]){pat}(?![\d])", text) is not None


NUMCOLS = ["learners_start", "learners_end", "school_pct", "national_pct", "failed_pct", "learners",
           "baseline_value", "actual_value", "target_value"]
TEXTCOLS = ["title", "programme_name", "institution_name", "area", "indicator_name"]


def main() -> int:
    texts = {}
    bad = 0
    checked = 0
    for csvf in sorted((CASE / "gold").glob("*.csv")):
        with csvf.open(encoding="utf-8") as fh:
            for i, row in enumerate(csv.DictReader(fh), start=2):
                src = row["source_file"]
                if src not in texts:
                    t = text_of(CASE / "reports" / src)
                    texts[src] = (t, flat(t))
                raw, fl = texts[src]
                for col in NUMCOLS:
                    if col in row and row[col]:
                        checked += 1
                        if not has_number(raw, row[col]):
                            bad += 1
                            print(f"MISS {csvf.name}:{i} {src} {col}={row[col]}")
                if row.get("programme_code"):
                    checked += 1
                    if not has_code(raw, row["programme_code"]):
                        bad += 1
                        print(f"MISS {csvf.name}:{i} {src} programme_code={row['programme_code']}")
                for col in TEXTCOLS:
                    if row.get(col):
                        checked += 1
                        if flat(row[col]).lower() not in fl.lower():
                            bad += 1
                            print(f"MISS {csvf.name}:{i} {src} {col}={row[col]!r}")
    print(f"checked {checked} values, {bad} missing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
