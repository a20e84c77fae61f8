#!/usr/bin/env python3
"""Generate src/dzirnupes-sporta-skola_2021-2022.pdf (reportlab) and, with tika-text,
reports/dzirnupes-sporta-skola_2021-2022.txt.

Run from the case folder: /work/blind/.venv-h4B/bin/python src/make_report.py
"""
import subprocess
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
CASE = HERE.parent
PDF = HERE / "dzirnupes-sporta-skola_2021-2022.pdf"
TXT = CASE / "reports" / "dzirnupes-sporta-skola_2021-2022.txt"

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

N = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4)
B = ParagraphStyle("b", parent=N, fontName="DVB")
H = ParagraphStyle("h", parent=N, fontName="DVB", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=4)
C = ParagraphStyle("c", parent=N, alignment=TA_CENTER)
CT = ParagraphStyle("ct", parent=B, alignment=TA_CENTER, fontSize=15, leading=20)
R = ParagraphStyle("r", parent=N, alignment=TA_RIGHT)
T = ParagraphStyle("t", parent=N, fontSize=8, leading=10, spaceAfter=0)
TB = ParagraphStyle("tb", parent=T, fontName="DVB", fontSize=7.5, leading=9.5)
IND = ParagraphStyle("ind", parent=N, leftIndent=18)


def p(text, style=N):
    return Paragraph(text, style)


def grid(rows, widths, header=1):
    data = [[Paragraph(c, TB if i < header else T) for c in row] for i, row in enumerate(rows)]
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=header)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, header - 1), colors.HexColor("#e6e6e6")),
    ]))
    return t


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DV", 8)
    canvas.drawCentredString(A4[0] / 2, 1.2 * cm, f"{doc.page}")
    if doc.page > 1:
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, "Dzirnupes Sporta skola – pašnovērtējuma ziņojums 2021./2022. m.g.")
    canvas.restoreState()


s = []
# ------------------------------------------------------------------ cover
s += [p("SASKAŅOTS", B), p("Tukuma novada Izglītības pārvaldes vadītājs"), p("/paraksts/ J. Ozoliņš"),
      p("2022. gada 28. septembrī"), Spacer(1, 2.5 * cm),
      p("Tukuma novada pašvaldība", C), p("DZIRNUPES SPORTA SKOLA", CT),
      p("Reģ. Nr. 4374902211, Sporta iela 7, Dzirnupe, Tukuma novads, LV-3120", C),
      p("tālrunis 63122487, e-pasts: sportaskola@dzirnupe.lv", C), Spacer(1, 2 * cm),
      p("Dzirnupes Sporta skolas pašnovērtējuma ziņojums", CT), p("Publiskojamā daļa", C),
      p("2021./2022. mācību gads", C), Spacer(1, 6 * cm), p("Dzirnupe, 2022", C), PageBreak()]

# ------------------------------------------------------------------ section 1
s += [p("Dzirnupes Sporta skola ir Tukuma novada pašvaldības dibināta profesionālās ievirzes sporta "
        "izglītības iestāde, kas īsteno profesionālās ievirzes sporta izglītības programmas piecos sporta "
        "veidos: futbolā, basketbolā, vieglatlētikā, volejbolā un peldēšanā. Mācību treniņu nodarbības "
        "notiek skolas sporta kompleksā Sporta ielā 7, Sēmes sporta laukumā, Dzirnupes pamatskolas sporta "
        "zālē un Tukuma peldbaseinā. Skolā strādā 19 treneri, t.sk. 4 treneri ar A kategorijas sertifikātu."),
      p("1. Pamatinformācija par izglītības iestādi", H),
      p("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2021./2022. mācību gadā", B)]
hdr = ["Nr.", "Izglītības programmas nosaukums", "Kods",
       "Īstenošanas vietas adrese (ja atšķiras no juridiskās adreses)", "Licence (Nr., datums)",
       "Mācību grupas (grupu skaits)", "Izglītojamo skaits, uzsākot 2021./2022. m.g.<br/>(01.09.2021.)",
       "Izglītojamo skaits, noslēdzot 2021./2022. m.g.<br/>(30.06.2022.)"]
