#!/usr/bin/env python3
"""Generate ozolkalna-pamatskola_2022-2023.docx (a fictional basic school's 2022/23 public self-assessment report).

Usage: /work/blind/.venv-devA/bin/python make_report.py [OUTDIR]   (default: ../reports)
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "reports"
NAME = "ozolkalna-pamatskola_2022-2023.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(12)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
for s in doc.sections:
    s.left_margin = Cm(2.5)
    s.right_margin = Cm(1.5)
    s.top_margin = Cm(2)
    s.bottom_margin = Cm(2)


# ---------------------------------------------------------------- helpers
def para(text="", bold=False, italic=False, align=None, size=None, space_after=4):
    p = doc.add_paragraph()
    if text:
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


def heading(text):
    return para(text, bold=True, space_after=6)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, size=10, align=None):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    cell.text = ""
    lines = text.split("\n")
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(1)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def table(header, rows, widths, shaded=True, size=10, center_cols=()):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        set_cell(c, h, bold=True, size=size, align="c")
        if shaded:
            shade(c)
    repeat_header(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            set_cell(cells[i], v, size=size, align="c" if i in center_cols else None)
    set_widths(t, widths)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def page_number_footer():
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


page_number_footer()

# ---------------------------------------------------------------- cover
para("SASKAŅOTS", bold=True, align="r", space_after=0)
para("Mežmalas novada pašvaldības", align="r", space_after=0)
para("Izglītības pārvaldes vadītāja", align="r", space_after=0)
para("/paraksts/ I. Bērziņa", align="r", space_after=0)
para("2023. gada 27. septembrī", align="r", space_after=24)

para("Mežmalas novada pašvaldība", align="c", size=13, space_after=2)
para("OZOLKALNA PAMATSKOLA", bold=True, align="c", size=16, space_after=2)
para("Reģ. Nr. 4512902145", align="c", size=11, space_after=0)
para("Skolas iela 4, Ozolkalns, Ozolkalna pagasts, Mežmalas novads, LV-4831", align="c", size=11, space_after=0)
para("Tālr. 63428817, e-pasts: ozolkalna.pamatskola@mezmala.lv", align="c", size=11, space_after=60)

para("IZGLĪTĪBAS IESTĀDES PAŠNOVĒRTĒJUMA ZIŅOJUMS", bold=True, align="c", size=16, space_after=4)
para("Publiskojamā daļa", align="c", size=14, space_after=30)
para("Ozolkalna pamatskolas pašnovērtējuma ziņojums par 2022./2023. mācību gadu", italic=True, align="c", size=13,
     space_after=200)
para("Ozolkalnā", align="c", space_after=0)
para("2023", align="c")
page_break()

para(
    "Ozolkalna pamatskola ir Mežmalas novada pašvaldības dibināta vispārējās izglītības iestāde, kas īsteno "
    "pirmsskolas izglītības programmu piecgadīgo un sešgadīgo bērnu grupās un pamatizglītības programmas 1.–9. klasē. "
    "Skola atrodas Ozolkalna pagasta centrā, 27 km no novada centra; pirmsskolas grupas darbojas atsevišķā ēkā Meža "
    "ielā 2. 2022./2023. mācību gadā skolā strādāja 19 pedagogi, no tiem 4 – atbalsta personāls. Izglītojamo "
    "nokļūšanu skolā nodrošina pašvaldības skolēnu autobuss trīs maršrutos.",
    align="j",
)

# ---------------------------------------------------------------- 1
heading("1. Pamatinformācija")
heading("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2022./2023. mācību gadā")
table(
    [
        "Nr.\np.k.",
        "Izglītības programmas nosaukums",
        "Izglītības programmas kods",
        "Īstenošanas vietas adrese (ja atšķiras no juridiskās adreses)",
        "Licence\n(Nr., datums)",
        "Izglītojamo skaits, uzsākot programmas apguvi vai uzsākot 2022./2023. m.g.\n(01.09.2022.)",
        "Izglītojamo skaits, noslēdzot sekmīgu programmas apguvi vai noslēdzot 2022./2023. m.g.\n(31.05.2023.)",
    ],
    [
        ["1.", "Pirmsskolas izglītības programma", "01011111",
         "Meža iela 2, Ozolkalns, Ozolkalna pag., Mežmalas nov., LV-4831", "V-9832,\n15.08.2018.", "27", "29"],
        ["2.", "Pamatizglītības programma", "21011111", "–", "V-9833,\n15.08.2018.", "96", "94"],
        ["3.", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem", "21015611", "–",
         "V-9834,\n15.08.2018.", "11", "12"],
        ["4.", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem", "21015811",
         "–", "V_1215,\n03.03.2020.", "2", "2"],
        ["", "Kopā", "", "", "", "136", "137"],
    ],
    [1.0, 4.0, 2.2, 3.4, 2.2, 2.6, 2.6],
    center_cols=(0, 2, 5, 6),
)
para(
    "Piezīme: speciālās pamatizglītības programmu izglītojamie mācās integrēti vispārizglītojošās klasēs; "
    "mācību gada laikā skolā mācības uzsāka 10 izglītojamie, no tiem 3 – Ukrainas civiliedzīvotāju bērni.",
    italic=True, size=10,
)

heading(
    "1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai un mācību "
    "pārtraukšanai izglītības programmā (2-3 secinājumi par izglītojamiem, kuri uzsākuši vai pārtraukuši mācības "
    "izglītības iestādē)"
)
para("2022./2023. mācību gada laikā izglītības iestādi mainīja vai mācības pārtrauca 9 izglītojamie.", align="j")
para(
    "1.2.1. dzīvesvietas maiņa – 4 izglītojamie (ģimenes pārcēlās uz Jelgavu un Rīgas apkaimi darba iespēju dēļ), "
    "uz ārvalstīm izbrauca 1 izglītojamais;",
    align="j",
)
para(
    "1.2.2. izglītības iestādes maiņa – trīs izglītojamie; galvenais iestādes maiņas iemesls – vecāku vēlme, lai "
    "bērns mācītos novada centra skolā ar plašāku interešu izglītības piedāvājumu un sporta klasēm;",
    align="j",
)
para(
    "1.2.3. cits iemesls – 1 izglītojamais pārtrauca mācības speciālās pamatizglītības programmā, sasniedzot "
    "pilngadību, un uzsāka darba gaitas.",
    align="j",
)
para(
    "Secinājumi: izglītojamo skaita samazināšanos galvenokārt nosaka ģimeņu pārcelšanās uz lielākām pilsētām; "
    "izglītojamo, kuri skolu mainījuši neapmierinātības ar mācību procesu dēļ, nav. Skolai jāturpina stiprināt "
    "interešu izglītības piedāvājumu, lai mazinātu pāreju uz novada centra skolām.",
    align="j",
)

heading("1.3. Ilgstošās pedagogu vakances un atbalsta personāla nodrošinājums")
table(
    ["Nr.\np.k.", "Jautājums", "Informācija", "Komentāri (ja attiecināms)"],
    [
        ["1.", "Ilgstošās vakances izglītības iestādē (vairāk kā 1 mēnesi) 2022./2023. mācību gadā", "1",
         "Matemātikas skolotājs 7.–9. klasē (0,6 slodzes); vakance no 01.09.2022. līdz 02.01.2023., stundas "
         "aizvietoja direktores vietniece izglītības jomā."],
        ["2.", "Izglītības iestādē pieejamais atbalsta personāls, norādot tā nodrošinātāju (izglītības iestāde vai "
               "pašvaldība)", "5",
         "Izglītības psihologs (0,25 sl., pašvaldība), logopēds (0,5 sl.), speciālais pedagogs (0,5 sl.), "
         "sociālais pedagogs (0,3 sl., pašvaldība), pedagoga palīgs (1 sl.)."],
    ],
    [1.0, 6.0, 2.2, 7.6],
    center_cols=(0, 2),
)

# ---------------------------------------------------------------- 2
heading("2. Izglītības iestādes darbības pamatmērķi un prioritātes")
para(
    "2.1. Izglītības iestādes misija – mūsdienīga, droša un ģimenei tuva lauku skola, kurā ikviens bērns mācās "
    "atbilstoši savām spējām, apgūst dzīvei nepieciešamās prasmes un saglabā piederību savam novadam.",
    align="j",
)
para(
    "2.2. Izglītības iestādes vīzija par izglītojamo – zinātkārs, patstāvīgs un atbildīgs jaunietis, kurš prot "
    "mācīties, sadarboties un pieņemt pamatotus lēmumus par savu turpmāko izglītību.",
    align="j",
)
para(
    "2.3. Izglītības iestādes vērtības – atbildība, cieņa, sadarbība, darba tikums un piederība Ozolkalnam.",
    align="j",
)
heading("2.4. 2022./2023. mācību gada darba prioritātes un sasniegtie rezultāti")

PRI_HDR = ["Prioritāte", "Sasniedzamie rezultāti (kvalitatīvi un kvantitatīvi)"]
priorities = [
    (
        "Mācīšana un mācīšanās\nNr.1.\nSkolēnu pašvadītas mācīšanās prasmju pilnveide 1.–9. klasē",
        [
            ("a) kvalitatīvi\nPedagogi mācību stundās mērķtiecīgi izmanto pašvērtēšanas un savstarpējās vērtēšanas "
             "paņēmienus.\nSkolēni spēj izvirzīt mācību mērķi un novērtēt savu sniegumu.",
             "Daļēji sasniegts",
             "Administrācijas vērotajās 28 mācību stundās pašvērtēšanas paņēmieni izmantoti 19 stundās. 1.–4. "
             "klasē skolēni mācību mērķi formulē ar skolotāja atbalstu, 7.–9. klasē – lielākoties patstāvīgi. "
             "Mērķtiecīgs darbs jāturpina 5.–6. klasē, kur skolēni savu sniegumu vērtē virspusēji."),
            ("b) kvantitatīvi\nVismaz 70% skolēnu 5.–9. klasē regulāri izmanto mācību plānotāju.\nVismaz 80% "
             "pedagogu vismaz reizi mēnesī vada stundu ar pašvadītas mācīšanās elementiem.",
             "Sasniegts",
             "Skolēnu aptaujā (2023. gada maijs) 74% skolēnu 5.–9. klasē norāda, ka regulāri izmanto mācību "
             "plānotāju. 16 no 19 pedagogiem (84%) iesniedza stundu plānus ar pašvadītas mācīšanās elementiem."),
        ],
    ),
    (
        "Kompetences un sasniegumi\nNr.2.\nMatemātikas mācību sasniegumu uzlabošana 7.–9. klasē",
        [
            ("a) kvalitatīvi\nIeviestas regulāras konsultācijas matemātikā 9. klasei.\nMācību jomas komisija "
             "analizē diagnosticējošo darbu rezultātus un plāno atbalstu.",
             "SASNIEGTS DAĻĒJI",
             "Konsultācijas notika katru otrdienu, tās regulāri apmeklēja 7 no 11 devītās klases skolēniem. "
             "Rezultātu analīze notika divas reizes gadā (janvārī un jūnijā), tomēr vakances dēļ (skat. 1.3.) "
             "pirmajā pusgadā atbalsts nebija sistēmisks."),
            ("b) kvantitatīvi\n9. klases valsts pārbaudes darbā matemātikā skolas vidējais rezultāts ir vismaz "
             "48%.\nNevienam 7.–9. klases skolēnam gada vērtējums matemātikā nav zemāks par 4 ballēm.",
             "Nav sasniegts, jo vidējais rezultāts ir zemāks par plānoto",
             "Valsts pārbaudes darba vidējais rezultāts – 43,8% (skat. 7.2.). Diviem skolēniem gada vērtējums "
             "matemātikā – 3 balles, viņiem noteikti papildu mācību pasākumi."),
        ],
    ),
    (
        "Drošība un psiholoģiskā labklājība\nNr.3.\nVienotas pozitīvas uzvedības sistēmas ieviešana",
        [
            ("a) kvantitatīvi\nNeattaisnoto kavējumu skaits samazinās par 15%.\nVismaz 85% skolēnu aptaujā norāda, "
             "ka skolā jūtas droši.",
             "sasniegts",
             "Neattaisnoto kavēto stundu skaits samazinājās no 1214 stundām 2021./2022. m.g. līdz 978 stundām "
             "(par 19,4%). Aptaujā 88% skolēnu norāda, ka skolā jūtas droši."),
            ("b) kvalitatīvi\nIzstrādāti un ieviesti vienoti uzvedības noteikumi visās klasēs.\nKlašu audzinātāji "
             "un atbalsta personāls konfliktsituācijās rīkojas pēc vienotas kārtības.",
             "Sasniegts pilnībā",
             "Noteikumi apspriesti skolēnu pašpārvaldē un skolas padomē, apstiprināti 2022. gada oktobrī. "
             "Konfliktsituāciju reģistrā fiksēti 23 gadījumi, visos rīkojās pēc vienotas kārtības."),
        ],
    ),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
hdr = ["Prioritāte", PRI_HDR[1], "Norāde par uzdevumu izpildi (Sasniegts/ daļēji sasniegts/ nav sasniegts)",
       "Komentāri (kā to ir izdevies īstenot un kādi dati un informācija to apliecina)"]
for i, h in enumerate(hdr):
    set_cell(t.rows[0].cells[i], h, bold=True, align="c")
    shade(t.rows[0].cells[i])
repeat_header(t.rows[0])
for title, results in priorities:
    first = None
    for j, (res, status, comment) in enumerate(results):
        cells = t.add_row().cells
        if j == 0:
            first = cells[0]
        else:
            first = first.merge(cells[0])
        set_cell(cells[1], res)
        set_cell(cells[2], status, bold=True)
        set_cell(cells[3], comment)
    set_cell(first, title)
set_widths(t, [3.6, 5.2, 2.8, 5.4])
doc.add_paragraph().paragraph_format.space_after = Pt(2)

heading("2.5. Izglītības iestādes prioritātes un sasniedzamie rezultāti 2023./2024. mācību gadā")
table(
    ["Prioritāte", "Sasniedzamie rezultāti kvantitatīvi un kvalitatīvi"],
    [
        ["Mācīšana un mācīšanās\nNr.1.\nDiferencēta un individualizēta mācību procesa pilnveide",
         "a) kvalitatīvi\nPedagogi plāno diferencētus uzdevumus vismaz trijos grūtības līmeņos.\nb) kvantitatīvi\n"
         "9. klases valsts pārbaudes darbā matemātikā vidējais rezultāts ir vismaz 50%.\n90% pedagogu regulāri "
         "izmanto diferencētus uzdevumus."],
        ["Izglītības programmu īstenošana\nNr.2.\nDigitālo mācību līdzekļu mērķtiecīga izmantošana",
         "a) kvalitatīvi\nIzveidota vienota digitālo mācību līdzekļu krātuve e-klasē.\nb) kvantitatīvi\n"
         "Vismaz 60% stundu 4.–9. klasē izmanto digitālos mācību līdzekļus."],
        ["Drošība un psiholoģiskā labklājība\nNr.3.\nEmocionālās labbūtības stiprināšana",
         "a) kvalitatīvi\nSociāli emocionālās mācīšanās nodarbības klases stundās.\nb) kvantitatīvi\n"
         "Vismaz 90% skolēnu aptaujā norāda, ka skolā jūtas droši un pieņemti."],
    ],
    [5.0, 11.8],
)

# ---------------------------------------------------------------- 3
heading("3. Kritēriju izvērtējums")
heading("3.1. Kritērijs „Izglītības turpināšana un nodarbinātība”")
table(
    ["Stiprās puses", "Turpmākās attīstības vajadzības"],
    [
        ["Skolā ir izveidota karjeras izglītības sistēma 1.–9. klasei; pedagogs karjeras konsultants (0,2 slodzes) "
         "strādā ar 8. un 9. klašu skolēniem individuāli. 2023. gada 11 absolventi turpina izglītību: 6 – vispārējās "
         "vidējās izglītības iestādēs, 5 – profesionālās izglītības iestādēs. Skola apkopo datus par absolventu "
         "gaitām trīs gadus pēc skolas beigšanas.",
         "Iesaistīt vecākus karjeras izglītības pasākumos (ēnu diena, uzņēmumu apmeklējumi). Izveidot vienotu "
         "absolventu aptaujas formu un datu apkopošanas kārtību."],
    ],
    [8.4, 8.4],
)
heading("3.2. Kritērijs „Mācīšana un mācīšanās”")
table(
    ["Stiprās puses", "Turpmākās attīstības vajadzības"],
    [
        ["Pedagogi sadarbojas mācību jomu komisijās, kopīgi plāno starppriekšmetu tēmas un projektu nedēļu. "
         "Mazās klasēs (vidēji 10 skolēni) pedagogi var sniegt individuālu atbalstu katram skolēnam. "
         "Stundu vērošanas rezultāti liecina, ka 82% stundu ir skaidri formulēts sasniedzamais rezultāts.",
         "Pilnveidot atgriezeniskās saites sniegšanu skolēniem par viņu sniegumu (formatīvā vērtēšana). Pievērst "
         "uzmanību augstāku domāšanas līmeņu uzdevumiem 7.–9. klasē."],
        ["Skolēniem ar mācīšanās traucējumiem ir izstrādāti individuālie izglītības programmas apguves plāni, "
         "atbalsta personāls strādā komandā ar klases audzinātāju.",
         "Nodrošināt pedagoga palīga atbalstu arī 1.–3. klasē."],
    ],
    [8.4, 8.4],
)
heading("3.3. Kritērijs „Izglītības programmu īstenošana”")
table(
    ["Stiprās puses", "Turpmākās attīstības vajadzības"],
    [
        ["Izglītības programmas īstenotas pilnā apjomā, mācību plāns izpildīts. Skolā pieejama interešu izglītība "
         "9 programmās (koris, tautu dejas, robotika, vizuālā māksla, sporta spēles u.c.). Bibliotēkas fonds "
         "papildināts ar jaunā mācību satura mācību līdzekļiem visām klasēm.",
         "Aktualizēt mācību līdzekļu izvēles kārtību un paredzēt finansējumu digitālajiem mācību līdzekļiem. "
         "Pārskatīt stundu sarakstu, lai mazinātu skolēnu mācību slodzi piektdienās."],
    ],
    [8.4, 8.4],
)

# ---------------------------------------------------------------- 4-6
heading("4. Informācija par būtiskākajiem projektiem 2022./2023. mācību gadā")
para(
    "4.1. ESF projekts „Atbalsts izglītojamo individuālo kompetenču attīstībai” (Nr. 8.3.2.2/16/I/001). Projekta "
    "ietvaros notika individuālās un grupu konsultācijas matemātikā un latviešu valodā, kā arī robotikas pulciņš "
    "5.–7. klasei. Projektā iesaistīti 38 skolēni un 6 pedagogi.",
    align="j",
)
para(
    "4.2. ESF projekts „Atbalsts priekšlaicīgas mācību pārtraukšanas samazināšanai” (PuMPuRS, Nr. 8.3.4.0/16/I/001). "
    "Individuālie atbalsta plāni izstrādāti 7 skolēniem; visi 7 skolēni pārcelti nākamajā klasē. Projekta ietvaros "
    "finansēti ēdināšanas un transporta izdevumi divu ģimeņu bērniem.",
    align="j",
)
heading("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
para("5.1. Mežmalas novada Bērnu un jauniešu centrs – interešu izglītības programmu īstenošana skolas telpās.")
para("5.2. Z/S „Ozoliņi” – karjeras izglītības pasākumi un lauksaimniecības uzņēmuma apmeklējumi.")
para("5.3. Biedrība „Ozolkalna jaunieši” – brīvprātīgā darba un vasaras nometņu organizēšana.")
para("5.4. Mežmalas novada Sociālais dienests – sadarbība sociālā riska ģimeņu atbalstam.")
heading("6. Izglītības iestādes audzināšanas darba prioritātes un galvenie secinājumi par audzināšanas darbu")
para(
    "6.1. Audzināšanas darba prioritāte 2022./2023. mācību gadā – pilsoniskā līdzdalība un piederība skolai un "
    "novadam. Skolēnu pašpārvalde organizēja 12 pasākumus, tostarp Lāčplēša dienas lāpu gājienu un labdarības "
    "tirdziņu, kurā tika savākti 640 eiro dzīvnieku patversmei.",
    align="j",
)
para(
    "6.2. Secinājumi: skolēni labprāt iesaistās pasākumu organizēšanā, taču jāveicina lielāka 5.–6. klašu skolēnu "
    "līdzdalība pašpārvaldes darbā; turpmāk klases stundās lielāku uzmanību pievērst digitālajai drošībai.",
    align="j",
)

# ---------------------------------------------------------------- 7
heading("7. Citi sasniegumi")
para("7.1. Izglītojamo sasniegumi olimpiādēs un konkursos:", bold=True)
para("– Mežmalas novada matemātikas olimpiāde 6. klasei – 2. vieta;")
para("– Mežmalas novada latviešu valodas un literatūras olimpiāde 8. klasei – atzinība;")
para("– Latgales un Sēlijas reģiona vizuālās mākslas konkurss „Mans novads” – 1. vieta un divas atzinības;")
para("– Tautu deju kolektīvs „Ozoliņš” skatē ieguva I pakāpes diplomu.")
para(
    "7.2. Izglītojamo mācību sasniegumi valsts pārbaudes darbos (secinājumi par izglītojamo sasniegumu dinamiku, "
    "salīdzinājumā ar iepriekšējiem gadiem)",
    bold=True,
)
para(
    "Valsts pārbaudes darbus 9. klasē 2022./2023. mācību gadā kārtoja 11 skolēni (vienu skolēnu no eksāmena "
    "atbrīvoja veselības stāvokļa dēļ). Skolas vidējie rezultāti:",
    align="j",
)
para("Latviešu valoda – 61,3% (valstī 58%), nenokārtoja 0% skolēnu.", space_after=0)
para("Matemātika – 43,8% (valstī 50,5%), nenokārtoja 18,2% skolēnu.", space_after=0)
para("Angļu valoda – 70,4% (valstī 66,1%), nenokārtoja 9,1% skolēnu.")
para(
    "Latviešu valodā un angļu valodā skolas rezultāti jau otro gadu ir virs valsts vidējā. Matemātikā 2021./2022. "
    "mācību gadā skolas vidējais rezultāts bija 38,9%, tātad rezultāts ir uzlabojies par 4,9 procentpunktiem, tomēr "
    "joprojām ir zemāks par valsts vidējo. Zemāko rezultātu iemesli – pedagoga vakance pirmajā pusgadā un nepietiekamas "
    "skolēnu problēmu risināšanas prasmes.",
    align="j",
)
para(
    "Diagnosticējošajos darbos 3. klasē skolēni matemātikā ieguva vidēji 72,5% (valstī 69,2%), latviešu valodā – "
    "66,0% (valstī 67,4%); 6. klasē dabaszinībās – 58,1% (valstī 56,0%). Diagnosticējošo darbu rezultāti izmantoti "
    "atbalsta plānošanai nākamajam mācību gadam.",
    align="j",
)
para(
    "7.3. Skola piedalījās programmā „Latvijas skolas soma” – katra klase apmeklēja vismaz divus kultūras "
    "pasākumus; 5.–9. klase piedalījās „Erasmus+” projekta pieredzes apmaiņā ar skolu Lietuvā.",
    align="j",
    space_after=24,
)

para("Izglītības iestādes vadītājs: direktore Aija Ozola", space_after=0)
para("/paraksts/", space_after=0)
para("Ozolkalnā, 2023. gada 21. septembrī")

OUT.mkdir(parents=True, exist_ok=True)
doc.save(OUT / NAME)
print(OUT / NAME)
