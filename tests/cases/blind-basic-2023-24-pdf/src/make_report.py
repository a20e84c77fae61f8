#!/usr/bin/env python3
"""Generate zilaju-pamatskola_2023-2024.docx (python-docx); then PDF via LibreOffice and Tika text.
Run: /work/blind/.venv-h5A/bin/python src/make_report.py  (from the case folder)"""
import os, subprocess, sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'reports')
NAME = 'zilaju-pamatskola_2023-2024'

d = Document()
st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(11)
for s in d.sections:
    s.left_margin = Cm(2.5); s.right_margin = Cm(1.8); s.top_margin = Cm(2); s.bottom_margin = Cm(2)

# page numbers in footer
fp = d.sections[0].footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
def fld(par, code):
    r = par.add_run(); a = OxmlElement('w:fldChar'); a.set(qn('w:fldCharType'), 'begin'); r._r.append(a)
    r = par.add_run(); t = OxmlElement('w:instrText'); t.set(qn('xml:space'), 'preserve'); t.text = code; r._r.append(t)
    r = par.add_run(); b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'end'); r._r.append(b)
fp.add_run('Zīlāju pamatskolas pašnovērtējuma ziņojums, ')
fld(fp, 'PAGE'); fp.add_run('. lpp.')

def P(text='', bold=False, align=None, size=None, italic=False):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

def T(rows, style='Table Grid', widths=None, bold_first=True, size=10):
    t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j); c.text = ''
            lines = val.split('\n')
            p = c.paragraphs[0]
            for k, ln in enumerate(lines):
                r = p.add_run(ln); r.font.size = Pt(size)
                if i == 0 and bold_first: r.bold = True
                if k < len(lines) - 1: r.add_break()
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths): row.cells[j].width = Cm(w)
    d.add_paragraph()
    return t

def pagebreak():
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---- cover ----
P('SASKAŅOTS', bold=True, align='r')
P('Smiltenes novada pašvaldības\nIzglītības pārvaldes vadītāja', align='r')
P('/paraksts/ I. Kalniņa', align='r')
P('2024. gada 19. septembrī', align='r')
P()
P('Smiltenes novada pašvaldība', align='c', size=12)
P('ZĪLĀJU PAMATSKOLA', bold=True, align='c', size=14)
P('Reģ. Nr. 4412900218, Skolas iela 3, Zīlāji, Smiltenes novads, LV-4729, tālr. 64700000, e-pasts: zilaju.pamatskola@smiltene.lv', align='c', size=9)
P()
P('Zīlāju pamatskolas pašnovērtējuma ziņojums', bold=True, align='c', size=16)
P('(publiskojamā daļa)', align='c', size=12)
P('par 2023./2024. mācību gadu', align='c', size=12)
P()
P('Zīlāji, 2024', align='c')
P()
P('Zīlāju pamatskola ir Smiltenes novada pašvaldības dibināta vispārējās izglītības iestāde, kas īsteno '
  'pirmsskolas, pamatizglītības un speciālās pamatizglītības programmas. Skola atrodas lauku teritorijā, '
  'izglītojamie uz skolu tiek nogādāti ar diviem pašvaldības skolēnu autobusiem; 2023./2024. mācību gadā '
  'skolā strādāja 27 pedagogi un 14 tehniskie darbinieki.', align='j')
pagebreak()

# ---- 1 ----
P('1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi un to sasniegšanas izvērtējums', bold=True, size=12)
P('1.1. Izglītojamo skaits un īstenotās izglītības programmas 2023./2024. mācību gadā', bold=True)
T([
 ['Nr.\np.k.', 'Izglītības programmas\nnosaukums', 'Izglītības\nprogrammas\nkods', 'Īstenošanas vietas\nadrese (ja atšķiras\nno juridiskās\nadreses)', 'Licence\nNr.', 'Licencēšanas\ndatums', 'Izglītojamo skaits,\nuzsākot 2023./2024.\nm.g. (01.09.2023.)', 'Izglītojamo skaits,\nnoslēdzot 2023./2024.\nm.g. (31.05.2024.)'],
 ['1.', 'Pirmsskolas izglītības programma', '01011111', 'Meža iela 7, Zīlāji, Smiltenes novads', 'V-4521', '14.08.2020.', '38', '40'],
 ['2.', 'Pamatizglītības programma', '21011111', '–', 'V-4522', '14.08.2020.', '164', '161'],
 ['3.', 'Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem', '2101 56 11', '–', 'V-4987', '03.05.2021.', '12', '14'],
 ['4.', 'Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem', '21015811', '–', 'V-6120', '20.06.2022.', '3', '3'],
 ['', 'Kopā', '', '', '', '', '217', '218'],
], style='Table Grid', widths=[1, 4, 2, 3, 1.6, 2, 2.4, 2.4], size=9)

