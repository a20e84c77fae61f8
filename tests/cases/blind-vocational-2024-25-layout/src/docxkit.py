"""Small helpers over python-docx: paragraphs with runs, fixed-width tables with merges."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def new_document(font="Times New Roman", size=12, left=2.5, right=1.5, top=2.0, bottom=2.0):
    doc = Document()
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.comments, cp.title, cp.keywords = "Lietotājs", "Lietotājs", "", "", ""
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.0
    for s in doc.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.left_margin, s.right_margin = Cm(left), Cm(right)
        s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
    return doc


def add_page_number_footer(doc, prefix=""):
    for s in doc.sections:
        p = s.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if prefix:
            p.add_run(prefix)
        run = p.add_run()
        for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
            if tag:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), tag)
            else:
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = text
            run._r.append(el)


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align="left", before=0,
         after=3, indent=None, first=None, keep_next=False, runs=None, style=None):
    """Add a paragraph. `runs` = list of (text, dict(bold=, italic=, size=, br=)) overrides text."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    p.alignment = ALIGN[align]
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    pf.keep_with_next = keep_next
    for rtext, opt in (runs or [(text, {})]):
        parts = rtext.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            r.bold = opt.get("bold", bold)
            r.italic = opt.get("italic", italic)
            sz = opt.get("size", size)
            if sz:
                r.font.size = Pt(sz)
            if i < len(parts) - 1:
                r.add_break()
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _set_cell_margins(table, left=0.1, right=0.1):
    tblPr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side, val in (("left", left), ("right", right)):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(int(val * 567)))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblPr.append(mar)


def table(doc, widths_cm, rows, header_rows=1, size=10, header_size=None, header_bold=True,
          aligns=None, merges=(), repeat_header=False, cell_margin=0.1, shade_header=None):
    """rows: list of rows of strings (or dict(text=, bold=, align=, size=)); None = filled by merge.
    merges: list of ((r0, c0), (r1, c1)) rectangles to merge (text of the top-left cell kept)."""
    ncol = len(widths_cm)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblPr = t._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblPr.append(layout)
    _set_cell_margins(t, cell_margin, cell_margin)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    aligns = aligns or ["left"] * ncol
    for r, row in enumerate(rows):
        assert len(row) == ncol, (r, row)
        is_head = r < header_rows
        if is_head and repeat_header:
            trPr = t.rows[r]._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            trPr.append(el)
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.width = Cm(widths_cm[c])
            if val is None:
                continue
            opt = val if isinstance(val, dict) else {"text": val}
            text = opt.get("text", "")
            p = cell.paragraphs[0]
            p.alignment = ALIGN[opt.get("align") or ("center" if is_head else aligns[c])]
            p.paragraph_format.space_after = Pt(0)
            lines = text.split("\n")
            for i, line in enumerate(lines):
                run = p.add_run(line)
                run.bold = opt.get("bold", is_head and header_bold)
                run.italic = opt.get("italic", False)
                sz = opt.get("size") or (header_size if is_head and header_size else size)
                run.font.size = Pt(sz)
                if i < len(lines) - 1:
                    run.add_break()
            if is_head and shade_header:
                tcPr = cell._tc.get_or_add_tcPr()
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), shade_header)
                tcPr.append(shd)
    for (r0, c0), (r1, c1) in merges:
        a = t.cell(r0, c0)
        keep = a.text
        m = a.merge(t.cell(r1, c1))
        # python-docx appends the texts of merged cells: drop the empty paragraphs it adds
        for p in list(m.paragraphs)[1:]:
            if not p.text.strip():
                p._p.getparent().remove(p._p)
        assert m.text.startswith(keep)
    return t
