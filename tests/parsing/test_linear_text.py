"""join_lines and the institution-name candidates read a text in time linear in its length (a 1.5 MB
report took 57 s when both were quadratic: string concatenation in a loop, and every name splitting
the whole text before it at clause stops). These tests hold that the linear versions give exactly
what the simple quadratic ones gave; tests/hostile/test_hostile_inputs.py holds the time, as an
outcome (read within a small deadline)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.extract import report_meta
from loaders.extract.report_meta import _MUNICIPALITY, _NOUN_RE, _QUOTED, _STOP, _candidates, _nominative
from loaders.textnorm import join_lines


def _join_lines_reference(texts) -> str:
    out = ""
    for text in texts:
        text = text.strip()
        if not text:
            continue
        hyphenated = out.endswith("-") and len(out) > 1 and out[-2].isalpha() and (text[:1].islower() or text[:1].isdigit())
        ranged = re.search(r"(?:[0-9.][–—-]|LV ?-)$", out) and text[:1].isdigit()
        if hyphenated or ranged:
            out = out + text
        elif out:
            out = out + " " + text
        else:
            out = text
    return out


def _candidates_reference(text: str) -> list[str]:
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


_PIECES = ["e-", "grāmata", "Rīgas", "pilsētas", "45.", "vidusskola", "skolas", "„Zīle”", "centrs", "(", ",",
           " - ", ":", "Daugavpils", "novada", "pamatskola", "izglītības iestāde", "-", "x", "\n", "  ", "ģimnāzija",
           "Bērnu", "un", "jauniešu", "PII", "—", "2024.", "gada", "LV -", "5401", "(7.–", "9. klase)", "COVID-", "19"]


@pytest.mark.parametrize("lines, joined", [
    (["e-", "grāmata"], "e-grāmata"),                     # a word hyphenated at the line end
    (["COVID-", "19"], "COVID-19"),
    (["(7.–", "9. klase)"], "(7.–9. klase)"),             # a range whose dash ends the line
    (["2023-", "2024"], "2023-2024"),
    (["Ielas iela 5, LV -", "5401"], "Ielas iela 5, LV -5401"),
    (["Latviešu valoda -", "36,4%"], "Latviešu valoda - 36,4%"),  # a dash after a space separates
    (["vidēji 45 –", "50%"], "vidēji 45 – 50%"),
])
def test_join_lines_runs_on_only_after_a_hyphen_or_range_dash(lines, joined):
    assert join_lines(lines) == joined


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=6).map("".join), max_size=12))
def test_join_lines_is_the_simple_join(lines):
    assert join_lines(lines) == _join_lines_reference(lines)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_candidates_are_the_simple_search(pieces):
    text = " ".join(pieces)
    assert _candidates(text) == _candidates_reference(text)


def test_candidates_of_a_long_clause_look_back_a_bounded_window():
    words = ["Vārds"] * 2000 + ["Rīgas", "pilsētas", "vidusskola"]
    text = " ".join(words)
    assert _candidates(text) == _candidates_reference(text) == ["Vārds Vārds Vārds Vārds Vārds Rīgas pilsētas vidusskola"]
    assert report_meta._WORDS_WINDOW < len(text)


def test_hyphenated_words_are_rejoined():
    assert join_lines(["mācību e-", "grāmata un ", "", "  darba-", "Lapa"]) == "mācību e-grāmata un darba- Lapa"
