"""Generate a synthetic corpus of self-assessment reports and the truth tables of what they state.

    python benchmarks/corpus.py --reports N --out DIR [--seed S] [--formats pdf=0.6,txt=0.3,docx=0.1]

Writes DIR/reports/<institution>_<YYYY-YYYY>.{txt,docx,pdf}, DIR/truth/*.csv (the rows the reports
state, in the data contract's columns, keyed by source_file; the columns of ../shared/gold plus the
contract's free-text columns), DIR/gold -> truth (so `python ../shared/tools/score.py --cases DIR`
scores a corpus) and DIR/manifest.json (parameters, one entry per report, PDF conversion timing).

What is generated
- Institutions of every kind: general (pamatskola, vidusskola, Valsts ģimnāzija), preschool (PII),
  vocational (tehnikums), interest-education centres (BJC, jaunrades nams, table in 1.2, no 1.2 leaving
  reasons) and professional-orientation music / art / sport schools (contract kind `other`).
- Each institution reports for 1-4 consecutive school years in 2021/2022..2024/2025; the world behind
  it is consistent across its reports: programmes and learner counts, indicator targets (the target a
  report sets for next year is the next report's baseline), state exam results (a report's baseline
  column repeats the previous year's results) and exam targets set in year N for N+1.
- Template by year, as the bundled fixtures (tests/cases, tests/fixtures_src) and sample reports
  write them: 2021/22 and 2022/23 (programme table with code and licence columns, 1.3 vacancies,
  priorities in 2.4, exam results as prose in section 3, codes printed in groups `0101 11 11` in some
  2022/23 reports); 2023/24 and 2024/25 (the samples: 1.3 indicator table with the exam cells,
  priorities in 2, next year's priorities in 11).
- Hard free text in titles, planned results, evidence, programme names and leaving reasons: “”„" quotes,
  doubled quotes (""), commas, line breaks (several paragraphs, manual breaks in DOCX), formula-like
  openings (=SUM(A1), +37 %, @skola_lv, -5 %), and long evidence (some paragraphs over 5,000 characters).
  Phrasings are those the samples use; wrapped TXT lines never open with what the template uses as a
  structure marker (a number, `Nr.`, `a)`, a status word), because such a line would be read as
  structure by any reader of Tika text.
- Deterministic for a seed: report i is the same whatever N is (a corpus of 100 is the first 100
  reports of the corpus of 6,000), so the PDF cache of a big corpus serves the smaller ones.

Formats
- TXT: Tika style (a trailing space and a blank line after each line, table cells one per line, long
  text wrapped to the cell's width), about 1 in 10 saved in Windows-1257.
- DOCX: the base package of python-docx's default template with word/document.xml filled by string
  templates (real tables, merged header cells, vertically merged priority cells, repeated header rows);
  byte-identical for the same content. About 5 ms a report.
- PDF: the report's DOCX converted by LibreOffice (`soffice --headless --convert-to pdf`, batches of
  40 files per soffice call, 2 calls in parallel), cached in --pdf-cache as <sha256 of the DOCX>.pdf
  (the content hash already depends on the seed, so the cache is keyed by seed and content) and
  reused, so the same corpus never converts twice (LibreOffice's PDF bytes differ per conversion, and
  the pipeline's report_id is derived from the file bytes). benchmarks/fixtures/pdf/ holds committed
  PDFs (the test corpus's) and is read as a second cache.

Default mix and feasibility (measured on this 2-core machine, shared with other sessions; see
benchmarks/README.md): LibreOffice converts a report in 0.14-0.4 s in batches with 2 soffice processes
in parallel (2,500 new PDFs in about 10 minutes, once: they are cached), and the loaders read a PDF in
~0.45 s against ~15 ms for TXT/DOCX. The real mix is mostly PDF; the default `pdf=0.5,txt=0.35,docx=0.15`
keeps a 6,000-report corpus at 3,000 PDFs: ~10-20 min of one-off conversion and ~25 min of PDF ingest
per cold run. `--formats pdf=0.8,txt=0.15,docx=0.05` is closer to life when time allows.

Options: --pdf-missing {convert,txt,skip} (what to do with a PDF that is not cached: convert it, write
the report as TXT instead, or leave it out); --change-one (the rerun benchmark's "one changed report":
the first TXT report gets one more learner at the end of its first programme, in the file and the truth);
--hard-layout (PDF/DOCX tables laid out as the loaders misread them, to reproduce finding 7 of
benchmarks/README.md).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_PDF_CACHE = HERE / ".cache" / "pdf"
COMMITTED_PDFS = HERE / "fixtures" / "pdf"
DEFAULT_MIX = "pdf=0.5,txt=0.35,docx=0.15"
FIRST_YEAR, LAST_YEAR = 2021, 2024  # start years: 2021/2022 .. 2024/2025

TRUTH_COLUMNS = {
    "reports": ("source_file", "institution_name", "institution_kind", "school_year", "source_format",
                "institution_no", "template"),
    "programmes": ("source_file", "row_no", "programme_code", "programme_name", "sites", "licence_no",
                   "licence_date", "learners_start", "learners_end", "start_date", "end_date"),
    "leaving_reasons": ("source_file", "item_no", "category", "reason_text", "learners"),
    "indicators": ("source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value",
                   "target_value", "unit"),
    "exam_results": ("source_file", "exam_level", "subject", "subject_raw", "school_year", "measure",
                     "school_pct", "national_pct", "failed_pct"),
    "priorities": ("source_file", "priority_no", "area", "title", "result_type", "status", "status_raw",
                   "planned_results", "evidence"),
    "planned_priorities": ("source_file", "school_year", "priority_no", "area", "title", "result_type",
                           "planned_results"),
}


# ---------------------------------------------------------------------------------------------------
# word banks (invented institutions; wording after the sample reports and the fixtures)
# ---------------------------------------------------------------------------------------------------
REAL_TOWNS = ("Rīgas", "Daugavpils", "Liepājas", "Jelgavas", "Jūrmalas", "Ventspils", "Rēzeknes", "Valmieras",
              "Jēkabpils", "Ogres", "Tukuma", "Cēsu", "Salaspils", "Kuldīgas", "Olaines", "Saldus", "Talsu",
              "Dobeles", "Siguldas", "Bauskas", "Krāslavas", "Ludzas", "Madonas", "Limbažu", "Gulbenes",
              "Alūksnes", "Balvu", "Preiļu", "Aizkraukles", "Smiltenes", "Valkas", "Līvānu", "Ādažu", "Ķekavas",
              "Mārupes", "Kandavas", "Sabiles", "Viesītes", "Ilūkstes", "Rūjienas")
TOWN_ROOTS = ("Ozol", "Bērz", "Liep", "Egļ", "Priež", "Kļav", "Vītol", "Ābel", "Smilš", "Akmeņ", "Saul",
              "Rožu", "Līč", "Jaun", "Vec", "Meža", "Lauku", "Dzērv", "Irb", "Ūdr")
TOWN_ENDINGS = ("kalnu", "ciema", "muižas", "upes", "pils", "grīvas", "krastu", "lejas")
TOWNS = REAL_TOWNS + tuple(r + e for r in TOWN_ROOTS for e in TOWN_ENDINGS)
QUOTED_NAMES = ("Zīlīte", "Pasaciņa", "Saulīte", "Bitīte", "Taurenītis", "Rūķītis", "Ābelīte", "Kamolītis",
                "Lācītis", "Mārīte", "Cielaviņa", "Dzērvenīte", "Vāverīte", "Zvaniņš", "Pīpenīte", "Sprīdītis",
                "Gaismiņa", "Podziņa", "Čiekuriņš", "Auseklītis")
CENTRE_NAMES = ("Jaunība", "Varavīksne", "Rītausma", "Kāpēc", "Mēs", "Dzirkstele", "Gaismas", "Vizbulīte")
STREETS = ("Skolas", "Dārza", "Brīvības", "Rīgas", "Parka", "Saules", "Liepu", "Ezera", "Meža", "Zaļā",
           "Stacijas", "Pils", "Lāčplēša", "Raiņa", "Kalna")

GENERAL_PROGRAMMES = {
    "pre": ("01011111", "Pirmsskolas izglītības programma"),
    "pre_lang": ("01015511", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar valodas traucējumiem"),
    "basic": ("21011111", "Pamatizglītības programma"),
    "basic_min": ("21011121", "Pamatizglītības mazākumtautību programma"),
    "basic_learn": ("21015611", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem"),
    "basic_mental": ("21015811", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības "
                                 "traucējumiem"),
    "basic2": ("23011111", "Pamatizglītības otrā posma (7.-9. klase) programma"),
    "sec": ("31016011", "Vispārējās vidējās izglītības programma"),
    "sec_eve": ("31016013", "Vispārējās vidējās izglītības programma"),
}
PRESCHOOL_PROGRAMMES = (("01011111", "Pirmsskolas izglītības programma"),
                        ("01011121", "Pirmsskolas izglītības mazākumtautību programma"),
                        ("01015511", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar valodas "
                                     "traucējumiem"),
                        ("01015611", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem "
                                     "attīstības traucējumiem"))
VOCATIONAL_PROGRAMMES = (("33481011", "Datorsistēmas, datubāzes un datortīkli"), ("33523011", "Mehatronika"),
                         ("33811021", "Ēdināšanas pakalpojumi"), ("33543011", "Kokizstrādājumu izgatavošana"),
                         ("33525011", "Autotransports"), ("33341021", "Grāmatvedība"),
                         ("33214011", "Modes un stila dizains"), ("33862011", "Viesnīcu pakalpojumi"))
INTEREST_PROGRAMMES = ("kultūrizglītības joma (mūzika, dejas, teātris, vizuālā un vizuāli plastiskā māksla)",
                       "STEM (inženierzinātne un matemātika, tehnoloģijas, dizains un tehnoloģijas, datorika)",
                       "sporta un fizisko aktivitāšu joma (galda spēles, individuālie sporta veidi)",
                       "sociālā un pilsoniskā joma (jauniešu iniciatīvas, “Jaunie līderi”, līdzdalības mācība)",
                       "vides izglītības joma (“Zaļā skola”, dabas pētnieki, \"Eko\" pulciņš)",
                       'tehniskās jaunrades joma (robotika, 3D modelēšana, ""Mini"" elektronika)')
OTHER_PROGRAMMES = {
    "music": ("Taustiņinstrumentu spēle – Klavierspēle", "Stīgu instrumentu spēle – Vijoļspēle",
              "Vokālā mūzika – Kora klase", "Pūšaminstrumentu spēle – Flautas spēle",
              "Sitaminstrumentu spēle"),
    "art": ("Vizuāli plastiskā māksla", "Dizains, keramika un “Tekstilmāksla”", "Vizuālā māksla"),
    "sport": ("Futbols", "Basketbols", "Vieglatlētika", "Peldēšana", "Volejbols", "Brīvā cīņa"),
}

CRITERIA_AREAS = ("Vienlīdzība un iekļaušana", "Mācīšana un mācīšanās", "Pieejamība", "Atbalsts un sadarbība",
                  "Kompetences un sasniegumi", "Izglītības programmu īstenošana", "Infrastruktūra un resursi",
                  "Laba pārvaldība", "Iekļaujoša vide")
PRIORITY_TITLES = (
    "Skola ir vienota kopiena",
    "Mācību satura nodrošināšana latviešu valodā",
    "Iekļaujošās mācību vides izveide atbilstoši skolas misijai un vērtībām.",
    "Skolas efektīvas pārvaldības veidošana.",
    "Pašvadītas mācīšanās prasmju attīstīšana",
    "Digitālo prasmju pilnveide, izmantojot “Mykoob”, “Soma.lv” un e-klasi",
    "Lasītprasmes veicināšana sākumskolā",
    "STEM jomas stiprināšana, sadarbojoties ar “Inovācijas centru”",
    "Drošas, atbalstošas un iekļaujošas vides nodrošināšana",
    "Karjeras izglītības pilnveide",
    "Pedagogu sadarbības kultūras stiprināšana",
    "Vecāku iesaiste mācību procesā, “Vecāku dienas” un individuālās sarunas",
    "Valodas prasmju attīstība rotaļnodarbībās",
    "Darba vidē balstītu mācību paplašināšana",
    "Jauniešu līdzdalības veicināšana",
    "Audzēkņu koncertdarbības paplašināšana",
    'Projekta ""Skola2030"" pieejas ieviešana visos mācību priekšmetos',
    "Formatīvās vērtēšanas pilnveide, izmantojot \"Mācīties mācīties\" pieeju",
    "+37 % lasītāju skolas bibliotēkā",
    "-5 % neattaisnoto kavējumu",
    "@skola: digitālā saziņa ar vecākiem",
    "=SUM(A1): datu pratība matemātikā",
)
PLANNED_RESULTS = (
    ("qualitative", "Pilnveidota un darbojas vienotas izglītības iestādes kopienas sistēma."),
    ("qualitative", "Izveidota un darbojas vienota pedagogu profesionālās kompetences pilnveides sistēma."),
    ("qualitative", "Pilnveidota mācību procesa un audzināšanas pasākumu sasaiste."),
    ("qualitative", "Izglītojamie saņem vienlīdzīgu, taisnīgu un iekļaujošu attieksmi."),
    ("qualitative", "Skolā notiek regulārs datu monitorings par skolas izglītības kvalitātes rādītājiem."),
    ("qualitative", "Atbalsta personāls efektīvi iesaistās problēmu risināšanas gadījumos, “komandā”."),
    ("qualitative", "Pedagogi plāno mācību stundas ar skaidri formulētu sasniedzamo rezultātu."),
    ("qualitative", "Ir papildināta iestādes metodiskā bāze digitālajā vidē, \"Soma.lv\" un e-klasē."),
    ("qualitative", "=SUM(A1) kā piemērs: izglītojamie lieto izklājlapas datu apstrādē."),
    ("quantitative", "75% pedagogi dalās pieredzē ar labās prakses piemēriem skolas un ārpusskolas līmenī."),
    ("quantitative", "Vismaz 70% un vairāk skolas pasākumu tiek saistīti ar mācību saturu."),
    ("quantitative", "90% un vairāk pedagogi apliecina, ka pārrunu sistēma viņiem ir saprotama."),
    ("quantitative", "80% izglītojamo mācību gada noslēgumā apgūst programmu vismaz optimālā līmenī."),
    ("quantitative", "Vismaz 20 izglītojamie ar īpašām vajadzībām iesaistīti pasākumos."),
    ("quantitative", "+37 % vairāk apmeklējumu skolas bibliotēkā, salīdzinot ar iepriekšējo gadu."),
    ("quantitative", "Ir novadītas vismaz 4 aktivitātes (kursi, semināri, atbalsta grupas u.c.)."),
)
EVIDENCE_SENTENCES = (
    "Ar pedagogiem novadītas individuālas profesionālās sarunas ar mērķi izprast un plānot nepieciešamo "
    "metodisko un tehnisko atbalstu.",
    "Veidota vienota izpratne par nepieciešamo atbalstu izglītojamajiem ar speciālajām vajadzībām un "
    "talantīgajiem izglītojamajiem.",
    "Kultūrizglītības programmas “Latvijas skolas soma” ietvaros visi pasākumi tika saistīti ar mācību saturu.",
    "Tiek turpināta sadarbība ar “Inovācijas centru” STEM jomā, klases apmeklēja interaktīvas ekspozīcijas.",
    "78% pedagogu dalījās pieredzē ar labās prakses piemēriem skolas un ārpusskolas līmenī.",
    "Pēc pedagogu pašvērtējuma datiem 85,1% pedagogu apliecina, ka sistēma viņiem ir saprotama.",
    "Skolā ir nodrošināta iekļaujoša vide un uzturēta vienlīdzīgas attieksmes pieeja gan mācību darbā, gan "
    "ārpusskolas aktivitātēs.",
    "Novadītas dažādas vecāku apmācības vecāku sapulcēs, “Abi labi” pasākumu ietvaros ar atbalsta personāla "
    "piesaistīšanu.",
    'Projekts ""Zaļā skola"" turpinās arī nākamajā mācību gadā, to vada skolas padome.',
    "Skolēnu aptaujā \"Mana skola\" piedalījās 212 skolēni; 64% atbildēja, ka jūtas droši.",
    "Metodiskajā vietnē publicēti 12 jauni materiāli, t.sk. „Lasītprasme sākumskolā”, „Dabaszinības praktiski”.",
    "Mācību gada laikā notika 8 sadarbības pasākumi ar pirmsskolas grupām, lai nodrošinātu pēctecību.",
    "Tika izveidota darba grupa, kas izvērtēja mācību līdzekļu pieejamību un iegādājās 40 jaunas grāmatas.",
    'Rezultāti apkopoti tabulā; kopsavilkuma šūnā bija formula ""=SUM(B2:B9)"", kas deva 412 stundas.',
    "Vecāki atzina, ka saziņa e-klasē ir ātra, ērta, saprotama un ka informācija ir pieejama laikus.",
    "Atbalsta komandas speciālisti novadīja pieredzes apmaiņas semināru pilsētas līmenī “Atbalsts "
    "motivācijas sekmēšanā”.",
    "Ne visi plānotie pasākumi notika, jo pavasarī daļa telpu bija slēgta remontdarbu dēļ.",
    "Izglītojamie piedalījās novada un valsts konkursos, 14 no viņiem ieguva godalgotas vietas.",
    "Darba grupa tikās reizi mēnesī, protokoli pieejami skolas lietvedībā, bet ieteikumi – skolas mājaslapā.",
    "Skolotāji savstarpēji vēroja 46 mācību stundas un sniedza atgriezenisko saiti pēc vienotas veidlapas.",
)
FORMULA_OPENINGS = ("=SUM(A1) – tā skolēni nosauca savu projekta darbu, kurā apkopoja klases budžetu.",
                    "+37 % vairāk izglītojamo nekā iepriekšējā gadā apmeklēja skolas bibliotēku.",
                    "@skola_lv kontā publicēti 48 ieraksti par skolas dzīvi, sekotāju skaits pieauga.",
                    "-5 % neattaisnoto kavējumu salīdzinājumā ar iepriekšējo mācību gadu.",
                    "=HYPERLINK(\"https://skola.lv\") tipa saites skolēni izmantoja savās prezentācijās.")
STATUS_FORMS = {
    "achieved": ("Sasniegts", "Sasniegts.", "sasniegts"),
    "partially_achieved": ("Daļēji sasniegts", "Sasniegts daļēji", "Daļēji sasniegts."),
    "not_achieved": ("Nav sasniegts", "Nav sasniegts."),
}
CRITERIA_TEXTS = (
    "Izglītības iestādes vadības komanda regulāri vēro mācību stundas un sniedz atgriezenisko saiti.",
    "Pedagogi sadarbojas mācību jomu komandās, plānojot starppriekšmetu saikni.",
    "Izglītojamie tiek iesaistīti mācību procesa plānošanā un sava darba izvērtēšanā.",
    "Iestādē ir pieejams atbalsta personāls: logopēds, psihologs, sociālais pedagogs, speciālais pedagogs.",
    "Telpas ir renovētas, iegādāti 20 portatīvie datori un interaktīvie ekrāni.",
    "Izglītojamie un vecāki iestādē jūtas droši, to apliecina aptaujas dati.",
)
COUNCIL_TEXTS = ("Turpināt iegādāties individuālos skapjus skolēniem.", "Turpināt sadarbību ar vecākiem.",
                 "Paplašināt interešu izglītības piedāvājumu.")
LEAVE_SCHOOL_REASONS = ("personisko apstākļu dēļ", "tuvāk dzīvesvietai", "vecāku izvēle",
                        "izvēlējās profesionālo izglītību", "ģimenes apstākļu dēļ")
LEAVE_OTHER_REASONS = ("piederība izbeigta automātiski, beidzot pirmsskolas izglītības posmu",
                       "sasniegta pilngadība", "grūtības apgūt programmu, “mācību slodze”",
                       "pārtrauca mācības ģimenes apstākļu dēļ",
                       "nespēja savienot mācības ar darbu, komandējumiem vai mācībām citā iestādē",
                       "uzsāka darba gaitas")

# exam subjects: code -> (name as printed in tables, prose locative)
SUBJECTS = {
    "latvian": ("Latviešu valoda", "latviešu valodā"), "mathematics": ("Matemātika", "matemātikā"),
    "english": ("Angļu valoda", "angļu valodā"), "german": ("Vācu valoda", "vācu valodā"),
    "russian": ("Krievu valoda", "krievu valodā"), "chemistry": ("Ķīmija", "ķīmijā"),
    "physics": ("Fizika", "fizikā"), "biology": ("Bioloģija", "bioloģijā"), "history": ("Vēsture", "vēsturē"),
    "geography": ("Ģeogrāfija", "ģeogrāfijā"), "design_technology": ("Dizains un tehnoloģijas", None),
    "social_sciences": ("Sociālās zinātnes", None), "programming": ("Programmēšana", None),
    "culture_arts": ("Kultūra un māksla", None),
}
ADVANCED_POOL = ("mathematics", "latvian", "chemistry", "physics", "biology", "history", "geography",
                 "design_technology", "social_sciences", "programming", "culture_arts")

# free text must not carry what the template uses as structure (see the module docstring)
_FORBIDDEN_IN_FREE_TEXT = (
    re.compile(r"(?<![0-9])[1-9][0-9]?(?:\.[1-9][0-9]?)?\.\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ„“\"«(]"),  # a heading number
    re.compile(r"\bnr\.?\s*[0-9]|[a-d]\)\s*kv|eksām|centralizēt|pārbaudes darb", re.IGNORECASE))


def _check_bank() -> None:
    texts = [*PRIORITY_TITLES, *(t for _, t in PLANNED_RESULTS), *EVIDENCE_SENTENCES, *FORMULA_OPENINGS,
             *INTEREST_PROGRAMMES, *LEAVE_OTHER_REASONS, *LEAVE_SCHOOL_REASONS]
    bad = [t for t in texts if any(rx.search(t) for rx in _FORBIDDEN_IN_FREE_TEXT)]
    if bad:
        raise SystemExit(f"corpus.py: word bank text carries template structure: {bad[:3]}")


# ---------------------------------------------------------------------------------------------------
# numbers, years, national averages
# ---------------------------------------------------------------------------------------------------
def ypair(start: int) -> str:
    return f"{start}/{start + 1}"


def ydots(start: int) -> str:
    return f"{start}./{start + 1}."


def lv(x: float) -> str:
    """36.4 -> "36,4"; 40.0 -> "40"."""
    text = f"{x:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def num(x: float | int | None) -> str:
    if x is None:
        return ""
    if isinstance(x, float):
        return f"{x:.2f}".rstrip("0").rstrip(".")
    return str(x)


def norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _reference_national() -> dict[tuple[str, str, str], float]:
    path = ROOT / "seeds" / "reference" / "national_exam_averages.csv"
    out = {}
    if path.is_file():
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                out[(row["school_year"], row["exam_level"], row["subject"])] = float(row["national_pct"])
    return out


_NATIONAL_REF = _reference_national()


def national(year: str, level: str, subject: str) -> float:
    """The national average every report quotes for (year, level, subject): the reference seed's where
    it has one, else a fixed invented figure (the same for every seed, so quotes agree across reports)."""
    if (year, level, subject) in _NATIONAL_REF:
        return _NATIONAL_REF[(year, level, subject)]
    h = int(hashlib.sha256(f"{year}|{level}|{subject}".encode()).hexdigest()[:8], 16)
    return round(35 + (h % 300) / 10, 1)


def _rng(*parts) -> random.Random:
    return random.Random("|".join(str(p) for p in parts))


# ---------------------------------------------------------------------------------------------------
# the world: institutions and what is true of them in each year
# ---------------------------------------------------------------------------------------------------
@dataclass
class Programme:
    code: str | None
    name: str
    sites: list[str]
    licence_no: str
    licence_date: str  # ISO
    base: int


@dataclass
class Institution:
    no: int
    name: str
    kind: str  # contract kind
    sub: str  # vidusskola, pamatskola, gimnazija, pii, tehnikums, centrs, music, art, sport
    town: str
    slug: str
    years: list[int]
    programmes: list[Programme]
    counts: dict = field(default_factory=dict)  # (programme index, year) -> (start, end)
    exam_subjects: dict = field(default_factory=dict)  # level -> [subjects], anchor first
    exam_results: dict = field(default_factory=dict)  # (level, subject, year) -> (pct, failed or None)
    exam_targets: dict = field(default_factory=dict)  # (level, subject, year) -> pct
    indicators: dict = field(default_factory=dict)  # key -> {year: (actual, target for next year)}


def _kind_of(rng: random.Random) -> tuple[str, str]:
    r = rng.random()
    for limit, kind, sub in ((0.12, "general", "pamatskola"), (0.28, "general", "vidusskola"),
                             (0.36, "general", "gimnazija"), (0.62, "preschool", "pii"),
                             (0.70, "vocational", "tehnikums"), (0.82, "interest", "centrs"),
                             (0.88, "other", "music"), (0.94, "other", "art"), (1.01, "other", "sport")):
        if r < limit:
            return kind, sub
    raise AssertionError


def _name_options(sub: str, town: str, rng: random.Random) -> list[str]:
    if sub == "vidusskola":
        return [f"{town} {k}. vidusskola" for k in rng.sample(range(1, 99), 6)] + [f"{town} vidusskola"]
    if sub == "pamatskola":
        return [f"{town} pamatskola"] + [f"{town} {k}. pamatskola" for k in rng.sample(range(1, 40), 6)]
    if sub == "gimnazija":
        return [f"{town} Valsts ģimnāzija", f"{town} Centra ģimnāzija", f"{town} Klasiskā ģimnāzija"] + \
               [f"{town} {k}. ģimnāzija" for k in rng.sample(range(1, 20), 4)]
    if sub == "pii":
        names = rng.sample(QUOTED_NAMES, 6)
        return [f"{town} pirmsskolas izglītības iestāde “{q}”" for q in names[:4]] + \
               [f"{town} bērnudārzs “{q}”" for q in names[4:]]
    if sub == "tehnikums":
        return [f"{town} tehnikums", f"{town} Tehnoloģiju tehnikums", f"{town} Valsts tehnikums",
                f"{town} Būvniecības tehnikums"]
    if sub == "centrs":
        return [f"{town} Bērnu un jauniešu centrs", f"{town} Jaunrades nams"] + \
               [f"{town} Bērnu un jauniešu centrs “{q}”" for q in rng.sample(CENTRE_NAMES, 4)]
    noun = {"music": "Mūzikas skola", "art": "Mākslas skola", "sport": "Sporta skola"}[sub]
    return [f"{town} {noun}", f"{town} novada {noun}", f"{town} Bērnu {noun.lower()}"]


def _nominative(town: str) -> str:
    """Rīgas -> Rīga, Ogres -> Ogre, Cēsu -> Cēsu (near enough for an address line)."""
    if town.endswith("as"):
        return town[:-1]
    if town.endswith("es"):
        return town[:-1]
    return town


def _locative(town: str) -> str:
    if town.endswith("as"):
        return town[:-2] + "ā"
    if town.endswith("es"):
        return town[:-2] + "ē"
    return town


def slugify(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


class World:
    """Institutions in order; institution j depends only on (seed, j) and the names taken before it."""

    def __init__(self, seed: int):
        self.seed = seed
        self.institutions: list[Institution] = []
        self._names: set[str] = set()
        self._slugs: set[str] = set()

    def institution(self, j: int) -> Institution:
        while len(self.institutions) <= j:
            self.institutions.append(self._make(len(self.institutions)))
        return self.institutions[j]

    def _make(self, j: int) -> Institution:
        rng = _rng(self.seed, "inst", j)
        kind, sub = _kind_of(rng)
        town = TOWNS[(j * 7 + self.seed) % len(TOWNS)]
        name = None
        for attempt in range(50):
            t = town if attempt < 10 else TOWNS[(j * 7 + self.seed + attempt) % len(TOWNS)]
            for option in _name_options(sub, t, _rng(self.seed, "name", j, attempt)):
                if option.lower() not in self._names:
                    name, town = option, t
                    break
            if name:
                break
        if name is None:  # a practically unreachable fallback, still unique
            name = f"{_name_options(sub, town, rng)[0]} {j}"
        self._names.add(name.lower())
        slug = slugify(name)
        if slug in self._slugs:
            slug = f"{slug}-{j}"
        self._slugs.add(slug)
        n_years = rng.choices((1, 2, 3, 4), weights=(15, 20, 25, 40))[0]
        first = rng.randint(FIRST_YEAR, LAST_YEAR - n_years + 1)
        years = list(range(first, first + n_years))
        inst = Institution(j, name, kind, sub, town, slug, years, self._programmes(rng, sub, town))
        for i, prog in enumerate(inst.programmes):
            start = prog.base
            for y in range(FIRST_YEAR - 1, LAST_YEAR + 2):
                end = max(1, start + rng.randint(-max(1, start // 12), max(1, start // 15)))
                inst.counts[(i, y)] = (start, end)
                start = max(1, end + rng.randint(-max(1, end // 10), max(2, end // 8)))
        self._exams(inst, rng)
        self._indicator_world(inst, rng)
        return inst

    @staticmethod
    def _programmes(rng: random.Random, sub: str, town: str) -> list[Programme]:
        def site(k: int) -> str:
            street = STREETS[(k + rng.randint(0, len(STREETS) - 1)) % len(STREETS)]
            return f"{street} iela {rng.randint(1, 120)}, {_nominative(town)}, LV-{rng.randint(1001, 5799)}"

        addresses = [site(k) for k in range(3)]
        chosen: list[tuple[str | None, str, int]] = []
        if sub in ("vidusskola", "pamatskola", "gimnazija"):
            keys = {"vidusskola": ["pre", "basic", "basic_min", "basic_learn", "sec", "sec_eve", "pre_lang"],
                    "pamatskola": ["pre", "basic", "basic_learn", "basic_mental"],
                    "gimnazija": ["basic2", "sec"]}[sub]
            required = {"vidusskola": {"basic", "sec"}, "pamatskola": {"basic"}, "gimnazija": {"basic2", "sec"}}[sub]
            for key in keys:
                if key in required or rng.random() < 0.5:
                    code, name = GENERAL_PROGRAMMES[key]
                    base = rng.randint(8, 60) if "_" in key else rng.randint(60, 650)
                    chosen.append((code, name, base))
        elif sub == "pii":
            for code, name in PRESCHOOL_PROGRAMMES:
                if code == "01011111" or rng.random() < 0.45:
                    chosen.append((code, name, rng.randint(60, 300) if code == "01011111" else rng.randint(5, 40)))
        elif sub == "tehnikums":
            for code, name in rng.sample(VOCATIONAL_PROGRAMMES, rng.randint(2, 5)):
                chosen.append((code, name, rng.randint(30, 200)))
        elif sub == "centrs":
            for name in rng.sample(INTEREST_PROGRAMMES, rng.randint(2, 5)):
                chosen.append((None, name, rng.randint(80, 1300)))
        else:
            for name in rng.sample(OTHER_PROGRAMMES[sub], rng.randint(2, len(OTHER_PROGRAMMES[sub]))):
                chosen.append((None, name, rng.randint(10, 120)))
        out = []
        for code, name, base in chosen:
            if sub == "centrs":
                # one address a paragraph (each line names a street: a line without one, e.g. a street
                # name wrapped away from its `ielā`, is taken for the programme's name by the loaders)
                streets = [f"{s} ielā {rng.randint(1, 90)}" for s in rng.sample(STREETS, rng.randint(1, 4))]
                sites = [a + ("," if k < len(streets) - 1 else "") for k, a in enumerate(streets)]
            else:
                sites = rng.sample(addresses, rng.randint(1, 2))
            day = rng.randint(1, 28)
            out.append(Programme(code, name, sites, f"V-{rng.randint(1000, 9999)}",
                                 f"{rng.randint(2012, 2020)}-{rng.randint(1, 12):02d}-{day:02d}", base))
        return out

    @staticmethod
    def _exams(inst: Institution, rng: random.Random) -> None:
        levels = []
        if inst.sub in ("pamatskola", "vidusskola", "gimnazija"):
            levels.append("grade9")
        if inst.sub in ("vidusskola", "gimnazija"):
            levels += ["optimal", "advanced"]
        for level in levels:
            if level == "grade9":
                subjects = ["latvian", "mathematics", "english"]
            elif level == "optimal":
                subjects = ["latvian", "mathematics", "english"] + (["german"] if rng.random() < 0.3 else [])
            else:
                subjects = ["english"] + rng.sample(ADVANCED_POOL, rng.randint(2, 7))
            inst.exam_subjects[level] = subjects
            skill = rng.uniform(-12, 12)
            for subject in subjects:
                for y in range(FIRST_YEAR - 1, LAST_YEAR + 1):
                    if subject != subjects[0] and rng.random() < 0.12:
                        continue  # not taken that year
                    nat = national(ypair(y), level, subject)
                    pct = round(min(97.0, max(8.0, nat + skill + rng.uniform(-9, 9))), rng.choice((0, 1, 1)))
                    failed = round(rng.uniform(0.5, 35), rng.choice((0, 1))) if rng.random() < 0.4 else None
                    inst.exam_results[(level, subject, y)] = (pct, failed)
                for y in range(FIRST_YEAR + 1, LAST_YEAR + 2):
                    if subject == subjects[0] or rng.random() < 0.6:
                        inst.exam_targets[(level, subject, y)] = float(rng.randint(30, 85))

    @staticmethod
    def _indicator_world(inst: Institution, rng: random.Random) -> None:
        """Per indicator: the value reached each year and the target set for the next."""
        specs = []
        if inst.kind == "general":
            if any(p.code and p.code.startswith("01") for p in inst.programmes):
                specs.append(("pre", "percent", 40, 95))
            if any(p.code and p.code[0] == "2" for p in inst.programmes):
                specs.append(("basic", "grade_avg", 5.0, 8.0))
            if any(p.code and p.code[0] == "3" for p in inst.programmes):
                specs.append(("sec", "grade_avg", 5.0, 8.0))
        elif inst.kind == "preschool":
            specs.append(("pre", "percent", 40, 95))
        elif inst.kind == "vocational":
            specs.append(("voc", "grade_avg", 5.0, 8.0))
        elif inst.kind == "interest":
            specs.append(("interest", "learners", 200, 3000))
        else:
            specs.append(("ievirze", "grade_avg", 5.5, 8.5))
        if inst.kind in ("general", "interest", "other"):
            specs.append(("talent", "percent", 10, 70))
        specs.append(("teachers", "percent", 70, 100))
        if inst.kind == "general":
            specs.append(("rating", "place", 1, 150))
        elif inst.kind == "vocational":
            specs.append(("practice", "learners", 50, 400))
        elif inst.kind == "preschool":
            # from 10 up: a value cell opening with a one-digit number that fits the row numbering (row 3,
            # then `5 pasākumi`) is read by the loaders as a new indicator row (see the README of benchmarks/)
            specs.append(("events", "count", 10, 40))
        def draw(unit, low, high):
            if unit == "grade_avg":
                return round(rng.uniform(low, high), 1)
            value = rng.randint(low, high)
            # a bare 1900-2099 in an indicator cell is read as a year by the loaders (value lost)
            return float(value if not 1900 <= value <= 2099 else value + 200)

        for key, unit, low, high in specs:
            series = {}
            for y in range(FIRST_YEAR - 1, LAST_YEAR + 1):
                actual, target = draw(unit, low, high), draw(unit, low, high)
                series[y] = (actual, target)
            inst.indicators[key] = (unit, series)


# ---------------------------------------------------------------------------------------------------
# the document model: paragraphs and tables, rendered to TXT (Tika style) and DOCX
# ---------------------------------------------------------------------------------------------------
VCONT = "<vmerge-continue>"  # a cell vertically merged into the one above


@dataclass
class Para:
    text: str  # "\n" = a line break inside the paragraph
    width: int = 100


@dataclass
class Table:
    widths: list[int]  # twips per grid column (DOCX) -> also the TXT wrap width (chars = twips // 110)
    header: list[list]  # rows of cells; a cell is a list of paragraphs, None = merged into the left cell
    rows: list[list]
    txt_header: list[str]  # the header as Tika writes it (lines)
    style: str = ""  # programmes | indicators | priorities | planned | vacancies
    txt_join: dict = field(default_factory=dict)  # row index -> True: the row's short value cells on one line


_RISKY_START = re.compile(r"^(?:[0-9]|[a-dA-D]\s?\)|nr\b|nr\.|prioritāt|kvalit|kvantit|sasniegt|sasniedzam|daļēj|"
                          r"nav\b|norād|kritērij|izdevies|apliecina|izpildīt|neizpildīt|netika|https?:|www\.)",
                          re.IGNORECASE)


def wrap(text: str, width: int, *, guard: bool = True) -> list[str]:
    """Greedy wrap at spaces; with `guard`, a wrapped line never opens with a structure marker (the
    previous line's last word moves down, or the line runs long)."""
    lines: list[str] = []
    for piece in text.split("\n"):
        words = piece.split()
        cur: list[str] = []
        for word in words:
            if cur and len(" ".join(cur)) + 1 + len(word) > width:
                if guard and _RISKY_START.match(word):
                    if len(cur) > 1 and not _RISKY_START.match(cur[-1]):
                        moved = cur.pop()
                        lines.append(" ".join(cur))
                        cur = [moved, word]
                        continue
                    cur.append(word)
                    continue
                lines.append(" ".join(cur))
                cur = [word]
            else:
                cur.append(word)
        if cur:
            lines.append(" ".join(cur))
    return lines


def render_txt(blocks: list) -> str:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Para):
            out.extend(wrap(block.text, block.width))
        else:
            out.extend(_table_txt(block))
    return "".join(f"{line} \n\n" for line in out)


