#!/usr/bin/env python3
"""Write the hand-read gold CSVs for this case and check every gold number occurs in the report text."""
import csv, os, re
CASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = "ziemelupes-pamatskola_2024-2025.txt"
G = os.path.join(CASE, "gold")

reports = [[F, "Ziemeļupes pamatskola", "general", "2024/2025"]]
programmes = [
    [F, 1, "01011111", "Pirmsskolas izglītības programma", 24, 26, "2024-09-01", "2025-05-31"],
    [F, 2, "21011111", "Pamatizglītības programma", 87, 85, "2024-09-01", "2025-05-31"],
    [F, 3, "21015611", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem", 9, 10, "2024-09-01", "2025-05-31"],
    [F, 4, "21015811", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem", 2, 2, "2024-09-01", "2025-05-31"],
]
LV, MA, EN = ("latvian", "Latviešu valoda"), ("mathematics", "Matemātika"), ("english", "Angļu valoda")
exams = [
    [F, "grade9", *LV, "2024/2025", "result", 61.2, 58.5, ""],
    [F, "grade9", *MA, "2024/2025", "result", 47.9, 53.8, 9.1],
    [F, "grade9", *EN, "2024/2025", "result", 70.4, 65.8, ""],
    [F, "grade9", *LV, "2023/2024", "result", 55.6, 59.1, ""],
    [F, "grade9", *MA, "2023/2024", "result", 39.8, 43.2, 15.4],
    [F, "grade9", *EN, "2023/2024", "result", 66, 63.9, ""],
    [F, "grade9", *LV, "2025/2026", "target", 60, "", ""],
    [F, "grade9", *MA, "2025/2026", "target", 50, "", ""],
    [F, "grade9", *EN, "2025/2026", "target", 68, "", ""],
]
leaving = [
    [F, "1.2.1", "relocation", 3],
    [F, "1.2.1", "emigration", 1],
    [F, "1.2.2", "school_change", 2],
    [F, "1.2.3", "other", 1],
]
P1 = ("1", "Kompetences un sasniegumi", "Matemātikas sasniegumu uzlabošana 5.–9. klasē")
P2 = ("2", "Vienlīdzība un iekļaušana", "Atbalsts izglītojamajiem ar mācīšanās traucējumiem")
P3 = ("3", "Drošība un psiholoģiskā labklājība", "Digitālās drošības un cieņpilnas saskarsmes kultūra")
priorities = [
    [F, *P1, "quantitative", "achieved"],
    [F, *P1, "qualitative", "partially_achieved"],
    [F, *P2, "quantitative", "achieved"],
    [F, *P2, "qualitative", "achieved"],
    [F, *P3, "qualitative", "not_achieved"],
    [F, *P3, "quantitative", "partially_achieved"],
]
# indicator columns in the report: actual | baseline | target  -> gold baseline, actual, target
indicators = [
    [F, "1.1", "Pirmsskolas izglītības programmā – 5–6 gadīgo bērnu īpatsvars ar apguves līmeni “apguvis” un “padziļināti apguvis”", 74, 78, 80, "percent"],
    [F, "1.2", "Pamatizglītības programmā – vidējais vērtējums 4.–9. klasē", 6.3, 6.4, 6.5, "grade_avg"],
    [F, "1.3", "Izglītojamie ar nepietiekamiem vērtējumiem (zem 4 ballēm) gada noslēgumā", 6, 3, 2, "learners"],
    [F, "3", "Godalgotas vietas novada mācību priekšmetu olimpiādēs", 4, 7, 6, "count"],
    [F, "4", "Skolas vieta Vidzemes reģiona mazo skolu reitingā (līdz 150 izglītojamajiem)", 9, 5, 5, "place"],
    [F, "5", "Izglītojamo mācību stundu apmeklējums", 93.1, 94.6, 95, "percent"],
    [F, "6", "Interešu izglītībā iesaistīto izglītojamo skaits (1.–9. kl.)", 61, 68, 70, "learners"],
    [F, "7", "Pedagogu profesionālās kompetences pilnveide (kursi vismaz 12 st. apjomā)", 100, 92, 100, "percent"],
    [F, "8", "Vecāku līdzdalība – klašu vecāku sapulču apmeklējums", "", "", 60, "percent"],
]
HEAD = {
    "reports": ["source_file", "institution_name", "institution_kind", "school_year"],
    "programmes": ["source_file", "row_no", "programme_code", "programme_name", "learners_start", "learners_end", "start_date", "end_date"],
    "exam_results": ["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure", "school_pct", "national_pct", "failed_pct"],
    "leaving_reasons": ["source_file", "item_no", "category", "learners"],
    "priorities": ["source_file", "priority_no", "area", "title", "result_type", "status"],
    "indicators": ["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value", "target_value", "unit"],
}
DATA = dict(reports=reports, programmes=programmes, exam_results=exams, leaving_reasons=leaving,
            priorities=priorities, indicators=indicators)


def write_and_check(F, DATA, numeric_cols):
    os.makedirs(G, exist_ok=True)
    text = open(os.path.join(CASE, "reports", F), encoding="utf-8").read()
    flat = re.sub(r"\s+", " ", text)
    bad = 0
    for name, rows in DATA.items():
        with open(os.path.join(G, name + ".csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(HEAD[name])
            w.writerows(rows)
        for r in rows:
            for col in numeric_cols.get(name, []):
                v = r[HEAD[name].index(col)]
                if v == "":
                    continue
                s = str(v).replace(".", ",") if isinstance(v, float) else str(v)
                if not re.search(r"(?<![\d,])" + re.escape(s) + r"(?![\d]|,\d)", flat):
                    print("NOT FOUND", name, col, v); bad += 1
    codes = [r[2] for r in DATA["programmes"] if r[2]]
    for c in codes:
        if c not in flat.replace(" ", "") :
            print("CODE NOT FOUND", c); bad += 1
    for r in DATA["priorities"]:
        if r[3] not in flat:
            print("TITLE NOT FOUND", r[3]); bad += 1
    print(F, "rows:", {k: len(v) for k, v in DATA.items()}, "problems:", bad)


NUM = {
    "programmes": ["learners_start", "learners_end"],
    "exam_results": ["school_pct", "national_pct", "failed_pct"],
    "leaving_reasons": [],  # counts are partly in words; checked by eye (see README)
    "indicators": ["baseline_value", "actual_value", "target_value"],
}
if __name__ == "__main__":
    write_and_check(F, DATA, NUM)
