"""The overview's pages as files, built from the session's warehouses (the samples, and the samples
plus the sample school's previous year) or from a copy of one changed for the test: Latvian labels
from the seeds, latest school year first, exam charts with gap, change and target, institutions
compared only with their own kind, priorities whose own numbers miss their target marked, the
multi-year panel from marts.institution_year (computed from the other marts, to the same figures,
where that mart is missing), the sections of the other marts (exam targets and planned priorities
followed into the next report, planned priorities, leaving reasons in the report's words, projects,
agreements, figures two reports state differently) shown with links to both sources and left out
where their mart is missing, reports linked to their institution through dim_reports, text escaped,
and an index that groups institutions by kind and municipality and aggregates its charts per kind."""
from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import duckdb
import pytest
from markupsafe import escape

from parskats.publish import site
from parskats.publish.site_data import municipality

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def built(pipeline) -> Path:
    assert pipeline["proc"].returncode == 0, pipeline["proc"].stdout + pipeline["proc"].stderr
    return pipeline["warehouse"]


@pytest.fixture(scope="module")
def published(pipeline) -> Path:
    return pipeline["home"] / "publish" / "site"


def _copy(built: Path, folder: Path) -> Path:
    """A writable copy under the same file name (the warehouse's views name their catalog after it)."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / built.name
    shutil.copyfile(built, db)
    return db


def _site(db: Path) -> Path:
    out = db.parent / "site"
    site.write_site(db, out, gate=None, guide=[])
    return out


def _school_page(out: Path, name_part: str = "Draudzīgā") -> str:
    pages = [p.read_text(encoding="utf-8") for p in out.glob("institution-*.html")]
    found = [p for p in pages if name_part in p.split("<h1>")[1].split("</h1>")[0]]
    assert len(found) == 1, name_part
    return found[0]


def _section(page: str, anchor: str) -> str:
    return page.split(f'id="{anchor}"')[1].split("<h2 ")[0]


@pytest.mark.parametrize("name, expected", [
    ("Daugavpils pilsētas Daugavpils Draudzīgā aicinājuma vidusskola", "Daugavpils pilsēta"),
    ("Ropažu novada Ulbrokas vidusskola", "Ropažu novads"),
    ("Rīgas valstspilsētas pašvaldības Rīgas 64. vidusskola", "Rīgas valstspilsēta"),
    ("DAUGAVPILS PILSĒTAS 3. vidusskola", "Daugavpils pilsēta"),
    ("Rīgas 64. vidusskola", "cita"),
    ("Mežotnes tehnoloģiju tehnikums", "cita"),
    ("", "cita"),
])
def test_municipality_comes_from_the_name_prefix(name, expected):
    assert municipality(name) == expected


@pytest.fixture(scope="module")
def multi_year_built(multi_year_pipeline) -> Path:
    assert multi_year_pipeline["proc"].returncode == 0, multi_year_pipeline["proc"].stdout + multi_year_pipeline["proc"].stderr
    return multi_year_pipeline["warehouse"]


@pytest.fixture(scope="module")
def multi_year_published(multi_year_built, multi_year_pipeline) -> Path:
    return multi_year_pipeline["home"] / "publish" / "site"


def _rows(con, sql: str, *params) -> list[dict]:
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _panel(page: str) -> tuple[list[str], dict[str, list[str]]]:
    """The panel's year columns and {row label: cells}."""
    panel = _section(page, "gadi")
    years = re.findall(r'<th class="n">([^<]+)</th>', panel)
    rows = {label: re.findall(r'<td class="n">([^<]*)</td>', cells)
            for label, cells in re.findall(r"<tr><td>([^<]+)</td>(.*?)</tr>", panel)}
    return years, rows


def _expected_panel(con, name_part: str) -> tuple[list[str], dict[str, list[str]]]:
    """marts.institution_year of the institution, latest year first, as the panel formats it."""
    rows = _rows(con, "select * from marts.institution_year where institution_name like ? order by school_year desc",
                 f"%{name_part}%")
    expected = {label: [site._FORMATS[fmt](r[col]) for r in rows] for col, label, fmt in site.PANEL_METRICS
                if col in rows[0] and any(r[col] is not None for r in rows)}
    return [r["school_year"] for r in rows], expected


def _link(report_id: str, source_ref: str) -> str:
    """The link a page gives to the first place a source_ref names."""
    first = source_ref.split(", ")[0]
    return f'href="{site.source_page_name(report_id)}#{site.anchor(first)}">{first}</a>'


