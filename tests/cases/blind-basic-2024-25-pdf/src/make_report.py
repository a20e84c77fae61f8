#!/usr/bin/env python3
"""Builds reports/lielsalas-pamatskola_2024-2025.pdf with reportlab and its Tika text.

Usage: /work/blind/.venv-holdD/bin/python src/make_report.py
(run from the case folder or anywhere; paths are relative to this file).
The Tika text is made by /work/shared/tools/tika-text from the PDF.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

CASE = Path(__file__).resolve().parent.parent
OUT_PDF = CASE / "reports" / "lielsalas-pamatskola_2024-2025.pdf"
OUT_TXT = CASE / "reports" / "lielsalas-pamatskola_2024-2025.txt"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
pdfmetrics.registerFont(TTFont("Serif", str(FONT_DIR / "LiberationSerif-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Serif-Bold", str(FONT_DIR / "LiberationSerif-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Serif-Italic", str(FONT_DIR / "LiberationSerif-Italic.ttf")))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
                              boldItalic="Serif-Bold")

BODY = ParagraphStyle("body", fontName="Serif", fontSize=10.5, leading=12.5, alignment=TA_JUSTIFY,
                      spaceAfter=4)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Serif-Bold", fontSize=12, leading=15,
                    spaceBefore=10, spaceAfter=6, alignment=0)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Serif-Bold", fontSize=11, leading=14,
                    spaceBefore=6, spaceAfter=4, alignment=0)
CELL = ParagraphStyle("cell", fontName="Serif", fontSize=9.5, leading=11.5)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Serif-Bold")
CELLC = ParagraphStyle("cellc", parent=CELL, alignment=TA_CENTER)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Serif-Bold", fontSize=9, leading=10.5,
                      alignment=TA_CENTER)
CENTER = ParagraphStyle("center", parent=BODY, alignment=TA_CENTER)
RIGHT = ParagraphStyle("right", parent=BODY, alignment=TA_RIGHT, spaceAfter=0)
TITLE = ParagraphStyle("title", parent=BODY, fontName="Serif-Bold", fontSize=16, leading=20,
                       alignment=TA_CENTER, spaceAfter=8)


def P(text, style=BODY):
    return Paragraph(text, style)


def cell(text, style=CELL):
    """A table cell; '\n' becomes a line break."""
    return Paragraph(text.replace("\n", "<br/>"), style)


def table(rows, widths, header_rows=1, spans=(), bold_rows=()):
    """A table with horizontal rules only (no vertical lines)."""
    data = []
    for r, row in enumerate(rows):
        style = HEAD if r < header_rows else CELL
        data.append([cell(c, CELLB if r in bold_rows and c else style) if isinstance(c, str) else c
                     for c in row])
    t = Table(data, colWidths=widths, repeatRows=header_rows, splitByRow=1)
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.black),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.3, colors.grey),
        ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eeeeee")),
    ]
    for s in spans:
        cmds.append(("SPAN",) + s)
    t.setStyle(TableStyle(cmds))
    return t


def on_page(canvas, doc):
    canvas.saveState()
    canvas.setFont("Serif", 8.5)
    if doc.page > 1:
        canvas.drawString(20 * mm, 12 * mm, "Lielsalas pamatskola – pašnovērtējuma ziņojums par 2024./2025. m. g.")
        canvas.drawRightString(190 * mm, 12 * mm, f"{doc.page}")
    canvas.restoreState()


def build():
    story = []
    # ---------------------------------------------------------------- cover
    story += [
        P("SASKAŅOTS", RIGHT),
        P("Dienvidkurzemes novada pašvaldības", RIGHT),
        P("Izglītības pārvaldes vadītāja", RIGHT),
        P("/paraksts/ D. Ozoliņa", RIGHT),
        P("2025. gada 19. septembrī", RIGHT),
        Spacer(1, 40 * mm),
        P("Dienvidkurzemes novada pašvaldība", CENTER),
        P("LIELSALAS PAMATSKOLA", TITLE),
        P("Reģ. Nr. 4212900617, Skolas iela 5, Lielsala, Vērgales pagasts, Dienvidkurzemes novads, LV-3463<br/>"
          "tālr. 63400217, e-pasts: lielsalas.pamatskola@dkn.lv", CENTER),
        Spacer(1, 30 * mm),
        P("Lielsalas pamatskolas pašnovērtējuma ziņojums", TITLE),
        P("(publiskojamā daļa)", CENTER),
        P("par 2024./2025. mācību gadu", CENTER),
        Spacer(1, 70 * mm),
        P("Lielsalā<br/>2025", CENTER),
        PageBreak(),
    ]
    # ---------------------------------------------------------------- intro
    story += [
        P("Lielsalas pamatskola ir Dienvidkurzemes novada pašvaldības dibināta vispārējās izglītības "
          "iestāde, kas īsteno pirmsskolas izglītības programmu un pamatizglītības programmas, t. sk. divas "
          "speciālās pamatizglītības programmas. Skola atrodas lauku teritorijā, tās izglītojamie lielākoties "
          "ir no Vērgales, Medzes un Nīcas pagastiem; 71 % izglītojamo uz skolu nokļūst ar pašvaldības "
          "organizēto skolēnu autobusu. 2024./2025. mācību gadā skolā strādāja 29 pedagogi, no tiem "
          "4 – atbalsta personāla speciālisti (izglītības psihologs, logopēds, speciālais pedagogs, sociālais "
          "pedagogs), kā arī 2 pedagoga palīgi."),
        P("1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un to "
          "sasniegšanas izvērtējums", H1),
        P("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025. mācību gadā", H2),
    ]
    prog_rows = [
        ["Nr.\np.k.", "Izglītības programmas\nnosaukums", "Kods", "Īstenošanas vietas adrese\n(ja atšķiras no\njuridiskās adreses)",
         "Licence\n(Nr., datums)", "Izglītojamo skaits,\nuzsākot\n2024./2025. m. g.\n(01.09.2024.)",
         "Izglītojamo skaits,\nnoslēdzot\n2024./2025. m. g.\n(31.05.2025.)"],
        ["1.", "Pirmsskolas izglītības programma", "01011111",
         "Parka iela 2, Lielsala, Vērgales pag., Dienvidkurzemes nov. (pirmsskolas grupas “Zīļuki”)",
         "V-8812,\n12.08.2016.", "42", "44"],
        ["2.", "Pamatizglītības programma", "21011111", "–", "V-8813,\n12.08.2016.", "168", "163"],
        ["3.", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem", "21015611",
         "–", "V-9640,\n03.05.2018.", "14", "15"],
        ["4.", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem",
         "21015811", "–", "V-2104,\n27.10.2020.", "3", "3"],
        ["", "Kopā", "", "", "", "227", "225"],
    ]
    story.append(table(prog_rows, [10 * mm, 44 * mm, 17 * mm, 40 * mm, 20 * mm, 22 * mm, 22 * mm],
                       bold_rows=(5,)))
    story += [
        Spacer(1, 3 * mm),
        P("Izglītojamo skaita samazinājums pamatizglītības programmā saistīts ar to, ka 2024. gada jūnijā "
          "pamatizglītību ieguva 21 izglītojamais, bet 1. klasē mācības uzsāka 14 izglītojamie."),
        P("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai "
          "un mācību pārtraukšanai izglītības programmā", H2),
        P("2024./2025. mācību gada laikā skolu mainīja vai mācības izglītības programmā pārtrauca 9 (deviņi) "
          "izglītojamie. Ar katra izglītojamā ģimeni klases audzinātājs un sociālais pedagogs veica pārrunas, "
          "lai noskaidrotu iemeslus un piedāvātu atbalstu."),
        P("1.2.1. dzīvesvietas maiņa – 4 izglītojamie (ģimenes pārcēlās uz Liepāju un Grobiņu), uz "
          "ārvalstīm izbrauca 1 izglītojamais;"),
        P("1.2.2. izglītības iestādes maiņa – 3 (trīs) izglītojamie; galvenais iemesls – vecāku vēlme, lai "
          "bērns mācītos pilsētas skolā ar plašāku interešu izglītības piedāvājumu;"),
        P("1.2.3. cits iemesls – 1 izglītojamais, sasniedzot 18 gadu vecumu, pārtrauca mācības "
          "pamatizglītības programmā un uzsāka darba gaitas."),
        P("Secinājumi: lielākā daļa izglītojamo skolu maina ģimenes dzīvesvietas maiņas dēļ; skolai jāturpina "
          "piedāvāt daudzveidīgas interešu izglītības programmas, lai mazinātu izglītojamo aizplūšanu uz "
          "pilsētas skolām."),
        P("1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
          "2024./2025. m. g. un 2025./2026. m. g. (nosakāmi ne mazāk kā trīs kvalitātes rādītāji)", H2),
    ]
    ind_rows = [
        ["NPK", "Kvalitatīvais /\nkvantitatīvais indikators",
         "Noteiktais rezultatīvais\nrādītājs uzsākot\n2024./2025. m. g.\n(pēc 2023./2024. m. g.\npašnovērtējuma ziņojuma)",
         "noslēdzot\n2024./2025. m. g.", "2025./2026. m. g."],
        ["1.", "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:", "", "", ""],
        ["1.1.", "Pirmsskolas izglītības programmā", "Mācību jomu apguves rādītājs 72%", "74%", "75%"],
        ["1.2.", "Vispārējās pamatizglītības programmā (vidējais vērtējums 4.–9. klasē)",
         "vidēji 6,4 balles", "6,5 balles", "6,6 balles"],
        ["1.3.", "Speciālās pamatizglītības programmās: izglītojamie, kuri sasnieguši optimālu apguves līmeni",
         "10 izglītojamie", "12 izglītojamie", "vismaz 12 izglītojamie"],
        ["1.4.", "Interešu izglītības programmās iesaistīto izglītojamo īpatsvars", "58 %", "61 %", "60 %"],
        ["2.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās "
               "pamatizglītības programmas apguves noslēgumā 9. klasē attiecībā pret vidējiem valsts "
               "rezultātiem:", "", "", ""],
        ["2.1.", "Latviešu valoda", "61,3 % (valstī 59,1 %)", "60,7 % (valstī 58,5 %)", "62 %"],
        ["2.2.", "Matemātika", "40,2 % (valstī 43,2 %),\nnenokārtoja 11,8 % skolēnu",
         "49,6 % (valstī 53,8 %),\nnenokārtoja 5,6 % skolēnu", "52 %"],
        ["2.3.", "Angļu valoda", "68,9 % (valstī 63,9 %)", "71,2 % (valstī 65,8 %)", "70 %"],
        ["3.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās izglītības "
               "programmas apguves noslēgumā", "Nav attiecināms", "Nav attiecināms", "Nav attiecināms"],
        ["4.", "Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, konkursos, "
               "sacensībās u.tml.",
         "7 godalgotas vietas novada mācību priekšmetu olimpiādēs",
         "9 godalgotas vietas novada olimpiādēs (t. sk. 2 izglītojamie – arī Kurzemes reģiona olimpiādē)",
         "vismaz 8 godalgotas vietas"],
        ["5.", "Pedagogu profesionālās kompetences pilnveide (pedagogi, kuri mācību gadā apguvuši vismaz "
               "12 h profesionālās pilnveides programmas)", "95 %", "100 %", "100 %"],
        ["6.", "Citi kvalitātes rādītāji: vieta Latvijas izglītības iestāžu reitingā (pamatskolu grupā)",
         "2024. gada reitingā – 27. vieta", "2025. gada reitingā – 19. vieta", "ne zemāk par 20. vietu"],
    ]
    story.append(table(ind_rows, [12 * mm, 58 * mm, 38 * mm, 38 * mm, 29 * mm],
                       spans=[((1, 1), (4, 1)), ((1, 6), (4, 6))]))
    story += [
        Spacer(1, 3 * mm),
        P("Piezīme: 2.1.–2.3. rindā pirmajā kolonnā norādīti 2023./2024. mācību gada valsts pārbaudes darbu "
          "rezultāti, otrajā – 2024./2025. mācību gada rezultāti, trešajā – skolas izvirzītais mērķis "
          "2025./2026. mācību gadam. Valsts vidējie rādītāji – pēc VISC publiskotajiem datiem."),
    ]

    # ---------------------------------------------------------------- section 2
    story += [
        P("2. Izglītības iestādes darbības pamatmērķi un prioritātes", H1),
        P("2.1. Izglītības iestādes misija – droša, atbalstoša un mūsdienīga lauku skola, kurā katrs "
          "izglītojamais apgūst zināšanas un prasmes turpmākajai izglītībai un dzīvei savā novadā un Latvijā."),
        P("2.2. Izglītības iestādes vīzija par izglītojamo – zinātkārs, atbildīgs un patstāvīgs jaunietis, "
          "kurš ciena savu novadu, prot sadarboties un pieņemt pārdomātus lēmumus."),
        P("2.3. Izglītības iestādes vērtības – cieņa, atbildība, sadarbība, drosme un darba tikums. "
          "Vērtības ir iekļautas skolas iekšējās kārtības noteikumos un audzināšanas programmā, un tās "
          "ik gadu tiek pārrunātas skolēnu pašpārvaldē un skolas padomē."),
        P("2.4. 2024./2025. mācību gada darba prioritātes un sasniegtie rezultāti", H2),
    ]
    pr_head = ["Prioritāte", "Sasniedzamie rezultāti\n(kvantitatīvi un kvalitatīvi)",
               "Norāde par uzdevumu izpildi (Sasniegts/ daļēji sasniegts/ nav sasniegts) un komentāri "
               "(kā to ir izdevies īstenot un kādi dati un informācija to apliecina)"]
    pr_rows = [
        pr_head,
        ["Mācīšana un mācīšanās\nNr. 1.\nMatemātiskās pratības un tekstpratības stiprināšana "
         "pamatizglītības posmā",
         "a) kvantitatīvi\n9. klases valsts pārbaudes darbā matemātikā vidējais rezultāts ir vismaz 50 %.\n"
         "6. klases diagnosticējošajā darbā matemātikā vidējais rezultāts nav zemāks par 55 %.\n"
         "Vismaz 80 % pedagogu mācību stundās regulāri izmanto tekstpratības uzdevumus.",
         "Daļēji sasniegts\nVidējais rezultāts 9. klases eksāmenā matemātikā – 49,6 %, kas ir par "
         "9,4 procentpunktiem augstāks nekā iepriekšējā mācību gadā, tomēr izvirzītais mērķis pilnībā nav "
         "sasniegts.\n6. klases diagnosticējošajā darbā matemātikā vidējais rezultāts – 57,2 % "
         "(2023./2024. m. g. – 51,8 %).\nMācību stundu vērošanas dati liecina, ka tekstpratības uzdevumus "
         "regulāri izmanto 83 % pedagogu."],
        ["",
         "b) kvalitatīvi\nIzveidota vienota pieeja teksta uzdevumu risināšanas soļu apguvei 4.–9. klasē.\n"
         "Pedagogi sadarbojas mācību jomu komandās, plānojot starppriekšmetu uzdevumus.",
         "Sasniegts\nIzstrādāta un visās klasēs ieviesta atgādne “Teksta uzdevuma ceļš” (5 soļi), to "
         "izmanto matemātikas, dabaszinātņu un latviešu valodas stundās. Katru mēnesi notika jomu komandu "
         "sanāksmes (kopā 9), kurās pedagogi analizēja skolēnu darbus un vienojās par kopīgiem "
         "vērtēšanas kritērijiem."],
        ["Vienlīdzība un iekļaušana\nNr. 2.\nAtbalsta sistēmas pilnveide izglītojamajiem ar "
         "mācīšanās grūtībām",
         "a) kvantitatīvi\nVisiem (100 %) izglītojamajiem ar speciālajām vajadzībām ir izstrādāti "
         "individuālie izglītības programmas apguves plāni.\nAtbalsta personāla konsultācijas saņem vismaz "
         "30 izglītojamie.",
         "SASNIEGTS\nIndividuālie plāni izstrādāti visiem 17 izglītojamajiem, kuri apgūst speciālās "
         "pamatizglītības programmas, un 6 izglītojamajiem ar mācīšanās grūtībām vispārējā programmā. "
         "Atbalsta personāla konsultācijas mācību gada laikā saņēma 41 izglītojamais (logopēds – 19, "
         "izglītības psihologs – 14, speciālais pedagogs – 8)."],
        ["",
         "b) kvalitatīvi\nPedagogi prot pielāgot mācību materiālus un vērtēšanu izglītojamo vajadzībām.\n"
         "Vecāki ir informēti par atbalsta iespējām.",
         "Sasniegts daļēji – darbs turpināsies 2025./2026. m. g.\nPedagogi apguva kursus par "
         "diferencētu mācīšanu (24 pedagogi), tomēr stundu vērošanā konstatēts, ka atbalsta pasākumi "
         "stundās tiek izmantoti nevienmērīgi. Vecāku sapulcēs un e-klasē sniegta informācija par atbalsta "
         "personāla darbu; vecāku aptaujā 68 % atzīst, ka zina, kur vērsties pēc atbalsta."],
        ["Drošība un psiholoģiskā labklājība\nNr. 3.\nPozitīvas uzvedības kultūras stiprināšana skolā",
         "a) kvantitatīvi\nNeattaisnoto kavējumu skaits uz vienu izglītojamo samazinās par 20 %.\n"
         "Skolēnu aptaujā vismaz 85 % izglītojamo atzīst, ka skolā jūtas droši.",
         "Nav sasniegts\nNeattaisnoto kavējumu skaits uz vienu izglītojamo samazinājās no 7,9 līdz "
         "7,1 stundai jeb par 10 %. Aptaujā 79 % izglītojamo atzina, ka skolā jūtas droši (2023./2024. "
         "m. g. – 76 %). Rezultāts uzlabojies, taču plānotais līmenis netika sasniegts."],
        ["",
         "b) kvalitatīvi\nSkolā ir vienoti uzvedības noteikumi un pozitīvas uzvedības atbalsta sistēma, "
         "kuru zina izglītojamie, pedagogi un vecāki.",
         "Sasniegts\nSkolēnu pašpārvalde kopā ar pedagogiem izstrādāja “Lielsalas skolas 5 zelta "
         "likumus”, tie izvietoti visās klašu telpās. Ieviesta atzinības sistēma (“Labo darbu siena”), "
         "notika 4 klases stundu cikli par konfliktu risināšanu."],
    ]
    story.append(table(pr_rows, [42 * mm, 58 * mm, 75 * mm]))
    story += [
        P("2.5. Prioritātes 2025./2026. mācību gadam", H2),
        P("1. Mācīšana un mācīšanās: diferencēta un personalizēta mācīšanās matemātikā un dabaszinātnēs."),
        P("2. Vienlīdzība un iekļaušana: atbalsta pasākumu vienveidīga izmantošana visās mācību stundās."),
        P("3. Drošība un psiholoģiskā labklājība: neattaisnoto kavējumu mazināšana, sadarbojoties ar "
          "vecākiem un pagasta sociālo dienestu."),
        P("Prioritāšu plānotie sasniedzamie rezultāti sīkāk atspoguļoti ziņojuma 11. sadaļā."),
    ]

    # ---------------------------------------------------------------- section 3
    story += [
        P("3. Kritēriju izvērtējums", H1),
        P("3.1. Kritērijs “Mācīšana un mācīšanās”", H2),
        P("Mācību gada laikā skolas vadība vēroja 64 mācību stundas (visi pedagogi vismaz divas reizes), "
          "izmantojot Dienvidkurzemes novada Izglītības pārvaldes vienoto stundu vērošanas lapu. Vērojumi "
          "liecina, ka 78 % stundu sasniedzamais rezultāts ir skaidri formulēts un izglītojamajiem saprotams, "
          "bet atgriezeniskās saites sniegšana stundas noslēgumā notiek tikai 56 % stundu. Pedagogi aktīvāk "
          "izmanto digitālos mācību līdzekļus (uzdevumi.lv, soma.lv, Maconis), savukārt izglītojamo "
          "pašvērtēšanas prasmes joprojām ir nepietiekamas."),
    ]
    crit1 = [
        ["Stiprās puses", "Turpmākās attīstības vajadzības"],
        ["9. klases izglītojamo rezultāti angļu valodā un latviešu valodā pārsniedz valsts vidējos "
         "rādītājus jau otro gadu pēc kārtas.\nMatemātikas rezultāts 9. klasē uzlabojies par 9,4 "
         "procentpunktiem.",
         "Sasniegt, ka matemātikas eksāmena rezultāts tuvojas valsts vidējam rādītājam.\nPilnveidot "
         "atgriezeniskās saites sniegšanu stundas noslēgumā."],
        ["Sākumskolā ieviesta vienota lasītprasmes diagnostika (septembrī un maijā).",
         "Dažādot darba formas, kas attīsta izglītojamo pašvadītas mācīšanās prasmes."],
    ]
    story.append(table(crit1, [87 * mm, 88 * mm]))
    story += [
        P("3.2. Kritērijs “Vienlīdzība un iekļaušana”", H2),
        P("Skolā netika konstatēti diskriminācijas gadījumi dzimuma, etniskās izcelsmes vai invaliditātes "
          "dēļ. Atbalsta komanda tikās reizi divās nedēļās (kopā 17 sanāksmes). Izglītojamie ar "
          "speciālajām vajadzībām piedalās visos skolas pasākumos, un skolā ir pieejams lifts un pielāgotas "
          "sanitārās telpas. Aptaujā 91 % vecāku atzīst, ka skolā pret visiem izglītojamajiem izturas "
          "vienlīdzīgi."),
    ]
    crit2 = [
        ["Stiprās puses", "Turpmākās attīstības vajadzības"],
        ["Atbalsta personāls ir pilnā sastāvā, konsultācijas pieejamas katru dienu.",
         "Pilnveidot pedagogu prasmes pielāgot vērtēšanu izglītojamajiem ar mācīšanās traucējumiem."],
        ["Sadarbība ar pagasta sociālo dienestu ģimeņu atbalstam.",
         "Regulāri informēt vecākus par atbalsta iespējām."],
    ]
    story.append(table(crit2, [87 * mm, 88 * mm]))
    story += [
        P("3.3. Kritērijs “Pieejamība”", H2),
        P("Skola nodrošina skolēnu pārvadājumus četros maršrutos, pagarinātās dienas grupu 1.–4. klasei un "
          "brīvpusdienas visiem izglītojamajiem. Interešu izglītībā tika īstenotas 12 programmas (koris, "
          "tautu dejas, robotika, vieglatlētika, teātris u. c.). Skolas telpas ir pieejamas izglītojamajiem "
          "ar kustību traucējumiem."),
        P("3.4. Kritērijs “Atbalsts un sadarbība”", H2),
        P("Skolas padome sanāca 4 reizes, tās ieteikumi iekļauti 10. sadaļā. Vecāku dienās piedalījās "
          "vidēji 64 % vecāku. Pedagogi dalījās pieredzē novada metodiskajās apvienībās (11 pedagogi) un "
          "skolas pieredzes dienā “Stunda, kas izdevās”."),
        P("Secinājumi par visiem kritērijiem: jāturpina darbs pie matemātikas rezultātu uzlabošanas, "
          "atbalsta pasākumu vienveidīgas izmantošanas un neattaisnoto kavējumu mazināšanas."),
    ]

    # ---------------------------------------------------------------- sections 4-7
    story += [
        P("4. Informācija par lielākajiem īstenotajiem projektiem 2024./2025. mācību gadā", H1),
    ]
    proj = [
        ["Nr.", "Projekta nosaukums", "Īsa anotācija", "Rezultāti"],
        ["1.", "Erasmus+ KA1 akreditācijas projekts “Lauku skola Eiropā” (Nr. 2024-1-LV01-KA121-SCH-000198765)",
         "Pedagogu un izglītojamo mobilitātes, iepazīstot iekļaujošās izglītības pieredzi Somijā un Portugālē.",
         "Mobilitātēs piedalījās 6 pedagogi un 12 izglītojamie; pieredze apkopota metodiskajā dienā."],
        ["2.", "Programma “Latvijas skolas soma”",
         "Kultūras pasākumi visām klasēm, saistot tos ar mācību saturu.",
         "Notika 23 pasākumi, t. sk. 3 izbraukumi uz Liepājas teātri un koncertzāli “Lielais dzintars”."],
        ["3.", "Projekts “Skolas auglis” un “Skolas piens”",
         "Veselīga uztura veicināšana 1.–9. klasē.",
         "Visi izglītojamie saņēma augļus, dārzeņus un pienu atbilstoši grafikam."],
    ]
    story.append(table(proj, [10 * mm, 55 * mm, 55 * mm, 55 * mm]))
    story += [
        P("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi", H1),
        P("5.1. Sadarbības līgums ar Liepājas Universitāti par studentu pedagoģisko praksi (2022. gada 1. septembris)."),
        P("5.2. Sadarbības līgums ar biedrību “Vērgales attīstības biedrība” par brīvprātīgā darba aktivitātēm."),
        P("5.3. Vienošanās ar Dienvidkurzemes novada sporta skolu par vieglatlētikas treniņu nodrošināšanu skolas stadionā."),
        P("6. Audzināšanas darba prioritāro virzienu izvērtējums un secinājumi", H1),
        P("Audzināšanas darba prioritāte 2024./2025. mācību gadā bija pilsoniskās līdzdalības un "
          "atbildīgas uzvedības veicināšana. Skolēnu pašpārvalde organizēja 14 pasākumus, t. sk. Lāčplēša "
          "dienas lāpu gājienu un labdarības tirdziņu, kurā tika savākti 640 eiro dzīvnieku patversmei. "
          "Klases stundās tika īstenota programma “Esi līderis!” 5.–9. klasē. Secinājums: izglītojamie "
          "aktīvāk iesaistās skolas dzīves plānošanā, taču jāstiprina atbildība par savu mācību darbu."),
        P("Klašu audzinātāji mācību gada noslēgumā veica audzināšanas darba pašvērtējumu pēc vienotas "
          "formas. Tajā atzīmēts, ka 1.–4. klasēs visvairāk uzmanības pievērsts sadarbības prasmēm un "
          "emociju atpazīšanai (tēmas “Es un mana klase”, “Draudzība”, “Kā es jūtos?”), savukārt 5.–9. "
          "klasēs – karjeras izglītībai un digitālajai drošībai. Karjeras nedēļā izglītojamie apmeklēja "
          "5 uzņēmumus Dienvidkurzemes novadā (SIA “Nīcas maiznīca”, z/s “Lejnieki”, Vērgales pagasta "
          "pārvaldi u. c.), un 9. klases izglītojamie piedalījās atvērto durvju dienās Liepājas Valsts "
          "tehnikumā un Liepājas Raiņa 6. vidusskolā. Sociālā pedagoga un klašu audzinātāju sadarbībā "
          "tika organizētas 3 tikšanās ar Valsts policijas nepilngadīgo lietu inspektoru par atbildību "
          "un drošību internetā. Skolēnu aptaujā 74 % izglītojamo atzina, ka klases stundas ir noderīgas, "
          "bet 26 % vēlētos vairāk praktisku nodarbību ārpus klases telpas."),
        P("Vecāku iesaiste audzināšanas darbā tika stiprināta, organizējot kopīgus pasākumus – Ģimeņu "
          "sporta dienu, Ziemassvētku koncertu un pavasara talku skolas dārzā. Kopīgajos pasākumos "
          "piedalījās vidēji 48 ģimenes. Secinājums: nākamajā mācību gadā jāturpina klases stundu "
          "tematiskā plānošana vienotā skolas sistēmā un jāpiedāvā vairāk praktisku, āra vidē balstītu "
          "nodarbību."),
        P("7. Citi sasniegumi", H1),
        P("Skolas koris ieguva I pakāpes diplomu Kurzemes novada skolu koru skatē. Skolas komanda "
          "izcīnīja 2. vietu Dienvidkurzemes novada skolu sporta spēlēs vieglatlētikā (pamatskolu grupā). "
          "8. klases izglītojamā Elīza B. ieguva atzinību Latvijas skolēnu vides pētījumu konkursā. "
          "Skola saņēma “Zaļās karoga” sertifikātu jau piekto gadu pēc kārtas."),
        P("8. Informācija par izglītības iestādes akreditācijā vai izglītības iestādes vadītāja novērtēšanā "
          "norādīto uzdevumu izpildi – nav attiecināms.", H1),
        P("9. Informācija par izglītības iestādes apmeklējumā noteikto uzdevumu ieviešanu – nav attiecināms.", H1),
        P("10. Izglītības iestādes padomes ieteikumi izglītības procesa pilnveidei 2025./2026. mācību gadā", H1),
        P("1. Paplašināt konsultāciju laikus matemātikā 8. un 9. klasei."),
        P("2. Turpināt pozitīvas uzvedības atbalsta sistēmu un regulāri informēt vecākus par kavējumiem."),
        P("3. Piedāvāt vecākiem informatīvu semināru par atbalsta iespējām skolā."),
        P("11. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti 2025./2026. mācību "
          "gadā (kvalitatīvi un kvantitatīvi)", H1),
    ]
    plan = [
        ["Prioritāte", "Sasniedzamie rezultāti kvantitatīvi un kvalitatīvi"],
        ["Kritērijs “Mācīšana un mācīšanās”\nNr. 1.\nDiferencēta un personalizēta mācīšanās matemātikā "
         "un dabaszinātnēs",
         "a) kvantitatīvi\n9. klases valsts pārbaudes darbā matemātikā vidējais rezultāts ir vismaz 52 %.\n"
         "90 % pedagogu stundās izmanto diferencētus uzdevumus vismaz 3 līmeņos.\n"
         "b) kvalitatīvi\nIzglītojamie prot izvēlēties sev atbilstošas grūtības pakāpes uzdevumus un "
         "izvērtēt savu sniegumu."],
        ["Kritērijs “Vienlīdzība un iekļaušana”\nNr. 2.\nAtbalsta pasākumu vienveidīga izmantošana visās "
         "mācību stundās",
         "a) kvantitatīvi\nStundu vērošanā atbalsta pasākumi konstatēti vismaz 85 % stundu.\n"
         "b) kvalitatīvi\nPedagogi un atbalsta personāls kopīgi plāno atbalstu izglītojamajiem ar "
         "speciālajām vajadzībām."],
        ["Kritērijs “Drošība un psiholoģiskā labklājība”\nNr. 3.\nNeattaisnoto kavējumu mazināšana",
         "a) kvantitatīvi\nNeattaisnoto kavējumu skaits uz vienu izglītojamo nepārsniedz 6 stundas.\n"
         "b) kvalitatīvi\nIzveidota vienota kavējumu uzskaites un saziņas ar vecākiem kārtība."],
    ]
    story.append(table(plan, [60 * mm, 115 * mm]))
    story += [
        Spacer(1, 12 * mm),
        P("Izglītības iestādes vadītāja &nbsp;&nbsp;&nbsp;&nbsp; /paraksts/ &nbsp;&nbsp;&nbsp;&nbsp; Ilze Kalniņa"),
        P("2025. gada 12. septembrī"),
        Spacer(1, 6 * mm),
        P("SASKAŅOTS"),
        P("Dienvidkurzemes novada pašvaldības Izglītības pārvaldes vadītāja"),
        P("/paraksts/ Dace Ozoliņa"),
    ]

    doc = BaseDocTemplate(str(OUT_PDF), pagesize=A4, leftMargin=18 * mm, rightMargin=17 * mm,
                          topMargin=18 * mm, bottomMargin=20 * mm,
                          title="Lielsalas pamatskolas pašnovērtējuma ziņojums 2024./2025.",
                          author="Lielsalas pamatskola")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="main")
    doc.addPageTemplates([PageTemplate(id="all", frames=[frame], onPage=on_page)])
    doc.build(story)


if __name__ == "__main__":
    OUT_PDF.parent.mkdir(parents=True, exist_ok=True)
    build()
    subprocess.run(["/work/shared/tools/tika-text", str(OUT_PDF), str(OUT_TXT)], check=True)
    print("wrote", OUT_PDF, OUT_TXT)