P('1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai un mācību pārtraukšanai izglītības programmā', bold=True)
P('2023./2024. mācību gada laikā skolu mainīja vai mācības tajā pārtrauca kopumā 11 izglītojamie, no tiem 7 – pamatizglītības otrajā posmā. Galvenie secinājumi:', align='j')
P('1.2.1. dzīvesvietas maiņa – 4 izglītojamie (ģimenes pārcēlās uz Valmieru un Rīgu darba dēļ), uz ārvalstīm izbrauca 1 izglītojamais (ģimene pārcēlās uz Īriju);', align='j')
P('1.2.2. izglītības iestādes maiņa – trīs (3) izglītojamie, kuri turpina mācības Smiltenes vidusskolā, jo vecāki strādā pilsētā un bērnus uz skolu ved paši;', align='j')
P('1.2.3. cits iemesls – divi izglītojamie pēc pedagoģiski medicīniskās komisijas atzinuma uzsāka mācības speciālās izglītības iestādē, 1 izglītojamais ilgstošu veselības problēmu dēļ mācības turpina ģimenē (mājmācība).', align='j')
P('Skola secina, ka izglītojamo kustība ir saistīta galvenokārt ar ģimeņu dzīvesvietas maiņu un nav saistīta ar neapmierinātību ar izglītības kvalitāti; pārrunās ar vecākiem neviens no aizgājušo izglītojamo vecākiem neminēja konfliktus skolā.', align='j')

P('1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi 2023./2024. m.g. un 2024./2025. m.g.', bold=True)
exam_prev = ('Latviešu valoda – 61,3% (valstī 58%).\nMatemātika – 47,8% (valstī 50,5%), nenokārtoja 4,2% skolēnu.\nAngļu valoda – 70,4% (valstī 66,1%).')
exam_now = ('Latviešu valoda – 63,5% (valstī 59,1%).\nMatemātika – 41,6% (valstī 43,2%), nenokārtoja 9,5% skolēnu (2 skolēni).\nAngļu valoda – 68,9% (valstī 63,9%).')
exam_tgt = 'Latviešu valoda – 64%.\nMatemātika – 48%.\nAngļu valoda – 70%.'
T([
 ['Nr.', 'Kvalitatīvais /\nkvantitatīvais rādītājs', 'Uzsākot\n2023./2024. m.g.\n(2022./2023. m.g.\nrezultāts)', 'Noslēdzot\n2023./2024. m.g.', 'Plānotais\n2024./2025. m.g.'],
 ['1.', 'Izglītojamo mācību sasniegumi mācību gada noslēgumā:', '', '', ''],
 ['1.1.', 'Pirmsskolas izglītības programmā (bērni, kuri sasnieguši plānotos rezultātus)', 'vidēji 68%', '71%', '72%'],
 ['1.2.', 'Vispārējās pamatizglītības programmā (vidējais vērtējums 4.–9. kl.)', '6,4 balles', '6,52 balles', '6,6 balles'],
 ['1.3.', 'Izglītojamie ar nepietiekamiem vērtējumiem, kuri saņēmuši individuālo atbalstu', 'nav datu', 'no 10 uz 12 izglītojamajiem uzlaboja vērtējumu', 'visi atbalstu saņēmušie'],
 ['2.', 'Izglītojamo vidējie sasniegumi valsts pārbaudes darbos 9. klasē attiecībā pret vidējiem valsts rezultātiem', exam_prev, exam_now, exam_tgt],
 ['3.', 'Godalgotas vietas novada mācību priekšmetu olimpiādēs', '6 godalgotas vietas', '9 godalgotas vietas', '8 godalgotas vietas'],
 ['4.', 'Skolas vieta Latvijas skolu reitingā (lauku pamatskolu grupā)', '7. vieta', '5. vieta', '5. vieta'],
 ['5.', 'Pedagogi, kuri pilnveidojuši profesionālo kompetenci (vismaz 12 stundas)', '85%', '92% pedagogu', '100%'],
 ['6.', 'Citi kvalitātes rādītāji', 'Nav attiecināms', '–', '–'],
], style='Light Grid Accent 1', widths=[1.1, 5, 3.7, 3.7, 3], size=9)

