#!/usr/bin/env python3
"""Generate zemgales-amatu-tehnikums_2021-2022 (DOCX -> PDF via LibreOffice -> Tika text).

Usage: python make_report.py OUTDIR
Writes OUTDIR/zemgales-amatu-tehnikums_2021-2022.docx; then (see README):
  soffice --headless --convert-to pdf --outdir OUTDIR OUTDIR/zemgales-amatu-tehnikums_2021-2022.docx
  /work/shared/tools/tika-text OUTDIR/zemgales-amatu-tehnikums_2021-2022.pdf reports/zemgales-amatu-tehnikums_2021-2022.txt
"""
import sys
from pathlib import Path
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "zemgales-amatu-tehnikums_2021-2022"
out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
for s in doc.sections:
    s.left_margin = Cm(2.5); s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(2)

def field(run, code):
    for kind, text in (("begin", None), (None, code), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind); run._r.append(el)
        else:
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = text; run._r.append(el)

fp = doc.sections[0].footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp.add_run("Zemgales Amatu un tehnoloģiju tehnikums – pašnovērtējuma ziņojums 2021./2022. m.g.   ")
field(fp.add_run(), "PAGE")

def para(text, bold=False, align=None, size=None, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                   "j": WD_ALIGN_PARAGRAPH.JUSTIFY}.get(align, None)
    return p

def shade(cell, color="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color)
    tcPr.append(sh)

def table(rows, widths, size=9, header_rows=1):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j); c.width = Cm(widths[j])
            p = c.paragraphs[0]
            for k, ln in enumerate(val.split("\n")):
                if k: p = c.add_paragraph()
                r = p.add_run(ln); r.font.size = Pt(size)
                if i < header_rows: r.bold = True
            if i < header_rows: shade(c)
    doc.add_paragraph()
    return t

# ---------------- cover ----------------
para("SASKAŅOTS\nIzglītības un zinātnes ministrijas\nProfesionālās un pieaugušo izglītības departamenta direktore\n/paraksts/ L. Zariņa\n2022. gada 28. septembrī", size=9)
para("")
para("ZEMGALES AMATU UN TEHNOLOĢIJU TEHNIKUMA", bold=True, align="c", size=14)
para("PAŠNOVĒRTĒJUMA ZIŅOJUMS", bold=True, align="c", size=14)
para("Publiskojamā daļa", align="c")
para("2021./2022. mācību gads", align="c")
para("")
para("Zemgales Amatu un tehnoloģiju tehnikums (turpmāk – Tehnikums) ir Izglītības un zinātnes ministrijas "
     "dibināta profesionālās izglītības iestāde, kas īsteno profesionālās vidējās izglītības un arodizglītības "
     "programmas inženiertehnoloģiju, informācijas tehnoloģiju, būvniecības, kokapstrādes un viesmīlības jomās. "
     "Juridiskā adrese: Amatu iela 15, Bauska, Bauskas novads, LV-3901. Tehnikumam ir struktūrvienība Iecavā "
     "(Rūpniecības iela 3, Iecava). 2021./2022. mācību gadā Tehnikumā strādāja 74 pedagogi, t.sk. 18 "
     "profesionālo mācību priekšmetu skolotāji no nozares uzņēmumiem.", align="j")
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------- 1 ----------------
para("1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un to sasniegšanas izvērtējums", bold=True, size=11)
para("1.1. Īstenotās izglītības programmas un izglītojamo skaits 2021./2022. mācību gadā", bold=True)
rows = [["Nr.", "Izglītības programma\n(iegūstamā kvalifikācija)", "Programmas\nkods", "Īstenošanas\nvieta (ja\natšķiras no\njuridiskās\nadreses)",
         "Licence", "Izglītojamo skaits,\nuzsākot\nprogrammas apguvi\n(01.09.2021.)", "Izglītojamo skaits\n(30.06.2022.)", "Piezīmes"]]
