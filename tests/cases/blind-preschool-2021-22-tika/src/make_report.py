"""Generate sidrabkalnu-pii-cielavina_2021-2022.pdf (reportlab) for the blind holdout case.

Run:  /work/blind/.venv-h5C/bin/python make_report.py
then: /work/shared/tools/tika-text ../reports/X.pdf ../reports/X.txt
"""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))

OUT = Path(__file__).resolve().parent / "sidrabkalnu-pii-cielavina_2021-2022.pdf"

N = ParagraphStyle("n", fontName="DV", fontSize=10, leading=13.5, spaceAfter=5)
S = ParagraphStyle("s", parent=N, fontSize=8.5, leading=10.5, spaceAfter=0)
SB = ParagraphStyle("sb", parent=S, fontName="DVB")
H1 = ParagraphStyle("h1", parent=N, fontName="DVB", fontSize=12, leading=15, spaceBefore=10, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=N, fontName="DVB", fontSize=10.5, leading=13.5, spaceBefore=6)
C = ParagraphStyle("c", parent=N, alignment=TA_CENTER)
CB = ParagraphStyle("cb", parent=C, fontName="DVB", fontSize=14, leading=19)
R = ParagraphStyle("r", parent=N, alignment=TA_RIGHT)


def p(t, st=N):
    return Paragraph(t, st)


def cells(rows, st=S, head=None):
    out = []
    for i, r in enumerate(rows):
        out.append([p(x, head if (head and i == 0) else st) if isinstance(x, str) else x for x in r])
    return out


def grid(rows, widths, head_rows=1, bg=colors.HexColor("#dfe8d5"), repeat=1):
    t = Table(cells(rows, head=SB), colWidths=widths, repeatRows=repeat)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, head_rows - 1), bg),
    ]))
    return t


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DV", 8)
    canvas.drawCentredString(A4[0] / 2, 1.2 * cm, str(doc.page))
    canvas.restoreState()


story = []
# ---------- cover with approval block ----------
appr = Table([[p("", S), p("SASKAŅOTS<br/>Sidrabkalnu novada pašvaldības<br/>Izglītības pārvaldes vadītāja<br/>"
                          "/paraksts/ A. Kalniņa<br/>2022. gada 26. septembrī", S)]],
             colWidths=[10 * cm, 6.5 * cm])
story += [appr, Spacer(1, 2.2 * cm),
          p("Sidrabkalnu pirmsskolas izglītības iestādes “Cielaviņa”", CB),
          p("pašnovērtējuma ziņojums", CB),
          Spacer(1, 0.4 * cm),
          p("Publiskojamā daļa", C),
          p("par 2021./2022. mācību gadu", C),
          Spacer(1, 6 * cm),
          p("Sidrabkalni, 2022", C),
          PageBreak()]

# ---------- intro ----------
story += [p("Sidrabkalnu pirmsskolas izglītības iestāde “Cielaviņa” (turpmāk – Iestāde) ir Sidrabkalnu novada "
            "pašvaldības dibināta vispārējās izglītības iestāde, kas īsteno pirmsskolas izglītības programmas "
            "bērniem no pusotra līdz septiņu gadu vecumam. Iestāde atrodas Dārza ielā 12, Sidrabkalnos, "
            "Sidrabkalnu novadā, LV-3014; kopš 2019. gada iestādei ir struktūrvienība Ozolu ielā 3 "
            "(bijušās sākumskolas ēkas pirmajā stāvā). 2021./2022. mācību gadā iestādē darbojās 12 grupas, "
            "strādāja 31 pedagogs, tai skaitā logopēds, speciālais pedagogs, izglītības psihologs, mūzikas "
            "un sporta skolotājs.")]

story += [p("1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi un to "
            "sasniegšanas izvērtējums", H1),
          p("1.1. Izglītības iestādes īstenotās izglītības programmas 2021./2022. mācību gadā", H2)]