def _table_txt(table: Table) -> list[str]:
    lines = list(table.txt_header)
    for r, row in enumerate(table.rows):
        if table.style == "indicators":
            # as the sample: the number and the name on one line (`1.2. Vispārējās`), then the values
            lines.extend(wrap(f"{row[0][0]} {row[1][0]}", 26))
            values = [c for c in row[2:] if c is not None]
            if values and table.txt_join.get(r):
                lines.append(" ".join(p for cell in values for p in cell))
                continue
            for c, cell in enumerate(values, start=2):
                for para in cell:
                    if para.startswith(tuple(_TABLE_SUBJECTS)):
                        lines.extend(_wrap_exam_entry(para, _chars(table.widths[c])))
                    else:
                        lines.extend(wrap(para, _chars(table.widths[c])))
            continue
        if table.style == "programmes" and r in table.txt_join.get("counts", ()):
            cells = [c for c in row if c not in (None, VCONT)]
            for c, cell in enumerate(cells[:-2]):
                for para in cell:
                    lines.extend(wrap(para, max(_chars(table.widths[c]), 30)))
            lines.append(f"{cells[-2][0]} {cells[-1][0]}")
            continue
        for col, cell in enumerate(row):
            if cell is None or cell is VCONT:
                continue
            for para in cell:
                if (table.style == "priorities" and col == 2) or len(para) <= 16:
                    lines.append(para)  # a status, a count, a date in words: never wrapped
                elif table.style == "programmes":
                    lines.extend(wrap(para, max(_chars(table.widths[col]), 30)))
                else:
                    lines.extend(wrap(para, _chars(table.widths[col])))
    return lines


