"""Section 1.2 (school reports): why learners changed school or stopped -> `leaving_reasons` rows.

Items 1.2.1 / 1.2.2 / 1.2.3 (or, where the report numbers none, lines opening with the template's
labels) state counts in prose. Each stated count is a row; its category is the template item it
stands under (the label's words where they name another category), except a clause about going
abroad (seeds/reference/leaving_categories.csv keywords), which is `emigration`. Prose with neither
items nor labels: a count is a row only where its own words name a category by those keywords
(`_unnumbered_prose`). A small reason table (`Iemesls | Skaits`) is read by its rows; in Tika text, one with
a notes column after the count (`Piezīmes`, full of numbers that are no counts) by the figure that opens
each count cell's line, where its `Kopā` row equals their sum (`_table_with_notes`).

What a count is: digits or a number word (loaders.numbers.NUMBER_WORDS, in any case a sentence puts it:
"vienam izglītojamajam") with a learner noun after it ("4 izglītojamie", "trīs (3) audzēkņi", "9 (deviņi)
izglītojamie", "divi bērni", "trīs 10. klases izglītojamie"), a noun then a dash and the number
("skolēni – 8"), a bracket holding only the count ("(4)", "(5 audzēkņi)", "(divi bērni)"), the
number alone after the label ("iestādes maiņa: 6"), a row of a small table (a reason cell and a count
cell, digits or digits with the same count in words in brackets, `1 (viens)`, as a grid or, in text,
after a `Skaits` header), and the numbers opening the clauses of a
breakdown after a total ("deviņi izglītojamie: seši pārgāja …, trīs – …").

What is not: a total stated before the items or opening a breakdown it sums up ("30 izglītojamie:
… (17), … (8), … (3), … (2)", "41 izglītojamais; iemeslu sadalījums:" and a table), the same count
again in digits ("trīs izglītojamie (3)"), a `Kopā` row, an age or a duration ("6 gadus vecs", "18 gadu"), a
class or course ("7. klases"), a year or a date, a percentage, the template's own prompt in brackets
("(cik daudzi izglītojamie …)", right after the label: a bracket naming the reason after a count,
"(galvenais iemesls – …)", is the answer's own), a breakdown inside brackets after a count ("2 (1. klase – 1, …)"),
page numbers, and the conclusions after the items ("Secinājumi: …"). A number that is none of these
and cannot be placed is a `leaving_count_unrecognised` issue naming it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from loaders.extract.page_furniture import is_page_furniture
from loaders.issues import Issues
from loaders.model import Line, span_ref
from loaders.numbers import NUMBER_WORD_PATTERN, word_number
from loaders.reference import leaving_categories
from loaders.textnorm import fold, join_lines, strip_punct

SECTION = "1.2"
_ITEM = re.compile(r"^\s*(1\.[23]\.[1-9])\.?\s*")   # 1.3.x where the report numbered the section 1.3
_PROMPT = re.compile(r"\((?:[^()]*\bcik\b[^()]*|[^()]*iemesl[^()]*)\)\s*:?", re.IGNORECASE)
_LEARNER = (r"(?:izglītojam\w*|skolēn\w*|skolnie\w*|audzēkņ\w*|audzēkn\w*|bērn\w*|personas|jaunieš\w*|"
            r"studējoš\w*|pirmsskolēn\w*)")
_NUM = rf"(?:(?<![0-9.,/])[0-9]{{1,3}}(?![0-9]|[.,][0-9]|\s*%|\.\s)|\b(?:{NUMBER_WORD_PATTERN})\b)"  # a year is no count
_NOT_A_NOUN = r"(?:gad\w*|mēneš\w*|mēn\.|klas\w*|kurs\w*|stund\w*|reiz\w*|dien\w*|nedēļ\w*|%)"
# which learners, between a count and its noun: `trīs 10. klases izglītojamie`, `divi 1. kursa audzēkņi`
_QUALIFIER = r"(?:[0-9]{1,2}\.\s?(?:klas|kurs|grup)\w*)"
_COUNT = re.compile(
    rf"(?P<a>{_NUM})(?:\s*\((?P<b>[0-9]{{1,3}}|{NUMBER_WORD_PATTERN})\))?\s+(?:(?P<which>{_QUALIFIER})\s+|(?!{_NOT_A_NOUN}\b)[^\s\d(),;:]+\s+)?"
    rf"(?={_LEARNER})(?P<noun>{_LEARNER})"
    rf"|(?P<noun2>{_LEARNER})\s*[–—:-]\s*(?P<c>[0-9]{{1,3}})(?![0-9.,%])"
    rf"|\(\s*(?P<d>{_NUM})(?:\s+{_LEARNER})?\s*\)",
    re.IGNORECASE)
_BARE_COUNT = re.compile(r"^[^0-9]*?[:–—-]\s*([0-9]{1,3})\s*[.;]?\s*$")
# a clause that ends in its count: `uz tehnikumu – 2`; not a class or a year (`1. klase – 2`, `2023./2024. m.g. – 51`),
# nor a code whose hyphen is glued to both sides (`grupas BAS-3`, `FUT-5`: a group's or an order's number)
_CLAUSE_COUNT = re.compile(r"^(?P<reason>.*[^\W\d_].*?)(?:\s*[–—:]|\s+-|(?<![^\W\d_])-)\s*(?P<n>[0-9]{1,3})\s*[.;]?$")
_NOT_A_REASON = re.compile(r"(?:\b[0-9]+\.?\s*(?:klas|kurs|grup)\w*|\bm\.\s?g\.?|\b(?:19|20)[0-9]{2}\.?(?:\s*gad\w*)?)\s*$",
                           re.IGNORECASE)
# a count that is part of the one before it: `3 izglītojamie, t.sk. 1 uz Īriju`
_SUBSET = re.compile(r"(?:t\.\s?sk\.|tai skaitā|no tiem|no kuriem|ieskaitot)\s*$", re.IGNORECASE)
_OPENING_COUNT = re.compile(r"^\s*([0-9]{1,4})(?![0-9.,%])(?!\s*" + _NOT_A_NOUN + ")")
# `divi …`, also after a word adding it to the counts before (`vēl deviņi …`, `un vēl divi …`)
_CLAUSE_OPENING_NUMBER = re.compile(rf"^\s*(?:(?:un|bet|savukārt)\s+)?(?:vēl\s+)?(?P<n>{_NUM})"
                                    r"(?=\s*(?:[–—-]|\s+[a-zāčēģīķļņšūž]))", re.IGNORECASE)
_CONCLUSION = re.compile(r"^(?:secinājum\w*|kopsavilkum\w*)\b|^[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]{4,}(?:\s+\S+){0,2}:\s",
                         re.IGNORECASE)
_TOTAL_WORDS = re.compile(r"^\s*(?:kopā|pavisam|kopumā|kopskaitā)\b", re.IGNORECASE)
_COUNT_HEADER = re.compile(r"^(?:(?:\S+\s+){0,3}(?:skaits|izglitojamie|audzekni|skaits \(\w+\)))$")
_LABELS = re.compile(r"^\s*(?:[•●▪◦\-–—*]\s*)?(dzīvesvietas maiņa|izglītības iestādes maiņa|cits iemesls|citi iemesli)\b",
                     re.IGNORECASE)
_BULLET = re.compile(r"^\s*[•●▪◦*]\s*|^\s*[–—-]\s+")


@dataclass
class _Count:
    value: int
    start: int        # where the mention starts in the answer text
    end: int          # where it ends
    closes: bool      # the count closes its clause ("… (4)", "… – 8 izglītojamie") rather than opening it
    lines: list[Line]
    reason: str | None = None   # a table row's reason cell
    by_class: bool = False      # the learners are named by class or course (`divi 10. klases izglītojamie`)


def extract_leaving_reasons(lines: list[Line], issues: Issues) -> list[dict]:
    table_rows = _unnumbered_text_table(lines)
    if table_rows is not None:
        return table_rows
    rows: list[dict] = []
    items = _items(lines)
    if not items:
        return _unnumbered_prose(lines, issues)
    noted = _table_with_notes(lines, items)
    if noted is not None:
        return noted
    for item_no, item_lines in items:
        prose, table_rows = _text_table([ln for ln in item_lines if ln.table is None])
        table_rows += _grid_rows([ln for ln in item_lines if ln.table is not None], item_no, issues)
        text = _ITEM.sub("", join_lines(_BULLET.sub("; ", ln.text) for ln in prose), count=1).strip(" ;")
        label, answer = _label_and_answer(text)
        # the template's items 1.2.1-1.2.3, also where the report numbered the section itself (1.3.x)
        template_item = "1.2." + item_no.rsplit(".", 1)[-1]
        category = _category_of(label) or leaving_categories().by_item.get(template_item, "other")
        counts = _counts(answer, prose)
        counts = sorted(counts + _elliptic_counts(answer, counts, prose), key=lambda c: c.start)
        end = len(answer) + 1
        counts += [_Count(value, end + k, end + k, True, cell_lines, reason)
                   for k, (reason, value, cell_lines) in enumerate(table_rows)]
        stated = list(counts)   # every count as stated, for where one count's clause ends
        counts = _without_totals(counts, answer, item_no, item_lines, issues)
        if not counts:
            _report_unplaced(answer, item_no, item_lines, issues)
            continue
        clauses = _clauses(answer)
        for n, count in enumerate(counts):
            if count.reason is not None:
                reason = clause = count.reason
            else:
                clause = _clause_of(clauses, count, stated)
                reason = _reason_text(answer, count, counts[n - 1] if n else None,
                                      counts[n + 1] if n + 1 < len(counts) and counts[n + 1].reason is None else None)
            reason = _unbracket(strip_punct((reason or "").strip().rstrip(".").strip()))
            abroad = _category_of(clause) == "emigration"   # going abroad, under any item
            rows.append({"source_ref": span_ref(count.lines or item_lines), "item_no": item_no,
                         "category": "emigration" if abroad else category,
                         "reason_text": reason or strip_punct(label) or None, "learners": count.value})
    return rows


def _unnumbered_text_table(lines: list[Line]) -> list[dict] | None:
    """Section 1.2 written as one small table (`Iemesls | Skaits` or `Nr. | Iemesls | Skaits`), its grid
    lost (Tika): each row's reason cell names its template category (`Dzīvesvietas maiņa` -> relocation,
    1.2.1; `Izbraukuši uz ārvalstīm` -> emigration, 1.2.1; a reason the template does not name -> other,
    1.2.3). Where the table's number column holds the items 1.2.x, a row is under the item its own
    number cell or the one above names (a number cell merged over two rows prints once), and a reason
    naming no category takes the item's. The prose before the header (a total sentence), the `Kopā`
    row and the conclusions after the table are no rows. None where items 1.2.x stand before any such
    table (each item then reads its own counts) or there is no such table."""
    lines = [ln for ln in lines if ln.table is None and not is_page_furniture(ln.text, bare_numbers=False)]
    header_at = next((i for i, ln in enumerate(lines) if _COUNT_HEADER.match(fold(ln.text))), None)
    if any(_ITEM.match(ln.text) for ln in lines[:len(lines) if header_at is None else header_at]):
        return None
    end = next((i for i, ln in enumerate(lines) if header_at is not None and i > header_at
                and (_CONCLUSION.match(ln.text) or _TOTAL_WORDS.match(ln.text))), len(lines))
    lines = lines[:end + 1]   # the `Kopā` row is read as a row and left out; nothing after it
    _, table_rows = _text_table(lines)
    if not table_rows:
        return None
    by_item = leaving_categories().by_item
    item_of = {category: item for item, category in by_item.items()}
    item_of.setdefault("emigration", item_of.get("relocation", "1.2.1"))
    rows = []
    item_no = None
    for reason, value, row_lines in table_rows:
        numbered = _ITEM.match(reason)
        item_no = numbered.group(1) if numbered else item_no
        reason = _ITEM.sub("", reason, count=1)
        # the reason cell's words outside brackets name the category; a bracket explains it
        category = _category_of(re.sub(r"\([^()]*\)?", " ", reason)) or _category_of(reason)
        if item_no is not None:
            item_category = by_item.get("1.2." + item_no.rsplit(".", 1)[-1], "other")
            if item_category == "other" or category != "emigration":
                category = item_category   # the item's number says what its rows are; going abroad
                                           # under 1.2.1 or 1.2.2 is emigration, as in prose
        rows.append({"source_ref": span_ref(row_lines), "item_no": item_no or item_of.get(category or "other", "1.2.3"),
                     "category": category or "other", "reason_text": _unbracket(strip_punct(reason)) or None,
                     "learners": value})
    return rows


def _unnumbered_prose(lines: list[Line], issues: Issues) -> list[dict]:
    """Section 1.2 as prose with no items 1.2.x and no line opening with a template label: a count is a
    row where the words it belongs to name a category by the leaving-category keywords ("trīs audzēkņi
    mainīja dzīvesvietu" -> relocation, 1.2.1; "divi ... izbrauca uz ārvalstīm" -> emigration, 1.2.1; "4
    turpina mācības citā ... skolā" -> school_change, 1.2.2). A clause opening with a bare number after a
    counted clause of the same sentence is a count whose learner noun was left out ("trīs audzēkņi …,
    divi …, 4 …"). A count before a dash or colon whose bracketed counts after it, to the sentence's
    end, sum to it is a subtotal, not a row, and its category is theirs where their own words name none
    ("14 audzēkņi … citu iemeslu dēļ – … (8), … (2) un … (4)"). A count whose words name no category is
    no row: silently where it is the total of the rows ("skolu pameta 23 audzēkņi"), else a
    `leaving_count_unrecognised` issue names it."""
    prose: list[Line] = []
    for line in lines:
        if line.table is None and _CONCLUSION.match(line.text):
            break
        if line.table is None and not is_page_furniture(line.text):
            prose.append(line)
    answer = join_lines(ln.text for ln in prose)
    counts = _counts(answer, prose)
    counts = sorted(counts + _elliptic_counts(answer, counts, prose), key=lambda c: c.start)
    counts = [c for n, c in enumerate(counts)
              if not (n and _SUBSET.search(answer[max(0, c.start - 20):c.start]))]
    subtotal_of: dict[int, _Count] = {}    # id(breakdown count) -> its subtotal
    subtotals: set[int] = set()
    for n, count in enumerate(counts):
        breakdown = _bracketed_breakdown(answer, count, counts[n + 1:])
        if breakdown:
            subtotals.add(id(count))
            subtotal_of.update({id(c): count for c in breakdown})
    by_item = leaving_categories().by_item
    item_of = {category: item for item, category in by_item.items()}
    item_of.setdefault("emigration", item_of.get("relocation", "1.2.1"))
    rows, unplaced, read = [], [], []
    for n, count in enumerate(counts):
        if id(count) in subtotals:
            continue
        words = _own_words(answer, count, counts[n - 1] if n else None, counts[n + 1] if n + 1 < len(counts) else None)
        category = _category_of(words)
        parent = subtotal_of.get(id(count))
        if category is None and parent is not None:
            category = _category_of(_own_words(answer, parent, None, None, upto_dash=True))
        if category is None:
            unplaced.append(count)
            continue
        read.append(count)
        rows.append({"source_ref": span_ref(count.lines or prose), "item_no": item_of.get(category, "1.2.3"),
                     "category": category, "reason_text": _unbracket(strip_punct(words)) or None,
                     "learners": count.value})
    # what is left unread: every number but the rows' counts, their subtotals and the rows' total
    total = sum(r["learners"] for r in rows)
    spans = [(c.start, c.end) for c in counts if c in read or id(c) in subtotals or (rows and c.value == total)]
    _report_unplaced(answer, "", prose or lines, issues, spans)
    return rows


_SENTENCE_END = re.compile(r"(?<![0-9])\.\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])")


def _sentence_bounds(answer: str, at: int) -> tuple[int, int]:
    ends = [m.end() for m in _SENTENCE_END.finditer(answer)]
    return max((e for e in ends if e <= at), default=0), min((e for e in ends if e > at), default=len(answer))


def _elliptic_counts(answer: str, counts: list[_Count], lines) -> list[_Count]:
    """Clauses opening with a bare number (digits or a word; after `vēl`, `un`: `vēl deviņi …`) after a
    clause of the same sentence that held a count with its learner noun: the noun was left out (`trīs
    audzēkņi …, divi …`). A clause that holds a count of its own (`viena ģimene … (1)`) has none."""
    found = []
    for start, clause in _clause_spans(answer, 0):
        m = _CLAUSE_OPENING_NUMBER.match(clause)
        if not m or re.match(rf"\s*{_NOT_A_NOUN}\b", clause[m.end("n"):], re.IGNORECASE):
            continue
        at = start + m.start("n")
        sentence_start = _sentence_bounds(answer, at)[0]
        if any(c.start <= at < c.end for c in counts) or not any(sentence_start <= c.start < at for c in counts):
            continue
        if any(at < c.start < start + len(clause) for c in counts):
            continue   # the clause states its own count (`viena ģimene izbrauca (1)`): the number is no count

        value = _value(m.group("n"))
        if value is not None:
            found.append(_Count(value, at, start + m.end("n"), False, lines))
    return found


def _bracketed_breakdown(answer: str, count: _Count, after: list[_Count]) -> list[_Count]:
    """The counts after `count` to its sentence's end, where a dash or colon follows it and every one of
    them is a bracketed count closing its clause (`(8)`) and they sum to it; else []."""
    end = _sentence_bounds(answer, count.start)[1]
    inside = [c for c in after if c.start < end]
    if len(inside) < 2 or not re.search(r"[–—:]", answer[count.end:inside[0].start]):
        return []
    if not all(answer[c.start] == "(" for c in inside) or sum(c.value for c in inside) != count.value:
        return []
    return inside


def _own_words(answer: str, count: _Count, previous: _Count | None, following: _Count | None,
               upto_dash: bool = False) -> str:
    """The words a count belongs to, in its sentence: before a bracketed count back to the previous
    count or the clause's start, else after the count up to the next count's clause (or a dash)."""
    start, end = _sentence_bounds(answer, count.start)
    if answer[count.start] == "(":
        begin = max(start, previous.end if previous is not None else start, _clause_bounds(answer, count.start)[0])
        dash = max(answer.rfind(d, begin, count.start) for d in "–—")
        words = answer[max(begin, dash + 1):count.start].strip(" ,;:()–—-")
        return re.sub(r"^(?:un|bet|kā arī|savukārt)\s+", "", words)
    stop = min(end, _clause_bounds(answer, count.end)[1])
    if following is not None and following.start < stop:
        stop = following.start if answer[following.start] != "(" else stop
    if upto_dash:
        dash = re.search(r"\s[–—]\s|:", answer[count.end:stop])
        stop = count.end + dash.start() if dash else stop
    words = answer[count.end:stop]
    number = re.search(rf"(?<![0-9.])[0-9]{{1,3}}(?![0-9.,%])|\b(?:{NUMBER_WORD_PATTERN})\b", words, re.IGNORECASE)
    words = words[:number.start()] if number else words   # another count's words are not this one's
    return re.sub(rf"^\s*{_LEARNER}", "", words, flags=re.IGNORECASE).strip(" ,;:()–—-")


# ---------------------------------------------------------------- items

# a reason table's header naming the count column, then a notes column (`Iemesls | Audzēkņu skaits | Piezīmes`)
_COUNT_THEN_NOTES = re.compile(r"\bskait\w*\b.*\b(?:piezim\w*|komentar\w*)")
# in Tika text, the line holding a row's count cell: the reason's last words (no figure) or nothing, the count,
# then the notes cell opening with a word (`Izbraukuši uz ārvalstīm 2 Īrija …`, `5 Grupas BAS-3, …`) or a dash
# alone, the notes cell left empty (`– veselības stāvoklis 3 –`)
_NOTED_COUNT = re.compile(r"^(?P<reason>(?:[^\d]*[^\W\d_][^\d]*\s)?)(?P<n>[0-9]{1,3})"
                          r"(?:\s+(?:(?P<notes>[^\W\d_].*)|[–—-]))?$")
_GOES_ON = re.compile(r"(?:[,(/–—-]|\b(?:un|vai|ar|uz|no|par|pēc))\s*$", re.IGNORECASE)
_TOTAL_LINE = re.compile(r"^\s*(?:kopā|pavisam)\s+([0-9]{1,4})\b", re.IGNORECASE)


def _table_with_notes(lines: list[Line], items: list[tuple[str, list[Line]]]) -> list[dict] | None:
    """A reason table whose grid was lost (Tika) with a notes column after the count (`Nr. | Iemesls |
    Skaits | Piezīmes`): the notes are full of numbers that are not counts (group codes `BAS-3`, order
    numbers, years, ages). A row's count is the figure that opens its count cell's line, after the
    reason's last words or alone (not after a line that broke off mid-phrase); the notes follow it.
    Read only where the table's `Kopā` row equals the sum of the counts so read, else None (the items
    are read as prose)."""
    first_item = next(i for i, ln in enumerate(lines) if ln is items[0][1][0])
    if not _COUNT_THEN_NOTES.search(fold(" ".join(ln.text for ln in lines[:first_item]))):
        return None
    totals = [int(m.group(1)) for ln in lines for m in [_TOTAL_LINE.match(ln.text)] if m]
    if len(totals) != 1:
        return None
    rows: list[dict] = []
    for item_no, item_lines in items:
        category = leaving_categories().by_item.get("1.2." + item_no.rsplit(".", 1)[-1], "other")
        pending: list[Line] = []
        previous = ""
        for line in item_lines:
            text = _ITEM.sub("", line.text, count=1).strip() if line is item_lines[0] else line.text.strip()
            if line.table is not None or is_page_furniture(text) or _TOTAL_LINE.match(text):
                continue
            m = _NOTED_COUNT.match(text)
            if m and not _GOES_ON.search(previous):
                # a sub-row's reason opens with its dash (`– veselības stāvoklis`): the lines before it are
                # the notes of the row above
                opening = max((k for k, ln in enumerate(pending) if re.match(r"^[–—-]\s", ln.text)), default=0)
                pending = [] if m.group("reason").strip() else pending[opening:]   # the reason on the count's line
                reason = m.group("reason").strip() or join_lines(ln.text for ln in pending)
                reason = _ITEM.sub("", reason, count=1).strip()
                abroad = _category_of(m.group("reason") or reason) == "emigration"
                rows.append({"source_ref": span_ref(pending + [line]), "item_no": item_no,
                             "category": "emigration" if abroad else category,
                             "reason_text": _unbracket(strip_punct(reason.lstrip("–—- "))) or None,
                             "learners": int(m.group("n"))})
                pending = []
                if m.group("notes") is None:
                    text = re.sub(r"\s*[–—-]$", "", text)   # an empty notes cell's dash breaks off no phrase
            else:
                pending.append(replace(line, text=text))
            previous = text
    if not rows or sum(r["learners"] for r in rows) != totals[0]:
        return None
    return rows


def _items(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """Numbered items 1.2.x with the lines after each, up to the conclusions; where no item is
    numbered, the lines that open with the template's labels (item = the label's template item)."""
    lines = [ln for ln in lines if not is_page_furniture(ln.text, bare_numbers=False)]
    items: list[tuple[str, list[Line]]] = []
    numbered = any(_ITEM.match(ln.text) for ln in lines)
    for line in lines:
        m = _ITEM.match(line.text)
        label = None if numbered else _LABELS.match(line.text)
        if m:
            items.append((m.group(1), [line]))
        elif label:
            category = _category_of(label.group(1)) or "other"
            item_no = next((k for k, v in leaving_categories().by_item.items() if v == category), "1.2.3")
            items.append((item_no, [line]))
        elif items and line.table is None and _CONCLUSION.match(line.text):
            items.append(("", []))   # the conclusions close the last item
        elif items:
            items[-1][1].append(line)
    return [(no, item_lines) for no, item_lines in items if no]


def _label_and_answer(text: str) -> tuple[str, str]:
    """`dzīvesvietas maiņa (cik daudzi ...): 7 izglītojamie` -> ("dzīvesvietas maiņa", "7 izglītojamie").
    The prompt follows the label: a bracket after a count (`6 izglītojamie … (galvenais iemesls – …)`)
    is the answer's own aside."""
    m = _PROMPT.search(text)
    if m and not _COUNT.search(text[:m.start()]):
        return text[: m.start()].strip(), text[m.end():].strip()
    head = re.match(r"^([^0-9:;()–—-]{3,80}?)\s*(?::|\s[–—-]\s)\s*", text)
    if head and not _COUNT.search(head.group(1)):
        return head.group(1).strip(), text[head.end():].strip()
    return "", text


