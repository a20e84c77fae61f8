"""Each stated count under 1.2.x is a row; its category is the item's, or emigration for going abroad."""
from __future__ import annotations

import pytest
from grid import grid, prose
from tika import lines

from loaders.extract.leaving_reasons import extract_leaving_reasons
from loaders.issues import Issues


def run(text: str):
    return extract_leaving_reasons(lines(text), Issues())


def test_counts_and_categories():
    rows = run("""
        1.2.1. dzīvesvietas maiņa (cik daudzi izglītojamie izglītības iestādē 2023./2024.mācību gada laikā): 4
        izglītojamie, devās uz ārzemēm – 2 izglītojamie;
        1.2.2. izglītības iestādes maiņa (cik daudzi izglītojamie, galvenie iestādes maiņas iemesli): 5 skolēni
        pārgāja uz citu skolu;
        1.2.3. cits iemesls (cik daudzi izglītojamie izglītības iestādē, iestādes maiņas iemesls):
        sasniegta pilngadība (1 izglītojamais); veselības problēmas (3 izglītojamie).
        """)
    assert [(r["item_no"], r["category"], r["learners"]) for r in rows] == [
        ("1.2.1", "relocation", 4), ("1.2.1", "emigration", 2), ("1.2.2", "school_change", 5),
        ("1.2.3", "other", 1), ("1.2.3", "other", 3)]
    assert rows[3]["reason_text"] == "sasniegta pilngadība"


def test_the_years_in_the_template_prompt_are_not_counts():
    rows = run("""
        1.2.1. dzīvesvietas maiņa (cik daudzi izglītojamie izglītības iestādē 2024./2025.mācību gada laikā): nav
        """)
    assert rows == []


def test_a_bare_count_after_the_label():
    rows = run("1.2.2. izglītības iestādes maiņa: 6")
    assert [(r["category"], r["learners"]) for r in rows] == [("school_change", 6)]


def test_a_total_before_the_items_is_not_a_row():
    rows = run("""
        Mācības pārtraukuši 12 izglītojamie.
        1.2.1. dzīvesvietas maiņa: 2 izglītojamie
        """)
    assert [r["learners"] for r in rows] == [2]


def test_a_count_with_a_breakdown_after_a_dash():
    rows = run("""
        1.2.1. dzīvesvietas maiņa – 2 (1. klase – 1, 5. klase – 1);
        1.2.2. izglītības iestādes maiņa – 4 izglītojamie pārgāja uz citu skolu;
        """)
    assert [(r["item_no"], r["category"], r["learners"]) for r in rows] == [
        ("1.2.1", "relocation", 2), ("1.2.2", "school_change", 4)]


def test_only_going_abroad_overrides_the_items_category():
    rows = run("""
        1.2.2. vēlme mainīt izglītības iestādi – 2 izglītojamie, vecāku izvēle (tuvāk dzīvesvietai);
        1.2.1. dzīvesvietas maiņa – 3 izglītojamie, 1 izglītojamais devās uz ārvalstīm;
        """)
    assert [(r["item_no"], r["category"], r["learners"]) for r in rows] == [
        ("1.2.2", "school_change", 2), ("1.2.1", "relocation", 3), ("1.2.1", "emigration", 1)]


def test_one_item_with_two_reasons_gives_each_count_its_own_clause_and_category():
    rows = run("""
        1.2.1. dzīvesvietas maiņa – 4 izglītojamie (ģimenes pārcēlās uz Jelgavu), uz ārvalstīm izbrauca 1 izglītojamais;
        """)
    assert [(r["category"], r["learners"]) for r in rows] == [("relocation", 4), ("emigration", 1)]
    assert rows[0]["reason_text"] == "ģimenes pārcēlās uz Jelgavu"


def test_going_abroad_named_by_the_country():
    rows = run("""
        1.2.1. dzīvesvietas maiņa:
        • ģimenes pārcēlās uz Rīgu (4), viena ģimene izbrauca uz Norvēģiju (1);
        """)
    assert [(r["category"], r["learners"]) for r in rows] == [("relocation", 4), ("emigration", 1)]


