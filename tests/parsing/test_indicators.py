"""Indicator rows: names read against the template, values split into the table's three cells."""
from __future__ import annotations

from tika import lines

from loaders.extract.indicator_values import cell_value
from loaders.extract.indicators import extract_indicators
from loaders.issues import Issues
from loaders.subjects import load_subjects


def run(text: str, year: str = "2023/2024"):
    issues = Issues()
    indicators, exams = extract_indicators(lines(text), "1.3", year, load_subjects(), issues)
    return indicators, exams, issues.rows


def by_no(rows):
    return {r["indicator_no"]: r for r in rows}


def test_one_line_holding_three_values():
    rows, _, _ = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        1.1. Vispārējās pamatizglītības
        programmā/-s
        6,5 balles vid. 6,7 balles vid. 6,8 balles vid.
        1.2. Interešu izglītības programmā/-s
        310 295 300
        """)
    got = by_no(rows)
    assert (got["1.1"]["baseline_value"], got["1.1"]["actual_value"], got["1.1"]["target_value"]) == (6.5, 6.7, 6.8)
    assert got["1.1"]["unit"] == "grade_avg"
    assert got["1.1"]["indicator_name"] == "Vispārējās pamatizglītības programmā/-s"
    assert (got["1.2"]["actual_value"], got["1.2"]["unit"]) == (295, "learners")


def test_cells_opened_by_a_number():
    rows, _, _ = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        1.1. Interešu izglītības programmā/-s
        120 izglītojamie piedalījās
        konkursos.
        98 izglītojamie piedalījās
        konkursos.
        100 izglītojamie
        piedalīsies konkursos.
        """)
    row = by_no(rows)["1.1"]
    assert (row["baseline_value"], row["actual_value"], row["target_value"], row["unit"]) == (120, 98, 100, "learners")
    assert row["actual_text"] == "98 izglītojamie piedalījās konkursos."


def test_name_glued_to_first_value_and_a_lone_dash_cell():
    rows, _, _ = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        2. Pedagogu profesionālās kompetences pilnveide
        90% 95% 95%
        3. Citi kvalitātes rādītāji Skolu reitings- 2023
        12. vieta (3,5 balles)
        Skolu reitings- 2024
        9. vieta (3,6 balles)
        -
        """)
    row = by_no(rows)["3"]
    assert row["indicator_name"] == "Citi kvalitātes rādītāji"
    assert (row["baseline_value"], row["actual_value"], row["target_value"], row["unit"]) == (12, 9, None, "place")
    assert row["target_text"] == "-"


def test_a_list_inside_a_cell_is_not_a_row():
    rows, _, _ = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        2. Citi kvalitātes rādītāji 1. Papildināt
        vietni.
        2. Rīkot pasākumus.
        1. Vietne papildināta.
        2. Pasākumi notika.
        1. Papildināt vēl.
        """)
    assert [r["indicator_no"] for r in rows] == ["2"]
    assert rows[0]["actual_text"] == "1. Vietne papildināta. 2. Pasākumi notika."


def test_year_in_a_label_is_not_the_value():
    assert cell_value("Latvijas skolu reitings- 2024 41. vieta (3,23 balles)") == (41, "place")
    assert cell_value("Nav attiecināms") == (None, None)
    assert cell_value("58% un 43%") == (None, None)


def test_cells_that_cannot_be_told_apart_are_a_warning_not_a_guess():
    rows, _, issues = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        1.1. Pirmsskolas izglītības programmā/-s
        Apguves rādītājs
        58% un 60%
        Apguves rādītājs
        61%
        65%
        """)
    assert rows == []
    assert [i["code"] for i in issues] == ["ambiguous_value"] and "indicator 1.1" in issues[0]["message"]


GRADE9 = """
    2. Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās
    pamatizglītības programmas apguves noslēgumā 9.klasē attiecībā pret vidējiem
    valsts rezultātiem
    Latviešu valoda - 61,2% (valstī
    58%), nenokārtoja 2% skolēnu.
    Matemātika – 40 % (valstī 50,5%).
    Latviešu valoda - 62,4% (valstī
    59,1%).
    Matemātika - 45%.
    Latviešu valoda -
    63%.
    Matemātika — 47%.
"""


def test_grade9_exam_results_in_all_three_columns():
    _, exams, _ = run("1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:\n" + GRADE9)
    got = {(e["subject"], e["school_year"], e["measure"]): (e["school_pct"], e["national_pct"], e["failed_pct"])
           for e in exams}
    assert got == {
        ("latvian", "2022/2023", "result"): (61.2, 58, 2),
        ("mathematics", "2022/2023", "result"): (40, 50.5, None),
        ("latvian", "2023/2024", "result"): (62.4, 59.1, None),
        ("mathematics", "2023/2024", "result"): (45, None, None),
        ("latvian", "2024/2025", "target"): (63, None, None),
        ("mathematics", "2024/2025", "target"): (47, None, None),
    }
    assert {e["exam_level"] for e in exams} == {"grade9"}


def test_secondary_levels_and_a_row_continued_after_a_page_break():
    _, exams, _ = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        3. Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās izglītības programmas
        apguves noslēgumā attiecībā pret vidējiem valsts rezultātiem:
        3.1. optimālā kursa līmenī Angļu valoda – 60% (valstī 63%).
        Angļu valoda – 64%.
        Angļu valoda – 65%.
        3.2. augstākajā līmenī Ķīmija - 50% (valstī 47%).
        Ķīmija - 52%.
        Ķīmija - 55%.
        Fizika – 40%.
        Fizika - 44% (valstī 45%).
        4. Pedagogu profesionālās kompetences pilnveide
        90% 95% 95%
        """)
    got = {(e["exam_level"], e["subject"], e["school_year"], e["measure"]): e["school_pct"] for e in exams}
    assert got[("optimal", "english", "2023/2024", "result")] == 64
    assert got[("advanced", "chemistry", "2024/2025", "target")] == 55
    assert got[("advanced", "physics", "2022/2023", "result")] == 40
    assert got[("advanced", "physics", "2023/2024", "result")] == 44
    assert ("advanced", "physics", "2024/2025", "target") not in got


