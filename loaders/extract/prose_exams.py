"""State exam results written in prose (older templates, where the indicator table has none):
`Valsts pārbaudes darbos 9. klasē latviešu valodā skolēnu vidējais rezultāts ir 64,2% (valstī 63,6%).`

A sentence that names an exam (valsts pārbaudes darbi, eksāmens, centralizētais eksāmens) opens an
exam context. Its own subjects with percentages are rows, and so are the sentences that follow it in
the same section while the context lasts: a list of one subject per line after "Skolas vidējie
rezultāti:", or "Matemātikā 2021./2022. mācību gadā skolas vidējais rezultāts bija 38,9%". A sentence
about diagnostic tests, monitoring works, olympiads, or a numbered sub-heading (`7.2.2. ...`, always
the start of a sentence) ends the context (where such words only open the sentence's last clause, after
every figure, `…, tāpēc plānoti diagnosticējošie darbi`, that clause is dropped and the rest is read);
a sub-heading that names an exam opens a fresh one.

- Level: the last level named before the entry's figure (9. klase → grade9; optimālajā → optimal;
  augstākajā / padziļinātajā → advanced; `Angļu valoda augstākajā līmenī – 58%` names its own), else
  the context's. A list's opening that names one level (`Vidējie rezultāti optimālajā līmenī:`) sets
  the context's level for the lines after it. Centralised exams had a single level until 2021/22:
  a secondary exam (centralizētais eksāmens, vidējās izglītības posms, 12. klase) of such a year with
  no level named is `optimal`, and so is one of those years named at a level. A later year's
  centralised exam with no level named is named in an `ambiguous_value` issue, not guessed.
- Year: the last school year named before the figure in its sentence (`2021./2022.`), or the last
  relative one (`iepriekšējā mācību gadā` → the year before the context's, `nākamajā mācību gadā` →
  the year after), else the context's, else the report's.
- Targets: a sentence whose words before its first subject set a target (`izvirzām mērķi ... sasniegt
  vismaz: latviešu valodā – 55%`) gives target rows, where the year it names is after the report's
  (a target for a year already evaluated, or for no named year, is not written). Elsewhere a figure
  after target words is never a result.
- The failed share may follow in the next sentence, naming no subject (`21,6 % izglītojamo ... eksāmenu
  nenokārtoja`): it belongs to the one result the sentence before stated.
- A results table among the prose (subjects by year columns; loaders.extract.prose_exam_tables) is
  read by its header's years, a year's national average and failed share with its result where the
  header gives them columns; one it cannot map is named in a warning.
- The same result stated twice (a criterion quoting a result of the exam section) is one row; two
  statements that disagree are an `ambiguous_value` issue naming the subject, and no row.

A percentage that is a count of learners or a class, a pass mark or a change in points is not a
result (loaders.extract.exam_entries). Priority sections (plans and their evidence) are not read here:
report.py leaves them out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.exam_entries import parse_exam_cell
from loaders.extract.prose_exam_tables import ResultsTable, read_grid_table, text_tables
from loaders.issues import Issues
from loaders.model import Line, span_ref
from loaders.numbers import find_numbers
from loaders.subjects import Subjects
from loaders.textnorm import fold, fold_in_place

_SECTION = "exams"
_EXAM = re.compile(r"valsts parbaudes darb|eksamen|centralizet")
_NOT_EXAM = re.compile(r"diagnostic|monitoring|ieskait|olimpiad|konkurs|aptauj|nosleguma eksamen|kvalifikacijas eksamen|"
                       r"specialitat")
_GRADE9 = re.compile(r"\b9\.\s?klas|pamatizglitibas")
# the course a secondary exam follows names its level: the general course's exam is at the optimal level
_LEVELS = (("grade9", _GRADE9),
           ("advanced", re.compile(r"augstak\w* limen|padzilinat\w* (?:kursa )?limen")),
           ("optimal", re.compile(r"optimal\w* (?:kursa )?limen|visparej\w* kursa limen")))
# a secondary (centralised) exam, whatever its level
_SECONDARY = re.compile(r"centralizet|videj\w* izglitib|\b12\.\s?klas")
LAST_SINGLE_LEVEL_YEAR = 2021  # 2021/2022: the last year of single-level centralised exams
_YEAR = re.compile(r"((?:19|20)[0-9]{2})\.?\s*[./–-]\s*((?:19|20)[0-9]{2})")
_RELATIVE_YEAR = ((-1, re.compile(r"\b(?:ieprieksej|pagajus)\w* (?:macibu )?gad|\bpern\b")),
                  (1, re.compile(r"\b(?:nakam|nakos)\w* (?:macibu )?gad")))
_SUBHEADING = re.compile(r"^[1-9][0-9]?\.[0-9]{1,2}\.(?:[0-9]{1,2}\.)?(?:\s|$)")
# a sub-heading's title opens in capitals, or with an ordinal (`7.2. 9. klases valsts pārbaudes darbi`)
_SUBHEADING_LINE = re.compile(r"^[1-9][0-9]?\.[0-9]{1,2}\.(?:[0-9]{1,2}\.)?"
                              r"(?:\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ]|\s+[0-9]{1,2}\.\s+[a-zāčēģīķļņšūž]|$)")
# a sentence ends at a full stop before a capital, or before a school year that opens the next one
# (`... konsultācijas. 2022./2023. mācību gadā ...`)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ]|\s*$)|(?<=[A-Za-zĀ-ž%)][.!?])(?=\s+(?:19|20)[0-9]{2}\.\s?/)")
# a result is stated as one (`vidējais rezultāts ir 64,2%`) or listed right after its subject (`Ķīmija – 44,2%`)
_COMPARISON = re.compile(r"salidzin|\bneka\b|\bpret\b")
_RESULT_WORDS = re.compile(r"rezultat|videj|ieguva|kartoja")
_SETS_TARGET = re.compile(r"\bmerk|\bizvirz|\bplano|\bplanot|\bvismaz\b|\bsasniegt\b|\bjasasniedz|\bbus\b")
_FAILED_WORDS = re.compile(r"nenokart|nav nokart")
_LEARNERS_AFTER = re.compile(r"\s*(izglītojam|skolēn|audzēkņ|kursant|absolvent)", re.IGNORECASE)


@dataclass
class _Context:
    level: str | None
    year: str | None
    secondary: bool = False


def extract_prose_exams(line_groups: list[list[Line]], school_year: str | None, subjects: Subjects,
                        issues: Issues | None = None) -> list[dict]:
    issues = issues if issues is not None else Issues()
    rows: list[dict] = []
    for lines in line_groups:
        context: _Context | None = None
        previous: list[dict] = []   # the rows the sentence before gave
        for kind, item, item_lines in _pieces(lines, subjects, school_year):
            if kind == "table":
                rows.extend(_table_rows(item, item_lines, context, school_year, issues))
                previous = []
                continue
            if kind == "grid":
                table = read_grid_table(item_lines, subjects, school_year)
                if isinstance(table, ResultsTable):
                    rows.extend(_table_rows(table, item_lines, context, school_year, issues))
                else:
                    _name_exam_table(item, item_lines, context, subjects, issues, table)
                previous = []
                continue
            sentence, sentence_lines = _without_trailing_other_work(item, context), item_lines
            folded = fold(sentence)
            names_exam = bool(_EXAM.search(folded))
            subheading = bool(_SUBHEADING.match(sentence))
            if subheading:
                context = None
            if _NOT_EXAM.search(folded) or (subheading and not names_exam):
                context, previous = None, []
                continue
            mentions = subjects.find_mentions(sentence, any_case=True)
            sets_target = bool(mentions) and bool(_SETS_TARGET.search(fold(sentence[:mentions[0][0]])))
            base = (context.year if context else None) or school_year
            if names_exam:
                own = None if sets_target else _context_year(sentence, base, bool(mentions) and "%" in sentence)
                level, secondary = _own_exam(folded, context)
                context = _Context(level, own or (context.year if context else None), secondary)
            elif context is not None:
                context = _list_level(sentence, mentions, context)
            if context is None or "%" not in sentence:
                continue
            if previous and not mentions:
                _failed_share_for(previous, sentence, sentence_lines, issues)
                previous = []
                continue
            previous = _sentence_rows(sentence, sentence_lines, folded, names_exam, sets_target, context, base,
                                      school_year, subjects, issues)
            rows.extend(previous)
    return _one_per_key(rows, issues)


def _without_trailing_other_work(sentence: str, context: _Context | None) -> str:
    """An exam sentence whose last clause, after every figure, turns to other work (`…, tāpēc plānotas
    konsultācijas un diagnosticējošie darbi`): the sentence without that clause, so the results before
    it are read. Only where the sentence names an exam or an exam context is open."""
    folded = fold_in_place(sentence)
    other = _NOT_EXAM.search(folded)
    if other is None or not (context is not None or _EXAM.search(folded[:other.start()])):
        return sentence
    cut = max(sentence.rfind(",", 0, other.start()), sentence.rfind(";", 0, other.start()))
    if cut <= 0 or re.search(r"[0-9]\s*%", sentence[cut:]) or _NOT_EXAM.search(folded[:cut]):
        return sentence
    return sentence[:cut]


def _sentence_rows(sentence: str, lines: list[Line], folded: str, names_exam: bool, sets_target: bool,
                   context: _Context, base: str | None, school_year: str | None, subjects: Subjects,
                   issues: Issues) -> list[dict]:
    out = []
    for entry in parse_exam_cell(sentence, subjects, any_case=True, targets=sets_target):
        # a level named after the subject, before its figure, is its own (`Angļu valoda augstākajā līmenī – 58%`)
        level = _level_before(sentence, entry["figure_start"]) or context.level
        if not (names_exam or sets_target or _stated_as_result(sentence, folded, entry)):
            continue
        year = _last_year(sentence, entry["figure_start"], base) or context.year or school_year
        if sets_target and not _after(year, school_year):
            continue  # a target for a year already evaluated, or for no year named
        level = _level_of_year(level, year, context.secondary)
        if level is None:
            issues.warn(_SECTION, "ambiguous_value",
                        f"The exam level of {entry['subject_raw']} ({year}, {entry['school_pct']:g}%) is not stated; "
                        "no row is written.", lines)
            continue
        target = sets_target
        out.append({"source_ref": span_ref(lines), "_lines": lines, "exam_level": level,
                    "subject": entry["subject"], "subject_raw": entry["subject_raw"],
                    "school_year": year, "measure": "target" if target else "result",
                    "school_pct": entry["school_pct"],
                    "national_pct": None if target else entry["national_pct"],
                    "failed_pct": None if target else entry["failed_pct"]})
    return out


def _table_rows(table: ResultsTable, lines: list[Line], context: _Context | None, school_year: str | None,
                issues: Issues) -> list[dict]:
    """A row per subject and year with a school figure; the national average and failed share of that
    year's columns, where the table has them, go with it (`–` there: none)."""
    names = ", ".join(dict.fromkeys(r.subject_raw for r in table.rows))
    level = context.level if context else None
    if table.unread:
        issues.warn(_SECTION, "exam_table_unread",
                    f"In a table of exam results, the rows of {', '.join(table.unread)} do not hold one figure or "
                    "no-figure word per column; they are not in exam_results.", lines)
    out = []
    for row in table.rows:
        figures: dict[tuple[str, str], dict[str, float | None]] = {}
        for (year, measure, figure), value in zip(table.columns, row.values):
            figures.setdefault((year, measure), {})[figure] = value
        for (year, measure), of_year in figures.items():
            if of_year.get("school") is None:
                continue
            if not year:  # the header names no year: the one the prose before it states
                if context is None:
                    issues.warn(_SECTION, "ambiguous_value", f"A table of exam results ({names}) names no school "
                                "year and follows no sentence about an exam; no rows are written.", lines)
                    return []
                year = context.year or school_year
            row_level = _level_of_year(row.level or level, year, context.secondary if context else False)
            if row_level is None:
                issues.warn(_SECTION, "ambiguous_value",
                            f"A table of exam results ({names}) does not say which exam it holds; no rows are written.",
                            lines)
                return []
            out.append({"source_ref": span_ref(row.lines), "exam_level": row_level, "subject": row.subject,
                        "subject_raw": row.subject_raw, "school_year": year, "measure": measure,
                        "school_pct": of_year["school"], "national_pct": of_year.get("national"),
                        "failed_pct": of_year.get("failed")})
    return out


