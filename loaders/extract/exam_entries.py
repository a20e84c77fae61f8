"""State exam results inside the indicator table -> `exam_results` rows.

A cell lists subjects: `Latviešu valoda - 36,4% (valstī 59,1%), nenokārtoja 8% skolēnu.` The subject
is recognised through the subject reference seed (loaders.subjects); a figure after `valstī` (or
`valsts vidējais`, `Latvijā`) is the national average, one after `nenokārtoja` the share that failed
(a percentage: `nenokārtoja 1 skolēns` is a count), and the first other figure the school's own
percentage. A figure after target words (`vismaz 50%`, `mērķis`) is a target: it is the school figure
only where targets are asked for (the table's target column). A subject with no figure (marked as not
taken) gives no row. The exam level comes from the row name (9th grade, optimal, advanced /
"augstākajā līmenī").
"""
from __future__ import annotations

import re

from loaders.numbers import find_numbers
from loaders.subjects import Subjects
from loaders.textnorm import fold

_NATIONAL = re.compile(r"\bvalst|\blatvij|\blv\b")
_FAILED = re.compile(r"nenokart|nav nokart|nesekmig|nenokārt|\bnenok\.")
_TARGET = re.compile(r"\bvismaz\b|\bne mazak\b|\bne zemak\b|\bmerk|\bplan|\bsasniegt\b|\bjasasniedz|\bbus\b|\bparsniegt")
# `9.kl.`, `12. klasē`, `(12 skolēni)`: a class or a head count (no `%`) beside a result is not the result
_NOT_A_RESULT = re.compile(r"\.?\s*(kl\b|kl\.|klas|skolēn|skolen|izglītojam|audzēkņ|gad|g\.|m\.\s?g)", re.IGNORECASE)
# `5 % slieksni` (the pass mark), `par 3,4 procentpunktiem` (a change): never a figure of the entry
_NEVER_A_FIGURE = re.compile(r"\s*(slieksn|robež|procentpunkt|punkt|p\.\s?p\.)", re.IGNORECASE)
# `21,6 % izglītojamo ... nenokārtoja`: a share of learners the words after it say failed
_SHARE_OF_LEARNERS = re.compile(r"\s*(izglītojam|skolēn|audzēkņ|kursant|absolvent)", re.IGNORECASE)


_EXAM_WORDS = re.compile(r"parbaudes|eksamen|centralizet|\bce\b|\bvpd\b")


def exam_level(name: str, parent: str = "") -> str | None:
    """The exam level an indicator row's name stands for, where the row or the row it is under names an
    exam (`optimālu apguves līmeni` in a learning-outcome row is no exam level); a diagnostic test or
    monitoring work is no exam."""
    folded = fold(name)
    if re.search(r"diagnostic|monitoring", folded) or not (_EXAM_WORDS.search(folded) or _EXAM_WORDS.search(fold(parent))):
        return None
    if re.search(r"padzilinat|augstakaj", folded):
        return "advanced"
    if re.search(r"optimal|visparej\w* kurs", folded):
        return "optimal"
    if re.search(r"9\.?\s?klas|pamatizglitibas", folded) and re.search(r"parbaudes|eksamen", folded):
        return "grade9"
    return None


