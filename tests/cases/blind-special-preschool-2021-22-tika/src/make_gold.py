import csv, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / 'gold'
F = 'ogres-spii-cirulitis_2021-2022.txt'
def w(name, cols, rows):
    with open(G / f'{name}.csv', 'w', newline='', encoding='utf-8') as fh:
        c = csv.writer(fh); c.writerow(['source_file'] + cols)
        for r in rows: c.writerow([F] + list(r))
w('reports', ['institution_name', 'institution_kind', 'school_year'],
  [['Ogres novada speciālā pirmsskolas izglītības iestāde “Cīrulītis”', 'preschool', '2021/2022']])
V = 'Speciālās pirmsskolas izglītības programma izglītojamajiem ar '
w('programmes', ['row_no', 'programme_code', 'programme_name', 'learners_start', 'learners_end', 'start_date', 'end_date'], [
    [1, '01015511', V + 'valodas traucējumiem', 30, 29, '2021-09-01', '2022-05-31'],
    [2, '01015511', V + 'valodas traucējumiem', 18, 18, '2021-09-01', '2022-05-31'],
    [3, '01015611', V + 'jauktiem attīstības traucējumiem', 36, 38, '2021-09-01', '2022-05-31'],
    [4, '01015811', V + 'garīgās attīstības traucējumiem', 9, 9, '2021-09-01', '2022-05-31'],
    [5, '01015911', V + 'smagiem garīgās attīstības traucējumiem vai vairākiem smagiem attīstības traucējumiem', 4, '', '2021-09-01', '2022-05-31']])
w('exam_results', ['exam_level', 'subject', 'subject_raw', 'school_year', 'measure', 'school_pct', 'national_pct', 'failed_pct'], [])
w('leaving_reasons', ['item_no', 'category', 'learners'], [
    ['1.2.1', 'relocation', 3], ['1.2.1', 'emigration', 1], ['1.2.2', 'school_change', 4], ['1.2.3', 'other', 1]])
P = [(1, 'Mācību satura pilnveide atbilstoši kompetenču pieejai bērniem ar speciālām vajadzībām', 'achieved', 'achieved'),
     (2, 'Sadarbība ar ģimeni bērna attīstības veicināšanā', 'partially_achieved', 'not_achieved'),
     (3, 'Drošas un emocionāli atbalstošas vides nodrošināšana', 'partially_achieved', 'achieved')]
w('priorities', ['priority_no', 'area', 'title', 'result_type', 'status'],
  [r for n, t, ql, qn in P for r in ([n, '', t, 'qualitative', ql], [n, '', t, 'quantitative', qn])])
w('indicators', ['indicator_no', 'indicator_name', 'baseline_value', 'actual_value', 'target_value', 'unit'], [])