def _failed_share_for(previous: list[dict], sentence: str, lines: list[Line], issues: Issues) -> None:
    """`21,6 % izglītojamo nesasniedza ... un eksāmenu nenokārtoja.` after a sentence stating one result."""
    if not _FAILED_WORDS.search(fold(sentence)):
        return
    shares = [n for n in find_numbers(sentence) if n.percent and _LEARNERS_AFTER.match(sentence, n.end)]
    results = [r for r in previous if r["measure"] == "result" and r["failed_pct"] is None]
    if len(shares) == 1 and len(results) == 1 and len(previous) == 1:
        results[0]["failed_pct"] = shares[0].value
        results[0]["source_ref"] = span_ref([*results[0]["_lines"], *lines])
    elif shares:
        names = ", ".join(r["subject_raw"] for r in previous)
        issues.warn(_SECTION, "ambiguous_value",
                    f"A failed share ({', '.join(n.raw.strip() for n in shares)}) follows the results of {names}; "
                    "it is not placed.", lines)


def _one_per_key(rows: list[dict], issues: Issues) -> list[dict]:
    """One row per level × subject × year × measure: a later statement of the same figure adds what the
    first did not quote (national, failed); two that disagree give an issue and no row."""
    kept: dict[tuple, dict | None] = {}
    for row in rows:
        key = (row["exam_level"], row["subject"], row["school_year"], row["measure"])
        if key not in kept:
            kept[key] = row
            continue
        first = kept[key]
        if first is None:
            continue
        clash = [c for c in ("school_pct", "national_pct", "failed_pct")
                 if first[c] is not None and row[c] is not None and abs(first[c] - row[c]) > 0.051]
        if clash:
            issues.warn(_SECTION, "ambiguous_value",
                        f"The {row['school_year']} {row['exam_level']} {row['measure']} of {row['subject_raw']} is stated "
                        f"twice with different figures ({first['school_pct']:g}% at {first['source_ref']}, "
                        f"{row['school_pct']:g}% at {row['source_ref']}); no row is written.")
            kept[key] = None
            continue
        for column in ("national_pct", "failed_pct"):
            if first[column] is None:
                first[column] = row[column]
    out = [row for row in kept.values() if row is not None]
    for row in out:
        row.pop("_lines", None)
    return out