def parse_exam_cell(text: str, subjects: Subjects, any_case: bool = False, targets: bool = False,
                    doubts: list[str] | None = None) -> list[dict]:
    """Every subject entry of one cell (or prose sentence, with `any_case`): subject, subject_raw,
    school_pct, national_pct, failed_pct, and where in `text` it stands (start and end of the subject
    name, figure_start of its school figure). With `targets`, a figure after target words is the
    school figure (a target cell); without, it is never a result. `doubts` collects, per subject, what
    does not add up: figures but no school figure, a subject with no figure and no word that it was not
    taken, a figure left over (cells glued together)."""
    mentions = subjects.find_mentions(text, any_case=any_case)
    entries = []
    for n, (start, end, code, raw) in enumerate(mentions):
        stop = mentions[n + 1][0] if n + 1 < len(mentions) else len(text)
        qualifier = _NAME_QUALIFIER.match(text, end, stop)
        if qualifier:   # `Krievu valoda (svešvaloda)`: words in brackets right after the name are the name's
            raw, end = text[start:qualifier.end()].strip(), qualifier.end()
        segment = text[end:stop]
        entry = _parse_segment(segment, targets)
        if doubts is not None:
            doubt = _doubt(segment, entry)
            if doubt:
                doubts.append(f"{raw}: {doubt}")
        if entry is None:
            continue
        entry["figure_start"] += end
        entry.update(subject=code, subject_raw=raw, start=start, end=end)
        entries.append(entry)
    return entries


# words (no figure) in brackets right after a subject's name, before its figures: part of the name as printed
_NAME_QUALIFIER = re.compile(r"\s*\((?:[^\W\d_]+\s?){1,3}\)(?=\s*[–—:-])")
_NOT_TAKEN = re.compile(r"nekart|nav kart|nekarto|nav attiecin|atbrivot|nepieteic")


def _doubt(segment: str, entry: dict | None) -> str | None:
    folded = fold(segment)
    figures = [n for n in find_numbers(segment) if n.percent]
    if entry is None:
        if figures:
            return "figures but no school result (" + ", ".join(n.raw.strip() for n in figures) + ")"
        if not _NOT_TAKEN.search(folded) and not re.search(r"[0-9]", segment):
            return "no figure, and not said to be not taken"
        return None
    used = sum(1 for k in ("school_pct", "national_pct", "failed_pct") if entry[k] is not None)
    if len(figures) > used and not _TARGET.search(folded):
        return "more percentages than school, national and failed (" + ", ".join(n.raw.strip() for n in figures) + ")"
    return None


def _parse_segment(segment: str, targets: bool = False) -> dict | None:
    """Each figure's role is read from the words since the previous figure: `valstī` → national,
    `nenokārtoja` → failed, target words → a target, otherwise the first is the school's own result.
    A share of learners that the rest of its clause says failed (`21,6 % izglītojamo ... nenokārtoja`)
    is the failed share too; a pass mark (`5 % slieksni`), a change in points, or a figure inside a
    word (`Covid-19`) is no figure of the entry."""
    numbers = [n for n in find_numbers(segment)
               if (n.percent or not (_NOT_A_RESULT.match(segment, n.end) or 1990 <= n.value <= 2100))
               and not _NEVER_A_FIGURE.match(segment, n.end) and not re.search(r"[A-Za-zĀ-ž]-$", segment[:n.start])]
    school = national = failed = None
    figure_start = 0
    previous_end = 0
    for number in numbers:
        words = fold(segment[previous_end: number.start])
        previous_end = number.end
        if _FAILED.search(words):
            if number.percent and failed is None:
                failed = number.value
        elif _NATIONAL.search(words):
            national = number.value if national is None else national
        elif _TARGET.search(words) and not targets:
            if school is None:
                return None  # the subject's figure is a target: no result here
        elif school is None:
            school, figure_start = number.value, number.start
        elif failed is None and _failed_after(segment, number):
            failed = number.value
    if school is None:
        return None
    return {"school_pct": school, "national_pct": national, "failed_pct": failed, "figure_start": figure_start}


def _failed_after(segment: str, number) -> bool:
    """`21,6 % izglītojamo nesasniedza ... un eksāmenu nenokārtoja`: a percentage of learners whose own
    clause (up to `;` or a full stop) goes on to say they failed."""
    if not number.percent or not _SHARE_OF_LEARNERS.match(segment, number.end):
        return False
    clause = re.split(r"[;]|\.(?=\s|$)", segment[number.end:], maxsplit=1)[0]
    return bool(_FAILED.search(fold(clause)))
