"""Read a priorities table (section 2, 2.5 or 11) into priority blocks, each with its result-type parts.

A priority opens with its number (`Nr.1.`, `1. prioritāte`, `Prioritāte Nr. 1`, `Prioritāte 1:`, or
`1.` before the title in the priority cell or in a number cell of its own); the words before the number in that cell,
or a `Joma: …` / criterion line (templates.CRITERIA, `Kritērijs “…”`), or a criterion in brackets closing the title
(`Title (Mācīšana un mācīšanās)`), are its area; its title runs to the first result-type label,
`a) kvalitatīvi` / `b) kvantitatīvie` (any letter, either order). What the parts hold
(planned results, status, evidence) is for the section's extractor to read.

Two readers, one result:
- the grid (DOCX, PDF ruled tables, layout columns: lines with `table`/`row`/`col`): rows are read
  cell by cell; the columns' roles come from what the cells hold (the result-type labels, the
  priority numbers, the status spellings of seeds/reference/priority_statuses.csv), the header's
  words where the content says nothing. A header row (every cell a column name: the usual spellings,
  or any wording made of the column names' words, a bracketed hint after it) is dropped wherever a
  table starts or a page break repeats it, a row the page break cut in two is joined back (the
  priority cell's title, planned results, status and
  comment each carry on), a priority cell merged down over its a)/b) rows holds for all of them,
  a priority cell whose number a layout reading gave a row of its own goes on with its area and
  title in the next row, a `Joma: …` line run into the title is cut after the framework's criterion,
  one status line holding two parts' statuses is cut after the finished sentence, and lines outside
  the table (page numbers, signatures) are not read.
- the text (Tika: table cells one per line, the grid lost): a line-by-line reading by content; the
  table's header (and its repeats after page breaks, or in each table of a report that writes one
  table per priority; a column name wrapped after its first word, `Sasniedzamie` / `rezultāti`),
  page numbers and the signature block are dropped, a form's title label run into the title
  (`Prioritātes nosaukums …`) is cut off; a title cut by a page break carries on after the repeated header. A row the page break
  cut after its first line (its cells' first lines on one line, then each cell's rest one after
  another) is read where the title's end shows (a line opening in capitals, the only one before the
  first line too wide for the priority column), its cut part with the status of that first line;
  the planned results and comment after the title are not told apart, and not read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from loaders.extract.page_furniture import before_signature, without_furniture
from loaders.model import Line
from loaders.reference import priority_statuses
from loaders.templates import CRITERIA
from loaders.textnorm import fold, fold_in_place, join_lines

_PRIORITY = re.compile(r"^(?:prioritāte\s*(?:nr\.?)?|nr\.?)\s*([0-9]{1,2})(?![0-9/])(?:[.:]|\s[–—-])?\s*(.*)$"
                       r"|^([0-9]{1,2})\.\s*prioritāte\b[.:]?\s*(.*)$", re.IGNORECASE)
# `1. Skola ir ...`, or `1.` alone (a number cell before the title cell), where no `Nr.1.` is used
_PLAIN_PRIORITY = re.compile(r"^([1-9])\.(?:\s+([A-ZĀČĒĢĪĶĻŅŠŪŽ].*))?$")
_CELL_NUMBER = re.compile(r"^([1-9][0-9]?)\.(?:\s+(\S.*))?$")      # in a priority cell: `1.` or `1. Title`
# a result-type label, after a lead naming the column where a free-form report writes one
# (`Plānotie rezultāti kvalitatīvi: …`)
_RESULT_TYPE = re.compile(r"^\s*(?:(?:planot|sasniedzam)\w*\s+(?:sasniedzam\w*\s+)?rezultat\w*\s*[:–—-]?\s*)?"
                          r"(?:\(?([a-d])\s*\)\s*(kvalitat\w*|kvantitat\w*)\s*[:.–—-]?\s*(.*)"
                          r"|()(kvalitativ\w*|kvantitativ\w*)(?:\s+(?:rezultat|raditaj)\w*)?\s*(?:[:–—-]\s*(.*)|$))$")
_LETTERED = re.compile(r"^\(?[a-d]\s?\)\s*(?:kvalitat|kvantitat)")
_RESULT_WORD = re.compile(r"^(?:rezultāt|rādītāj)\w*\s*[:.–—-]?\s*", re.IGNORECASE)
_CRITERIA_FOLDED = {fold(c): c for c in CRITERIA}
# quotes around a whole title and nothing else (`„Āra vides pilnveide”.`): not the title's words
_WHOLLY_QUOTED = re.compile(r"^[„“\"«]([^„“”\"«»]+)[”“\"»][.:]?$")
_KRITERIJS = re.compile(r"^(?:kriterij\w*|joma|pamatjoma|jomas?)\s*[:–—-]?\s*[\"“”„«]?(.*?)[\"“”„»]?\s*$")
_AREA_LINE = re.compile(r"^(?:joma|pamatjoma|kriterij\w*)\s*(?:[:–—-]\s*\S|[\"“”„«])")
_AREA_WORD = re.compile(r"^(?:joma|pamatjoma|kriterij\w*)\s+(.*)$")   # `Joma Mācīšana un mācīšanās` (no colon)
_AREA_LABEL = re.compile(r"^(?:joma|pamatjoma|kriterijs)\s*:?$")      # a form's row label, the area in the next cell
# header words of the priorities table (folded): its column names and their bracketed hints
_HEADER = re.compile(r"^(prioritate(?!\s*(?:nr|[0-9]))|joma\s*(?:/|un)\s*prioritate\b|"
                     r"sasniedzamie rezultati|planotie rezultati|planotais rezultats|"
                     r"sasniegtie rezultati|noradi par|rezultat\w* veid\w*|nr\.?$|"
                     r"norade par|\(sasniegts|sasniegts/|izdevies istenot|informacija to apliecina|"
                     r"kvalitativi\)?$|kvantitativi un|apliecina\)|\(kvalitativi un|\(kvantitativi un|"
                     r"komentar\w*|izpilde\b|statuss\b|novertejums?\b|vertejums?\b|joma$|kriterijs$|nr\.? ?p\.? ?k\.?$|npk$|"
                     r"pamatojum\w*(?:\s*[,/]?\s*(?:un\s+)?komentar\w*)?$)")
_SENTENCE_END = re.compile(r"[.!?]\s*$")
# words that introduce the status where a report writes it as a field (`Izpilde: Sasniegts.`) or where a
# form table's row label ran into its value (`Norāde par izpildi un NAV SASNIEGTS`)
_STATUS_FIELD = re.compile(r"^(?:izpilde|statuss|novertejums|vertejums|norade par (?:uzdevumu )?izpildi)\s*:\s*(?=\S)")
_STATUS_LEAD = re.compile(r"^(?:norade par (?:uzdevumu )?izpildi(?: un(?: komentari)?)?|izpilde(?: un komentar\w*)?|"
                          r"statuss|novertejums|vertejums)\s*[:–—-]?\s*")
# a form's comment label run into the comment after a page break (`komentāri Vidējais rezultāts …`)
_COMMENT_LABEL = re.compile(r"^(?:un\s+)?[Kk]omentāri\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])")
# a form's title label run into the title (`Prioritātes nosaukums Lasītprasmes pilnveide`): the title
_TITLE_LABEL = re.compile(r"^[Pp]rioritātes\s+nosaukums\s*[:–—-]?\s*(?=\S)")


@dataclass
class Part:
    """One result type of a priority. Text reading: `lines` holds all that follows the label (planned
    results, status, evidence, in that order). Grid reading with a status column: `lines` is the
    planned results, `status_lines` the status cell (`[]` when empty) and `evidence_lines` the comment."""
    result_type: str
    label_line: Line
    lines: list[Line] = field(default_factory=list)
    status_lines: list[Line] | None = None
    evidence_lines: list[Line] = field(default_factory=list)
    ambiguous_status: str | None = None   # a status cell shared by several parts that cannot be split
    status_field: Line | None = None      # text reading: a line a field label (`Izpilde: …`) says is the status
    glued: str | None = None              # text reading: other cells' words its label line began with


@dataclass
class PriorityBlock:
    number: str | None   # None only while a grid row has opened it by its area and its number is to come
    area: str | None
    area_lines: list[Line]
    title_lines: list[Line]
    parts: list[Part] = field(default_factory=list)
    stray_lines: list[Line] = field(default_factory=list)   # lines outside the grid amid its rows
    without_status_column: bool = False   # read from a table that has no status column (next year's plan)
    cut_row: list[Line] = field(default_factory=list)   # text reading: its row's first line, cut off by a
                                                        # page break; its title and results cannot be told apart
    across_columns: list[str] = field(default_factory=list)   # text reading: the text runs across the
                                                              # table's columns (these lines show it)
    cut_part: Part | None = None   # text reading: the part the cut row's first line opened
    run_on: list[Line] = field(default_factory=list)   # text reading: that part's planned results and
                                                       # comment, one after the other, not told apart

    @property
    def title(self) -> str:
        """The title as printed, without a header row read after it (`Rezultāts Plānotais Izpilde un
        pamatojums`: a table drawn without rules opening under the title) and without the quotes that
        enclose the whole title (`„Title”`; quotes inside it, `Programmas „X” pilnveide`, stay)."""
        lines = list(self.title_lines)
        while len(lines) > 1 and names_columns(fold(lines[-1].text)):
            lines.pop()
        return _unquoted(join_lines(ln.text for ln in lines).strip())

    @property
    def lines(self) -> list[Line]:
        return self.area_lines + self.title_lines + [ln for p in self.parts
                                                     for ln in [p.label_line, *p.lines, *(p.status_lines or []),
                                                                *p.evidence_lines]]


def _unquoted(title: str) -> str:
    """`„Title”` -> `Title`: quotes around the whole title and nothing else are not its words."""
    m = _WHOLLY_QUOTED.match(title)
    return m.group(1).strip() if m else title


def read_blocks(lines: list[Line]) -> list[PriorityBlock]:
    """The section's priority blocks: from the table grid where the reader kept one, else from the text."""
    lines = before_signature(without_furniture(lines))
    grid = [ln for ln in lines if ln.table is not None and ln.col is not None]
    if grid and not _grid_is_no_priority_table(lines, grid):
        blocks = _read_grid(grid)
        if any(block.parts for block in blocks):
            _place_strays(lines, blocks)
            return blocks
    return _read_text(_without_header_rows(lines))


