#!/usr/bin/env python3
"""Write gold/*.csv for ezermalas-makslas-skola_2022-2023.docx."""
import csv
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
FILES = ["ezermalas-makslas-skola_2022-2023.docx"]

REPORTS = [("Ezermalas Mākslas skola", "other", "2022/2023")]

# Printed "20V 211 00 1" / "20V 214 01 1": the code as printed with the grouping spaces removed
# (professional-orientation codes carry a letter and have 9 characters). The interest-education
# programme has "–" in the code cell: NULL.
PROGRAMMES = [
    (1, "20V211001", "Vizuāli plastiskā māksla", 142, 136),
    (2, "20V214011", "Dizaina pamati", 38, 35),
    (3, "", "Interešu izglītības programma „Mazo mākslinieku studija” (5–7 gadi)", 24, 22),
]

EXAMS = []  # professional-orientation school: no state exams (7.2 says "nav attiecināms");
            # the school's own final exam (7,8 balles) and review marks are not state exams

LEAVING = [
    ("1.2.1", "relocation", 3),      # "trīs audzēkņi"
    ("1.2.1", "emigration", 1),      # "viens audzēknis ... izbrauca uz dzīvi ārzemēs"
    ("1.2.2", "school_change", 2),   # "(2 audzēkņi)"
    ("1.2.3", "other", 5),           # slodze vispārizglītojošajā skolā
    ("1.2.3", "other", 3),           # interešu maiņa (stands under "cits iemesls")
]

A1 = "Mācīšana un mācīšanās"
A2 = "Izglītības programmu īstenošana"
A3 = "Izglītības turpināšana un nodarbinātība"
P1 = ("1", A1, "Vienotu vērtēšanas kritēriju ieviešana mācību priekšmetos zīmēšana, gleznošana un kompozīcija")
P2 = ("2", A1, "Digitālo rīku izmantošana mākslas mācību procesā")
P3 = ("3", A2, "Programmas „Dizaina pamati” īstenošanas pilnveide sadarbībā ar Madonas Valsts ģimnāziju")
P4 = ("4", A3, "Absolventu izglītības turpināšanas izpēte")
PRIORITIES = [
    (*P1, "qualitative", "achieved"),
    (*P1, "quantitative", "partially_achieved"),   # "Daļēji" alone in its cell
    (*P2, "qualitative", "achieved"),
    (*P2, "quantitative", "achieved"),             # "sasniegts"
    (*P3, "qualitative", "partially_achieved"),
    (*P3, "quantitative", "not_achieved"),
    (*P4, "qualitative", "achieved"),
    (*P4, "quantitative", "achieved"),             # "Sasniegts (36%)"
]

INDICATORS = []  # 2022/23 template: no quality-indicator table


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
