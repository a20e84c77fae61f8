#!/usr/bin/env python3
"""Generate lielvarpu-vidusskola_2023-2024.pdf (reportlab) and its Tika text.

Run:  /work/blind/.venv-h3A/bin/python make_report.py
Writes ../reports/lielvarpu-vidusskola_2023-2024.pdf and, with /work/shared/tools/tika-text,
../reports/lielvarpu-vidusskola_2023-2024.txt.
Tables have only thin horizontal rules (no vertical lines); header cells wrap over 2-3 lines;
the quality-indicator table (1.3) crosses a page break with its header rows repeated.
"""
from pathlib import Path
import subprocess

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "reports"
NAME = "lielvarpu-vidusskola_2023-2024"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
pdfmetrics.registerFont(TTFont("Serif", str(FONT_DIR / "LiberationSerif-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Serif-Bold", str(FONT_DIR / "LiberationSerif-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Serif-Italic", str(FONT_DIR / "LiberationSerif-Italic.ttf")))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
                              boldItalic="Serif-Bold")

BODY = ParagraphStyle("body", fontName="Serif", fontSize=11, leading=14, alignment=TA_JUSTIFY,
                      spaceAfter=4)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Serif-Bold", fontSize=12, leading=15,
                    spaceBefore=10, spaceAfter=6, alignment=0)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Serif-Bold", fontSize=11, leading=14,
                    spaceBefore=6, spaceAfter=4, alignment=0)
CELL = ParagraphStyle("cell", fontName="Serif", fontSize=9.5, leading=11.5)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Serif-Bold", alignment=TA_CENTER)
HEADL = ParagraphStyle("headl", parent=CELL, fontName="Serif-Bold")
CENTER = ParagraphStyle("center", parent=BODY, alignment=TA_CENTER)
RIGHT = ParagraphStyle("right", parent=BODY, alignment=TA_RIGHT)
TITLE = ParagraphStyle("title", parent=BODY, fontName="Serif-Bold", fontSize=16, leading=20,
                       alignment=TA_CENTER, spaceAfter=8)


def P(text, style=BODY):
    return Paragraph(text, style)


def C(text):
    return Paragraph(text, CELL)


def Hc(text):
    return Paragraph(text, HEAD)


def rules_only(n_header_rows, extra=()):
    """Thin horizontal rules between rows, no vertical lines."""
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, n_header_rows - 1), (-1, n_header_rows - 1), 0.8, colors.black),
        ("LINEBELOW", (0, n_header_rows), (-1, -1), 0.3, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    cmds.extend(extra)
    return TableStyle(cmds)


def on_page(canvas, doc):
    canvas.saveState()
    canvas.setFont("Serif", 9)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, str(doc.page))
    canvas.restoreState()


def on_first(canvas, doc):
    pass  # no page number on the cover


story = []
S = story.append

# ---------------------------------------------------------------- cover
S(P("SĒĻU NOVADA PAŠVALDĪBA", CENTER))
S(P("<b>LIELVĀRPU VIDUSSKOLA</b>", CENTER))
S(P("Reģ. Nr. 4313900123, Skolas iela 5, Lielvārpi, Sēļu novads, LV-5120<br/>"
    "tālr. 65012345, e-pasts: lielvarpu.vsk@selunovads.lv", CENTER))
S(Spacer(1, 18 * mm))
S(P("SASKAŅOTS<br/>Sēļu novada pašvaldības<br/>Izglītības pārvaldes vadītāja<br/>"
    "/paraksts/ I. Kalniņa<br/>2024. gada 26. septembrī", RIGHT))
S(Spacer(1, 40 * mm))
S(P("IZGLĪTĪBAS IESTĀDES PAŠNOVĒRTĒJUMA ZIŅOJUMS", TITLE))
S(P("Publiskojamā daļa", CENTER))
S(P("par 2023./2024. mācību gadu", CENTER))
S(Spacer(1, 70 * mm))
S(P("Lielvārpi<br/>2024", CENTER))
S(PageBreak())

# ---------------------------------------------------------------- 1.1
S(P("1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un to "
    "sasniegšanas izvērtējums", H1))
S(P("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2023./2024. mācību gadā", H2))

