"""loaders.model.Line: its hand-written __init__ (faster than a frozen dataclass's) takes exactly the
fields, with their defaults, and the line behaves as the frozen dataclass it is."""
import dataclasses
import inspect

import pytest

from loaders.model import Line


def test_init_parameters_are_the_fields_with_their_defaults():
    params = list(inspect.signature(Line.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Line)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [inspect.Parameter.empty if f.default is dataclasses.MISSING
                                           else f.default for f in fields]


def test_a_line_is_frozen_compared_by_value_and_copied_by_replace():
    line = Line("Nr. 1 Prioritāte", 12, prefix="p3:", page=3, table=1, row=2, col=0)
    assert line == Line("Nr. 1 Prioritāte", 12, "L", "p3:", 3, 1, 2, 0, False)
    assert hash(line) == hash(Line("Nr. 1 Prioritāte", 12, prefix="p3:", page=3, table=1, row=2, col=0))
    assert line.ref == "p3:L12"
    copy = dataclasses.replace(line, text="Nr. 2", col=None)
    assert (copy.text, copy.no, copy.prefix, copy.page, copy.table, copy.row, copy.col, copy.ref) == \
        ("Nr. 2", 12, "p3:", 3, 1, 2, None, "p3:L12")
    assert dataclasses.replace(line, no=13).ref == "p3:L13"
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.text = "x"
    assert repr(Line("a", 1)) == ("Line(text='a', no=1, unit='L', prefix='', page=None, table=None, row=None, "
                                  "col=None, is_link=False)")