def test_a_subject_not_taken_gives_no_row():
    _, exams, _ = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        3. Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās izglītības programmas
        apguves noslēgumā attiecībā pret vidējiem valsts rezultātiem:
        3.1. optimālā kursa līmenī Fizika – nekārtoja.
        Fizika - 50%.
        Fizika - 55%.
        """)
    assert [(e["school_year"], e["school_pct"]) for e in exams] == [("2023/2024", 50), ("2024/2025", 55)]


def test_rows_of_a_real_table_use_its_columns():
    from dataclasses import replace

    cells = [(1, "1."), (2, "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:"),
             (1, "1.1."), (2, "Vispārējās pamatizglītības"), (2, "programmā/-s"),
             (3, "6,5 balles"), (4, "6,6 balles"), (5, "6,7 balles")]
    table = [replace(line, table=1, row=n, col=col) for n, (line, (col, _)) in
             enumerate(zip(lines("\n".join(t for _, t in cells)), cells))]
    issues = Issues()
    rows, _ = extract_indicators(table, "1.3", "2024/2025", load_subjects(), issues)
    assert [(r["indicator_no"], r["indicator_name"], r["actual_value"]) for r in rows] == [
        ("1.1", "Vispārējās pamatizglītības programmā/-s", 6.6)]


def test_exam_entry_wordings():
    from loaders.extract.exam_entries import parse_exam_cell

    text = ("Latviešu v. – 55,2% (valsts vidējais 60,1%); Angļu valoda 70% (Latvijā 65%), nenokārtoja 1,5%. "
            "Vācu valoda – nekārtoja.")
    got = [(e["subject"], e["school_pct"], e["national_pct"], e["failed_pct"])
           for e in parse_exam_cell(text, load_subjects())]
    assert got == [("latvian", 55.2, 60.1, None), ("english", 70, 65, 1.5)]


def test_exam_results_in_prose():
    from loaders.extract.prose_exams import extract_prose_exams

    text = lines("""
        Valsts pārbaudes darbos 9. klasē latviešu valodā skolēnu vidējais rezultāts ir 64,2% (valstī
        63,6%), matemātikā 51,8% (valstī 55,2%). Diagnosticējošajā darbā 6. klasē matemātikā 70%.
        Centralizētajā eksāmenā 2020./2021. m.g. angļu valodā augstākajā līmenī 66%.
        Skolēni apmeklēja 12% vairāk pulciņu.
        """)
    rows = extract_prose_exams([text], "2021/2022", load_subjects())
    # centralised exams had one level until 2021/22: the contract records them as `optimal`
    assert [(r["exam_level"], r["subject"], r["school_year"], r["school_pct"], r["national_pct"]) for r in rows] == [
        ("grade9", "latvian", "2021/2022", 64.2, 63.6), ("grade9", "mathematics", "2021/2022", 51.8, 55.2),
        ("optimal", "english", "2020/2021", 66, None)]
    assert rows[0]["source_ref"] == "L1-L2"


def test_a_class_or_a_head_count_beside_a_result_is_not_the_result():
    from loaders.extract.exam_entries import parse_exam_cell

    got = [(e["subject"], e["school_pct"], e["national_pct"])
           for e in parse_exam_cell("Matemātika 9.kl. – 45% (valstī 50%). Ķīmija (12 skolēni) – 61,5%, 2024. gadā.",
                                    load_subjects())]
    assert got == [("mathematics", 45, 50), ("chemistry", 61.5, None)]


def _grid(cells):
    """Lines of a grid table from (row, col, text) triples, in the order given."""
    from dataclasses import replace

    base = lines("\n".join(t for *_, t in cells))
    return [replace(line, table=1, row=row, col=col) for line, (row, col, _) in zip(base, cells)]


def test_grid_rows_number_split_over_lines_header_repeated_inside_a_row_and_a_row_carried_on():
    table = _grid([
        (1, 1, "NPK"), (1, 2, "Indikators"), (1, 3, "Noteiktais rādītājs"), (1, 6, "Komentārs"),
        (2, 3, "uzsākot 2023./2024. m.g."), (2, 4, "noslēdzot 2023./2024. m.g."), (2, 5, "2024./2025. m.g."),
        (3, 1, "1.1"), (3, 1, "."), (3, 2, "Vispārējās pamatizglītības programmā/-s"),
        (3, 3, "7,1 balles"), (3, 4, "7,2 balles"), (3, 5, "7,3 balles"), (3, 6, "2 pieaug"),
        (4, 1, "1.2"), (4, 1, "."), (4, 2, "Pedagogu profesionālās"), (4, 3, "90 % pedagogu"),
        (4, 3, "uzsākot 2023./2024. m.g."), (4, 4, "apmeklēja"), (4, 4, "noslēdzot 2023./2024. m.g."),
        (4, 5, "100%"), (4, 5, "2024./2025. m.g."),
        (5, 2, "kompetences pilnveide"), (5, 4, "94 % kursus"),
    ])
    rows, _ = extract_indicators(table, "1.3", "2023/2024", load_subjects(), Issues())
    got = {r["indicator_no"]: (r["indicator_name"], r["baseline_value"], r["actual_value"], r["target_value"], r["unit"])
           for r in rows}
    assert got == {"1.1": ("Vispārējās pamatizglītības programmā/-s", 7.1, 7.2, 7.3, "grade_avg"),
                   "1.2": ("Pedagogu profesionālās kompetences pilnveide", 90, 94, 100, "percent")}


def _values(rows):
    return {r["indicator_no"]: (r["baseline_value"], r["actual_value"], r["target_value"]) for r in rows}


def test_tika_cells_side_by_side_on_one_line_are_told_apart_by_their_figures():
    rows, _, issues = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        1.1. Dalība konkursos 16 dalībnieki 12 no 15 dalībniekiem 15 dalībnieki
        1.2. Apmierinātība ar nodarbībām (aptauja)
        vidēji 61% vidēji 66% 70%
        1.3. Absolventu skaits 3 gadu laikā
        pēc beigšanas (strādā vai mācās)
        40% 42% 45%
        1.4. Godalgotās vietas
        11 13 godalgotas vietas 12
        """)
    assert _values(rows) == {"1.1": (16, 12, 15), "1.2": (61, 66, 70), "1.3": (40, 42, 45), "1.4": (11, 13, 12)}
    got = {r["indicator_no"]: r for r in rows}
    assert got["1.3"]["indicator_name"] == "Absolventu skaits 3 gadu laikā pēc beigšanas (strādā vai mācās)"
    assert got["1.2"]["actual_text"] == "vidēji 66%"
    assert (got["1.1"]["actual_text"], got["1.1"]["unit"]) == ("12 no 15 dalībniekiem", "learners")
    assert issues == []


