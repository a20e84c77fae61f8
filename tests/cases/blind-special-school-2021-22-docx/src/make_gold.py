"""Write gold/*.csv for this case: the rows a careful reader takes from the report, for the one
delivered file (the DOCX)."""
from __future__ import annotations

import csv
from pathlib import Path

CASE = Path(__file__).resolve().parent.parent
FILES = ["ergemes-speciala-pamatskola_2021-2022.docx"]
NAME = "Valkas novada Ērģemes speciālā pamatskola"

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

S, E = "2021-09-01", "2022-05-31"
P58 = "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem"
T1 = "Izglītojamo patstāvīgās darbības un pašaprūpes prasmju pilnveide"
T2 = "Emocionāli droša vide un pozitīvas uzvedības atbalsts"
T3 = "Sensorās telpas izveide un digitālo mācību līdzekļu pieejamība"
GOLD = {
    "reports": [[NAME, "general", "2021/2022"]],
    "programmes": [
        [1, "21015611", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās "
                        "traucējumiem", 34, 33, S, E],
        [2, "21015811", P58, 41, 42, S, E],
        [3, "21015911", "Speciālās pamatizglītības programma izglītojamajiem ar smagiem garīgās "
                        "attīstības traucējumiem vai vairākiem smagiem attīstības traucējumiem",
         18, 18, S, E],
        [4, "21015711", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās veselības "
                        "traucējumiem", 7, 6, S, E],
        [5, "01015811", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar garīgās "
                        "attīstības traucējumiem", 5, 5, S, E],
        [6, "21015811", P58, 6, 6, S, E],
    ],
    "exam_results": [
        ["grade9", "latvian", "Latviešu valoda", "2021/2022", "result", 48.6, None, None],
        ["grade9", "mathematics", "Matemātika", "2021/2022", "result", 31.2, None, None],
        ["grade9", "english", "Angļu valoda", "2021/2022", "result", 55, None, None],
        ["grade9", "russian", "Krievu valoda", "2021/2022", "result", 71, None, None],
        ["grade9", "latvian", "latviešu valodā", "2018/2019", "result", 44.3, None, None],
        ["grade9", "mathematics", "matemātikā", "2018/2019", "result", 29.5, None, None],
    ],
    "leaving_reasons": [
        ["1.2.1", "relocation", 2],
        ["1.2.1", "emigration", 1],
        ["1.2.2", "school_change", 1],
        ["1.2.3", "other", 2],
        ["1.2.3", "other", 1],
    ],
    "priorities": [
        [1, "Kompetences un sasniegumi", T1, "qualitative", "achieved"],
        [1, "Kompetences un sasniegumi", T1, "quantitative", "partially_achieved"],
        [2, "Drošība un psiholoģiskā labklājība", T2, "qualitative", "achieved"],
        [2, "Drošība un psiholoģiskā labklājība", T2, "quantitative", "achieved"],
        [3, "Infrastruktūra un resursi", T3, "qualitative", "partially_achieved"],
        [3, "Infrastruktūra un resursi", T3, "quantitative", "not_achieved"],
    ],
    "indicators": [],
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