progs = [
    ("Datorsistēmas\n(datorsistēmu tehniķis)", "33 481 03 1", "–", "P-1904\n12.03.2019.", "112", "98", "4 g."),
    ("Programmēšana\n(programmēšanas tehniķis)", "33484011", "–", "P-1905\n12.03.2019.", "96", "90", "4 g."),
    ("Mehatronika\n(mehatronisku sistēmu\ntehniķis)", "33521011", "–", "P-2217\n01.07.2020.", "58", "51", "4 g."),
    ("Autotransports\n(automehāniķis)", "33 525 01 1", "Rūpniecības iela 3,\nIecava", "P-1820\n21.11.2018.", "124", "109", "4 g."),
    ("Autotransports\n(autoatslēdznieks)", "32525011", "Rūpniecības iela 3,\nIecava", "P-1821\n21.11.2018.", "23", "19", "3 g.,\narodizglītība"),
    ("Ēdināšanas pakalpojumi\n(pavārs)", "33811021", "–", "P-1716\n05.06.2018.", "141", "128", "4 g."),
    ("Ēdināšanas pakalpojumi\n(pavārs)", "33811021", "Rūpniecības iela 3,\nIecava", "P-1716\n05.06.2018.", "27", "25", "grupa\nIecavā"),
    ("Viesnīcu pakalpojumi\n(viesmīlības pakalpojumu\nspeciālists)", "33 811 03 1", "–", "P-1717\n05.06.2018.", "45", "40", "4 g."),
    ("Kokizstrādājumu\nizgatavošana\n(mēbeļu galdnieks)", "33543021", "–", "P-2010\n17.01.2020.", "38", "33", "4 g."),
    ("Būvdarbi\n(apdares darbu\nstrādnieks)", "32582011", "–", "P-2011\n17.01.2020.", "19", "15", "3 g., SVI*"),
]
for i, p in enumerate(progs, 1):
    rows.append([f"{i}.", p[0], p[1], p[2], p[3], p[4], p[5], p[6]])
rows.append(["", "KOPĀ", "", "", "", "683", "608", ""])
table(rows, widths=[0.9, 4.0, 2.2, 2.6, 1.9, 2.4, 2.1, 1.7], size=8)
para("* SVI – grupā mācās izglītojamie ar speciālām vajadzībām (mācīšanās traucējumi). Izglītojamo skaits 30.06.2022. "
     "ietver arī 4. kursa izglītojamos, kuri kvalifikācijas eksāmenus kārtoja jūnijā.", size=8, italic=True)

para("1.2. Informācija par izglītojamo iestādes maiņas un mācību pārtraukšanas iemesliem", bold=True)
para("Mācību gada laikā no Tehnikuma atskaitīti 55 izglītojamie (2020./2021. m.g. – 58). Iemesli apkopoti, "
     "pamatojoties uz izglītojamo un vecāku iesniegumiem un grupu audzinātāju pārrunām.", align="j")
table([
    ["Nr.", "Iemesls", "Izglītojamo\nskaits", "Komentārs"],
    ["1.2.1.", "Dzīvesvietas maiņa (Latvijā)", "6", "pārcelšanās uz Rīgu, Jelgavu"],
    ["", "Izbraukuši uz dzīvi ārvalstīs", "4", "Vācija, Lielbritānija, Nīderlande"],
    ["1.2.2.", "Izglītības iestādes maiņa", "11", "pāreja uz vispārējās vidējās izglītības\niestādi vai citu tehnikumu, cita\nprofesija"],
    ["1.2.3.", "Cits iemesls:", "", ""],
    ["", "– nesekmība, neattaisnoti kavējumi", "17", "pēc atbalsta pasākumiem un\nsarunām ar vecākiem"],
    ["", "– darba gaitu uzsākšana", "9", "t.sk. ārvalstīs – 2"],
    ["", "– ģimenes apstākļi (bērna kopšana)", "5", "–"],
    ["", "– veselības stāvoklis", "3", "–"],
    ["", "Kopā", "55", ""],
], widths=[1.4, 6.0, 2.0, 6.4], size=9)
para("Secinājumi: lielākā daļa mācības pārtraukušo ir 1. kursa izglītojamie (31 no 55); galvenais risks – "
     "mācību motivācijas trūkums un zemi sasniegumi matemātikā pamatskolā.", align="j")

# ---------------- 2 ----------------
para("2. Izglītības iestādes darbības pamatmērķi un prioritātes", bold=True, size=11)
para("2.1. Izglītības iestādes misija: sagatavot konkurētspējīgus, radošus un atbildīgus speciālistus Zemgales "
     "reģiona un Latvijas darba tirgum, sadarbojoties ar darba devējiem.", align="j")
para("Vīzija par izglītojamo: profesionāli kompetents, uzņēmīgs jaunietis, kurš mācās visu mūžu un ar "
     "cieņu izturas pret savu darbu, citiem cilvēkiem un vidi.", align="j")
