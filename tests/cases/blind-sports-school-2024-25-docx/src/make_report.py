#!/usr/bin/env python3
"""Builds reports/gaujaslicu-sporta-skola_2024-2025.docx with python-docx.

Usage: /work/blind/.venv-holdD/bin/python src/make_report.py
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

CASE = Path(__file__).resolve().parent.parent
OUT = CASE / "reports" / "gaujaslicu-sporta-skola_2024-2025.docx"
R, C = WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.CENTER


def fill(cell, text, bold=False, size=10, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)
        if align is not None:
            p.alignment = align


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def shade(cell, color="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def grid(doc, rows, widths, header=True, size=10, bold_rows=()):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            fill(t.cell(r, c), text, bold=(header and r == 0) or r in bold_rows, size=size,
                 align=C if header and r == 0 else None)
            t.cell(r, c).width = Cm(widths[c])
            if header and r == 0:
                shade(t.cell(r, c))
    t.autofit = False
    for c, w in enumerate(widths):
        t.columns[c].width = Cm(w)
    return t


def field(paragraph, instr, cached):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = cached
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def p(doc, text, bold=False, align=None, size=None, after=4, italic=False, style=None):
    para = doc.add_paragraph(style=style)
    run = para.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = Pt(size)
    if align is not None:
        para.alignment = align
    para.paragraph_format.space_after = Pt(after)
    return para


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    st.font.size = Pt(10.5)
    for name in ("Heading 1", "Heading 2"):
        hs = doc.styles[name]
        hs.font.name = "Arial"
        hs.font.color.rgb = None
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(1.5)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Gaujaslīču Sporta skola | Pašnovērtējuma ziņojums 2024./2025."
    hp.alignment = R
    fp = sec.footer.paragraphs[0]
    fp.alignment = C
    fp.add_run("Lapa ")
    field(fp, "PAGE", "1")
    fp.add_run(" no ")
    field(fp, "NUMPAGES", "7")

    # ------------------------------------------------------------ approval blocks side by side
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    fill(t.cell(0, 0), "APSTIPRINĀTS\nar Gaujaslīču Sporta skolas direktora\n2025. gada 15. septembra rīkojumu "
                       "Nr. 1-9/18", size=10)
    fill(t.cell(0, 1), "SASKAŅOTS\nGaujaslīču novada pašvaldības\nIzglītības un sporta pārvaldes vadītājs\n"
                       "/paraksts/ Mārtiņš Kļaviņš\n2025. gada 24. septembrī", size=10, align=R)
    for _ in range(5):
        p(doc, "")
    p(doc, "Gaujaslīču novada pašvaldība", align=C, size=12)
    p(doc, "GAUJASLĪČU SPORTA SKOLA", align=C, bold=True, size=18)
    p(doc, "Sporta iela 12, Gaujaslīči, Gaujaslīču novads, LV-4201 · tālr. 64107730 · "
           "sportaskola@gaujaslici.lv", align=C, size=9)
    for _ in range(5):
        p(doc, "")
    p(doc, "Gaujaslīču Sporta skolas pašnovērtējuma ziņojums", align=C, bold=True, size=16, after=2)
    p(doc, "(publiskojamā daļa)", align=C, size=12)
    p(doc, "par 2024./2025. mācību gadu", align=C, size=12)
    for _ in range(10):
        p(doc, "")
    p(doc, "Gaujaslīči, 2025", align=C)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------ intro
    p(doc, "Gaujaslīču Sporta skola (turpmāk – Sporta skola) ir Gaujaslīču novada pašvaldības dibināta "
           "profesionālās ievirzes sporta izglītības iestāde, kas īsteno profesionālās ievirzes sporta "
           "izglītības programmas basketbolā, vieglatlētikā, futbolā un volejbolā, kā arī interešu izglītības "
           "programmu. Sporta skolā strādā 19 treneri, t. sk. 3 treneri ar A kategorijas sporta speciālista "
           "sertifikātu. Treniņi notiek Gaujaslīču sporta hallē, stadionā un Mežvidu pamatskolas sporta zālē.")

    doc.add_heading("1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi "
                    "un to sasniegšanas izvērtējums", level=1)
    doc.add_heading("1.1. Īstenotās izglītības programmas un izglītojamo skaits 2024./2025. mācību gadā",
                    level=2)
    grid(doc, [
        ["Nr.", "Programmas kods", "Izglītības programmas nosaukums",
         "Izglītojamo skaits uz 01.09.2024.", "Izglītojamo skaits uz 31.05.2025.",
         "Īstenošanas vieta (ja atšķiras no juridiskās adreses)", "Licences Nr., datums"],
        ["1.", "20V 813 00 1", "Basketbols", "64", "61", "–", "P-4410, 18.07.2019."],
        ["2.", "20V 813 00 1", "Vieglatlētika", "52", "49", "Gaujaslīču stadions, Stadiona iela 4, Gaujaslīči",
         "P-4411, 18.07.2019."],
        ["3.", "20V 813 00 1", "Futbols", "88", "84",
         "Stadiona iela 4, Gaujaslīči;\nSkolas iela 3, Mežvidi, Gaujaslīču pag.", "P-4412, 18.07.2019."],
        ["4.", "20V 813 00 1", "Volejbols", "37", "39", "–", "P-5120, 02.09.2021."],
        ["5.", "30V 813 00 1", "Basketbols", "18", "17", "–", "P-5121, 02.09.2021."],
        ["6.", "–", "Vispārējā fiziskā sagatavotība (interešu izglītības programma)", "45", "41",
         "Skolas iela 3, Mežvidi, Gaujaslīču pag.", "–"],
        ["", "", "Kopā", "304", "291", "", ""],
    ], [1.0, 2.7, 3.9, 2.2, 2.2, 4.0, 2.6], size=9.5, bold_rows=(7,))
    p(doc, "")
    p(doc, "Izglītojamo skaits mācību gada laikā samazinājās par 13 audzēkņiem, savukārt volejbola programmā "
           "tas pieauga, jo 2025. gada janvārī tika izveidota otra sākumsagatavošanas grupa meitenēm.")

    doc.add_heading("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības "
                    "iestādes maiņai un mācību pārtraukšanai izglītības programmā", level=2)
    p(doc, "Mācību gada laikā no Sporta skolas atskaitīti 23 izglītojamie (7,6 % no izglītojamo skaita "
           "mācību gada sākumā). Atskaitīšanas iemesli:")
    p(doc, "1.2.1. dzīvesvietas maiņa – trīs izglītojamie (3), uz ārvalstīm izbrauca 2 izglītojamie;")
    p(doc, "1.2.2. izglītības iestādes maiņa – pārgāja uz citu sporta skolu vai sporta klubu (4);")
    p(doc, "1.2.3. cits iemesls: zudusi motivācija trenēties (9 izglītojamie); veselības stāvoklis, traumas "
           "(3 izglītojamie); nespēja savienot treniņu slodzi ar mācībām vispārizglītojošajā skolā "
           "(2 izglītojamie).")
    p(doc, "Visvairāk audzēkņu pārtrauc treniņus 13–15 gadu vecumā, pārejot no sākumsagatavošanas uz mācību "
           "treniņu grupām. Treneri kopā ar vecākiem meklē risinājumus, piedāvājot pāreju uz interešu "
           "izglītības programmu.")

    doc.add_heading("1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
                    "2024./2025. m. g. un 2025./2026. m. g.", level=2)
    ind = [
        ["Nr.", "Kvalitātes rādītājs",
         "Plānotais rezultāts 2024./2025. m. g. (pēc 2023./2024. m. g. pašnovērtējuma ziņojuma)",
         "Sasniegtais rezultāts 2024./2025. m. g.", "Mērķis 2025./2026. m. g.", "Piezīmes"],
        ["1.", "Izglītojamo sasniegumi mācību gada noslēgumā:", "", "", "", ""],
        ["1.1.", "Kontrolnormatīvu izpilde profesionālās ievirzes sporta izglītības programmās",
         "86 %", "88 %", "90 %", "Vispārējās un speciālās fiziskās sagatavotības normatīvi"],
        ["1.2.", "Audzēkņu saglabātība mācību treniņu grupās", "91 %", "92,4 %", "92 %", "–"],
        ["2.", "Valsts pārbaudes darbi", "Nav attiecināms", "Nav attiecināms", "Nav attiecināms", ""],
        ["3.", "Audzēkņu sasniegumi sacensībās:", "", "", "", ""],
        ["3.1.", "Vieglatlētika – Latvijas čempionāts U-18 (augstākā izcīnītā vieta)", "2. vieta", "1. vieta",
         "1. vieta", "Lodes grūšana, 300 m barjerskrējiens"],
        ["3.2.", "Basketbols – Latvijas Jaunatnes basketbola līga, U-16 zēni", "7. vieta", "3.-5. vieta",
         "1.–4. vieta", "Izslēgšanas spēlēs dalīta vieta"],
        ["3.3.", "Futbols – Latvijas Jaunatnes futbola čempionāts U-14, 2. līga", "11. vieta", "6. vieta",
         "ne zemāk kā 6. vieta", "–"],
        ["3.4.", "Volejbols – Latvijas Jaunatnes čempionāts U-16, meitenes", "9.–12. vieta", "5. vieta",
         "5. vieta", "–"],
        ["3.5.", "Izcīnīto medaļu skaits Latvijas čempionātos", "14 medaļas",
         "19 medaļas (6 zelta, 7 sudraba, 6 bronzas)", "vismaz 15 medaļas", "Individuālajos sporta veidos"],
        ["3.6.", "Audzēkņi, kuri iekļauti Latvijas jaunatnes izlasēs", "4 audzēkņi", "6 audzēkņi",
         "6 audzēkņi", "Basketbols – 4, vieglatlētika – 2"],
        ["4.", "Pedagogu (treneru) profesionālās kompetences pilnveide", "100 %", "95 %", "100 %",
         "Vienam trenerim kursi pārcelti uz rudeni"],
        ["5.", "Citi kvalitātes rādītāji: Sporta skolas organizētie sporta pasākumi novadā", "18",
         "21 pasākums", "20 pasākumi", "Sacensības, sporta dienas, turnīri"],
    ]
    t = grid(doc, ind, [1.1, 4.6, 2.8, 2.6, 2.4, 3.2], size=9.5)
    for r in (1, 5):
        a = t.cell(r, 1).merge(t.cell(r, 5))
        fill(a, ind[r][1], bold=True, size=9.5)
    p(doc, "")

    # ------------------------------------------------------------ section 2
    doc.add_heading("2. Izglītības iestādes darbības pamatmērķi un prioritātes", level=1)
    p(doc, "2.1. Misija – radīt iespējas ikvienam bērnam un jaunietim attīstīt savas sportiskās spējas, "
           "sagatavojot sportistus Latvijas izlasēm un audzinot fiziski aktīvus, veselīgus novada iedzīvotājus.")
    p(doc, "2.2. Vīzija par izglītojamo – mērķtiecīgs, disciplinēts un godīgs sportists, kurš ievēro "
           "godīgas spēles principus un prot līdzsvarot sportu ar mācībām.")
    p(doc, "2.3. Vērtības – godīgums, neatlaidība, komandas gars, cieņa pret pretinieku un veselība.")
    doc.add_heading("2.4. Informācija par 2024./2025. mācību gada prioritāšu sasniegšanu", level=2)
    pr = [
        ["Nr.", "Prioritāte", "Rezultātu veids", "Sasniedzamie rezultāti", "Izpilde", "Komentāri, pierādījumi"],
        ["1.", "Individualizēta treniņu procesa plānošana, izmantojot audzēkņu fizisko spēju testēšanas datus\n"
               "Joma: Mācīšana un mācīšanās",
         "a) kvalitatīvie",
         "Treneri izmanto testēšanas datus treniņu plānošanā; audzēkņi un vecāki saņem atgriezenisko saiti "
         "par fizisko spēju attīstību.",
         "Sasniegts",
         "Testēšanas rezultāti apkopoti e-vidē “Sportlande”, katrs audzēknis un vecāki saņēma individuālu "
         "pārskatu pēc katras testēšanas. Treneru metodiskajā sanāksmē analizēti grupu rezultāti."],
        ["", "", "b) kvantitatīvie",
         "Visiem audzēkņiem no 12 gadu vecuma 2 reizes gadā veikta fizisko spēju testēšana; individuālie "
         "treniņu plāni izstrādāti vismaz 60 % sporta meistarības pilnveidošanas grupu audzēkņu.",
         "daļēji sasniegts",
         "Testēšana veikta 2 reizes (oktobrī un aprīlī) 96 % audzēkņu; individuālie treniņu plāni izstrādāti "
         "48 % SMP grupu audzēkņu."],
        ["2.", "Sadarbības ar vispārizglītojošajām skolām un vecākiem stiprināšana\nJoma: Atbalsts un sadarbība",
         "a) kvalitatīvie",
         "Saskaņots treniņu un mācību stundu grafiks ar novada skolām; vecāki regulāri informēti par "
         "audzēkņu sasniegumiem.",
         "Sasniegts",
         "Noslēgtas vienošanās ar 4 novada skolām par grafiku saskaņošanu; e-klasē un sociālajos tīklos "
         "regulāri publicēta informācija."],
        ["", "", "b) kvantitatīvie",
         "Vismaz 3 kopīgi pasākumi ar skolām; vecāku sapulcēs piedalās vismaz 60 % vecāku.",
         "Sasniegts pilnībā",
         "Kopā ar skolām organizēti 5 pasākumi (t. sk. “Olimpiskā diena” un skolu stafetes); vecāku sapulcēs "
         "piedalījās 67 % vecāku."],
        ["3.", "Drošas un iekļaujošas treniņu vides nodrošināšana, t. sk. vardarbības novēršana sportā\n"
               "Joma: Drošība un psiholoģiskā labklājība",
         "a) kvalitatīvie",
         "Izstrādāta un ieviesta rīcības kārtība vardarbības gadījumos; treneri zina, kā rīkoties.",
         "Daļēji sasniegts",
         "Kārtība izstrādāta un apstiprināta 2025. gada martā, ar to iepazīstināti visi treneri; audzēkņu "
         "un vecāku informēšana turpināsies nākamajā mācību gadā."],
        ["", "", "b) kvantitatīvie",
         "Vismaz 90 % treneru apguvuši kursus par bērnu aizsardzību sportā; audzēkņu aptaujā vismaz 90 % "
         "atzīst, ka treniņos jūtas droši.",
         "NAV SASNIEGTS",
         "Kursus apguva 12 no 19 treneriem (63 %); aptaujā 84 % audzēkņu atzina, ka treniņos jūtas droši."],
    ]
    t = grid(doc, pr, [0.9, 3.6, 2.2, 4.2, 2.0, 4.3], size=9.5)
    for r in (1, 3, 5):
        for c in (0, 1):
            m = t.cell(r, c).merge(t.cell(r + 1, c))
            fill(m, pr[r][c], size=9.5)
    p(doc, "")
    p(doc, "Nākamā mācību gada prioritātes: 1) individuālo treniņu plānu ieviešana visās SMP grupās; "
           "2) bērnu aizsardzības sistēmas ieviešana; 3) audzēkņu saglabātības palielināšana 13–15 gadu "
           "vecuma grupā.", italic=True)

    # ------------------------------------------------------------ section 3
    doc.add_heading("3. Kritēriju izvērtējums", level=1)
    doc.add_heading("3.1. Kritērijs “Mācīšana un mācīšanās”", level=2)
    p(doc, "Direktora vietniece sporta darbā mācību gada laikā vēroja 42 treniņnodarbības. Vērojumi "
           "liecina, ka treniņi ir labi strukturēti, treneri izmanto mūsdienīgu inventāru un video analīzi, "
           "taču sākumsagatavošanas grupās ne vienmēr tiek nodrošināta diferencēta slodze. Kontrolnormatīvus "
           "izpildīja 88 % audzēkņu, vislabākie rezultāti ir vieglatlētikas programmā.")
    p(doc, "Mācību gada laikā tika pilnveidota treniņu plānošana: visi treneri iesniedza gada un mēneša "
           "treniņu plānus elektroniski, un direktora vietniece sporta darbā tos izvērtēja divas reizes gadā. "
           "Sporta meistarības pilnveidošanas grupās treneri sāka izmantot pulsometrus un GPS sensorus "
           "(iegādāti 24 komplekti), kas ļauj precīzāk plānot slodzi. Audzēkņu pašvērtējuma anketās "
           "73 % audzēkņu norādīja, ka izprot sava treniņu plāna mērķus, bet sākumsagatavošanas grupās šis "
           "rādītājs ir zemāks. Treneri savstarpēji vēroja 16 treniņnodarbības un dalījās pieredzē metodiskajās "
           "sanāksmēs.")
    grid(doc, [["Stiprās puses", "Turpmākās attīstības vajadzības"],
               ["Treneru augsta kvalifikācija; regulāra fizisko spēju testēšana.",
                "Diferencēta slodze sākumsagatavošanas grupās; individuālo plānu paplašināšana."]],
         [8.5, 8.5])
    doc.add_heading("3.2. Kritērijs “Vienlīdzība un iekļaušana”", level=2)
    p(doc, "Sporta skolā uzņem visus bērnus, kuri vēlas trenēties, neatkarīgi no viņu sagatavotības; "
           "interešu izglītības programma ir pieejama arī bērniem ar veselības ierobežojumiem. Audzēkņiem "
           "no trūcīgām ģimenēm inventāru un sacensību izdevumus sedz pašvaldība.")
    doc.add_heading("3.3. Kritērijs “Pieejamība”", level=2)
    p(doc, "Audzēkņiem no Mežvidiem un Lejasmuižas ir nodrošināts transports uz treniņiem (2 reizes nedēļā). "
           "Treniņu grafiks saskaņots ar skolu stundu sarakstiem.")
    doc.add_heading("3.4. Kritērijs “Atbalsts un sadarbība”", level=2)
    p(doc, "Sporta skola sadarbojas ar novada skolām, biedrību “BK Gaujaslīči” un Latvijas Basketbola "
           "savienību. Vecākiem regulāri tiek organizētas informatīvās sapulces un atklātie treniņi.")

    # ------------------------------------------------------------ sections 4-7
    doc.add_heading("4. Informācija par lielākajiem īstenotajiem projektiem", level=1)
    p(doc, "4.1. Projekts “Sporto visa klase” – sadarbībā ar Latvijas Olimpisko komiteju 2.–4. klašu "
           "skolēniem Mežvidu pamatskolā nodrošinātas papildu sporta nodarbības (3 reizes nedēļā).",
      style="List Bullet")
    p(doc, "4.2. Pašvaldības projekts “Jauns segums stadionā” – atjaunots skrejceļa segums un lodes grūšanas "
           "sektors Gaujaslīču stadionā.", style="List Bullet")
    doc.add_heading("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi", level=1)
    p(doc, "Latvijas Basketbola savienība, Latvijas Vieglatlētikas savienība, Latvijas Futbola federācija, "
           "biedrība “BK Gaujaslīči”, Mežvidu pamatskola, Gaujaslīču vidusskola.")
    doc.add_heading("6. Citi sasniegumi", level=1)
    for line in [
        "Latvijas čempionāts vieglatlētikā U-18: 1. vieta lodes grūšanā (Roberts K.), 2. vieta 300 m "
        "barjerskrējienā (Anete L.).",
        "Latvijas Jaunatnes basketbola līga U-14 meitenes: 2. vieta.",
        "Latvijas Jaunatnes basketbola līga U-16 zēni: 3.-5. vieta.",
        "Vidzemes reģiona sacensības volejbolā U-14: 1. vieta.",
        "Latvijas Skolu jaunatnes sporta spēles futbolā: 4. vieta.",
    ]:
        p(doc, line, style="List Bullet")
    doc.add_heading("7. Audzināšanas darba prioritāro virzienu izvērtējums", level=1)
    p(doc, "Audzināšanas darbā galvenā uzmanība tika pievērsta godīgas spēles principiem un atbildīgai "
           "attieksmei pret treniņiem un mācībām. Katrā grupā treneri mācību gada sākumā kopā ar audzēkņiem "
           "vienojās par grupas noteikumiem, un sezonas noslēgumā tika izvērtēta to ievērošana. Sporta skola "
           "piedalījās kampaņā “Godīga spēle” un organizēja tikšanos ar olimpieti, bijušo audzēkni, kurš "
           "dalījās pieredzē par sporta un studiju savienošanu. Audzēkņu aptaujā 81 % atzina, ka treneris "
           "ir viņiem paraugs ne tikai sportā. Secinājums: jāturpina darbs pie audzēkņu motivācijas 13–15 "
           "gadu vecumā un jāiesaista vecākie audzēkņi jaunāko grupu atbalstā (mentori).")
    doc.add_heading("8. Informācija par izglītības iestādes akreditācijā vai izglītības iestādes vadītāja "
                    "novērtēšanā norādīto uzdevumu izpildi", level=1)
    p(doc, "Akreditācijas ekspertu ieteikums par treneru profesionālās pilnveides plānošanu ir izpildīts – "
           "izstrādāts treneru profesionālās pilnveides plāns 2024.–2027. gadam.")
    doc.add_heading("9. Informācija par izglītības iestādes apmeklējumā noteikto uzdevumu ieviešanu", level=1)
    p(doc, "Nav attiecināms.")
    doc.add_heading("10. Izglītības iestādes padomes ieteikumi", level=1)
    p(doc, "Palielināt treniņu laikus volejbolam; turpināt transporta nodrošināšanu audzēkņiem no pagastiem.")

    doc.add_heading("11. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti "
                    "2025./2026. mācību gadā", level=1)
    grid(doc, [
        ["Nr.", "Prioritāte", "Sasniedzamie rezultāti"],
        ["1.", "Individuālo treniņu plānu ieviešana visās sporta meistarības pilnveidošanas grupās",
         "a) kvalitatīvi: treneri un audzēkņi kopīgi izvirza sezonas mērķus.\n"
         "b) kvantitatīvi: individuālie plāni izstrādāti 100 % SMP grupu audzēkņu."],
        ["2.", "Bērnu aizsardzības sistēmas ieviešana",
         "a) kvalitatīvi: audzēkņi un vecāki zina, kur vērsties vardarbības gadījumā.\n"
         "b) kvantitatīvi: visi (100 %) treneri apguvuši kursus par bērnu aizsardzību sportā."],
        ["3.", "Audzēkņu saglabātības palielināšana 13–15 gadu vecuma grupā",
         "a) kvalitatīvi: piedāvāta iespēja pāriet uz interešu izglītības programmu.\n"
         "b) kvantitatīvi: saglabātība mācību treniņu grupās – vismaz 92 %."],
    ], [1.0, 6.0, 10.0])
    p(doc, "")
    p(doc, "Sporta skolas direktore                                 /paraksts/                    Laura Ozola")

    doc.save(OUT)


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    build()
    print("wrote", OUT)
