#!/usr/bin/env python3
"""Generate the BJC "Zvaigznīte" 2022/23 report (blind test, author h6B).

DOCX (python-docx) -> PDF (LibreOffice) -> Tika text (/work/shared/tools/tika-text).
Only the Tika .txt is the case's report (../reports/); the DOCX and PDF stay in src/build/.
Run: /work/blind/.venv-h6B/bin/python make_report.py
"""
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
BUILD = HERE / "build"
NAME = "bjc-zvaigznite_2022-2023"
BUILD.mkdir(exist_ok=True)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = Cm(2.2)
    s.right_margin = Cm(1.6)


def para(text="", bold=False, italic=False, align=None, size=None, after=5, indent=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                   "j": WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}[align]
    p.paragraph_format.space_after = Pt(after)
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def table(rows, widths, size=9, merged_rows=()):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        if i in merged_rows:
            c = t.cell(i, 0).merge(t.cell(i, len(row) - 1))
            c.text = ""
            r = c.paragraphs[0].add_run(row[0])
            r.bold, r.italic = True, True
            r.font.size = Pt(size)
            shade(c, "F2F2F2")
            continue
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            for k, line in enumerate(val.split("\n")):
                if k:
                    p = cell.add_paragraph()
                r = p.add_run(line)
                r.font.size = Pt(size)
                r.bold = i == 0
            if i == 0:
                shade(cell)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    para(after=2)
    return t


# ------------------------------------------------------------------ cover
para("APSTIPRINĀTS\nJaunzemju novada pašvaldības\nIzglītības pārvaldes vadītājs\n/paraksts/ J. Liepiņš\n"
     "Jaunzemos, 2023. gada 28. septembrī", align="r", size=9.5, after=40)
para("JAUNZEMJU NOVADA PAŠVALDĪBA", align="c", size=11)
para("Jaunzemju novada Bērnu un jauniešu centra “Zvaigznīte”", bold=True, align="c", size=15)
para("PAŠNOVĒRTĒJUMA ZIŅOJUMS", bold=True, align="c", size=15)
para("publiskojamā daļa", italic=True, align="c", size=12, after=10)
para("2022./2023. mācību gads", align="c", size=12, after=160)
para("Dzirnavu iela 14, Jaunzemi, Jaunzemju novads, LV-4822\ntālr. 64322118, bjc.zvaigznite@jaunzemi.lv",
     align="c", size=9)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ------------------------------------------------------------------ intro
para("Jaunzemju novada Bērnu un jauniešu centrs “Zvaigznīte” (turpmāk – Centrs) ir Jaunzemju novada "
     "pašvaldības dibināta interešu izglītības iestāde, kas kopš 1962. gada (sākotnēji – Pionieru nams) "
     "piedāvā bērniem un jauniešiem jēgpilnu brīvā laika pavadīšanu kultūrizglītības, STEM, sporta un "
     "pilsoniskās līdzdalības jomās. Centrs koordinē arī jaunatnes darbu novadā. Centrā strādā 23 "
     "pedagogi, nodarbības notiek Centra telpās un piecās novada izglītības iestādēs.", align="j")

para("1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi un to "
     "sasniegšanas izvērtējums", bold=True)
para("1.1. Īstenotās interešu izglītības programmas un izglītojamo skaits 2022./2023. mācību gadā", bold=True)

hdr = ["Nr.", "Interešu izglītības programma", "Izglītojamo\nskaits\n01.10.2022.", "Izglītojamo\nskaits\n31.05.2023.",
       "Īstenošanas vieta\n(ja atšķiras no\njuridiskās adreses)", "Piezīmes"]
