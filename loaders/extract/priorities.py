"""Section 2: the year's priorities, each result type with its status -> `priorities` rows.

The status is a spelling from seeds/reference/priority_statuses.csv ("Sasniegts", "Daļēji sasniegts",
"Sasniegts daļēji", "Nav sasniegts" ..., in any case, with a trailing dot, words or a bracket after
it, wrapped over lines). Where the table's grid was read, the status is the status column's cell
(`status_raw` the whole cell as printed) and the evidence the comment column; in text, the first line
that opens with a status spelling divides the planned results (before it) from the evidence (after it).
A status cell whose words are not a known spelling gives status `unknown`, its words in `status_raw`
and a `status_unrecognised` issue: no guess. Next year's priorities listed after the evaluated ones
(numbered from 1 again, with no status) are not rows here (loaders.extract.planned_priorities).
"""
from __future__ import annotations

import re
from dataclasses import replace

from loaders.extract.priority_blocks import PriorityBlock, names_columns, read_blocks, status_lead
from loaders.issues import Issues
from loaders.model import span_ref
from loaders.reference import priority_statuses
from loaders.textnorm import fold, fold_in_place, join_lines

SECTION = "2"
_WRAP_LINES = 2   # a status phrase may wrap over this many more lines ("Sasniegts" / "daļēji,")
_SHORT = 12       # a line this short may hold only the start of a wrapped status phrase ("Nav", "Daļēji")


def status_of(folded_phrase: str) -> str:
    """The status code of a folded status phrase (seeds/reference/priority_statuses.csv)."""
    return priority_statuses().status_of(folded_phrase)


def extract_priorities(lines, issues: Issues, read=read_blocks) -> list[dict]:
    """`read`: how the section's blocks are read (report.py passes a read_blocks that reads each section once)."""
    evaluated, _ = split_next_year(read(lines))
    if not evaluated:
        issues.warn(SECTION, "priorities_missing", "No priority (`Nr.1.` ...) could be read from section 2.", lines)
    rows = []
    for block in evaluated:
        if block.across_columns:
            issues.warn(SECTION, "ambiguous_value",
                        f"Priority {block.number}: the text runs across the table's columns, a result label and "
                        f"a status on one line ({' | '.join(block.across_columns[:2])!r} …), so "
                        "its title, planned results and comments interleave line by line; its rows are not read.",
                        block.lines)
            continue
        if block.cut_row:
            issues.warn(SECTION, "ambiguous_value",
                        f"Priority {block.number}: a page break cut its table row after the first line "
                        f"({join_lines(ln.text for ln in block.cut_row)!r}), and in this text its title runs on into "
                        f"its planned results ({block.title[:120]!r}…) with nothing to tell where one ends; "
                        "its rows are not read.", block.cut_row + block.title_lines)
            continue
        if block.run_on:
            issues.warn(SECTION, "ambiguous_value",
                        f"Priority {block.number} ({block.parts[0].result_type}): a page break cut its table row after "
                        f"the first line, and in this text its planned results and comment run on into each other "
                        f"({join_lines(ln.text for ln in block.run_on)[:120]!r}…) with nothing to tell where one ends; "
                        "they are not written.", block.run_on)
        if not block.parts:
            issues.warn(SECTION, "priority_parts_missing",
                        f"Priority {block.number} has no `a) kvalitatīvi` / `b) kvantitatīvi` parts.", block.lines)
        if block.stray_lines:
            issues.warn(SECTION, "ambiguous_value",
                        f"Priority {block.number}: text between the table's rows could not be placed in a cell "
                        f"({join_lines(ln.text for ln in block.stray_lines)!r}), so its title "
                        f"({block.title!r}) or results may be cut; its rows are not read.",
                        block.stray_lines)
            continue
        title = written_title(block, issues)
        for part in block.parts:
            shifted = _status_shifted_into_results(part)
            if shifted:
                issues.warn(SECTION, "ambiguous_value",
                            f"Priority {block.number} ({part.result_type}): its status cell holds no status "
                            f"({join_lines(ln.text for ln in part.status_lines)[:80]!r}) while its planned results "
                            f"hold one amid their words ({shifted!r}), as where a reading shifted the row's cells "
                            "by a column; its status cannot be placed with certainty, so the row is not written."
                            + _numbers_read_into(block), [part.label_line, *part.lines, *part.status_lines])
                continue
            if part.status_lines is not None:
                planned, (status, status_raw, comment) = part.lines, _status_cell(block, part, issues)
                evidence = join_lines([comment or "", *(ln.text for ln in part.evidence_lines)]) or None
            else:
                planned, status, status_raw, evidence = _status_in_text(block, part, issues)
                if evidence and not planned and _status_beside_the_label(part):
                    issues.warn(SECTION, "ambiguous_value",
                                f"Priority {block.number} ({part.result_type}): its status stands beside the "
                                f"result-type label ({part.label_line.text[:60]!r}), the table's status column "
                                "before its planned results, and in this text the planned results and the comment "
                                f"that follow run on into each other ({evidence[:100]!r}…) with nothing to tell "
                                "where one ends; they are not written.", part.lines)
                    evidence = None
            rows.append({
                "source_ref": span_ref(_in_order([part.label_line, *part.lines, *(part.status_lines or []),
                                                  *part.evidence_lines])),
                "priority_no": block.number,
                "area": block.area,
                "title": title,
                "result_type": part.result_type,
                "planned_results": join_lines(ln.text for ln in planned) or None,
                "status": status,
                "status_raw": status_raw,
                "evidence": evidence,
            })
    return rows


