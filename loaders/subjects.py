"""The subject reference seed (seeds/reference/subjects.csv): canonical codes for subject names.

Each alias is matched as the start of a capitalised phrase, accent- and case-insensitively, longest
alias first, so `Latviešu valoda un literatūra`, `Latviešu valoda` and `Latviešu val.` all give
`latvian`, and `Sociālās zinības` / `Sociālās zinātnes` give `social_sciences`. A name printed
shortened (its last word cut short of a word of the full name: `Matem.`, `LV val.`) keeps its dot in
the raw name, as printed; a full word's dot ends a sentence and is not part of it.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from loaders.reference import reference_dir
from loaders.textnorm import fold, fold_in_place

_LOOK_BEHIND = r"(?:(?<=^)|(?<=[\s.;,)(–—-]))"
_PHRASE_START = re.compile(_LOOK_BEHIND + r"([A-ZĀČĒĢĪĶĻŅŠŪŽ])")
_PHRASE_START_ANY = re.compile(_LOOK_BEHIND + r"([A-ZĀČĒĢĪĶĻŅŠŪŽa-zāčēģīķļņšūž])")


@dataclass(frozen=True)
class Subjects:
    aliases: tuple[tuple[str, str], ...]  # (folded alias, code), longest first
    name_words: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (code, folded words of its full name)
    # the same aliases by their first letter, so a phrase start is compared only with those that can match
    by_letter: dict[str, tuple[tuple[str, str], ...]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        grouped: dict[str, list[tuple[str, str]]] = {}
        for alias, code in self.aliases:
            grouped.setdefault(alias[:1], []).append((alias, code))
        object.__setattr__(self, "by_letter", {letter: tuple(pairs) for letter, pairs in grouped.items()})

    def find_mentions(self, text: str, any_case: bool = False) -> list[tuple[int, int, str, str]]:
        """(start, end, code, raw) for each subject name that opens a phrase in `text` (a capitalised
        one, as in a table cell; any word start with `any_case`, as in prose: `latviešu valodā`)."""
        folded = fold_in_place(text)
        found = []
        pos = 0
        for m in (_PHRASE_START_ANY if any_case else _PHRASE_START).finditer(text):
            start = m.start(1)
            if start < pos or folded[start] not in self.by_letter:   # no alias starts with that letter
                continue
            mention = self._mention_at(text, folded, start)
            if mention is not None:
                found.append(mention)
                pos = mention[1]
        return found

    def mention_at_start(self, text: str) -> tuple[int, int, str, str] | None:
        """`find_mentions(text)[0]` where it starts the text, else None; only the text's start is read."""
        if not _PHRASE_START.match(text):
            return None
        return self._mention_at(text, fold_in_place(text), 0)

    def _mention_at(self, text: str, folded: str, start: int) -> tuple[int, int, str, str] | None:
        """(start, end, code, raw) of the longest alias at a phrase start of `text`, else None."""
        for alias, code in self.by_letter.get(folded[start], ()):
            if folded.startswith(alias, start):
                end = _raw_end(text, start + len(alias))
                raw = text[start:end].strip(" -–—:")
                if text[end:end + 1] == "." and self._shortened(code, raw):
                    raw, end = raw + ".", end + 1   # `Matem.`, `LV val.`: the abbreviation's dot is printed
                return start, end, code, raw
        return None

    def _shortened(self, code: str, raw: str) -> bool:
        """The name's last word is cut short of a word of the subject's full name (`Matem`, `val`)."""
        last = fold(raw.split()[-1]) if raw.split() else ""
        words = dict(self.name_words).get(code, ())
        return bool(last) and any(word.startswith(last) and word != last for word in words)

    def code_of(self, name: str) -> str | None:
        folded = fold(name)
        for alias, code in self.aliases:
            if folded.startswith(alias):
                return code
        return None


def _raw_end(text: str, index: int) -> int:
    """Extend a matched alias to the end of its word, then through following name words (`un tehnoloģijas`)."""
    while index < len(text) and (text[index].isalpha()):
        index += 1
    m = re.match(r"((?:\s+(?:un|valoda|valodā|literatūra|tehnoloģijas|zinātnes|zinības|vēsture|māksla|II|I))*)",
                 text[index:])
    return index + (m.end() if m else 0)


@lru_cache(maxsize=4)
def load_subjects(path: Path | None = None) -> Subjects:
    path = path or reference_dir() / "subjects.csv"
    pairs = []
    name_words = []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names = [row["name_lv"], *[a for a in row.get("aliases", "").split("|") if a.strip()]]
            pairs.extend((fold(name).rstrip("."), row["subject"]) for name in names)
            name_words.append((row["subject"], tuple(fold(row["name_lv"]).split())))
    pairs.sort(key=lambda p: -len(p[0]))
    return Subjects(tuple(pairs), tuple(name_words))
