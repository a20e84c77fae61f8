#!/usr/bin/env python3
"""Check that every number (and name/title) in gold/*.csv occurs in the text of its report file.

Run from the case folder: /work/blind/.venv-h7A/bin/python src/check_gold.py
"""
import csv
import re
import subprocess
import sys
from pathlib import Path

WORDS = {1: "viens", 2: "divi", 3: "trīs", 4: "četri", 5: "pieci", 6: "seši", 7: "septiņi"}
NUMCOLS = {"learners_start", "learners_end", "school_pct", "national_pct", "failed_pct", "learners",
           "baseline_value", "actual_value", "target_value"}
TEXTCOLS = {"programme_name", "title", "indicator_name", "subject_raw", "programme_code"}


def text_of(path: Path) -> str:
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    raise SystemExit(f"unknown format {path}")


def norm(s):
    return " ".join(s.replace("\u00a0", " ").split()).lower()


def variants(v: str):
    x = float(v)
    out = {v, v.replace(".", ",")}
    if x.is_integer():
        out |= {str(int(x)), f"{int(x)},0", f"{x:.1f}".replace(".", ",")}
        if int(x) in WORDS:
            out.add(WORDS[int(x)])
    else:
        s = f"{x}".replace(".", ",")
        out |= {s, s + "0"}
    return out


def main():
    case = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    texts = {p.name: text_of(p) for p in (case / "reports").iterdir()}
    ntexts = {k: norm(v) for k, v in texts.items()}
    bad = 0
    checked = 0
    for g in sorted((case / "gold").glob("*.csv")):
        for i, row in enumerate(csv.DictReader(g.open(encoding="utf-8")), 2):
            src = row["source_file"]
            if src not in texts:
                print(f"{g.name}:{i} unknown source_file {src}"); bad += 1; continue
            t = texts[src]
            for col, val in row.items():
                if not val:
                    continue
                if col in NUMCOLS:
                    checked += 1
                    ok = any(re.search(r"(?<![\d,.])" + re.escape(v) + r"(?![\d]|,\d)", t, re.I)
                             for v in variants(val))
                    if not ok:
                        bad += 1; print(f"{g.name}:{i} {col}={val} not in {src}")
                elif col in TEXTCOLS:
                    checked += 1
                    if norm(val) not in ntexts[src]:
                        # titles may break over lines with hyphenless wraps: compare without spaces
                        if norm(val).replace(" ", "") not in ntexts[src].replace(" ", ""):
                            bad += 1; print(f"{g.name}:{i} {col}={val!r} not in {src}")
    print(f"checked {checked} values, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
