#!/usr/bin/env python3
"""Generate the PII "Saulespuķe" 2022/23 public self-assessment report as a PDF (reportlab, own
table drawing), then `pdftotext -layout` it into reports/.  Usage: make_report.py [WORKDIR]
The PDF is an intermediate file (written to WORKDIR, default /tmp); only the .txt is the case's report."""
import os
import subprocess
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.dirname(HERE)
NAME = "kalnciema-pii-saulespuke_2022-2023"
WORK = sys.argv[1] if len(sys.argv) > 1 else "/tmp"

pdfmetrics.registerFont(TTFont("R", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("B", "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("I", "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf"))

W, H = A4
LM, RM, TOP, BOT = 62, 50, 60, 62
TW = W - LM - RM


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("Pašnovērtējuma ziņojums 2022./2023. m.g.")
        self.page = 1
        self.y = H - TOP

    def footer(self):
        self.c.setFont("R", 9)
        self.c.drawCentredString(W / 2, 32, f"{self.page}. lpp.")

    def new_page(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = H - TOP

    def need(self, h):
        if self.y - h < BOT:
            self.new_page()

    def para(self, text, font="R", size=11, indent=0, space=4, lead=None, align="left"):
        lead = lead or size * 1.3
        lines = simpleSplit(text, font, size, TW - indent)
        for ln in lines:
            self.need(lead)
            self.c.setFont(font, size)
            if align == "center":
                self.c.drawCentredString(LM + TW / 2, self.y - size, ln)
            elif align == "right":
                self.c.drawRightString(LM + TW, self.y - size, ln)
            else:
                self.c.drawString(LM + indent, self.y - size, ln)
            self.y -= lead
        self.y -= space

    def head(self, text, size=12):
        self.need(40)
        self.y -= 6
        self.para(text, "B", size, space=6)

    def gap(self, h=8):
        self.y -= h

    def table(self, widths, rows, style="grid", header_rows=1, size=9.5, repeat_header=True, bold_cols=()):
        """rows: list of lists of cell strings (\n = forced line). style 'grid' or 'hrules'."""
        widths = [w * TW / sum(widths) for w in widths]
        lead = size * 1.25
        pad = 3

        def layout(row, rix):
            cells = []
            for j, cell in enumerate(row):
                font = "B" if rix < header_rows or j in bold_cols else "R"
                lines = []
                for part in (cell or "").split("\n"):
                    lines += simpleSplit(part, font, size, widths[j] - 2 * pad) or [""]
                cells.append((font, lines))
            h = max(len(l) for _, l in cells) * lead + 2 * pad
            return cells, h

        def draw(cells, h, rix):
            x = LM
            top = self.y
            for j, (font, lines) in enumerate(cells):
                yy = top - pad - size
                for ln in lines:
                    self.c.setFont(font, size)
                    self.c.drawString(x + pad, yy, ln)
                    yy -= lead
                x += widths[j]
            self.c.setLineWidth(0.6)
            if style == "grid":
                self.c.rect(LM, top - h, TW, h)
                x = LM
                for wdt in widths[:-1]:
                    x += wdt
                    self.c.line(x, top, x, top - h)
            else:
                if rix == 0:
                    self.c.setLineWidth(1.2)
                    self.c.line(LM, top, LM + TW, top)
                    self.c.setLineWidth(0.6)
                if rix == header_rows - 1:
                    self.c.setLineWidth(1.0)
                self.c.line(LM, top - h, LM + TW, top - h)
                self.c.setLineWidth(0.6)
            self.y -= h

        laid = [layout(r, i) for i, r in enumerate(rows)]
        for i, (cells, h) in enumerate(laid):
            if self.y - h < BOT:
                self.new_page()
                if repeat_header and i >= header_rows:
                    for k in range(header_rows):
                        draw(*laid[k], k)
            draw(cells, h, i)
        self.y -= 10

    def save(self):
        self.footer()
        self.c.save()


def build(path):
    d = Doc(path)
    # ---------------- cover ----------------
    d.para("SASKAŅOTS", "B", 11, space=2)
    d.para("Jelgavas novada pašvaldības Izglītības pārvaldes vadītāja", size=11, space=2)
    d.para("/paraksts/  I. Vītola", size=11, space=2)
    d.para("2023. gada 26. septembrī", size=11, space=30)
    d.para("JELGAVAS NOVADA PAŠVALDĪBA", "B", 13, align="center", space=2)
    d.para("KALNCIEMA PIRMSSKOLAS IZGLĪTĪBAS IESTĀDE “SAULESPUĶE”", "B", 13, align="center", space=2)
    d.para("Reģ. Nr. 4401901234, Raiņa iela 12, Kalnciems, Jelgavas novads, LV-3016", size=10, align="center", space=2)
    d.para("tālr. 63012345, e-pasts: saulespuke@jelgavasnovads.lv", size=10, align="center", space=60)
    d.para("Kalnciema pirmsskolas izglītības iestādes “Saulespuķe”", "B", 16, align="center", space=4)
    d.para("PAŠNOVĒRTĒJUMA ZIŅOJUMS", "B", 16, align="center", space=4)
    d.para("Publiskojamā daļa", "I", 13, align="center", space=4)
    d.para("par 2022./2023. mācību gadu", size=13, align="center", space=120)
    d.para("Kalnciemā, 2023", size=11, align="center")
    d.new_page()

    # ---------------- intro + section 1 ----------------
    d.para("Kalnciema pirmsskolas izglītības iestāde “Saulespuķe” (turpmāk – Iestāde) ir Jelgavas novada "
           "pašvaldības dibināta vispārējās pirmsskolas izglītības iestāde, kas īsteno pirmsskolas izglītības "
           "programmas divās adresēs: Kalnciemā, Raiņa ielā 12 (juridiskā adrese, 8 grupas) un Līvbērzes "
           "struktūrvienībā “Zīlīte”, Skolas ielā 5, Līvbērzē (2 jaukta vecuma grupas). Iestāde darbojas kopš "
           "1978. gada; 2021. gadā pēc administratīvi teritoriālās reformas tai pievienota Līvbērzes "
           "pirmsskolas grupu struktūrvienība.", space=8)
    d.head("1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi un to "
           "sasniegšanas izvērtējums")
    d.head("1.1. Īstenotās izglītības programmas un izglītojamo skaits 2022./2023. mācību gadā", 11)
    d.table(
        [5, 22, 12, 20, 14, 11, 11],
        [
            ["Nr.\np.k.", "Izglītības programmas\nnosaukums", "Programmas\nkods", "Īstenošanas vietas\nadrese (ja atšķiras\nno juridiskās)",
             "Licence\n(Nr., datums)", "Izglītojamo\nskaits\n01.09.2022.", "Izglītojamo\nskaits\n31.05.2023."],
            ["1.", "Pirmsskolas izglītības programma", "01011111", "–", "V-10391,\n15.08.2019.", "146", "151"],
            ["2.", "Pirmsskolas izglītības programma", "01011111", "Skolas iela 5, Līvbērze, Jelgavas nov., LV-3014",
             "V-10392,\n15.08.2019.", "37", "41"],
            ["3.", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar valodas traucējumiem", "01015511", "–",
             "V-10393,\n15.08.2019.", "12", "14"],
            ["4.", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības traucējumiem",
             "01015611", "–", "V-11870,\n02.02.2021.", "6", "5"],
            ["", "Kopā", "", "", "", "201", "211"],
        ],
        style="grid",
    )
    d.para("Piezīme: no 2023. gada 1. jūnija Raiņa ielā 12 darbojas vasaras dežūrgrupa, kurā uzņemti arī 9 "
           "bērni no citām novada iestādēm; tie tabulā nav iekļauti.",
           "I", 9.5, space=10)

    d.head("1.2. Informācija par izglītojamo iemesliem izglītības iestādes maiņai un mācību pārtraukšanai", 11)
    d.para("Kopumā 2022./2023. mācību gada laikā Iestādi pirms programmas noslēguma atstāja 10 izglītojamie "
           "(neskaitot 48 sešgadīgos, kuri pabeidza programmu un no 1. septembra uzsāk mācības 1. klasē).")
    d.para("1.2.1. Dzīvesvietas maiņa – četri (4) izglītojamie, no tiem trīs pārcēlās uz Jelgavu; vēl divi bērni "
           "kopā ar ģimeni izbrauca uz ārvalstīm (Īrija, Norvēģija).", indent=14)
    d.para("1.2.2. Izglītības iestādes maiņa – 3 izglītojamie; galvenais iemesls – vecāku darbavietas tuvums "
           "un iestādes darba laiks (vecāki izvēlējās PII Jelgavas pilsētā).", indent=14)
    d.para("1.2.3. Cits iemesls – viens izglītojamais: veselības stāvokļa dēļ ilgstoši neapmeklēja iestādi, "
           "līgums izbeigts pēc vecāku iesnieguma.", indent=14)
    d.para("Secinājums: izglītojamo kustība ir neliela un nav saistīta ar neapmierinātību ar izglītības "
           "kvalitāti; rindā uz vietu Iestādē 2023. gada 1. jūnijā bija 23 bērni.", space=10)

    d.head("1.3. Pedagogu ilgstošās vakances un atbalsta personāla nodrošinājums", 11)
    d.table(
        [6, 40, 12, 42],
        [
            ["Nr.", "Informācija", "Skaits", "Komentārs"],
            ["1.", "Ilgstošās pedagogu vakances izglītības iestādē (vairāk nekā 1 mēnesi) 2022./2023. m.g.", "1",
             "Mūzikas skolotājs Līvbērzes struktūrvienībā (0,3 slodzes) – vakance no septembra līdz janvārim, "
             "nodarbības vadīja pirmsskolas skolotājas."],
            ["2.", "Izglītības iestādē pieejamais atbalsta personāls, norādot atbalsta personāla veidu", "4",
             "Logopēds (1,5 slodzes), speciālais pedagogs (0,5 slodzes), izglītības psihologs (0,25 slodzes), "
             "medicīnas māsa (1 slodze)."],
        ],
        style="hrules",
    )

    # ---------------- section 2 ----------------
    d.head("2. Pamatmērķi un prioritātes")
    d.para("2.1. Iestādes misija – droša, radoša un bērncentrēta vide, kurā katrs bērns mācās darot, "
           "izzinot un sadarbojoties.")
    d.para("2.2. Iestādes vīzija par izglītojamo – zinātkārs, patstāvīgs un atbildīgs bērns, kurš prot "
           "sadarboties, rūpējas par sevi, citiem un dabu.")
    d.para("2.3. Iestādes vērtības – cieņa, atbildība, drošība, radošums un sadarbība ar ģimeni.", space=8)
    d.para("2.4. 2022./2023. mācību gada darba prioritātes un sasniegtie rezultāti", "B", 11, space=6)

    pri = [
        ("Prioritāte Nr. 1. Mācīšana un mācīšanās",
         "Āra nodarbības kā ikdienas mācību vide",
         [("a) kvalitatīvi", "Pedagogi plāno un īsteno āra nodarbības visās mācību jomās; izveidota āra "
           "mācību vides “Zaļā klase” izmantošanas kārtība.", "Sasniegts",
           "Āra nodarbības iekļautas visu 10 grupu nedēļas plānos; vadītājas vietniece izglītības jomā "
           "apmeklēja 24 āra nodarbības, pozitīvs vērtējums 22 gadījumos."),
          ("b) kvantitatīvi", "Vismaz 80% pedagogu vismaz 2 reizes nedēļā vada nodarbības ārā; katrā grupā "
           "sagatavoti vismaz 3 āra mācību materiālu komplekti.", "Daļēji sasniegts",
           "2 reizes nedēļā nodarbības ārā vadīja 17 no 23 pedagogiem (74%); materiālu komplekti "
           "sagatavoti 8 grupās no 10.")]),
        ("Prioritāte Nr. 2. Izglītības programmu īstenošana",
         "Bērnu pašvadītas mācīšanās prasmju attīstība",
         [("a) kvalitatīvi", "Bērni plāno savu darbību, izvērtē paveikto pēc vienotiem kritērijiem; "
           "pedagogi ikdienā izmanto atgriezeniskās saites “Mans solis” kartītes.", "SASNIEGTS DAĻĒJI",
           "Vienotie kritēriji izstrādāti un izmantoti 5–6 gadīgo grupās; jaunāko grupu pedagogi kartītes "
           "izmantoja neregulāri, darbs turpināms."),
          ("b) kvantitatīvi", "Vismaz 70% 5–6 gadīgo bērnu prot patstāvīgi izvēlēties un izvērtēt savu "
           "darbību (pēc pedagogu novērojumu kartēm).", "Sasniegts",
           "Maijā veiktajā novērojumā patstāvīgi izvēlējās un izvērtēja darbību 76% 5–6 gadīgo bērnu.")]),
        ("Prioritāte Nr. 3. Izglītības turpināšana",
         "Pēctecība, pārejot uz pamatizglītības pakāpi",
         [("a) kvalitatīvi", "Noslēgta sadarbības vienošanās ar Kalnciema vidusskolu par 1. klašu "
           "skolotāju un pirmsskolas pedagogu savstarpēju nodarbību vērošanu.", "Nav sasniegts",
           "Vienošanās projekts sagatavots, bet skolas administrācijas maiņas dēļ netika parakstīts; "
           "prioritāte pārcelta uz 2023./2024. m.g."),
          ("b) kvantitatīvi", "Notikušas vismaz 4 kopīgas pirmsskolas un 1. klases pedagogu tikšanās.",
           "sasniegts",
           "Notika 5 tikšanās (2 pieredzes apmaiņas semināri, 3 savstarpēji vērotas nodarbības).")]),
    ]
    for title, name, rows in pri:
        body = [["Rezultāts", "Plānotais rezultāts", "Izpilde", "Pamatojums, pierādījumi"]]
        for r in rows:
            body.append(list(r))
        d.need(60)
        d.para(f"{title}: {name}", "B", 10.5, space=3)
        d.table([13, 35, 14, 38], body, style="hrules", bold_cols=(0,))

    d.para("2.5. Nākamā mācību gada (2023./2024.) darba prioritātes", "B", 11, space=6)
    d.table(
        [6, 30, 64],
        [
            ["Nr.", "Prioritāte", "Plānotie rezultāti"],
            ["1.", "Pēctecība, pārejot uz pamatizglītības pakāpi (turpinājums)",
             "a) kvalitatīvi – noslēgta sadarbības vienošanās ar Kalnciema vidusskolu;\n"
             "b) kvantitatīvi – vismaz 6 kopīgas pedagogu tikšanās, vismaz 90% vecāku apmierināti ar "
             "informāciju par skolas gaitu uzsākšanu."],
            ["2.", "Digitālo rīku jēgpilna izmantošana mācību procesā",
             "a) kvalitatīvi – izstrādāti vienoti ieteikumi interaktīvās tāfeles un planšetdatoru izmantošanai;\n"
             "b) kvantitatīvi – vismaz 85% pedagogu apguvuši kursus (12 st.) digitālo prasmju pilnveidē."],
            ["3.", "Iekļaujoša vide bērniem ar speciālām vajadzībām",
             "a) kvalitatīvi – individuālie izglītības plāni tiek izvērtēti reizi semestrī;\n"
             "b) kvantitatīvi – 100% bērnu ar speciālām vajadzībām saņem logopēda vai speciālā pedagoga atbalstu."],
        ],
        style="grid",
    )

    # ---------------- section 3 ----------------
    d.head("3. Kritēriju izvērtējums")
    crit = [
        ("3.1. Kritērijs “Izglītības turpināšana un nodarbinātība”",
         "Iestāde sistemātiski apkopo informāciju par absolventu izvēlētajām skolām; 2023. gadā 48 bērni "
         "uzsāk mācības 1. klasē, no tiem 35 – Kalnciema vidusskolā, 9 – Līvbērzes pamatskolā, 4 – Jelgavas "
         "pilsētas skolās. Vecāki tiek informēti par gatavību skolai individuālās sarunās (notika 46 sarunas).",
         "Sadarbības ar skolām formalizēšana; informācijas par absolventu adaptāciju 1. klasē iegūšana."),
        ("3.2. Kritērijs “Mācīšana un mācīšanās”",
         "Pedagogi plāno mācību darbu pēc vienotiem tematiem, izmanto āra vidi un rotaļnodarbības; bērniem "
         "ir iespēja izvēlēties darbības centrus. Atgriezeniskā saite vecākiem tiek "
         "sniegta ELIIS sistēmā un individuālās sarunās.",
         "Diferencēta atbalsta nodrošināšana bērniem ar augstām spējām; vienotas pieejas pašvērtējumam "
         "nostiprināšana jaunākajās grupās."),
        ("3.3. Kritērijs “Izglītības programmu īstenošana”",
         "Visas programmas tiek īstenotas atbilstoši licencei; abās adresēs pieejami logopēda pakalpojumi. "
         "Speciālās programmas bērniem tiek izstrādāti individuālie plāni, tos izvērtējot kopā ar vecākiem.",
         "Mācību līdzekļu atjaunošana Līvbērzes struktūrvienībā; muzikālās audzināšanas vakances novēršana."),
    ]
    for h, s, n in crit:
        d.para(h, "B", 11, space=4)
        d.table([50, 50], [["Stiprās puses", "Turpmākās attīstības vajadzības"], [s, n]], style="grid")

    # ---------------- sections 4-7 ----------------
    d.head("4. Informācija par lielākajiem īstenotajiem projektiem")
    d.para("4.1. Programma “Skolas soma” – 6 pasākumi (leļļu teātris, Jelgavas pils muzejs), piedalījās visi "
           "5–6 gadīgie bērni.", indent=10)
    d.para("4.2. Erasmus+ KA1 mobilitātes projekts Nr. 2022-1-LV01-KA121-SCH-000012345 “Mācāmies ārā” – "
           "4 pedagogi pieredzes apmaiņā Somijā; iegūtā pieredze izmantota 1. prioritātes īstenošanā.", indent=10)
    d.para("4.3. Eko-skolu programma – Iestāde saņēma Zaļo karogu (otro gadu pēc kārtas).", indent=10, space=8)
    d.head("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
    d.para("5.1. Kalnciema vidusskola – pēctecības pasākumi (vienošanās projekts izstrādes stadijā).", indent=10)
    d.para("5.2. Jelgavas novada sociālais dienests – atbalsts ģimenēm ar bērniem sociālā riska situācijā.", indent=10)
    d.para("5.3. Biedrība “Kalnciema vecāki” – kopīgi talkas un svētku pasākumi.", indent=10, space=8)
    d.head("6. Audzināšanas darba prioritātes un citi sasniegumi")
    d.para("Audzināšanas darbā uzsvars bija uz cieņpilnu saskarsmi un veselīgu dzīvesveidu. Iestādes "
           "audzēkņi piedalījās novada pirmsskolu sporta svētkos (2. vieta komandu stafetē), zīmējumu "
           "konkursā “Mana Latvija” (3 atzinības raksti) un Jelgavas novada dziesmu festivālā “Cālis” "
           "(1 dalībnieks finālā). Pedagogi dalījās pieredzē novada metodiskajā apvienībā (3 atklātās "
           "nodarbības).", space=8)
    d.head("7. Valsts pārbaudes darbu rezultāti")
    d.para("Nav attiecināms – Iestāde neīsteno vispārējās pamatizglītības vai vidējās izglītības programmas.",
           space=20)

    d.para("Pirmsskolas izglītības iestādes vadītāja          /paraksts/          Dace Kalniņa", space=2)
    d.para("Dokuments parakstīts ar drošu elektronisko parakstu un satur laika zīmogu.", "I", 9)
    d.save()


if __name__ == "__main__":
    pdf = os.path.join(WORK, NAME + ".pdf")
    build(pdf)
    txt = os.path.join(CASE, "reports", NAME + ".txt")
    subprocess.run(["pdftotext", "-layout", pdf, txt], check=True)
    print(pdf, txt)
