"""Bounds that keep any input from hanging the loaders or exhausting memory.

The per-file deadline and memory cap can be lowered (or raised) for a run through the environment:
PARSKATS_READER_SECONDS and PARSKATS_READER_MEMORY_MB (read once, when the loaders are imported).
"""
import os


def _env_number(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if value > 0 else default


MAX_FILE_BYTES = 50 * 2**20      # a report is a few MiB at most
MAX_PDF_PAGES = 300
MAX_ZIP_MEMBER_BYTES = 100 * 2**20  # uncompressed size of one DOCX part
MAX_ZIP_TOTAL_BYTES = 200 * 2**20
MAX_ZIP_MEMBERS = 5000              # parts in one DOCX archive
MAX_DOCX_PARAGRAPHS = 200_000       # a 300-page report with large tables has some 20,000
MAX_PDF_CHARS_PER_PAGE = 200_000    # a dense text page holds ~5,000 characters
# one file is read in a worker process with this deadline and this much address space beyond its start
READER_SECONDS = _env_number("PARSKATS_READER_SECONDS", 120)
READER_MEMORY_BYTES = int(_env_number("PARSKATS_READER_MEMORY_MB", 2048) * 2**20)
