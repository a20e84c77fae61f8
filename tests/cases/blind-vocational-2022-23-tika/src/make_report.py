#!/usr/bin/env python3
"""Builds the PIKC "Lielupes tehnikums" 2022/23 report.

python-docx writes a DOCX (in a temporary folder, not delivered), LibreOffice converts it to PDF,
and /work/shared/tools/tika-text makes the Tika text. Delivered: reports/*.pdf and reports/*.txt.
Usage: /work/blind/.venv-holdD/bin/python src/make_report.py
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

CASE = Path(__file__).resolve().parent.parent
STEM = "pikc-lielupes-tehnikums_2022-2023"


def set_cell_text(cell, text, bold=False, size=10, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)
        if align:
            p.alignment = align


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def add_table(doc, rows, widths_cm, header=True, size=10, bold_first_col=False, bold_rows=()):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            bold = (header and r == 0) or (bold_first_col and c == 0) or r in bold_rows
            set_cell_text(t.cell(r, c), text, bold=bold, size=size,
                          align=WD_ALIGN_PARAGRAPH.CENTER if header and r == 0 else None)
            t.cell(r, c).width = Cm(widths_cm[c])
    t.autofit = False
    for c, w in enumerate(widths_cm):
        t.columns[c].width = Cm(w)
    if header:
        repeat_header(t.rows[0])
    doc.add_paragraph()
    return t


def page_number_footer(section, label):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(label + " – ").font.size = Pt(9)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def para(doc, text, bold=False, align=None, size=None, after=4, italic=False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p


def heading(doc, text, level=1):
    return para(doc, text, bold=True, size=12 if level == 1 else 11, after=6)


def build(docx_path: Path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    page_number_footer(sec, "PIKC “Lielupes tehnikums” pašnovērtējuma ziņojums")
    R = WD_ALIGN_PARAGRAPH.RIGHT
    C = WD_ALIGN_PARAGRAPH.CENTER

    # ------------------------------------------------------------------ cover
    for line in ["SASKAŅOTS", "Izglītības un zinātnes ministrijas",
                 "Profesionālās un pieaugušo izglītības departamenta direktors", "/paraksts/ J. Bērziņš",
                 "2023. gada 29. septembrī"]:
        para(doc, line, align=R, after=0)
    for _ in range(6):
        para(doc, "")
    para(doc, "IZGLĪTĪBAS UN ZINĀTNES MINISTRIJA", align=C, bold=True)
    para(doc, "PROFESIONĀLĀS IZGLĪTĪBAS KOMPETENCES CENTRS", align=C, bold=True, size=14, after=0)
    para(doc, "“LIELUPES TEHNIKUMS”", align=C, bold=True, size=14)
    para(doc, "Reģ. Nr. 90000038217, Upmalas iela 14, Jelgava, LV-3001, tālr. 63027740, "
              "e-pasts: info@lielupestehnikums.lv", align=C, size=10)
    for _ in range(4):
        para(doc, "")
    para(doc, "Profesionālās izglītības kompetences centra “Lielupes tehnikums”", align=C, bold=True, size=16,
         after=0)
    para(doc, "pašnovērtējuma ziņojums", align=C, bold=True, size=16)
    para(doc, "Publiskojamā daļa", align=C, size=12)
    para(doc, "2022./2023. mācību gads", align=C, size=12)
    for _ in range(8):
        para(doc, "")
    para(doc, "Jelgava, 2023", align=C)
    doc.add_page_break()

    # ------------------------------------------------------------------ intro
    para(doc, "Profesionālās izglītības kompetences centrs “Lielupes tehnikums” (turpmāk – Tehnikums) ir "
              "Izglītības un zinātnes ministrijas padotībā esoša profesionālās izglītības iestāde, kas īsteno "
              "profesionālās vidējās izglītības un arodizglītības programmas, kā arī profesionālās tālākizglītības "
              "un pilnveides programmas pieaugušajiem. Tehnikumam ir struktūrvienība – Bauskas filiāle. "
              "2022./2023. mācību gadā Tehnikumā strādāja 97 pedagogi, t. sk. 41 profesionālo mācību priekšmetu "
              "pedagogs un 12 prakses vadītāji uzņēmumos.")
    heading(doc, "1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un to "
                 "sasniegšanas izvērtējums")
    heading(doc, "1.1. Izglītojamo skaits un īstenotās izglītības programmas 2022./2023. mācību gadā", 2)

    # landscape section for the wide programme table
    land = doc.add_section(WD_SECTION.NEW_PAGE)
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Cm(29.7), Cm(21.0)
    land.left_margin = land.right_margin = Cm(1.5)
    prog = [
        ["Nr.\np. k.", "Izglītības programmas nosaukums", "Kods", "Kvalifikācija", "Ilgums",
         "Īstenošanas vietas adrese\n(ja atšķiras no juridiskās adreses)", "Licence\nNr., datums",
         "Izglītojamo skaits, uzsākot programmas apguvi vai uzsākot 2022./2023. m. g.\n(01.09.2022.)",
         "Izglītojamo skaits, noslēdzot sekmīgu programmas apguvi vai noslēdzot 2022./2023. m. g.\n(30.06.2023.)"],
        ["1.", "Programmēšana", "33481011", "Programmēšanas tehniķis", "4 gadi", "–", "P_4120,\n21.06.2021.",
         "312", "287"],
        ["2.", "Autotransports", "33525011", "Automehāniķis", "4 gadi", "–", "P_4121,\n21.06.2021.", "268", "241"],
        ["3.", "Autotransports", "33525011", "Automehāniķis", "4 gadi",
         "Bauskas filiāle,\nDārza iela 12, Bauska, LV-3901", "P_4122,\n21.06.2021.", "38", "35"],
        ["4.", "Enerģētika un elektrotehnika", "33522011", "Elektrotehniķis", "4 gadi", "–",
         "P_3987,\n15.03.2021.", "198", "183"],
        ["5.", "Ēdināšanas pakalpojumi", "33811021", "Pavārs", "4 gadi", "–", "P_5033,\n02.08.2022.", "176", "160"],
        ["6.", "Būvniecība", "33582011", "Būvtehniķis", "4 gadi", "–", "P_3311,\n30.04.2020.", "91", "84"],
        ["7.", "Ēdināšanas pakalpojumi", "32811021", "Pavāra palīgs", "3 gadi",
         "Bauskas filiāle,\nDārza iela 12, Bauska, LV-3901", "P_5034,\n02.08.2022.", "24", "19"],
        ["", "Kopā", "", "", "", "", "", "1107", "1009"],
    ]
    add_table(doc, prog, [1.2, 4.0, 2.2, 3.6, 1.6, 4.4, 2.6, 3.4, 3.6], size=9.5, bold_rows=(8,))
    para(doc, "Piezīme: izglītojamo skaits programmas noslēgumā ietver arī izglītojamos, kuri turpina mācības "
              "nākamajā kursā; 4. kursā kvalifikāciju 2022./2023. mācību gadā ieguva 214 izglītojamie.",
         italic=True, size=10)

    port = doc.add_section(WD_SECTION.NEW_PAGE)
    port.orientation = WD_ORIENT.PORTRAIT
    port.page_width, port.page_height = Cm(21.0), Cm(29.7)
    port.left_margin = Cm(2.5)
    port.right_margin = Cm(1.5)

    heading(doc, "1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes "
                 "maiņai un mācību pārtraukšanai izglītības programmā", 2)
    para(doc, "2022./2023. mācību gadā mācības Tehnikumā pārtrauca 68 izglītojamie (6,1 % no kopējā "
              "izglītojamo skaita). Salīdzinot ar iepriekšējo mācību gadu (81 izglītojamais), mācības "
              "pārtraukušo skaits ir samazinājies. Katrā gadījumā grupas audzinātājs un sociālais pedagogs "
              "veica pārrunas ar izglītojamo un viņa likumiskajiem pārstāvjiem.")
    para(doc, "1.2.1. dzīvesvietas maiņa – 5 izglītojamie; devās uz ārzemēm – 3 izglītojamie (Īrija, Norvēģija, "
              "Vācija);")
    para(doc, "1.2.2. izglītības iestādes maiņa – 19 izglītojamie, galvenokārt turpinot mācības vispārējās "
              "vidējās izglītības iestādēs vai citās profesionālās izglītības iestādēs tuvāk dzīvesvietai;")
    para(doc, "1.2.3. cits iemesls – 41 izglītojamais; iemeslu sadalījums:")
    add_table(doc, [["Iemesls", "Izglītojamo skaits"],
                    ["Nesekmība un neattaisnoti kavējumi", "21"],
                    ["Darba gaitu uzsākšana", "14"],
                    ["Veselības stāvoklis", "4"],
                    ["Ģimenes apstākļi (t. sk. bērna kopšana)", "2"],
                    ["Kopā", "41"]], [10.0, 4.0], bold_rows=(5,))
    para(doc, "Secinājumi: lielākā daļa mācības pārtraukušo ir 1. kursa izglītojamie (39 no 68), kuriem ir "
              "grūtības vispārizglītojošajos mācību priekšmetos un nepietiekama motivācija. Jāturpina "
              "atbalsta pasākumi 1. kursa izglītojamajiem un jāpilnveido karjeras izglītība pamatskolu "
              "skolēniem pirms programmas izvēles.")

    heading(doc, "1.3. Informācija par ilgstošām pedagogu vakancēm un atbalsta personāla nodrošinājumu", 2)
    add_table(doc, [
        ["Nr.", "Informācija", "Skaits", "Komentāri"],
        ["1.", "Ilgstošās vakances izglītības iestādē (vakance ilgst vairāk par 1 mēnesi) 2022./2023. m. g.",
         "3", "Elektrotehnikas profesionālo mācību priekšmetu skolotājs (1 likme), matemātikas skolotājs "
              "(0,5 likmes), fizikas skolotājs (0,3 likmes; vakance aizpildīta 2023. gada februārī)."],
        ["2.", "Izglītības iestādē pieejamais atbalsta personāls", "8",
         "Izglītības psihologs, 2 sociālie pedagogi, karjeras konsultants, speciālais pedagogs, pedagoga "
         "palīgs, bibliotekārs, medicīnas māsa."],
    ], [1.0, 6.0, 1.8, 8.2])

    # ------------------------------------------------------------------ section 2
    heading(doc, "2. Izglītības iestādes darbības pamatmērķi un prioritātes")
    para(doc, "2.1. Izglītības iestādes misija – sagatavot konkurētspējīgus, atbildīgus un radošus speciālistus "
              "Zemgales reģiona un Latvijas darba tirgum, sadarbojoties ar darba devējiem un nodrošinot "
              "mūsdienīgu mācību vidi.")
    para(doc, "2.2. Izglītības iestādes vīzija par izglītojamo – profesionāls, uz izaugsmi vērsts un pilsoniski "
              "aktīvs jaunietis, kurš prot mācīties visa mūža garumā un ar lepnumu strādā savā profesijā.")
    para(doc, "2.3. Izglītības iestādes vērtības – profesionalitāte, atbildība, sadarbība, cieņa un inovācija.")
    heading(doc, "2.4. 2022./2023. mācību gada prioritātes un to sasniegšanas izvērtējums", 2)
    priorities = [
        ("Prioritāte Nr. 1", "Vispārizglītojošo mācību priekšmetu apguves kvalitātes paaugstināšana, īpaši "
                             "matemātikā", "Mācīšana un mācīšanās",
         "Matemātikas pedagogi īsteno vienotu atbalsta konsultāciju sistēmu 1.–4. kursam; mācību stundās "
         "regulāri tiek izmantoti profesionālajā jomā balstīti uzdevumi.",
         "Sasniegts.\nIzveidots vienots konsultāciju grafiks (katram kursam 2 konsultācijas nedēļā), "
         "konsultācijas apmeklēja vidēji 64 izglītojamie nedēļā. Metodiskā komisija izstrādāja 36 uz "
         "profesijām balstītus uzdevumus (autotransports, būvniecība, programmēšana).",
         "CE matemātikā optimālajā līmenī vidējais rezultāts ir vismaz 30 %; nesekmīgo vērtējumu īpatsvars "
         "matemātikā semestra beigās nepārsniedz 10 %.",
         "NAV SASNIEGTS (skat. komentāru)\nVidējais rezultāts CE matemātikā optimālajā līmenī – 27,4 %; "
         "nesekmīgo vērtējumu īpatsvars 2. semestra beigās – 12,3 %. Rezultātus ietekmēja jaunais eksāmena "
         "formāts un pedagogu vakance 1. semestrī."),
        ("Prioritāte Nr. 2", "Darba vidē balstītu mācību (DVB) paplašināšana",
         "Izglītības turpināšana un nodarbinātība",
         "Izveidota vienota DVB koordinēšanas kārtība; uzņēmumu prakšu vadītāji ir apmācīti darbam ar "
         "izglītojamajiem.",
         "Sasniegts\nApstiprināta DVB organizēšanas kārtība, Tehnikumā izveidots DVB koordinatora amats. "
         "Apmācību “Darba vidē balstītu mācību vadītājs” (16 stundas) apguva 27 uzņēmumu pārstāvji.",
         "DVB formā mācās vismaz 15 % izglītojamo; noslēgti vismaz 10 jauni sadarbības līgumi ar uzņēmumiem.",
         "daļēji sasniegts\nDVB formā mācās 12,6 % izglītojamo (140 izglītojamie), noslēgti 14 jauni "
         "sadarbības līgumi. Būvniecības un ēdināšanas nozarē uzņēmumu iesaiste ir zemāka par plānoto."),
        ("Prioritāte Nr. 3", "Modulāro izglītības programmu ieviešanas noslēgums un digitālo mācību resursu "
                             "pilnveide", "Izglītības programmu īstenošana",
         "Pedagogi izmanto vienotu Moodle vidi; izstrādāti vienoti vērtēšanas kritēriji moduļu noslēguma "
         "pārbaudījumiem.",
         "Sasniegts daļēji\nMoodle vidi regulāri izmanto 82 % pedagogu; vienoti vērtēšanas kritēriji "
         "izstrādāti 3 no 5 programmām, darbs turpinās 2023./2024. mācību gadā.",
         "Visas (100 %) izglītības programmas tiek īstenotas modulārā formā; Moodle vidē izveidoti kursi "
         "vismaz 80 % profesionālo moduļu.",
         "Sasniegts\nVisas 6 licencētās programmas tiek īstenotas modulārā formā, Moodle vidē izveidoti kursi "
         "87 % profesionālo moduļu (104 no 120)."),
    ]
    for no, title, area, qual, qual_st, quant, quant_st in priorities:
        add_table(doc, [
            [no, title],
            ["Joma", area],
            ["Sasniedzamie rezultāti\na) kvalitatīvi", qual],
            ["Norāde par izpildi un komentāri", qual_st],
            ["Sasniedzamie rezultāti\nb) kvantitatīvi", quant],
            ["Norāde par izpildi un komentāri", quant_st],
        ], [4.5, 12.5], header=False, bold_first_col=True)
    heading(doc, "2.5. Prioritātes 2023./2024. mācību gadam", 2)
    para(doc, "1. Matemātikas un latviešu valodas apguves rezultātu uzlabošana: CE matemātikā optimālajā "
              "līmenī vidējais rezultāts ir vismaz 32 %, latviešu valodā – vismaz 50 %.")
    para(doc, "2. Karjeras izglītības un DVB pilnveide: DVB formā mācās vismaz 15 % izglītojamo.")
    para(doc, "3. Drošas un atbalstošas mācību vides stiprināšana dienesta viesnīcā un Tehnikumā.")

    # ------------------------------------------------------------------ section 3
    heading(doc, "3. Kritēriju izvērtējums")
    heading(doc, "3.1. Kritērijs “Izglītības turpināšana un nodarbinātība”", 2)
    para(doc, "Tehnikums regulāri apkopo datus par absolventu nodarbinātību, izmantojot absolventu aptauju "
              "un Valsts izglītības informācijas sistēmas datus. 2022. gada absolventu (209 absolventi) "
              "nodarbinātība 6 mēnešus pēc kvalifikācijas ieguves bija 71 %, studijas augstākās izglītības "
              "iestādēs turpina 18 % absolventu, savukārt 4 % dienē Nacionālajos bruņotajos spēkos. "
              "Visaugstākā nodarbinātība ir programmās “Autotransports” un “Programmēšana”.")
    add_table(doc, [
        ["Stiprās puses", "Turpmākās attīstības vajadzības"],
        ["Cieša sadarbība ar darba devējiem (noslēgti 126 prakses līgumi).\nKarjeras konsultants strādā ar "
         "visiem 4. kursa izglītojamajiem.",
         "Sistemātiski apkopot datus par absolventu atalgojumu un darba vietas atbilstību kvalifikācijai.\n"
         "Palielināt DVB īpatsvaru ēdināšanas un būvniecības nozarē."],
    ], [8.5, 8.5])
    heading(doc, "3.2. Kritērijs “Mācīšana un mācīšanās”", 2)
    para(doc, "Mācību gada laikā administrācija un metodisko komisiju vadītāji vēroja 118 mācību stundas un "
              "praktiskās nodarbības. Stundu vērošanā konstatēts, ka 74 % stundu izglītojamie strādā ar "
              "reāliem profesionāliem uzdevumiem, tomēr diferencēts darbs notiek tikai 38 % vērotajās stundās. "
              "1. kursa diagnosticējošajā darbā matemātikā izglītojamo vidējais rezultāts bija 38 %, latviešu "
              "valodā – 52 %; rezultāti izmantoti atbalsta konsultāciju plānošanai.")
    add_table(doc, [
        ["Stiprās puses", "Turpmākās attīstības vajadzības"],
        ["Profesionālo mācību priekšmetu pedagogi regulāri pilnveido kompetenci uzņēmumos (stažēšanās "
         "programma – 14 pedagogi).",
         "Pilnveidot diferenciāciju un atgriezenisko saiti vispārizglītojošo mācību priekšmetu stundās.\n"
         "Samazināt nesekmīgo vērtējumu īpatsvaru 1. kursā."],
    ], [8.5, 8.5])
    heading(doc, "3.3. Kritērijs “Izglītības programmu īstenošana”", 2)
    para(doc, "Visas Tehnikuma programmas ir licencētas un akreditētas, tās tiek īstenotas modulārā formā. "
              "Programmu saturs tiek aktualizēts sadarbībā ar nozaru ekspertu padomēm un darba devējiem. "
              "Mācību gada laikā atjaunotas 4 mācību darbnīcas (elektromontāžas, automašīnu diagnostikas, "
              "konditorejas un programmēšanas laboratorija), izmantojot ERAF līdzekļus.")
    add_table(doc, [
        ["Stiprās puses", "Turpmākās attīstības vajadzības"],
        ["Mūsdienīgs materiāltehniskais nodrošinājums profesionālajām mācībām.",
         "Pabeigt vienotu vērtēšanas kritēriju izstrādi visām programmām."],
    ], [8.5, 8.5])

    # ------------------------------------------------------------------ sections 4-6
    heading(doc, "4. Informācija par lielākajiem īstenotajiem projektiem 2022./2023. mācību gadā")
    add_table(doc, [
        ["Nr.", "Projekts", "Īsa anotācija", "Rezultāti"],
        ["1.", "ESF projekts “Atbalsts priekšlaicīgas mācību pārtraukšanas samazināšanai” (PuMPuRS)",
         "Individuāls atbalsts izglītojamajiem ar mācību pārtraukšanas risku.",
         "Atbalstu saņēma 86 izglītojamie; 79 no viņiem turpina mācības."],
        ["2.", "Erasmus+ KA1 akreditācijas projekts (profesionālā izglītība) “Prakse Eiropā”",
         "Izglītojamo un pedagogu mobilitātes uz Vāciju, Somiju un Spāniju.",
         "Prakses ārvalstīs 3 līdz 8 nedēļu garumā īstenoja 34 izglītojamie, pieredzes apmaiņā – 9 pedagogi."],
        ["3.", "ERAF projekts “Profesionālās izglītības iestāžu infrastruktūras modernizācija”",
         "Mācību darbnīcu un laboratoriju aprīkojuma iegāde.", "Atjaunotas 4 mācību darbnīcas."],
    ], [1.0, 5.0, 5.5, 5.5])
    heading(doc, "5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
    for t in ["5.1. SIA “Zemgales auto serviss” – DVB un mācību prakses (līgums Nr. 2-15/112, 2022. gada 1. septembris).",
              "5.2. AS “Sadales tīkls” – prakses vietas elektrotehnikas programmas izglītojamajiem.",
              "5.3. SIA “Jelgavas būvnieks” – DVB būvniecības programmā.",
              "5.4. Latvijas Lauksaimniecības universitāte – sadarbība izglītojamo zinātniski pētniecisko darbu vadīšanā.",
              "5.5. Jelgavas valstspilsētas pašvaldība – karjeras izglītības pasākumi pamatskolu skolēniem."]:
        para(doc, t)
    heading(doc, "6. Audzināšanas darba prioritāro virzienu izvērtējums un secinājumi")
    para(doc, "Audzināšanas darba prioritāte bija valstiskās identitātes stiprināšana un atbildīgas "
              "uzvedības veicināšana dienesta viesnīcā. Izglītojamo pašpārvalde organizēja 17 pasākumus, t. sk. "
              "Valsts svētku koncertu, profesiju dienas un labdarības akciju “Tehnikums palīdz”. Dienesta "
              "viesnīcā dzīvo 212 izglītojamie; disciplīnas pārkāpumu skaits salīdzinājumā ar iepriekšējo gadu "
              "samazinājies par trešdaļu. Secinājums: jāturpina pilsoniskās līdzdalības aktivitātes un "
              "jāiesaista vairāk 1. kursa izglītojamo pašpārvaldes darbā.")

    # ------------------------------------------------------------------ section 7 achievements
    heading(doc, "7. Citi sasniegumi")
    para(doc, "Profesionālās meistarības konkursā “Skills Latvia 2023” Tehnikuma izglītojamie izcīnīja "
              "1. vietu autoremontā un 3. vietu elektroinstalācijā; programmēšanas izglītojamo komanda ieguva "
              "atzinību valsts konkursā “Jaunie programmētāji”. Konditorejas jomas izglītojamā pārstāvēja "
              "Latviju starptautiskajā konkursā EuroSkills Gdańsk 2023 (kandidātu komanda). Tehnikuma "
              "sporta komanda ieguva 2. vietu Latvijas profesionālās izglītības iestāžu sporta spēlēs "
              "volejbolā.")

    # ------------------------------------------------------------------ section 8 exams (prose)
    heading(doc, "8. Izglītojamo sasniegumi valsts pārbaudes darbos")
    para(doc, "2022./2023. mācību gadā vidējās izglītības centralizētie eksāmeni pirmo reizi tika organizēti "
              "divos līmeņos – optimālajā un augstākajā. Centralizētos eksāmenus kārtoja 241 Tehnikuma "
              "izglītojamais (4. kursa izglītojamie un izglītojamie, kuri eksāmenus kārtoja atkārtoti).")
    para(doc, "Latviešu valodas centralizētajā eksāmenā optimālajā līmenī Tehnikuma izglītojamo vidējais "
              "rezultāts bija 46,9 % (valstī – 54 %); eksāmenu nenokārtoja 4,1 % izglītojamo. Salīdzinot ar "
              "2021./2022. mācību gadu, kad vidējais rezultāts latviešu valodā bija 43,5 %, rezultāts ir "
              "uzlabojies par 3,4 procentpunktiem.")
    para(doc, "Matemātikā optimālajā līmenī vidējais rezultāts – 27,4 %, kas ir zemāks par valsts vidējo "
              "rādītāju (35 %). 21,6 % izglītojamo nesasniedza nepieciešamo 5 % slieksni un eksāmenu "
              "nenokārtoja. Iepriekšējā mācību gadā vidējais rezultāts matemātikā bija 29,8 %, tātad rezultāts "
              "ir nedaudz pazeminājies, ko skaidrojam ar jauno eksāmena formātu un to, ka eksāmenu kārtoja visi "
              "4. kursa izglītojamie.")
    para(doc, "Angļu valodas eksāmenu optimālajā līmenī kārtoja 198 izglītojamie, vidējais rezultāts 55,3 % "
              "(valsts vidējais 63 %); eksāmenu nenokārtoja 1,5 % izglītojamo.")
    para(doc, "Augstākajā līmenī eksāmenus izvēlējās kārtot 23 izglītojamie. Angļu valodā augstākajā līmenī "
              "(17 izglītojamie) vidējais rezultāts bija 58,6 % (valstī 65 %), matemātikā augstākajā līmenī "
              "(6 izglītojamie, programmas “Programmēšana” izglītojamie) – 51,2 % (valstī 60 %). Latviešu "
              "valodā augstākajā līmenī eksāmenu Tehnikumā nekārtoja neviens izglītojamais.")
    para(doc, "Secinājumi: latviešu valodas un angļu valodas rezultāti ir stabili, bet matemātikā tie joprojām "
              "ir zemi. 2023./2024. mācību gadā matemātikas atbalsta konsultācijas tiks organizētas jau no "
              "1. kursa, un izglītojamajiem, kuri vēlas kārtot eksāmenu augstākajā līmenī, tiks piedāvāts "
              "padziļinātais kurss.")
    heading(doc, "9. Profesionālās kvalifikācijas eksāmenu rezultāti")
    para(doc, "Profesionālās kvalifikācijas eksāmenus kārtoja 214 izglītojamie, kvalifikāciju ieguva 97,2 % "
              "izglītojamo. Vidējais vērtējums – 7,1 balle (programmā “Programmēšana” – 7,6 balles, "
              "“Autotransports” – 6,9 balles, “Būvniecība” – 6,8 balles). Eksāmenu komisijās piedalījās "
              "18 darba devēju pārstāvji.")

    para(doc, "")
    para(doc, "Direktors                                   /paraksts/                              A. Liepiņš")
    para(doc, "Jelgavā, 2023. gada 22. septembrī")
    doc.save(docx_path)


if __name__ == "__main__":
    out = CASE / "reports"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="holdD-voc-") as tmp:
        docx_path = Path(tmp) / f"{STEM}.docx"
        build(docx_path)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo",
                        "--convert-to", "pdf", "--outdir", tmp, str(docx_path)],
                       check=True, capture_output=True)
        shutil.copy(Path(tmp) / f"{STEM}.pdf", out / f"{STEM}.pdf")
    subprocess.run(["/work/shared/tools/tika-text", str(out / f"{STEM}.pdf"), str(out / f"{STEM}.txt")],
                   check=True)
    print("wrote", out / f"{STEM}.pdf", out / f"{STEM}.txt")
