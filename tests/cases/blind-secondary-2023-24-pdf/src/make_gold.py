#!/usr/bin/env python3
"""Write the hand-read gold rows of lielvarpu-vidusskola_2023-2024 for both the PDF and its Tika text.

The rows below were written by reading the report (not derived from make_report.py's data).
"""
import csv
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
FILES = ["lielvarpu-vidusskola_2023-2024.pdf", "lielvarpu-vidusskola_2023-2024.txt"]

reports = [("Lielvārpu vidusskola", "general", "2023/2024")]

programmes = [  # row_no, code, name, start, end, start_date, end_date
    (1, "01011111", "Pirmsskolas izglītības programma", 64, 61),
    (2, "21011111", "Pamatizglītības programma", 298, 294),
    (3, "21015611", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem", 21, 24),
    (4, "21015811", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem", 3, 3),
    (5, "31016011", "Vispārējās vidējās izglītības programma", 104, 99),
    (6, "31016013", "Vispārējās vidējās izglītības programma (tālmācība)", 37, 30),
]

R, T = "result", "target"
exams = [  # level, subject, raw, year, measure, school, national, failed
    ("grade9", "latvian", "Latviešu valoda", "2022/2023", R, "56.8", "58", ""),
    ("grade9", "mathematics", "Matemātika", "2022/2023", R, "47.2", "50.5", "4.3"),
    ("grade9", "english", "Angļu valoda", "2022/2023", R, "68.9", "66.1", ""),
    ("grade9", "latvian", "Latviešu valoda", "2023/2024", R, "61.3", "59.1", "2.4"),
    ("grade9", "mathematics", "Matemātika", "2023/2024", R, "40.6", "43.2", "9.5"),
    ("grade9", "english", "Angļu valoda", "2023/2024", R, "66", "63.9", ""),
    ("grade9", "latvian", "Latviešu valoda", "2024/2025", T, "62", "", ""),
    ("grade9", "mathematics", "Matemātika", "2024/2025", T, "45", "", ""),
    ("grade9", "english", "Angļu valoda", "2024/2025", T, "68", "", ""),
    ("optimal", "latvian", "Latviešu valoda", "2022/2023", R, "51.4", "54", ""),
    ("optimal", "mathematics", "Matemātika", "2022/2023", R, "31.9", "35", "12.5"),
    ("optimal", "english", "Angļu valoda", "2022/2023", R, "61.5", "63", ""),
    ("optimal", "latvian", "Latviešu valoda", "2023/2024", R, "53.7", "55", ""),
    ("optimal", "mathematics", "Matemātika", "2023/2024", R, "36.2", "34", "8.3"),
    ("optimal", "english", "Angļu valoda", "2023/2024", R, "64.8", "62", ""),
    ("optimal", "german", "Vācu valoda", "2023/2024", R, "57.5", "54", ""),
    ("optimal", "latvian", "Latviešu valoda", "2024/2025", T, "55", "", ""),
    ("optimal", "mathematics", "Matemātika", "2024/2025", T, "38", "", ""),
    ("optimal", "english", "Angļu valoda", "2024/2025", T, "65", "", ""),
    ("advanced", "latvian", "Latviešu valoda", "2022/2023", R, "49", "56", ""),
    ("advanced", "mathematics", "Matemātika", "2022/2023", R, "55.3", "60", ""),
    ("advanced", "english", "Angļu valoda", "2022/2023", R, "70.2", "65", ""),
    ("advanced", "latvian", "Latviešu valoda", "2023/2024", R, "52.4", "55", "4"),
    ("advanced", "mathematics", "Matemātika", "2023/2024", R, "57.1", "59", ""),
    ("advanced", "english", "Angļu valoda", "2023/2024", R, "68.4", "66", ""),
    ("advanced", "biology", "Bioloģija", "2023/2024", R, "49.6", "55", ""),
    ("advanced", "chemistry", "Ķīmija", "2023/2024", R, "46.8", "", ""),
    ("advanced", "culture_arts", "Kultūra un māksla", "2023/2024", R, "53.2", "50", ""),
    ("advanced", "latvian", "Latviešu valoda", "2024/2025", T, "54", "", ""),
    ("advanced", "mathematics", "Matemātika", "2024/2025", T, "58", "", ""),
    ("advanced", "english", "Angļu valoda", "2024/2025", T, "70", "", ""),
    ("advanced", "biology", "Bioloģija", "2024/2025", T, "52", "", ""),
]

leaving = [("1.2.1", "relocation", 7), ("1.2.1", "emigration", 2), ("1.2.2", "school_change", 5),
           ("1.2.3", "other", 3), ("1.2.3", "other", 1)]

P1 = ("1", "Mācīšana un mācīšanās", "Matemātikas un dabaszinātņu mācību rezultātu uzlabošana")
P2 = ("2", "Vienlīdzība un iekļaušana",
      "Individualizēta atbalsta sistēmas pilnveide izglītojamajiem ar mācīšanās grūtībām")
P3 = ("3", "Drošība un psiholoģiskā labklājība", "Emocionāli droša un cieņpilna skolas vide")
priorities = [
    (*P1, "qualitative", "achieved"), (*P1, "quantitative", "partially_achieved"),
    (*P2, "qualitative", "achieved"), (*P2, "quantitative", "not_achieved"),
    (*P3, "qualitative", "partially_achieved"), (*P3, "quantitative", "achieved"),
]

indicators = [
    ("1.1", "Pirmsskolas izglītības programmā", "68", "71", "72", "percent"),
    ("1.2", "Vispārējās pamatizglītības programmā", "6.4", "6.5", "6.6", "grade_avg"),
    ("1.3", "Vispārējās vidējās izglītības programmā", "6.1", "6.2", "6.3", "grade_avg"),
    ("1.4", "Interešu izglītības programmās", "214", "236", "240", "learners"),
    ("4", "Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, konkursos, "
          "sacensībās u.tml.", "14", "19", "16", "count"),
    ("5", "Pedagogu profesionālās kompetences pilnveide", "85", "92", "95", "percent"),
    ("6", "Citi kvalitātes rādītāji", "27", "22", "20", "place"),
]


def write(name, header, rows):
    with (GOLD / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for f in FILES:
            for r in rows:
                w.writerow([f, *r])


GOLD.mkdir(exist_ok=True)
write("reports", ["source_file", "institution_name", "institution_kind", "school_year"], reports)
write("programmes", ["source_file", "row_no", "programme_code", "programme_name", "learners_start",
                     "learners_end", "start_date", "end_date"],
      [(*p, "2023-09-01", "2024-05-31") for p in programmes])
write("exam_results", ["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure",
                       "school_pct", "national_pct", "failed_pct"], exams)
write("leaving_reasons", ["source_file", "item_no", "category", "learners"], leaving)
write("priorities", ["source_file", "priority_no", "area", "title", "result_type", "status"], priorities)
write("indicators", ["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value",
                     "target_value", "unit"], indicators)
print("gold written to", GOLD)
