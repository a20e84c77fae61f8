"""Write gold CSVs for both report files (PDF and its Tika text) and check numbers against the Tika text."""
import csv, re
from pathlib import Path
base = Path(__file__).resolve().parent.parent
stem = "sidrabkalnu-pii-cielavina_2021-2022"
files = [stem + ".txt"]  # case given as Tika text only; the PDF stays in src/
G = base / "gold"
name = "Sidrabkalnu pirmsskolas izglītības iestāde “Cielaviņa”"
P1 = "Pirmsskolas izglītības programma"
prog = [(1, "01011111", P1, 148, 139), (2, "01011111", P1, 37, 42),
        (3, "01015511", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar valodas traucējumiem", 23, 27),
        (4, "01015611", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības traucējumiem", 8, 11)]
leave = [("1.2.1", "relocation", 6), ("1.2.1", "emigration", 2), ("1.2.2", "school_change", 3),
         ("1.2.3", "other", 37), ("1.2.3", "other", 1)]
pri = [("1", "Kompetences un sasniegumi", "Bērnu pašvadītas mācīšanās prasmju pilnveide rotaļnodarbībās", "qualitative", "achieved"),
       ("1", "Kompetences un sasniegumi", "Bērnu pašvadītas mācīšanās prasmju pilnveide rotaļnodarbībās", "quantitative", "partially_achieved"),
       ("2", "Drošība un psiholoģiskā labklājība", "Vienotas emocionālās audzināšanas pieejas ieviešana visās grupās", "qualitative", "partially_achieved"),
       ("2", "Drošība un psiholoģiskā labklājība", "Vienotas emocionālās audzināšanas pieejas ieviešana visās grupās", "quantitative", "achieved"),
       ("3", "Infrastruktūra un resursi", "Āra mācību vides paplašināšana", "qualitative", "not_achieved"),
       ("3", "Infrastruktūra un resursi", "Āra mācību vides paplašināšana", "quantitative", "partially_achieved")]

def w(fn, header, rows):
    with open(G / fn, "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f); c.writerow(header)
        for sf in files:
            for r in rows: c.writerow([sf, *r])

w("reports.csv", ["source_file", "institution_name", "institution_kind", "school_year"], [(name, "preschool", "2021/2022")])
w("programmes.csv", ["source_file", "row_no", "programme_code", "programme_name", "learners_start", "learners_end", "start_date", "end_date"],
  [(*r, "2021-09-01", "2022-05-31") for r in prog])
w("exam_results.csv", ["source_file", "exam_level", "subject", "subject_raw", "school_year", "measure", "school_pct", "national_pct", "failed_pct"], [])
w("leaving_reasons.csv", ["source_file", "item_no", "category", "learners"], leave)
w("priorities.csv", ["source_file", "priority_no", "area", "title", "result_type", "status"], pri)
w("indicators.csv", ["source_file", "indicator_no", "indicator_name", "baseline_value", "actual_value", "target_value", "unit"], [])

# mechanical check against the Tika text
txt = (base / "reports" / (stem + ".txt")).read_text(encoding="utf-8")
flat = re.sub(r"\s+", " ", txt)
nums = re.findall(r"\d+", flat)
bad = []
for _, code, pname, a, b in prog:
    grouped = f"{code[:4]} {code[4:6]} {code[6:]}"
    if grouped not in flat: bad.append(code)
    if pname not in flat: bad.append(pname)
    for v in (a, b):
        if str(v) not in nums: bad.append(v)
for _, _, v in leave:
    if str(v) not in nums and v != 1: bad.append(v)
assert "viens izglītojamais" in flat
for no, area, title, _, _ in pri:
    for s in (area, title):
        if s not in flat: bad.append(s)
for s in ("01.09.2021", "31.05.2022", "2021./2022", "Sasniegts.", "Daļēji sasniegts", "SASNIEGTS", "sasniegts daļēji", "Nav sasniegts"):
    if s not in flat: bad.append(s)
assert name in flat or "pirmsskolas izglītības iestāde “Cielaviņa”" in flat
print("missing:", bad or "none")
