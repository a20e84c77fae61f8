"""Build Lines the way a reader that keeps table structure does (DOCX, PDF tables, layout columns).

`grid([[cell, cell, ...], ...])`: one list per table row, one string per cell; "\n" inside a cell
makes several lines of that cell; "" or None is an empty cell (a merged cell comes out once, in its
first row). `page_break_after` (row numbers) inserts a bare page-number line outside the table, as a
PDF page's footer comes between rows. Text before and after the table can be given as Lines.
"""
from __future__ import annotations

from loaders.model import Line


def grid(rows: list[list[str | None]], table: int = 1, first_no: int = 1, page_break_after: tuple[int, ...] = ()):
    lines: list[Line] = []
    no = first_no
    for r, row in enumerate(rows, start=1):
        for c, cell in enumerate(row, start=1):
            for text in (cell or "").split("\n"):
                if text.strip():
                    lines.append(Line(text=text.strip(), no=no, table=table, row=r, col=c))
                    no += 1
        if r in page_break_after:
            lines.append(Line(text=str(r), no=no))
            no += 1
    return lines


def prose(*texts: str, first_no: int = 900) -> list[Line]:
    return [Line(text=t, no=first_no + i) for i, t in enumerate(texts)]
