#!/usr/bin/env python3
"""Generate zalkalnu-pamatskola_2021-2022.docx (python-docx), 2021/22 template.

Run:  /work/blind/.venv-h3A/bin/python make_report.py   -> ../reports/zalkalnu-pamatskola_2021-2022.docx
Tables: merged header cells (vertical and horizontal), a row-number column, a notes column,
"–" for empty cells, a totals row; grade-9 exam results as a table with last year / this year
columns and national averages.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = Path(__file__).resolve().parent.parent / "reports" / "zalkalnu-pamatskola_2021-2022.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(12)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
for s in doc.sections:
    s.page_width = Cm(21.0)
    s.page_height = Cm(29.7)
    s.left_margin = Cm(2.0)
    s.right_margin = Cm(1.0)
    s.top_margin = Cm(2)
    s.bottom_margin = Cm(2)

# page numbers in the footer
fp = doc.sections[0].footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
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
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
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


def body(text):
    return para(text, align="j")


def set_cell(cell, text, bold=False, size=10, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)


def table(rows, cols, widths=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    if widths:
        grid = t._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w * 567)))
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    return t


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ------------------------------------------------------------------ cover
para("Vecsalas novada pašvaldība", align="c")
para("ZAĻKALNU PAMATSKOLA", bold=True, align="c", size=14, space_after=0)
para("Reģ. Nr. 4312902541, Skolas iela 3, Zaļkalni, Zaļkalnu pagasts, Vecsalas novads, LV-4730\n"
     "Tālr. 64812345, e-pasts: zalkalnu.pamatskola@vecsala.lv", align="c", size=10)
para()
para("SASKAŅOTS\nVecsalas novada pašvaldības\nizpilddirektors\n/paraksts/ R. Liepa\n"
     "2022. gada 20. septembrī", align="r")
para("APSTIPRINĀTS\nar Zaļkalnu pamatskolas direktores\n2022. gada 29. augusta rīkojumu Nr. 1-9/47",
     align="r")
para()
para("Zaļkalnu pamatskolas pašnovērtējuma ziņojums", bold=True, align="c", size=16)
para("(publiskojamā daļa)", align="c")
para("par 2021./2022. mācību gadu", align="c")
para()
body("Zaļkalnu pamatskola ir Vecsalas novada pašvaldības dibināta vispārējās izglītības iestāde, kas "
     "darbojas kopš 1938. gada. Skola atrodas Zaļkalnu pagasta centrā, divu kilometru attālumā no "
     "Vecsalas–Rūjienas autoceļa; izglītojamie no attālākām pagasta daļām uz skolu tiek nogādāti ar "
     "pašvaldības skolēnu autobusu. Skolā 2021./2022. mācību gadā strādāja 24 pedagogi un 4 atbalsta "
     "personāla speciālisti (logopēds, speciālais pedagogs, sociālais pedagogs, psihologs uz 0,3 slodzes). "
     "Pirmsskolas grupas darbojas atsevišķā ēkā Dārza ielā 11.")
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ------------------------------------------------------------------ 1.1
heading("1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un "
        "to sasniegšanas izvērtējums")
heading("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2021./2022. mācību gadā")

W = [0.9, 3.9, 1.8, 2.3, 1.5, 1.9, 1.8, 1.8, 2.1]
t = table(9, 9, W)
h0, h1 = t.rows[0].cells, t.rows[1].cells
for i, txt in ((0, "Nr.\np.k."), (1, "Izglītības programmas\nnosaukums"), (2, "Kods"),
               (3, "Īstenošanas vietas adrese (ja atšķiras no juridiskās adreses)"), (8, "Piezīmes")):
    m = h0[i].merge(h1[i])
    set_cell(m, txt, bold=True, align="c")
lic = h0[4].merge(h0[5])
set_cell(lic, "Licence", bold=True, align="c")
cnt = h0[6].merge(h0[7])
set_cell(cnt, "Izglītojamo skaits", bold=True, align="c")
set_cell(h1[4], "Nr.", bold=True, align="c")
set_cell(h1[5], "datums", bold=True, align="c")
set_cell(h1[6], "uzsākot programmas apguvi vai uzsākot 2021./2022. m.g. (01.09.2021.)", bold=True,
         align="c", size=9)
set_cell(h1[7], "noslēdzot sekmīgu programmas apguvi vai noslēdzot 2021./2022. m.g. (31.05.2022.)",
         bold=True, align="c", size=9)
repeat_header(t.rows[0])
repeat_header(t.rows[1])
prog = [
    ("1.", "Pirmsskolas izglītības programma", "01011111", "Dārza iela 11, Zaļkalni", "V-8874",
     "25.07.2016.", "41", "44", "5–6 gadīgo grupa mācās skolas ēkā"),
    ("2.", "Pamatizglītības programma", "21011111", "–", "V-8875", "25.07.2016.", "117", "114", "–"),
    ("3.", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem",
     "21015611", "–", "V-8876", "25.07.2016.", "9", "11",
     "2 izglītojamie uzņemti mācību gada laikā pēc PMK atzinuma"),
    ("4.", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem",
     "21015811", "–", "V_1952", "14.10.2020.", "3", "3", "viens izglītojamais mācās mājās"),
]
for r_i, rowvals in enumerate(prog, start=2):
    for c_i, v in enumerate(rowvals):
        set_cell(t.rows[r_i].cells[c_i], v, size=9)
# a blank separator row? no: totals row follows directly, then two spare rows removed
tot = t.rows[6].cells
m = tot[0].merge(tot[5])
set_cell(m, "Kopā", bold=True)
set_cell(tot[6], "170", bold=True)
set_cell(tot[7], "172", bold=True)
set_cell(tot[8], "–")
# drop the two unused rows
for _ in range(2):
    t._tbl.remove(t.rows[-1]._tr)
para()

# ------------------------------------------------------------------ 1.2
heading("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes "
        "maiņai un mācību pārtraukšanai izglītības programmā")
body("Informācija apkopota pēc VIIS datiem un sarunām ar izglītojamo vecākiem, kas notika, "
     "izglītojamajam atstājot skolu.")
t = table(5, 4, [1.6, 5.0, 2.4, 9.0])
for c, txt in enumerate(("Nr.", "Iemesls", "Izglītojamo\nskaits", "Komentārs")):
    set_cell(t.rows[0].cells[c], txt, bold=True, align="c")
lr = [
    ("1.2.1.", "Dzīvesvietas maiņa", "3", "ģimenes pārcēlās uz Rīgu un Valmieru"),
    ("", "Izbraukšana uz ārvalstīm", "1", "ģimene pārcēlās uz dzīvi Īrijā"),
    ("1.2.2.", "Izglītības iestādes maiņa", "4",
     "galvenais iemesls – plašākas interešu izglītības iespējas un vecāku darbavietas tuvums"),
    ("1.2.3.", "Cits iemesls", "–", "–"),
]
for r_i, vals in enumerate(lr, start=1):
    for c_i, v in enumerate(vals):
        set_cell(t.rows[r_i].cells[c_i], v, align="c" if c_i == 2 else None)
para()
body("Secinājumi: izglītojamo skaits pamatizglītības programmā pēdējos trīs gados samazinās "
     "galvenokārt demogrāfisku iemeslu dēļ; skolu maina galvenokārt tie izglītojamie, kuru vecāki "
     "strādā novada centrā. Mācību gada laikā skolā tika uzņemti arī 5 jauni izglītojamie, no kuriem "
     "divi atgriezās no ārvalstīm.")

# ------------------------------------------------------------------ 2
heading("2. Izglītības iestādes darbības pamatmērķi un prioritātes")
heading("2.1. Izglītības iestādes misija")
body("Radīt drošu un atbalstošu vidi, kurā ikviens izglītojamais apgūst kvalitatīvu pamatizglītību, "
     "atklāj savus talantus un kļūst par atbildīgu savas dzimtās vietas un valsts pilsoni.")
heading("2.2. Izglītības iestādes vīzija par izglītojamo")
body("Zinātkārs, patstāvīgs un radošs izglītojamais, kurš prot mācīties, sadarboties un rūpēties par "
     "sevi, citiem un vidi.")
heading("2.3. Izglītības iestādes vērtības")
body("Atbildība, cieņa, sadarbība, drosme un piederība – šīs vērtības skolas kolektīvs izvēlējās "
     "kopā ar izglītojamajiem un vecākiem 2021. gada rudenī, tās ir ietvertas skolas iekšējās kārtības "
     "noteikumos un audzināšanas programmā.")
heading("2.4. 2021./2022. mācību gada darba prioritātes un sasniegtie rezultāti")

t = table(7, 5, [1.0, 3.4, 5.4, 2.4, 5.8])
for c, txt in enumerate(("Nr.\np.k.", "Prioritāte", "Sasniedzamie rezultāti",
                         "Izpilde\n(sasniegts/ daļēji sasniegts/ nav sasniegts)", "Komentāri")):
    set_cell(t.rows[0].cells[c], txt, bold=True, align="c", size=9)
repeat_header(t.rows[0])
pr = [
    ("1.", "Kompetenču pieejā balstīta mācību satura īstenošana: izglītojamo pašvadītas mācīšanās "
           "prasmju pilnveide",
     [("a) kvalitatīvi\nPedagogi mācību stundās plāno un īsteno uzdevumus, kas rosina izglītojamos "
       "izvirzīt mērķus un izvērtēt savu darbu; izstrādāta vienota pašvērtējuma lapa 4.–9. klasei.",
       "Sasniegts",
       "Pašvērtējuma lapa ieviesta visās 4.–9. klasēs, to izmanto visi mācību priekšmetu skolotāji. "
       "Vērotajās stundās (kopā 38) skolēnu pašvērtējums tika izmantots 29 stundās. Metodiskajā "
       "dienā pedagogi dalījās pieredzē par mērķu izvirzīšanu kopā ar skolēniem."),
      ("b) kvantitatīvi\nVismaz 70% izglītojamo prot patstāvīgi izvērtēt savu mācību sniegumu. "
       "9. klases valsts pārbaudes darbā latviešu valodā vidējais rezultāts ir vismaz 60%.",
       "Daļēji sasniegts",
       "Skolēnu aptaujā 64% izglītojamo norāda, ka prot izvērtēt savu sniegumu. Valsts pārbaudes "
       "darbā latviešu valodā 9. klasē vidējais rezultāts – 58,4%, plānotais rezultāts netika "
       "sasniegts.")]),
    ("2.", "Drošas un iekļaujošas skolas vides veidošana",
     [("b) kvantitatīvi\nNeattaisnoto kavējumu skaits samazinās par 10%; 90% izglītojamo jūtas "
       "skolā droši.",
       "Sasniegts",
       "Neattaisnoto kavējumu skaits samazinājās par 18% (no 612 uz 502 stundām). Skolēnu aptaujā "
       "91% izglītojamo norāda, ka skolā jūtas droši."),
      ("a) kvalitatīvi\nSkolā ir izstrādāti un ieviesti vienoti rīcības principi konfliktu "
       "risināšanai; atbalsta personāls regulāri sadarbojas ar klašu audzinātājiem.",
       "Daļēji sasniegts",
       "Rīcības principi izstrādāti un apstiprināti, tomēr ne visi pedagogi tos konsekventi ievēro "
       "starpbrīžos. Atbalsta personāla un klašu audzinātāju sanāksmes notika reizi mēnesī, nevis "
       "reizi divās nedēļās, kā plānots.")]),
    ("3.", "Digitālo mācību līdzekļu un infrastruktūras pilnveide",
     [("a) kvalitatīvi\nPedagogi mērķtiecīgi izmanto digitālos mācību līdzekļus; skolēni apgūst "
       "drošas interneta lietošanas prasmes.",
       "Sasniegts",
       "Visi pedagogi izmanto platformas uzdevumi.lv un soma.lv, notika 3 semināri par digitālajiem "
       "rīkiem. Drošības internetā nedēļā piedalījās visas klases."),
      ("b) kvantitatīvi\nIegādāti 20 portatīvie datori izglītojamo lietošanai; visās mācību telpās "
       "ir interaktīvie ekrāni.",
       "Nav sasniegts",
       "Iegādāti 12 portatīvie datori; interaktīvie ekrāni uzstādīti 6 no 11 mācību telpām. "
       "Finansējums pārējam aprīkojumam plānots 2023. gada budžetā.")]),
]
r_i = 1
for no, title, parts in pr:
    top = t.rows[r_i].cells
    bottom = t.rows[r_i + 1].cells
    set_cell(top[0].merge(bottom[0]), no)
    set_cell(top[1].merge(bottom[1]), title)
    for k, (planned, status, comment) in enumerate(parts):
        cells = t.rows[r_i + k].cells
        set_cell(cells[2], planned)
        set_cell(cells[3], status)
        set_cell(cells[4], comment)
    r_i += 2
para()

heading("2.5. Izglītības iestādes prioritātes 2022./2023. mācību gadam")
for s in [
    "1. Pāreja uz pilnu mācību satura īstenošanu latviešu valodā pirmsskolas grupās. Sasniedzamie "
    "rezultāti: a) kvalitatīvi – pirmsskolas pedagogi izmanto vienotu valodas attīstības plānu; "
    "b) kvantitatīvi – 90% 5–6 gadīgo izglītojamo sasniedz plānoto valodas prasmju līmeni.",
    "2. Matemātikas mācīšanas kvalitātes uzlabošana 5.–9. klasē. Sasniedzamie rezultāti: "
    "a) kvalitatīvi – izveidota atbalsta konsultāciju sistēma; b) kvantitatīvi – 9. klases valsts "
    "pārbaudes darbā matemātikā vidējais rezultāts ir vismaz 55%.",
    "3. Sadarbības ar vecākiem stiprināšana. Sasniedzamie rezultāti: a) kvalitatīvi – vecāki "
    "iesaistās skolas attīstības plānošanā; b) kvantitatīvi – vismaz 60% vecāku piedalās "
    "individuālajās sarunās divas reizes gadā.",
]:
    body(s)

# ------------------------------------------------------------------ 3
heading("3. Kritēriju izvērtējums")


def crit(no_title, strengths, needs):
    heading(no_title)
    t = table(1 + max(len(strengths), len(needs)), 2, [9.0, 9.0])
    set_cell(t.rows[0].cells[0], "Stiprās puses", bold=True, align="c")
    set_cell(t.rows[0].cells[1], "Turpmākās attīstības vajadzības", bold=True, align="c")
    for i in range(max(len(strengths), len(needs))):
        set_cell(t.rows[i + 1].cells[0], strengths[i] if i < len(strengths) else "–")
        set_cell(t.rows[i + 1].cells[1], needs[i] if i < len(needs) else "–")
    para()


heading("3.1. Kritērijs „Kompetences un sasniegumi”")
body("Ikdienas mācību sasniegumos 4.–9. klasē vidējais vērtējums ir 6,7 balles (iepriekšējā gadā "
     "6,6). Optimālā un augsta līmeņa vērtējumi ir 58% izglītojamo. Valsts diagnosticējošajos darbos "
     "3. klasē matemātikā izglītojamo vidējais rezultāts bija 71,2% (valstī 68,9%), latviešu valodā – "
     "74,0% (valstī 72,5%); 6. klasē dabaszinībās – 55,3% (valstī 57,8%). Diagnosticējošo darbu "
     "rezultāti tiek analizēti metodiskajās komisijās, un to secinājumi izmantoti stundu plānošanā.")
crit("Kompetences un sasniegumi: stiprās puses un vajadzības",
     ["Izglītojamo sasniegumi diagnosticējošajos darbos 3. klasē ir virs valsts vidējā.",
      "Izglītojamie sekmīgi piedalās novada mācību priekšmetu olimpiādēs (7 godalgotas vietas)."],
     ["Uzlabot izglītojamo rezultātus dabaszinībās un matemātikā 6.–9. klasē.",
      "Pilnveidot darbu ar talantīgajiem izglītojamajiem."])
crit("3.2. Kritērijs „Vienlīdzība un iekļaušana”",
     ["Skolā netiek pieļauta diskriminācija; izglītojamie ar speciālajām vajadzībām mācās kopā ar "
      "vienaudžiem, saņemot skolotāja palīga atbalstu."],
     ["Izstrādāt vienotu kārtību individuālo plānu izvērtēšanai."])
crit("3.3. Kritērijs „Pieejamība”",
     ["Skolēnu pārvadājumi nodrošināti visiem izglītojamajiem, kuri dzīvo tālāk par 3 km no skolas.",
      "Pieejami logopēda, speciālā pedagoga un psihologa pakalpojumi."],
     ["Palielināt psihologa slodzi.", "Uzstādīt pacēlāju skolas ēkas otrajā stāvā."])
crit("3.4. Kritērijs „Drošība un psiholoģiskā labklājība”",
     ["Izglītojamie un darbinieki zina rīcības kārtību ārkārtas situācijās; regulāri notiek "
      "evakuācijas mācības.", "Skolā darbojas programma „Esi līderis!”."],
     ["Uzlabot starpbrīžu uzraudzību sporta laukumā."])
crit("3.5. Kritērijs „Infrastruktūra un resursi”",
     ["2021. gadā renovēts sporta zāles jumts, iekārtots dabaszinību kabinets.",
      "Bibliotēkā pieejami jaunākie mācību līdzekļi kompetenču pieejā."],
     ["Nomainīt logus skolas vecajā korpusā.", "Iegādāties papildu datortehniku."])

# ------------------------------------------------------------------ 4-6
heading("4. Informācija par svarīgākajiem projektiem 2021./2022. mācību gadā")
for s in [
    "4.1. Programma „Latvijas skolas soma” – notika 19 kultūras pasākumi, tostarp izbraukumi uz "
    "Cēsu Jaunajā pilī un Latvijas Nacionālajā teātrī.",
    "4.2. ESF projekts „Atbalsts izglītojamo individuālo kompetenču attīstībai” (Nr. "
    "8.3.2.2/16/I/001) – fakultatīvās nodarbības matemātikā un angļu valodā 5.–9. klasei.",
    "4.3. Projekts „Skolas auglis” un „Skolas piens” – visi 1.–9. klašu izglītojamie.",
]:
    body(s)
heading("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
for s in [
    "5.1. Sadarbības līgums ar biedrību „Zaļkalnu attīstībai” par jauniešu brīvā laika aktivitātēm.",
    "5.2. Līgums ar Vecsalas mūzikas un mākslas skolu par mūzikas nodarbību telpu izmantošanu.",
    "5.3. Sadarbības līgums ar Valsts policijas Vidzemes reģiona pārvaldi par preventīvajām "
    "nodarbībām.",
]:
    body(s)
heading("6. Citi sasniegumi")
for s in [
    "6.1. Skolas vokālais ansamblis ieguva I pakāpes diplomu novada skatē.",
    "6.2. 8. klases izglītojamā ieguva 3. vietu Vidzemes reģiona vēstures konkursā.",
    "6.3. Skolas komanda – 2. vieta novada skolu sporta spēlēs florbolā.",
]:
    body(s)

# ------------------------------------------------------------------ 7 exams
heading("7. Secinājumi par izglītojamo sasniegumiem valsts pārbaudes darbos")
body("2021./2022. mācību gadā pamatizglītības programmu apguva 14 izglītojamie, visi saņēma "
     "apliecības par vispārējo pamatizglītību. Valsts pārbaudes darbu rezultāti 9. klasē (vidējais "
     "kopvērtējums procentos):")
t = table(6, 8, [1.0, 3.4, 1.8, 1.8, 1.8, 1.8, 2.2, 4.2])
h0, h1 = t.rows[0].cells, t.rows[1].cells
set_cell(h0[0].merge(h1[0]), "Nr.\np.k.", bold=True, align="c", size=9)
set_cell(h0[1].merge(h1[1]), "Mācību priekšmets", bold=True, align="c", size=9)
set_cell(h0[2].merge(h0[3]), "2020./2021. m.g.", bold=True, align="c", size=9)
set_cell(h0[4].merge(h0[6]), "2021./2022. m.g.", bold=True, align="c", size=9)
set_cell(h0[7].merge(h1[7]), "Piezīmes", bold=True, align="c", size=9)
for c, txt in ((2, "skolā, %"), (3, "valstī, %"), (4, "skolā, %"), (5, "valstī, %"),
               (6, "nenokārtoja, %")):
    set_cell(h1[c], txt, bold=True, align="c", size=9)
ex = [
    ("1.", "Latviešu valoda", "62,7", "65,1", "58,4", "63,6", "–", "–"),
    ("2.", "Matemātika", "49,3", "55,8", "51,6", "53,2", "7,1", "1 izglītojamais atbrīvots no "
                                                               "eksāmena"),
    ("3.", "Angļu valoda", "71,5", "74,0", "69,8", "72,4", "–", "–"),
    ("4.", "Krievu valoda", "–", "–", "78,3", "76,9", "–", "kārtoja 4 izglītojamie"),
]
for r_i, vals in enumerate(ex, start=2):
    for c_i, v in enumerate(vals):
        set_cell(t.rows[r_i].cells[c_i], v, align="c" if 2 <= c_i <= 6 else None)
para()
body("Salīdzinot ar iepriekšējo mācību gadu, matemātikā izglītojamo rezultāts uzlabojās par 2,3 "
     "procentpunktiem, taču joprojām ir zemāks par valsts vidējo. Latviešu valodā rezultāts "
     "samazinājās un ir par 5,2 procentpunktiem zemāks nekā valstī; lielākās grūtības izglītojamajiem "
     "sagādāja teksta veidošana. Angļu valodā rezultāti ir stabili un tuvi valsts vidējiem, krievu "
     "valodā (svešvaloda) – augstāki par valsts vidējo.")
body("Secinājums: nākamajā mācību gadā matemātikas un latviešu valodas skolotāji sadarbosies "
     "starppriekšmetu saiknes stiprināšanā, īpašu uzmanību pievēršot rakstpratībai un "
     "problēmuzdevumu risināšanai.")
para()
para("Direktore                                       /paraksts/                                 "
     "Inese Rudzīte")
para("Pašvērtējuma ziņojums apspriests pedagoģiskās padomes sēdē 2022. gada 26. augustā "
     "(protokols Nr. 6).", italic=True, size=10)

OUT.parent.mkdir(parents=True, exist_ok=True)
doc.core_properties.title = "Zaļkalnu pamatskolas pašnovērtējuma ziņojums 2021./2022."
doc.core_properties.author = "Zaļkalnu pamatskola"
doc.save(OUT)
print("wrote", OUT)