prog = "Profesionālās ievirzes sporta izglītības programma"
s += [grid([
    hdr,
    ["1.", f"{prog} „Futbols”", "20V 813 00 1", "–", "P-17214,<br/>18.06.2018.",
     "SSG (1), MT-1 (2), MT-2 (1), MT-3 (1), MT-4 (1)", "98", "94"],
    ["2.", f"{prog} „Futbols”", "20V 813 00 1", "Sēmes sporta laukums, Skolas iela 5, Sēme, Tukuma nov.",
     "P-17214,<br/>18.06.2018.", "MT-2 (1)", "22", "19"],
    ["3.", f"{prog} „Basketbols”", "20V 813 00 1", "–", "P-17215,<br/>18.06.2018.",
     "SSG (1), MT-1 (1), MT-3 (2)", "64", "60"],
    ["4.", f"{prog} „Vieglatlētika”", "20V 813 00 1", "–", "P-17216,<br/>18.06.2018.",
     "SSG (2), MT-2 (1), MT-4 (1)", "71", "66"],
    ["5.", f"{prog} „Vieglatlētika”", "30V 813 00 1", "–", "P-17217,<br/>18.06.2018.",
     "MT-6 (1), SMP (1)", "12", "12"],
    ["6.", f"{prog} „Volejbols”", "20V 813 00 1", "Dzirnupes pamatskolas sporta zāle, Dārza iela 1, Dzirnupe",
     "P-4560,<br/>02.03.2021.", "MT-1 (1), MT-2 (2)", "45", "41"],
    ["7.", f"{prog} „Peldēšana”", "20V 813 00 1", "Tukuma peldbaseins, Lauku iela 12, Tukums",
     "P-4561,<br/>02.03.2021.", "SSG (1), MT-1 (1)", "38", "35"],
    ["", "Kopā", "", "", "", "25 grupas", "350", "327"],
], [0.8, 2.9, 2.2, 2.4, 2.0, 2.1, 2.3, 2.3]),
    p("SSG – sākumsagatavošanas grupa; MT – mācību treniņu grupa (cipars – mācību gads); SMP – sporta "
      "meistarības pilnveidošanas grupa.", T), Spacer(1, 6)]

s += [p("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai "
        "un mācību pārtraukšanai izglītības programmā", B),
      p("2021./2022. mācību gadā izglītības programmu apguvi mūsu skolā pārtrauca 30 (trīsdesmit) audzēkņi, "
        "savukārt mācību gada laikā uzņemti septiņi jauni audzēkņi. Informāciju par pārtraukšanas "
        "iemesliem treneri ieguva sarunās ar audzēkņiem un viņu vecākiem, kā arī no vecāku iesniegumiem."),
      p("1.2.1. Dzīvesvietas maiņa – četri audzēkņi (ģimenes pārcēlās uz Rīgu un Jelgavu), uz ārvalstīm "
        "kopā ar ģimeni izbrauca divi audzēkņi (Īrija, Lielbritānija).", IND),
      p("1.2.2. Izglītības iestādes maiņa – pieci audzēkņi turpina treniņus citās sporta skolās vai sporta "
        "klubos, galvenokārt augstāka līmeņa treniņu iespēju un komandas sastāva dēļ.", IND),
      p("1.2.3. Cits iemesls – lielākā daļa audzēkņu pārtrauca mācības veselības problēmu dēļ (septiņi "
        "audzēkņi), vēl deviņi zaudēja motivāciju vai izvēlējās citas ārpusskolas nodarbes, un 3 (trīs) "
        "audzēkņi tika atskaitīti par ilgstošiem neattaisnotiem treniņu kavējumiem.", IND),
      p("Secinājumi: visvairāk audzēkņu mācības pārtrauc pirmajos divos mācību gados (SSG un MT-1 grupās), "
        "tāpēc 2022./2023. m.g. pievērsīsim uzmanību audzēkņu motivācijai un sadarbībai ar vecākiem. "
        "Pēc Covid-19 ierobežojumu atcelšanas atbiruma skaits ir mazāks nekā 2020./2021. m.g.")]