def _chars(twips: int) -> int:
    return max(12, twips // 95)


_TABLE_SUBJECTS = [name for name, _ in SUBJECTS.values()]


def _wrap_exam_entry(entry: str, width: int) -> list[str]:
    """As the sample: `Latviešu valoda - 36,4%  (valstī` / `59,1%), nenokārtoja 8% skolēnu.`; a
    continuation line starts with a figure or a lower-case word, never with a capital."""
    words = entry.split()
    lines, cur = [], []
    for word in words:
        if cur and len(" ".join(cur)) + 1 + len(word) > width and not word[:1].isupper():
            lines.append(" ".join(cur))
            cur = [word]
        else:
            cur.append(word)
    if cur:
        lines.append(" ".join(cur))
    return lines


# --- DOCX ------------------------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BASE_PARTS: dict[str, bytes] | None = None
# The default layout avoids three PDF layouts the loaders misread (benchmarks/README.md, findings);
# --hard-layout turns them on to reproduce: (1) table rows may break across pages and a priority's
# result rows are not kept together: when the second result row of a priority (its priority cell
# merged from the row above) starts a page, the reader joins it to the row before as one split row
# (part a) gets status `unknown`, part b) a)'s status); (2) every header row repeats on each page: the
# indicator table's second header row, repeated under a parent row (`1.`) at a page end, becomes that
# row's values (a spurious indicator row), and the priority table's repeated header leaks into the
# evidence of a row that runs over a page (a row taller than a page breaks in either layout).
HARD_LAYOUT = False
_ZIP_TIME = (2025, 9, 30, 12, 0, 0)


def _base_parts() -> dict[str, bytes]:
    """python-docx's default package, read once: every part but the document and its properties."""
    global _BASE_PARTS
    if _BASE_PARTS is None:
        import docx  # python-docx, in the project's venv

        buf = io.BytesIO()
        docx.Document().save(buf)
        with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
            _BASE_PARTS = {name: zf.read(name) for name in zf.namelist()
                           if name not in ("word/document.xml", "docProps/core.xml")}
    return _BASE_PARTS


_FONT = '<w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:cs="Liberation Serif"/>'


def _x_par(text: str, bold: bool = False, in_table: bool = False, keep_next: bool = False) -> str:
    """A paragraph: Liberation Serif 11 pt in the body, 9 pt and no spacing in tables (real reports
    shrink their wide tables; a cell too narrow for `(01.09.2021.)` breaks the date over two lines)."""
    size = 18 if in_table else 22
    rpr = f"<w:rPr>{_FONT}{'<w:b/>' if bold else ''}<w:sz w:val=\"{size}\"/></w:rPr>"
    keep = "<w:keepNext/>" if keep_next else ""
    ppr = (f'<w:pPr>{keep}<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' if in_table
           else '<w:pPr><w:spacing w:before="0" w:after="120" w:line="264" w:lineRule="auto"/></w:pPr>')
    runs = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(part)}</w:t>' for part in text.split("\n"))
    return f"<w:p>{ppr}<w:r>{rpr}{runs}</w:r></w:p>"


