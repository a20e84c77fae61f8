#!/usr/bin/env python3
"""Generate the Ziemeļupes pamatskola 2024/25 public self-assessment report as DOCX (python-docx),
convert it to PDF with LibreOffice, then to text with /work/shared/tools/tika-text into reports/.
Usage: make_report.py [WORKDIR]   (DOCX and PDF are intermediates in WORKDIR, default /tmp/h8B)."""
import os
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.dirname(HERE)
NAME = "ziemelupes-pamatskola_2024-2025"
WORK = sys.argv[1] if len(sys.argv) > 1 else "/tmp/h8B"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11.5)
for s in doc.sections:
    s.left_margin = Cm(2.5)
    s.right_margin = Cm(1.8)
    s.top_margin = Cm(1.8)
    s.bottom_margin = Cm(1.8)


def p(text="", bold=False, italic=False, size=None, align=None, after=4):
    par = doc.add_paragraph()
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if align == "c":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    par.paragraph_format.space_after = Pt(after)
    return par


def h(text, size=12.5):
    return p(text, bold=True, size=size, after=6)


def table(rows, widths, header_rows=1, size=10, merges=()):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    for j, wdt in enumerate(widths):
        t.columns[j].width = Cm(wdt)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.width = Cm(widths[j])
            if val is None:
                continue
            par = cell.paragraphs[0]
            run = par.add_run(val)
            run.font.size = Pt(size)
            if i < header_rows:
                run.bold = True
    for (r1, c1, r2, c2) in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- cover
p("SASKAŅOTS", bold=True, align="r", after=0)
p("Smiltenes novada pašvaldības", align="r", after=0)
p("Izglītības pārvaldes vadītājs", align="r", after=0)
p("/paraksts/ A. Ozols", align="r", after=0)
p("2025. gada 29. septembrī", align="r", after=40)
p("Ziemeļupes pamatskolas", bold=True, size=18, align="c", after=2)
p("pašnovērtējuma ziņojums", bold=True, size=18, align="c", after=2)
p("(publiskojamā daļa)", italic=True, size=13, align="c", after=2)
p("2024./2025. mācību gads", size=13, align="c", after=60)
p("Skolas iela 2, Ziemeļupe, Smiltenes pagasts, Smiltenes novads, LV-4729", size=10, align="c", after=0)
p("Tālrunis 64712345, e-pasts: ziemelupes.pamatskola@smiltene.lv", size=10, align="c", after=0)
page_break()

# ---------------------------------------------------------------- intro
p("Ziemeļupes pamatskola ir Smiltenes novada pašvaldības dibināta vispārējās izglītības iestāde, kas "
  "īsteno pirmsskolas, pamatizglītības un speciālās pamatizglītības programmas. Skola atrodas lauku "
  "teritorijā 14 km no Smiltenes; 62% izglītojamo uz skolu nokļūst ar pašvaldības skolēnu autobusu. "
  "Pirmsskolas grupa “Rūķīši” (5–6 gadīgie bērni un jaukta vecuma grupa no 3 gadiem) darbojas atsevišķā "
  "ēkā Dārza ielā 4.", align="j", after=8)

h("1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi un to "
  "sasniegšanas izvērtējums")
h("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025. mācību gadā", 11.5)
table(
    [
        ["Nr.", "Programmas\nkods", "Izglītības programmas\nnosaukums", "Licence\n(Nr., datums)",
         "Īstenošanas vietas adrese\n(ja atšķiras no\njuridiskās adreses)", "Izglītojamo\nskaits\n01.09.2024.",
         "Izglītojamo\nskaits\n31.05.2025."],
        ["1.", "01011111", "Pirmsskolas izglītības programma", "V_5123,\n12.06.2020.",
         "Dārza iela 4, Ziemeļupe, Smiltenes pag., LV-4729", "24", "26"],
        ["2.", "21011111", "Pamatizglītības programma", "V_5124,\n12.06.2020.", "–", "87", "85"],
        ["3.", "21015611", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem",
         "V_6001,\n30.08.2022.", "–", "9", "10"],
        ["4.", "2101 58 11", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības "
         "traucējumiem", "V_6002,\n30.08.2022.", "–", "2", "2"],
        ["", "", "Kopā skolā", "", "", "122", "123"],
    ],
    [1.0, 2.2, 4.6, 2.4, 3.6, 1.9, 1.9], size=9.5,
)

