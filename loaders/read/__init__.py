"""Read step: turn a file into a `Document` (a flat list of `Line`s), whatever its format.

The format is chosen by content (magic bytes), not by file name. Readers only read: they do not
look for sections or values. A file that cannot be read raises `ReportError` with a one-line reason.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from loaders.errors import ReportError, display_name
from loaders.model import Document
from loaders.read.limits import MAX_FILE_BYTES
from loaders.read.sniff import sniff_format

_UNREADABLE = {
    "corrupt zip": "not a report: the file starts like a DOCX (zip archive) but the archive is damaged or truncated",
    "zip (not a DOCX)": "not a report: a zip archive without word/document.xml, so not a DOCX",
    "binary": "not a report: binary content that is neither PDF, DOCX nor text",
}


def read_document(path: Path) -> Document:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReportError(f"cannot open: {exc.strerror}") from exc
    if size == 0:
        raise ReportError("the file is empty")
    if size > MAX_FILE_BYTES:
        raise ReportError(f"the file is {size // 2**20} MiB, over the {MAX_FILE_BYTES // 2**20} MiB limit")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReportError(f"cannot read: {exc.strerror or exc}") from exc
    fmt = sniff_format(data)
    digest = hashlib.sha256(data).hexdigest()
    if fmt == "txt":
        from loaders.read.text import read_text

        lines = read_text(data)
    elif fmt == "pdf":
        from loaders.read.bounded import run_bounded
        from loaders.read.pdf import read_pdf

        lines = run_bounded(read_pdf, data)
    elif fmt == "docx":
        from loaders.read.docx import read_docx

        lines = read_docx(data)
    else:
        raise ReportError(_UNREADABLE.get(fmt, f"not a report: unrecognised content ({fmt})"))
    if not any(line.text for line in lines):
        raise ReportError("no text could be read from the file")
    return Document(source_file=display_name(path.name), source_format=fmt, sha256=digest, lines=lines)
