#!/usr/bin/env python3
"""Write gold/*.csv for vitolinu-specpamatskola_2023-2024.docx (hand-read, author h6B)."""
import csv
from pathlib import Path

G = Path(__file__).resolve().parent.parent / "gold"
F = "vitolinu-specpamatskola_2023-2024.docx"


def w(name, cols, rows):
    with (G / name).open("w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh)
        wr.writerow(cols)
        for r in rows:
            wr.writerow([F, *r])


w("reports.csv", ["source_file", "institution_name", "institution_kind", "school_year"],
  [["Vītoliņu speciālā pamatskola", "general", "2023/2024"]])

S, E = "2023-09-01", "2024-05-31"
w("programmes.csv", ["source_file", "row_no", "programme_code", "programme_name", "learners_start", "learners_end",
                     "start_date", "end_date"], [
    [1, "01015611", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības traucējumiem", 9, 11, S, E],
    [2, "21015611", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem", 47, 45, S, E],
    [3, "21015811", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem", 38, 39, S, E],
    [4, "21015811", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem", 12, 12, S, E],
    [5, "21015911", "Speciālās pamatizglītības programma izglītojamajiem ar smagiem garīgās attīstības traucējumiem vai "
                    "vairākiem smagiem attīstības traucējumiem", 16, 15, S, E],
    [6, "21015511", "Speciālās pamatizglītības programma izglītojamajiem ar valodas traucējumiem", 6, "", S, E],
])

w("leaving_reasons.csv", ["source_file", "item_no", "category", "learners"], [
    ["1.2.1", "relocation", 3],
    ["1.2.2", "school_change", 2],
    ["1.2.3", "emigration", 1],
    ["1.2.3", "other", 1],
])

ex = []
for subj, raw, r23, n23, f23, r24, n24, f24, tgt in [
    ("latvian", "Latviešu valoda", 38.6, 58, "", 42.1, 59.1, "", 43),
    ("mathematics", "Matemātika", 24.9, 50.5, 25, 27.4, 43.2, 14.3, 30),
    ("english", "Angļu valoda", 41.2, 66.1, "", 39.8, 63.9, 14.3, 42),
]:
    ex.append(["grade9", subj, raw, "2022/2023", "result", r23, n23, f23])
    ex.append(["grade9", subj, raw, "2023/2024", "result", r24, n24, f24])
    ex.append(["grade9", subj, raw, "2024/2025", "target", tgt, "", ""])
w("exam_results.csv", ["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure", "school_pct",
                       "national_pct", "failed_pct"], ex)

P1 = "Funkcionālās lasītprasmes un matemātikas pamatprasmju pilnveide ikdienas situācijās"
P2 = "Individuālo izglītības programmu apguves plānu kvalitāte un izglītojamo līdzdalība to veidošanā"
P3 = "Emocionāli droša vide internātā un skolā"
P4 = "Sensorās telpas un pielāgotas āra mācību vides izveide"
A3 = "Drošība un psiholoģiskā labklājība; Infrastruktūra un resursi"
w("priorities.csv", ["source_file", "priority_no", "area", "title", "result_type", "status"], [
    [1, "Kompetences un sasniegumi", P1, "quantitative", "partially_achieved"],
    [1, "Kompetences un sasniegumi", P1, "qualitative", "achieved"],
    [2, "Vienlīdzība un iekļaušana", P2, "qualitative", "partially_achieved"],
    [2, "Vienlīdzība un iekļaušana", P2, "quantitative", "not_achieved"],
    [3, A3, P3, "quantitative", "achieved"],
    [3, A3, P3, "qualitative", "achieved"],
    [4, A3, P4, "qualitative", "partially_achieved"],
    [4, A3, P4, "quantitative", "achieved"],
])

w("indicators.csv", ["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value", "target_value",
                     "unit"], [
    ["1.1", "Speciālās pamatizglītības programmā izglītojamajiem ar mācīšanās traucējumiem (21015611)", 5.4, 5.6, 5.7,
     "grade_avg"],
    ["1.2", "Speciālās pamatizglītības programmās izglītojamajiem ar garīgās attīstības traucējumiem (21015811, 21015911)",
     68, 71, 72, "percent"],
    ["1.3", "Interešu izglītības programmās", 61, 64, 65, "learners"],
    ["4", "Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, konkursos, sacensībās u.tml.",
     14, 19, 20, "learners"],
    ["5", "Pedagogu profesionālās kompetences pilnveide", 92, 100, 100, "percent"],
])
print("gold written to", G)
