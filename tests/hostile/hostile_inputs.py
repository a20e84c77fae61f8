"""Hostile inputs, generated on the fly (never committed): each function writes one file or folder and
returns its path. Used by tests/hostile/ and by tests/hostile/measure.py (the before/after table).

Sizes are parameters so a test can keep a case small and the measurement can use the issue's sizes.
"""
from __future__ import annotations

import os
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "reports"
DDA = SAMPLES / "daugavpils-draudziga-aicinajuma-vidusskola_2024-2025.txt"
BJC = SAMPLES / "daugavpils-bjc-jauniba_2024-2025.txt"
# other institutions' reports (different content, different names) for cases needing several reports
OTHERS = {
    "preschool": ROOT / "tests" / "cases" / "blind-preschool-2024-25-pdf" / "reports" / "pii-marpukite_2024-2025.txt",
    "music": ROOT / "tests" / "cases" / "blind-music-school-2023-24-tika" / "reports"
             / "kalnamuizas-muzikas-un-makslas-skola_2023-2024.txt",
    "gymnasium": ROOT / "tests" / "cases" / "blind-gymnasium-2023-24-pdf" / "reports" / "rujmalas-valsts-gimnazija_2023-2024.txt",
    "general": ROOT / "tests" / "cases" / "txt-2021-22-general" / "reports" / "priedaines-pamatskola_2021-2022.txt",
}

_CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                  b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  b'<Default Extension="xml" ContentType="application/xml"/>'
                  b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                  b'officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         b'officeDocument" Target="word/document.xml"/></Relationships>')
_PARAGRAPH = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>"


def docx_of_tiny_paragraphs(path: Path, xml_bytes: int = 95 * 2**20) -> Path:
    """A DOCX whose word/document.xml is `xml_bytes` of one-letter paragraphs (compressed, a few
    hundred KiB: the zip's bounds let it through, the parse is what it attacks)."""
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
    tail = b"</w:body></w:document>"
    count = max(1, (xml_bytes - len(head) - len(tail)) // len(_PARAGRAPH))
    chunk = _PARAGRAPH * 32768
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(head)
            full, rest = divmod(count, 32768)
            for _ in range(full):
                fh.write(chunk)
            fh.write(_PARAGRAPH * rest)
            fh.write(tail)
    return path


def repeated_text(path: Path, size: int, source: Path = DDA) -> Path:
    """A text report repeated until it is `size` bytes (its sections over and over)."""
    data = source.read_bytes()
    reps, rest = divmod(size, len(data))
    with open(path, "wb") as fh:
        for _ in range(reps):
            fh.write(data)
        fh.write(data[:rest])
    return path


def sparse_file(path: Path, size: int = 3 * 2**30) -> Path:
    """A file of `size` bytes that takes no disk space (a hole); reading it would take seconds and memory."""
    with open(path, "wb") as fh:
        fh.truncate(size)
    return path


def long_evidence_report(path: Path, chars: int = 200_000, source: Path = DDA) -> Path:
    """The sample school's report with one priority's evidence (the line under its status "Sasniegts",
    "Pēc pedagogu pašvērtējuma datiem 85,1%") grown by `chars` characters on that one line."""
    text = source.read_text(encoding="utf-8")
    anchor = "Pēc pedagogu pašvērtējuma datiem 85,1%"
    at = text.index(anchor) + len(anchor)
    sentence = "mācību stundu vērojumi apliecina skolēnu sadarbību un atbildību par mācīšanos "
    filler = (sentence * (chars // len(sentence) + 1))[:chars].rstrip() + " "
    path.write_text(text[:at] + " " + filler + text[at:], encoding="utf-8")
    return path


def one_word_changed(path: Path, source: Path = DDA) -> Path:
    """The same report with one word changed: a second version of the same institution and year."""
    text = source.read_text(encoding="utf-8")
    changed = text.replace("sadarbību", "sadarbošanos", 1)
    assert changed != text
    path.write_text(changed, encoding="utf-8")
    return path


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def odd_name(folder: Path, name: bytes, source: Path) -> Path:
    """Copy `source` to a file whose name is the raw bytes `name` (not UTF-8, or with control characters)."""
    target = os.path.join(os.fsencode(folder), name)
    with open(target, "wb") as fh:
        fh.write(source.read_bytes())
    return Path(os.fsdecode(target))
