#!/usr/bin/env python3
"""Write the hand-read gold rows of dzelmes-speciala-pamatskola_2024-2025.txt (pdftotext -layout text)."""
import csv
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
F = "dzelmes-speciala-pamatskola_2024-2025.txt"
D = ("2024-09-01", "2025-05-31")
P1 = ("1", "Mācīšana un mācīšanās", "Individuālo izglītības programmas apguves plānu (IIP) kvalitātes uzlabošana")
P2 = ("2", "Drošība un psiholoģiskā labklājība",
      "Sociāli emocionālās mācīšanās un pozitīvas uzvedības atbalsta sistēmas ieviešana")
P3 = ("3", "Atbalsts un sadarbība", "Sadarbības ar vecākiem un sociālajiem partneriem stiprināšana")
P4 = ("4", "Pieejamība", "Multisensorās telpas izveide un mācību vides pielāgošana")

tables = {
    "reports": (["source_file", "institution_name", "institution_kind", "school_year"],
                [(F, "Dzelmes speciālā pamatskola", "general", "2024/2025")]),
    "programmes": (["source_file", "row_no", "programme_code", "programme_name", "learners_start",
                    "learners_end", "start_date", "end_date"], [
        (F, 1, "01015611", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem "
         "attīstības traucējumiem", 8, 9, *D),
        (F, 2, "21015611", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem",
         34, 31, *D),
        (F, 3, "21015711", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās veselības "
         "traucējumiem", 6, 7, *D),
        (F, 4, "21015811", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības "
         "traucējumiem", 57, 55, *D),
        (F, 5, "21015911", "Speciālās pamatizglītības programma izglītojamajiem ar smagiem garīgās "
         "attīstības traucējumiem vai vairākiem smagiem attīstības traucējumiem", 19, 20, *D),
    ]),
    "exam_results": (["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure",
                      "school_pct", "national_pct", "failed_pct"], [
        (F, "grade9", "latvian", "Latviešu valoda", "2023/2024", "result", "38.7", "59.1", ""),
        (F, "grade9", "mathematics", "Matemātika", "2023/2024", "result", "24.9", "43.2", "16.7"),
        (F, "grade9", "latvian", "Latviešu valoda", "2024/2025", "result", "41.5", "58.5", ""),
        (F, "grade9", "mathematics", "Matemātika", "2024/2025", "result", "29.8", "53.8", "14.3"),
        (F, "grade9", "english", "Angļu valoda", "2024/2025", "result", "45.2", "65.8", ""),
        (F, "grade9", "latvian", "Latviešu valoda", "2025/2026", "target", "43", "", ""),
        (F, "grade9", "mathematics", "Matemātika", "2025/2026", "target", "32", "", ""),
        (F, "grade9", "english", "Angļu valoda", "2025/2026", "target", "46", "", ""),
    ]),
    "leaving_reasons": (["source_file", "item_no", "category", "learners"], [
        (F, "1.2.1", "relocation", 3),
        (F, "1.2.1", "emigration", 1),
        (F, "1.2.2", "school_change", 2),
        (F, "1.2.3", "other", 1),
        (F, "1.2.3", "other", 2),
    ]),
    "priorities": (["source_file", "priority_no", "area", "title", "result_type", "status"], [
        (F, *P1, "qualitative", "achieved"),
        (F, *P1, "quantitative", "partially_achieved"),
        (F, *P2, "quantitative", "not_achieved"),
        (F, *P2, "qualitative", "partially_achieved"),
        (F, *P3, "qualitative", "achieved"),
        (F, *P3, "quantitative", "achieved"),
        (F, *P4, "qualitative", "partially_achieved"),
        (F, *P4, "quantitative", "not_achieved"),
    ]),
    "indicators": (["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value",
                    "target_value", "unit"], [
        (F, "1.1", "Speciālās pirmsskolas izglītības programmā", "62", "68", "70", "percent"),
        (F, "1.2", "Speciālās pamatizglītības programmās (21015611, 21015711)", "5.6", "5.8", "6",
         "grade_avg"),
        (F, "1.3", "Speciālās pamatizglītības programmās (21015811, 21015911)", "71", "74", "75", "percent"),
        (F, "1.4", "Interešu izglītības programmās", "48", "52", "55", "learners"),
        (F, "4", "Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, konkursos, "
         "sacensībās u.tml.", "10", "12", "12", "learners"),
        (F, "5", "Pedagogu profesionālās kompetences pilnveide", "28", "34", "30", "count"),
        (F, "6.1", "Sasniegumi sportā", "7", "5", "", "place"),
        (F, "6.2", "Vecāku apmierinātība ar skolas darbu (aptauja)", "", "87", "85", "percent"),
    ]),
}
GOLD.mkdir(exist_ok=True)
for name, (header, rows) in tables.items():
    with (GOLD / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
print("gold written to", GOLD)
