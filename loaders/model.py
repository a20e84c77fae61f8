"""The block model every reader produces and every extractor consumes.

A document is a flat, ordered list of `Line`s: one line of text (a paragraph line, or one table cell
line) with where it came from. Readers for TXT, PDF and DOCX all produce this, so nothing after the
read step knows the input format. This module holds no parsing rules.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field


def clean_text(text: str) -> str:
    """NFC, no-break and odd spaces folded, whitespace collapsed, stripped."""
    text = unicodedata.normalize("NFC", text)
    if "\u00ad" in text or "\ufeff" in text:
        text = text.replace("\u00ad", "").replace("\ufeff", "")
    return " ".join(text.split())  # str.split's whitespace is re's `\s` (both str.isspace)


def clean_lines(text: str) -> list[str]:
    """`clean_text` of each line of `text` (split on "\n" only), the text normalised once: NFC
    never composes or reorders across a newline (a starter that combines with nothing), so this is
    `[clean_text(line) for line in text.split("\n")]`."""
    text = unicodedata.normalize("NFC", text)
    if "\u00ad" in text or "\ufeff" in text:
        text = text.replace("\u00ad", "").replace("\ufeff", "")
    return [" ".join(line.split()) for line in text.split("\n")]


class _KeptAfterFirstUse:
    """A property computed on first use and kept in the instance's __dict__ (later reads are plain
    attribute reads). functools.cached_property does the same but takes a lock on every first use,
    which costs more than computing a line's `ref`."""

    def __init__(self, compute):
        self.compute = compute
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


@dataclass(frozen=True, init=False)
class Line:
    """One line of text and its location.

    `unit` and `no` locate it inside `prefix`: ("L", 120) with prefix "" is line 120 of a text file;
    prefix "p3:" and ("L", 12) is line 12 of PDF page 3; prefix "t2:" and ("r", 4) is row 4 of DOCX
    table 2; prefix "" and ("P", 7) is DOCX body paragraph 7. `table`/`row`/`col` are set where the
    reader saw real table structure (DOCX, PDF tables, layout text), else None.
    """

    text: str
    no: int
    unit: str = "L"
    prefix: str = ""
    page: int | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None
    is_link: bool = False

    def __init__(self, text: str, no: int, unit: str = "L", prefix: str = "", page: int | None = None,
                 table: int | None = None, row: int | None = None, col: int | None = None, is_link: bool = False):
        # the fields above, set as a frozen dataclass's own __init__ would but into __dict__ at once
        # (that one calls object.__setattr__ per field): ~600 lines are made or copied a report
        # (tests/parsing/test_line_model.py checks these parameters are the fields)
        fields = self.__dict__
        fields["text"], fields["no"], fields["unit"], fields["prefix"], fields["page"] = text, no, unit, prefix, page
        fields["table"], fields["row"], fields["col"], fields["is_link"] = table, row, col, is_link

    @_KeptAfterFirstUse   # asked ~1,500 times a report (spans, cited lines); kept outside the fields
    def ref(self) -> str:
        return f"{self.prefix}{self.unit}{self.no}"


def span_ref(lines: list[Line] | tuple[Line, ...]) -> str:
    """source_ref of a span of lines given in document order: `L120-L134`, `p3:L12-L20`, `t2:r4`,
    or `first-last` where the span crosses pages or tables."""
    lines = [ln for ln in lines if ln is not None]
    if not lines:
        return ""
    first, last = lines[0], lines[-1]
    if first.ref == last.ref:
        return first.ref
    if first.prefix == last.prefix and first.unit == last.unit:
        return f"{first.prefix}{first.unit}{first.no}-{last.unit}{last.no}"
    return f"{first.ref}-{last.ref}"


@dataclass
class Document:
    """What a reader returns: the lines plus facts about the file."""

    source_file: str
    source_format: str  # txt | pdf | docx
    sha256: str
    lines: list[Line] = field(default_factory=list)
