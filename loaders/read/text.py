"""TXT reader: text as Apache Tika (or another extractor) wrote it, one `Line` per non-blank line.

Tika writes a blank line after each line, trailing spaces, table cells one per line and link
addresses repeated as bare lines; line numbers are kept as in the file (1-based) so source_ref
points at the file as given. Bare link lines are kept but marked `is_link`. Decoding: UTF-16 where a
byte-order mark says so, else UTF-8, else Windows-1257 (the Baltic code page). Text that `pdftotext -layout` wrote (a
table row per line) has its tables rebuilt into cells by loaders.read.layout; Tika-style text is returned line for line.
This module does not find sections.
"""
from __future__ import annotations

import re

from loaders.errors import ReportError
from loaders.model import Line, clean_lines
from loaders.read.layout import looks_like_layout, rebuild_tables

_LINK = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


def decode_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReportError("text starts as UTF-16 but is not valid UTF-16") from exc
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1257")
    except UnicodeDecodeError as exc:
        raise ReportError("text is neither UTF-8 nor Windows-1257") from exc


def read_text(data: bytes) -> list[Line]:
    text = decode_text(data)
    lines: list[Line] = []
    # split on newlines only, so line numbers match what an editor or `sed -n` shows
    newlines = text.replace("\r\n", "\n").replace("\r", "\n")
    raw_lines = newlines.split("\n")
    for no, cleaned in enumerate(clean_lines(newlines), start=1):
        if cleaned:   # Line's fields in order (a call by keyword costs more); a link opens with h or w
            lines.append(Line(cleaned, no, "L", "", None, None, None, None,
                              cleaned[0] in "hHwW" and _LINK.match(cleaned) is not None))
    if looks_like_layout(text):
        lines = rebuild_tables(raw_lines, lines)
    return lines
