"""Write gold/*.csv for this case: the rows a careful reader takes from the report, once per
delivered file (the PDF and its Tika text carry the same rows)."""
from __future__ import annotations

import csv
from pathlib import Path

CASE = Path(__file__).resolve().parent.parent
FILES = ["pii-marpukite_2024-2025.pdf", "pii-marpukite_2024-2025.txt"]
NAME = "Ķekavas novada pirmsskolas izglītības iestāde “Mārpuķīte”"

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

S, E = "2024-09-01", "2025-05-31"
GOLD = {
    "reports": [[NAME, "preschool", "2024/2025"]],
    "programmes": [
        [1, "01011111", "Pirmsskolas izglītības programma", 168, 171, S, E],
        [2, "01011111", "Pirmsskolas izglītības programma", 54, 52, S, E],
        [3, "01015511", "Speciālā pirmsskolas izglītības programma izglītojamajiem ar valodas "
                        "traucējumiem", 24, 26, S, E],
        [4, "01015611", "Speciālā pirmsskolas izglītības programma izglītojamajiem ar jauktiem "
                        "attīstības traucējumiem", 9, 11, S, E],
    ],
    "exam_results": [],
    "leaving_reasons": [
        ["1.2.1", "relocation", 4],
        ["1.2.1", "emigration", 1],
        ["1.2.1", "relocation", 2],
        ["1.2.2", "school_change", 5],
        ["1.2.2", "school_change", 2],
        ["1.2.2", "school_change", 1],
        ["1.2.3", "other", 2],
        ["1.2.3", "other", 1],
    ],
    "priorities": [
        [1, "Mācīšana un mācīšanās", "Bērnu pašvadītas mācīšanās prasmju attīstīšana "
         "rotaļnodarbībās un āra nodarbībās", "qualitative", "achieved"],
        [1, "Mācīšana un mācīšanās", "Bērnu pašvadītas mācīšanās prasmju attīstīšana "
         "rotaļnodarbībās un āra nodarbībās", "quantitative", "partially_achieved"],
        [2, "Vienlīdzība un iekļaušana", "Atbalsta sistēmas pilnveide bērniem ar speciālām "
         "vajadzībām", "qualitative", "achieved"],
        [2, "Vienlīdzība un iekļaušana", "Atbalsta sistēmas pilnveide bērniem ar speciālām "
         "vajadzībām", "quantitative", "partially_achieved"],
        [3, "Drošība un psiholoģiskā labklājība", "Bērnu emocionālās labbūtības un drošības "
         "stiprināšana", "quantitative", "achieved"],
        [3, "Drošība un psiholoģiskā labklājība", "Bērnu emocionālās labbūtības un drošības "
         "stiprināšana", "qualitative", "not_achieved"],
    ],
    "indicators": [
        ["1.1", "Pirmsskolas izglītības programmā (01011111) – mācību jomu sasniedzamo rezultātu "
                "apguve 5–6 gadīgo grupās, vidēji visās jomās", 65, 68, 70, "percent"],
        ["1.2", "Valodu mācību joma (latviešu valoda)", 61, 64, 66, "percent"],
        ["1.3", "Matemātika (STEM mācību joma)", 58, 57, 60, "percent"],
        ["1.4", "Sociālā un pilsoniskā mācību joma", 72, 75, 75, "percent"],
        ["1.5", "Speciālajās pirmsskolas izglītības programmās (01015511, 01015611): izglītojamie, "
                "kuri sasnieguši individuālajā plānā noteiktos rezultātus", 10, 12, 14, "learners"],
        ["4.1", "Dalība novada un valsts mēroga konkursos, skatēs, izstādēs (reižu skaits)", 6, 8, 8,
         "count"],
        ["4.2", "Ķekavas novada pirmsskolu vokālistu konkurss “Cālis”", 3, 2, None, "place"],
        ["5", "Pedagogu profesionālās kompetences pilnveide", 90, 96, 100, "percent"],
        ["6.1", "Izglītojamo vidējais apmeklējums (dienā, no sarakstā esošajiem)", 74, 71, 75,
         "percent"],
        ["6.2", "Vecāku atsaucība iestādes aptaujā", 46, 58, 60, "percent"],
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
