#!/usr/bin/env python3
"""Write gold/*.csv for iic-sparni_2024-2025 (.pdf and its Tika .txt): same rows, two source files."""
import csv
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
BASE = "iic-sparni_2024-2025"
FILES = [f"{BASE}.pdf", f"{BASE}.txt"]

REPORTS = [("Interešu izglītības centrs „Spārni”", "interest", "2024/2025")]

PROGRAMMES = [  # row_no, code (none: interest-education fields), name, start, end
    (1, "", "Kultūrizglītība (mūzika, dejas, teātris, vizuālā un vizuāli plastiskā māksla)", 642, 618),
    (2, "", "STEM (tehniskā jaunrade, robotika, datorika, vides izglītība)", 287, 301),
    (3, "", "Sports un fiziskās aktivitātes (galda teniss, šahs, orientēšanās)", 164, 152),
    (4, "", "Sociālā un pilsoniskā joma (jauniešu iniciatīvas, līderu skola, pirmsskolas vecuma bērnu "
            "attīstošās nodarbības)", 211, 197),
]

EXAMS = []  # an interest-education centre: no state exams

LEAVING = [  # item_no as printed (the centre numbers its leaving items 1.3.x), category, learners
    ("1.3.1", "relocation", 6),
    ("1.3.1", "emigration", 3),
    ("1.3.2", "school_change", 14),
    ("1.3.3", "other", 41),
    ("1.3.3", "other", 8),
    ("1.3.3", "other", 5),
    ("1.3.3", "other", 19),
]

P1 = ("1", "", "STEM jomas programmu piedāvājuma paplašināšana novada skolēniem")
P2 = ("2", "", "Audzēkņu noturēšana interešu izglītības programmās un mācību pārtraukšanas risku mazināšana")
P3 = ("3", "", "Pedagogu digitālo prasmju pilnveide")
PRIORITIES = [
    (*P1, "quantitative", "achieved"),
    (*P1, "qualitative", "achieved"),
    (*P2, "quantitative", "not_achieved"),
    (*P2, "qualitative", "partially_achieved"),
    (*P3, "quantitative", "achieved"),          # "Sasniegts pilnībā"
    (*P3, "qualitative", "partially_achieved"),  # "Sasniegts daļēji"
]

INDICATORS = [  # no, name, baseline, actual, target, unit
    ("1.1", "Interešu izglītības programmā/-s", "1250", "1304", "1300", "learners"),
    ("2.1", "Audzēkņu skaits, kuri piedalījās valsts un starptautiska mēroga konkursos, skatēs un sacensībās",
     "240", "286", "260", "learners"),
    ("2.2", "Iegūto godalgoto vietu (1.–3. vieta) skaits valsts un starptautiskajos konkursos",
     "31", "44", "35", "count"),
    ("2.3", "Robotikas komandas „Spārnotie” vieta Latvijas skolēnu robotikas čempionātā „RoboLīga”",
     "6", "2", "3", "place"),
    ("2.4", "Kolektīvu skaits, kas skatēs ieguvuši I pakāpes diplomu", "9", "12", "12", "count"),
    ("3", "Pedagogu profesionālās kompetences pilnveide", "80", "94", "95", "percent"),
    ("4.1", "Vecāku apmierinātība ar interešu izglītības piedāvājumu (aptaujas dati)", "82", "87", "85",
     "percent"),
    ("4.2", "Centra organizēto novada mēroga pasākumu skaits", "18", "23", "20", "count"),
]


def write(name, header, rows):
    with (GOLD / name).open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for f in FILES:
            for r in rows:
                w.writerow([f, *r])


def main():
    GOLD.mkdir(exist_ok=True)
    write("reports.csv", ["source_file", "institution_name", "institution_kind", "school_year"], REPORTS)
    write("programmes.csv", ["source_file", "row_no", "programme_code", "programme_name", "learners_start",
                             "learners_end", "start_date", "end_date"],
          [(*p, "2024-10-01", "2025-05-31") for p in PROGRAMMES])
    write("exam_results.csv", ["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure",
                               "school_pct", "national_pct", "failed_pct"], EXAMS)
    write("leaving_reasons.csv", ["source_file", "item_no", "category", "learners"], LEAVING)
    write("priorities.csv", ["source_file", "priority_no", "area", "title", "result_type", "status"], PRIORITIES)
    write("indicators.csv", ["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value",
                             "target_value", "unit"], INDICATORS)


if __name__ == "__main__":
    main()