def _grid_is_no_priority_table(lines: list[Line], grid: list[Line]) -> bool:
    """The tables are not one priorities table with a column per role, so the lines are read in
    order as text (each row's cells one after another, as Tika writes them): where the priorities
    open in paragraphs outside the tables (a table holding only some priority's results), or where
    a table is a form (row labels in one column, values in the next: `Prioritāte Nr. 1 | title`,
    `a) kvalitatīvi | planned results`), its labels and priority numbers in one column."""
    if any(ln.table is None and _PRIORITY.match(ln.text) for ln in lines):
        return True
    labels: set[tuple] = set()
    numbers: set[tuple] = set()
    for line in grid:
        for piece in split_labels([line]):
            if result_type_of(piece.text):
                labels.add((line.table, line.col))
        if _PRIORITY.match(line.text):
            numbers.add((line.table, line.col))
    return bool(labels & numbers)


def _without_header_rows(lines: list[Line]) -> list[Line]:
    """The lines without a grid's header rows (every cell the table's column names)."""
    rows: dict[tuple, dict[int, list[Line]]] = {}
    for line in lines:
        if line.table is not None and line.col is not None:
            rows.setdefault((line.table, line.row), {}).setdefault(line.col, []).append(line)
    header = {id(ln) for row in rows.values() if _is_header_row(row) for cell in row.values() for ln in cell}
    return [ln for ln in lines if id(ln) not in header]


def _place_strays(lines: list[Line], blocks: list[PriorityBlock]) -> None:
    """Lines outside the grid between its rows (a reading that lost part of the table) belong to no
    cell; each is kept with the block whose row comes before it, for the extractor to report."""
    owner: dict[int, PriorityBlock] = {id(ln): block for block in blocks for ln in block.lines}
    current = None
    in_grid = [i for i, ln in enumerate(lines) if ln.table is not None]
    for i, line in enumerate(lines):
        if id(line) in owner:
            current = owner[id(line)]
        elif line.table is None and current is not None and in_grid and i < in_grid[-1] and line.text[:1].islower():
            current.stray_lines.append(line)   # a cell's words going on (a heading or paragraph opens in capitals)


_TYPE_THEN_STATUS = re.compile(r"^\s*(kvalitativ\w*|kvantitativ\w*)\s+(?=\S)")


def result_type_of(text: str) -> tuple[str, str] | None:
    """(`qualitative`/`quantitative`, the text after the label) for a result-type label line, else None.
    A result-type word followed by a status spelling (`kvalitatīvais Sasniegts Audzēkņi …`: a table's
    `Rezultāta veids | Izpilde | …` columns in a row's first line) is a label too."""
    folded = fold_in_place(text)
    if "kva" not in folded:   # both patterns need `kvalitat…` or `kvantitat…` (a cheap test first)
        return None
    m = _RESULT_TYPE.match(folded)
    if not m:
        m = _TYPE_THEN_STATUS.match(folded)
        if m and starts_with_status(text[m.end():]):
            return ("qualitative" if m.group(1).startswith("kvalitat") else "quantitative"), text[m.end():].strip()
        return None
    word = m.group(2) or m.group(5)
    rest_at = m.start(3) if m.group(2) else (m.start(6) if m.group(6) is not None else len(text))
    rest = _RESULT_WORD.sub("", text[rest_at:].strip().lstrip("–—-: ").strip())
    return ("qualitative" if word.startswith("kvalitat") else "quantitative"), rest


def status_lead(text: str) -> tuple[int, bool]:
    """(where the status starts after a lead, whether the lead is a field label that says a status
    follows): `Izpilde: Sasniegts` -> (9, True); `Norāde par izpildi un NAV SASNIEGTS` -> (22, False);
    (0, False) where there is no lead, or a lead without a colon is not followed by a status spelling."""
    folded = fold_in_place(text)
    if folded[:1] not in "insv":   # every lead opens with one of these letters (a cheap test first)
        return 0, False
    m = _STATUS_FIELD.match(folded)
    if m:
        return m.end(), True
    m = _STATUS_LEAD.match(folded)
    if m and m.end() and priority_statuses().match(fold(text[m.end():])):
        return m.end(), False
    return 0, False


def starts_with_status(text: str) -> bool:
    return bool(priority_statuses().match(fold(text[status_lead(text)[0]:])))


# ---------------------------------------------------------------- the grid

@dataclass
class _Roles:
    results: int
    priority: int | None
    status: tuple[int, ...]       # the status column; several where a layout split it into narrow ones
    area: tuple[int, ...]
    evidence: tuple[int, ...]
    title: tuple[int, ...] = ()   # the title's own columns, where the priority column holds only its number
    body: int | None = None       # the planned results' column, where the labels have a column of their own