def written_title(block: PriorityBlock, issues: Issues, what: str = "Priority", section: str = SECTION) -> str | None:
    """The block's title, or None with an `ambiguous_value` issue where it is nothing but the table's
    column names (`Nr. Nr.`, `Nr. (joma)`: a header row read as a data row), which is no title."""
    if block.title and block.parts and names_columns(fold(block.title)):
        issues.warn(section, "ambiguous_value",
                    f"{what} {block.number}: its title reads only as the table's column names ({block.title!r}), "
                    "as where a header row was read as data; no title is written.", block.title_lines)
        return None
    return block.title or None


_MID_STATUS = re.compile(r"(?<=[a-zāčēģīķļņšūž,])\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])")


def _status_beside_the_label(part) -> bool:
    """Text reading: the part's first line is on its label's line and opens with a status
    (`kvalitatīvais Sasniegts Audzēkņi …`): a table whose status column comes before the planned results."""
    return bool(part.lines) and part.lines[0].ref == part.label_line.ref and bool(
        priority_statuses().match(fold(part.lines[0].text)))


def _status_shifted_into_results(part) -> str | None:
    """Grid reading: the status cell is empty or opens with no status while a line of the planned results
    holds a status spelling in capitals amid lower-case words (`STEM programmās Daļēji sasniegts
    iesaistīti …`: a reading that shifted the cells, or put a table drawn without inner rules in one
    column, its cells' lines side by side): the spelling found there, else None."""
    if part.status_lines is None or part.status_lines and priority_statuses().match(fold(part.status_lines[0].text[
            status_lead(part.status_lines[0].text)[0]:].strip())):
        return None
    for line in part.lines:
        for m in _MID_STATUS.finditer(line.text):
            found = priority_statuses().match(fold_in_place(line.text[m.end():]))
            if found:
                return line.text[m.end():m.end() + found.end()]
    return None


_NUMBER_OPENING = re.compile(r"^([1-9][0-9]?)\.\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ]")


def _numbers_read_into(block) -> str:
    """Where the block's parts hold lines opening with other priorities' numbers (`2. Izglītības …`, the
    number cell of the next rows read into this one), a sentence naming them, else ''."""
    numbers = sorted({m.group(1) for part in block.parts for ln in part.lines
                      if (m := _NUMBER_OPENING.match(ln.text)) and m.group(1) != block.number}, key=int)
    if not numbers:
        return ""
    return (f" Its cells also hold lines opening with the priority numbers {', '.join(numbers)}: those "
            "priorities' rows were read into it and are not written either.")


