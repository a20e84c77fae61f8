#!/usr/bin/env python3
"""Generate kekavas-riekstukalna-sporta-skola_2022-2023.docx (invented sports school, 2022/23 template).

Then (once): soffice --headless --convert-to pdf --outdir ../reports /tmp/h8A/<name>.docx
             /work/shared/tools/tika-text ../reports/<name>.pdf ../reports/<name>.txt
Run: /work/blind/.venv-h8A/bin/python make_report.py  (writes the DOCX to /tmp/h8A)
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

NAME = "kekavas-riekstukalna-sporta-skola_2022-2023"
OUT = Path("/tmp/h8A") / f"{NAME}.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = Cm(2.5)
sec.right_margin = Cm(1.5)
sec.top_margin = sec.bottom_margin = Cm(2)


def page_footer(section):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Riekstukalna sporta skola, pašnovērtējuma ziņojums 2022./2023. – ").font.size = Pt(8)
    run = p.add_run()
    run.font.size = Pt(8)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


page_footer(sec)


def para(text, bold=False, italic=False, align=None, size=None, space_after=4):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                   "j": WD_ALIGN_PARAGRAPH.JUSTIFY}.get(align)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def heading(text, size=12):
    p = para(text, bold=True, size=size, space_after=6)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True
    return p


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def fill(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    for i, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def table(header, rows, widths, hsize=8, size=9, center_cols=()):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, header):
        fill(c, h, bold=True, size=hsize, align="c")
        shade(c)
    for r in rows:
        cells = t.add_row().cells
        for i, (c, v) in enumerate(zip(cells, r)):
            fill(c, v, bold=r[1].startswith("KOPĀ"), size=size, align="c" if i in center_cols else None)
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)
    return t


# ------------------------------------------------------------------ cover
para("SASKAŅOTS", bold=True, space_after=0)
para("Ķekavas novada pašvaldības", space_after=0)
para("Izglītības pārvaldes vadītājs", space_after=0)
para("__________________ /paraksts/ A. Liepiņš", space_after=0)
para("Ķekavā, 2023. gada 28. septembrī", space_after=28)

para("ĶEKAVAS NOVADA RIEKSTUKALNA SPORTA SKOLA", bold=True, align="c", size=15, space_after=0)
para("Reģ. Nr. 4476903311, Skolas iela 3, Baldone, Ķekavas novads, LV-2125", align="c", size=9, space_after=30)
para("IZGLĪTĪBAS IESTĀDES PAŠNOVĒRTĒJUMA ZIŅOJUMS", bold=True, align="c", size=16, space_after=2)
para("Publiskojamā daļa", align="c", size=12, space_after=2)
para("2022./2023. mācību gads", align="c", size=12, space_after=36)
para("Ķekavas novada Riekstukalna sporta skola ir Ķekavas novada pašvaldības dibināta profesionālās "
     "ievirzes sporta izglītības iestāde, kas īsteno profesionālās ievirzes sporta izglītības programmas "
     "astoņos sporta veidos un vienu interešu izglītības programmu. Mācību treniņu nodarbības notiek "
     "Baldonē, Ķekavā un Daugmalē – skolas, pašvaldības un sadarbības partneru sporta bāzēs.", align="j")
para("Pašnovērtējuma ziņojums izskatīts skolas pedagoģiskās padomes sēdē 2023. gada 31. augustā, "
     "protokols Nr. 4.", italic=True, size=9, align="j")
doc.add_page_break()

# ------------------------------------------------------------------ 1
heading("1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi un to "
        "sasniegšanas izvērtējums", 13)
heading("1.1. Īstenotās izglītības programmas un izglītojamo skaits 2022./2023. mācību gadā")
ph = ["Nr.", "Profesionālās\nievirzes sporta\nizglītības programma\n(sporta veids)", "Programmas\nkods",
      "Licence\nNr., datums", "Īstenošanas vietas adrese",
      "Izglītojamo skaits\n(grupu skaits)\n01.09.2022.", "Izglītojamo skaits\n(grupu skaits)\n30.06.2023."]
B = "Skolas iela 3, Baldone"
K = "Gaismas iela 11a, Ķekava"
prow = [
    ["1.", "Basketbols", "20V 813 00 1", "P-15101,\n04.05.2020.", B, "84 (6)", "80 (6)"],
    ["2.", "Basketbols", "30V 813 00 1", "P-15102,\n04.05.2020.", B, "22 (2)", "21 (2)"],
    ["3.", "Vieglatlētika", "20V 813 00 1", "P-15103,\n04.05.2020.", K + "\n(Ķekavas stadions)", "96 (7)", "91 (7)"],
    ["4.", "Vieglatlētika", "30V 813 00 1", "P-15104,\n04.05.2020.", K, "18 (2)", "18 (2)"],
    ["5.", "Futbols", "20V 813 00 1", "P-15105,\n12.06.2020.", "Daugmales stadions,\nDaugmale", "112 (8)", "109 (8)"],
    ["6.", "Peldēšana", "20V 813 00 1", "P-15106,\n12.06.2020.", "Baldones peldbaseins,\nIecavas iela 2, Baldone",
     "47 (4)", "44 (4)"],
    ["7.", "Volejbols", "20V 813 00 1", "P-15107,\n12.06.2020.", K, "38 (3)", "35 (3)"],
    ["8.", "Orientēšanās", "20V 813 00 1", "P-15108,\n12.06.2020.", B, "26 (2)", "27 (2)"],
    ["9.", "Kalnu slēpošana", "20V 813 00 1", "P-15109,\n21.09.2021.", "Riekstukalna trase,\nBaldone",
     "31 (3)", "29 (3)"],
    ["10.", "Brīvā cīņa", "20V 813 00 1", "P-15110,\n21.09.2021.", B, "29 (2)", "24 (2)"],
    ["11.", "Interešu izglītības programma\n„Vispārējā fiziskā\nsagatavotība”", "–", "–", B, "40 (3)", "38 (3)"],
    ["", "KOPĀ", "", "", "", "543 (42)", "516 (42)"],
]
table(ph, prow, [0.9, 3.4, 2.2, 2.2, 3.6, 2.4, 2.4], center_cols=(0, 2, 5, 6))
para("Piezīme: iekavās – mācību treniņu grupu skaits.", italic=True, size=8)

heading("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai "
        "un mācību pārtraukšanai")
para("2022./2023. mācību gadā sporta skolā mācības pārtrauca vai uz citu iestādi pārgāja 66 audzēkņi "
     "(12,2% no audzēkņu skaita mācību gada sākumā). Informācija iegūta no vecāku iesniegumiem un "
     "treneru pārrunām ar audzēkņiem.", align="j")
lh = ["Nr.", "Iemesls", "Audzēkņu\nskaits", "Piezīmes"]
lrows = [
    ["1.2.1.", "Dzīvesvietas maiņa (pārcelšanās uz citu novadu)", "5",
     "Grupas BAS-3, FUT-5, VA-2; rīkojumi Nr. 1-7/14 un Nr. 1-7/22"],
    ["", "Izbraukuši uz ārvalstīm", "2", "Īrija (2023. gada janvāris), Vācija; 2010. un 2012. g. dz."],
    ["1.2.2.", "Izglītības iestādes maiņa (pāreja uz citu sporta skolu vai sporta klubu)", "7",
     "Vecums 12–16 gadi; pārgāja uz Rīgas un Olaines sporta skolām"],
    ["1.2.3.", "Cits iemesls:\n– veselības stāvoklis (ārsta atzinums)", "9", "Ārsta izziņas forma 027/u"],
    ["", "– liela mācību slodze vispārizglītojošajā skolā", "14",
     "Galvenokārt 8.–9. un 12. klašu skolēni"],
    ["", "– zudusi motivācija, interese par citu sporta veidu", "23",
     "Pēc 1.–2. mācību gada; sk. audzēkņu aptauju 15.05.2023."],
    ["", "– atskaitīti par neattaisnotiem kavējumiem", "6",
     "Skolas nolikuma 34. punkts (kavēti > 30% treniņu)"],
    ["", "KOPĀ", "66", "–"],
]
table(lh, lrows, [1.5, 7.0, 2.0, 6.6], center_cols=(0, 2))

heading("1.3. Informācija par pedagogu ilgstošajām vakancēm un atbalsta personālu")
table(["Nr.", "Informācija", "Skaits", "Komentāri"],
      [["1.", "Ilgstošās pedagogu vakances izglītības iestādē (vairāk par 1 mēnesi) 2022./2023. m.g.", "1",
        "Peldēšanas trenera vakance (0,6 slodzes) no 2022. gada novembra līdz 2023. gada martam"],
       ["2.", "Izglītības iestādē pieejamais atbalsta personāls", "2",
        "Sporta ārsts (0,25 slodzes), izglītības metodiķis (1 slodze)"]],
      [1.0, 7.0, 1.6, 7.5], center_cols=(0, 2))

# ------------------------------------------------------------------ 2
heading("2. Izglītības iestādes darbības pamatmērķi un prioritātes", 13)
para("2.1. Misija – radīt iespēju ikvienam bērnam un jaunietim attīstīt savas spējas sportā, "
     "veicināt veselīgu dzīvesveidu un sagatavot sportistus augstu sasniegumu sportam.", align="j")
para("2.2. Vīzija par izglītojamo – fiziski aktīvs, mērķtiecīgs un godīgs sportists, kurš ar lepnumu "
     "pārstāv savu novadu un valsti.", align="j")
para("2.3. Vērtības – godīga spēle (Fair Play), neatlaidība, komandas gars, cieņa pret treneri, "
     "pretinieku un tiesnesi.", align="j")
para("2.4. 2022./2023. mācību gada prioritātes un sasniegtie rezultāti – skat. tabulu nākamajā lapā.",
     align="j")

# landscape section for the wide priorities table
ls = doc.add_section(WD_SECTION.NEW_PAGE)
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = Cm(29.7), Cm(21.0)
ls.left_margin = ls.right_margin = Cm(1.5)
page_footer(ls)
heading("2.4. Informācija par izglītības iestādes 2022./2023. mācību gada prioritāšu īstenošanu")

prh = ["Nr.", "Prioritāte\n(joma)", "Sasniedzamie rezultāti", "Izpilde\n(sasniegts / daļēji\nsasniegts / "
       "nav sasniegts)", "Pamatojums, komentāri (kā to ir izdevies īstenot, kādi dati to apliecina)"]
P1 = ("Treniņu procesa individualizācija, izmantojot audzēkņu fiziskās sagatavotības testēšanas datus\n"
      "(Mācīšana un mācīšanās)")
P2 = ("Audzēkņu noturēšana programmās un pāreja uz meistarības pilnveides grupām\n"
      "(Izglītības turpināšana un nodarbinātība)")
P3 = ("Sporta bāzu un inventāra pieejamības uzlabošana visās īstenošanas vietās\n"
      "(Izglītības programmu īstenošana)")
prows = [
    ["1.", P1, "a) kvalitatīvie: treneri izmanto testēšanas rezultātus individuālo treniņu plānu izstrādē; "
     "audzēkņi izprot savu fiziskās sagatavotības līmeni un tā izmaiņas.",
     "Sasniegts",
     "Visās grupās ieviesta elektroniskā testēšanas rezultātu uzskaite; metodiskajā sēdē 2023. gada "
     "februārī treneri prezentēja individuālo plānu piemērus; audzēkņu aptaujā 81% atzīst, ka zina "
     "savus testu rezultātus."],
    ["", "", "b) kvantitatīvie: vismaz 85% audzēkņu izpilda kontrolnormatīvus; testēšana notiek 2 reizes "
     "gadā visās grupās.",
     "Daļēji sasniegts",
     "Testēšana notika visās 42 grupās rudenī un pavasarī; kontrolnormatīvus izpildīja 79% audzēkņu "
     "(2021./2022. m.g. – 74%)."],
    ["2.", P2, "b) kvantitatīvie: audzēkņu atbirums nepārsniedz 10%; vismaz 12 audzēkņi uzsāk mācības "
     "meistarības pilnveides (MP) grupās.",
     "Nav sasniegts",
     "Atbirums 12,2% (sk. 1.2. punktu); MP grupās uzņemti 9 audzēkņi – mērķis nav sasniegts "
     "galvenokārt futbola un brīvās cīņas programmās."],
    ["", "", "a) kvalitatīvie: izveidota audzēkņu un vecāku atgriezeniskās saites sistēma; treneri "
     "savlaicīgi konstatē mācību pārtraukšanas riskus.",
     "sasniegts daļēji",
     "Vecāku aptauja notika divas reizes; riska audzēkņu uzskaite ieviesta tikai basketbola un "
     "vieglatlētikas nodaļās."],
    ["3.", P3, "a) kvalitatīvie: visās īstenošanas vietās audzēkņiem pieejams mūsdienīgs un drošs "
     "inventārs; uzlabota treniņu grafiku plānošana.",
     "Sasniegts",
     "Iegādāts jauns vieglatlētikas un peldēšanas inventārs; treniņu grafiki saskaņoti ar Ķekavas "
     "vidusskolu un Baldones vidusskolu."],
    ["", "", "b) kvantitatīvie: inventāra iegādei izlietoti plānotie 18 000 EUR; atjaunots 1 "
     "kalnu slēpošanas trases pacēlāja posms.",
     "SASNIEGTS – finansējums apgūts pilnībā",
     "Inventāram izlietoti 18 240 EUR (pašvaldības budžets un Latvijas Sporta federāciju padomes "
     "mērķdotācija); pacēlāja posms atjaunots 2022. gada decembrī."],
]
t = table(prh, prows, [1.0, 5.0, 7.2, 3.6, 9.5], center_cols=(0,))
for r0 in (1, 3, 5):
    a, b = t.cell(r0, 0), t.cell(r0 + 1, 0)
    txt = a.text
    m = a.merge(b)
    fill(m, txt)
    a, b = t.cell(r0, 1), t.cell(r0 + 1, 1)
    txt = a.text
    m = a.merge(b)
    fill(m, txt, bold=False)

heading("2.5. Prioritātes 2023./2024. mācību gadam")
table(["Nr.", "Prioritāte", "Plānotie rezultāti"],
      [["1.", "Audzēkņu noturēšana un motivācija (Izglītības turpināšana un nodarbinātība)",
        "a) kvalitatīvie: individuālas pārrunas ar riska audzēkņiem un vecākiem;\nb) kvantitatīvie: atbirums "
        "nepārsniedz 10%."],
       ["2.", "Treneru profesionālā pilnveide sporta psiholoģijā (Mācīšana un mācīšanās)",
        "a) kvalitatīvie: treneri izmanto motivējošas atgriezeniskās saites paņēmienus;\nb) kvantitatīvie: "
        "vismaz 80% treneru apmeklē kursus (vismaz 8 stundas)."]],
      [1.0, 9.0, 16.3], center_cols=(0,))

# back to portrait
ps = doc.add_section(WD_SECTION.NEW_PAGE)
ps.orientation = WD_ORIENT.PORTRAIT
ps.page_width, ps.page_height = Cm(21.0), Cm(29.7)
ps.left_margin, ps.right_margin = Cm(2.5), Cm(1.5)
page_footer(ps)

heading("3. Kritēriju izvērtējums", 13)
crit = [
    ("3.1. Izglītības turpināšana un nodarbinātība",
     "Programmu apguvi 2023. gadā noslēdza 31 audzēknis; 6 absolventi turpina sportot augstāko līgu "
     "komandās vai sporta klubos.\nIzveidota sadarbība ar Latvijas Sporta pedagoģijas akadēmiju "
     "karjeras izglītībā.",
     "Mazināt audzēkņu atbirumu 12–15 gadu vecumā.\nPaplašināt MP grupu piedāvājumu futbolā."),
    ("3.2. Mācīšana un mācīšanās",
     "Treneri izmanto testēšanas datus treniņu plānošanā.\n92% treneru ir derīgs sporta speciālista "
     "sertifikāts.",
     "Vienota pieeja audzēkņu sasniegumu vērtēšanai visās nodaļās.\nTreneru savstarpējā pieredzes "
     "apmaiņa (atklātie treniņi)."),
    ("3.3. Izglītības programmu īstenošana",
     "Programmas īstenotas pilnā apjomā atbilstoši licencēm; mācību treniņu grafiki saskaņoti ar "
     "vispārizglītojošajām skolām.",
     "Peldēšanas programmas īstenošanai nepieciešams papildu laiks baseinā.\nNodrošināt pastāvīgu "
     "sporta ārsta pieejamību."),
]
for title, strong, need in crit:
    heading(title, 11)
    table(["Stiprās puses", "Turpmākās attīstības vajadzības"], [[strong, need]], [8.5, 8.5], size=9)

heading("4. Informācija par institucionālajiem projektiem", 13)
para("4.1. Latvijas Olimpiskās komitejas programma „Sporto visa klase” – sadarbībā ar Baldones vidusskolu "
     "programmā piedalījās 2 klases (2.a un 3.b); treneri vadīja papildu sporta nodarbības 2 reizes nedēļā.",
     align="j")
para("4.2. Erasmus+ Sport projekts „Move Together” (partneri no Lietuvas un Polijas) – 14 audzēkņi un "
     "3 treneri piedalījās starptautiskā treniņnometnē Druskininkos 2023. gada jūlijā.", align="j")

heading("5. Informācija par institucionālajiem sadarbības līgumiem", 13)
para("5.1. Biedrība „Basketbola klubs Baldone” – kopīga komandu dalība Latvijas Jaunatnes basketbola "
     "līgā.", align="j")
para("5.2. Ķekavas novada Sporta centrs – sporta bāzu koplietošana un sacensību organizēšana.", align="j")
para("5.3. SIA „Riekstukalns” – kalnu slēpošanas trases izmantošana treniņiem ziemas sezonā.", align="j")

heading("6. Citi sasniegumi", 13)
para("Latvijas jaunatnes čempionātā vieglatlētikā (U-16) skolas audzēkņi izcīnīja 3 zelta un 2 bronzas "
     "medaļas; basketbola komanda U-14 Latvijas Jaunatnes basketbola līgā ierindojās 5. vietā; "
     "orientēšanās sportists Roberts Kalējs iekļauts Latvijas jauniešu izlasē. XVI Latvijas Olimpiādē "
     "skolu pārstāvēja 17 audzēkņi.", align="j")

heading("7. Valsts pārbaudes darbu rezultāti", 13)
para("Nav attiecināms – profesionālās ievirzes sporta izglītības programmās valsts pārbaudes darbi netiek "
     "kārtoti. Programmu noslēgumā audzēkņi kārto noslēguma pārbaudījumu sporta veidā; 2023. gadā "
     "vidējais vērtējums 7,4 balles.", align="j")

para("", space_after=16)
para("Direktors                                        /paraksts/                                        "
     "Māris Ozols")
para("Sagatavoja: izglītības metodiķe Ilze Sproģe, tālr. 67931120", italic=True, size=9)

OUT.parent.mkdir(parents=True, exist_ok=True)
doc.save(OUT)
print(OUT)