def _x_cell(paragraphs: list[str], width: int, span: int = 1, vmerge: str | None = None, bold=False,
            keep_next: bool = False) -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vMerge/>"
    body = "".join(_x_par(p, bold, in_table=True, keep_next=keep_next) for p in paragraphs) or \
        ("<w:p><w:pPr><w:keepNext/></w:pPr></w:p>" if keep_next else "<w:p/>")
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{body}</w:tc>"


_BORDERS = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                   for side in ("top", "left", "bottom", "right", "insideH", "insideV"))


def _x_table(table: Table) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in table.widths)
    rows_xml = []
    all_rows = [(row, True) for row in table.header] + [(row, False) for row in table.rows]
    for r, (row, is_header) in enumerate(all_rows):
        cells = []
        c = 0
        while c < len(row):
            cell = row[c]
            span = 1
            while c + span < len(row) and row[c + span] is None:
                span += 1
            width = sum(table.widths[c:c + span])
            below = all_rows[r + 1][0][c] if r + 1 < len(all_rows) else None
            # keep-with-next: a row followed by one with a merged or empty cell (a priority's next result
            # row, an indicator parent row), and a parent row itself: the PDF reader takes a page's first
            # row with empty cells for the rest of the previous page's last row
            keep = (not HARD_LAYOUT and not is_header and r + 1 < len(all_rows)
                    and (any(x is None or x is VCONT for x in all_rows[r + 1][0]) or any(x is None for x in row)))
            if cell is VCONT:
                cells.append(_x_cell([], width, span, "continue", keep_next=keep))
            else:
                cells.append(_x_cell(cell or [], width, span, "restart" if below is VCONT else None, bold=is_header,
                                     keep_next=keep))
            c += span
        if is_header:
            repeat = HARD_LAYOUT or (r == 0 and table.style in ("programmes", "indicators", "vacancies"))
            tr_pr = "<w:trPr><w:tblHeader/></w:trPr>" if repeat else ""
        else:
            tr_pr = "" if HARD_LAYOUT else "<w:trPr><w:cantSplit/></w:trPr>"
        rows_xml.append(f"<w:tr>{tr_pr}{''.join(cells)}</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{_BORDERS}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows_xml)}</w:tbl>')


def render_docx(blocks: list, title: str) -> bytes:
    body = []
    for block in blocks:
        body.append(_x_par(block.text) if isinstance(block, Para) else _x_table(block))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
            'w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}">'
                f'<w:body>{"".join(body)}{sect}</w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>'
            f'{escape(title)}</dc:title><dc:creator>parskats corpus.py</dc:creator></cp:coreProperties>')
    parts = dict(_base_parts())
    parts["word/document.xml"] = document.encode("utf-8")
    parts["docProps/core.xml"] = core.encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(parts, key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, parts[name])
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------------
# one report: its blocks (document) and its truth rows
# ---------------------------------------------------------------------------------------------------
@dataclass
class Report:
    stem: str
    blocks: list
    truth: dict  # table -> rows (without source_file)
    template: str
    title: str