h("1.2. Informācija par izglītojamo iemesliem izglītības iestādes maiņai un mācību pārtraukšanai", 11.5)
p("2024./2025. mācību gadā skolu atstāja septiņi (7) izglītojamie; tajā pašā laikā no citām skolām "
  "skolā ienāca 5 izglītojamie, tāpēc kopējais skaits būtiski nemainījās.", align="j")
p("1.2.1. dzīvesvietas maiņa – trīs izglītojamie (ģimenes pārcēlās uz Valmieru un Rīgu), uz ārvalstīm "
  "(Vāciju) izbrauca 1 izglītojamais;", align="j")
p("1.2.2. izglītības iestādes maiņa – 2 (divi) izglītojamie, kuri no 8. klases turpina mācības Smiltenes "
  "vidusskolā, vecāki kā iemeslu min plašāku interešu izglītības piedāvājumu;", align="j")
p("1.2.3. cits iemesls – viens izglītojamais, kurš pēc vecāku lēmuma turpina pamatizglītības apguvi "
  "ģimenē (mājmācībā).", align="j", after=8)

h("1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
  "2024./2025. m.g. un 2025./2026. m.g.", 11.5)
p("Tabulā pirmajā vērtību kolonnā norādīts mācību gada beigās sasniegtais, otrajā – sākumstāvoklis "
  "(2023./2024. m.g. rezultāts, kas fiksēts iepriekšējā ziņojumā), trešajā – mērķis nākamajam mācību gadam.",
  italic=True, size=10)
ind = [
    ["Nr.", "Kvalitātes rādītājs", "Sasniegts\n2024./2025. m.g.\nbeigās",
     "Sākumstāvoklis\n(2023./2024. m.g.\nrezultāts)", "Mērķis\n2025./2026. m.g."],
    ["1.", "Izglītojamo mācību sasniegumi mācību gada noslēgumā", None, None, None],
    ["1.1.", "Pirmsskolas izglītības programmā – 5–6 gadīgo bērnu īpatsvars ar apguves līmeni "
     "“apguvis” un “padziļināti apguvis”", "78%", "74%", "80%"],
    ["1.2.", "Pamatizglītības programmā – vidējais vērtējums 4.–9. klasē", "6,4 balles", "6,3 balles",
     "6,5 balles"],
    ["1.3.", "Izglītojamie ar nepietiekamiem vērtējumiem (zem 4 ballēm) gada noslēgumā",
     "samazinājās no 6 uz 3 izglītojamajiem", "6 izglītojamie", "ne vairāk kā 2 izglītojamie"],
    ["2.", "Valsts pārbaudes darbi 9. klasē (skolas vidējais rezultāts %, valstī %)",
     "Latviešu valoda – 61,2% (valstī 58,5%);\nMatemātika – 47,9% (valstī 53,8%), nenokārtoja 9,1% "
     "skolēnu;\nAngļu valoda – 70,4% (valstī 65,8%).",
     "Latviešu valoda – 55,6% (valstī 59,1%);\nMatemātika – 39,8% (valstī 43,2%), nenokārtoja 15,4%;\n"
     "Angļu valoda – 66% (valstī 63,9%).",
     "Latviešu valoda – 60%;\nMatemātika – 50%;\nAngļu valoda – 68%."],
    ["3.", "Godalgotas vietas novada mācību priekšmetu olimpiādēs", "7 godalgotas vietas",
     "4 godalgotas vietas", "vismaz 6"],
    ["4.", "Skolas vieta Vidzemes reģiona mazo skolu reitingā (līdz 150 izglītojamajiem)", "5. vieta",
     "9. vieta", "ne zemāk par 5. vietu"],
    ["5.", "Izglītojamo mācību stundu apmeklējums", "vidēji 94,6%", "vidēji 93,1%", "vismaz 95%"],
    ["6.", "Interešu izglītībā iesaistīto izglītojamo skaits (1.–9. kl.)", "68 no 98", "61 no 96", "70"],
    ["7.", "Pedagogu profesionālās kompetences pilnveide (kursi vismaz 12 st. apjomā)", "92% pedagogu",
     "100%", "100%"],
    ["8.", "Vecāku līdzdalība – klašu vecāku sapulču apmeklējums", "–", "nav datu", "60%"],
]
table(ind, [1.1, 5.0, 3.9, 3.9, 3.1], size=9.5, merges=[(1, 1, 1, 4)])

