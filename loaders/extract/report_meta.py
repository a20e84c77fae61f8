"""Facts about the report itself: the institution's name and kind, and the school year it evaluates.

- school year: "par 2024./2025. mācību gadu" on the title page, else the year in the programme or
  priorities heading, else the most frequent year pair in the text;
- name (see `institution_name`): the title page line above "(izglītības iestādes nosaukums)"; a cover
  line that is a name and nothing else (in capitals: put in the letter case the report uses); the
  subject of the self-description ("X (turpmāk – skola) ir … dibināta … iestāde"); the genitive title
  ("X-gen pašnovērtējuma ziņojums") put in the nominative; else the institution phrase the report uses
  most. Approval blocks (SASKAŅOTS / APSTIPRINU … /paraksts/ … date) are never read for the name;
- kind: from the programme codes (level and type digits; a type letter: V professional orientation ->
  `other`, T further vocational), else from the name (vocabulary in _KIND_BY_NAME) where it names a
  kind other than a general school, else `interest` where the table lists interest-education fields
  (`joma`, `interešu`), else `general` for a school's name.
"""
from __future__ import annotations

import re
from collections import Counter

from loaders.model import Line
from loaders.reference import code_part
from loaders.split import SplitDocument
from loaders.textnorm import fold, join_lines

_YEAR_PAIR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})\.?\s*[./–-]\s*((?:19|20)[0-9]{2})\.?(?![0-9])")
_TITLE_YEAR = re.compile(r"par\s+((?:19|20)[0-9]{2})\.?\s*[./–-]\s*((?:19|20)[0-9]{2})", re.IGNORECASE)

# institution nouns: nominative -> regex of its forms (nominative and genitive)
_NOUNS = {
    "vidusskola": "vidusskol(?:a|as)", "pamatskola": "pamatskol(?:a|as)", "sākumskola": "sākumskol(?:a|as)",
    "ģimnāzija": "ģimnāzij(?:a|as)", "internātpamatskola": "internātpamatskol(?:a|as)",
    "internātvidusskola": "internātvidusskol(?:a|as)", "tehnikums": "tehnikum(?:s|a)",
    "koledža": "koledž(?:a|as)", "arodskola": "arodskol(?:a|as)", "licejs": "licej(?:s|a)",
    "pirmsskola": "pirmsskol(?:a|as)", "bērnudārzs": "bērnudārz(?:s|a)", "iestāde": "izglītības iestād(?:e|es)",
    "centrs": "centr(?:s|a)", "nams": "nam(?:s|a)", "skola": "skol(?:a|as)", "PII": "PII",
}
_NOUN_RE = re.compile(r"(?<![\wĀ-ž])(" + "|".join(_NOUNS.values()) + r")(?![\wĀ-ž])")
_QUOTED = re.compile(r"\s*([“\"„«][^”\"»“]{1,60}[”\"»])")
_MUNICIPALITY = re.compile(r"^\S+ (pilsētas|novada|valstspilsētas)\b")
_NOUN_ANY_CASE = re.compile(_NOUN_RE.pattern, re.IGNORECASE)
_STOP = re.compile(r"(?<![0-9])\.|[:;–—,(]|\s-\s")  # an ordinal's dot (45. vidusskola) is no stop


def school_year(doc: SplitDocument) -> str | None:
    for line in doc.preamble[:40]:
        m = _TITLE_YEAR.search(line.text)
        if m and int(m.group(2)) == int(m.group(1)) + 1:
            return f"{m.group(1)}/{m.group(2)}"
    for key in ("programmes", "priorities", "indicators"):
        section = doc.get(key)
        if section:
            for line in section.heading:
                pair = year_pair(line.text)
                if pair:
                    return pair
    counts = Counter(p for line in doc.lines[:400] for p in _pairs(line.text))
    return counts.most_common(1)[0][0] if counts else None


def _pairs(text: str) -> list[str]:
    return [f"{a}/{b}" for a, b in _YEAR_PAIR.findall(text) if int(b) == int(a) + 1]


def year_pair(text: str) -> str | None:
    found = _pairs(text)
    return found[0] if found else None


