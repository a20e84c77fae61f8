#!/usr/bin/env python3
"""Generate ezermalas-makslas-skola_2022-2023.docx (python-docx).

Run:  /work/blind/.venv-h2F/bin/python make_report.py
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "reports"
NAME = "ezermalas-makslas-skola_2022-2023"


def set_cell_text(cell, text, bold=False, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()  # a separate paragraph (line) within the same cell
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)


def add_table(doc, rows, widths, header_rows=1, merges=(), size=10, style="Table Grid"):
    """rows: list of lists of str (None = covered by a merge). merges: ((r1, c1), (r2, c2))."""
    t = doc.add_table(rows=len(rows), cols=len(widths))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for (a, b) in merges:
        t.cell(*a).merge(t.cell(*b))
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell_text(t.cell(i, j), val, bold=i < header_rows, size=size)
    for j, w in enumerate(widths):
        t._tbl.tblGrid.gridCol_lst[j].w = Cm(w)
        for r in t.rows:
            r.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def para(doc, text, bold=False, align=None, size=12, space_after=6, italic=False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(space_after)
    if align is not None:
        p.alignment = align
    return p


def heading(doc, text, size=12):
    return para(doc, text, bold=True, size=size)


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


def build(path: Path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(2)
    page_number_footer(sec)
    C, R = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT

    for line in ["SASKAŅOTS", "Madonas novada pašvaldības", "Izglītības pārvaldes vadītāja",
                 "_____________ /paraksts/ S. Liepiņa", "2023. gada 22. septembrī"]:
        para(doc, line, align=R, space_after=0, bold=line == "SASKAŅOTS")
    para(doc, "", space_after=24)
    para(doc, "MADONAS NOVADA PAŠVALDĪBA", bold=True, align=C, space_after=0)
    para(doc, "EZERMALAS MĀKSLAS SKOLA", bold=True, align=C, size=14, space_after=0)
    para(doc, "Reģ. Nr. 4374902158, Skolas iela 5, Ezermala, Madonas novads, LV-4824", align=C, size=10,
         space_after=0)
    para(doc, "tālr. 64860315, e-pasts: ezermalas.makslas@madona.lv", align=C, size=10, space_after=36)
    para(doc, "Ezermalas Mākslas skolas pašnovērtējuma ziņojums", bold=True, align=C, size=16, space_after=4)
    para(doc, "publiskojamā daļa", align=C, size=13, space_after=0)
    para(doc, "par 2022./2023. mācību gadu", align=C, size=13, space_after=36)

    para(doc, "Ezermalas Mākslas skola ir Madonas novada pašvaldības dibināta profesionālās ievirzes "
              "izglītības iestāde, kas kopš 1991. gada īsteno profesionālās ievirzes izglītības programmas "
              "vizuāli plastiskajā mākslā un dizainā, kā arī interešu izglītības programmu pirmsskolas "
              "vecuma bērniem. Skola darbojas Ezermalā, un tai ir divas mācību vietas ārpus juridiskās "
              "adreses – Lazdonas pagasta kultūras namā un Madonas Valsts ģimnāzijā. Skolā strādā 12 "
              "pedagogi, no tiem 9 ar maģistra grādu mākslā vai mākslas pedagoģijā.")

    heading(doc, "1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un to "
                 "sasniegšanas izvērtējums")
    heading(doc, "1.1. Izglītojamo skaits un īstenotās izglītības programmas 2022./2023. mācību gadā")
    add_table(doc, [
        ["Nr. p.k.", "Izglītības programmas nosaukums", "Izglītības programmas kods",
         "Īstenošanas vietas adrese (ja atšķiras no juridiskās adreses)", "Licence (Nr., datums)",
         "Izglītojamo skaits, uzsākot programmas apguvi vai uzsākot 2022./2023. m.g. (01.09.2022.)",
         "Izglītojamo skaits, noslēdzot sekmīgu programmas apguvi vai noslēdzot 2022./2023. m.g. "
         "(31.05.2023.)"],
        ["1.", "Vizuāli plastiskā māksla", "20V 211 00 1",
         "Skolas iela 5, Ezermala, Madonas nov.\nLazdonas pagasta kultūras nams, Skolas iela 2, Lazdona",
         "Nr. P-4521\n12.05.2021.", "142", "136"],
        ["2.", "Dizaina pamati", "20V 214 01 1",
         "Skolas iela 5, Ezermala, Madonas nov.\nMadonas Valsts ģimnāzija, Skolas iela 8, Madona",
         "Nr. P-4522\n12.05.2021.", "38", "35"],
        ["3.", "Interešu izglītības programma „Mazo mākslinieku studija” (5–7 gadi)", "–",
         "Skolas iela 5, Ezermala, Madonas nov.", "–", "24", "22"],
        ["", "Kopā", "", "", "", "204", "193"],
    ], [1.2, 3.6, 2.4, 4.2, 2.2, 2.0, 2.0])

    heading(doc, "1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes "
                 "maiņai un mācību pārtraukšanai izglītības programmā (2-3 secinājumi par izglītojamiem, kuri "
                 "uzsākuši vai pārtraukuši mācības izglītības iestādē)")
    para(doc, "2022./2023. mācību gadā mācības skolā pārtrauca 14 audzēkņi, savukārt no 1. septembra līdz "
              "31. maijam mācības uzsāka 3 audzēkņi (uzņemti 2. un 3. kursā pēc iestājpārbaudījuma).")
    para(doc, "1.2.1. dzīvesvietas maiņa – trīs audzēkņi; viens audzēknis kopā ar ģimeni izbrauca uz dzīvi "
              "ārzemēs (Lielbritānija);")
    para(doc, "1.2.2. izglītības iestādes maiņa (2 audzēkņi) – pāreja uz citu mākslas skolu tuvāk "
              "dzīvesvietai;")
    para(doc, "1.2.3. cits iemesls – lielā mācību slodze vispārizglītojošajā skolā (5 audzēkņi), interešu "
              "maiņa – izvēlējās sporta vai mūzikas nodarbības (3 audzēkņi).")
    para(doc, "Secinājumi: visbiežāk mācības pārtrauc 3.–4. kursa audzēkņi, kuriem palielinās slodze "
              "vispārizglītojošajā skolā. Lai mazinātu pārtraukšanas risku, 2023./2024. mācību gadā plānots "
              "elastīgāks nodarbību grafiks (nodarbības arī sestdienās).")

    heading(doc, "1.3. Informācija par ilgstošajām pedagogu vakancēm un atbalsta personāla nodrošinājumu")
    add_table(doc, [
        ["Nr.", "Informācija", "Skaits", "Komentāri"],
        ["1.", "Ilgstošās vakances izglītības iestādē (vairāk kā 1 mēnesi) 2022./2023. mācību gadā", "0",
         "–"],
        ["2.", "Izglītības iestādē pieejamais atbalsta personāls izglītības iestādes izglītojamajiem", "–",
         "Skolā atbalsta personāla nav; nepieciešamības gadījumā skola sadarbojas ar Madonas novada "
         "Izglītības pārvaldes psihologu."],
    ], [1.2, 7.4, 1.6, 7.4])

    heading(doc, "2. Izglītības iestādes darbības pamatmērķi un prioritātes")
    para(doc, "2.1. Izglītības iestādes misija – radoša, mūsdienīga mākslas skola, kurā bērni un jaunieši "
              "apgūst vizuālās mākslas un dizaina pamatus, attīsta radošumu un estētisko izpratni.")
    para(doc, "2.2. Izglītības iestādes vīzija par izglītojamo – radošs, atvērts un patstāvīgs jaunietis, kurš "
              "novērtē kultūras mantojumu un prot savas idejas īstenot mākslas darbā.")
    para(doc, "2.3. Izglītības iestādes vērtības – radošums, cieņa, atbildība, sadarbība, tradīcijas.")
    heading(doc, "2.4. 2022./2023. mācību gada darba prioritātes un sasniegtie rezultāti")
    add_table(doc, [
        ["Joma", "Nr.", "Prioritāte", "Sasniedzamie rezultāti", "Izpilde", "Komentāri (kā tas īstenots, kādi "
         "dati to apliecina)"],
        ["Mācīšana un mācīšanās", "1.",
         "Vienotu vērtēšanas kritēriju ieviešana mācību priekšmetos zīmēšana, gleznošana un kompozīcija",
         "a) kvalitatīvi\nIzstrādāti un ieviesti vienoti vērtēšanas kritēriji 1.–6. kursam; audzēkņi ar "
         "tiem iepazīstināti mācību gada sākumā.",
         "Sasniegts",
         "Kritēriji apstiprināti pedagoģiskās padomes sēdē 30.08.2022., izvietoti e-klasē un mācību "
         "telpās; to lietojums pārbaudīts 18 vērotajās nodarbībās."],
        [None, None, None,
         "b) kvantitatīvi\nVismaz 85% audzēkņu mācību gada noslēguma skatē saņem vērtējumu 6 balles un "
         "augstāk.",
         "Daļēji",
         "Vērtējumu 6 balles un augstāk noslēguma skatē saņēma 81% audzēkņu (110 no 136). Zemāki "
         "vērtējumi kompozīcijā 1. un 2. kursā."],
        [None, "2.", "Digitālo rīku izmantošana mākslas mācību procesā",
         "a) kvalitatīvi\nAudzēkņi 4.–6. kursā apgūst digitālās grafikas pamatus; digitālie darbi iekļauti "
         "skates ekspozīcijā.",
         "Sasniegts",
         "Digitālās grafikas modulis īstenots 3 grupās, skatē eksponēti 27 digitālie darbi."],
        [None, None, None,
         "b) kvantitatīvi\nVismaz 4 pedagogi apguvuši kursus par digitālo rīku izmantošanu; iegādātas 8 "
         "grafiskās planšetes.",
         "sasniegts",
         "Kursus apguva 5 pedagogi (VIAA, „Digitālā māksla skolā”, 24 h); iegādātas 8 planšetes no "
         "pašvaldības finansējuma."],
        ["Izglītības programmu īstenošana", "3.",
         "Programmas „Dizaina pamati” īstenošanas pilnveide sadarbībā ar Madonas Valsts ģimnāziju",
         "a) kvalitatīvi\nIzveidots kopīgs nodarbību grafiks ar ģimnāziju, audzēkņiem pieejama datorklase.",
         "Daļēji sasniegts",
         "Kopīgs grafiks izveidots, taču datorklase pieejama tikai 2 dienas nedēļā."],
        [None, None, None,
         "b) kvantitatīvi\nProgrammā „Dizaina pamati” mācās vismaz 45 audzēkņi.",
         "Nav sasniegts",
         "Programmu mācību gada sākumā apguva 38 audzēkņi, beigās – 35."],
        ["Izglītības turpināšana un nodarbinātība", "4.", "Absolventu izglītības turpināšanas izpēte",
         "a) kvalitatīvi\nIzveidota absolventu datubāze, absolventi aicināti uz skolas pasākumiem.",
         "Sasniegts",
         "Datubāzē apkopota informācija par 2019.–2023. gada absolventiem (47 personas)."],
        [None, None, None,
         "b) kvantitatīvi\nVismaz 30% absolventu turpina mācības mākslas vai dizaina jomā.",
         "Sasniegts (36%)",
         "No 11 absolventiem 4 turpina mācības mākslas vai dizaina vidusskolās (36%)."],
    ], [2.4, 0.9, 3.3, 4.4, 2.0, 4.6], header_rows=1, size=9,
        merges=[((1, 0), (4, 0)), ((1, 1), (2, 1)), ((1, 2), (2, 2)), ((3, 1), (4, 1)), ((3, 2), (4, 2)),
                ((5, 0), (6, 0)), ((5, 1), (6, 1)), ((5, 2), (6, 2)),
                ((7, 0), (8, 0)), ((7, 1), (8, 1)), ((7, 2), (8, 2))])

    heading(doc, "2.5. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti 2023./2024. "
                 "mācību gadā")
    add_table(doc, [
        ["Joma", "Prioritāte", "Plānotie rezultāti (kvalitatīvi un kvantitatīvi)"],
        ["Mācīšana un mācīšanās", "Formatīvās vērtēšanas pilnveide kompozīcijā",
         "a) kvalitatīvi – audzēkņi regulāri saņem rakstisku atgriezenisko saiti;\n"
         "b) kvantitatīvi – vismaz 85% audzēkņu noslēguma skatē saņem 6 balles un augstāk."],
        ["Izglītības programmu īstenošana", "Pāreja uz jauno profesionālās ievirzes izglītības standartu",
         "a) kvalitatīvi – izstrādāta un licencēta jauna programma atbilstoši standartam;\n"
         "b) kvantitatīvi – 100% pedagogu iepazinušies ar standarta prasībām."],
    ], [3.5, 5.0, 9.1])

    heading(doc, "3. Kritēriju izvērtējums")
    heading(doc, "3.1. Kritērijs „Izglītības turpināšana un nodarbinātība”")
    para(doc, "2023. gadā skolu absolvēja 11 audzēkņi, visi saņēma apliecību par profesionālās ievirzes "
              "izglītību. 4 absolventi turpina mācības mākslas vai dizaina vidusskolās (Rīgas Dizaina un "
              "mākslas vidusskolā, Rēzeknes Mākslas un dizaina vidusskolā), 6 – vispārizglītojošajās "
              "vidusskolās, 1 – profesionālās izglītības iestādē.")
    add_table(doc, [
        ["Stiprās puses", "Turpmākās attīstības vajadzības"],
        ["Absolventi sekmīgi iestājas mākslas un dizaina vidusskolās; skola organizē konsultācijas "
         "iestājpārbaudījumu sagatavošanai.", "Uzturēt saikni ar absolventiem, iesaistīt viņus skolas "
         "pasākumos."],
    ], [8.8, 8.8])
    heading(doc, "3.2. Kritērijs „Mācīšana un mācīšanās”")
    para(doc, "Mācību gada laikā direktore un direktores vietniece vēroja 18 nodarbības. Nodarbības ir labi "
              "strukturētas, pedagogi izmanto daudzveidīgas tehnikas un materiālus. Mācību gada noslēguma "
              "skatē vidējais vērtējums zīmēšanā bija 7,1 balle, gleznošanā 7,3 balles, kompozīcijā 6,6 "
              "balles. Noslēguma eksāmenā (noslēguma darba aizstāvēšanā) 6. kursā vidējais vērtējums bija 7,8 "
              "balles, visi 11 audzēkņi eksāmenu nokārtoja.")
    add_table(doc, [
        ["Stiprās puses", "Turpmākās attīstības vajadzības"],
        ["Ieviesti vienoti vērtēšanas kritēriji; pedagogi sniedz mutisku atgriezenisko saiti katrā "
         "nodarbībā.", "Rakstiskas atgriezeniskās saites ieviešana kompozīcijā."],
    ], [8.8, 8.8])
    heading(doc, "3.3. Kritērijs „Izglītības programmu īstenošana”")
    para(doc, "Programmas tiek īstenotas atbilstoši licencētajiem mācību plāniem. 2024. gada 1. septembrī "
              "jāpāriet uz jaunajam profesionālās ievirzes izglītības standartam atbilstošām programmām, "
              "tāpēc 2023./2024. mācību gadā plānota programmu pārlicencēšana.")

    heading(doc, "4. Informācija par nozīmīgākajiem projektiem 2022./2023. mācību gadā")
    para(doc, "4.1. Programma „Latvijas skolas soma” – audzēkņi apmeklēja Latvijas Nacionālo mākslas muzeju "
              "un Madonas novadpētniecības un mākslas muzeju (4 pasākumi).\n4.2. Plenēra projekts „Ezermalas "
              "ainavas” sadarbībā ar Madonas novada pašvaldību – 46 dalībnieki, izstāde Madonas pilsētas "
              "kultūras namā.")
    heading(doc, "5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
    para(doc, "5.1. Sadarbības līgums ar Madonas Valsts ģimnāziju par telpu izmantošanu (2021).\n5.2. "
              "Sadarbības līgums ar Lazdonas pagasta pārvaldi par nodarbību organizēšanu kultūras namā.")
    heading(doc, "6. Audzināšanas darba prioritātes un galvenie secinājumi")
    para(doc, "Audzināšanas darbā uzsvars likts uz piederību savam novadam un kultūras mantojuma izpratni: "
              "organizēti 6 skolas pasākumi, audzēkņu darbu izstādes 4 novada iestādēs.")
    heading(doc, "7. Citi sasniegumi")
    para(doc, "7.1. Starptautiskajā bērnu mākslas konkursā „Lidice 2023” 2 audzēkņi saņēma medaļas. Valsts "
              "konkursā profesionālās ievirzes mākslas skolām (VISC/LNKC) audzēkne ieguva 3. vietu "
              "grafikā, bet skolas komanda – atzinību. Reģionālajā konkursā „Vidzemes vizuālā māksla” "
              "iegūtas 5 godalgotas vietas.")
    para(doc, "7.2. Valsts pārbaudes darbi profesionālās ievirzes izglītības iestādē netiek kārtoti – nav "
              "attiecināms.")
    para(doc, "", space_after=12)
    para(doc, "Izglītības iestādes vadītāja: /paraksts/ Dace Kalnača", space_after=0)
    para(doc, "Ezermalā, 2023. gada 14. septembrī", space_after=0)
    doc.core_properties.author = "Ezermalas Mākslas skola"
    doc.core_properties.title = "Pašnovērtējuma ziņojums 2022./2023."
    doc.save(str(path))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    build(OUT / f"{NAME}.docx")
    print("wrote", OUT / f"{NAME}.docx")


if __name__ == "__main__":
    main()