def test_tika_cells_over_several_lines_a_change_and_a_label_before_each_figure():
    rows, _, _ = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        1.1. Izglītojamie ar individuālo plānu
        8 izglītojamie pieaugums no 8 uz
        11 izglītojamajiem
        13 izglītojamie
        2. Citi kvalitātes rādītāji:
        reitings novadā
        Novada reitings 2023 – 7. vieta Novada reitings 2024 – 5. vieta ne zemāk par 5. vietu
        """)
    assert _values(rows) == {"1.1": (8, 11, 13), "2": (7, 5, 5)}
    assert by_no(rows)["2"]["indicator_name"] == "Citi kvalitātes rādītāji: reitings novadā"
    assert by_no(rows)["2"]["unit"] == "place"


def test_tika_row_split_by_a_page_break_drops_the_repeated_header_and_page_number():
    rows, _, _ = run("""
        NPK Indikators
        Noteiktais rādītājs
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        1.1. Vecāku atsaucība aptaujā 40% 45% 50%
        1.2. Apmeklējums 71% 73%
        4
        NPK Indikators
        Noteiktais rādītājs
        75%
        """)
    assert _values(rows) == {"1.1": (40, 45, 50), "1.2": (71, 73, 75)}


def test_tika_row_with_too_few_figures_is_an_issue_not_a_guess():
    rows, _, issues = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        1.1. Konkurss “Zvaniņš” 2. vieta 1. vieta godalgota
        1.2. Rindā uz vietu – nav datu –
        """)
    assert [r["indicator_no"] for r in rows] == ["1.2"] and _values(rows)["1.2"] == (None, None, None)
    assert [i["code"] for i in issues] == ["ambiguous_value"] and "indicator 1.1" in issues[0]["message"]


def test_grid_row_whose_figure_was_glued_into_the_name_is_an_issue_not_a_row():
    table = _grid([
        (1, 1, "NPK"), (1, 2, "Indikators"), (1, 3, "uzsākot"), (1, 4, "noslēdzot"), (1, 5, "2025./2026. m.g."),
        (2, 1, "1.1."), (2, 2, "Profesionālās izglītības programmās 6,8 personām ar vidējo izglītību"),
        (2, 3, "balles"), (2, 4, "6,9 balles"), (2, 5, "7,0 balles"),
    ])
    issues = Issues()
    rows, _ = extract_indicators(table, "1.3", "2024/2025", load_subjects(), issues)
    assert rows == [] and "indicator 1.1" in issues.rows[0]["message"]


def test_a_template_name_cut_by_a_page_break_is_completed_from_the_next_page():
    rows, _, _ = run("""
        NPK Indikators
        Noteiktais rādītājs
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        2. Pedagogu profesionālās 80 % pedagogu 85 % pedagogu apmeklēja 90%
        NPK Indikators
        Noteiktais rādītājs
        kompetences pilnveide kursus
        """)
    assert (rows[0]["indicator_name"], _values(rows)["2"]) == ("Pedagogu profesionālās kompetences pilnveide", (80, 85, 90))


# --- round 2: rows of other authors' tables ---------------------------------------------------------

HEADINGS = """
    1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
    1.1. Pamatizglītības programmā 6,1 balles 6,2 balles 6,3 balles
    2. Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos pamatizglītības programmas
    noslēgumā 9. klasē attiecībā pret vidējiem valsts rezultātiem:
"""


def _exams(exams):
    return {(e["exam_level"], e["subject"], e["school_year"], e["measure"]): (e["school_pct"], e["national_pct"],
                                                                              e["failed_pct"]) for e in exams}


def test_a_subject_sub_row_with_its_three_entries_on_the_name_line():
    rows, exams, issues = run(HEADINGS + """
        2.1. Vēsture – 51 % (valstī 49 %) 55,5 % (valstī 52 %) vismaz 56 %
        2.2. Ģeogrāfija (izvēles) 47 % (valstī 50 %) nekārtoja vismaz 50 %
        """)
    assert _exams(exams) == {
        ("grade9", "history", "2022/2023", "result"): (51, 49, None),
        ("grade9", "history", "2023/2024", "result"): (55.5, 52, None),
        ("grade9", "history", "2024/2025", "target"): (56, None, None),
        ("grade9", "geography", "2022/2023", "result"): (47, 50, None),
        ("grade9", "geography", "2024/2025", "target"): (50, None, None)}
    assert by_no(rows)["2.1"]["indicator_name"] == "Vēsture" and by_no(rows)["2.2"]["actual_text"] == "nekārtoja"
    assert issues == []


def test_a_subject_sub_row_read_cell_after_cell():
    _, exams, _ = run(HEADINGS + """
        2.1. Fizika 38 % (valstī 41 %),
        nenokārtoja 9 %
        skolēnu
        44 % (valstī 40 %),
        nenokārtoja 4 % skolēnu
        45 %
        """)
    assert _exams(exams)[("grade9", "physics", "2022/2023", "result")] == (38, 41, 9)
    assert _exams(exams)[("grade9", "physics", "2023/2024", "result")] == (44, 40, 4)