@pytest.mark.parametrize("answer, learners", [
    ("divi izglītojamie (ģimenes pārcēlās)", [2]),
    ("trīs (3) izglītojamie – viens 7. klases un divi 10. klases izglītojamie", [3]),
    ("pārgāja uz privāto iestādi (5); pārgāja tuvāk darbam (divi bērni)", [5, 2]),
    ("mācību slodze (5 audzēkņi), veselības stāvoklis (2\naudzēkņi)", [5, 2]),
    ("viens izglītojamais, sasniedzot 18 gadu vecumu, beidza mācības", [1]),
    ("6 gadus vecs bērns uzsāka mācības 1. klasē (1)", [1]),
])
def test_counts_in_words_in_brackets_and_bare_but_not_ages_or_classes(answer, learners):
    rows = run("1.2.3. cits iemesls: " + answer)
    assert [r["learners"] for r in rows] == learners


@pytest.mark.parametrize("answer, learners", [
    ("deviņi izglītojamie: seši pārgāja uz citu iestādi, lai apgūtu profesiju, trīs – uz vidusskolu;", [6, 3]),
    ("30 izglītojamie: nesekmība (17), darba gaitas (8), veselība (3), ģimenes apstākļi (2).", [17, 8, 3, 2]),
])
def test_a_total_before_its_breakdown_is_not_a_row(answer, learners):
    rows = run("1.2.2. izglītības iestādes maiņa – " + answer)
    assert [r["learners"] for r in rows] == learners


def test_a_breakdown_that_does_not_add_up_to_its_total_is_read_and_the_total_reported():
    issues = Issues()
    rows = extract_leaving_reasons(lines("1.2.3. cits iemesls – 10 izglītojamie: nesekmība (4), veselība (3)."), issues)
    assert [r["learners"] for r in rows] == [4, 3]
    assert [i["code"] for i in issues.rows] == ["ambiguous_value"]
    assert "10" in issues.rows[0]["message"]


def test_a_page_number_between_bullets_and_the_conclusions_after_the_items_are_not_counts():
    rows = run("""
        1.2.3. cits iemesls:
        • vecāki izvēlējās aukli (2);
        2
        • veselības stāvokļa dēļ (1).
        Secinājumi: 5 izglītojamie mainīja iestādi, jo pārcēlās; jāstiprina sadarbība.
        """)
    assert [r["learners"] for r in rows] == [2, 1]


def test_sentences_outside_the_items_give_no_rows():
    rows = run("""
        2024./2025.m.g. laika posmā mācības ir pārtraucis 331 audzēknis, bet 599 audzēkņi ir uzsākuši.
        Iesniegumos minētie iemesli: laika trūkums, veselības problēmas, dzīvesvietas maiņa.
        """)
    assert rows == []


def test_items_without_numbers_are_read_by_the_template_labels():
    rows = run("""
        • dzīvesvietas maiņa – 3 izglītojamie;
        • izglītības iestādes maiņa – 2 izglītojamie;
        """)
    assert [(r["item_no"], r["category"], r["learners"]) for r in rows] == [
        ("1.2.1", "relocation", 3), ("1.2.2", "school_change", 2)]


def test_a_small_table_under_an_item_in_a_grid():
    rows = extract_leaving_reasons(prose("1.2.3. cits iemesls:") + grid([
        ["Iemesls", "Izglītojamo skaits"], ["Nesekmība", "5"], ["Veselības stāvoklis", "2"], ["Kopā", "7"]]), Issues())
    assert [(r["item_no"], r["reason_text"], r["learners"]) for r in rows] == [
        ("1.2.3", "Nesekmība", 5), ("1.2.3", "Veselības stāvoklis", 2)]


def test_a_small_table_under_an_item_in_tika_text():
    rows = run("""
        1.2.3. cits iemesls – 7 izglītojamie:
        Iemesls
        Skaits
        Nesekmība
        5
        Veselības stāvoklis
        2
        """)
    assert [(r["reason_text"], r["learners"]) for r in rows] == [("Nesekmība", 5), ("Veselības stāvoklis", 2)]


def test_numbers_that_are_no_count_are_reported_by_value():
    issues = Issues()
    assert extract_leaving_reasons(lines("1.2.3. cits iemesls – skaits 2024. gadā bija 7 pret 5"), issues) == []
    assert [i["code"] for i in issues.rows] == ["leaving_count_unrecognised"]
    assert "7" in issues.rows[0]["message"]


