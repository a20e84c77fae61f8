#!/usr/bin/env python3
"""Check mechanically that every number (and code, date, title) in this case's gold occurs in the report text.

Usage: /work/blind/.venv-devA/bin/python check_gold.py   (run from anywhere; reads ../reports and ../gold)
DOCX text comes from python-docx (paragraphs and table cells), PDF text from `pdftotext` (-layout and -raw),
TXT is read as it is. Numbers are looked for in Latvian spelling (61.3 -> "61,3"), with digit boundaries;
small counts may also be written as words ("trīs"). Exit 1 when something is missing.
"""
import csv
import re
import subprocess
import sys
from pathlib import Path

CASE = Path(__file__).resolve().parent.parent
WORDS = {1: ["viens", "vienu"], 2: ["divi", "divas", "diviem"], 3: ["trīs"], 4: ["četri"], 5: ["pieci"]}


def text_of(path: Path) -> str:
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix == ".pdf":
        # layout text and raw text both: a number must be in the PDF's text, a title in reading order
        return "\n".join(subprocess.run(["pdftotext", *opt, str(path), "-"], capture_output=True, text=True,
                                        check=True).stdout for opt in (["-layout"], ["-raw"]))
    return path.read_text(encoding="utf-8")


def spellings(value: str):
    v = value.strip()
    if not v:
        return []
    out = {v, v.replace(".", ",")}
    if re.fullmatch(r"\d+\.0", v):
        out.add(v[:-2])
    return sorted(out)


def has_number(text: str, value: str) -> bool:
    for s in spellings(value):
        if re.search(r"(?<![\d,])" + re.escape(s) + r"(?![\d]|,\d)", text):
            return True
    try:
        n = int(float(value))
        if float(value) == n:
            for w in WORDS.get(n, []):
                if re.search(r"\b" + w + r"\b", text, re.I):
                    return True
    except ValueError:
        pass
    return False


def in_order(text: str, phrase: str, gap: int = 1500) -> bool:
    """All words of phrase occur in text in this order, each within `gap` characters of the one before
    (a title broken by a page break and a repeated table header still counts)."""
    words = phrase.split()
    for m in re.finditer(re.escape(words[0]), text):
        pos, ok = m.end(), True
        for w in words[1:]:
            n = text.find(w, pos, pos + gap + len(w))
            if n < 0:
                ok = False
                break
            pos = n + len(w)
        if ok:
            return True
    return False


def norm(s: str) -> str:
    return " ".join(s.split())


def main() -> int:
    reports = {p.name: p for p in (CASE / "reports").iterdir()}
    texts = {name: text_of(p) for name, p in reports.items()}
    bad = 0
    checked = 0

    def need(ok, what, row):
        nonlocal bad, checked
        checked += 1
        if not ok:
            bad += 1
            print(f"MISSING {what} in {row['source_file']}: {row}")

    def rows(table):
        with open(CASE / "gold" / f"{table}.csv", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))

    for table in ("reports", "programmes", "exam_results", "leaving_reasons", "priorities", "indicators"):
        for r in rows(table):
            f = r["source_file"]
            if f not in texts:
                need(False, "report file", r)
                continue
            t = texts[f]
            flat = norm(t)
            nospace = re.sub(r"\s+", "", t)
            if table == "reports":
                need(r["institution_name"].lower() in flat.lower(), "institution name", r)
                y1, y2 = r["school_year"].split("/")
                need(f"{y1}./{y2}." in t, "school year", r)
            elif table == "programmes":
                need(r["programme_code"] in nospace, "programme code", r)
                need(norm(r["programme_name"]) in flat or r["programme_name"].split()[0] in t, "programme name", r)
                for c in ("learners_start", "learners_end"):
                    need(has_number(t, r[c]), c, r)
                for c in ("start_date", "end_date"):
                    y, m, d = r[c].split("-")
                    need(f"{d}.{m}.{y}" in t, c, r)
            elif table == "exam_results":
                for c in ("school_pct", "national_pct", "failed_pct"):
                    if r[c]:
                        need(has_number(t, r[c]), c, r)
                need(r["subject_raw"] in t, "subject_raw", r)
            elif table == "leaving_reasons":
                need(r["item_no"] + "." in t, "item_no", r)
                need(has_number(t, r["learners"]), "learners", r)
            elif table == "priorities":
                # a title may be broken by a page break inside a table cell
                need(in_order(t, r["title"]), "title", r)
            elif table == "indicators":
                for c in ("baseline_value", "actual_value", "target_value"):
                    if r[c]:
                        need(has_number(t, r[c]), c, r)
    print(f"{CASE.name}: {checked} checks, {bad} missing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