def test_school_page_latest_year_first_with_gap_change_and_target(published, warehouse):
    page = _school_page(published)
    exams = _section(page, "eksameni")
    titles = re.findall(r"<h3>(.*?)</h3>", exams)
    assert titles[0] == "9. klases eksāmeni, 2024/2025" and titles.index("9. klases eksāmeni, 2023/2024") > 2
    row = warehouse.execute("""select gap_pp, change_pp, next_target_pct from marts.exam_vs_national
                               where exam_level = 'grade9' and subject = 'latvian' and school_year = '2024/2025'""").fetchone()
    chart = exams.split("</svg>")[0]
    for shown in (site.pp(row[0]), site.pp(row[1]), site.pct(row[2])):
        assert f">{shown}</text>" in chart, shown
    assert ">Mērķis nākamajam gadam</text>" in chart and ">Starpība ar valsts</text>" in chart


def test_panel_shows_institution_year_one_column_per_reported_year_latest_first(multi_year_published, multi_year_warehouse):
    page = _school_page(multi_year_published)
    years, rows = _panel(page)
    expected_years, expected = _expected_panel(multi_year_warehouse, "Draudzīgā")
    assert years == expected_years == ["2024/2025", "2023/2024"]
    assert rows == expected
    assert "Izglītojamie mācību gada sākumā" in rows and "Sasniegtie eksāmenu mērķi" in rows
    assert "Avots: marts.institution_year." in _section(page, "gadi")


def test_panel_is_built_from_the_marts_when_institution_year_is_absent(multi_year_built, multi_year_warehouse, tmp_path):
    expected_years, expected = _expected_panel(multi_year_warehouse, "Draudzīgā")
    db = _copy(multi_year_built, tmp_path / "no-institution-year")
    con = duckdb.connect(str(db))
    con.execute("drop table marts.institution_year")
    con.close()
    page = _school_page(_site(db))
    panel = _section(page, "gadi")
    assert "Aprēķināts no" in panel and "marts.institution_year" not in panel
    years, rows = _panel(page)
    assert years == expected_years
    # the same figures as the mart, by its rules, plus the indicators the mart does not carry
    assert {label: cells for label, cells in rows.items() if label in expected} == expected
    assert set(expected) <= set(rows) and "Kvalitātes rādītāji ar skaitliskām vērtībām" in rows


def test_sections_light_up_with_their_marts(multi_year_published, multi_year_warehouse):
    con = multi_year_warehouse
    index = (multi_year_published / "index.html").read_text(encoding="utf-8")
    targets = _section(index, "merki")
    assert "<h3>Eksāmenu mērķi pret nākamā gada rezultātu, 2024/2025</h3>" in targets and "<svg" in targets
    awaiting = con.execute("select count(*) from marts.target_follow_through where outcome = 'awaiting_report'").fetchone()[0]
    assert f"Gaida ziņojumus par 2025/2026: {awaiting} mērķi." in targets
    follow = _section(index, "turpinajums")
    assert "<h3>Plānotās prioritātes nākamā gada ziņojumā, 2024/2025</h3>" in follow and "<svg" in follow
    assert "Skaitļi, ko ziņojumi norāda atšķirīgi" in _section(index, "kvalitate")

    page = _school_page(multi_year_published)
    school = "%Draudzīgā%"
    # leaving reasons in the report's words, each with its lines
    detail = _section(page, "partrauksana").split("Iemesli ziņojuma vārdiem")[1]
    reasons = _rows(con, "select * from marts.leaving_reasons where institution_name like ?", school)
    assert reasons and detail.count("<tr><td>") == len(reasons)
    for r in reasons:
        assert f"<td>{escape(r['reason_text'])}</td>" in detail and _link(r["report_id"], r["source_ref"]) in detail
    # planned priorities: each priority once, over the rows of its results, each with its planned results
    planned = _section(page, "prioritates").split("Plānotās prioritātes")[1].split("<h3")[0]
    plans = _rows(con, "select * from marts.planned_priorities where institution_name like ?", school)
    assert plans and planned.count("<tr><td") == len(plans)
    for r in plans:
        assert str(escape(r["planned_results"])) in planned and _link(r["report_id"], r["source_ref"]) in planned
    results = Counter((r["report_id"], r["priority_no"], r["title"]) for r in plans)
    for (_, _, title), n in results.items():
        assert f'<td rowspan="{n}">{escape(title)}</td>' in planned, title
    for mart, anchor, column in (("projects", "projekti", "title"), ("agreements", "ligumi", "partner")):
        rows = _rows(con, f"select * from marts.{mart} where institution_name like ?", school)
        section = _section(page, anchor)
        assert rows and section.count("<tr><td>") == len(rows), mart
        for r in rows:
            assert str(escape(r[column])) in section and _link(r["report_id"], r["source_ref"]) in section, mart