def _name_exam_table(text: str, lines: list[Line], context, subjects: Subjects, issues: Issues,
                     why: str | None = None) -> None:
    if "%" not in text or not (context or _EXAM.search(fold(text))):
        return
    names = list(dict.fromkeys(raw for *_, raw in subjects.find_mentions(text, any_case=True)))
    if names:
        issues.warn(_SECTION, "exam_table_unread",
                    f"A table of exam results ({', '.join(names)}) is not read from prose sections"
                    f"{f' ({why})' if why else ''}; its figures are not in exam_results.", lines)


def _own_exam(folded: str, context: _Context | None) -> tuple[str | None, bool]:
    """(level, secondary) of a sentence that names an exam: the level it names; else, where it names
    which exam it is (a 9th-grade exam, a centralised / secondary one), the context's level only if
    that is a level of the same exam (`Centralizētajā eksāmenā ...` after a 9th-grade sentence does
    not inherit `grade9`); else the context's."""
    kinds = {kind for kind, named in (("grade9", _GRADE9.search(folded)), ("secondary", _SECONDARY.search(folded)))
             if named}
    inherited = context.level if context else None
    if kinds == {"secondary"} and inherited == "grade9" or kinds == {"grade9"} and inherited not in (None, "grade9"):
        inherited = None
    level = _single_level(folded) or inherited
    if kinds == {"secondary"}:
        return level, True
    if kinds == {"grade9"}:
        return level, False
    return level, (context.secondary if context else False)


