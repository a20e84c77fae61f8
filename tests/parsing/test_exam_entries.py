"""State exam results: entries in a cell or sentence, and results written in prose."""
from __future__ import annotations

from tika import lines

from loaders.extract.exam_entries import parse_exam_cell
from loaders.extract.prose_exams import extract_prose_exams
from loaders.subjects import load_subjects


def prose(text: str, year: str = "2022/2023"):
    rows = extract_prose_exams([lines(text)], year, load_subjects())
    return {(r["exam_level"], r["subject"], r["school_year"]): (r["school_pct"], r["national_pct"], r["failed_pct"])
            for r in rows}


def test_a_list_of_subjects_after_an_exam_sentence_gives_a_row_per_line():
    got = prose("""
        Valsts pārbaudes darbus 9. klasē 2022./2023. mācību gadā kārtoja 20 skolēni. Vidējie rezultāti:
        Ķīmija - 44,2% (valstī 47%), nenokārtoja 5,1% skolēnu.
        Vēsture – 51% (valstī 49,5%), nenokārtoja 0% skolēnu.
        Fizika – 38,4%.
        """)
    assert got == {("grade9", "chemistry", "2022/2023"): (44.2, 47, 5.1),
                   ("grade9", "history", "2022/2023"): (51, 49.5, 0),
                   ("grade9", "physics", "2022/2023"): (38.4, None, None)}


def test_a_later_sentence_in_the_context_with_its_own_year():
    got = prose("""
        Centralizētajos eksāmenos optimālajā līmenī 2022./2023. mācību gadā:
        Bioloģija – 55%.
        Bioloģijā 2021./2022. mācību gadā skolas vidējais rezultāts bija 49,5%, tātad tas uzlabojies par 5,5 punktiem.
        """)
    assert got == {("optimal", "biology", "2022/2023"): (55, None, None),
                   ("optimal", "biology", "2021/2022"): (49.5, None, None)}


def test_the_year_named_last_before_the_figure():
    got = prose("""
        2021./2022. mācību gadā eksāmenus 9. klasē nekārtoja, tāpēc salīdzinām ar 2018./2019. mācību gadu, kad
        9. klases skolēni kārtoja eksāmenus (ģeogrāfijā 41,5%, fizikā 30%).
        """)
    assert set(got) == {("grade9", "geography", "2018/2019"), ("grade9", "physics", "2018/2019")}


def test_a_target_is_never_a_result():
    got = prose("""
        Mērķis: valsts pārbaudes darbā 9. klasē ķīmijā vidējais rezultāts ir vismaz 52%.
        Eksāmenā 9. klasē fizikā plānots sasniegt 45%.
        """)
    assert got == {}


def test_diagnostic_tests_and_monitoring_works_are_not_exams_and_end_the_context():
    got = prose("""
        Valsts pārbaudes darbos 9. klasē vidējie rezultāti:
        Ķīmija – 44%.
        Diagnosticējošajos darbos 6. klasē dabaszinībās 58% (valstī 56%).
        Fizika – 40%.
        Monitoringa darbā 8. klasē bioloģijā 61%.
        """)
    assert got == {("grade9", "chemistry", "2022/2023"): (44, None, None)}


def test_a_sentence_without_an_exam_context_gives_nothing():
    assert prose("Skolēnu aptaujā ķīmiju kā interesantāko priekšmetu min 44% skolēnu.") == {}


def test_failing_learners_counted_are_not_a_failed_share():
    got = [(e["subject"], e["school_pct"], e["failed_pct"])
           for e in parse_exam_cell("Ķīmija – 44,2% (valstī 47%), nenokārtoja 1 skolēns.", load_subjects())]
    assert got == [("chemistry", 44.2, None)]


def test_a_subject_not_taken_gives_no_entry():
    got = parse_exam_cell("Fizika – nekārtoja neviens. Ķīmija – 50%.", load_subjects())
    assert [e["subject"] for e in got] == ["chemistry"]


def test_a_target_cell_reads_its_target_words():
    got = parse_exam_cell("Ķīmija – vismaz 50%.", load_subjects(), targets=True)
    assert [(e["subject"], e["school_pct"]) for e in got] == [("chemistry", 50)]
    assert parse_exam_cell("Ķīmija – vismaz 50%.", load_subjects()) == []


