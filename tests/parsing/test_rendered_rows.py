"""A worker's rows rendered as CSV text are the bytes the writer writes for the rows themselves, and a
cache entry that is not a report is refused (then the file is parsed again)."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.contract import TABLES
from loaders.ingest import ParsedReport
from loaders.write import TableWriter, render_rows


def _complete(name: str, **values) -> dict:
    return {**dict.fromkeys(TABLES[name]), **values}


ROWS = {
    # text, None, ints: the tuples path
    "source_lines": [{"report_id": "r1", "seq": 1, "ref": "L1", "text": 'Ceļš "uz" skolu, 2023'},
                     {"report_id": "r1", "seq": 2, "ref": "L2", "text": "rinda\nar jaunu rindu"}],
    # every column there, but floats (`36`, not `36.0`), a date, an int too big for a float: format_cell's cells
    "indicators": [_complete("indicators", report_id="r1", source_ref="t3:r2", indicator_no=1,
                             indicator_name="Vidējais", actual_value=36.0, target_value=0.1 + 0.2, unit="percent")],
    "programmes": [_complete("programmes", report_id="r1", source_ref="t1:r2", row_no=1, programme_code="21011111",
                             licence_date=date(2021, 9, 1), learners_start=2 ** 60, learners_end=180)],
    # a column missing: cell by cell
    "leaving_reasons": [{"report_id": "r1", "source_ref": "L40", "item_no": 1, "learners": 3}],
}


def test_rendered_text_is_what_the_writer_writes_for_the_rows(tmp_path):
    with TableWriter(tmp_path / "rows") as writer:
        writer.add(ROWS)
    with TableWriter(tmp_path / "text") as writer:
        writer.add_rendered({name: (len(rows), render_rows(name, rows)) for name, rows in ROWS.items()})
    for name in TABLES:
        assert (tmp_path / "text" / f"{name}.csv").read_bytes() == (tmp_path / "rows" / f"{name}.csv").read_bytes()
    assert (tmp_path / "text" / "_row_counts.csv").read_bytes() == (tmp_path / "rows" / "_row_counts.csv").read_bytes()
    assert ",36,0.3," in render_rows("indicators", ROWS["indicators"])
    assert "2021-09-01" in render_rows("programmes", ROWS["programmes"])


def test_a_report_comes_back_from_its_cache_entry():
    report = ParsedReport({"source_lines": (2, render_rows("source_lines", ROWS["source_lines"]))}, "ab12", "Skola", "")
    assert ParsedReport.from_entry(report.as_entry()) == report


@pytest.mark.parametrize("entry", [
    None, [], {"tables": {}}, {"tables": {"nav_tabula": [1, "x\n"]}, "source_sha256": "", "institution_name": "",
                               "school_year": ""},
    {"tables": {"reports": [-1, "x\n"]}, "source_sha256": "", "institution_name": "", "school_year": ""},
    {"tables": {"reports": ["1", "x\n"]}, "source_sha256": "", "institution_name": "", "school_year": ""},
    {"tables": {"reports": [1, "x\n", 3]}, "source_sha256": "", "institution_name": "", "school_year": ""},
    {"tables": {"reports": [1, "x\n"]}, "source_sha256": None, "institution_name": "", "school_year": ""},
])
def test_an_entry_that_is_not_a_report_is_refused(entry):
    assert ParsedReport.from_entry(entry) is None
