#!/usr/bin/env python3
"""Generate the Dzelmes speciālā pamatskola 2024/25 report: DOCX (python-docx) -> PDF (LibreOffice)
-> text (`pdftotext -layout`).

Run:  /work/blind/.venv-h3A/bin/python make_report.py
Writes src/dzelmes-speciala-pamatskola_2024-2025.docx and .pdf (kept here) and
../reports/dzelmes-speciala-pamatskola_2024-2025.txt (the only file in reports/).
"""
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = Path(__file__).resolve().parent
NAME = "dzelmes-speciala-pamatskola_2024-2025"
DOCX = HERE / f"{NAME}.docx"
PDF = HERE / f"{NAME}.pdf"
TXT = HERE.parent / "reports" / f"{NAME}.txt"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
for s in doc.sections:
    s.page_width = Cm(21.0)
    s.page_height = Cm(29.7)
    s.left_margin = Cm(2.0)
    s.right_margin = Cm(1.5)
    s.top_margin = Cm(1.8)
    s.bottom_margin = Cm(1.8)

fp = doc.sections[0].footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = fp.add_run()
for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
    if tag:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), tag)
    else:
        el = OxmlElement("w:instrText")
        el.set(qn("xml:space"), "preserve")
        el.text = text
    r._r.append(el)


def para(text="", bold=False, align=None, size=None, italic=False, space_after=6):
    p = doc.add_paragraph()
    if text:
        lines = text.split("\n")
        for i, line in enumerate(lines):
            run = p.add_run(line)
            run.bold = bold
            run.italic = italic
            if size:
                run.font.size = Pt(size)
            if i < len(lines) - 1:
                run.add_break()
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                   "j": WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}[align]
    p.paragraph_format.space_after = Pt(space_after)
    return p


def heading(text):
    return para(text, bold=True)


def body(text):
    return para(text, align="j")


def set_cell(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    paras = text.split("\n")
    for k, line in enumerate(paras):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)


def table(rows, widths):
    t = doc.add_table(rows=rows, cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)
    return t


def repeat_header(row):
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------ cover
para("EZERKRASTU NOVADA PAŠVALDĪBA", align="c", bold=True)
para("DZELMES SPECIĀLĀ PAMATSKOLA", align="c", bold=True, size=14, space_after=0)
para("Reģistrācijas Nr. 4324901187, Ezera iela 14, Dzelme, Ezerkrastu novads, LV-4620\n"
     "tālrunis 64567890, e-pasts dzelmes.sps@ezerkrasti.lv", align="c", size=9)
para()
para("SASKAŅOTS\nEzerkrastu novada Izglītības pārvaldes vadītājs\n/paraksts/ A. Zariņš\n30.09.2025.",
     align="r", size=10)
para()
para()
para("Dzelmes speciālās pamatskolas pašnovērtējuma ziņojums", align="c", bold=True, size=16)
para("Publiskojamā daļa", align="c", size=13)
para("2024./2025. mācību gads", align="c", size=13)
para()
body("Dzelmes speciālā pamatskola ir Ezerkrastu novada pašvaldības dibināta speciālās izglītības "
     "iestāde ar internātu, kas īsteno speciālās pirmsskolas un speciālās pamatizglītības programmas "
     "izglītojamajiem ar mācīšanās traucējumiem, garīgās veselības traucējumiem, garīgās attīstības "
     "traucējumiem un smagiem garīgās attīstības traucējumiem. Iestāde ir arī reģionālais metodiskais "
     "centrs, kas konsultē Ezerkrastu novada vispārējās izglītības iestāžu pedagogus un vecākus par "
     "iekļaujošo izglītību. 2024./2025. mācību gadā skolā strādāja 38 pedagogi, t. sk. 2 logopēdi, "
     "3 speciālie pedagogi, psihologs, sociālais pedagogs un 11 skolotāja palīgi.")
page_break()

# ------------------------------------------------------------------ 1.1
heading("1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un to "
        "sasniegšanas izvērtējums")
heading("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025. mācību gadā")
W = [1.0, 5.0, 1.9, 3.0, 2.2, 2.2, 2.2]
t = table(7, W)
for c, txt in enumerate(("Nr.\np.k.", "Izglītības programmas nosaukums", "Kods",
                         "Īstenošanas vietas adrese (ja atšķiras no juridiskās adreses)",
                         "Licences Nr., datums",
                         "Izglītojamo skaits, uzsākot 2024./2025. m.g. (01.09.2024.)",
                         "Izglītojamo skaits, noslēdzot 2024./2025. m.g. (31.05.2025.)")):
    set_cell(t.rows[0].cells[c], txt, bold=True, align="c", size=8)