def institution_name(doc: SplitDocument) -> str | None:
    """The institution's name, in the nominative, from the strongest evidence the report gives:
    the title page's "(izglītības iestādes nosaukums)" line; a cover line that is a name and nothing
    else; the subject of the self-description ("X (turpmāk – skola) ir … dibināta … iestāde"); the
    genitive title ("X-gen pašnovērtējuma ziņojums") put in the nominative; else the institution
    phrase the report uses most. Approval blocks (SASKAŅOTS / APSTIPRINU … /paraksts/ … date) and
    predicates ("… ir … dibināta vispārējās izglītības iestāde") never give the name."""
    cover = _without_approval_blocks(doc.preamble)
    marked = _marked_name(cover)
    if marked:
        return marked
    opening = cover + [line for section in list(doc.sections.values())[:2] for line in section.lines[:40]]
    subject = _subject_name(opening)
    titled = _cover_line_name(cover)
    if titled:
        return _case_as_printed(titled, doc, subject)
    if subject:
        return subject
    genitive = _genitive_title_name(cover)
    if genitive:
        return _case_as_printed(genitive, doc, None)
    return _most_used_name(doc)


def _most_used_name(doc: SplitDocument) -> str | None:
    scores: Counter = Counter()
    # names run over line breaks, so look in each part's joined text (headings left out)
    parts = [(_without_approval_blocks(doc.preamble), 3)] + [(section.lines, 0) for section in doc.sections.values()]
    for lines, bonus in parts:
        for name in _candidates(join_lines(line.text for line in lines)):
            scores[name] += 2 + bonus
    if not scores:
        return None
    quoted = Counter(q.strip("“\"„«”»") for line in doc.lines for q in _QUOTED.findall(line.text))
    full = join_lines(line.text for line in doc.lines)
    for name in list(scores):
        if _MUNICIPALITY.match(name):
            scores[name] += 3
        q = _QUOTED.search(name)
        if q:
            scores[name] += min(5, quoted[q.group(1).strip("“\"„«”»")])
        scores[name] += min(4, full.count(name.split(" ", 1)[-1]))
    return max(scores, key=lambda n: (scores[n], len(n)))


# The founder's or head's approval block on the cover: it opens with one of these words and ends with
# the signature ("/paraksts/") and the date under it.
_APPROVAL_OPENERS = ("saskanots", "apstiprinu", "apstiprinats", "apstiprinata", "akceptets")
_SIGNATURE = re.compile(r"/\s*paraksts\s*/|\(paraksts\)", re.IGNORECASE)
_DATE_LINE = re.compile(r"(?:19|20)[0-9]{2}\.\s*gada\b|\b[0-3]?[0-9]\.[01]?[0-9]\.(?:19|20)[0-9]{2}\b")


