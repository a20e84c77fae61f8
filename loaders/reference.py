"""The hand-kept reference seeds (seeds/reference/*.csv) as the loaders read them.

The same files are dbt seeds, so a vocabulary has one home that the loaders, the models, the gate and
the overview all read: priority statuses (spellings, Latvian label, score), leaving-reason categories
(label, template item, keywords), programme-code parts, subjects (loaders.subjects). This module finds
and parses them; it holds no vocabulary itself and does not match report text.

The project root is the folder holding seeds/ (the package is installed editable from it);
PARSKATS_HOME overrides it.
"""
from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from loaders.textnorm import fold


def project_root() -> Path:
    env = os.environ.get("PARSKATS_HOME")
    return Path(env).resolve() if env else Path(__file__).resolve().parents[1]


def reference_dir() -> Path:
    return project_root() / "seeds" / "reference"


@lru_cache(maxsize=16)
def read_seed(name: str, folder: Path | None = None) -> tuple[dict, ...]:
    """The rows of seeds/reference/<name>.csv as dicts (empty cells as '')."""
    with open((folder or reference_dir()) / f"{name}.csv", newline="", encoding="utf-8") as fh:
        return tuple(csv.DictReader(fh))


@dataclass(frozen=True)
class StatusVocabulary:
    """Priority status spellings -> status code. A spelling ending in `$` counts only as the whole cell
    (an optional dot after it): `daļēji$` reads "Daļēji." but not "daļēji ieviests"."""

    pattern: re.Pattern
    by_spelling: dict[str, str]   # folded spelling -> status

    def match(self, folded_text: str) -> re.Match | None:
        return self.pattern.match(folded_text)

    def status_of(self, folded_phrase: str) -> str:
        return self.by_spelling.get(folded_phrase.rstrip(". "), "unknown")


@lru_cache(maxsize=1)
def priority_statuses() -> StatusVocabulary:
    spellings: list[tuple[str, bool, str]] = []
    for row in read_seed("priority_statuses"):
        for spelling in filter(None, (s.strip() for s in row["spellings"].split("|"))):
            whole = spelling.endswith("$")
            spellings.append((fold(spelling.rstrip("$")), whole, row["status"]))
    spellings.sort(key=lambda s: -len(s[0]))
    alternatives = "|".join(re.escape(s) + (r"(?=\.?$)" if whole else "") for s, whole, _ in spellings)
    pattern = re.compile(rf"^({alternatives})(?=$|[\s.,;:!(—–-])")
    return StatusVocabulary(pattern, {s: status for s, _, status in spellings})


@dataclass(frozen=True)
class LeavingCategories:
    ordered: tuple[tuple[str, re.Pattern], ...]   # (category, keywords over folded text), match order
    by_item: dict[str, str]                       # template item (1.2.1) -> category

    def category_of(self, text: str) -> str | None:
        folded = fold(text)
        return next((category for category, words in self.ordered if words.search(folded)), None)


@lru_cache(maxsize=1)
def leaving_categories() -> LeavingCategories:
    rows = sorted(read_seed("leaving_categories"), key=lambda r: int(r["match_order"]))
    ordered = tuple((r["category"], re.compile(fold(r["keywords"]))) for r in rows if r["keywords"])
    return LeavingCategories(ordered, {r["template_item"]: r["category"] for r in rows if r["template_item"]})


@lru_cache(maxsize=4096)
def code_part(code: str, part: str) -> str | None:
    """The key of one part of an 8-digit programme code (seeds/reference/programme_code_parts.csv),
    e.g. code_part("33811021", "thematic_field"); a row scoped to the code's level wins."""
    best = None
    for row in read_seed("programme_code_parts"):
        if row["part"] != part:
            continue
        first, last = int(row["first_digit"]), int(row["last_digit"])
        if code[first - 1:last] != row["code_value"]:
            continue
        if row["level_scope"] and row["level_scope"] != code[:1]:
            continue
        if best is None or row["level_scope"]:
            best = row["key"]
    return best


@lru_cache(maxsize=1)
def national_averages() -> dict[tuple[str, str, str], float]:
    """Published national exam averages: (school_year, exam_level, subject) -> percent."""
    return {(r["school_year"], r["exam_level"], r["subject"]): float(r["national_pct"])
            for r in read_seed("national_exam_averages") if r["national_pct"]}