repeat_header(t.rows[0])
prog = [
    ("1.", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības "
           "traucējumiem", "01015611", "Liepu iela 5, Dzelme", "V_7710, 12.08.2022.", "8", "9"),
    ("2.", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem",
     "21015611", "–", "V_7711, 12.08.2022.", "34", "31"),
    ("3.", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās veselības traucējumiem",
     "21015711", "–", "V_7712, 12.08.2022.", "6", "7"),
    ("4.", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem",
     "21015811", "Ezera iela 14, Dzelme\nParka iela 2, Dzelme (internāts)", "V_7713, 12.08.2022.",
     "57", "55"),
    ("5.", "Speciālās pamatizglītības programma izglītojamajiem ar smagiem garīgās attīstības "
           "traucējumiem vai vairākiem smagiem attīstības traucējumiem", "21015911",
     "Parka iela 2, Dzelme", "V_8034, 30.08.2023.", "19", "20"),
]
for i, vals in enumerate(prog, start=1):
    for c, v in enumerate(vals):
        set_cell(t.rows[i].cells[c], v, align="c" if c >= 5 else None)
tot = t.rows[6].cells
set_cell(tot[0].merge(tot[4]), "Kopā", bold=True)
set_cell(tot[5], "124", bold=True, align="c")
set_cell(tot[6], "122", bold=True, align="c")
para()

# ------------------------------------------------------------------ 1.2
heading("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes "
        "maiņai un mācību pārtraukšanai izglītības programmā (2–3 secinājumi par izglītojamajiem, "
        "kuri uzsākuši vai pārtraukuši mācības izglītības iestādē)")
body("2024./2025. mācību gadā iestādi atstāja deviņi izglītojamie, savukārt mācības uzsāka "
     "septiņi jauni izglītojamie, galvenokārt pēc pedagoģiski medicīniskās komisijas atzinuma.")
body("1.2.1. dzīvesvietas maiņa – trīs izglītojamie (ģimenes pārcēlās uz citām pašvaldībām), "
     "uz ārvalstīm izbrauca viens izglītojamais (Norvēģija);")
body("1.2.2. izglītības iestādes maiņa – 2 (divi) izglītojamie, kuri pēc pedagoģiski medicīniskās "
     "komisijas atzinuma turpina mācības vispārējās izglītības iestādē tuvāk dzīvesvietai;")
body("1.2.3. cits iemesls – viens izglītojamais pārtrauca mācības ilgstošas ārstēšanās dēļ, "
     "divi izglītojamie ievietoti ilgstošas sociālās aprūpes institūcijā.")
body("Secinājumi: izglītojamo kustība ir neliela un saistīta ar ģimeņu dzīves apstākļiem; pozitīvi "
     "vērtējams, ka divi izglītojamie pēc atbalsta saņemšanas spēja turpināt mācības vispārējās "
     "izglītības iestādē.")

# ------------------------------------------------------------------ 1.3
heading("1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
        "2024./2025. m.g. un 2025./2026. m.g. (nosakāmi ne mazāk kā trīs kvalitātes rādītāji)")
