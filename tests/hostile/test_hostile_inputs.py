"""Nothing one file can do stops the others: hostile inputs, generated here, through the real command line.

Outcomes, never timings: a file that would take too long or too much memory is stopped (killed by
the per-file deadline or refused by the memory cap, both lowered for the tests through
PARSKATS_READER_SECONDS / PARSKATS_READER_MEMORY_MB) and named on one line; every skipped path is
named; the good files beside them are published and `run` exits 4 (published, some files skipped).

- a DOCX whose document.xml is 95 MiB of one-letter paragraphs: refused by its paragraph count
  before a tree is built (before that bound it was stopped by the memory cap after 17 s and 2 GiB,
  or with 1 GiB misreported as damaged XML), named, the others published;
- a text report repeated to 1.5 MB: read within a 20 s deadline (it took 57 s when a name search
  was quadratic in the text's length);
- a 3 GB sparse file: refused by its size before a byte is read, by `run` too;
- an evidence cell of 200,000 characters: loaded whole into the warehouse;
- a file name that is not UTF-8, one with a newline and an ANSI escape: named on one line, ingested;
- unreadable inputs (as root chmod 000 does not bind, so: a FIFO named *.txt, a folder named *.txt),
  the same folder twice, a link back to its own folder, a link to a file already read, a FIFO and
  links to character devices: each named once, nothing hangs;
- the same file name in two folders: both ingested, each with its own source page.
"""
from __future__ import annotations

import os
import shutil

import hostile_inputs as hi


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


def test_a_long_text_report_is_read_in_linear_time(home, tmp_path):
    report = hi.repeated_text(tmp_path / "long.txt", 1_500_000)
    proc = home.run("ingest", report, "--out", tmp_path / "out", env={"PARSKATS_READER_SECONDS": "20"})
    assert proc.returncode == 0, proc.stderr
    assert _error_lines(proc.stderr) == []
    assert (tmp_path / "out" / "reports.csv").read_text(encoding="utf-8").count("\n") == 2


def test_odd_file_names_are_named_on_one_line_and_ingested(home, tmp_path):
    folder = tmp_path / "odd"
    folder.mkdir()
    hi.odd_name(folder, b"r\xe9port-latin1.txt", hi.OTHERS["preschool"])
    hi.odd_name(folder, b"two\nlines\x1b[31mred.txt", hi.OTHERS["music"])
    proc = home.run("ingest", folder, "--out", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    assert "\x1b" not in proc.stderr and "\x1b" not in proc.stdout
    said = [line for line in proc.stderr.splitlines() if line.startswith("[")]
    assert len(said) == 2
    assert any("/2] r\\xe9port-latin1.txt: " in line for line in said), said
    assert any("/2] two\\x0alines\\x1b[31mred.txt: " in line for line in said), said
    table = (tmp_path / "out" / "reports.csv").read_text(encoding="utf-8")
    assert "r\\xe9port-latin1.txt" in table and "two\\x0alines\\x1b[31mred.txt" in table


def test_special_paths_are_each_named_once_and_nothing_hangs(home, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(hi.BJC, folder / "report.txt")
    hi.fifo(folder / "pipe.txt")
    (folder / "folder.txt").mkdir()
    (folder / "again").symlink_to(".")
    (folder / "same.txt").symlink_to(folder / "report.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "urandom.txt").symlink_to("/dev/urandom")
    proc = home.run("ingest", folder, folder, folder / "again", "--out", tmp_path / "out", timeout=120)
    assert proc.returncode == 1, proc.stderr
    errors = _error_lines(proc.stderr)
    expected = {"pipe.txt": "skipped, a FIFO", "folder.txt": "skipped, a folder inside a folder",
                "again": "skipped, a folder inside a folder", "same.txt": "skipped, the same file as",
                "zero.txt": "skipped, a character device", "urandom.txt": "skipped, a character device"}
    for name, reason in expected.items():
        assert len([e for e in errors if f"{folder / name}: {reason}" in e]) == 1, (name, errors)
    assert len([e for e in errors if e.endswith("skipped, a folder already read")]) == 2, errors
    assert len(errors) == len(expected) + 2, errors
    assert (tmp_path / "out" / "reports.csv").read_text(encoding="utf-8").count("\n") == 2


def test_one_run_over_every_hostile_file_publishes_the_good_ones(home, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    hi.long_evidence_report(inputs / hi.DDA.name, chars=200_000)
    shutil.copy(hi.BJC, inputs / hi.BJC.name)
    hi.docx_of_tiny_paragraphs(inputs / "tiny-paragraphs.docx")
    hi.sparse_file(inputs / "sparse.txt")
    hi.fifo(inputs / "pipe.txt")
    (inputs / "zero.txt").symlink_to("/dev/zero")
    hi.odd_name(inputs, b"r\xe9port-latin1.txt", hi.OTHERS["preschool"])
    hi.odd_name(inputs, b"two\nlines\x1b[31mred.txt", hi.OTHERS["music"])
    twins = []
    for sub, source in (("a", hi.OTHERS["gymnasium"]), ("b", hi.OTHERS["general"])):
        (tmp_path / sub).mkdir()
        twins.append(shutil.copy(source, tmp_path / sub / "report.txt"))

    proc = home.run("run", "--quiet", inputs, inputs, tmp_path / "a", tmp_path / "b")
    assert proc.returncode == 4, proc.stdout + proc.stderr
    errors = _error_lines(proc.stderr)
    docx = [e for e in errors if "tiny-paragraphs.docx" in e]
    assert len(docx) == 1 and ("paragraphs, over the" in docx[0] or "memory limit" in docx[0]
                               or "took longer than" in docx[0]), errors
    assert [e for e in errors if "sparse.txt" in e] == ["error: sparse.txt: the file is 3072 MiB, over the 50 MiB limit"]
    assert len([e for e in errors if "pipe.txt: skipped, a FIFO" in e]) == 1
    assert len([e for e in errors if "zero.txt: skipped, a character device" in e]) == 1
    assert len([e for e in errors if "a folder already read" in e]) == 1
    assert len(errors) == 5, errors

    files = dict(home.query("select source_file, report_id from marts.dim_reports"))
    assert set(files) == {hi.DDA.name, hi.BJC.name, "r\\xe9port-latin1.txt", "two\\x0alines\\x1b[31mred.txt",
                          "report.txt"}
    twin_ids = [r[0] for r in home.query("select report_id from marts.dim_reports where source_file = 'report.txt'")]
    assert len(twin_ids) == 2, "two files of one name in two folders were not both ingested"
    for report_id in twin_ids:
        assert (home.publish / "site" / "sources" / f"{report_id}.html").is_file()
    longest = home.query("select max(length(evidence)) from marts.goal_attainment")[0][0]
    assert longest >= 200_000, longest
    assert os.path.realpath(home.warehouse).startswith(os.path.realpath(home.publish / "releases"))