def _category_of(text: str) -> str | None:
    return leaving_categories().category_of(text)


# ---------------------------------------------------------------- counts in prose

def _counts(answer: str, lines: list[Line]) -> list[_Count]:
    counts: list[_Count] = []
    bracketed_last = False
    for m in _COUNT.finditer(answer):
        raw = m.group("b") or m.group("a") or m.group("c") or m.group("d")
        value = _value(raw)
        if value is None:
            continue
        closes = bool(m.group("c") or m.group("d")) or _closes_clause(answer, m.end())
        if m.group("d") and counts and counts[-1].value == value and not answer[counts[-1].end:m.start()].strip():
            continue   # `trīs izglītojamie (3)`: the same count again in digits
        if not m.group("d") and counts and bracketed_last and counts[-1].value == value \
                and not answer[counts[-1].end:m.start()].strip():
            counts.pop()   # `(3) trīs 10. klases skolēni`: the count in digits, then in words
        bracketed_last = bool(m.group("d"))
        counts.append(_Count(value, m.start(), m.end(), closes, lines, by_class=bool(m.group("which"))))
    counts += _clause_end_counts(answer, counts, lines)
    if not counts:
        bare = _BARE_COUNT.match(answer) or _OPENING_COUNT.match(answer)
        if bare:
            counts.append(_Count(int(bare.group(1)), bare.start(1), bare.end(1), False, lines))
    counts += _breakdown_openers(answer, counts, lines)
    return sorted(counts, key=lambda c: c.start)