def _template_of(year: int) -> str:
    return {2021: "2021/22", 2022: "2022/23"}.get(year, "2023/24+")


def build_report(inst: Institution, year: int, seed: int, *, bump: bool = False) -> Report:
    rng = _rng(seed, "report", inst.no, year)
    old = year <= 2022
    blocks: list = []
    truth: dict[str, list[dict]] = {k: [] for k in TRUTH_COLUMNS if k != "reports"}
    Y = ydots(year)

    # cover: the name alone on its line, the approval block, the year
    blocks += [Para(inst.name), Para("PAŠNOVĒRTĒJUMA ZIŅOJUMS"), Para("Publiskojamā daļa")]
    if old:
        blocks.append(Para(f"{_locative(inst.town)}, {year + 1}. gada "
                           f"{rng.randint(20, 30)}. septembrī"))
    blocks += [Para("SASKAŅOTS"), Para(f"{inst.town} novada pašvaldības izglītības pārvaldes vadītāja")]
    if not old:
        blocks.append(Para(Y))
        blocks += [Para("Izglītības iestādes misija – sniegt iespēju katram izglītības procesa dalībniekam "
                        "realizēt savas radošās un prāta spējas, sekmējot izglītojamo kompetenču attīstību."),
                   Para(f"Izglītības iestādes vīzija par izglītojamo – {inst.name} ir atpazīstama, atvērta "
                        "dialogam un sadarbībai izglītības iestāde."),
                   Para("Izglītības iestādes vērtības – cieņa, atbildība, sadarbība, radošums.")]
        blocks.append(Para("1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes "
                           "mērķi un to sasniegšanas izvērtējums"))
    else:
        blocks.append(Para("1. Izglītības iestādes vispārīgs raksturojums"))

    # 1.1 programmes
    blocks.append(Para(f"1.1. Izglītojamo skaits un īstenotās izglītības programmas {Y}{' ' if old else ''}"
                       "mācību gadā"))
    blocks.append(_programme_table(inst, year, rng, truth, old, bump))

    # 1.2 leaving reasons (not in interest-education reports)
    if inst.kind != "interest":
        blocks += _leaving(inst, year, rng, truth, old)

    # 1.3 vacancies (older templates) or the quality-indicator table (1.2 for interest education)
    if old:
        blocks += _vacancies(rng, year)
    else:
        number = "1.2." if inst.kind == "interest" else "1.3."
        blocks.append(Para(f"{number} Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes "
                           f"mērķi {ydots(year)}m.g. un {ydots(year + 1)}m.g.: (nosakāmi ne mazāk kā trīs "
                           "kvalitātes rādītāji)"))
        blocks.append(_indicator_table(inst, year, rng, truth))

    # 2 priorities of the year
    if old:
        blocks += [Para("2. Izglītības iestādes darbības pamatmērķi un prioritātes"),
                   Para("2.1. Izglītības iestādes misija – droša un atbalstoša vide katra izglītojamā izaugsmei."),
                   Para("2.2. Izglītības iestādes vīzija par izglītojamo – zinātkārs, atbildīgs un patstāvīgs."),
                   Para("2.3. Izglītības iestādes vērtības – atbildība, cieņa, sadarbība."),
                   Para(f"2.4. {Y} mācību gada darba prioritātes un sasniegtie rezultāti")]
    else:
        blocks.append(Para(f"2. Informācija par izglītības iestādes {Y}m.g. izvirzīto prioritāšu sasniegšanu:"))
    blocks.append(_priority_table(rng, truth, with_status=True, year=year))

    # 3 criteria (older templates: exam results in prose)
    blocks.append(Para("3. Kritēriju izvērtējums"))
    criteria = (("Kompetences un sasniegumi", "Vienlīdzība un iekļaušana", "Pieejamība",
                 "Drošība un psiholoģiskā labklājība", "Infrastruktūra un resursi") if year == 2021 else
                ("Izglītības turpināšana un nodarbinātība", "Mācīšana un mācīšanās",
                 "Izglītības programmu īstenošana") if year == 2022 else ("MĀCĪŠANA UN MĀCĪŠANĀS",))
    for n, criterion in enumerate(criteria, start=1):
        blocks.append(Para(f"3.{n}. Kritērijs “{criterion}”"))
        if n == 1 and old and inst.exam_subjects:
            blocks.append(Para("Stiprās puses"))
            blocks += _prose_exams(inst, year, rng, truth)
            blocks.append(Para("Turpmākās attīstības vajadzības"))
        blocks += [Para(t) for t in rng.sample(CRITERIA_TEXTS, rng.randint(1, 3))]

    # 4-10
    blocks += [Para(f"4. Informācija par lielākajiem īstenotajiem projektiem {Y}mācību gadā"),
               Para("Eiropas Savienības Erasmus+ programmas projekts “Kopā mācīties, kopā augt”, kurā piedalījās "
                    f"{rng.randint(12, 90)} izglītojamie un {rng.randint(3, 20)} pedagogi."),
               Para("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi, un/ vai par sadarbību "
                    "ar nevalstiskajām organizācijām"),
               Para(f"5.1. Sadarbības līgums ar {inst.town} bibliotēku."),
               Para(f"5.2. Sadarbības līgums ar biedrību “{rng.choice(CENTRE_NAMES)}”.")]
    if not old:
        blocks += [Para("6. Audzināšanas darba prioritāro virzienu izvērtējums un secinājumi"),
                   Para("Pilsoniskās līdzdalības un piederības sajūtas veicināšana."),
                   Para("7. Citi sasniegumi un izglītības iestādei būtiska informācija"),
                   Para("Dalība Latvijas Skolu jaunatnes dziesmu un deju svētkos."),
                   Para("8. Informāciju par izglītības iestādes akreditācijā vai izglītības iestādes vadītāja "
                        "novērtēšanā ieteiktajiem uzdevumiem"),
                   Para("Nav attiecināms."),
                   Para("9. Informācija par izglītības iestādes apmeklējumā (IKVD, IP plānotā nodarbību/ mācību "
                        "stundu vērošana) ieteiktajiem uzdevumiem"),
                   Para("Nav attiecināms."),
                   Para(f"10. Izglītības iestādes padomes ieteikumi izglītības procesa pilnveidei "
                        f"{ydots(year + 1)}mācību gadā"),
                   Para(rng.choice(COUNCIL_TEXTS)),
                   Para(f"11. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti "
                        f"{ydots(year + 1)}mācību gadā (kvalitatīvi un kvantitatīvi)")]
        blocks.append(_priority_table(rng, truth, with_status=False, year=year))
    stem = f"{inst.slug}_{year}-{year + 1}"
    return Report(stem, blocks, truth, _template_of(year), inst.name)