# ---- 2 ----
P('2. Izglītības iestādes darbības pamatmērķi un prioritātes', bold=True, size=12)
P('2.1. Izglītības iestādes misija – droša, atbalstoša un mūsdienīga skola tuvu mājām, kurā katrs bērns var mācīties savām spējām atbilstošā tempā un izaugt par atbildīgu, patstāvīgu cilvēku.', align='j')
P('2.2. Izglītības iestādes vīzija par izglītojamo – zinātkārs, čakls un izpalīdzīgs jaunietis, kurš prot mācīties, sadarboties un ciena savu novadu.', align='j')
P('2.3. Izglītības iestādes vērtības – atbildība, cieņa, darba tikums, piederība un drosme.', align='j')
P('2.4. 2023./2024. mācību gada darba prioritātes un sasniegtie rezultāti', bold=True)

prio = [
 ('1.', 'Mācīšana un mācīšanās', 'Lasītprasmes un matemātiskās pratības pilnveide 1.–6. klasē',
  [('a) kvalitatīvi', 'Pedagogi sistemātiski izmanto lasītprasmes stratēģijas visos mācību priekšmetos; 1.–6. klasē ieviesta vienota matemātikas uzdevumu risināšanas pieeja.', 'Daļēji sasniegts', 'Lasītprasmes stratēģijas izmanto 14 no 19 sākumskolas un pamatskolas pedagogiem (mācību stundu vērošanas protokoli); vienotā pieeja matemātikā ieviesta 1.–4. klasē, 5.–6. klasē darbs turpinās.'),
   ('b) kvantitatīvi', '9. klases valsts pārbaudes darbā matemātikā skolas vidējais rezultāts ir vismaz 50%; 6. klases diagnosticējošajā darbā matemātikā ne mazāk kā 60%.', 'NAV SASNIEGTS', 'Valsts pārbaudes darbā matemātikā 9. klasē vidējais rezultāts 41,6%, diagnosticējošajā darbā 6. klasē 58,3% (valstī 61%). Rezultātu analīze veikta metodiskajā komisijā, prioritāte tiek turpināta.')]),
 ('2.', 'Vienlīdzība un iekļaušana', 'Individualizēta atbalsta sistēmas pilnveide izglītojamajiem ar mācīšanās grūtībām',
  [('b) kvantitatīvi', 'Individuālie atbalsta plāni izstrādāti 100% izglītojamo, kuri apgūst speciālās programmas; vismaz 80% no tiem uzlabo vērtējumus vismaz vienā priekšmetā.', 'sasniegts daļēji (sk. pamatojumu)', 'Plāni izstrādāti visiem 17 izglītojamajiem; vērtējumus uzlaboja 12 izglītojamie (71%).'),
   ('a) kvalitatīvi', 'Izveidota atbalsta komanda (speciālais pedagogs, logopēds, psihologs, sociālais pedagogs), kas regulāri tiekas ar klašu audzinātājiem un vecākiem.', 'SASNIEGTS', 'Atbalsta komanda tikās reizi mēnesī, notika 9 sanāksmes; vecāki iesaistīti plānu izvērtēšanā divas reizes gadā (sanāksmju protokoli, e-klases saziņa).')]),
 ('3.', 'Drošība un psiholoģiskā labklājība', 'Pozitīvas uzvedības atbalsta sistēmas ieviešana',
  [('a) kvalitatīvi', 'Skolā ir vienoti uzvedības noteikumi un rīcības algoritmi, tos zina un ievēro izglītojamie, pedagogi un tehniskie darbinieki.', 'Sasniegts.', 'Noteikumi izstrādāti kopā ar skolēnu pašpārvaldi, apspriesti klasēs; aptaujā 87% izglītojamo atzīst, ka skolā jūtas droši.'),
   ('b) kvantitatīvi', 'Uzvedības incidentu skaits e-klasē samazinās vismaz par 20% salīdzinājumā ar iepriekšējo gadu.', 'Sasniegts pilnībā', 'Incidentu ierakstu skaits samazinājās no 64 uz 41 (par 36%).')]),
]
for no, area, title, parts in prio:
    rows = [['Prioritāte Nr. ' + no, 'Joma: ' + area, '', ''],
            ['Prioritātes nosaukums', title, '', ''],
            ['Sasniedzamie\nrezultāti', 'Plānotais rezultāts', 'Statuss (sasniegts /\ndaļēji sasniegts /\nnav sasniegts)', 'Pamatojums, komentāri']]
    for kind, plan, stat, ev in parts:
        rows.append([kind, plan, stat, ev])
    t = T(rows, style='Table Grid', widths=[2.6, 5.6, 3, 5.6], bold_first=True, size=9)
    t.cell(0, 1).merge(t.cell(0, 3)); t.cell(1, 1).merge(t.cell(1, 3))

