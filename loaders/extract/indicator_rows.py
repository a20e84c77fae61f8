"""The quality-indicator table's rows: number, name, and the value lines that follow the name.

A row opens with its number (`1.`, `1.2.`, `3.1.`), and numbers must follow the table's order
(sibling, child or the parent's next sibling), so a list item `1.` inside a cell is not a row. The
template's own row names are kept as data (KNOWN_NAMES): a name is read word by word against them,
so a name glued to its first value (`6. Citi kvalitātes rādītāji Latvijas skolu reitings- 2024`)
is cut at the right word. Splitting values into cells is loaders.extract.tika_row_cells's job.

Where the reader saw the table's grid (DOCX, PDF tables, layout text: `Line.row`/`Line.col`), rows are
the grid's rows: the number column (`1.1` and `.` on two lines is `1.1.`), the name column after it, and
the three value columns mapped by their header text in whatever order it names them (`uzsākot` /
`sākumstāvoklis` → set at the start, `noslēdzot` / `sasniegtais` → reached, `plānotais` / `mērķis` or
the next year alone → next year's target; extra columns the template does not have are left out;
without a header naming all three, exactly three value columns are taken in order where the header
names no other order, and more or fewer place no cell: an issue, not a shift). A header repeated after a
page break is dropped, a header row the page break split is read as one, and a row with no number
carries on the row above (a row split by a page break).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from loaders.model import Line
from loaders.textnorm import fold

# a note under the table, after its last row
_NOTE = re.compile(r"^\s*(?:piezīme|piezīmes|paskaidrojums|paskaidrojumi|\*)", re.IGNORECASE)
_ROW = re.compile(r"^([1-9][0-9]?(?:\.[1-9][0-9]?)?)\.?\s+(\S.*)$")
_NUMBER_CELL = re.compile(r"^([1-9][0-9]?(?:\.[1-9][0-9]?)?)\.?$")  # the number in a cell of its own
_WORD = re.compile(r"[0-9a-z/.-]+")

KNOWN_NAMES = (
    "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:",
    "Pirmsskolas izglītības programmā/-s",
    "Vispārējās pamatizglītības programmā/-s",
    "Vispārējās vidējās izglītības programmā/-s",
    "Interešu izglītības programmā/-s",
    "Profesionālās izglītības programmā/-s",
    "Profesionālās ievirzes izglītības programmā/-s",
    "Speciālās izglītības programmā/-s",
    "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās pamatizglītības programmas "
    "apguves noslēgumā 9.klasē attiecībā pret vidējiem valsts rezultātiem",
    "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās izglītības programmas apguves "
    "noslēgumā attiecībā pret vidējiem valsts rezultātiem:",
    "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos profesionālās izglītības programmas "
    "apguves noslēgumā attiecībā pret vidējiem valsts rezultātiem:",
    "optimālā kursa līmenī",
    "optimālajā līmenī",
    "vispārējā kursa līmenī",
    "padziļinātā kursa līmenī",
    "augstākajā līmenī",
    "Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, konkursos, sacensībās u.tml.",
    "Pedagogu profesionālās kompetences pilnveide",
    "Citi kvalitātes rādītāji",
)
_KNOWN_TOKENS = [_WORD.findall(fold(name)) for name in KNOWN_NAMES]


@dataclass
class IndicatorRow:
    number: str
    name: str
    name_lines: list[Line]
    value_lines: list[Line]
    cells: list[list[Line]] | None = None   # baseline, actual, target lines where the grid gave them
    content: list[Line] | None = None       # text rows: every line after the number, name and values
    page_starts: frozenset = frozenset()    # text rows: ids of the content lines that open a new page
    torn: tuple = ()                        # grid rows: figures in a column whose header is a piece of a value
                                            # column's header (the reader split a cell): placed nowhere
    unplaced: bool = False                  # grid rows: values in columns the header does not map to the cells

    @property
    def lines(self) -> list[Line]:
        return self.name_lines + self.value_lines


def read_rows(lines: list[Line]) -> tuple[list[Line], list[IndicatorRow]]:
    """(header lines, rows)."""
    if any(line.col is not None and line.row is not None for line in lines):
        grid = _grid_rows([line for line in lines if line.col is not None and line.row is not None])
        if grid[1]:
            return grid
    rows: list[IndicatorRow] = []
    header: list[Line] = []
    current: list[Line] | None = None
    starts: list[tuple[str, list[Line]]] = []
    previous: str | None = None
    lines = _join_split_numbers(lines)
    for i, line in enumerate(lines):
        m = _ROW.match(line.text)
        cell = _NUMBER_CELL.match(line.text)
        if _PAGE_FOOTER.match(fold(line.text)):
            m = cell = None  # `3. lpp.`: the page's number, not a row's
        following = lines[i + 1].text if i + 1 < len(lines) else ""
        if m and _follows(previous, m.group(1)) and _plausible_name(m.group(2)) and _dotted_or_capital(line.text, m):
            previous = m.group(1)
        elif (cell and following and _follows(previous, cell.group(1)) and _plausible_name(following)
              and not (starts and fold(following) in {fold(h.text) for h in header})):
            # (a bare number before the table's header repeated is the page number above a page break)
            previous = cell.group(1)
        else:
            if current is not None and _NOTE.match(line.text):
                current = []  # a note under the table (`Piezīme: ...`): no row's text
            (current if current is not None else header).append(line)
            continue
        current = [line]
        starts.append((previous, current))
    header_texts = {fold(line.text) for line in header if line.text.strip()}
    for number, row_lines in starts:
        first = row_lines[0]
        m = _ROW.match(first.text)
        kept, page_starts = _drop_repeated_header(row_lines[1:], header_texts)
        candidates = ([replace(first, text=m.group(2))] if m else []) + kept
        if candidates and all(ln.col is not None for ln in candidates):
            name_col = candidates[0].col
            name_lines = [ln for ln in candidates if ln.col == name_col]
            value_lines = [ln for ln in candidates if ln.col != name_col]
            name = " ".join(ln.text for ln in name_lines)
        else:
            name, name_lines, value_lines = _cut_name(candidates)
        rows.append(IndicatorRow(number, name, ([first] if not m else []) + name_lines, value_lines,
                                 content=candidates, page_starts=frozenset(page_starts)))
    return header, rows


_PAGE_FOOTER = re.compile(r"^(?:lpp\.?\s*[0-9]{1,3}|[0-9]{1,3}\.?\s*lpp\.?(?:\s*no\s*[0-9]{1,3})?)$")
_BARE_PAGE_NUMBER = re.compile(r"^[0-9]{1,3}$")


def _join_split_numbers(lines: list[Line]) -> list[Line]:
    """A row number's dot wrapped onto a line of its own (`1.1` / `.`) belongs to the number."""
    out: list[Line] = []
    for line in lines:
        if line.text.strip() == "." and out and _NUMBER_CELL.match(out[-1].text) and "." in out[-1].text:
            out[-1] = replace(out[-1], text=out[-1].text.rstrip(".") + ".")
            continue
        out.append(line)
    return out


