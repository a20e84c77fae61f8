#!/usr/bin/env python3
"""Generate lubanas-pii-dzervenite_2024-2025: a PDF written with reportlab (kept in src/) and its
Tika text (reports/, the file under test).

Run: python make_report.py   (needs reportlab and /work/shared/tools/tika-text)
"""
import subprocess
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = Path(__file__).resolve().parent
CASE = HERE.parent
NAME = "lubanas-pii-dzervenite_2024-2025"
TIKA = "/work/shared/tools/tika-text"
FONTS = "/usr/share/fonts/truetype/liberation/"

pdfmetrics.registerFont(TTFont("Serif", FONTS + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Serif-Bold", FONTS + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif-Italic", FONTS + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Serif-BoldItalic", FONTS + "LiberationSerif-BoldItalic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402
registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-BoldItalic")

BODY = ParagraphStyle("body", fontName="Serif", fontSize=11.5, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=4)
LEFT = ParagraphStyle("left", parent=BODY, alignment=0)
CENTER = ParagraphStyle("center", parent=BODY, alignment=TA_CENTER)
RIGHT = ParagraphStyle("right", parent=BODY, alignment=TA_RIGHT, spaceAfter=0)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Serif-Bold", fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=6, alignment=0)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Serif-Bold", fontSize=11.5, spaceBefore=6, alignment=0)
TITLE = ParagraphStyle("title", parent=CENTER, fontName="Serif-Bold", fontSize=16, leading=21)
CELL = ParagraphStyle("cell", fontName="Serif", fontSize=10, leading=12)
CELLC = ParagraphStyle("cellc", parent=CELL, alignment=TA_CENTER)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Serif-Bold", alignment=TA_CENTER)


def P(text, style=BODY):
    return Paragraph(text, style)


def cells(row, style=CELL, center=()):
    out = []
    for j, v in enumerate(row):
        if v is None:
            out.append("")
        else:
            out.append(Paragraph(v, CELLC if j in center else style))
    return out


def grid(data, widths, header_rows=1, spans=(), extra=(), center=()):
    rows = []
    for i, r in enumerate(data):
        rows.append(cells(r, CELLB if i < header_rows else CELL, center=center))
    t = Table(rows, colWidths=[w * cm for w in widths], repeatRows=header_rows)
    st = [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#E7EEF7")),
          ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for (c1, r1, c2, r2) in spans:
        st.append(("SPAN", (c1, r1), (c2, r2)))
    st.extend(extra)
    t.setStyle(TableStyle(st))
    return t


def on_page(canvas, doc):
    canvas.saveState()
    canvas.setFont("Serif", 9)
    canvas.drawRightString(A4[0] - 1.5 * cm, 1.2 * cm, f"{doc.page}. lpp.")
    if doc.page > 1:
        canvas.drawString(2.5 * cm, A4[1] - 1.2 * cm, "Lubānas PII “Dzērvenīte” pašnovērtējuma ziņojums, 2024./2025. m.g.")
    canvas.restoreState()


def story():
    s = []
    s += [P("Madonas novada pašvaldība", CENTER),
          P("<b>LUBĀNAS PIRMSSKOLAS IZGLĪTĪBAS IESTĀDE “DZĒRVENĪTE”</b>", CENTER),
          P("Reģ. Nr. 4401901733, Tilta iela 6, Lubāna, Madonas novads, LV-4830, "
            "tālr. 64894215, e-pasts: dzervenite@madona.lv", ParagraphStyle("s", parent=CENTER, fontSize=9)),
          Spacer(1, 2.2 * cm),
          P("Lubānas pirmsskolas izglītības iestādes “Dzērvenīte”<br/>pašnovērtējuma ziņojums", TITLE),
          Spacer(1, 0.3 * cm),
          P("Publiskojamā daļa", CENTER),
          P("2024./2025. mācību gads", CENTER),
          Spacer(1, 1.2 * cm)]
    s.append(P("Lubānas pirmsskolas izglītības iestāde “Dzērvenīte” (turpmāk – iestāde) ir Madonas novada "
               "pašvaldības dibināta izglītības iestāde, kas kopš 1978. gada īsteno pirmsskolas izglītības "
               "programmas bērniem no pusotra līdz septiņu gadu vecumam. 2024./2025. mācību gadā iestādē "
               "darbojās 11 grupas, no tām divas speciālās grupas bērniem ar valodas un jauktiem attīstības "
               "traucējumiem, kā arī jauktā vecuma grupa Meirānu mācību vietā. Iestādē strādā 24 pedagogi, "
               "logopēds, speciālais pedagogs, izglītības psihologs un medicīnas māsa."))
    s.append(P("Pašnovērtējuma ziņojumu sagatavoja iestādes vadības komanda un darba grupa, izmantojot "
               "rotaļnodarbību vērošanas datus, bērnu sasniegumu vērtēšanas apkopojumu, vecāku un pedagogu "
               "aptaujas, iestādes padomes sēžu protokolus un e-klases datus."))

    # ---- 1 ----
    s.append(P("1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un to "
               "sasniegšanas izvērtējums", H1))
    s.append(P("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025. mācību gadā", H2))
    data = [["Izglītības programmas nosaukums", "Izglītības programmas kods",
             "Īstenošanas vietas adrese (ja atšķiras no juridiskās adreses)", "Licence (Nr., datums)",
             "Izglītojamo skaits, uzsākot programmas apguvi vai uzsākot 2024./2025. m.g. (01.09.2024.)",
             "Izglītojamo skaits, noslēdzot sekmīgu programmas apguvi vai noslēdzot 2024./2025. m.g. (31.05.2025.)"],
            ["Pirmsskolas izglītības programma", "01011111", "–", "V-9042, 12.03.2019.", "142", "138"],
            ["Pirmsskolas izglītības programma", "01011111", "“Pūcītes”, Meirāni, Indrānu pag., Madonas nov., LV-4830",
             "V-9043, 12.03.2019.", "21", "19"],
            ["Speciālās pirmsskolas izglītības programma izglītojamajiem ar valodas traucējumiem", "01015511", "–",
             "V-9655, 28.08.2020.", "16", "18"],
            ["Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības traucējumiem",
             "0101 56 11", "–", "V-9656, 28.08.2020.", "7", "9"]]
    s.append(grid(data, [4.3, 2.3, 3.4, 2.3, 2.7, 2.7], center=(1, 4, 5)))
    s.append(Spacer(1, 0.3 * cm))

    s.append(P("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes "
               "maiņai un mācību pārtraukšanai izglītības programmā (2–3 secinājumi par izglītojamajiem, kuri "
               "uzsākuši vai pārtraukuši mācības izglītības iestādē)", H2))
    s.append(P("2024./2025. mācību gadā iestādi atstāja 47 izglītojamie. Iemesli apkopoti tabulā:"))
    data = [["Nr.", "Iemesls", "Skaits"],
            ["1.2.1.", "Dzīvesvietas maiņa (ģimene pārcēlusies uz citu novadu)", "6"],
            [None, "Ģimene izbraukusi uz ārvalstīm (Īrija, Norvēģija)", "2"],
            ["1.2.2.", "Izglītības iestādes maiņa (pāreja uz citu pirmsskolas izglītības iestādi tuvāk vecāku "
                       "darbavietai, t.sk. Madonā)", "5"],
            ["1.2.3.", "Cits iemesls: pirmsskolas izglītības programma apgūta, bērni uzsāks mācības 1. klasē", "31"],
            [None, "Cits iemesls: vecāku lēmums bērnu pieskatīt mājās (aukle, vecvecāki)", "3"],
            [None, "<b>Kopā</b>", "<b>47</b>"]]
    s.append(grid(data, [1.8, 12.0, 2.4], spans=((0, 1, 0, 2), (0, 4, 0, 5)), center=(0, 2)))
    s.append(Spacer(1, 0.2 * cm))
    s.append(P("Secinājumi: lielākā daļa izglītojamo iestādi atstāj, pabeidzot pirmsskolas izglītības "
               "programmu. Mācību gada laikā iestādē uzņemti 19 jauni izglītojamie, no tiem 4 – speciālajās "
               "grupās. Dzīvesvietas maiņa joprojām ir būtisks iemesls, jo jaunās ģimenes pārceļas uz "
               "lielākām pilsētām."))

    s.append(P("1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
               "2024./2025. m.g. un 2025./2026. m.g. (nosakāmi ne mazāk kā trīs kvalitātes rādītāji)", H2))
    data = [["NPK", "Kvalitatīvais / kvantitatīvais indikators", "Noteiktais rezultatīvais rādītājs", None, None],
            [None, None, "uzsākot 2024./2025. m.g. (pēc 2023./2024. m.g. pašnovērtējuma ziņojuma)",
             "noslēdzot 2024./2025. m.g.", "2025./2026. m.g."],
            ["1.", "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:", None, None, None],
            ["1.1.", "Pirmsskolas izglītības programmā/-s (01011111) – izglītojamo īpatsvars, kuri "
                     "sasnieguši plānotos rezultātus visās mācību jomās",
             "vidēji 68%", "vidēji 71%", "vidēji 72%"],
            ["1.2.", "Speciālās pirmsskolas izglītības programmās – izglītojamie, kuriem izstrādāts "
                     "individuālais izglītības programmas apguves plāns",
             "10 izglītojamajiem", "no 10 uz 12 izglītojamajiem", "12 izglītojamajiem"],
            ["2.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos",
             "Nav attiecināms", "Nav attiecināms", "Nav attiecināms"],
            ["3.", "Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi konkursos, skatēs u.tml.:",
             None, None, None],
            ["3.1.", "Dalība novada un valsts konkursos un skatēs", "4 konkursi", "6 konkursi un skates",
             "vismaz 5 konkursi"],
            ["3.2.", "Madonas novada pirmsskolu sporta svētki “Mazā olimpiāde”", "5. vieta", "3. vieta",
             "Iekļūt labāko trijniekā"],
            ["4.", "Pedagogu profesionālās kompetences pilnveide", "95% pedagogu",
             "100% pedagogu (vidēji 42 stundas gadā)", "100%"],
            ["5.", "Citi kvalitātes rādītāji:", None, None, None],
            ["5.1.", "Izglītojamo apmeklējums", "vidēji 72%", "vidēji 76,5%", "ne mazāk kā 75%"],
            ["5.2.", "Vecāku apmierinātība ar iestādes darbu (aptauja)", "nav datu", "89% vecāku", "90%"],
            ["5.3.", "Digitālo mācību līdzekļu skaits grupās (2025. gada inventarizācija)", "14 planšetes",
             "22 planšetes", "26 planšetes"]]
    s.append(grid(data, [1.3, 5.8, 3.2, 3.1, 2.8], header_rows=2,
                  spans=((2, 0, 4, 0), (0, 0, 0, 1), (1, 0, 1, 1), (1, 2, 4, 2), (1, 6, 4, 6), (1, 10, 4, 10)),
                  center=(0,)))

    # ---- 2 ----
    s.append(P("2. Izglītības iestādes darbības pamatmērķi un prioritātes", H1))
    s.append(P("<b>2.1. Izglītības iestādes misija</b> – droša, atbalstoša un radoša vide, kurā katrs bērns "
               "aug zinātkārs, patstāvīgs un priecīgs."))
    s.append(P("<b>2.2. Izglītības iestādes vīzija par izglītojamo</b> – vesels, dzīvespriecīgs un pašapzinīgs "
               "bērns, kurš mācās ar prieku, prot sadarboties un ir gatavs nākamajam izglītības posmam."))
    s.append(P("<b>2.3. Izglītības iestādes vērtības</b> – cieņa, atbildība, sadarbība, drošība, dabas un "
               "dzimtās vietas mīlestība."))
    s.append(P("2.4. 2024./2025. mācību gada darba prioritātes un sasniegtie rezultāti", H2))
    data = [["Joma / prioritāte", "Sasniedzamie rezultāti", "Statuss", "Komentārs (kā to ir izdevies īstenot "
             "un kādi dati un informācija to apliecina)"],
            ["Mācīšana un mācīšanās<br/>Nr. 1<br/>Bērnu pašvadītas mācīšanās prasmju attīstība rotaļnodarbībās",
             "a) kvalitatīvi<br/>Pedagogi rotaļnodarbībās mērķtiecīgi veido situācijas, kurās bērni paši "
             "izvēlas darbības veidu, plāno un izvērtē savu darbu.",
             "SASNIEGTS",
             "Rotaļnodarbību vērošanā (vērotas 64 nodarbības) konstatēts, ka visās grupās bērniem tiek dota "
             "izvēles iespēja un atgriezeniskā saite. Pedagogi izmanto kopīgi izstrādātas “Mana darba "
             "izvērtējuma” kartītes."],
            [None,
             "b) kvantitatīvi<br/>Vismaz 80% 5–6 gadus vecu bērnu prot pastāstīt, ko iemācījušies nodarbībā; "
             "vismaz 6 pedagogi vada atklātās nodarbības kolēģiem.",
             "daļēji sasniegts",
             "Novērojumu apkopojums liecina, ka 72% piecgadīgo un sešgadīgo bērnu prot pastāstīt par savu "
             "mācīšanos. Atklātās nodarbības vadīja 4 pedagogi."],
            ["Drošība un psiholoģiskā labklājība<br/>Nr. 2<br/>Emocionāli droša un atbalstoša vide grupās",
             "a) kvalitatīvi<br/>Visās grupās ieviesta vienota emociju atpazīšanas un konfliktu risināšanas "
             "pieeja; pedagogi un auklītes rīkojas saskaņoti.",
             "Sasniegts",
             "Ieviesta programma “Emociju stūrītis”, izglītības psihologs novadīja 3 seminārus darbiniekiem. "
             "Grupu dienasgrāmatās fiksēto konfliktsituāciju skaits samazinājies."],
            [None,
             "b) kvantitatīvi<br/>Vismaz 85% vecāku aptaujā atzīst, ka bērns iestādē jūtas droši; visi "
             "darbinieki (100%) apguvuši bērnu tiesību aizsardzības kursu.",
             "Sasniegts pilnībā",
             "Vecāku aptaujā 93% atzīst, ka bērns iestādē jūtas droši un labi. Kursu apguvuši visi 46 "
             "darbinieki."],
            ["Infrastruktūra un resursi<br/>Nr. 3<br/>Āra vides pilnveide mācību procesam",
             "b) kvantitatīvi<br/>Izveidotas 2 āra mācību zonas; vismaz 30% rotaļnodarbību siltajā sezonā "
             "notiek ārā.",
             "Nav sasniegts (līdzekļu trūkuma dēļ)",
             "Izveidota viena āra mācību zona (“Zaļā klase”), otrās zonas izveide pārcelta uz 2026. gadu. "
             "Ārā notika aptuveni piektā daļa siltās sezonas rotaļnodarbību."],
            [None,
             "a) kvalitatīvi<br/>Pedagogi plāno āra rotaļnodarbības visās mācību jomās.",
             "Daļēji sasniegts",
             "Āra nodarbības regulāri plāno vecāko grupu pedagogi, jaunāko grupu pedagogiem nepieciešams "
             "metodisks atbalsts."]]
    s.append(grid(data, [3.6, 5.0, 2.4, 5.2], spans=((0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6))))

    s.append(P("2.5. Izglītības iestādes prioritātes 2025./2026. mācību gadam", H2))
    data = [["Joma / prioritāte", "Sasniedzamie rezultāti"],
            ["Mācīšana un mācīšanās<br/>Nr. 1<br/>Matemātiskās domāšanas attīstība rotaļdarbībā",
             "a) kvalitatīvi – pedagogi izmanto vienotu metodisko materiālu krātuvi matemātikas jomā;<br/>"
             "b) kvantitatīvi – vismaz 75% sešgadīgo bērnu sasniedz plānotos rezultātus matemātikā."],
            ["Infrastruktūra un resursi<br/>Nr. 2<br/>Otrās āra mācību zonas izveide",
             "a) kvalitatīvi – āra vide izmantota visu mācību jomu apguvē;<br/>"
             "b) kvantitatīvi – izveidota 1 jauna āra mācību zona."]]
    s.append(grid(data, [4.6, 11.6]))

    # ---- 3 ----
    s.append(P("3. Kritēriju izvērtējums", H1))
    s.append(P("3.1. Kritērijs “Mācīšana un mācīšanās”", H2))
    s.append(P("3.1.1. Pašvērtēšanā izmantotās kvalitātes vērtēšanas metodes un iesaistītās puses: "
               "rotaļnodarbību vērošana (vadītāja, vadītājas vietniece izglītības jomā, pedagogi), bērnu "
               "sasniegumu vērtēšanas dokumentu analīze (pedagogi, atbalsta personāls), vecāku aptauja "
               "(112 respondenti), pedagogu pašvērtējums."))
    s.append(P("3.1.2. Rotaļnodarbību vērošanas rezultāti liecina, ka pedagogi plāno nodarbības, balstoties "
               "uz sasniedzamajiem rezultātiem, un regulāri izmanto bērnu sniegumu apraksta līmeņus. Visās "
               "grupās ir izveidoti rotaļu centri, kuros bērni var patstāvīgi darboties. Salīdzinot ar "
               "iepriekšējo gadu, uzlabojusies bērnu prasme izvērtēt savu darbu, tomēr jaunāko grupu "
               "bērniem nepieciešams vairāk pieaugušā atbalsta. Sešgadīgo bērnu sasniegumu apkopojums "
               "rāda, ka visvājāk apgūtā ir matemātikas joma, bet visaugstākie rezultāti ir kultūras "
               "izpratnes un pašizpausmes mākslā jomā."))
    data = [["Stiprās puses", "Turpmākās attīstības vajadzības"],
            ["Pedagogi plāno nodarbības, balstoties uz sasniedzamajiem rezultātiem; izveidota vienota "
             "vērtēšanas kārtība.", "Pilnveidot pedagogu prasmi diferencēt uzdevumus matemātikas jomā."],
            ["Bērni aktīvi izmanto rotaļu centrus un izvēlas darbības veidu.",
             "Attīstīt jaunāko grupu bērnu pašvadības prasmes, veidojot vienkāršas izvēles situācijas."]]
    s.append(grid(data, [8.1, 8.1]))
    s.append(P("3.2. Kritērijs “Vienlīdzība un iekļaušana”", H2))
    s.append(P("Iestādē tiek nodrošināts atbalsts bērniem ar speciālām vajadzībām: logopēds strādāja ar "
               "38 bērniem, speciālais pedagogs – ar 15 bērniem. Sadarbībā ar Madonas novada pedagoģiski "
               "medicīnisko komisiju izvērtēta 6 bērnu attīstība. Vecāki tiek iesaistīti individuālo plānu "
               "izstrādē un izvērtēšanā. Konflikti, kas saistīti ar diskrimināciju, mācību gadā netika "
               "konstatēti."))
    data = [["Stiprās puses", "Turpmākās attīstības vajadzības"],
            ["Izveidota atbalsta komanda, kas regulāri tiekas un izvērtē bērnu progresu.",
             "Paplašināt pedagogu zināšanas par darbu ar bērniem ar autiskā spektra traucējumiem."],
            ["Vides pieejamība: iestādē ir pacēlājs un pielāgota tualetes telpa.",
             "Pielāgot Meirānu mācību vietas telpas bērniem ar kustību traucējumiem."]]
    s.append(grid(data, [8.1, 8.1]))

    # ---- 4-6 ----
    s.append(P("4. Informācija par būtiskākajiem projektiem un to īstenošanas rezultātiem", H1))
    s.append(P("4.1. Erasmus+ KA1 projekts “Mācāmies ārā” – 5 pedagogi piedalījās darba ēnošanā āra "
               "pirmsskolās Spānijā un Somijā; iegūtā pieredze izmantota “Zaļās klases” izveidē."))
    s.append(P("4.2. Programma “Latvijas skolas soma” – vecāko grupu bērni apmeklēja 4 kultūras "
               "pasākumus, t.sk. Lubānas mitrāja informācijas centru."))
    s.append(P("4.3. Veselību veicinošas izglītības iestādes tīkls – organizēta Veselības nedēļa un "
               "ģimeņu sporta diena."))
    s.append(P("5. Informācija par institucionālo sadarbības līgumu noslēgšanu", H1))
    s.append(P("5.1. Lubānas vidusskola – sadarbības līgums par pēctecību pirmsskolas un sākumskolas posmā."))
    s.append(P("5.2. Biedrība “Lubānas mitrājs” – vides izglītības nodarbības bērniem."))
    s.append(P("6. Audzināšanas darbs un citi sasniegumi", H1))
    s.append(P("Audzināšanas darbā uzsvars likts uz piederību savai vietai un valstij: svinēti Latvijas "
               "valsts svētki, Mārtiņdiena, Meteņi un Lieldienas, organizēta akcija “Mana Lubāna”. Iestādes "
               "bērnu vokālais ansamblis “Dzērvenītes” ieguva I pakāpes diplomu novada pirmsskolu "
               "dziesmu konkursā “Cālis 2025”. Vecāko grupu komanda Madonas novada pirmsskolu sporta svētkos "
               "ieguva 3. vietu."))
    s.append(P("7.–10. sadaļa pirmsskolas izglītības iestādei nav attiecināma.", LEFT))

    # ---- 11 ----
    s.append(P("11. Izglītības iestādes prioritātes turpmākajiem gadiem", H1))
    data = [["Mācību gads", "Prioritāte"],
            ["2025./2026.", "Matemātiskās domāšanas attīstība rotaļdarbībā; otrās āra mācību zonas izveide."],
            ["2026./2027.", "Digitālās pratības pamatu apguve atbilstoši vecumposmam."],
            ["2027./2028.", "Iestādes kopienas – bērnu, vecāku un darbinieku – sadarbības stiprināšana."]]
    s.append(grid(data, [3.0, 13.2]))
    s.append(Spacer(1, 1.0 * cm))
    sign = [P("Iestādes vadītāja&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;/paraksts/&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Inese Kalniņa", LEFT),
            Spacer(1, 0.6 * cm),
            P("SASKAŅOTS", LEFT),
            P("Madonas novada pašvaldības", LEFT),
            P("Izglītības nodaļas vadītāja", LEFT),
            P("/paraksts/ Dace Krūmiņa", LEFT),
            P("2025. gada 25. septembrī", LEFT),
            Spacer(1, 0.3 * cm),
            P("<i>DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU</i>",
              ParagraphStyle("tiny", parent=LEFT, fontSize=8))]
    s.append(KeepTogether(sign))
    return s


def main():
    pdf = HERE / f"{NAME}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm,
                            topMargin=2.0 * cm, bottomMargin=2.0 * cm,
                            title="Pašnovērtējuma ziņojums 2024./2025.", author="PII Dzērvenīte")
    doc.build(story(), onFirstPage=on_page, onLaterPages=on_page)
    out = CASE / "reports" / f"{NAME}.txt"
    out.parent.mkdir(exist_ok=True)
    subprocess.run([TIKA, str(pdf), str(out)], check=True)
    print("wrote", pdf, out)


if __name__ == "__main__":
    main()
