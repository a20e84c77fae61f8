"""Ruled tables from rules alone (loaders.read.pdf_grid): snapping, joining, cells, merged cells."""
from __future__ import annotations

from loaders.read.pdf_grid import Rule, Table, find_tables, merge_rules


def _grid(xs, ys):
    """Merged rules of a plain grid (top-down coordinates: ys grow down the page)."""
    horizontal = [Rule(y, xs[0], xs[-1]) for y in ys]
    vertical = [Rule(x, ys[0], ys[-1]) for x in xs]
    return horizontal, vertical


def test_rules_a_point_apart_are_one_rule_at_their_mean():
    assert merge_rules([Rule(100.0, 10, 200), Rule(101.0, 10, 200)]) == [Rule(100.5, 10, 200)]


def test_pieces_of_one_rule_are_joined_across_small_gaps_only():
    merged = merge_rules([Rule(50, 0, 100), Rule(50, 102, 200), Rule(50, 210, 300)])
    assert merged == [Rule(50, 0, 200), Rule(50, 210, 300)]


def test_stubs_shorter_than_three_points_are_dropped():
    assert merge_rules([Rule(50, 0, 2.5), Rule(80, 0, 10)]) == [Rule(80, 0, 10)]


def test_a_plain_grid_gives_one_table_with_its_cells_row_by_row():
    tables = find_tables(*_grid([0, 100, 200], [0, 20, 40]))
    assert len(tables) == 1
    assert tables[0].rows == [[(0, 0, 100, 20), (100, 0, 200, 20)], [(0, 20, 100, 40), (100, 20, 200, 40)]]
    assert tables[0].bbox == (0, 0, 200, 40)


def test_a_missing_vertical_rule_merges_cells_across_columns():
    horizontal, vertical = _grid([0, 100, 200], [0, 20, 40])
    vertical[1] = Rule(100, 20, 40)  # the middle rule only in the second row
    rows = find_tables(horizontal, vertical)[0].rows
    assert rows[0] == [(0, 0, 200, 20), None]
    assert rows[1] == [(0, 20, 100, 40), (100, 20, 200, 40)]


def test_a_missing_horizontal_rule_merges_cells_down_a_column():
    horizontal, vertical = _grid([0, 100, 200], [0, 20, 40])
    horizontal[1] = Rule(20, 100, 200)  # no rule under the first cell of the first column
    rows = find_tables(horizontal, vertical)[0].rows
    assert rows[0] == [(0, 0, 100, 40), (100, 0, 200, 20)]
    assert rows[1] == [None, (100, 20, 200, 40)]


def test_rules_that_nearly_meet_still_make_corners():
    horizontal = [Rule(0, 2, 198), Rule(20, 2, 198)]
    vertical = [Rule(0, 1, 19), Rule(100, 1, 19), Rule(200, 1, 19)]
    assert len(find_tables(horizontal, vertical)[0].cells) == 2


def test_a_framed_paragraph_is_not_a_table_and_tables_come_top_down():
    frame = _grid([0, 300], [0, 50])
    lower = _grid([0, 50, 100], [300, 320])
    upper = _grid([0, 50, 100], [100, 120])
    tables = find_tables(frame[0] + lower[0] + upper[0], frame[1] + lower[1] + upper[1])
    assert [t.bbox[1] for t in tables] == [100, 300]


def test_cell_at_takes_the_left_and_top_edge_and_leaves_the_right_and_bottom_edge():
    table = Table([(0, 0, 100, 20), (100, 0, 200, 20), (0, 20, 200, 40)])
    assert table.cell_at(0, 0) == (0, 0, 100, 20)
    assert table.cell_at(100, 10) == (100, 0, 200, 20)
    assert table.cell_at(150, 20) == (0, 20, 200, 40)  # the merged cell, from any of its columns
    assert table.cell_at(200, 10) is None
    assert table.cell_at(-1, 10) is None
