#!/usr/bin/env python3
"""Writes gold/*.csv for the PDF and its Tika text (same rows, different source_file)."""
import csv
from pathlib import Path

CASE = Path(__file__).resolve().parent.parent
NAME = "vecupes-valsts-gimnazija_2022-2023"
FILES = [f"{NAME}.pdf", f"{NAME}.txt"]

REPORTS = [["Vecupes Valsts ģimnāzija", "general", "2022/2023"]]
PROGRAMMES = [
    [1, "23011111", "Pamatizglītības otrā posma (7.–9. klase) programma", 212, 209],
    [2, "31016011", "Vispārējās vidējās izglītības programma", 246, 238],
    [3, "31016011", "Vispārējās vidējās izglītības programma", 38, 35],
    [4, "23015611", "Speciālās pamatizglītības otrā posma programma izglītojamajiem ar mācīšanās traucējumiem", 6, 7],
]
EXAMS = [  # level, subject, raw, year, measure, school, national, failed
    ["grade9", "latvian", "Latviešu valoda", "2022/2023", "result", "71.2", "58", ""],
    ["grade9", "mathematics", "Matemātika", "2022/2023", "result", "61.7", "50.5", "1.4"],
    ["grade9", "english", "Angļu valoda", "2022/2023", "result", "79.4", "66.1", ""],
    ["optimal", "latvian", "Latviešu valoda", "2022/2023", "result", "63.8", "54", ""],
    ["optimal", "mathematics", "Matemātika", "2022/2023", "result", "38.9", "35", ""],
    ["optimal", "english", "Angļu valoda", "2022/2023", "result", "74.6", "63", ""],
    ["advanced", "latvian", "Latviešu valoda", "2022/2023", "result", "61.5", "56", ""],
    ["advanced", "mathematics", "Matemātika", "2022/2023", "result", "66.2", "60", ""],
    ["advanced", "english", "Angļu valoda", "2022/2023", "result", "78.3", "65", ""],
    ["advanced", "biology", "Bioloģija", "2022/2023", "result", "58.7", "51.2", ""],
    ["advanced", "chemistry", "Ķīmija", "2022/2023", "result", "55.1", "49.8", ""],
    ["advanced", "physics", "Fizika", "2022/2023", "result", "47.3", "", ""],
    ["advanced", "programming", "Programmēšana", "2022/2023", "result", "71.0", "", ""],
    ["optimal", "mathematics", "CE matemātikā", "2021/2022", "result", "44.6", "", ""],
]
LEAVING = [
    ["1.2.1", "relocation", 4], ["1.2.1", "emigration", 2], ["1.2.2", "school_change", 5],
    ["1.2.3", "other", 1], ["1.2.3", "other", 2],
]
P1 = ["1", "Mācīšana un mācīšanās", "Pašvadītas mācīšanās prasmju pilnveide 7.–12. klasē"]
P2 = ["2", "Izglītības turpināšana un nodarbinātība", "Karjeras izglītības sistēmas pilnveide"]
P3 = ["3", "Izglītības programmu īstenošana", "Mācību satura pēctecība un starppriekšmetu saikne STEM jomā"]
PRIORITIES = [
    P1 + ["qualitative", "partially_achieved"], P1 + ["quantitative", "not_achieved"],
    P2 + ["quantitative", "achieved"], P2 + ["qualitative", "achieved"],
    P3 + ["qualitative", "partially_achieved"], P3 + ["quantitative", "achieved"],
]


def write(name, header, rows):
    with (CASE / "gold" / name).open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for f in FILES:
            for r in rows:
                w.writerow([f, *r])


(CASE / "gold").mkdir(exist_ok=True)
write("reports.csv", ["source_file", "institution_name", "institution_kind", "school_year"], REPORTS)
write("programmes.csv", ["source_file", "row_no", "programme_code", "programme_name", "learners_start",
                         "learners_end", "start_date", "end_date"],
      [r + ["2022-09-01", "2023-05-31"] for r in PROGRAMMES])
write("exam_results.csv", ["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure",
                           "school_pct", "national_pct", "failed_pct"], EXAMS)
write("leaving_reasons.csv", ["source_file", "item_no", "category", "learners"], LEAVING)
write("priorities.csv", ["source_file", "priority_no", "area", "title", "result_type", "status"], PRIORITIES)
write("indicators.csv", ["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value",
                         "target_value", "unit"], [])
