#!/usr/bin/env python3
"""Writes gold/*.csv for rudzupes-bjc-dzirksts_2023-2024.txt (pdftotext -layout of the PDF made in src/)."""
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_report import PROGRAMMES  # noqa: E402

CASE = Path(__file__).resolve().parent.parent
FILE = "rudzupes-bjc-dzirksts_2023-2024.txt"

REPORTS = [["Rudzupes novada Bērnu un jauniešu centrs “Dzirksts”", "interest", "2023/2024"]]
progs = [p for p in PROGRAMMES if len(p) > 1]
PROG_ROWS = [[i, "", p[0], p[3], p[4], "2023-10-01", "2024-05-31"] for i, p in enumerate(progs, 1)]
INDICATORS = [
    ["1.1", "Izglītojamo skaits interešu izglītības programmās (kopā)", 560, 558, 580, "learners"],
    ["1.2", "Izglītojamo īpatsvars, kuri nodarbības apmeklē visu mācību gadu", 85, 88, 90, "percent"],
    ["2.1", "Dalībnieku skaits novada, reģiona, valsts un starptautiskos konkursos, skatēs, sacensībās",
     180, 214, 220, "learners"],
    ["2.2", "Godalgoto vietu (1.–3. vieta) skaits valsts un starptautiska mēroga konkursos", 12, 17, 15, "count"],
    ["2.3", "Robotikas komandas vieta Latvijas skolēnu robotikas čempionātā", 5, 2, 3, "place"],
    ["3", "Pedagogu profesionālās kompetences pilnveide", 100, 91, 100, "percent"],
    ["4", "Izglītojamo un vecāku apmierinātība ar nodarbību kvalitāti (aptauja)", 80, 86, 85, "percent"],
    ["5", "Centra organizēto publisko pasākumu (koncerti, izstādes, sacensības) skaits", 40, 47, 45, "count"],
]
P = {
    "1": "Kolektīvu sagatavošana XIII Latvijas Skolu jaunatnes dziesmu un deju svētku atlases skatēm",
    "2": "STEM jomas programmu piedāvājuma paplašināšana",
    "3": "Iekļaujošas vides nodrošināšana izglītojamajiem ar speciālām vajadzībām",
    "4": "Izglītojamo pilsoniskās līdzdalības veicināšana",
}
PRIORITIES = [
    ["1", "", P["1"], "quantitative", "achieved"], ["1", "", P["1"], "qualitative", "achieved"],
    ["2", "", P["2"], "qualitative", "achieved"], ["2", "", P["2"], "quantitative", "partially_achieved"],
    ["3", "", P["3"], "quantitative", "not_achieved"], ["3", "", P["3"], "qualitative", "partially_achieved"],
    ["4", "", P["4"], "quantitative", "achieved"], ["4", "", P["4"], "qualitative", "partially_achieved"],
]


def write(name, header, rows):
    with (CASE / "gold" / name).open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for r in rows:
            w.writerow([FILE, *r])


(CASE / "gold").mkdir(exist_ok=True)
write("reports.csv", ["source_file", "institution_name", "institution_kind", "school_year"], REPORTS)
write("programmes.csv", ["source_file", "row_no", "programme_code", "programme_name", "learners_start",
                         "learners_end", "start_date", "end_date"], PROG_ROWS)
write("exam_results.csv", ["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure",
                           "school_pct", "national_pct", "failed_pct"], [])
write("leaving_reasons.csv", ["source_file", "item_no", "category", "learners"], [])
write("priorities.csv", ["source_file", "priority_no", "area", "title", "result_type", "status"], PRIORITIES)
write("indicators.csv", ["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value",
                         "target_value", "unit"], INDICATORS)