def test_exam_targets_are_followed_into_the_next_report(multi_year_published, multi_year_warehouse):
    followed = _rows(multi_year_warehouse, """select * from marts.target_follow_through
                                               where institution_name like '%Draudzīgā%' and outcome <> 'awaiting_report'""")
    assert {r["outcome"] for r in followed} == {"met", "missed"}, "the consecutive case no longer has both outcomes"
    section = _section(_school_page(multi_year_published), "merki")
    rows = re.findall(r"<tr(?: class=\"flagged\")?><td>.*?</tr>", section, re.DOTALL)
    assert len(rows) == len(followed)
    for t in followed:
        subject = site.LEVELS[t["exam_level"]] + "</td><td>" + _subject_name(multi_year_warehouse, t["subject"])
        row = next(r for r in rows if subject in r)
        assert f'<td class="n">{site.pct(t["target_pct"])}</td><td class="n">{site.pct(t["result_pct"])}</td>' \
               f'<td class="n">{site.pp(t["margin_pp"])}</td>' in row
        assert _link(t["target_report_id"], t["target_source_ref"]) in row
        assert _link(t["result_report_id"], t["result_source_ref"]) in row
        assert (row.startswith('<tr class="flagged">') and "⚑</span> nav sasniegts" in row) == (t["outcome"] == "missed")
    assert "Gaida ziņojumu par 2025/2026:" in section


def _subject_name(con, subject: str) -> str:
    return con.execute("select name_lv from marts.dim_subjects where subject = ?", [subject]).fetchone()[0]


def test_planned_priorities_are_followed_into_the_next_report(multi_year_published, multi_year_warehouse):
    followed = _rows(multi_year_warehouse, """select * from marts.priority_follow_through
                                               where institution_name like '%Draudzīgā%'
                                               and follow_through <> 'awaiting_report'""")
    assert {r["follow_through"] for r in followed} == {"evaluated", "dropped"}
    section = _section(_school_page(multi_year_published), "prioritates").split('id="turpinajums"')[1]
    rows = re.findall(r"<tr(?: class=\"flagged\")?><td>.*?</tr>", section, re.DOTALL)
    assert len(rows) == len(followed)
    statuses = multi_year_warehouse.execute("select status, label_lv from raw.priority_statuses").fetchall()
    labels = {s: label for s, label in statuses}
    for p in followed:
        row = next(r for r in rows if f"<td>{escape(p['planned_title'])}</td>" in r)
        assert _link(p["planned_report_id"], p["planned_source_ref"]) in row
        if p["follow_through"] == "evaluated":
            assert f"<td>{escape(p['evaluated_title'])}</td>" in row and f"<td>{labels[p['status']]}</td>" in row
            assert _link(p["evaluated_report_id"], p["evaluated_source_ref"]) in row
        else:
            assert row.startswith('<tr class="flagged">') and "nav starp nākamā gada izvērtētajām" in row
            assert f"tuvākā: {escape(p['closest_evaluated_title'])}" in row


def test_figures_two_reports_state_differently_are_listed_with_both_sources(multi_year_published, multi_year_warehouse):
    restated = _rows(multi_year_warehouse, "select * from marts.dq_restated_facts")
    assert restated, "the consecutive case no longer restates a figure"
    page = _section(_school_page(multi_year_published), "kvalitate").split('id="atskirigi"')[1]
    issues = (multi_year_published / "issues.html").read_text(encoding="utf-8").split('id="atskirigi"')[1]
    for r in restated:
        for html in (page, issues):
            assert site.pct(r["used_value"]) in html and site.pct(r["other_value"]) in html
            assert _link(r["used_report_id"], r["used_source_ref"]) in html
            assert _link(r["other_report_id"], r["other_source_ref"]) in html


