"""Latvian number rules: decimal comma, `%` with or without a space, dashes, ASCII digits only."""
from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.numbers import find_numbers, format_number, parse_int, parse_number, parse_range


def test_decimal_comma_and_point():
    assert parse_number("36,4") == 36.4
    assert parse_number("10.98") == 10.98


def test_percent_with_or_without_space():
    assert [(n.value, n.percent) for n in find_numbers("36,4% un 57 %")] == [(36.4, True), (57.0, True)]


def test_numbers_are_never_joined_across_cells():
    assert [n.value for n in find_numbers("479 462")] == [479, 462]


def test_ranges_with_any_dash():
    for text in ("5-6", "5 – 6", "5—6", "40–50%"):
        assert parse_range(text) is not None, text
    assert parse_range("5 – 6") == (5, 6)


def test_counts_are_whole_non_negative_numbers():
    assert parse_int("479") == 479
    assert parse_int("4,5") is None
    assert parse_int("45%") is None


def test_format_drops_trailing_zeros():
    assert format_number(40.0) == "40"
    assert format_number(5.88) == "5.88"
    assert format_number(None) == ""


def test_non_ascii_digits_are_not_numbers():
    assert find_numbers("٣٤") == []
    assert parse_number("３６") is None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_number_parser_never_crashes_and_only_reads_ascii_digits(text):
    for number in find_numbers(text):
        digits = [ch for ch in number.raw if unicodedata.category(ch) == "Nd"]
        assert all("0" <= ch <= "9" for ch in digits)
    value = parse_number(text)
    if value is not None:
        assert all("0" <= ch <= "9" for ch in text if unicodedata.category(ch) == "Nd")
    parse_range(text)
    parse_int(text)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=99))
def test_decimal_comma_round_trip(whole, frac):
    assert parse_number(f"{whole},{frac:02d}") == float(f"{whole}.{frac:02d}")


def test_counts_written_in_words():
    from loaders.numbers import word_number
    assert [word_number(w) for w in ("viens", "Divas", "trīs", "seši", "deviņi", "desmit", "daudzi")] == [
        1, 2, 3, 6, 9, 10, None]
