#!/usr/bin/env python3
"""Generate vitolinu-specpamatskola_2023-2024.docx (blind test report, author h6B).

Run: /work/blind/.venv-h6B/bin/python make_report.py  (writes ../reports/)
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent.parent / "reports" / "vitolinu-specpamatskola_2023-2024.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
for s in doc.sections:
    s.left_margin = Cm(2.5)
    s.right_margin = Cm(1.5)
    s.top_margin = Cm(1.8)
    s.bottom_margin = Cm(1.8)


def para(text="", bold=False, italic=False, align=None, size=None, space_after=4):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
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


def head(text):
    return para(text, bold=True, space_after=6)


def mark_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def table(rows, widths=None, header_rows=1, bold_header=True, size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            lines = val.split("\n") if val else [""]
            p = cell.paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    p = cell.add_paragraph()
                r = p.add_run(line)
                r.font.size = Pt(size)
                if i < header_rows and bold_header:
                    r.bold = True
        if i < header_rows:
            mark_header(t.rows[i])
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- cover
para("SASKAŅOTS", bold=True, align="r")
para("Bauskas novada pašvaldības\nIzglītības pārvaldes vadītāja", align="r")
para("/paraksts/ I. Kronberga", align="r")
para("2024. gada 26. septembrī", align="r", space_after=30)

para("Bauskas novada pašvaldība", align="c")
para("VĪTOLIŅU SPECIĀLĀ PAMATSKOLA", bold=True, align="c", size=14)
para("Reģ. Nr. 4312900417, Skolas iela 3, Vītoliņi, Bārbeles pagasts, Bauskas novads, LV-3905\n"
     "tālr. 63960412, e-pasts: vitolini.skola@bauskasnovads.lv", align="c", size=9, space_after=40)
para("Vītoliņu speciālās pamatskolas", bold=True, align="c", size=16)
para("pašnovērtējuma ziņojums", bold=True, align="c", size=16)
para("(publiskojamā daļa)", align="c", size=12, space_after=12)
para("par 2023./2024. mācību gadu", align="c", size=12, space_after=120)
para("Vītoliņi\n2024", align="c")
page_break()

# ---------------------------------------------------------------- intro
para("Vītoliņu speciālā pamatskola ir Bauskas novada pašvaldības dibināta speciālās izglītības iestāde, "
     "kas īsteno speciālās pamatizglītības programmas izglītojamajiem ar mācīšanās traucējumiem, garīgās "
     "attīstības traucējumiem un smagiem garīgās attīstības traucējumiem vai vairākiem smagiem attīstības "
     "traucējumiem, kā arī speciālās pirmsskolas izglītības programmu. Skolai ir internāts (darba dienās "
     "tajā dzīvo 46 izglītojamie) un filiāle Mežotnes pagastā. Skola ir reģionālais metodiskais centrs "
     "Bauskas novada izglītības iestādēm speciālās izglītības jautājumos.", align="j")

head("1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi un to "
     "sasniegšanas izvērtējums")
head("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2023./2024. mācību gadā")

prog_hdr = ["Nr.\np.k.", "Izglītības programmas\nnosaukums", "Kods", "Īstenošanas vietas adrese\n(ja atšķiras no\njuridiskās adreses)",
            "Licence\n(Nr., datums)", "Izglītojamo skaits,\nuzsākot\n2023./2024. m. g.\n(01.09.2023.)",
            "Izglītojamo skaits,\nnoslēdzot\n2023./2024. m. g.\n(31.05.2024.)"]
prog_rows = [
    ["1.", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības traucējumiem",
     "01015611", "–", "V-9113\n19.07.2018.", "9", "11"],
    ["2.", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem",
     "21015611", "–", "V-9114\n19.07.2018.", "47", "45"],
    ["3.", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem",
     "21015811", "–", "V-9115\n19.07.2018.", "38", "39"],
    ["4.", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem",
     "21015811", "Filiāle: Pils iela 12, Mežotne, Mežotnes pagasts, Bauskas novads", "V-9115\n19.07.2018.", "12", "12"],
    ["5.", "Speciālās pamatizglītības programma izglītojamajiem ar smagiem garīgās attīstības traucējumiem vai "
     "vairākiem smagiem attīstības traucējumiem", "21015911", "–", "V-9116\n19.07.2018.", "16", "15"],
    ["6.", "Speciālās pamatizglītības programma izglītojamajiem ar valodas traucējumiem",
     "21015511", "–", "V-10288\n02.08.2021.", "6", "–"],
    ["", "Kopā", "", "", "", "128", "122"],
]
table([prog_hdr] + prog_rows, widths=[1.0, 5.0, 1.9, 3.2, 2.0, 2.2, 2.2], size=9)
para("Piezīme: programmā 21015511 2023./2024. mācību gada laikā visi izglītojamie pēc pedagoģiski "
     "medicīniskās komisijas atzinuma tika pārcelti uz programmu 21015611; programmas īstenošana tiks "
     "pārtraukta.", italic=True, size=9)

head("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai "
     "un mācību pārtraukšanai izglītības programmā")
para("2023./2024. mācību gadā skolā mācības uzsāka 10 jauni izglītojamie, bet skolu mācību gada laikā "
     "atstāja 7 izglītojamie (9. klases absolventi šajā skaitā nav ieskaitīti). Pārskats par "
     "iemesliem apkopots tabulā; gadījumi, kas neatbilst tabulas kategorijām, aprakstīti zem tās.", align="j")
table([
    ["Nr.", "Iemesls", "Izglītojamo\nskaits", "Piezīmes"],
    ["1.2.1.", "Dzīvesvietas maiņa", "3", "ģimenes pārcēlās uz Jelgavu un Rīgu, izglītojamie turpina mācības "
     "speciālajās izglītības iestādēs dzīvesvietas tuvumā"],
    ["1.2.2.", "Izglītības iestādes maiņa", "2", "pēc PMK atzinuma pārgāja uz vispārizglītojošo skolu "
     "(iekļaujošā izglītība)"],
    ["1.2.3.", "Cits iemesls", "skat. zemāk", "–"],
], widths=[1.4, 4.0, 2.0, 9.0])
para("1.2.3. Cits iemesls. Viens izglītojamais uz ārvalstīm (Īrija) izbrauca kopā ar vecākiem, un viens "
     "izglītojamais (1) veselības stāvokļa dēļ tika ievietots ilgstošas sociālās aprūpes un sociālās "
     "rehabilitācijas institūcijā, kur izglītība netiek nodrošināta. Secinājums: izglītojamo kustība ir "
     "neliela, un tā galvenokārt saistīta ar ģimeņu dzīvesvietas maiņu, nevis ar neapmierinātību ar skolu.",
     align="j")

head("1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
     "2023./2024. m. g. un 2024./2025. m. g.")
para("(nosakāmi ne mazāk kā trīs kvalitātes rādītāji)", italic=True, size=9)
ind_hdr = ["NPK", "Kvalitatīvais /\nkvantitatīvais\nindikators",
           "Noteiktais rezultatīvais\nrādītājs, uzsākot\n2023./2024. m. g.\n(pēc 2022./2023. m. g.\npašnovērtējuma ziņojuma)",
           "Noteiktais\nrezultatīvais rādītājs,\nnoslēdzot\n2023./2024. m. g.", "2024./2025. m. g."]
ind_rows = [
    ["1.", "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:", "", "", ""],
    ["1.1.", "Speciālās pamatizglītības programmā izglītojamajiem ar mācīšanās traucējumiem (21015611)",
     "5,4 balles vidēji", "5,6 balles vidēji", "5,7 balles vidēji"],
    ["1.2.", "Speciālās pamatizglītības programmās izglītojamajiem ar garīgās attīstības traucējumiem "
     "(21015811, 21015911)",
     "68 % izglītojamo mācību gada noslēgumā sasniedz līmeni \"apguvis\" vai \"apguvis padziļināti\"",
     "71 % izglītojamo sasniedza līmeni \"apguvis\" vai \"apguvis padziļināti\"",
     "72 %"],
    ["1.3.", "Interešu izglītības programmās", "61 izglītojamais", "64 izglītojamie", "65 izglītojamie"],
    ["2.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās pamatizglītības "
     "programmas apguves noslēgumā 9. klasē attiecībā pret vidējiem valsts rezultātiem "
     "(kārto izglītojamie, kuri apgūst programmu 21015611)",
     "Latviešu valoda – 38,6 % (valstī 58 %).\nMatemātika – 24,9 % (valstī 50,5 %), nenokārtoja 25 % izglītojamo.\n"
     "Angļu valoda – 41,2 % (valstī 66,1 %).",
     "Latviešu valoda – 42,1 % (valstī 59,1 %).\nMatemātika – 27,4 % (valstī 43,2 %), nenokārtoja 14,3 % izglītojamo.\n"
     "Angļu valoda – 39,8 % (valstī 63,9 %), nenokārtoja 14,3 %.",
     "Latviešu valoda – 43 %\nMatemātika – 30 %\nAngļu valoda – 42 %"],
    ["3.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās izglītības "
     "programmas apguves noslēgumā", "Nav attiecināms", "Nav attiecināms", "Nav attiecināms"],
    ["4.", "Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, konkursos, "
     "sacensībās u.tml.",
     "14 izglītojamie piedalās \"Special Olympics Latvia\" sacensībās",
     "19 izglītojamie piedalījās \"Special Olympics Latvia\" sacensībās (11 godalgotas vietas)",
     "20 izglītojamie"],
    ["5.", "Pedagogu profesionālās kompetences pilnveide",
     "92 % pedagogu apguvuši kursus speciālās un iekļaujošās izglītības jomā",
     "100 % pedagogu", "100 %"],
    ["6.", "Citi kvalitātes rādītāji",
     "Absolventi, kuri turpina izglītību profesionālās izglītības iestādēs: 6 no 9",
     "no 6 uz 8 absolventiem (8 no 10)",
     "vismaz 80 % absolventu"],
]
table([ind_hdr] + ind_rows, widths=[1.1, 4.6, 3.9, 3.9, 3.0], size=9)

para("Diagnosticējošā darba 3. klasē matemātikā vidējais rezultāts programmā 21015611 bija 46 %, "
     "latviešu valodā – 51 %. Diagnosticējošie darbi nav valsts pārbaudes darbi, tie izmantoti mācību "
     "procesa plānošanai.", align="j", size=10)

# ---------------------------------------------------------------- section 2
head("2. Izglītības iestādes darbības pamatmērķi un prioritātes")
para("2.1. Izglītības iestādes misija – droša, atbalstoša un iekļaujoša vide, kurā katrs izglītojamais "
     "atbilstoši savām spējām apgūst dzīvei nepieciešamās zināšanas, prasmes un attieksmes.", align="j")
para("2.2. Izglītības iestādes vīzija par izglītojamo – patstāvīgs, savas spējas apzinošs jaunietis, kurš "
     "prot sadarboties, rūpēties par sevi un iekļauties sabiedrībā.", align="j")
para("2.3. Izglītības iestādes vērtības – cieņa, drošība, atbildība, sadarbība un prieks par katru, arī "
     "mazāko, izaugsmes soli.", align="j")
para("2.4. 2023./2024. mācību gada darba prioritātes un sasniegtie rezultāti", bold=True)
para("Katras jomas prioritātes apkopotas atsevišķā tabulā. Statuss: sasniegts / daļēji sasniegts / nav "
     "sasniegts.", italic=True, size=9)

pri_hdr = ["Nr.", "Prioritāte", "Plānotie sasniedzamie rezultāti", "Statuss", "Pamatojums (kā īstenots, "
           "kādi dati to apliecina)"]


def pri_table(area_caption, rows):
    para(area_caption, bold=True, italic=True)
    t = table([pri_hdr] + [r for r in rows], widths=[1.0, 3.2, 4.7, 2.3, 5.3], size=9)
    # merge the number and title over the rows that belong to the same priority
    i = 1
    while i <= len(rows):
        j = i
        while j + 1 <= len(rows) and rows[j][0] == "":
            j += 1
        if j > i:
            for col in (0, 1):
                keep = t.cell(i, col).text
                m = t.cell(i, col).merge(t.cell(j, col))
                for p in m.paragraphs[1:]:
                    p._element.getparent().remove(p._element)
                p0 = m.paragraphs[0]
                for r in list(p0.runs):
                    r._r.getparent().remove(r._r)
                p0.add_run(keep).font.size = Pt(9)
        i = j + 1
    return t


pri_table("Joma: Kompetences un sasniegumi", [
    ["1.", "Funkcionālās lasītprasmes un matemātikas pamatprasmju pilnveide ikdienas situācijās",
     "a) kvantitatīvi: 80 % izglītojamo programmā 21015611 mācību gada noslēgumā latviešu valodā un "
     "matemātikā sasniedz vismaz līmeni \"apguvis\"; 9. klases valsts pārbaudes darbā matemātikā "
     "vidējais rezultāts ir vismaz 30 %.",
     "Daļēji sasniegts",
     "Līmeni \"apguvis\" sasniedza 83 % izglītojamo latviešu valodā un 74 % matemātikā. Valsts "
     "pārbaudes darbā matemātikā vidējais rezultāts 27,4 %, mērķis nav sasniegts (skat. 1.3. tabulu)."],
    ["", "",
     "b) kvalitatīvi: visos mācību priekšmetos regulāri izmantoti reālās dzīves uzdevumi (veikala čeki, "
     "sabiedriskā transporta saraksti, receptes); izglītojamie prot tos lietot.",
     "Sasniegts",
     "Vērotajās 42 mācību stundās 36 stundās izmantoti reālās dzīves uzdevumi; metodiskās komisijas "
     "sanāksmju protokoli, e-klases tematiskie plāni."],
])
pri_table("Joma: Vienlīdzība un iekļaušana", [
    ["2.", "Individuālo izglītības programmu apguves plānu kvalitāte un izglītojamo līdzdalība to veidošanā",
     "Kvalitatīvi: visiem izglītojamajiem ar smagiem garīgās attīstības traucējumiem individuālie plāni "
     "izstrādāti kopā ar vecākiem un atbalsta personālu, plāni tiek pārskatīti reizi semestrī.",
     "sasniegts daļēji (darbs turpināsies 2024./2025. m. g.)",
     "Plāni pārskatīti reizi semestrī, taču tikai 9 ģimenes piedalījās kopīgās sarunās; pārējie vecāki "
     "saņēma informāciju e-klasē."],
    ["", "",
     "Kvantitatīvi: vismaz 90 % vecāku piedalās individuālo plānu izvērtēšanas sarunās.",
     "NAV SASNIEGTS",
     "Sarunās piedalījās 58 % vecāku (2022./2023. m. g. – 41 %). Šķērslis – attālums un transports, "
     "nākamgad piedāvāsim attālinātas sarunas."],
])
pri_table("Joma: Drošība un psiholoģiskā labklājība; Infrastruktūra un resursi", [
    ["3.", "Emocionāli droša vide internātā un skolā",
     "b) kvantitatīvi: samazinās reģistrēto konfliktsituāciju skaits (no 37 uz ne vairāk kā 25 gadā); "
     "85 % izglītojamo aptaujā norāda, ka jūtas droši.",
     "Sasniegts.",
     "Reģistrētas 22 konfliktsituācijas; aptaujā (n = 71) 88 % izglītojamo jūtas droši skolā, 81 % – "
     "internātā. Sociālā pedagoga žurnāls, aptaujas dati."],
    ["", "",
     "a) kvalitatīvi: ieviesta vienota rīcība konfliktsituācijās, visi darbinieki (arī internāta "
     "skolotāji un auklītes) apmācīti.",
     "Sasniegts",
     "Notikušas divas apmācības (16 un 8 stundas), izstrādāts rīcības algoritms, tas izvietots visās "
     "klasēs un internātā."],
    ["4.", "Sensorās telpas un pielāgotas āra mācību vides izveide",
     "a) kvalitatīvi: izveidota sensorā telpa un āra mācību klase, tās izmanto mācību procesā.",
     "Daļēji sasniegts – āra klase tiks pabeigta 2024. gada rudenī",
     "Sensorā telpa aprīkota (pašvaldības finansējums 14 800 EUR), to nedēļā izmanto 23 izglītojamie; "
     "āra klases jumta konstrukcija vēl nav uzstādīta."],
    ["", "",
     "b) kvantitatīvi: sensoro telpu regulāri (vismaz reizi nedēļā) izmanto vismaz 20 izglītojamie.",
     "Sasniegts",
     "Telpas izmantošanas grafiks, ergoterapeita un speciālā pedagoga nodarbību uzskaite."],
])

para("2.5. Prioritātes 2024./2025. mācību gadam", bold=True)
table([
    ["Nr.", "Prioritāte", "Plānotie rezultāti"],
    ["1.", "Mācīšanās prasmju un patstāvības attīstība",
     "a) kvalitatīvi: izglītojamie izmanto vizuālos atbalsta līdzekļus un dienas plānus patstāvīgi.\n"
     "b) kvantitatīvi: 75 % izglītojamo prot patstāvīgi sagatavot darba vietu; lasītprasmes "
     "diagnosticējošajā darbā 5.–9. klasē vidējais rezultāts ir vismaz 50 %."],
    ["2.", "Sadarbība ar vecākiem individuālo plānu izvērtēšanā",
     "a) kvalitatīvi: ieviesta attālināto sarunu iespēja.\nb) kvantitatīvi: sarunās piedalās vismaz 75 % vecāku."],
    ["3.", "Āra mācību klases pabeigšana un izmantošana",
     "a) kvalitatīvi: āra klase izmantota dabaszinību un sociālo zinību stundās.\n"
     "b) kvantitatīvi: vismaz 30 mācību stundas āra klasē katrā klašu grupā."],
], widths=[1.0, 5.0, 10.5])

# ---------------------------------------------------------------- section 3
head("3. Kritēriju izvērtējums")
crit = [
    ("3.1. Kritērijs «Kompetences un sasniegumi»",
     ["Izglītojamie ar mācīšanās traucējumiem sasniedz stabilus ikdienas mācību rezultātus, vidējais "
      "vērtējums 5,6 balles.", "Pedagogi mērķtiecīgi izmanto reālās dzīves uzdevumus."],
     ["Paaugstināt matemātikas valsts pārbaudes darba rezultātus.", "Regulāri analizēt "
      "diagnosticējošo darbu rezultātus metodiskajās komisijās."]),
    ("3.2. Kritērijs «Vienlīdzība un iekļaušana»",
     ["Katram izglītojamajam ir individuālais izglītības programmas apguves plāns.", "Atbalsta komanda "
      "(psihologs, logopēdi, speciālie pedagogi, ergoterapeits) strādā vienoti."],
     ["Palielināt vecāku līdzdalību plānu izvērtēšanā."]),
    ("3.3. Kritērijs «Drošība un psiholoģiskā labklājība»",
     ["Ieviesta vienota rīcība konfliktsituācijās.", "Izglītojamie jūtas droši (88 %)."],
     ["Pilnveidot brīvā laika aktivitātes internātā vakaros."]),
    ("3.4. Kritērijs «Infrastruktūra un resursi»",
     ["Izveidota sensorā telpa.", "Mācību līdzekļi pielāgoti izglītojamo vajadzībām."],
     ["Pabeigt āra mācību klasi.", "Nomainīt internāta mēbeles."]),
]
for title, strengths, needs in crit:
    para(title, bold=True)
    table([["Stiprās puses", "Turpmākās attīstības vajadzības"],
           ["\n".join("• " + s for s in strengths), "\n".join("• " + s for s in needs)]], widths=[8.2, 8.2])

# ---------------------------------------------------------------- sections 4-7
head("4. Informācija par īstenotajiem projektiem")
para("4.1. ESF projekts \"Atbalsts izglītojamo individuālo kompetenču attīstībai\" (Nr. 8.3.2.2/16/I/001) – "
     "individuālās konsultācijas un logopēda nodarbības 28 izglītojamajiem; projekts noslēdzās 2023. gada "
     "decembrī.", align="j")
para("4.2. Erasmus+ projekts \"Outdoor Learning for All\" (2023-1-LV01-KA122-SCH-000123456) – 6 pedagogi "
     "piedalījās darba ēnošanā speciālajās skolās Somijā; iegūtā pieredze izmantota āra klases "
     "plānošanā.", align="j")
para("4.3. Programma \"Skolas soma\" – 7 kultūrizglītības pasākumi visiem izglītojamajiem.", align="j")

head("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
para("5.1. Bauskas tehnikums – sadarbība profesionālās orientācijas jomā (9. klašu izglītojamo "
     "praktiskās nodarbības).\n5.2. Biedrība \"Special Olympics Latvia\" – sporta sacensības un "
     "treniņnometnes.\n5.3. Bārbeles pagasta bibliotēka – lasīšanas veicināšanas nodarbības.", align="j")

head("6. Audzināšanas darba prioritātes un citi sasniegumi")
para("6.1. Audzināšanas darba prioritāte 2023./2024. m. g. – patstāvība un atbildība ikdienas "
     "pienākumos. Tā tika īstenota klases stundās un internātā (dežūras, ēdiena gatavošana, dārza "
     "darbi).", align="j")
para("6.2. Citi sasniegumi: Special Olympics Latvia vasaras spēlēs izglītojamie izcīnīja 2. vietu "
     "bočes sacensībās un 3. vietu 100 m skrējienā; skolas ansamblis \"Vītoliņš\" piedalījās XIII "
     "Latvijas skolu jaunatnes dziesmu un deju svētku atlases skatē; vizuālās mākslas darbu izstāde "
     "Bauskas pilī.", align="j")

head("7. Secinājumi par valsts pārbaudes darbu rezultātiem")
para("9. klasē valsts pārbaudes darbus kārtoja 7 izglītojamie (programma 21015611); izglītojamie ar garīgās "
     "attīstības traucējumiem no tiem atbrīvoti normatīvajos aktos noteiktajā kārtībā. Latviešu valodā "
     "rezultāts uzlabojās, matemātikā joprojām ir zemākais rezultāts, un tam nākamgad pievērsīsim "
     "galveno uzmanību. Rezultāti un mērķi norādīti 1.3. tabulā.", align="j")

para("", space_after=20)
para("Direktore                    /paraksts/                    L. Ozoliņa")
para("Izglītības iestādes vadītāja: Līga Ozoliņa, tālr. 63960412", size=9)
para("SASKAŅOTS pedagoģiskās padomes sēdē 2024. gada 30. augustā, protokols Nr. 5", size=9)

# page numbers in the footer
fp = doc.sections[0].footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
run = fp.add_run()
for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
    if kind:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
    else:
        el = OxmlElement("w:instrText")
        el.set(qn("xml:space"), "preserve")
        el.text = text
    run._r.append(el)

OUT.parent.mkdir(parents=True, exist_ok=True)
doc.save(OUT)
print(OUT)
