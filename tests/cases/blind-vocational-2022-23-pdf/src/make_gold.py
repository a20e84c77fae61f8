#!/usr/bin/env python3
"""Write the hand-read gold rows (same rows for the PDF and its Tika text)."""
import csv
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
NAME = "rujienas-tehnologiju-un-dizaina-tehnikums_2022-2023"
FILES = [f"{NAME}.pdf", f"{NAME}.txt"]

COLS = {
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

REPORT = [["Rūjienas Tehnoloģiju un dizaina tehnikums", "vocational", "2022/2023"]]

S, E = "2022-09-01", "2023-06-30"
PROGRAMMES = [
    [1, "33481031", "Programmēšana", 96, 88, S, E],
    [2, "33481011", "Datorsistēmas, datubāzes un datortīkli", 74, 69, S, E],
    [3, "33214011", "Vides dizains", 58, 55, S, E],
    [4, "33811031", "Ēdināšanas pakalpojumi", 81, 72, S, E],
    [5, "33811031", "Ēdināšanas pakalpojumi", 24, 21, S, E],
    [6, "35b811031", "Ēdināšanas pakalpojumi", 18, 16, S, E],
    [7, "30T481031", "Programmēšana (profesionālā tālākizglītība)", 22, 17, S, E],
    [8, "20V211001", "Vizuāli plastiskā māksla (profesionālās ievirzes izglītība)*", 35, 33, S, E],
]

EXAMS = [
    ["optimal", "latvian", "Latviešu valoda", "2022/2023", "result", 47.6, 54, 3.1],
    ["optimal", "mathematics", "Matemātika", "2022/2023", "result", 31.8, 35, 14.1],
    ["optimal", "english", "Angļu valoda", "2022/2023", "result", 55.2, 63, 1.6],
    ["advanced", "english", "Angļu valoda augstākajā līmenī", "2022/2023", "result", 58.4, 65, ""],
    ["optimal", "latvian", "latviešu valodā", "2021/2022", "result", 44.9, "", ""],
    ["optimal", "mathematics", "matemātikā", "2021/2022", "result", 33.5, "", ""],
]

LEAVING = [
    ["1.2.1", "relocation", 4],
    ["1.2.1", "emigration", 1],
    ["1.2.2", "school_change", 9],
    ["1.2.3", "other", 11],
    ["1.2.3", "other", 7],
    ["1.2.3", "other", 3],
    ["1.2.3", "other", 2],
]

P1 = ("1", "Mācīšana un mācīšanās", "Pašvadītas mācīšanās prasmju attīstīšana vispārizglītojošajos mācību priekšmetos")
P2 = ("2", "Izglītības turpināšana un nodarbinātība", "Karjeras atbalsta sistēmas pilnveide un absolventu nodarbinātības monitorings")
P3 = ("3", "Izglītības programmu īstenošana", "Darba vidē balstītu mācību paplašināšana")
PRIORITIES = [
    [*P1, "qualitative", "achieved"],
    [*P1, "quantitative", "partially_achieved"],
    [*P2, "qualitative", "achieved"],
    [*P2, "quantitative", "achieved"],
    [*P3, "quantitative", "not_achieved"],
    [*P3, "qualitative", "partially_achieved"],
]

INDICATORS = []  # the 2022/23 template has no quality-indicator table


def write(name, rows):
    with (GOLD / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(COLS[name])
        for f in FILES:
            for r in rows:
                w.writerow([f, *r])


def main():
    GOLD.mkdir(exist_ok=True)
    write("reports", REPORT)
    write("programmes", PROGRAMMES)
    write("exam_results", EXAMS)
    write("leaving_reasons", LEAVING)
    write("priorities", PRIORITIES)
    write("indicators", INDICATORS)


if __name__ == "__main__":
    main()