prog = [
    ["Nr. p.k.", "Izglītības programmas nosaukums", "Izglītības programmas kods",
     "Īstenošanas vietas adrese (ja atšķiras no juridiskās adreses)", "Licences Nr., datums",
     "Izglītojamo skaits, uzsākot 2021./2022. m.g.<br/>(01.09.2021.)",
     "Izglītojamo skaits, noslēdzot 2021./2022. m.g.<br/>(31.05.2022.)"],
    ["1.", "Pirmsskolas izglītības programma", "0101 11 11", "–", "V-9318,<br/>17.08.2018.", "148", "139"],
    ["2.", "Pirmsskolas izglītības programma", "0101 11 11", "Ozolu iela 3, Sidrabkalni, Sidrabkalnu nov., LV-3014",
     "V-9319,<br/>17.08.2018.", "37", "42"],
    ["3.", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar valodas traucējumiem",
     "0101 55 11", "–", "V-9804,<br/>05.09.2018.", "23", "27"],
    ["4.", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības traucējumiem",
     "0101 56 11", "–", "V_2914,<br/>11.03.2020.", "8", "11"],
    ["", "Kopā", "", "", "", "216", "219"],
]
story += [grid(prog, [0.9 * cm, 3.5 * cm, 2.2 * cm, 2.9 * cm, 2.3 * cm, 2.6 * cm, 2.6 * cm]),
          Spacer(1, 0.3 * cm),
          p("Grupu komplektēšana notiek atbilstoši pašvaldības rindai. Mācību gada laikā iestādē tika uzņemti "
            "52 bērni, lielākoties 1,5–3 gadu vecumā. Speciālās izglītības programmās izglītojamie uzņemti, "
            "pamatojoties uz pedagoģiski medicīniskās komisijas atzinumu.")]

story += [p("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai "
            "un mācību pārtraukšanai izglītības programmā", H2),
          p("2021./2022. mācību gada laikā iestādi atstāja kopumā 49 izglītojamie. Iemesli sadalās šādi:"),
          p("1.2.1. dzīvesvietas maiņa – 6 izglītojamie (ģimenes pārcēlās uz Rīgu un Jelgavu), savukārt uz "
            "ārvalstīm izbrauca 2 izglītojamie (Īrija, Norvēģija);"),
          p("1.2.2. izglītības iestādes maiņa – trīs (3) izglītojamie; vecāki kā galveno iemeslu minēja iestādes "
            "atrašanos tuvāk darba vietai;"),
          p("1.2.3. cits iemesls – 37 izglītojamie sekmīgi apguva pirmsskolas izglītības programmu un uzsāks "
            "pamatizglītības ieguvi 1. klasē; viens izglītojamais veselības stāvokļa dēļ vecāku lēmumā "
            "iestādes apmeklējumu pārtrauca."),
          p("Secinājumi: izglītojamo mainība iestādē ir neliela; iestādes maiņa nav saistīta ar neapmierinātību "
            "ar izglītības kvalitāti. Aptaujā (n = 118) 94% vecāku iestādes darbu novērtēja kā labu vai ļoti labu.")]

# ---------- section 2 ----------
story += [p("2. Izglītības iestādes darbības pamatmērķi un prioritātes", H1),
          p("2.1. Izglītības iestādes misija – droša, radoša un bērnu mīloša vide, kurā katrs bērns mācās, "
            "spēlējoties, un izaug par zinātkāru, patstāvīgu un atbildīgu personību."),
          p("2.2. Izglītības iestādes vīzija par izglītojamo – vesels, zinātkārs un emocionāli noturīgs bērns, "
            "kurš prot sadarboties, izteikt savu viedokli un ir gatavs mācībām skolā."),
          p("2.3. Izglītības iestādes vērtības – cieņa, atbildība, sadarbība, drosme, dabas mīlestība."),
          p("2.4. 2021./2022. mācību gada darba prioritātes un sasniegtie rezultāti", H2)]

ph = ["Nr.", "Joma / prioritāte", "Sasniedzamie rezultāti (kvalitatīvi un kvantitatīvi)",
      "Norāde par uzdevumu izpildi (Sasniegts / daļēji sasniegts / nav sasniegts) un komentāri"]
