"""Page numbers, running heads and signature blocks are recognised; text that merely resembles them is not."""
from __future__ import annotations

import pytest

from loaders.extract.page_furniture import is_page_furniture, is_signature


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
