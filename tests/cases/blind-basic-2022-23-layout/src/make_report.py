#!/usr/bin/env python3
"""Generate dzervju-pamatskola_2022-2023 (DOCX -> PDF via LibreOffice -> pdftotext -layout).

Usage: python make_report.py OUTDIR
Writes OUTDIR/dzervju-pamatskola_2022-2023.docx; then run (see README):
  soffice --headless --convert-to pdf --outdir OUTDIR OUTDIR/dzervju-pamatskola_2022-2023.docx
  pdftotext -layout OUTDIR/dzervju-pamatskola_2022-2023.pdf reports/dzervju-pamatskola_2022-2023.txt
"""
import sys
from pathlib import Path
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
    s.top_margin = s.bottom_margin = Cm(1.8)

# page numbers in footer
def add_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind); r._r.append(el)
        else:
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = text; r._r.append(el)
add_page_number(doc.sections[0])

def para(text, bold=False, align=None, size=None, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

def table(rows, widths=None, bold_header=True, size=10):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    if widths:
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            lines = val.split("\n")
            p = c.paragraphs[0]
            for k, ln in enumerate(lines):
                if k: p = c.add_paragraph()
                r = p.add_run(ln); r.font.size = Pt(size)
                if i == 0 and bold_header: r.bold = True
            if widths: c.width = Cm(widths[j])
    doc.add_paragraph()
    return t

def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------- cover ----------------
para("SASKAŅOTS", bold=True, align="r")
para("Smiltenes novada pašvaldības\nIzglītības pārvaldes vadītāja\n/paraksts/ I. Kalniņa\n2023. gada 22. septembrī", align="r")
para("")
para("Dzērvju pamatskolas", bold=True, align="c", size=16)
para("pašnovērtējuma ziņojums", bold=True, align="c", size=14)
para("(publiskojamā daļa)", align="c")
para("par 2022./2023. mācību gadu", align="c")
para("")
para("Dzērvju pamatskola ir Smiltenes novada pašvaldības dibināta vispārējās izglītības iestāde, kas "
     "īsteno pirmsskolas un pamatizglītības programmas. Skola atrodas Dzērvju ciemā, Ozolu ielā 4, Dzērvēs, "
     "Smiltenes novadā, LV-4729; pirmsskolas grupas darbojas arī Bērzu ielā 11, Dzērvēs. Skolā 2022./2023. "
     "mācību gadā strādāja 31 pedagogs un 19 tehniskie darbinieki.", align="j")
para("Tālrunis 64700000, e-pasts: dzervju.pamatskola@example.lv", align="c", size=9)
para("Dzērves, 2023", align="c")
page_break()

# ---------------- section 1 ----------------
para("1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi un to sasniegšanas izvērtējums", bold=True)
para("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2022./2023. mācību gadā", bold=True)
table([
    ["Nr.\np.k.", "Izglītības\nprogrammas kods", "Izglītības programmas\nnosaukums", "Licence\n(Nr., datums)",
     "Īstenošanas\nvietas adrese", "Izglītojamo\nskaits\n01.09.2022.", "Izglītojamo\nskaits\n31.05.2023."],
    ["1.", "0101 11 11", "Pirmsskolas izglītības\nprogramma", "V-7412\n14.08.2017.", "Bērzu iela 11,\nDzērves", "38", "41"],
    ["2.", "0101 55 11", "Speciālās pirmsskolas\nizglītības programma\nizglītojamajiem ar\nvalodas traucējumiem", "V-7413\n14.08.2017.", "Bērzu iela 11,\nDzērves", "6", "7"],
    ["3.", "2101 11 11", "Pamatizglītības\nprogramma", "V-9906\n02.10.2018.", "–", "164", "160"],
    ["4.", "2101 56 11", "Speciālās\npamatizglītības\nprogramma\nizglītojamajiem ar\nmācīšanās traucējumiem", "V-9907\n02.10.2018.", "–", "12", "13"],
    ["5.", "2101 58 11", "Speciālās\npamatizglītības\nprogramma\nizglītojamajiem ar\ngarīgās attīstības\ntraucējumiem", "V-3120\n30.06.2020.", "–", "3", "3"],
    ["", "", "Kopā", "", "", "223", "224"],
], widths=[1.1, 2.3, 4.6, 2.3, 2.6, 2.1, 2.1])

para("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai un mācību "
     "pārtraukšanai izglītības programmā", bold=True)
para("2022./2023. mācību gada laikā no Dzērvju pamatskolas kopumā izstājās desmit izglītojamie, savukārt "
     "uzsāka mācības septiņi izglītojamie (no tiem trīs – no Ukrainas).", align="j")
para("1.2.1. dzīvesvietas maiņa: trīs izglītojamie pārcēlās uz dzīvi Valmierā un Rīgā kopā ar ģimeni, "
     "bet vēl divi izglītojamie ģimenes dēļ izbrauca uz ārvalstīm (Norvēģija, Īrija);", align="j")
para("1.2.2. izglītības iestādes maiņa: četri izglītojamie turpina mācības citā skolā – galvenais "
     "iemesls ir vecāku vēlme, lai bērns mācās skolā tuvāk vecāku darba vietai, kā arī vēlme "
     "mācīties sporta novirziena klasē;", align="j")
para("1.2.3. cits iemesls: viens izglītojamais, sasniedzot 18 gadu vecumu, pārtrauca mācības un "
     "uzsāka darba gaitas. Izglītojamo mācību pārtraukšanu skola analizē kopā ar sociālo pedagogu un "
     "pašvaldības sociālo dienestu; 2 gadījumos tika sasaukta atbalsta komandas sanāksme.", align="j")

para("1.3. Ilgstošās pedagogu vakances un atbalsta personāla nodrošinājums", bold=True)
table([
    ["Nr.", "Informācija", "Skaits", "Komentāri"],
    ["1.", "Ilgstošās vakances\nizglītības iestādē\n(vairāk par 1 mēnesi)", "1", "Matemātikas skolotājs 7.–9. klasē\n(0,6 slodzes) no 2022. gada oktobra līdz\ndecembrim; stundas aizvietoja direktora\nvietniece."],
    ["2.", "Izglītības iestādē\npieejamais atbalsta\npersonāls", "6", "Izglītības psihologs (0,5 sl.), logopēds,\nspeciālais pedagogs, sociālais pedagogs\n(0,3 sl.), skolotāja palīgs (2)."],
    ["3.", "Pedagoga palīgi\npirmsskolā", "2", "–"],
], widths=[1, 5, 1.6, 8])

# ---------------- section 2 ----------------
para("2. Izglītības iestādes darbības pamatmērķi un prioritātes", bold=True)
para("2.1. Misija – mūsdienīga lauku skola, kurā katrs bērns droši mācās, atklāj savus talantus un "
     "kļūst par atbildīgu sava novada un Latvijas pilsoni.", align="j")
para("2.2. Vīzija par izglītojamo – zinātkārs, patstāvīgs un radošs jaunietis, kurš prot sadarboties, "
     "lepojas ar savu skolu un ir gatavs turpināt izglītību.", align="j")
para("2.3. Vērtības: atbildība, cieņa, darba tikums, sadarbība un piederība (saskaņā ar "
     "Izglītības likumā noteiktajām tikumiskajām vērtībām).", align="j")
para("2.4. 2022./2023. mācību gada darba prioritātes un sasniegtie rezultāti", bold=True)

prio = [
    ("1", "Mācīšana un mācīšanās", "Skolēnu pašvadītas mācīšanās prasmju pilnveide 5.–9. klasē",
     "Pedagogi stundās mērķtiecīgi izmanto\nsasniedzamā rezultāta un snieguma\nkritēriju formulēšanu kopā ar\nskolēniem; skolēni prot plānot savu\nmācību darbu.",
     "Sasniegts",
     "Vērotajās stundās (42) skolēnu\niesaiste snieguma kritēriju\nveidošanā fiksēta 34 stundās; ieviesta\nvienota dienasgrāmatas lapa mācību\nplānošanai 5.–9. klasē.",
     "Vismaz 70% skolēnu 5.–9. klasē\nnorāda, ka prot izvērtēt savu\nsniegumu; 9. klases valsts\npārbaudes darbā matemātikā\nvidējais rezultāts ir vismaz 45%.",
     "sasniegts daļēji – turpināt\n2023./2024. m.g.",
     "Aptaujā 64% skolēnu (no 96 uz 61\nskolēnu) norāda, ka prot izvērtēt\nsavu sniegumu; matemātikas eksāmenā\nvidējais rezultāts 47,6%."),
    ("2", "Izglītības programmu īstenošana", "Vienotas atbalsta sistēmas izveide izglītojamajiem ar mācīšanās grūtībām",
     "Izstrādāts un apstiprināts atbalsta\nsniegšanas kārtības apraksts; atbalsta\nplāni tiek regulāri izvērtēti.",
     "SASNIEGTS",
     "Kārtība apstiprināta 2022. gada\n15. novembrī; atbalsta komanda\nsanāca reizi mēnesī.",
     "Individuālie atbalsta plāni izstrādāti\nvisiem (100%) izglītojamajiem ar\nspeciālajām vajadzībām; konsultāciju\napmeklējums pieaug par 20%.",
     "Sasniegts",
     "Plāni izstrādāti 15 izglītojamajiem (no\n15); konsultāciju apmeklējums pieauga\nno 212 uz 268 apmeklējumiem\nsemestrī (+26%)."),
    ("3", "Izglītības turpināšana un nodarbinātība", "Karjeras izglītības pasākumu sistēma 1.–9. klasē",
     "Katrai klašu grupai izstrādāts karjeras\nizglītības pasākumu plāns; notiek\nsadarbība ar vecākiem un\nuzņēmējiem.",
     "Daļēji sasniegts",
     "Plāns izstrādāts 5.–9. klasei, 1.–4.\nklasei – vēl nav; notika 4 tikšanās ar\nvietējiem uzņēmējiem.",
     "Vismaz 90% absolventu turpina\nizglītību; katrs 7.–9. klases skolēns\napmeklē vismaz 2 ēnošanas vai\nkarjeras pasākumus.",
     "NAV SASNIEGTS",
     "Izglītību turpina 16 no 18\nabsolventiem (89%); 2 pasākumus\napmeklēja tikai 58% skolēnu."),
]
table_rows = [["Nr.", "Joma un prioritāte", "Sasniedzamais rezultāts", "Vērtējums", "Pamatojums, pierādījumi"]]
for no, area, title, q1, s1, e1, q2, s2, e2 in prio:
    table_rows.append([no + ".", f"{area}\n\n{title}", "a) kvalitatīvi:\n" + q1, s1, e1])
    table_rows.append(["", "", "b) kvantitatīvi:\n" + q2, s2, e2])
table(table_rows, widths=[0.9, 3.4, 4.8, 2.5, 4.8], size=9)

para("2.5. Prioritātes 2023./2024. mācību gadam", bold=True)
para("1. Mācīšana un mācīšanās – pašvadītas mācīšanās prasmju nostiprināšana 1.–9. klasē: "
     "a) kvalitatīvi – pedagogi regulāri sniedz atgriezenisko saiti par snieguma kritērijiem; "
     "b) kvantitatīvi – vismaz 75% skolēnu prot izvērtēt savu sniegumu; 9. klases valsts pārbaudes "
     "darbā matemātikā vidējais rezultāts ir vismaz 50%.", align="j")
para("2. Izglītības turpināšana un nodarbinātība – karjeras izglītības plāns arī 1.–4. klasei: "
     "a) kvalitatīvi – izstrādāts vienots plāns 1.–9. klasei; b) kvantitatīvi – vismaz 2 karjeras "
     "pasākumus apmeklē 90% 7.–9. klašu skolēnu.", align="j")
para("3. Drošība un psiholoģiskā labklājība – vienoti noteikumi mobilo tālruņu lietošanai: "
     "a) kvalitatīvi – noteikumi saskaņoti ar skolas padomi; b) kvantitatīvi – gadījumu skaits, kad "
     "tālrunis tiek lietots stundā bez atļaujas, samazinās uz pusi.", align="j")

# ---------------- section 3 ----------------
para("3. Kritēriju izvērtējums", bold=True)
crit = [
    ("3.1. Izglītības turpināšana un nodarbinātība",
     "Absolventu izglītības turpināšanas dati tiek apkopoti katru gadu un analizēti pedagoģiskās padomes sēdē.\n"
     "Karjeras konsultants sadarbojas ar Smiltenes tehnikumu un novada vidusskolām.",
     "Paplašināt karjeras izglītību sākumskolā.\nIesaistīt vecākus profesiju dienās."),
    ("3.2. Mācīšana un mācīšanās",
     "Pedagogi plāno stundas, izmantojot vienotu plānošanas formu; stundu vērošanā kopā ar kolēģiem "
     "piedalījās 27 pedagogi.\nMācību sasniegumu vērtēšanas kārtība ir saprotama skolēniem un vecākiem.",
     "Diferencēt uzdevumus matemātikā 7.–9. klasē.\nUzlabot atgriezeniskās saites kvalitāti rakstos."),
    ("3.3. Izglītības programmu īstenošana",
     "Visas programmas īsteno atbilstoši licencēm; pedagogu nodrošinājums ir pilnīgs, izņemot "
     "īslaicīgu matemātikas skolotāja vakanci.",
     "Piesaistīt otru speciālo pedagogu.\nPilnveidot tālmācības elementu lietojumu slimības laikā."),
]
table([["Kritērijs", "Stiprās puses", "Turpmākās attīstības vajadzības"]] + [list(c) for c in crit],
      widths=[3.8, 7, 5.6], size=10)

# ---------------- section 4-6 ----------------
para("4. Informācija par nozīmīgākajiem projektiem 2022./2023. mācību gadā", bold=True)
para("4.1. ESF projekts “Atbalsts izglītojamo individuālo kompetenču attīstībai” (Nr. 8.3.2.2/16/I/001) – "
     "individuālās konsultācijas matemātikā un dabaszinātnēs 5.–9. klasei; iesaistīti 48 skolēni.", align="j")
para("4.2. Projekts “Skolas soma” – 14 kultūras pasākumi visām klašu grupām.", align="j")
para("4.3. Erasmus+ KA122 “Zaļā skola laukos” (2022-1-LV01-KA122-SCH-000012345) – 6 pedagogi "
     "darba vērošanā Somijā.", align="j")
para("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi", bold=True)
para("5.1. Smiltenes tehnikums – karjeras dienas un prakses vietu iepazīšana.\n"
     "5.2. Biedrība “Dzērvju vecāki” – ārpusstundu pasākumu organizēšana.\n"
     "5.3. SIA “Meža pūce” – ēnošanas vietas 8.–9. klases skolēniem.")
para("6. Audzināšanas darba prioritātes un citi sasniegumi", bold=True)
para("Skolēni piedalījās novada olimpiādēs: latviešu valodā 2. vieta (8. klase), bioloģijā 3. vieta; "
     "Vidzemes reģiona skatuves runas konkursā – augstākā pakāpe. Skolas koris piedalījās "
     "XII Latvijas Skolu jaunatnes dziesmu un deju svētku atlases skatē (I pakāpe).", align="j")

# ---------------- section 7: exams ----------------
para("7. Valsts pārbaudes darbu rezultāti 9. klasē un secinājumi", bold=True)
para("9. klasē valsts pārbaudes darbus 2022./2023. m.g. kārtoja 18 izglītojamie (iepriekšējā gadā – 16). "
     "Tabulā skolas vidējais rezultāts (%), iekavās – vidējais rezultāts valstī.", align="j")
table([
    ["Mācību priekšmets", "2021./2022. m.g.\n(iepriekšējais gads)", "2022./2023. m.g.\n(pārskata gads)", "Mērķis\n2023./2024. m.g."],
    ["Latviešu valoda", "57,9% (valstī 61,3%)", "62,4% (valstī 58%),\nnenokārtoja 5,6%", "63%"],
    ["Matemātika", "41,2% (valstī 50,3%),\nnenokārtoja 12,5%", "47,6% (valstī 50,5%),\nnenokārtoja 11,1%", "50%"],
    ["Angļu valoda", "68,5% (valstī 70,4%)", "71,3% (valstī 66,1%)", "72%"],
], widths=[3.6, 4.3, 4.3, 3.2], size=10)
para("Secinājumi:", bold=True)
para("• Latviešu valodā skolas rezultāts pirmo reizi trīs gados pārsniedz valsts vidējo (par 4,4 "
     "procentpunktiem); nenokārtoja viens izglītojamais ar mācīšanās traucējumiem.", align="j")
para("• Matemātikā rezultāts uzlabojies par 6,4 procentpunktiem, taču joprojām ir zem valsts vidējā; "
     "priekšmeta skolotāja vakance rudens semestrī ietekmēja 9. klases gatavošanos.", align="j")
para("• Krievu valodas (svešvalodas) eksāmenu kārtoja viens izglītojamais – rezultāts netiek publiskots "
     "personas datu aizsardzības dēļ.", align="j")
para("• Valsts diagnosticējošajā darbā 6. klasē matemātikā skolas vidējais rezultāts bija 58,7%, "
     "latviešu valodā – 61,2%; šie dati izmantoti, plānojot atbalstu nākamajā gadā.", align="j")

para("")
para("Izglītības iestādes vadītāja: _____________ /paraksts/  Dace Ozoliņa")
para("2023. gada 20. septembrī")
para("DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU", size=8, align="c")

out.mkdir(parents=True, exist_ok=True)
doc.save(out / "dzervju-pamatskola_2022-2023.docx")
print("ok")
