"""The overview's pages as files, built from the session's warehouse or from a copy of it changed for
the test: Latvian labels from the seeds, latest school year first, exam charts with gap, change and
target, institutions compared only with their own kind, priorities whose own numbers miss their
target marked, the multi-year panel (from marts.institution_year where built, else from the other
marts), sections for marts not built yet left out and shown once they exist, text escaped, and an
index that groups institutions by kind and municipality and aggregates its charts per kind."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb
import pytest

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


def test_school_page_latest_year_first_with_gap_change_and_target(published, warehouse):
    page = _school_page(published)
    exams = _section(page, "eksameni")
    titles = re.findall(r"<h3>(.*?)</h3>", exams)
    assert titles[0] == "9. klases eksāmeni, 2024/2025" and titles.index("9. klases eksāmeni, 2023/2024") > 2
    panel = _section(page, "gadi")
    assert panel.index("2024/2025") < panel.index("2023/2024")
    row = warehouse.execute("""select gap_pp, change_pp, next_target_pct from marts.exam_vs_national
                               where exam_level = 'grade9' and subject = 'latvian' and school_year = '2024/2025'""").fetchone()
    chart = exams.split("</svg>")[0]
    for shown in (site.pp(row[0]), site.pp(row[1]), site.pct(row[2])):
        assert f">{shown}</text>" in chart, shown
    assert ">Mērķis nākamajam gadam</text>" in chart and ">Starpība ar valsts</text>" in chart


def test_panel_is_built_from_the_marts_when_institution_year_is_absent(published, warehouse):
    page = _school_page(published)
    panel = _section(page, "gadi")
    assert "Aprēķināts no" in panel and "marts.institution_year" not in panel
    start, end = warehouse.execute("""select sum(learners_start), sum(learners_end) from marts.enrolment_flows
                                      where institution_name like '%Draudzīgā%' and school_year = '2024/2025'""").fetchone()
    leavers = warehouse.execute("select sum(learners) from marts.leaving_reasons_summary where institution_name like '%Draudzīgā%'").fetchone()[0]
    for label, value in (("Izglītojamie mācību gada sākumā", start), ("Izglītojamie mācību gada beigās", end),
                         ("Mācības pārtraukušie izglītojamie", leavers)):
        assert re.search(f"<td>{label}</td><td class=\"n\">{site.num(value)}</td>", panel), label


def test_sections_needing_marts_not_built_are_left_out(published):
    index = (published / "index.html").read_text(encoding="utf-8")
    assert 'id="merki"' not in index and 'id="turpinajums"' not in index
    for path in published.glob("institution-*.html"):
        page = path.read_text(encoding="utf-8")
        for absent in ('id="merki"', 'id="projekti"', 'id="ligumi"', "Plānotās prioritātes",
                       "Iemesli ziņojuma vārdiem", "Plānoto prioritāšu turpinājums"):
            assert absent not in page, (path.name, absent)


OPTIONAL_TABLES = {
    "institution_year": """select institution_key, institution_name, '2024/2025' as school_year, latest_report_id as report_id,
                                  4321 as learners_start, 4300 as learners_end, -21 as net_change, 7 as leavers,
                                  0.75 as priorities_achieved_share, 3 as exam_targets_due, 2 as exam_targets_met
                           from marts.dim_institutions""",
    "leaving_reasons": """select report_id, 'L1-L2, L5' as source_ref, institution_key, institution_name, school_year, '1.2.3' as item_no,
                                 'other' as category, 'Izslēgts par nesekmību' as reason_text, 3 as learners
                          from marts.goal_attainment_summary""",
    "planned_priorities": """select report_id, 'L9' as source_ref, institution_key, institution_name, school_year as report_school_year,
                                    '2025/2026' as planned_for_year, '1' as priority_no, 'Mācīšana' as area,
                                    'Lasītprasmes stiprināšana' as title, 'qualitative' as result_type,
                                    'Visi lasa' as planned_results
                             from marts.goal_attainment_summary""",
    "projects": """select report_id, 'L10' as source_ref, institution_key, institution_name, school_year, '1' as project_no,
                          'Erasmus+ apmaiņa' as title, 'Skolēnu apmaiņa' as summary, '20 dalībnieki' as results
                   from marts.goal_attainment_summary""",
    "agreements": """select report_id, 'L11' as source_ref, institution_key, institution_name, school_year, '1' as item_no,
                            'Daugavpils Universitāte' as partner, 'Sadarbība prakses vietās' as text
                     from marts.goal_attainment_summary""",
    "target_follow_through": """select institution_key, institution_name, exam_level, subject, school_year as target_year,
                                       report_id as target_report_id, source_ref as target_source_ref,
                                       '2023/2024' as target_set_in_year, school_pct + 5 as target_pct,
                                       report_id as result_report_id, source_ref as result_source_ref, school_pct as result_pct,
                                       -5.0 as margin_pp, 'missed' as outcome
                                from marts.exam_vs_national where school_year = '2024/2025'""",
    "priority_follow_through": """select institution_key, institution_name, report_id as planned_report_id, 'L9' as planned_source_ref,
                                         '2023/2024' as planned_in_year, school_year as planned_for_year, '2' as planned_priority_no,
                                         'Digitālās prasmes' as planned_title, 'dropped' as follow_through,
                                         null::varchar as evaluated_title, null::varchar as status,
                                         null::varchar as evaluated_report_id, null::varchar as evaluated_source_ref
                                  from marts.goal_attainment_summary""",
}


def test_sections_light_up_when_their_marts_exist(built, tmp_path):
    db = _copy(built, tmp_path / "with-marts")
    con = duckdb.connect(str(db))
    for name, select in OPTIONAL_TABLES.items():
        con.execute(f"create table marts.{name} as {select}")
    con.close()
    out = _site(db)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Eksāmenu mērķu izpilde" in index.split('id="merki"')[1] and "<svg" in index.split('id="merki"')[1]
    assert "Plānotās prioritātes nākamā gada ziņojumā" in index.split('id="turpinajums"')[1]
    page = _school_page(out)
    panel = _section(page, "gadi")
    assert "Avots: marts.institution_year" in panel and f"4{NBSP}321" in panel and "75 %".replace(" ", NBSP) in panel
    assert "Izslēgts par nesekmību" in page and page.count('.html#L1">L1-L2</a>') == 1 and '.html#L5">L5</a>' in page
    assert "Lasītprasmes stiprināšana" in page and "2025/2026" in page
    assert "Erasmus+ apmaiņa" in _section(page, "projekti")
    assert "Daugavpils Universitāte" in _section(page, "ligumi")
    assert "nav sasniegts" in _section(page, "merki")
    assert "Digitālās prasmes" in page and "nav starp nākamā gada izvērtētajām" in page


def test_a_mart_lacking_a_column_its_section_reads_is_skipped(built, tmp_path):
    db = _copy(built, tmp_path / "thin-mart")
    con = duckdb.connect(str(db))
    con.execute("create table marts.projects as select institution_key, 'Tikai nosaukums' as title from marts.dim_institutions")
    con.close()
    out = _site(db)
    page = _school_page(out)
    assert 'id="projekti"' not in page and "Tikai nosaukums" not in page


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
    centre = con.execute("select institution_key from marts.dim_institutions where institution_kind = 'interest' limit 1").fetchone()[0]
    con.execute("update marts.exam_vs_national set school_pct = school_pct + 9 where institution_key = ?", [schools[1]])
    # an interest-education centre with the same exams at 99 %: never part of the schools' comparison
    con.execute("""insert into marts.exam_vs_national select * replace (? as institution_key, 99.0 as school_pct)
                   from marts.exam_vs_national where institution_key = ?""", [centre, schools[0]])
    expected = con.execute("""select round(avg(school_pct), 1) from marts.exam_vs_national where institution_key in (?, ?, ?)
                              and exam_level = 'grade9' and subject = 'latvian' and school_year = '2024/2025'""", schools).fetchone()[0]
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