def test_a_subject_sub_row_whose_cells_stand_side_by_side():
    # a table without column rules read line by line: the first line holds each cell's first line
    _, exams, issues = run(HEADINGS + """
        2.1. Fizika 38 % (valstī 41 %), 44 % (valstī 40 %), 45 %
        nenokārtoja 9 % nenokārtoja 4 % skolēnu
        skolēnu
        """)
    assert _exams(exams)[("grade9", "physics", "2022/2023", "result")] == (38, 41, 9)
    assert _exams(exams)[("grade9", "physics", "2023/2024", "result")] == (44, 40, 4)
    assert issues == []


def test_side_by_side_cells_whose_continuations_cannot_be_told_apart_are_named():
    _, exams, issues = run(HEADINGS + """
        2.1. Fizika 38 % (valstī 41 %), 44 % (valstī 40 %), 45 %
        nenokārtoja 9 % skolēnu
        """)
    assert exams == []
    assert [i["code"] for i in issues] == ["ambiguous_value"] and "Fizika" in issues[0]["message"]


def test_level_words_make_an_exam_row_only_under_an_exam():
    rows, exams, _ = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        1.1. Speciālās programmās: izglītojamie, kuri sasnieguši optimālu apguves līmeni
        10 izglītojamie 12 izglītojamie vismaz 12 izglītojamie
        """)
    assert exams == [] and _values(rows) == {"1.1": (10, 12, 12)}


def test_an_exam_heading_row_running_on_over_a_line_has_no_values_and_no_warning():
    _, _, issues = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        2. Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos pamatizglītības programmas apguves
        noslēgumā 9. klasē attiecībā pret vidējiem valsts rezultātiem:
        2.1. Ķīmija 50 % 52 % 55 %
        """)
    assert issues == []


def test_a_note_under_the_table_is_no_part_of_the_last_row():
    rows, _, issues = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        2. Citi kvalitātes rādītāji: vieta novada reitingā
        2023. gadā – 8.
        vieta
        2024. gadā – 6.
        vieta
        ne zemāk par 6.
        vietu
        Piezīme: 2.1. rindā norādīti 2022./2023. m. g. dati, 3 kolonnās.
        """)
    assert _values(rows) == {"2": (8, 6, 6)} and issues == []


def test_a_name_opening_with_a_figure_in_a_word_is_a_row_and_that_figure_no_value():
    rows, _, _ = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        1.1. Apmeklējums 80% 82% 85%
        1.2. 6-gadīgo bērnu skrīnings (vidējais
        rezultāts)
        nav datu 58% 60%
        """)
    assert _values(rows) == {"1.1": (80, 82, 85), "1.2": (None, 58, 60)}


def test_a_change_on_its_own_line_opens_the_cell_of_the_figure_it_reaches():
    rows, _, _ = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        1.1. Izglītojamie ar atbalsta plānu
        7 no 20
        bērniem
        no 7 uz 9
        bērniem
        10 bērni
        """)
    assert _values(rows) == {"1.1": (7, 9, 10)}
    assert by_no(rows)["1.1"]["actual_text"] == "no 7 uz 9 bērniem"


def test_cells_side_by_side_whose_first_cell_wraps_past_the_others_are_named_not_guessed():
    rows, _, issues = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        1.1. Pirmsskolas izglītības programmā Sasniegto rezultātu 80% 81%
        īpatsvars 77%
        """)
    assert rows == [] and "indicator 1.1" in issues[0]["message"]


def test_a_row_whose_figures_stayed_in_its_name_is_named():
    rows, _, issues = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        2. Citi kvalitātes rādītāji: vieta reitingā 2023. gadā – 14. 2024. gadā – 9. ne zemāk par 9.
        reitingā (vidusskolu grupā) vieta vieta vietu
        """)
    assert "2" not in _values(rows)
    assert [i["code"] for i in issues] == ["ambiguous_value"] and "indicator 2" in issues[0]["message"]


def test_no_entry_words_for_all_three_cells_on_one_line():
    _, exams, issues = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        3. Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās izglītības programmas
        apguves noslēgumā attiecībā pret vidējiem valsts rezultātiem:
        3.1. optimālajā līmenī – – –
        """)
    assert exams == [] and issues == []


def test_figures_in_a_column_cut_off_a_value_header_make_the_row_unplaced():
    # a layout reader cut the header `Noteiktais rezultatīvais rādītājs` and the cells under it into more
    # columns than the table has: a figure in such a piece cannot be placed
    table = _grid([
        (1, 1, "NPK"), (1, 2, "Indikators"), (1, 3, "pašnovērtējuma"), (1, 4, "uzsākot 2023./2024."),
        (1, 5, "noslēdzot 2023./2024."), (1, 6, "rādītājs"), (1, 7, "Komentāri"), (1, 8, "2024./2025."),
        (2, 1, "1.1."), (2, 2, "Apmeklējums"), (2, 4, "70%"), (2, 5, "vidēji"), (2, 6, "72%"), (2, 8, "75%"),
        (3, 1, "1.2."), (3, 2, "Konkursi"), (3, 3, "Novada"), (3, 4, "skatē 4. vieta"), (3, 5, "2. vieta"),
        (3, 7, "2 reizes"), (3, 8, "2. vieta"),
    ])
    issues = Issues()
    rows, _ = extract_indicators(table, "1.3", "2023/2024", load_subjects(), issues)
    assert _values(rows) == {"1.2": (4, 2, 2)}
    assert [i["code"] for i in issues.rows] == ["ambiguous_value"] and "indicator 1.1" in issues.rows[0]["message"]


def test_a_line_carrying_on_one_cell_and_opening_another_is_named_not_guessed():
    # side by side with the target cell vertically centred: `nenokārtoja 9 %` may be either result's
    _, exams, issues = run(HEADINGS + """
        2.1. Fizika 38 % (valstī 41 %), 44 % (valstī 40 %),
        nenokārtoja 9 % 45 %
        skolēnu
        """)
    assert exams == [] and "Fizika" in issues[0]["message"]