def _read_grid(lines: list[Line]) -> list[PriorityBlock]:
    tables: dict[int, dict[int, dict[int, list[Line]]]] = {}
    for line in lines:
        tables.setdefault(line.table, {}).setdefault(line.row, {}).setdefault(line.col, []).append(line)
    header_texts: set[str] = set()
    header_roles: dict[int, str] = {}
    blocks: list[PriorityBlock] = []
    numbered = False
    roles: _Roles | None = None
    table_columns: set[int] = set()
    for rows in tables.values():
        data_rows = []
        this_header: dict[int, str] = {}
        for row in rows.values():
            if _is_header_row(row):
                for col, cell in row.items():
                    header_texts.update(fold(ln.text) for ln in cell)
                    this_header[col] = _header_role(join_lines(ln.text for ln in cell)) or this_header.get(col, "")
                    header_roles[col] = this_header[col] or header_roles.get(col, "")
            else:
                data_rows.append({col: _without_header_words([ln for ln in cell if fold(ln.text) not in header_texts
                                                              or starts_with_status(ln.text)])
                                  for col, cell in row.items()})
        table_roles = _roles(data_rows, this_header or header_roles)
        columns = {col for row in rows.values() for col in row}
        if table_roles is None:  # no labels: the table going on after a page break, or another table
            if roles is None:
                continue
            if columns != table_columns:
                mapping = _remap(this_header, roles)
                if mapping is None:
                    continue  # another column layout and no header to map it by
                data_rows = [{mapping[col]: cell for col, cell in row.items() if col in mapping} for row in data_rows]
        else:
            roles, table_columns = table_roles, columns
        data_rows = _join_rows_cut_by_a_page(data_rows, roles)
        numbered = numbered or any(_number_of(ln.text) for row in data_rows
                                   for ln in _cut_cell_number(row.get(roles.priority, [])))
        opened = len(blocks)
        for row in data_rows:
            _read_row(row, roles, blocks, numbered)
        for block in blocks[opened:]:
            block.without_status_column = not roles.status
    for n, block in enumerate(blocks, start=1):
        if block.number is None:
            block.number = str(n)
    return blocks


def _join_rows_cut_by_a_page(rows: list[dict[int, list[Line]]], roles: _Roles) -> list[dict[int, list[Line]]]:
    """A row the page break cut in two where both halves hold a piece of the priority cell: the first
    lines of each cell at the foot of one page (the area's first words, a label, the status), the rest
    on the next (the area's end, the number and title, the planned results' end, the comment). The
    halves are one row again: the first has a label and priority-cell words but no number, the second
    the number and results words but no label, and it starts on a later page."""
    out: list[dict[int, list[Line]]] = []
    for row in rows:
        if out and _second_half(out[-1], row, roles):
            first = out[-1]
            out[-1] = {col: first.get(col, []) + row.get(col, []) for col in sorted(set(first) | set(row))}
        else:
            out.append(row)
    return out


def _second_half(first: dict[int, list[Line]], second: dict[int, list[Line]], roles: _Roles) -> bool:
    if roles.priority is None:
        return False
    pages_first = [ln.page for cell in first.values() for ln in cell]
    pages_second = [ln.page for cell in second.values() for ln in cell]
    if not pages_first or not pages_second or None in pages_first or None in pages_second \
            or min(pages_second) <= max(pages_first):
        return False
    def numbered(row):
        return any(_number_of(ln.text) for ln in _cut_cell_number(row.get(roles.priority, [])))
    def labelled(row):
        return any(result_type_of(ln.text) for ln in split_labels(row.get(roles.results, [])))
    return (bool(first.get(roles.priority)) and not numbered(first) and labelled(first)
            and numbered(second) and not labelled(second) and bool(second.get(roles.results)))


def _read_row(row: dict[int, list[Line]], roles: _Roles, blocks: list[PriorityBlock], numbered: bool) -> None:
    priority_cell = _cut_cell_number(row.get(roles.priority, []) if roles.priority is not None else [])
    priority_cell += [ln for col in roles.title for ln in row.get(col, [])]
    area_cells = [ln for col in roles.area for ln in row.get(col, [])]
    results = split_labels(row.get(roles.results, [])) + (row.get(roles.body, []) if roles.body is not None else [])
    label_at = [i for i, ln in enumerate(results) if result_type_of(ln.text)]
    number_at = next((i for i, ln in enumerate(priority_cell) if _number_of(ln.text)), None)
    current = blocks[-1] if blocks else None
    if number_at is not None:
        number, rest = _number_of(priority_cell[number_at].text)
        title = ([replace(priority_cell[number_at], text=rest)] if rest else []) + priority_cell[number_at + 1:]
        title = _without_number_again(title, number)
        if current is not None and current.number is None:   # opened by its area a row before its number
            current.number = number
            current.area_lines += area_cells + priority_cell[:number_at]
            current.title_lines += title
            _move_area_lines(current)
        elif current is None or current.number != number:
            current = _new_block(number, area_cells + priority_cell[:number_at], title)
            blocks.append(current)
    elif priority_cell and current is not None and current.number is not None and not current.title_lines \
            and not current.area_lines:
        current.title_lines.extend(priority_cell)        # a cell that opened with its number alone goes on
        _move_area_lines(current)
    elif priority_cell and numbered and _criterion(join_lines(ln.text for ln in priority_cell)):
        current = _new_block(None, area_cells + priority_cell, [])   # the next priority's area, its number to come
        blocks.append(current)
    elif priority_cell and (numbered or not label_at) and current is not None:
        current.title_lines.extend(priority_cell)        # the priority cell carries on after a page break
        _move_area_lines(current)
    elif priority_cell or (label_at and current is None):
        current = _new_block(str(len(blocks) + 1), area_cells, priority_cell)
        blocks.append(current)
    if current is None:
        return
    right = [(col, row.get(col, [])) for col in sorted(row) if col > roles.results and col != roles.body]
    status = _status_cell([row.get(col, []) for col in roles.status]) if roles.status else None
    evidence = [ln for col, cell in right if col not in roles.status for ln in cell]
    if status is None:  # no status column: the extractor finds the status in the text after the label
        results, evidence = results + evidence, []
    head = results[: label_at[0]] if label_at else results
    if head and current.parts:              # a row cut by a page break: every cell carries on
        part = current.parts[-1]
        part.lines.extend(head)
    if not label_at:
        if current.parts:
            part = current.parts[-1]
            if status is not None:
                part.status_lines = (part.status_lines or []) + status
            part.evidence_lines.extend(evidence)
        return
    new_parts = []
    for n, i in enumerate(label_at):
        end = label_at[n + 1] if n + 1 < len(label_at) else len(results)
        rtype, rest = result_type_of(results[i].text)
        body = ([replace(results[i], text=rest)] if rest else []) + results[i + 1:end]
        new_parts.append(Part(rtype, results[i], body))
    previous = next((b.parts[-1] for b in reversed(blocks) if b.parts), None)
    if status and previous is not None and previous.status_lines is not None and not starts_with_status(status[0].text):
        cut = _cut_at_status(status)
        if cut:   # the row was cut below the previous part's comment: what comes before the status is its
            previous.evidence_lines.extend(cut[0])
            status = cut[1]
    _give_status(new_parts, status, evidence)
    current.parts.extend(new_parts)


def _without_number_again(title: list[Line], number: str) -> list[Line]:
    """A number column (`1.`) beside a priority cell that names its number again (`Mācīšana un
    mācīšanās` / `Nr.1 Title`): the title without the repeated `Nr.1`."""
    out = []
    for line in title:
        m = _PRIORITY.match(line.text.strip())
        if m and (m.group(1) or m.group(3)) == number:
            rest = (m.group(2) or m.group(4) or "").strip()
            if rest:
                out.append(replace(line, text=rest))
        else:
            out.append(line)
    return out


_AFTER_SENTENCE = re.compile(r"(?<=[.;!?)])\s+(?=\S)")


def _cut_at_status(cell: list[Line]) -> tuple[list[Line], list[Line]] | None:
    """A status cell that opens with other words and has a status spelling after a finished sentence
    (`… posmiem. Daļēji sasniegts Vērošanas dati …`), as where a layout reading put a row's boundary
    below the previous row's comment: (the words before, the status and what follows), else None."""
    for i, line in enumerate(cell):
        starts = ([0] if i and _SENTENCE_END.search(cell[i - 1].text) else []) + \
                 [m.end() for m in _AFTER_SENTENCE.finditer(line.text)]
        for at in starts:
            if priority_statuses().match(fold_in_place(line.text[at:])):
                head, tail = line.text[:at].strip(), line.text[at:]
                return cell[:i] + ([replace(line, text=head)] if head else []), [replace(line, text=tail), *cell[i + 1:]]
    return None


