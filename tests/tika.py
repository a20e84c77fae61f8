"""Turn a test's text into Lines the way the TXT reader does (blank lines between lines optional)."""
from __future__ import annotations

from textwrap import dedent

from loaders.read.text import read_text
from loaders.split import split_sections


def lines(text: str):
    return read_text(dedent(text).strip("\n").encode("utf-8"))


def split(text: str):
    return split_sections(lines(text))
