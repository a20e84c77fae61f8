"""Shared helpers for building the h2E test reports with python-docx (copied into each case's src/)."""
from __future__ import annotations

import csv
import re
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

GOLD_COLUMNS = {
    "reports": ["source_file", "institution_name", "institution_kind", "school_year"],
    "programmes": ["source_file", "row_no", "programme_code", "programme_name", "learners_start",
                   "learners_end", "start_date", "end_date"],
    "exam_results": ["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure",
                     "school_pct", "national_pct", "failed_pct"],
    "leaving_reasons": ["source_file", "item_no", "category", "learners"],
    "priorities": ["source_file", "priority_no", "area", "title", "result_type", "status"],
    "indicators": ["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value",
                   "target_value", "unit"],
}


def new_document(font="Times New Roman", size=12, margins_cm=(2.0, 2.0, 3.0, 1.5)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), font)
    st.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = (Cm(m) for m in margins_cm)
    return doc


def add_page_number_footer(doc, prefix="", suffix=""):
    for sec in doc.sections:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if prefix:
            p.add_run(prefix)
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        p._p.append(fld)
        if suffix:
            p.add_run(suffix)


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None, style=None,
         space_after=None, keep_next=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep_next:
        p.paragraph_format.keep_with_next = True
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def set_cell(cell, text, bold=False, size=None, align=None, italic=False):
    """Fill a cell; '\n' starts a new paragraph inside the cell (header words broken over lines)."""
    lines = text.split("\n") if isinstance(text, str) else list(text)
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def table(doc, header_rows, rows, widths_cm=None, size=10, style="Table Grid", header_fill=None,
          band_fill=None, header_bold=True, repeat=True):
    """header_rows: list of lists (None = merged into the cell on the left/above marker handled by caller)."""
    ncols = max(len(r) for r in header_rows + rows)
    t = doc.add_table(rows=0, cols=ncols)
    t.style = doc.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for hr in header_rows:
        cells = t.add_row().cells
        for i, txt in enumerate(hr):
            if txt is None:
                continue
            set_cell(cells[i], txt, bold=header_bold, size=size, align="center")
            if header_fill:
                shade(cells[i], header_fill)
        if repeat:
            repeat_header(t.rows[-1])
    for n, r in enumerate(rows):
        cells = t.add_row().cells
        for i, txt in enumerate(r):
            if txt is None:
                continue
            bold = False
            if isinstance(txt, tuple):
                txt, bold = txt
            set_cell(cells[i], txt, bold=bold, size=size)
            if band_fill and n % 2 == 1:
                shade(cells[i], band_fill)
    if widths_cm:
        t.autofit = False
        grid = t._tbl.tblGrid
        for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
            if i < len(widths_cm):
                gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                if i < len(row.cells):
                    row.cells[i].width = Cm(w)
    return t


def docx_text(path):
    """Plain text of a DOCX: body paragraphs and table cells in document order."""
    doc = Document(str(path))
    out = []
    body = doc.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            out.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
        elif child.tag == qn("w:tbl"):
            for tr in child.iter(qn("w:tr")):
                cells = []
                for tc in tr.iter(qn("w:tc")):
                    cells.append(" / ".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                                            for p in tc.iter(qn("w:p"))))
                out.append(" | ".join(cells))
    return "\n".join(out)


def write_gold(gold_dir: Path, tables: dict[str, list[dict]]):
    gold_dir.mkdir(parents=True, exist_ok=True)
    for name, cols in GOLD_COLUMNS.items():
        with (gold_dir / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
            w.writeheader()
            for row in tables.get(name, []):
                w.writerow({c: row.get(c, "") for c in cols})


NUMERIC = {
    "programmes": ["learners_start", "learners_end"],
    "exam_results": ["school_pct", "national_pct", "failed_pct"],
    "leaving_reasons": ["learners"],
    "indicators": ["baseline_value", "actual_value", "target_value"],
}


def number_forms(value: str):
    x = float(value)
    forms = set()
    if x == int(x):
        forms.add(str(int(x)))
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    forms |= {s, s.replace(".", ",")}
    for d in (1, 2):
        s = f"{x:.{d}f}"
        forms |= {s, s.replace(".", ",")}
    return forms


def check_numbers(text: str, tables: dict[str, list[dict]], label: str) -> list[str]:
    """Every numeric gold value must occur as a number token in the text."""
    flat = text.replace("\u00a0", " ")
    tokens = set(re.findall(r"\d+(?:[.,]\d+)?", flat))
    problems = []
    for name, cols in NUMERIC.items():
        for row in tables.get(name, []):
            for c in cols:
                v = row.get(c, "")
                if v in ("", None):
                    continue
                if not (number_forms(str(v)) & tokens):
                    problems.append(f"{label}: {name}.{c}={v} not found ({row})")
    # dates / codes of programmes
    for row in tables.get("programmes", []):
        if row.get("programme_code") and row["programme_code"] not in flat.replace(" ", ""):
            problems.append(f"{label}: programme code {row['programme_code']} not found")
    return problems


def soffice_pdf(docx_path: Path, outdir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
                   check=True, capture_output=True)
    return outdir / (docx_path.stem + ".pdf")


def tika_text(pdf: Path, out: Path):
    subprocess.run(["/work/shared/tools/tika-text", str(pdf), str(out)], check=True)


def layout_text(pdf: Path, out: Path):
    subprocess.run(["pdftotext", "-layout", str(pdf), str(out)], check=True)