para("Vērtības: profesionalitāte; atbildība; cieņa; sadarbība; inovācija.")
para("2.2. Tehnikuma prioritātes 2021./2022. mācību gadā un to īstenošanas izvērtējums", bold=True)
prio_rows = [["Nr.", "Kritērijs /\nprioritāte", "Plānotie rezultāti", "Izpilde", "Komentārs, pierādījumi"]]
prio_rows += [
    ["1.", "Kompetences un sasniegumi\n\nVispārizglītojošo mācību priekšmetu apguves kvalitātes paaugstināšana, īstenojot pilnveidoto vidējās izglītības saturu",
     "Kvalitatīvi: pedagogi izmanto vienotus snieguma līmeņu aprakstus; vispārizglītojošo un profesionālo priekšmetu skolotāji plāno kopīgus starpdisciplinārus uzdevumus.",
     "Sasniegts.", "Izstrādāti 23 starpdisciplināri uzdevumi (plānoti vismaz 15); snieguma līmeņu apraksti pieejami e-klasē visiem kursiem."],
    ["", "",
     "Kvantitatīvi: centralizētajā eksāmenā matemātikā vidējais rezultāts ir vismaz 30%; nesekmīgo semestra vērtējumu īpatsvars nepārsniedz 8%.",
     "Daļēji sasniegts", "Nesekmīgo vērtējumu īpatsvars samazinājās no 11,4% uz 7,6%; matemātikas CE rezultāts nesasniedza plānoto (sk. 7. nodaļu)."],
    ["2.", "Vienlīdzība un iekļaušana\n\nAtbalsta sistēmas pilnveide izglītojamajiem ar mācīšanās grūtībām un priekšlaicīgas mācību pārtraukšanas riskiem",
     "Kvantitatīvi: atskaitīto izglītojamo skaits samazinās vismaz par 10% salīdzinājumā ar 2020./2021. m.g.",
     "nav sasniegts", "Atskaitīti 55 izglītojamie (iepriekš 58), samazinājums 5,2%."],
    ["", "",
     "Kvalitatīvi: izveidota agrīnās brīdināšanas sistēma (kavējumu un sekmju uzraudzība reizi 2 nedēļās), PuMPuRS individuālie plāni.",
     "Sasniegts", "Sistēma darbojas no 2021. gada oktobra; individuālie atbalsta plāni – 42 izglītojamajiem."],
    ["3.", "Infrastruktūra un resursi\n\nMācību vides modernizācija profesionālajās programmās",
     "Kvalitatīvi: izveidota mehatronikas mācību laboratorija un atjaunota ēdināšanas mācību virtuve Iecavā.",
     "SASNIEGTS PILNĪBĀ", "Laboratorija atklāta 2022. gada 14. februārī; virtuve nodota ekspluatācijā 2022. gada maijā."],
    ["", "",
     "Kvantitatīvi: vismaz 60% teorētisko stundu notiek kabinetos ar interaktīvo aprīkojumu.",
     "Sasniegts daļēji (darbs turpināsies 2022./2023. m.g.)", "Aprīkoti 14 no 27 kabinetiem; šādos kabinetos notiek ~52% stundu."],
    ["4.", "Drošība un psiholoģiskā labklājība\n\nDienesta viesnīcas iekšējās kārtības un drošības pilnveide",
     "Kvalitatīvi: aktualizēti dienesta viesnīcas iekšējās kārtības noteikumi kopā ar izglītojamo pašpārvaldi.",
     "Sasniegts", "Noteikumi apstiprināti 2021. gada 30. novembrī."],
    ["", "",
     "Kvantitatīvi: vismaz 85% dienesta viesnīcas iemītnieku aptaujā norāda, ka jūtas droši.",
     "Sasniegts", "Aptaujā 91% (117 no 129) iemītnieku jūtas droši."],
]
table(prio_rows, widths=[0.9, 3.8, 4.8, 2.3, 4.0], size=8)

para("2.3. Tehnikuma prioritātes 2022./2023. mācību gadam", bold=True)
table([
    ["Nr.", "Prioritāte", "Plānotie rezultāti"],
    ["1.", "Kompetences un sasniegumi – mācību sasniegumu paaugstināšana matemātikā",
     "Kvalitatīvi: izveidotas atbalsta grupas 1. kursā.\nKvantitatīvi: centralizētajā eksāmenā matemātikā optimālajā līmenī vidējais rezultāts ir vismaz 28%."],
    ["2.", "Vienlīdzība un iekļaušana – izglītojamo noturēšana 1. kursā",
     "Kvalitatīvi: mentoru sistēma 1. kursa grupām.\nKvantitatīvi: 1. kursā atskaitīto skaits nepārsniedz 25."],
    ["3.", "Pieejamība – darba vidē balstītu mācību (DVB) paplašināšana",
     "Kvalitatīvi: jauni sadarbības līgumi ar uzņēmumiem.\nKvantitatīvi: DVB mācās vismaz 60 izglītojamie."],
], widths=[0.9, 6.0, 8.9], size=8)