def _cut_at_statuses(line: Line) -> list[Line]:
    """A status cell read as one line that holds several parts' statuses, each opening the cell or
    following a finished sentence (`Nav sasniegts … mācību gadu. sasniegts (sk. …) Aptaujā …`, where a
    layout reading kept two rows' cells in one): cut before each; [line] where it does not open with one."""
    if not starts_with_status(line.text):
        return [line]
    cuts = [0] + [m.end() for m in _AFTER_SENTENCE.finditer(line.text)
                  if priority_statuses().match(fold_in_place(line.text[m.end():]))]
    bounds = cuts + [len(line.text)]
    return [replace(line, text=line.text[a:b].strip()) for a, b in zip(bounds, bounds[1:])]


_MID_NUMBER = re.compile(r"(?<=\S)\s+((?:prioritāte\s*)?nr\.?\s*[0-9]{1,2}(?![0-9/])\.?(?:\s.*)?)$", re.IGNORECASE)


_HEADER_WORDS = re.compile(
    r"^\s*(?:prioritate\b|sasniedzamie rezultati(?:\s*\((?:kvalitativi|kvantitativi) un (?:kvalitativi|kvantitativi)\))?"
    r"|norade par uzdevumu izpildi|izpilde\b|statuss\b|novertejums\b|komentari\b[^.;]{0,80}?apliecina\)?"
    r"|\(?/?\s*(?:(?:daleji |nav )?sasniegts\s*/\s*)+(?:(?:daleji |nav )?sasniegts)?\s*\)?"
    r"|\((?:daleji |nav )?sasniegts\b)\s*")


def _without_header_words(cell: list[Line]) -> list[Line]:
    """Header words run into a data cell's text (`Prioritāte Mācīšana …`, `(sasniegts Sasniegts`), as
    where a layout reading glued the header row to the first data row, are cut off."""
    out = []
    for line in cell:
        text = line.text
        while True:
            m = _HEADER_WORDS.match(fold_in_place(text))
            if not m or m.end() == 0:
                break
            text = text[m.end():].lstrip(" :–—-")
        if text.strip():
            out.append(replace(line, text=text.strip()) if text != line.text else line)
    return out


def _cut_cell_number(cell: list[Line]) -> list[Line]:
    """`Vienlīdzība un iekļaušana Nr.1. Skola ...` in one line of the priority cell: the area, then the number."""
    out = []
    for line in cell:
        m = _MID_NUMBER.search(line.text)
        if m and not _number_of(line.text):
            out += [replace(line, text=line.text[: m.start()].strip()), replace(line, text=m.group(1))]
        else:
            out.append(line)
    return out


def _status_cell(cells: list[list[Line]]) -> list[Line]:
    """The status cell's lines; where a status column came out as several narrow columns, their
    texts in column order, or, if that does not open with a status, the first words of each (the
    words of the status line, which the columns split: `daļēji` | `sasniegts –`)."""
    cells = [cell for cell in cells if cell]
    if len(cells) <= 1:
        return list(cells[0]) if cells else []
    lines = [ln for cell in cells for ln in cell]
    joined = join_lines(ln.text for ln in lines)
    if starts_with_status(joined):
        return [replace(lines[0], text=joined)]
    first_words = join_lines(cell[0].text.split()[0] for cell in cells)
    if starts_with_status(first_words):
        rest = join_lines(" ".join(cell[0].text.split()[1:]) for cell in cells)
        return [replace(lines[0], text=join_lines([first_words, rest, *(ln.text for cell in cells for ln in cell[1:])]))]
    return [replace(lines[0], text=joined)]


def _give_status(parts: list[Part], status: list[Line] | None, evidence: list[Line]) -> None:
    if status is None:
        return
    if len(parts) == 1:
        parts[0].status_lines, parts[0].evidence_lines = list(status), list(evidence)
        return
    starts = [i for i, ln in enumerate(status) if starts_with_status(ln.text)]
    if len(starts) != len(parts) and len(status) == 1:
        status = _cut_at_statuses(status[0])
        starts = list(range(len(status)))
    if len(starts) == len(parts) and (not status or starts[0] == 0):
        for n, part in enumerate(parts):
            end = starts[n + 1] if n + 1 < len(starts) else len(status)
            part.status_lines = status[starts[n]:end]
            part.evidence_lines = list(evidence)
        return
    split = _statuses_end_to_end(status, len(parts))
    if split:   # `Sasniegts SASNIEGTS daļēji`: a reader joined the cell's lines, one status a part
        for part, text in zip(parts, split):
            part.status_lines, part.evidence_lines = [replace(status[0], text=text)], list(evidence)
        return
    for part in parts:  # one status cell for several parts: not split by guessing
        part.status_lines, part.evidence_lines = [], list(evidence)
        part.ambiguous_status = join_lines(ln.text for ln in status) or None


def _statuses_end_to_end(status: list[Line], count: int) -> list[str] | None:
    """A one-line status cell beside `count` parts that reads as exactly `count` status spellings one
    after another, only spaces or a stop between them (`Sasniegts SASNIEGTS`, `Nav sasniegts sasniegts
    daļēji – darbs turpināsies`; the last may go on with a comment), in one way only: each part's
    status, in order. `Sasniegts daļēji sasniegts` reads two ways (`Sasniegts` + `daļēji sasniegts`, or
    `Sasniegts daļēji` + `sasniegts`), and a list of choices (`Sasniegts/ daļēji sasniegts`) is no
    statuses end to end: None."""
    if len(status) != 1 or count < 2:
        return None
    text = status[0].text
    folded = fold_in_place(text)
    if len(folded) != len(text):
        return None
    readings = [cuts for cuts in _status_readings(folded, 0, count)]
    if len(readings) != 1:
        return None
    cuts = readings[0] + [len(text)]
    return [text[cuts[k]:cuts[k + 1]].strip() for k in range(count)]


def _status_readings(folded: str, at: int, count: int) -> list[list[int]]:
    """The ways `folded[at:]` reads as `count` status spellings end to end: each a list of their starts."""
    if count == 1:
        return [[at]] if priority_statuses().match(folded[at:]) else []
    readings = []
    for spelling in _free_spellings():
        if folded.startswith(spelling, at):
            gap = re.match(r"\.?\s+", folded[at + len(spelling):])
            if gap:
                readings += [[at, *rest] for rest in _status_readings(folded, at + len(spelling) + gap.end(), count - 1)]
    return readings


def _free_spellings() -> list[str]:
    """The status spellings that may be followed by other words (not the whole-cell ones, `daļēji$`)."""
    vocabulary = priority_statuses()
    return [s for s in vocabulary.by_spelling
            if (m := vocabulary.match(s + " x")) is not None and m.group(1) == s]