def _in_order(lines):
    """The lines in document order where they are numbered alike (a layout row's cells start on
    different lines), else as given."""
    if len({(ln.prefix, ln.unit) for ln in lines}) == 1:
        return sorted(lines, key=lambda ln: ln.no)
    return lines


def split_next_year(blocks: list[PriorityBlock]) -> tuple[list[PriorityBlock], list[PriorityBlock]]:
    """(evaluated priorities, next year's priorities listed after them): from where none of the blocks
    states a status and either the numbering starts again or their table has no status column."""
    for k in range(1, len(blocks)):
        if any(_has_status(b) for b in blocks[k:]) or not any(_has_status(b) for b in blocks[:k]):
            continue
        if _number(blocks[k]) <= _number(blocks[k - 1]) or all(b.without_status_column for b in blocks[k:]):
            return blocks[:k], blocks[k:]
    return blocks, []


def _number(block: PriorityBlock) -> int:
    return int(block.number) if block.number.isdigit() else 0


def _has_status(block: PriorityBlock) -> bool:
    """A status cell with any words (a spelling not in the vocabulary still states a status), or in
    text a line opening with a status spelling or holding one after a finished sentence or a dash."""
    for part in block.parts:
        if part.status_lines or part.ambiguous_status:
            return True
        if part.status_lines is None and (any(priority_statuses().match(fold(ln.text)) for ln in part.lines)
                                          or _status_inside_a_line(part.lines)[1] is not None):
            return True
    return False


def _status_cell(block, part, issues: Issues) -> tuple[str, str | None, str | None]:
    """(status, status_raw, comment): the status cell as printed; where the cell goes on with sentences
    of comment after the status (`Sasniegts. Notika 5 pasākumi.`), those are the comment's."""
    text = join_lines(ln.text for ln in part.status_lines).strip()
    where = f"Priority {block.number} ({part.result_type})"
    if part.ambiguous_status:
        issues.warn(SECTION, "ambiguous_value",
                    f"{where}: one status cell ({part.ambiguous_status!r}) stands beside several result types; "
                    "which status belongs to which could not be told.", [part.label_line])
        return "unknown", part.ambiguous_status, None
    if not text:
        issues.warn(SECTION, "status_missing", f"{where} states no status.", [part.label_line])
        return "unknown", None, None
    text = text[status_lead(text)[0]:].strip()   # `Statuss: Sasniegts`
    m = priority_statuses().match(fold(text))
    if m is None:
        issues.warn(SECTION, "status_unrecognised",
                    f"{where}: status {text!r} is not a known spelling (seeds/reference/priority_statuses.csv).",
                    part.status_lines)
        return "unknown", text, None
    if _another_status_follows(fold(text)[m.end():]):
        issues.warn(SECTION, "ambiguous_value",
                    f"{where}: the status cell lists several statuses ({text!r}), as the template's hint does; "
                    "which one is meant could not be told.", part.status_lines)
        return "unknown", text, None
    comment = _SENTENCE_THEN_CAPITAL.search(text, m.end())
    if comment:
        return status_of(m.group(1)), text[: comment.start()].rstrip(" ."), text[comment.end():]
    return status_of(m.group(1)), text.rstrip(" ."), None


def _another_status_follows(folded_rest: str) -> bool:
    """`/ daļēji sasniegts / nav sasniegts` after a status: the template's list of choices, none marked."""
    m = re.match(r"\s*/\s*", folded_rest)
    return bool(m and priority_statuses().match(folded_rest[m.end():]))