def test_reports_belong_to_their_institution_through_dim_reports(multi_year_published, multi_year_warehouse):
    reports = _rows(multi_year_warehouse, "select * from marts.dim_reports order by school_year desc")
    issues_page = (multi_year_published / "issues.html").read_text(encoding="utf-8").split("<h2>Avota ziņojumi</h2>")[1]
    for r in reports:
        page = (multi_year_published / site.institution_page_name(r["institution_key"])).read_text(encoding="utf-8")
        listed = _section(page, "zinojumi")
        assert f'<a href="{site.source_page_name(r["report_id"])}">{r["source_file"]}</a>' in listed
        assert f'<td class="n">{r["parse_errors"]}</td><td class="n">{r["parse_warnings"]}</td>' in listed
        row = issues_page.split(f'>{r["source_file"]}</a>')[1].split("</tr>")[0]
        assert f'href="{site.institution_page_name(r["institution_key"])}"' in row
    school = [r for r in reports if "Draudzīgā" in r["institution_name"]]
    assert len(school) == 2 and len({r["institution_name_printed"] for r in school}) == 2, \
        "the two spellings of the school are no longer one institution"


SECTION_ANCHORS = ('id="merki"', 'id="turpinajums"', 'id="projekti"', 'id="ligumi"', 'id="atskirigi"',
                   "Plānotās prioritātes", "Iemesli ziņojuma vārdiem", "Skaitļi, ko ziņojumi norāda atšķirīgi")


def test_sections_whose_marts_are_missing_are_left_out(multi_year_built, multi_year_published, tmp_path):
    from parskats.publish.site_data import SECTION_MARTS

    published_page = _school_page(multi_year_published)
    for shown in SECTION_ANCHORS:
        assert shown in published_page, shown
    db = _copy(multi_year_built, tmp_path / "without-section-marts")
    con = duckdb.connect(str(db))
    for mart in SECTION_MARTS:
        con.execute(f"drop table marts.{mart}")
    con.close()
    out = _site(db)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'id="merki"' not in index and 'id="turpinajums"' not in index
    assert "Skaitļi, ko ziņojumi norāda atšķirīgi" not in index
    assert 'id="atskirigi"' not in (out / "issues.html").read_text(encoding="utf-8")
    for path in out.glob("institution-*.html"):
        page = path.read_text(encoding="utf-8")
        for absent in SECTION_ANCHORS:
            assert absent not in page, (path.name, absent)
        assert 'id="gadi"' in page and 'id="prioritates"' in page and 'id="partrauksana"' in page
    assert "Aprēķināts no" in _section(_school_page(out), "gadi")


def test_a_cell_citing_several_places_links_each(built, tmp_path):
    db = _copy(built, tmp_path / "several-refs")
    con = duckdb.connect(str(db))
    report_id, text = con.execute("""select report_id, reason_text from marts.leaving_reasons
                                     where institution_name like '%Draudzīgā%' order by reason_text limit 1""").fetchone()
    con.execute("update marts.leaving_reasons set source_ref = 'L1-L2, L5' where reason_text = ?", [text])
    con.close()
    page = _school_page(_site(db))
    row = page.split(f"<td>{escape(text)}</td>")[1].split("</tr>")[0]
    assert row.count("<a ") == 2
    assert _link(report_id, "L1-L2") in row and _link(report_id, "L5") in row


def test_a_mart_lacking_a_column_its_section_reads_is_skipped(built, tmp_path):
    db = _copy(built, tmp_path / "thin-mart")
    con = duckdb.connect(str(db))
    con.execute("create or replace table marts.projects as "
                "select institution_key, 'Tikai nosaukums' as title from marts.dim_institutions")
    con.close()
    out = _site(db)
    page = _school_page(out)
    assert 'id="projekti"' not in page and "Tikai nosaukums" not in page
    assert 'id="ligumi"' in page, "the other sections went with it"


def test_text_from_the_warehouse_is_escaped(built, tmp_path):
    db = _copy(built, tmp_path / "escaping")
    con = duckdb.connect(str(db))
    con.execute("""update marts.dim_institutions set institution_name = '<script>alert(1)</script> & Co'
                   where institution_name like '%Jaunība%'""")
    con.execute("update marts.goal_attainment set title = '<b>bold</b>' where priority_no = '1'")
    con.close()
    out = _site(db)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in index and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in index
    for path in out.glob("institution-*.html"):
        assert "<b>bold</b>" not in path.read_text(encoding="utf-8")


def test_labels_come_from_the_seeds(built, tmp_path):
    db = _copy(built, tmp_path / "labels")
    con = duckdb.connect(str(db))
    con.execute("update raw.leaving_categories set label_lv = 'Aizbrauca uz ārvalstīm' where category = 'emigration'")
    con.execute("update raw.priority_statuses set label_lv = 'Pilnībā sasniegts' where status = 'achieved'")
    con.execute("update marts.goal_attainment set status_label_lv = 'Pilnībā sasniegts' where status = 'achieved'")
    con.close()
    out = _site(db)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Aizbrauca uz ārvalstīm" in index and "Devās uz ārzemēm" not in index
    assert ">Pilnībā sasniegts</text>" in index
    assert "<td>Pilnībā sasniegts</td>" in _section(_school_page(out), "prioritates")


