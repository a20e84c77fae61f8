"""A small flowing-document writer on top of the reportlab canvas.

Paragraphs are wrapped with simpleSplit, tables are drawn by hand: thin grey rules, cells wrapped to
their column, vertical merges (a cell given as None continues the cell above), column spans
(a cell given as a dict with "colspan"), rows pushed to the next page when they do not fit.
"""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Serif", FONT_DIR + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Serif-Bold", FONT_DIR + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif-Italic", FONT_DIR + "LiberationSerif-Italic.ttf"))


def font(bold=False, italic=False):
    return "Serif-Bold" if bold else ("Serif-Italic" if italic else "Serif")


def wrap(text, fname, size, width):
    out = []
    for part in text.split("\n"):
        lines = simpleSplit(part, fname, size, width) if part.strip() else [""]
        out.extend(lines or [""])
    return out


class Doc:
    def __init__(self, path, title="", left=2.2 * cm, right=1.5 * cm, top=1.8 * cm, bottom=2.0 * cm,
                 number_from=2):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.W, self.H = A4
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.width = self.W - left - right
        self.page = 1
        self.number_from = number_from
        self.y = self.H - top

    # pages -------------------------------------------------------------
    def _footer(self):
        if self.page >= self.number_from:
            self.c.setFont("Serif", 9)
            self.c.setFillGray(0)
            self.c.drawCentredString(self.W / 2, 1.1 * cm, str(self.page))

    def new_page(self):
        self._footer()
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.top

    def ensure(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def spacer(self, h=6):
        self.y -= h

    def save(self):
        self._footer()
        self.c.save()

    # text --------------------------------------------------------------
    def para(self, text, size=11, bold=False, italic=False, indent=0.0, first=0.0, align="left",
             before=2, after=4, leading=None, bullet=None, keep=1):
        fname = font(bold, italic)
        leading = leading or size * 1.22
        x0 = self.left + indent
        width = self.width - indent
        lines = []
        for i, part in enumerate(text.split("\n")):
            off = first if i == 0 else 0
            w = width - off
            got = simpleSplit(part, fname, size, w) if part.strip() else [""]
            for j, ln in enumerate(got):
                lines.append((ln, off if j == 0 else 0))
        self.y -= before
        self.ensure(min(len(lines), keep) * leading + 2)
        for n, (ln, off) in enumerate(lines):
            self.ensure(leading)
            self.y -= leading
            self.c.setFont(fname, size)
            if bullet and n == 0:
                self.c.drawString(x0 - 0.45 * cm, self.y + 2, bullet)
            if align == "center":
                self.c.drawCentredString(self.left + self.width / 2, self.y + 2, ln)
            elif align == "right":
                self.c.drawRightString(self.left + self.width, self.y + 2, ln)
            else:
                self.c.drawString(x0 + off, self.y + 2, ln)
        self.y -= after

    def heading(self, text, size=12, before=10, after=4, align="left"):
        self.para(text, size=size, bold=True, before=before, after=after, align=align, keep=3)

    # tables ------------------------------------------------------------
    def table(self, colw, rows, header_rows=1, size=9.5, header_size=8.5, repeat_header=False,
              pad=3.0, aligns=None, header_bold=True, grey=0.55, line_w=0.4):
        colw = [w * cm for w in colw]
        scale = self.width / sum(colw) if sum(colw) > self.width else 1.0
        colw = [w * scale for w in colw]
        xs = [self.left]
        for w in colw:
            xs.append(xs[-1] + w)
        ncol = len(colw)
        aligns = aligns or ["left"] * ncol

        def norm(cell):
            if cell is None:
                return None
            if isinstance(cell, dict):
                return {"text": cell.get("text", ""), "colspan": cell.get("colspan", 1),
                        "bold": cell.get("bold", False), "align": cell.get("align"),
                        "italic": cell.get("italic", False)}
            return {"text": str(cell), "colspan": 1, "bold": False, "align": None, "italic": False}

        grid = []
        for r, row in enumerate(rows):
            cells, col = [], 0
            for cell in row:
                cell = norm(cell)
                span = cell["colspan"] if cell else 1
                cells.append((col, span, cell))
                col += span
            assert col == ncol, (r, col, ncol, row)
            grid.append(cells)

        def layout(r):
            is_head = r < header_rows
            sz = header_size if is_head else size
            lead = sz * 1.18
            out, h = [], 0
            for col, span, cell in grid[r]:
                if cell is None:
                    out.append((col, span, None, [], sz, lead))
                    continue
                w = xs[col + span] - xs[col] - 2 * pad
                fname = font(cell["bold"] or (is_head and header_bold), cell["italic"])
                lines = wrap(cell["text"], fname, sz, w)
                out.append((col, span, cell, lines, sz, lead))
                h = max(h, len(lines) * lead + 2 * pad + 1)
            return out, h

        laid = [layout(r) for r in range(len(rows))]

        def cont_below(r, col):
            if r + 1 >= len(grid):
                return False
            for c, span, cell in grid[r + 1]:
                if c == col:
                    return cell is None
            return False

        def draw_row(r, top):
            cells, h = laid[r]
            is_head = r < header_rows
            c = self.c
            c.setStrokeGray(grey)
            c.setLineWidth(line_w)
            for col, span, cell, lines, sz, lead in cells:
                x0, x1 = xs[col], xs[col + span]
                c.line(x0, top, x0, top - h)
                c.line(x1, top, x1, top - h)
                if cell is not None:
                    c.line(x0, top, x1, top)
                if not cont_below(r, col) or top - h - laid[r + 1][1] < self.bottom:
                    c.line(x0, top - h, x1, top - h)
                if cell is None:
                    continue
                fname = font(cell["bold"] or (is_head and header_bold), cell["italic"])
                al = cell["align"] or ("center" if is_head else aligns[col])
                c.setFillGray(0)
                c.setFont(fname, sz)
                yy = top - pad - sz * 0.9
                for ln in lines:
                    if al == "center":
                        c.drawCentredString((x0 + x1) / 2, yy, ln)
                    elif al == "right":
                        c.drawRightString(x1 - pad, yy, ln)
                    else:
                        c.drawString(x0 + pad, yy, ln)
                    yy -= lead

        self.ensure(sum(laid[r][1] for r in range(min(len(rows), header_rows + 1))))
        for r in range(len(rows)):
            h = laid[r][1]
            if self.y - h < self.bottom:
                self.new_page()
                if repeat_header and r >= header_rows:
                    for hr in range(header_rows):
                        draw_row(hr, self.y)
                        self.y -= laid[hr][1]
            draw_row(r, self.y)
            self.y -= h
        self.y -= 6
