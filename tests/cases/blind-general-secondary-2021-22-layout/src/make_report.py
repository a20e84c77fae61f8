#!/usr/bin/env python3
"""Generate stirnupes-vidusskola_2021-2022.txt (reportlab PDF, then `pdftotext -layout`).

Run:  /work/blind/.venv-h6A/bin/python make_report.py
The PDF is drawn with plain canvas calls (own table drawing: narrow columns, wrapped cells, some
cells without borders) into a temporary folder; only the .txt goes to reports/.
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

NAME = "stirnupes-vidusskola_2021-2022"
CASE = Path(__file__).resolve().parent.parent
REPORTS = CASE / "reports"
FONTS = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", FONTS + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FONTS + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", FONTS + "LiberationSans-Italic.ttf"))

W, H = A4
LM, RM, TOP, BOT = 56, 50, 60, 60
TW = W - LM - RM

tmp = Path(tempfile.mkdtemp(prefix="h6a-"))
pdf_path = tmp / f"{NAME}.pdf"
c = canvas.Canvas(str(pdf_path), pagesize=A4)
state = {"y": H - TOP, "page": 1}


def footer():
    c.setFont("LS", 8)
    c.drawCentredString(W / 2, 30, f"{state['page']}")
    c.drawString(LM, 30, "Stirnupes vidusskola. Pašnovērtējuma ziņojums 2021./2022. m.g.")


def new_page():
    footer()
    c.showPage()
    state["page"] += 1
    state["y"] = H - TOP


def need(h):
    if state["y"] - h < BOT:
        new_page()


def text(s, font="LS", size=10, indent=0, gap=3, align="l", lead=None):
    lead = lead or size * 1.25
    lines = []
    for part in s.split("\n"):
        lines += simpleSplit(part, font, size, TW - indent) or [""]
    for ln in lines:
        need(lead)
        c.setFont(font, size)
        if align == "c":
            c.drawCentredString(W / 2, state["y"] - size, ln)
        elif align == "r":
            c.drawRightString(W - RM, state["y"] - size, ln)
        else:
            c.drawString(LM + indent, state["y"] - size, ln)
        state["y"] -= lead
    state["y"] -= gap


def head(s):
    state["y"] -= 4
    text(s, "LSB", 10.5, gap=4)


def table(widths, rows, header_rows=1, size=8.5, pad=3, borders=None, bold_first_col=False, repeat=True):
    """rows: list of lists of cell strings. borders: function(row_idx, col_idx) -> bool (draw box)."""
    widths = [w * TW / sum(widths) for w in widths]
    lead = size * 1.2

    def layout(row, is_head):
        cells = []
        for j, cell in enumerate(row):
            font = "LSB" if is_head or (bold_first_col and j == 0) else "LS"
            lines = []
            for part in str(cell).split("\n"):
                lines += simpleSplit(part, font, size, widths[j] - 2 * pad) or [""]
            cells.append((font, lines))
        h = max(len(l) for _, l in cells) * lead + 2 * pad
        return cells, h

    def draw(ri, row, is_head):
        cells, h = layout(row, is_head)
        if state["y"] - h < BOT:
            new_page()
            if repeat and not is_head:
                for hi in range(header_rows):
                    draw(hi, rows[hi], True)
        x = LM
        y0 = state["y"]
        for j, (font, lines) in enumerate(cells):
            if borders is None or borders(ri, j):
                c.setLineWidth(0.5)
                c.rect(x, y0 - h, widths[j], h)
            c.setFont(font, size)
            for k, ln in enumerate(lines):
                c.drawString(x + pad, y0 - pad - size - k * lead, ln)
            x += widths[j]
        state["y"] -= h

    for i, row in enumerate(rows):
        draw(i, row, i < header_rows)
    state["y"] -= 8


# ================================================================ cover
text("SASKAŅOTS\nStirnupes novada pašvaldības\nizpilddirektors\n/paraksts/ J. Bērziņš\n2022. gada 28. septembrī",
     size=9.5, align="r", gap=40)
text("Stirnupes novada pašvaldība", "LSB", 12, align="c")
text("STIRNUPES VIDUSSKOLA", "LSB", 15, align="c")
text("Reģ. Nr. 4213900456, Skolas iela 1, Stirnupe, Stirnupes pag., Stirnupes nov., LV-4215\n"
     "tālrunis 64320011, e-pasts: stirnupes.vsk@stirnupe.lv", size=9, align="c", gap=70)
text("Stirnupes vidusskolas", "LSB", 18, align="c")
text("pašnovērtējuma ziņojums", "LSB", 18, align="c")
text("Publiskojamā daļa", "LS", 13, align="c", gap=20)
text("2021./2022. mācību gads", "LS", 12, align="c", gap=300)
text("Stirnupe, 2022", "LS", 10, align="c")
new_page()

# ================================================================ intro + 1.1
text("Stirnupes vidusskola (turpmāk – skola) ir Stirnupes novada pašvaldības dibināta vispārējās "
     "izglītības iestāde, kas īsteno pirmsskolas, pamatizglītības un vispārējās vidējās izglītības "
     "programmas. Skolā 2021./2022. mācību gadā strādāja 38 pedagogi un 6 atbalsta personāla "
     "speciālisti. Pirmsskolas grupas atrodas atsevišķā ēkā Parka ielā 4.")
head("1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un to "
     "sasniegšanas izvērtējums")
head("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2021./2022. mācību gadā")
prog_rows = [
    ["Nr.", "Izglītības programmas\nnosaukums", "Kods", "Īstenošanas\nvietas adrese (ja\natšķiras no\njuridiskās\nadreses)",
     "Licence\n(Nr., datums)", "Izglītojamo\nskaits,\nuzsākot\n2021./2022.\nm.g.\n(01.09.2021.)",
     "Izglītojamo\nskaits,\nnoslēdzot\n2021./2022.\nm.g.\n(31.05.2022.)"],
    ["1.", "Pirmsskolas izglītības programma", "01011111", "Parka iela 4, Stirnupe", "V-9101,\n14.08.2019.", "46", "49"],
    ["2.", "Pamatizglītības programma", "21011111", "–", "V-9102,\n14.08.2019.", "212", "208"],
    ["3.", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem", "21015611", "–",
     "V-9487,\n20.05.2020.", "14", "15"],
    ["4.", "Vispārējās vidējās izglītības programma", "31016011", "–", "V-9910,\n10.07.2020.", "58", "55"],
    ["5.", "Vispārējās vidējās izglītības vispārizglītojošā virziena programma", "31011011", "–",
     "V-4521,\n03.08.2011.", "27", "26"],
    ["", "Kopā", "", "", "", "357", "353"],
]
table([0.5, 3.0, 1.15, 1.6, 1.25, 1.15, 1.15], prog_rows,
      borders=lambda r, j: not (r == 6 and j < 5))
text("Piezīme: 12. klases izglītojamie 2021./2022. mācību gadā pabeidza programmu 31011011; 10. un 11. "
     "klasē mācības notiek pēc programmas 31016011.", "LSI", 8.5)

head("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai un "
     "mācību pārtraukšanai izglītības programmā")
text("Mācību gada laikā skolu pameta 13 izglītojamie, tostarp 4 vidusskolas posmā. Iemesli sadalās šādi:")
text("1.2.1. Dzīvesvietas maiņa – 5 izglītojamie (ģimenes pārcēlās uz Valmieru un Rīgu), uz ārzemēm "
     "(Norvēģija, Vācija) izbrauca divi izglītojamie.", indent=12)
text("1.2.2. Izglītības iestādes maiņa – (3) trīs 10. klases skolēni pārgāja uz Valmieras Valsts "
     "ģimnāziju, lai apgūtu padziļinātos kursus, (1) viens skolēns turpina mācības Smiltenes tehnikumā.",
     indent=12)
text("1.2.3. Cits iemesls – 1 izglītojamais ilgstošas slimības dēļ (mācības atsāks nākamajā mācību gadā); "
     "1 izglītojamais (17 gadi) pārtrauca mācības pēc paša vēlēšanās, uzsākot darba gaitas.", indent=12)
text("Secinājums: galvenais izglītojamo skaita samazināšanās iemesls ir ģimeņu pārcelšanās; vidusskolas "
     "posmā daļa skolēnu izvēlas skolas ar plašāku padziļināto kursu piedāvājumu.")

# ================================================================ 2
head("2. Izglītības iestādes darbības pamatmērķi un prioritātes")
text("2.1. Misija: mūsdienīga, droša un atbalstoša skola, kurā katrs skolēns apgūst zināšanas un prasmes "
     "atbilstoši savām spējām un iegūst pamatu mūžizglītībai.")
text("2.2. Vīzija par izglītojamo: patstāvīgs, atbildīgs un zinātkārs skolēns, kurš lepojas ar savu "
     "novadu, prot sadarboties un izvēlas savu karjeras ceļu apzināti.")
text("2.3. Vērtības: cieņa, atbildība, darba tikums, godīgums, sadarbība.")
head("2.4. 2021./2022. mācību gada darba prioritātes un to sasniegšanas izvērtējums")
pr = [
    ["Nr.\np.k.", "Prioritāte", "Sasniedzamie rezultāti (kvalitatīvi un\nkvantitatīvi)",
     "Norāde par izpildi (sasniegts/\ndaļēji sasniegts/ nav sasniegts)\nun komentāri"],
    ["1.", "Kompetences un sasniegumi:\nSkolēnu pašvadītas mācīšanās prasmju pilnveide",
     "a) kvalitatīvi: pedagogi mācību stundās mērķtiecīgi plāno sasniedzamo rezultātu un skolēnu "
     "pašvērtējumu.",
     "Sasniegts. Stundu vērošanas protokolos sasniedzamais rezultāts formulēts 92% stundu, metodiskajās "
     "komisijās izstrādātas pašvērtējuma lapas."],
    ["", "",
     "b) kvantitatīvi: vismaz 70% vēroto stundu skolēni formulē savu mācīšanās mērķi; nepietiekamo "
     "vērtējumu īpatsvars 2. semestrī samazinās par 2%.",
     "Daļēji sasniegts – mācīšanās mērķi skolēni formulēja 61% vēroto stundu; nepietiekamo vērtējumu "
     "īpatsvars samazinājās no 6,8% uz 4,5%."],
    ["2.", "Drošība un psiholoģiskā labklājība:\nEmocionāli droša vide un savstarpējās cieņas kultūra",
     "a) kvalitatīvi: izstrādāti un ar skolēnu pašpārvaldi saskaņoti klases uzvedības noteikumi, "
     "atbalsta komanda reaģē uz katru ziņoto gadījumu.",
     "SASNIEGTS. Noteikumi apstiprināti 2021. gada oktobrī, atbalsta komanda izskatīja 17 gadījumus."],
    ["", "", "b) kvantitatīvi: skolēnu aptaujā vismaz 85% skolēnu atzīst, ka skolā jūtas droši.",
     "Nav sasniegts: 2022. gada aprīļa aptaujā drošību skolā apliecināja 79% skolēnu (5.–12. kl.)."],
    ["3.", "Infrastruktūra un resursi:\nDabaszinātņu kabinetu modernizācija (STEM)",
     "b) kvantitatīvi: iegādāti 2 digitālo mērījumu komplekti; sensorus izmanto vismaz 1 reizi mēnesī "
     "katrā dabaszinātņu priekšmetā.",
     "Sasniegts – iegādāti 2 komplekti (pašvaldības finansējums 4 850 EUR), e-klases tematiskajos plānos "
     "atzīmēti 43 darbi ar sensoriem."],
    ["", "", "a) kvalitatīvi: pedagogi apguvuši darbu ar sensoriem un dalās pieredzē ar kolēģiem.",
     "daļēji sasniegts, turpināsim 2022./2023. m.g. – kursus apguva 3 no 5 dabaszinātņu skolotājiem."],
]
table([0.45, 2.0, 3.2, 3.3], pr, size=8.5,
      borders=lambda r, j: not (j in (0, 1) and r in (2, 4, 6)))

head("2.5. Prioritātes 2022./2023. mācību gadam")
text("1. Mācīšana un mācīšanās – mācību stundas kvalitāte un atgriezeniskā saite. Kvalitatīvi: vienota "
     "izpratne par mūsdienīgu stundu. Kvantitatīvi: centralizētajā eksāmenā matemātikā vidējais "
     "rezultāts ir vismaz 40%, latviešu valodā – vismaz 55%.", indent=12)
text("2. Izglītības turpināšana un nodarbinātība – karjeras izglītības sistēma 7.–12. klasei. "
     "Kvantitatīvi: vismaz 90% 12. klases absolventu turpina izglītību.", indent=12)
text("3. Izglītības programmu īstenošana – pakāpeniska pāreja uz mācībām valsts valodā pirmsskolā un "
     "1. klasē.", indent=12)

# ================================================================ 3
head("3. Kritēriju izvērtējums")
crit = [
    ["Kritērijs", "Stiprās puses", "Turpmākās attīstības vajadzības"],
    ["3.1. Kompetences un sasniegumi",
     "Ikdienas mācību sasniegumos optimālā un augstā līmenī mācās 58% skolēnu. Diagnosticējošajā darbā "
     "matemātikā 6. klasē vidējais rezultāts 63%, valsts vidējais – 59%. Skolēni sekmīgi piedalās "
     "novada olimpiādēs.",
     "Paaugstināt latviešu valodas rezultātus 9. klasē; analizēt eksāmenu rezultātus metodiskajās "
     "komisijās."],
    ["3.2. Vienlīdzība un iekļaušana",
     "Individuālie izglītības plāni 14 izglītojamajiem ar mācīšanās traucējumiem; atbalsta komanda "
     "(psihologs, logopēds, speciālais pedagogs).",
     "Pilnveidot darbu ar talantīgajiem skolēniem."],
    ["3.3. Pieejamība",
     "Skolēnu pārvadājumi nodrošināti no visiem pagasta ciemiem; pagarinātās dienas grupa 1.–4. klasei.",
     "Pielāgot 2. stāvu cilvēkiem ar kustību traucējumiem (lifts)."],
    ["3.4. Drošība un psiholoģiskā labklājība",
     "Regulāras klases stundas par drošību, sadarbība ar pašvaldības policiju.",
     "Mazināt emocionālās vardarbības gadījumus 6.–8. klasēs."],
    ["3.5. Infrastruktūra un resursi",
     "Renovēts sporta laukums (2021), jauni STEM resursi.",
     "Atjaunot datorklases tehniku; ierīkot mācību virtuvi."],
]
table([1.4, 2.6, 2.2], crit, size=8.5, borders=lambda r, j: r == 0 or j > 0)

# ================================================================ 4-6
head("4. Informācija par nozīmīgākajiem projektiem 2021./2022. mācību gadā")
text("4.1. ESF projekts “Atbalsts izglītojamo individuālo kompetenču attīstībai” – fakultatīvas nodarbības "
     "matemātikā un fizikā 7.–12. klasei, konsultācijas eksāmenu mācību priekšmetos.")
text("4.2. Projekts “PuMPuRS” – individuālais atbalsts 11 skolēniem ar priekšlaicīgas mācību "
     "pārtraukšanas risku; visi pārcelti nākamajā klasē.")
text("4.3. Programma “Latvijas skolas soma” – 24 pasākumi klātienē un attālināti.")
head("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
text("5.1. Vidzemes Augstskola – par studentu pedagoģisko praksi un karjeras pasākumiem (2021).")
text("5.2. Stirnupes novada Sporta centrs – par sporta bāzes izmantošanu.")
text("5.3. Biedrība “Stirnupes jaunieši” – par brīvprātīgā darba iespējām skolēniem.")
head("6. Citi sasniegumi")
text("Valsts ģeogrāfijas olimpiādē 2. vieta (11. klase); Vidzemes reģiona bioloģijas olimpiādē 1. vieta "
     "un atzinība; Skolēnu mācību uzņēmumu (SMU) gadatirgū “Ziemassvētku tirdziņš” – “Labākā stenda” "
     "balva. 2022. gadā skolu absolvēja 24 12. klases skolēni, no tiem 19 turpina studijas augstskolās, "
     "3 – profesionālās izglītības iestādēs.")

# ================================================================ 7 exams
head("7. Izglītojamo sasniegumi valsts pārbaudes darbos un secinājumi")
text("7.1. Centralizētie eksāmeni 12. klasē (vidējais kopvērtējums, %)")
ex = [
    ["Mācību\npriekšmets", "2020./\n2021.\nskolā", "2020./\n2021.\nvalstī", "2021./\n2022.\nskolā",
     "2021./\n2022.\nvalstī", "Nenokārtoja\n2021./2022.\n(% no\nkārtotājiem)"],
    ["Latviešu valoda", "49,8", "51,7", "54,1", "52,2", ""],
    ["Matemātika", "33,4", "36", "35,9", "37", "4,0"],
    ["Angļu valoda", "64,2", "66,8", "70,3", "69,1", ""],
    ["Krievu valoda", "nekārtoja", "", "81,5", "77,7", ""],
    ["Bioloģija", "47,0", "50,2", "62,5", "66,1", ""],
    ["Fizika", "51,3", "48,8", "nekārtoja", "", ""],
    ["Latvijas un\npasaules vēsture", "–", "–", "58,0", "65", ""],
]
table([1.5, 0.8, 0.8, 0.8, 0.8, 1.2], ex, size=8.5,
      borders=lambda r, j: r == 0 or j == 0 or ex[r][j] not in ("", "–"))
text("2021./2022. mācību gadā 12. klases skolēnu rezultāti (valsts vidējais iekavās):")
for ln in ("Latviešu valoda – 54,1% (valstī 52,2%);",
           "Matemātika – 35,9% (valstī 37%), nenokārtoja 4% skolēnu;",
           "Angļu valoda – 70,3% (valstī 69,1%);",
           "Krievu valoda (svešvaloda) – 81,5% (valstī 77,7%);",
           "Bioloģija – 62,5% (valstī 66,1%);",
           "Latvijas un pasaules vēsture – 58% (valstī 65%)."):
    text(ln, indent=18, gap=1)
state["y"] -= 4
text("7.2. 9. klases valsts pārbaudes darbi. Pēc divu gadu pārtraukuma 9. klases skolēni kārtoja "
     "eksāmenus latviešu valodā, matemātikā un svešvalodā. Skolas vidējie rezultāti: latviešu valoda – "
     "61,4%, matemātika – 47,2%, angļu valoda – 72,9%. Valsts vidējie rezultāti salīdzinājumam skolā "
     "vēl nav apkopoti.")
text("Secinājumi: vidusskolas posmā rezultāti latviešu un angļu valodā pārsniedz valsts vidējo, "
     "matemātikā un bioloģijā tie ir zemāki par valsts vidējo; matemātikā 1 skolēns nesasniedza 5% "
     "slieksni. 2022./2023. mācību gadā plānotas papildu konsultācijas matemātikā 11.–12. klasei.")
state["y"] -= 20
text("Direktore                                      /paraksts/                                      L. Kārkliņa",
     gap=2)
text("Ziņojums izskatīts pedagoģiskās padomes sēdē 2022. gada 31. augustā (protokols Nr. 7).", "LSI", 8.5)
footer()
c.save()

REPORTS.mkdir(parents=True, exist_ok=True)
subprocess.run(["pdftotext", "-layout", str(pdf_path), str(REPORTS / f"{NAME}.txt")], check=True)
shutil.rmtree(tmp, ignore_errors=True)
print("done", REPORTS)