def test_a_count_that_is_part_of_the_one_before_it_is_reported_not_added():
    issues = Issues()
    rows = extract_leaving_reasons(lines("1.2.1. dzīvesvietas maiņa – 3 izglītojamie, t.sk. 1 izglītojamais uz Īriju"), issues)
    assert [(r["category"], r["learners"]) for r in rows] == [("relocation", 3)]
    assert [i["code"] for i in issues.rows] == ["ambiguous_value"]


def test_a_clause_ending_in_its_count_but_not_a_class_or_a_year():
    rows = run("""
        1.2.2. izglītības iestādes maiņa: pārgāja uz citu skolu – 3, uz tehnikumu – 2;
        1.2.3. cits iemesls – 7 izglītojamie: 1. klase – 4, 5. klase – 3 (2023./2024. m.g. – 5), līgums (2023)
        """)
    assert [(r["item_no"], r["learners"]) for r in rows] == [("1.2.2", 3), ("1.2.2", 2), ("1.2.3", 7)]


def test_a_section_without_items_whose_numbers_cannot_be_placed_is_reported():
    issues = Issues()
    assert extract_leaving_reasons(lines("Mācības pārtrauca 12 audzēkņi, no tiem pārcēlās uz Rīgu 3."), issues) == []
    assert [i["code"] for i in issues.rows] == ["leaving_count_unrecognised"]
    assert "12, 3" in issues.rows[0]["message"]


@pytest.mark.parametrize("answer, learners", [
    ("divi audzēkņi pārtrauca mācības, un vienam izglītojamajam mācības tika pārtrauktas", [2, 1]),
    ("trim skolēniem mainījās dzīvesvieta, diviem bērniem – veselība", [3, 2]),
    ("divu ģimeņu bērni pārcēlās", []),
])
def test_counts_in_words_in_the_dative_and_accusative_but_not_the_genitive(answer, learners):
    rows = run("1.2.3. cits iemesls – " + answer)
    assert [r["learners"] for r in rows] == learners


def test_a_class_or_course_between_the_count_and_the_learners():
    rows = run("1.2.2. izglītības iestādes maiņa – četri 9. klases skolēni un divi 2. kursa audzēkņi pārgāja citur")
    assert [r["learners"] for r in rows] == [4, 2]


def test_a_count_in_words_repeated_in_digits_is_one_count():
    rows = run("1.2.1. dzīvesvietas maiņa – pieci izglītojamie (5), uz ārvalstīm izbrauca 1 izglītojamais;")
    assert [(r["category"], r["learners"]) for r in rows] == [("relocation", 5), ("emigration", 1)]


def test_a_total_with_a_lead_in_to_the_table_that_breaks_it_down_is_not_a_row():
    rows = extract_leaving_reasons(prose("1.2.3. cits iemesls – 9 audzēkņi; sadalījums pa iemesliem:") + grid([
        ["Iemesls", "Skaits"], ["Nesekmība", "6"], ["Veselība", "3"], ["Kopā", "9"]]), Issues())
    assert [r["learners"] for r in rows] == [6, 3]


def test_the_reason_text_without_the_sentences_full_stop_or_its_brackets():
    rows = run("1.2.3. cits iemesls – 1 izglītojamais (veselības dēļ).")
    assert [(r["reason_text"], r["learners"]) for r in rows] == [("veselības dēļ", 1)]


def test_an_unnumbered_reason_table_whose_grid_was_lost_is_read_by_its_reason_cells():
    # no items 1.2.x: a total sentence, then `Iemesls | Skaits` one cell per line, wrapped reason cells
    rows = run("""
        Mācību gadā iestādi atstāja 9 izglītojamie. Iemesli:
        Iemesls Skaits
        Dzīvesvietas maiņa (ģimene pārcēlās) 3
        Pārcēlušies uz ārzemēm 1
        Izglītības iestādes maiņa (tuvāk
        dzīvesvietai)
        2
        Veselības stāvoklis 3
        Nesekmība –
        Kopā 9
        """)
    assert [(r["item_no"], r["category"], r["learners"]) for r in rows] == [
        ("1.2.1", "relocation", 3), ("1.2.1", "emigration", 1), ("1.2.2", "school_change", 2),
        ("1.2.3", "other", 3)]
