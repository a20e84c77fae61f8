#!/usr/bin/env python3
"""Write gold/*.csv for both files of this case (the PDF and its Tika text): same rows."""
import csv
import sys
from pathlib import Path

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "gold")
FILES = ["tervetes-valsts-gimnazija_2024-2025.pdf", "tervetes-valsts-gimnazija_2024-2025.txt"]

reports = [["Tērvetes Valsts ģimnāzija", "general", "2024/2025"]]

programmes = [
    [1, "23011111", "Pamatizglītības otrā posma (7.–9. klase) programma", 148, 146],
    [2, "31016011", "Vispārējās vidējās izglītības programma", 236, 229],
    [3, "31016013", "Vispārējās vidējās izglītības programma (tālmācība, 10.–12. klase pieaugušajiem "
                    "un izglītojamajiem ar īpašām vajadzībām)", 28, 23],
]

SUBJ = {"latvian": "Latviešu valoda", "english": "Angļu valoda", "mathematics": "Matemātika",
        "german": "Vācu valoda", "biology": "Bioloģija", "physics": "Fizika", "chemistry": "Ķīmija",
        "programming": "Programmēšana", "history": "Vēsture"}
Y0, Y1, Y2 = "2023/2024", "2024/2025", "2025/2026"
# level, subject, year, measure, school, national, failed
exams = [
    ("grade9", "latvian", Y0, "result", 71.4, 59.1, None),
    ("grade9", "english", Y0, "result", 82.6, 63.9, None),
    ("grade9", "mathematics", Y0, "result", 60.2, 43.2, 2.1),
    ("grade9", "latvian", Y1, "result", 69.8, 58.5, None),
    ("grade9", "english", Y1, "result", 84.1, 65.8, None),
    ("grade9", "mathematics", Y1, "result", 66.7, 53.8, None),
    ("grade9", "latvian", Y2, "target", 72, None, None),
    ("grade9", "english", Y2, "target", 84, None, None),
    ("grade9", "mathematics", Y2, "target", 67, None, None),
    ("optimal", "latvian", Y0, "result", 63.5, 55, None),
    ("optimal", "mathematics", Y0, "result", 47.9, 34, 4.3),
    ("optimal", "english", Y0, "result", 74.2, 62, None),
    ("optimal", "german", Y0, "result", 61.0, 54, None),
    ("optimal", "latvian", Y1, "result", 65.1, None, None),
    ("optimal", "mathematics", Y1, "result", 52.6, 43.7, 1.8),
    ("optimal", "english", Y1, "result", 76.0, None, None),
    ("optimal", "latvian", Y2, "target", 66, None, None),
    ("optimal", "mathematics", Y2, "target", 54, None, None),
    ("optimal", "english", Y2, "target", 76, None, None),
    ("advanced", "mathematics", Y0, "result", 61.3, 59, None),
    ("advanced", "english", Y0, "result", 71.8, 66, None),
    ("advanced", "latvian", Y0, "result", 58.2, 55, None),
    ("advanced", "biology", Y0, "result", 62.7, 55, None),
    ("advanced", "physics", Y0, "result", 54.0, None, None),
    ("advanced", "chemistry", Y0, "result", 66.1, None, None),
    ("advanced", "programming", Y0, "result", 58.8, 51, None),
    ("advanced", "mathematics", Y1, "result", 63.9, 62, None),
    ("advanced", "english", Y1, "result", 73.5, None, None),
    ("advanced", "latvian", Y1, "result", 60.4, None, 3.6),
    ("advanced", "biology", Y1, "result", 57.9, None, None),
    ("advanced", "physics", Y1, "result", 49.3, None, 8.3),
    ("advanced", "chemistry", Y1, "result", 68.4, None, None),
    ("advanced", "programming", Y1, "result", 55.2, None, None),
    ("advanced", "history", Y1, "result", 47.5, None, None),
    ("advanced", "mathematics", Y2, "target", 65, None, None),
    ("advanced", "english", Y2, "target", 74, None, None),
    ("advanced", "latvian", Y2, "target", 61, None, None),
    ("advanced", "biology", Y2, "target", 60, None, None),
    ("advanced", "physics", Y2, "target", 52, None, None),
    ("advanced", "chemistry", Y2, "target", 68, None, None),
    ("advanced", "history", Y2, "target", 48, None, None),
]

leaving = [
    ("1.2.1", "relocation", 3),
    ("1.2.1", "emigration", 1),
    ("1.2.2", "school_change", 4),
    ("1.2.3", "other", 2),
    ("1.2.3", "other", 1),
]

P1 = ("1", "Mācīšana un mācīšanās",
      "Pašvadītas mācīšanās un formatīvās vērtēšanas stiprināšana 7.–12. klasē")
P2 = ("2", "Vienlīdzība un iekļaušana",
      "Individualizēta atbalsta sistēmas pilnveide izglītojamajiem ar mācīšanās grūtībām un "
      "talantīgajiem izglītojamajiem")
P3 = ("3", "Infrastruktūra un resursi",
      "Dabaszinātņu laboratoriju modernizācija un digitālo resursu izmantošana")
priorities = [
    (*P1, "quantitative", "achieved"),
    (*P1, "qualitative", "partially_achieved"),
    (*P2, "qualitative", "achieved"),
    (*P2, "quantitative", "not_achieved"),
    (*P3, "qualitative", "partially_achieved"),
    (*P3, "quantitative", "achieved"),
]

indicators = [
    ("1.1", "pamatizglītības otrā posma programmā", 7.12, 7.25, 7.3, "grade_avg"),
    ("1.2", "vispārējās vidējās izglītības programmā (klātiene)", 6.94, 7.01, 7.1, "grade_avg"),
    ("1.3", "vispārējās vidējās izglītības programmā (tālmācība)", 6.2, 6.05, 6.3, "grade_avg"),
    ("4", "Darbs ar talantīgajiem izglītojamajiem: godalgotas vietas valsts mācību priekšmetu olimpiādēs",
     6, 9, 8, "count"),
    ("5", "Izglītojamie, kuri prezentē zinātniski pētnieciskos darbus reģiona un valsts konferencēs",
     14, 19, 20, "learners"),
    ("6", "Latvijas skolu reitings (valsts ģimnāziju grupā)", 11, 7, None, "place"),
    ("7", "Pedagogu profesionālā pilnveide (kursu stundas uz vienu pedagogu gadā)", 36, 41, 40, "count"),
]


def fmt(v):
    if v is None:
        return ""
    return str(v)


def write(name, header, rows):
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / name).open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for f in FILES:
            for r in rows:
                w.writerow([f, *[fmt(x) for x in r]])


write("reports.csv", ["source_file", "institution_name", "institution_kind", "school_year"], reports)
write("programmes.csv", ["source_file", "row_no", "programme_code", "programme_name", "learners_start",
                         "learners_end", "start_date", "end_date"],
      [[*p, "2024-09-01", "2025-05-31"] for p in programmes])
write("exam_results.csv", ["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure",
                           "school_pct", "national_pct", "failed_pct"],
      [[lv, s, SUBJ[s], y, m, sc, na, fa] for lv, s, y, m, sc, na, fa in exams])
write("leaving_reasons.csv", ["source_file", "item_no", "category", "learners"], leaving)
write("priorities.csv", ["source_file", "priority_no", "area", "title", "result_type", "status"], priorities)
write("indicators.csv", ["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value",
                         "target_value", "unit"], indicators)
print({"programmes": len(programmes), "exam_results": len(exams), "leaving_reasons": len(leaving),
       "priorities": len(priorities), "indicators": len(indicators)}, "per file")