def _programme_table(inst: Institution, year: int, rng, truth, old: bool, bump: bool) -> Table:
    start_day = "01.10." if inst.kind == "interest" else "01.09."
    end_day = "30.06." if inst.kind == "vocational" else "31.05."
    start_date, end_date = f"{start_day}{year}.", f"{end_day}{year + 1}."
    iso = lambda d: f"{d[6:10]}-{d[3:5]}-{d[0:2]}"  # noqa: E731
    grouped = old and year == 2022 and rng.random() < 0.5
    rows, join_counts = [], set()
    for i, prog in enumerate(inst.programmes):
        start, end = inst.counts[(i, year)]
        if bump and i == 0:
            end += 1
        code_text = (f"{prog.code[:4]} {prog.code[4:6]} {prog.code[6:]}" if grouped and prog.code else prog.code)
        if prog.code is None or rng.random() < 0.3:
            # in words, over two lines, as the 2022/23 preschool fixture; a numeric date in a table without
            # codes is taken for the header's date by the loaders (first row lost, wrong end_date)
            licence_date = [f"{prog.licence_date[:4]}. gada",
                            f"{int(prog.licence_date[8:10])}. {_MONTHS_LOC[int(prog.licence_date[5:7]) - 1]}"]
        else:
            licence_date = [f"{prog.licence_date[8:10]}.{prog.licence_date[5:7]}.{prog.licence_date[:4]}."]
        if old:
            # no code (interest, music/art/sport): an empty cell; a "–" there is read as a learner count
            rows.append([[prog.name], [code_text] if code_text else [], prog.sites, [prog.licence_no],
                         licence_date, [str(start)], [str(end)]])
        else:
            rows.append([[prog.name] + ([code_text] if code_text else []), prog.sites, [str(start)], [str(end)]])
        if rng.random() < 0.6:
            join_counts.add(len(rows) - 1)
        truth["programmes"].append({
            "row_no": i + 1, "programme_code": prog.code, "programme_name": prog.name,
            "sites": " ".join(prog.sites) if prog.code is None and inst.kind == "interest" else " | ".join(prog.sites),
            "licence_no": prog.licence_no if old else None,
            "licence_date": prog.licence_date if old else None, "learners_start": start, "learners_end": end,
            "start_date": iso(start_date), "end_date": iso(end_date)})
    yy = f"{ydots(year)}m.g." if not old else f"{ydots(year)}māc.g."
    if old:
        header = [[["Izglītības programmas nosaukums"], ["Izglītības programmas kods"],
                   ["Īstenošanas vietas adrese (ja atšķiras no juridiskās adreses)"], ["Licence"], None,
                   [f"Izglītojamo skaits, uzsākot programmas apguvi vai uzsākot {yy} ({start_date})"],
                   [f"Izglītojamo skaits, noslēdzot sekmīgu programmas apguvi vai noslēdzot {yy} ({end_date})"]],
                  [[""], [""], [""], ["Nr."], ["Licencēšanas datums"], [""], [""]]]
        txt_header = ["Izglītības programmas nosaukums", "Izglītības", "programmas", "kods",
                      "Īstenošanas vietas adrese", "(ja atšķiras no juridiskās adreses)", "Licence", "Nr.",
                      "Licencēšanas", "datums", "Izglītojamo skaits, uzsākot", "programmas apguvi vai",
                      f"uzsākot {yy}", f"({start_date})", "Izglītojamo skaits,", "noslēdzot sekmīgu",
                      "programmas apguvi vai", f"noslēdzot {yy}", f"({end_date})"]
        widths = [1700, 1150, 1550, 1050, 1300, 1444, 1444]
    else:
        header = [[["Izglītības programmas nosaukums"],
                   ["Īstenošanas vietas adrese (ja atšķiras no juridiskās adreses)"],
                   [f"Izglītojamo skaits, uzsākot programmas apguvi vai uzsākot {yy} ({start_date})"],
                   [f"Izglītojamo skaits, noslēdzot sekmīgu programmas apguvi vai noslēdzot {yy} ({end_date})"]]]
        txt_header = ["Izglītības programmas", "nosaukums", "Īstenošanas vietas adrese", "(ja atšķiras no juridiskās",
                      "adreses)", "Izglītojamo skaits, uzsākot", "programmas apguvi vai", f"uzsākot {yy}",
                      f"({start_date})", "Izglītojamo skaits, noslēdzot", "sekmīgu programmas apguvi",
                      f"vai noslēdzot {yy}", f"({end_date})"]
        widths = [2900, 2738, 2000, 2000]
    return Table(widths, header, rows, txt_header, "programmes", {"counts": join_counts})


def _leaving(inst: Institution, year: int, rng, truth, old: bool) -> list:
    Y = ydots(year)
    out = [Para("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai "
                "un mācību pārtraukšanai izglītības programmā (2-3 secinājumi par izglītojamiem, kuri uzsākuši vai "
                "pārtraukuši mācības izglītības iestādē):")]

    def learners(n: int) -> str:
        return f"{n} izglītojamais" if n % 10 == 1 and n % 100 != 11 else f"{n} izglītojamie"

    reloc, abroad = rng.randint(1, 12), (rng.randint(1, 9) if rng.random() < 0.4 else 0)
    change = rng.randint(1, 15)
    others = [(r, rng.randint(1, 40)) for r in rng.sample(LEAVE_OTHER_REASONS, rng.randint(0, 3))]
    if old:
        text1 = f"1.2.1. dzīvesvietas maiņa – {learners(reloc)}" + (f", devās uz ārzemēm – {learners(abroad)}"
                                                                     if abroad else "") + ";"
        reason = rng.choice(LEAVE_SCHOOL_REASONS)
        text2 = f"1.2.2. izglītības iestādes maiņa – {learners(change)}, {reason};"
    else:
        text1 = (f"1.2.1. dzīvesvietas maiņa (cik daudzi izglītojamie izglītības iestādē {Y}mācību gada laikā): "
                 f"{learners(reloc)}" + (f", devās uz ārzemēm – {learners(abroad)}" if abroad else "") + ";")
        reason = rng.choice(LEAVE_SCHOOL_REASONS)
        text2 = (f"1.2.2. izglītības iestādes maiņa (cik daudzi izglītojamie izglītības iestādē {Y}mācību gada "
                 f"laikā, galvenie iestādes maiņas iemesli): {learners(change)} pārgāja mācīties uz citu skolu "
                 f"{reason};")
    truth["leaving_reasons"].append({"item_no": "1.2.1", "category": "relocation", "reason_text": "dzīvesvietas maiņa",
                                     "learners": reloc})
    if abroad:
        truth["leaving_reasons"].append({"item_no": "1.2.1", "category": "emigration",
                                         "reason_text": "devās uz ārzemēm", "learners": abroad})
    truth["leaving_reasons"].append({"item_no": "1.2.2", "category": "school_change", "reason_text": reason,
                                     "learners": change})
    out += [Para(text1), Para(text2)]
    if others:
        clauses = "; ".join(f"{r} ({learners(n)})" for r, n in others)
        out.append(Para("1.2.3. cits iemesls (cik daudzi izglītojamie izglītības iestādē, iestādes maiņas iemesls): "
                        f"{clauses}."))
        for r, n in others:
            truth["leaving_reasons"].append({"item_no": "1.2.3", "category": "other", "reason_text": r, "learners": n})
    return out


def _vacancies(rng, year: int) -> list:
    rows = [[["1."], [f"Izglītības iestādē ir pedagogu vakances (līdz {year + 1}. gada 1. septembrim)"],
             [str(rng.randint(0, 3))], ["Matemātikas skolotājs 0,5 slodzes"]],
            [["2."], ["Izglītības iestādē pieejamais atbalsta personāls"], [str(rng.randint(1, 6))],
             ["Logopēds, speciālais pedagogs, sociālais pedagogs"]]]
    header = [[["NPK"], ["Informācija"], ["Skaits"], ["Komentāri (nodrošinājums un ar to saistītie izaicinājumi)"]]]
    txt_header = ["NPK", "Informācija", "Skaits", "Komentāri (nodrošinājums un ar to saistītie izaicinājumi)"]
    return [Para("1.3. Pedagogu ilgstošās vakances un atbalsta personāla nodrošinājums"),
            Table([800, 4700, 1000, 3138], header, rows, txt_header, "vacancies")]


_MONTHS_LOC = ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
               "oktobrī", "novembrī", "decembrī")

_IND_NAMES = {
    "pre": "Pirmsskolas izglītības programmā/-s", "basic": "Vispārējās pamatizglītības programmā/-s",
    "sec": "Vispārējās vidējās izglītības programmā/-s", "voc": "Profesionālās izglītības programmā/-s",
    "interest": "Interešu izglītības programmā/-s", "ievirze": "Profesionālās ievirzes izglītības programmā/-s",
    "talent": "Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, konkursos, "
              "sacensībās u.tml.",
    "teachers": "Pedagogu profesionālās kompetences pilnveide", "rating": "Citi kvalitātes rādītāji",
    "practice": "Citi kvalitātes rādītāji", "events": "Citi kvalitātes rādītāji",
}
_GRADE9_NAME = ("Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās pamatizglītības "
                "programmas apguves noslēgumā 9.klasē attiecībā pret vidējiem valsts rezultātiem")
_SECONDARY_NAME = ("Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās izglītības "
                   "programmas apguves noslēgumā attiecībā pret vidējiem valsts rezultātiem:")


def _value_text(unit: str, value: float, key: str, rng) -> str:
    if unit == "percent":
        return f"{lv(value)}%" if rng.random() < 0.7 else f"{lv(value)} %"
    if unit == "grade_avg":
        return f"{lv(value)} balles vid."
    if unit == "place":
        return f"Latvijas skolu reitingā {int(value)}. vieta"
    if key == "interest":
        return str(int(value))
    if key == "practice":
        return f"{int(value)} izglītojamie praksē uzņēmumos."
    return f"{int(value)} pasākumi ar vecākiem"


def _indicator_table(inst: Institution, year: int, rng, truth) -> Table:
    rows, joins = [], {}
    order = [k for k in ("pre", "basic", "sec", "voc", "interest", "ievirze") if k in inst.indicators]

    def add_row(no: str, name: str, cells: list | None, truth_row: dict | None, join: bool = False):
        if cells is None:
            rows.append([[no], [name], None, None, None])
        else:
            rows.append([[no], [name], *cells])
            if join:
                joins[len(rows) - 1] = True
        if truth_row is not None:
            truth["indicators"].append({"indicator_no": no.rstrip("."), "indicator_name": name.rstrip(":").strip(),
                                        **truth_row})

    def simple(key: str, no: str):
        unit, series = inst.indicators[key]
        baseline = series[year - 1][1]  # the target the previous report set
        actual, target = series[year][0], series[year][1]
        texts = [_value_text(unit, v, key, rng) for v in (baseline, actual, target)]
        one_line = unit in ("percent", "grade_avg") or key == "interest"
        add_row(no, _IND_NAMES[key], [[t] for t in texts],
                {"baseline_value": baseline, "actual_value": actual, "target_value": target,
                 "unit": "learners" if key in ("interest", "practice") else unit},
                join=one_line and rng.random() < 0.7)

    top = 1
    add_row("1.", "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:", None, None)
    for n, key in enumerate(order, start=1):
        simple(key, f"1.{n}.")
    top += 1
    if "grade9" in inst.exam_subjects:
        cells = _exam_cells(inst, "grade9", year, rng, truth)
        add_row(f"{top}.", _GRADE9_NAME, cells, _exam_indicator_truth(cells))
        top += 1
    if "optimal" in inst.exam_subjects:
        add_row(f"{top}.", _SECONDARY_NAME, None, None)
        cells = _exam_cells(inst, "optimal", year, rng, truth)
        add_row(f"{top}.1.", rng.choice(("optimālā kursa līmenī", "optimālajā līmenī")), cells,
                _exam_indicator_truth(cells))
        cells = _exam_cells(inst, "advanced", year, rng, truth)
        add_row(f"{top}.2.", rng.choice(("padziļinātā kursa līmenī", "augstākajā līmenī")), cells,
                _exam_indicator_truth(cells))
        top += 1
    for key in ("talent", "teachers", "rating", "practice", "events"):
        if key in inst.indicators:
            simple(key, f"{top}.")
            top += 1
    header = [[["NPK"], ["Kvalitatīvais / kvantitatīvais indikators"], ["Noteiktais rezultatīvais rādītājs"], None, None],
              [[""], [""], [f"uzsākot {ydots(year)}m.g. (pēc {ydots(year - 1)}m.g. pašnovērtējuma ziņojuma)"],
               [f"noslēdzot {ydots(year)}m.g."], [f"{ydots(year + 1)}m.g."]]]
    txt_header = ["NPK", "Kvalitatīvais /", "kvantitatīvais indikators", "Noteiktais rezultatīvais rādītājs", "uzsākot",
                  f"{ydots(year)}m.g.", f"(pēc {ydots(year - 1)}m.g.", "pašnovērtējuma ziņojuma)", "noslēdzot",
                  f"{ydots(year)}m.g.", f"{ydots(year + 1)}", "m.g."]
    table = Table([700, 2600, 2113, 2113, 2112], header, rows, txt_header, "indicators", joins)
    return table


