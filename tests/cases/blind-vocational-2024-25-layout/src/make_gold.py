"""Write gold/*.csv for this case: the rows a careful reader takes from the report, once per
delivered file (the PDF and its Tika text carry the same rows)."""
from __future__ import annotations

import csv
from pathlib import Path

CASE = Path(__file__).resolve().parent.parent
BASE = "mezotnes-tehnologiju-tehnikums_2024-2025"
FILES = [f"{BASE}.pdf", f"{BASE}.txt", f"{BASE}_layout.txt"]
NAME = "Mežotnes Tehnoloģiju tehnikums"

COLUMNS = {
    "reports": ["source_file", "institution_name", "institution_kind", "school_year"],
    "programmes": ["source_file", "row_no", "programme_code", "programme_name", "learners_start",
                   "learners_end", "start_date", "end_date"],
    "exam_results": ["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure",
                     "school_pct", "national_pct", "failed_pct"],
    "leaving_reasons": ["source_file", "item_no", "category", "learners"],
    "priorities": ["source_file", "priority_no", "area", "title", "result_type", "status"],
    "indicators": ["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value",
                   "target_value", "unit"],
}

S, E = "2024-09-01", "2025-06-30"
P2 = "Vispārizglītojošo mācību priekšmetu (matemātika, latviešu valoda) rezultātu uzlabošana"
GOLD = {
    "reports": [[NAME, "vocational", "2024/2025"]],
    "programmes": [
        [1, "33481031", "Programmēšana", 118, 104, S, E],
        [2, "33811021", "Ēdināšanas pakalpojumi", 96, 88, S, E],
        [3, "33525011", "Autotransports", 142, 131, S, E],
        [4, "33582011", "Būvdarbi", 48, 41, S, E],
        [5, "33523011", "Elektronika", 57, 52, S, E],
        [6, "35811021", "Ēdināšanas pakalpojumi", 22, 19, S, E],
        [7, "35481031", "Programmēšana", 18, 15, S, E],
        [8, "35811011", "Viesmīlības pakalpojumi", None, 14, S, E],
    ],
    "exam_results": [
        ["optimal", "latvian", "Latviešu valoda", "2023/2024", "result", 44.8, 55, None],
        ["optimal", "mathematics", "Matemātika", "2023/2024", "result", 24.6, 34, 31],
        ["optimal", "english", "Angļu valoda", "2023/2024", "result", 51.3, 62, None],
        ["optimal", "latvian", "Latviešu valoda", "2024/2025", "result", 46.2, 55.9, 4.1],
        ["optimal", "mathematics", "Matemātika", "2024/2025", "result", 33.9, 43.7, 18.5],
        ["optimal", "english", "Angļu valoda", "2024/2025", "result", "54.0", 60.7, None],
        ["optimal", "latvian", "Latviešu valoda", "2025/2026", "target", 48, None, None],
        ["optimal", "mathematics", "Matemātika", "2025/2026", "target", 36, None, None],
        ["optimal", "english", "Angļu valoda", "2025/2026", "target", 55, None, None],
        ["advanced", "english", "Angļu valoda", "2024/2025", "result", "61.0", 62, None],
    ],
    "leaving_reasons": [
        ["1.2.1", "relocation", 4],
        ["1.2.1", "emigration", 1],
        ["1.2.2", "school_change", 6],
        ["1.2.2", "school_change", 3],
        ["1.2.3", "other", 17],
        ["1.2.3", "other", 8],
        ["1.2.3", "other", 3],
        ["1.2.3", "other", 2],
    ],
    "priorities": [
        [1, "Mācīšana un mācīšanās", "Darba vidē balstītu mācību (DVB) paplašināšana",
         "qualitative", "achieved"],
        [1, "Mācīšana un mācīšanās", "Darba vidē balstītu mācību (DVB) paplašināšana",
         "quantitative", "partially_achieved"],
        [2, "Kompetences un sasniegumi", P2, "qualitative", "partially_achieved"],
        [2, "Kompetences un sasniegumi", P2, "quantitative", "not_achieved"],
        [3, "Drošība un psiholoģiskā labklājība", "Priekšlaicīgas mācību pārtraukšanas riska "
         "mazināšana", "qualitative", "achieved"],
        [3, "Drošība un psiholoģiskā labklājība", "Priekšlaicīgas mācību pārtraukšanas riska "
         "mazināšana", "quantitative", "achieved"],
    ],
    "indicators": [
        ["1.1", "Profesionālās vidējās izglītības programmās (33...)", 6.1, 6.3, 6.4, "grade_avg"],
        ["1.2", "Profesionālās izglītības programmās personām ar vidējo izglītību (35...)", 6.8,
         6.9, "7.0", "grade_avg"],
        ["1.3", "Sekmīgo izglītojamo īpatsvars mācību gada noslēgumā", 84, 86.5, 88, "percent"],
        ["4.1", "Profesionālās kvalifikācijas eksāmenu vidējais vērtējums", 6.9, 7.1, 7.2,
         "grade_avg"],
        ["4.2", "Kvalifikāciju ieguvušo īpatsvars no eksāmenu kārtotājiem", 92, 94.6, 95,
         "percent"],
        ["4.3", "Izglītojamie, kuri kvalifikācijas eksāmenā saņēma 9–10 balles", 18, 21, 20,
         "percent"],
        ["5.1", "Godalgotas vietas profesionālās meistarības konkursos (SkillsLatvia u.c.)", 2, 3,
         3, "count"],
        ["5.2", "Dalība valsts mācību priekšmetu olimpiādēs (izglītojamo skaits)", 4, 7, 6,
         "learners"],
        ["6", "Pedagogu profesionālās kompetences pilnveide", 85, 88, 90, "percent"],
        ["7.1", "Absolventu nodarbinātība 6 mēnešus pēc absolvēšanas (strādā vai mācās)", 71, 74,
         75, "percent"],
        ["7.2", "Priekšlaicīgi mācības pārtraukušo izglītojamo īpatsvars", 9.8, 8.1, 7.5,
         "percent"],
        ["7.3", "Darba vidē balstītās mācībās iesaistīto izglītojamo skaits", 41, 56, 60,
         "learners"],
    ],
}


def main():
    out = CASE / "gold"
    out.mkdir(exist_ok=True)
    for table, cols in COLUMNS.items():
        with (out / f"{table}.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(cols)
            for f in FILES:
                for row in GOLD[table]:
                    w.writerow([f] + ["" if v is None else v for v in row])
    print("gold written:", {t: len(r) * len(FILES) for t, r in GOLD.items()})


if __name__ == "__main__":
    main()