def test_tika_cells_each_ending_with_the_figures_unit_one_in_words_only():
    # every figure is followed by the same word (`vieta`), and that word ends three pieces: three cells
    rows, _, issues = run("""
        1. Sasniegumi konkursos:
        1.1. Konkurss “Zvaniņš”
        (novada mērogā) 3. vieta 2. vieta godalgota vieta
        1.2. Sporta spēles 4 reizes vairākas reizes 6 reizes
        1.3. Skatuves runa 2. vieta 1. vieta labāka vieta nekā pērn
        """)
    assert _values(rows) == {"1.1": (3, 2, None), "1.2": (4, None, 6)}
    assert by_no(rows)["1.1"]["target_text"] == "godalgota vieta"
    assert [i["code"] for i in issues] == ["ambiguous_value"] and "indicator 1.3" in issues[0]["message"]


def test_a_page_number_above_the_repeated_header_is_no_row():
    # `3` after row 1.2 could be row 3 (the parent's next sibling, one skipped), but the table's header
    # follows it: it is the new page's number, and rows 1.3 and 1.4 are read on
    rows, _, _ = run("""
        Nr. Indikators
        Noteiktais rādītājs
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        1.1. Vecāku atsaucība aptaujā 40% 45% 50%
        1.2. Apmeklējums 71% 73% 75%
        3
        Nr. Indikators
        Noteiktais rādītājs
        1.3. Interešu izglītības programmās
        214 izglītojamie 236 izglītojamie (14 pulciņi) 240 izglītojamie
        """)
    assert _values(rows) == {"1.1": (40, 45, 50), "1.2": (71, 73, 75), "1.3": (214, 236, 240)}


def test_a_page_label_a_running_head_a_count_and_a_place_open_no_row():
    rows, _, issues = run("""
        NPK Indikators
        Noteiktais rādītājs
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        1.1. Apmeklējums 71% 73% 75%
        3. lpp.
        Ābeļu PII “Zīlīte” pašnovērtējuma ziņojums, 2024./2025. m.g.
        NPK Indikators
        Noteiktais rādītājs
        3. Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi konkursos, skatēs u.tml.:
        3.1. Dalība konkursos un
        skatēs
        4 konkursi 6 konkursi un skates vismaz 5 konkursi
        3.2. Novada sporta svētki
        5. vieta 3. vieta Iekļūt labāko
        trijniekā
        4. Pedagogu profesionālās kompetences pilnveide 95% 100% 100%
        """)
    assert _values(rows) == {"1.1": (71, 73, 75), "3.1": (4, 6, 5), "3.2": (5, 3, None), "4": (95, 100, 100)}
    assert by_no(rows)["3.2"]["target_text"] == "Iekļūt labāko trijniekā"
    assert issues == []


def test_a_name_carried_on_by_a_line_opening_with_a_figure_in_a_phrase():
    rows, _, issues = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        1.1. Apmeklējums 71% 73% 75%
        2. Citi kvalitātes rādītāji: absolventu
        nodarbinātība vai izglītības turpināšana
        6 mēnešus pēc skolas beigšanas
        61 % 64 % 65 %
        3. Pedagogu profesionālās kompetences pilnveide
        4 kursi 5 kursi 6 kursi
        2 kursi pedagogam
        """)
    assert _values(rows) == {"1.1": (71, 73, 75), "2": (61, 64, 65)}
    assert by_no(rows)["2"]["indicator_name"].endswith("6 mēnešus pēc skolas beigšanas")
    assert [i["code"] for i in issues] == ["ambiguous_value"] and "indicator 3" in issues[0]["message"]


def test_a_grid_header_row_split_by_a_page_break_maps_the_columns_of_the_next_page():
    # the header row's first words end one page (a table of its own, no rows), the rest opens the next
    # page's table; read as one header, `Piezīmes` is an extra column, not a value cell
    from dataclasses import replace

    base = lines("\n".join(["Nr.", "Rādītājs", "Plānotais", "Sasniegtais", "Mērķis", "Piezīmes",
                            "2024./2025. m.g. (pēc", "2023./2024. m.g. pašnovērtējuma ziņojuma)",
                            "2024./2025. m.g.", "2025./2026. m.g.",
                            "1.", "Apmeklējums", "86 %", "88 %", "90 %", "Bez 1. klases"]))
    spots = [(1, 1, 1), (1, 1, 2), (1, 1, 3), (1, 1, 4), (1, 1, 5), (1, 1, 6),
             (2, 1, 3), (2, 1, 3), (2, 1, 4), (2, 1, 5),
             (2, 2, 1), (2, 2, 2), (2, 2, 3), (2, 2, 4), (2, 2, 5), (2, 2, 6)]
    table = [replace(line, table=t, row=r, col=c) for line, (t, r, c) in zip(base, spots)]
    rows, _ = extract_indicators(table, "1.3", "2024/2025", load_subjects(), Issues())
    assert _values(rows) == {"1": (86, 88, 90)}


def test_grid_value_columns_no_header_names_are_not_shifted_onto_the_cells():
    # four value columns and a header that names none of the three cells: which three they are cannot be
    # told (an extra notes column would shift every value), so each row with values is named
    table = _grid([
        (1, 1, "Nr."), (1, 2, "Rādītājs"), (1, 3, "A"), (1, 4, "B"), (1, 5, "C"), (1, 6, "D"),
        (2, 1, "1."), (2, 2, "Apmeklējums"), (2, 3, "86 %"), (2, 4, "88 %"), (2, 5, "90 %"), (2, 6, "bez 1. klases"),
    ])
    issues = Issues()
    rows, _ = extract_indicators(table, "1.3", "2024/2025", load_subjects(), issues)
    assert rows == [] and [i["code"] for i in issues.rows] == ["ambiguous_value"]


def test_tika_value_lines_as_many_as_the_cells_are_not_one_cell_each_by_count():
    # three value lines whose first holds three figures and the words of a fourth (notes) column: the
    # lines are not the three cells
    rows, _, issues = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        1.1. Vieglatlētika – čempionāts U-18 (augstākā vieta)
        2. vieta 1. vieta 1. vieta Lodes grūšana,
        300 m
        barjerskrējiens
        """)
    assert "1.1" not in _values(rows)
    assert [i["code"] for i in issues] == ["ambiguous_value"] and "indicator 1.1" in issues[0]["message"]


