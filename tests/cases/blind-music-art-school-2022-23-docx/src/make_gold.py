#!/usr/bin/env python3
"""Write the hand-read gold rows for the music and art school DOCX."""
import csv
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
FILES = ["rembates-muzikas-un-makslas-skola_2022-2023.docx"]

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

REPORT = [["Rembates Mūzikas un mākslas skola", "other", "2022/2023"]]

S, E = "2022-09-01", "2023-05-31"
_P = [
    ("20V212011", "Taustiņinstrumentu spēle – Klavierspēle", 54, 51),
    ("20V212011", "Taustiņinstrumentu spēle – Akordeona spēle", 12, 12),
    ("20V212021", "Stīgu instrumentu spēle – Vijoļspēle", 21, 19),
    ("20V212021", "Stīgu instrumentu spēle – Čella spēle", 7, 7),
    ("20V212021", "Stīgu instrumentu spēle – Ģitāras spēle", 26, 24),
    ("20V212031", "Pūšaminstrumentu spēle – Flautas spēle", 11, 10),
    ("20V212031", "Pūšaminstrumentu spēle – Klarnetes spēle", 6, 6),
    ("20V212031", "Pūšaminstrumentu spēle – Saksofona spēle", 9, 8),
    ("20V212031", "Pūšaminstrumentu spēle – Trompetes spēle", 5, 5),
    ("20V212041", "Sitaminstrumentu spēle", 8, 8),
    ("20V212061", "Vokālā mūzika – Kora klase", 18, 16),
    ("20V211001", "Vizuāli plastiskā māksla", 96, 92),
    ("20V211001", "Vizuāli plastiskā māksla", 31, 30),
    ("", "Mūzikas sagatavošanas klase (interešu izglītība)", 15, 14),
    ("", "Mākslas studija pieaugušajiem (interešu izglītība)", 12, 9),
]
PROGRAMMES = [[i, c, n, s, e, S, E] for i, (c, n, s, e) in enumerate(_P, 1)]

EXAMS = []  # professional-orientation school: no state exams (internal final exams are not state exams)

LEAVING = [
    ["1.2.1", "relocation", 3],
    ["1.2.1", "emigration", 2],
    ["1.2.2", "school_change", 4],
    ["1.2.3", "other", 8],
    ["1.2.3", "other", 2],
    ["1.2.3", "other", 4],
]

P1 = ("1", "", "Audzēkņu publiskās uzstāšanās un izstāžu darbības paplašināšana")
P2 = ("2", "", "Digitālo tehnoloģiju izmantošana mūzikas teorētisko priekšmetu un mākslas mācību procesā")
P3 = ("3", "", "Audzēkņu noturēšana un mācību motivācijas stiprināšana")
PRIORITIES = [
    [*P1, "qualitative", "achieved"],
    [*P1, "quantitative", "achieved"],
    [*P2, "quantitative", "not_achieved"],
    [*P2, "qualitative", "partially_achieved"],
    [*P3, "qualitative", "achieved"],
    [*P3, "quantitative", "partially_achieved"],
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