def _table(text: str, year: str = "2023/2024"):
    from loaders.extract.indicators import extract_indicators
    from loaders.issues import Issues

    issues = Issues()
    _, exams = extract_indicators(lines(text), "1.3", year, load_subjects(), issues)
    got = {(e["exam_level"], e["subject"], e["school_year"], e["measure"]): (e["school_pct"], e["national_pct"])
           for e in exams}
    return got, issues.rows


HEAD = """
    NPK Indikators
    Noteiktais rezultatīvais rādītājs
    1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
    3. Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās izglītības programmas
    apguves noslēgumā attiecībā pret vidējiem valsts rezultātiem:
"""


def test_a_column_quoting_another_years_published_average_is_shifted_and_not_written():
    # the reference: optimal mathematics 35 in 2022/2023, 34 in 2023/2024
    got, issues = _table(HEAD + """
        3.1. optimālajā līmenī Matemātika - 41% (valstī 34%).
        Matemātika - 45% (valstī 43,7%).
        Matemātika - 47%.
        """)
    assert got == {}
    assert [i["code"] for i in issues] == ["ambiguous_value"] and "Matemātika" in issues[0]["message"]


def test_a_figure_outside_0_100_is_not_a_result():
    got, issues = _table(HEAD + """
        3.1. optimālajā līmenī Ķīmija - 41% (valstī 47%).
        Ķīmija - 145%.
        Ķīmija - 50%.
        """)
    assert ("optimal", "chemistry", "2023/2024", "result") not in got and len(got) == 2
    assert "Ķīmija" in issues[0]["message"]


def test_a_no_entry_cell_beside_the_next_cells_first_line():
    got, _ = _table(HEAD + """
        3.2. augstākajā līmenī Nekārtoja Fizika – 61,0%
        (valstī 62%), kārtoja 3
        izglītojamie.
        –
        """)
    assert got == {("advanced", "physics", "2023/2024", "result"): (61, 62)}


def test_an_exam_row_split_by_a_page_break_continues_each_cell_and_a_cut_entry():
    got, issues = _table(HEAD + """
        3.2. augstākajā līmenī
        Ķīmija - 50%
        (valstī 47%).
        Ķīmija - 52%
        (valstī 48%).
        Ķīmija - 55%.
        Dizains un
        NPK Indikators
        Noteiktais rezultatīvais rādītājs
        Fizika – 40%.
        Vēsture - 30%.
        Fizika - 44%.
        Vēsture - 33%.
        tehnoloģijas -
        35%.
        Fizika – 46%.
        """)
    assert issues == []
    assert got == {
        ("advanced", "chemistry", "2022/2023", "result"): (50, 47), ("advanced", "chemistry", "2023/2024", "result"): (52, 48),
        ("advanced", "chemistry", "2024/2025", "target"): (55, None),
        ("advanced", "physics", "2022/2023", "result"): (40, None), ("advanced", "history", "2022/2023", "result"): (30, None),
        ("advanced", "physics", "2023/2024", "result"): (44, None), ("advanced", "history", "2023/2024", "result"): (33, None),
        ("advanced", "design_technology", "2024/2025", "target"): (35, None),
        ("advanced", "physics", "2024/2025", "target"): (46, None)}


def test_grade9_sub_rows_with_the_subject_in_the_name_column():
    got, _ = _table("""
        1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
        2. Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās pamatizglītības
        programmas apguves noslēgumā 9.klasē attiecībā pret vidējiem valsts rezultātiem
        2.1. Ķīmija
        51% (valstī 47%)
        53% (valstī 48%)
        55%
        """)
    assert got == {("grade9", "chemistry", "2022/2023", "result"): (51, 47),
                   ("grade9", "chemistry", "2023/2024", "result"): (53, 48),
                   ("grade9", "chemistry", "2024/2025", "target"): (55, None)}


