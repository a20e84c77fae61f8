"""Build the DOCX, PDF and pdftotext-layout fixtures under tests/cases/ from reports_2024_25.py.

    .venv/bin/python tests/fixtures_src/make_fixtures.py [--shared-gold ../shared/gold]

Writes, for each report in reports_2024_25.REPORTS:
  tests/cases/docx-2024-25/reports/<stem>.docx   python-docx, real Word tables (merged header cells,
                                                  vertically merged priority cells)
  tests/cases/pdf-2024-25/reports/<stem>.pdf     the DOCX converted by `libreoffice --headless`
  tests/cases/pdf-cairo-2024-25/reports/<stem>.pdf  that PDF re-written by cairo (`pdftocairo -pdf`):
                                                  some spaces dropped (words apart by position only)
  tests/cases/layout-2024-25/reports/<stem>.txt  the PDF through `pdftotext -layout` (poppler-utils)
and each case's gold/: the shared sample gold (the rows of the re-typeset content) with source_file
renamed to the fixture's file name. The outputs are committed, so tests need neither LibreOffice nor
poppler; re-run this only when the content changes. Needs Debian packages libreoffice-writer-nogui
and poppler-utils.
"""
from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from reports_2024_25 import REPORTS  # noqa: E402

CASES = HERE.parent / "cases"


def build_docx(report: dict, path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(11)
    for text in report["title"]:
        doc.add_paragraph(text)
    for text in report["intro"]:
        doc.add_paragraph(text)
    doc.add_paragraph("1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi "
                      "un to sasniegšanas izvērtējums")
    doc.add_paragraph(report["programme_heading"])
    _programme_table(doc, report)
    for text in report["leaving"]:
        doc.add_paragraph(text)
    doc.add_paragraph(report["indicator_heading"])
    _grid_table(doc, report["indicator_header"] + report["indicators"])
    doc.add_paragraph(report["priorities_heading"])
    _priority_table(doc, report["priorities_header"], report["priorities"], with_status=True)
    for text in report["middle"]:
        doc.add_paragraph(text)
    doc.add_paragraph(report["planned_heading"])
    _priority_table(doc, ["Prioritāte", "Sasniedzamie rezultāti kvantitatīvi un kvalitatīvi"],
                    report["planned"], with_status=False)
    for text in report["signature"]:
        doc.add_paragraph(text)
    doc.core_properties.title = report["title"][0]
    doc.save(path)


def _fill(cell, paragraphs: list[str]) -> None:
    cell.text = paragraphs[0] if paragraphs else ""
    for text in paragraphs[1:]:
        cell.add_paragraph(text)


def _new_table(doc, rows: int, cols: int):
    table = doc.add_table(rows=rows, cols=cols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    return table


def _programme_table(doc, report: dict) -> None:
    rows = report["programmes"]
    table = _new_table(doc, len(rows) + 1, 4)
    for col, header in enumerate(report["programme_header"]):
        _fill(table.cell(0, col), header)
    _repeat_header(table.rows[0])
    for i, (name, code, sites, start, end) in enumerate(rows, start=1):
        _fill(table.cell(i, 0), [name] + ([code] if code else []))
        _fill(table.cell(i, 1), sites)
        _fill(table.cell(i, 2), [start])
        _fill(table.cell(i, 3), [end])


def _grid_table(doc, rows: list[list]) -> None:
    """rows of cells (paragraph lists); None = merged into the cell on its left."""
    table = _new_table(doc, len(rows), len(rows[0]))
    for r, row in enumerate(rows):
        start = 0
        for c, cell in enumerate(row):
            if cell is None:
                table.cell(r, start).merge(table.cell(r, c))
                continue
            start = c
            _fill(table.cell(r, c), cell)
    _repeat_header(table.rows[0])


def _priority_table(doc, header: list[str], priorities: list, with_status: bool) -> None:
    """Priority cell vertically merged over its a)/b) result rows; with_status: the status and the
    comment in two columns under one merged header cell."""
    n_rows = 1 + sum(len(results) for _, results in priorities)
    table = _new_table(doc, n_rows, 4 if with_status else 2)
    _fill(table.cell(0, 0), [header[0]])
    _fill(table.cell(0, 1), [header[1]])
    if with_status:
        _fill(table.cell(0, 2).merge(table.cell(0, 3)), [header[2]])
    _repeat_header(table.rows[0])
    r = 1
    for priority, results in priorities:
        first = r
        for result in results:
            _fill(table.cell(r, 1), [result[0]] + result[1])
            if with_status:
                _fill(table.cell(r, 2), [result[2]])
                _fill(table.cell(r, 3), result[3])
            r += 1
        _fill(table.cell(first, 0).merge(table.cell(r - 1, 0)), priority)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    tr_pr.append(element)


def to_pdf(docx_path: Path, out_dir: Path) -> Path:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(out_dir), str(docx_path)],
                       check=True, capture_output=True, timeout=180)
    return out_dir / (docx_path.stem + ".pdf")


def to_cairo_pdf(pdf_path: Path, out_path: Path) -> None:
    subprocess.run(["pdftocairo", "-pdf", str(pdf_path), str(out_path)], check=True, timeout=60)


def to_layout_text(pdf_path: Path, out_path: Path) -> None:
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf_path), str(out_path)],
                   check=True, timeout=60)


def write_gold(shared_gold: Path, case: Path, renames: dict[str, str]) -> None:
    gold = case / "gold"
    gold.mkdir(parents=True, exist_ok=True)
    for table in sorted(shared_gold.glob("*.csv")):
        with table.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
            fields = list(rows[0].keys()) if rows else []
        kept = [dict(row, source_file=renames[row["source_file"]]) for row in rows
                if row["source_file"] in renames]
        with (gold / table.name).open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
            writer.writeheader()
            writer.writerows(kept)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared-gold", type=Path, default=HERE.parents[2] / "shared" / "gold")
    args = ap.parse_args()
    cases = {fmt: CASES / f"{fmt}-2024-25" for fmt in ("docx", "pdf", "pdf-cairo", "layout")}
    for case in cases.values():
        shutil.rmtree(case / "reports", ignore_errors=True)
        (case / "reports").mkdir(parents=True)
    renames: dict[str, dict[str, str]] = {fmt: {} for fmt in cases}
    for report in REPORTS:
        stem = report["stem"]
        docx_path = cases["docx"] / "reports" / f"{stem}.docx"
        build_docx(report, docx_path)
        pdf_path = to_pdf(docx_path, cases["pdf"] / "reports")
        to_cairo_pdf(pdf_path, cases["pdf-cairo"] / "reports" / f"{stem}.pdf")
        to_layout_text(pdf_path, cases["layout"] / "reports" / f"{stem}.txt")
        for fmt, ext in (("docx", "docx"), ("pdf", "pdf"), ("pdf-cairo", "pdf"), ("layout", "txt")):
            renames[fmt][f"{stem}.txt"] = f"{stem}.{ext}"
    if args.shared_gold.is_dir():
        for fmt, case in cases.items():
            write_gold(args.shared_gold, case, renames[fmt])
    else:
        print(f"no shared gold at {args.shared_gold}: gold/ left as it is", file=sys.stderr)
    for case in cases.values():
        print(case.relative_to(HERE.parents[1]), sorted(p.name for p in (case / "reports").iterdir()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