def test_priorities_whose_own_numbers_miss_their_target_are_marked(published, warehouse):
    flagged = warehouse.execute("select title from marts.goal_attainment where own_numbers_miss_target").fetchall()
    assert flagged, "the sample reports no longer have such a priority"
    index = (published / "index.html").read_text(encoding="utf-8")
    listed = index.split("Prioritātes, kuru pašu skaitļi neatbilst mērķim")[1].split("<h2 ")[0]
    assert listed.count('<tr class="flagged">') == len(flagged)
    for (title,) in flagged:
        assert title in listed
    page = _section(_school_page(published), "prioritates")
    assert page.count("pašu skaitļi neatbilst mērķim") == len(flagged)


def test_institutions_are_compared_only_with_their_own_kind(built, tmp_path):
    from scaled import scale_warehouse

    db = tmp_path / "kinds" / built.name
    db.parent.mkdir()
    scale_warehouse(built, db, 6)   # three schools, three interest-education centres
    con = duckdb.connect(str(db))
    schools = [r[0] for r in con.execute("""select institution_key from marts.dim_institutions
                                            where institution_kind = 'general' order by institution_key""").fetchall()]
    centre = con.execute("select institution_key from marts.dim_institutions "
                         "where institution_kind = 'interest' limit 1").fetchone()[0]
    con.execute("update marts.exam_vs_national set school_pct = school_pct + 9 where institution_key = ?", [schools[1]])
    # an interest-education centre with the same exams at 99 %: never part of the schools' comparison
    con.execute("""insert into marts.exam_vs_national select * replace (? as institution_key, 99.0 as school_pct)
                   from marts.exam_vs_national where institution_key = ?""", [centre, schools[0]])
    expected = con.execute("""select round(avg(school_pct), 1) from marts.exam_vs_national
                              where institution_key in (?, ?, ?) and exam_level = 'grade9'
                              and subject = 'latvian' and school_year = '2024/2025'""", schools).fetchone()[0]
    con.close()
    out = _site(db)
    page = (out / site.institution_page_name(schools[0])).read_text(encoding="utf-8")
    chart = _section(page, "eksameni").split("</svg>")[0]
    assert f"<title>Vidēji vispārējās izglītības iestādēs: {site.num(expected)}{NBSP}%</title>" in chart
    index = (out / "index.html").read_text(encoding="utf-8")
    school_chart = index.split("9. klases eksāmeni, 2024/2025: Vispārējās izglītības iestādes</h3>")[1].split("</svg>")[0]
    assert f"<title>Vidēji vispārējās izglītības iestādēs: {site.num(expected)}{NBSP}%</title>" in school_chart
    assert "9. klases eksāmeni, 2024/2025: Interešu izglītības iestādes" in index


def _index_rects(out: Path) -> int:
    return (out / "index.html").read_text(encoding="utf-8").count("<rect ")


def test_index_groups_institutions_and_its_charts_do_not_grow_with_them(built, tmp_path):
    from scaled import scale_warehouse

    rects = {}
    for n in (8, 80):
        db = tmp_path / f"n{n}" / built.name
        db.parent.mkdir()
        scale_warehouse(built, db, n)
        out = _site(db)
        rects[n] = _index_rects(out)
        index = (out / "index.html").read_text(encoding="utf-8")
        kinds = re.findall(r'<details id="kind-(\w+)"[^>]*><summary><b>[^<]+</b> \((\d+)\)</summary>', index)
        assert dict(kinds) == {"general": str(n // 2), "interest": str(n // 2)}
        municipalities = re.findall(r"<details(?: open)?><summary>([^<]+) \((\d+)\)</summary>", index)
        assert sum(int(c) for _, c in municipalities) == n
        assert len({m for m, _ in municipalities}) > 5
        for kind_section in index.split('<details id="kind-')[1:]:
            names = re.findall(r"<details(?: open)?><summary>([^<]+) \(\d+\)</summary>", kind_section)
            assert "cita" not in names[:-1], "'cita' is not the last municipality of its kind"
        assert len(list(out.glob("institution-*.html"))) == n and len(list((out / "sources").glob("*.html"))) == n
    assert rects[8] == rects[80], "an index chart draws one bar per institution"
    assert "cita" in index.split('id="iestades"')[1]
