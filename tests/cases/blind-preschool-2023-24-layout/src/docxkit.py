"""Small python-docx helpers used by make_report.py (holdC blind cases)."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ALIGN = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
         "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT, None: None}


def new_doc(font="Times New Roman", size=12, margins=(2.0, 1.5, 3.0, 2.0)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)
    st.paragraph_format.space_before = Pt(0)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = (Cm(m) for m in margins)
    return doc


def _field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def page_numbers(doc, before="", after="", align="c", size=10, header_text=None):
    sec = doc.sections[0]
    para = sec.footer.paragraphs[0]
    para.alignment = ALIGN[align]
    if before:
        r = para.add_run(before); r.font.size = Pt(size)
    r = para.add_run(); r.font.size = Pt(size); _field(r, "PAGE")
    if after:
        r = para.add_run(after); r.font.size = Pt(size)
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.alignment = ALIGN["r"]
        r = hp.add_run(header_text); r.font.size = Pt(9); r.italic = True


def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None, indent=None,
         space_after=None, keep_next=False, underline=False):
    p = doc_or_cell.add_paragraph()
    if align:
        p.alignment = ALIGN[align]
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep_next:
        p.paragraph_format.keep_with_next = True
    add_text(p, text, bold=bold, italic=italic, size=size, underline=underline)
    return p


def add_text(p, text, bold=False, italic=False, size=None, underline=False):
    """'\n' inside text becomes a manual line break; **x** spans are bold."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        parts = line.split("**")
        for j, part in enumerate(parts):
            if not part:
                continue
            r = p.add_run(part)
            r.bold = bold or (j % 2 == 1)
            r.italic = italic
            r.underline = underline
            if size:
                r.font.size = Pt(size)
        if i < len(lines) - 1:
            p.add_run().add_break(WD_BREAK.LINE)
    return p


def heading(doc, text, size=12, align=None, space_before=6):
    p = para(doc, text, bold=True, align=align, size=size, keep_next=True)
    p.paragraph_format.space_before = Pt(space_before)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, content, bold=False, italic=False, align=None, size=None):
    """content: str (\n = line break) or list of str (one paragraph each)."""
    items = content if isinstance(content, list) else [content]
    first = cell.paragraphs[0]
    for k, item in enumerate(items):
        p = first if k == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if align:
            p.alignment = ALIGN[align]
        add_text(p, item, bold=bold, italic=italic, size=size)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true")
    trPr.append(el)


def table(doc, header, rows, widths, style="Table Grid", header_fill="D9D9D9", size=10,
          header_size=None, aligns=None, header_repeat=True, bold_rows=(), header_align="c"):
    """header: list of rows (each a list of cell texts; None = merge with the cell to the left,
    '^' = merge with the cell above). rows: list of lists of cell contents."""
    ncols = len(widths)
    t = doc.add_table(rows=0, cols=ncols)
    t.style = doc.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    hdr_rows = []
    for hrow in header:
        r = t.add_row()
        hdr_rows.append(r)
        for i, txt in enumerate(hrow):
            if txt is None or txt == "^":
                continue
            set_cell(r.cells[i], txt, bold=True, size=header_size or size, align=header_align)
            if header_fill:
                shade(r.cells[i], header_fill)
        if header_repeat:
            repeat_header(r)
    # merges
    for ri, hrow in enumerate(header):
        for ci, txt in enumerate(hrow):
            if txt is None:
                a = t.rows[ri].cells[ci - 1]
                t.rows[ri].cells[ci - 1].merge(t.rows[ri].cells[ci])
            elif txt == "^":
                t.rows[ri - 1].cells[ci].merge(t.rows[ri].cells[ci])
    for ri, row in enumerate(rows):
        r = t.add_row()
        for i, txt in enumerate(row):
            if txt is None or txt == "^":
                continue
            al = aligns[i] if aligns else None
            set_cell(r.cells[i], txt, size=size, align=al, bold=(ri in bold_rows))
        for i, txt in enumerate(row):
            if txt is None:
                r.cells[i - 1].merge(r.cells[i])
            elif txt == "^":
                t.rows[len(t.rows) - 2].cells[i].merge(r.cells[i])
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    # tblGrid widths for LibreOffice
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 567)))
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t
