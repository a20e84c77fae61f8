"""Bounds that keep any input from hanging the loaders or exhausting memory."""

MAX_FILE_BYTES = 50 * 2**20      # a report is a few MiB at most
MAX_PDF_PAGES = 300
MAX_ZIP_MEMBER_BYTES = 100 * 2**20  # uncompressed size of one DOCX part
MAX_ZIP_TOTAL_BYTES = 200 * 2**20
MAX_ZIP_MEMBERS = 5000              # parts in one DOCX archive
MAX_PDF_CHARS_PER_PAGE = 200_000    # a dense text page holds ~5,000 characters
READER_SECONDS = 120                # one PDF is read in a child process with this deadline...
READER_MEMORY_BYTES = 2 * 2**30     # ...and this much address space beyond its start