def test_items_of_a_section_the_report_numbered_1_3_take_the_template_items_categories():
    rows = run("""
        Šajā gadā pārtrauca 30 audzēkņi, bet uzsāka 12 audzēkņi.
        1.3.1. Dzīvesvietas maiņas dēļ pulciņu pārtrauca 4 audzēkņi, bet 2 audzēkņi pārtrauca, jo ģimene
        izbrauca uz ārzemēm.
        1.3.2. Citu interešu izglītības iestādi izvēlējās un pārtrauca 9 audzēkņi.
        1.3.3. Citi iemesli: laika trūkuma dēļ pārtrauca 15 audzēkņi.
        """)
    assert [(r["item_no"], r["category"], r["learners"]) for r in rows] == [
        ("1.3.1", "relocation", 4), ("1.3.1", "emigration", 2), ("1.3.2", "school_change", 9), ("1.3.3", "other", 15)]


def test_a_subtotal_opened_by_kopa_before_a_colon_does_not_take_the_first_item_after_it():
    # `kopā 23 …:` is the total; the first item after its colon is an item, not part of the total's clause
    rows = run("""
        1.2.3. cits iemesls – kopā 12 izglītojamie: nesekmība (6 izglītojamie), darba gaitu uzsākšana (4),
        veselības stāvoklis (2).
        """)
    assert [(r["category"], r["learners"]) for r in rows] == [("other", 6), ("other", 4), ("other", 2)]
    assert rows[0]["reason_text"] == "nesekmība"


def test_a_reason_table_whose_number_column_holds_the_items_reads_a_row_without_a_number_under_the_item_above():
    # `Nr. | Iemesls | Skaits`, its grid lost; the number cell of 1.2.1 and 1.2.3 merged over two rows prints
    # once; the total sentence, the `Kopā` row and the conclusions after the table are no rows
    rows = run("""
        Mācību gadā iestādi atstāja 20 izglītojamie. Iemesli apkopoti tabulā:
        Nr. Iemesls Skaits
        1.2.1. Dzīvesvietas maiņa (uz citu novadu) 6
        Ģimene izbraukusi uz ārvalstīm 2
        1.2.2. Izglītības iestādes maiņa (tuvāk vecāku
        darbavietai)
        5
        1.2.3. Programma apgūta, bērni uzsāks mācības 1.
        klasē
        4
        Vecāku lēmums (aukle) 3
        Kopā 20
        Secinājumi: iestādē uzņemti 19 jauni izglītojamie, no tiem 4 – speciālajās grupās 2024
        """)
    assert [(r["item_no"], r["category"], r["learners"]) for r in rows] == [
        ("1.2.1", "relocation", 6), ("1.2.1", "emigration", 2), ("1.2.2", "school_change", 5),
        ("1.2.3", "other", 4), ("1.2.3", "other", 3)]
    assert rows[3]["reason_text"] == "Programma apgūta, bērni uzsāks mācības 1. klasē"


def test_unnumbered_prose_counts_are_rows_where_their_words_name_a_category():
    # one paragraph, no items: the total and the admitted are no rows; a clause opening with a bare number
    # after a counted one left its noun out; a subtotal before a dash sums up the bracketed counts after it
    issues = Issues()
    rows = extract_leaving_reasons(lines("""
        Mācību gadā skolu pameta 12 izglītojamie, bet uzņemti tika 5 izglītojamie. No tiem, kas aizgāja,
        divi izglītojamie mainīja dzīvesvietu, viens ar ģimeni izbrauca uz ārvalstīm, 3 turpina mācības citā
        vispārizglītojošā skolā, savukārt 6 izglītojamie mācības pārtrauca citu iemeslu dēļ – slimība (4) un
        sports (2).
        Secinājumi: 12 ir mazāk nekā pērn.
        """), issues)
    assert [(r["item_no"], r["category"], r["learners"]) for r in rows] == [
        ("1.2.1", "relocation", 2), ("1.2.1", "emigration", 1), ("1.2.2", "school_change", 3),
        ("1.2.3", "other", 4), ("1.2.3", "other", 2)]
    assert [r["reason_text"] for r in rows[3:]] == ["slimība", "sports"]
    assert [i["code"] for i in issues.rows] == ["leaving_count_unrecognised"] and "numbers (5)" in issues.rows[0]["message"]


