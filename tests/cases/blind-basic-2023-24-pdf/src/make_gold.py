#!/usr/bin/env python3
"""Write gold/*.csv for both files (PDF and its Tika text); same rows, different source_file."""
import csv, os
HERE = os.path.dirname(os.path.abspath(__file__)); G = os.path.join(HERE, '..', 'gold')
FILES = ['zilaju-pamatskola_2023-2024.pdf', 'zilaju-pamatskola_2023-2024.txt']
tables = {
 'reports.csv': (['institution_name', 'institution_kind', 'school_year'],
   [['Zīlāju pamatskola', 'general', '2023/2024']]),
 'programmes.csv': (['row_no', 'programme_code', 'programme_name', 'learners_start', 'learners_end', 'start_date', 'end_date'], [
   [1, '01011111', 'Pirmsskolas izglītības programma', 38, 40, '2023-09-01', '2024-05-31'],
   [2, '21011111', 'Pamatizglītības programma', 164, 161, '2023-09-01', '2024-05-31'],
   [3, '21015611', 'Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem', 12, 14, '2023-09-01', '2024-05-31'],
   [4, '21015811', 'Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem', 3, 3, '2023-09-01', '2024-05-31']]),
 'exam_results.csv': (['exam_level', 'subject', 'subject_raw', 'school_year', 'measure', 'school_pct', 'national_pct', 'failed_pct'], [
   ['grade9', 'latvian', 'Latviešu valoda', '2022/2023', 'result', 61.3, 58, ''],
   ['grade9', 'mathematics', 'Matemātika', '2022/2023', 'result', 47.8, 50.5, 4.2],
   ['grade9', 'english', 'Angļu valoda', '2022/2023', 'result', 70.4, 66.1, ''],
   ['grade9', 'latvian', 'Latviešu valoda', '2023/2024', 'result', 63.5, 59.1, ''],
   ['grade9', 'mathematics', 'Matemātika', '2023/2024', 'result', 41.6, 43.2, 9.5],
   ['grade9', 'english', 'Angļu valoda', '2023/2024', 'result', 68.9, 63.9, ''],
   ['grade9', 'latvian', 'Latviešu valoda', '2024/2025', 'target', 64, '', ''],
   ['grade9', 'mathematics', 'Matemātika', '2024/2025', 'target', 48, '', ''],
   ['grade9', 'english', 'Angļu valoda', '2024/2025', 'target', 70, '', '']]),
 'leaving_reasons.csv': (['item_no', 'category', 'learners'], [
   ['1.2.1', 'relocation', 4], ['1.2.1', 'emigration', 1], ['1.2.2', 'school_change', 3],
   ['1.2.3', 'other', 2], ['1.2.3', 'other', 1]]),
 'priorities.csv': (['priority_no', 'area', 'title', 'result_type', 'status'], [
   [1, 'Mācīšana un mācīšanās', 'Lasītprasmes un matemātiskās pratības pilnveide 1.–6. klasē', 'qualitative', 'partially_achieved'],
   [1, 'Mācīšana un mācīšanās', 'Lasītprasmes un matemātiskās pratības pilnveide 1.–6. klasē', 'quantitative', 'not_achieved'],
   [2, 'Vienlīdzība un iekļaušana', 'Individualizēta atbalsta sistēmas pilnveide izglītojamajiem ar mācīšanās grūtībām', 'qualitative', 'achieved'],
   [2, 'Vienlīdzība un iekļaušana', 'Individualizēta atbalsta sistēmas pilnveide izglītojamajiem ar mācīšanās grūtībām', 'quantitative', 'partially_achieved'],
   [3, 'Drošība un psiholoģiskā labklājība', 'Pozitīvas uzvedības atbalsta sistēmas ieviešana', 'qualitative', 'achieved'],
   [3, 'Drošība un psiholoģiskā labklājība', 'Pozitīvas uzvedības atbalsta sistēmas ieviešana', 'quantitative', 'achieved']]),
 'indicators.csv': (['indicator_no', 'indicator_name', 'baseline_value', 'actual_value', 'target_value', 'unit'], [
   ['1.1', 'Pirmsskolas izglītības programmā (bērni, kuri sasnieguši plānotos rezultātus)', 68, 71, 72, 'percent'],
   ['1.2', 'Vispārējās pamatizglītības programmā (vidējais vērtējums 4.–9. kl.)', 6.4, 6.52, 6.6, 'grade_avg'],
   ['3', 'Godalgotas vietas novada mācību priekšmetu olimpiādēs', 6, 9, 8, 'count'],
   ['4', 'Skolas vieta Latvijas skolu reitingā (lauku pamatskolu grupā)', 7, 5, 5, 'place'],
   ['5', 'Pedagogi, kuri pilnveidojuši profesionālo kompetenci (vismaz 12 stundas)', 85, 92, 100, 'percent']]),
}
os.makedirs(G, exist_ok=True)
for name, (cols, rows) in tables.items():
    with open(os.path.join(G, name), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f); w.writerow(['source_file'] + cols)
        for sf in FILES:
            for r in rows: w.writerow([sf] + r)
print('gold written')
