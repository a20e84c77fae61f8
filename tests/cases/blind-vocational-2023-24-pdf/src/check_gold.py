import csv, re, sys, pathlib
case = pathlib.Path(sys.argv[1])
txts = {p.name: p for p in (case/'reports').glob('*.txt')}
bad = 0
for g in (case/'gold').glob('*.csv'):
    for r in csv.DictReader(open(g, encoding='utf-8')):
        f = r['source_file']; t = txts[f if f.endswith('.txt') else f[:-4] + '.txt'].read_text()
        flat = re.sub(r'\s+', ' ', t)
        for k, v in r.items():
            if k in ('source_file', 'school_year', 'start_date', 'end_date', 'row_no', 'item_no', 'priority_no', 'indicator_no') or not v: continue
            if re.fullmatch(r'\d+(\.\d+)?', v):
                forms = {v, v.replace('.', ','), v.rstrip('0').rstrip('.').replace('.', ',') if '.' in v else v}
                if k == 'programme_code': ok = v in re.sub(r'\s', '', t)
                else: ok = any(re.search(r'(?<![\d,.])' + re.escape(x) + r'(?![\d]|,\d)', flat) for x in forms)
            else:
                ok = k not in ('programme_name', 'title', 'institution_name', 'area') or v.lower() in flat.lower() or (k == 'institution_name')
            if not ok: bad += 1; print('MISSING', g.name, k, v)
print('problems:', bad)