P('2.5. Nākamā (2024./2025.) mācību gada prioritātes', bold=True)
P('Izvērtējot 2.4. punktā minēto prioritāšu izpildi, pedagoģiskās padomes sēdē 2024. gada 12. jūnijā nolemts 2024./2025. mācību gadā izvirzīt šādas prioritātes:', align='j')
T([
 ['Nr.', 'Joma', 'Prioritāte', 'Plānotie rezultāti'],
 ['1.', 'Mācīšana un mācīšanās', 'Matemātiskās pratības paaugstināšana 5.–9. klasē', 'a) kvalitatīvi – pedagogi plāno diferencētus uzdevumus katrā stundā;\nb) kvantitatīvi – 9. klases valsts pārbaudes darbā matemātikā vidējais rezultāts vismaz 48%.'],
 ['2.', 'Vienlīdzība un iekļaušana', 'Talantīgo izglītojamo atbalsta programma', 'a) kvalitatīvi – izveidoti individuāli izaugsmes plāni;\nb) kvantitatīvi – vismaz 8 godalgotas vietas novada olimpiādēs.'],
 ['3.', 'Infrastruktūra un resursi', 'Dabaszinātņu kabineta modernizācija', 'a) kvalitatīvi – aprīkojums atbilst pilnveidotā mācību satura prasībām;\nb) kvantitatīvi – vismaz 10 laboratorijas darbi katrā klasē gadā.'],
], style='Medium Shading 1 Accent 1', widths=[1, 3.5, 4.5, 7.8], size=9)

# ---- 3 ----
P('3. Kritēriju izvērtējums', bold=True, size=12)
P('3.1. Kritērijs "Mācīšana un mācīšanās"', bold=True)
T([
 ['Stiprās puses', 'Turpmākās attīstības vajadzības'],
 ['Pedagogi mācību stundās izmanto digitālos mācību līdzekļus (uzdevumi.lv, Soma.lv), mācību stundu vērošanā 78% stundu novērtētas kā labas vai ļoti labas.', 'Pilnveidot atgriezeniskās saites sniegšanu, īpaši 7.–9. klasē, kur izglītojamie mazāk iesaistās sava darba izvērtēšanā.'],
 ['Sākumskolā izveidota laba sadarbība starp klašu audzinātājiem un atbalsta personālu.', 'Stiprināt matemātikas skolotāju sadarbību starp posmiem (4.–6. un 7.–9. klase).'],
], style='Light List Accent 1', widths=[8.4, 8.4], size=10)
P('3.2. Kritērijs "Izglītības turpināšana un nodarbinātība"', bold=True)
T([
 ['Stiprās puses', 'Turpmākās attīstības vajadzības'],
 ['No 21 9. klases absolventa 2024. gadā 13 turpina mācības vispārējās vidējās izglītības iestādēs, 8 – profesionālās izglītības iestādēs.', 'Karjeras izglītības pasākumos vairāk iesaistīt vecākus un vietējos uzņēmējus.'],
], style='Light List Accent 1', widths=[8.4, 8.4], size=10)
P('3.3. Kritērijs "Izglītības programmu īstenošana"', bold=True)
P('Izglītības programmas tiek īstenotas atbilstoši licencēm; stundu saraksts un fakultatīvo nodarbību piedāvājums saskaņots ar skolēnu autobusu kustību. Nepieciešams pārskatīt pagarinātās dienas grupas darbu, lai tajā vairāk tiktu atbalstīti izglītojamie ar mācīšanās grūtībām.', align='j')