W = [1.1, 4.6, 4.2, 4.2, 3.4]
ind = [
    ("1.", "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:", None, None, None),
    ("1.1.", "Speciālās pirmsskolas izglītības programmā", "62%", "vidēji 68%", "70 %"),
    ("1.2.", "Speciālās pamatizglītības programmās (21015611, 21015711)", "5,6 balles",
     "5,8 balles", "6 balles"),
    ("1.3.", "Speciālās pamatizglītības programmās (21015811, 21015911)",
     "IIP plānotos sasniegumus apguvuši 71% izglītojamo", "74%", "75%"),
    ("1.4.", "Interešu izglītības programmās", "48 izglītojamie", "52 izglītojamie (6 programmas)",
     "55 izglītojamie"),
    ("2.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās "
           "pamatizglītības programmas apguves noslēgumā 9. klasē attiecībā pret vidējiem valsts "
           "rezultātiem\n(eksāmenus kārto izglītojamie programmā 21015611)",
     "Latviešu valoda – 38,7% (valstī 59,1%).\n"
     "Matemātika – 24,9% (valstī 43,2%), nenokārtoja 16,7% izglītojamo.\n"
     "Angļu valoda – nekārtoja (izglītojamie atbrīvoti no eksāmena).",
     "Latviešu valoda – 41,5% (valstī 58,5%).\n"
     "Matemātika – 29,8% (valstī 53,8%), nenokārtoja 14,3% izglītojamo.\n"
     "Angļu valoda – 45,2% (valstī 65,8%).",
     "Latviešu valoda – 43%.\nMatemātika – 32%.\nAngļu valoda – 46%."),
    ("3.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās izglītības "
           "programmas apguves noslēgumā", "Nav attiecināms", "Nav attiecināms", "Nav attiecināms"),
    ("4.", "Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, konkursos, "
           "sacensībās u.tml.",
     "10 izglītojamie piedalījās Latvijas Speciālās olimpiādes sacensībās",
     "Dalībnieku skaits pieauga no 10 uz 12 izglītojamajiem", "vismaz 12 izglītojamie"),
    ("5.", "Pedagogu profesionālās kompetences pilnveide", "vidēji 28 h uz vienu pedagogu",
     "vidēji 34 h uz vienu pedagogu", "vismaz 30 h"),
    ("6.", "Citi kvalitātes rādītāji:", None, None, None),
    ("6.1.", "Sasniegumi sportā",
     "Latvijas Speciālās olimpiādes vieglatlētikas sacensībās – 7. vieta komandu vērtējumā",
     "5. vieta", "Nav attiecināms"),
    ("6.2.", "Vecāku apmierinātība ar skolas darbu (aptauja)", "nav datu", "87%", "vismaz 85%"),
]
t = table(2 + len(ind), W)
h0, h1 = t.rows[0].cells, t.rows[1].cells
set_cell(h0[0].merge(h1[0]), "Nr.\np.k.", bold=True, align="c", size=8)
set_cell(h0[1].merge(h1[1]), "Kvalitatīvais / kvantitatīvais indikators", bold=True, align="c", size=8)
set_cell(h0[2].merge(h0[4]), "Noteiktais rezultatīvais rādītājs", bold=True, align="c", size=8)
set_cell(h1[2], "uzsākot 2024./2025. m.g. (pēc 2023./2024. m.g. pašnovērtējuma ziņojuma)",
         bold=True, align="c", size=8)
set_cell(h1[3], "noslēdzot 2024./2025. m.g.", bold=True, align="c", size=8)
set_cell(h1[4], "2025./2026. m.g.", bold=True, align="c", size=8)
repeat_header(t.rows[0])
repeat_header(t.rows[1])
for i, (no, name, a, b, c) in enumerate(ind, start=2):
    cells = t.rows[i].cells
    set_cell(cells[0], no)
    if a is None:
        set_cell(cells[1].merge(cells[4]), name, bold=True)
    else:
        set_cell(cells[1], name)
        set_cell(cells[2], a)
        set_cell(cells[3], b)
        set_cell(cells[4], c)
para()

# ------------------------------------------------------------------ 2
heading("2. Izglītības iestādes darbības pamatmērķi un prioritātes")
heading("2.1. Izglītības iestādes misija")
body("Nodrošināt katram izglītojamajam viņa spējām un vajadzībām atbilstošu izglītību drošā, "
     "atbalstošā vidē, lai viņš pēc iespējas patstāvīgi iekļautos sabiedrībā.")
heading("2.2. Izglītības iestādes vīzija par izglītojamo")
body("Izglītojamais ir dzīvespriecīgs, pēc iespējas patstāvīgs, prot sevi aprūpēt, sadarboties un "
     "izmantot savas spējas ikdienas dzīvē un darbā.")
heading("2.3. Izglītības iestādes vērtības")
body("Cieņa – pieņemam ikvienu tādu, kāds viņš ir. Atbildība – par sevi, savu darbu un kopīgo vidi. "
     "Sadarbība – skolēns, ģimene, pedagogs un sabiedrība. Drošība – fiziski un emocionāli droša vide.")
heading("2.4. Informācija par izglītības iestādes 2024./2025. m.g. izvirzīto prioritāšu sasniegšanu")