def _status_in_text(block, part, issues: Issues):
    """Planned results, status, status_raw and evidence of a part read line by line."""
    lines = part.lines
    at = next((i for i in range(len(lines)) if _opens_status(lines, i)), None)
    if at:
        lines, at = _status_begun_after_a_dash(lines, at)
    if at is None:
        lines, at = _status_inside_a_line(lines)
    if at is None:
        for read, stated_how in ((_status_closing_the_text, _closing_excerpt), (_status_stated_in_a_sentence,
                                                                                _sentences_excerpt)):
            found = read(lines)
            if found == "ambiguous":
                issues.warn(SECTION, "ambiguous_value",
                            f"Priority {block.number} ({part.result_type}): "
                            f"{stated_how(join_lines(ln.text for ln in lines))}; which one is meant could not be told.",
                            [part.label_line, *lines])
                return lines, "unknown", None, None
            if found is not None:
                return found
    if at is None and any(ln is part.status_field for ln in lines):
        at = next(i for i, ln in enumerate(lines) if ln is part.status_field)
        raw = _first_sentence(lines[at].text)
        issues.warn(SECTION, "status_unrecognised",
                    f"Priority {block.number} ({part.result_type}): status {raw!r} is not a known spelling "
                    "(seeds/reference/priority_statuses.csv).", [lines[at]])
        return lines[:at], "unknown", raw, join_lines(ln.text for ln in lines[at:]) or None
    if at is None:
        issues.warn(SECTION, "status_missing",
                    f"Priority {block.number} ({part.result_type}) states no status.", [part.label_line])
        return lines, "unknown", None, None
    phrase, used, comment = _wrapped_status(lines, at)
    evidence = join_lines([comment, *(ln.text for ln in lines[at + used:])]) or None
    if _another_status_follows(fold(comment)):
        raw = join_lines([phrase, comment])
        issues.warn(SECTION, "ambiguous_value",
                    f"Priority {block.number} ({part.result_type}): the status lists several statuses ({raw!r}), as "
                    "the template's hint does; which one is meant could not be told.", lines[at:at + used])
        return lines[:at], "unknown", raw, join_lines(ln.text for ln in lines[at + used:]) or None
    return lines[:at], status_of(fold(phrase)), phrase, evidence


_SENTENCE_THEN_CAPITAL = re.compile(r"(?<=[.;!?)])\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])")


def _first_sentence(text: str) -> str:
    """The words up to the first sentence end or dash: what a status field states (`Gandrīz sasniegts`)."""
    return re.split(r"(?<=[.;!?])\s|\s[–—-]\s|[.;]$", text.strip(), maxsplit=1)[0].strip(" .;")


def _status_inside_a_line(lines):
    """Where no line opens with a status: a status after a finished sentence inside a line (text
    extraction put the planned results' last words, the status and the comment on one line:
    `… uzdevumus. Sasniegts Vienotā kārtība …`), else a status after a dash that closes the planned
    results of a list line (`… čempionātos – Sasniegts.`, `… gadā – SASNIEGTS DAĻĒJI, jo …`), the
    phrase ending the line or followed by a stop, comma, semicolon or bracket (`– sasniegts līmenis`
    goes on as a sentence: no status). Only one such dash may hold a status in the part, else none is
    taken. The line is cut there; (lines, index) or (lines, None)."""
    for i, line in enumerate(lines):
        for m in _SENTENCE_THEN_CAPITAL.finditer(line.text):
            if priority_statuses().match(fold_in_place(line.text[m.end():])):
                return _cut_line(lines, i, m.start(), m.end())
    dashes = [(i, m) for i, line in enumerate(lines) for m in _DASH.finditer(line.text)
              if _closing_status(fold_in_place(_dash_rest(lines, i, m.end())))]
    if len(dashes) == 1:
        i, m = dashes[0]
        return _cut_line(lines, i, m.start(), m.end())
    return lines, None


_DASH = re.compile(r"\s[–—-]\s+")

# Words that may stand between a clause's start and a status phrase closing the text (folded): `…, tādēļ
# rezultāts sasniegts daļēji.`, `… Statuss: Sasniegts.`, `…, tātad daļēji sasniegts.`, `…; mērķis ir
# sasniegts.`. Any other word before the phrase (`… mērķis nav pilnībā sasniegts.`) leaves it unread.
_CLOSING_LEAD = re.compile(r"(?:^|[.;:,!?(]|\s[–—-])\s*((?:(?:tadel|tapec|tatad|lidz ar to|kopuma|rezultats|merkis|"
                           r"uzdevums|prioritate|statuss|ir|tas|tika|tiek)\s+)*)$")


