#!/usr/bin/env python3
"""Write gold/*.csv for the case (hand-decided rows, written as data)."""
import csv
from pathlib import Path

CASE = Path(__file__).resolve().parent.parent
F = "selijas-tehnologiju-tehnikums_2024-2025.docx"
G = CASE / "gold"
G.mkdir(exist_ok=True)


def w(name, header, rows):
    with (G / name).open("w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh)
        wr.writerow(header)
        for r in rows:
            wr.writerow([F, *r])


w("reports.csv", ["source_file", "institution_name", "institution_kind", "school_year"],
  [["Sēlijas Tehnoloģiju tehnikums", "vocational", "2024/2025"]])

S, E = "2024-09-01", "2025-06-30"
w("programmes.csv", ["source_file", "row_no", "programme_code", "programme_name", "learners_start",
                     "learners_end", "start_date", "end_date"], [
    [1, "33481031", "Programmēšana", 118, 109, S, E],
    [2, "33481011", "Datorsistēmas, datubāzes un datortīkli", 64, 57, S, E],
    [3, "33523011", "Mehatronika", 47, 41, S, E],
    [4, "33543021", "Kokizstrādājumu izgatavošana", 52, 44, S, E],
    [5, "33811021", "Ēdināšanas pakalpojumi", 96, 88, S, E],
    [6, "33811021", "Ēdināšanas pakalpojumi", 23, 19, S, E],
    [7, "33811031", "Viesnīcu pakalpojumi", 38, 35, S, E],
    [8, "22582011", "Būvdarbi", 17, 12, S, E],
])

P, C, N = "2023/2024", "2024/2025", "2025/2026"
w("exam_results.csv", ["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure",
                       "school_pct", "national_pct", "failed_pct"], [
    ["optimal", "latvian", "Latviešu valoda", P, "result", 41.3, 55, ""],
    ["optimal", "mathematics", "Matemātika", P, "result", 22.8, 34, 14.6],
    ["optimal", "english", "Angļu valoda", P, "result", 52.7, 62, ""],
    ["optimal", "latvian", "Latviešu valoda", C, "result", 44.9, "", 2.1],
    ["optimal", "mathematics", "Matemātika", C, "result", 29.4, 43.7, 11.3],
    ["optimal", "english", "Angļu valoda", C, "result", 55.0, "", ""],
    ["optimal", "latvian", "Latviešu valoda", N, "target", 46, "", ""],
    ["optimal", "mathematics", "Matemātika", N, "target", 32, "", ""],
    ["optimal", "english", "Angļu valoda", N, "target", 56, "", ""],
    ["advanced", "english", "Angļu valoda", P, "result", 38.5, 66, ""],
    ["advanced", "mathematics", "Matemātika", P, "result", 47.2, 59, ""],
    ["advanced", "english", "Angļu valoda", C, "result", 41.0, "", ""],
    ["advanced", "mathematics", "Matemātika", C, "result", 51.6, 62, 4.5],
    ["advanced", "english", "Angļu valoda", N, "target", 43, "", ""],
])

w("leaving_reasons.csv", ["source_file", "item_no", "category", "learners"], [
    ["1.2.1", "relocation", 4],
    ["1.2.1", "emigration", 1],
    ["1.2.2", "school_change", 6],
    ["1.2.2", "school_change", 2],
    ["1.2.3", "other", 19],
    ["1.2.3", "other", 11],
    ["1.2.3", "other", 3],
    ["1.2.3", "other", 1],
])

T1 = "Darba vidē balstītu mācību kvalitātes un apjoma paaugstināšana"
T2 = "Vispārizglītojošo mācību priekšmetu centralizēto eksāmenu rezultātu uzlabošana"
T3 = "Mācību pārtraukšanas riska mazināšana"
w("priorities.csv", ["source_file", "priority_no", "area", "title", "result_type", "status"], [
    [1, "Mācīšana un mācīšanās", T1, "qualitative", "achieved"],
    [1, "Mācīšana un mācīšanās", T1, "quantitative", "partially_achieved"],
    [2, "Kompetences un sasniegumi", T2, "qualitative", "partially_achieved"],
    [2, "Kompetences un sasniegumi", T2, "quantitative", "not_achieved"],
    [3, "Vienlīdzība un iekļaušana", T3, "quantitative", "achieved"],
    [3, "Vienlīdzība un iekļaušana", T3, "qualitative", "achieved"],
])

w("indicators.csv", ["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value",
                     "target_value", "unit"], [
    ["1.1", "Profesionālās vidējās izglītības programmās (vidējais vērtējums)", 6.1, 6.3, 6.4, "grade_avg"],
    ["1.2", "Profesionālās pamatizglītības programmā", 5.4, 5.2, 5.5, "grade_avg"],
    ["3.1", "Kvalifikācijas eksāmenu sekmīgi nokārtojušo īpatsvars", 92, 95.4, 96, "percent"],
    ["3.2", "Vidējais vērtējums profesionālās kvalifikācijas eksāmenos", 6.8, 7.1, 7.2, "grade_avg"],
    ["4.1", "Absolventu nodarbinātība 6 mēnešus pēc izglītības ieguves (strādā vai mācās)", 68, 71, 75, "percent"],
    ["4.2", "Absolventi, kuri turpina mācības augstākās izglītības iestādēs", 14, 17, 20, "learners"],
    ["5", "Darba vidē balstītās mācībās (DVB) iesaistīto izglītojamo skaits", 36, 42, 45, "learners"],
    ["6", "Sasniegumi profesionālās meistarības konkursā “Jaunais profesionālis” (labākā vieta)", 5, 3, 3, "place"],
    ["7", "Pedagogu profesionālās kompetences pilnveide (pedagogi, kuri stažējušies uzņēmumos)", 85, 92, 100, "percent"],
])
print("gold written")
