import csv, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / 'gold'
FILES = ['lielupes-tehnikums_2023-2024.pdf', 'lielupes-tehnikums_2023-2024.txt']
def w(name, cols, rows):
    with open(G / f'{name}.csv', 'w', newline='', encoding='utf-8') as fh:
        c = csv.writer(fh); c.writerow(['source_file'] + cols)
        for f in FILES:
            for r in rows: c.writerow([f] + list(r))
w('reports', ['institution_name', 'institution_kind', 'school_year'], [['Lielupes tehnikums', 'vocational', '2023/2024']])
w('programmes', ['row_no', 'programme_code', 'programme_name', 'learners_start', 'learners_end', 'start_date', 'end_date'], [
    [1, '35481031', 'Programmēšana', 118, 104, '2023-09-01', '2024-06-30'],
    [2, '35481011', 'Datorsistēmas, datubāzes un datortīkli', 96, 88, '2023-09-01', '2024-06-30'],
    [3, '35523011', 'Elektronika', 57, 51, '2023-09-01', '2024-06-30'],
    [4, '35525011', 'Autotransports', 73, 70, '2023-09-01', '2024-06-30'],
    [5, '35811021', 'Ēdināšanas pakalpojumi', 142, 127, '2023-09-01', '2024-06-30'],
    [6, '33811031', 'Viesmīlības pakalpojumi', 24, 19, '2023-09-01', '2024-06-30']])
w('exam_results', ['exam_level', 'subject', 'subject_raw', 'school_year', 'measure', 'school_pct', 'national_pct', 'failed_pct'], [
    ['optimal', 'latvian', 'Latviešu valoda', '2022/2023', 'result', 44.6, '', ''],
    ['optimal', 'latvian', 'Latviešu valoda', '2023/2024', 'result', 47.3, 55, 2.1],
    ['optimal', 'latvian', 'Latviešu valoda', '2024/2025', 'target', 50, '', ''],
    ['optimal', 'mathematics', 'Matemātika', '2022/2023', 'result', 27.9, '', ''],
    ['optimal', 'mathematics', 'Matemātika', '2023/2024', 'result', 25.4, 34, 21.6],
    ['optimal', 'mathematics', 'Matemātika', '2024/2025', 'target', 30, '', ''],
    ['optimal', 'english', 'Angļu valoda', '2022/2023', 'result', 52.3, '', ''],
    ['optimal', 'english', 'Angļu valoda', '2023/2024', 'result', 55.8, 62, ''],
    ['optimal', 'english', 'Angļu valoda', '2024/2025', 'target', 57, '', ''],
    ['advanced', 'english', 'Angļu valoda', '2023/2024', 'result', 58.9, 66, ''],
    ['advanced', 'english', 'Angļu valoda', '2024/2025', 'target', 60, '', '']])
w('leaving_reasons', ['item_no', 'category', 'learners'], [
    ['1.2.1', 'relocation', 4], ['1.2.1', 'emigration', 2], ['1.2.2', 'school_change', 7],
    ['1.2.3', 'other', 11], ['1.2.3', 'other', 5], ['1.2.3', 'other', 2]])
P = [(1, 'Mācīšana un mācīšanās', 'Digitālo rīku mērķtiecīga izmantošana profesionālo moduļu apguvē', [('quantitative', 'partially_achieved'), ('qualitative', 'achieved')]),
     (2, 'Izglītības turpināšana un nodarbinātība', 'Darba vidē balstītu mācību paplašināšana', [('qualitative', 'achieved'), ('quantitative', 'not_achieved')]),
     (3, 'Drošība un psiholoģiskā labklājība', 'Mācību pārtraukšanas riska mazināšana', [('qualitative', 'partially_achieved'), ('quantitative', 'achieved')])]
w('priorities', ['priority_no', 'area', 'title', 'result_type', 'status'], [[n, a, t, rt, s] for n, a, t, rs in P for rt, s in rs])
w('indicators', ['indicator_no', 'indicator_name', 'baseline_value', 'actual_value', 'target_value', 'unit'], [
    ['1.1', 'Vidējais vērtējums profesionālajos moduļos', 6.4, 6.5, 6.6, 'grade_avg'],
    ['1.2', 'Vidējais vērtējums vispārizglītojošajos mācību priekšmetos', 5.7, 5.8, 6.0, 'grade_avg'],
    ['3', 'Profesionālās kvalifikācijas eksāmenu vidējais vērtējums', 6.9, 7.1, 7.2, 'grade_avg'],
    ['4.1', 'Izglītojamo dalība konkursos (SkillsLatvia, nozaru konkursi)', 8, 11, 13, 'learners'],
    ['4.2', 'Augstākā vieta SkillsLatvia', 3, 2, 1, 'place'],
    ['5.1', 'Izglītojamo īpatsvars, kas sekmīgi nokārtojuši kvalifikācijas eksāmenu', 86, 89, 90, 'percent'],
    ['5.2', 'Absolventu nodarbinātība 6 mēnešus pēc tehnikuma beigšanas', 68, 71, '', 'percent'],
    ['6', 'Mācības pārtraukušo izglītojamo skaits', 38, 31, 28, 'learners']])
