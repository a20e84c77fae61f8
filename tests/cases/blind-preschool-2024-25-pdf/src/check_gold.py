"""Check mechanically that every number (and name) in gold/ occurs in the report text it is keyed to.

Usage: python src/check_gold.py [CASE_DIR]   (default: the folder above src/)
Text used: .txt as is (the Tika text); .pdf through `pdftotext -raw` (content order); .docx through
python-docx (paragraphs, then every table cell). Numbers are looked up as Latvian numbers (decimal
comma, also a point), not inside a longer number; small counts may also be written as words.
Names must occur verbatim (whitespace-normalised); in a `pdftotext -layout` text
(`*_layout.txt`), where cells stand side by side, each of their words must occur.
Exits 1 if anything is missing.
"""
from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

CASE = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
WORDS = {1: ["viens", "viena"], 2: ["divi", "divas", "diviem"], 3: ["trīs"], 4: ["četri", "četras"],
         5: ["pieci", "piecas"], 6: ["seši", "sešas"], 7: ["septiņi"], 8: ["astoņi"], 9: ["deviņi"]}


def text_of(path: Path) -> str:
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
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


def num_found(value: str, text: str, words_ok=False) -> bool:
    value = value.strip()
    if not value:
        return True
    cands = {value, value.replace(".", ",")}
    if re.fullmatch(r"\d+\.0+", value):
        cands.add(value.split(".")[0])
    for cand in cands:
        if re.search(r"(?<![\d,.])" + re.escape(cand) + r"(?![\d]|[,.]\d)", text):
            return True
    if words_ok and re.fullmatch(r"\d+", value) and int(value) in WORDS:
        low = text.lower()
        return any(re.search(r"\b" + w + r"\b", low) for w in WORDS[int(value)])
    return False


def flat(s: str) -> str:
    return " ".join(s.split()).lower()


def main() -> int:
    reports = {p.name: p for p in (CASE / "reports").iterdir()}
    texts = {name: text_of(p) for name, p in reports.items()}
    flats = {name: flat(t) for name, t in texts.items()}
    bad = 0
    checks = {
        "programmes.csv": (["learners_start", "learners_end"], ["programme_name"], False),
        "exam_results.csv": (["school_pct", "national_pct", "failed_pct"], ["subject_raw"], False),
        "leaving_reasons.csv": (["learners"], [], True),
        "priorities.csv": ([], ["title", "area"], False),
        "indicators.csv": (["baseline_value", "actual_value", "target_value"], ["indicator_name"],
                           False),
        "reports.csv": ([], [], False),
    }
    total = 0
    for fname, (numcols, namecols, words_ok) in checks.items():
        rows = list(csv.DictReader((CASE / "gold" / fname).open(encoding="utf-8")))
        for row in rows:
            total += 1
            src = row["source_file"]
            if src not in texts:
                print(f"{fname}: unknown source_file {src}")
                bad += 1
                continue
            for col in numcols:
                if not num_found(row[col], texts[src], words_ok):
                    print(f"{fname}: {src}: {col}={row[col]} not found ({row})")
                    bad += 1
            for col in namecols:
                if row.get(col) and flat(row[col]) not in flats[src]:
                    if src.endswith("_layout.txt"):
                        # layout text puts cells side by side: every word must be there
                        missing = [w for w in flat(row[col]).split() if w not in flats[src]]
                        if not missing:
                            continue
                    print(f"{fname}: {src}: {col} text not found verbatim: {row[col]!r}")
                    bad += 1
            code = row.get("programme_code", "")
            if code:
                pat = r"\s?".join(code)
                if not re.search(pat, texts[src]):
                    print(f"{fname}: {src}: programme_code {code} not found")
                    bad += 1
    print(f"checked {total} gold rows, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