rows = [hdr,
        ["Kultūrizglītība"],
        ["1.", "Tautas deju kolektīvs “Zvaigznītes pērles”", "86", "82", "–", "5 grupas"],
        ["2.", "Mūsdienu deju studija “Ritms”", "64", "59", "Jaunzemju vidusskola, Skolas iela 1", ""],
        ["3.", "Vokālais ansamblis “Čiekuriņi”", "22", "21", "–", ""],
        ["4.", "Teātra studija “Spogulis”", "18", "17", "Lejasmuižas pamatskola, Parka iela 2", ""],
        ["5.", "Vizuālās mākslas studija “Ota”", "41", "38", "–", ""],
        ["6.", "Keramika", "27", "27", "–", ""],
        ["STEM"],
        ["7.", "Robotika un programmēšana", "35", "33", "–\nJaunzemju vidusskola, Skolas iela 1", ""],
        ["8.", "Jaunie pētnieki (dabaszinātnes)", "16", "12", "Jaunzemju vidusskola, Skolas iela 1", ""],
        ["9.", "3D modelēšana un dizains", "–", "14", "–", "uzsākta 2023. gada janvārī"],
        ["Sports un fiziskās aktivitātes"],
        ["10.", "Galda teniss", "29", "26", "Sporta halle, Dzirnavu iela 20", ""],
        ["11.", "Šahs", "19", "19", "–", ""],
        ["12.", "Orientēšanās", "31", "28", "–", "nodarbības arī dabā"],
        ["Sociālā un pilsoniskā joma"],
        ["13.", "Jauno līderu skola", "12", "11", "–", ""],
        ["14.", "Jauno žurnālistu studija “Pulss”", "9", "8", "–", ""],
        ["15.", "Pirmsskolas vecuma bērnu radošās nodarbības “Zīļuks”", "38", "36",
         "PII “Zīlīte”, Ozolu iela 5", ""],
        ["", "Kopā", "447", "431", "", ""],
        ]
table(rows, widths=[1.0, 5.4, 2.0, 2.0, 4.0, 3.0], merged_rows=(1, 8, 12, 16))

para("1.2. Informācija par izglītojamo iemesliem mācību pārtraukšanai un iestādes maiņai", bold=True)
para("2022./2023. mācību gada laikā no Centra interešu izglītības programmām kopumā tika atskaitīti 98 "
     "izglītojamie (2021./2022. m. g. – 121). Lielākā daļa atskaitīšanas gadījumu ir mācību gada pirmajā "
     "pusē, kad bērni vēl izvēlas sev piemērotāko nodarbību.", align="j")
para("1.2.1. Dzīvesvietas maiņas dēļ Centru atstāja 9 izglītojamie, vēl 3 izglītojamie kopā ar ģimeni "
     "izbrauca uz ārzemēm (Vācija, Lielbritānija).", align="j", indent=0.5)
para("1.2.2. Uz citu interešu izglītības iestādi vai profesionālās ievirzes izglītības iestādi (galvenokārt "
     "uz Jaunzemju sporta skolu un mūzikas un mākslas skolu) pārgāja 14 izglītojamie.", align="j", indent=0.5)
para("1.2.3. Citi iemesli: 58 izglītojamie pārtrauca nodarbības, jo nespēja tās savienot ar mācībām "
     "skolā vai nodarbībām citos pulciņos; interešu maiņas dēļ atskaitīti 11 izglītojamie; veselības "
     "stāvokļa dēļ nodarbības pārtrauca trīs audzēkņi.", align="j", indent=0.5)
para("Secinājums: būtiskākais atskaitīšanas iemesls ir bērnu noslodze; 2023./2024. m. g. nodarbību "
     "grafiks tiks saskaņots ar skolu stundu sarakstiem.", italic=True, align="j")

para("1.3. Informācija par ilgstošām pedagogu vakancēm un atbalsta personālu", bold=True)
table([["Nr.", "Informācija", "Skaits", "Komentārs"],
       ["1.", "Ilgstošās pedagogu vakances (vairāk kā 2 mēneši)", "1",
        "koncertmeistars vokālajam ansamblim (0,4 likmes), vakance kopš 2022. gada oktobra"],
       ["2.", "Atbalsta personāls (izglītības iestādē pieejamais atbalsta personāls)", "2",
        "metodiķe (0,5 likmes), jaunatnes darbiniece (1 likme)"]],
      widths=[1.0, 6.4, 1.8, 8.2])

# ------------------------------------------------------------------ section 2
para("2. Izglītības iestādes darbības pamatmērķi un prioritātes", bold=True)
para("2.1. Misija – radīt vidi, kurā ikviens bērns un jaunietis var atklāt savus talantus, darboties "
     "kopā ar vienaudžiem un justies piederīgs savam novadam.", align="j")
para("2.2. Vīzija par izglītojamo – radošs, zinātkārs, atbildīgs un aktīvs jaunietis, kurš prot "
     "sadarboties un lepojas ar savu novadu.", align="j")
