#!/usr/bin/env python3
"""Generate tervetes-valsts-gimnazija_2024-2025.pdf (reportlab, borderless tables).

Run: /work/blind/.venv-h7A/bin/python make_report.py OUTDIR
Then: /work/shared/tools/tika-text OUTDIR/X.pdf OUTDIR/X.txt
"""
import sys
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, KeepTogether)

FONT_DIR = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("LSerif", f"{FONT_DIR}/LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-B", f"{FONT_DIR}/LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-I", f"{FONT_DIR}/LiberationSerif-Italic.ttf"))

BASE = ParagraphStyle("base", fontName="LSerif", fontSize=11, leading=14, alignment=TA_JUSTIFY,
                      spaceAfter=4)
H1 = ParagraphStyle("h1", parent=BASE, fontName="LSerif-B", fontSize=12.5, leading=16,
                    spaceBefore=10, spaceAfter=6, alignment=0)
H2 = ParagraphStyle("h2", parent=BASE, fontName="LSerif-B", fontSize=11, leading=14,
                    spaceBefore=6, spaceAfter=4, alignment=0)
CELL = ParagraphStyle("cell", parent=BASE, fontSize=9.5, leading=11.5, alignment=0, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="LSerif-B")
CELLI = ParagraphStyle("celli", parent=CELL, fontName="LSerif-I")
RIGHT = ParagraphStyle("right", parent=BASE, alignment=TA_RIGHT, spaceAfter=0)
TITLE = ParagraphStyle("title", parent=BASE, fontName="LSerif-B", fontSize=17, leading=22,
                       alignment=TA_CENTER, spaceAfter=8)
SUB = ParagraphStyle("sub", parent=BASE, fontSize=13, leading=17, alignment=TA_CENTER)


def P(text, style=BASE):
    return Paragraph(text, style)


def c(text, style=CELL):
    return Paragraph(text, style)


# no ruled lines at all: only padding and alignment
PLAIN = TableStyle([
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
])


def table(rows, widths, extra=()):
    t = Table(rows, colWidths=widths, repeatRows=0)
    t.setStyle(PLAIN)
    if extra:
        t.setStyle(TableStyle(list(extra)))
    return t


