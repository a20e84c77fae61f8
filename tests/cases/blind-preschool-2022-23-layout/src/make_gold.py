#!/usr/bin/env python3
"""Write the hand-read gold CSVs for this case and check every gold number occurs in the report text."""
import csv, os, re
CASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = "kalnciema-pii-saulespuke_2022-2023.txt"
G = os.path.join(CASE, "gold")

reports = [[F, "Kalnciema pirmsskolas izglītības iestāde “Saulespuķe”", "preschool", "2022/2023"]]
programmes = [
    [F, 1, "01011111", "Pirmsskolas izglītības programma", 146, 151, "2022-09-01", "2023-05-31"],
    [F, 2, "01011111", "Pirmsskolas izglītības programma", 37, 41, "2022-09-01", "2023-05-31"],
    [F, 3, "01015511", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar valodas traucējumiem", 12, 14, "2022-09-01", "2023-05-31"],
    [F, 4, "01015611", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības traucējumiem", 6, 5, "2022-09-01", "2023-05-31"],
]
exams = []  # a preschool: no state exams ("Nav attiecināms")
leaving = [
    [F, "1.2.1", "relocation", 4],
    [F, "1.2.1", "emigration", 2],
    [F, "1.2.2", "school_change", 3],
    [F, "1.2.3", "other", 1],
]
P1 = ("1", "Mācīšana un mācīšanās", "Āra nodarbības kā ikdienas mācību vide")
P2 = ("2", "Izglītības programmu īstenošana", "Bērnu pašvadītas mācīšanās prasmju attīstība")
P3 = ("3", "Izglītības turpināšana", "Pēctecība, pārejot uz pamatizglītības pakāpi")
priorities = [
    [F, *P1, "qualitative", "achieved"],
    [F, *P1, "quantitative", "partially_achieved"],
    [F, *P2, "qualitative", "partially_achieved"],
    [F, *P2, "quantitative", "achieved"],
    [F, *P3, "qualitative", "not_achieved"],
    [F, *P3, "quantitative", "achieved"],
]
indicators = []  # the 2022/23 template has no quality-indicator table (1.3 = vacancies / support staff)
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