# ---------------------------------------------------------------- section 2
h("2. Mērķi un prioritātes")
p("2.1. Misija – mūsdienīga lauku skola, kurā katrs bērns tiek pamanīts, atbalstīts un iedrošināts "
  "mācīties visu mūžu.", align="j")
p("2.2. Vīzija par izglītojamo – zinātkārs, atbildīgs un strādīgs jaunietis, kurš novērtē savas "
  "dzimtās puses vērtības un drosmīgi izmanto iespējas Latvijā un pasaulē.", align="j")
p("2.3. Vērtības – atbildība, cieņa, čaklums, sadarbība, piederība.", align="j", after=8)
p("2.4. Informācija par 2024./2025. mācību gada prioritāšu sasniegšanu", bold=True)
pri = [
    ["Nr.", "Prioritāte", "Sasniedzamie rezultāti", "Izpilde", "Komentārs (kā īstenots, kas to apliecina)"],
    ["1.", "Kompetences un sasniegumi.\nMatemātikas sasniegumu uzlabošana 5.–9. klasē",
     "b) kvantitatīvi: 9. klases valsts pārbaudes darbā matemātikā skolas vidējais rezultāts ir vismaz 45%; "
     "nepietiekamu vērtējumu skaits matemātikā samazinās par trešdaļu.",
     "Sasniegts",
     "Eksāmena vidējais rezultāts 47,9%; nepietiekamu gada vērtējumu matemātikā – 2 (iepriekš 5)."],
    [None, None,
     "a) kvalitatīvi: visos matemātikas un dabaszinību kursos ieviests vienots teksta uzdevumu "
     "risināšanas algoritms; notiek regulāras konsultācijas 5.–6. klasēm.",
     "daļēji sasniegts – turpināsim 2025./2026. m.g.",
     "Algoritms lietots 5.–9. klasē matemātikā, dabaszinībās tikai 7. klasē. Konsultāciju apmeklējums "
     "5.–6. klasēm neregulārs (vidēji 4 skolēni nedēļā)."],
    ["2.", "Vienlīdzība un iekļaušana.\nAtbalsts izglītojamajiem ar mācīšanās traucējumiem",
     "b) kvantitatīvi: 100% izglītojamo ar speciālajām vajadzībām ir individuālie izglītības plāni; "
     "vismaz 80% vecāku piedalās plānu izvērtēšanā.",
     "Sasniegts.",
     "Plāni izstrādāti visiem 12 izglītojamajiem; izvērtēšanā piedalījās 11 ģimenes no 12."],
    [None, None,
     "a) kvalitatīvi: atbalsta komanda (logopēds, speciālais pedagogs, psihologs) darbojas pēc vienotas, "
     "rakstiski apstiprinātas kārtības.",
     "SASNIEGTS",
     "Kārtība apstiprināta 2024. gada oktobrī, atbalsta komandas sanāksmes notiek reizi mēnesī "
     "(protokoli)."],
    ["3.", "Drošība un psiholoģiskā labklājība.\nDigitālās drošības un cieņpilnas saskarsmes kultūra",
     "a) kvalitatīvi: izstrādāti un ieviesti skolas mobilo ierīču lietošanas noteikumi.",
     "NAV SASNIEGTS",
     "Noteikumu projekts apspriests skolēnu pašpārvaldē un skolas padomē, bet apstiprināts tikai 2025. gada "
     "augustā; ieviešana – no 2025./2026. m.g."],
    [None, None,
     "b) kvantitatīvi: anketēšanā vismaz 85% skolēnu atzīst, ka skolā jūtas droši.",
     "Daļēji sasniegts",
     "Maija anketēšanā skolā droši jūtas 81% skolēnu (2024. gadā – 77%)."],
]
table(pri, [0.9, 3.6, 5.0, 2.4, 5.1], size=9.5,
      merges=[(1, 0, 2, 0), (1, 1, 2, 1), (3, 0, 4, 0), (3, 1, 4, 1), (5, 0, 6, 0), (5, 1, 6, 1)])

