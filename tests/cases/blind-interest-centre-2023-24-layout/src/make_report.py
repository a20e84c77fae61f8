#!/usr/bin/env python3
"""Builds rudzupes-bjc-dzirksts_2023-2024.docx (python-docx) -> LibreOffice PDF -> `pdftotext -layout`.

    /work/blind/.venv-h4A/bin/python src/make_report.py      (run from the case folder)

The DOCX and the PDF stay in src/; only the .txt goes to reports/.
"""
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

CASE = Path(__file__).resolve().parent.parent
NAME = "rudzupes-bjc-dzirksts_2023-2024"
SRC, REPORTS = CASE / "src", CASE / "reports"

INST = "Rudzupes novada Bērnu un jauniešu centrs “Dzirksts”"


# ---------------------------------------------------------------- helpers
def cell_text(cell, text, bold=False, size=9, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(line)
        run.bold, run.italic = bold, italic
        run.font.size = Pt(size)


def table(doc, header, rows, widths, size=9, bold_rows=(), group_rows=()):
    """group_rows: indexes of rows whose first cell spans the whole table (a field heading)."""
    t = doc.add_table(rows=0, cols=len(widths))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    if header:
        cells = t.add_row().cells
        for i, h in enumerate(header):
            cell_text(cells[i], h, bold=True, size=size)
    for r_i, r in enumerate(rows):
        row = t.add_row()
        if r_i in group_rows:
            merged = row.cells[0].merge(row.cells[-1])
            cell_text(merged, r[0], bold=True, italic=True, size=size)
            continue
        for i, v in enumerate(r):
            cell_text(row.cells[i], v, bold=r_i in bold_rows, size=size)
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def para(doc, text, bold=False, italic=False, size=11, align=None, after=4, indent=None):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(after)
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    if align is not None:
        p.alignment = align
    run = p.add_run(text)
    run.bold, run.italic = bold, italic
    run.font.size = Pt(size)
    return p


def heading(doc, text, size=12):
    p = para(doc, text, bold=True, size=size, after=6)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True
    return p


def field(p, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Lapa ").font.size = Pt(9)
    field(p, "PAGE")
    p.add_run(" no ").font.size = Pt(9)
    field(p, "NUMPAGES")


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- content
PROGRAMMES = [  # (field heading) or (name, licence, site, start, end)
    ("Kultūrizglītības joma",),
    ("Tautas deju kolektīvs “Rudzupīte” (1.–4. klase)", "IP-2021/031\n02.09.2021.", "–", 48, 46),
    ("Tautas deju kolektīvs “Rudzupīte” (5.–9. klase)", "IP-2021/031\n02.09.2021.",
     "Rudzupes pamatskola,\nDārza iela 9", 36, 35),
    ("Jauniešu deju kolektīvs “Vēja zirgi”", "IP-2020/017\n28.08.2020.", "–", 28, 27),
    ("Bērnu vokālais ansamblis “Cīrulīši”", "IP-2022/044\n01.09.2022.", "–", 22, 24),
    ("Zēnu koris", "–", "Rudzupes pamatskola,\nDārza iela 9", 31, 29),
    ("Vizuālās mākslas studija “Krāsu pils”", "IP-2019/008\n30.08.2019.",
     "–;\nLiepkalnu sākumskola,\nLiepkalni", 64, 61),
    ("Keramikas pulciņš", "IP-2023/052\n29.09.2023.", "–", 18, 18),
    ("Teātra studija “Spogulis”", "IP-2021/033\n02.09.2021.", "–", 25, 23),
    ("Folkloras kopa “Ceļteka”", "–", "Liepkalnu sākumskola,\nLiepkalni", 14, 15),
    ("STEM joma",),
    ("Robotika un programmēšana (LEGO Spike)", "IP-2022/046\n01.09.2022.",
     "–;\nRudzupes pamatskola,\nDārza iela 9", 42, 44),
    ("Jauno tehniķu pulciņš “Skrūvīte”", "IP-2018/003\n31.08.2018.", "–", 16, 15),
    ("Mazie pētnieki (dabaszinātnes 1.–3. klasei)", "IP-2022/047\n01.09.2022.",
     "Liepkalnu sākumskola,\nLiepkalni", 30, 28),
    ("3D modelēšana un druka", "IP-2023/053\n29.09.2023.", "–", 12, 14),
    ("Digitālā fotogrāfija un video", "–", "–", 17, 16),
    ("Sporta un fizisko aktivitāšu joma",),
    ("Šahs un dambrete", "IP-2019/010\n30.08.2019.", "–", 26, 22),
    ("Galda teniss", "IP-2019/011\n30.08.2019.", "Sporta halle,\nAlejas iela 4", 20, 19),
    ("Orientēšanās sports", "IP-2020/019\n28.08.2020.", "–", 24, 26),
    ("Vispārējā fiziskā sagatavotība pirmsskolas vecuma bērniem", "IP-2021/035\n02.09.2021.",
     "PII “Zīlīte”,\nPļavu iela 1", 35, 33),
    ("Sociālā un pilsoniskā joma",),
    ("Jauno līderu skola", "IP-2022/048\n01.09.2022.", "–", 15, 13),
    ("Mazpulks “Rudzupes rūķi”", "–", "–", 21, 21),
    ("Vides izglītības pulciņš “Zaļā patrula”", "IP-2020/021\n28.08.2020.", "–", 19, 17),
    ("Angļu valodas sarunu klubs “Talk & Play”", "IP-2023/054\n29.09.2023.", "–", 13, 12),
]


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    footer(sec)

    # --- cover / approval block
    para(doc, "SASKAŅOTS\nRudzupes novada pašvaldības\nIzglītības pārvaldes vadītājs\n\n"
              "_____________ /paraksts/ J. Bērziņš\n2024. gada 27. septembrī",
         align=WD_ALIGN_PARAGRAPH.LEFT, size=10, after=30)
    para(doc, "RUDZUPES NOVADA BĒRNU UN JAUNIEŠU CENTRS “DZIRKSTS”", bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER, size=13, after=0)
    para(doc, "Reģ. Nr. 4419902551, Skolas iela 2, Rudzupe, Rudzupes novads, LV-5131\n"
              "tālr. 65432118, e-pasts: dzirksts@rudzupe.lv",
         align=WD_ALIGN_PARAGRAPH.CENTER, size=9, after=40)
    para(doc, "Rudzupes novada Bērnu un jauniešu centra “Dzirksts”", bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER, size=16, after=0)
    para(doc, "PAŠNOVĒRTĒJUMA ZIŅOJUMS", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=16, after=4)
    para(doc, "publiskojamā daļa\n2023./2024. mācību gads", align=WD_ALIGN_PARAGRAPH.CENTER, size=13,
         after=60)
    para(doc, "Rudzupe, 2024", align=WD_ALIGN_PARAGRAPH.CENTER, size=11)
    page_break(doc)

    para(doc, f"{INST} (turpmāk – Centrs) ir Rudzupes novada pašvaldības 1958. gadā kā Pionieru nams "
              "dibināta un 2009. gadā reorganizēta interešu izglītības iestāde, kas īsteno interešu "
              "izglītības programmas bērniem un jauniešiem no 3 līdz 25 gadu vecumam, koordinē novada "
              "skolēnu dalību konkursos, skatēs un sacensībās un organizē darbu ar jaunatni. Centra "
              "juridiskā adrese – Skolas iela 2, Rudzupe; nodarbības notiek arī novada izglītības iestādēs.")

    heading(doc, "1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
                 "un to sasniegšanas izvērtējums")
    heading(doc, "1.1. Izglītojamo skaits un īstenotās interešu izglītības programmas 2023./2024. mācību "
                 "gadā", 11)
    rows, groups, n = [], [], 0
    tot_s = tot_e = 0
    for p in PROGRAMMES:
        if len(p) == 1:
            groups.append(len(rows))
            rows.append([p[0]])
            continue
        n += 1
        name, lic, site, s, e = p
        tot_s += s
        tot_e += e
        rows.append([f"{n}.", name, lic, site, str(s), str(e)])
    rows.append(["", "Kopā", "", "", str(tot_s), str(tot_e)])
    table(doc,
          ["Nr.\np.k.", "Interešu izglītības\nprogrammas nosaukums",
           "Programmas\nlicence\n(Nr., datums)", "Īstenošanas vietas\nadrese (ja atšķiras\nno juridiskās adreses)",
           "Izglītojamo\nskaits,\nuzsākot\n2023./2024.\nm.g.\n(01.10.2023.)",
           "Izglītojamo\nskaits,\nnoslēdzot\n2023./2024.\nm.g.\n(31.05.2024.)"],
          rows, [1.0, 5.4, 2.6, 3.8, 2.1, 2.1], size=8, bold_rows=(len(rows) - 1,), group_rows=groups)
    para(doc, "Piezīme: daļa izglītojamo apmeklē vairākas programmas, tāpēc unikālo izglītojamo skaits "
              f"2023./2024. m.g. sākumā bija 498, beigās – 487 (kopā programmās {tot_s} un {tot_e}).",
         italic=True, size=9)

    heading(doc, "1.2. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
                 "2023./2024. m.g. un 2024./2025. m.g. (nosakāmi ne mazāk kā trīs kvalitātes rādītāji)", 11)
    ind_rows = [
        ["1.", "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:", "", "", ""],
        ["1.1.", "Izglītojamo skaits interešu izglītības programmās (kopā)", "560", str(tot_e), "580"],
        ["1.2.", "Izglītojamo īpatsvars, kuri nodarbības apmeklē visu mācību gadu", "85 %",
         "88 %", "90 %"],
        ["2.", "Darbs ar talantīgajiem izglītojamajiem un izglītojamo sasniegumi konkursos, "
               "skatēs, sacensībās u.tml.:", "", "", ""],
        ["2.1.", "Dalībnieku skaits novada, reģiona, valsts un starptautiskos konkursos, skatēs, "
                 "sacensībās", "180 dalībnieki", "214 dalībnieki", "220 dalībnieki"],
        ["2.2.", "Godalgoto vietu (1.–3. vieta) skaits valsts un starptautiska mēroga konkursos",
         "vismaz 12", "17 godalgotas vietas", "15"],
        ["2.3.", "Robotikas komandas vieta Latvijas skolēnu robotikas čempionātā", "5. vieta",
         "2. vieta", "ne zemāk kā 3. vieta"],
        ["2.4.", "Deju kolektīvu sniegums reģiona skatē", "II pakāpe", "I pakāpe (2 kolektīvi),\n"
                 "II pakāpe (1 kolektīvs)", "I pakāpe visiem kolektīviem"],
        ["3.", "Pedagogu profesionālās kompetences pilnveide", "100 % (vismaz 12 st. katram pedagogam)",
         "21 no 23 pedagogiem jeb 91 %", "100 %"],
        ["4.", "Izglītojamo un vecāku apmierinātība ar nodarbību kvalitāti (aptauja)", "vidēji 80 %",
         "vidēji 86 % (aptaujā 241 respondents)", "85 %"],
        ["5.", "Centra organizēto publisko pasākumu (koncerti, izstādes, sacensības) skaits", "40",
         "47 pasākumi", "45"],
        ["6.", "Citi kvalitātes rādītāji", "Izveidot jauniešu padomi.",
         "Jauniešu padome izveidota 2023. gada novembrī, 9 dalībnieki.",
         "Jauniešu padome piedalās Centra darba plānošanā."],
    ]
    table(doc, ["NPK", "Kvalitatīvais /\nkvantitatīvais indikators",
                "Noteiktais rezultatīvais\nrādītājs uzsākot\n2023./2024. m.g.\n(pēc 2022./2023. m.g.\n"
                "pašnovērtējuma ziņojuma)", "noslēdzot\n2023./2024. m.g.", "2024./2025. m.g."],
          ind_rows, [1.1, 5.4, 3.6, 3.6, 3.3], size=8)

    # --- section 2
    heading(doc, "2. Izglītības iestādes darbības pamatmērķi un prioritātes")
    para(doc, "2.1. Izglītības iestādes misija – radīt drošu, radošu un atbalstošu vidi, kurā ikviens "
              "bērns un jaunietis var atklāt savus talantus un saturīgi pavadīt brīvo laiku.")
    para(doc, "2.2. Izglītības iestādes vīzija par izglītojamo – pašapzinīgs, zinātkārs un aktīvs "
              "jaunietis, kurš lepojas ar savu novadu un prot sadarboties.")
    para(doc, "2.3. Izglītības iestādes vērtības cilvēkcentrētā veidā – radošums, sadarbība, atbildība, "
              "cieņa un piederība novadam.")
    para(doc, "2.4. Informācija par izglītības iestādes 2023./2024. m.g. izvirzīto prioritāšu "
              "sasniegšanu", bold=True, after=6)

    pri = [
        ("Nr.1.", "Kolektīvu sagatavošana XIII Latvijas Skolu jaunatnes dziesmu un deju svētku "
                  "atlases skatēm",
         [("a) kvantitatīvi: vismaz 4 Centra kolektīvi piedalās reģiona skatēs, vismaz 2 kolektīvi "
           "iegūst I pakāpi.", "Sasniegts",
           "Reģiona skatēs piedalījās 5 kolektīvi, I pakāpe – 3 kolektīviem (skašu protokoli)."),
          ("b) kvalitatīvi: kolektīvu vadītāji regulāri piedalās virsvadītāju semināros; repertuārs "
           "apgūts atbilstoši svētku prasībām.", "SASNIEGTS",
           "Visi 6 kolektīvu vadītāji piedalījās semināros Rīgā un Rēzeknē; repertuārs apgūts līdz "
           "2024. gada aprīlim.")]),
        ("Nr.2.", "STEM jomas programmu piedāvājuma paplašināšana",
         [("a) kvalitatīvi: izstrādāta un licencēta jauna programma 3D modelēšanā; iegādāts "
           "aprīkojums.", "Sasniegts",
           "Programma “3D modelēšana un druka” licencēta 29.09.2023., iegādāti 2 printeri."),
          ("b) kvantitatīvi: STEM programmās iesaistīti vismaz 130 izglītojamie.",
           "Daļēji sasniegts",
           "Uz 01.10.2023. STEM programmās iesaistīti 117 izglītojamie; trūkst pedagoga "
           "Liepkalnu sākumskolā.")]),
        ("Nr.3.", "Iekļaujošas vides nodrošināšana izglītojamajiem ar speciālām vajadzībām",
         [("a) kvantitatīvi: interešu izglītības programmās iesaistīti vismaz 15 izglītojamie ar "
           "speciālām vajadzībām.", "Nav sasniegts",
           "Iesaistīti 9 izglītojamie (no 12 uz 9 salīdzinājumā ar iepriekšējo gadu); galvenais "
           "iemesls – transporta trūkums no pagastiem."),
          ("b) kvalitatīvi: pedagogi apguvuši profesionālās pilnveides kursus par darbu ar "
           "izglītojamajiem ar speciālām vajadzībām.", "sasniegts daļēji – darbs turpināsies "
           "2024./2025. m.g.",
           "Kursus (A programma, 36 st.) apguva 8 pedagogi no 23.")]),
        ("Nr.4.", "Izglītojamo pilsoniskās līdzdalības veicināšana",
         [("a) kvantitatīvi: īstenoti vismaz 3 jauniešu iniciatīvu projekti.", "Sasniegts.",
           "Īstenoti 4 projekti, t. sk. “Rudzupes stāsti” un velomaratons “Apkārt ezeram”."),
          ("b) kvalitatīvi: izveidota Centra jauniešu padome, kas piedalās lēmumu pieņemšanā.",
           "SASNIEGTS daļēji",
           "Padome izveidota, bet lēmumu pieņemšanā iesaistījās tikai pavasara semestrī.")]),
    ]
    for no, title, res in pri:
        t = table(doc, ["Prioritāte", "Sasniedzamie rezultāti\n(kvantitatīvi un kvalitatīvi)",
                        "Norāde par izpildi\n(Sasniegts/ daļēji\nsasniegts/ nav\nsasniegts)",
                        "Komentāri (kā to ir izdevies īstenot un\nkādi dati to apliecina)"],
                  [[f"{no} {title}", r[0], r[1], r[2]] if i == 0 else ["", r[0], r[1], r[2]]
                   for i, r in enumerate(res)],
                  [3.6, 4.8, 2.6, 6.0], size=8)
        top = t.rows[1].cells[0]
        top.merge(t.rows[2].cells[0])

    para(doc, "2.5. Izglītības iestādes prioritātes 2024./2025. mācību gadam", bold=True, after=4)
    para(doc, "1. Sekmīga dalība XIII Latvijas Skolu jaunatnes dziesmu un deju svētkos: a) kvantitatīvi – "
              "svētkos piedalās vismaz 4 Centra kolektīvi (120 dalībnieki); b) kvalitatīvi – "
              "nodrošināts atbalsts dalībnieku ģimenēm un drošs brauciens.", indent=0.5)
    para(doc, "2. Pedagogu digitālās kompetences pilnveide: a) kvalitatīvi – vienota e-žurnāla un "
              "saziņas kārtība; b) kvantitatīvi – 100 % pedagogu izmanto e-klasi.", indent=0.5)
    para(doc, "3. Iekļaujošas vides pilnveide (turpinājums): a) kvantitatīvi – vismaz 12 izglītojamie "
              "ar speciālām vajadzībām programmās; b) kvalitatīvi – sadarbība ar sociālo dienestu "
              "transporta nodrošināšanā.", indent=0.5)

    # --- section 3
    heading(doc, "3. Kritēriju izvērtējums")
    for title, strong, needs in [
        ("3.1. Atbalsts un sadarbība",
         "Centrs cieši sadarbojas ar novada skolām, nodarbības notiek 4 izglītības iestādēs. Vecāki "
         "regulāri tiek informēti e-klasē un sociālajos tīklos; vecāku sapulces notiek 2 reizes gadā.",
         "Stiprināt sadarbību ar pagastu pārvaldēm izglītojamo nokļūšanai uz nodarbībām."),
        ("3.2. Pieejamība",
         "Programmas ir bez maksas; 22 programmas aptver visas četras interešu izglītības jomas. "
         "Ēkas 1. stāvs pielāgots cilvēkiem ar kustību traucējumiem.",
         "Nodrošināt pieejamību 2. stāva telpām (lifts); paplašināt piedāvājumu pagastos."),
        ("3.3. Drošība un psiholoģiskā labklājība",
         "Izstrādāti un aktualizēti iekšējās kārtības noteikumi, drošības instruktāžas notiek "
         "katra semestra sākumā. Aptaujā 93 % izglītojamo norāda, ka Centrā jūtas droši.",
         "Organizēt pedagogiem apmācības konfliktu risināšanā.")]:
        heading(doc, title, 11)
        para(doc, "Stiprās puses: " + strong)
        para(doc, "Turpmākās attīstības vajadzības: " + needs)

    heading(doc, "4. Informācija par nozīmīgākajiem projektiem 2023./2024. mācību gadā")
    para(doc, "4.1. ESF+ projekts “Jauniešu garantijas” – Centrs īstenoja 2 neformālās izglītības "
              "programmas NEET jauniešiem (kopā 14 dalībnieki).\n4.2. Valsts programma “Latvijas skolas "
              "soma” – 6 pasākumi pirmsskolas vecuma bērnu grupām.\n4.3. Rudzupes novada jauniešu "
              "iniciatīvu projektu konkurss – atbalstīti 4 projekti par kopējo summu 2400 EUR.")
    heading(doc, "5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
    para(doc, "5.1. Rudzupes pamatskola, Liepkalnu sākumskola, PII “Zīlīte” – telpu izmantošana "
              "nodarbībām.\n5.2. Latvijas Mazpulki – mazpulka darbības koordinācija.\n"
              "5.3. Rudzupes novada Sociālais dienests – iekļaujošas vides nodrošināšana.")
    heading(doc, "6. Citi sasniegumi")
    para(doc, "– Latvijas skolēnu robotikas čempionātā komanda “Dzirkstis” ieguva 2. vietu junioru grupā.\n"
              "– Starptautiskajā bērnu vizuālās mākslas konkursā “Lidice 2024” – 2 medaļas un "
              "3 atzinības.\n"
              "– Latvijas jaunatnes orientēšanās čempionātā – 1. vieta (M14) un 3. vieta (W12).\n"
              "– Latgales reģiona šaha turnīrā – 3. vieta komandu vērtējumā.\n"
              "– Tautas deju kolektīvs “Vēja zirgi” skatē ieguva I pakāpi (43,2 punkti).")
    para(doc, "Secinājumi: kopumā Centra izglītojamie 2023./2024. m.g. ieguva 17 godalgotas vietas "
              "valsts un starptautiska mēroga konkursos, kas pārsniedz plānoto rādītāju.")

    heading(doc, "7. Centra attīstības prioritātes 2024.–2026. gadam")
    para(doc, "1) interešu izglītības piedāvājuma paplašināšana pagastos;\n"
              "2) STEM jomas materiāltehniskās bāzes pilnveide;\n"
              "3) jauniešu līdzdalības un brīvprātīgā darba attīstība.")
    para(doc, "", after=16)
    para(doc, "Izglītības iestādes vadītāja          Dace Liepiņa          /paraksts/", after=2)
    para(doc, "Ziņojums apspriests Centra pedagoģiskās padomes sēdē 2024. gada 11. septembrī "
              "(protokols Nr. 3).", size=9)
    return doc


def main():
    doc = build()
    docx = SRC / f"{NAME}.docx"
    doc.save(docx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(SRC), str(docx)],
                   check=True, capture_output=True)
    REPORTS.mkdir(exist_ok=True)
    subprocess.run(["pdftotext", "-layout", str(SRC / f"{NAME}.pdf"), str(REPORTS / f"{NAME}.txt")],
                   check=True)


if __name__ == "__main__":
    main()
