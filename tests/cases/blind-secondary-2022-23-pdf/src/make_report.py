#!/usr/bin/env python3
"""Generate silmalas-vidusskola_2022-2023.pdf (reportlab, own table styling: only the outer
border and horizontal rules, bold header row, page numbers "N. lpp.") and its Tika text.

Run:  /work/blind/.venv-h2F/bin/python make_report.py
Needs /work/shared/tools/tika-text for the .txt file.
"""
from pathlib import Path
import subprocess

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, KeepTogether)

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "reports"
NAME = "silmalas-vidusskola_2022-2023"

FONTDIR = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LibSerif", FONTDIR + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LibSerif-Bold", FONTDIR + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LibSerif-Italic", FONTDIR + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LibSerif-BoldItalic", FONTDIR + "LiberationSerif-BoldItalic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("LibSerif", normal="LibSerif", bold="LibSerif-Bold",
                   italic="LibSerif-Italic", boldItalic="LibSerif-BoldItalic")

BODY = ParagraphStyle("body", fontName="LibSerif", fontSize=11, leading=14, alignment=TA_JUSTIFY,
                      spaceAfter=5)
H1 = ParagraphStyle("h1", parent=BODY, fontName="LibSerif-Bold", fontSize=12.5, leading=16,
                    spaceBefore=10, spaceAfter=6, alignment=0)
H2 = ParagraphStyle("h2", parent=BODY, fontName="LibSerif-Bold", fontSize=11.5, leading=15,
                    spaceBefore=8, spaceAfter=5, alignment=0)
CELL = ParagraphStyle("cell", fontName="LibSerif", fontSize=9.5, leading=11.5)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="LibSerif-Bold")
CENTER = ParagraphStyle("center", parent=BODY, alignment=TA_CENTER)
RIGHT = ParagraphStyle("right", parent=BODY, alignment=TA_RIGHT, spaceAfter=0, leading=13)
TITLE = ParagraphStyle("title", parent=BODY, fontName="LibSerif-Bold", fontSize=16, leading=21,
                       alignment=TA_CENTER, spaceAfter=8)


def P(text, style=BODY):
    return Paragraph(text, style)


def table(rows, widths, header_rows=1, bold_first_col=False):
    """Own table look: outer box, a horizontal rule under every row, no vertical lines."""
    data = []
    for i, row in enumerate(rows):
        out = []
        for j, cell in enumerate(row):
            style = CELLB if i < header_rows or (bold_first_col and j == 0) else CELL
            out.append(Paragraph(cell, style) if isinstance(cell, str) else cell)
        data.append(out)
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=header_rows)
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def on_page(canvas, doc):
    canvas.saveState()
    canvas.setFont("LibSerif", 9)
    page = canvas.getPageNumber()
    if page > 1:
        canvas.drawString(20 * mm, 287 * mm,
                          "Silmalas vidusskolas pašnovērtējuma ziņojums, 2022./2023. m.g.")
        canvas.line(20 * mm, 285.5 * mm, 190 * mm, 285.5 * mm)
    canvas.drawCentredString(105 * mm, 10 * mm, f"{page}. lpp.")
    canvas.restoreState()