PW = [3.6, 5.6, 8.3]
prios = [
    ("Mācīšana un mācīšanās\nNr. 1.\nIndividuālo izglītības programmas apguves plānu (IIP) "
     "kvalitātes uzlabošana",
     ("a) kvalitatīvi\nIIP tiek veidoti, balstoties uz izglītojamā spēju izvērtējumu; IIP "
      "mērķi ir konkrēti un izmērāmi; pedagogi un atbalsta personāls IIP izvērtē kopīgi.",
      "SASNIEGTS\nIzstrādāta vienota IIP veidne ar izmērāmiem mērķiem trīs jomās (komunikācija, "
      "pašaprūpe, akadēmiskās prasmes). Katram izglītojamajam IIP izvērtēts divas reizes mācību "
      "gadā – janvārī un maijā – pedagoga, skolotāja palīga un atbalsta speciālistu sanāksmē. "
      "Administrācijas veiktajā IIP pārbaudē (izlases veidā pārbaudīti 40 plāni) konstatēts, ka "
      "mērķi ir konkrēti un izmērāmi 36 plānos. Pedagogi atzīst, ka jaunā veidne atvieglo darbu "
      "un palīdz redzēt izglītojamā izaugsmi."),
     ("b) kvantitatīvi\n100% izglītojamo ir aktualizēti IIP. Vismaz 80% vecāku iesaistās IIP "
      "izvērtēšanā.",
      "Daļēji sasniegts, turpināsim\nIIP aktualizēti visiem izglītojamajiem (100%). IIP "
      "izvērtēšanas sarunās piedalījās 76% vecāku; daļa vecāku, kuru bērni dzīvo internātā, "
      "ieradās tikai uz vienu no divām sarunām. Nākamajā mācību gadā sarunas piedāvāsim arī "
      "attālināti.")),
    ("Drošība un psiholoģiskā labklājība\nNr. 2.\nSociāli emocionālās mācīšanās un pozitīvas "
     "uzvedības atbalsta sistēmas ieviešana",
     ("b) kvantitatīvi\nReģistrēto konfliktsituāciju skaits samazinās par 20%. Visi pedagogi "
      "apguvuši kursus par pozitīvas uzvedības atbalstu.",
      "nav sasniegts (konfliktu skaits samazinājās tikai par 9%)\nReģistrēto konfliktsituāciju "
      "skaits samazinājās no 154 uz 140 gadījumiem. Kursus par pozitīvas uzvedības atbalstu "
      "apguva 31 no 38 pedagogiem. Konfliktu skaita pieaugums vērojams internātā vakara stundās, "
      "tāpēc nākamajā gadā plānots papildu atbalsts internāta audzinātājiem."),
     ("a) kvalitatīvi\nSkolā ir vienoti uzvedības noteikumi ar vizuāliem atbalsta materiāliem; "
      "izglītojamie apgūst emociju atpazīšanas un pašregulācijas prasmes.",
      "sasniegts daļēji – darbs turpinās 2025./2026. m.g.\nVizuālie uzvedības noteikumi izvietoti "
      "visās klasēs un internātā. Sociāli emocionālās mācīšanās nodarbības notika regulāri "
      "1.–6. klasēs, taču vecākajās klasēs – neregulāri. Izveidots \u201eMiera stūrītis\u201d "
      "pašregulācijai, kuru izglītojamie izmanto arī patstāvīgi.")),
    ("Atbalsts un sadarbība\nNr. 3.\nSadarbības ar vecākiem un sociālajiem partneriem stiprināšana",
     ("a) kvalitatīvi\nVecāki saņem regulāru informāciju par bērna izaugsmi; noslēgti sadarbības "
      "līgumi ar vietējiem uzņēmējiem par praktiskajām nodarbībām.",
      "Sasniegts pilnībā\nKatru mēnesi vecākiem tiek sūtīts informatīvs izdevums, notikušas trīs "
      "vecāku dienas un divas atvērto durvju dienas. Noslēgti sadarbības līgumi ar z/s \u201eAvoti\u201d "
      "un SIA \u201eDzelmes maiznīca\u201d, kur 8.–9. klašu izglītojamie apgūst praktiskās darba "
      "iemaņas."),
     ("b) kvantitatīvi\nVismaz 70% vecāku piedalās skolas pasākumos; notiek vismaz 4 praktiskās "
      "nodarbības pie partneriem.",
      "Sasniegts.\nSkolas pasākumos piedalījās 78% vecāku, pie partneriem notika 6 praktiskās "
      "nodarbības.")),
    ("Pieejamība\nNr. 4.\nMultisensorās telpas izveide un mācību vides pielāgošana",
     ("a) kvalitatīvi\nIzglītojamajiem ar smagiem attīstības traucējumiem pieejama sensorā "
      "stimulācija; mācību telpas pielāgotas pārvietošanās palīglīdzekļu lietotājiem.",
      "Daļēji Sasniegts\nIegādāts sensorās stimulācijas aprīkojums (gaismas kolonna, vibrējošais "
      "matracis, taktilie paneļi), kas pagaidām izvietots logopēda kabinetā. Uzstādītas "
      "uzbrauktuves pie abām ieejām."),
     ("b) kvantitatīvi\nIzveidota 1 multisensorā telpa; 100% mācību telpu pieejamas ratiņkrēslu "
      "lietotājiem.",
      "Nav Sasniegts, finansējums pārcelts uz 2026. gadu\nMultisensorās telpas remonts netika "
      "veikts; ratiņkrēslu lietotājiem pieejamas 14 no 19 mācību telpām.")),
]
t = table(1 + 2 * len(prios), PW)
for c, txt in enumerate(("Prioritāte", "Sasniedzamie rezultāti (kvantitatīvi un kvalitatīvi)",
                         "Norāde par uzdevumu izpildi (Sasniegts/ daļēji sasniegts/ nav sasniegts) un "
                         "komentāri (kā to ir izdevies īstenot un kādi dati un informācija to "
                         "apliecina)")):
    set_cell(t.rows[0].cells[c], txt, bold=True, align="c", size=8)