para("2.3. Vērtības – radošums, sadarbība, cieņa, atbildība, piederība.", align="j")
para("2.4. 2022./2023. mācību gada prioritātes un to sasniegšanas izvērtējums", bold=True)

P = [
    ("1. prioritāte. STEM jomas interešu izglītības piedāvājuma paplašināšana.",
     [("Kvalitatīvi:", "izstrādāta un uzsākta jauna programma “3D modelēšana un dizains”, robotikas pulciņam "
       "iegādāti jauni komplekti. Programma licencēta un uzsākta 2023. gada janvārī, iegādāti 8 robotikas "
       "komplekti no pašvaldības līdzekļiem – sasniegts."),
      ("Kvantitatīvi:", "STEM programmās mācību gada noslēgumā darbojas vismaz 60 izglītojamie. Mācību gada "
       "noslēgumā STEM programmās bija 59 izglītojamie, tādēļ rezultāts sasniegts daļēji.")]),
    ("2. prioritāte. Kultūrizglītības kolektīvu sagatavošana novada un reģiona skatēm un konkursiem.",
     [("Kvalitatīvi:", "kolektīvi sekmīgi piedalās skatēs, stiprinās kolektīvu piederības sajūta un "
       "tradīcijas. Visi kultūrizglītības kolektīvi piedalījās novada skatēs, tika atjaunoti tautas tērpi "
       "vienai deju grupai, notika kopīga vasaras nometne. Statuss: Sasniegts."),
      ("Kvantitatīvi:", "vismaz 4 kolektīvi skatēs saņem I pakāpes diplomu. I pakāpes diplomu saņēma "
       "3 kolektīvi, 2 kolektīvi – II pakāpes diplomu, tātad daļēji sasniegts.")]),
    ("3. prioritāte. Saziņas ar vecākiem un Centra digitālās vides pilnveide.",
     [("Kvalitatīvi:", "visi pedagogi regulāri izmanto e-žurnālu, vecāki informāciju par nodarbībām un "
       "pasākumiem saņem savlaicīgi, atjaunota Centra tīmekļa vietne. E-žurnālu izmanto visi pedagogi, "
       "taču tīmekļa vietnes atjaunošana pārcelta uz 2023. gada rudeni – Daļēji sasniegts."),
      ("Kvantitatīvi:", "vismaz 80 % vecāku aptaujā ir apmierināti ar saziņu ar Centru. Aptaujā "
       "piedalījās 164 vecāki, apmierināti bija 71 % – NAV SASNIEGTS.")]),
    ("4. prioritāte. Pedagogu profesionālā pilnveide kompetenču pieejā un iekļaujošā izglītībā.",
     [("a) kvantitatīvi –", "katrs pedagogs apgūst vismaz 12 stundu profesionālās pilnveides programmu. "
       "Visi 23 pedagogi apguva vismaz 12 stundu programmas (vidēji 19,5 stundas uz pedagogu), ko apliecina "
       "VIIS dati. Sasniegts pilnībā."),
      ("b) kvalitatīvi –", "pedagogi dalās pieredzē, nodarbībās tiek izmantotas kompetenču pieejas metodes. "
       "Notika 2 metodiskās dienas un 9 atklātās nodarbības, savstarpēji vērotas 14 nodarbības; rezultāts "
       "ir sasniegts.")]),
]
for title, results in P:
    para(title, bold=True, after=2)
    for lab, txt in results:
        p = para("", align="j", indent=0.6, after=3)
        r = p.add_run(lab + " ")
        r.italic = True
        p.add_run(txt)

para("2.5. Prioritātes 2023./2024. mācību gadam", bold=True)
for t in [
    "1) Interešu izglītības programmu kvalitātes izvērtēšanas kārtības izveide (kvalitatīvi – izstrādāti "
    "vienoti kritēriji; kvantitatīvi – izvērtēti vismaz 50 % programmu).",
    "2) Sadarbības ar vecākiem stiprināšana (kvalitatīvi – atjaunota tīmekļa vietne un ieviests vienots "
    "saziņas kanāls; kvantitatīvi – vecāku aptaujā apmierināti vismaz 80 %).",
    "3) Gatavošanās XIII Latvijas Skolu jaunatnes dziesmu un deju svētkiem (kvalitatīvi – kolektīvi "
    "sagatavo svētku repertuāru; kvantitatīvi – vismaz 3 kolektīvi iegūst I pakāpes diplomu).",
]:
    para(t, align="j", indent=0.6, after=3)

