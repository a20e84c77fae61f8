#!/usr/bin/env python3
"""Generate rujmalas-valsts-gimnazija_2023-2024.docx -> .pdf (LibreOffice) -> .txt (tika-text).

A fictional state gymnasium's 2023/24 public self-assessment report. The DOCX is an intermediate file
(kept out of reports/); the case delivers the PDF and its Tika text.

Usage: /work/blind/.venv-devA/bin/python make_report.py
"""
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "reports"
BASE = "rujmalas-valsts-gimnazija_2023-2024"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(12)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
for s in doc.sections:
    s.left_margin = Cm(2.0)
    s.right_margin = Cm(1.5)
    s.top_margin = Cm(1.8)
    s.bottom_margin = Cm(1.8)


def para(text="", bold=False, italic=False, align=None, size=None, space_after=4, indent=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                   "j": WD_ALIGN_PARAGRAPH.JUSTIFY}.get(align, None)
    p.paragraph_format.space_after = Pt(space_after)
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def heading(text):
    return para(text, bold=True, space_after=6)


def borders(t):
    """This report's own table look: heavy outer frame, thin inner rules, no shading."""
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge, sz in (("top", 12), ("left", 12), ("bottom", 12), ("right", 12), ("insideH", 4), ("insideV", 4)):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, size=10, align=None, italic=False):
    cell.text = ""
    for i, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(1)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def set_widths(t, widths):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def new_table(ncols, widths):
    t = doc.add_table(rows=0, cols=ncols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borders(t)
    t._widths = widths
    return t


def finish(t):
    set_widths(t, t._widths)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def two_row_header(t, top, bottom):
    """top: list of (text, span) ; a span of 1 with bottom text None merges the cell over both rows."""
    r1, r2 = t.add_row(), t.add_row()
    col = 0
    bi = 0
    for text, span in top:
        c1 = r1.cells[col]
        if span == 1 and bottom[col] is None:
            m = c1.merge(r2.cells[col])
            set_cell(m, text, bold=True, align="c")
        else:
            if span > 1:
                c1 = c1.merge(r1.cells[col + span - 1])
            set_cell(c1, text, bold=True, align="c")
            for k in range(col, col + span):
                set_cell(r2.cells[k], bottom[k], bold=True, align="c", size=9)
        col += span
        bi += 1
    repeat_header(r1)
    repeat_header(r2)


def page_number_footer():
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Lpp. ")
    r.font.size = Pt(9)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    tt = OxmlElement("w:t")
    tt.text = "1"
    rr.append(tt)
    fld.append(rr)
    p._p.append(fld)


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


page_number_footer()

# ------------------------------------------------------------------ cover
para("SASKAŅOTS", bold=True, space_after=0)
para("Rūjmalas novada pašvaldības", space_after=0)
para("Izglītības pārvaldes vadītājs", space_after=0)
para("/paraksts/ J. Krūmiņš", space_after=0)
para("2024. gada 30. septembrī", space_after=36)
para("RŪJMALAS VALSTS ĢIMNĀZIJA", bold=True, align="c", size=16, space_after=2)
para("Reģ. Nr. 4313900712, Ģimnāzijas iela 3, Rūjmala, Rūjmalas novads, LV-4220", align="c", size=10,
     space_after=0)
para("tālr. 64231190, e-pasts: gimnazija@rujmala.lv, www.rvg.lv", align="c", size=10, space_after=70)
para("Izglītības iestādes pašnovērtējuma ziņojums", bold=True, align="c", size=18, space_after=4)
para("(publiskojamā daļa)", align="c", size=14, space_after=4)
para("par 2023./2024. mācību gadu", align="c", size=14, space_after=260)
para("Rūjmala, 2024", align="c")
page_break()

para(
    "Rūjmalas Valsts ģimnāzija ir Rūjmalas novada pašvaldības dibināta vispārējās izglītības iestāde ar valsts "
    "ģimnāzijas statusu, kas īsteno pamatizglītības otrā posma (7.–9. klase) un vispārējās vidējās izglītības "
    "programmas, kā arī vispārējās vidējās izglītības programmu tālmācībā. Ģimnāzija ir reģionālais metodiskais "
    "centrs dabaszinātņu un matemātikas mācību jomās novada skolām. 2023./2024. mācību gadā ģimnāzijā strādāja 46 "
    "pedagogi, no tiem 7 ar doktora vai maģistra grādu nozarē.",
    align="j",
)

# ------------------------------------------------------------------ 1
heading("1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi un to sasniegšanas "
        "izvērtējums")
heading("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2023./2024. mācību gadā")
t = new_table(6, [0.9, 5.0, 2.2, 3.6, 2.9, 2.9])
two_row_header(
    t,
    [("Nr.", 1), ("Izglītības programma", 2), ("Īstenošanas vietas adrese (ja atšķiras no juridiskās adreses)", 1),
     ("Izglītojamo skaits", 2)],
    [None, "nosaukums", "kods", None,
     "uzsākot programmas apguvi vai uzsākot 2023./2024. m.g. (01.09.2023.)",
     "noslēdzot sekmīgu programmas apguvi vai noslēdzot 2023./2024. m.g. (31.05.2024.)"],
)
for r in [
    ["1.", "Pamatizglītības otrā posma (7.–9. klase) programma", "23011111", "–", "168", "166"],
    ["2.", "Vispārējās vidējās izglītības programma", "31016011", "–", "312", "305"],
    ["3.", "Vispārējās vidējās izglītības programma (tālmācība)", "31016013",
     "Brīvības iela 18, Rūjmala, Rūjmalas nov., LV-4220", "24", "21"],
]:
    cells = t.add_row().cells
    for i, v in enumerate(r):
        set_cell(cells[i], v, align="c" if i in (0, 2, 4, 5) else None)
finish(t)

heading("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai un "
        "mācību pārtraukšanai izglītības programmā (2-3 secinājumi par izglītojamiem, kuri uzsākuši vai "
        "pārtraukuši mācības izglītības iestādē):")
para("2023./2024. mācību gada laikā ģimnāziju pameta 10 izglītojamie, savukārt mācības ģimnāzijā uzsāka "
     "7 izglītojamie (no citām novada skolām 7. un 10. klasē).", align="j")
para("1.2.1. dzīvesvietas maiņa: trīs (3) izglītojamie – viens 7. klases un divi 10. klases izglītojamie kopā ar "
     "ģimenēm pārcēlās uz dzīvi Rīgā;", align="j")
para("1.2.2. izglītības iestādes maiņa: 4 izglītojamie pārgāja mācīties uz profesionālās izglītības iestādēm "
     "(Rūjmalas tehnikums, Rīgas Valsts tehnikums), 2 izglītojamie – uz citām vidusskolām tuvāk dzīvesvietai;",
     align="j")
para("1.2.3. cits iemesls: 1 izglītojamais pārtrauca mācības tālmācības programmā veselības stāvokļa dēļ.",
     align="j")
para("Secinājumi: lielākā daļa izglītojamo, kuri maina izglītības iestādi, to dara 10. klasē pirmajā semestrī, "
     "kad saprot, ka vēlas apgūt profesiju. Nepieciešams stiprināt karjeras izglītību 9. klasē un informēt "
     "vecākus par padziļināto kursu izvēles nozīmi.", align="j")

heading("1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi 2023./2024. m.g. "
        "un 2024./2025. m.g. (nosakāmi ne mazāk kā trīs kvalitātes rādītāji)")
t = new_table(5, [0.9, 4.6, 4.2, 4.2, 3.6])
two_row_header(
    t,
    [("NPK", 1), ("Kvalitatīvais / kvantitatīvais indikators", 1), ("Noteiktais rezultatīvais rādītājs", 3)],
    [None, None, "uzsākot 2023./2024. m.g. (pēc 2022./2023. m.g. pašnovērtējuma ziņojuma)",
     "noslēdzot 2023./2024. m.g.", "2024./2025. m.g."],
)


def ind_row(no, name, a, b, c):
    cells = t.add_row().cells
    set_cell(cells[0], no)
    set_cell(cells[1], name)
    for i, v in enumerate((a, b, c)):
        set_cell(cells[2 + i], v)


def span_row(no, text):
    cells = t.add_row().cells
    set_cell(cells[0], no)
    m = cells[1].merge(cells[4])
    set_cell(m, text, bold=True)


span_row("1.", "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:")
ind_row("1.1.", "Vispārējās pamatizglītības programmā/-s (vidējais vērtējums 7.–9. klasē)",
        "7,12 balles", "7,18 balles", "7,2 balles")
ind_row("1.2.", "Vispārējās vidējās izglītības programmā/-s (vidējais vērtējums 10.–12. klasē)",
        "6,84 balles", "6,91 balle", "7,0 balles")
ind_row("1.3.", "Interešu izglītības programmā/-s (izglītojamo īpatsvars, kuri apmeklē interešu izglītību)",
        "46%", "vidēji 52% izglītojamo", "55%")
ind_row(
    "2.",
    "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās pamatizglītības programmas "
    "apguves noslēgumā 9. klasē attiecībā pret vidējiem valsts rezultātiem",
    "Latviešu valoda – 68,4% (valstī 58%)\nMatemātika – 61,2% (valstī 50,5%)\nAngļu valoda – 79,5% (valstī 66,1%)",
    "Latviešu valoda – 70,1% (valstī 59,1%)\nMatemātika – 55,7% (valstī 43,2%), nenokārtoja 1,8% skolēnu\n"
    "Angļu valoda – 81,3% (valstī 63,9%)",
    "Latviešu valoda – 70%\nMatemātika – 58%\nAngļu valoda – 80%",
)
span_row("3.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās izglītības "
               "programmas apguves noslēgumā attiecībā pret vidējiem valsts rezultātiem:")
ind_row(
    "3.1.", "optimālajā līmenī",
    "Latviešu valoda – 62,5% (valstī 54%)\nMatemātika – 44,9% (valstī 35%), nenokārtoja 4,2%\n"
    "Angļu valoda – 74,8% (valstī 63%)",
    "Latviešu valoda – 63,9% (valstī 55%)\nMatemātika – 41,6% (valstī 34%), nenokārtoja 6,5%\n"
    "Angļu valoda – 76,2% (valstī 62%)\nVācu valoda – 66,0% (valstī 54%)",
    "Latviešu valoda – 65%\nMatemātika – 45%\nAngļu valoda – 77%",
)
ind_row(
    "3.2.", "augstākajā līmenī",
    "Latviešu valoda – 61,0% (valstī 56%)\nMatemātika – 63,4% (valstī 60%)\nAngļu valoda – 72,2% (valstī 65%)\n"
    "Fizika – 58,3%\nĶīmija – 60,2%",
    "Latviešu valoda – 59,6% (valstī 55%)\nMatemātika – 64,8% (valstī 59%)\nAngļu valoda – 75,0% (valstī 66%)\n"
    "Bioloģija – 62,7% (valstī 55%)\nProgrammēšana – 57,9% (valstī 51%)\nFizika – 55,1%\nĶīmija – 61,5%",
    "Latviešu valoda – 60%\nMatemātika – 65%\nAngļu valoda – 75%\nBioloģija – 60%",
)
ind_row("4.", "Darbs ar talantīgajiem izglītojamajiem un izglītojamo sasniegumi olimpiādēs, konkursos, "
              "sacensībās u.tml.",
        "Godalgotas vietas valsts olimpiādēs – 9 izglītojamie",
        "Godalgotas vietas valsts olimpiādēs – 11 izglītojamie",
        "10 izglītojamie")
ind_row("5.", "Pedagogu profesionālās kompetences pilnveide",
        "90 % pedagogu", "94 % pedagogu apmeklēja profesionālās kompetences pilnveides kursus", "100%")
ind_row("6.", "Citi kvalitātes rādītāji: Latvijas skolu reitings (valsts ģimnāziju grupa)",
        "Reitings 2023 – 14. vieta", "Reitings 2024 – 11. vieta", "ne zemāk par 12. vietu")
finish(t)

# ------------------------------------------------------------------ 2
heading("2. Izglītības iestādes darbības pamatmērķi un prioritātes")
para("2.1. Izglītības iestādes misija – kvalitatīva, uz izcilību vērsta vispārējā izglītība, kas sagatavo "
     "jauniešus studijām un atbildīgai dzīvei mainīgā pasaulē.", align="j")
para("2.2. Izglītības iestādes vīzija par izglītojamo – zinošs, zinātkārs, pašvadīts un sabiedriski aktīvs "
     "jaunietis, kurš prot kritiski domāt, sadarboties un uzņemties atbildību par savu izaugsmi.", align="j")
para("2.3. Izglītības iestādes vērtības cilvēkcentrētā veidā – izcilība (mēs tiecamies pēc augstākā iespējamā "
     "rezultāta), atbildība (par savu mācīšanos un kopējo vidi), cieņa (pret katru cilvēku un viedokli), "
     "sadarbība (skolēns – pedagogs – vecāks – absolvents).", align="j")
heading("2.4. 2023./2024. mācību gada darba prioritātes un sasniegtie rezultāti")

t = new_table(4, [3.4, 5.4, 2.6, 6.2])
two_row_header(
    t,
    [("Prioritāte", 1), ("Sasniedzamie rezultāti", 1), ("Norāde par uzdevumu izpildi", 2)],
    [None, None, "Statuss (Sasniegts/ daļēji sasniegts/ nav sasniegts)",
     "Komentāri (kā to ir izdevies īstenot un kādi dati un informācija to apliecina)"],
)
PRIORITIES = [
    ("Mācīšana un mācīšanās\nNr.1\nPadziļināto kursu kvalitātes paaugstināšana un skolēnu pašvadītā mācīšanās", [
        ("a) kvalitatīvi\nPedagogi padziļinātajos kursos regulāri izmanto pētniecisko darbību un "
         "problēmrisināšanas uzdevumus.\nIzveidota vienota padziļināto kursu vērtēšanas kārtība.",
         "Sasniegts",
         "Vienotā vērtēšanas kārtība apstiprināta 2023. gada 29. septembrī. Mācību jomu komisiju sanāksmēs "
         "analizēti 24 padziļināto kursu pārbaudes darbi; pētnieciskie uzdevumi iekļauti visos padziļinātajos "
         "kursos (bioloģija, ķīmija, fizika, matemātika, angļu valoda, programmēšana, kulturoloģija)."),
        ("b) kvantitatīvi\nCentralizētajos eksāmenos augstākajā līmenī skolas vidējais rezultāts ir vismaz 5 "
         "procentpunktus virs valsts vidējā.\nOptimālajā līmenī eksāmenā matemātikā vidējais rezultāts ir "
         "vismaz 45%.",
         "Daļēji sasniegts",
         "Augstākajā līmenī mērķis sasniegts matemātikā, angļu valodā, bioloģijā un programmēšanā, bet ne "
         "latviešu valodā. Optimālajā līmenī matemātikā vidējais rezultāts ir zemāks par plānoto (skat. 1.3. "
         "tabulu). 12. klašu skolēnu aptaujā 71% norāda, ka spēj patstāvīgi plānot gatavošanos eksāmeniem."),
    ]),
    ("Vienlīdzība un iekļaušana\nNr.2\nAtbalsta sistēmas pilnveide izglītojamajiem ar mācīšanās grūtībām "
     "7.–9. klasē", [
        ("a) kvalitatīvi\nIzglītojamajiem ar mācīšanās grūtībām ir izstrādāti individuāli atbalsta plāni, "
         "kurus regulāri pārskata atbalsta komanda kopā ar vecākiem.",
         "daļēji sasniegts",
         "Atbalsta plāni izstrādāti 19 izglītojamajiem, tomēr tikai pusei no tiem plāns pārskatīts kopā ar "
         "vecākiem. Atbalsta komanda (psihologs, speciālais pedagogs, sociālais pedagogs) tikās reizi mēnesī."),
        ("b) kvantitatīvi\nIzglītojamo skaits ar nepietiekamiem vērtējumiem semestra noslēgumā samazinās par "
         "trešdaļu.\nVismaz 90% izglītojamo ar atbalsta plānu ir pārcelti nākamajā klasē bez papildu mācību "
         "pasākumiem.",
         "Nav sasniegts – turpināms 2024./2025. m.g.",
         "Izglītojamo skaits ar nepietiekamiem vērtējumiem semestra noslēgumā pieauga no 10 uz 12 "
         "izglītojamajiem. Bez papildu mācību pasākumiem nākamajā klasē pārcelti 15 no 19 izglītojamajiem ar "
         "atbalsta plānu (79%)."),
    ]),
    ("Atbalsts un sadarbība\nNr.3\nSadarbība ar vecākiem un absolventiem karjeras izglītībā", [
        ("a) kvalitatīvi\nIzveidots absolventu tīkls, kura dalībnieki iesaistās karjeras izglītības "
         "pasākumos.\nVecāki iesaistās ēnu dienu un mācību ekskursiju organizēšanā.",
         "sasniegts",
         "Absolventu tīklā reģistrējušies 64 absolventi. Notikušas 6 tikšanās „Absolvents stāsta”; vecāki "
         "nodrošināja ēnošanas vietas 38 skolēniem."),
        ("b) kvantitatīvi\nVismaz 5 karjeras izglītības pasākumi ar absolventu piedalīšanos.\nVismaz 80% 12. "
         "klašu absolventu turpina izglītību.",
         "SASNIEGTS",
         "Notikuši 8 pasākumi ar absolventu piedalīšanos. Pēc absolventu aptaujas datiem 87% 2024. gada "
         "absolventu studē augstskolās, 6% – koledžās vai profesionālās izglītības iestādēs."),
    ]),
]
for title, results in PRIORITIES:
    first = None
    for j, (res, status, comment) in enumerate(results):
        cells = t.add_row().cells
        first = cells[0] if j == 0 else first.merge(cells[0])
        set_cell(cells[1], res)
        set_cell(cells[2], status, bold=True)
        set_cell(cells[3], comment)
    set_cell(first, title)
finish(t)

# ------------------------------------------------------------------ 3
heading("3. Kritēriju izvērtējums")


def criterion(title, rows):
    heading(title)
    t = new_table(3, [4.0, 7.2, 6.4])
    two_row_header(
        t,
        [("Rezultatīvā rādītāja nosaukums", 1), ("Izvērtējums", 2)],
        [None, "Stiprās puses un dati, kas to apliecina", "Turpmākās attīstības vajadzības"],
    )
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            set_cell(cells[i], v)
    finish(t)


criterion("3.1. Kritērijs „Kompetences un sasniegumi”", [
    ["Izglītojamo sasniegumi ikdienas mācību darbā",
     "Vidējais vērtējums 10.–12. klasē pieaudzis līdz 6,91 ballei. Optimālā un augsta līmeņa vērtējumu "
     "īpatsvars 7.–9. klasē – 68%. Ikdienas vērtējumu atbilstība eksāmenu rezultātiem analizēta visās "
     "mācību jomu komisijās.",
     "Mazināt atšķirības starp ikdienas vērtējumiem un eksāmenu rezultātiem latviešu valodā augstākajā līmenī. "
     "Pilnveidot formatīvās vērtēšanas praksi 7. klasē."],
    ["Izglītojamo sasniegumi valsts pārbaudes darbos",
     "Visos 9. klases eksāmenos un visos augstākā līmeņa eksāmenos skolas vidējie rezultāti ir virs valsts "
     "vidējā (skat. 1.3.).",
     "Optimālajā līmenī matemātikā rezultāts samazinājies; nepieciešams atbalsts skolēniem, kuri "
     "matemātiku apgūst tikai optimālajā līmenī."],
])
criterion("3.2. Kritērijs „Vienlīdzība un iekļaušana”", [
    ["Vienlīdzīgas iespējas un iekļaujoša vide",
     "Ģimnāzijā ir pieejams psihologs, speciālais pedagogs un sociālais pedagogs (kopā 2,5 slodzes). "
     "Izglītojamo aptaujā 91% norāda, ka pret viņiem izturas taisnīgi.",
     "Stiprināt pedagogu prasmes darbā ar izglītojamajiem ar mācīšanās traucējumiem; paplašināt atbalsta "
     "komandas darbu 7.–9. klasē."],
])
criterion("3.3. Kritērijs „Administratīvā efektivitāte”", [
    ["Iestādes darbības plānošana un pašvērtēšana",
     "Pašvērtēšanā iesaistīti visi pedagogi, skolēnu pašpārvalde un ģimnāzijas padome. Attīstības plāns "
     "2024.–2027. gadam apstiprināts 2024. gada jūnijā.",
     "Regulāri izmantot datus (VIIS, e-klase, aptaujas) lēmumu pieņemšanā un informēt par tiem skolas "
     "kopienu."],
])

# ------------------------------------------------------------------ 4-10
heading("4. Informācija par lielākajiem īstenotajiem projektiem 2023./2024. mācību gadā")
para("4.1. Erasmus+ KA121 akreditētais projekts „Skola bez sienām” (Nr. 2023-1-LV01-KA121-SCH-000118274): "
     "12 pedagogi piedalījās darba ēnošanā un kursos Somijā, Nīderlandē un Portugālē, 24 skolēni – grupu "
     "apmaiņās. Rezultātā ieviesta āra mācību stundu prakse 7.–9. klasē.", align="j")
para("4.2. Projekts „Latvijas skolas soma” – katra klase apmeklēja vismaz trīs kultūras pasākumus; "
     "organizētas 4 meistarklases ģimnāzijā.", align="j")
heading("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi, un/ vai par sadarbību ar "
        "fiziskajām/ juridiskajām personām")
para("5.1. Latvijas Universitātes Fizikas, matemātikas un optometrijas fakultāte – sadarbība skolēnu zinātniski "
     "pētniecisko darbu vadīšanā.")
para("5.2. Rīgas Tehniskā universitāte – Inženierzinātņu vidusskolas programmas nodarbības 11.–12. klasei.")
para("5.3. SIA „Rūjmalas piens” – mācību ekskursijas un prakses vietas ēnu dienās.")
para("5.4. Rūjmalas novada Bērnu un jauniešu centrs – interešu izglītības programmas ģimnāzijas telpās.")
heading("6. Audzināšanas darba prioritārā virziena izvērtējums un secinājumi")
para("Prioritāte – valstiskās identitātes un pilsoniskās līdzdalības stiprināšana. Skolēnu pašpārvalde organizēja "
     "11 pasākumus, 54 skolēni piedalījās Jaunsardzes nodarbībās, 10. klasēs apgūts valsts aizsardzības mācības "
     "kurss. Secinājums: pasākumos aktīvi iesaistās 10.–11. klašu skolēni, bet 7.–8. klašu skolēnu līdzdalība "
     "jāveicina, iesaistot klašu audzinātājus.", align="j")
heading("7. Citi sasniegumi")
para("7.1. Valsts olimpiādēs godalgotas vietas ieguva 11 izglītojamie, tai skaitā 1. vieta valsts bioloģijas "
     "olimpiādē, 2. vieta valsts fizikas olimpiādē un 3. vieta valsts programmēšanas olimpiādē.", align="j")
para("7.2. Latvijas skolēnu 48. zinātniskās pētniecības darbu konkursā – 2 godalgotas vietas (ķīmija, vēsture).",
     align="j")
para("7.3. Ģimnāzijas koris „Rūja” XII Latvijas Skolu jaunatnes dziesmu un deju svētku procesa skatē ieguva "
     "I pakāpes diplomu.", align="j")
para("8. Informācija par izglītības iestādes akreditācijā vai izglītības iestādes vadītāja novērtēšanā norādīto "
     "uzdevumu izpildi – ģimnāzija akreditēta 2022. gadā uz 6 gadiem, ieteikumi izpildīti.", align="j")
para("9. Informācija par izglītības iestādes apmeklējumā noteikto uzdevumu ieviešanu – nav attiecināms.")
para("10. Izglītības iestādes padomes ieteikumi: 1) turpināt absolventu tīkla attīstību; 2) paplašināt "
     "ēdnīcas darba laiku; 3) organizēt vecāku izglītošanas vakarus par digitālo drošību.", align="j")

# ------------------------------------------------------------------ 11
heading("11. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti 2024./2025. mācību gadā "
        "(kvalitatīvi un kvantitatīvi)")
t = new_table(2, [5.0, 12.6])
r = t.add_row().cells
set_cell(r[0], "Prioritāte", bold=True, align="c")
set_cell(r[1], "Sasniedzamie rezultāti kvantitatīvi un kvalitatīvi", bold=True, align="c")
repeat_header(t.rows[0])
for a, b in [
    ("Kritērijs „Kompetences un sasniegumi”\nNr.1.\nMatemātikas sasniegumu uzlabošana optimālajā līmenī",
     "a) kvalitatīvi\nIzveidotas atbalsta grupas 11.–12. klasei matemātikā.\nb) kvantitatīvi\n"
     "Centralizētajā eksāmenā matemātikā optimālajā līmenī vidējais rezultāts ir vismaz 45%.\n"
     "Atbalsta grupas apmeklē vismaz 30 skolēni."),
    ("Kritērijs „Vienlīdzība un iekļaušana”\nNr.2.\nIndividualizēts atbalsts 7.–9. klasē",
     "a) kvalitatīvi\nAtbalsta plāni tiek pārskatīti kopā ar vecākiem reizi semestrī.\nb) kvantitatīvi\n"
     "Izglītojamo skaits ar nepietiekamiem vērtējumiem samazinās līdz 6."),
    ("Kritērijs „Administratīvā efektivitāte”\nNr.3.\nDatos balstīta lēmumu pieņemšana",
     "a) kvalitatīvi\nIzveidots ģimnāzijas datu panelis.\nb) kvantitatīvi\n100% mācību jomu komisiju "
     "analizē datus vismaz divas reizes gadā."),
]:
    cells = t.add_row().cells
    set_cell(cells[0], a)
    set_cell(cells[1], b)
finish(t)

para("", space_after=18)
para("Izglītības iestādes vadītājs: Inese Kalnāja, direktore", space_after=0)
para("/paraksts/", space_after=0)
para("Rūjmalā, 2024. gada 23. septembrī")

OUT.mkdir(parents=True, exist_ok=True)
with tempfile.TemporaryDirectory() as tmp:
    docx = Path(tmp) / f"{BASE}.docx"
    doc.save(docx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(docx)],
                   check=True, capture_output=True)
pdf = OUT / f"{BASE}.pdf"
subprocess.run(["/work/shared/tools/tika-text", str(pdf), str(OUT / f"{BASE}.txt")], check=True)
print(pdf, OUT / f"{BASE}.txt")
