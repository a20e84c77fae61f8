#!/usr/bin/env python3
"""Generate malpils-pii-dzervenite_2023-2024.docx with python-docx.

Run: /work/blind/.venv-h7A/bin/python make_report.py OUTDIR
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for editing convenience)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(12)
sec = doc.sections[0]
sec.left_margin, sec.right_margin = Cm(3), Cm(1.5)
sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)


def para(text="", bold=False, italic=False, align=None, size=None, space_after=6):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(parts, align=None):
    """parts: list of (text, bold)"""
    p = doc.add_paragraph()
    for text, bold in parts:
        r = p.add_run(text)
        r.bold = bold
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(6)
    return p


def head(text, level=1):
    p = para(text, bold=True, size=13 if level == 1 else 12, space_after=8)
    p.paragraph_format.space_before = Pt(10 if level == 1 else 6)
    p.paragraph_format.keep_with_next = True
    return p


def grid(rows, widths, bold_rows=(0,), size=10):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, col in enumerate(t.columns):
        col.width = widths[j]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.width = widths[j]
            cell.text = ""
            lines = val.split("\n")
            p = cell.paragraphs[0]
            for k, line in enumerate(lines):
                r = p.add_run(line)
                r.font.size = Pt(size)
                r.bold = i in bold_rows
                if k < len(lines) - 1:
                    r.add_break()
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def page_number_footer():
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        r._r.append(el)


page_number_footer()

# ---------------- cover ----------------
for line in ("SASKAŅOTS", "Siguldas novada pašvaldības", "Izglītības pārvaldes vadītāja",
             "_____________ /paraksts/ A. Krūmiņa", "2024. gada 27. septembrī"):
    para(line, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
for _ in range(5):
    para()
para("MĀLPILS PIRMSSKOLAS IZGLĪTĪBAS IESTĀDES „DZĒRVENĪTE”", bold=True,
     align=WD_ALIGN_PARAGRAPH.CENTER, size=16)
para("PAŠNOVĒRTĒJUMA ZIŅOJUMS", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=16)
para("Publiskojamā daļa", align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
para("2023./2024. mācību gads", align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
for _ in range(8):
    para()
para("Nītaures iela 4, Mālpils, Mālpils pagasts, Siguldas novads, LV-2152\n"
     "tālr. 67970215, e-pasts: dzervenite@malpils.lv", align=WD_ALIGN_PARAGRAPH.CENTER, size=10)
para("Mālpilī, 2024", align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

para("Mālpils pirmsskolas izglītības iestāde „Dzērvenīte” (turpmāk – iestāde) ir Siguldas novada "
     "pašvaldības dibināta pirmsskolas izglītības iestāde, kas darbojas kopš 1978. gada. Iestādē ir "
     "9 grupas pamatēkā un 2 jaukta vecuma grupas filiālē „Mazā Dzērvenīte”. Iestādē strādā 24 pedagogi, "
     "t.sk. logopēds, speciālais pedagogs, psihologs un sporta skolotājs.")

# ---------------- 1 ----------------
head("1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi un to "
     "sasniegšanas izvērtējums")
head("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2023./2024. mācību gadā", 2)
W = [Cm(0.9), Cm(4.2), Cm(1.9), Cm(3.0), Cm(2.0), Cm(2.0), Cm(3.0)]
grid([
    ["Nr.", "Izglītības programmas nosaukums", "Kods", "Īstenošanas vietas adrese",
     "Izglītojamo skaits\n01.09.2023.", "Izglītojamo skaits\n31.05.2024.", "Piezīmes"],
    ["1.", "Pirmsskolas izglītības programma", "01011111", "Nītaures iela 4, Mālpils", "118", "121",
     "t.sk. 6 bērni no Ukrainas"],
    ["2.", "Pirmsskolas izglītības programma", "01011111",
     "Rīgas iela 2a, Mālpils (filiāle „Mazā Dzērvenīte”)", "34", "36", "2 jaukta vecuma grupas"],
    ["3.", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar valodas traucējumiem",
     "01015511", "Nītaures iela 4, Mālpils", "12", "14", "logopēdiskā grupa"],
    ["4.", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības "
     "traucējumiem", "01015611", "Nītaures iela 4, Mālpils", "7", "8",
     "iekļaujoša izglītība vispārējās grupās"],
    ["5.", "Pirmsskolas izglītības mazākumtautību programma", "01011121", "–", "–", "–",
     "Netiek īstenota no 01.09.2023. (pāreja uz mācībām valsts valodā), licence saglabāta"],
    ["", "Kopā", "", "", "171", "179", ""],
], W, bold_rows=(0, 6), size=10)

head("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai "
     "un mācību pārtraukšanai", 2)
para("Mācību gada laikā iestādi pameta 43 izglītojamie, no kuriem lielākā daļa – sakarā ar "
     "pamatizglītības uzsākšanu. Dati apkopoti pēc vecāku iesniegumiem par izglītojamā atskaitīšanu.")
grid([
    ["Nr.", "Iemesls", "Izglītojamo skaits", "Skaidrojums"],
    ["1.2.1.", "Dzīvesvietas maiņa (Latvijā)", "5", "Ģimenes pārcēlās uz Siguldu, Rīgu un Ogri."],
    ["", "Ģimene devusies uz ārzemēm", "2", "Vācija, Norvēģija"],
    ["1.2.2.", "Izglītības iestādes maiņa", "4",
     "Vecāki izvēlējās iestādi tuvāk darbavietai vai privāto bērnudārzu."],
    ["1.2.3.", "Cits iemesls: pabeigta pirmsskolas izglītības programma, uzsāk mācības 1. klasē", "31",
     "Visi turpina mācības Mālpils vidusskolā vai Siguldas novada skolās."],
    ["", "Cits iemesls: ilgstoša slimība", "viens",
     "Bērns turpina attīstību mājas apstākļos, iestāde sniedz konsultācijas vecākiem."],
    ["", "Kopā", "43", ""],
], [Cm(1.6), Cm(5.6), Cm(2.4), Cm(7.4)], bold_rows=(0,), size=10)
para("Secinājums: iestādes maiņas iemesli nav saistīti ar izglītības kvalitāti; vecāku aptaujā "
     "neapmierinātību ar iestādes darbu nenorādīja neviens no aizgājušo bērnu vecākiem.")

head("1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
     "2023./2024. m.g. un 2024./2025. m.g.", 2)
grid([
    ["Nr.p.k.", "Kvalitatīvais/kvantitatīvais rādītājs",
     "Noteiktais rādītājs, uzsākot 2023./2024. m.g.", "Rādītājs, noslēdzot 2023./2024. m.g.",
     "Mērķis 2024./2025. m.g."],
    ["1.", "Izglītojamo sasniegumi mācību gada noslēgumā:", "", "", ""],
    ["1.1.", "Pirmsskolas izglītības programmā – 6-gadīgo bērnu īpatsvars, kuri plānotos rezultātus "
     "apguvuši līmenī „apguvis” vai „apguvis padziļināti”", "78%", "81%", "83%"],
    ["1.2.", "Speciālajās pirmsskolas izglītības programmās – bērni, kuri sasniedz individuālajā "
     "plānā noteiktos rezultātus", "10 bērni", "no 10 uz 12 bērniem", "vismaz 13 bērni"],
    ["2.", "Izglītojamo sasniegumi valsts pārbaudes darbos", "Nav attiecināms", "Nav attiecināms",
     "Nav attiecināms"],
    ["3.", "Dalība novada un valsts konkursos, skatēs (konkursu skaits)", "4", "6 konkursi",
     "vismaz 5"],
    ["4.", "Vecāku apmierinātība ar iestādes darbu (aptaujas dati)", "71%", "vidēji 68%", "75%"],
    ["5.", "Bērnu vidējais apmeklējums", "74 %", "77 %", "80 %"],
    ["6.", "Novada pirmsskolas izglītības iestāžu skate „Zaļākais bērnudārzs”", "5. vieta",
     "3. vieta", "1.–3. vieta"],
    ["7.", "Pedagogi ar profesionālās darbības kvalitātes pakāpi", "3 no 24", "5 no 24", "7 no 24"],
], [Cm(1.3), Cm(6.0), Cm(3.2), Cm(3.2), Cm(3.2)], bold_rows=(0,), size=10)

# ---------------- 2 ----------------
head("2. Izglītības iestādes darbības pamatmērķi un prioritātes")
runs([("2.1. Misija: ", True), ("droša, radoša un dabai tuva vide, kurā katrs bērns aug zinātkārs, "
                                 "patstāvīgs un priecīgs.", False)])
runs([("2.2. Vīzija par izglītojamo: ", True), ("bērns, kurš prot rotaļājoties mācīties, sadarboties "
                                                 "ar citiem, izteikt savas domas latviešu valodā un "
                                                 "rūpēties par sevi un apkārtējo dabu.", False)])
runs([("2.3. Vērtības: ", True), ("rūpes, atbildība, sadarbība, prieks par atklāto.", False)])
head("2.4. 2023./2024. mācību gada prioritātes un rezultāti", 2)

para("1. prioritāte. Joma – Mācīšana un mācīšanās. „Bērnu pašvadītas mācīšanās prasmju attīstība "
     "rotaļnodarbībās”.", bold=True)
para("a) Kvalitatīvi plānots, ka pedagogi organizē rotaļnodarbības, kurās bērni paši izvēlas darbības "
     "veidu, plāno un izvērtē paveikto. Šis rezultāts ir sasniegts: visās 9 grupās nodarbību vērošanā "
     "konstatēts, ka bērni izvēlas aktivitāšu centrus un pēc darbības stāsta par paveikto; pedagogi "
     "izmanto vienotu refleksijas kartīšu sistēmu.")
para("b) Kvantitatīvi plānots, ka vismaz 75% 5–6 gadīgo bērnu prot patstāvīgi izvēlēties uzdevumu un "
     "pastāstīt, kā to paveikuši. Rezultāts sasniegts daļēji – mācību gada beigās šādas prasmes "
     "demonstrēja 69% bērnu; darbs tiks turpināts, īpaši jaunākajās grupās.")

para("2. prioritāte. Joma – Vienlīdzība un iekļaušana. „Latviešu valodas vides stiprināšana bērniem, "
     "kuriem latviešu valoda nav dzimtā valoda”.", bold=True)
para("a) Kvalitatīvais rezultāts: izveidota vienota valodas atbalsta sistēma (vizuālie atbalsta "
     "materiāli, individuālas nodarbības ar logopēdu, vecāku konsultācijas). Izvērtējot paveikto, "
     "secinām, ka kvalitatīvais rezultāts ir sasniegts pilnībā – sistēma darbojas visās grupās, un "
     "vecāki to novērtē pozitīvi.")
para("b) Kvantitatīvais rezultāts: vismaz 90% bērnu, kuriem latviešu valoda nav dzimtā, mācību gada "
     "beigās saprot un izpilda pieaugušā norādes latviešu valodā. Kvantitatīvi rezultāts NAV "
     "SASNIEGTS – norādes patstāvīgi izpilda 84% šo bērnu; daļa bērnu iestādē uzsāka apmeklējumu "
     "tikai otrajā pusgadā.")

para("3. prioritāte. Joma – Infrastruktūra un resursi. „Āra mācību vides pilnveide”.", bold=True)
para("b) Kvantitatīvi: iestādes teritorijā izveidot vismaz 3 āra mācību zonas (dārziņš, "
     "eksperimentu laukums, āra klase). Statuss – sasniegts: izveidotas 4 zonas, tai skaitā "
     "sensorā taka, ko finansēja vecāku biedrība.")
para("a) Kvalitatīvi: āra nodarbības iekļautas visu grupu nedēļas plānos un tiek īstenotas visos "
     "gadalaikos. Uzskatām, ka rezultāts ir daļēji sasniegts, jo ziemas mēnešos āra nodarbības "
     "vairākās grupās nenotika regulāri apģērba un laikapstākļu dēļ.")

# ---------------- 3 ----------------
head("3. Kritēriju izvērtējums")
for title, strong, need in [
    ("3.1. Kritērijs „Mācīšana un mācīšanās”",
     "Pedagogi plāno rotaļnodarbības, balstoties uz sasniedzamajiem rezultātiem; vērotajās nodarbībās "
     "(42) bērni aktīvi darbojas, izmanto dabas materiālus.",
     "Pilnveidot atgriezeniskās saites sniegšanu bērniem; vienoties par bērnu sasniegumu "
     "dokumentēšanas formu."),
    ("3.2. Kritērijs „Vienlīdzība un iekļaušana”",
     "Iestādē ir izveidota atbalsta komanda; bērniem ar speciālām vajadzībām izstrādāti individuālie "
     "plāni; vecāki regulāri saņem konsultācijas.",
     "Paaugstināt pedagogu kompetenci darbā ar bērniem ar uzvedības grūtībām."),
    ("3.3. Kritērijs „Izglītības programmu īstenošana”",
     "Programmas tiek īstenotas atbilstoši licencēm un valsts pirmsskolas izglītības vadlīnijām.",
     "Pārskatīt dienas ritmu jaukta vecuma grupās filiālē."),
]:
    head(title, 2)
    grid([["Stiprās puses", "Turpmākās attīstības vajadzības"], [strong, need]],
         [Cm(8.5), Cm(8.5)], bold_rows=(0,), size=10)

# ---------------- 4-10 ----------------
head("4. Informācija par īstenotajiem projektiem")
para("4.1. „Latvijas skolas soma” – 5–6 gadīgo bērnu grupas apmeklēja 4 kultūras pasākumus "
     "(leļļu teātris, muzejpedagoģiskās nodarbības Mālpils muižā).")
para("4.2. Eko-skolu programma – iestāde otro gadu pēc kārtas ieguva Zaļo karogu.")
para("4.3. Programma „Piens un augļi skolai” – visās grupās visa mācību gada garumā.")
head("5. Informācija par noslēgtajiem sadarbības līgumiem")
para("5.1. Mālpils vidusskola – sadarbība pēctecības nodrošināšanai (kopīgi pasākumi, 1. klases "
     "skolotāju vizītes).")
para("5.2. Mālpils novadpētniecības muzejs – muzejpedagoģiskās nodarbības.")
para("5.3. Biedrība „Dzērvenītes draugi” (vecāku biedrība) – āra mācību vides projekti.")
head("6. Citi sasniegumi")
para("6.1. Iestādes deju kolektīvs „Dzērvenīšu pulciņš” Siguldas novada pirmsskolu deju festivālā "
     "ieguva Atzinības rakstu.")
para("6.2. Pedagoģe L. Strazdiņa ar pieredzi „Āra nodarbības visos gadalaikos” uzstājās Vidzemes "
     "reģiona pirmsskolas pedagogu konferencē.")
para("7.–10. Nav attiecināms (iestādē akreditācija un vadītāja novērtēšana pārskata periodā nenotika; "
     "iestādes padomes ieteikumi iekļauti 11. sadaļas prioritātēs).", italic=True)

head("11. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti 2024./2025. m.g.")
grid([
    ["Nr.", "Prioritāte", "a) kvalitatīvi", "b) kvantitatīvi"],
    ["1.", "Mācīšana un mācīšanās: pašvadītas mācīšanās prasmes jaunākajās grupās",
     "Visas grupas izmanto vienotu refleksijas sistēmu.",
     "Vismaz 75% 5–6 gadīgo bērnu patstāvīgi izvēlas uzdevumu un izvērtē paveikto."],
    ["2.", "Vienlīdzība un iekļaušana: valodas atbalsts",
     "Individuālās valodas nodarbības pieejamas visiem bērniem, kam tās nepieciešamas.",
     "90% bērnu, kuriem latviešu valoda nav dzimtā, izpilda pieaugušā norādes."],
    ["3.", "Drošība un psiholoģiskā labklājība: emocionālās pašregulācijas prasmes",
     "Pedagogi apguvuši programmu „Emociju stūrītis”.",
     "Vismaz 20 pedagogi apmeklējuši kursus (12 stundas)."],
], [Cm(1.0), Cm(5.0), Cm(5.5), Cm(5.5)], bold_rows=(0,), size=10)

para()
para("Iestādes vadītāja                     /paraksts/                     Daina Bērziņa")
para("Pašnovērtējuma ziņojums izskatīts pedagoģiskās padomes sēdē 2024. gada 29. augustā "
     "(protokols Nr. 4).", italic=True, size=10)

out = Path(sys.argv[1] if len(sys.argv) > 1 else ".") / "malpils-pii-dzervenite_2023-2024.docx"
doc.save(out)
print(out)