def _roles(rows: list[dict[int, list[Line]]], header: dict[int, str]) -> _Roles | None:
    labels: dict[int, int] = {}
    numbers: dict[int, int] = {}
    statuses: dict[int, int] = {}
    for row in rows:
        for col, cell in row.items():
            labels[col] = labels.get(col, 0) + sum(1 for ln in split_labels(cell) if result_type_of(ln.text))
            numbers[col] = numbers.get(col, 0) + sum(1 for ln in _cut_cell_number(cell) if _number_of(ln.text))
            if cell and starts_with_status(cell[0].text):
                statuses[col] = statuses.get(col, 0) + 1
    if not any(labels.values()):
        return None
    results = max(labels, key=lambda c: (labels[c], -c))
    left = [c for c in numbers if c < results and numbers[c]]
    priority = (max(left, key=lambda c: (numbers[c], -c)) if left
                else next((c for c, role in sorted(header.items()) if role == "priority" and c < results), None))
    if priority is None:
        filled = sorted(c for row in rows for c, cell in row.items() if cell and c < results)
        priority = filled[-1] if filled else None
    right = sorted({c for row in rows for c in row if c > results} | {c for c in header if c > results})
    found = [c for c in right if statuses.get(c)]
    named = tuple(c for c in right if header.get(c) == "status")
    if named and (any(statuses.get(c) for c in named) or not found):
        status = named[:1]   # the column the header names, where its cells hold statuses (or none does)
    elif found:  # by content: the columns holding statuses, and any between them (one cut in narrow ones)
        status = tuple(c for c in right if min(found) <= c <= max(found))
    else:
        status = ()
    columns = sorted({c for row in rows for c in row} | set(header))
    area = tuple(c for c in columns if priority is not None
                 and (c < priority or (c < results and header.get(c) == "area")))
    title = tuple(c for c in columns if priority is not None and priority < c < results and c not in area)
    body = _body_column(rows, results, [c for c in right if c not in status], header)
    return _Roles(results, priority, status, area, tuple(c for c in right if c not in status and c != body),
                  title, body)


def _body_column(rows: list[dict[int, list[Line]]], results: int, others: list[int], header: dict[int, str]) -> int | None:
    """Where every label cell holds only its labels (`a) kvalitatīvie`, a column `Rezultātu veids`), the
    planned results stand in the column the header names for them, else in the next one to the right."""
    cells = [row[results] for row in rows if row.get(results)]
    if not others or not cells or any(result_type_of(ln.text) is None or result_type_of(ln.text)[1]
                                      for cell in cells for ln in split_labels(cell)):
        return None
    return next((c for c in others if header.get(c) == "results"), others[0])


def _remap(header: dict[int, str], roles: _Roles) -> dict[int, int] | None:
    """Columns of a table going on under its own header (a layout reading may cut the columns
    differently on the next page) mapped by their header words onto the first part's columns."""
    target = {"priority": (roles.title or (roles.priority,))[0], "number": roles.priority,
              "type": roles.results if roles.body is not None else None,
              "results": roles.body if roles.body is not None else roles.results,
              "status": (roles.status or (None,))[0],
              "evidence": (roles.evidence or roles.status or (None,))[0], "area": (roles.area or (None,))[0]}
    mapping = {col: target.get(role) for col, role in header.items() if target.get(role) is not None}
    return mapping or None


# both result types named together, unlettered (`Sasniedzamie rezultāti kvantitatīvi`⏎`un kvalitatīvi`):
# the column's name, not a result label
_BOTH_TYPES = re.compile(r"\b(kvantitativi|kvalitativi)\s+un\s+(kvalitativi|kvantitativi)\b")


def _is_header_row(row: dict[int, list[Line]]) -> bool:
    cells = [cell for cell in row.values() if cell]
    if not cells:
        return False
    if any((result_type_of(cell[0].text) and not _BOTH_TYPES.search(fold(join_lines(part.text for part in cell))))
           or _LETTERED.match(fold(ln.text)) or _number_of(ln.text)
           for cell in cells for ln in split_labels(cell)):
        return False  # a label or a priority number: data ("… kvantitatīvi un / kvalitatīvi" alone is header)
    return all(_HEADER.match(folded) or names_columns(folded)
               for folded in (fold(join_lines(ln.text for ln in cell)) for cell in cells))


# the words a priorities table's column names are made of (folded), whatever their order and the author's
# wording (`Plānotie sasniedzamie rezultāti`, `Sasniedzamais rezultāts`, `Komentārs, pamatojums`, `Nr.`)
_COLUMN_WORD = re.compile(
    r"(?:nr|npk|prioritates?|jomas?|pamatjoma|kriterij[si]|planot(?:ie|ais|o)|sasniedzam(?:ie|ais|o)|"
    r"sasniegt(?:ie|ais|o)|rezultat[isau]|veid[sia]|izpilde|izpildi|statuss|novertejums|vertejums|norade|noradi|"
    r"komentar[si]|pamatojums|pieradijum[si]|piezimes|par|uzdevumu|un)")
_JOINING_WORD = {"par", "uzdevumu", "un"}
_HINT = re.compile(r"\([^()0-9]{0,120}\)")   # a bracketed hint after a column's name: `(kā īstenots, …)`


def names_columns(folded: str) -> bool:
    """The folded text is nothing but column names of a priorities table: up to six of their words
    (`Nr.`, `Plānotie sasniedzamie rezultāti`, `Komentārs, pamatojums`), each name perhaps with a bracketed
    hint without figures (`Pamatojums (kā īstenots, kādi dati to apliecina)`, `Prioritāte (joma)`). A
    status spelling, a title or a sentence has other words."""
    words = [w for w in re.split(r"[\s,;:/.&–—-]+", _HINT.sub(" ", folded)) if w]
    return (0 < len(words) <= 6 and all(_COLUMN_WORD.fullmatch(w) for w in words)
            and any(w not in _JOINING_WORD for w in words))


def _header_role(text: str) -> str | None:
    folded = fold(text)
    if re.search(r"norade|noradi|izpilde|statuss|novertejum|^vertejum|\(sasniegts", folded):
        return "status"
    if re.search(r"komentar|apliecina|sasniegtie rezultati|^pamatojum|^pieradijum", folded):
        return "evidence"
    if re.search(r"sasniedzam|planot", folded):
        return "results"
    if re.search(r"^joma\s*(?:/|un)\s*prioritat", folded):
        return "priority"   # one column for both: the area above the priority's number and title
    if re.search(r"^(joma|kriterij|pamatjom)", folded):
        return "area"
    if re.search(r"^(nr\.?|n\.? ?p\.? ?k\.?|npk)$", folded):
        return "number"
    if re.search(r"^rezultat\w* veid", folded):
        return "type"
    if folded.startswith("prioritat"):
        return "priority"
    return None


def _number_of(text: str) -> tuple[str, str] | None:
    m = _PRIORITY.match(text.strip())
    if m:
        return (m.group(1) or m.group(3)), (m.group(2) or m.group(4) or "").strip()
    m = _CELL_NUMBER.match(text.strip())
    if m and not re.match(r"^\d+\.\s*(klas|kurs|posm|līmen|semestr)", text.strip(), re.IGNORECASE):
        return m.group(1), (m.group(2) or "").strip()
    return None


def _new_block(number: str | None, area_lines: list[Line], title_lines: list[Line]) -> PriorityBlock:
    block = PriorityBlock(number, None, list(area_lines), list(title_lines))
    _move_area_lines(block)
    return block


_AREA_PREFIX = re.compile(r"^(.{4,80}?)\s*[:–—]\s+(\S.*)$")
_BRACKETED_AREA = re.compile(r"^\((.{4,80}?)\)\s*[:.–—-]?\s+(\S.*)$")   # `(Kompetences un sasniegumi): Title`
_RESULTS_TAIL = re.compile(r"\s*(?:plānotie|sasniedzamie)\s+(?:sasniedzamie\s+)?rezultāti\s*:?\s*$", re.IGNORECASE)