def _without_approval_blocks(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    i = 0
    while i < len(lines):
        folded = fold(lines[i].text)
        if folded.rstrip(":. ").startswith(_APPROVAL_OPENERS) and len(folded.split()) <= 3:
            end = i
            for j in range(i + 1, min(len(lines), i + 8)):
                if _SIGNATURE.search(lines[j].text) or _DATE_LINE.search(lines[j].text):
                    end = j
                    if (j + 1 < len(lines) and _DATE_LINE.search(lines[j + 1].text)
                            and not _DATE_LINE.search(lines[j].text)):
                        end = j + 1
                    break
            i = end + 1
            continue
        if not _SIGNATURE.search(lines[i].text):
            out.append(lines[i])
        i += 1
    return out


def _marked_name(preamble: list[Line]) -> str | None:
    """The line(s) just above "(izglītības iestādes nosaukums)" on the title page."""
    for i, line in enumerate(preamble[:60]):
        if "iestādes nosaukums" in line.text.lower() and i > 0:
            name_lines: list[str] = []
            for above in reversed(preamble[max(0, i - 3):i]):
                if _NOT_NAME.search(fold(above.text)) or (name_lines and above.text.isupper() != name_lines[0].isupper()):
                    break
                name_lines.insert(0, above.text.strip())
            return " ".join(name_lines) or None
    return None


def _last_noun(text: str, pattern: re.Pattern) -> re.Match | None:
    found = None
    for match in pattern.finditer(text):
        found = match
    return found


def _cover_line_name(cover: list[Line]) -> str | None:
    """A cover line that is a name and nothing else, its noun in the nominative (`Priedaines
    pamatskola`, `OZOLKALNA PAMATSKOLA`, `… iestāde “Zīlīte”`)."""
    for line in cover[:12]:
        text = line.text.strip()
        m = _last_noun(text, _NOUN_ANY_CASE)
        if not m or not text[:1].isupper() or not 2 <= len(text.split()) <= 12 or _NOT_NAME.search(fold(text)):
            continue
        tail = text[m.end():]
        noun = m.group(1) if m.group(1) == "PII" else m.group(1).lower()
        if _nominative(noun) == noun and (not tail.strip() or _QUOTED.fullmatch(tail)):
            return text
    return None


_SUBJECT = re.compile(r"^(?P<name>[A-ZĀČĒĢĪĶĻŅŠŪŽ][^.;:!?()–—]{2,140}?)\s*(?:\((?:turpm|tālāk)[^)]*\)\s*)?\s+ir\s+"
                      r"(?P<predicate>[^.]{0,240})")
_CAPITAL = re.compile(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ]")
_SELF_DESCRIPTION = re.compile(r"dibinat|izglitibas iestade|\bskola\b|\bcentrs\b|\biestade\b")


def _subject_name(lines: list[Line]) -> str | None:
    """The subject of the report's self-description, a paragraph opening "X (turpmāk – …) ir …
    dibināta … iestāde": the institution names itself there in the nominative."""
    for i in range(len(lines)):
        head = lines[i].text.strip()
        if head and not _CAPITAL.match(head):   # the paragraph's first word opens with a capital (fast path)
            continue
        text = join_lines(ln.text for ln in lines[i:i + 3])
        m = _SUBJECT.match(text)
        # the name opens the paragraph on its first line; the predicate may run on
        if not m or m.end("name") > len(lines[i].text) or not _SELF_DESCRIPTION.search(fold(m.group("predicate"))):
            continue
        name = m.group("name").strip()
        noun = _last_noun(name, _NOUN_RE)
        if noun is None or _nominative(noun.group(1)) != noun.group(1) or not 2 <= len(name.split()) <= 12:
            continue
        tail = name[noun.end():]
        if tail.strip() and not _QUOTED.fullmatch(tail):
            continue
        return name
    return None


_TITLE_WORDS = re.compile(r"\s*pašnovērtējuma\s+ziņojum", re.IGNORECASE)


def _genitive_title_name(cover: list[Line]) -> str | None:
    """`Ozolkalna pamatskolas pašnovērtējuma ziņojums` (or the name on the line above
    `PAŠNOVĒRTĒJUMA ZIŅOJUMS`) -> `Ozolkalna pamatskola`: the head noun, and the lower-case
    feminine adjectives just before it (`speciālās` -> `speciālā`), put in the nominative."""
    for i, line in enumerate(cover[:20]):
        m = _TITLE_WORDS.search(line.text)
        if not m:
            continue
        before = line.text[: m.start()].strip()
        if not before and i > 0:
            before = cover[i - 1].text.strip()
        nominative = _genitive_to_nominative(before)
        if nominative:
            return nominative
    return None


def _genitive_to_nominative(text: str) -> str | None:
    noun = _last_noun(text, _NOUN_ANY_CASE)
    if noun is None or not text[:1].isupper() or len(text.split()) < 2:
        return None
    tail = text[noun.end():]
    if tail.strip() and not _QUOTED.fullmatch(tail):
        return None
    form = noun.group(1)
    lower = form if form == "PII" else form.lower()
    nominative = _nominative(lower)
    if nominative == lower:
        return None  # already the nominative: not a genitive title
    if form.isupper():
        nominative = nominative.upper()
    elif form[:1].isupper():
        nominative = nominative[:1].upper() + nominative[1:]
    words = text[: noun.start()].split()
    if nominative.lower().endswith(("a", "e")):  # feminine: definite adjectives -ās -> -ā
        for k in range(len(words) - 1, 0, -1):
            if words[k].endswith("ās") and words[k][:1].islower():
                words[k] = words[k][:-1]
            elif words[k].endswith("ĀS") and words[k].isupper():
                words[k] = words[k][:-1]
            else:
                break
    return " ".join(words + [nominative]) + tail.rstrip()


def _case_as_printed(name: str, doc: SplitDocument, subject: str | None) -> str:
    """A name printed in capitals on the cover, in the letter case the report writes it elsewhere."""
    if not name.isupper():
        return name
    if subject and fold(subject) == fold(name):
        return subject
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?!\w)", re.IGNORECASE)
    for line in doc.lines:
        for m in pattern.finditer(line.text):
            if not m.group(0).isupper():
                return " ".join(m.group(0).split())
    return name


