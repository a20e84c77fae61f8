#!/usr/bin/env python3
"""Write gold/*.csv for malpils-pii-dzervenite_2023-2024.docx."""
import csv
import sys
from pathlib import Path

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "gold")
F = "malpils-pii-dzervenite_2023-2024.docx"

reports = [["Mālpils pirmsskolas izglītības iestāde „Dzērvenīte”", "preschool", "2023/2024"]]
D = ["2023-09-01", "2024-05-31"]
programmes = [
    [1, "01011111", "Pirmsskolas izglītības programma", 118, 121, *D],
    [2, "01011111", "Pirmsskolas izglītības programma", 34, 36, *D],
    [3, "01015511", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar valodas traucējumiem",
     12, 14, *D],
    [4, "01015611", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības "
                    "traucējumiem", 7, 8, *D],
    [5, "01011121", "Pirmsskolas izglītības mazākumtautību programma", None, None, *D],
]
leaving = [
    ("1.2.1", "relocation", 5),
    ("1.2.1", "emigration", 2),
    ("1.2.2", "school_change", 4),
    ("1.2.3", "other", 31),
    ("1.2.3", "other", 1),
]
P1 = ("1", "Mācīšana un mācīšanās", "Bērnu pašvadītas mācīšanās prasmju attīstība rotaļnodarbībās")
P2 = ("2", "Vienlīdzība un iekļaušana",
      "Latviešu valodas vides stiprināšana bērniem, kuriem latviešu valoda nav dzimtā valoda")
P3 = ("3", "Infrastruktūra un resursi", "Āra mācību vides pilnveide")
priorities = [
    (*P1, "qualitative", "achieved"),
    (*P1, "quantitative", "partially_achieved"),
    (*P2, "qualitative", "achieved"),
    (*P2, "quantitative", "not_achieved"),
    (*P3, "quantitative", "achieved"),
    (*P3, "qualitative", "partially_achieved"),
]
indicators = [
    ("1.1", "Pirmsskolas izglītības programmā – 6-gadīgo bērnu īpatsvars, kuri plānotos rezultātus "
            "apguvuši līmenī „apguvis” vai „apguvis padziļināti”", 78, 81, 83, "percent"),
    ("1.2", "Speciālajās pirmsskolas izglītības programmās – bērni, kuri sasniedz individuālajā plānā "
            "noteiktos rezultātus", 10, 12, 13, "learners"),
    ("3", "Dalība novada un valsts konkursos, skatēs (konkursu skaits)", 4, 6, 5, "count"),
    ("4", "Vecāku apmierinātība ar iestādes darbu (aptaujas dati)", 71, 68, 75, "percent"),
    ("5", "Bērnu vidējais apmeklējums", 74, 77, 80, "percent"),
    ("7", "Pedagogi ar profesionālās darbības kvalitātes pakāpi", 3, 5, 7, "count"),
]


def write(name, header, rows):
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / name).open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for r in rows:
            w.writerow([F, *["" if x is None else x for x in r]])


write("reports.csv", ["source_file", "institution_name", "institution_kind", "school_year"], reports)
write("programmes.csv", ["source_file", "row_no", "programme_code", "programme_name", "learners_start",
                         "learners_end", "start_date", "end_date"], programmes)
write("exam_results.csv", ["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure",
                           "school_pct", "national_pct", "failed_pct"], [])
write("leaving_reasons.csv", ["source_file", "item_no", "category", "learners"], leaving)
write("priorities.csv", ["source_file", "priority_no", "area", "title", "result_type", "status"], priorities)
write("indicators.csv", ["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value",
                         "target_value", "unit"], indicators)
print({"programmes": len(programmes), "exam_results": 0, "leaving_reasons": len(leaving),
       "priorities": len(priorities), "indicators": len(indicators)})
