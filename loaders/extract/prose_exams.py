"""State exam results written in prose (older templates, where the indicator table has none):
`Valsts pārbaudes darbos 9. klasē latviešu valodā skolēnu vidējais rezultāts ir 64,2% (valstī 63,6%).`

A sentence gives rows when it names an exam (valsts pārbaudes darbi, eksāmens, centralizētais
eksāmens), one level (9. klase → grade9; optimālajā → optimal; augstākajā / padziļinātajā → advanced)
and subjects with percentages. Diagnostic tests and monitoring works are not exams; a sentence whose
level is unclear gives nothing. The year is the one the sentence names, else the report's.
"""
from __future__ import annotations

import re

from loaders.extract.exam_results import parse_exam_cell
from loaders.model import Line, span_ref
from loaders.subjects import Subjects
from loaders.textnorm import fold

_EXAM = re.compile(r"valsts parbaudes darb|eksamen|centralizet")
_NOT_EXAM = re.compile(r"diagnostic|monitoring|ieskait")
_LEVELS = (("grade9", re.compile(r"\b9\.\s?klas|pamatizglitibas")),
           ("advanced", re.compile(r"augstakaj\w* limen|padzilinat")),
           ("optimal", re.compile(r"optimal\w* limen|visparej\w* kurs")))
_YEAR = re.compile(r"((?:19|20)[0-9]{2})\.?\s*[./–-]\s*((?:19|20)[0-9]{2})")


def extract_prose_exams(line_groups: list[list[Line]], school_year: str | None, subjects: Subjects) -> list[dict]:
    rows = []
    for lines in line_groups:
        for sentence, sentence_lines in _sentences(lines):
            folded = fold(sentence)
            if not _EXAM.search(folded) or _NOT_EXAM.search(folded) or "%" not in sentence:
                continue
            levels = [level for level, words in _LEVELS if words.search(folded)]
            if len(levels) != 1:
                continue
            year = _year_of(sentence) or school_year
            for entry in parse_exam_cell(sentence, subjects, any_case=True):
                rows.append({"source_ref": span_ref(sentence_lines), "exam_level": levels[0],
                             "subject": entry["subject"], "subject_raw": entry["subject_raw"],
                             "school_year": year, "measure": "result", "school_pct": entry["school_pct"],
                             "national_pct": entry["national_pct"], "failed_pct": entry["failed_pct"]})
    return rows


def _year_of(sentence: str) -> str | None:
    m = _YEAR.search(sentence)
    if m and int(m.group(2)) == int(m.group(1)) + 1:
        return f"{m.group(1)}/{m.group(2)}"
    return None


def _sentences(lines: list[Line]):
    """Sentences of consecutive lines, each with the lines it spans."""
    text, owners = "", []
    for line in lines:
        if text:
            text += " "
            owners.append(line)
        text += line.text
        owners.extend([line] * len(line.text))
    start = 0
    for m in re.finditer(r"[.!?](?=\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ]|\s*$)", text):
        end = m.end()
        if end > start:
            span = owners[start:end]
            yield text[start:end].strip(), list(dict.fromkeys(span))
        start = end