# ---------------- 3 ----------------
para("3. Kritēriju izvērtējums", bold=True, size=11)
crit = [
    ("3.1. Kompetences un sasniegumi", "Augsti rezultāti profesionālās kvalifikācijas eksāmenos; izglītojamie sekmīgi piedalās nozaru konkursos.",
     "Paaugstināt sasniegumus vispārizglītojošajos priekšmetos, īpaši matemātikā."),
    ("3.2. Vienlīdzība un iekļaušana", "Darbojas atbalsta komanda (psihologs, sociālais pedagogs, karjeras konsultants, pedagoga palīgs).",
     "Mazināt mācību pārtraukšanu 1. kursā."),
    ("3.3. Pieejamība", "Programmas pieejamas divās vietās; dienesta viesnīca 160 vietām; transporta kompensācija.",
     "Paplašināt DVB piedāvājumu un tālākizglītības moduļus pieaugušajiem."),
    ("3.4. Drošība un psiholoģiskā labklājība", "Aktualizēti iekšējās kārtības noteikumi; regulāras darba drošības instruktāžas mācību darbnīcās.",
     "Stiprināt izglītojamo savstarpējās cieņas kultūru sociālajos tīklos."),
    ("3.5. Infrastruktūra un resursi", "Modernas darbnīcas un laboratorijas; ERAF projektā iegādātas CNC iekārtas.",
     "Sporta zāles grīdas un ventilācijas atjaunošana."),
]
table([["Kritērijs", "Stiprās puses", "Turpmākās attīstības vajadzības"]] + [list(c) for c in crit],
      widths=[3.8, 6.0, 6.0], size=9)

# ---------------- 4-6 ----------------
para("4. Informācija par nozīmīgākajiem projektiem", bold=True, size=11)
para("4.1. Erasmus+ KA1 mobilitātes projekts “Prakse Eiropā 2021” – 24 izglītojamie kvalifikācijas praksē Vācijā, Itālijā un Spānijā.\n"
     "4.2. ESF projekts “PuMPuRS” (Nr. 8.3.4.0/16/I/001) – individuālais atbalsts 42 izglītojamajiem.\n"
     "4.3. ESF projekts “Profesionālās izglītības iestāžu audzēkņu dalība darba vidē balstītās mācībās un mācību praksēs uzņēmumos” – 37 izglītojamie.", align="j")
para("5. Informācija par noslēgtajiem sadarbības līgumiem", bold=True, size=11)
para("Tehnikumam ir spēkā 64 sadarbības līgumi ar uzņēmumiem, t.sk. SIA “Bauskas Auto”, AS “Zemgales Mēbeles”, "
     "viesnīca “Mēmele”, Latvijas Pavāru klubs. 2021./2022. m.g. noslēgti 9 jauni līgumi.", align="j")
para("6. Citi sasniegumi", bold=True, size=11)
para("Nacionālajā profesionālās meistarības konkursā “Skills Latvia 2022” Tehnikuma izglītojamie ieguva 1 zelta "
     "(mehatronika) un 2 bronzas medaļas (pavārs, mēbeļu galdnieks). Profesionālās kvalifikācijas eksāmenus kārtoja "
     "131 izglītojamais, vidējais vērtējums – 7,1 balle; kvalifikāciju ieguva 96,2% eksāmena kārtotāju.", align="j")

# ---------------- 7 exams ----------------
para("7. Centralizēto eksāmenu rezultāti 2021./2022. mācību gadā un secinājumi", bold=True, size=11)
para("Vispārizglītojošajos mācību priekšmetos centralizētos eksāmenus kārtoja 4. kursa izglītojamie (94). "
     "Tehnikuma vidējie rezultāti salīdzinājumā ar valsts vidējiem rādītājiem:", align="j")
for line in [
    "Latviešu valoda – 41,7% (valstī 50,6%), nenokārtoja 4,2% izglītojamo.",
    "Matemātika – 24,8% (valstī 32,5%), nenokārtoja 17,3% izglītojamo.",
    "Angļu valoda – 48,3% (valstī 62,9%), nenokārtoja 2,1% izglītojamo.",
    "Krievu valoda (svešvaloda) – 63% (valstī 71,4%).",
    "Vācu valoda – 39,5% (eksāmenu kārtoja 2 izglītojamie).",
]:
    para(line)
para("Salīdzinot ar 2020./2021. mācību gadu, kad Tehnikuma vidējais rezultāts latviešu valodā bija 44,1%, "
     "matemātikā 22,3% un angļu valodā 51%, rezultāti matemātikā ir uzlabojušies, bet valodās – "
     "nedaudz pazeminājušies. Matemātikā nesekmīgo skaits ir augsts, tādēļ 2022./2023. m.g. 1. kursā "
     "tiek ieviestas atbalsta grupas.", align="j")
para("Tehnikums 2022./2023. mācību gadam nosaka šādus mērķus centralizētajos eksāmenos (optimālajā līmenī): "
     "latviešu valodā – 45%, matemātikā – 28%, angļu valodā – 52%.", align="j")

para("")
para("Tehnikuma direktors                                    /paraksts/                                    Jānis Bērziņš")
para("Bauskā, 2022. gada 26. septembrī")

out.mkdir(parents=True, exist_ok=True)
doc.save(out / f"{NAME}.docx")
print("ok")
