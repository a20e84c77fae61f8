"""Errors a reader raises for a file it cannot read (each carries one sentence for the user), and the
safe way to name a file in a message or a table."""

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class ReportError(Exception):
    """The file cannot be ingested (empty, corrupt, encrypted, not a report, too large...)."""


def display_name(name: str) -> str:
    """A file name as it can be printed and stored: bytes that are not UTF-8 as \\xNN, control
    characters (newlines, ANSI escapes) as \\xNN, so a message stays one line and a CSV cell valid."""
    text = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)
