"""One version per report, and `--force`.

The same report twice with one word changed is two versions of one institution's year: one reaches
the marts (the file name that sorts last), the other is listed in dq_superseded_reports; learners are
not doubled and goal_attainment_summary has one row. A byte-identical copy is skipped with a note
and is in no table. Then `run --force` reads every file again although the ingest cache holds all of
them (the cache is tampered with first, so a cache hit would publish a made-up name).
"""
from __future__ import annotations

import csv
import json
import shutil

import hostile_inputs as hi

MADE_UP = "IZDOMĀTA SKOLA"


def _contract_rows(home, table: str) -> list[dict]:
    with open(home.state() / "tables" / f"{table}.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_two_versions_reach_the_marts_once_and_force_rereads_everything(home, tmp_path):
    inputs = tmp_path / "reports"
    inputs.mkdir()
    shutil.copy(hi.DDA, inputs / hi.DDA.name)
    later = hi.one_word_changed(inputs / hi.DDA.name.replace(".txt", "_v2.txt"))
    shutil.copy(hi.BJC, inputs / hi.BJC.name)
    shutil.copy(hi.BJC, inputs / "kopija.txt")   # byte-identical, sorts after the original

    proc = home.run("run", "--quiet", inputs)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert [line for line in proc.stderr.splitlines() if line.startswith("note:")] == [
        f"note: {inputs / 'kopija.txt'}: skipped, the same content as {inputs / hi.BJC.name} "
        f"(an exact copy; its report is ingested once)"]

    reports = {r["source_file"]: r["report_id"] for r in _contract_rows(home, "reports")}
    assert sorted(reports) == sorted([hi.DDA.name, later.name, hi.BJC.name]), "the exact copy was ingested"
    used, superseded = reports[later.name], reports[hi.DDA.name]
    one_report = [r for r in _contract_rows(home, "programmes") if r["report_id"] == used]
    learners = sum(int(r["learners_start"]) for r in one_report if r["learners_start"])
    assert learners > 0

    school = home.query("select institution_key from marts.dim_reports where report_id = ?", [used])[0][0]
    assert home.query("select report_id, learners_start, reports from marts.institution_year "
                      "where institution_key = ?", [school]) == [(used, learners, 1)], "learners doubled"
    assert home.query("select count(*) from marts.enrolment_flows where institution_key = ?", [school]) == \
        [(len(one_report),)]
    assert home.query("select report_id from marts.goal_attainment_summary where institution_key = ?",
                      [school]) == [(used,)]
    assert home.query("select count(*) from marts.dim_reports") == [(2,)]
    for mart in ("goal_attainment", "enrolment_flows", "exam_vs_national", "dim_reports", "mart_leaving_reasons"):
        relation = mart.removeprefix("mart_")
        assert home.query(f"select count(*) from marts.{relation} where report_id = ?", [superseded]) == [(0,)], mart
    assert home.query("select report_id, source_file, used_report_id, used_source_file from marts.dq_superseded_reports") == \
        [(superseded, hi.DDA.name, used, later.name)]
    csv_text = (home.publish / "csv" / "dq_superseded_reports.csv").read_text(encoding="utf-8-sig")
    assert hi.DDA.name in csv_text and later.name in csv_text, "the superseded report is not in the exports"

    # --force: every file read again, none taken from the (tampered) cache
    entries = list((home.state() / "ingest").glob("*.json"))
    assert len(entries) == 4
    for entry in entries:
        data = json.loads(entry.read_text(encoding="utf-8"))
        report = data["report"]   # the tables as [rows, CSV text] (loaders.ingest.ParsedReport.as_entry)
        rows, text = report["tables"]["reports"]
        assert report["institution_name"] and report["institution_name"] in text
        report["tables"]["reports"] = [rows, text.replace(report["institution_name"], MADE_UP)]
        report["institution_name"] = MADE_UP
        entry.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    forced = home.run("run", "--quiet", "--force", inputs)
    assert forced.returncode == 0, forced.stdout + forced.stderr
    log = (home.state() / "logs" / "parskats.log").read_text(encoding="utf-8")
    assert "4 files (4 read, 0 unchanged from cache, 0 failed, 1 exact copies)" in log
    assert not [r for r in home.query("select institution_name from marts.dim_institutions") if MADE_UP in r[0]]
    assert not [e for e in (home.state() / "ingest").glob("*.json") if MADE_UP in e.read_text(encoding="utf-8")], \
        "--force did not rewrite the cache"

    # a run with nothing to do still removes what a killed publication left (here: a staging folder)
    planted = home.publish / "releases" / ".staging-20000101T000000-000000000"
    planted.mkdir()
    (planted / "half.csv").write_text("a\n", encoding="utf-8")
    again = home.run("run", "--quiet", inputs)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "nothing changed since" in again.stdout
    assert not planted.exists()