_NOT_NAME = re.compile(r"pasvaldib|parvalde|\bdome\b|reg\.|registr|talr|e-past|@|\blv-?[0-9]{4}\b|iela|zinojums|^[0-9./ ]+$")


def _candidates(text: str) -> list[str]:
    out = []
    stops = [m.end() for m in _STOP.finditer(text)]
    s = 0
    clause_start = 0
    for m in _NOUN_RE.finditer(text):
        # the clause the noun ends: from the last stop before it (linear: both scans move forward)
        while s < len(stops) and stops[s] <= m.start():
            clause_start = stops[s]
            s += 1
        before = _last_words(text, clause_start, m.start(), 7)
        while before and not before[0][:1].isupper():
            before = before[1:]
        if not before:
            continue
        quoted = _QUOTED.match(text, m.end())
        noun = _nominative(m.group(1))
        name = " ".join(before + [noun]) + (" " + quoted.group(1).strip() if quoted else "")
        generic = noun in ("centrs", "nams", "skola", "pirmsskola", "izglītības iestāde")
        if generic and not quoted and (len(before) < 2 or not _MUNICIPALITY.match(" ".join(before + [noun]))):
            continue
        out.append(name)
    return out


_WORDS_WINDOW = 2000  # characters looked back for a name's words: seven words of a name fit many times


def _last_words(text: str, start: int, end: int, n: int) -> list[str]:
    """The last `n` whitespace-separated words of text[start:end], reading at most _WORDS_WINDOW
    characters back (so a long clause costs no more than a short one)."""
    lo = max(start, end - _WORDS_WINDOW)
    words = text[lo:end].split()
    if lo > start and words and not text[lo - 1].isspace() and not text[lo].isspace():
        words = words[1:]  # the window cut a word: drop its tail
    return words[-n:]


def _nominative(form: str) -> str:
    for nominative, pattern in _NOUNS.items():
        if re.fullmatch(pattern, form):
            return "izglītības iestāde" if nominative == "iestāde" else nominative
    return form


# A letter in a programme code's type (its 3rd character: "ar burtu", MK 322 of 2017, point 2.2 and
# annex 1) names a kind of education the digits alone do not.
_TYPE_LETTER_KIND = {
    "V": "other",       # profesionālās ievirzes izglītība: music, art and sport schools
    "T": "vocational",  # profesionālā tālākizglītība
}
# Without codes, the name says the kind; first match wins (folded text). `general` is the weakest:
# a table of interest-education fields overrides it.
_KIND_BY_NAME = (
    ("interest", re.compile(r"centrs|nams|jaunrades|interesu")),
    ("preschool", re.compile(r"pirmsskol|bernudarz|\bpii\b")),
    ("vocational", re.compile(r"tehnikum|koledz|profesional|arodskol")),
    ("other", re.compile(r"\b(?:muzikas|makslas|sporta|dejas|baleta|kora)\b[\w\s]*\bskola\b")),
    ("general", re.compile(r"skola|gimnazij")),
)


def institution_kind(name: str | None, programmes: list[dict], doc: SplitDocument) -> str:
    codes = [p["programme_code"] for p in programmes if p.get("programme_code")]
    digits = [code for code in codes if code[2:3].isdigit()]
    if digits:
        # decoded by seeds/reference/programme_code_parts.csv, as the warehouse decodes them:
        # general-education programmes have the thematic field general_education (01011111,
        # 23011111, 31016011); a vocational programme's field is its profession group (33811021)
        if any(code_part(code, "thematic_field") != "general_education" for code in digits):
            return "vocational"
        if all(code_part(code, "education_level") == "preschool" for code in digits):
            return "preschool"
        return "general"
    lettered = {_TYPE_LETTER_KIND.get(code[2:3]) for code in codes}
    if lettered == {"other"}:
        return "other"
    if "vocational" in lettered:
        return "vocational"
    folded = fold(name or "")
    by_name = next((kind for kind, words in _KIND_BY_NAME if words.search(folded)), None)
    if by_name not in (None, "general"):
        return by_name  # the name says the kind (`… sporta skola` also runs interest groups)
    table = fold(" ".join(p.get("programme_name") or "" for p in programmes))
    if re.search(r"\bjoma\b|interesu", table):
        return "interest"
    return by_name or "other"