repeat_header(t.rows[0])
for k, (title, first, second) in enumerate(prios):
    r1, r2 = t.rows[1 + 2 * k].cells, t.rows[2 + 2 * k].cells
    set_cell(r1[0].merge(r2[0]), title)
    for cells, (planned, status) in ((r1, first), (r2, second)):
        set_cell(cells[1], planned)
        set_cell(cells[2], status)
para()

# ------------------------------------------------------------------ 3
heading("3. Kritēriju izvērtējums")


def crit(title, rows):
    heading(title)
    t = table(1 + len(rows), [4.5, 6.5, 6.5])
    for c, txt in enumerate(("Rezultatīvā rādītāja nosaukums",
                             "Stiprās puses un dati, kas to apliecina",
                             "Turpmākās attīstības vajadzības")):
        set_cell(t.rows[0].cells[c], txt, bold=True, align="c", size=8)
    for i, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            set_cell(t.rows[i].cells[c], v)
    para()


crit("3.1. Kritērijs \u201eMācīšana un mācīšanās\u201d", [
    ("Mācību stundu kvalitāte",
     "Vērotas 74 mācību stundas; 81% stundu mācību uzdevumi bija diferencēti atbilstoši IIP. "
     "Pedagogi plaši izmanto alternatīvās komunikācijas līdzekļus (piktogrammas, žestus).",
     "Vairāk izmantot digitālos mācību līdzekļus izglītojamajiem ar smagiem traucējumiem."),
    ("Pāreja uz kompetenču pieeju",
     "Izstrādāti starppriekšmetu tematiskie plāni praktiskajām darba iemaņām 7.–9. klasē.",
     "Pilnveidot vērtēšanas kritērijus programmā 21015811."),
])
crit("3.2. Kritērijs \u201eVienlīdzība un iekļaušana\u201d", [
    ("Iekļaujoša vide",
     "Netika konstatēti diskriminācijas gadījumi; izglītojamie piedalās novada vispārizglītojošo "
     "skolu pasākumos kopā ar vienaudžiem.",
     "Veidot vairāk kopīgu projektu ar novada vispārizglītojošajām skolām."),
])
crit("3.3. Kritērijs \u201ePieejamība\u201d", [
    ("Atbalsta personāla pieejamība",
     "Logopēda, psihologa un fizioterapeita pakalpojumi pieejami katru darba dienu; internātā "
     "nodrošināta diennakts uzraudzība.",
     "Palielināt ergoterapeita slodzi."),
])

# ------------------------------------------------------------------ 4-10
heading("4. Informācija par lielākajiem īstenotajiem projektiem 2024./2025. mācību gadā")
body("4.1. ESF Plus projekts \u201eAtbalsts izglītojamajiem ar speciālajām vajadzībām\u201d – "
     "iegādāti specializēti mācību līdzekļi un nodrošinātas skolotāja palīgu papildu stundas. "
     "Rezultāts: atbalstu saņēma 41 izglītojamais.")
body("4.2. Programma \u201eLatvijas skolas soma\u201d – 15 pielāgoti kultūrizglītības pasākumi, tostarp "
     "izrāde skolā un ekskursija uz Rundāles pili.")
