"""Bad files: each gives one clear line naming the file and the reason, the other files are still
ingested, nothing of the failed file is written, and the exit code is non-zero."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from loaders.errors import ReportError
from loaders.read import read_document

ROOT = Path(__file__).resolve().parents[2]
GOOD = ROOT / "reports" / "daugavpils-bjc-jauniba_2024-2025.txt"
PDF = ROOT / "tests" / "cases" / "pdf-2024-25" / "reports" / "daugavpils-bjc-jauniba_2024-2025.pdf"

NOVEL = ("Nodaļa pirmā\n\nRīts pie jūras bija vēss, un zvejnieki jau sen bija devušies jūrā.\n\n"
         "Viņa skatījās uz viļņiem un domāja par vēstuli, kas vēl gulēja neatvērta uz galda.\n\n") * 40
INVOICE = ("RĒĶINS Nr. 2025/117\n\nSIA “Kokmateriāli”\n\nPakalpojums: dēļu piegāde\n\n"
           "1. Dēļi 25x100, 40 gab. 320,00 EUR\n\n2. Piegāde 45,00 EUR\n\nKopā apmaksai: 365,00 EUR\n\n")


def _encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(PDF.read_bytes())))
    writer.encrypt(user_password="parole", owner_password="parole")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _zip_without_docx_parts() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("notes.txt", "not a document")
    return out.getvalue()


def _zip_of_a_newer_version() -> bytes:
    """A DOCX whose central directory says it needs zip version 6.4 to extract (found by the fuzz test)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    data = bytearray(out.getvalue())
    central = data.index(b"PK\x01\x02")
    data[central + 6] = 64  # version needed to extract
    return bytes(data)


BAD = {
    "empty.txt": (lambda: b"", "empty"),
    "random.bin": (lambda: bytes(range(256)) * 64, "not a report"),
    "truncated.pdf": (lambda: PDF.read_bytes()[:20_000], "truncated"),
    "locked.pdf": (_encrypted_pdf, "password-protected"),
    "fake.docx": (lambda: b"This file was renamed to .docx but is plain text.\n" * 20, "not a self-assessment report"),
    "broken-zip.docx": (lambda: b"PK\x03\x04" + b"\x00garbage" * 100, "zip"),
    "archive.docx": (_zip_without_docx_parts, "not a DOCX"),
    "newer-zip.docx": (_zip_of_a_newer_version, "zip format that cannot be read"),
    "legacy.doc": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ".doc"),
    "novel.txt": (lambda: NOVEL.encode("utf-8"), "not a self-assessment report"),
    "invoice-cp1257.txt": (lambda: INVOICE.encode("cp1257"), "not a self-assessment report"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_reader_or_ingest_refuses_with_a_reason(name, tmp_path):
    make, reason = BAD[name]
    path = tmp_path / name
    path.write_bytes(make())
    run = subprocess.run([sys.executable, "-m", "parskats.cli", "ingest", str(path), "--out", str(tmp_path / "out")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode != 0
    errors = [ln for ln in run.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1, run.stderr
    assert name in errors[0] and reason.lower() in errors[0].lower(), errors[0]


def test_bad_files_do_not_stop_the_good_one_and_leave_nothing_behind(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / GOOD.name).write_bytes(GOOD.read_bytes())
    for name, (make, _) in BAD.items():
        (reports / name).write_bytes(make())
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "parskats.cli", "ingest", str(reports), "--out", str(out)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1
    errors = [ln for ln in run.stderr.splitlines() if ln.startswith("error:")]
    assert sorted(ln.split(":")[1].strip() for ln in errors) == sorted(BAD)
    for table in out.glob("*.csv"):
        with table.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        if table.name == "reports.csv":
            assert [r["source_file"] for r in rows] == [GOOD.name]
        report_ids = {r.get("report_id") for r in rows}
        assert len(report_ids) <= 1, table.name  # only the good report's rows


def test_windows_1257_report_is_read_with_latvian_letters(tmp_path):
    path = tmp_path / "cp1257.txt"
    path.write_bytes(GOOD.read_text(encoding="utf-8").encode("cp1257", errors="strict"))
    doc = read_document(path)
    text = "\n".join(ln.text for ln in doc.lines)
    assert "kultūrizglītības joma" in text and "Šaurā ielā" in text and "“Jaunība”" in text


def test_read_document_names_the_reason_for_a_non_report_binary(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with pytest.raises(ReportError, match="not a report"):
        read_document(path)