hdr = [Hc("Nr.<br/>p.k."),
       Hc("Izglītības<br/>programmas<br/>nosaukums"),
       Hc("Kods"),
       Hc("Īstenošanas vietas<br/>adrese (ja atšķiras no<br/>juridiskās adreses)"),
       Hc("Licences<br/>Nr., datums"),
       Hc("Izglītojamo skaits,<br/>uzsākot 2023./2024.<br/>m.g. (01.09.2023.)"),
       Hc("Izglītojamo skaits,<br/>noslēdzot 2023./2024.<br/>m.g. (31.05.2024.)")]
rows = [
    ["1.", "Pirmsskolas izglītības programma", "01011111", "Avotu iela 2, Lielvārpi, Sēļu novads",
     "V-9120,<br/>14.08.2017.", "64", "61"],
    ["2.", "Pamatizglītības programma", "21011111", "–", "V-9121,<br/>14.08.2017.", "298", "294"],
    ["3.", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem",
     "21015611", "–", "V-9122,<br/>14.08.2017.", "21", "24"],
    ["4.", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem",
     "21015811", "–", "V_4410,<br/>02.09.2021.", "3", "3"],
    ["5.", "Vispārējās vidējās izglītības programma", "31016011", "–", "V_5231,<br/>29.06.2022.",
     "104", "99"],
    ["6.", "Vispārējās vidējās izglītības programma (tālmācība)", "31016013", "–",
     "V_6002,<br/>21.08.2023.", "37", "30"],
    ["", "<b>Kopā</b>", "", "", "", "<b>527</b>", "<b>511</b>"],
]
data = [hdr] + [[C(c) for c in r] for r in rows]
t = Table(data, colWidths=[10 * mm, 46 * mm, 18 * mm, 32 * mm, 22 * mm, 27 * mm, 27 * mm],
          repeatRows=1)
t.setStyle(rules_only(1, [("ALIGN", (5, 1), (-1, -1), "CENTER")]))
S(t)
S(Spacer(1, 6))

# ---------------------------------------------------------------- 1.2
S(P("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai "
    "un mācību pārtraukšanai izglītības programmā", H2))
S(P("2023./2024. mācību gada laikā izglītības iestādi atstāja 18 izglītojamie (neskaitot 9. un 12. "
    "klašu absolventus). Salīdzinājumā ar iepriekšējo mācību gadu izglītojamo aizplūšana ir nedaudz "
    "samazinājusies, un lielākā daļa gadījumu saistīta ar ģimenes dzīvesvietas maiņu."))
S(P("1.2.1. dzīvesvietas maiņa – 7 izglītojamie (ģimenes pārcēlās uz Rīgu, Jelgavu un Bausku), "
    "uz ārvalstīm izbrauca 2 izglītojamie (Īrija, Vācija);"))
S(P("1.2.2. izglītības iestādes maiņa – 5 izglītojamie; galvenie iemesli – vēlme apgūt profesiju "
    "profesionālās izglītības iestādē un ģimenes lēmums turpināt mācības pilsētas ģimnāzijā;"))
S(P("1.2.3. cits iemesls – 3 izglītojamie pārtrauca mācības tālmācības programmā, jo nespēja "
    "savienot mācības ar darbu; 1 izglītojamais pārtrauca mācības ilgstošu veselības problēmu dēļ."))

# ---------------------------------------------------------------- 1.3
S(P("1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
    "2023./2024. m.g. un 2024./2025. m.g. (nosakāmi ne mazāk kā trīs kvalitātes rādītāji)", H2))

h1 = [Hc("Nr."), Hc("Kvalitatīvais/<br/>kvantitatīvais<br/>indikators"),
      Hc("Noteiktais rezultatīvais rādītājs"), "", ""]
h2 = ["", "",
      Hc("uzsākot 2023./2024. m.g.<br/>(pēc 2022./2023. m.g.<br/>pašnovērtējuma ziņojuma)"),
      Hc("noslēdzot<br/>2023./2024. m.g."),
      Hc("2024./2025.<br/>m.g.")]


def lines(*items):
    return C("<br/>".join(items))


