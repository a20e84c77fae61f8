#!/usr/bin/env python3
"""Builds vecupes-valsts-gimnazija_2022-2023.docx (python-docx), converts it to PDF with LibreOffice
and makes the Tika text with /work/shared/tools/tika-text.

    /work/blind/.venv-h4A/bin/python src/make_report.py      (run from the case folder)

The DOCX stays in src/, the PDF and its Tika text go to reports/.
Tables: shaded header row, borders only around the outside of the table.
"""
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

CASE = Path(__file__).resolve().parent.parent
NAME = "vecupes-valsts-gimnazija_2022-2023"
SRC, REPORTS = CASE / "src", CASE / "reports"


# ---------------------------------------------------------------- helpers
def set_outside_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "8")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    for edge in ("insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def shade(cell, fill="D9D9D9"):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def cell_text(cell, text, bold=False, size=10, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if align:
            p.alignment = align
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def table(doc, header, rows, widths, size=10, bold_rows=()):
    t = doc.add_table(rows=1, cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    set_outside_borders(t)
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        cell_text(c, h, bold=True, size=size - 1)
        shade(c)
    repeat_header(t.rows[0])
    for r_i, r in enumerate(rows):
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v, bold=r_i in bold_rows, size=size)
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


def para(doc, text, bold=False, italic=False, size=11, align=None, after=4):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(after)
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


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- content
def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    page_number_footer(sec)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Vecupes Valsts ģimnāzija | Pašnovērtējuma ziņojums 2022./2023. m.g.")
    r.font.size = Pt(8)
    r.italic = True

    # --- cover
    para(doc, "VECUPES NOVADA PAŠVALDĪBA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, after=0)
    para(doc, "VECUPES VALSTS ĢIMNĀZIJA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, after=0)
    para(doc, "Reģ. Nr. 4313900417, Skolas iela 6, Vecupe, Vecupes novads, LV-4812\n"
              "tālr. 64870312, e-pasts: gimnazija@vecupe.edu.lv, www.vecupesgimnazija.lv",
         align=WD_ALIGN_PARAGRAPH.CENTER, size=9, after=18)
    para(doc, "SASKAŅOTS\nVecupes novada pašvaldības\nIzglītības pārvaldes vadītāja\n"
              "/paraksts/ Ilze Kalniņa\n2023. gada 26. septembrī",
         align=WD_ALIGN_PARAGRAPH.RIGHT, size=11, after=36)
    para(doc, "Vecupes Valsts ģimnāzijas", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=18, after=0)
    para(doc, "pašnovērtējuma ziņojums", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=18, after=6)
    para(doc, "Publiskojamā daļa", align=WD_ALIGN_PARAGRAPH.CENTER, size=14, after=6)
    para(doc, "par 2022./2023. mācību gadu", align=WD_ALIGN_PARAGRAPH.CENTER, size=14, after=48)
    para(doc, "Vecupe\n2023", align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
    page_break(doc)

    # --- intro sentence
    para(doc, "Vecupes Valsts ģimnāzija ir Vecupes novada pašvaldības 1921. gadā dibināta vispārējās "
              "izglītības iestāde, kurai 2013. gadā piešķirts valsts ģimnāzijas statuss. Ģimnāzija īsteno "
              "pamatizglītības otrā posma un vispārējās vidējās izglītības programmas, kā arī ir novada "
              "reģionālais metodiskais centrs matemātikas, dabaszinātņu un valodu jomā. Kopš 2019. gada "
              "vidējās izglītības programma tiek īstenota arī ģimnāzijas struktūrvienībā Rūjas pagastā.")

    heading(doc, "1. Pamatinformācija")
    heading(doc, "1.1. Izglītojamo skaits un īstenotās izglītības programmas 2022./2023. mācību gadā", 11)
    table(doc,
          ["Nr.\np.k.", "Izglītības programmas\nnosaukums", "Izglītības\nprogrammas\nkods",
           "Īstenošanas vietas\nadrese (ja atšķiras\nno juridiskās\nadreses)", "Licence\nNr.\ndatums",
           "Izglītojamo skaits,\nuzsākot programmas\napguvi vai uzsākot\n2022./2023. m.g.\n(01.09.2022.)",
           "Izglītojamo skaits,\nnoslēdzot sekmīgu\nprogrammas apguvi\nvai noslēdzot\n2022./2023. m.g.\n(31.05.2023.)"],
          [["1.", "Pamatizglītības otrā posma (7.–9. klase) programma", "23011111", "–",
            "V-5731\n21.08.2020.", "212", "209"],
           ["2.", "Vispārējās vidējās izglītības programma", "31016011", "–",
            "V-5732\n21.08.2020.", "246", "238"],
           ["3.", "Vispārējās vidējās izglītības programma", "31016011",
            "Skolas iela 14, Rūja, Rūjas pag., Vecupes nov., LV-4815", "V-5733\n21.08.2020.", "38", "35"],
           ["4.", "Speciālās pamatizglītības otrā posma programma izglītojamajiem ar mācīšanās traucējumiem",
            "23015611", "–", "V-6120\n14.09.2021.", "6", "7"],
           ["", "Kopā", "", "", "", "502", "489"]],
          [1.0, 4.6, 2.0, 3.4, 2.0, 2.8, 2.8], size=9, bold_rows=(4,))

    heading(doc, "1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes "
                 "maiņai un mācību pārtraukšanai izglītības programmā", 11)
    para(doc, "2022./2023. mācību gada laikā ģimnāziju pameta 14 izglītojamie (2021./2022. m.g. – 11), "
              "no tiem 3 pamatizglītības posmā. Izglītojamo aizplūšanas iemesli:")
    para(doc, "1.2.1. dzīvesvietas maiņa – ģimenes pārcēlās uz Rīgu, Valmieru vai Cēsīm (4); "
              "kopā ar vecākiem uz ārvalstīm (Norvēģija, Īrija) izbrauca (2) izglītojamie;")
    para(doc, "1.2.2. izglītības iestādes maiņa (5) – galvenie iemesli: vēlme apgūt profesiju profesionālās "
              "izglītības iestādē, augstā mācību slodze ģimnāzijā, izvēle mācīties dzīvesvietai tuvākā "
              "vidusskolā;")
    para(doc, "1.2.3. cits iemesls – mācību pārtraukšana ilgstoša veselības stāvokļa dēļ (1); izglītojamie, "
              "kuri sasniedza pilngadību un uzsāka darba gaitas (2).")
    para(doc, "Secinājumi: lielākā daļa izglītojamo, kuri pameta ģimnāziju, to darīja 10. klasē pirmā "
              "semestra laikā; turpmāk pastiprināta uzmanība tiks pievērsta 10. klašu adaptācijai un "
              "individuālajām sarunām ar izglītojamajiem un vecākiem jau pirmajās mācību nedēļās.")

    heading(doc, "1.3. Ilgstošās pedagogu vakances un atbalsta personāla nodrošinājums", 11)
    table(doc, ["Nr.", "Jautājums", "Skaits", "Komentāri"],
          [["1.", "Ilgstošās pedagogu vakances izglītības iestādē (vairāk nekā 3 mēneši) 2022./2023. m.g.",
            "1", "Fizikas skolotājs (0,6 slodzes); stundas nodrošināja esošie pedagogi, palielinot slodzi."],
           ["2.", "Izglītības iestādē pieejamais atbalsta personāls:", "", ""],
           ["2.1.", "izglītības psihologs", "1", "0,5 slodzes"],
           ["2.2.", "sociālais pedagogs", "1", "–"],
           ["2.3.", "speciālais pedagogs", "1", "0,4 slodzes, kopš 2023. gada janvāra"],
           ["2.4.", "skolotāja palīgs", "2", "strādā ar 7. klašu izglītojamajiem"],
           ["2.5.", "karjeras konsultants", "1", "projekta Nr. 8.3.5.0/16/I/001 ietvaros"],
           ["2.6.", "bibliotekārs", "1", "–"]],
          [1.2, 8.0, 1.6, 6.0], size=9)

    # --- section 2
    heading(doc, "2. Izglītības iestādes darbības pamatmērķi un prioritātes")
    para(doc, "2.1. Izglītības iestādes misija – sekmēt katra izglītojamā izcilību un atbildīgu rīcību, "
              "sniedzot kvalitatīvu, uz pētniecību un sadarbību vērstu vispārējo izglītību.", after=4)
    para(doc, "2.2. Izglītības iestādes vīzija par izglītojamo – zinātkārs, radošs un pašvadīts jaunietis, "
              "kurš spēj kritiski domāt, sadarboties un pieņemt atbildīgus lēmumus savas kopienas un "
              "Latvijas labā.", after=4)
    para(doc, "2.3. Izglītības iestādes vērtības cilvēkcentrētā veidā – atbildība (esam atbildīgi par savu "
              "mācīšanos un rīcību), cieņa (ieklausāmies un novērtējam katru), drosme (uzdrošināmies "
              "mēģināt un kļūdīties), sadarbība (mācāmies viens no otra).", after=6)
    para(doc, "2.4. 2022./2023. mācību gada darba prioritātes un sasniegtie rezultāti", bold=True)
    table(doc,
          ["Nr.", "Joma", "Prioritāte", "Sasniedzamie rezultāti\nkvalitatīvi un kvantitatīvi",
           "Norāde par uzdevumu izpildi\n(Sasniegts/ daļēji sasniegts/\nnav sasniegts) un komentāri"],
          [["1.", "Mācīšana un\nmācīšanās", "Pašvadītas mācīšanās prasmju pilnveide 7.–12. klasē",
            "a) kvalitatīvi: pedagogi mācību stundās regulāri izmanto sasniedzamo rezultātu un snieguma "
            "kritēriju formulēšanu kopā ar izglītojamajiem; izglītojamie prot izvērtēt savu sniegumu.",
            "Sasniegts daļēji. Stundu vērojumos konstatēts, ka snieguma kritēriji kopā ar izglītojamajiem "
            "tiek veidoti galvenokārt 10.–12. klasēs; 7.–9. klasēs pašvērtējums vēl ir formāls. "
            "Darbs tiks turpināts 2023./2024. m.g. prioritātes ietvaros."],
           ["", "", "",
            "b) kvantitatīvi: vismaz 80 % vērotajās stundās ir skaidri formulēts sasniedzamais rezultāts; "
            "CE matemātikā optimālajā līmenī vidējais rezultāts ir vismaz 45 %.",
            "Nav sasniegts – sasniedzamais rezultāts skaidri formulēts 72 % no 96 vērotajām stundām; "
            "matemātikas CE rezultāts optimālajā līmenī zemāks par plānoto (skat. 7. sadaļu)."],
           ["2.", "Izglītības\nturpināšana un\nnodarbinātība", "Karjeras izglītības sistēmas pilnveide",
            "b) kvantitatīvi: vismaz 90 % 12. klašu absolventu turpina izglītību augstākajās vai "
            "profesionālās izglītības iestādēs; katrs 9.–12. klašu izglītojamais piedalījies vismaz "
            "2 karjeras pasākumos.",
            "SASNIEGTS. Izglītību turpina 94 % absolventu (73 no 78), 61 absolvents studē augstskolās, "
            "12 – koledžās un profesionālās izglītības iestādēs. Ēnu dienā un Karjeras nedēļā "
            "piedalījās visi 9.–12. klašu izglītojamie."],
           ["", "", "",
            "a) kvalitatīvi: izstrādāta un ieviesta ģimnāzijas karjeras izglītības programma 7.–12. klasei, "
            "iesaistot absolventus un vecākus.",
            "Sasniegts. Programma apstiprināta 2022. gada oktobrī, notikušas 5 absolventu tikšanās "
            "ar 10.–12. klasēm."],
           ["3.", "Izglītības\nprogrammu\nīstenošana",
            "Mācību satura pēctecība un starppriekšmetu saikne STEM jomā",
            "a) kvalitatīvi: STEM jomas pedagogi kopīgi plāno mācību saturu, vienojas par vienotu "
            "terminoloģiju un starppriekšmetu projektiem 7.–9. klasē.",
            "Daļēji sasniegts, darbs tiks turpināts nākamajā mācību gadā. Vienota terminoloģija "
            "saskaņota matemātikā, fizikā un ķīmijā; bioloģijā un datorikā darbs turpinās."],
           ["", "", "",
            "b) kvantitatīvi: katrā klašu grupā (7., 8., 9. klase) īstenots vismaz viens "
            "starppriekšmetu projekts.",
            "Sasniegts. Īstenoti 4 projekti: “Ūdens Vecupē” (7. kl.), “Enerģija mājās” (8. kl.), "
            "“Datu stāsti” un “Tilts” (9. kl.)."]],
          [0.9, 2.3, 3.0, 5.4, 5.4], size=9)

    para(doc, "2.5. Izglītības iestādes prioritātes 2023./2024. mācību gadam", bold=True)
    table(doc, ["Nr.", "Prioritāte", "Sasniedzamie rezultāti"],
          [["1.", "Formatīvās vērtēšanas un atgriezeniskās saites kvalitāte (Mācīšana un mācīšanās)",
            "a) kvalitatīvi: izstrādāta vienota kārtība atgriezeniskās saites sniegšanai 7.–9. klasē;\n"
            "b) kvantitatīvi: vismaz 85 % vērotajās stundās izglītojamie saņem atgriezenisko saiti; "
            "CE latviešu valodā optimālajā līmenī vidējais rezultāts ir vismaz 58 %."],
           ["2.", "Izglītojamo pašpārvaldes un pilsoniskās līdzdalības stiprināšana",
            "a) kvalitatīvi: pašpārvalde iesaistās ģimnāzijas attīstības plānošanā;\n"
            "b) kvantitatīvi: vismaz 3 izglītojamo iniciatīvas īstenotas mācību gada laikā."],
           ["3.", "Digitālo mācību līdzekļu mērķtiecīga izmantošana",
            "a) kvalitatīvi: vienotas digitālās platformas lietošanas vadlīnijas;\n"
            "b) kvantitatīvi: 100 % pedagogu apguvuši kursus digitālo rīku izmantošanā (vismaz 12 st.)."]],
          [1.0, 6.0, 10.0], size=9)

    # --- section 3
    heading(doc, "3. Kritēriju izvērtējums")
    for title, strong, needs in [
        ("3.1. Kritērijs “Izglītības turpināšana un nodarbinātība”",
         ["Ģimnāzijas absolventi sekmīgi turpina izglītību: 2023. gadā 94 % absolventu uzsāka studijas "
          "vai profesionālo izglītību.",
          "Ģimnāzija sistemātiski apkopo datus par absolventu turpmākajām gaitām trīs gadu periodā."],
         ["Pilnveidot karjeras konsultanta darbu ar 7.–9. klašu izglītojamajiem, kuri plāno mācības "
          "profesionālās izglītības iestādēs.",
          "Izveidot absolventu mentoru tīklu."]),
        ("3.2. Kritērijs “Mācīšana un mācīšanās”",
         ["Pedagogi mērķtiecīgi izmanto diferencētus uzdevumus un digitālos mācību līdzekļus.",
          "Valsts pārbaudes darbu rezultāti visos obligātajos eksāmenos ir augstāki par valsts "
          "vidējiem rādītājiem."],
         ["Nodrošināt vienotu pieeju snieguma kritēriju veidošanai 7.–9. klasē.",
          "Uzlabot matemātikas apguvi optimālajā līmenī, plānojot konsultācijas un individuālo darbu."]),
        ("3.3. Kritērijs “Izglītības programmu īstenošana”",
         ["Mācību satura plānošana notiek metodiskajās komisijās, ievērojot pēctecību.",
          "Ģimnāzija piedāvā 3 padziļināto kursu komplektus un 9 izvēles kursus."],
         ["Paplašināt padziļināto kursu piedāvājumu dabaszinātnēs Rūjas struktūrvienībā.",
          "Regulāri izvērtēt izvēles kursu pieprasījumu."])]:
        heading(doc, title, 11)
        table(doc, ["Stiprās puses", "Turpmākās attīstības vajadzības"],
              [["\n".join(f"– {s}" for s in strong), "\n".join(f"– {n}" for n in needs)]],
              [8.5, 8.5], size=10)

    # --- section 4-6
    heading(doc, "4. Informācija par nozīmīgākajiem projektiem 2022./2023. mācību gadā")
    para(doc, "4.1. Erasmus+ KA1 projekts Nr. 2022-1-LV01-KA121-SCH-000061248 “Mācāmies kopā Eiropā” – "
              "14 pedagogi piedalījās darba vērošanā Somijas un Portugāles skolās; 22 izglītojamie "
              "piedalījās grupu apmaiņā Igaunijā. Rezultāts: ieviestas 3 jaunas formatīvās vērtēšanas "
              "metodes.")
    para(doc, "4.2. ESF projekts “Atbalsts izglītojamo individuālo kompetenču attīstībai” "
              "(Nr. 8.3.2.2/16/I/001) – individuālās konsultācijas 46 izglītojamajiem, "
              "sagatavošanās olimpiādēm un zinātniski pētnieciskajiem darbiem.")
    para(doc, "4.3. Programma “Latvijas skolas soma” – 19 kultūras pasākumi visām klašu grupām.")
    heading(doc, "5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
    para(doc, "5.1. Latvijas Universitāte – sadarbība zinātniski pētniecisko darbu vadīšanā un studentu "
              "pedagoģiskajā praksē;\n5.2. Rīgas Tehniskā universitāte – inženierzinātņu klases "
              "nodarbības 10.–11. klasei;\n5.3. Vidzemes Augstskola – karjeras dienas un lekcijas;\n"
              "5.4. Vecupes novada Centrālā bibliotēka – informācijpratības nodarbības.")
    heading(doc, "6. Citi sasniegumi")
    para(doc, "6.1. Valsts mācību priekšmetu olimpiādēs izglītojamie ieguva 2 godalgotas vietas "
              "(2. vieta ģeogrāfijā, 3. vieta ķīmijā) un 3 atzinības.\n"
              "6.2. Latvijas skolēnu 47. zinātniskās pētniecības darbu konferencē – 1. pakāpe "
              "bioloģijas sekcijā un 2. pakāpe vēstures sekcijā.\n"
              "6.3. Latvijas skolu reitingā 2023 ģimnāzija ierindojās 14. vietā valsts ģimnāziju grupā.")

    # --- section 7 exams
    heading(doc, "7. Secinājumi par valsts pārbaudes darbu rezultātiem")
    para(doc, "7.1. Valsts pārbaudes darbi 9. klasē (eksāmenus kārtoja 69 izglītojamie):", bold=True)
    para(doc, "Latviešu valoda – 71,2 % (valstī 58 %);\n"
              "Matemātika – 61,7 % (valstī 50,5 %), nenokārtoja 1,4 % izglītojamo;\n"
              "Angļu valoda – 79,4 % (valstī 66,1 %).")
    para(doc, "7.2. Centralizēto eksāmenu rezultāti optimālajā un augstākajā līmenī 12. klasē "
              "(eksāmenus kārtoja 78 izglītojamie)", bold=True)
    table(doc, ["Nr.", "Mācību priekšmets", "Līmenis", "Ģimnāzijā, %", "Valstī, %"],
          [["1.", "Latviešu valoda", "optimālais", "63,8", "54"],
           ["2.", "Matemātika", "optimālais", "38,9", "35"],
           ["3.", "Angļu valoda", "optimālais", "74,6", "63"],
           ["4.", "Latviešu valoda", "augstākais", "61,5", "56"],
           ["5.", "Matemātika", "augstākais", "66,2", "60"],
           ["6.", "Angļu valoda", "augstākais", "78,3", "65"],
           ["7.", "Bioloģija", "augstākais", "58,7", "51,2"],
           ["8.", "Ķīmija", "augstākais", "55,1", "49,8"],
           ["9.", "Fizika", "augstākais", "47,3", "–"],
           ["10.", "Programmēšana", "augstākais", "71,0", "–"]],
          [1.2, 5.0, 3.5, 3.3, 3.3], size=10)
    para(doc, "Visos obligātajos centralizētajos eksāmenos ģimnāzijas izglītojamo vidējie rezultāti ir "
              "augstāki par valsts vidējiem. Zemākais rezultāts ir matemātikā optimālajā līmenī – "
              "38,9 %; salīdzinājumā ar 2021./2022. mācību gadu, kad CE matemātikā vidējais rezultāts "
              "bija 44,6 %, tas ir samazinājies, tāpēc 2023./2024. m.g. plānotas papildu konsultācijas "
              "un diagnosticējošie darbi 11. klasē. Fizikas un programmēšanas eksāmenu valsts vidējie "
              "rādītāji ziņojuma sagatavošanas brīdī vēl nebija publicēti.")
    para(doc, "Diagnosticējošajā darbā matemātikā 10. klasē vidējais rezultāts bija 52 %, "
              "tas netiek uzskatīts par valsts pārbaudes darbu.", italic=True, size=10)

    para(doc, "", after=18)
    para(doc, "Izglītības iestādes vadītājs: direktore Māra Ozoliņa          /paraksts/", after=2)
    para(doc, "Vecupē, 2023. gada 22. septembrī", size=10)
    return doc


def main():
    doc = build()
    docx = SRC / f"{NAME}.docx"
    doc.save(docx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(SRC), str(docx)],
                   check=True, capture_output=True)
    REPORTS.mkdir(exist_ok=True)
    shutil.copy(SRC / f"{NAME}.pdf", REPORTS / f"{NAME}.pdf")
    (SRC / f"{NAME}.pdf").unlink()
    subprocess.run(["/work/shared/tools/tika-text", str(REPORTS / f"{NAME}.pdf"),
                    str(REPORTS / f"{NAME}.txt")], check=True)


if __name__ == "__main__":
    main()
