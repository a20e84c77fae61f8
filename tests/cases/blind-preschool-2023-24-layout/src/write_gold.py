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
N = "saulstaru-pirmsskola-bitite_2023-2024"
S, E = "2023-09-01", "2024-05-31"
P1 = "Bērnu pašvadītas mācīšanās prasmju pilnveide rotaļnodarbībās"
P2 = "Valsts valodas vides stiprināšana bērniem, kuriem latviešu valoda nav dzimtā valoda"
P3 = "Droša un emocionāli atbalstoša vide sadarbībā ar ģimenēm"
T = {
 "reports": [["Saulstaru pirmsskola “Bitīte”", "preschool", "2023/2024"]],
 "programmes": [
  [1, "01011111", "Pirmsskolas izglītības programma", 186, 191, S, E],
  [2, "01011111", "Pirmsskolas izglītības programma", 42, 44, S, E],
  [3, "01015511", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar valodas traucējumiem", 12, 14, S, E],
  [4, "01015611", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības traucējumiem", 6, 7, S, E],
 ],
 "leaving_reasons": [
  ["1.2.1", "relocation", 5], ["1.2.1", "emigration", 2],
  ["1.2.2", "school_change", 3], ["1.2.2", "school_change", 1],
  ["1.2.3", "other", 38], ["1.2.3", "other", 2],
 ],
 "priorities": [
  [1, "Mācīšana un mācīšanās", P1, "qualitative", "achieved"], [1, "Mācīšana un mācīšanās", P1, "quantitative", "partially_achieved"],
  [2, "Vienlīdzība un iekļaušana", P2, "qualitative", "achieved"], [2, "Vienlīdzība un iekļaušana", P2, "quantitative", "partially_achieved"],
  [3, "Drošība un psiholoģiskā labklājība", P3, "qualitative", "not_achieved"], [3, "Drošība un psiholoģiskā labklājība", P3, "quantitative", "achieved"],
 ],
 "indicators": [
  ["1.1", "Pirmsskolas izglītības programmā/-s (sasniedzamo rezultātu apguve 6–7 gadīgajiem izglītojamajiem)", 72, 76, 78, "percent"],
  ["1.2", "Speciālās pirmsskolas izglītības programmā/-s (individuālajos plānos noteikto rezultātu sasniegšana)", 12, 15, 16, "learners"],
  ["1.3", "Interešu izglītības programmā/-s", 96, 118, 120, "learners"],
  ["4", "Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, konkursos, sacensībās u.tml.", 5, 3, 3, "place"],
  ["5", "Pedagogu profesionālās kompetences pilnveide", 85, 92, 95, "percent"],
  ["6.1", "Vecāku apmierinātība ar iestādes darbu (aptauja)", 84, 88, 90, "percent"],
  ["6.2", "Izglītojamo vidējais apmeklējums", 68, 71, 75, "percent"],
  ["6.3", "Pasākumi ģimenēm (skaits gadā)", 6, 8, 8, "count"],
  ["6.4", "5-gadīgo bērnu lasītprasmes priekšnoteikumu skrīnings (vidējais rezultāts)", "", 64, 70, "percent"],
 ],
}
write(Path(__file__).resolve().parent.parent, [N + ".pdf", N + ".txt", N + "_layout.txt"], T)