# ------------------------------------------------------------------ section 2
s += [p("2. Izglītības iestādes darbības pamatmērķi un prioritātes", H),
      p("2.1. Izglītības iestādes misija – veidot veselīgu, fiziski aktīvu un sportiski izglītotu jaunatni, "
        "sniedzot iespēju katram audzēknim attīstīt savas spējas izvēlētajā sporta veidā."),
      p("2.2. Izglītības iestādes vīzija par izglītojamo – mērķtiecīgs, disciplinēts un godīgs sportists, "
        "kurš ciena komandas biedrus, pretiniekus un tiesnešus un apzinās veselīga dzīvesveida nozīmi."),
      p("2.3. Izglītības iestādes vērtības – godīga spēle, cieņa, atbildība, neatlaidība un komandas gars."),
      p("2.4. 2021./2022. mācību gada darba prioritātes un sasniegtie rezultāti", B),
      p("1. prioritāte (Kompetences un sasniegumi): Audzēkņu sportiskās meistarības izaugsme un dalība "
        "valsts mēroga sacensībās pēc Covid-19 ierobežojumiem.", N),
      p("a) kvalitatīvi: treneri izstrādājuši individuālus treniņu plānus MT-4 un augstāko grupu "
        "audzēkņiem, atjaunota regulāra dalība Latvijas čempionātos – Sasniegts.", IND),
      p("b) kvantitatīvi: vismaz 80% audzēkņu izpilda kontrolnormatīvus; vismaz 10 audzēkņi iekļauti "
        "Latvijas izlašu kandidātu sarakstos – Daļēji sasniegts (kontrolnormatīvus izpildīja 76% audzēkņu, "
        "izlašu kandidātu sarakstos iekļauti 7 audzēkņi).", IND),
      p("2. prioritāte (Drošība un psiholoģiskā labklājība): Droša un atbalstoša treniņu vide.", N),
      p("a) kvalitatīvi: izstrādāta un ieviesta rīcības kārtība traumu un emocionālas vardarbības "
        "gadījumos, ar to iepazīstināti visi treneri, audzēkņi un vecāki – sasniegts.", IND),
      p("b) kvantitatīvi: 100% treneru ir derīga pirmās palīdzības apliecība; traumu skaits treniņos "
        "nepārsniedz 5 gadījumus gadā – SASNIEGTS DAĻĒJI, jo diviem treneriem apliecības derīguma termiņš "
        "beidzās maijā (reģistrēti 4 traumu gadījumi).", IND),
      p("3. prioritāte (Infrastruktūra un resursi): Sporta inventāra un infrastruktūras modernizācija.", N),
      p("b) kvantitatīvi: iegādāts vieglatlētikas inventārs par vismaz 8000 EUR; atjaunots futbola laukuma "
        "mākslīgais segums – Nav sasniegts (inventārs iegādāts par 8450 EUR, taču segums netika atjaunots, "
        "pašvaldības finansējums pārcelts uz 2023. gadu).", IND),
      p("a) kvalitatīvi: izstrādāts skolas infrastruktūras attīstības plāns 2022.–2025. gadam un saskaņots "
        "ar dibinātāju – Sasniegts.", IND),
      p("2.5. Prioritātes 2022./2023. mācību gadam", B),
      p("1. prioritāte (Kompetences un sasniegumi): Audzēkņu motivācijas stiprināšana pirmajos mācību gados.", N),
      p("a) kvalitatīvi: treneri regulāri sniedz atgriezenisko saiti audzēkņiem un vecākiem; "
        "b) kvantitatīvi: atbirums SSG un MT-1 grupās samazinās vismaz par 20%.", IND),
      p("2. prioritāte (Infrastruktūra un resursi): Futbola laukuma mākslīgā seguma atjaunošana.", N),
      p("a) kvalitatīvi: uzlaboti treniņu apstākļi futbolā; b) kvantitatīvi: 100% futbola treniņu notiek "
        "uz laukuma ar atjaunotu segumu.", IND)]

# ------------------------------------------------------------------ section 3
s += [p("3. Kritēriju izvērtējums", H),
      p("Pašvērtēšanā izmantotas audzēkņu un vecāku aptaujas (aptaujāti 212 audzēkņi un 148 vecāki), "
        "treniņu vērošana (vērotas 46 mācību treniņu nodarbības), sacensību rezultātu un dokumentu analīze, "
        "kā arī sarunas ar treneriem.")]
s += [grid([
    ["Kritērijs", "Stiprās puses", "Turpmākās attīstības vajadzības"],
    ["3.1. Kompetences un sasniegumi",
     "Audzēkņi atsākuši regulāru dalību Latvijas čempionātos un jaunatnes līgās. Latvijas čempionātos "
     "izcīnītas 14 medaļas (5 zelta, 4 sudraba, 5 bronzas). Kontrolnormatīvus izpildīja 76% audzēkņu "
     "(2020./2021. m.g. – 69%). Treneri analizē katra audzēkņa izaugsmi individuālajās kartēs.",
     "Palielināt kontrolnormatīvus izpildījušo audzēkņu īpatsvaru, īpaši basketbolā un peldēšanā. "
     "Pilnveidot audzēkņu teorētiskās zināšanas par treniņu slodzi un atjaunošanos."],
    ["3.2. Vienlīdzība un iekļaušana",
     "Treniņu grupās tiek uzņemti visi interesenti neatkarīgi no dzimuma, tautības un ģimenes sociālā "
     "stāvokļa. Dalības maksa netiek iekasēta; pašvaldība sedz transporta izdevumus uz sacensībām. "
     "Vecāku aptaujā 92% vecāku atzīst, ka treneri izturas pret visiem audzēkņiem vienlīdzīgi.",
     "Izstrādāt kārtību audzēkņu ar speciālām vajadzībām iesaistei treniņu procesā. Veidot meiteņu "
     "futbola grupu."],
    ["3.3. Pieejamība",
     "Nodarbības notiek četrās vietās novadā, treniņu grafiki saskaņoti ar vispārizglītojošo skolu "
     "stundu sarakstiem un skolēnu autobusu kustību. Informācija par uzņemšanu pieejama skolas tīmekļa "
     "vietnē un sociālajos tīklos.",
     "Paplašināt uzņemšanas iespējas peldēšanā (ierobežots baseina celiņu laiks). Uzlabot "
     "informācijas apriti ar vecākiem e-vidē."],
    ["3.4. Drošība un psiholoģiskā labklājība",
     "Ieviesta rīcības kārtība traumu un vardarbības gadījumos; visi treneri iepazīstināti ar bērnu "
     "tiesību aizsardzības prasībām. Audzēkņu aptaujā 88% audzēkņu atzīst, ka treniņos jūtas droši un "
     "komandā – pieņemti.",
     "Organizēt sporta psihologa konsultācijas sacensību periodā. Atjaunot 2 treneru pirmās palīdzības "
     "apliecības."],
    ["3.5. Infrastruktūra un resursi",
     "Iegādāts jauns vieglatlētikas inventārs (barjeras, starta bluķi, šķēpi) par 8450 EUR, "
     "atjaunots trenažieru zāles aprīkojums. Sporta kompleksa telpas atbilst higiēnas prasībām.",
     "Futbola laukuma mākslīgā seguma nomaiņa. Skolas transporta (mikroautobusa) iegāde izbraukumiem "
     "uz sacensībām."],
], [3.5, 7, 6.5])]