def _move_area_lines(block: PriorityBlock) -> None:
    """`Joma: …` / `Kritērijs “…”` lines in the title cell belong to the area, and so does a criterion
    written before the title (`Kompetences un sasniegumi: lasītprasmes pilnveide`, in brackets
    `(Kompetences un sasniegumi): Lasītprasmes pilnveide`, glued before a title opening in capitals
    `Kompetences un sasniegumi Lasītprasmes pilnveide` as where an area cell was read into it, or on lines of its own
    with the title opening in capitals on the next); the area is the
    criterion's name (canonical where it is one of templates.CRITERIA), else the words as printed.
    A trailing `Plānotie rezultāti:` (the results' lead-in) is not the title's."""
    if block.title_lines and not block.area_lines:
        first = block.title_lines[0]
        m = _BRACKETED_AREA.match(first.text) or _AREA_PREFIX.match(first.text)
        if m and (_criterion(m.group(1)) or _opens_criterion(m.group(1))):
            block.area_lines.append(replace(first, text=m.group(1)))
            block.title_lines[0] = replace(first, text=m.group(2))
    for k in (1, 2, 3, 4):   # a criterion on lines of its own before the title, which opens in capitals
        if not block.area_lines and len(block.title_lines) > k and block.title_lines[k].text[:1].isupper() \
                and fold(join_lines(ln.text for ln in block.title_lines[:k])).strip(" .:") in _CRITERIA_FOLDED:
            block.area_lines, block.title_lines = block.title_lines[:k], block.title_lines[k:]
    if block.title_lines and not block.area_lines:   # the same, its lines joined with the title's
        area, title = _area_then_title(block.title_lines[0], lead=False)
        if title is not None:
            block.area_lines, block.title_lines[0] = [area], title
    if block.title_lines:
        last = block.title_lines[-1]
        cut = _RESULTS_TAIL.sub("", last.text)
        if cut != last.text:
            block.title_lines[-1:] = [replace(last, text=cut)] if cut.strip() else []
    if block.title_lines and not block.area_lines:
        _bracketed_area_after_title(block)
    keep = []
    wrapped_area = False   # after a `Joma: …` line that names no criterion yet: its cell's next lines may finish it
    for line in block.title_lines:
        if _is_area_line(line.text):
            area, title = _area_then_title(line)
            block.area_lines.append(area)
            keep.extend([title] if title else [])
            wrapped_area = title is None and _criterion(area.text) not in _CRITERIA_FOLDED.values()
        elif wrapped_area and _finishes_criterion(block.area_lines, line):
            block.area_lines.append(line)   # `Joma: Mācīšana` / `un mācīšanās`: the area wrapped in its cell
        else:
            wrapped_area = False
            keep.append(line)
    block.title_lines = keep
    block.area = _area_name(join_lines(ln.text for ln in block.area_lines)) if block.area_lines else None


_TRAILING_BRACKET = re.compile(r"\(([^()]{4,80})\)\s*[.:]?\s*$")


def _bracketed_area_after_title(block: PriorityBlock) -> None:
    """`Treniņu procesa individualizācija (Mācīšana un mācīšanās)`: a criterion of the framework
    (templates.CRITERIA) in brackets that close the title, on its last line or wrapped over its last
    lines, is the area, and not the title's. Brackets holding anything else stay in the title."""
    m = _TRAILING_BRACKET.search(join_lines(ln.text for ln in block.title_lines))
    if not m or fold(m.group(1)).strip(" .:") not in _CRITERIA_FOLDED:
        return
    k = max((i for i, ln in enumerate(block.title_lines) if "(" in ln.text), default=None)
    if k is None:
        return
    opening = block.title_lines[k]
    head = opening.text[:opening.text.rindex("(")].rstrip(" –—-:,")
    if not head and k == 0:
        return   # the brackets are the whole title
    inside = [replace(opening, text=opening.text[opening.text.rindex("(") + 1:])] + block.title_lines[k + 1:]
    inside[-1] = replace(inside[-1], text=inside[-1].text[:inside[-1].text.rindex(")")])
    block.area_lines = [ln for ln in inside if ln.text.strip()]
    block.title_lines = block.title_lines[:k] + ([replace(opening, text=head)] if head else [])


def _opens_criterion(text: str) -> bool:
    """Two or more words that open a criterion of the framework (`Izglītības turpināšana` of `Izglītības
    turpināšana un nodarbinātība`): the area cut short, as printed."""
    folded = fold(text).strip(" .:")
    return len(folded.split()) >= 2 and any(name.startswith(folded + " ") for name in _CRITERIA_FOLDED)


def _finishes_criterion(area_lines: list[Line], line: Line) -> bool:
    """The area lines joined with this line spell one of the framework's criteria, or its start."""
    joined = fold(_strip_area_word(join_lines([*(ln.text for ln in area_lines), line.text])) or "").strip(" .:")
    return bool(joined) and any(name == joined or name.startswith(joined + " ") for name in _CRITERIA_FOLDED)


_OPENING_QUOTES = "„“\"«"
_AREA_LEAD = re.compile(r"^\s*(?:joma|pamatjoma|kriterij\w*)\s*[:–—-]\s*")


def _area_then_title(line: Line, lead: bool = True) -> tuple[Line, Line | None]:
    """`Joma: Mācīšana un mācīšanās Digitālo prasmju …` (or, with `lead=False`, `Mācīšana un mācīšanās
    Digitālo prasmju …`), where a reader joined a cell's lines: the area names a criterion of the
    framework (templates.CRITERIA) and the title runs on after it, opening in capitals; cut there. An
    area that is not one of the framework's names is left whole."""
    folded = fold_in_place(line.text)
    m = _AREA_LEAD.match(folded) if lead else re.match(r"\s*", folded)
    if not m:
        return line, None
    for name in sorted(_CRITERIA_FOLDED, key=len, reverse=True):
        end = m.end() + len(name)
        gap = re.match(r"\.? ", folded[end:]) if folded.startswith(name, m.end()) else None
        if gap:   # `… mācīšanās Title` or a sentence's full stop between: `… mācīšanās. „Title”.`
            title = line.text[end + gap.end():].strip()
            if (title[:1].isupper() or title[:1] in _OPENING_QUOTES) and not _PRIORITY.match(title):
                return replace(line, text=line.text[:end]), replace(line, text=title)
            break
    return line, None


def _is_area_line(text: str) -> bool:
    """`Joma: …`, `Kritērijs “…”`, or `Joma` and a criterion of the framework with no colon between."""
    folded = fold(text)
    m = _AREA_WORD.match(folded)
    return bool(_AREA_LINE.match(folded) or (m and m.group(1).strip(" .:") in _CRITERIA_FOLDED))


def _area_name(text: str) -> str | None:
    text = re.sub(r"\s+[a-d]\)(?=\s)", "", text.strip(" .:;"))  # a result-type letter run in from the next cell
    if not text or _HEADER.match(fold(text)):
        return None
    folded = fold(text)
    m = _KRITERIJS.match(folded)
    if m:
        inner = m.group(1).strip(" .:\"“”„")
        quoted = _original_quoted(text)
        return _CRITERIA_FOLDED.get(inner) or quoted or _strip_area_word(text)
    return _CRITERIA_FOLDED.get(folded) or text


def _strip_area_word(text: str) -> str | None:
    rest = re.sub(r"^\s*(kritērij\w*|joma|pamatjoma)\s*[:–—-]?\s*", "", text, flags=re.IGNORECASE).strip(" .:\"“”„«»")
    return rest or None


def _original_quoted(text: str) -> str | None:
    m = re.search(r"[\"“„«](.+?)[\"”»]", text)
    return m.group(1).strip() if m else None


def _criterion(text: str) -> str | None:
    """The area a short text spells: a criterion of the framework, `Kritērijs “…”`, `Joma: …`."""
    folded = fold(text).strip(" .:")
    if _is_area_line(text):
        return _area_name(text)
    return _CRITERIA_FOLDED.get(folded)


# ---------------------------------------------------------------- the text

_INLINE_NUMBER = re.compile(r"^(.+?)\s+((?:prioritāte\s*)?nr\.?\s*[0-9]{1,2}\.?(?:\s.*)?)$", re.IGNORECASE)
_MID_LABEL = re.compile(r"(?<=\S)\s+\(?([a-d]\s?\)\s*(?:kvalitat|kvantitat))")


def split_labels(lines: list[Line]) -> list[Line]:
    """A line holding result-type labels after other words (`… kopiena a) kvalitatīvi`, `…: a) kvalitatīvi
    – x; b) kvantitatīvi – y`) is cut before each label; the pieces keep the line's location."""
    out = []
    for line in lines:
        if ")" not in line.text:   # every label has its bracket (a cheap test first)
            out.append(line)
            continue
        cuts = [m.start(1) for m in _MID_LABEL.finditer(fold_in_place(line.text))]
        start = 0
        for cut in cuts:
            piece = line.text[start:cut].strip().rstrip("(").strip()
            if piece:
                out.append(replace(line, text=piece))
            start = cut
        out.append(replace(line, text=line.text[start:].strip()) if cuts else line)
    return out