ind = [
    [C("1."), C("<b>Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:</b>"), "", "", ""],
    [C("1.1."), C("Pirmsskolas izglītības programmā"),
     C("Mācību jomu apguves rādītājs 68%"), C("71 %"), C("72%")],
    [C("1.2."), C("Vispārējās pamatizglītības programmā"),
     C("6,4 balles (vidējais vērtējums)"), C("6,5 balles"), C("6,6 balles")],
    [C("1.3."), C("Vispārējās vidējās izglītības programmā"),
     C("6,1 balle"), C("6,2 balles"), C("6,3 balles")],
    [C("1.4."), C("Interešu izglītības programmās"),
     C("214 izglītojamie"), C("236 izglītojamie (14 pulciņi)"), C("240 izglītojamie")],
    [C("2."), C("Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās "
                "pamatizglītības programmas apguves noslēgumā 9. klasē attiecībā pret vidējiem "
                "valsts rezultātiem"),
     lines("Latviešu valoda – 56,8% (valstī 58%).",
           "Matemātika – 47,2% (valstī 50,5%), nenokārtoja 4,3% skolēnu.",
           "Angļu valoda – 68,9% (valstī 66,1%)."),
     lines("Latviešu valoda – 61,3% (valstī 59,1%), nenokārtoja 2,4% skolēnu.",
           "Matemātika – 40,6% (valstī 43,2%), nenokārtoja 9,5% skolēnu.",
           "Angļu valoda – 66% (valstī 63,9%)."),
     lines("Latviešu valoda – 62%.", "Matemātika – 45%.", "Angļu valoda – 68%.")],
    [C("3."), C("<b>Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās "
                "izglītības programmas apguves noslēgumā attiecībā pret vidējiem valsts "
                "rezultātiem:</b>"), "", "", ""],
    [C("3.1."), C("optimālajā līmenī"),
     lines("Latviešu valoda – 51,4% (valstī 54%).",
           "Matemātika – 31,9% (valstī 35%), nenokārtoja 12,5% skolēnu.",
           "Angļu valoda – 61,5% (valstī 63%)."),
     lines("Latviešu valoda – 53,7% (valstī 55%).",
           "Matemātika – 36,2% (valstī 34%), nenokārtoja 8,3% skolēnu.",
           "Angļu valoda – 64,8% (valstī 62%).",
           "Vācu valoda – 57,5% (valstī 54%)."),
     lines("Latviešu valoda – 55%.", "Matemātika – 38%.", "Angļu valoda – 65%.")],
    [C("3.2."), C("augstākajā līmenī"),
     lines("Latviešu valoda – 49% (valstī 56%).",
           "Matemātika – 55,3% (valstī 60%).",
           "Angļu valoda – 70,2% (valstī 65%)."),
     lines("Latviešu valoda – 52,4% (valstī 55%), nenokārtoja 4% skolēnu.",
           "Matemātika – 57,1% (valstī 59%).",
           "Angļu valoda – 68,4% (valstī 66%).",
           "Bioloģija – 49,6% (valstī 55%).",
           "Ķīmija – 46,8%.",
           "Kultūra un māksla – 53,2% (valstī 50%)."),
     lines("Latviešu valoda – 54%.", "Matemātika – 58%.", "Angļu valoda – 70%.",
           "Bioloģija – 52%.")],
    [C("4."), C("Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, "
                "konkursos, sacensībās u.tml."),
     C("14 godalgotas vietas novada mācību priekšmetu olimpiādēs"),
     C("19 godalgotas vietas novada mācību priekšmetu olimpiādēs"),
     C("vismaz 16 godalgotas vietas")],
    [C("5."), C("Pedagogu profesionālās kompetences pilnveide"),
     C("85% pedagogu apguvuši profesionālās kompetences pilnveides kursus (vismaz 12 h)"),
     C("vidēji 92 % pedagogu"), C("95%")],
    [C("6."), C("Citi kvalitātes rādītāji"),
     C("Latvijas skolu reitingā 2023 – 27. vieta (vidusskolu grupā)"),
     C("Latvijas skolu reitingā 2024 – 22. vieta"),
     C("Ne zemāk par 20. vietu")],
]
data = [h1, h2] + ind
spans = [("SPAN", (2, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
         ("SPAN", (1, 2), (4, 2)), ("SPAN", (1, 8), (4, 8)),
         ("LINEBELOW", (2, 0), (4, 0), 0.3, colors.black)]
t = Table(data, colWidths=[11 * mm, 43 * mm, 45 * mm, 45 * mm, 34 * mm], repeatRows=2)
t.setStyle(rules_only(2, spans))
S(t)

# ---------------------------------------------------------------- 2
S(P("2. Izglītības iestādes darbības pamatmērķi un prioritātes", H1))
S(P("2.1. Izglītības iestādes misija", H2))
S(P("Mūsdienīga, droša un atvērta skola, kurā ikviens izglītojamais mācās ar prieku, atbildīgi "
    "izmanto savas spējas un sagatavojas mūžizglītībai un dzīvei mainīgā sabiedrībā."))
S(P("2.2. Izglītības iestādes vīzija par izglītojamo", H2))
S(P("Lielvārpu vidusskolas absolvents ir zinātkārs, patstāvīgs un atbildīgs Latvijas pilsonis, kurš "
    "prot sadarboties, kritiski domāt un pieņemt lēmumus, ciena savu novadu un tā tradīcijas."))
S(P("2.3. Izglītības iestādes vērtības", H2))
S(P("<b>Atbildība</b> – par savu mācīšanos, rīcību un kopīgo skolas vidi; <b>cieņa</b> – pret sevi, "
    "citiem un dabu; <b>sadarbība</b> – skolēns, vecāks, pedagogs un kopiena strādā kopā; "
    "<b>izaugsme</b> – katru dienu mazliet labāk nekā vakar."))
S(P("2.4. 2023./2024. mācību gada darba prioritātes un sasniegtie rezultāti", H2))

ph = [Hc("Prioritāte"), Hc("Sasniedzamie rezultāti<br/>(kvalitatīvi un kvantitatīvi)"),
      Hc("Norāde par uzdevumu izpildi<br/>(Sasniegts/ daļēji sasniegts/ nav<br/>sasniegts) "
         "un komentāri")]


def prio_table(cells):
    data = [ph] + cells
    t = Table(data, colWidths=[36 * mm, 62 * mm, 80 * mm], repeatRows=1)
    t.setStyle(rules_only(1, [("SPAN", (0, 1), (0, 2))]))
    return t


S(prio_table([
    [C("<b>Mācīšana un mācīšanās</b><br/>Nr. 1.<br/>Matemātikas un dabaszinātņu mācību rezultātu "
       "uzlabošana"),
     C("a) kvalitatīvi<br/>Pedagogi mācību stundās sistemātiski izmanto uzdevumus problēmrisināšanas "
       "prasmju attīstīšanai. Izveidota vienota matemātikas konsultāciju sistēma 7.–12. klasei. "
       "Dabaszinātņu stundās regulāri tiek veikti praktiskie darbi un pētnieciski eksperimenti."),
     C("<b>Sasniegts</b><br/>Matemātikas un dabaszinātņu jomas pedagogi metodiskās komisijas "
       "sanāksmēs vienojās par kopīgiem problēmuzdevumu veidiem un vērtēšanas kritērijiem; tie "
       "iekļauti tematiskajos plānos. Konsultāciju grafiks bija pieejams e-klasē un skolas mājaslapā, "
       "konsultācijas notika katru darba dienu. Administrācijas vērotajās stundās (kopā 46 stundas) "
       "problēmrisināšanas uzdevumi tika izmantoti 4 no 5 stundām. Dabaszinātņu kabinetā iegādāti "
       "datu uzkrājēji un sensori, un 10.–12. klašu skolēni veica 18 laboratorijas darbus ar "
       "digitālajiem mērinstrumentiem.")],
    ["",
     C("b) kvantitatīvi<br/>9. klašu matemātikas eksāmena vidējais rezultāts ir vismaz 45%. "
       "Centralizētajā eksāmenā matemātikā optimālajā līmenī vidējais rezultāts ir vismaz 35%. "
       "80% izglītojamo, kuriem ir nepietiekami vērtējumi matemātikā, apmeklē konsultācijas."),
     C("<b>Daļēji sasniegts</b><br/>Matemātikas eksāmenā 9. klasē vidējais rezultāts bija 40,6%, "
       "tātad plānotais rezultāts netika sasniegts; skolēnu skaits ar nepietiekamu vērtējumu "
       "eksāmenā gan samazinājās. Centralizētajā eksāmenā matemātikā optimālajā līmenī vidējais "
       "rezultāts – 36,2%, kas pārsniedz plānoto. Konsultācijas regulāri apmeklēja 74% izglītojamo "
       "ar nepietiekamiem vērtējumiem (pēc e-klases konsultāciju žurnāla datiem).")],
]))
S(Spacer(1, 6))
S(prio_table([
    [C("<b>Vienlīdzība un iekļaušana</b><br/>Nr. 2.<br/>Individualizēta atbalsta sistēmas pilnveide "
       "izglītojamajiem ar mācīšanās grūtībām"),
     C("b) kvantitatīvi<br/>Neattaisnoto kavējumu skaits samazinās par 15%. 100% izglītojamo, kuri "
       "mācās pēc speciālās izglītības programmas, ir izstrādāti individuālie izglītības programmas "
       "apguves plāni."),
     C("<b>Nav sasniegts</b><br/>Neattaisnoto kavējumu skaits samazinājās tikai par 6% (no 2114 uz "
       "1987 stundām). Kavējumu pieaugums vērojams tālmācības programmā un 10.–11. klasēs. "
       "Individuālie plāni izstrādāti 27 no 27 izglītojamajiem, taču kavējumu mērķis nav "
       "sasniegts, tāpēc darbs ar kavējumiem iekļauts arī nākamā gada darba plānā.")],
    ["",
     C("a) kvalitatīvi<br/>Atbalsta komanda (sociālais pedagogs, psihologs, logopēds, speciālais "
       "pedagogs) strādā pēc vienotas kārtības; pedagogi saņem metodisku atbalstu diferenciācijai."),
     C("<b>Sasniegts</b><br/>Izstrādāta un pedagoģiskās padomes sēdē apstiprināta atbalsta "
       "sniegšanas kārtība. Atbalsta komanda tikās reizi divās nedēļās, sanāksmes tika "
       "protokolētas. Pedagogiem novadīts seminārs \u201eDiferencēti uzdevumi vienā stundā\u201d, "
       "izveidota digitāla uzdevumu banka 1.–9. klasei. Vecāku aptaujā 83% vecāku norāda, ka "
       "saņem savlaicīgu informāciju par bērna mācību grūtībām.")],
]))
S(Spacer(1, 6))
S(prio_table([
    [C("<b>Drošība un psiholoģiskā labklājība</b><br/>Nr. 3.<br/>Emocionāli droša un cieņpilna "
       "skolas vide"),
     C("a) kvalitatīvi<br/>Skolā darbojas vienoti uzvedības noteikumi un rīcības plāns "
       "vardarbības gadījumos; klases stundās tiek īstenota sociāli emocionālā mācīšanās."),
     C("<b>Sasniegts daļēji</b><br/>Skolas iekšējās kārtības noteikumi aktualizēti kopā ar "
       "skolēnu pašpārvaldi, rīcības plāns publicēts mājaslapā. Sociāli emocionālās mācīšanās "
       "nodarbības regulāri notika 1.–6. klasēs, bet 7.–12. klasēs tās notika neregulāri, jo "
       "klašu audzinātāju stundas bieži tika izmantotas organizatoriskiem jautājumiem.")],
    ["",
     C("b) kvantitatīvi<br/>Vismaz 85% izglītojamo skolēnu aptaujā norāda, ka skolā jūtas droši. "
       "Reģistrēto konfliktsituāciju skaits samazinās."),
     C("<b>Sasniegts</b><br/>Skolēnu aptaujā (atbildēja 356 izglītojamie) 88% norāda, ka skolā "
       "jūtas droši. Reģistrēto konfliktsituāciju skaits samazinājās no 41 uz 29 gadījumiem "
       "(atbalsta komandas žurnāls).")],
]))

S(P("2.5. Izglītības iestādes prioritātes 2024./2025. mācību gadam", H2))
nh = [Hc("Prioritāte"), Hc("Sasniedzamie rezultāti<br/>kvalitatīvi un kvantitatīvi")]
nd = [nh,
      [C("Nr. 1.<br/>Kritērijs \u201eMācīšana un mācīšanās\u201d<br/>Pašvadītas mācīšanās prasmju "
         "attīstīšana 7.–12. klasē"),
       C("a) kvalitatīvi – skolēni plāno savu mācīšanos un izvērtē savu progresu, pedagogi "
         "sniedz regulāru atgriezenisko saiti.<br/>b) kvantitatīvi – 9. klašu matemātikas eksāmena "
         "vidējais rezultāts ir vismaz 45%; 70% skolēnu izmanto mācīšanās dienasgrāmatu.")],
      [C("Nr. 2.<br/>Kritērijs \u201eVienlīdzība un iekļaušana\u201d<br/>Neattaisnoto kavējumu "
         "mazināšana"),
       C("a) kvalitatīvi – izveidota kavējumu uzraudzības sistēma sadarbībā ar sociālo dienestu."
         "<br/>b) kvantitatīvi – neattaisnoto kavējumu skaits samazinās par 10%.")],
      ]
t = Table(nd, colWidths=[60 * mm, 118 * mm], repeatRows=1)
t.setStyle(rules_only(1))
S(t)

# ---------------------------------------------------------------- 3
S(P("3. Kritēriju izvērtējums", H1))
crit_h = [Hc("Stiprās puses"), Hc("Turpmākās attīstības<br/>vajadzības")]


def crit(title, pairs):
    S(P(title, H2))
    d = [crit_h] + [[C(a), C(b)] for a, b in pairs]
    t = Table(d, colWidths=[95 * mm, 83 * mm], repeatRows=1)
    t.setStyle(rules_only(1))
    S(t)


crit("3.1. Kritērijs \u201eMācīšana un mācīšanās\u201d", [
    ("Mācību stundās pedagogi skaidri formulē sasniedzamo rezultātu un vērtēšanas kritērijus; "
     "vērotajās stundās tas tika konstatēts 89% gadījumu. Skolā ir izveidota vienota pārbaudes "
     "darbu plānošanas kārtība, kas novērš pārslodzi.",
     "Pilnveidot atgriezeniskās saites kvalitāti, lai tā palīdzētu skolēnam saprast nākamos soļus."),
    ("Vidusskolas posmā piedāvāti trīs padziļināto kursu komplekti (STEM, humanitārais, "
     "sociālais), skolēni var izvēlēties arī tālmācības formu.",
     "Rast iespējas padziļināto kursu apguvei sadarbībā ar citām novada skolām."),
])
crit("3.2. Kritērijs \u201eIzglītības turpināšana un nodarbinātība\u201d", [
    ("No 2024. gada 12. klašu absolventiem 58% turpina studijas augstskolās, 27% – profesionālās "
     "izglītības iestādēs, pārējie strādā vai dien Nacionālajos bruņotajos spēkos. 9. klašu "
     "absolventi izglītību turpina 100% apmērā.",
     "Karjeras izglītības pasākumus vairāk sasaistīt ar novada uzņēmējiem."),
    ("Karjeras konsultante individuāli konsultēja katru 9. un 12. klases izglītojamo.",
     "Izveidot absolventu datu bāzi ilgtermiņa izsekošanai."),
])
crit("3.3. Kritērijs \u201eDrošība un psiholoģiskā labklājība\u201d", [
    ("Skolā ir izstrādāts un ieviests rīcības plāns vardarbības gadījumos, izglītojamie zina, pie "
     "kā vērsties. Sekmīgi darbojas programma \u201eDraudzīga skola\u201d.",
     "Regulāri veikt skolēnu labbūtības aptauju divas reizes gadā un analizēt tās datus."),
    ("Skolas ēkā uzstādītas videonovērošanas kameras, atjaunota ugunsdrošības signalizācija.",
     "Pilnveidot starpbrīžu dežūru sistēmu sākumskolas gaiteņos."),
])

# ---------------------------------------------------------------- 4 - 7
S(P("4. Informācija par nozīmīgākajiem projektiem 2023./2024. mācību gadā", H1))
pj = [[Hc("Nr."), Hc("Projekta<br/>nosaukums"), Hc("Projekta īsa anotācija"),
       Hc("Projekta īstenošanas<br/>rezultāti")],
      [C("1."), C("Erasmus+ KA1 projekts \u201eZaļā skola – zaļā nākotne\u201d"),
       C("Skolēnu un pedagogu mobilitātes uz Somiju un Portugāli ar mērķi apgūt ilgtspējīgas "
         "attīstības izglītības labo praksi."),
       C("Mobilitātēs piedalījās 16 skolēni un 6 pedagogi; izveidots skolas ilgtspējas rīcības "
         "plāns, ierīkots skolas dārzs.")],
      [C("2."), C("ESF Plus projekts \u201ePuMPuRS\u201d (atbalsts priekšlaicīgas mācību "
                  "pārtraukšanas mazināšanai)"),
       C("Individuāls atbalsts izglītojamajiem, kuriem ir risks priekšlaicīgi pārtraukt mācības."),
       C("Atbalstu saņēma 23 izglītojamie, visi pārcelti nākamajā klasē vai absolvēja skolu.")],
      [C("3."), C("Programma \u201eLatvijas skolas soma\u201d"),
       C("Kultūrizglītības pasākumi visām klašu grupām, saistīti ar mācību saturu."),
       C("Notikuši 34 pasākumi, tajā skaitā izbraukumi uz Rīgu, Cēsīm un Rundāli.")],
      ]
t = Table(pj, colWidths=[10 * mm, 45 * mm, 63 * mm, 60 * mm], repeatRows=1)
t.setStyle(rules_only(1))
S(t)

S(P("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi", H1))
for s in [
    "5.1. Sadarbības līgums ar Latvijas Universitāti par studentu pedagoģisko praksi (2022).",
    "5.2. Līgums ar biedrību \u201eLielvārpu jaunieši\u201d par jauniešu iniciatīvu centra darbību.",
    "5.3. Sadarbības līgums ar SIA \u201eSēļu Agro\u201d par karjeras izglītības pasākumiem un "
    "ēnu dienām.",
    "5.4. Vienošanās ar Sēļu novada sociālo dienestu par atbalstu sociālā riska ģimeņu bērniem.",
]:
    S(P(s))

S(P("6. Citi sasniegumi", H1))
for s in [
    "6.1. 12. klases skolniece ieguva 2. vietu valsts ģeogrāfijas olimpiādē, 11. klases skolnieks "
    "– atzinību valsts ķīmijas olimpiādē.",
    "6.2. Skolas koris un tautas deju kolektīvs \u201eVārpa\u201d piedalījās novada skatēs un "
    "ieguva I pakāpes diplomus.",
    "6.3. Skola 2024. gadā saņēma Sēļu novada pašvaldības atzinību \u201eGada izglītības iestāde\u201d.",
    "6.4. Trīs pedagogiem piešķirta profesionālās darbības kvalitātes 2. pakāpe.",
]:
    S(P(s))

S(P("7. Secinājumi par izglītojamo sasniegumiem valsts pārbaudes darbos", H1))
S(P("9. klašu izglītojamo rezultāti latviešu valodā un angļu valodā ir augstāki par valsts vidējiem "
    "rādītājiem; latviešu valodā rezultāts salīdzinājumā ar iepriekšējo gadu uzlabojās par 4,5 "
    "procentpunktiem. Matemātikā rezultāts ir zemāks par valsts vidējo, un tas noteica, ka "
    "matemātikas rezultātu uzlabošana paliek skolas prioritāte arī nākamajā gadā."))
S(P("Centralizētajos eksāmenos optimālajā līmenī skolēnu rezultāti matemātikā un angļu valodā "
    "pārsniedz valsts vidējos, savukārt augstākajā līmenī visos obligātajos eksāmenos rezultāti ir "
    "tuvu valsts vidējiem. Padziļināto kursu eksāmenos bioloģijā skolēnu rezultāts ir zemāks par "
    "valsts vidējo, tāpēc bioloģijas padziļinātajā kursā plānots vairāk praktisko darbu."))
S(Spacer(1, 14))
S(P("Direktors Jānis Ozoliņš &nbsp;&nbsp;&nbsp; /paraksts/"))
S(P("Pašnovērtējuma ziņojums izskatīts pedagoģiskās padomes sēdē 2024. gada 28. augustā "
    "(protokols Nr. 5)."))


def build():
    OUT.mkdir(parents=True, exist_ok=True)
    pdf = OUT / f"{NAME}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm,
                            title="Lielvārpu vidusskolas pašnovērtējuma ziņojums 2023./2024.",
                            author="Lielvārpu vidusskola", invariant=1)
    doc.build(story, onFirstPage=on_first, onLaterPages=on_page)
    subprocess.run(["/work/shared/tools/tika-text", str(pdf), str(OUT / f"{NAME}.txt")], check=True)
    print("wrote", pdf)


if __name__ == "__main__":
    build()
