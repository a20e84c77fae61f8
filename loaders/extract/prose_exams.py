"""State exam results written in prose (older templates, where the indicator table has none):
`Valsts pārbaudes darbos 9. klasē latviešu valodā skolēnu vidējais rezultāts ir 64,2% (valstī 63,6%).`

A sentence that names an exam (valsts pārbaudes darbi, eksāmens, centralizētais eksāmens) and a level
(9. klase → grade9; optimālajā → optimal; augstākajā / padziļinātajā → advanced) opens an exam
context. Its own subjects with percentages are rows, and so are the sentences that follow it in the
same section while the context lasts: a list of one subject per line after "Skolas vidējie
rezultāti:", or "Matemātikā 2021./2022. mācību gadā skolas vidējais rezultāts bija 38,9%". A sentence
about diagnostic tests, monitoring works, olympiads or a numbered sub-heading that names no exam ends
the context. The level of an entry is the last level named before it (else the context's); its year
the last school year named before it in its sentence (else the context's, else the report's).

A figure after target words (`vismaz 50%`, `mērķis`, `plānots`) is a target, never a result; a
percentage that is a count of learners or a class is not a result (loaders.extract.exam_results).
Priority sections (plans and their evidence) are not read here: report.py leaves them out. A table
(lines with grid columns) is not prose: where it holds exam results it is named in a warning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.exam_results import parse_exam_cell
from loaders.issues import Issues
from loaders.model import Line, span_ref
from loaders.subjects import Subjects
from loaders.textnorm import fold, fold_in_place

_EXAM = re.compile(r"valsts parbaudes darb|eksamen|centralizet")
_NOT_EXAM = re.compile(r"diagnostic|monitoring|ieskait|olimpiad|konkurs|aptauj|nosleguma eksamen|kvalifikacijas eksamen|"
                       r"specialitat")
_LEVELS = (("grade9", re.compile(r"\b9\.\s?klas|pamatizglitibas")),
           ("advanced", re.compile(r"augstakaj\w* limen|padzilinat")),
           ("optimal", re.compile(r"optimal\w* limen|visparej\w* kurs")))
_YEAR = re.compile(r"((?:19|20)[0-9]{2})\.?\s*[./–-]\s*((?:19|20)[0-9]{2})")
_SUBHEADING = re.compile(r"^[1-9][0-9]?\.[0-9]{1,2}\.?\s")
# a result is stated as one (`vidējais rezultāts ir 64,2%`) or listed right after its subject (`Ķīmija – 44,2%`)
_RESULT_WORDS = re.compile(r"rezultat|videj|ieguva|kartoja")


@dataclass
class _Context:
    level: str | None
    year: str | None


def extract_prose_exams(line_groups: list[list[Line]], school_year: str | None, subjects: Subjects,
                        issues: Issues | None = None) -> list[dict]:
    rows = []
    for lines in line_groups:
        context: _Context | None = None
        for sentence, sentence_lines in _sentences(lines):
            if all(line.col is not None for line in sentence_lines):
                # table cells run together are no sentence: a results table is named, not guessed at
                _name_exam_table(sentence, sentence_lines, context, subjects, issues)
                continue
            folded = fold(sentence)
            names_exam = bool(_EXAM.search(folded))
            if _NOT_EXAM.search(folded) or (_SUBHEADING.match(sentence) and not names_exam):
                context = None
                continue
            if names_exam:
                level = _single_level(folded) or (context.level if context else None)
                context = _Context(level, _last_year(sentence, len(sentence)) or (context.year if context else None))
            if context is None or "%" not in sentence:
                continue
            for entry in parse_exam_cell(sentence, subjects, any_case=True):
                level = _level_before(sentence, entry["start"]) or context.level
                if level is None or not (names_exam or _stated_as_result(sentence, folded, entry)):
                    continue
                year = _last_year(sentence, entry["figure_start"]) or context.year or school_year
                rows.append({"source_ref": span_ref(sentence_lines), "exam_level": level,
                             "subject": entry["subject"], "subject_raw": entry["subject_raw"],
                             "school_year": year, "measure": "result", "school_pct": entry["school_pct"],
                             "national_pct": entry["national_pct"], "failed_pct": entry["failed_pct"]})
    return _first_of_each(rows)


def _name_exam_table(text: str, lines: list[Line], context, subjects: Subjects, issues: Issues | None) -> None:
    if issues is None or "%" not in text or not (context or _EXAM.search(fold(text))):
        return
    names = list(dict.fromkeys(raw for *_, raw in subjects.find_mentions(text, any_case=True)))
    if names:
        issues.warn("exams", "exam_table_unread",
                    f"A table of exam results ({', '.join(names)}) is not read from prose sections; "
                    "its figures are not in exam_results.", lines)


def _single_level(folded: str) -> str | None:
    levels = [level for level, words in _LEVELS if words.search(folded)]
    return levels[0] if len(levels) == 1 else None


def _level_before(sentence: str, position: int) -> str | None:
    """The level named last before `position` (`optimālajā līmenī latviešu valodā ...`)."""
    folded = fold_in_place(sentence[:position]).lower()
    best, best_at = None, -1
    for level, words in _LEVELS:
        for m in words.finditer(folded):
            if m.start() > best_at:
                best, best_at = level, m.start()
    return best


def _last_year(sentence: str, position: int) -> str | None:
    """The last school year (`2021./2022.`) named before `position`."""
    found = None
    for m in _YEAR.finditer(sentence[:position]):
        if int(m.group(2)) == int(m.group(1)) + 1:
            found = f"{m.group(1)}/{m.group(2)}"
    return found


def _stated_as_result(sentence: str, folded: str, entry: dict) -> bool:
    between = sentence[entry["end"]:entry["figure_start"]]
    return bool(_RESULT_WORDS.search(folded)) or not re.search(r"[A-Za-zĀ-ž]", between)


def _first_of_each(rows: list[dict]) -> list[dict]:
    """One row per level × subject × year: the first statement (a later sentence repeating it is not a new row)."""
    seen, out = set(), []
    for row in rows:
        key = (row["exam_level"], row["subject"], row["school_year"])
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def _sentences(lines: list[Line]):
    """Sentences of consecutive lines, each with the lines it spans; a table (or a table and the text
    around it) is never one sentence with its neighbours."""
    block: list[Line] = []
    for line in lines:
        if block and (line.table, line.col is None) != (block[-1].table, block[-1].col is None):
            yield from _block_sentences(block)
            block = []
        block.append(line)
    if block:
        yield from _block_sentences(block)


def _block_sentences(lines: list[Line]):
    text, owners = "", []
    for line in lines:
        if text:
            text += " "
            owners.append(line)
        text += line.text
        owners.extend([line] * len(line.text))
    start = 0
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ]|\s*$)", text)]
    if text[ends[-1] if ends else 0:].strip():
        ends.append(len(text))  # the block's last words, with or without a full stop
    for end in ends:
        if end > start:
            span = owners[start:end]
            yield text[start:end].strip(), list(dict.fromkeys(span))
        start = end
