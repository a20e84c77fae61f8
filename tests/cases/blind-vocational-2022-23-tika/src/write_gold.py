#!/usr/bin/env python3
"""Writes gold/*.csv for this case: the rows a careful reader takes from the report.

The same rows are written for every delivered file of the report (PDF and its Tika text),
differing only in source_file.
"""
import csv
from pathlib import Path

CASE = Path(__file__).resolve().parent.parent
FILES = ["pikc-lielupes-tehnikums_2022-2023.pdf", "pikc-lielupes-tehnikums_2022-2023.txt"]

REPORTS = [("Profesionālās izglītības kompetences centrs “Lielupes tehnikums”", "vocational", "2022/2023")]

PROGRAMMES = [  # row_no, code, name, start, end, start_date, end_date
    (1, "33481011", "Programmēšana", 312, 287, "2022-09-01", "2023-06-30"),
    (2, "33525011", "Autotransports", 268, 241, "2022-09-01", "2023-06-30"),
    (3, "33525011", "Autotransports", 38, 35, "2022-09-01", "2023-06-30"),
    (4, "33522011", "Enerģētika un elektrotehnika", 198, 183, "2022-09-01", "2023-06-30"),
    (5, "33811021", "Ēdināšanas pakalpojumi", 176, 160, "2022-09-01", "2023-06-30"),
    (6, "33582011", "Būvniecība", 91, 84, "2022-09-01", "2023-06-30"),
    (7, "32811021", "Ēdināšanas pakalpojumi", 24, 19, "2022-09-01", "2023-06-30"),
]

EXAMS = [  # level, subject, raw, year, measure, school, national, failed
    ("optimal", "latvian", "Latviešu valoda", "2022/2023", "result", "46.9", "54", "4.1"),
    ("optimal", "mathematics", "Matemātika", "2022/2023", "result", "27.4", "35", "21.6"),
    ("optimal", "english", "Angļu valoda", "2022/2023", "result", "55.3", "63", "1.5"),
    ("advanced", "english", "Angļu valoda", "2022/2023", "result", "58.6", "65", ""),
    ("advanced", "mathematics", "Matemātika", "2022/2023", "result", "51.2", "60", ""),
    ("optimal", "latvian", "Latviešu valoda", "2021/2022", "result", "43.5", "", ""),
    ("optimal", "mathematics", "Matemātika", "2021/2022", "result", "29.8", "", ""),
]

LEAVING = [  # item, category, learners
    ("1.2.1", "relocation", 5),
    ("1.2.1", "emigration", 3),
    ("1.2.2", "school_change", 19),
    ("1.2.3", "other", 21),
    ("1.2.3", "other", 14),
    ("1.2.3", "other", 4),
    ("1.2.3", "other", 2),
]

P1 = ("1", "Mācīšana un mācīšanās",
      "Vispārizglītojošo mācību priekšmetu apguves kvalitātes paaugstināšana, īpaši matemātikā")
P2 = ("2", "Izglītības turpināšana un nodarbinātība", "Darba vidē balstītu mācību (DVB) paplašināšana")
P3 = ("3", "Izglītības programmu īstenošana",
      "Modulāro izglītības programmu ieviešanas noslēgums un digitālo mācību resursu pilnveide")
PRIORITIES = [
    (*P1, "qualitative", "achieved"),
    (*P1, "quantitative", "not_achieved"),
    (*P2, "qualitative", "achieved"),
    (*P2, "quantitative", "partially_achieved"),
    (*P3, "qualitative", "partially_achieved"),
    (*P3, "quantitative", "achieved"),
]

# 2022/23 template: 1.3 is the teacher-vacancy table, not a quality-indicator table -> no indicator rows
INDICATORS = []

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
