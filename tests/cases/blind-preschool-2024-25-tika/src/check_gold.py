#!/usr/bin/env python3
"""Check mechanically that every number (and code, title, date) in gold occurs in the report text.

For a .txt report the file itself is read; for a .pdf, `pdftotext` (with and without -layout); for a .docx, python-docx
(paragraphs and table cells). Number words can be allowed through WORDS (value -> word forms).
"""
import csv
import re
import subprocess
import sys
from pathlib import Path

CASE = Path(__file__).resolve().parent.parent
WORDS = {}  # e.g. {3: ["trīs"]}


def text_of(path: Path) -> str:
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".pdf":
        out = []
        for opts in (["-layout"], []):  # layout for figures in table rows, reading order for wrapped cells
            out.append(subprocess.run(["pdftotext", *opts, str(path), "-"], capture_output=True, text=True, check=True).stdout)
        return "\n".join(out)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                seen = []
                for c in row.cells:
                    if c._tc not in seen:
                        seen.append(c._tc)
                        parts.append(c.text)
        return "\n".join(parts)
    raise SystemExit(f"unknown format {path}")


def lv(value: str) -> str:
    v = float(value)
    return str(int(v)) if v == int(v) else str(v).replace(".", ",")


def has_number(text, value):
    pat = r"(?<![\d,])" + re.escape(lv(value)) + r"(?![\d]|,\d)"
    if re.search(pat, text):
        return True
    return any(w in text.lower() for w in WORDS.get(int(float(value)), []))


def flat(s):
    return " ".join(s.split())


def main():
    bad = 0
    for report in sorted((CASE / "reports").iterdir()):
        text = text_of(report)
        nospace = re.sub(r"\s+", "", text)
        ftext = flat(text)
        name = report.name

        def need(ok, what, words=False):
            nonlocal bad
            if not ok and words and report.suffix == ".pdf":
                print(f"warning, text only (poppler interleaves table cells) in {name}: {what}")
            elif not ok:
                bad += 1
                print(f"MISSING in {name}: {what}")

        def rows(table):
            with (CASE / "gold" / f"{table}.csv").open(encoding="utf-8") as fh:
                return [r for r in csv.DictReader(fh) if r["source_file"] == name]

        n = 0
        for r in rows("reports"):
            need(flat(r["institution_name"]) in ftext, r["institution_name"]); n += 1
            y1, y2 = r["school_year"].split("/")
            need(f"{y1}./{y2}." in nospace, r["school_year"])
        for r in rows("programmes"):
            n += 1
            if r["programme_code"]:
                need(r["programme_code"] in nospace, r["programme_code"])
            need(flat(r["programme_name"]) in ftext, r["programme_name"], words=True)
            for c in ("learners_start", "learners_end"):
                need(has_number(text, r[c]), f"{c}={r[c]} ({r['programme_name']})")
            for c in ("start_date", "end_date"):
                if r[c]:
                    y, m, d = r[c].split("-")
                    need(f"{d}.{m}.{y}" in text, r[c])
        for r in rows("exam_results"):
            n += 1
            for c in ("school_pct", "national_pct", "failed_pct"):
                if r[c]:
                    need(has_number(text, r[c]), f"{c}={r[c]} ({r['subject']} {r['school_year']})")
            need(flat(r["subject_raw"]).lower() in ftext.lower(), r["subject_raw"])
        for r in rows("leaving_reasons"):
            n += 1
            need(has_number(text, r["learners"]), f"learners={r['learners']} ({r['category']})")
        for r in rows("priorities"):
            n += 1
            need(flat(r["title"]) in ftext, r["title"], words=True)
            if r["area"]:
                need(flat(r["area"]) in ftext, r["area"])
        for r in rows("indicators"):
            n += 1
            need(flat(r["indicator_name"]) in ftext, r["indicator_name"], words=True)
            for c in ("baseline_value", "actual_value", "target_value"):
                if r[c]:
                    need(has_number(text, r[c]), f"{c}={r[c]} (indicator {r['indicator_no']})")
        print(f"{name}: {n} gold rows checked")
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