def _exam_indicator_truth(cells: list[list[str]]) -> dict:
    """An exam row is also an indicator row: a cell stating exactly one figure (a lone target
    `Latviešu valoda – 63%.`) has that figure as its value (the contract: "the figure the cell gives
    as its value"); a cell listing several figures has none."""
    values = []
    for cell in cells:
        figures = re.findall(r"[0-9]+(?:,[0-9]+)?", re.sub(r"\([^()]*\)", " ", " ".join(cell)))
        values.append(float(figures[0].replace(",", ".")) if len(figures) == 1 else None)
    return {"baseline_value": values[0], "actual_value": values[1], "target_value": values[2],
            "unit": "percent" if any(v is not None for v in values) else "text"}


def _exam_entry(rng, subject_name: str, pct: float, nat: float | None, failed: float | None) -> str:
    dash = rng.choice((" - ", " – ", " "))
    pct_s = f"{lv(pct)}%" if rng.random() < 0.85 else f"{lv(pct)} %"
    text = f"{subject_name}{dash}{pct_s}"
    if nat is not None:
        text += rng.choice((f" (valstī {lv(nat)}%)", f", (valstī {lv(nat)}%)"))
    if failed is not None:
        text += f", nenokārtoja {lv(failed)}% skolēnu" if nat is not None else f" nenokārtoja {lv(failed)}% skolēnu"
    return text + "."


def _exam_cells(inst: Institution, level: str, year: int, rng, truth) -> list[list[str]]:
    """Baseline column: last year's results; actual: this year's; target: next year's targets. The
    level's anchor subject opens every cell (that is how a reader of Tika text tells the cells apart)."""
    subjects = inst.exam_subjects[level]
    cells = []
    for _column, y in (("baseline", year - 1), ("actual", year)):
        entries = []
        for subject in subjects:
            if (level, subject, y) not in inst.exam_results:
                continue
            pct, failed = inst.exam_results[(level, subject, y)]
            nat = national(ypair(y), level, subject) if rng.random() < 0.7 else None
            entries.append(_exam_entry(rng, SUBJECTS[subject][0], pct, nat, failed))
            truth["exam_results"].append({"exam_level": level, "subject": subject, "subject_raw": SUBJECTS[subject][0],
                                          "school_year": ypair(y), "measure": "result", "school_pct": pct,
                                          "national_pct": nat, "failed_pct": failed})
        cells.append(entries)
    entries = []
    for subject in subjects:
        t = inst.exam_targets.get((level, subject, year + 1))
        if t is None:
            continue
        entries.append(f"{SUBJECTS[subject][0]}{rng.choice((' - ', ' – '))}{lv(t)}%.")
        truth["exam_results"].append({"exam_level": level, "subject": subject, "subject_raw": SUBJECTS[subject][0],
                                      "school_year": ypair(year + 1), "measure": "target", "school_pct": t,
                                      "national_pct": None, "failed_pct": None})
    cells.append(entries)
    return cells


def _prose_exams(inst: Institution, year: int, rng, truth) -> list:
    out = []
    for level in ("grade9", "optimal", "advanced"):
        if level not in inst.exam_subjects or (level == "advanced" and year == 2021):
            continue
        for subject in inst.exam_subjects[level]:
            loc = SUBJECTS[subject][1]
            if loc is None or (level, subject, year) not in inst.exam_results:
                continue
            pct, failed = inst.exam_results[(level, subject, year)]
            nat = national(ypair(year), level, subject) if rng.random() < 0.8 else None
            if level == "grade9":
                opening = "Valsts pārbaudes darbos 9. klasē"
            elif level == "optimal":
                opening = ("Centralizētajā eksāmenā vispārējā kursa līmenī" if year == 2021
                           else "Centralizētajā eksāmenā optimālajā līmenī")
            else:
                opening = "Centralizētajā eksāmenā augstākajā līmenī"
            text = f"{opening} {loc} skolēnu vidējais rezultāts ir {lv(pct)}%"
            if nat is not None:
                text += f" (valstī {lv(nat)}%)"
            if failed is not None:
                text += f", nenokārtoja {lv(failed)}% skolēnu"
            out.append(Para(text + "."))
            truth["exam_results"].append({"exam_level": level, "subject": subject, "subject_raw": loc,
                                          "school_year": ypair(year), "measure": "result", "school_pct": pct,
                                          "national_pct": nat, "failed_pct": failed})
    return out