def _list_level(sentence: str, mentions: list, context: _Context) -> _Context:
    """A list's opening inside an exam context that names one level (`Vidējie rezultāti optimālajā
    līmenī:` before the first subject) sets the level of the entries after it."""
    opening = sentence[:mentions[0][0]] if mentions else sentence
    if not opening.rstrip().endswith(":"):
        return context
    level = _single_level(fold(opening))
    if level is None:
        return context
    return _Context(level, context.year, level != "grade9")


def _single_level(folded: str) -> str | None:
    levels = [level for level, words in _LEVELS if words.search(folded)]
    return levels[0] if len(levels) == 1 else None


def _level_of_year(level: str | None, year: str | None, secondary: bool) -> str | None:
    """Centralised exams had one level until 2021/22: recorded as `optimal`, named or not."""
    single = year is not None and int(year[:4]) <= LAST_SINGLE_LEVEL_YEAR
    if single and (level in ("optimal", "advanced") or (level is None and secondary)):
        return "optimal"
    return level


def _level_before(sentence: str, position: int) -> str | None:
    """The level named last before `position` (`optimālajā līmenī latviešu valodā ...`)."""
    folded = fold_in_place(sentence[:position]).lower()
    best, best_at = None, -1
    for level, words in _LEVELS:
        for m in words.finditer(folded):
            if m.start() > best_at:
                best, best_at = level, m.start()
    return best


