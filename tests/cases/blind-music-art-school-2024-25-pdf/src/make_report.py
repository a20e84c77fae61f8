#!/usr/bin/env python3
"""Generate aizkalnes-muzikas-un-makslas-skola_2024-2025.{docx,pdf,txt}.

Run:  /work/blind/.venv-h6A/bin/python make_report.py
The DOCX is written to a temporary folder, converted once with LibreOffice, and the Tika text is
made from the PDF with /work/shared/tools/tika-text. reports/ gets the .pdf and the .txt.
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

NAME = "aizkalnes-muzikas-un-makslas-skola_2024-2025"
CASE = Path(__file__).resolve().parent.parent
REPORTS = CASE / "reports"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
    s.top_margin = s.bottom_margin = Cm(1.8)


def add_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


add_page_number(doc.sections[0])


def para(text="", bold=False, align=None, size=None, italic=False, space_after=4):
    p = doc.add_paragraph()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(space_after)
    return p


def heading(text):
    return para(text, bold=True, space_after=6)


def set_cell(cell, text, bold=False, size=9.5, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------- cover
para("SASKAŅOTS\nAizkalnes novada pašvaldības\nIzglītības pārvaldes vadītāja\n/paraksts/ I. Vītoliņa\n"
     "2025. gada 22. septembrī", align="r", size=10)
para("APSTIPRINU\nAizkalnes Mūzikas un mākslas skolas direktors\n/paraksts/ M. Ozoliņš\n2025. gada 15. septembrī",
     align="r", size=10)
para()
para("AIZKALNES NOVADA PAŠVALDĪBA", bold=True, align="c", size=12)
para("AIZKALNES MŪZIKAS UN MĀKSLAS SKOLA", bold=True, align="c", size=14)
para("Reģ. Nr. 4474901234, Dzirnavu iela 12, Aizkalne, Aizkalnes novads, LV-4730\n"
     "tālr. 65400123, e-pasts: mms@aizkalne.lv", align="c", size=9)
para()
para("Aizkalnes Mūzikas un mākslas skolas\npašnovērtējuma ziņojums\n(publiskojamā daļa)", bold=True,
     align="c", size=16)
para("par 2024./2025. mācību gadu", align="c", size=12)
para()
para("Aizkalne\n2025", align="c")
doc.add_page_break()

# ---------------------------------------------------------------- intro
para("Aizkalnes Mūzikas un mākslas skola (turpmāk – Skola) ir Aizkalnes novada pašvaldības dibināta "
     "profesionālās ievirzes izglītības iestāde, kas īsteno profesionālās ievirzes izglītības programmas "
     "mūzikā un mākslā. Skola dibināta 1962. gadā kā Aizkalnes bērnu mūzikas skola, mākslas nodaļa "
     "atvērta 1994. gadā. Mācību process notiek Dzirnavu ielā 12 (mūzikas nodaļa) un Skolas ielā 3 "
     "(mākslas nodaļa). 2024./2025. mācību gadā Skolā strādāja 24 pedagogi, no tiem 5 – mākslas nodaļā.",
     align="j")

heading("1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un to "
        "sasniegšanas izvērtējums")
heading("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025. mācību gadā")

progs = [
    ("Taustiņinstrumentu spēle – Klavierspēle", "20V21201", "P_2871", "12.06.2019.", 38, 36),
    ("Stīgu instrumentu spēle – Vijoļspēle", "20V21202", "P_2872", "12.06.2019.", 14, 13),
    ("Stīgu instrumentu spēle – Ģitāras spēle", "20V21202", "P_4410", "03.09.2021.", 11, 11),
    ("Pūšaminstrumentu spēle – Flautas spēle", "20V21203", "P_2874", "12.06.2019.", 9, 9),
    ("Sitaminstrumentu spēle", "20V21204", "P_2875", "12.06.2019.", 6, 5),
    ("Vokālā mūzika – Kora klase", "20V21206", "P_2876", "12.06.2019.", 17, 15),
    ("Vizuāli plastiskā māksla", "20V21100", "P_3390", "28.08.2020.", 67, 64),
]
t = doc.add_table(rows=2 + len(progs) + 1, cols=7)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
h0, h1 = t.rows[0].cells, t.rows[1].cells
# merged header cells: Nr. and the programme name span two rows; licence and learner counts span two columns
h0[0].merge(h1[0]); set_cell(h0[0], "Nr.\np.k.", True, align="c")
h0[1].merge(h1[1]); set_cell(h0[1], "Izglītības programmas\nnosaukums", True, align="c")
h0[2].merge(h1[2]); set_cell(h0[2], "Programmas\nkods", True, align="c")
m = h0[3].merge(h0[4]); set_cell(m, "Licence", True, align="c")
set_cell(h1[3], "Nr.", True, align="c"); set_cell(h1[4], "izdošanas\ndatums", True, align="c")
m = h0[5].merge(h0[6]); set_cell(m, "Izglītojamo skaits", True, align="c")
set_cell(h1[5], "uzsākot\n2024./2025.\nmācību gadu\n(01.09.2024.)", True, align="c")
set_cell(h1[6], "noslēdzot\n2024./2025.\nmācību gadu\n(31.05.2025.)", True, align="c")
for c in list(h0) + list(h1):
    shade(c)
repeat_header(t.rows[0]); repeat_header(t.rows[1])
for i, (name, code, lic, ldate, a, b) in enumerate(progs, 1):
    cells = t.rows[1 + i].cells
    for j, v in enumerate((f"{i}.", name, code, lic, ldate, a, b)):
        set_cell(cells[j], v, align="c" if j != 1 else None)
tot = t.rows[-1].cells
m = tot[0].merge(tot[4]); set_cell(m, "Kopā", True)
set_cell(tot[5], sum(p[4] for p in progs), True, align="c")
set_cell(tot[6], sum(p[5] for p in progs), True, align="c")
widths(t, [1.0, 5.6, 2.2, 1.6, 2.1, 2.3, 2.3])
para()
para("Piezīme: 2024./2025. mācību gadā Skola neuzņēma audzēkņus programmā “Pūšaminstrumentu spēle – "
     "Saksofona spēle” (licence P_2877), tāpēc tā tabulā nav iekļauta.", italic=True, size=9)

heading("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai "
        "un mācību pārtraukšanai izglītības programmā")
para("2024./2025. mācību gada laikā mācības Skolā pārtrauca 14 audzēkņi (8,6% no audzēkņu skaita "
     "mācību gada sākumā). Pārtraukšanas iemesli:", align="j")
para("1.2.1. dzīvesvietas maiņa – 2 audzēkņi (ģimenes pārcēlās uz dzīvi Rīgā), uz ārvalstīm kopā ar "
     "vecākiem izbrauca 1 audzēknis;", align="j")
para("1.2.2. izglītības iestādes maiņa – 1 audzēknis turpina mācības Jāzepa Mediņa Rīgas mūzikas "
     "vidusskolā (iestājās 7. klasē pēc konkursa);", align="j")
para("1.2.3. cits iemesls – liela mācību slodze vispārizglītojošajā skolā (6 audzēkņi), ilgstošas "
     "veselības problēmas (divi audzēkņi), zudusi interese par izvēlēto specialitāti – 2 audzēkņi.",
     align="j")
para("Secinājums: lielākā daļa atbiruma ir 1.–3. mūzikas klasēs un saistīta ar slodzi "
     "vispārizglītojošajā skolā; 2025./2026. mācību gadā plānots elastīgāks stundu saraksts un "
     "individuālas sarunas ar vecākiem pirmajā semestrī.", align="j")

heading("1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
        "2024./2025. m.g. un 2025./2026. m.g.")
ind = [
    ("1.", "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:", None),
    ("1.1.", "Profesionālās ievirzes programmās mūzikā – vidējais vērtējums specialitātē",
     ("7,2 balles", "7,4 balles", "7,5 balles")),
    ("1.2.", "Profesionālās ievirzes programmā “Vizuāli plastiskā māksla” – vidējais vērtējums "
             "mācību priekšmetos", ("vidēji 7,0 balles", "7,1 balle", "7,2 balles")),
    ("1.3.", "Audzēkņi, kuri sekmīgi pabeidz programmu (absolventi)", ("21", "19 absolventi", "22")),
    ("2.", "Izglītojamo vidējie sasniegumi valsts pārbaudes darbos", ("Nav attiecināms", "Nav attiecināms",
                                                                     "Nav attiecināms")),
    ("3.", "Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi konkursos, skatēs, izstādēs:", None),
    ("3.1.", "Audzēkņi, kuri piedalījās valsts konkursos un skatēs", ("10 audzēkņi",
             "pieauga no 10 uz 12 audzēkņiem", "vismaz 14 audzēkņi")),
    ("3.2.", "Godalgotās vietas un diplomi starptautiskos konkursos", ("4", "7 godalgas", "5")),
    ("3.3.", "Augstākā vieta VMKIC reģionālajā konkursā (Vidzemes reģions)", ("2. vieta", "1. vieta",
             "1.–3. vieta")),
    ("4.", "Pedagogu profesionālās kompetences pilnveide (pedagogu īpatsvars, kuri apguvuši vismaz "
           "12 stundu kursus)", ("85 %", "92%", "100 %")),
    ("5.", "Citi kvalitātes rādītāji:", None),
    ("5.1.", "Audzēkņu skaits Skolā mācību gada sākumā", ("158", "162", "165")),
    ("5.2.", "Publiski pasākumi (koncerti, izstādes, meistarklases)", ("20", "26 pasākumi", "25")),
    ("5.3.", "Audzēkņu atbirums mācību gada laikā", ("6,0%", "8,6%", "ne vairāk kā 6%")),
]
t = doc.add_table(rows=2 + len(ind), cols=5)
t.style = "Table Grid"
h0, h1 = t.rows[0].cells, t.rows[1].cells
h0[0].merge(h1[0]); set_cell(h0[0], "Nr.", True, align="c")
h0[1].merge(h1[1]); set_cell(h0[1], "Kvalitatīvais / kvantitatīvais\nindikators", True, align="c")
m = h0[2].merge(h0[4]); set_cell(m, "Noteiktais rezultatīvais rādītājs", True, align="c")
set_cell(h1[2], "uzsākot\n2024./2025. m.g.\n(pēc 2023./2024. m.g.\npašnovērtējuma\nziņojuma)", True, align="c")
set_cell(h1[3], "noslēdzot\n2024./2025. m.g.", True, align="c")
set_cell(h1[4], "2025./2026. m.g.", True, align="c")
for c in list(h0) + list(h1):
    shade(c)
repeat_header(t.rows[0]); repeat_header(t.rows[1])
for i, (no, name, vals) in enumerate(ind):
    cells = t.rows[2 + i].cells
    set_cell(cells[0], no)
    if vals is None:
        m = cells[1].merge(cells[4])
        set_cell(m, name, True)
    else:
        set_cell(cells[1], name)
        for j, v in enumerate(vals):
            set_cell(cells[2 + j], v, align="c")
widths(t, [1.1, 7.0, 3.4, 2.8, 2.8])
para()

# ---------------------------------------------------------------- section 2
heading("2. Izglītības iestādes darbības pamatmērķi un prioritātes")
para("2.1. Misija – radīt vidi, kurā ikviens bērns var atklāt un attīstīt savu muzikālo un māksliniecisko "
     "talantu, iegūt kvalitatīvu profesionālās ievirzes izglītību un kļūt par kultūras vērtību "
     "nesēju savā novadā.", align="j")
para("2.2. Vīzija par izglītojamo – radošs, zinātkārs un pašapzinīgs jaunietis, kurš prot strādāt "
     "mērķtiecīgi, uzstāties publiski un novērtē mākslas un mūzikas nozīmi savā dzīvē.", align="j")
para("2.3. Vērtības – atbildība, radošums, cieņa pret tradīcijām, sadarbība un izcilība.", align="j")
para("2.4. Informācija par 2024./2025. mācību gadā izvirzīto prioritāšu sasniegšanu", bold=True)

prio = [
    ("1.", "Mācīšana un mācīšanās", "Audzēkņu uzstāšanās prasmju un skatuves kultūras pilnveide", [
        ("kvalitatīvais", "Sasniegts",
         "Audzēkņi regulāri uzstājas klases vakaros un publiskos koncertos; izstrādāta un ieviesta "
         "vienota uzstāšanās vērtēšanas kārtība mūzikas nodaļā.",
         "Kārtība apstiprināta 2024. gada 30. oktobrī, to izmanto visas mūzikas nodaļas metodiskās "
         "komisijas. Noorganizēti 9 klases vakari un 4 tematiskie koncerti."),
        ("kvantitatīvais", "Daļēji sasniegts (74%)",
         "Vismaz 80% mūzikas programmu audzēkņu mācību gada laikā uzstājušies vismaz divos publiskos "
         "pasākumos.",
         "Divos un vairāk publiskos pasākumos uzstājās 70 no 95 mūzikas programmu audzēkņiem (74%). "
         "Zemāks rādītājs ir sitaminstrumentu un kora klasēs."),
    ]),
    ("2.", "Izglītības programmu īstenošana",
     "Mākslas programmas materiāltehniskās bāzes un digitālo prasmju attīstība", [
        ("kvalitatīvais", "SASNIEGTS",
         "Pedagogi mācību procesā izmanto grafiskās planšetes un digitālās grafikas programmatūru, "
         "audzēkņi apgūst digitālās ilustrācijas pamatus.",
         "Digitālās grafikas tēma iekļauta kompozīcijas mācību priekšmeta programmā 5.–7. klasē; "
         "izstāde “Pikselis un ota” (2025. gada aprīlis)."),
        ("kvantitatīvais", "sasniegts daļēji – iegādātas 6 planšetes",
         "Iegādātas vismaz 8 grafiskās planšetes; digitālās grafikas nodarbības apguvuši 100% 5.–7. "
         "klašu mākslas audzēkņu.",
         "Finansējuma dēļ iegādātas 6 planšetes; nodarbības apguva visi 5.–7. klašu audzēkņi (27), "
         "strādājot pa pāriem."),
    ]),
    ("3.", "Atbalsts un sadarbība",
     "Sadarbība ar vecākiem un vispārizglītojošajām skolām audzēkņu noturēšanai", [
        ("kvantitatīvais", "Nav sasniegts",
         "Audzēkņu atbirums mācību gada laikā nepārsniedz 6%.",
         "Mācības pārtrauca 14 audzēkņi jeb 8,6% (sk. 1.2. punktu)."),
        ("kvalitatīvais", "sasniegts",
         "Vismaz reizi semestrī notiek vecāku dienas un individuālās sarunas; saskaņots stundu "
         "laiks ar Aizkalnes vidusskolu.",
         "Vecāku dienas notika 2024. gada novembrī un 2025. gada martā, individuālās sarunas – ar 41 "
         "ģimeni. Ar Aizkalnes vidusskolu noslēgta vienošanās par 1.–4. klašu stundu laiku."),
    ]),
]
hdr = ["Nr.", "Prioritāte\n(joma)", "Rezultāta\nveids", "Izpilde", "Sasniedzamais rezultāts",
       "Komentārs, pamatojums"]
rows = sum(len(p[3]) for p in prio)
t = doc.add_table(rows=1 + rows, cols=6)
t.style = "Table Grid"
for j, h in enumerate(hdr):
    set_cell(t.rows[0].cells[j], h, True, align="c")
    shade(t.rows[0].cells[j])
repeat_header(t.rows[0])
r = 1
for no, area, title, parts in prio:
    first = r
    for kind, status, planned, ev in parts:
        cells = t.rows[r].cells
        set_cell(cells[2], kind)
        set_cell(cells[3], status, True)
        set_cell(cells[4], planned)
        set_cell(cells[5], ev)
        r += 1
    a = t.rows[first].cells[0].merge(t.rows[r - 1].cells[0])
    set_cell(a, no)
    b = t.rows[first].cells[1].merge(t.rows[r - 1].cells[1])
    set_cell(b, f"{title}\n\nJoma: {area}")
widths(t, [0.9, 3.6, 2.2, 2.4, 4.2, 4.3])
para()

para("2.5. Prioritātes 2025./2026. mācību gadam", bold=True)
nxt = [
    ("1.", "Izglītības turpināšana", "Audzēkņu sagatavošana profesionālās vidējās izglītības "
     "iestāžu iestājpārbaudījumiem",
     "individuālās konsultācijas 7. un 8. klašu audzēkņiem; sadarbība ar Jāzepa Mediņa Rīgas "
     "mūzikas vidusskolu", "vismaz 3 absolventi turpina mācības mūzikas vai mākslas vidusskolā"),
    ("2.", "Atbalsts un sadarbība", "Audzēkņu atbiruma mazināšana",
     "elastīgs stundu saraksts, vecāku dienas katru semestri", "atbirums nepārsniedz 6%"),
]
t = doc.add_table(rows=1 + len(nxt), cols=5)
t.style = "Table Grid"
for j, h in enumerate(["Nr.", "Joma", "Prioritāte", "Plānotie rezultāti –\nkvalitatīvi",
                       "Plānotie rezultāti –\nkvantitatīvi"]):
    set_cell(t.rows[0].cells[j], h, True, align="c")
for i, row in enumerate(nxt, 1):
    for j, v in enumerate(row):
        set_cell(t.rows[i].cells[j], v)
widths(t, [0.9, 3.0, 4.5, 4.6, 4.6])
para()

# ---------------------------------------------------------------- section 3
heading("3. Kritēriju izvērtējums")
crit = [
    ("3.1. Mācīšana un mācīšanās",
     "Individuālajās specialitātes stundās pedagogi plāno darbu, ņemot vērā katra audzēkņa spējas; "
     "mācību sasniegumu vērtēšanā izmanto vienotus kritērijus (ieskaites, tehniskās ieskaites, "
     "skates).",
     "Pilnveidot atgriezeniskās saites sniegšanu mākslas nodaļā; vairāk izmantot audzēkņu pašvērtējumu."),
    ("3.2. Izglītības programmu īstenošana",
     "Programmas tiek īstenotas pilnā apjomā; mācību priekšmetu programmas aktualizētas 2024. gadā.",
     "Atjaunot pūšaminstrumentu parku; atsākt uzņemšanu saksofona spēles programmā."),
    ("3.3. Atbalsts un sadarbība",
     "Cieša sadarbība ar Aizkalnes vidusskolu un novada kultūras namu, audzēkņi regulāri uzstājas "
     "novada pasākumos.",
     "Izveidot sistēmu agrīnai atbiruma riska pamanīšanai (kavējumu un sekmju uzraudzība)."),
]
t = doc.add_table(rows=1 + len(crit), cols=3)
t.style = "Table Grid"
for j, h in enumerate(["Kritērijs", "Stiprās puses", "Turpmākās attīstības vajadzības"]):
    set_cell(t.rows[0].cells[j], h, True, align="c")
    shade(t.rows[0].cells[j])
for i, row in enumerate(crit, 1):
    for j, v in enumerate(row):
        set_cell(t.rows[i].cells[j], v)
widths(t, [3.8, 7.0, 6.2])
para()

# ---------------------------------------------------------------- 4-6
heading("4. Informācija par nozīmīgākajiem projektiem 2024./2025. mācību gadā")
para("4.1. Valsts kultūrkapitāla fonda projekts “Jauni instrumenti Aizkalnes jaunajiem mūziķiem” – "
     "iegādātas divas flautas un sitaminstrumentu komplekts (finansējums 6 400 EUR).", align="j")
para("4.2. Programma “Latvijas skolas soma” – audzēkņi apmeklēja 3 koncertus un 2 izstādes Rīgā un "
     "Cēsīs.", align="j")
para("4.3. Erasmus+ mobilitāte – divi mākslas pedagogi piedalījās kursos Portugālē (2025. gada "
     "februāris).", align="j")

heading("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
para("5.1. Aizkalnes vidusskola – par telpu koplietošanu un stundu saskaņošanu (līgums Nr. 3-12/18, "
     "noslēgts 01.09.2023.).", align="j")
para("5.2. Aizkalnes novada Kultūras centrs – par audzēkņu koncertdarbību.", align="j")
para("5.3. Latvijas Mākslas akadēmija – par studentu pedagoģisko praksi.", align="j")

heading("6. Citi sasniegumi")
para("Nozīmīgākie audzēkņu sasniegumi:", align="j")
for line in (
    "• VII Starptautiskais jauno pianistu konkurss “Ziemas skices” (Jūrmala) – 1. vieta un Grand Prix "
    "(A. Kalniņa, 6. klase);",
    "• Valsts konkurss “Stīgu instrumentu spēle” (II kārta) – 2. vieta vijoļspēlē;",
    "• Starptautiskais bērnu zīmējumu konkurss “Mana pasaule” (Lietuva) – 3 diplomi;",
    "• Vidzemes reģiona jauno flautistu konkurss – 1. vieta un 3. vieta;",
    "• Skolas kora dalība XIII Latvijas Skolu jaunatnes dziesmu un deju svētkos (2025. gada jūlijs).",
):
    para(line)
para("2025. gadā Skolu absolvēja 19 audzēkņi, no kuriem 2 turpina mācības mūzikas vidusskolās un 1 – "
     "mākslas vidusskolā.", align="j")
para()
para("Direktors                                                      /paraksts/                                   "
     "M. Ozoliņš")
para("Dokuments sagatavots 2025. gada 12. septembrī. Izskatīts pedagoģiskās padomes sēdē "
     "(protokols Nr. 5).", italic=True, size=9)

# ---------------------------------------------------------------- build
REPORTS.mkdir(parents=True, exist_ok=True)
tmp = Path(tempfile.mkdtemp(prefix="h6a-"))
docx_path = tmp / f"{NAME}.docx"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
               check=True, capture_output=True)
shutil.copy(tmp / f"{NAME}.pdf", REPORTS / f"{NAME}.pdf")
subprocess.run(["/work/shared/tools/tika-text", str(REPORTS / f"{NAME}.pdf"), str(REPORTS / f"{NAME}.txt")],
               check=True)
shutil.rmtree(tmp, ignore_errors=True)
print("done", REPORTS)