def _clause_end_counts(answer: str, counts: list[_Count], lines) -> list[_Count]:
    """Top-level clauses that end in their count after a dash or colon (`uz tehnikumu – 2`)."""
    found = []
    for start, clause in _clause_spans(answer, 0):
        m = _CLAUSE_COUNT.match(clause)
        if not m or _NOT_A_REASON.search(m.group("reason")):
            continue
        at = start + m.start("n")
        if any(c.start <= at < c.end for c in counts) or not fold(m.group("reason")).strip(" –—:-"):
            continue
        found.append(_Count(int(m.group("n")), at, start + m.end("n"), True, lines))
    return found


def _value(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else word_number(raw)


def _closes_clause(answer: str, end: int) -> bool:
    """A count with nothing but punctuation after it up to the clause's end closes its clause."""
    return bool(re.match(r"^\s*(?:\)|\s)*(?:[;.,]|$)", answer[end:]))


def _breakdown_openers(answer: str, counts: list[_Count], lines) -> list[_Count]:
    """After a total and a colon ("deviņi izglītojamie: seši pārgāja …, trīs – uz …"), each clause
    that opens with a number (digits or a word) is a count of the breakdown."""
    found: list[_Count] = []
    for total in counts:
        colon = re.match(r"^\s*:", answer[total.end:])
        if not colon:
            continue
        start = total.end + colon.end()
        for clause_start, clause in _clause_spans(answer, start):
            m = _CLAUSE_OPENING_NUMBER.match(clause)
            if not m:
                continue
            at = clause_start + m.start("n")
            if any(c.start <= at < c.end for c in counts):
                continue
            value = _value(m.group("n"))
            if value is not None:
                found.append(_Count(value, at, clause_start + m.end("n"), False, lines))
    return found


_CLAUSE_MARK = re.compile(r"[();,]")


def _clause_spans(text: str, start: int) -> list[tuple[int, str]]:
    """(offset, clause) for the clauses of text[start:], cut at `;` and at commas outside brackets."""
    spans, depth, begin = [], 0, start
    for m in _CLAUSE_MARK.finditer(text, start):   # only brackets and separators change anything
        i, ch = m.start(), m.group()
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == ";" or (ch == "," and depth == 0):
            spans.append((begin, text[begin:i]))
            begin = i + 1
    spans.append((begin, text[begin:]))
    return [(s + len(c) - len(c.lstrip()), c.strip()) for s, c in spans if c.strip()]


def _without_totals(counts: list[_Count], answer: str, item_no: str, lines, issues: Issues) -> list[_Count]:
    """Drop a count that opens a breakdown (followed by a colon, or a short lead-in ending in one, and
    the counts it sums up: `41 izglītojamais; iemeslu sadalījums:` and a table), a count
    whose clause says it is a total (`Kopā 9`), a count that is part of the one before it
    (`3 izglītojamie, t.sk. 1 …`: reported, not a row of its own), and the learners of a count
    named by class after a dash (`trīs izglītojamie – divi 10. klases izglītojamie …`)."""
    kept = []
    for n, count in enumerate(counts):
        if n and count.by_class and re.match(r"^[^;]*?[–—-]", answer[counts[n - 1].end:count.start]) \
                and re.match(rf"^\s*(?:{_LEARNER}\s*)?[–—-]", answer[counts[n - 1].end:], re.IGNORECASE):
            continue   # `trīs izglītojamie – viens 7. klases un divi 10. klases izglītojamie`: which ones, by class
        if n and _SUBSET.search(answer[max(0, count.start - 20):count.start]):
            issues.warn(SECTION, "ambiguous_value",
                        f"Item {item_no}: the count {count.value} is part of the count {counts[n - 1].value} before it "
                        "(\"t.sk.\", \"no tiem\"); it is not read as a row of its own.", lines)
            continue
        after = counts[n + 1:]
        if after and _leads_into_breakdown(answer, count, after):
            total = sum(c.value for c in after)
            if total != count.value:
                issues.warn(SECTION, "ambiguous_value",
                            f"Item {item_no}: the total {count.value} before a breakdown does not equal the "
                            f"breakdown's sum {total} ({', '.join(str(c.value) for c in after)}); the breakdown "
                            "is read, the total is not.", lines)
            continue
        # the clause the count stands in, after the count before it: `kopā 23 izglītojamie: nesekmība (11 …)`
        # makes 23 a total, not 11
        clause_start = max(answer.rfind(";", 0, count.start) + 1, answer.rfind(",", 0, count.start) + 1,
                           counts[n - 1].end if n else 0)
        if _TOTAL_WORDS.match(answer[clause_start:count.start]) or _TOTAL_WORDS.match(answer[count.start:]):
            continue
        kept.append(count)
    return kept


_LEAD_IN = re.compile(r"^\s*(?:[;,–—-]\s*[^0-9;:]{0,60})?:\s*$")


def _leads_into_breakdown(answer: str, count: _Count, after: list[_Count]) -> bool:
    """The count is followed by a colon (`9 izglītojamie: …`), or by a short lead-in ending in one
    (`41 izglītojamais; iemeslu sadalījums:`) right before the counts after it."""
    if re.match(r"^\s*:", answer[count.end:]):
        return True
    return bool(_LEAD_IN.match(answer[count.end:min(after[0].start, len(answer))]))


def _clauses(answer: str) -> list[tuple[int, str]]:
    return _clause_spans(answer, 0)


def _clause_of(clauses: list[tuple[int, str]], count: _Count, counts: list[_Count]) -> str:
    """The clause holding the count and the clauses after it that hold no count of their own."""
    holding = [i for i, (s, c) in enumerate(clauses) if s <= count.start < s + len(c) + 1]
    if not holding:
        return ""
    i = holding[0]
    text = clauses[i][1]
    for s, c in clauses[i + 1:]:
        if any(s <= other.start < s + len(c) + 1 for other in counts):
            break
        text += ", " + c
    return text


def _reason_text(answer: str, count: _Count, previous: _Count | None, following: _Count | None) -> str:
    """The words a count belongs to: the words before a count that closes its clause ("… (4)", "… – 8
    izglītojamie") back to the previous count's words, else the words after a count that opens its
    clause ("4 izglītojamie pārgāja …") up to the next count's clause; empty where the count stands
    alone (the label is then the reason)."""
    if count.closes:
        begin = _strong_bounds(answer, count.start)[0]
        if previous is not None:
            begin = max(begin, previous.end if previous.closes else _clause_bounds(answer, previous.start)[1])
        before = answer[begin:count.start]
        before = re.sub(r"^[\s)\].,;:–—-]*", "", before).rstrip(" (–—-:")
        if before and not re.fullmatch(rf"\s*{_LEARNER}\s*", before, re.IGNORECASE):
            return _unbracket(strip_punct(before))
        if following is not None:
            return ""
    end = _strong_bounds(answer, count.end)[1]
    if following is not None:
        end = min(end, _clause_bounds(answer, following.start)[0])
    after = answer[count.end:end]
    after = re.sub(rf"^\s*(?:\([0-9]+\)\s*)?{_LEARNER}?", "", after, flags=re.IGNORECASE)
    return _unbracket(strip_punct(after.strip(" –—-:,")))


def _strong_bounds(answer: str, at: int) -> tuple[int, int]:
    """The stretch around `at` between `;` / `:` separators."""
    cuts = [i for i, ch in enumerate(answer) if ch in ";:"]
    return max((c + 1 for c in cuts if c < at), default=0), min((c for c in cuts if c >= at), default=len(answer))


def _clause_bounds(answer: str, at: int) -> tuple[int, int]:
    """The clause around position `at`: cut at `;`, `:` and commas outside brackets."""
    depth = 0
    cuts = []
    for i, ch in enumerate(answer):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch in ";:" or (ch == "," and depth == 0):
            cuts.append(i)
    return max((c + 1 for c in cuts if c < at), default=0), min((c for c in cuts if c >= at), default=len(answer))


def _unbracket(text: str) -> str:
    return text[1:-1].strip() if text.startswith("(") and text.endswith(")") and text.count("(") == 1 else text


def _report_unplaced(answer: str, item_no: str, lines, issues: Issues, read: list[tuple[int, int]] = ()) -> None:
    """An issue naming the numbers of the answer outside the `read` spans that may be counts."""
    numbers = [m.group(0) for m in re.finditer(r"(?<![0-9.,/])[0-9]{1,4}(?![0-9]|[.,][0-9]|\.\s|\.?\s*/|\s*%)", answer)
               if not re.match(r"\s*" + _NOT_A_NOUN, answer[m.end():], re.IGNORECASE)
               and not any(a <= m.start() < b for a, b in read)]
    if numbers:
        where = f"Item {item_no}" if item_no else "Section 1.2 (no items 1.2.1-1.2.3)"
        issues.warn(SECTION, "leaving_count_unrecognised",
                    f"{where} has numbers ({', '.join(numbers)}) but no learner count could be read"
                    + (" for them." if read else "."), lines)


# ---------------------------------------------------------------- small tables

def _grid_rows(lines: list[Line], item_no: str, issues: Issues) -> list[tuple[str, int, list[Line]]]:
    """Rows of a small table under an item (reason cell, count cell); a header row and a `Kopā` row
    are not counts; a row with two counts cannot be placed."""
    rows: dict[tuple, dict[int, list[Line]]] = {}
    for line in lines:
        rows.setdefault((line.table, line.row), {}).setdefault(line.col or 0, []).append(line)
    digit_columns = {(table, col) for (table, _), cells in rows.items() for col, cell in cells.items()
                     if re.fullmatch(r"[0-9]{1,4}", join_lines(ln.text for ln in cell).strip())}
    out = []
    for (table, _), cells in rows.items():
        texts = {col: join_lines(ln.text for ln in cell) for col, cell in sorted(cells.items())}
        cell_counts = {col: _cell_count(t) if (table, col) not in digit_columns else _cell_count(t, in_words=True)
                       for col, t in texts.items()}
        counts = [(col, n) for col, n in cell_counts.items() if isinstance(n, int)]
        count_cols = {col for col, n in cell_counts.items() if n is not None}
        words = [t for col, t in texts.items() if col not in count_cols and not re.fullmatch(r"[0-9.\s]*", t)]
        reason = join_lines(words)
        row_lines = [ln for cell in cells.values() for ln in cell]
        if "mismatch" in cell_counts.values() and not _TOTAL_WORDS.match(reason):
            issues.warn(SECTION, "ambiguous_value", f"Item {item_no}: the row {reason!r} states its count in digits "
                        "and in words that disagree; no row is written.", row_lines)
            continue
        if not counts or _TOTAL_WORDS.match(reason):
            continue
        if len(counts) > 1:
            issues.warn(SECTION, "ambiguous_value",
                        f"Item {item_no}: the row {reason!r} holds several counts "
                        f"({', '.join(str(v) for _, v in counts)}); which one is the learners could not be told.",
                        row_lines)
            continue
        out.append((strip_punct(reason), counts[0][1], row_lines))
    return out


def _cell_count(text: str, in_words: bool = False) -> int | str | None:
    """A count cell: digits (`3`), also with the count in words in brackets (`1 (viens)`, `viens (1)`);
    "mismatch" where the two disagree; with `in_words` (a column whose other rows hold counts in digits)
    also the count in words alone (`viens`); None for any other cell."""
    text = text.strip()
    if re.fullmatch(r"[0-9]{1,4}", text):
        return int(text)
    if in_words and re.fullmatch(r"\w+\.?", text) and word_number(text.rstrip(".")) is not None:
        return word_number(text.rstrip("."))
    m = re.fullmatch(r"([0-9]{1,3})\s*\(\s*(\w+)\s*\)|(\w+)\s*\(\s*([0-9]{1,3})\s*\)", text)
    if not m:
        return None
    digits, word = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    if word_number(word) is None:
        return None
    return int(digits) if word_number(word) == int(digits) else "mismatch"


def _text_table(lines: list[Line]) -> tuple[list[Line], list[tuple[str, int, list[Line]]]]:
    """A small table whose grid was lost (Tika: a cell per line): after a header line naming a count
    column (`Skaits`), a reason line and a count line (or `reason 3` on one line) are a row. Before
    such a header a bare number line is a page number. Returns (the prose lines, the rows)."""
    header_at = next((i for i, ln in enumerate(lines) if _COUNT_HEADER.match(fold(ln.text))), None)
    if header_at is None:
        return [ln for ln in lines if not is_page_furniture(ln.text)], []
    prose = [ln for ln in lines[:header_at] if not is_page_furniture(ln.text)]
    rows, reason = [], []
    for line in lines[header_at + 1:]:
        text = line.text.strip()
        whole = re.fullmatch(r"[0-9]{1,4}", text)
        tail = re.fullmatch(r"(.*\D)\s+([0-9]{1,4})", text)
        if whole and reason:
            rows.append((strip_punct(join_lines(ln.text for ln in reason)), int(text), reason + [line]))
            reason = []
        elif tail and not whole and not reason:
            rows.append((strip_punct(tail.group(1)), int(tail.group(2)), [line]))
        elif not whole:
            reason.append(line)
    rows = [r for r in rows if not _TOTAL_WORDS.match(r[0]) and not _COUNT_HEADER.match(fold(r[0]))]
    prose += reason
    return prose, rows