def story():
    s = []
    # ---------------- cover ----------------
    s.append(P("<b>SASKAŅOTS</b>", RIGHT))
    s.append(P("Ropažu novada pašvaldības", RIGHT))
    s.append(P("Izglītības pārvaldes vadītāja", RIGHT))
    s.append(P("/paraksts/ I. Kalniņa", RIGHT))
    s.append(P("2023. gada 27. septembrī", RIGHT))
    s.append(Spacer(1, 30 * mm))
    s.append(P("<b>ROPAŽU NOVADA PAŠVALDĪBA</b>", CENTER))
    s.append(P("<b>SILMALAS VIDUSSKOLA</b>", CENTER))
    s.append(P("Reģ. Nr. 4313903417, Skolas iela 12, Silmala, Ropažu novads, LV-2137<br/>"
               "tālr. 67910452, e-pasts: silmalas.vsk@ropazi.lv", CENTER))
    s.append(Spacer(1, 35 * mm))
    s.append(P("Silmalas vidusskolas pašnovērtējuma ziņojums", TITLE))
    s.append(P("<b>Publiskojamā daļa</b>", CENTER))
    s.append(P("2022./2023. mācību gads", CENTER))
    s.append(Spacer(1, 70 * mm))
    s.append(P("Silmala<br/>2023", CENTER))
    s.append(PageBreak())

    # ---------------- intro + 1 ----------------
    s.append(P("Silmalas vidusskola ir Ropažu novada pašvaldības dibināta vispārējās izglītības iestāde, "
               "kas īsteno pirmsskolas, pamatizglītības un vispārējās vidējās izglītības programmas. Skola "
               "darbojas divās ēkās: galvenajā ēkā Skolas ielā 12 mācās 1.–12. klašu skolēni, bet "
               "pirmsskolas grupas atrodas Meža ielā 4. 2022./2023. mācību gadā skolā strādāja 52 pedagogi "
               "un 6 atbalsta personāla speciālisti."))
    s.append(P("1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un to "
               "sasniegšanas izvērtējums", H1))
    s.append(P("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2022./2023. mācību gadā", H2))
    s.append(table([
        ["Nr. p.k.", "Izglītības programmas nosaukums", "Kods",
         "Īstenošanas vietas adrese (ja atšķiras no juridiskās adreses)", "Licence Nr.",
         "Licencēšanas datums",
         "Izglītojamo skaits, uzsākot programmas apguvi vai uzsākot 2022./2023. m.g. (01.09.2022.)",
         "Izglītojamo skaits, noslēdzot sekmīgu programmas apguvi vai noslēdzot 2022./2023. m.g. "
         "(31.05.2023.)"],
        ["1.", "Pirmsskolas izglītības programma", "01011111", "Meža iela 4, Silmala, Ropažu nov., LV-2137",
         "V_3812", "19.08.2019.", "46", "48"],
        ["2.", "Pamatizglītības programma", "21011111", "–", "V_5521", "14.07.2022.", "312", "309"],
        ["3.", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem",
         "21015611", "–", "V_5522", "14.07.2022.", "18", "20"],
        ["4.", "Vispārējās vidējās izglītības programma", "31016011", "–", "V_5290", "02.06.2021.",
         "96", "91"],
        ["5.", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem",
         "2101 58 11", "–", "V_4107", "30.08.2020.", "5", "5"],
        ["", "<b>Kopā</b>", "", "", "", "", "<b>477</b>", "<b>473</b>"],
    ], [9, 36, 19, 27, 15, 19, 23, 24]))
    s.append(Spacer(1, 4))
    s.append(P("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes "
               "maiņai un mācību pārtraukšanai izglītības programmā (2-3 secinājumi par izglītojamiem, kuri "
               "uzsākuši vai pārtraukuši mācības izglītības iestādē)", H2))
    s.append(P("2022./2023. mācību gada laikā izglītības iestādi kopā atstāja 17 izglītojamie, savukārt "
               "mācības skolā uzsāka 23 izglītojamie, no tiem 5 – Ukrainas civiliedzīvotāju bērni."))
    s.append(P("1.2.1. dzīvesvietas maiņa (cik daudzi izglītojamie izglītības iestādē 2022./2023. mācību gada "
               "laikā): 7 izglītojamie (ģimenes pārcēlās uz Rīgu, Siguldu un Ogres novadu), uz ārvalstīm "
               "izbrauca 2 izglītojamie (Īrija, Norvēģija);"))
    s.append(P("1.2.2. izglītības iestādes maiņa (cik daudzi izglītojamie izglītības iestādē 2022./2023. "
               "mācību gada laikā, galvenie iestādes maiņas iemesli): 4 izglītojamie pārgāja uz ģimnāziju ar "
               "plašāku padziļināto kursu izvēli, 2 izglītojamie – uz izglītības iestādi tuvāk "
               "dzīvesvietai;"))
    s.append(P("1.2.3. cits iemesls (cik daudzi izglītojamie izglītības iestādē, iestādes maiņas iemesls): "
               "viens izglītojamais pārtrauca mācības vidusskolā, uzsākot darba gaitas; vēl viens "
               "izglītojamais (12. klase) mācības pārtrauca ilgstošas slimības dēļ."))
    s.append(P("Secinājumi: galvenais mācību pārtraukšanas iemesls ir ģimenes dzīvesvietas maiņa; skolas "
               "maiņa vidusskolas posmā saistīta ar padziļināto kursu piedāvājumu, tāpēc 2023./2024. "
               "mācību gadā plānots paplašināt kursu izvēli (pievienots padziļinātais kurss "
               "bioloģijā)."))
    s.append(P("1.3. Informācija par ilgstošajām pedagogu vakancēm un atbalsta personāla nodrošinājumu", H2))
    s.append(table([
        ["Nr. p.k.", "Jautājums", "Skaits", "Komentāri (ja nepieciešams)"],
        ["1.", "Ilgstošās vakances izglītības iestādē (vairāk kā 1 mēnesi) 2022./2023. mācību gadā", "2",
         "Fizikas skolotājs (0,5 likmes) un ķīmijas skolotājs (0,36 likmes); stundas pārdalītas "
         "esošajiem pedagogiem, no 2023. gada janvāra fizikas vakance aizpildīta."],
        ["2.", "Izglītības iestādē pieejamais atbalsta personāls izglītības iestādes izglītojamajiem, "
         "norādot amata nosaukumu", "6",
         "Izglītības psihologs (1 likme), sociālais pedagogs (1 likme), logopēds (0,8 likmes), "
         "speciālais pedagogs (0,5 likmes), 2 pedagoga palīgi."],
    ], [12, 70, 15, 75]))

    # ---------------- 2 ----------------
    s.append(P("2. Izglītības iestādes darbības pamatmērķi un prioritātes", H1))
    s.append(P("2.1. Izglītības iestādes misija – mūsdienīga, droša un atvērta skola, kurā ikviens "
               "izglītojamais apgūst zināšanas, prasmes un vērtības, kas nepieciešamas izglītības "
               "turpināšanai un atbildīgai dzīvei Latvijā un pasaulē."))
    s.append(P("2.2. Izglītības iestādes vīzija par izglītojamo – zinātkārs, patstāvīgs un atbildīgs "
               "skolēns, kurš prot mācīties, sadarboties un pieņemt pamatotus lēmumus."))
    s.append(P("2.3. Izglītības iestādes vērtības – cieņa, atbildība, sadarbība, drosme un piederība "
               "savai skolai un novadam."))
    s.append(P("2.4. 2022./2023. mācību gada darba prioritātes un sasniegtie rezultāti", H2))
    pr = [["Prioritāte", "Sasniedzamie rezultāti (kvantitatīvi un kvalitatīvi)",
           "Norāde par uzdevumu izpildi (Sasniegts/ daļēji sasniegts/ nav sasniegts) un komentāri (kā to ir "
           "izdevies īstenot un kādi dati un informācija to apliecina)"]]
    pr.append([
        "Mācīšana un mācīšanās<br/><br/>Nr.1.<br/>Skolēnu pašvadītas mācīšanās prasmju pilnveide visos "
        "mācību priekšmetos",
        "a) kvalitatīvi<br/>Pedagogi mācību stundās plānveidīgi izmanto paņēmienus, kas rosina skolēnus "
        "izvirzīt sasniedzamo rezultātu, plānot savu darbu un izvērtēt paveikto. Metodiskajās komisijās "
        "izstrādāti vienoti atgriezeniskās saites veidi.",
        "<b>Sasniegts</b><br/>Visās metodiskajās komisijās izstrādāti un lietoti vienoti pašvērtējuma un "
        "atgriezeniskās saites rīki (pašvērtējuma lapas, kritēriju tabulas, \"izejas biļetes\"). "
        "Notikuši 4 pedagogu mācīšanās grupu semināri par pašvadītu mācīšanos; pedagogi dalījās "
        "pieredzē novada metodiskajā dienā. Administrācijas vērotajās stundās (kopā 118 stundas) "
        "sasniedzamais rezultāts skolēniem bija skaidri formulēts 87% stundu."])
    pr.append([
        "",
        "b) kvantitatīvi<br/>Vismaz 80% vēroto stundu skolēni paši izvērtē savu sniegumu pēc zināmiem "
        "kritērijiem. Centralizētajā eksāmenā matemātikā optimālajā līmenī skolas vidējais rezultāts ir "
        "vismaz 35%, bet 9. klases eksāmenā matemātikā – vismaz 50%.",
        "<b>Daļēji sasniegts – matemātikas rezultāti zem plānotā</b><br/>Pašvērtējums pēc kritērijiem "
        "notika 76% vēroto stundu (mērķis – 80%). Matemātikas eksāmenu rezultāti uzlabojās, taču "
        "plānotais līmenis netika sasniegts (sk. 7.3. punktu). Pozitīva dinamika vērojama 5.–8. klasēs, "
        "kur skolēnu īpatsvars ar optimālu un augstu mācību sniegumu pieauga no 41% līdz 46%."])
    pr.append([
        "Izglītības programmu īstenošana<br/><br/>Nr.2.<br/>Vienotas atbalsta sistēmas izveide "
        "izglītojamajiem ar mācīšanās grūtībām",
        "a) kvalitatīvi<br/>Izveidota un darbojas atbalsta komanda; izstrādāta kārtība, kādā tiek "
        "noteiktas un plānotas atbalsta pasākumu vajadzības; vecāki regulāri informēti par bērna "
        "progresu.",
        "<b>SASNIEGTS</b><br/>Atbalsta komanda (psihologs, sociālais pedagogs, logopēds, speciālais "
        "pedagogs) tikās reizi nedēļā, izstrādāta \"Atbalsta pasākumu nodrošināšanas kārtība\" (apstiprināta "
        "12.10.2022.). 38 izglītojamajiem izstrādāti individuālie izglītības plāni, vecāki ar tiem "
        "iepazīstināti individuālajās sarunās."])
    pr.append([
        "",
        "b) kvantitatīvi<br/>Vismaz 90% izglītojamo ar atbalsta pasākumiem sekmīgi noslēdz mācību gadu; "
        "vismaz 70% pedagogu apmeklē kursus par iekļaujošo izglītību.",
        "<b>Nav sasniegts</b><br/>Sekmīgi mācību gadu noslēdza 84% izglītojamo ar atbalsta pasākumiem "
        "(32 no 38), 6 izglītojamajiem noteikti papildu mācību pasākumi vasarā. Kursus par iekļaujošo "
        "izglītību apmeklēja 58% pedagogu; kursu norise tiek pārcelta uz 2023. gada rudeni."])
    pr.append([
        "Izglītības turpināšana un nodarbinātība<br/><br/>Nr.3.<br/>Karjeras izglītības sistēmas "
        "pilnveide 7.–12. klasē",
        "b) kvantitatīvi<br/>Katrai klasei notiek vismaz 3 karjeras izglītības pasākumi gadā; vismaz "
        "95% 9. un 12. klašu absolventu turpina izglītību.",
        "<b>sasniegts daļēji</b><br/>7.–12. klasēm notika vidēji 4 karjeras pasākumi (ēnu dienas, "
        "uzņēmumu apmeklējumi, tikšanās ar absolventiem). Izglītību turpina 97% 9. klases absolventu un "
        "89% 12. klases absolventu (sk. 3.1. punktu)."])
    pr.append([
        "",
        "a) kvalitatīvi<br/>Izstrādāts skolas karjeras izglītības programmas plāns 7.–12. klasei; "
        "pedagogs karjeras konsultants sadarbojas ar klašu audzinātājiem.",
        "<b>Sasniegts.</b><br/>Karjeras izglītības plāns iekļauts skolas audzināšanas programmā; "
        "pedagogs karjeras konsultants novadīja 46 individuālās konsultācijas, klašu audzinātājiem "
        "sagatavoti nodarbību materiāli."])
    s.append(table(pr, [38, 60, 74]))
    s.append(Spacer(1, 4))
    s.append(P("2.5. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti "
               "2023./2024. mācību gadā", H2))
    s.append(table([
        ["Nr.", "Prioritāte", "Sasniedzamie rezultāti (kvantitatīvi un kvalitatīvi)"],
        ["1.", "Mācību stundas kvalitātes pilnveide, īstenojot diferencētu pieeju",
         "a) kvalitatīvi – pedagogi plāno un īsteno diferencētus uzdevumus dažādu spēju skolēniem;<br/>"
         "b) kvantitatīvi – vismaz 75% vēroto stundu ir diferencēti uzdevumi; 9. klases eksāmenā "
         "matemātikā vidējais rezultāts ir vismaz 50%."],
        ["2.", "Drošas un iekļaujošas skolas vides stiprināšana",
         "a) kvalitatīvi – aktualizēti skolas iekšējās kārtības noteikumi, ieviesta programma "
         "\"Draudzīga skola\";<br/>b) kvantitatīvi – vismaz 85% skolēnu aptaujā apliecina, ka skolā "
         "jūtas droši."],
        ["3.", "Pāreja uz mācībām valsts valodā pirmsskolas grupās",
         "a) kvalitatīvi – visas rotaļnodarbības notiek latviešu valodā;<br/>b) kvantitatīvi – 100% "
         "pirmsskolas pedagogu apguvuši kursus par valodas apguves atbalstu."],
    ], [10, 55, 107]))

    # ---------------- 3 ----------------
    s.append(P("3. Kritēriju izvērtējums", H1))
    s.append(P("3.1. Kritērijs \"Izglītības turpināšana un nodarbinātība\"", H2))
    s.append(table([
        ["Stiprās puses", "Turpmākās attīstības vajadzības"],
        ["No 34 9. klases absolventiem 33 turpina izglītību: 19 – vispārējās vidējās izglītības "
         "programmās (t.sk. 14 mūsu skolā), 14 – profesionālās izglītības iestādēs. No 27 12. klases "
         "absolventiem 17 studē augstskolās, 7 – koledžās vai profesionālās izglītības iestādēs.",
         "Stiprināt sadarbību ar absolventiem, veidot absolventu datubāzi, lai varētu izsekot izglītības "
         "turpināšanai arī 2 gadus pēc skolas beigšanas."],
        ["Skolā darbojas pedagogs karjeras konsultants (0,4 likmes), skolēniem pieejamas individuālās "
         "konsultācijas.",
         "Paplašināt karjeras pasākumu piedāvājumu 5.–6. klasēm."],
    ], [86, 86]))
    s.append(P("Izglītības turpināšanas dati iegūti no klašu audzinātāju apkopojuma un VIIS datiem "
               "2023. gada augustā. Salīdzinot ar 2021./2022. mācību gadu, pieaudzis to 9. klases "
               "absolventu skaits, kuri izvēlas turpināt mācības profesionālās izglītības iestādēs (no 9 uz "
               "14 absolventiem), kas saistāms ar Ogres tehnikuma un Rīgas Valsts tehnikuma programmu "
               "pieejamību un skolā organizētajām ēnu dienām. Divi 12. klases absolventi uzsākuši darba "
               "gaitas, viens absolvents dienē Nacionālajos bruņotajos spēkos. Skolēnu aptaujā 74% 11.–12. "
               "klašu skolēnu atzīst, ka karjeras pasākumi palīdzējuši izvēlēties turpmāko izglītības "
               "ceļu."))
    s.append(P("3.2. Kritērijs \"Mācīšana un mācīšanās\"", H2))
    s.append(P("Mācību gada laikā administrācija novēroja 118 mācību stundas. Stundu vērošanā izmantota "
               "novada vienotā stundas vērošanas lapa. Secināts, ka pedagogi plāno mācību stundas atbilstoši "
               "pilnveidotā mācību satura prasībām, mācību vide ir labvēlīga un droša. Joprojām "
               "nepietiekami tiek diferencēti uzdevumi dažādu spēju skolēniem: diferencēti uzdevumi bija 52% "
               "vēroto stundu. Skolēnu mācību sasniegumu vidējais vērtējums 5.–9. klasē ir 6,6 balles, "
               "10.–12. klasē 6,4 balles."))
    s.append(table([
        ["Stiprās puses", "Turpmākās attīstības vajadzības"],
        ["Pedagogi sadarbojas mācību jomu komandās, plāno starppriekšmetu projektus (kopā 9 projekti "
         "1.–9. klasēs).",
         "Uzdevumu diferenciācija un individualizācija mācību stundās."],
        ["Izveidota vienota vērtēšanas kārtība, skolēni un vecāki ar to iepazīstināti.",
         "Formatīvās vērtēšanas atgriezeniskās saites kvalitāte vidusskolas posmā."],
    ], [86, 86]))
    s.append(P("3.3. Kritērijs \"Izglītības programmu īstenošana\"", H2))
    s.append(table([
        ["Stiprās puses", "Turpmākās attīstības vajadzības"],
        ["Vidusskolas posmā piedāvāti 2 padziļināto kursu komplekti (angļu valoda, matemātika, "
         "ķīmija; latviešu valoda, vēsture, bioloģija).",
         "Paplašināt padziļināto kursu izvēli, ieviešot kursu \"Dizains un tehnoloģijas II\"."],
        ["Speciālās izglītības programmas tiek īstenotas iekļaujoši, ar pedagoga palīga atbalstu.",
         "Pedagogu profesionālā pilnveide darbam ar izglītojamajiem ar mācīšanās traucējumiem."],
    ], [86, 86]))

    # ---------------- 4-6 ----------------
    s.append(P("Izglītības programmu īstenošanas izvērtēšanā izmantoti mācību plāni, stundu saraksti, "
               "e-klases dati un pedagogu tarifikācija. Visas programmas tiek īstenotas atbilstoši "
               "licencētajiem mācību plāniem; mācību stundu aizvietošana pedagogu vakanču dēļ (fizika, "
               "ķīmija) nodrošināta 100% apmērā, tomēr 1. semestrī fizikas stundas 8. klasēs vadīja "
               "pedagogs bez atbilstošas kvalifikācijas, kurš paralēli apguva profesionālās pilnveides "
               "programmu. Skolā tika īstenota arī interešu izglītība – 21 programma, kurās iesaistījās "
               "61% 1.–9. klašu skolēnu."))
    s.append(P("4. Informācija par nozīmīgākajiem projektiem 2022./2023. mācību gadā", H1))
    s.append(P("4.1. Erasmus+ projekts \"Zaļā skola – zaļā nākotne\" (Nr. 2022-1-LV01-KA122-SCH-000087412). "
               "Projekta laikā 12 skolēni un 4 pedagogi piedalījās mobilitātēs Spānijā un Somijā; "
               "izveidots skolas dārzs un kompostēšanas sistēma, sagatavoti 6 mācību materiāli par ilgtspēju."))
    s.append(P("4.2. ESF projekts \"Atbalsts priekšlaicīgas mācību pārtraukšanas samazināšanai\" (PuMPuRS): "
               "individuālais atbalsts sniegts 21 izglītojamajam, 19 no viņiem sekmīgi noslēdza mācību gadu."))
    s.append(P("4.3. Programma \"Latvijas skolas soma\" – katra klase apmeklēja vismaz 2 kultūras "
               "pasākumus; kopā organizēti 58 pasākumi."))
    s.append(P("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi", H1))
    s.append(P("5.1. Sadarbības līgums ar Rīgas Stradiņa universitāti par studentu pedagoģisko praksi "
               "(noslēgts 01.09.2021.).<br/>5.2. Sadarbības līgums ar SIA \"Silmalas kokapstrāde\" par ēnu "
               "dienām un mācību ekskursijām.<br/>5.3. Sadarbības līgums ar Ropažu novada sporta centru "
               "par sporta bāzes izmantošanu."))
    s.append(P("6. Audzināšanas darba prioritātes un galvenie secinājumi", H1))
    s.append(P("Audzināšanas darba prioritāte 2022./2023. mācību gadā bija piederības sajūtas stiprināšana "
               "skolai, novadam un valstij. Notika 14 skolas mēroga pasākumi, skolēnu pašpārvalde "
               "organizēja labdarības akciju Ukrainas bērniem un projektu nedēļu \"Mana skola – mans "
               "lepnums\". Aptaujā 82% skolēnu norāda, ka jūtas piederīgi skolai."))

    # ---------------- 7 ----------------
    s.append(P("7. Citi sasniegumi", H1))
    s.append(P("7.1. Skolēni piedalījās 23 novada un valsts mācību priekšmetu olimpiādēs. Valsts "
               "olimpiādē bioloģijā 11. klases skolniece ieguva 2. vietu, bet valsts olimpiādē vēsturē – "
               "atzinību. Skolas koris \"Silmaliņa\" skatē ieguva I pakāpes diplomu. Latvijas skolu "
               "reitingā skola ierindojās 47. vietā mazo vidusskolu grupā."))
    s.append(P("7.2. Izglītības iestādes galvenie secinājumi par izglītojamo sasniegumiem ikdienas "
               "mācībās: 2022./2023. mācību gadā optimālā un augstā līmenī mācījās 46% 5.–9. klašu "
               "skolēnu un 51% vidusskolēnu. 3. klases diagnosticējošajā darbā matemātikā vidējais "
               "rezultāts bija 71,4% (valstī 69,8%), latviešu valodā – 76,2%; 6. klases "
               "diagnosticējošajā darbā matemātikā – 58,3%, latviešu valodā – 64,9%, dabaszinībās – "
               "55,1%."))
    s.append(P("7.3. Izglītības iestādes galvenie secinājumi par izglītojamo sasniegumiem valsts "
               "pārbaudes darbos", H2))
    s.append(P("2022./2023. mācību gadā 9. klases valsts pārbaudes darbus kārtoja 34 izglītojamie, bet "
               "centralizētos eksāmenus – 27 12. klases izglītojamie."))
    s.append(P("9. klasē skolas vidējie rezultāti bija šādi: latviešu valodā 61,4% (valstī 58%), "
               "matemātikā 47,6% (valstī 50,5%), angļu valodā 70,2% (valstī 66,1%), krievu valodā "
               "(svešvaloda) 74,8%."))
    s.append(P("Optimālajā līmenī latviešu valodā 48,1% (valstī 54%), matemātikā 30,5% (valstī 35%, "
               "nenokārtoja 11,1% skolēnu), angļu valodā 58,7% (valstī 63%)."))
    s.append(P("Augstākajā līmenī angļu valodā 62,3% (valstī 65%), matemātikā 54,0% (valstī 60%), "
               "latviešu valodā 50,8% (valstī 56%), bioloģijā 47,5%, ķīmijā 41,2%, vēsturē 39,6%."))
    s.append(P("Matemātikā 9. klases vidējais rezultāts 2021./2022. mācību gadā bija 41,3%, tātad "
               "rezultāts uzlabojies par 6,3 procentpunktiem, taču joprojām ir zemāks par valsts vidējo. "
               "Optimālā līmeņa matemātikas rezultāts nav sasniedzis prioritātē izvirzīto līmeni. "
               "Augstākā līmeņa eksāmenos rezultāti ir tuvu valsts vidējiem, izņemot matemātiku."))
    s.append(P("2023./2024. mācību gadam izvirzītie mērķi: 9. klasē matemātikā – 50%; optimālajā līmenī "
               "matemātikā – 35% un latviešu valodā – 52%."))
    s.append(Spacer(1, 14))
    s.append(P("Izglītības iestādes vadītājs: /paraksts/ Mārtiņš Ozoliņš"))
    s.append(P("Silmalā, 2023. gada 15. septembrī"))
    return s


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    pdf = OUT / f"{NAME}.pdf"
    doc = SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title="Silmalas vidusskolas pašnovērtējuma ziņojums 2022./2023.",
                            author="Silmalas vidusskola")
    doc.build(story(), onFirstPage=on_page, onLaterPages=on_page)
    subprocess.run(["/work/shared/tools/tika-text", str(pdf), str(OUT / f"{NAME}.txt")], check=True)
    print("wrote", pdf)


if __name__ == "__main__":
    main()