pri = [ph,
       ["1.", "Kompetences un sasniegumi.<br/>Bērnu pašvadītas mācīšanās prasmju pilnveide rotaļnodarbībās",
        "a) kvalitatīvi – pedagogi plāno rotaļnodarbības tā, lai bērni paši izvēlas darbības veidu, izvērtē "
        "paveikto un formulē nākamo soli; ieviesta vienota refleksijas forma “Ko es šodien iemācījos?”",
        "Sasniegts. Visās grupās nedēļas plānos ir iekļauta bērnu refleksija; vadības vērotajās "
        "nodarbībās (24 vērojumi) bērni patstāvīgi izvēlējās darbības centru un prata pastāstīt par savu "
        "darbu. Pedagogi dalījās pieredzē metodiskajās sanāksmēs."],
       ["", "",
        "b) kvantitatīvi – vismaz 80% piecgadīgo un sešgadīgo bērnu mācību gada beigās prot patstāvīgi "
        "izvirzīt un izvērtēt savu mērķi; 100% pedagogu apmeklē 12 h kursus par pašvadītu mācīšanos",
        "Daļēji sasniegts – mērķi patstāvīgi izvirza un izvērtē 71% bērnu (sākumā 48%), kursus apmeklēja "
        "27 no 31 pedagoga. Darbu turpināsim 2022./2023. m.g."],
       ["2.", "Drošība un psiholoģiskā labklājība.<br/>Vienotas emocionālās audzināšanas pieejas ieviešana "
        "visās grupās",
        "b) kvantitatīvi – programma “Zippy draugi” īstenota 4 vecāko grupu bērniem; samazinās konfliktsituāciju "
        "ierakstu skaits grupu žurnālos (iepriekšējā gadā 63)",
        "SASNIEGTS – programma īstenota visās 4 grupās, reģistrēto konfliktsituāciju skaits samazinājās līdz 38."],
       ["", "",
        "a) kvalitatīvi – pedagogi un auklītes izmanto vienotus noteikumus un “mierināšanas stūrīšus”; vecāki "
        "iesaistīti kopīgās diskusijās par bērnu emocijām",
        "sasniegts daļēji: mierināšanas stūrīši iekārtoti 9 no 12 grupām, vienotie noteikumi apstiprināti "
        "pedagoģiskās padomes sēdē; vecāku diskusijas Covid-19 ierobežojumu dēļ notika tikai attālināti, "
        "un to apmeklētība bija zema."],
       ["3.", "Infrastruktūra un resursi.<br/>Āra mācību vides paplašināšana",
        "a) kvalitatīvi – iekārtota āra klase ar nojumi un dabas izpētes laboratorija struktūrvienības teritorijā",
        "Nav sasniegts (projekta finansējums netika piešķirts). Izstrādāts tehniskais projekts; izpilde "
        "pārcelta uz 2022./2023. mācību gadu."],
       ["", "",
        "b) kvantitatīvi – katra grupa vismaz divas reizes nedēļā organizē rotaļnodarbību ārā; iegādāti "
        "15 āra izpētes komplekti",
        "Daļēji sasniegts – nodarbības ārā regulāri organizēja 10 grupas; iegādāti 8 izpētes komplekti."],
       ]
t = Table(cells(pri, head=SB), colWidths=[1.0 * cm, 3.7 * cm, 6.0 * cm, 6.3 * cm], repeatRows=1)
t.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
    ("SPAN", (0, 1), (0, 2)), ("SPAN", (1, 1), (1, 2)),
    ("SPAN", (0, 3), (0, 4)), ("SPAN", (1, 3), (1, 4)),
    ("SPAN", (0, 5), (0, 6)), ("SPAN", (1, 5), (1, 6)),
]))
story += [t, Spacer(1, 0.3 * cm)]

story += [p("2.5. Iestādes darba prioritātes 2022./2023. mācību gadam", H2)]
nxt = [["Nr.", "Prioritāte", "Plānotie rezultāti"],
       ["1.", "Āra mācību vides izveide struktūrvienībā (turpinājums)",
        "a) kvalitatīvi – āra klase izmantota visu grupu nodarbībās;<br/>b) kvantitatīvi – vismaz 2 āra "
        "nodarbības nedēļā katrā grupā, iegādāti vēl 7 izpētes komplekti."],
       ["2.", "Latviešu valodas apguves atbalsts bērniem, kuriem ģimenē runā citā valodā",
        "a) kvalitatīvi – izstrādāti vizuālie atbalsta materiāli;<br/>b) kvantitatīvi – 90% bērnu "
        "sešgadīgo grupās sasniedz plānotos valodas rezultātus."],
       ["3.", "Pašvadītas mācīšanās prasmes (turpinājums)",
        "b) kvantitatīvi – vismaz 80% vecāko grupu bērnu prot izvērtēt savu darbu."]]
story += [grid(nxt, [1.0 * cm, 6.0 * cm, 10.0 * cm], bg=colors.white)]