def test_unnumbered_prose_with_only_a_total_gives_no_row_and_names_the_count():
    issues = Issues()
    rows = extract_leaving_reasons(lines("Mācību gadā skolu pameta 7 izglītojamie, iemesli netiek uzskaitīti."), issues)
    assert rows == [] and "numbers (7)" in issues.rows[0]["message"]


def test_unnumbered_prose_subtotal_whose_bracketed_counts_do_not_add_up_stays_unread():
    # 6 before a dash but (4) + (1) is 5: not a breakdown, so neither the 6 nor the bracketed counts
    # without words of a category are rows
    issues = Issues()
    rows = extract_leaving_reasons(lines(
        "Savukārt 6 izglītojamie mācības pārtrauca citu iemeslu dēļ – slimība (4) un sports (1)."), issues)
    assert [(r["category"], r["learners"]) for r in rows] == [("other", 6)]


def test_a_total_named_before_its_colon_is_no_row():
    rows = run("""
        1.2.3. cits iemesls: kopā: 3 izglītojamie, slimība (2), sports (1).
        """)
    assert [(r["category"], r["learners"]) for r in rows] == [("other", 2), ("other", 1)]


def test_unnumbered_prose_words_of_a_count_stop_at_the_next_number():
    # `5 … pārgāja uz citu skolu un 2 izbrauca uz ārzemēm`: the 5 changed school; the 2 is not read as a
    # count (no noun, mid-clause) and is named in an issue, not given to the 5
    issues = Issues()
    rows = extract_leaving_reasons(lines("Mācību gadā 5 izglītojamie pārgāja uz citu skolu un 2 izbrauca uz ārzemēm."),
                                   issues)
    assert [(r["category"], r["learners"]) for r in rows] == [("school_change", 5)]
    assert "numbers (2)" in issues.rows[0]["message"]


def test_a_count_in_digits_then_in_words_in_brackets_is_one_count_and_its_reason_follows():
    rows = run("1.2.2. izglītības iestādes maiņa – 9 (deviņi) izglītojamie, kuri izvēlējās citu profesiju;")
    assert [(r["learners"], r["reason_text"]) for r in rows] == [(9, "kuri izvēlējās citu profesiju")]


def test_a_grid_count_cell_with_the_count_also_in_words_in_brackets():
    issues = Issues()
    rows = extract_leaving_reasons(prose("1.2.3. cits iemesls:") + grid([
        ["Iemesls", "Izglītojamo skaits"], ["Nesekmība", "2 (divi)"], ["Slimība", "trīs (3)"],
        ["Cits", "1 (četri)"], ["Kopā", "6"]]), issues)
    assert [(r["reason_text"], r["learners"]) for r in rows] == [("Nesekmība", 2), ("Slimība", 3)]
    assert [i["code"] for i in issues.rows] == ["ambiguous_value"] and "'Cits'" in issues.rows[0]["message"]


def test_a_number_opening_a_clause_after_vel_is_a_count_whose_noun_was_left_out():
    rows = run("""
        1.2.3. Cits iemesls – veselības dēļ (četri audzēkņi), vēl divi zaudēja interesi, un 3 (trīs) audzēkņi
        tika atskaitīti.
        1.2.1. Dzīvesvietas maiņa – pārcēlās uz Rīgu (2), viena ģimene izbrauca uz Vāciju (1).
        """)
    assert [(r["item_no"], r["category"], r["learners"]) for r in rows] == [
        ("1.2.3", "other", 4), ("1.2.3", "other", 2), ("1.2.3", "other", 3),
        ("1.2.1", "relocation", 2), ("1.2.1", "emigration", 1)]


def test_a_bracket_naming_the_reason_after_a_count_is_the_answers_aside_not_the_templates_prompt():
    rows = run("""
        1.2.2. izglītības iestādes maiņa – 5 (pieci) audzēkņi turpina mācības citā tehnikumā (galvenais iemesls –
        tuvāk mājām), vēl 3 (trīs) audzēkņi pārgāja uz vidusskolu;
        """)
    assert [(r["category"], r["learners"]) for r in rows] == [("school_change", 5), ("school_change", 3)]
    assert rows[0]["reason_text"].startswith("turpina mācības citā tehnikumā")