def _closing_excerpt(text: str) -> str:
    return f"its text states more than one status ({text[-160:]!r})"


def _sentences_excerpt(text: str) -> str:
    return f"its sentences state more than one status ({text[:160]!r}…)"


def _status_closing_the_text(lines):
    """A status phrase that closes the part's text, alone in its clause after a stop, colon, comma,
    semicolon or dash or after linking words only (`…, tādēļ rezultāts sasniegts daļēji.`,
    `… Statuss: Sasniegts.`): (the text before the phrase's clause as the planned results' one line,
    status, phrase, no evidence); "ambiguous" where another clause of the text also closes with a
    status, a different one; else None."""
    if not lines:
        return None
    text = re.sub(r"\s+", " ", join_lines(ln.text for ln in lines)).strip()
    folded = fold_in_place(text)
    found = _clause_closing_status(folded, len(folded.rstrip(" .!")))
    if found is None:
        return None
    lead, start = found
    status = status_of(folded[start:len(folded.rstrip(" .!"))])
    for m in re.finditer(r"[.;,]|\s[–—-]\s", folded[:lead]):
        other = _clause_closing_status(folded, m.start())
        if other and status_of(folded[other[1]:m.start()]) != status:
            return "ambiguous"
    head = text[:lead].rstrip(" ,;:–—-")
    phrase = text[start:len(folded.rstrip(" .!"))]
    return [replace(lines[0], text=head)] if head else [], status_of(fold(phrase)), phrase, None


def _clause_closing_status(folded: str, end: int) -> tuple[int, int] | None:
    """(start of the clause's linking words, start of the status phrase) where a status phrase ends the
    folded text at `end`, preceded in its clause by linking words only, else None."""
    vocabulary = priority_statuses()
    for m in re.finditer(r"(?<!\S)\S", folded[:end]):
        found = vocabulary.match(folded[m.start():end])
        if not found or m.start() + found.end() != end:
            continue
        lead = _CLOSING_LEAD.search(folded[:m.start()])
        if lead:
            return lead.start(1) if lead.group(1) else m.start(), m.start()
    return None


# A sentence (or its `…, ka` clause) that states the status amid a paragraph: the result named, then the
# phrase, then a colon, dash, stop, semicolon or `, jo` (`Šis rezultāts ir sasniegts: …`, `Rezultāts
# sasniegts daļēji – …`, `…, ka kvalitatīvais rezultāts ir sasniegts pilnībā – …`, `Kvantitatīvi
# rezultāts NAV SASNIEGTS – …`, `Statuss – sasniegts: …`, `…, ka rezultāts ir daļēji sasniegts, jo …`).
_STATING_START = re.compile(r"(?:^|(?<=[.;!?])\s+|,\s+ka\s+)(?=\S)")
_STATING_LEAD = re.compile(r"(?:(?:kopuma|tatad|tadel|tapec|lidz ar to|sis|si|tas|kvalitativais|kvantitativais|"
                           r"kvalitativi|kvantitativi|rezultats|"
                           r"merkis|statuss|ir)\s*(?:[:–—-]\s*)?(?=\S))+")
_STATING_END = re.compile(r"\s*(?:[:;–—-]|,\s*jo\b|\.(?:\s|$)|$)")