def test_a_page_label_glued_into_a_cell_is_no_figure():
    assert cell_value("100% Lpp. 3") == (100, "percent")
    assert cell_value("3. lpp. 45 %") == (45, "percent")
    assert cell_value("Lapa 2 no 6 12 izglītojamie") == (12, "learners")


def test_grid_cells_glued_across_their_columns_are_named_not_guessed():
    # a layout reader left a figure in the name (`skaits 31`) or at the end of the cell on the left
    # (`12 no 15 kolektīviem 12`), and the cell it belongs to holds lower-case words only
    table = _grid([
        (1, 1, "NPK"), (1, 2, "Indikators"), (1, 3, "uzsākot 2024./2025."), (1, 4, "noslēdzot 2024./2025."),
        (1, 5, "2025./2026."),
        (2, 1, "2.1."), (2, 2, "Godalgoto vietu skaits 31 valsts konkursos"), (2, 3, "godalgota vieta"),
        (2, 4, "44 godalgotas vietas vismaz"), (2, 5, "35"),
        (3, 1, "2.2."), (3, 2, "Kolektīvi ar I pakāpes diplomu"), (3, 3, "9 no 14 kolektīviem"),
        (3, 4, "12 no 15 kolektīviem 12"), (3, 5, "kolektīvi"),
        (4, 1, "2.3."), (4, 2, "Konkursi"), (4, 3, "3. vieta"), (4, 4, "2. vieta"), (4, 5, "godalgota vieta"),
        (5, 1, "2.4."), (5, 2, "Aptauja 2 reizes gadā"), (5, 3, "nav datu"), (5, 4, "89%"), (5, 5, "90%"),
    ])
    issues = Issues()
    rows, _ = extract_indicators(table, "1.3", "2024/2025", load_subjects(), issues)
    assert _values(rows) == {"2.3": (3, 2, None), "2.4": (None, 89, 90)}
    assert sorted(i["message"].split(" could")[0] for i in issues.rows) == [
        "The values of indicator 2.1", "The values of indicator 2.2"]


def test_an_exam_heading_row_whose_name_ran_into_its_value_columns_gives_its_sub_rows_their_level():
    table = _grid([
        (1, 1, "NPK"), (1, 2, "Indikators"), (1, 3, "uzsākot 2024./2025."), (1, 4, "noslēdzot 2024./2025."),
        (1, 5, "2025./2026."),
        (2, 1, "2."), (2, 2, "Izglītojamo sasniegumi valsts noslēgumā 9. klasē"),
        (2, 3, "pārbaudes darbos rezultātiem:"), (2, 4, "pamatizglītības"), (2, 5, "apguves"),
        (3, 1, "2.1."), (3, 2, "Ķīmija"), (3, 3, "61,3 % (valstī 59,1 %)"), (3, 4, "60,7 % (valstī 58,5 %)"),
        (3, 5, "62 %"),
    ])
    issues = Issues()
    _, exams = extract_indicators(table, "1.3", "2024/2025", load_subjects(), issues)
    assert {(r["exam_level"], r["subject"], r["school_year"], r["measure"]): r["school_pct"] for r in exams} == {
        ("grade9", "chemistry", "2023/2024", "result"): 61.3, ("grade9", "chemistry", "2024/2025", "result"): 60.7,
        ("grade9", "chemistry", "2025/2026", "target"): 62}
    assert issues.rows == []


def test_exam_results_in_a_row_whose_name_says_no_exam_are_named():
    table = _grid([
        (1, 1, "NPK"), (1, 2, "Indikators"), (1, 3, "uzsākot 2024./2025."), (1, 4, "noslēdzot 2024./2025."),
        (1, 5, "2025./2026."),
        (2, 1, "2."), (2, 2, "Izglītojamo sasniegumi darbos programmas"),
        (2, 3, "Ķīmija 61,2 % (valstī 59,1 %) Fizikā 47,8 %"), (2, 4, "Ķīmija 60,1 % (valstī 58,5 %)"),
        (2, 5, "Ķīmija 62 %"),
    ])
    issues = Issues()
    _, exams = extract_indicators(table, "1.3", "2024/2025", load_subjects(), issues)
    assert exams == [] and [i["code"] for i in issues.rows] == ["ambiguous_value"]
    assert "Ķīmija" in issues.rows[0]["message"] and "indicator 2" in issues.rows[0]["message"].lower()


