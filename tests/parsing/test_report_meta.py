"""Institution name, kind and school year come from the report itself."""
from __future__ import annotations

from tika import split

from loaders.extract.report_meta import institution_kind, institution_name, school_year

BODY = """
    1.1. Izglītojamo skaits un īstenotās izglītības programmas 2022./2023.mācību gadā
    2. Informācija par izglītības iestādes 2022./2023.m.g. izvirzīto prioritāšu sasniegšanu:
"""


def test_title_page_name_and_year():
    doc = split("""
        Jelgavas Spīdolas ģimnāzija
        (izglītības iestādes nosaukums)
        PAŠNOVĒRTĒJUMA ZIŅOJUMS
        par 2022./2023. mācību gadu
        """ + BODY)
    assert institution_name(doc) == "Jelgavas Spīdolas ģimnāzija"
    assert school_year(doc) == "2022/2023"


def test_name_from_prose_is_put_in_the_nominative():
    doc = split("""
        Misija – Rīgas pilsētas Bērnu un jauniešu
        centra “Zīle” mērķis ir attīstība.
        """ + BODY)
    assert institution_name(doc) == "Rīgas pilsētas Bērnu un jauniešu centrs “Zīle”"
    assert school_year(doc) == "2022/2023"


def test_kind_from_programme_codes_then_from_the_name():
    doc = split(BODY)
    assert institution_kind(None, [{"programme_code": "01011111"}], doc) == "preschool"
    assert institution_kind(None, [{"programme_code": "01011111"}, {"programme_code": "21011111"}], doc) == "general"
    assert institution_kind(None, [{"programme_code": "33811011"}], doc) == "vocational"
    assert institution_kind("Rīgas pilsētas Bērnu un jauniešu centrs “Zīle”", [{"programme_code": None,
                            "programme_name": "sporta joma"}], doc) == "interest"
    assert institution_kind("Siguldas pirmsskolas izglītības iestāde “Ieviņa”", [], doc) == "preschool"


def test_title_page_name_over_two_lines_below_the_founder():
    doc = split("""
        Rēzeknes valstspilsētas pašvaldība
        Rēzeknes pilsētas
        2. vidusskola
        (izglītības iestādes nosaukums)
        """ + BODY)
    assert institution_name(doc) == "Rēzeknes pilsētas 2. vidusskola"


def test_a_title_line_that_is_a_name():
    doc = split("""
        Rīdzenes Bērnu un jauniešu centrs
        PAŠNOVĒRTĒJUMA ZIŅOJUMS
        Skolas iela 3, Rīdzene
        """ + BODY)
    assert institution_name(doc) == "Rīdzenes Bērnu un jauniešu centrs"


def test_general_programme_codes_of_any_level_are_general():
    doc = split(BODY)
    assert institution_kind(None, [{"programme_code": "23011111"}, {"programme_code": "31016011"}], doc) == "general"


def test_ordinal_names():
    for prose, name in (
        ("Daugavpils pilsētas 15. pirmsskolas izglītības iestādes misija ir droša vide.",
         "Daugavpils pilsētas 15. pirmsskolas izglītības iestāde"),
        ("Vīzija – Rīgas 45. vidusskola ir atvērta skola.", "Rīgas 45. vidusskola"),
    ):
        assert institution_name(split(prose + BODY)) == name


def test_the_founders_approval_block_and_the_predicate_never_give_the_name():
    doc = split("""
        SASKAŅOTS
        Lejas novada pašvaldības
        Izglītības pārvaldes vadītāja
        /paraksts/ A. Kalniņa
        2024. gada 20. septembrī
        Izglītības iestādes pašnovērtējuma ziņojums
        par 2023./2024. mācību gadu
        Bērzupes pamatskola ir Lejas novada pašvaldības dibināta vispārējās izglītības iestāde.
        """ + BODY)
    assert institution_name(doc) == "Bērzupes pamatskola"


def test_the_subject_of_the_self_description_with_its_turpmak_clause():
    doc = split("""
        Lejas novada pirmsskolas izglītības iestādes “Pūce”
        PAŠNOVĒRTĒJUMA ZIŅOJUMS
        Lejas novada pirmsskolas izglītības iestāde “Pūce” (turpmāk – iestāde) ir Lejas novada
        pašvaldības dibināta izglītības iestāde.
        """ + BODY)
    assert institution_name(doc) == "Lejas novada pirmsskolas izglītības iestāde “Pūce”"


def test_a_genitive_title_is_put_in_the_nominative():
    for title, name in (
        ("Kalnienas speciālās pamatskolas pašnovērtējuma ziņojums", "Kalnienas speciālā pamatskola"),
        ("Upmalas Tehnoloģiju tehnikuma\nPAŠNOVĒRTĒJUMA ZIŅOJUMS", "Upmalas Tehnoloģiju tehnikums"),
        ("LEJAS MŪZIKAS UN MĀKSLAS SKOLAS\nPAŠNOVĒRTĒJUMA ZIŅOJUMS", "LEJAS MŪZIKAS UN MĀKSLAS SKOLA"),
    ):
        assert institution_name(split(title + "\n" + BODY)) == name


def test_a_name_in_capitals_on_the_cover_takes_the_letter_case_the_report_uses():
    doc = split("""
        APSTIPRINU
        Direktore /paraksts/ L. Ozola
        SALAS VALSTS ĢIMNĀZIJA
        Reģ. Nr. 4313900712
        Salas Valsts ģimnāzija īsteno vispārējās vidējās izglītības programmas.
        """ + BODY)
    assert institution_name(doc) == "Salas Valsts ģimnāzija"


def test_kind_from_a_type_letter_in_the_code_and_from_the_name():
    doc = split(BODY)
    assert institution_kind(None, [{"programme_code": "20V21201"}, {"programme_code": "30V21100"}], doc) == "other"
    assert institution_kind(None, [{"programme_code": "20V21201"}, {"programme_code": "21011111"}], doc) == "general"
    assert institution_kind("Lejas Mūzikas un mākslas skola", [], doc) == "other"
    assert institution_kind("Lejas novada sporta skola", [], doc) == "other"
    assert institution_kind("Lejas vidusskola", [], doc) == "general"


def test_a_pirmsskola_names_itself_in_the_nominative():
    doc = split("""
        SASKAŅOTS
        Lejas novada pašvaldības
        /paraksts/ A. Kalniņa
        Lejas pirmsskolas “Cielava”
        pašnovērtējuma ziņojums
        Lejas pirmsskola “Cielava” (turpmāk – iestāde) ir Lejas novada pašvaldības dibināta
        pirmsskolas izglītības iestāde.
        """ + BODY)
    assert institution_name(doc) == "Lejas pirmsskola “Cielava”"
    assert institution_kind(institution_name(doc), [], doc) == "preschool"


def test_a_kind_the_name_states_outweighs_an_interest_education_row_in_the_table():
    doc = split(BODY)
    interest_row = [{"programme_code": None, "programme_name": "Vispārējā fiziskā sagatavotība (interešu izglītības programma)"}]
    assert institution_kind("Lejas Sporta skola", interest_row, doc) == "other"
    assert institution_kind("Lejas Bērnu un jauniešu centrs", interest_row, doc) == "interest"
    assert institution_kind(None, interest_row, doc) == "interest"
