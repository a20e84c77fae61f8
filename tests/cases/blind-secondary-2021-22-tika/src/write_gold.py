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
N = "kalnamuizas-vidusskola_2021-2022"
S, E = "2021-09-01", "2022-05-31"
T = {
 "reports": [["Kalnamuižas vidusskola", "general", "2021/2022"]],
 "programmes": [
  [1, "11011111", "Pamatizglītības pirmā posma (1.–6. klase) programma", 142, 140, S, E],
  [2, "21011111", "Pamatizglītības otrā posma (7.–9. klase) programma", 78, 77, S, E],
  [3, "21015611", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem", 14, 15, S, E],
  [4, "31016011", "Vispārējās vidējās izglītības programma", 64, 61, S, E],
  [5, "31011011", "Vispārējās vidējās izglītības vispārizglītojošā virziena programma", 32, 31, S, E],
  [6, "01011111", "Pirmsskolas izglītības programma", 46, 44, S, E],
 ],
 "exam_results": [
  ["grade9", "latvian", "Latviešu valoda", "2021/2022", "result", "64.8", "", ""],
  ["grade9", "mathematics", "Matemātika", "2021/2022", "result", "51.2", "", ""],
  ["grade9", "english", "Angļu valoda", "2021/2022", "result", "71.5", "", ""],
  ["grade9", "russian", "Krievu valoda (svešvaloda)", "2021/2022", "result", "78.9", "", ""],
  ["grade9", "latvian", "Latviešu valoda", "2022/2023", "target", "62", "", ""],
  ["grade9", "mathematics", "Matemātika", "2022/2023", "target", "55", "", ""],
  ["grade9", "english", "Angļu valoda", "2022/2023", "target", "72", "", ""],
  ["optimal", "latvian", "Latviešu valoda", "2021/2022", "result", "54.6", "52.2", "3.2"],
  ["optimal", "mathematics", "Matemātika", "2021/2022", "result", "38.6", "37", "9.7"],
  ["optimal", "english", "Angļu valoda", "2021/2022", "result", "72.4", "69.1", ""],
  ["optimal", "russian", "Krievu valoda", "2021/2022", "result", "81.3", "77.7", ""],
  ["optimal", "biology", "Bioloģija", "2021/2022", "result", "61.9", "66.1", ""],
  ["optimal", "chemistry", "Ķīmija", "2021/2022", "result", "47.5", "58.2", ""],
  ["optimal", "physics", "Fizika", "2021/2022", "result", "49", "55.7", ""],
  ["optimal", "history", "Latvijas un pasaules vēsture", "2021/2022", "result", "58.3", "65", ""],
  ["optimal", "latvian", "latviešu valodā", "2020/2021", "result", "49.8", "51.7", ""],
  ["optimal", "mathematics", "matemātikā", "2020/2021", "result", "33.1", "36", ""],
  ["optimal", "english", "angļu valodā", "2020/2021", "result", "68", "66.8", ""],
  ["optimal", "latvian", "latviešu valodā", "2022/2023", "target", "55", "", ""],
  ["optimal", "mathematics", "matemātikā", "2022/2023", "target", "40", "", ""],
  ["optimal", "english", "angļu valodā", "2022/2023", "target", "70", "", ""],
 ],
 "leaving_reasons": [
  ["1.2.1", "relocation", 6], ["1.2.1", "emigration", 2],
  ["1.2.2", "school_change", 3], ["1.2.2", "school_change", 1],
  ["1.2.3", "other", 2], ["1.2.3", "other", 1],
 ],
 "priorities": [
  [1, "Kompetences un sasniegumi", "Izglītojamo pašvadītas mācīšanās prasmju pilnveide, īstenojot pilnveidoto mācību saturu", "qualitative", "partially_achieved"],
  [1, "Kompetences un sasniegumi", "Izglītojamo pašvadītas mācīšanās prasmju pilnveide, īstenojot pilnveidoto mācību saturu", "quantitative", "not_achieved"],
  [2, "Drošība un psiholoģiskā labklājība", "Emocionāli droša vide un savstarpējā cieņa skolā pēc attālināto mācību perioda", "qualitative", "achieved"],
  [2, "Drošība un psiholoģiskā labklājība", "Emocionāli droša vide un savstarpējā cieņa skolā pēc attālināto mācību perioda", "quantitative", "partially_achieved"],
  [3, "Infrastruktūra un resursi", "Digitālo mācību līdzekļu un tehnoloģiju mērķtiecīga izmantošana mācību procesā", "qualitative", "achieved"],
  [3, "Infrastruktūra un resursi", "Digitālo mācību līdzekļu un tehnoloģiju mērķtiecīga izmantošana mācību procesā", "quantitative", "achieved"],
 ],
 "indicators": [],
}
write(Path(__file__).resolve().parent.parent, [N + ".pdf", N + ".txt"], T)
