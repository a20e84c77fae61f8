"""TXT reader: text as Apache Tika (or another extractor) wrote it, one `Line` per non-blank line.

Tika writes a blank line after each line, trailing spaces, table cells one per line and link
addresses repeated as bare lines; line numbers are kept as in the file (1-based) so source_ref
points at the file as given. Bare link lines are kept but marked `is_link`. Decoding: UTF-8, else
Windows-1257 (the Baltic code page). This module does not split cells or find sections.
"""
from __future__ import annotations

import re

from loaders.errors import ReportError
from loaders.model import Line, clean_text

_LINK = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


def decode_text(data: bytes) -> str:
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
    for no, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        cleaned = clean_text(raw)
        if cleaned:
            lines.append(Line(text=cleaned, no=no, is_link=bool(_LINK.match(cleaned))))
    return lines
