"""Page numbers, running heads and signature blocks are recognised; text that merely resembles them is not."""
from __future__ import annotations

import pytest

from loaders.extract.page_furniture import is_page_furniture, is_signature, without_furniture
from loaders.model import Line


@pytest.mark.parametrize("text", ["4", "2. lpp. no 5", "Lpp. 4", "3/7", "- 2 -",
                                  "Skola – pašnovērtējuma ziņojums par 2023./2024. mācību gadu",
                                  "Lubānas PII “Dzērvenīte” pašnovērtējuma ziņojums, 2024./2025. m.g."])
def test_page_furniture(text):
    assert is_page_furniture(text)


@pytest.mark.parametrize("text", ["4 izglītojamie", "2025./2026. m.g.", "Pašnovērtējuma ziņojums ir apstiprināts sēdē.",
                                  "Skola sagatavoja pašnovērtējuma ziņojumu 2024. g."])
def test_not_page_furniture(text):
    assert not is_page_furniture(text)


def test_a_bare_number_is_furniture_only_where_the_caller_says_so():
    assert not is_page_furniture("12", bare_numbers=False)


@pytest.mark.parametrize("text, signature", [
    ("Direktors /paraksts/ R. Zariņš", True), ("SASKAŅOTS", True), ("Saskaņots:", True),
    ("Izglītības iestādes vadītājs: J. Bērziņš", True), ("APSTIPRINU", True),
    ("Saskaņots ar vecākiem, plāns pārskatīts.", False), ("Direktora vietnieks vēroja 12 stundas.", False),
])
def test_signature_lines(text, signature):
    assert is_signature(text) is signature


@pytest.mark.parametrize("text", ["Zīlāju pamatskolas pašnovērtējuma ziņojums, 3. lpp.",
                                  "Skolas pašnovērtējuma ziņojums – 12. lappuse",
                                  "Skolas pašnovērtējuma ziņojums, 2024./2025. m.g. | 5. lpp."])
def test_a_running_head_with_the_page_label_after_it_is_furniture(text):
    assert is_page_furniture(text)


@pytest.mark.parametrize("text", ["Pašnovērtējuma ziņojums ir apstiprināts, sk. 3. lpp.", "Sk. pielikumu, 3. lpp."])
def test_a_sentence_ending_in_a_page_reference_is_not_furniture(text):
    assert not is_page_furniture(text)


def test_a_line_ending_in_a_page_label_that_recurs_with_only_its_number_changed_is_a_running_foot():
    lines = [Line("Rīgas Ābeļu skola, 3. lpp.", 1), Line("Skolēni lasa vairāk.", 2), Line("Sk. 5. lpp.", 3),
             Line("Rīgas Ābeļu skola, 4. lpp.", 4), Line("Rīgas Ābeļu skola, 5. lpp.", 5, table=1, row=1, col=1)]
    assert [ln.text for ln in without_furniture(lines)] == [
        "Skolēni lasa vairāk.", "Sk. 5. lpp.", "Rīgas Ābeļu skola, 5. lpp."]