def _drop_repeated_header(lines: list[Line], header_texts: set[str]) -> tuple[list[Line], list[int]]:
    """A row's lines without the table header repeated after a page break and the page's footer before
    it (`Lpp. 3`, a bare page number), and the ids of the lines that open the new page. A running head
    naming the report (`… pašnovērtējuma ziņojums, 2024./2025. m.g.`) is never a row's text."""
    lines = [ln for ln in lines if not _is_running_head(ln.text)]
    if len(header_texts) < 2:
        return lines, []
    kept: list[Line] = []
    page_starts: list[int] = []
    in_header = False
    for line in lines:
        folded = fold(line.text)
        if folded in header_texts:
            if not in_header and kept and _BARE_PAGE_NUMBER.match(kept[-1].text.strip()):
                kept.pop()  # the page number printed just before the break
            in_header = True
            continue
        if _PAGE_FOOTER.match(folded):
            continue
        if in_header:
            page_starts.append(id(line))
            in_header = False
        kept.append(line)
    return kept, page_starts


def _is_running_head(text: str) -> bool:
    folded = fold(text)
    return "pasnovertejuma zinojum" in folded and "%" not in folded and len(folded) < 160


def _follows(previous: str | None, number: str) -> bool:
    parts = [int(p) for p in number.split(".")]
    if previous is None:
        return parts in ([1], [1, 1])
    prev = [int(p) for p in previous.split(".")]
    # the next sibling, a first child, or the parent's next sibling; one skipped row is allowed
    candidates = [prev[:-1] + [prev[-1] + 1], prev[:-1] + [prev[-1] + 2], prev + [1], prev + [2]]
    if len(prev) > 1:
        candidates += [prev[:-2] + [prev[-2] + 1], prev[:-2] + [prev[-2] + 2]]
    return parts in candidates