def _read_text(lines: list[Line]) -> list[PriorityBlock]:
    """Priority blocks opened by `Nr.1.`; failing that, by plain `1. Title` lines."""
    lines, fields = _text_lines(lines)
    blocks = _read_text_blocks(lines, _PRIORITY)
    if not blocks or not any(block.parts for block in blocks):
        plain = _read_text_blocks(lines, _PLAIN_PRIORITY)
        if any(block.parts for block in plain):
            blocks = plain
    for part in (part for block in blocks for part in block.parts):
        part.status_field = next((ln for ln in part.lines if id(ln) in fields), None)
    _mark_across_columns(blocks)
    return blocks


def _mark_across_columns(blocks: list[PriorityBlock]) -> None:
    """Text that runs across a table's columns, line by line (a PDF table drawn without vertical rules,
    read as running text), shown by two parts or more whose label line also holds another cell: the
    row's status beside the label (`… a) kvantitatīvi Daļēji sasniegts`), or a later part's label after
    words that end no sentence (`matemātikā un dabaszinātnēs b) kvalitatīvi`: the title going on beside
    it), and at least one of them after other cells' words. Then every cell is cut into its lines and
    they interleave: no priority can be read. (One label glued to its title, `1. Lasītprasme a)
    kvalitatīvi`, is a cell boundary lost once, not this.)"""
    shown = []
    for block in blocks:
        for n, part in enumerate(block.parts):
            beside = part.lines and part.lines[0].ref == part.label_line.ref and starts_with_status(part.lines[0].text)
            if beside or (n and part.glued and not re.search(r"[.;:,!?)]\s*$", part.glued)):
                shown.append(part)
    ending = [part for block in blocks for part in block.parts
              if part.lines and part.lines[0].ref == part.label_line.ref and _status_ends(part.lines[0].text)]
    if len(ending) >= 2:   # `a) kvalitatīvi Planned words … Sasniegts`: the status cell beside the results' first line
        shown = ending + [part for part in shown if part not in ending]
    if len(shown) >= 2 and (any(part.glued for part in shown) or len(ending) >= 2):
        for block in blocks:
            block.across_columns = [join_lines([part.glued or "", part.label_line.text]) for part in shown]


def _status_ends(text: str) -> bool:
    """The line goes on, after words of its own, into a status spelling that ends it (`… reizi mēnesī
    SASNIEGTS`, `… aprīkotas Sasniegts daļēji`): the row's status cell read beside its planned results.
    A status inside a sentence (`Rezultāts sasniegts daļēji – …`) or after a dash or a stop (`… grafiks –
    Sasniegts.`: a list's result and its status) is not this."""
    words = text.split()
    for i in range(2, len(words)):
        if re.search(r"[–—\-:;.,]$", words[i - 1]):
            continue
        tail = fold(" ".join(words[i:]))
        m = priority_statuses().match(tail)
        if m and re.fullmatch(r"\.?", tail[m.end():].strip()):
            return True
    return False


