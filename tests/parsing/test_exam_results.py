"""State exam results: entries in a cell or sentence, and results written in prose."""
from __future__ import annotations

from loaders.extract.exam_results import parse_exam_cell
from loaders.extract.prose_exams import extract_prose_exams
from loaders.subjects import load_subjects
from tika import lines


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
