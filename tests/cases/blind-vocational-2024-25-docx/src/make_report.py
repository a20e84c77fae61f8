#!/usr/bin/env python3
"""Generate reports/selijas-tehnologiju-tehnikums_2024-2025.docx (invented vocational school, template 2024/25).

Run: /work/blind/.venv-h5B/bin/python src/make_report.py   (from the case folder)
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

CASE = Path(__file__).resolve().parent.parent
OUT = CASE / "reports" / "selijas-tehnologiju-tehnikums_2024-2025.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)
sec.top_margin = sec.bottom_margin = Cm(1.8)


def page_number_footer(section):
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


page_number_footer(sec)


def para(text="", bold=False, italic=False, align=None, size=None, space_after=4):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(space_after)
    return p


def heading(text):
    return para(text, bold=True, size=12, space_after=6)


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, bold=False, size=10):
    """Write text into a cell; '\n' gives line breaks inside one paragraph (header words broken over lines)."""
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()


def cell_paras(cell, items, size=10):
    """Several paragraphs in one cell (one exam subject per paragraph)."""
    cell.text = ""
    first = True
    for item in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(item)
        r.font.size = Pt(size)


def widths(t, cms):
    t.autofit = False
    for col, w in zip(t.columns, cms):
        col.width = Cm(w)
    for row in t.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def table(rows, cols, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t


# ------------------------------------------------------------------ cover
p = para("SASKAŅOTS", bold=True, align="r", space_after=0)
para("Jēkabpils novada pašvaldības", align="r", space_after=0)
para("Izglītības pārvaldes vadītāja", align="r", space_after=0)
para("/paraksts/ I. Kalniņa-Strautiņa", align="r", space_after=0)
para("2025. gada 24. septembrī", align="r", space_after=24)

para("Izglītības un zinātnes ministrija", align="c", space_after=0)
para("SĒLIJAS TEHNOLOĢIJU TEHNIKUMS", bold=True, align="c", size=14, space_after=0)
para("Reģ. Nr. 4330902417, Brīvības iela 212, Jēkabpils, LV-5201, tālr. 65233071, e-pasts: tehnikums@selijastt.lv",
     align="c", size=9, space_after=36)
para("Sēlijas Tehnoloģiju tehnikuma", bold=True, align="c", size=16, space_after=0)
para("pašnovērtējuma ziņojums", bold=True, align="c", size=16, space_after=0)
para("par 2024./2025. mācību gadu", align="c", size=13, space_after=0)
para("(publiskojamā daļa)", italic=True, align="c", size=12, space_after=48)
para("Jēkabpilī", align="c", space_after=0)
para("2025", align="c")
page_break()

# ------------------------------------------------------------------ intro
para("Sēlijas Tehnoloģiju tehnikums (turpmāk – Tehnikums) ir Izglītības un zinātnes ministrijas dibināta "
     "profesionālās izglītības iestāde, kas īsteno profesionālās vidējās izglītības un profesionālās "
     "pamatizglītības programmas, kā arī profesionālās tālākizglītības un neformālās izglītības programmas "
     "pieaugušajiem. Tehnikuma mācību korpusi atrodas Jēkabpilī (Brīvības ielā 212 un Rīgas ielā 48) un "
     "Aknīstē (Skolas ielā 3), dienesta viesnīcā dzīvo 146 izglītojamie.", align="j")

heading("1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi un to "
        "sasniegšanas izvērtējums")
heading("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025. mācību gadā")

progs = [
    # no, name, code as printed, qualification, site, licence, start, end
    ("1.", "Programmēšana", "33 481 03 1", "Programmētājs", "–", "P_5120, 15.06.2022.", "118", "109"),
    ("2.", "Datorsistēmas, datubāzes un datortīkli", "33 481 01 1", "Datorsistēmu tehniķis", "–",
     "P_5121, 15.06.2022.", "64", "57"),
    ("3.", "Mehatronika", "33 523 01 1", "Mehatronikas sistēmu tehniķis", "Rīgas iela 48, Jēkabpils",
     "P_4987, 02.03.2022.", "47", "41"),
    ("4.", "Kokizstrādājumu izgatavošana", "33 543 02 1", "Mēbeļu galdnieks", "Rīgas iela 48, Jēkabpils",
     "P_4990, 02.03.2022.", "52", "44"),
    ("5.", "Ēdināšanas pakalpojumi", "33 811 02 1", "Pavārs", "–", "P_5302, 29.08.2022.", "96", "88"),
    ("6.", "Ēdināšanas pakalpojumi", "33 811 02 1", "Pavārs", "Skolas iela 3, Aknīste",
     "P_5302, 29.08.2022.", "23", "19"),
    ("7.", "Viesnīcu pakalpojumi", "33 811 03 1", "Viesmīlības pakalpojumu speciālists", "–",
     "P_5303, 29.08.2022.", "38", "35"),
    ("8.", "Būvdarbi", "22 582 01 1", "Apdares darbu strādnieks", "Skolas iela 3, Aknīste",
     "P_4412, 11.08.2021.", "17", "12"),
]
t = table(len(progs) + 2, 8, style="Table Grid")
hdr = ["Nr.\np.k.", "Izglītības programmas\nnosaukums", "Izglītības\nprogrammas\nkods", "Iegūstamā\nkvalifikācija",
       "Īstenošanas vietas\nadrese (ja atšķiras\nno juridiskās\nadreses)", "Licence\n(Nr., datums)",
       "Izglītojamo skaits,\nuzsākot programmas\napguvi\n(01.09.2024.)",
       "Izglītojamo skaits,\nnoslēdzot\nprogrammas apguvi\nvai 2024./2025. m.g.\n(30.06.2025.)"]
for i, h in enumerate(hdr):
    cell_text(t.rows[0].cells[i], h, bold=True, size=9)
for r, row in enumerate(progs, start=1):
    for i, v in enumerate(row):
        cell_text(t.rows[r].cells[i], v, size=9)
last = t.rows[len(progs) + 1].cells
m = last[0].merge(last[5])
cell_text(m, "Kopā", bold=True, size=9)
cell_text(last[6], "455", bold=True, size=9)
cell_text(last[7], "405", bold=True, size=9)
widths(t, [1.0, 3.2, 2.0, 2.6, 2.6, 2.2, 2.2, 2.4])
para("Piezīme: programmas “Ēdināšanas pakalpojumi” izglītojamie Aknīstes mācību vietā uzņemti pēc "
     "pamatizglītības ieguves; izglītojamo skaits 30.06.2025. norādīts bez 2025. gada absolventiem, kuri "
     "kvalifikācijas eksāmenu kārtoja jūnijā.", italic=True, size=9)

heading("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai "
        "un mācību pārtraukšanai izglītības programmā")
para("2024./2025. mācību gadā mācības Tehnikumā pārtrauca pavisam 47 izglītojamie (10,3 % no izglītojamo "
     "skaita mācību gada sākumā; 2023./2024. m.g. – 56 izglītojamie). Lielākā daļa atskaitīto ir 1. kursa "
     "izglītojamie, kuri mācības pārtrauca pirmā semestra laikā.", align="j")
para("1.2.1. dzīvesvietas maiņa – 4 izglītojamie (ģimenes pārcelšanās uz Rīgu un Daugavpili), uz ārvalstīm "
     "kopā ar vecākiem izbrauca 1 izglītojamais;", align="j")
para("1.2.2. izglītības iestādes maiņa – 6 (seši) izglītojamie turpina mācības citās profesionālās "
     "izglītības iestādēs (galvenais iemesls – vēlme apgūt citu specialitāti tuvāk dzīvesvietai), vēl "
     "2 (divi) izglītojamie pārgāja uz vispārējās vidējās izglītības iestādēm;", align="j")
para("1.2.3. cits iemesls: nesekmība un neattaisnoti mācību kavējumi (19 izglītojamie); uzsāka darba "
     "gaitas un nespēja savienot darbu ar mācībām (11 izglītojamie); ģimenes apstākļi, t.sk. bērna "
     "kopšana (3 izglītojamie); veselības stāvoklis – 1 izglītojamais.", align="j")
para("Secinājumi: salīdzinot ar iepriekšējo mācību gadu, atskaitīto skaits ir samazinājies; galvenais "
     "mācību pārtraukšanas iemesls joprojām ir nesekmība 1. kursā, tāpēc 2025./2026. m.g. turpināsim "
     "agrīnās brīdināšanas sistēmas pilnveidi (skat. 2. prioritāti).", align="j")

page_break()
heading("1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
        "2024./2025. m.g. un 2025./2026. m.g. (nosakāmi ne mazāk kā trīs kvalitātes rādītāji)")

ind = [
    ("1.", "Izglītojamo mācību sasniegumi mācību gada noslēgumā:", None, None, None),
    ("1.1.", "Profesionālās vidējās\nizglītības programmās\n(vidējais vērtējums)", "6,1 balle (vidēji)",
     "6,3 balles", "6,4 balles"),
    ("1.2.", "Profesionālās\npamatizglītības\nprogrammā", "5,4 balles", "5,2 balles", "5,5 balles"),
    ("2.", "Izglītojamo vidējie sasniegumi centralizētajos eksāmenos vispārizglītojošajos mācību "
           "priekšmetos profesionālās vidējās izglītības programmu apguves noslēgumā attiecībā pret "
           "vidējiem valsts rezultātiem:", None, None, None),
    ("2.1.", "optimālajā līmenī",
     ["Latviešu valoda – 41,3% (valstī 55%).",
      "Matemātika – 22,8% (valstī 34%), nenokārtoja 14,6% izglītojamo.",
      "Angļu valoda – 52,7% (valstī 62%)."],
     ["Latviešu valoda – 44,9%, nenokārtoja 2,1% izglītojamo.",
      "Matemātika – 29,4% (valsts vidējais 43,7%), nenokārtoja 11,3% izglītojamo.",
      "Angļu valoda – 55,0%."],
     ["Latviešu valoda – 46%.", "Matemātika – 32%.", "Angļu valoda – 56%."]),
    ("2.2.", "augstākajā līmenī\n(padziļinātā kursa\nlīmenī)",
     ["Angļu valoda – 38,5% (valstī 66%).", "Matemātika – 47,2% (valstī 59%)."],
     ["Angļu valoda – 41,0%.", "Matemātika – 51,6% (valstī 62%), nenokārtoja 4,5% izglītojamo."],
     ["Angļu valoda – 43%.", "Matemātika – netiek plānots (eksāmenu kārto tikai pēc izvēles)."]),
    ("3.", "Profesionālās kvalifikācijas ieguve:", None, None, None),
    ("3.1.", "Kvalifikācijas eksāmenu\nsekmīgi nokārtojušo\nīpatsvars", "92%", "95,4 %", "96%"),
    ("3.2.", "Vidējais vērtējums\nprofesionālās\nkvalifikācijas eksāmenos", "6,8 balles", "7,1 balle",
     "7,2 balles"),
    ("3.3.", "Izglītojamie, kuri\nieguvuši profesionālo\nkvalifikāciju",
     "78 absolventi", "84 absolventi (no 88 eksāmenu kārtotājiem, t.sk. 6 eksterni)", "–"),
    ("4.", "Absolventu turpmākās gaitas:", None, None, None),
    ("4.1.", "Absolventu nodarbinātība\n6 mēnešus pēc\nizglītības ieguves\n(strādā vai mācās)",
     "vidēji 68%", "71 %", "75%"),
    ("4.2.", "Absolventi, kuri\nturpina mācības\naugstākās izglītības\niestādēs",
     "14 absolventi", "17 absolventi", "20 absolventi"),
    ("5.", "Darba vidē balstītās\nmācībās (DVB)\niesaistīto izglītojamo\nskaits",
     "36 izglītojamie", "pieauga no 36 uz 42 izglītojamajiem", "45 izglītojamie"),
    ("6.", "Sasniegumi profesionālās\nmeistarības konkursā\n“Jaunais profesionālis”\n(labākā vieta)",
     "5. vieta", "3. vieta", "3. vieta"),
    ("7.", "Pedagogu profesionālās\nkompetences pilnveide\n(pedagogi, kuri stažējušies\nuzņēmumos)",
     "85 %", "92 %", "100 %"),
    ("8.", "Citi kvalitātes rādītāji", "Nav attiecināms", "Nav attiecināms", "Nav attiecināms"),
]
t = table(len(ind) + 2, 5, style="Table Grid")
cell_text(t.cell(0, 0), "Nr.", bold=True, size=9)
cell_text(t.cell(0, 1), "Kvalitatīvais /\nkvantitatīvais\nindikators", bold=True, size=9)
hm = t.cell(0, 2).merge(t.cell(0, 4))
cell_text(hm, "Noteiktais rezultatīvais rādītājs", bold=True, size=9)
t.cell(0, 0).merge(t.cell(1, 0))
t.cell(0, 1).merge(t.cell(1, 1))
cell_text(t.cell(1, 2), "uzsākot\n2024./2025. m.g.\n(pēc 2023./2024. m.g.\npašnovērtējuma\nziņojuma)", bold=True, size=9)
cell_text(t.cell(1, 3), "noslēdzot\n2024./2025. m.g.", bold=True, size=9)
cell_text(t.cell(1, 4), "2025./2026.\nm.g.", bold=True, size=9)
for r, row in enumerate(ind, start=2):
    no, name, b, a, g = row
    cell_text(t.cell(r, 0), no, size=9)
    if b is None:
        mm = t.cell(r, 1).merge(t.cell(r, 4))
        cell_text(mm, name, bold=True, size=9)
        continue
    cell_text(t.cell(r, 1), name, size=9)
    for c, v in ((2, b), (3, a), (4, g)):
        if isinstance(v, list):
            cell_paras(t.cell(r, c), v, size=9)
        else:
            cell_text(t.cell(r, c), v, size=9)
widths(t, [1.1, 4.0, 4.0, 4.0, 3.9])
para("Valsts vidējie rādītāji 2024./2025. m.g. norādīti tur, kur tie bija publiskoti ziņojuma sagatavošanas "
     "brīdī.", italic=True, size=9)

# ------------------------------------------------------------------ section 2
page_break()
heading("2. Izglītības iestādes darbības pamatmērķi un prioritātes")
para("2.1. Izglītības iestādes misija – sagatavot konkurētspējīgus, atbildīgus un radošus speciālistus "
     "Sēlijas un visas Latvijas darba tirgum, sadarbojoties ar darba devējiem.", align="j")
para("2.2. Izglītības iestādes vīzija par izglītojamo – profesionāls, uzņēmīgs un pašapzinīgs jaunietis, "
     "kurš prot mācīties visu mūžu un lepojas ar savu arodu.", align="j")
para("2.3. Izglītības iestādes vērtības – profesionalitāte, atbildība, sadarbība, cieņa un godīgums.", align="j")
heading("2.4. 2024./2025. mācību gada darba prioritātes un sasniegtie rezultāti")

prios = [
    ("1.", "Mācīšana un mācīšanās", "Darba vidē balstītu mācību kvalitātes un apjoma paaugstināšana",
     [("a) kvalitatīvi",
       "Noslēgti jauni sadarbības līgumi ar uzņēmumiem mehatronikas un kokapstrādes nozarē; DVB "
       "prakses vadītāji no uzņēmumiem apmācīti izglītojamo vērtēšanā.",
       "Sasniegts",
       "Noslēgti 7 jauni līgumi (t.sk. SIA “Jēkabpils mēbeles”, SIA “Sēlijas metāls”); 2025. gada martā "
       "notika seminārs 14 uzņēmumu prakses vadītājiem; izstrādāti vienoti vērtēšanas kritēriji."),
      ("b) kvantitatīvi",
       "DVB iesaistīto izglītojamo skaits palielinās līdz 45 izglītojamajiem.",
       "Daļēji sasniegts",
       "DVB mācības uzsāka 42 izglītojamie no plānotajiem 45; divi uzņēmumi atteicās no sadarbības "
       "saimniecisko apstākļu dēļ.")]),
    ("2.", "Kompetences un sasniegumi",
     "Vispārizglītojošo mācību priekšmetu centralizēto eksāmenu rezultātu uzlabošana",
     [("a) kvalitatīvi",
       "Ieviestas regulāras konsultācijas matemātikā un latviešu valodā 3. un 4. kursa izglītojamajiem; "
       "pedagogi izmanto vienotu diagnosticējošo darbu analīzes formu.",
       "sasniegts daļēji",
       "Konsultācijas notika katru nedēļu, taču tās apmeklēja vidēji tikai 40 % izglītojamo; "
       "analīzes forma ieviesta matemātikā, latviešu valodā – no 2025. gada februāra."),
      ("b) kvantitatīvi",
       "Matemātikas centralizētajā eksāmenā optimālajā līmenī vidējais rezultāts ir vismaz 30%, "
       "nenokārtojušo īpatsvars nepārsniedz 10%.",
       "NAV SASNIEGTS – rezultāts tuvu plānotajam",
       "Vidējais rezultāts matemātikā pieauga par 6,6 procentpunktiem, tomēr plānotais rādītājs netika "
       "sasniegts; nenokārtojušo īpatsvars samazinājās, bet joprojām pārsniedz plānoto.")]),
    ("3.", "Vienlīdzība un iekļaušana", "Mācību pārtraukšanas riska mazināšana",
     [("b) kvantitatīvi",
       "Mācības pārtraukušo izglītojamo skaits samazinās vismaz par 10 % salīdzinājumā ar 2023./2024. m.g.",
       "Sasniegts.",
       "Mācības pārtrauca 47 izglītojamie (2023./2024. m.g. – 56), t.i., par 16 % mazāk."),
      ("a) kvalitatīvi",
       "Izveidota un darbojas agrīnās brīdināšanas sistēma (kavējumu un sekmju uzraudzība e-klasē, "
       "atbalsta komandas sanāksmes reizi mēnesī); katram 1. kursa izglītojamajam ir mentors.",
       "SASNIEGTS, darbs turpināsies",
       "Atbalsta komanda (sociālais pedagogs, psihologs, karjeras konsultants) izskatīja 63 izglītojamo "
       "gadījumus; mentoru programmā iesaistīti 22 pedagogi. Ar ESF projekta PuMPuRS atbalstu "
       "individuālās konsultācijas saņēma 38 izglītojamie.")]),
]
t = table(1, 5, style="Light Grid Accent 1")
for i, h in enumerate(["Nr.", "Joma un\nprioritāte", "Sasniedzamie rezultāti\n(kvalitatīvi un kvantitatīvi)",
                       "Statuss\n(sasniegts / daļēji\nsasniegts / nav\nsasniegts)",
                       "Komentārs\n(kas to apliecina)"]):
    cell_text(t.rows[0].cells[i], h, bold=True, size=9)
for no, area, title, results in prios:
    first_row = None
    for kind, planned, status, evidence in results:
        row = t.add_row()
        if first_row is None:
            first_row = row
        cell_text(row.cells[0], no, size=9)
        cell_text(row.cells[1], f"{area}\n\nNr.{no.rstrip('.')} {title}", size=9)
        cell_text(row.cells[2], f"{kind}\n{planned}", size=9)
        cell_text(row.cells[3], status, size=9)
        cell_text(row.cells[4], evidence, size=9)
    # merge the number and priority cells of the two result rows
    idx = len(t.rows) - 1
    a0 = t.cell(idx - 1, 0).merge(t.cell(idx, 0))
    cell_text(a0, no, size=9)
    a1 = t.cell(idx - 1, 1).merge(t.cell(idx, 1))
    cell_text(a1, f"{area}\n\nNr.{no.rstrip('.')} {title}", size=9)

widths(t, [1.0, 3.4, 4.6, 2.8, 5.2])
para("")
heading("2.5. Tehnikuma prioritātes 2025./2026. mācību gadam")
para("1. Mācīšana un mācīšanās: digitālo rīku un mākslīgā intelekta atbildīga izmantošana profesionālajos "
     "mācību priekšmetos. a) kvalitatīvi – izstrādātas vadlīnijas MI rīku izmantošanai; b) kvantitatīvi – "
     "vismaz 60 % pedagogu piedalās pieredzes apmaiņā.", align="j")
para("2. Kompetences un sasniegumi: matemātikas rezultātu uzlabošana. a) kvalitatīvi – konsultācijas "
     "iekļautas stundu sarakstā; b) kvantitatīvi – vidējais rezultāts optimālajā līmenī vismaz 32 %.",
     align="j")
para("3. Izglītības turpināšana un nodarbinātība: absolventu nodarbinātības monitorings. b) kvantitatīvi – "
     "nodarbināti vai mācās 75 % absolventu; a) kvalitatīvi – izveidota absolventu aptaujas sistēma.",
     align="j")

# ------------------------------------------------------------------ section 3
page_break()
heading("3. Kritēriju izvērtējums")
crit = [
    ("3.1. Izglītības turpināšana un nodarbinātība",
     ["Karjeras konsultants individuāli konsultējis 212 izglītojamos; regulāri tiek apkopotas absolventu gaitas.",
      "Ciešā sadarbība ar darba devējiem ļauj lielākajai daļai absolventu strādāt apgūtajā profesijā."],
     ["Nepieciešams sistemātiski iegūt datus par absolventu nodarbinātību vēl 12 mēnešus pēc beigšanas.",
      "Jāmazina 1. kursa izglītojamo atbirums."]),
    ("3.2. Mācīšana un mācīšanās",
     ["Profesionālo priekšmetu pedagogi stažējas uzņēmumos un ievieš nozares jaunākās tehnoloģijas.",
      "Mācību darbnīcas aprīkotas atbilstoši nozares prasībām (CNC iekārtas, mehatronikas stendi)."],
     ["Vispārizglītojošo priekšmetu stundās jāpaplašina diferencētas mācīšanās pieeja.",
      "Jāuzlabo atgriezeniskā saite izglītojamajiem par viņu sniegumu."]),
    ("3.3. Izglītības programmu īstenošana",
     ["Visas programmas ir akreditētas; modulārās programmas tiek regulāri aktualizētas ar nozares ekspertiem."],
     ["Jāsabalansē vispārizglītojošo un profesionālo moduļu slodze 4. kursā."]),
]
for title, strong, needs in crit:
    para(title, bold=True)
    t = table(1, 2, style="Table Grid")
    cell_text(t.rows[0].cells[0], "Stiprās puses", bold=True)
    cell_text(t.rows[0].cells[1], "Turpmākās attīstības vajadzības", bold=True)
    for i in range(max(len(strong), len(needs))):
        row = t.add_row()
        cell_text(row.cells[0], strong[i] if i < len(strong) else "–")
        cell_text(row.cells[1], needs[i] if i < len(needs) else "–")
    para("")

# ------------------------------------------------------------------ sections 4-7
heading("4. Informācija par īstenotajiem projektiem")
para("4.1. Erasmus+ projekts Nr. 2024-1-LV01-KA121-VET-000198765 “Prakse Eiropā” – 24 izglītojamie "
     "un 6 pedagogi mācību mobilitātē Vācijā, Somijā un Itālijā. Rezultāts: izglītojamie ieguvuši Europass "
     "mobilitātes dokumentu, pedagogi – jaunas metodes DVB organizēšanā.", align="j")
para("4.2. ESF+ projekts “Atbalsts priekšlaicīgas mācību pārtraukšanas samazināšanai” (PuMPuRS) – "
     "individuālā atbalsta plāni 38 izglītojamajiem.", align="j")
para("4.3. Projekts “Karjeras atbalsts vispārējā un profesionālajā izglītībā” – organizētas 19 "
     "karjeras izglītības aktivitātes.", align="j")
heading("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
t = table(1, 3, style="Table Grid")
for i, h in enumerate(["Nr.", "Sadarbības partneris", "Sadarbības saturs"]):
    cell_text(t.rows[0].cells[i], h, bold=True)
for r in [("5.1.", "Latvijas Kokrūpniecības federācija", "Nozares eksperti kvalifikācijas eksāmenos, prakses vietas"),
          ("5.2.", "SIA “Sēlijas metāls”", "DVB mācības mehatronikas programmā"),
          ("5.3.", "Jēkabpils novada pašvaldība", "Karjeras dienas, vasaras nodarbinātība"),
          ("5.4.", "Rēzeknes Tehnoloģiju akadēmija", "Absolventu studiju turpināšana, kopīgi projekti")]:
    row = t.add_row()
    for i, v in enumerate(r):
        cell_text(row.cells[i], v)
para("")
heading("6. Citi sasniegumi")
para("Profesionālās meistarības konkursā “Jaunais profesionālis 2025” programmēšanas komanda ieguva "
     "3. vietu, konkursā “Skills Latvia 2025” pavāru jomā – atzinība. 2025. gada jūnijā "
     "profesionālās kvalifikācijas eksāmenus kārtoja 88 izglītojamie, vidējais vērtējums 7,1 balle; "
     "programmā “Programmēšana” visi 27 eksāmena kārtotāji ieguva kvalifikāciju ar vidējo vērtējumu "
     "7,6 balles, programmā “Būvdarbi” – 5 no 6 kārtotājiem.", align="j")
heading("7. Secinājumi par centralizēto eksāmenu rezultātiem")
para("Centralizēto eksāmenu rezultāti vispārizglītojošajos priekšmetos kopumā uzlabojās visos trijos "
     "obligātajos eksāmenos. Matemātikā optimālajā līmenī rezultāts joprojām ir būtiski zemāks par valsts "
     "vidējo, tāpēc matemātikas rezultātu uzlabošana saglabāta kā prioritāte arī 2025./2026. mācību gadā. "
     "Angļu valodā izglītojamo rezultāti ir stabili, un augstākajā līmenī eksāmenu kārtojušo skaits pieaug.",
     align="j")

para("")
para("Izglītības iestādes vadītājs: Aivars Plūksna  /paraksts/", space_after=0)
para("Sagatavoja: direktora vietniece izglītības jomā Līga Zvirbule, tālr. 65233074", size=9)
para("DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU", italic=True, size=8, align="c")

OUT.parent.mkdir(parents=True, exist_ok=True)
doc.save(OUT)
print("wrote", OUT)
