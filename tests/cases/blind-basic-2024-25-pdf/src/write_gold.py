#!/usr/bin/env python3
"""Writes gold/*.csv for this case: the rows a careful reader takes from the report.

The same rows are written for every delivered file of the report (PDF and its Tika text),
differing only in source_file.
"""
import csv
from pathlib import Path

CASE = Path(__file__).resolve().parent.parent
FILES = ["lielsalas-pamatskola_2024-2025.pdf", "lielsalas-pamatskola_2024-2025.txt"]

REPORTS = [("Lielsalas pamatskola", "general", "2024/2025")]

PROGRAMMES = [  # row_no, code, name, start, end, start_date, end_date
    (1, "01011111", "Pirmsskolas izglītības programma", 42, 44, "2024-09-01", "2025-05-31"),
    (2, "21011111", "Pamatizglītības programma", 168, 163, "2024-09-01", "2025-05-31"),
    (3, "21015611", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem", 14, 15,
     "2024-09-01", "2025-05-31"),
    (4, "21015811", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem", 3, 3,
     "2024-09-01", "2025-05-31"),
]

EXAMS = [  # level, subject, raw, year, measure, school, national, failed
    ("grade9", "latvian", "Latviešu valoda", "2023/2024", "result", "61.3", "59.1", ""),
    ("grade9", "mathematics", "Matemātika", "2023/2024", "result", "40.2", "43.2", "11.8"),
    ("grade9", "english", "Angļu valoda", "2023/2024", "result", "68.9", "63.9", ""),
    ("grade9", "latvian", "Latviešu valoda", "2024/2025", "result", "60.7", "58.5", ""),
    ("grade9", "mathematics", "Matemātika", "2024/2025", "result", "49.6", "53.8", "5.6"),
    ("grade9", "english", "Angļu valoda", "2024/2025", "result", "71.2", "65.8", ""),
    ("grade9", "latvian", "Latviešu valoda", "2025/2026", "target", "62", "", ""),
    ("grade9", "mathematics", "Matemātika", "2025/2026", "target", "52", "", ""),
    ("grade9", "english", "Angļu valoda", "2025/2026", "target", "70", "", ""),
]

LEAVING = [  # item, category, learners
    ("1.2.1", "relocation", 4),
    ("1.2.1", "emigration", 1),
    ("1.2.2", "school_change", 3),
    ("1.2.3", "other", 1),
]

P1 = ("1", "Mācīšana un mācīšanās", "Matemātiskās pratības un tekstpratības stiprināšana pamatizglītības posmā")
P2 = ("2", "Vienlīdzība un iekļaušana", "Atbalsta sistēmas pilnveide izglītojamajiem ar mācīšanās grūtībām")
P3 = ("3", "Drošība un psiholoģiskā labklājība", "Pozitīvas uzvedības kultūras stiprināšana skolā")
PRIORITIES = [
    (*P1, "quantitative", "partially_achieved"),
    (*P1, "qualitative", "achieved"),
    (*P2, "quantitative", "achieved"),
    (*P2, "qualitative", "partially_achieved"),
    (*P3, "quantitative", "not_achieved"),
    (*P3, "qualitative", "achieved"),
]

INDICATORS = [  # no, name, baseline, actual, target, unit
    ("1.1", "Pirmsskolas izglītības programmā", "72", "74", "75", "percent"),
    ("1.2", "Vispārējās pamatizglītības programmā (vidējais vērtējums 4.–9. klasē)", "6.4", "6.5", "6.6",
     "grade_avg"),
    ("1.3", "Speciālās pamatizglītības programmās: izglītojamie, kuri sasnieguši optimālu apguves līmeni",
     "10", "12", "12", "learners"),
    ("1.4", "Interešu izglītības programmās iesaistīto izglītojamo īpatsvars", "58", "61", "60", "percent"),
    ("4", "Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, konkursos, sacensībās u.tml.",
     "7", "9", "8", "count"),
    ("5", "Pedagogu profesionālās kompetences pilnveide (pedagogi, kuri mācību gadā apguvuši vismaz 12 h "
          "profesionālās pilnveides programmas)", "95", "100", "100", "percent"),
    ("6", "Citi kvalitātes rādītāji: vieta Latvijas izglītības iestāžu reitingā (pamatskolu grupā)",
     "27", "19", "20", "place"),
]


def write(name, header, rows):
    with (CASE / "gold" / name).open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for f in FILES:
            for r in rows:
                w.writerow([f, *r])


if __name__ == "__main__":
    (CASE / "gold").mkdir(exist_ok=True)
    write("reports.csv", ["source_file", "institution_name", "institution_kind", "school_year"], REPORTS)
    write("programmes.csv", ["source_file", "row_no", "programme_code", "programme_name", "learners_start",
                             "learners_end", "start_date", "end_date"], PROGRAMMES)
    write("exam_results.csv", ["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure",
                               "school_pct", "national_pct", "failed_pct"], EXAMS)
    write("leaving_reasons.csv", ["source_file", "item_no", "category", "learners"], LEAVING)
    write("priorities.csv", ["source_file", "priority_no", "area", "title", "result_type", "status"], PRIORITIES)
    write("indicators.csv", ["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value",
                             "target_value", "unit"], INDICATORS)
    print("gold written")