def _last_year(sentence: str, position: int, base: str | None) -> str | None:
    """The last school year named before `position`: written out (`2021./2022.`), or relative to `base`
    (`iepriekšējā mācību gadā`, `nākamajā mācību gadā`)."""
    found, found_at = None, -1
    for m in _YEAR.finditer(sentence[:position]):
        if int(m.group(2)) == int(m.group(1)) + 1:
            found, found_at = f"{m.group(1)}/{m.group(2)}", m.start()
    if base:
        folded = fold_in_place(sentence[:position]).lower()
        for delta, words in _RELATIVE_YEAR:
            for m in words.finditer(folded):
                if m.start() > found_at:
                    start = int(base[:4]) + delta
                    found, found_at = f"{start}/{start + 1}", m.start()
    return found


def _context_year(sentence: str, base: str | None, has_entries: bool) -> str | None:
    """The year a sentence that names an exam sets for the sentences after it: the last school year it
    names outside a comparison (`Salīdzinot ar 2020./2021. mācību gadu, kad ...` quotes a year in
    passing); a relative one (`iepriekšējā mācību gadā`) only where the sentence states no result of
    its own (it introduces a list)."""
    folded = fold_in_place(sentence).lower()
    found = None
    for m in _YEAR.finditer(sentence):
        if int(m.group(2)) != int(m.group(1)) + 1:
            continue
        clause = folded[max(folded.rfind(",", 0, m.start()), folded.rfind(";", 0, m.start()), 0):m.start()]
        if not _COMPARISON.search(clause):
            found = f"{m.group(1)}/{m.group(2)}"
    if found or has_entries:
        return found
    return _last_year(sentence, len(sentence), base)


def _after(year: str | None, school_year: str | None) -> bool:
    return bool(year and school_year) and int(year[:4]) > int(school_year[:4])


def _stated_as_result(sentence: str, folded: str, entry: dict) -> bool:
    between = sentence[entry["end"]:entry["figure_start"]]
    return bool(_RESULT_WORDS.search(folded)) or not re.search(r"[A-Za-zĀ-ž]", between)


def _pieces(lines: list[Line], subjects: Subjects, school_year: str | None):
    """("sentence", text, lines), ("grid", text, lines) for a table the reader saw, ("table",
    ResultsTable, lines) for a results table in plain text. A table (or a table and the text around
    it) is never one sentence with its neighbours."""
    block: list[Line] = []
    for line in lines:
        if block and (line.table, line.col is None) != (block[-1].table, block[-1].col is None):
            yield from _block_pieces(block, subjects, school_year)
            block = []
        block.append(line)
    if block:
        yield from _block_pieces(block, subjects, school_year)


def _block_pieces(lines: list[Line], subjects: Subjects, school_year: str | None):
    if lines[0].col is not None:
        yield "grid", " ".join(line.text for line in lines), lines
        return
    start = 0
    for first, end, table in text_tables(lines, subjects, school_year):
        yield from _block_sentences(lines[start:first])
        yield "table", table, lines[first:end]
        start = end
    yield from _block_sentences(lines[start:])


def _block_sentences(lines: list[Line]):
    """Sentences of consecutive lines; a line opening with a numbered sub-heading starts a sentence."""
    run: list[Line] = []
    for line in lines:
        if run and _SUBHEADING_LINE.match(line.text):
            yield from _run_sentences(run)
            run = []
        run.append(line)
    if run:
        yield from _run_sentences(run)


def _run_sentences(lines: list[Line]):
    """The run's text as sentences, each with the lines that own its characters (a line owns its
    text and the space joined before it)."""
    pieces: list[str] = []
    owned: list[tuple[int, int, Line]] = []   # (first character, end, line), in order, none empty
    at = 0
    for line in lines:
        first = at
        if at:
            pieces.append(" ")
            at += 1
        pieces.append(line.text)
        at += len(line.text)
        if at > first:
            owned.append((first, at, line))
    text = "".join(pieces)
    start = 0
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    if text[ends[-1] if ends else 0:].strip():
        ends.append(len(text))  # the block's last words, with or without a full stop
    k = 0
    for end in ends:
        if end > start:
            while owned[k][1] <= start:
                k += 1
            span = []
            for first, _end, line in owned[k:]:
                if first >= end:
                    break
                span.append(line)
            yield "sentence", text[start:end].strip(), list(dict.fromkeys(span))
        start = end
