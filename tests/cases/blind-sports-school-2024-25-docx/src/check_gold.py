#!/usr/bin/env python3
"""Mechanical check of gold/*.csv against the delivered report files.

For every gold row: each number (counts, percentages, indicator values, programme codes) must occur
in the text of its source file (.txt read as is; .pdf via pdftotext -layout and -raw; .docx via python-docx,
paragraphs and table cells), and names/titles must occur with whitespace normalised. National
averages are compared with /work/shared/reference/national_exam_averages.csv where it has the row.
Usage: python src/check_gold.py   (exit 1 on any problem)
"""
import csv
import re
import subprocess
import sys
from pathlib import Path

CASE = Path(__file__).resolve().parent.parent
REF = Path("/work/shared/reference/national_exam_averages.csv")


def text_of(path: Path) -> str:
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".pdf":
        # layout mode keeps table rows together; raw mode keeps each cell's lines together
        return "\n".join(subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, text=True,
                                        check=True).stdout for mode in ("-layout", "-raw"))
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    raise SystemExit(f"unknown format {path}")


def norm(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").split())


def number_present(value: str, text: str) -> bool:
    if value in ("", None):
        return True
    v = float(value)
    forms = set()
    if v == int(v):
        forms.add(str(int(v)))
    s = ("%s" % value).rstrip("0").rstrip(".") if "." in value else value
    forms.add(s)
    forms.add(s.replace(".", ","))
    if "." in value:
        forms.add(value.replace(".", ","))
    for f in forms:
        if re.search(r"(?<![\d,.])" + re.escape(f) + r"(?![\d]|,\d)", text):
            return True
    return False


def main() -> int:
    problems = []
    texts = {}
    for p in (CASE / "reports").iterdir():
        texts[p.name] = text_of(p)
    flat = {k: norm(v) for k, v in texts.items()}
    nospace = {k: re.sub(r"\s+", "", v) for k, v in texts.items()}
    ref = {}
    for r in csv.DictReader(REF.open(encoding="utf-8")):
        ref[(r["school_year"], r["exam_level"], r["subject"])] = float(r["national_pct"])

    def need_num(f, v, what):
        if f not in texts:
            problems.append(f"{f}: no such report file")
        elif not number_present(v, texts[f]):
            problems.append(f"{f}: {what} {v!r} not found in text")

    def need_text(f, s, what):
        if s and norm(s) not in flat[f] and re.sub(r"\s+", "", s) not in nospace[f]:
            problems.append(f"{f}: {what} {s!r} not found in text")

    gold = CASE / "gold"
    counts = {}
    for name in ("reports", "programmes", "exam_results", "leaving_reasons", "priorities", "indicators"):
        rows = list(csv.DictReader((gold / f"{name}.csv").open(encoding="utf-8")))
        counts[name] = len(rows)
        for r in rows:
            f = r["source_file"]
            if name == "reports":
                need_text(f, r["institution_name"], "institution_name")
            elif name == "programmes":
                code = r["programme_code"]
                if code and code not in nospace[f]:
                    problems.append(f"{f}: code {code} not found")
                need_text(f, r["programme_name"], "programme_name")
                need_num(f, r["learners_start"], "learners_start")
                need_num(f, r["learners_end"], "learners_end")
            elif name == "exam_results":
                need_text(f, r["subject_raw"], "subject_raw")
                for c in ("school_pct", "national_pct", "failed_pct"):
                    need_num(f, r[c], c)
                key = (r["school_year"], r["exam_level"], r["subject"])
                if r["national_pct"] and key in ref and abs(ref[key] - float(r["national_pct"])) > 0.051:
                    problems.append(f"{f}: national {key} {r['national_pct']} != reference {ref[key]}")
            elif name == "leaving_reasons":
                need_num(f, r["learners"], "learners")
            elif name == "priorities":
                need_text(f, r["title"], "title")
                need_text(f, r["area"], "area")
            elif name == "indicators":
                need_text(f, r["indicator_name"], "indicator_name")
                for c in ("baseline_value", "actual_value", "target_value"):
                    need_num(f, r[c], c)
    for k, v in counts.items():
        print(f"{k:<16} {v} rows")
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