# ------------------------------------------------------------------ sections 4-7
s += [p("4. Informācija par īstenotajiem projektiem", H),
      p("4.1. Tukuma novada pašvaldības līdzfinansēto projektu konkurss „Sporta inventāra iegāde” – iegādāts "
        "vieglatlētikas un peldēšanas inventārs, projekta kopējās izmaksas 8450 EUR."),
      p("4.2. Latvijas Olimpiskās komitejas projekts „Sporto visa klase” – skolas treneri vadīja papildu "
        "sporta nodarbības 2. un 3. klašu skolēniem divās novada skolās (iesaistīti 54 skolēni)."),
      p("4.3. Latvijas Futbola federācijas programma „Futbols skolās” – organizēti 6 turnīri "
        "sākumskolas vecuma bērniem."),
      p("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi", H),
      p("5.1. Latvijas Futbola federācija – līgums par jaunatnes futbola attīstību un treneru "
        "licencēšanu (noslēgts 2019. gadā)."),
      p("5.2. Latvijas Vieglatlētikas savienība – sadarbība sacensību organizēšanā."),
      p("5.3. Tukuma novada vispārizglītojošās skolas – līgumi par sporta zāļu izmantošanu."),
      p("5.4. SIA „Sporta medicīnas centrs” – audzēkņu padziļinātās veselības pārbaudes."),
      p("6. Citi sasniegumi", H),
      p("Latvijas jaunatnes čempionātā vieglatlētikā U-16 grupā skolas audzēkne izcīnīja 1. vietu 300 m "
        "skrējienā un 2. vietu tāllēkšanā; futbola komanda U-14 ieguva 3. vietu Latvijas Jaunatnes futbola "
        "līgas 2. līgā; basketbola komanda U-13 – 5. vieta Latvijas Jaunatnes basketbola līgā. Trīs skolas "
        "audzēkņi iekļauti Latvijas U-17 vieglatlētikas izlases kandidātu sarakstā. Treneris Māris Liepiņš "
        "atzīts par Tukuma novada gada treneri 2021."),
      p("7. Valsts pārbaudes darbi un citu pārbaudījumu rezultāti", H),
      p("Nav attiecināms – skola neīsteno vispārējās izglītības programmas, valsts pārbaudes darbus "
        "audzēkņi kārto savās vispārizglītojošajās skolās. Sporta skolā mācību gada noslēgumā audzēkņi "
        "kārtoja kontrolnormatīvus (izpildīja 76% audzēkņu) un teorijas ieskaiti – vidējais rezultāts "
        "82% (iepriekšējā mācību gadā 79%)."),
      Spacer(1, 18),
      p("Izglītības iestādes vadītāja: Dzirnupes Sporta skolas direktore Laura Vītola  /paraksts/"),
      p("Dzirnupē, 2022. gada 26. septembrī")]

PDF.parent.mkdir(parents=True, exist_ok=True)
SimpleDocTemplate(str(PDF), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                  bottomMargin=2 * cm, title="Dzirnupes Sporta skolas pašnovērtējuma ziņojums 2021./2022.",
                  author="Dzirnupes Sporta skola").build(s, onFirstPage=footer, onLaterPages=footer)
TXT.parent.mkdir(parents=True, exist_ok=True)
subprocess.run(["/work/shared/tools/tika-text", str(PDF), str(TXT)], check=True)
print("wrote", PDF, TXT)