def _status_stated_in_a_sentence(lines):
    """A status stated by a sentence of the part's paragraph rather than in a field of its own
    (see _STATING_LEAD: the result or the status named first, no other words before the phrase):
    (planned results before that sentence, status, phrase, the rest after the phrase as evidence);
    "ambiguous" where sentences state different statuses; else None."""
    text = re.sub(r"\s+", " ", join_lines(ln.text for ln in lines)).strip()
    folded = fold_in_place(text)
    found = []
    for m in _STATING_START.finditer(folded):
        lead = _STATING_LEAD.match(folded, m.end())
        if not lead or not re.search(r"rezultats|statuss|merkis", lead.group(0)):
            continue
        phrase = priority_statuses().match(folded[lead.end():])
        if phrase is None:
            continue
        end = lead.end() + phrase.end()
        tail = _STATING_END.match(folded, end)
        if tail:
            found.append((m.end(), lead.end(), end, tail.end()))
    if not found:
        return None
    statuses = {status_of(folded[start:end]) for _, start, end, _ in found}
    if len(statuses) > 1:
        return "ambiguous"
    sentence, start, end, after = found[0]
    planned = text[:sentence].rstrip(" ,")
    planned = re.sub(r"(?:^|(?<=[.;!?]))\s*[^.;!?]*$", "", planned) if text[sentence - 4:sentence].endswith("ka ") \
        else planned   # `…. Izvērtējot paveikto, secinām, ka …`: the clause's opening words are no planned result
    where = lines[0]
    return ([replace(where, text=planned.strip())] if planned.strip() else [], status_of(folded[start:end]),
            text[start:end], text[after:].strip() or None)


def _status_begun_after_a_dash(lines, at: int):
    """A line opening with a status (`sasniegts (…`) whose phrase began after a dash ending the line
    before (`… uzbrauktuve – Nav`): the status is `Nav sasniegts`, cut at that dash."""
    m = list(_DASH.finditer(lines[at - 1].text))
    if m and len(lines[at - 1].text[m[-1].end():].strip()) <= _SHORT \
            and _closing_status(fold_in_place(_dash_rest(lines, at - 1, m[-1].end()))):
        return _cut_line(lines, at - 1, m[-1].start(), m[-1].end())
    return lines, at


def _dash_rest(lines, i: int, at: int) -> str:
    """The words after a dash in line i; where they are short (`– Nav`), with the next line after them,
    as a status phrase may wrap there (`– Nav` / `sasniegts (…`)."""
    rest = lines[i].text[at:]
    if len(rest.strip()) <= _SHORT and i + 1 < len(lines):
        return join_lines([rest, lines[i + 1].text])
    return rest


def _closing_status(folded_rest: str) -> bool:
    """A status phrase that ends there or is followed by a stop, comma, semicolon or bracket."""
    m = priority_statuses().match(folded_rest)
    return bool(m) and re.match(r"\s*(?:$|[.,;(])", folded_rest[m.end():]) is not None


def _cut_line(lines, i: int, head_end: int, tail_start: int):
    line = lines[i]
    head, tail = line.text[:head_end].strip(), line.text[tail_start:]
    cut = [replace(line, text=head), replace(line, text=tail)] if head else [replace(line, text=tail)]
    return lines[:i] + cut + lines[i + 1:], i + (1 if head else 0)


def _opens_status(lines, i: int) -> bool:
    """Line i opens with a status phrase, or is a short line the phrase starts on (`Nav` / `sasniegts`)."""
    if priority_statuses().match(fold(lines[i].text)):
        return True
    if len(lines[i].text) > _SHORT or i + 1 >= len(lines):
        return False
    m = priority_statuses().match(fold_in_place(join_lines([lines[i].text, lines[i + 1].text])))
    return bool(m) and m.end() > len(lines[i].text)


def _wrapped_status(lines, at: int) -> tuple[str, int, str]:
    """(status phrase, lines it takes, the rest of its last line): a phrase cut at the line's end
    carries on in the next lines ("Sasniegts" / "daļēji," -> "Sasniegts daļēji")."""
    best = None
    text = ""
    for used in range(1, _WRAP_LINES + 2):
        if at + used > len(lines):
            break
        text = join_lines([text, lines[at + used - 1].text])
        m = priority_statuses().match(fold_in_place(text))
        if m is None:
            if best is None and len(text) <= _SHORT:
                continue  # `Nav` / `sasniegts`: a phrase that starts on a short line
            break
        if best is None or m.end() > best[0]:
            best = (m.end(), used, text)
        if m.end() < len(text.rstrip(" .,;:")):
            break   # the phrase ends inside this line: what follows is comment
    end, used, text = best
    return text[:end].strip(), used, text[end:].lstrip(" .,;:—–-").rstrip()