def _plausible_name(text: str) -> bool:
    """A row name opens with a word (`5-gadīgo bērnu ...` too), not with a class, a place, a page or a
    count (`1. klase`, `5. vieta`, `3. lpp.`)."""
    folded = fold(text)
    return bool(re.match(r"[a-z]|[0-9]+[-–][a-z]", folded)) and not re.match(
        r"(klase|klasei|klasem|klasu|un [0-9]|viet[aui]s?\b|lpp\b|lappus)", folded)


def _dotted_or_capital(text: str, m: re.Match) -> bool:
    """A top-level number with no dot after it (`4 konkursi 6 konkursi`) is a count that opens a value
    line unless the name after it opens with a capital, as the template's top-level names do."""
    number_end = m.end(1)
    if "." in m.group(1) or text[number_end:number_end + 1] == ".":
        return True
    return m.group(2)[:1].isupper()


def _cut_name(lines: list[Line]) -> tuple[str, list[Line], list[Line]]:
    """Read the name against the template's names; what follows the name is the row's values."""
    words: list[tuple[int, int, str]] = []  # (line index, char end in line, folded word)
    for i, line in enumerate(lines):
        for m in re.finditer(r"\S+", line.text):
            words.append((i, m.end(), fold(m.group(0))))
    best_end = _match_known(words)
    if best_end is None:
        return _cut_name_by_shape(lines)
    line_index, char_end = words[best_end][0], words[best_end][1]
    name_lines = lines[:line_index] + [replace(lines[line_index], text=lines[line_index].text[:char_end].strip())]
    rest = lines[line_index].text[char_end:].strip()
    value_lines = ([replace(lines[line_index], text=rest)] if rest else []) + lines[line_index + 1:]
    name = " ".join(ln.text for ln in name_lines)
    return name, name_lines, value_lines


def name_carried_over(name: str, text: str) -> str | None:
    """The words at the start of `text` (a line after a page break) that complete `name`, a template
    name cut by the break (`Pedagogu profesionālās` + `kompetences pilnveide ...`), if they do."""
    have = _WORD.findall(fold(name))
    for tokens in _KNOWN_TOKENS:
        if len(have) < len(tokens) and tokens[:len(have)] == have:
            rest = tokens[len(have):]
            words = text.split()
            if [w for word in words[:len(rest)] for w in _WORD.findall(fold(word))] == rest:
                return " ".join(words[:len(rest)])
    return None


def known_name_end(lines: list[Line]) -> tuple[int, int] | None:
    """(line index, char end) where a template name spelt out at the start of `lines` ends, if any."""
    words: list[tuple[int, int, str]] = []
    for i, line in enumerate(lines):
        for m in re.finditer(r"\S+", line.text):
            words.append((i, m.end(), fold(m.group(0))))
    best = _match_known(words)
    return None if best is None else words[best][:2]


def _match_known(words: list[tuple[int, int, str]]) -> int | None:
    """Index of the last word of the longest template name the row's words spell out, if any."""
    best: int | None = None
    best_len = 0
    words_tokens = [_WORD.findall(word) for _, _, word in words]   # each word's tokens, found once
    first = next((got[0] for got in words_tokens if got), None)
    for tokens in _KNOWN_TOKENS:
        if first is None or not tokens or first != tokens[0] and not (len(tokens[0]) > 5 and first[:5] == tokens[0][:5]):
            continue   # the name's first word is not the row's: it matches no word (as the loop below finds)
        i = j = 0
        while i < len(words) and j < len(tokens):
            got = words_tokens[i]
            if not got:
                i += 1
                continue
            if got[0] == tokens[j] or (len(tokens[j]) > 5 and got[0][:5] == tokens[j][:5]):
                i += 1
                j += len(got)
            else:
                break
        if j >= len(tokens) - (1 if len(tokens) > 4 else 0) and j > best_len:
            best, best_len = i - 1, j
    return best


def _cut_name_by_shape(lines: list[Line]) -> tuple[str, list[Line], list[Line]]:
    """An unknown row name runs until the first line that looks like a value (opens with a digit or a dash)."""
    for i, line in enumerate(lines[1:], start=1):
        if re.match(r"^[0-9\-–—]", line.text) or "%" in line.text:
            return " ".join(ln.text for ln in lines[:i]), lines[:i], lines[i:]
    return lines[0].text, lines[:1], lines[1:]


