#!/usr/bin/env python3
"""Gold rows of this case, written by hand from reading the report; each row is repeated for every
delivered file of the case (same rows, different source_file). Run: python3 write_gold.py"""
import csv
from pathlib import Path
COLS = {
 "reports": "source_file,institution_name,institution_kind,school_year",
 "programmes": "source_file,row_no,programme_code,programme_name,learners_start,learners_end,start_date,end_date",
 "exam_results": "source_file,exam_level,subject,subject_raw,school_year,measure,school_pct,national_pct,failed_pct",
 "leaving_reasons": "source_file,item_no,category,learners",
 "priorities": "source_file,priority_no,area,title,result_type,status",
 "indicators": "source_file,indicator_no,indicator_name,baseline_value,actual_value,target_value,unit",
}
def write(case_dir, files, tables):
    g = Path(case_dir) / "gold"; g.mkdir(exist_ok=True)
    for name, cols in COLS.items():
        cols = cols.split(",")
        with open(g / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(cols)
            for f in files:
                for row in tables.get(name, []):
                    assert len(row) == len(cols) - 1, (name, row)
                    w.writerow([f, *row])
N = "bjc-dzirkstele_2022-2023.docx"
S, E = "2022-10-01", "2023-05-31"
P1 = "STEM jomas interešu izglītības piedāvājuma paplašināšana un kvalitātes pilnveide."
P2 = "Audzēkņu pilsoniskās līdzdalības un jauniešu iniciatīvu veicināšana novadā."
P3 = "Pedagogu profesionālās kompetences pilnveide darbam ar bērniem ar speciālām vajadzībām."
T = {
 "reports": [["Ezerkrastu novada Bērnu un jauniešu centrs “Dzirkstele”", "interest", "2022/2023"]],
 "programmes": [
  [1, "", "Kultūrizglītība (mūzika, deja, teātris, vizuālā un vizuāli plastiskā māksla)", 612, 588, S, E],
  [2, "", "STEM (robotika, modelēšana, vides izglītība, programmēšana)", 174, 181, S, E],
  [3, "", "Sports un fiziskās aktivitātes (galda teniss, šahs, orientēšanās)", 203, 196, S, E],
  [4, "", "Sociālā un pilsoniskā joma (jauniešu iniciatīvas, skolēnu pašpārvalde, līderības skola)", 97, 102, S, E],
  [5, "", "Citas izglītojošās programmas (pirmsskolas vecuma bērnu radošās darbnīcas)", 41, 39, S, E],
 ],
 "leaving_reasons": [
  ["1.2.1", "relocation", 7], ["1.2.1", "emigration", 2],
  ["1.2.2", "school_change", 11],
  ["1.2.3", "other", 84], ["1.2.3", "other", 17], ["1.2.3", "other", 26], ["1.2.3", "other", 16],
 ],
 "priorities": [
  [1, "", P1, "qualitative", "achieved"], [1, "", P1, "quantitative", "partially_achieved"],
  [2, "", P2, "quantitative", "not_achieved"], [2, "", P2, "qualitative", "partially_achieved"],
  [3, "", P3, "qualitative", "achieved"], [3, "", P3, "quantitative", "achieved"],
 ],
}
write(Path(__file__).resolve().parent.parent, [N], T)