def test_tika_a_name_line_opening_with_a_figure_among_words_is_the_names():
    # `6 mēnešus pēc skolas beigšanas` carries on the name; its 6 is no value, the three below are
    rows, _, issues = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        1.1. Sekmīgo īpatsvars
        84 % 86 % 88 %
        2. Citi kvalitātes rādītāji: absolventu
        nodarbinātība vai izglītības turpināšana
        6 mēnešus pēc skolas beigšanas
        71 % 74 % 75 %
        """)
    assert _values(rows) == {"1.1": (84, 86, 88), "2": (71, 74, 75)}
    assert by_no(rows)["2"]["indicator_name"].endswith("turpināšana 6 mēnešus pēc skolas beigšanas")
    assert not issues


def test_an_amount_said_two_ways_takes_the_way_in_the_rows_unit():
    from loaders.extract.indicator_values import in_row_unit, restatements

    assert cell_value("18 no 20 pedagogiem jeb 90 %") == (None, None)  # two figures: not by itself
    assert restatements("18 no 20 pedagogiem jeb 90 %") == [(18, "count"), (90, "percent")]
    assert in_row_unit("18 no 20 pedagogiem jeb 90 %", (None, None), {"percent"}) == (90, "percent")
    assert in_row_unit("18 no 20 pedagogiem jeb 90 %", (None, None), {"count"}) == (18, "count")
    # the row's cells in two units, or neither way in the row's unit: no value
    assert in_row_unit("18 no 20 pedagogiem jeb 90 %", (None, None), {"percent", "count"}) == (None, None)
    assert in_row_unit("18 no 20 pedagogiem jeb 90 %", (None, None), {"place"}) == (None, None)
    assert restatements("18 jeb 19 jeb 20") == [] and restatements("vidēji 80 %") == []


def test_a_row_takes_the_restated_percentage_where_its_other_cells_are_percentages():
    table = _grid([
        (1, 1, "NPK"), (1, 2, "Indikators"), (1, 3, "uzsākot 2023./2024. m.g."),
        (1, 4, "noslēdzot 2023./2024. m.g."), (1, 5, "2024./2025. m.g."),
        (2, 1, "2."), (2, 2, "Pedagogu profesionālās kompetences pilnveide"), (2, 3, "100 %"),
        (2, 4, "18 no 20 pedagogiem jeb"), (2, 4, "90 %"), (2, 5, "100 %"),
        (3, 1, "3."), (3, 2, "Dalība konkursos"), (3, 3, "12 konkursi"),
        (3, 4, "18 no 20 pedagogiem jeb"), (3, 4, "90 %"), (3, 5, "vidēji 80 %"),
    ])
    issues = Issues()
    rows, _ = extract_indicators(table, "1.3", "2023/2024", load_subjects(), issues)
    got = by_no(rows)
    assert (got["2"]["baseline_value"], got["2"]["actual_value"], got["2"]["target_value"], got["2"]["unit"]) == \
        (100, 90, 100, "percent")
    # the row's other cells are in two units (12 contests, 80 %): no way is taken, and no one unit fits the row
    assert "3" not in got
    assert any(i["code"] == "ambiguous_value" and "indicator 3" in i["message"] for i in issues.rows)


def test_the_first_subject_entry_cut_after_its_dash_opens_the_first_cell_not_the_name():
    indicators, exams, issues = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        2. Izglītojamo vidējie sasniegumi valsts
        pārbaudes darbos 9. klasē attiecībā pret
        vidējiem valsts rezultātiem
        Latviešu valoda –
        61,2% (valstī 58%).
        Matemātika – 40%
        (valstī 50,5%).
        Latviešu valoda –
        62,4% (valstī 59,1%).
        Matemātika – 45%.
        Latviešu valoda – 63%.
        Matemātika – 47%.
        """)
    got = {(e["subject"], e["school_year"], e["measure"]): (e["school_pct"], e["national_pct"]) for e in exams}
    assert got == {
        ("latvian", "2022/2023", "result"): (61.2, 58), ("mathematics", "2022/2023", "result"): (40, 50.5),
        ("latvian", "2023/2024", "result"): (62.4, 59.1), ("mathematics", "2023/2024", "result"): (45, None),
        ("latvian", "2024/2025", "target"): (63, None), ("mathematics", "2024/2025", "target"): (47, None)}
    assert indicators[-1]["indicator_name"].endswith("valsts rezultātiem")
    assert issues == []