# --- rows of a table whose grid the reader recovered -------------------------------------------------

_BASELINE_HEAD = re.compile(r"uzsak|pec .{0,30}pasnovert|sakuma|sakumstavokl|ieprieksej")
_ACTUAL_HEAD = re.compile(r"nosledz|sasniegt")
_TARGET_HEAD = re.compile(r"planot|nakam|merki")
_SCHOOL_YEARS = re.compile(r"(?:19|20)[0-9]{2}\.?\s?/\s?(?:19|20)[0-9]{2}\.?|(?:19|20)[0-9]{2}\.?")
_SCHOOL_YEAR_ONLY = re.compile(r"^(?:(?:19|20)[0-9]{2}\.?\s?/\s?(?:19|20)[0-9]{2}\.?\s*(?:m\.\s?g\.?)?\s*)+$")


@dataclass
class _GridRow:
    number: str
    table: int | None
    number_lines: list[Line]
    name_lines: list[Line]
    values: dict[int, list[Line]]


def _grid_rows(lines: list[Line]) -> tuple[list[Line], list[IndicatorRow]]:
    order = {id(line): i for i, line in enumerate(lines)}
    groups: dict[tuple, list[Line]] = {}
    for line in lines:
        groups.setdefault((line.table, line.row), []).append(line)
    header: list[Line] = []
    header_texts: set[str] = set()
    heads: dict[int | None, dict[int, list[str]]] = {}   # table -> col -> header text
    rows: list[_GridRow] = []
    previous: str | None = None
    in_header: set[int | None] = set()
    for (table, _), group in groups.items():
        if table not in heads:
            # a table whose header is all there was of the one before it (a header row split by a page
            # break: `Plānotais` / `rezultāts` on one page, `2024./2025. m.g. (pēc ...)` on the next) goes on
            # with that header
            before = list(heads)[-1] if heads else None
            carried = before is not None and not any(r.table == before for r in rows)
            heads[table] = {col: list(texts) for col, texts in heads[before].items()} if carried else {}
            in_header.add(table)
        cols: dict[int, list[Line]] = {}
        for line in group:
            if rows and table not in in_header and fold(line.text) in header_texts:
                continue  # the header repeated after a page break, inside a row split by it
            cols.setdefault(line.col, []).append(line)
        if not cols:
            continue
        found = _grid_number(cols)
        if found is not None and rows and not _follows(previous, found[0]) and not _follows_loosely(previous, found[0]):
            found = None
        if found is None:
            if table in in_header:
                header.extend(group)
                header_texts.update(fold(line.text) for line in group)
                for col, col_lines in cols.items():
                    heads[table].setdefault(col, []).extend(line.text for line in col_lines)
            elif rows:  # a row with no number carries on the row above (a row split by a page break)
                last = rows[-1]
                name_col = last.name_lines[0].col if last.name_lines else None
                for col, col_lines in cols.items():
                    if col == name_col:
                        last.name_lines.extend(col_lines)
                    else:
                        last.values.setdefault(col, []).extend(col_lines)
            continue
        in_header.discard(table)
        number, number_lines, name_lines, value_cols = found
        previous = number
        rows.append(_GridRow(number, table, number_lines, list(name_lines), value_cols))
    out = []
    roles_of: dict[int | None, tuple[list[int | None], dict[int, int]]] = {}
    for row in rows:
        if row.table not in roles_of:
            value_ids = sorted({col for r in rows if r.table == row.table for col in r.values})
            roles_of[row.table] = _value_roles(heads.get(row.table, {}), value_ids)
        roles, merge_into = roles_of[row.table]
        values: dict[int, list[Line]] = {}
        for col in sorted(row.values):
            values.setdefault(merge_into.get(col, col), []).extend(row.values[col])
        cells = [sorted(values.get(col, []), key=lambda ln: order[id(ln)]) if col is not None else []
                 for col in roles]
        name = " ".join(line.text for line in row.name_lines)
        m = _ROW.match(name)
        if m and m.group(1) == row.number:
            name = m.group(2)
        value_lines = [line for cell in cells for line in cell]
        torn = tuple(line for col in sorted(row.values) if col not in roles and col not in merge_into
                     and _piece_of_value_header(heads.get(row.table, {}).get(col, [])) for line in row.values[col])
        if not any(ch.isdigit() for line in torn for ch in line.text):
            torn = ()  # words only: they cannot change a cell's figure
        unplaced = all(col is None for col in roles) and bool(row.values)
        if unplaced:
            value_lines = [line for col in sorted(row.values) for line in row.values[col]]
        out.append(IndicatorRow(row.number, name, row.number_lines + row.name_lines, value_lines, cells, torn=torn,
                                unplaced=unplaced))
    return header, out