def test_a_count_in_digits_in_brackets_then_in_words_is_one_count():
    rows = run("""
        1.2.2. Izglītības iestādes maiņa – (2) divi 8. klases skolēni pārgāja uz Rīgas skolu, (1) viens
        skolēns turpina mācības tehnikumā.
        """)
    assert [(r["item_no"], r["category"], r["learners"]) for r in rows] == [
        ("1.2.2", "school_change", 2), ("1.2.2", "school_change", 1)]


def test_going_abroad_under_the_other_reasons_item_is_emigration():
    rows = run("""
        1.2.3. Cits iemesls. Viens izglītojamais kopā ar ģimeni izbrauca uz ārvalstīm (Zviedrija), un divi
        izglītojamie veselības dēļ pārtrauca mācības.
        """)
    assert [(r["item_no"], r["category"], r["learners"]) for r in rows] == [
        ("1.2.3", "emigration", 1), ("1.2.3", "other", 2)]


def test_a_code_with_a_glued_hyphen_in_a_notes_cell_is_no_count():
    rows = run("""
        1.2.1. Pārcelšanās uz citu pilsētu 4 Klases KLA-2, DEF-7
        1.2.2. izglītības iestādes maiņa – 3
        """)
    assert [(r["item_no"], r["learners"]) for r in rows] == [("1.2.2", 3)]


def test_a_reason_table_with_a_notes_column_full_of_numbers_in_tika_text():
    rows = run("""
        Mācības pārtrauca 19 audzēkņi.
        Nr. Iemesls Audzēkņu
        skaits
        Piezīmes
        1.2.1. Dzīvesvietas maiņa
        4 Grupas KLA-2, DEF-
        1; rīkojums Nr. 1-7/3
        Izbraukuši uz ārvalstīm 2 Somija; 2011. g. dz.
        1.2.3. Cits iemesls:
        – veselības stāvoklis
        13 Vecums 12–16 gadi
        KOPĀ 19 –
        """)
    assert [(r["item_no"], r["category"], r["learners"], r["reason_text"]) for r in rows] == [
        ("1.2.1", "relocation", 4, "Dzīvesvietas maiņa"), ("1.2.1", "emigration", 2, "Izbraukuši uz ārvalstīm"),
        ("1.2.3", "other", 13, "veselības stāvoklis")]


def test_a_reason_table_with_notes_whose_counts_do_not_add_up_to_its_total_is_named_not_read():
    issues = Issues()
    rows = extract_leaving_reasons(lines("""
        Nr. Iemesls Skaits Piezīmes
        1.2.1. Dzīvesvietas maiņa
        4 Grupas KLA-2
        KOPĀ 9
        """), issues)
    assert rows == []
    assert [i["code"] for i in issues.rows] == ["leaving_count_unrecognised"] and "4" in issues.rows[0]["message"]


def test_a_grid_count_in_words_alone_where_the_column_holds_counts_in_digits():
    rows = extract_leaving_reasons(prose("1.2.3. cits iemesls:") + grid([
        ["Iemesls", "Izglītojamo skaits", "Skaidrojums"], ["Nesekmība", "5", "Pārgāja uz tehnikumu."],
        ["Slimība", "divi", "Mācās mājās."], ["Kopā", "7", ""]]), Issues())
    assert [(r["reason_text"].split()[0], r["learners"]) for r in rows] == [("Nesekmība", 5), ("Slimība", 2)]


def test_a_word_count_in_a_column_without_digit_counts_is_not_a_count():
    rows = extract_leaving_reasons(prose("1.2.3. cits iemesls:") + grid([
        ["Iemesls", "Piezīme"], ["Slimība", "viens"]]), Issues())
    assert rows == []


def test_a_reason_table_with_notes_where_an_empty_notes_cell_is_a_dash_in_tika_text():
    rows = run("""
        Nr. Iemesls Skaits Komentārs
        1.2.3. Cits iemesls:
        – darba gaitu uzsākšana 8 t.sk. ārvalstīs – 3
        – ģimenes apstākļi 4 –
        – veselības stāvoklis 2 –
        Kopā 14
        """)
    assert [(r["category"], r["learners"]) for r in rows] == [("other", 8), ("other", 4), ("other", 2)]