def on_page(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSerif", 9)
    if doc.page > 1:
        canvas.drawRightString(A4[0] - 2 * cm, 1.3 * cm, f"{doc.page}")
        canvas.drawString(2.5 * cm, 1.3 * cm, "Tērvetes Valsts ģimnāzija | Pašnovērtējuma ziņojums 2024./2025.")
    canvas.restoreState()


def build(out: Path):
    s = []
    # ---------------- cover ----------------
    s.append(P("SASKAŅOTS", RIGHT))
    s.append(P("Dobeles novada pašvaldības", RIGHT))
    s.append(P("Izglītības pārvaldes vadītāja", RIGHT))
    s.append(P("/paraksts/ L. Ozoliņa", RIGHT))
    s.append(P("2025. gada 24. septembrī", RIGHT))
    s.append(Spacer(1, 3.2 * cm))
    s.append(P("Tērvetes Valsts ģimnāzijas", TITLE))
    s.append(P("pašnovērtējuma ziņojums", TITLE))
    s.append(P("Publiskojamā daļa", SUB))
    s.append(Spacer(1, 0.3 * cm))
    s.append(P("par 2024./2025. mācību gadu", SUB))
    s.append(Spacer(1, 4.5 * cm))
    s.append(P("Tērvetes Valsts ģimnāzija ir Dobeles novada pašvaldības dibināta vispārējās izglītības "
               "iestāde, kurai 2019. gadā piešķirts valsts ģimnāzijas statuss. Ģimnāzija īsteno "
               "pamatizglītības otrā posma un vispārējās vidējās izglītības programmas, tai skaitā "
               "tālmācības formā, un ir reģionālais metodiskais centrs dabaszinātnēs un matemātikā."))
    s.append(Spacer(1, 0.8 * cm))
    s.append(P("Juridiskā adrese: Skolas iela 3, Tērvete, Tērvetes pagasts, Dobeles novads, LV-3730<br/>"
               "Tālrunis: 63726418, e-pasts: gimnazija@tervete.edu.lv", CELL))
    s.append(Spacer(1, 2.2 * cm))
    s.append(P("Tērvete, 2025", SUB))
    s.append(PageBreak())

    # ---------------- 1 ----------------
    s.append(P("1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
               "un to sasniegšanas izvērtējums", H1))
    s.append(P("1.1. Īstenotās izglītības programmas un izglītojamo skaits 2024./2025. mācību gadā", H2))
    hdr = [c("Nr.<br/>p.k.", CELLB),
           c("Izglītības programmas<br/>nosaukums", CELLB),
           c("Kods", CELLB),
           c("Licence<br/>(Nr., izdošanas<br/>datums)", CELLB),
           c("Izglītojamo<br/>skaits, uzsākot<br/>2024./2025. m.g.<br/>(01.09.2024.)", CELLB),
           c("Izglītojamo<br/>skaits, noslēdzot<br/>2024./2025. m.g.<br/>(31.05.2025.)", CELLB)]
    rows = [hdr,
            [c("1."), c("Pamatizglītības otrā posma (7.–9. klase) programma"), c("23011111"),
             c("V_5123,<br/>12.07.2022."), c("148"), c("146")],
            [c("2."), c("Vispārējās vidējās izglītības programma"), c("31016011"),
             c("V_5124,<br/>12.07.2022."), c("236"), c("229")],
            [c("3."), c("Vispārējās vidējās izglītības programma (tālmācība, 10.–12. klase "
                       "pieaugušajiem un izglītojamajiem ar īpašām vajadzībām)"), c("31016013"),
             c("V_6231,<br/>03.08.2023."), c("28"), c("23")],
            [c(""), c("Kopā", CELLB), c(""), c(""), c("412", CELLB), c("398", CELLB)]]
    s.append(table(rows, [1.1 * cm, 5.6 * cm, 2.0 * cm, 2.6 * cm, 2.8 * cm, 2.8 * cm]))
    s.append(Spacer(1, 0.2 * cm))
    s.append(P("Piezīme: programmas 31016013 izglītojamo skaits samazinājies, jo 5 izglītojamie pēc "
               "pirmā semestra turpināja mācības klātienē (programmā 31016011).", CELLI))

    s.append(P("1.2. Informācija par izglītojamo iemesliem izglītības iestādes maiņai un mācību "
               "pārtraukšanai", H2))
    s.append(P("2024./2025. mācību gadā ģimnāziju pameta pavisam 11 izglītojamie (2023./2024. m.g. – 14). "
               "Iemesli apkopoti no izglītojamo un vecāku iesniegumiem un klašu audzinātāju sarunām:"))
    s.append(P("1.2.1. dzīvesvietas maiņa – 3 izglītojamie (ģimenes pārcēlās uz Rīgu un Jelgavu), "
               "uz ārvalstīm izbrauca 1 izglītojamais (Īrija);"))
    s.append(P("1.2.2. izglītības iestādes maiņa – četri izglītojamie; galvenais iemesls – izvēle turpināt "
               "izglītību profesionālās izglītības iestādē vai skolā tuvāk dzīvesvietai;"))
    s.append(P("1.2.3. cits iemesls – mācības pārtrauca veselības stāvokļa dēļ (2) un, uzsākot darba "
               "gaitas, tālmācības programmā (1)."))
    s.append(P("Secinājums: lielākā daļa aizgājušo ir 10. klases izglītojamie pirmajā semestrī, tāpēc "
               "2025./2026. m.g. pastiprināts karjeras konsultanta darbs 9. klasēs pirms uzņemšanas."))

    s.append(P("1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes "
               "rādītāji 2024./2025. m.g. un mērķi 2025./2026. m.g.", H2))
    ih = [c("Nr.", CELLB), c("Rādītājs", CELLB),
          c("Sākuma rādītājs<br/>2023./2024. m.g.<br/>(no iepriekšējā<br/>ziņojuma)", CELLB),
          c("Sasniegtais<br/>2024./2025. m.g.<br/>beigās", CELLB),
          c("Mērķis<br/>2025./2026.<br/>m.g.", CELLB)]
    W = [1.0 * cm, 5.0 * cm, 3.9 * cm, 3.9 * cm, 3.1 * cm]
    part1 = [ih,
             [c("1.", CELLB), c("Izglītojamo mācību sasniegumi mācību gada noslēgumā (vidējais "
                                "vērtējums):", CELLB), c(""), c(""), c("")],
             [c("1.1."), c("pamatizglītības otrā posma programmā"), c("7,12 balles"), c("7,25 balles"),
              c("7,3 balles")],
             [c("1.2."), c("vispārējās vidējās izglītības programmā (klātiene)"), c("6,94 balles"),
              c("7,01 balles"), c("7,1 balles")],
             [c("1.3."), c("vispārējās vidējās izglītības programmā (tālmācība)"), c("6,2 balles"),
              c("6,05 balles"), c("6,3 balles")],
             [c("2.", CELLB), c("Valsts pārbaudes darbi 9. klasē (vidējais kopvērtējums, "
                                "salīdzinājumā ar valsti)", CELLB), c(""), c(""), c("")],
             [c(""), c(""),
              c("Latviešu valoda – 71,4% (valstī 59,1%)<br/>Angļu valoda – 82,6% (valstī 63,9%)<br/>"
                "Matemātika – 60,2% (valstī 43,2%), nenokārtoja 2,1%"),
              c("Latviešu valoda – 69,8% (valstī 58,5%)<br/>Angļu valoda – 84,1% (valstī 65,8%)<br/>"
                "Matemātika – 66,7% (valstī 53,8%)"),
              c("Latviešu valoda – 72%<br/>Angļu valoda – 84%<br/>Matemātika – 67%")],
             [c("3.", CELLB), c("Centralizētie eksāmeni vidējās izglītības noslēgumā (vidējais "
                                "rezultāts, %)", CELLB), c(""), c(""), c("")],
             [c("3.1."), c("optimālajā līmenī:", CELLI), c(""), c(""), c("")],
             [c(""), c("Latviešu valoda"), c("63,5% (valstī 55%)"), c("65,1%"), c("66%")],
             [c(""), c("Matemātika"), c("47,9% (valstī 34%), nenokārtoja 4,3%"),
              c("52,6% (valstī 43,7%), nenokārtoja 1,8%"), c("54%")],
             [c(""), c("Angļu valoda"), c("74,2% (valstī 62%)"), c("76,0%"), c("76%")],
             [c(""), c("Vācu valoda"), c("61,0% (valstī 54%)"), c("nekārtoja neviens izglītojamais"),
              c("–")],
             [c("3.2."), c("augstākajā līmenī (pēc padziļinātā kursa):", CELLI), c(""), c(""), c("")],
             [c(""), c("Matemātika"), c("61,3% (valstī 59%)"), c("63,9% (valstī 62%)"), c("65%")],
             [c(""), c("Angļu valoda"), c("71,8% (valstī 66%)"), c("73,5%"), c("74%")],
             [c(""), c("Latviešu valoda"), c("58,2% (valstī 55%)"), c("60,4%, nenokārtoja 3,6%"),
              c("61%")],
             ]
    part2 = [ih,
             [c(""), c("Bioloģija"), c("62,7% (valstī 55%)"), c("57,9%"), c("60%")],
             [c(""), c("Fizika"), c("54,0%"), c("49,3%, nenokārtoja 8,3%"), c("52%")],
             [c(""), c("Ķīmija"), c("66,1%"), c("68,4%"), c("68%")],
             [c(""), c("Programmēšana"), c("58,8% (valstī 51%)"), c("55,2%"), c("–")],
             [c(""), c("Vēsture"), c("– (nekārtoja)"), c("47,5%"), c("48%")],
             [c("4."), c("Darbs ar talantīgajiem izglītojamajiem: godalgotas vietas valsts mācību "
                         "priekšmetu olimpiādēs"), c("6 godalgotas vietas"), c("9 godalgotas vietas"),
              c("vismaz 8")],
             [c("5."), c("Izglītojamie, kuri prezentē zinātniski pētnieciskos darbus reģiona un "
                         "valsts konferencēs"), c("14 izglītojamie"),
              c("no 14 uz 19 izglītojamajiem"), c("20 izglītojamie")],
             [c("6."), c("Latvijas skolu reitings (valsts ģimnāziju grupā)"), c("11. vieta"),
              c("7. vieta"), c("–")],
             [c("7."), c("Pedagogu profesionālā pilnveide (kursu stundas uz vienu pedagogu gadā)"),
              c("vidēji 36 stundas"), c("vidēji 41 stunda"), c("vismaz 40 stundas")],
             [c("8."), c("Izglītojamo ikdienas kavējumi bez attaisnojoša iemesla"),
              c("nav datu"), c("1,8 stundas uz izglītojamo semestrī"), c("samazināt")],
             ]
    s.append(table(part1, W))
    s.append(PageBreak())
    s.append(table(part2, W))
    s.append(Spacer(1, 0.2 * cm))
    s.append(P("Valsts vidējie rādītāji 2024./2025. m.g. norādīti tikai tiem eksāmeniem, kuriem tie bija "
               "publicēti ziņojuma sagatavošanas brīdī.", CELLI))

    # ---------------- 2 ----------------
    s.append(P("2. Izglītības iestādes darbības pamatmērķi un prioritātes", H1))
    s.append(P("2.1. Misija – mūsdienīga, uz izcilību vērsta ģimnāzija, kurā katrs jaunietis atklāj savu "
               "potenciālu dabaszinātnēs, matemātikā un humanitārajās jomās un mācās atbildīgi rīkoties "
               "savas kopienas un valsts labā."))
    s.append(P("2.2. Vīzija par izglītojamo – zinātkārs, patstāvīgs un pašapzinīgs jaunietis, kurš prot "
               "sadarboties, kritiski domāt, pamatot savu viedokli un ir gatavs studijām Latvijas un "
               "pasaules augstskolās."))
    s.append(P("2.3. Vērtības – <b>atbildība</b> (par savu mācīšanos un rīcību), <b>cieņa</b> (pret sevi, "
               "citiem un dabu), <b>drosme</b> (izmēģināt un kļūdīties), <b>kopība</b> (ģimnāzija kā "
               "vienota kopiena ar Tērvetes novada tradīcijām)."))
    s.append(P("2.4. 2024./2025. mācību gada prioritātes un to īstenošanas rezultāti", H2))

    def prio(no, area, title, blocks):
        rows = [[c(f"Prioritāte Nr. {no}", CELLB), c(f"Joma: {area}", CELLB), c("")],
                [c(""), c(f"„{title}”", CELLB), c("")],
                [c("Rezultāts", CELLI), c("Plānotais", CELLI), c("Izpilde un pamatojums", CELLI)]]
        for kind, planned, status, evidence in blocks:
            rows.append([c(kind), c(planned), c(f"<b>{status}</b><br/>{evidence}")])
        t = table(rows, [2.6 * cm, 6.6 * cm, 7.7 * cm],
                  extra=[("SPAN", (1, 1), (2, 1)), ("SPAN", (1, 0), (2, 0))])
        s.append(t)
        s.append(Spacer(1, 0.35 * cm))

    prio(1, "Mācīšana un mācīšanās",
         "Pašvadītas mācīšanās un formatīvās vērtēšanas stiprināšana 7.–12. klasē",
         [("b) kvantitatīvi",
           "Vismaz 80% pedagogu vismaz reizi mēnesī izmanto formatīvās vērtēšanas rīkus (izziņas "
           "biļetes, pašvērtējuma kritērijus); centralizētā eksāmena matemātikā optimālajā līmenī "
           "vidējais rezultāts ir vismaz 50%; 9. klašu izglītojamo īpatsvars ar vērtējumu 7–10 ballēs "
           "matemātikā – vismaz 45%.",
           "SASNIEGTS",
           "Stundu vērošanas dati (62 vērotas stundas) liecina, ka 82% pedagogu regulāri izmanto "
           "formatīvās vērtēšanas rīkus. Centralizētajā eksāmenā matemātikā optimālajā līmenī "
           "ģimnāzijas vidējais rezultāts – 52,6%. 9. klasēs vērtējumu 7–10 ballēs matemātikā ieguva "
           "48% izglītojamo."),
          ("a) kvalitatīvi",
           "Izglītojamie plāno savu mācīšanos, izvirza mērķus un reflektē par tiem; pedagogi vienojas par "
           "kopīgiem sasniedzamā rezultāta formulējumiem visos mācību priekšmetos.",
           "Daļēji sasniegts – darbs turpināms 2025./2026. m.g.",
           "Mērķu izvirzīšana un refleksija ir ikdienas praksē 10.–12. klasēs, bet 7.–8. klasēs tā vēl "
           "ir epizodiska. Kopīgi formulējumi izstrādāti dabaszinātņu un valodu jomās, pārējās jomās "
           "darbs turpinās.")])
    prio(2, "Vienlīdzība un iekļaušana",
         "Individualizēta atbalsta sistēmas pilnveide izglītojamajiem ar mācīšanās grūtībām un "
         "talantīgajiem izglītojamajiem",
         [("a) kvalitatīvi",
           "Izveidota vienota atbalsta pasākumu plānošanas un uzraudzības kārtība; atbalsta komanda "
           "(psihologs, speciālais pedagogs, sociālais pedagogs) sadarbojas ar klašu audzinātājiem.",
           "Sasniegts",
           "Izstrādāta un pedagoģiskās padomes sēdē 2024. gada 28. oktobrī apstiprināta kārtība; "
           "atbalsta komandas sanāksmes notiek reizi divās nedēļās, katram izglītojamajam ar "
           "atbalsta plānu ir atbildīgais pedagogs."),
          ("b) kvantitatīvi",
           "Vismaz 90% izglītojamo ar individuālo atbalsta plānu mācību gadu noslēdz bez "
           "nepietiekamiem vērtējumiem; konsultāciju apmeklējums pieaug par 15%.",
           "nav sasniegts",
           "Bez nepietiekamiem vērtējumiem gadu noslēdza 81% izglītojamo ar atbalsta plānu; "
           "konsultāciju apmeklējums pieauga par 9%. Iemesls – pedagogu slodžu izmaiņas otrajā "
           "semestrī un transporta grafiks pēc stundām.")])
    prio(3, "Infrastruktūra un resursi",
         "Dabaszinātņu laboratoriju modernizācija un digitālo resursu izmantošana",
         [("a) kvalitatīvi",
           "Ķīmijas un bioloģijas laboratorijas aprīkotas atbilstoši padziļināto kursu prasībām; "
           "izglītojamie patstāvīgi veic pētnieciskos eksperimentus.",
           "Sasniegts daļēji",
           "Ķīmijas laboratorija pilnībā modernizēta (datu uzkrājēji, velkmes skapis); bioloģijas "
           "laboratorijas iekārtu piegāde pārcelta uz 2025. gada oktobri."),
          ("b) kvantitatīvi",
           "Vismaz 60% dabaszinātņu stundu 10.–12. klasē ietver praktisko darbu ar digitālajiem "
           "sensoriem; iegādāti vismaz 12 datu uzkrājēju komplekti.",
           "Sasniegts.",
           "Praktiskie darbi ar sensoriem notika 64% dabaszinātņu stundu; iegādāti 15 komplekti "
           "(projekta un pašvaldības finansējums).")])

    s.append(P("2.5. Prioritātes 2025./2026. mācību gadam", H2))
    s.append(P("1. Mācīšana un mācīšanās: pašvadītas mācīšanās ieviešana 7.–8. klasē – a) kvalitatīvi: "
               "visi 7.–8. klašu pedagogi izmanto vienotus sasniedzamā rezultāta formulējumus; "
               "b) kvantitatīvi: vismaz 70% 7.–8. klašu izglītojamo veic mērķu izvirzīšanu un refleksiju "
               "reizi mēnesī."))
    s.append(P("2. Vienlīdzība un iekļaušana: atbalsta plānu efektivitāte – a) kvalitatīvi: izveidots "
               "konsultāciju grafiks, kas saskaņots ar skolēnu autobusu kustību; b) kvantitatīvi: 90% "
               "izglītojamo ar atbalsta plānu gadu noslēdz bez nepietiekamiem vērtējumiem."))
    s.append(P("3. Kompetences un sasniegumi: eksāmenu rezultātu stabilitāte – b) kvantitatīvi: "
               "centralizētā eksāmena latviešu valodā optimālajā līmenī vidējais rezultāts ne zemāks "
               "par 66%."))

    # ---------------- 3 ----------------
    s.append(P("3. Kritēriju izvērtējums", H1))
    crit = [
        ("3.1. Kritērijs „Mācīšana un mācīšanās”",
         "Pedagogi plāno mācību stundas, balstoties uz sasniedzamo rezultātu, un vairumā vēroto stundu "
         "(78%) izglītojamajiem bija skaidri definēts stundas mērķis. Stiprā puse – sadarbība jomu "
         "komandās un savstarpējā stundu vērošana; 23 pedagogi novadīja atklātās stundas novada "
         "kolēģiem. Attīstības vajadzības – diferencēti uzdevumi 7.–8. klasēs un atgriezeniskās saites "
         "kvalitāte rakstu darbos."),
        ("3.2. Kritērijs „Izglītības turpināšana un nodarbinātība”",
         "No 2025. gada 12. klašu absolventiem (68) studijas augstākās izglītības iestādēs uzsāka 54, "
         "profesionālajā izglītībā – 6, darba gaitas – 5, ārvalstīs mācās 3. Ģimnāzijā strādā karjeras "
         "konsultants, notika 14 karjeras pasākumi ar absolventu un uzņēmēju līdzdalību. Attīstības "
         "vajadzība – sistēmiska absolventu gaitu izpēte trīs gadus pēc ģimnāzijas beigšanas."),
        ("3.3. Kritērijs „Izglītības programmu īstenošana”",
         "Visas programmas īstenotas atbilstoši licencēm; tālmācības programmā izmantota platforma "
         "Moodle un klātienes konsultācijas reizi mēnesī. Padziļinātie kursi piedāvāti sešos mācību "
         "priekšmetos, t.sk. programmēšanā un ķīmijā. Nepieciešams pārskatīt tālmācības izglītojamo "
         "mācību slodzi un pārbaudes darbu grafiku."),
    ]
    for head, text in crit:
        s.append(P(head, H2))
        s.append(P(text))

    # ---------------- 4-7 ----------------
    s.append(P("4. Informācija par nozīmīgākajiem projektiem 2024./2025. mācību gadā", H1))
    proj = [[c("Nr.", CELLB), c("Projekts", CELLB), c("Īss apraksts un rezultāti", CELLB)],
            [c("4.1."), c("Erasmus+ KA122-SCH „Zaļā laboratorija”"),
             c("Mobilitātes uz Somiju un Portugāli 12 pedagogiem un 18 izglītojamajiem; izstrādāti "
               "5 starpdisciplināri pētnieciskie uzdevumi vides ķīmijā.")],
            [c("4.2."), c("ESF+ „Pumpurs” (Nr. 4.2.2.3/1/24/I/001)"),
             c("Individuālās konsultācijas 27 izglītojamajiem ar priekšlaicīgas mācību pārtraukšanas "
               "risku; no tiem 24 sekmīgi pārcelti nākamajā klasē.")],
            [c("4.3."), c("„Latvijas skolas soma”"),
             c("Visas klases apmeklēja vismaz divus kultūras pasākumus, kas saistīti ar mācību saturu.")]]
    s.append(table(proj, [1.2 * cm, 5.3 * cm, 10.4 * cm]))

    s.append(P("5. Sadarbības līgumi", H1))
    s.append(P("5.1. Latvijas Biozinātņu un tehnoloģiju universitāte – sadarbības līgums par pētniecisko "
               "darbu vadību un laboratoriju izmantošanu (noslēgts 02.09.2024.)."))
    s.append(P("5.2. Tērvetes dabas parks (AS „Latvijas valsts meži”) – āra nodarbības bioloģijā un "
               "ģeogrāfijā."))
    s.append(P("5.3. Dobeles Amatniecības un vispārizglītojošā vidusskola – kopīgi karjeras izglītības "
               "pasākumi."))

    s.append(P("6. Citi sasniegumi", H1))
    s.append(P("6.1. Valsts ķīmijas olimpiādē 11. klases izglītojamais ieguva 1. vietu, bet bioloģijas "
               "olimpiādē – 2. un 3. vietu (2 izglītojamie)."))
    s.append(P("6.2. Ģimnāzijas koris „Tērvetes balsis” XIII Latvijas skolu jaunatnes dziesmu un deju "
               "svētku konkursā ieguva I pakāpes diplomu."))
    s.append(P("6.3. Skolēnu zinātniskās pētniecības darbu valsts konferencē – divas 2. vietas un viena "
               "3. vieta."))

    s.append(Spacer(1, 1.0 * cm))
    sig = [[c("Ģimnāzijas direktore"), c("/paraksts/"), c("Inese Vītola")],
           [c("Pašnovērtējuma ziņojums apspriests pedagoģiskās padomes sēdē 2025. gada 28. augustā, "
              "protokols Nr. 6.", CELLI), c(""), c("")]]
    s.append(table(sig, [6 * cm, 5 * cm, 5.9 * cm], extra=[("SPAN", (0, 1), (2, 1))]))

    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.8 * cm,
                            topMargin=1.8 * cm, bottomMargin=2 * cm,
                            title="Tērvetes Valsts ģimnāzijas pašnovērtējuma ziņojums 2024./2025.",
                            author="Tērvetes Valsts ģimnāzija")
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


if __name__ == "__main__":
    outdir = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    build(outdir / "tervetes-valsts-gimnazija_2024-2025.pdf")