def test_entries_that_do_not_add_up_are_named_in_doubts():
    doubts: list[str] = []
    got = parse_exam_cell("Ķīmija (valstī 47%), nenokārtoja 5%. Fizika – 40% (valstī 45%), nenokārtoja 2% 38%. "
                          "Vēsture – Bioloģija – nekārtoja.", load_subjects(), doubts=doubts)
    assert [(e["subject"], e["school_pct"], e["failed_pct"]) for e in got] == [("physics", 40, 2)]
    assert [d.split(":")[0] for d in doubts] == ["Ķīmija", "Fizika", "Vēsture"]


def test_a_results_table_with_school_and_national_columns_is_named_not_guessed():
    from dataclasses import replace

    from loaders.issues import Issues

    text = lines("""
        Valsts pārbaudes darbu rezultāti 9. klasē 2022./2023. mācību gadā:
        Priekšmets
        Skolā
        Valstī
        Ķīmija
        44,2%
        47%
        """)
    grid = text[:1] + [replace(line, table=1, row=1 + i // 3, col=1 + i % 3) for i, line in enumerate(text[1:])]
    issues = Issues()
    assert extract_prose_exams([grid], "2022/2023", load_subjects(), issues) == []
    assert [i["code"] for i in issues.rows] == ["exam_table_unread"] and "Ķīmija" in issues.rows[0]["message"]


def test_a_diagnostic_test_row_is_no_exam_level():
    from loaders.extract.exam_entries import exam_level

    assert exam_level("Valsts diagnosticējošie darbi 9. klasē (pārbaudes darbi)") is None
    assert exam_level("Valsts pārbaudes darbi 9. klasē") == "grade9"


# --- round 2: prose by other authors ----------------------------------------------------------------

def prose_rows(text: str, year: str = "2021/2022"):
    from loaders.issues import Issues

    issues = Issues()
    rows = extract_prose_exams([lines(text)], year, load_subjects(), issues)
    return ({(r["exam_level"], r["subject"], r["school_year"], r["measure"]): (r["school_pct"], r["national_pct"],
                                                                               r["failed_pct"]) for r in rows},
            issues.rows)


def test_single_level_centralised_exams_are_optimal():
    got, _ = prose_rows("""
        Vidusskolas posms. 2021./2022. mācību gadā centralizētos eksāmenus kārtoja 18 skolēni. Rezultāti:
        Bioloģija – 60,5% (valstī 62%).
        Ķīmija – 51% (valstī 55%), nenokārtoja 2 skolēni.
        """)
    assert got == {("optimal", "biology", "2021/2022", "result"): (60.5, 62, None),
                   ("optimal", "chemistry", "2021/2022", "result"): (51, 55, None)}


def test_a_later_centralised_exam_with_no_level_is_named_not_guessed():
    got, issues = prose_rows("""
        Centralizētajos eksāmenos 2023./2024. mācību gadā:
        Bioloģija – 60,5% (valstī 62%).
        """, "2023/2024")
    assert got == {} and "Bioloģija" in issues[0]["message"]


def test_a_numbered_sub_heading_starts_a_new_context_even_after_a_page_number():
    got, _ = prose_rows("""
        5.1. Pamatskolas posms. Valsts pārbaudes darbos 9. klasē:
        Fizika – 44%.
        3
        5.2.
        Vidusskolas posms. 2021./2022. mācību gadā centralizētajos eksāmenos:
        Fizika – 52%.
        """)
    assert got == {("grade9", "physics", "2021/2022", "result"): (44, None, None),
                   ("optimal", "physics", "2021/2022", "result"): (52, None, None)}


def test_targets_for_a_later_year_named_in_prose_are_target_rows():
    # the sentence naming the year opens with it: the one before (naming subjects) has ended
    got, _ = prose_rows("""
        Centralizēto eksāmenu (ķīmija, fizika) rezultāti ir zemi. 2022./2023. mācību gadā izvirzām mērķi optimālā
        līmeņa eksāmenos sasniegt vismaz: ķīmijā – 52%, fizikā – 47%.
        """)
    assert got == {("optimal", "chemistry", "2022/2023", "target"): (52, None, None),
                   ("optimal", "physics", "2022/2023", "target"): (47, None, None)}


def test_a_target_for_the_year_evaluated_or_for_no_year_is_not_written():
    got, _ = prose_rows("""
        Centralizētajos eksāmenos optimālajā līmenī 2021./2022. mācību gadā mērķis bija sasniegt: ķīmijā – 52%.
        Nākotnē centralizētajos eksāmenos optimālajā līmenī plānojam sasniegt: fizikā – 47%.
        """)
    assert got == {}


def test_previous_year_in_words_and_a_comparison_do_not_change_the_years_after_them():
    got, _ = prose_rows("""
        Bioloģijas centralizētajā eksāmenā optimālajā līmenī vidējais rezultāts bija 58 %.
        Iepriekšējā mācību gadā eksāmena vidējais rezultāts bioloģijā bija 55 %.
        Salīdzinot ar 2020./2021. mācību gadu, kad eksāmenā ķīmijā rezultāts bija 40 %, ir uzlabojums.
        Ķīmijas eksāmenā optimālajā līmenī vidējais rezultāts – 47 %.
        """, "2022/2023")
    assert got == {("optimal", "biology", "2022/2023", "result"): (58, None, None),
                   ("optimal", "biology", "2021/2022", "result"): (55, None, None),
                   ("optimal", "chemistry", "2020/2021", "result"): (40, None, None),
                   ("optimal", "chemistry", "2022/2023", "result"): (47, None, None)}


def test_a_failed_share_stated_after_the_result_with_a_pass_mark_beside_it():
    got, _ = prose_rows("""
        Fizikas eksāmenā augstākajā līmenī vidējais rezultāts – 41 %, kas ir zemāks par valsts vidējo (45 %).
        12,5 % skolēnu nesasniedza 5 % slieksni un eksāmenu nenokārtoja.
        Ķīmijas eksāmenā augstākajā līmenī vidējais rezultāts bija 50 %, uzlabojums par 4,5 procentpunktiem.
        Eksāmenu nenokārtoja 3 % skolēnu.
        """, "2023/2024")
    assert got == {("advanced", "physics", "2023/2024", "result"): (41, 45, 12.5),
                   ("advanced", "chemistry", "2023/2024", "result"): (50, None, 3)}


def test_a_sentence_naming_its_own_exam_does_not_keep_the_level_of_another_exam():
    # the 9th-grade context of the sentence before does not carry into a centralised exam's sentence
    got, issues = prose_rows("""
        Valsts pārbaudes darbos 9. klasē fizikā skolēnu vidējais rezultāts ir 44%.
        Centralizētajā eksāmenā fizikā skolēnu vidējais rezultāts ir 52%.
        Valsts pārbaudes darbā 9. klasē ķīmijā vidējais rezultāts ir 47%.
        """)
    assert got == {("grade9", "physics", "2021/2022", "result"): (44, None, None),
                   ("optimal", "physics", "2021/2022", "result"): (52, None, None),
                   ("grade9", "chemistry", "2021/2022", "result"): (47, None, None)}
    # after the single-level years a centralised exam with no level is named, not taken as grade9
    got, issues = prose_rows("""
        Valsts pārbaudes darbos 9. klasē fizikā skolēnu vidējais rezultāts ir 44%.
        Centralizētajā eksāmenā fizikā skolēnu vidējais rezultāts ir 52%.
        """, "2023/2024")
    assert got == {("grade9", "physics", "2023/2024", "result"): (44, None, None)}
    assert [i["code"] for i in issues] == ["ambiguous_value"] and "52%" in issues[0]["message"]


def test_the_general_course_level_is_the_optimal_level():
    got, _ = prose_rows("""
        Valsts pārbaudes darbos 9. klasē latviešu valodā vidējais rezultāts ir 61%.
        Centralizētajā eksāmenā vispārējā kursa līmenī latviešu valodā vidējais rezultāts ir 57,5%.
        """, "2023/2024")
    assert got == {("grade9", "latvian", "2023/2024", "result"): (61, None, None),
                   ("optimal", "latvian", "2023/2024", "result"): (57.5, None, None)}


def test_words_of_a_course_are_no_exam_level():
    got, _ = prose_rows("""
        Centralizētajos eksāmenos optimālajā līmenī 2022./2023. mācību gadā padziļināto kursu skolotāji
        sagatavoja skolēnus, un vidējais rezultāts ķīmijā bija 49 %.
        """, "2022/2023")
    assert got == {("optimal", "chemistry", "2022/2023", "result"): (49, None, None)}


def test_a_result_repeated_in_another_section_is_one_row_and_a_different_one_is_named():
    got, issues = prose_rows("""
        Centralizētā eksāmena ķīmijā skolas vidējais rezultāts (52%) ir augstāks par valsts vidējo (48%).
        Centralizētā eksāmena fizikā skolas vidējais rezultāts (44%) ir zemāks par valsts vidējo.
        Centralizēto eksāmenu rezultāti 2021./2022. mācību gadā:
        Ķīmija – 52% (valstī 48%), nenokārtoja 1,5% skolēnu.
        Fizika – 46%.
        """)
    assert got == {("optimal", "chemistry", "2021/2022", "result"): (52, 48, 1.5)}
    assert [i["code"] for i in issues] == ["ambiguous_value"] and "Fizika" in issues[0]["message"]


def test_a_results_table_in_text_is_read_by_its_header_years():
    got, _ = prose_rows("""
        Valsts pārbaudes darbi 9. klasē (vidējais rezultāts) un mērķis nākamajam gadam:
        Priekšmets 2020./2021. m.g. 2021./2022. m.g. Mērķis
        2022./2023. m.g.
        Ķīmija nenotika* 48,5% 50%
        Fizika (izvēles) – 41% –
        * 2020./2021. mācību gadā eksāmeni nenotika Covid-19 dēļ.
        """)
    assert got == {("grade9", "chemistry", "2021/2022", "result"): (48.5, None, None),
                   ("grade9", "chemistry", "2022/2023", "target"): (50, None, None),
                   ("grade9", "physics", "2021/2022", "result"): (41, None, None)}


def test_a_results_table_in_a_grid_is_read_by_its_header_years():
    from grid import grid
    from grid import prose as prose_lines

    from loaders.issues import Issues

    table = prose_lines("Valsts pārbaudes darbi 9. klasē:") + grid([
        ["Priekšmets", "2021./2022. m.g.", "Plānotais 2022./2023. m.g."],
        ["Ķīmija", "48,5%", "50%"],
        ["Fizika", "–", "45%"],
        ["Vidēji", "45%", "47%"],
    ])
    issues = Issues()
    rows = extract_prose_exams([table], "2021/2022", load_subjects(), issues)
    assert {(r["subject"], r["school_year"], r["measure"]): r["school_pct"] for r in rows} == {
        ("chemistry", "2021/2022", "result"): 48.5, ("chemistry", "2022/2023", "target"): 50,
        ("physics", "2022/2023", "target"): 45}
    assert issues.rows == []


def test_next_years_priorities_are_no_exam_prose():
    from loaders.extract.report import _NOT_EXAM_PROSE

    assert "next_priorities" in _NOT_EXAM_PROSE and "priorities" in _NOT_EXAM_PROSE


def test_a_pass_mark_a_change_in_points_and_a_figure_inside_a_word_are_no_figures_of_an_entry():
    got = [(e["subject"], e["school_pct"], e["national_pct"], e["failed_pct"]) for e in parse_exam_cell(
        "Ķīmija – 5 % slieksni nesasniedza neviens, rezultāts 61 %, pieaugums par 2,5 procentpunktiem. "
        "Fizika (pēc Covid-19 pārtraukuma) – 48 %.", load_subjects())]
    assert got == [("chemistry", 61, None, None), ("physics", 48, None, None)]


def test_a_grid_table_with_years_merged_over_school_national_and_failed_columns():
    # a two-level header: each year is merged over its columns, whose own labels say which figure they
    # hold; a row-number column before the subject and a notes column with figures in words are not read
    from grid import grid
    from grid import prose as prose_lines

    from loaders.issues import Issues

    table = prose_lines("Valsts pārbaudes darbu rezultāti 9. klasē:") + grid([
        ["Nr.", "Priekšmets", "2021./2022. m.g.", None, "2022./2023. m.g.", None, None, "Piezīmes"],
        [None, None, "skolā, %", "valstī, %", "skolā, %", "valstī, %", "nenokārtoja, %", None],
        ["1.", "Ķīmija", "48,5", "50,0", "52,1", "51,3", "–", "kārtoja 7 skolēni"],
        ["2.", "Fizika", "–", "–", "44,7", "46,2", "6,3", "1 skolēns atbrīvots"],
        ["", "Vidēji", "48,5", "50,0", "48,4", "48,8", "", ""],
    ])
    issues = Issues()
    rows = extract_prose_exams([table], "2022/2023", load_subjects(), issues)
    assert {(r["exam_level"], r["subject"], r["school_year"]): (r["school_pct"], r["national_pct"], r["failed_pct"])
            for r in rows} == {("grade9", "chemistry", "2021/2022"): (48.5, 50, None),
                               ("grade9", "chemistry", "2022/2023"): (52.1, 51.3, None),
                               ("grade9", "physics", "2022/2023"): (44.7, 46.2, 6.3)}
    assert issues.rows == []


def test_a_grid_table_with_a_head_count_column_under_a_year_is_named_not_guessed():
    from grid import grid
    from grid import prose as prose_lines

    from loaders.issues import Issues

    table = prose_lines("Valsts pārbaudes darbu rezultāti 9. klasē:") + grid([
        ["Priekšmets", "2022./2023. m.g.", None],
        [None, "kārtoja skolēni", "vidēji, %"],
        ["Ķīmija", "12", "52,1"],
    ])
    issues = Issues()
    assert extract_prose_exams([table], "2022/2023", load_subjects(), issues) == []
    assert [i["code"] for i in issues.rows] == ["exam_table_unread"] and "holds no result" in issues.rows[0]["message"]


def test_a_list_opening_names_the_level_of_its_lines_and_a_line_may_name_its_own():
    got, issues = prose_rows("""
        2023./2024. mācību gadā centralizētos eksāmenus kārtoja 40 audzēkņi. Vidējie rezultāti optimālajā līmenī:
        Ķīmija – 41,5% (valstī 45%), nenokārtoja 2,5% audzēkņu.
        Fizika – 38,2% (valstī 40%).
        Bioloģija augstākajā līmenī (kārtoja 4 audzēkņi) – 52,4% (valstī 55%).
        Salīdzinot ar iepriekšējo gadu, rezultāts ķīmijā ir uzlabojies (2022./2023. m.g. – 39,9%).
        """, year="2023/2024")
    assert got == {("optimal", "chemistry", "2023/2024", "result"): (41.5, 45, 2.5),
                   ("optimal", "physics", "2023/2024", "result"): (38.2, 40, None),
                   ("advanced", "biology", "2023/2024", "result"): (52.4, 55, None),
                   ("optimal", "chemistry", "2022/2023", "result"): (39.9, None, None)}
    assert issues == []


def test_a_level_named_in_passing_without_a_list_opening_sets_no_level():
    got, issues = prose_rows("""
        2023./2024. mācību gadā centralizētos eksāmenus kārtoja 40 audzēkņi. Daži izvēlējās augstāko līmeni.
        Ķīmija – 41,5% (valstī 45%).
        """, year="2023/2024")
    assert got == {} and [i["code"] for i in issues] == ["ambiguous_value"] and "Ķīmija" in issues[0]["message"]


def test_a_results_table_in_text_with_figure_labels_under_each_year_row_numbers_and_notes():
    # each school label opens the next year's figures; the notes cell (and its wrapped line) is not read;
    # a numbered row whose cells are not one per column is named, not guessed
    from loaders.issues import Issues

    issues = Issues()
    rows = extract_prose_exams([lines("""
        Valsts pārbaudes darbu rezultāti 9. klasē (procentos):
        Nr.
        p.k.
        Priekšmets 2021./2022. m.g. 2022./2023. m.g. Piezīmes
        skolā, % valstī, % skolā, % valstī, % nenokārtoja,
        %
        1. Ķīmija 48,5 50,0 52,1 51,3 – –
        2. Fizika – – 44,7 46,2 6,3 1 skolēns atbrīvots
        no eksāmena
        3. Bioloģija 61,0 60,2 kārtoja 3 skolēni
        4. Vēsture 55,5 54,0 57,5 58,1 – –
        Salīdzinot ar iepriekšējo gadu, ķīmijā rezultāts uzlabojās par 3,6 procentpunktiem.
        """)], "2022/2023", load_subjects(), issues)
    assert {(r["exam_level"], r["subject"], r["school_year"]): (r["school_pct"], r["national_pct"], r["failed_pct"])
            for r in rows} == {("grade9", "chemistry", "2021/2022"): (48.5, 50, None),
                               ("grade9", "chemistry", "2022/2023"): (52.1, 51.3, None),
                               ("grade9", "physics", "2022/2023"): (44.7, 46.2, 6.3),
                               ("grade9", "history", "2021/2022"): (55.5, 54, None),
                               ("grade9", "history", "2022/2023"): (57.5, 58.1, None)}
    assert [i["code"] for i in issues.rows] == ["exam_table_unread"] and "Bioloģija" in issues.rows[0]["message"]


def test_a_table_with_a_level_column_and_no_year_in_its_header_takes_the_prose_year():
    got = prose("""
        Centralizēto eksāmenu rezultāti 2022./2023. mācību gadā 12. klasē (kārtoja 40
        izglītojamie)
        Nr. Mācību priekšmets Līmenis Skolā, % Valstī, %
        1. Matemātika optimālais 41,5 38
        2. Ķīmija augstākais 60,0 –
        """, year="2023/2024")
    assert got == {("optimal", "mathematics", "2022/2023"): (41.5, 38, None),
                   ("advanced", "chemistry", "2022/2023"): (60.0, None, None)}


def test_a_grid_with_a_level_column_and_no_year_reads_each_rows_level():
    from dataclasses import replace

    from loaders.issues import Issues

    text = lines("""
        Centralizēto eksāmenu rezultāti 12. klasē:
        Nr.
        Priekšmets
        Līmenis
        Skolā, %
        Valstī, %
        1.
        Fizika
        augstākais
        52,5
        49
        2.
        Bioloģija
        vidējais
        50
        48
        """)
    grid = text[:1] + [replace(line, table=1, row=1 + i // 5, col=1 + i % 5) for i, line in enumerate(text[1:])]
    issues = Issues()
    rows = extract_prose_exams([grid[:11]], "2022/2023", load_subjects(), issues)
    assert [(r["exam_level"], r["subject"], r["school_year"], r["school_pct"], r["national_pct"]) for r in rows] == [
        ("advanced", "physics", "2022/2023", 52.5, 49)]
    # a level cell that names no level the reader knows: the table is named, not guessed
    assert extract_prose_exams([grid], "2022/2023", load_subjects(), issues) == []
    assert issues.rows[-1]["code"] == "exam_table_unread"


def test_an_abbreviated_subject_keeps_its_dot_and_nenok_is_the_failed_share():
    got = parse_exam_cell("Matem. 38,7% (valsts vid. 43,2%), nenok. 6,5%\nLV val. 54,1% (valsts vid. 59,1%)",
                          load_subjects())
    assert [(e["subject"], e["subject_raw"], e["school_pct"], e["national_pct"], e["failed_pct"]) for e in got] == [
        ("mathematics", "Matem.", 38.7, 43.2, 6.5), ("latvian", "LV val.", 54.1, 59.1, None)]


def test_a_full_subject_name_before_a_full_stop_does_not_take_the_dot():
    mentions = load_subjects().find_mentions("Labākais rezultāts ir matemātikā. Angļu valoda.", any_case=True)
    assert [raw for *_, raw in mentions] == ["matemātikā", "Angļu valoda"]


def test_a_last_clause_turning_to_diagnostic_tests_after_every_figure_leaves_the_results_before_it():
    got = prose("""
        Centralizētajos eksāmenos vidējie rezultāti ir augstāki par valsts vidējiem. Zemākais rezultāts ir
        bioloģijā optimālajā līmenī – 41,2 %; salīdzinājumā ar 2020./2021. mācību gadu, kad CE bioloģijā
        vidējais rezultāts bija 47,5 %, tas ir samazinājies, tāpēc plānoti diagnosticējošie darbi 11. klasē.
        Diagnosticējošajā darbā bioloģijā 10. klasē vidējais rezultāts bija 52 %.
        """)
    assert got == {("optimal", "biology", "2022/2023"): (41.2, None, None),
                   ("optimal", "biology", "2020/2021"): (47.5, None, None)}


def test_a_clause_about_diagnostic_tests_holding_a_figure_still_ends_the_context():
    got = prose("""
        Centralizētajos eksāmenos optimālajā līmenī bioloģijā 41,2 %, bet diagnosticējošajā darbā 52 %.
        """)
    assert got == {}


def test_a_sub_heading_whose_title_opens_with_an_ordinal_starts_a_sentence_of_its_own():
    got, issues = prose_rows("""
        7.1. Centralizētie eksāmeni
        2021./2022. mācību gadā 12. klases skolēnu rezultāti:
        Bioloģija – 60,5% (valstī 62%).
        7.2. 9. klases valsts pārbaudes darbi. Skolas vidējie rezultāti: latviešu valoda – 61,4%,
        matemātika – 47,2%.
        """)
    assert got == {("optimal", "biology", "2021/2022", "result"): (60.5, 62, None),
                   ("grade9", "latvian", "2021/2022", "result"): (61.4, None, None),
                   ("grade9", "mathematics", "2021/2022", "result"): (47.2, None, None)}
    assert issues == []


def test_words_in_brackets_after_the_subject_name_are_the_names_not_a_clause_before_the_figure():
    rows = extract_prose_exams([lines("""
        Centralizēto eksāmenu vidējie rezultāti:
        Krievu valoda (svešvaloda) – 58% (valstī 66,2%).
        Vācu valoda (B1 līmenis) – 41%.
        """)], "2021/2022", load_subjects())
    assert [(r["subject"], r["subject_raw"], r["school_pct"], r["national_pct"]) for r in rows] == [
        ("russian", "Krievu valoda (svešvaloda)", 58, 66.2)]   # a bracket with a figure is no part of a name


def test_a_grid_table_whose_result_cells_hold_the_national_and_failed_figures_in_words():
    # `52,1% (valstī 51,3%), nenokārtoja 6,3%` in one cell of a year's column: the school, national and
    # failed figures; a target column's cell stays one figure
    from grid import grid
    from grid import prose as prose_lines

    from loaders.issues import Issues

    table = prose_lines("Valsts pārbaudes darbu rezultāti 9. klasē:") + grid([
        ["Priekšmets", "2021./2022. m.g.", "2022./2023. m.g.", "Mērķis 2023./2024. m.g."],
        ["Ķīmija", "48,5% (valstī 50%)", "52,1% (valstī 51,3%), nenokārtoja 6,3%", "55%"],
        ["Fizika", "–", "44,7%", "46%"],
    ])
    issues = Issues()
    rows = extract_prose_exams([table], "2022/2023", load_subjects(), issues)
    assert {(r["subject"], r["school_year"], r["measure"]): (r["school_pct"], r["national_pct"], r["failed_pct"])
            for r in rows} == {("chemistry", "2021/2022", "result"): (48.5, 50, None),
                               ("chemistry", "2022/2023", "result"): (52.1, 51.3, 6.3),
                               ("chemistry", "2023/2024", "target"): (55, None, None),
                               ("physics", "2022/2023", "result"): (44.7, None, None),
                               ("physics", "2023/2024", "target"): (46, None, None)}
    assert issues.rows == []


def test_a_grid_result_cell_with_other_words_beside_its_figures_is_named_not_read():
    from grid import grid
    from grid import prose as prose_lines

    from loaders.issues import Issues

    table = prose_lines("Valsts pārbaudes darbu rezultāti 9. klasē:") + grid([
        ["Priekšmets", "2022./2023. m.g."],
        ["Ķīmija", "52,1% (kārtoja 12 skolēni)"],
    ])
    issues = Issues()
    assert extract_prose_exams([table], "2022/2023", load_subjects(), issues) == []
    assert [i["code"] for i in issues.rows] == ["exam_table_unread"]