# ---------- section 3 ----------
story += [p("3. Kritēriju izvērtējums", H1)]
crit = [
    ("3.1. Kritērijs „Kompetences un sasniegumi”",
     ["Bērnu sasniegumi tiek vērtēti divas reizes gadā pēc vienotiem kritērijiem; 92% sešgadīgo bērnu "
      "sasniedz pirmsskolas izglītības programmā plānotos rezultātus.",
      "Sešgadīgo bērnu sasniegumu apraksti vecākiem sniegti individuālās sarunās."],
     ["Jāpilnveido bērnu sasniegumu dokumentēšana e-vidē.",
      "Jāattīsta bērnu matemātiskās domāšanas prasmes; 2021./2022. m.g. šajā jomā zemākie rezultāti."]),
    ("3.2. Kritērijs „Vienlīdzība un iekļaušana”",
     ["Iestādē īsteno divas speciālās izglītības programmas; atbalsta komanda (logopēds, speciālais pedagogs, "
      "psihologs) sadarbojas ar grupu skolotājiem.", "Iekšējie noteikumi paredz vienlīdzīgu attieksmi."],
     ["Pedagogiem nepieciešami kursi par darbu ar bērniem ar uzvedības traucējumiem."]),
    ("3.3. Kritērijs „Pieejamība”",
     ["Ēkā ir uzbrauktuve un pielāgota tualete; informācija vecākiem tiek sniegta e-klasē un tīmekļvietnē."],
     ["Struktūrvienības ēka nav pielāgota bērniem ar kustību traucējumiem."]),
    ("3.4. Kritērijs „Drošība un psiholoģiskā labklājība”",
     ["Izstrādāta rīcības kārtība drošības apdraudējuma gadījumā; notikušas 2 evakuācijas mācības.",
      "Pedagogi un darbinieki ievēro vienotus noteikumus."],
     ["Jāturpina darbs pie vienotas emocionālās audzināšanas pieejas (sk. 2.4., 2. prioritāte)."]),
    ("3.5. Kritērijs „Infrastruktūra un resursi”",
     ["2021. gada vasarā renovētas 3 grupu telpas, iegādātas 6 interaktīvās tāfeles."],
     ["Nepieciešama sporta zāles grīdas nomaiņa; jāpaplašina āra mācību vide."]),
]
for title, strong, need in crit:
    story += [p(title, H2)]
    rows = [["Stiprās puses", "Turpmākās attīstības vajadzības"]]
    for i in range(max(len(strong), len(need))):
        rows.append([strong[i] if i < len(strong) else "", need[i] if i < len(need) else ""])
    story += [grid(rows, [8.5 * cm, 8.5 * cm])]

# ---------- 4-7 ----------
story += [p("4. Informācija par īstenotajiem projektiem", H1),
          p("4.1. Erasmus+ projekts “Zaļie pirkstiņi” (2020–2022), partneri no Somijas un Spānijas. Projekta "
            "rezultātā pedagogi apguva āra pedagoģijas metodes, iestādē izveidota sakņu dobe un kompostēšanas vieta."),
          p("4.2. Programma “Latvijas skolas soma” – sešgadīgo grupas apmeklēja 4 kultūras pasākumus."),
          p("4.3. Eiropas Sociālā fonda projekts “Atbalsts izglītojamo individuālo kompetenču attīstībai” – "
            "logopēda un speciālā pedagoga papildu nodarbības."),
          p("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi", H1),
          p("5.1. Sidrabkalnu pamatskola – sadarbība pēctecības nodrošināšanā (kopīgi pasākumi, pedagogu pieredzes apmaiņa)."),
          p("5.2. Biedrība “Dabas draugi” – āra nodarbības un ekskursijas."),
          p("5.3. Sidrabkalnu novada bibliotēka – lasīšanas veicināšanas pasākumi."),
          p("6. Audzināšanas darba prioritātes un citi sasniegumi", H1),
          p("Audzināšanas darbā uzsvars likts uz tikumiskām vērtībām – atbildība un sadarbība. Iestādes "
            "audzēkņi ieguva 1. vietu novada pirmsskolas sporta svētkos “Mazie olimpieši” un piedalījās "
            "novada vokālās mūzikas konkursā “Cālis”; 2 bērni saņēma diplomu par izcilu sniegumu. Iestāde "
            "saņēma “Ekoskolas” Zaļo karogu."),
          p("7. Citi sasniegumi / valsts pārbaudes darbu rezultāti", H1),
          p("Iestāde neīsteno izglītības programmas, kurās tiek kārtoti valsts pārbaudes darbi. Sešgadīgo bērnu "
            "gatavības skolai novērtējumā 88% bērnu uzrādīja pietiekamu vai labu lasītprasmes priekšnosacījumu "
            "apguves līmeni."),
          Spacer(1, 1.2 * cm),
          p("Izglītības iestādes vadītāja &nbsp;&nbsp;&nbsp; /paraksts/ &nbsp;&nbsp;&nbsp; Inese Bērziņa"),
          p("2022. gada 15. septembrī", S)]

doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                        bottomMargin=2 * cm, title="Pašnovērtējuma ziņojums 2021./2022.",
                        author="PII Cielaviņa")
doc.build(story, onFirstPage=footer, onLaterPages=footer)
print(OUT)
