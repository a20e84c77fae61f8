"""Facts about the report itself: the institution's name and kind, and the school year it evaluates.

- school year: "par 2024./2025. mācību gadu" on the title page, else the year in the programme or
  priorities heading, else the most frequent year pair in the text;
- name: the title page line above "(izglītības iestādes nosaukums)" where there is one; else the
  phrase naming an institution (… vidusskola, … centrs “…”) that the report uses most and most
  fully (a municipality prefix, its quoted short name used throughout), put in the nominative;
- kind: from the programme codes (level and type digits), else from the name and the programme table.
"""
from __future__ import annotations

import re
from collections import Counter

from loaders.model import Line
from loaders.split import SplitDocument
from loaders.reference import code_part
from loaders.textnorm import fold, join_lines

_YEAR_PAIR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})\.?\s*[./–-]\s*((?:19|20)[0-9]{2})\.?(?![0-9])")
_TITLE_YEAR = re.compile(r"par\s+((?:19|20)[0-9]{2})\.?\s*[./–-]\s*((?:19|20)[0-9]{2})", re.IGNORECASE)

# institution nouns: nominative -> regex of its forms (nominative and genitive)
_NOUNS = {
    "vidusskola": "vidusskol(?:a|as)", "pamatskola": "pamatskol(?:a|as)", "sākumskola": "sākumskol(?:a|as)",
    "ģimnāzija": "ģimnāzij(?:a|as)", "internātpamatskola": "internātpamatskol(?:a|as)",
    "internātvidusskola": "internātvidusskol(?:a|as)", "tehnikums": "tehnikum(?:s|a)",
    "koledža": "koledž(?:a|as)", "bērnudārzs": "bērnudārz(?:s|a)", "iestāde": "izglītības iestād(?:e|es)",
    "centrs": "centr(?:s|a)", "nams": "nam(?:s|a)", "skola": "skol(?:a|as)", "PII": "PII",
}
_NOUN_RE = re.compile(r"(?<![\wĀ-ž])(" + "|".join(_NOUNS.values()) + r")(?![\wĀ-ž])")
_QUOTED = re.compile(r"\s*([“\"„«][^”\"»“]{1,60}[”\"»])")
_MUNICIPALITY = re.compile(r"^\S+ (pilsētas|novada|valstspilsētas)\b")
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
    titled = _title_page_name(doc.preamble)
    if titled:
        return titled
    scores: Counter = Counter()
    # names run over line breaks, so look in each part's joined text (headings left out)
    parts = [(doc.preamble, 3)] + [(section.lines, 0) for section in doc.sections.values()]
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


def _title_page_name(preamble: list[Line]) -> str | None:
    """The line(s) just above "(izglītības iestādes nosaukums)" on the title page, else a title line
    that is a name and nothing else (`Priedaines pamatskola`)."""
    for i, line in enumerate(preamble[:60]):
        if "iestādes nosaukums" in line.text.lower() and i > 0:
            name_lines = []
            for above in reversed(preamble[max(0, i - 3):i]):
                if _NOT_NAME.search(fold(above.text)) or (name_lines and above.text.isupper() != name_lines[0].isupper()):
                    break
                name_lines.insert(0, above.text.strip())
            return " ".join(name_lines) or None
    for line in preamble[:8]:
        text = line.text.strip()
        m = _NOUN_RE.search(text)
        if not m or not text[:1].isupper() or len(text.split()) > 12:
            continue
        tail = text[m.end():]
        if _nominative(m.group(1)) == m.group(1) and (not tail.strip() or _QUOTED.fullmatch(tail)):
            return text
    return None


_NOT_NAME = re.compile(r"pasvaldib|parvalde|\bdome\b|reg\.|registr|talr|e-past|@|\blv-?[0-9]{4}\b|iela|zinojums|^[0-9./ ]+$")


def _candidates(text: str) -> list[str]:
    out = []
    for m in _NOUN_RE.finditer(text):
        before = _STOP.split(text[: m.start()])[-1].split()[-7:]
        while before and not before[0][:1].isupper():
            before = before[1:]
        if not before:
            continue
        quoted = _QUOTED.match(text, m.end())
        noun = _nominative(m.group(1))
        name = " ".join(before + [noun]) + (" " + quoted.group(1).strip() if quoted else "")
        generic = noun in ("centrs", "nams", "skola", "izglītības iestāde")
        if generic and not quoted and (len(before) < 2 or not _MUNICIPALITY.match(" ".join(before + [noun]))):
            continue
        out.append(name)
    return out


def _nominative(form: str) -> str:
    for nominative, pattern in _NOUNS.items():
        if re.fullmatch(pattern, form):
            return "izglītības iestāde" if nominative == "iestāde" else nominative
    return form


def institution_kind(name: str | None, programmes: list[dict], doc: SplitDocument) -> str:
    codes = [p["programme_code"] for p in programmes if p.get("programme_code")]
    if codes:
        # decoded by seeds/reference/programme_code_parts.csv, as the warehouse decodes them:
        # general-education programmes have the thematic field general_education (01011111,
        # 23011111, 31016011); a vocational programme's field is its profession group (33811021)
        if any(code_part(code, "thematic_field") != "general_education" for code in codes):
            return "vocational"
        if all(code_part(code, "education_level") == "preschool" for code in codes):
            return "preschool"
        return "general"
    folded = fold(name or "")
    table = fold(" ".join(p.get("programme_name") or "" for p in programmes))
    if re.search(r"centrs|nams|jaunrades|interesu", folded) or re.search(r"\bjoma\b|interesu", table):
        return "interest"
    if re.search(r"pirmsskol|bernudarz|\bpii\b", folded):
        return "preschool"
    if re.search(r"tehnikum|koledz|profesional|arodskol", folded):
        return "vocational"
    if re.search(r"skola|gimnazij", folded):
        return "general"
    return "other"