p("2.5. Prioritātes 2025./2026. mācību gadam (sīkāk – 11. sadaļā):", bold=True)
p("1) mācīšanās paradumu un pašvadītas mācīšanās stiprināšana 5.–9. klasē;", after=0)
p("2) matemātikas sasniegumu uzlabošana (turpinājums);", after=0)
p("3) mobilo ierīču lietošanas noteikumu ieviešana un digitālā drošība.", after=8)

page_break()
# ---------------------------------------------------------------- section 3
h("3. Kritēriju izvērtējums")
crit = [
    ("3.1. Kritērijs “Kompetences un sasniegumi”",
     "Skola regulāri analizē ikdienas un valsts pārbaudes darbu rezultātus; latviešu valodā un angļu valodā "
     "9. klases rezultāti pārsniedz valsts vidējo. Mācību gada noslēgumā pārcelti uz nākamo klasi visi "
     "izglītojamie, trīs izglītojamajiem noteikti papildu mācību pasākumi.",
     "Matemātikas rezultāti joprojām zem valsts vidējā; jāstiprina izglītojamo prasme patstāvīgi plānot "
     "mācības."),
    ("3.2. Kritērijs “Vienlīdzība un iekļaušana”",
     "Visiem izglītojamajiem ar speciālajām vajadzībām izstrādāti individuālie plāni; skolā pieejams "
     "logopēds, speciālais pedagogs un psihologs (0,3 slodzes). Skolēni ar dažādām vajadzībām piedalās "
     "visos skolas pasākumos.",
     "Pedagogu zināšanas par darbu ar izglītojamajiem ar uzvedības traucējumiem; atbalsta pasākumu "
     "efektivitātes izvērtēšana."),
    ("3.3. Kritērijs “Drošība un psiholoģiskā labklājība”",
     "Skolā ir izstrādāta rīcības kārtība bulinga gadījumos, klases audzinātāji izmanto programmas "
     "“Sociālās un emocionālās mācīšanās” materiālus. Skolēnu pašpārvalde aktīvi iesaistās noteikumu "
     "izstrādē.",
     "Mobilo ierīču noteikumu ieviešana; drošības sajūtas paaugstināšana 7.–9. klasēs."),
]
for title, strong, need in crit:
    p(title, bold=True)
    table([["Stiprās puses", "Turpmākās attīstības vajadzības"], [strong, need]], [8.5, 8.5], size=10)

p("Pašvērtēšanā izmantotas stundu vērošanas lapas (vērotas 41 mācību stunda), skolēnu, vecāku un "
  "pedagogu anketēšana (atbildēja 74 skolēni, 58 vecāki, 17 pedagogi), metodisko komisiju sanāksmju "
  "protokoli un e-klases dati. Kopumā skolas darbs kritērijos vērtējams kā labs, īpaši novērtējama "
  "mazā skolēnu skaita sniegtā iespēja individuālai pieejai; vienlaikus pedagogu noslodze ar vairāku "
  "mācību priekšmetu mācīšanu ir augsta, un tas jāņem vērā, plānojot profesionālo pilnveidi.",
  align="j", after=8)

# ---------------------------------------------------------------- sections 4-10
h("4. Informācija par lielākajiem īstenotajiem projektiem 2024./2025. mācību gadā")
p("4.1. Programma “Latvijas skolas soma” – 9 kultūras pasākumi visām klasēm, t. sk. brauciens uz "
  "Cēsu Jaunās pils izstādi.", align="j")
p("4.2. ESF+ projekts Nr. 4.2.2.3/1/24/I/001 “Pedagogu profesionālā pilnveide” – 6 pedagogi apguva "
  "kursus par diferenciāciju matemātikā.", align="j")
p("4.3. Projekts “Atbalsts izglītojamo individuālo kompetenču attīstībai” – individuālās konsultācijas "
  "matemātikā un dabaszinībās 8 izglītojamajiem.", align="j", after=8)