def _text_lines(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """The lines as text (no grid), each without a status lead (`Izpilde: Sasniegts.` -> `Sasniegts.`)
    or a form's comment label run into the comment; and the ids of the lines a field label said
    state the status."""
    out, fields = [], set()
    for line in lines:
        if line.table is not None or line.row is not None or line.col is not None:
            line = replace(line, table=None, row=None, col=None)
        at, field_label = status_lead(line.text)
        if at:
            line = replace(line, text=line.text[at:].strip())
            if field_label:
                fields.add(id(line))
        elif _COMMENT_LABEL.match(line.text):
            line = replace(line, text=_COMMENT_LABEL.sub("", line.text))
        elif _TITLE_LABEL.match(line.text):
            line = replace(line, text=_TITLE_LABEL.sub("", line.text))
        out.append(line)
    return out, fields


def _read_text_blocks(lines: list[Line], opening: re.Pattern) -> list[PriorityBlock]:
    blocks: list[PriorityBlock] = []
    pending: list[Line] = []      # lines since the last part started, that may be the next area
    header: set[str] = set()      # the table header's lines, as first printed
    after_header = False          # a repeated header was just dropped: a cut title may carry on
    in_header = False
    in_area = False               # after a form's `Joma` row label: its value is the area
    previous = ""                 # the header line before, while in the header
    glued: Part | None = None     # a part whose label shared its line with other cells' first words
    glued_heads: list[Line] = []  # those words
    cut_row = False               # ... and a repeated header followed it with nothing between
    last: Line | None = None
    cut = _cut_inline_numbers(lines)
    for at, line in enumerate(cut):
        same_line, last = last is not None and last.ref == line.ref, line
        folded = fold(line.text)
        m = opening.match(line.text)
        if m and not _next_number(blocks, m.group(1) or m.group(3)):
            m = None   # `Nr. 12` inside a comment, not the next priority
        label = None if m else result_type_of(line.text)
        if _AREA_LABEL.match(folded) and blocks and (blocks[-1].title_lines or pending) and not blocks[-1].parts:
            _flush(blocks[-1], pending)
            pending, in_area = [], True
            continue
        if _AREA_WORD_ALONE.match(folded) and _names_the_area(folded, cut[at + 1:at + 2]):
            pending.append(line)   # `Kritērijs` / `“Pieejamība”`: the priority cell's area, not a header column
            in_header = False
            continue
        if not m and not label and (_HEADER.match(folded)
                                    or (_ONE_WORD.fullmatch(folded) and _header_name_wraps(folded, cut[at + 1:at + 2]))
                                    or (in_header and _header_tail(folded, previous))
                                    or (folded in header and not starts_with_status(line.text))):
            if not blocks:
                header.add(folded)
            in_header, in_area, previous = True, False, folded
            after_header = bool(blocks and blocks[-1].parts)
            cut_row = cut_row or bool(glued is not None and not pending and blocks[-1].parts[-1] is glued)
            continue
        in_header = False
        if in_area and not m and not label:
            blocks[-1].area_lines.append(line)
            blocks[-1].area = _area_name(join_lines(ln.text for ln in blocks[-1].area_lines))
            continue
        in_area = False
        if m:
            number = m.group(1) or m.group(3)
            rest = (m.group(2) or (m.group(4) if m.lastindex and m.lastindex >= 4 else "") or "").strip()
            taking_cut_row = cut_row and bool(blocks) and bool(blocks[-1].parts) and blocks[-1].parts[-1] is glued
            # a cut row's area: its first words on the cut line, the rest after the repeated header
            area, area_lines, kept = _area_from_tail((glued_heads if taking_cut_row else []) + pending)
            if blocks:
                _flush(blocks[-1], kept)
            title = [replace(line, text=rest)] if rest else []
            block = PriorityBlock(number, area, area_lines, title)
            _move_area_lines_keep(block, area)
            if taking_cut_row:
                _take_cut_row(blocks[-1], block, glued, glued_heads)
            blocks.append(block)
            pending, after_header, glued, cut_row = [], False, None, False
            continue
        if label and blocks:
            heads = [ln for ln in pending if ln.ref == line.ref] if same_line else []
            _flush(blocks[-1], pending)
            pending, after_header, cut_row = [], False, False
            part = Part(label[0], line)
            if label[1]:
                part.lines.append(replace(line, text=label[1]))
            blocks[-1].parts.append(part)
            glued, glued_heads = (part, heads) if heads else (None, [])
            part.glued = join_lines(ln.text for ln in heads) or None
            continue
        if after_header and not cut_row and _carries_title_on(blocks[-1], line.text):
            blocks[-1].title_lines.append(line)
            continue
        after_header = False
        if not cut_row:
            glued = None
        pending.append(line)
    if blocks:
        _flush(blocks[-1], pending)
    for block in blocks:
        if block.cut_row:
            _read_cut_row(block, blocks)
    return blocks


_AREA_WORD_ALONE = re.compile(r"^(?:kriterij\w*|joma|pamatjoma)\s*:?$")


def _names_the_area(folded: str, following: list[Line]) -> bool:
    """`Kritērijs` (or `Joma`) alone on a line, the name in quotes on the next: a priority cell's area
    wrapped after its label word, not the table's header column of that name."""
    return bool(_AREA_WORD_ALONE.match(folded) and following
                and re.match(r"^\s*[\"“”„«]", following[0].text))


def _take_cut_row(previous: PriorityBlock, block: PriorityBlock, glued: Part, heads: list[Line]) -> None:
    """A row the page break cut after its first line, whose cells' first lines came out as one line
    (`Drošība un a) kvalitatīvi SASNIEGTS`), then the repeated header, then the rest of each cell one
    after another (the area's end, `Nr. 2.`, the title, the planned results, the comment): the label
    is the new priority's, and where its title ends and its planned results begin cannot be told."""
    previous.parts.pop()
    for part in previous.parts[-1:]:
        part.lines = [ln for ln in part.lines if all(ln is not head for head in heads)]
    rest = 1 if glued.lines and glued.lines[0].ref == glued.label_line.ref else 0   # the label line's own words
    block.cut_row = [*heads, glued.label_line, *glued.lines[rest:]]
    block.cut_part = glued


_WIDER = 1.2   # a line this much wider than every line of the table's priority cells stands in a wider column


def _read_cut_row(block: PriorityBlock, blocks: list[PriorityBlock]) -> None:
    """The title of a cut row, where the text shows where it ends. The other priorities' cells (areas
    and titles, read whole) show the priority column's width; the first line after the title's start
    that is wider than all of them by _WIDER is in another, wider column (the planned results or the
    comment). A cell's text opens in capitals, so the title ends at a line that opens in capitals after
    a line leaving no phrase open (`ar`, `un`, a comma: a name such as `Ķekavas novada` may carry the
    title on); where exactly one such line comes before that wide one (or is it), and every line
    before it fits the column, that is where the planned results begin. And the cut line's words after
    the label must open with a status (the status cell's first line). Then the part is read with
    that status; its planned results and comment follow the title one after the other, with nothing
    to tell where one ends, so they are kept in `run_on` (for the extractor to name), not read.
    Otherwise the block stays cut (`cut_row`): no rows."""
    part, lines = block.cut_part, block.title_lines
    if part is None or not part.lines or part.lines[0].ref != part.label_line.ref \
            or not starts_with_status(part.lines[0].text):
        return
    column = [len(ln.text) for other in blocks if other is not block for ln in other.area_lines + other.title_lines]
    if not column:
        return
    width = max(column)
    wide = next((k for k in range(1, len(lines)) if len(lines[k].text) > _WIDER * width), None)
    if wide is None:
        return
    opens = [k for k in range(1, wide + 1)
             if lines[k].text[:1].isupper() and not _CARRIES_ON.search(lines[k - 1].text)]
    if len(opens) != 1 or any(len(ln.text) > width for ln in lines[:opens[0]]):
        return
    end = opens[0]
    block.title_lines, block.run_on = lines[:end], lines[end:]
    part.lines = part.lines[:1]
    block.parts.insert(0, part)
    block.cut_row = []


_CARRIES_ON = re.compile(r"(?:[:(,/–-]|\b(?:un|ar|par|no|uz|kā|ka|vai|ir|pie|pēc|bez|starp|caur|līdz))\s*$", re.IGNORECASE)


def _next_number(blocks: list[PriorityBlock], number: str) -> bool:
    """After the first, a priority number opens a block only in sequence: the next one, or 1 again."""
    if not blocks:
        return True
    return int(number) in (1, len(blocks) + 1, int(blocks[-1].number or 0) + 1)


_ONE_WORD = re.compile(r"[a-z]{4,}")


def _header_name_wraps(folded: str, following: list[Line]) -> bool:
    """A header column's name wrapped after its first word (`Sasniedzamie` / `rezultāti`): the word
    alone on its line, the two lines together a column name of the priorities table."""
    if not following or not _ONE_WORD.fullmatch(folded):
        return False
    joined = f"{folded} {fold(following[0].text)}"
    return bool(_HEADER.match(joined)) and not _HEADER.match(folded)


def _header_tail(folded: str, previous: str) -> bool:
    """A line of the header's bracketed hints (`daļēji sasniegts/ nav sasniegts)`, `(kvalitatīvi un`);
    a bare `daļēji` / `sasniegts` / `nav` only where the header line before broke off inside the hints
    (else it is a status, as after a form's `Norāde par izpildi un komentāri` label)."""
    if re.search(r"^daleji$|^sasniegts$|^nav$", folded):
        return bool(re.search(r"(/|\(|\bnav|\bdaleji|\bsasniegts)\s*$", previous))
    return bool(re.search(r"sasniegts\s*/|/\s*nav sasniegts|apliecina\)?$|\(kvali|\(kvanti|^un kvali|^un kvanti|"
                          r"^rezultati( \(?kva\w*( un kva\w*)?\)?)?$|^sasniegts/?\)(?: un komentar\w*)?$|^sasniegts/$|^istenot|"
                          r"^kadi dati|^dati un informacija|^un komentari|"
                          r"^(?:daleji sasniegts\s*/\s*)?nav sasniegts\s*\)$", folded))


def _carries_title_on(block: PriorityBlock, text: str) -> bool:
    """After a repeated header, the priority cell's cut title carries on: the title has no final stop
    and the line starts lower case or with a number range (`7.–9. klasē`), not a new sentence."""
    if not block.title_lines or _SENTENCE_END.search(block.title) or not block.parts:
        return False
    part = block.parts[-1]
    at = next((i for i, ln in enumerate(part.lines) if starts_with_status(ln.text)), None)
    before_status = part.lines if at is None else part.lines[:at]
    if before_status and not _SENTENCE_END.search(before_status[-1].text):
        return False  # the page broke inside the planned results: what follows carries them on
    if re.match(r"^[0-9]+\.\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ]", text) or starts_with_status(text):
        return False
    return text[:1].islower() or bool(re.match(r"^[0-9]+\.?\s*[–—-]", text))


def _move_area_lines_keep(block: PriorityBlock, area: str | None) -> None:
    _move_area_lines(block)
    if area and block.area is None:
        block.area = area


def _cut_inline_numbers(lines: list[Line]) -> list[Line]:
    """Cut a line that holds two cells' starts: `Vienlīdzība un iekļaušana Nr.1. Skola ...` (area and
    number), `... vienota kopiena a) kvalitatīvi` (title and a part's label)."""
    out = []
    for line in split_labels(lines):
        text = line.text   # `nr` in any case first: a cheap test
        m = _INLINE_NUMBER.match(text) if ("nr" in text or "Nr" in text or "NR" in text or "nR" in text) else None
        if m and _criterion(m.group(1)):
            out += [replace(line, text=m.group(1)), replace(line, text=m.group(2))]
        else:
            out.append(line)
    return out


def _flush(block: PriorityBlock, pending: list[Line]) -> None:
    if block.parts:
        block.parts[-1].lines.extend(pending)
    else:
        block.title_lines.extend(pending)
        if block.area is None or any(_is_area_line(ln.text) for ln in pending):
            _move_area_lines(block)


def _area_from_tail(pending: list[Line]) -> tuple[str | None, list[Line], list[Line]]:
    """The last 1-4 pending lines, if they spell an area: (area, its lines, the lines before them)."""
    for k in range(min(4, len(pending)), 0, -1):
        tail = pending[-k:]
        area = _criterion(join_lines(ln.text for ln in tail))
        if area:
            return area, tail, pending[:-k]
    return None, [], pending
