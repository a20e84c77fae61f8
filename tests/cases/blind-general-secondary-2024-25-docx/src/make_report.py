#!/usr/bin/env python3
"""Generate reports/rujmalas-vidusskola_2024-2025.docx (python-docx).

Run: /work/blind/.venv-h4B/bin/python src/make_report.py   (from the case folder)
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for readers who want landscape)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent.parent / "reports" / "rujmalas-vidusskola_2024-2025.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
    s.top_margin = s.bottom_margin = Cm(1.8)


def add_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


add_page_number(doc.sections[0])


def para(text="", bold=False, align=None, size=None, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(3)
    return p


def heading(text):
    return para(text, bold=True)


def set_cell(cell, text, bold=False, size=10):
    """text: str (\n = line break) or list of str (one paragraph each)."""
    parts = text if isinstance(text, list) else [text]
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        lines = part.split("\n")
        for j, line in enumerate(lines):
            r = p.add_run(line)
            r.bold = bold
            r.font.size = Pt(size)
            if j < len(lines) - 1:
                r.add_break()
        p.paragraph_format.space_after = Pt(0)


def table(rows, widths=None, header_rows=1, size=10):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=0, cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        if len(row) == 1:  # full-width merged row
            m = cells[0].merge(cells[-1])
            set_cell(m, row[0], bold=True, size=size)
            continue
        for j, val in enumerate(row):
            set_cell(cells[j], val, bold=i < header_rows, size=size)
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------ cover
para("SASKAŅOTS", bold=True)
para("Valmieras novada Izglītības pārvaldes vadītāja")
para("/paraksts/ Inga Bērziņa")
para("2025. gada 24. septembrī")
para("APSTIPRINĀTS", bold=True, align="r")
para("ar Rūjmalas vidusskolas direktora", align="r")
para("2025. gada 19. septembra rīkojumu Nr. 1-10/41", align="r")
para()
para("Valmieras novada pašvaldība", align="c")
para("RŪJMALAS VIDUSSKOLA", bold=True, align="c", size=14)
para("Reģ. Nr. 4313900417, Skolas iela 14, Rūjmala, Valmieras novads, LV-4224", align="c", size=9)
para("tālr. 64281150, e-pasts: rujmalas.vsk@valmierasnovads.lv", align="c", size=9)
para()
para("Rūjmalas vidusskolas pašnovērtējuma ziņojums", bold=True, align="c", size=16)
para("(publiskojamā daļa)", align="c")
para("par 2024./2025. mācību gadu", bold=True, align="c", size=13)
para()
para("Rūjmala, 2025", align="c")
page_break()

# ------------------------------------------------------------------ intro
para("Rūjmalas vidusskola ir Valmieras novada pašvaldības dibināta vispārējās izglītības iestāde, kas "
     "īsteno pamatizglītības un vispārējās vidējās izglītības programmas 1.–12. klasē. Skola darbojas "
     "vienā ēkā Skolas ielā 14, speciālās pamatizglītības programmas izglītojamajiem ar garīgās attīstības "
     "traucējumiem nodarbības notiek arī skolas filiāles telpās Parka ielā 2. Skolā mācās izglītojamie no "
     "Rūjmalas, Kauguru un Vaidavas apkaimes, izglītojamo nokļūšanu skolā nodrošina pašvaldības "
     "skolēnu autobusi (4 maršruti).")

heading("1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un to "
        "sasniegšanas izvērtējums")
heading("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025. mācību gadā")
table([
    ["Nr.\np.k.", "Izglītības programmas\nnosaukums", "Izglītības\nprogrammas\nkods",
     "Īstenošanas vietas\nadrese (ja atšķiras\nno juridiskās\nadreses)", "Licence\nNr., datums",
     "Izglītojamo skaits,\nuzsākot programmas\napguvi vai uzsākot\n2024./2025. m.g.\n(01.09.2024.)",
     "Izglītojamo skaits,\nnoslēdzot sekmīgu\nprogrammas apguvi\nvai noslēdzot\n2024./2025. m.g.\n(31.05.2025.)"],
    ["1.", "Pamatizglītības programma", "21011111", "–", "V_5071,\n12.08.2021.", "231", "226"],
    ["2.", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem",
     "21015611", "–", "V_5072,\n12.08.2021.", "17", "19"],
    ["3.", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem",
     "21015811", "Parka iela 2, Rūjmala, Valmieras nov., LV-4224", "V_6120,\n05.09.2022.", "3", "3"],
    ["4.", "Vispārējās vidējās izglītības programma", "31016011", "–", "V_4422,\n29.07.2020.", "88", "85"],
    ["5.", "Vispārējās vidējās izglītības programma (neklātienes forma)", "31016012", "–",
     "V_4423,\n29.07.2020.", "14", "9"],
    ["", "Kopā", "", "", "", "353", "342"],
], widths=[1, 4.5, 2, 3, 2, 2.5, 2.5], size=9)

para("Piezīme: neklātienes programmā izglītojamo skaits samazinājās, jo daļa izglītojamo mācības "
     "pārtrauca vai turpina tās citā izglītības iestādē (sk. 1.2. punktu).", italic=True, size=9)

heading("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai "
        "un mācību pārtraukšanai izglītības programmā")
para("2024./2025. mācību gada laikā izglītības iestādi kopumā atstāja 14 izglītojamie, no tiem vairums – "
     "pamatizglītības posmā. Iemesli apkopoti tabulā; informācija iegūta sarunās ar vecākiem un "
     "izglītojamajiem, kā arī no VIIS datiem.")
table([
    ["Nr.", "Iemesls", "Izglītojamo\nskaits", "Piezīmes"],
    ["1.2.1.", "Dzīvesvietas maiņa", "3", "ģimenes pārcēlās uz Rīgu un Cēsīm"],
    ["", "Izbraukuši uz ārvalstīm", "2", "Vācija, Īrija; abi izglītojamie 5. klasē"],
    ["1.2.2.", "Izglītības iestādes maiņa", "7",
     "galvenie iemesli – cits vidusskolas programmas piedāvājums (inženierzinātņu novirziens) Valmierā, "
     "skola tuvāk dzīvesvietai, personiski apstākļi"],
    ["1.2.3.", "Cits iemesls:", "–", ""],
    ["", "– sasniegta pilngadība, izglītojamais uzsāka darba gaitas (neklātiene)", "1", ""],
    ["", "– ilgstošas veselības problēmas, mācības pārtrauktas līdz atveseļošanās brīdim",
     "1 (viens)", "plānots atsākt mācības 2025./2026. m.g."],
    ["", "Kopā", "14", ""],
], widths=[1.5, 7, 2, 6], size=9)
para("Secinājumi: salīdzinot ar iepriekšējo mācību gadu, izglītības iestādes maiņas gadījumu skaits ir "
     "nedaudz pieaudzis; biežākais iemesls ir vidusskolas profila izvēle. Turpināsim karjeras izglītības "
     "pasākumus 8.–9. klasēs un iepazīstināsim ar skolas vidusskolas programmas moduļiem jau 9. klasē.")

heading("1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
        "2024./2025. m.g. un 2025./2026. m.g. (nosakāmi ne mazāk kā trīs kvalitātes rādītāji)")
table([
    ["NPK", "Kvalitatīvais /\nkvantitatīvais\nindikators",
     "Noteiktais\nrezultatīvais rādītājs\nuzsākot 2024./2025. m.g.\n(pēc 2023./2024. m.g.\npašnovērtējuma\nziņojuma)",
     "noslēdzot\n2024./2025. m.g.", "2025./2026.\nm.g."],
    ["1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:"],
    ["1.1.", "Vispārējās\npamatizglītības\nprogrammā/-s", "6,4 balles vid.", "vidēji 6,5 balles", "6,5 balles"],
    ["1.2.", "Vispārējās vidējās\nizglītības programmā/-s", "6,1 balles", "6,3 balles",
     "ne zemāk kā 6,3 balles"],
    ["1.3.", "Interešu izglītības\nprogrammā/-s",
     "58% izglītojamo apmeklē interešu izglītības pulciņus", "61% (215 izglītojamie)", "vismaz 60%"],
    ["2.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās "
           "pamatizglītības programmas apguves noslēgumā 9. klasē attiecībā pret vidējiem valsts rezultātiem",
     ["LV val. 54,1% (valsts vid. 59,1%)",
      "Matem. 38,7% (valsts vid. 43,2%), nenok. 6,5%",
      "Angļu v. 61,0% (valsts vid. 63,9%)"],
     ["LV val. 52,3% (valsts vid. 58,5%)",
      "Matem. 49,6% (valsts vid. 53,8%); nenok. 3,1%",
      "Angļu v. 68,4% (valsts vid. 65,8%)"],
     "LV val. – 55%; Matem. – 52%; Angļu v. – 68%"],
    ["3. Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās izglītības programmas "
     "apguves noslēgumā attiecībā pret vidējiem valsts rezultātiem:"],
    ["3.1.", "optimālajā līmenī",
     ["Latviešu valoda – 51,8% (valstī 55%)",
      "Matemātika – 30,2% (valstī 34%), nenokārtoja 12% izglītojamo",
      "Angļu valoda – 58,9% (valstī 62%)"],
     ["Latviešu valoda – 57,4% (valstī 55,9%)",
      "Matemātika – 40,3% (valstī 43,7%), nenokārtoja 8,3% izglītojamo",
      "Angļu valoda – 63,5% (valstī 60,7%)"],
     ["Latviešu valoda 57%", "Matemātika 42%", "Angļu valoda 64%"]],
    ["3.2.", "augstākajā līmenī",
     ["Matemātika – 55,2% (valstī 59%)",
      "Angļu valoda – 70,3% (valstī 66%)",
      "Bioloģija – 49,0% (valstī 55%)",
      "Programmēšana – 57,5% (valstī 51%)"],
     ["Matemātika – 64,8% (valstī 62%)",
      "Angļu valoda – 71,2% (valsts vid. vēl nav publicēts)",
      "Bioloģija – 52,6%",
      "Programmēšana – 60,1%",
      "Vēsture – 41,0% (kārtoja 3 izglītojamie)"],
     "Matemātika – 63%; Angļu valoda – 70%; Bioloģija – 55%; Programmēšana – 60%"],
    ["4.", "Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, konkursos, "
           "sacensībās u.tml.",
     "14 godalgotas vietas novada olimpiādēs", "19 godalgotas vietas novada un reģiona olimpiādēs",
     "vismaz 15 godalgotas vietas"],
    ["5.", "Pedagogu profesionālās kompetences pilnveide", "92 % pedagogu", "95 % pedagogu", "100 %"],
    ["6. Citi kvalitātes rādītāji"],
    ["6.1.", "Latvijas skolu reitings (mazo vidusskolu grupa)", "Reitings 2024 – 87. vieta",
     "Reitings 2025 – 64. vieta", "–"],
    ["6.2.", "9. klases absolventi, kuri turpina mācības skolas 10. klasē", "18 izglītojamie",
     "palielinājās no 18 uz 21 izglītojamo", "22 izglītojamie"],
], widths=[1.2, 4, 4.2, 4.2, 3.2], size=9)

para("Valsts pārbaudes darbu rezultātu analīze apspriesta pedagoģiskās padomes sēdē 2025. gada "
     "augustā. Matemātikas rezultāti 9. klasē ievērojami uzlabojušies, tomēr joprojām ir zem valsts "
     "vidējā; latviešu valodā optimālajā līmenī skolas vidējais rezultāts pirmo reizi pārsniedz valsts "
     "vidējo. Angļu valodā augstākajā līmenī rezultāti stabili augsti.")

# ------------------------------------------------------------------ section 2
heading("2. Izglītības iestādes darbības pamatmērķi un prioritātes")
para("2.1. Izglītības iestādes misija – mūsdienīga, droša un atvērta skola, kurā katrs izglītojamais "
     "mācās atbilstoši savām spējām un kļūst par atbildīgu, radošu un pilsoniski aktīvu personību.")
para("2.2. Izglītības iestādes vīzija par izglītojamo – pašvadīts, zinātkārs un atbildīgs jaunietis, "
     "kurš spēj sadarboties, kritiski domāt un pieņemt pamatotus lēmumus savai nākotnei.")
para("2.3. Izglītības iestādes vērtības – atbildība, cieņa, sadarbība un drosme. Vērtības tiek "
     "īstenotas ikdienā: klases stundu programmā, skolēnu pašpārvaldes iniciatīvās un skolas tradīcijās "
     "(Zinību diena, Mārtiņdienas tirgus, Rūjmalas skolas salidojums).")
para("2.4. Informācija par izglītības iestādes 2024./2025. m.g. izvirzīto prioritāšu sasniegšanu:")
prio = table([
    ["Prioritāte", "Sasniedzamie rezultāti\n(kvalitatīvi un kvantitatīvi)",
     "Norāde par uzdevumu izpildi\n(Sasniegts/ daļēji sasniegts/ nav sasniegts) un komentāri"],
    ["Mācīšana un mācīšanās\nNr.1.\nPašvadītas mācīšanās prasmju attīstīšana 7.–12. klasē",
     "a) kvalitatīvi\nPedagogi mācību stundās mērķtiecīgi izmanto pašvērtēšanas un mācīšanās "
     "plānošanas rīkus; izglītojamie prot izvirzīt mācīšanās mērķi un izvērtēt savu sniegumu.",
     "Sasniegts\nIzstrādāta un visos mācību priekšmetos 7.–12. klasē ieviesta vienota pašvērtējuma "
     "lapa. Stundu vērojumos (54 vērotas stundas) 81% stundu izglītojamie formulēja savu mācīšanās "
     "mērķi. Metodiskajā padomē izvērtēti labās prakses piemēri."],
    ["",
     "b) kvantitatīvi\nVismaz 70% 7.–12. klašu izglītojamo regulāri plāno savu mācīšanos; 9. klašu "
     "valsts pārbaudes darbā matemātikā vidējais rezultāts ir vismaz 50%.",
     "Daļēji sasniegts\nPēc izglītojamo aptaujas datiem 66% izglītojamo regulāri plāno savu "
     "mācīšanos. Matemātikas eksāmenā 9. klasē sasniegti 49,6% – plānotais rādītājs gandrīz sasniegts."],
    ["Vienlīdzība un iekļaušana\nNr.2.\nAtbalsta sistēmas pilnveide izglītojamajiem ar mācīšanās grūtībām",
     "a) kvalitatīvi\nIzveidota vienota atbalsta pasākumu plānošanas un uzraudzības kārtība; "
     "atbalsta komanda (psihologs, speciālais pedagogs, logopēds, sociālais pedagogs) regulāri sadarbojas "
     "ar mācību priekšmetu skolotājiem.",
     "SASNIEGTS\nApstiprināta kārtība „Atbalsta pasākumu nodrošināšana izglītojamajiem”, atbalsta "
     "komandas sanāksmes notika reizi divās nedēļās, individuālie plāni izstrādāti 27 izglītojamajiem."],
    ["",
     "b) kvantitatīvi\n90% izglītojamo ar individuālo plānu sekmīgi apgūst mācību saturu; "
     "nepietiekamo vērtējumu skaits gada noslēgumā samazinās par 20%.",
     "sasniegts daļēji – turpināms 2025./2026. m.g.\n85% izglītojamo ar individuālo plānu mācību gadu "
     "beidza sekmīgi; nepietiekamo vērtējumu skaits samazinājās no 41 uz 35 (par 15%)."],
    ["Administratīvā efektivitāte\nNr.3.\nSkolas digitālās vides sakārtošana un datu drošība",
     "b) kvantitatīvi\n100% pedagogu izmanto vienotu mācību platformu; nomainīti 30 novecojuši datori.",
     "Sasniegts\nVisi pedagogi (100%) mācību materiālus ievieto vienotajā platformā; ar pašvaldības "
     "finansējumu iegādāti 32 portatīvie datori un 4 interaktīvie ekrāni."],
    ["",
     "a) kvalitatīvi\nIzstrādāti un ieviesti iekšējie noteikumi par personas datu aizsardzību un "
     "mākslīgā intelekta rīku lietošanu mācību procesā.",
     "Nav sasniegts (pārcelts uz nākamo gadu)\nNoteikumu projekts sagatavots, taču netika apstiprināts, "
     "jo gaidām valsts līmeņa vadlīnijas par MI rīku izmantošanu izglītībā."],
], widths=[4, 6.5, 6.5], size=9)
for r in (1, 3, 5):  # the priority cell spans its two result rows
    prio.cell(r, 0).merge(prio.cell(r + 1, 0))

para("2.5. Nākamā mācību gada prioritātes (detalizēti sk. 11. sadaļā):")
para("1. Mācīšanās rezultātu izaugsme matemātikā un dabaszinātnēs 5.–12. klasē.")
para("2. Izglītojamo labbūtība un drošas vides stiprināšana.")
para("3. Iekšējo noteikumu par digitālo rīku un MI lietošanu izstrāde un ieviešana.")

# ------------------------------------------------------------------ section 3
page_break()
heading("3. Kritēriju izvērtējums")
heading("3.1. Kritērijs „Mācīšana un mācīšanās”")
para("Stiprās puses: vadības komanda mācību gada laikā vēroja 54 mācību stundas (88% pedagogu). "
     "Vairumā stundu ir skaidri formulēts sasniedzamais rezultāts, pedagogi izmanto diferencētus "
     "uzdevumus un atgriezenisko saiti. Pašvērtējuma lapas lietojums ir kļuvis par ikdienas praksi. "
     "Valsts diagnosticējošajā darbā matemātikā 6. klasē skolas vidējais rezultāts 48,2% (valstī 51,3%), "
     "3. klasē latviešu valodā – 71,5%; šie rezultāti izmantoti darba plānošanā, taču tie nav "
     "valsts pārbaudes darbi eksāmenu izpratnē.")
para("Turpmākās attīstības vajadzības: pilnveidot uzdevumu diferenciāciju matemātikā 5.–9. klasē; "
     "stiprināt izglītojamo argumentēšanas prasmes dabaszinātnēs.")
heading("3.2. Kritērijs „Vienlīdzība un iekļaušana”")
para("Stiprās puses: skolā nav konstatēti diskriminācijas gadījumi; atbalsta komanda strādā sistēmiski, "
     "izglītojamie un vecāki zina, kur vērsties pēc palīdzības. Aptaujā 89% vecāku atzīst, ka skola "
     "izturas pret visiem izglītojamajiem vienlīdzīgi.")
para("Turpmākās attīstības vajadzības: mazināt neattaisnoto kavējumu skaitu 10.–12. klasē; turpināt "
     "KiVa programmas īstenošanu.")
heading("3.3. Kritērijs „Pieejamība”")
para("Stiprās puses: skolas ēka pielāgota cilvēkiem ar kustību traucējumiem (lifts, pandusi); "
     "izglītojamajiem pieejamas bezmaksas konsultācijas visos eksāmenu priekšmetos.")
para("Turpmākās attīstības vajadzības: palielināt speciālā pedagoga slodzi; paplašināt interešu "
     "izglītības piedāvājumu STEM jomā.")
heading("3.4. Kritērijs „Atbalsts un sadarbība”")
para("Stiprās puses: skolas padome sanāca četras reizes; vecāku dienas notika divas reizes gadā, "
     "apmeklējums – 78% ģimeņu. Turpmākās attīstības vajadzības: iesaistīt izglītojamo pašpārvaldi "
     "skolas iekšējo noteikumu pārskatīšanā.")

heading("4. Informācija par būtiskākajiem projektiem 2024./2025. mācību gadā")
table([
    ["Nr.", "Projekta nosaukums", "Īsa anotācija", "Rezultāti"],
    ["1.", "ESF+ projekts „Atbalsts izglītojamo individuālo kompetenču attīstībai” (Nr. 4.2.2.3/1/24/I/001)",
     "Individuālās konsultācijas un atbalsta pasākumi izglītojamajiem ar mācīšanās grūtībām un "
     "talantīgajiem izglītojamajiem.",
     "Konsultācijas saņēma 46 izglītojamie; organizētas 2 mācību ekskursijas uz Ventspils Augsto "
     "tehnoloģiju parku."],
    ["2.", "Erasmus+ KA122 „Green Schools Together”",
     "Izglītojamo un pedagogu mobilitātes ar partnerskolām Polijā un Portugālē.",
     "Mobilitātēs piedalījās 12 izglītojamie un 4 pedagogi; izveidots skolas kompostēšanas laukums."],
    ["3.", "„Latvijas skolas soma”", "Kultūrizglītības pasākumi visām klašu grupām.",
     "Notika 23 pasākumi, katrs skolēns apmeklēja vismaz 2."],
], widths=[1, 5, 5.5, 5.5], size=9)

heading("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
para("5.1. Sadarbības līgums ar Vidzemes Augstskolu par pedagoģisko praksi (noslēgts 02.09.2024.).")
para("5.2. Sadarbības līgums ar Valmieras tehnikumu par karjeras izglītības pasākumiem.")
para("5.3. Līgums ar biedrību „Rūjmalas sporta klubs” par sporta zāles koplietošanu.")

heading("6. Audzināšanas darba prioritāro virzienu izvērtējums un secinājumi")
para("Audzināšanas darba prioritāte – izglītojamo atbildīga rīcība digitālajā vidē un pilsoniskā "
     "līdzdalība. Klases stundās īstenota tēma „Drošs internets”, 7.–12. klašu izglītojamie piedalījās "
     "diskusijās ar Valsts policijas pārstāvjiem. Skolēnu pašpārvalde organizēja 9 pasākumus, t.sk. "
     "labdarības akciju dzīvnieku patversmei. Secinājums: jāturpina darbs ar vecākiem par bērnu ekrānlaiku.")

heading("7. Citi sasniegumi un izglītības iestādei būtiska informācija")
para("1. Valsts bioloģijas olimpiādē 11. klases izglītojamajai atzinība.")
para("2. Skolas koris piedalījās XIII Latvijas Skolu jaunatnes dziesmu un deju svētkos.")
para("3. 12. klases absolventi: 71% turpina studijas augstākās izglītības iestādēs, 17% – profesionālajā "
     "izglītībā.")
para("8. Informācija par izglītības iestādes akreditācijā vai vadītāja novērtēšanā norādīto uzdevumu "
     "izpildi – uzdevumi izpildīti (sk. 2.4.).")
para("9. Informācija par IKVD apmeklējumā noteikto uzdevumu ieviešanu – nav attiecināms.")
para("10. Izglītības iestādes padomes ieteikumi: turpināt iegādāties skapīšus izglītojamajiem; "
     "pagarināt bibliotēkas darba laiku.")

heading("11. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti 2025./2026. "
        "un 2026./2027. mācību gadā")
table([
    ["Prioritāte", "Sasniedzamie rezultāti kvalitatīvi un kvantitatīvi"],
    ["Kritērijs „Kompetences un sasniegumi”\nNr.1.\nMācīšanās rezultātu izaugsme matemātikā un "
     "dabaszinātnēs 5.–12. klasē",
     "a) kvalitatīvi\nPedagogi izmanto vienotu uzdevumu diferenciācijas sistēmu; izglītojamie saņem "
     "regulāru atgriezenisko saiti.\nb) kvantitatīvi\nValsts pārbaudes darbā matemātikā 9. klasē "
     "vidējais rezultāts vismaz 52%; optimālajā līmenī – vismaz 42%."],
    ["Kritērijs „Drošība un psiholoģiskā labklājība”\nNr.2.\nIzglītojamo labbūtība un drošas vides "
     "stiprināšana",
     "a) kvalitatīvi\nIzglītojamie zina, kā rīkoties emocionālas vardarbības gadījumā.\nb) kvantitatīvi\n"
     "Vismaz 85% izglītojamo aptaujā atzīst, ka jūtas skolā droši."],
    ["Kritērijs „Administratīvā efektivitāte”\nNr.3.\nIekšējo noteikumu par digitālo rīku un MI "
     "lietošanu izstrāde un ieviešana",
     "a) kvalitatīvi\nApstiprināti iekšējie noteikumi.\nb) kvantitatīvi\n100% pedagogu iepazīstināti "
     "ar noteikumiem."],
], widths=[6, 11], size=9)

para()
para("Izglītības iestādes vadītājs: direktors Aivars Krūmiņš  /paraksts/")
para("Rūjmalā, 2025. gada 19. septembrī")
para()
para("SASKAŅOTS:")
para("Valmieras novada Izglītības pārvaldes vadītāja Inga Bērziņa")
para("/paraksts/")
para("DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU", size=8)

OUT.parent.mkdir(parents=True, exist_ok=True)
doc.save(OUT)
print("wrote", OUT)