h("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
p("5.1. Smiltenes tehnikums – karjeras izglītības pasākumi 8.–9. klasēm (līgums no 2023. gada).")
p("5.2. Biedrība “Ziemeļupes attīstībai” – skolas parka labiekārtošana un vasaras nometne.")
p("5.3. Smiltenes novada Bērnu un jauniešu centrs – interešu izglītības programmu īstenošana skolā.",
  after=8)
h("6. Citi sasniegumi un izglītības iestādei būtiska informācija")
p("• Valsts diagnosticējošajā darbā matemātikā 6. klasē skolas vidējais rezultāts – 58,3% (valstī 55,1%); "
  "latviešu valodā 3. klasē – 71% (valstī 69%).", align="j")
p("• Skolas koris piedalījās XIII Latvijas Skolu jaunatnes dziesmu un deju svētkos.", align="j")
p("• Vidzemes reģiona skolēnu zinātniski pētniecisko darbu konferencē – 2. pakāpes diploms (9. klase).",
  align="j")
p("• 2025. gada pamatizglītības absolventi (11): 7 turpina mācības vispārējās vidējās izglītības "
  "iestādēs, 4 – profesionālās izglītības iestādēs.", align="j", after=8)
h("7. Audzināšanas darba izvērtējums")
p("Audzināšanas darbā galvenais virziens bija piederības sajūta skolai un novadam: notika 14 kopīgi "
  "skolas pasākumi, t. sk. Ziemeļupes novadpētniecības diena un Lāčplēša dienas lāpu gājiens. "
  "Klases stundās tika izmantoti “Sociālās un emocionālās mācīšanās” materiāli.", align="j", after=8)
h("8. Informācija par akreditāciju un vadītāja novērtēšanu")
p("Skola akreditēta 2021. gada 3. martā uz sešiem gadiem; direktore novērtēta 2021. gadā.", after=8)
h("9. IKVD un citu institūciju apmeklējumi")
p("Mācību gada laikā pārbaudes netika veiktas.", after=8)
h("10. Skolas padomes ieteikumi")
p("Turpināt skolēnu autobusu kustības saskaņošanu ar interešu izglītības nodarbību laikiem; "
  "organizēt vecāku izglītošanas vakaru par digitālo drošību.", align="j", after=8)

# ---------------------------------------------------------------- section 11
h("11. Izglītības iestādes darba prioritātes un plānotie rezultāti 2025./2026. mācību gadā")
table(
    [
        ["Nr.", "Joma / prioritāte", "Plānotie rezultāti"],
        ["1.", "Kompetences un sasniegumi.\nMācīšanās paradumu un pašvadītas mācīšanās stiprināšana "
         "5.–9. klasē",
         "a) kvalitatīvi – izglītojamie izmanto vienotu mācību plānotāju un pašvērtējuma lapas;\n"
         "b) kvantitatīvi – vismaz 70% 5.–9. klašu izglītojamo regulāri izmanto mācību plānotāju."],
        ["2.", "Kompetences un sasniegumi.\nMatemātikas sasniegumu uzlabošana (turpinājums)",
         "a) kvalitatīvi – dabaszinību kursos ieviests vienotais teksta uzdevumu algoritms;\n"
         "b) kvantitatīvi – vidējais rezultāts valsts pārbaudes darbā matemātikā 9. klasē ir vismaz 50%."],
        ["3.", "Drošība un psiholoģiskā labklājība.\nMobilo ierīču lietošanas noteikumu ieviešana",
         "a) kvalitatīvi – noteikumi ievēroti visās klasēs, to ievērošana izvērtēta semestra beigās;\n"
         "b) kvantitatīvi – vismaz 85% skolēnu skolā jūtas droši."],
    ],
    [1.0, 6.0, 10.0], size=10,
)
p("", after=12)
p("Direktore                                   /paraksts/                                   Ilze Ozoliņa")
p("Ziemeļupē, 2025. gada 25. septembrī", size=10)

if __name__ == "__main__":
    os.makedirs(WORK, exist_ok=True)
    docx_path = os.path.join(WORK, NAME + ".docx")
    doc.save(docx_path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, docx_path], check=True,
                   stdout=subprocess.DEVNULL)
    pdf = os.path.join(WORK, NAME + ".pdf")
    txt = os.path.join(CASE, "reports", NAME + ".txt")
    subprocess.run(["/work/shared/tools/tika-text", pdf, txt], check=True)
    print(txt)