def test_a_bracket_in_the_name_closed_on_the_line_of_the_first_value_is_the_names():
    rows, _, issues = run("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        1.1. Interešu izglītības programmā/-s
        310 295 300
        2. Pedagogu tālākizglītība
        (pedagogu daļa, kas apguvuši vismaz
        24 stundu kursus) 60 %
        70% 80 %
        """)
    got = by_no(rows)["2"]
    assert got["indicator_name"] == "Pedagogu tālākizglītība (pedagogu daļa, kas apguvuši vismaz 24 stundu kursus)"
    assert (got["baseline_value"], got["actual_value"], got["target_value"]) == (60, 70, 80)


def test_text_value_columns_in_the_order_the_header_names_them():
    rows, exams, issues = run("""
        Nr. Kvalitātes rādītājs Sasniegts
        2023./2024. m.g. beigās
        Sākumstāvoklis
        (2022./2023. m.g. rezultāts)
        Mērķis
        2024./2025. m.g.
        1. Izglītojamo mācību sasniegumi
        1.1. Vispārējās pamatizglītības programmā/-s
        6,4 balles 6,1 balles 6,6 balles
        2. Olimpiāžu godalgotās vietas
        7 vietas 4 vietas vismaz 6
        """)
    assert _values(rows) == {"1.1": (6.1, 6.4, 6.6), "2": (4, 7, 6)}
    assert issues == []


def test_text_header_naming_two_columns_out_of_order_writes_issues_not_rows():
    rows, _, issues = run("""
        Nr. Kvalitātes rādītājs Noslēdzot 2023./2024. m.g.
        Uzsākot 2023./2024. m.g.
        2024./2025. m.g.
        1. Izglītojamo mācību sasniegumi
        1.1. Vispārējās pamatizglītības programmā/-s
        6,4 balles 6,1 balles 6,6 balles
        """)
    assert rows == []
    assert [i["code"] for i in issues] == ["ambiguous_value"] and "1.1" in issues[0]["message"]


def test_text_header_in_the_templates_order_is_read_as_before():
    rows, _, _ = run("""
        NPK Kvalitatīvais / kvantitatīvais indikators Noteiktais rezultatīvais rādītājs
        uzsākot 2023./2024. m.g. (pēc 2022./2023. m.g. pašnovērtējuma ziņojuma)
        noslēdzot 2023./2024. m.g.
        2024./2025. m.g.
        1. Izglītojamo mācību sasniegumi
        1.1. Vispārējās pamatizglītības programmā/-s
        6,1 balles 6,4 balles 6,6 balles
        """)
    assert _values(rows) == {"1.1": (6.1, 6.4, 6.6)}


def test_grid_value_columns_in_the_order_their_headers_name_them():
    table = _grid([
        (1, 1, "Nr."), (1, 2, "Rādītājs"), (1, 3, "Sasniegts 2023./2024. m.g."),
        (1, 4, "Sākumstāvoklis (2022./2023. m.g.)"), (1, 5, "Mērķis 2024./2025. m.g."),
        (2, 1, "1."), (2, 2, "Mācību stundu apmeklējums"), (2, 3, "94%"), (2, 4, "93%"), (2, 5, "95%"),
    ])
    rows, _ = extract_indicators(table, "1.3", "2023/2024", load_subjects(), Issues())
    assert _values(rows) == {"1": (93, 94, 95)}


def test_grid_headers_naming_two_columns_out_of_order_place_no_cell():
    table = _grid([
        (1, 1, "Nr."), (1, 2, "Rādītājs"), (1, 3, "Noslēdzot 2023./2024. m.g."),
        (1, 4, "Uzsākot 2023./2024. m.g."), (1, 5, "Piezīmes"),
        (2, 1, "1."), (2, 2, "Mācību stundu apmeklējums"), (2, 3, "94%"), (2, 4, "93%"), (2, 5, "95%"),
    ])
    issues = Issues()
    rows, _ = extract_indicators(table, "1.3", "2023/2024", load_subjects(), issues)
    assert rows == [] and [i["code"] for i in issues.rows] == ["ambiguous_value"]


def test_a_row_whose_values_are_a_percentage_beside_counts_is_named_not_written():
    table = _grid([
        (1, 1, "Nr."), (1, 2, "Rādītājs"), (1, 3, "2022./2023. m.g."), (1, 4, "2023./2024. m.g."),
        (1, 5, "2024./2025. m.g. mērķis"),
        (2, 1, "6."), (2, 2, "Absolventi, kuri turpina mācības"), (2, 3, "4 no 7"),
        (2, 4, "no 4 uz 6 absolventiem"), (2, 5, "vismaz 75 % absolventu"),
        (3, 1, "7."), (3, 2, "Pedagogu kursi"), (3, 3, "80 %"), (3, 4, "85 %"), (3, 5, "90 %"),
    ])
    issues = Issues()
    rows, _ = extract_indicators(table, "1.3", "2023/2024", load_subjects(), issues)
    assert _values(rows) == {"7": (80, 85, 90)}
    named = [i for i in issues.rows if i["code"] == "ambiguous_value"]
    assert len(named) == 1 and "indicator 6" in named[0]["message"] and "75 %" in named[0]["message"]


def test_a_tie_between_units_is_broken_by_a_fixed_order_not_by_chance():
    from loaders.extract.indicator_values import row_unit, units_disagree

    assert row_unit(["count", "learners"], "Sasniegumi konkursos", [3, 4, None]) == "learners"
    assert row_unit(["learners", "count"], "Sasniegumi konkursos", [3, 4, None]) == "learners"
    assert row_unit(["place", "count", "count"], "Vieta reitingā", [5, 4, 3]) == "count"  # the most said wins
    assert units_disagree(["learners", "percent"]) and not units_disagree(["learners", "count", None])


def test_text_header_naming_the_baseline_sakuma_raditajs_and_its_words_interleaved():
    rows, _, issues = run("""
        Nr. Rādītājs Sākuma rādītājs Sasniegtais Mērķis
        2023./2024. m.g. 2024./2025. m.g. 2025./2026.
        (no iepriekšējā beigās m.g.
        ziņojuma)
        1. Izglītojamo mācību sasniegumi
        1.1. Vispārējās pamatizglītības programmā/-s
        6,1 balles 6,4 balles 6,6 balles
        """)
    assert _values(rows) == {"1.1": (6.1, 6.4, 6.6)}
    assert issues == []


def test_exam_level_heading_over_unnumbered_subject_rows_across_a_page_break():
    _, exams, issues = run("""
        Nr. Rādītājs Sākuma rādītājs Sasniegtais Mērķis
        1. Centralizētie eksāmeni vidējās izglītības noslēgumā (vidējais rezultāts, %)
        1.1. optimālajā līmenī:
        Latviešu valoda 60,5% (valstī 55%) 62,1% 63%
        Matemātika 41,9% (valstī 34%),
        nenokārtoja 4,3%
        50,6%
        51%
        Vācu valoda 58,0% nekārtoja neviens
        izglītojamais
        –
        1.2. augstākajā līmenī (pēc padziļinātā
        kursa):
        Angļu valoda 70,8% 71,5% 72%
        Nr. Rādītājs Sākuma rādītājs Sasniegtais Mērķis
        Fizika 50,0% 47,3%, nenokārtoja 8,3% 50%
        Vēsture – (nekārtoja) 45,5% 46%
        """, year="2024/2025")
    got = {(e["exam_level"], e["subject"], e["school_year"], e["measure"]): (e["school_pct"], e["national_pct"],
                                                                           e["failed_pct"]) for e in exams}
    assert got[("optimal", "latvian", "2023/2024", "result")] == (60.5, 55, None)
    assert got[("optimal", "mathematics", "2023/2024", "result")] == (41.9, 34, 4.3)
    assert got[("optimal", "mathematics", "2025/2026", "target")] == (51, None, None)
    assert ("optimal", "german", "2024/2025", "result") not in got
    assert ("optimal", "german", "2025/2026", "target") not in got
    assert got[("advanced", "english", "2024/2025", "result")] == (71.5, None, None)
    assert got[("advanced", "physics", "2024/2025", "result")] == (47.3, None, 8.3)
    assert got[("advanced", "history", "2024/2025", "result")] == (45.5, None, None)
    assert ("advanced", "history", "2023/2024", "result") not in got
    assert len(exams) == 15
    assert all("Vācu valoda" in i["message"] for i in issues)   # its target `–`: named, not a row


def test_a_rating_wrapped_around_its_places_is_named_not_dropped():
    rows, _, issues = run("""
        Nr. Rādītājs Sākuma rādītājs Sasniegtais Mērķis
        1. Olimpiāžu godalgotās vietas 6 vietas 9 vietas vismaz 8
        2. Latvijas skolu reitings (valsts 11. vieta 7. vieta –
        ģimnāziju grupā)
        """)
    assert [r["indicator_no"] for r in rows] == ["1"]
    assert [i["code"] for i in issues] == ["ambiguous_value"] and "indicator 2 " in issues[0]["message"]
