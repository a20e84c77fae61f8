#!/usr/bin/env python3
"""Check every number in gold occurs in the extracted text (pdftotext for the PDF, the .txt itself for Tika)."""
import csv, os, re, subprocess, glob
HERE = os.path.dirname(os.path.abspath(__file__)); R = os.path.join(HERE, '..', 'reports'); G = os.path.join(HERE, '..', 'gold')
texts = {}
for f in os.listdir(R):
    p = os.path.join(R, f)
    texts[f] = subprocess.run(['pdftotext', '-layout', p, '-'], capture_output=True, text=True).stdout if f.endswith('.pdf') else open(p, encoding='utf-8').read()
def variants(v):
    x = float(v); s = ('%g' % x)
    out = {s, s.replace('.', ',')}
    return out
bad = 0
for g in glob.glob(os.path.join(G, '*.csv')):
    for row in csv.DictReader(open(g, encoding='utf-8')):
        t = re.sub(r'\s+', ' ', texts[row['source_file']])
        tn = re.sub(r'(?<=\d) (?=\d)', '', t)  # grouped codes "2101 56 11"
        for k, v in row.items():
            if k in ('source_file', 'row_no', 'item_no', 'indicator_no', 'priority_no') or not v: continue
            if k in ('start_date', 'end_date'):
                y, m, dd = v.split('-'); ok = f'{dd}.{m}.{y}' in t
            elif re.fullmatch(r'-?\d+(\.\d+)?', v):
                ok = any(re.search(r'(?<![\d,.])' + re.escape(s) + r'(?![\d]|,\d)', tn) for s in variants(v)) or v in tn
            else:
                ok = True
            if not ok: bad += 1; print('MISSING', os.path.basename(g), row['source_file'], k, v)
print('problems:', bad)
