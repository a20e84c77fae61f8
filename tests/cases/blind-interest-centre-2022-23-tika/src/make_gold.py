#!/usr/bin/env python3
"""Write gold/*.csv for bjc-zvaigznite_2022-2023.txt (hand-read from the Tika text, author h6B)."""
import csv
from pathlib import Path

G = Path(__file__).resolve().parent.parent / "gold"
F = "bjc-zvaigznite_2022-2023.txt"


def w(name, cols, rows):
    with (G / name).open("w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh)
        wr.writerow(cols)
        for r in rows:
            wr.writerow([F, *r])


w("reports.csv", ["source_file", "institution_name", "institution_kind", "school_year"],
  [["Jaunzemju novada Bērnu un jauniešu centrs “Zvaigznīte”", "interest", "2022/2023"]])

S, E = "2022-10-01", "2023-05-31"
progs = [
    ("Tautas deju kolektīvs “Zvaigznītes pērles”", 86, 82),
    ("Mūsdienu deju studija “Ritms”", 64, 59),
    ("Vokālais ansamblis “Čiekuriņi”", 22, 21),
    ("Teātra studija “Spogulis”", 18, 17),
    ("Vizuālās mākslas studija “Ota”", 41, 38),
    ("Keramika", 27, 27),
    ("Robotika un programmēšana", 35, 33),
    ("Jaunie pētnieki (dabaszinātnes)", 16, 12),
    ("3D modelēšana un dizains", "", 14),
    ("Galda teniss", 29, 26),
    ("Šahs", 19, 19),
    ("Orientēšanās", 31, 28),
    ("Jauno līderu skola", 12, 11),
    ("Jauno žurnālistu studija “Pulss”", 9, 8),
    ("Pirmsskolas vecuma bērnu radošās nodarbības “Zīļuks”", 38, 36),
]
w("programmes.csv", ["source_file", "row_no", "programme_code", "programme_name", "learners_start", "learners_end",
                     "start_date", "end_date"],
  [[i, "", n, a, b, S, E] for i, (n, a, b) in enumerate(progs, 1)])

w("leaving_reasons.csv", ["source_file", "item_no", "category", "learners"], [
    ["1.2.1", "relocation", 9],
    ["1.2.1", "emigration", 3],
    ["1.2.2", "school_change", 14],
    ["1.2.3", "other", 58],
    ["1.2.3", "other", 11],
    ["1.2.3", "other", 3],
])

w("exam_results.csv", ["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure", "school_pct",
                       "national_pct", "failed_pct"], [])
w("indicators.csv", ["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value", "target_value",
                     "unit"], [])

P1 = "STEM jomas interešu izglītības piedāvājuma paplašināšana."
P2 = "Kultūrizglītības kolektīvu sagatavošana novada un reģiona skatēm un konkursiem."
P3 = "Saziņas ar vecākiem un Centra digitālās vides pilnveide."
P4 = "Pedagogu profesionālā pilnveide kompetenču pieejā un iekļaujošā izglītībā."
w("priorities.csv", ["source_file", "priority_no", "area", "title", "result_type", "status"], [
    [1, "", P1, "qualitative", "achieved"],
    [1, "", P1, "quantitative", "partially_achieved"],
    [2, "", P2, "qualitative", "achieved"],
    [2, "", P2, "quantitative", "partially_achieved"],
    [3, "", P3, "qualitative", "partially_achieved"],
    [3, "", P3, "quantitative", "not_achieved"],
    [4, "", P4, "quantitative", "achieved"],
    [4, "", P4, "qualitative", "achieved"],
])
print("gold written to", G)
