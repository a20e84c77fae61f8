"""Write small PDFs for reader tests: text at given positions and table rules, page by page.

Only what the tests need: Helvetica (a standard font, WinAnsi encoding, so ASCII and a few letters
such as š and ž), text placed with Td, rules as 1-point filled rectangles (as Word and LibreOffice
draw cell borders) or as stroked lines. Coordinates are PDF points from the bottom-left corner of an
A4 page. Not a general PDF writer.
"""
from __future__ import annotations

import math

PAGE_WIDTH, PAGE_HEIGHT = 595, 842


class Page:
    def __init__(self) -> None:
        self.ops: list[str] = []

    def text(self, x: float, y: float, text: str, size: float = 10, scaled: bool = False, turn: int = 0) -> Page:
        """One run of text starting at (x, y) on its baseline; spaces in `text` are real space characters.
        `scaled`: the font set at size 1 and the text matrix scaled to `size`, as cairo writes text;
        `turn`: the text turned that many degrees counter-clockwise (90: read bottom to top)."""
        if turn:
            cos, sin = round(math.cos(math.radians(turn)), 6), round(math.sin(math.radians(turn)), 6)
            font = f"/F1 {size} Tf {cos} {sin} {-sin} {cos} {x} {y} Tm"
        elif scaled:
            font = f"/F1 1 Tf {size} 0 0 {size} {x} {y} Tm"
        else:
            font = f"/F1 {size} Tf {x} {y} Td"
        self.ops.append(f"BT {font} ({_escape(text)}) Tj ET")
        return self

    def words(self, x: float, y: float, words: list[str], gap: float, size: float = 10,
              scaled: bool = False) -> Page:
        """Words placed one by one, `gap` points apart, with no space characters between them."""
        for word in words:
            self.text(x, y, word, size, scaled)
            x += text_width(word, size) + gap
        return self

    def hrule(self, x0: float, x1: float, y: float, stroked: bool = False) -> Page:
        self.ops.append(f"0.5 w {x0} {y} m {x1} {y} l S" if stroked else f"{x0} {y - 0.5} {x1 - x0} 1 re f")
        return self

    def vrule(self, x: float, y0: float, y1: float, stroked: bool = False) -> Page:
        self.ops.append(f"0.5 w {x} {y0} m {x} {y1} l S" if stroked else f"{x - 0.5} {y0} 1 {y1 - y0} re f")
        return self

    def box(self, x: float, y: float, width: float, height: float) -> Page:
        """A stroked rectangle (one path: its four sides)."""
        self.ops.append(f"0.5 w {x} {y} {width} {height} re S")
        return self

    def grid(self, xs: list[float], ys: list[float], stroked: bool = False) -> Page:
        """Every rule of a plain grid: vertical rules at xs, horizontal rules at ys (top to bottom)."""
        for y in ys:
            self.hrule(xs[0], xs[-1], y, stroked)
        for x in xs:
            self.vrule(x, ys[-1], ys[0], stroked)
        return self


def build_pdf(pages: list[Page]) -> bytes:
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, page in enumerate(pages):
        stream = "\n".join(page.ops).encode("cp1252")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>")
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode("ascii") + stream + b"\nendstream")
    return _write(objects)


def _write(objects: list) -> bytes:
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode("ascii")
        out += body if isinstance(body, bytes) else body.encode("ascii")
        out += b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode("ascii")
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    return bytes(out)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


# Helvetica advance widths (per 1000 units of the font size) of the characters the tests use
_WIDTHS = {**dict.fromkeys("abdeghnopqu", 556), **dict.fromkeys("ckšsvxyzž", 500), "f": 278, "i": 222,
           "j": 222, "l": 222, "m": 833, "r": 333, "t": 278, "w": 722, **dict.fromkeys("0123456789", 556),
           "A": 667, "B": 667, "C": 722, "D": 722, "E": 667, "K": 667, "P": 667, "R": 722, "S": 667,
           "T": 611, "V": 667, ".": 278, ",": 278, ":": 278, "-": 333, "%": 889, " ": 278}


def text_width(text: str, size: float = 10) -> float:
    return sum(_WIDTHS.get(ch, 556) for ch in text) * size / 1000
