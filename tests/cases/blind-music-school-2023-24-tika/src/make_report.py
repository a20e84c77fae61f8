#!/usr/bin/env python3
"""Generate kalnamuizas-muzikas-un-makslas-skola_2023-2024.pdf (reportlab, own layout) and its Tika text.

A fictional professional-orientation music and art school's 2023/24 public self-assessment report.
Tables are ruled by hand on the canvas; header cells break over two lines, grouped header cells are
written after their sub-cells (as some authoring tools store them).

Usage: /work/blind/.venv-devA/bin/python make_report.py
"""
import subprocess
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "reports"
BASE = "kalnamuizas-muzikas-un-makslas-skola_2023-2024"

FONTS = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Sans", FONTS + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Bold", FONTS + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Oblique", FONTS + "DejaVuSans-Oblique.ttf"))

W, H = A4
LM, RM, TOP, BOT = 56, 45, 62, 55
TW = W - LM - RM


def wrap(text, font, size, width):
    lines = []
    for raw in text.split("\n"):
        words = raw.split(" ")
        cur = ""
        for w in words:
            cand = w if not cur else cur + " " + w
            if pdfmetrics.stringWidth(cand, font, size) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
    return lines


class Layout:
    def __init__(self):
        self.pages = [[]]
        self.y = H - TOP

    # -- page handling
    def op(self, f):
        self.pages[-1].append(f)

    def new_page(self):
        self.pages.append([])
        self.y = H - TOP

    def need(self, h):
        if self.y - h < BOT:
            self.new_page()

    # -- text
    def text(self, text, font="Sans", size=10, indent=0, align="left", after=5, leading=None):
        leading = leading or size * 1.35
        for line in wrap(text, font, size, TW - indent):
            self.need(leading)
            y = self.y - size
            x = LM + indent
            if align == "center":
                self.op(lambda c, line=line, y=y: (c.setFont(font, size), c.drawCentredString(LM + TW / 2, y, line)))
            elif align == "right":
                self.op(lambda c, line=line, y=y: (c.setFont(font, size), c.drawRightString(LM + TW, y, line)))
            else:
                self.op(lambda c, line=line, y=y, x=x: (c.setFont(font, size), c.drawString(x, y, line)))
            self.y -= leading
        self.y -= after

    def heading(self, text, size=10.5):
        self.need(40)
        self.text(text, font="Sans-Bold", size=size, after=4)

    def space(self, h):
        self.y -= h

    # -- tables
    def table(self, widths, header, rows, size=8.3, pad=3):
        """header: list of (text, span, subs) - subs None = cell over both header lines; rows: list of dicts
        {cells: [(text, span, font)], cont_first: bool}."""
        lead = size * 1.25
        xs = [LM]
        for w in widths:
            xs.append(xs[-1] + w)
        two = any(h[2] for h in header)

        def cell_lines(text, x0, x1, font="Sans"):
            return wrap(text, font, size, x1 - x0 - 2 * pad)

        # header geometry
        top_parts, sub_parts = [], []
        col = 0
        for text, span, subs in header:
            x0, x1 = xs[col], xs[col + span]
            top_parts.append((x0, x1, cell_lines(text, x0, x1, "Sans-Bold"), subs is None))
            if subs:
                for k, s in enumerate(subs):
                    sub_parts.append((xs[col + k], xs[col + k + 1], cell_lines(s, xs[col + k], xs[col + k + 1],
                                                                               "Sans-Bold")))
            col += span
        h1 = max(len(p[2]) for p in top_parts if not (two and p[3])) * lead + 2 * pad if two else \
            max(len(p[2]) for p in top_parts) * lead + 2 * pad
        h2 = (max(len(p[2]) for p in sub_parts) * lead + 2 * pad) if two else 0
        if two:
            full = max([len(p[2]) * lead + 2 * pad for p in top_parts if p[3]] + [h1 + h2])
            h2 = full - h1
        hh = h1 + h2

        def draw_header():
            y0 = self.y

            def f(c, y0=y0):
                c.setLineWidth(0.6)
                # sub-cells first (stored order), then the cells above them
                for x0, x1, lines in sub_parts:
                    for i, ln in enumerate(lines):
                        c.setFont("Sans-Bold", size)
                        c.drawCentredString((x0 + x1) / 2, y0 - h1 - pad - size - i * lead, ln)
                    c.rect(x0, y0 - hh, x1 - x0, h2)
                for x0, x1, lines, full_h in top_parts:
                    hgt = hh if (full_h or not two) else h1
                    for i, ln in enumerate(lines):
                        c.setFont("Sans-Bold", size)
                        c.drawCentredString((x0 + x1) / 2, y0 - pad - size - i * lead, ln)
                    c.rect(x0, y0 - hgt, x1 - x0, hgt)
            self.op(f)
            self.y -= hh

        self.need(hh + 3 * lead + 2 * pad)
        draw_header()

        for row in rows:
            cells = row["cells"]
            col = 0
            parts = []
            for text, span, font in cells:
                x0, x1 = xs[col], xs[col + span]
                parts.append((x0, x1, cell_lines(text, x0, x1, font), font))
                col += span
            nlines = max(len(p[2]) for p in parts)
            start = 0
            first_piece = True
            while start < nlines:
                avail = int((self.y - BOT - 2 * pad) // lead)
                if avail < 2 or (first_piece and avail < min(nlines, 4)):
                    self.new_page()
                    draw_header()
                    continue
                take = min(nlines - start, avail)
                hgt = take * lead + 2 * pad
                y0 = self.y
                piece = [(x0, x1, lines[start:start + take], font) for x0, x1, lines, font in parts]
                cont = row.get("cont_first") and first_piece

                def f(c, y0=y0, hgt=hgt, piece=piece, cont=cont, top_open=not first_piece):
                    c.setLineWidth(0.6)
                    for x0, x1, lines, font in piece:
                        c.setFont(font, size)
                        for i, ln in enumerate(lines):
                            c.drawString(x0 + pad, y0 - pad - size - i * lead + 1, ln)
                    # verticals
                    for x0, x1, _l, _f in piece:
                        c.line(x0, y0, x0, y0 - hgt)
                    c.line(piece[-1][1], y0, piece[-1][1], y0 - hgt)
                    # bottom rule
                    c.line(piece[0][0], y0 - hgt, piece[-1][1], y0 - hgt)
                    # top rule (open above column 0 when it continues the row above)
                    startx = piece[1][0] if cont else piece[0][0]
                    if not top_open:
                        c.line(startx, y0, piece[-1][1], y0)
                    else:
                        c.line(piece[0][0], y0, piece[-1][1], y0)
                self.op(f)
                self.y -= hgt
                start += take
                first_piece = False
        self.y -= 8

    # -- output
    def save(self, path, running_head):
        c = canvas.Canvas(str(path), pagesize=A4)
        c.setTitle("Kalnamuižas Mūzikas un mākslas skolas pašnovērtējuma ziņojums 2023./2024.")
        c.setAuthor("Kalnamuižas Mūzikas un mākslas skola")
        n = len(self.pages)
        for i, ops in enumerate(self.pages, 1):
            if i > 1:
                c.setFont("Sans-Oblique", 7.5)
                c.drawString(LM, H - 35, running_head)
                c.setLineWidth(0.4)
                c.line(LM, H - 39, W - RM, H - 39)
            for f in ops:
                f(c)
            c.setFont("Sans", 8)
            c.drawCentredString(W / 2, 30, f"{i}. lpp. no {n}")
            c.showPage()
        c.save()


def R(*cells, cont_first=False, bold_first=False):
    """A plain row: every cell spans one column."""
    out = []
    for k, t in enumerate(cells):
        if isinstance(t, tuple):
            out.append((t[0], t[1], "Sans-Bold" if len(t) > 2 else "Sans"))
        else:
            out.append((t, 1, "Sans-Bold" if (bold_first and k == 0) else "Sans"))
    return {"cells": out, "cont_first": cont_first}


L = Layout()

# ------------------------------------------------------------------ cover
L.space(10)
L.text("APSTIPRINU", font="Sans-Bold", size=9.5, after=1)
L.text("Kalnamuižas Mūzikas un mākslas skolas direktore", size=9.5, after=1)
L.text("/paraksts/ L. Vītola", size=9.5, after=1)
L.text("2024. gada 16. septembrī", size=9.5, after=12)
L.text("SASKAŅOTS", font="Sans-Bold", size=9.5, align="right", after=1)
L.text("Kalnamuižas novada pašvaldības", size=9.5, align="right", after=1)
L.text("Kultūras un izglītības pārvaldes vadītājs", size=9.5, align="right", after=1)
L.text("/paraksts/ M. Zariņš", size=9.5, align="right", after=1)
L.text("2024. gada 27. septembrī", size=9.5, align="right", after=70)
L.text("Kalnamuižas novada pašvaldība", size=12, align="center", after=4)
L.text("KALNAMUIŽAS MŪZIKAS UN MĀKSLAS SKOLA", font="Sans-Bold", size=15, align="center", after=4)
L.text("Reģ. Nr. 4474903381", size=9, align="center", after=1)
L.text("Parka iela 7, Kalnamuiža, Kalnamuižas novads, LV-3601, tālr. 63322140, kmms@kalnamuiza.lv", size=9,
       align="center", after=80)
L.text("KALNAMUIŽAS MŪZIKAS UN MĀKSLAS SKOLAS", font="Sans-Bold", size=14, align="center", after=2)
L.text("PAŠNOVĒRTĒJUMA ZIŅOJUMS", font="Sans-Bold", size=14, align="center", after=2)
L.text("Publiskojamā daļa", size=12, align="center", after=2)
L.text("2023./2024. mācību gads", size=12, align="center", after=200)
L.text("Kalnamuiža 2024", size=10, align="center")
L.new_page()

L.text(
    "Kalnamuižas Mūzikas un mākslas skola ir Kalnamuižas novada pašvaldības dibināta profesionālās ievirzes "
    "izglītības iestāde, kas īsteno profesionālās ievirzes izglītības programmas mūzikā un vizuāli plastiskajā "
    "mākslā. Skola dibināta 1961. gadā kā bērnu mūzikas skola, mākslas nodaļa atvērta 1994. gadā. Kopš 2019. "
    "gada vizuāli plastiskās mākslas programmu īsteno arī mācību punktā Ozolaines pamatskolā. 2023./2024. mācību "
    "gadā skolā strādāja 24 pedagogi un 5 koncertmeistari.",
    after=8,
)

L.heading("1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi un to "
          "sasniegšanas izvērtējums")
L.heading("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2023./2024. mācību gadā")
PROG = [
    ("Taustiņinstrumentu spēle – Klavierspēle", "20V 212 01", "P-18221,\n12.03.2020.", "–", "38", "36"),
    ("Taustiņinstrumentu spēle – Akordeona spēle", "20V 212 02", "P-18222,\n12.03.2020.", "–", "7", "7"),
    ("Stīgu instrumentu spēle – Vijoles spēle", "20V 212 03", "P-18223,\n12.03.2020.", "–", "14", "13"),
    ("Stīgu instrumentu spēle – Ģitāras spēle", "20V 212 05", "P-18224,\n12.03.2020.", "–", "11", "12"),
    ("Pūšaminstrumentu spēle – Flautas spēle", "20V 212 06", "P-18225,\n12.03.2020.", "–", "6", "6"),
    ("Pūšaminstrumentu spēle – Saksofona spēle", "20V 212 07", "P-18226,\n12.03.2020.", "–", "5", "4"),
    ("Sitaminstrumentu spēle", "20V 212 09", "P-18227,\n12.03.2020.", "–", "4", "4"),
    ("Vokālā mūzika – Kora klase", "20V 212 11", "P-18228,\n12.03.2020.", "–", "16", "15"),
    ("Vizuāli plastiskā māksla", "20V 211 00", "P-18229,\n12.03.2020.", "–", "52", "50"),
    ("Vizuāli plastiskā māksla", "20V 211 00", "P-18229,\n12.03.2020.",
     "Ozolaines pamatskola, Skolas iela 1, Ozolaine, Kalnamuižas nov.", "18", "17"),
    ("Vizuāli plastiskā māksla", "30V 211 00", "P-20417,\n30.08.2021.", "–", "9", "9"),
]
rows = [R(f"{i}.", *p) for i, p in enumerate(PROG, 1)]
rows.append(R("", ("Kopā", 4, "b"), ("180", 1, "b"), ("173", 1, "b")))
L.table(
    [26, 136, 62, 60, 82, 66, 66],
    [("Nr.\np.k.", 1, None), ("Izglītības programmas\nnosaukums", 1, None), ("Izglītības\nprogrammas kods", 1, None),
     ("Licence\n(Nr., datums)", 1, None), ("Īstenošanas vieta\n(ja atšķiras no\njuridiskās adreses)", 1, None),
     ("Izglītojamo skaits", 2, ["uzsākot\n2023./2024. m.g.\n(01.09.2023.)", "noslēdzot\n2023./2024. m.g.\n(31.05.2024.)"])],
    rows,
)

L.heading("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai un "
          "mācību pārtraukšanai izglītības programmā")
L.text("2023./2024. mācību gadā mācības skolā pārtrauca 12 audzēkņi (6,7% no audzēkņu skaita mācību gada "
       "sākumā).", after=3)
L.text("1.2.1. dzīvesvietas maiņa – divi audzēkņi (ģimenes pārcēlās uz Rīgu un Liepāju);", indent=12, after=2)
L.text("1.2.2. izglītības iestādes maiņa – 1 audzēknis pārgāja uz citu mūzikas skolu, kur ir pieejama "
       "saksofona spēles klase pie izvēlētā pedagoga;", indent=12, after=2)
L.text("1.2.3. cits iemesls – mācību slodze vispārizglītojošajā skolā (5 audzēkņi), veselības stāvoklis "
       "(2 audzēkņi), interešu maiņa, izvēloties sporta nodarbības (2 audzēkņi).", indent=12, after=4)
L.text("Secinājumi: visvairāk mācības pārtrauc 4.–6. klašu audzēkņi, kuriem mācības mūzikas skolā grūti "
       "savienot ar pieaugošo slodzi vispārizglītojošajā skolā. Jāturpina elastīga stundu saraksta veidošana un "
       "sarunas ar vecākiem pirms lēmuma par mācību pārtraukšanu.", after=8)

L.heading("1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi 2023./2024. "
          "m.g. un 2024./2025. m.g. (nosakāmi ne mazāk kā trīs kvalitātes rādītāji)")
IND = [
    R("1.", ("Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:", 4, "b")),
    R("1.1.", "Profesionālās ievirzes izglītības programmās mūzikā (vidējais vērtējums specialitātē)",
      "7,4 balles", "7,6 balles", "7,6 balles"),
    R("1.2.", "Profesionālās ievirzes izglītības programmās mākslā (vidējais vērtējums)",
      "7,8 balles", "7,7 balles", "7,8 balles"),
    R("1.3.", "Programmas apguvi sekmīgi pabeigušie audzēkņi (absolventi)",
      "16 audzēkņi", "12 no 15 audzēkņiem", "15 audzēkņi"),
    R("2.", "Izglītojamo sasniegumi valsts pārbaudes darbos", "Nav attiecināms", "Nav attiecināms",
      "Nav attiecināms"),
    R("3.", ("Audzēkņu sasniegumi konkursos:", 4, "b")),
    R("3.1.", "Dalība Latvijas Nacionālā kultūras centra valsts konkursu II kārtā",
      "6 audzēkņi", "piedalījās 8 audzēkņi", "8 audzēkņi"),
    R("3.2.", "Augstākais sasniegums valsts konkursā",
      "Valsts konkurss klavierspēlē – 5. vieta", "Valsts konkurss pūšaminstrumentu spēlē – 3. vieta",
      "vismaz 3. vieta"),
    R("3.3.", "Godalgotas vietas starptautiskos un reģionālos konkursos",
      "14", "19 godalgotas vietas", "15"),
    R("4.", "Absolventi, kuri turpina izglītību profesionālās vidējās izglītības iestādēs (mūzikas un mākslas "
            "vidusskolās)", "2 absolventi", "3 absolventi", "2 absolventi"),
    R("5.", "Pedagogu profesionālās kompetences pilnveide", "100% pedagogu", "96%", "100%"),
    R("6.", "Citi kvalitātes rādītāji: koncertu un izstāžu skaits", "vismaz 20 koncerti un izstādes",
      "27 pasākumi", "25 pasākumi"),
    R("7.", "Audzēkņu un vecāku apmierinātība ar mācību procesu (aptauja)", "vidēji 68%", "vidēji 74%", "75%"),
]
L.table(
    [30, 168, 102, 102, 84],
    [("NPK", 1, None), ("Kvalitatīvais / kvantitatīvais\nindikators", 1, None),
     ("Noteiktais rezultatīvais rādītājs", 3,
      ["uzsākot 2023./2024. m.g.\n(pēc 2022./2023. m.g.\npašnovērtējuma ziņojuma)", "noslēdzot\n2023./2024. m.g.",
       "2024./2025. m.g."])],
    IND,
)

L.heading("2. Izglītības iestādes darbības pamatmērķi un prioritātes")
L.text("2.1. Izglītības iestādes misija – radīt vidi, kurā bērni un jaunieši atklāj un attīsta savas muzikālās un "
       "mākslinieciskās spējas, iegūst profesionālās ievirzes izglītību un kļūst par zinošiem kultūras "
       "veidotājiem un baudītājiem.", after=3)
L.text("2.2. Izglītības iestādes vīzija par izglītojamo – radošs, mērķtiecīgs un pašdisciplinēts jaunietis, "
       "kurš ar prieku muzicē vai rada mākslu, prot uzstāties publiski un novērtē kultūras mantojumu.", after=3)
L.text("2.3. Izglītības iestādes vērtības – radošums, profesionalitāte, cieņa, sadarbība, tradīcijas.", after=6)
L.heading("2.4. Informācija par izglītības iestādes 2023./2024. m.g. izvirzīto prioritāšu sasniegšanu")
PRI = [
    R("Nr.1.\nAudzēkņu motivācijas un uzstāšanās pieredzes veicināšana",
      "a) kvalitatīvi\nKatram audzēknim mācību gada laikā ir vismaz divas publiskas uzstāšanās vai darbu "
      "izstādes. Izveidota audzēkņu sasniegumu uzskaites sistēma.",
      "SASNIEGTS",
      "Audzēkņu sasniegumi tiek uzskaitīti e-klases sadaļā „Sasniegumi”, ko pārrauga direktores vietniece "
      "izglītības jomā. Notika 27 koncerti un izstādes: Ziemassvētku koncerti abās ēkās, mātes dienas koncerts, "
      "klašu vakari katrā nodaļā, mākslas nodaļas mācību gada darbu skate un izstāde novada bibliotēkā. Katrs "
      "audzēknis uzstājās vai izstādīja darbus vidēji 3 reizes; tikai 4 audzēkņi uzstājās vienu reizi "
      "veselības problēmu dēļ. Vecāku aptaujā koncertu un izstāžu organizēšanu augstu novērtē 81% vecāku."),
    R("",
      "b) kvantitatīvi\nVismaz 8 audzēkņi piedalās valsts konkursu II kārtā. Vismaz 10 godalgotas vietas "
      "starptautiskos un reģionālos konkursos.",
      "Sasniegts",
      "Valsts konkursu II kārtā piedalījās 8 audzēkņi; iegūta 3. vieta valsts konkursā pūšaminstrumentu spēlē "
      "(saksofons, III vecuma grupa). Starptautiskos un reģionālos konkursos – 19 godalgotas vietas.",
      cont_first=True),
    R("Nr.2.\nDigitālo rīku ieviešana mūzikas teorētiskajos priekšmetos",
      "a) kvalitatīvi\nSolfedžo un mūzikas literatūras stundās regulāri izmanto digitālās mācību platformas "
      "un ierakstu programmas.",
      "Daļēji sasniegts – turpināt 2024./2025. m.g.",
      "Iegādāta programmatūras licence 2 klasēm; pedagogi digitālos rīkus izmanto galvenokārt mājasdarbu "
      "uzdošanai, stundās – epizodiski."),
    R("",
      "b) kvantitatīvi\nVismaz 70% teorētisko priekšmetu pedagogu apguvuši kursus par digitālo rīku "
      "izmantošanu.",
      "daļēji sasniegts",
      "Kursus apguva 3 no 5 teorētisko priekšmetu pedagogiem (60%).",
      cont_first=True),
    R("Nr.3.\nAudzēkņu skaita saglabāšana stīgu un pūšaminstrumentu nodaļās",
      "a) kvantitatīvi\nAudzēkņu skaits stīgu un pūšaminstrumentu spēles programmās nesamazinās (01.09.2023. – "
      "36 audzēkņi).",
      "Nav sasniegts",
      "31.05.2024. šajās programmās mācās 35 audzēkņi; ģitāras spēlē audzēkņu skaits pieauga no 11 uz 12, "
      "bet vijoles un saksofona spēlē samazinājās."),
    R("",
      "b) kvalitatīvi\nOrganizētas atvērto durvju dienas un koncerti novada vispārizglītojošajās skolās.",
      "Sasniegts",
      "Notika 2 atvērto durvju dienas un 6 koncerti skolās; iestājpārbaudījumos 2024. gada jūnijā pieteicās "
      "21 bērns (2023. gadā – 15).",
      cont_first=True),
]
L.table(
    [110, 150, 70, 168],
    [("Prioritāte", 1, None), ("Sasniedzamie rezultāti\n(kvalitatīvi un kvantitatīvi)", 1, None),
     ("Norāde par uzdevumu izpildi", 2, ["(Sasniegts/ daļēji\nsasniegts/ nav\nsasniegts)",
                                         "Komentāri (kā to ir izdevies īstenot un\nkādi dati to apliecina)"])],
    PRI,
)

L.heading("3. Kritēriju izvērtējums")
for title, strong, needs in [
    ("3.1. Kritērijs „Kvalitāte”",
     "Audzēkņu sniegums konkursos ir stabils, godalgoto vietu skaits pieaudzis. Pedagogi regulāri analizē "
     "audzēkņu sniegumu skatēs un tehniskajās ieskaitēs; nodaļu sanāksmēs izvērtēti 4 mācību koncertu "
     "rezultāti.",
     "Pilnveidot mūzikas teorētisko priekšmetu mācīšanas metodes, mazināt atšķirības starp specialitātes "
     "un teorētisko priekšmetu vērtējumiem."),
    ("3.2. Kritērijs „Drošība un labbūtība”",
     "Skolā ir apstiprināta kārtība rīcībai konfliktsituācijās un iekšējās kārtības noteikumi, ar kuriem "
     "audzēkņi un vecāki iepazīstināti mācību gada sākumā. Audzēkņu aptaujā 93% atzīst, ka skolā jūtas droši, "
     "bet 88% – ka pedagogs individuālajās stundās ņem vērā viņu noguruma pakāpi un slodzi vispārizglītojošajā "
     "skolā. Pirms valsts konkursiem un skatēm pedagogi ar audzēkņiem pārrunā uztraukuma mazināšanas "
     "paņēmienus; divās nodaļās notika nodarbības ar sporta psihologu par uzstāšanās stresu.",
     "Iekļaut pedagogu tālākizglītības plānā kursus par bērnu emocionālo labbūtību; izveidot atpūtas zonu "
     "audzēkņiem, kuri gaida nodarbības starp stundām; regulāri (reizi semestrī) aptaujāt audzēkņus par "
     "mācību slodzi."),
    ("3.3. Kritērijs „Iekļaujoša vide un pieejamība”",
     "Mācību punkts Ozolainē nodrošina mākslas izglītības pieejamību novada attālākajā daļā; daļēja "
     "mācību maksas atlaide piešķirta 17 audzēkņiem no daudzbērnu un maznodrošinātām ģimenēm.",
     "Izvērtēt iespēju atvērt mūzikas programmu mācību punktā Ozolainē; uzlabot vides pieejamību skolas "
     "ēkas otrajā stāvā."),
]:
    L.heading(title)
    L.table([249, 249], [("Stiprās puses", 1, None), ("Turpmākās attīstības vajadzības", 1, None)],
            [R(strong, needs)])

L.heading("4. Informācija par lielākajiem īstenotajiem projektiem 2023./2024. mācību gadā")
L.text("4.1. Valsts kultūrkapitāla fonda atbalstīts projekts „Koncertkokles un flautas iegāde” (1800 EUR, "
       "pašvaldības līdzfinansējums 600 EUR) – iegādāti instrumenti, kas ļauj uzņemt audzēkņus jaunās klasēs.",
       after=3)
L.text("4.2. Projekts „Kalnamuižas muižas stāsti” – mākslas nodaļas audzēkņi sadarbībā ar novada muzeju "
       "izveidoja 34 darbu izstādi, kas eksponēta muižas pilī no 2024. gada aprīļa līdz augustam.", after=6)
L.heading("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
L.text("5.1. Kalnamuižas novada Kultūras centrs – koncertu un izstāžu norise, telpu izmantošana.", after=2)
L.text("5.2. Ozolaines pamatskola – mācību punkta telpu izmantošana vizuāli plastiskās mākslas programmai.",
       after=2)
L.text("5.3. Liepājas Mūzikas, mākslas un dizaina vidusskola – meistarklases un konsultācijas absolventiem.",
       after=6)
L.heading("6. Citi sasniegumi")
for s in [
    "– Valsts konkurss pūšaminstrumentu spēlē (saksofons, III vecuma grupa) – 3. vieta;",
    "– Starptautiskais jauno pianistu konkurss „Kurzemes pavasaris” – 2. vieta, 3. vieta un atzinība;",
    "– Reģionālais ģitāristu festivāls-konkurss – 1. vieta ansamblim un divas 2. vietas solistiem;",
    "– Starptautiskais bērnu zīmējumu konkurss „Lidice 2024” – medaļa un 2 atzinības;",
    "– Noslēguma eksāmenos specialitātē absolventu vidējais vērtējums – 7,9 balles; mūzikas literatūrā – "
    "7,3 balles, solfedžo – 6,8 balles.",
]:
    L.text(s, indent=10, after=2)
L.space(4)
L.text("7.–10. sadaļa – nav attiecināms (akreditācija un vadītāja novērtēšana notiks 2025. gadā, padomes "
       "ieteikumi iekļauti 11. sadaļā).", after=8)
L.heading("11. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti 2024./2025. m.g.")
L.table(
    [150, 348],
    [("Prioritāte", 1, None), ("Sasniedzamie rezultāti\n(kvalitatīvi un kvantitatīvi)", 1, None)],
    [
        R("Nr.1.\nTeorētisko priekšmetu mācīšanas kvalitāte",
          "a) kvalitatīvi – digitālie rīki tiek izmantoti katrā solfedžo stundā.\nb) kvantitatīvi – 100% "
          "teorētisko priekšmetu pedagogu apguvuši kursus; vidējais vērtējums solfedžo vismaz 7 balles."),
        R("Nr.2.\nJaunu audzēkņu piesaiste",
          "a) kvalitatīvi – mūzikas programmas izmēģinājuma nodarbības Ozolainē.\nb) kvantitatīvi – "
          "audzēkņu skaits 01.09.2024. vismaz 185."),
    ],
)
L.space(16)
L.text("Izglītības iestādes vadītāja: Laura Vītola", after=1)
L.text("/paraksts/", after=1)
L.text("Kalnamuižā, 2024. gada 16. septembrī")

OUT.mkdir(parents=True, exist_ok=True)
pdf = OUT / f"{BASE}.pdf"
L.save(pdf, "Kalnamuižas Mūzikas un mākslas skola – pašnovērtējuma ziņojums par 2023./2024. mācību gadu")
subprocess.run(["/work/shared/tools/tika-text", str(pdf), str(OUT / f"{BASE}.txt")], check=True)
print(pdf)