def _evidence(rng) -> list[str]:
    """Paragraphs of a comment: quotes, commas, sometimes a formula-like opening, line breaks, and now
    and then a paragraph over 5,000 characters."""
    paragraphs = []
    if rng.random() < 0.12:
        paragraphs.append(rng.choice(FORMULA_OPENINGS))
    for _ in range(rng.randint(1, 3)):
        k = rng.randint(1, 3)
        text = " ".join(rng.sample(EVIDENCE_SENTENCES, k))
        if rng.random() < 0.15:  # a manual line break inside the paragraph
            cut = text.find(" ", len(text) // 2)
            if cut > 0:
                text = text[:cut] + "\n" + text[cut + 1:]
        paragraphs.append(text)
    if rng.random() < 0.04:
        long = []
        while sum(len(s) + 1 for s in long) < 5200 + rng.randint(0, 2500):
            long.append(rng.choice(EVIDENCE_SENTENCES))
        paragraphs.append(" ".join(long))
    return paragraphs


def _priority_table(rng, truth, *, with_status: bool, year: int) -> Table:
    n_priorities = rng.randint(2, 4) if with_status else rng.randint(1, 3)
    titles = rng.sample(PRIORITY_TITLES, n_priorities)
    rows = []
    reversed_labels = rng.random() < 0.2
    for p, title in enumerate(titles, start=1):
        area = rng.choice(CRITERIA_AREAS) if rng.random() < 0.7 else None
        area_cell = [] if area is None else ([f"Kritērijs “{area}”"] if rng.random() < 0.2 else [area])
        number = rng.choice((f"Nr.{p}.", f"Nr.{p}"))
        prio_cell = area_cell + [number, title]
        kinds = ["quantitative", "qualitative"] if reversed_labels else ["qualitative", "quantitative"]
        for r, rtype in enumerate(kinds):
            word = ("kvalitatīvi" if rtype == "qualitative" else "kvantitatīvi")
            if reversed_labels:
                word = word[:-1] + "ie"
            label = f"{'ab'[r]}) {word}"
            planned = [rng.choice([t for k, t in PLANNED_RESULTS if k == rtype])]
            if rng.random() < 0.3:
                planned.append(rng.choice([t for k, t in PLANNED_RESULTS if k == rtype and t != planned[0]]))
            first = prio_cell if r == 0 else VCONT
            if with_status:
                status = rng.choices(("achieved", "partially_achieved", "not_achieved"), weights=(6, 3, 1))[0]
                status_raw = rng.choice(STATUS_FORMS[status])
                evidence = _evidence(rng)
                rows.append([first, [label] + planned, [status_raw], evidence])
                truth["priorities"].append({
                    "priority_no": str(p), "area": area, "title": title, "result_type": rtype, "status": status,
                    "status_raw": status_raw.rstrip("."), "planned_results": norm(" ".join(planned)),
                    "evidence": norm(" ".join(evidence))})
            else:
                rows.append([first, [label] + planned])
                truth["planned_priorities"].append({
                    "school_year": ypair(year + 1), "priority_no": str(p), "area": area, "title": title,
                    "result_type": rtype, "planned_results": norm(" ".join(planned))})
    if with_status:
        header = [[["Prioritāte"], ["Sasniedzamie rezultāti (kvantitatīvi un kvalitatīvi)"],
                   ["Norāde par uzdevumu izpildi (Sasniegts/ daļēji sasniegts/ nav sasniegts) un komentāri (kā to ir "
                    "izdevies īstenot un kādi dati un informācija to apliecina)"], None]]
        txt_header = ["Prioritāte Sasniedzamie rezultāti (kvantitatīvi un", "kvalitatīvi)",
                      "Norāde par uzdevumu izpildi (Sasniegts/ daļēji", "sasniegts/ nav sasniegts) un komentāri (kā to ir",
                      "izdevies īstenot un kādi dati un informācija to", "apliecina)"]
        return Table([1800, 3000, 1900, 2938], header, rows, txt_header, "priorities")
    header = [[["Prioritāte"], ["Sasniedzamie rezultāti kvantitatīvi un kvalitatīvi"]]]
    txt_header = ["Prioritāte Sasniedzamie rezultāti kvantitatīvi un kvalitatīvi"]
    return Table([2600, 7038], header, rows, txt_header, "planned")


# ---------------------------------------------------------------------------------------------------
# the corpus: plan, formats, PDF conversion and cache, writing
# ---------------------------------------------------------------------------------------------------
def parse_mix(text: str) -> dict[str, float]:
    mix: dict[str, float] = {}
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        fmt, _, weight = part.partition("=")
        if fmt not in ("txt", "docx", "pdf"):
            raise SystemExit(f"corpus.py: unknown format {fmt!r} in --formats (txt, docx, pdf)")
        mix[fmt] = float(weight) if weight else 1.0
    total = sum(mix.values())
    if not mix or total <= 0:
        raise SystemExit("corpus.py: --formats names no format with a positive weight")
    return {k: v / total for k, v in mix.items()}


def assign_formats(n: int, mix: dict[str, float]) -> list[str]:
    """Exact shares at every prefix (largest quota deficit first): report i's format depends only on i."""
    counts = {k: 0 for k in mix}
    out = []
    for i in range(n):
        fmt = max(mix, key=lambda k: (mix[k] * (i + 1) - counts[k], mix[k], k))
        counts[fmt] += 1
        out.append(fmt)
    return out


def plan(n: int, seed: int) -> tuple[World, list[tuple[Institution, int]]]:
    """The first n (institution, year) pairs: institutions in order, each year in order."""
    world = World(seed)
    out: list[tuple[Institution, int]] = []
    j = 0
    while len(out) < n:
        inst = world.institution(j)
        for y in inst.years:
            if len(out) < n:
                out.append((inst, y))
        j += 1
    return world, out


def _write_if_changed(path: Path, data: bytes) -> bool:
    if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
        return False
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return True


def _encode_txt(text: str, rng) -> bytes:
    if rng.random() < 0.1:
        try:
            return text.encode("cp1257")
        except UnicodeEncodeError:
            pass
    return text.encode("utf-8")


def convert_pdfs(jobs: list[tuple[str, bytes]], cache: Path, *, workers: int = 2, batch: int = 40,
                 log=print) -> dict:
    """Convert (key, docx bytes) with LibreOffice into cache/<key>.pdf; returns timing facts."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("corpus.py: PDFs are needed but LibreOffice (soffice) is not installed; "
                         "use --pdf-missing txt or skip, or --formats without pdf")
    cache = cache.resolve()  # soffice needs an absolute file:// URL for its profile
    cache.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="corpus-pdf-", dir=cache))
    started = time.perf_counter()
    try:
        chunks = [jobs[i:i + batch] for i in range(0, len(jobs), batch)]

        def run_chunk(args):
            index, chunk = args
            folder = work / f"c{index}"
            (folder / "in").mkdir(parents=True)
            (folder / "out").mkdir()
            for key, data in chunk:
                (folder / "in" / f"{key}.docx").write_bytes(data)
            profile = work / f"profile{index % workers}"
            cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", str(folder / "out"),
                   *sorted(str(p) for p in (folder / "in").iterdir())]
            # its own process group, so a hung soffice.bin (its child) is stopped with it
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
            try:
                proc.wait(timeout=120 + 30 * len(chunk))
            except subprocess.TimeoutExpired:
                log(f"soffice did not finish chunk {index} in time; stopping it (pid {proc.pid})")
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            done = 0
            for key, _ in chunk:
                pdf = folder / "out" / f"{key}.pdf"
                if pdf.is_file() and pdf.stat().st_size > 0:
                    os.replace(pdf, cache / f"{key}.pdf")
                    done += 1
            shutil.rmtree(folder / "in", ignore_errors=True)
            return done

        converted = 0
        # the same worker index must not run two soffice on one profile at once: one thread per profile
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for lane_done in pool.map(lambda lane: sum(run_chunk((i, c)) for i, c in enumerate(chunks)
                                                       if i % workers == lane), range(workers)):
                converted += lane_done
    finally:
        shutil.rmtree(work, ignore_errors=True)
    seconds = time.perf_counter() - started
    if jobs:
        log(f"converted {converted} of {len(jobs)} DOCX to PDF in {seconds:.1f}s "
            f"({seconds / max(1, len(jobs)):.2f}s a report, {workers} soffice in parallel)")
    return {"requested": len(jobs), "converted": converted, "seconds": round(seconds, 2), "workers": workers}


def generate(n: int, out: Path, *, seed: int = 1, mix: str = DEFAULT_MIX, pdf_cache: Path = DEFAULT_PDF_CACHE,
             pdf_missing: str = "convert", change_one: bool = False, workers: int = 2, quiet: bool = False) -> dict:
    _check_bank()
    log = (lambda *a: None) if quiet else (lambda *a: print(*a, file=sys.stderr))
    started = time.perf_counter()
    weights = parse_mix(mix)
    world, pairs = plan(n, seed)
    formats = assign_formats(n, weights)
    changed_index = None
    if change_one:
        changed_index = next((i for i, f in enumerate(formats) if f == "txt"), 0)
    reports_dir, truth_dir = out / "reports", out / "truth"
    reports_dir.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    truth: dict[str, list[dict]] = {k: [] for k in TRUTH_COLUMNS}
    manifest_reports = []
    pending_pdf: list[tuple[int, str, bytes, Report, Institution, int]] = []
    caches = [pdf_cache, COMMITTED_PDFS]
    written = 0

    def emit(i: int, report: Report, inst: Institution, year: int, fmt: str, data: bytes | None, src: Path | None):
        nonlocal written
        name = f"{report.stem}.{fmt}"
        path = reports_dir / name
        if src is not None:
            if not (path.is_file() and path.stat().st_size == src.stat().st_size and path.read_bytes() == src.read_bytes()):
                tmp = path.with_name(f".{name}.tmp")
                shutil.copyfile(src, tmp)
                os.replace(tmp, path)
                written += 1
            data_sha = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            written += _write_if_changed(path, data)
            data_sha = hashlib.sha256(data).hexdigest()
        truth["reports"].append({"source_file": name, "institution_name": inst.name, "institution_kind": inst.kind,
                                 "school_year": ypair(year), "source_format": fmt, "institution_no": inst.no,
                                 "template": report.template})
        for table, rows in report.truth.items():
            for row in rows:
                truth[table].append({"source_file": name, **row})
        manifest_reports.append({"index": i, "file": name, "format": fmt, "institution_no": inst.no,
                                 "school_year": ypair(year), "sha256": data_sha,
                                 **({"changed": True} if i == changed_index else {})})

    for i, ((inst, year), fmt) in enumerate(zip(pairs, formats)):
        report = build_report(inst, year, seed, bump=(i == changed_index))
        if fmt == "txt":
            emit(i, report, inst, year, "txt", _encode_txt(render_txt(report.blocks), _rng(seed, "enc", i)), None)
            continue
        data = render_docx(report.blocks, report.title)
        if fmt == "docx":
            emit(i, report, inst, year, "docx", data, None)
            continue
        key = hashlib.sha256(data).hexdigest()[:40]
        cached = next((c / f"{key}.pdf" for c in caches if (c / f"{key}.pdf").is_file()), None)
        if cached is not None:
            emit(i, report, inst, year, "pdf", None, cached)
        elif pdf_missing == "convert":
            pending_pdf.append((i, key, data, report, inst, year))
        elif pdf_missing == "txt":
            emit(i, report, inst, year, "txt", _encode_txt(render_txt(report.blocks), _rng(seed, "enc", i)), None)
        # pdf_missing == "skip": the report is left out
    conversion = {"requested": 0, "converted": 0, "seconds": 0.0, "workers": workers}
    if pending_pdf:
        conversion = convert_pdfs([(key, data) for _, key, data, *_ in pending_pdf], pdf_cache, workers=workers,
                                  log=log)
        for i, key, _data, report, inst, year in pending_pdf:
            pdf = pdf_cache / f"{key}.pdf"
            if not pdf.is_file():
                raise SystemExit(f"corpus.py: LibreOffice did not convert {report.stem}")
            emit(i, report, inst, year, "pdf", None, pdf)
    order = {r["file"]: r["index"] for r in manifest_reports}
    manifest_reports.sort(key=lambda r: r["index"])
    keep = set(order)
    for stale in reports_dir.iterdir():
        if stale.is_file() and stale.name not in keep:
            stale.unlink()
    for table, columns in TRUTH_COLUMNS.items():
        rows = sorted(truth[table], key=lambda r: order[r["source_file"]])  # stable: document order kept
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([num(row.get(c)) if isinstance(row.get(c), (int, float)) and not isinstance(row.get(c), bool)
                             else ("" if row.get(c) is None else str(row.get(c))) for c in columns])
        _write_if_changed(truth_dir / f"{table}.csv", buf.getvalue().encode("utf-8"))
    gold = out / "gold"
    if not gold.exists():
        try:
            gold.symlink_to("truth")
        except OSError:
            pass
    by_format: dict[str, int] = {}
    for r in manifest_reports:
        by_format[r["format"]] = by_format.get(r["format"], 0) + 1
    manifest = {"seed": seed, "reports_requested": n, "reports": len(manifest_reports), "mix": weights,
                "by_format": by_format, "institutions": len({r["institution_no"] for r in manifest_reports}),
                "pdf_missing": pdf_missing, "changed": next((r["file"] for r in manifest_reports if r.get("changed")), None),
                "pdf_conversion": conversion, "files_written": written,
                "seconds": round(time.perf_counter() - started, 2), "files": manifest_reports}
    _write_if_changed(out / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
    log(f"corpus: {len(manifest_reports)} reports ({', '.join(f'{k} {v}' for k, v in sorted(by_format.items()))}) "
        f"of {manifest['institutions']} institutions -> {out} in {manifest['seconds']:.1f}s "
        f"({written} files written)")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, required=True, metavar="N", help="number of reports")
    ap.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for reports/, truth/, manifest.json")
    ap.add_argument("--seed", type=int, default=1, help="seed (default 1)")
    ap.add_argument("--formats", default=DEFAULT_MIX,
                    help=f"format mix: fmt=weight,... or a list of formats (default {DEFAULT_MIX})")
    ap.add_argument("--pdf-cache", type=Path, default=DEFAULT_PDF_CACHE, help="where converted PDFs are kept")
    ap.add_argument("--pdf-missing", choices=("convert", "txt", "skip"), default="convert",
                    help="a PDF not in the cache: convert it (LibreOffice), write the report as TXT, or leave it out")
    ap.add_argument("--workers", type=int, default=2, help="parallel LibreOffice processes (default 2)")
    ap.add_argument("--hard-layout", action="store_true",
                    help="PDF/DOCX tables as the loaders misread them (rows split over pages, every header row "
                         "repeated): reproduces the findings in benchmarks/README.md; PDFs cached separately")
    ap.add_argument("--change-one", action="store_true",
                    help="one changed report: the first TXT report's first programme gets one more learner at the end")
    ap.add_argument("--quiet", "-q", action="store_true")
    args = ap.parse_args(argv)
    if args.reports < 1:
        ap.error("--reports must be at least 1")
    global HARD_LAYOUT
    HARD_LAYOUT = args.hard_layout
    generate(args.reports, args.out, seed=args.seed, mix=args.formats, pdf_cache=args.pdf_cache,
             pdf_missing=args.pdf_missing, change_one=args.change_one, workers=args.workers, quiet=args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