# ---- 4-6 ----
P('4. Informācija par institucionālās kvalitātes iekšējās nodrošināšanas sistēmu un projektiem', bold=True, size=12)
P('4.1. ESF+ projekts "Atbalsts izglītojamo individuālo kompetenču attīstībai" (Nr. 4.2.2.3/1/24/I/001) – individuālās konsultācijas matemātikā un latviešu valodā 5.–9. klasē, kopā 312 konsultāciju stundas; iesaistīti 46 izglītojamie.', align='j')
P('4.2. Programma "Latvijas skolas soma" – 14 kultūras pasākumi, tajā skaitā Cēsu Jaunās skolas teātra izrāde un ekskursija uz Rīgas Motormuzeju.', align='j')
P('4.3. Erasmus+ skolu apmaiņas partnerība ar Igaunijas Karksi-Nuia pamatskolu – 12 izglītojamo un 3 pedagogu mobilitāte.', align='j')
P('5. Informācija par noslēgtajiem sadarbības līgumiem', bold=True, size=12)
P('5.1. Sadarbības līgums ar Zīlāju pagasta bibliotēku par lasīšanas veicināšanas pasākumiem (bērnu žūrijas programma).', align='j')
P('5.2. Līgums ar biedrību "Zīlāju sporta klubs" par sporta zāles koplietošanu vakaros un brīvdienās.', align='j')
P('5.3. Sadarbības līgums ar Smiltenes tehnikumu par karjeras izglītības nodarbībām 8.–9. klasei.', align='j')
P('6. Citi sasniegumi', bold=True, size=12)
P('6.1. Skolas koris piedalījās XIII Latvijas skolu jaunatnes dziesmu un deju svētku atlases skatē un saņēma I pakāpes diplomu; tautu deju kolektīvs "Zīlītes" – II pakāpes diplomu.', align='j')
P('6.2. Novada sporta spēlēs skolas komanda ieguva 2. vietu vieglatlētikas stafetē.', align='j')
P('6.3. Valsts diagnosticējošajos darbos 3. un 6. klasē rezultāti kopumā tuvu valsts vidējam: 3. klasē latviešu valodā 71,2% (valstī 69%), 6. klasē matemātikā 58,3% (valstī 61%). Šie darbi nav valsts pārbaudījumi, rezultāti izmantoti mācību darba plānošanai.', align='j')
P('7. Secinājumi par valsts pārbaudes darbu rezultātiem', bold=True, size=12)
P('9. klasē valsts pārbaudes darbus kārtoja 21 izglītojamais. Latviešu valodā un angļu valodā skolas vidējie rezultāti ir augstāki par valsts vidējiem, matemātikā rezultāts salīdzinājumā ar iepriekšējo gadu pazeminājās un ir zemāks par valsts vidējo; divi izglītojamie matemātikā nesasniedza 10% slieksni un kārtoja atkārtoto pārbaudījumu jūnijā. Matemātikas rezultātu uzlabošana ir izvirzīta par 2024./2025. mācību gada prioritāti.', align='j')
P()
P('Izglītības iestādes vadītājs:   /paraksts/   Andris Bērziņš')
P('2024. gada 16. septembrī')
P('Dokuments sagatavots pēc Valsts izglītības kvalitātes dienesta ieteiktās veidlapas.', italic=True, size=9)

os.makedirs(OUT, exist_ok=True)
docx = os.path.join('/tmp', NAME + '.docx')
d.save(docx)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], check=True)
subprocess.run(['/work/shared/tools/tika-text', os.path.join(OUT, NAME + '.pdf'), os.path.join(OUT, NAME + '.txt')], check=True)
print('ok')
