"""Decide a file's format from its first bytes: pdf, docx, txt, or a short word for what else it is."""
from __future__ import annotations

import io
import zipfile


def sniff_format(data: bytes) -> str:
    head = data[:1024]
    if head.lstrip(b"\x00\t\r\n ").startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except (zipfile.BadZipFile, ValueError, OSError, EOFError):
            return "corrupt zip"
        except NotImplementedError as exc:  # e.g. a newer zip version than Python reads
            return f"zip format that cannot be read ({exc})"
        return "docx" if "word/document.xml" in names else "zip (not a DOCX)"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "txt"  # UTF-16 text with its byte-order mark (Windows "Unicode" text)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "legacy Office file (.doc); save it as DOCX or PDF"
    if _looks_like_text(data[:65536]):
        return "txt"
    return "binary"


_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))  # deleted: what is left is control


def _looks_like_text(sample: bytes) -> bool:
    if b"\x00" in sample:
        return False
    control = len(sample.translate(None, _NOT_CONTROL))
    return control <= len(sample) * 0.01
