#!/usr/bin/env python3
"""Write the hand-read gold rows for the Tika text of the preschool report."""
import csv
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
FILES = ["lubanas-pii-dzervenite_2024-2025.txt"]

COLS = {
    "reports": ["source_file", "institution_name", "institution_kind", "school_year"],
    "programmes": ["source_file", "row_no", "programme_code", "programme_name", "learners_start",
                   "learners_end", "start_date", "end_date"],
    "exam_results": ["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure",
                     "school_pct", "national_pct", "failed_pct"],
    "leaving_reasons": ["source_file", "item_no", "category", "learners"],
    "priorities": ["source_file", "priority_no", "area", "title", "result_type", "status"],
    "indicators": ["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value",
                   "target_value", "unit"],
}

REPORT = [["Lubānas pirmsskolas izglītības iestāde “Dzērvenīte”", "preschool", "2024/2025"]]

S, E = "2024-09-01", "2025-05-31"
PROGRAMMES = [
    [1, "01011111", "Pirmsskolas izglītības programma", 142, 138, S, E],
    [2, "01011111", "Pirmsskolas izglītības programma", 21, 19, S, E],
    [3, "01015511", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar valodas traucējumiem", 16, 18, S, E],
    [4, "01015611", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības traucējumiem", 7, 9, S, E],
]

EXAMS = []  # a preschool: the state-exam indicator row says "Nav attiecināms"

LEAVING = [
    ["1.2.1", "relocation", 6],
    ["1.2.1", "emigration", 2],
    ["1.2.2", "school_change", 5],
    ["1.2.3", "other", 31],
    ["1.2.3", "other", 3],
]

P1 = ("1", "Mācīšana un mācīšanās", "Bērnu pašvadītas mācīšanās prasmju attīstība rotaļnodarbībās")
P2 = ("2", "Drošība un psiholoģiskā labklājība", "Emocionāli droša un atbalstoša vide grupās")
P3 = ("3", "Infrastruktūra un resursi", "Āra vides pilnveide mācību procesam")
PRIORITIES = [
    [*P1, "qualitative", "achieved"],
    [*P1, "quantitative", "partially_achieved"],
    [*P2, "qualitative", "achieved"],
    [*P2, "quantitative", "achieved"],
    [*P3, "quantitative", "not_achieved"],
    [*P3, "qualitative", "partially_achieved"],
]

INDICATORS = [
    ["1.1", "Pirmsskolas izglītības programmā/-s (01011111) – izglītojamo īpatsvars, kuri sasnieguši plānotos "
            "rezultātus visās mācību jomās", 68, 71, 72, "percent"],
    ["1.2", "Speciālās pirmsskolas izglītības programmās – izglītojamie, kuriem izstrādāts individuālais "
            "izglītības programmas apguves plāns", 10, 12, 12, "learners"],
    ["3.1", "Dalība novada un valsts konkursos un skatēs", 4, 6, 5, "count"],
    ["3.2", "Madonas novada pirmsskolu sporta svētki “Mazā olimpiāde”", 5, 3, "", "place"],
    ["4", "Pedagogu profesionālās kompetences pilnveide", 95, 100, 100, "percent"],
    ["5.1", "Izglītojamo apmeklējums", 72, 76.5, 75, "percent"],
    ["5.2", "Vecāku apmierinātība ar iestādes darbu (aptauja)", "", 89, 90, "percent"],
    ["5.3", "Digitālo mācību līdzekļu skaits grupās (2025. gada inventarizācija)", 14, 22, 26, "count"],
]


def write(name, rows):
    with (GOLD / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(COLS[name])
        for f in FILES:
            for r in rows:
                w.writerow([f, *r])


def main():
    GOLD.mkdir(exist_ok=True)
    write("reports", REPORT)
    write("programmes", PROGRAMMES)
    write("exam_results", EXAMS)
    write("leaving_reasons", LEAVING)
    write("priorities", PRIORITIES)
    write("indicators", INDICATORS)


if __name__ == "__main__":
    main()
