#!/usr/bin/env python3
"""Write gold/*.csv for silmalas-vidusskola_2022-2023 (.pdf and its Tika .txt): same rows, two source files."""
import csv
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
BASE = "silmalas-vidusskola_2022-2023"
FILES = [f"{BASE}.pdf", f"{BASE}.txt"]

REPORTS = [("Silmalas vidusskola", "general", "2022/2023")]

# row_no, code, name, start, end, start_date, end_date
PROGRAMMES = [
    (1, "01011111", "Pirmsskolas izglītības programma", 46, 48),
    (2, "21011111", "Pamatizglītības programma", 312, 309),
    (3, "21015611", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem", 18, 20),
    (4, "31016011", "Vispārējās vidējās izglītības programma", 96, 91),
    (5, "21015811", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem", 5, 5),
]

# level, subject, raw, year, measure, school, national, failed
EXAMS = [
    ("grade9", "latvian", "latviešu valodā", "2022/2023", "result", "61.4", "58", ""),
    ("grade9", "mathematics", "matemātikā", "2022/2023", "result", "47.6", "50.5", ""),
    ("grade9", "english", "angļu valodā", "2022/2023", "result", "70.2", "66.1", ""),
    ("grade9", "russian", "krievu valodā (svešvaloda)", "2022/2023", "result", "74.8", "", ""),
    ("grade9", "mathematics", "Matemātikā", "2021/2022", "result", "41.3", "", ""),
    ("optimal", "latvian", "latviešu valodā", "2022/2023", "result", "48.1", "54", ""),
    ("optimal", "mathematics", "matemātikā", "2022/2023", "result", "30.5", "35", "11.1"),
    ("optimal", "english", "angļu valodā", "2022/2023", "result", "58.7", "63", ""),
    ("advanced", "english", "angļu valodā", "2022/2023", "result", "62.3", "65", ""),
    ("advanced", "mathematics", "matemātikā", "2022/2023", "result", "54.0", "60", ""),
    ("advanced", "latvian", "latviešu valodā", "2022/2023", "result", "50.8", "56", ""),
    ("advanced", "biology", "bioloģijā", "2022/2023", "result", "47.5", "", ""),
    ("advanced", "chemistry", "ķīmijā", "2022/2023", "result", "41.2", "", ""),
    ("advanced", "history", "vēsturē", "2022/2023", "result", "39.6", "", ""),
    ("grade9", "mathematics", "matemātikā", "2023/2024", "target", "50", "", ""),
    ("optimal", "mathematics", "matemātikā", "2023/2024", "target", "35", "", ""),
    ("optimal", "latvian", "latviešu valodā", "2023/2024", "target", "52", "", ""),
]

# item_no, category, learners
LEAVING = [
    ("1.2.1", "relocation", 7),
    ("1.2.1", "emigration", 2),
    ("1.2.2", "school_change", 4),
    ("1.2.2", "school_change", 2),
    ("1.2.3", "other", 1),   # "viens izglītojamais ... uzsākot darba gaitas"
    ("1.2.3", "other", 1),   # "vēl viens izglītojamais (12. klase) ... slimības dēļ"
]

P1 = ("1", "Mācīšana un mācīšanās", "Skolēnu pašvadītas mācīšanās prasmju pilnveide visos mācību priekšmetos")
P2 = ("2", "Izglītības programmu īstenošana", "Vienotas atbalsta sistēmas izveide izglītojamajiem ar mācīšanās grūtībām")
P3 = ("3", "Izglītības turpināšana un nodarbinātība", "Karjeras izglītības sistēmas pilnveide 7.–12. klasē")
PRIORITIES = [
    (*P1, "qualitative", "achieved"),
    (*P1, "quantitative", "partially_achieved"),
    (*P2, "qualitative", "achieved"),
    (*P2, "quantitative", "not_achieved"),
    (*P3, "quantitative", "partially_achieved"),
    (*P3, "qualitative", "achieved"),
]

INDICATORS = []  # 2022/23 template: no quality-indicator table (1.3 is the vacancy table)


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
          [(*p, "2022-09-01", "2023-05-31") for p in PROGRAMMES])
    write("exam_results.csv", ["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure",
                               "school_pct", "national_pct", "failed_pct"], EXAMS)
    write("leaving_reasons.csv", ["source_file", "item_no", "category", "learners"], LEAVING)
    write("priorities.csv", ["source_file", "priority_no", "area", "title", "result_type", "status"], PRIORITIES)
    write("indicators.csv", ["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value",
                             "target_value", "unit"], INDICATORS)


if __name__ == "__main__":
    main()