heading("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
body("5.1. Sadarbības līgums ar Ezerkrastu novada Sociālo dienestu par atbalstu izglītojamo ģimenēm.")
body("5.2. Līgums ar z/s \u201eAvoti\u201d un SIA \u201eDzelmes maiznīca\u201d par praktiskajām "
     "nodarbībām.")
body("5.3. Sadarbības līgums ar Latvijas Speciālās olimpiādes komiteju.")
heading("6. Audzināšanas darba prioritāro virzienu izvērtējums un secinājumi")
body("Prioritāte: izglītojamo patstāvības un pašaprūpes prasmju attīstīšana. Internāta audzinātāji "
     "sadarbībā ar klašu audzinātājiem īstenoja programmu \u201eEs pats\u201d; 9. klases izglītojamie "
     "patstāvīgi gatavoja vienkāršas maltītes un plānoja savu dienas režīmu. Secinājums: jāturpina "
     "darbs pie drošas pārvietošanās prasmēm ārpus skolas.")
heading("7. Citi sasniegumi un izglītības iestādei būtiska informācija")
body("7.1. Skolas tautas deju kolektīvs piedalījās XIII Latvijas Skolu jaunatnes dziesmu un deju "
     "svētku speciālo izglītības iestāžu koncertā.")
body("7.2. Izglītojamo darbi izstādīti Ezerkrastu novada bibliotēkā izstādē \u201eMūsu pasaule\u201d.")
heading("8. Informācija par izglītības iestādes akreditācijā vai izglītības iestādes vadītāja "
        "novērtēšanā norādīto uzdevumu izpildi (ja attiecināms) – nav attiecināms.")
heading("9. Informācija par izglītības iestādes apmeklējumā noteikto uzdevumu ieviešanu "
        "(ja attiecināms) – nav attiecināms.")
heading("10. Izglītības iestādes padomes ieteikumi izglītības procesa pilnveidei 2025./2026. "
        "mācību gadā")
body("1. Turpināt piedāvāt attālinātas sarunas vecākiem, kuri dzīvo tālu no skolas.")
body("2. Paplašināt praktisko nodarbību iespējas pie vietējiem uzņēmējiem.")

# ------------------------------------------------------------------ 11
heading("11. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti 2025./2026. "
        "mācību gadā (kvalitatīvi un kvantitatīvi)")
t = table(3, [5.5, 12.0])
set_cell(t.rows[0].cells[0], "Prioritāte", bold=True, align="c", size=8)
set_cell(t.rows[0].cells[1], "Sasniedzamie rezultāti kvantitatīvi un kvalitatīvi", bold=True,
         align="c", size=8)
set_cell(t.rows[1].cells[0], "Kritērijs \u201eDrošība un psiholoģiskā labklājība\u201d\nNr. 1.\n"
                             "Pozitīvas uzvedības atbalsta sistēmas nostiprināšana internātā")
set_cell(t.rows[1].cells[1], "a) kvalitatīvi\nInternāta audzinātāji izmanto vienotas "
                             "pozitīvas uzvedības atbalsta stratēģijas.\nb) kvantitatīvi\n"
                             "Reģistrēto konfliktsituāciju skaits samazinās par 15%.")
set_cell(t.rows[2].cells[0], "Kritērijs \u201ePieejamība\u201d\nNr. 2.\nMultisensorās telpas "
                             "izveide")
set_cell(t.rows[2].cells[1], "a) kvalitatīvi\nIzglītojamie ar smagiem traucējumiem regulāri "
                             "izmanto multisensoro telpu.\nb) kvantitatīvi\nIzveidota 1 "
                             "multisensorā telpa; to katru nedēļu izmanto vismaz 20 izglītojamie.")
para()
para()
para("Izglītības iestādes vadītāja:        Dace Krūmiņa        /paraksts/")
para("Sagatavoja: direktores vietniece izglītības jomā L. Ābele", size=9, italic=True)


def build():
    TXT.parent.mkdir(parents=True, exist_ok=True)
    doc.core_properties.title = "Dzelmes speciālās pamatskolas pašnovērtējuma ziņojums 2024./2025."
    doc.core_properties.author = "Dzelmes speciālā pamatskola"
    doc.save(DOCX)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(DOCX)],
                   check=True, capture_output=True)
    subprocess.run(["pdftotext", "-layout", str(PDF), str(TXT)], check=True)
    print("wrote", DOCX, PDF, TXT)


if __name__ == "__main__":
    build()
