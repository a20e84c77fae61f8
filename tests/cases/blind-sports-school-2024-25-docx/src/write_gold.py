#!/usr/bin/env python3
"""Writes gold/*.csv for this case: the rows a careful reader takes from the report.

This case delivers one file (DOCX).
"""
import csv
from pathlib import Path

CASE = Path(__file__).resolve().parent.parent
FILES = ["gaujaslicu-sporta-skola_2024-2025.docx"]

REPORTS = [("Gaujaslīču Sporta skola", "other", "2024/2025")]

# Profesionālās ievirzes sport programme codes carry a letter ("20V 813 00 1"): recorded as printed,
# spaces removed. The interest-education row has "–" as its code -> NULL.
PROGRAMMES = [  # row_no, code, name, start, end, start_date, end_date
    (1, "20V813001", "Basketbols", 64, 61, "2024-09-01", "2025-05-31"),
    (2, "20V813001", "Vieglatlētika", 52, 49, "2024-09-01", "2025-05-31"),
    (3, "20V813001", "Futbols", 88, 84, "2024-09-01", "2025-05-31"),
    (4, "20V813001", "Volejbols", 37, 39, "2024-09-01", "2025-05-31"),
    (5, "30V813001", "Basketbols", 18, 17, "2024-09-01", "2025-05-31"),
    (6, "", "Vispārējā fiziskā sagatavotība (interešu izglītības programma)", 45, 41, "2024-09-01", "2025-05-31"),
]

EXAMS = []  # a sport school: "Valsts pārbaudes darbi – Nav attiecināms"

LEAVING = [  # item, category, learners
    ("1.2.1", "relocation", 3),
    ("1.2.1", "emigration", 2),
    ("1.2.2", "school_change", 4),
    ("1.2.3", "other", 9),
    ("1.2.3", "other", 3),
    ("1.2.3", "other", 2),
]

P1 = ("1", "Mācīšana un mācīšanās",
      "Individualizēta treniņu procesa plānošana, izmantojot audzēkņu fizisko spēju testēšanas datus")
P2 = ("2", "Atbalsts un sadarbība", "Sadarbības ar vispārizglītojošajām skolām un vecākiem stiprināšana")
P3 = ("3", "Drošība un psiholoģiskā labklājība",
      "Drošas un iekļaujošas treniņu vides nodrošināšana, t. sk. vardarbības novēršana sportā")
PRIORITIES = [
    (*P1, "qualitative", "achieved"),
    (*P1, "quantitative", "partially_achieved"),
    (*P2, "qualitative", "achieved"),
    (*P2, "quantitative", "achieved"),
    (*P3, "qualitative", "partially_achieved"),
    (*P3, "quantitative", "not_achieved"),
]

# Rows 3.2 and 3.4 hold place ranges ("3.-5. vieta", "1.–4. vieta", "9.–12. vieta"): no single value,
# left out. Row 2 is "Nav attiecināms".
INDICATORS = [  # no, name, baseline, actual, target, unit
    ("1.1", "Kontrolnormatīvu izpilde profesionālās ievirzes sporta izglītības programmās",
     "86", "88", "90", "percent"),
    ("1.2", "Audzēkņu saglabātība mācību treniņu grupās", "91", "92.4", "92", "percent"),
    ("3.1", "Vieglatlētika – Latvijas čempionāts U-18 (augstākā izcīnītā vieta)", "2", "1", "1", "place"),
    ("3.3", "Futbols – Latvijas Jaunatnes futbola čempionāts U-14, 2. līga", "11", "6", "6", "place"),
    ("3.5", "Izcīnīto medaļu skaits Latvijas čempionātos", "14", "19", "15", "count"),
    ("3.6", "Audzēkņi, kuri iekļauti Latvijas jaunatnes izlasēs", "4", "6", "6", "learners"),
    ("4", "Pedagogu (treneru) profesionālās kompetences pilnveide", "100", "95", "100", "percent"),
    ("5", "Citi kvalitātes rādītāji: Sporta skolas organizētie sporta pasākumi novadā", "18", "21", "20", "count"),
]

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
