#!/usr/bin/env python3
"""Write the hand-read gold rows of zalkalnu-pamatskola_2021-2022.docx (2021/22 template: no indicator table)."""
import csv
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
F = "zalkalnu-pamatskola_2021-2022.docx"

tables = {
    "reports": (["source_file", "institution_name", "institution_kind", "school_year"],
                [(F, "Zaļkalnu pamatskola", "general", "2021/2022")]),
    "programmes": (["source_file", "row_no", "programme_code", "programme_name", "learners_start",
                    "learners_end", "start_date", "end_date"], [
        (F, 1, "01011111", "Pirmsskolas izglītības programma", 41, 44, "2021-09-01", "2022-05-31"),
        (F, 2, "21011111", "Pamatizglītības programma", 117, 114, "2021-09-01", "2022-05-31"),
        (F, 3, "21015611", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem",
         9, 11, "2021-09-01", "2022-05-31"),
        (F, 4, "21015811", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības "
         "traucējumiem", 3, 3, "2021-09-01", "2022-05-31"),
    ]),
    "exam_results": (["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure",
                      "school_pct", "national_pct", "failed_pct"], [
        (F, "grade9", "latvian", "Latviešu valoda", "2020/2021", "result", "62.7", "65.1", ""),
        (F, "grade9", "mathematics", "Matemātika", "2020/2021", "result", "49.3", "55.8", ""),
        (F, "grade9", "english", "Angļu valoda", "2020/2021", "result", "71.5", "74.0", ""),
        (F, "grade9", "latvian", "Latviešu valoda", "2021/2022", "result", "58.4", "63.6", ""),
        (F, "grade9", "mathematics", "Matemātika", "2021/2022", "result", "51.6", "53.2", "7.1"),
        (F, "grade9", "english", "Angļu valoda", "2021/2022", "result", "69.8", "72.4", ""),
        (F, "grade9", "russian", "Krievu valoda", "2021/2022", "result", "78.3", "76.9", ""),
    ]),
    "leaving_reasons": (["source_file", "item_no", "category", "learners"], [
        (F, "1.2.1", "relocation", 3),
        (F, "1.2.1", "emigration", 1),
        (F, "1.2.2", "school_change", 4),
    ]),
    "priorities": (["source_file", "priority_no", "area", "title", "result_type", "status"], [
        (F, "1", "", "Kompetenču pieejā balstīta mācību satura īstenošana: izglītojamo pašvadītas "
         "mācīšanās prasmju pilnveide", "qualitative", "achieved"),
        (F, "1", "", "Kompetenču pieejā balstīta mācību satura īstenošana: izglītojamo pašvadītas "
         "mācīšanās prasmju pilnveide", "quantitative", "partially_achieved"),
        (F, "2", "", "Drošas un iekļaujošas skolas vides veidošana", "quantitative", "achieved"),
        (F, "2", "", "Drošas un iekļaujošas skolas vides veidošana", "qualitative", "partially_achieved"),
        (F, "3", "", "Digitālo mācību līdzekļu un infrastruktūras pilnveide", "qualitative", "achieved"),
        (F, "3", "", "Digitālo mācību līdzekļu un infrastruktūras pilnveide", "quantitative", "not_achieved"),
    ]),
    "indicators": (["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value",
                    "target_value", "unit"], []),
}
GOLD.mkdir(exist_ok=True)
for name, (header, rows) in tables.items():
    with (GOLD / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
print("gold written to", GOLD)