# the words of the template's value-column headers (`Noteiktais rezultatīvais rādītājs uzsākot 2023./2024.
# m.g. (pēc 2022./2023. m.g. pašnovērtējuma ziņojuma)`, `noslēdzot`, `plānotais`)
_VALUE_HEAD_WORDS = frozenset(
    "noteiktais rezultativais raditajs raditaji uzsakot pec pasnovertejuma zinojuma nosledzot sasniegtais planotais "
    "sasniedzamais merkis macibu gada gadam gads m.g. m.g mg un".split())


def _piece_of_value_header(texts: list[str]) -> bool:
    """A column whose header holds only words of the value columns' headers (`pašnovērtējuma`,
    `rādītājs`): a piece of one of them that the reader cut off with its own column, not an extra
    column of the report's own (`Komentāri`)."""
    words = [w for w in re.findall(r"[a-z.]+", _SCHOOL_YEARS.sub(" ", fold(" ".join(texts)))) if w.strip(".")]
    return bool(words) and all(w in _VALUE_HEAD_WORDS or w.strip(".") in _VALUE_HEAD_WORDS for w in words)


def _follows_loosely(previous: str | None, number: str) -> bool:
    """In a grid a number has its own cell: any later number at the same or a deeper level follows."""
    if previous is None:
        return True
    return [int(p) for p in number.split(".")] > [int(p) for p in previous.split(".")]


def _grid_number(cols: dict[int, list[Line]]):
    """(number, its lines, name lines, value columns by col) of a grid row, or None where no column
    before the name opens with a row number."""
    ordered = sorted(cols)
    first = ordered[0]
    text = "".join(line.text for line in cols[first]).replace(" ", "")
    cell = _NUMBER_CELL.match(text)
    if cell:
        if len(ordered) < 2:
            return None
        name_col = ordered[1]
        values = {col: cols[col] for col in ordered[2:]}
        return cell.group(1), cols[first], cols[name_col], values
    joined = " ".join(line.text for line in cols[first])
    row = _ROW.match(joined)
    if row and _plausible_name(row.group(2)):
        values = {col: cols[col] for col in ordered[1:]}
        return row.group(1), [], cols[first], values
    return None


def _value_roles(header_by_col: dict[int, list[str]], value_ids: list[int]) -> tuple[list[int | None], dict[int, int]]:
    """The columns of the baseline, actual and target cells, by header text, and the header-less columns
    to read as part of the headed column on their right (a value that starts a little left of its
    column's header), in whatever order the header names them; without a header naming all three, the
    value columns where there are exactly three and the header names no other order than the template's,
    else none (an extra column, `Piezīmes`, would shift them; `Sasniegts` | `Uzsākot` | … is not guessed)."""
    roles: dict[str, int] = {}
    headed: list[int] = []
    for col in value_ids:
        head = fold(" ".join(header_by_col.get(col, [])))
        if not head:
            continue
        headed.append(col)
        if _BASELINE_HEAD.search(head):
            role = "baseline"
        elif _ACTUAL_HEAD.search(head):
            role = "actual"
        elif _TARGET_HEAD.search(head) or _SCHOOL_YEAR_ONLY.match(head):
            role = "target"
        else:
            continue
        roles.setdefault(role, col)
    if len(roles) == 3:
        # in any order the header names (`Sasniegts` | `Sākumstāvoklis` | `Mērķis`)
        merge_into = {col: next(h for h in headed if h > col) for col in value_ids
                      if col not in headed and any(h > col for h in headed)}
        return [roles["baseline"], roles["actual"], roles["target"]], merge_into
    named = sorted(roles, key=roles.get)
    if len(value_ids) == 3 and named == [r for r in ("baseline", "actual", "target") if r in roles]:
        return list(value_ids), {}   # the template's order, or a header that names none of it
    return [None, None, None], {}   # which column is which cannot be told: no cell is placed
