#!/usr/bin/env python3
"""Generate iic-sparni_2024-2025.pdf (DOCX written with python-docx, converted to PDF by LibreOffice)
and its Tika text iic-sparni_2024-2025.txt. The intermediate DOCX is written to a temp dir only.

Run:  /work/blind/.venv-h2F/bin/python make_report.py
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "reports"
NAME = "iic-sparni_2024-2025"


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


def add_table(doc, rows, widths, header_rows=1, merges=(), size=10):
    """rows: list of lists of str (None = part of a merge). merges: ((r1, c1), (r2, c2))."""
    t = doc.add_table(rows=len(rows), cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for (a, b) in merges:
        t.cell(*a).merge(t.cell(*b))
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell_text(t.cell(i, j), val, bold=i < header_rows, size=size)
    t.autofit = False
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
    return para(doc, text, bold=True, size=size, space_after=6)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
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
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(2)
    page_number_footer(sec)

    C = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "BAUSKAS NOVADA PAŠVALDĪBA", bold=True, align=C, size=13, space_after=0)
    para(doc, "INTEREŠU IZGLĪTĪBAS CENTRS „SPĀRNI”", bold=True, align=C, size=14, space_after=0)
    para(doc, "Reģ. Nr. 4351902236, Rīgas iela 27, Bauska, Bauskas novads, LV-3901, tālr. 63922710, "
              "e-pasts: sparni@bauskasnovads.lv", align=C, size=10, space_after=30)
    para(doc, "Interešu izglītības centra „Spārni”", bold=True, align=C, size=16, space_after=0)
    para(doc, "pašnovērtējuma ziņojums", bold=True, align=C, size=16, space_after=0)
    para(doc, "Publiskojamā daļa", align=C, size=13, space_after=0)
    para(doc, "2024./2025. mācību gads", align=C, size=13, space_after=24)

    para(doc, "Interešu izglītības centrs „Spārni” (turpmāk – IIC „Spārni”, centrs) ir Bauskas novada "
              "pašvaldības dibināta interešu izglītības iestāde, kas īsteno interešu izglītības programmas "
              "kultūrizglītības, STEM, sporta un fizisko aktivitāšu, kā arī sociālajā un pilsoniskajā jomā. "
              "Centrs koordinē novada skolēnu dalību XIII Latvijas skolu jaunatnes dziesmu un deju svētkos, "
              "organizē novada skolēnu konkursus, skates un izstādes, sniedz metodisko atbalstu novada "
              "izglītības iestāžu interešu izglītības pedagogiem. 2024./2025. mācību gadā centrā strādāja "
              "34 pedagogi, tajā skaitā 3 metodiķi.")

    heading(doc, "1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un "
                 "to sasniegšanas izvērtējums")
    heading(doc, "1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025.mācību gadā")
    add_table(doc, [
        ["Nr.", "Izglītības programmas nosaukums (interešu izglītības joma)",
         "Īstenošanas vietas adrese\n(ja atšķiras no juridiskās adreses)", "Programmu skaits jomā",
         "Izglītojamo skaits", None],
        [None, None, None, None,
         "uzsākot programmas apguvi vai uzsākot 2024./2025.māc.g.\n(01.10.2024.)",
         "noslēdzot sekmīgu programmas apguvi vai noslēdzot 2024./2025.māc.g.\n(31.05.2025.)"],
        ["1.", "Kultūrizglītība (mūzika, dejas, teātris, vizuālā un vizuāli plastiskā māksla)",
         "Uzvaras iela 6, Bauska;\nIecavas kultūras nams, Rīgas iela 18, Iecava;\nVecsaules pamatskola",
         "14", "642", "618"],
        ["2.", "STEM (tehniskā jaunrade, robotika, datorika, vides izglītība)",
         "–\nCodes pamatskola, Skolas iela 1, Code", "9", "287", "301"],
        ["3.", "Sports un fiziskās aktivitātes (galda teniss, šahs, orientēšanās)",
         "Bauskas sporta halle, Uzvaras iela 10A, Bauska", "5", "164", "152"],
        ["4.", "Sociālā un pilsoniskā joma (jauniešu iniciatīvas, līderu skola, pirmsskolas vecuma bērnu "
               "attīstošās nodarbības)", "–", "6", "211", "197"],
        ["", "Kopā", "", "34", "1304", "1268"],
    ], [1.0, 5.2, 4.6, 2.0, 2.6, 2.6], header_rows=2,
        merges=[((0, 4), (0, 5)), ((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (1, 3))])

    heading(doc, "1.2. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
                 "2024./2025.m.g. un 2025./2026.m.g.: (nosakāmi ne mazāk kā trīs kvalitātes rādītāji)")
    add_table(doc, [
        ["NPK", "Kvalitatīvais / kvantitatīvais indikators", "Noteiktais rezultatīvais rādītājs", None, None],
        [None, None, "uzsākot 2024./2025.m.g. (pēc 2023./2024.m.g. pašnovērtējuma ziņojuma)",
         "noslēdzot 2024./2025.m.g.", "2025./2026.m.g."],
        ["1.", "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:", None, None, None],
        ["1.1.", "Interešu izglītības programmā/-s", "1250 audzēkņi", "1304 audzēkņi", "1300 audzēkņi"],
        ["2.", "Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, konkursos, "
               "sacensībās u.tml.:", None, None, None],
        ["2.1.", "Audzēkņu skaits, kuri piedalījās valsts un starptautiska mēroga konkursos, skatēs un "
                 "sacensībās", "240 dalībnieki", "286 dalībnieki", "260 dalībnieki"],
        ["2.2.", "Iegūto godalgoto vietu (1.–3. vieta) skaits valsts un starptautiskajos konkursos",
         "31 godalgota vieta", "44 godalgotas vietas", "vismaz 35"],
        ["2.3.", "Robotikas komandas „Spārnotie” vieta Latvijas skolēnu robotikas čempionātā „RoboLīga”",
         "6. vieta (2024. g.)", "2. vieta", "ne zemāk kā 3. vieta"],
        ["2.4.", "Kolektīvu skaits, kas skatēs ieguvuši I pakāpes diplomu", "9 no 14 kolektīviem",
         "12 no 15 kolektīviem", "12 kolektīvi"],
        ["3.", "Pedagogu profesionālās kompetences pilnveide", "80% pedagogu",
         "94% pedagogu (32 no 34)", "95%"],
        ["4.", "Citi kvalitātes rādītāji:", None, None, None],
        ["4.1.", "Vecāku apmierinātība ar interešu izglītības piedāvājumu (aptaujas dati)", "vidēji 82%",
         "vidēji 87%", "85%"],
        ["4.2.", "Centra organizēto novada mēroga pasākumu skaits", "18 pasākumi",
         "pieaugums no 18 uz 23 pasākumiem", "20 pasākumi"],
        ["4.3.", "Jaunas STEM programmas izstrāde jaunākā skolas vecuma bērniem", "Izstrādāt programmu",
         "Programma „Mazie inženieri” izstrādāta, uzsākta 2025. gada februārī", "Nav attiecināms"],
    ], [1.2, 6.4, 3.4, 3.4, 3.2], header_rows=2,
        merges=[((0, 2), (0, 4)), ((0, 0), (1, 0)), ((0, 1), (1, 1)),
                ((2, 1), (2, 4)), ((4, 1), (4, 4)), ((10, 1), (10, 4))])

    heading(doc, "1.3. Informācija par izglītojamo mācību pārtraukšanas iemesliem")
    para(doc, "2024./2025. mācību gadā (no 01.10.2024. līdz 31.05.2025.) interešu izglītības programmu apguvi "
              "centrā pārtrauca 96 audzēkņi, bet uzsāka 60 audzēkņi. Pārtraukšanas iemesli apkopoti no vecāku "
              "iesniegumiem un pedagogu sniegtās informācijas.")
    para(doc, "1.3.1. Dzīvesvietas maiņas dēļ nodarbības pārtrauca 6 audzēkņi, bet 3 audzēkņi pārtrauca "
              "mācības, jo ģimene izbrauca uz ārzemēm (Vācija, Norvēģija).")
    para(doc, "1.3.2. Citu interešu izglītības iestādi vai profesionālās ievirzes sporta skolu izvēlējās un "
              "mācības centrā pārtrauca 14 audzēkņi.")
    para(doc, "1.3.3. Citi iemesli: laika trūkuma dēļ (mācību slodze vispārizglītojošajā skolā, vairāki "
              "pulciņi vienlaikus) pārtrauca 41 audzēknis; veselības problēmu dēļ – 8 audzēkņi; līdzmaksājuma "
              "dēļ nodarbības pārtrauca 5 audzēkņi, bet 19 audzēkņi pārtrauca nodarbības, iemeslu "
              "nenorādot.")

    heading(doc, "2. Izglītības iestādes darbības pamatmērķi un prioritātes")
    para(doc, "2.1. Izglītības iestādes misija – piedāvāt kvalitatīvu, daudzveidīgu un pieejamu interešu "
              "izglītību, kas ļauj ikvienam bērnam un jaunietim atklāt un attīstīt savus talantus.")
    para(doc, "2.2. Izglītības iestādes vīzija par izglītojamo – radošs, zinātkārs un pašapzinīgs jaunietis, "
              "kurš jēgpilni pavada brīvo laiku un aktīvi piedalās savas kopienas dzīvē.")
    para(doc, "2.3. Izglītības iestādes vērtības – radošums, sadarbība, atbildība, cieņa un prieks par "
              "paveikto.")
    heading(doc, "2.4. Informācija par izglītības iestādes 2024./2025.m.g. izvirzīto prioritāšu sasniegšanu")
    add_table(doc, [
        ["Prioritāte", "Sasniedzamie rezultāti kvantitatīvi un kvalitatīvi",
         "Norāde par uzdevumu izpildi (Sasniegts/ daļēji sasniegts/ nav sasniegts) un komentāri (kā to ir "
         "izdevies īstenot un kādi dati un informācija to apliecina)"],
        ["Nr.1.\nSTEM jomas programmu piedāvājuma paplašināšana novada skolēniem",
         "a) kvantitatīvie\nIzveidotas vismaz 2 jaunas STEM programmas; STEM programmās iesaistīti vismaz "
         "300 audzēkņi.",
         "Sasniegts\nIzveidotas un licencētas 3 jaunas programmas („Mazie inženieri”, „Dronu "
         "pilotēšana”, „3D modelēšana”). STEM programmās 31.05.2025. mācījās 301 audzēknis (VIIS dati)."],
        [None,
         "b) kvalitatīvie\nSTEM nodarbības pieejamas arī novada lauku skolās; pedagogi izmanto centra "
         "iegādāto robotikas aprīkojumu.",
         "Sasniegts\nNodarbības notiek Codes pamatskolā, robotikas komplekti izmantoti arī izbraukuma "
         "darbnīcās 6 novada skolās. Par to liecina nodarbību žurnāli un darbnīcu reģistrācijas lapas."],
        ["Nr.2.\nAudzēkņu noturēšana interešu izglītības programmās un mācību pārtraukšanas risku "
         "mazināšana",
         "a) kvantitatīvie\nMācības pārtraukušo audzēkņu skaits nepārsniedz 6% no kopējā audzēkņu skaita.",
         "Nav sasniegts\nMācības pārtrauca 96 audzēkņi jeb 7,4% no audzēkņu skaita 01.10.2024. (sk. 1.3. "
         "punktu). Lielākā daļa pārtraukušo ir 7.–9. klašu skolēni."],
        [None,
         "b) kvalitatīvie\nIeviesta vienota pārtraukšanas iemeslu apkopošanas sistēma; pedagogi sazinās ar "
         "vecākiem, ja audzēknis nav apmeklējis nodarbības divas nedēļas.",
         "Daļēji sasniegts\nIemeslu apkopošana notiek elektroniski (e-klases pieteikumi un vecāku "
         "iesniegumi), taču saziņa ar vecākiem notika tikai 60% gadījumu."],
        ["Nr.3.\nPedagogu digitālo prasmju pilnveide",
         "a) kvantitatīvie\nVismaz 90% pedagogu apmeklējuši profesionālās pilnveides kursus digitālo "
         "prasmju jomā.",
         "Sasniegts pilnībā\n32 no 34 pedagogiem (94%) apmeklēja kursus, t.sk. VIAA kursus „Digitālie rīki "
         "interešu izglītībā” (12 h)."],
        [None,
         "b) kvalitatīvie\nPedagogi izmanto digitālos rīkus nodarbību plānošanā un audzēkņu sasniegumu "
         "atspoguļošanā (e-portfolio).",
         "Sasniegts daļēji\nE-portfolio ieviests 11 programmās no 34; pārējās programmās to plānots ieviest "
         "2025./2026. mācību gadā."],
    ], [4.5, 6.0, 7.1], header_rows=1, merges=[((1, 0), (2, 0)), ((3, 0), (4, 0)), ((5, 0), (6, 0))])

    heading(doc, "3. Kritēriju izvērtējums")
    heading(doc, "3.1. Kritērijs „Mācīšana un mācīšanās”")
    para(doc, "3.1.1. 2024./2025. mācību gadā administrācija vēroja 42 nodarbības pie 27 pedagogiem (79%). "
              "Vērošanā izmantota centra izstrādātā nodarbības vērošanas lapa, kurā vērtēta nodarbības "
              "mērķa skaidrība, audzēkņu iesaiste, atgriezeniskā saite un valsts valodas lietojums. 93% "
              "vēroto nodarbību mērķis audzēkņiem bija skaidrs, 88% nodarbību pedagogi sniedza "
              "individuālu atgriezenisko saiti. Nodarbības notiek valsts valodā.")
    add_table(doc, [
        ["Rezultatīvā rādītāja nosaukums", "Stiprās puses un dati, kas to apliecina",
         "Turpmākās attīstības vajadzības"],
        ["Izglītības procesa diferenciācija, individualizācija un personalizācija",
         "Pedagogi pielāgo uzdevumus dažāda vecuma un spēju audzēkņiem; jaukta vecuma grupās darbojas "
         "mentoru sistēma.", "Pilnveidot nodarbību plānošanu jaunajiem pedagogiem."],
        ["Mācību sasniegumu vērtēšana", "Audzēkņu sasniegumi tiek atspoguļoti koncertos, izstādēs, "
         "sacensībās.", "Ieviest e-portfolio visās programmās."],
    ], [5.0, 6.5, 6.1])
    heading(doc, "3.2. Kritērijs „Vienlīdzība un iekļaušana”")
    para(doc, "Centrā mācās 47 audzēkņi ar speciālām vajadzībām, 21 audzēknis no trūcīgām vai "
              "maznodrošinātām ģimenēm saņem līdzmaksājuma atvieglojumus. No oktobra līdz maijam "
              "nodarbības pārtrauca 96 audzēkņi, iepriekšējā mācību gadā – 121 audzēknis; pārtraukšanas "
              "iemesli analizēti pedagoģiskās padomes sēdē 2025. gada jūnijā.")
    heading(doc, "3.3. Kritērijs „Pieejamība”")
    para(doc, "Programmas tiek īstenotas 6 vietās novadā. Galvenā ēka Rīgas ielā 27 nav pielāgota "
              "cilvēkiem ar kustību traucējumiem (nav lifta), tāpēc nodarbības audzēkņiem ar kustību "
              "traucējumiem organizē Uzvaras ielā 6. Pašvaldības skolēnu autobuss nodrošina nokļūšanu uz "
              "nodarbībām no Codes un Vecsaules.")
    heading(doc, "3.4. Kritērijs „Atbalsts un sadarbība”")
    para(doc, "Aptaujā piedalījās 31 pedagogs, 214 audzēkņi un 388 vecāki. 87% vecāku ir apmierināti ar "
              "interešu izglītības piedāvājumu, 91% pedagogu atzīst, ka saņem vadības atbalstu. Sadarbībā ar "
              "novada skolām organizēta skolēnu pašpārvalžu līderu skola (6 nodarbības).")

    heading(doc, "4. Informācija par lielākajiem īstenotajiem projektiem 2024./2025.mācību gadā")
    add_table(doc, [
        ["NPK", "Projekta nosaukums", "Projekta īsa anotācija", "Projekta īstenošanas rezultāti"],
        ["1.", "ESF Plus projekts „Atbalsts izglītojamo individuālo kompetenču attīstībai”",
         "Individuālo kompetenču attīstības pasākumi STEM un kultūrizglītības jomā.",
         "Iegādāti 10 robotikas komplekti, notikušas 8 izbraukuma darbnīcas."],
        ["2.", "Bauskas novada jauniešu iniciatīvu konkurss", "Jauniešu iniciatīvu projekts „Mūzikas "
         "studija jauniešiem”.", "Iekārtota ierakstu studija, notikuši 3 jauniešu koncerti."],
    ], [1.2, 5.0, 5.8, 5.6])
    heading(doc, "5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi, un/ vai par "
                 "sadarbību ar fiziskajām/ juridiskajām personām")
    para(doc, "5.1. Sadarbības līgums ar Bauskas Tehnikumu par STEM nodarbību telpu izmantošanu (2023).\n"
              "5.2. Sadarbības līgums ar biedrību „Bauskas jaunieši” par jauniešu iniciatīvu atbalstu.\n"
              "5.3. Sadarbības līgums ar Rīgas Tehniskās universitātes Inženierzinātņu vidusskolu par "
              "robotikas sacensību organizēšanu.")
    heading(doc, "6. Audzināšanas darba prioritāro virzienu izvērtējums un secinājumi")
    para(doc, "Audzināšanas darba prioritāte – pilsoniskās apziņas un piederības stiprināšana, gatavojoties "
              "XIII Latvijas skolu jaunatnes dziesmu un deju svētkiem. Svētkos piedalījās 14 centra un novada "
              "skolu kolektīvi (kopā 412 dalībnieki).")
    heading(doc, "7. Citi sasniegumi un izglītības iestādei būtiska informācija")
    para(doc, "Robotikas komanda „Spārnotie” ieguva 2. vietu Latvijas skolēnu robotikas čempionātā; "
              "starptautiskajā bērnu mākslas konkursā „Lidice 2025” audzēkņi saņēma 3 medaļas un 5 "
              "atzinības. Mūsdienu deju kolektīvs „Vējš” piedalījās svētku lieluzvedumā.")
    heading(doc, "8. Informāciju par izglītības iestādes akreditācijā vai izglītības iestādes vadītāja "
                 "novērtēšanā norādīto uzdevumu izpildi (ja attiecināms)")
    para(doc, "Nav attiecināms")
    heading(doc, "9. Informācija par izglītības iestādes apmeklējumā (IKVD, IP plānotā nodarbību/ mācību "
                 "stundu vērošana) noteikto uzdevumu ieviešanu (ja attiecināms)")
    para(doc, "Nav attiecināms")
    heading(doc, "10. Izglītības iestādes padomes ieteikumi izglītības procesa pilnveidei 2025./2026.mācību "
                 "gadā")
    para(doc, "Paplašināt programmu piedāvājumu pirmsskolas vecuma bērniem un jauniešiem vecumā no 16 gadiem.")
    heading(doc, "11. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti "
                 "2025./2026.mācību gadā (kvalitatīvi un kvantitatīvi)")
    add_table(doc, [
        ["Prioritāte", "Sasniedzamie rezultāti kvantitatīvi un kvalitatīvi"],
        ["Nr.1. Audzēkņu noturēšana programmās",
         "a) kvalitatīvi\nPedagogi regulāri sazinās ar vecākiem par audzēkņu apmeklējumu.\n"
         "b) kvantitatīvi\nMācības pārtraukušo audzēkņu īpatsvars nepārsniedz 6%."],
        ["Nr.2. E-portfolio ieviešana visās programmās",
         "a) kvalitatīvi\nAudzēkņu sasniegumi atspoguļoti digitāli.\n"
         "b) kvantitatīvi\nE-portfolio ieviests vismaz 30 programmās."],
    ], [5.5, 12.1])

    para(doc, "Izglītības iestādes vadītāja: Ilze Bērziņa", space_after=0)
    para(doc, "Saskaņots:", space_after=0)
    para(doc, "Bauskas novada pašvaldības Izglītības pārvaldes vadītājs", space_after=0)
    para(doc, "/paraksts/ Jānis Krūmiņš", space_after=0)
    doc.save(str(path))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="h2F-") as tmp:
        docx = Path(tmp) / f"{NAME}.docx"
        build(docx)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo",
                        "--convert-to", "pdf", "--outdir", tmp, str(docx)],
                       check=True, capture_output=True)
        shutil.copy(Path(tmp) / f"{NAME}.pdf", OUT / f"{NAME}.pdf")
    subprocess.run(["/work/shared/tools/tika-text", str(OUT / f"{NAME}.pdf"), str(OUT / f"{NAME}.txt")],
                   check=True)
    print("wrote", OUT / f"{NAME}.pdf")


if __name__ == "__main__":
    main()