# ------------------------------------------------------------------ section 3
para("3. Kritēriju izvērtējums", bold=True)
crit = [
    ("3.1. Kritērijs “Izglītības turpināšana un nodarbinātība”",
     "Stiprās puses: Centra absolventi turpina darboties kultūras namu kolektīvos un jauniešu centros; "
     "karjeras pasākumos piedalījās 210 skolēni. Turpmākās attīstības vajadzības: apkopot datus par "
     "absolventu tālāko darbību interešu jomā."),
    ("3.2. Kritērijs “Mācīšana un mācīšanās”",
     "Stiprās puses: nodarbības ir praktiskas un radošas, pedagogi izmanto kompetenču pieejas metodes, "
     "vērotajās 28 nodarbībās mērķi bija skaidri formulēti. Turpmākās attīstības vajadzības: "
     "pilnveidot sasniegumu vērtēšanu un audzēkņu pašvērtējumu."),
    ("3.3. Kritērijs “Izglītības programmu īstenošana”",
     "Stiprās puses: programmu piedāvājums aptver visas četras jomas, nodarbības notiek arī novada "
     "skolās, kas mazina transporta šķēršļus. Turpmākās attīstības vajadzības: aktualizēt programmu "
     "saturu atbilstoši pilnveidotajam mācību saturam un izveidot programmu kvalitātes izvērtēšanas kārtību."),
]
for h, txt in crit:
    para(h, bold=True, after=2)
    para(txt, align="j")

para("4. Informācija par īstenotajiem projektiem", bold=True)
para("4.1. Erasmus+ jauniešu apmaiņas projekts “Green Steps” (kopā ar partneriem Lietuvā un Polijā) – "
     "24 jaunieši, 8 dienas; rezultātā izveidots vides ceļvedis novadam.", align="j")
para("4.2. Jaunatnes politikas valsts programmas projekts “Jaunieši – novadam” – 5 jauniešu iniciatīvu "
     "projekti, piešķirtais finansējums 3 200 EUR.", align="j")
para("4.3. Projekts “PuMPuRS” – individuāls atbalsts 6 jauniešiem ar mācību pārtraukšanas risku.",
     align="j")

para("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi", bold=True)
para("• Jaunzemju vidusskola un Lejasmuižas pamatskola – telpu izmantošana nodarbībām;\n"
     "• biedrība “Jaunzemju jaunieši” – jauniešu iniciatīvas;\n"
     "• Latvijas Šaha federācija – sacensību organizēšana.", align="j")

para("6. Citi sasniegumi", bold=True)
para("Tautas deju kolektīvs “Zvaigznītes pērles” reģiona skatē ieguva I pakāpes diplomu; šahisti – "
     "3. vieta Latvijas jaunatnes komandu čempionātā; keramikas pulciņa darbi izstādīti starptautiskajā "
     "bērnu mākslas konkursā “Lidice”; orientieristi – 2. vieta Vidzemes kausa kopvērtējumā.", align="j")

para("", after=20)
para("Centra direktore                                   /paraksts/                                   "
     "Anna Bērziņa")
para("Ziņojums izskatīts Centra pedagoģiskās padomes sēdē 2023. gada 29. augustā (protokols Nr. 3).",
     size=9)

fp = doc.sections[0].footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
run = fp.add_run("lpp. ")
run = fp.add_run()
for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
    if kind:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
    else:
        el = OxmlElement("w:instrText")
        el.set(qn("xml:space"), "preserve")
        el.text = text
    run._r.append(el)

docx_path = BUILD / f"{NAME}.docx"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(BUILD), str(docx_path)],
               check=True, capture_output=True, timeout=300)
reports = HERE.parent / "reports"
reports.mkdir(exist_ok=True)
subprocess.run(["/work/shared/tools/tika-text", str(BUILD / f"{NAME}.pdf"), str(reports / f"{NAME}.txt")],
               check=True, timeout=300)
print(reports / f"{NAME}.txt")
