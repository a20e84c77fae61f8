#!/usr/bin/env python3
"""Generate liepajas-dzintarkrasta-vidusskola_2023-2024.docx (invented school, 2023/24 template).

Run: /work/blind/.venv-h8A/bin/python make_report.py  (writes ../reports/)
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent.parent / "reports" / "liepajas-dzintarkrasta-vidusskola_2023-2024.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(12)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)
sec.top_margin = sec.bottom_margin = Cm(2)


def page_number_footer(section):
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


page_number_footer(sec)


def para(text, bold=False, italic=False, align=None, size=None, space_after=4):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(space_after)
    return p


def labelled(label, text):
    p = doc.add_paragraph()
    p.add_run(label + " ").bold = True
    p.add_run(text)
    p.paragraph_format.space_after = Pt(3)
    return p


def bullet(text):
    p = doc.add_paragraph(text, style="List Bullet")
    p.paragraph_format.space_after = Pt(2)
    return p


def heading(text, size=13):
    p = para(text, bold=True, size=size, space_after=6)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    return p


def cell_lines(cell, lines, bold=False, size=10):
    cell.text = ""
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(1)


# ---------------------------------------------------------------- cover
para("SASKAŅOTS", bold=True, align="r")
para("Liepājas valstspilsētas pašvaldības", align="r", space_after=0)
para("Izglītības pārvaldes vadītāja", align="r", space_after=0)
para("/paraksts/ Inese Kalniņa", align="r", space_after=0)
para("2024. gada 27. septembrī", align="r", space_after=30)

para("LIEPĀJAS DZINTARKRASTA VIDUSSKOLA", bold=True, align="c", size=14, space_after=2)
para("Jūrmalas iela 17, Liepāja, LV-3401, tālr. 63420117, e-pasts: dzintarkrasts@liepaja.edu.lv",
     align="c", size=10, space_after=24)
para("Liepājas Dzintarkrasta vidusskolas pašnovērtējuma ziņojums", bold=True, align="c", size=16,
     space_after=2)
para("(publiskojamā daļa)", align="c", space_after=2)
para("par 2023./2024. mācību gadu", align="c", space_after=24)

para("Liepājas Dzintarkrasta vidusskola ir Liepājas valstspilsētas pašvaldības dibināta vispārējās "
     "izglītības iestāde, kas kopš 1963. gada darbojas Dienvidrietumu mikrorajonā un īsteno "
     "pamatizglītības un vispārējās vidējās izglītības programmas 1.–12. klasē. 2023./2024. mācību "
     "gadā skolā mācījās 33 klašu komplekti, strādāja 71 pedagogs un 9 atbalsta personāla "
     "speciālisti.", align="j")
para("Ziņojums izskatīts pedagoģiskās padomes sēdē 2024. gada 29. augustā (protokols Nr. 5) un "
     "skolas padomes sēdē 2024. gada 10. septembrī.", italic=True, align="j")
doc.add_page_break()

# ---------------------------------------------------------------- 1
heading("1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi un to "
        "sasniegšanas izvērtējums", 14)
heading("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2023./2024. mācību gadā", 12)

hdr = ["Nr.\np.k.", "Izglītības programmas\nnosaukums", "Kods", "Licence\n(Nr., datums)",
       "Īstenošanas vietas adrese\n(ja atšķiras no juridiskās adreses)",
       "Izglītojamo skaits,\nuzsākot 2023./2024.\nm.g. (01.09.2023.)",
       "Izglītojamo skaits,\nnoslēdzot 2023./2024.\nm.g. (31.05.2024.)"]
rows = [
    ["1.", "Pamatizglītības programma", "21011111", "V-10234,\n13.08.2020.", "–", "498", "491"],
    ["2.", "Pamatizglītības mazākumtautību programma", "21011121", "V-10235,\n13.08.2020.", "–", "57", "55"],
    ["3.", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem", "21015611",
     "V-10236,\n13.08.2020.", "Kuršu iela 4, Liepāja, LV-3401", "36", "39"],
    ["4.", "Vispārējās vidējās izglītības programma", "3101 60 11", "VV-4512,\n22.06.2021.", "–", "176", "168"],
    ["", "Kopā", "", "", "", "767", "753"],
]
t = doc.add_table(rows=1, cols=len(hdr))
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, hdr):
    cell_lines(c, h.split("\n"), bold=True, size=9)
for r in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, r):
        cell_lines(c, v.split("\n"), bold=(r[1] == "Kopā"), size=10)
widths = [Cm(1.0), Cm(4.6), Cm(2.0), Cm(2.3), Cm(3.2), Cm(2.5), Cm(2.5)]
for row in t.rows:
    for c, w in zip(row.cells, widths):
        c.width = w

heading("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai "
        "un mācību pārtraukšanai", 12)
para("2023./2024. mācību gada laikā skolu atstāja vai mācības pārtrauca 25 izglītojamie. Apkopojot klašu "
     "audzinātāju, sociālā pedagoga un vecāku sniegto informāciju, iemesli ir šādi:", align="j")
bullet("dzīvesvietas maiņa – 8 izglītojamie (ģimenes pārcēlās uz Rīgu, Grobiņu un Nīcu), uz ārvalstīm "
       "izbrauca 3 izglītojamie (Norvēģija, Vācija);")
bullet("izglītības iestādes maiņa – septiņi izglītojamie; galvenie iemesli – vēlme mācīties skolā ar sporta "
       "vai mūzikas novirzienu un tuvāk dzīvesvietai;")
bullet("cits iemesls – 10. un 11. klasē mācības pārtrauca 4 izglītojamie, lai turpinātu izglītību "
       "profesionālās izglītības iestādē (Liepājas Valsts tehnikums), 2 izglītojamie uzsāka darba gaitas, "
       "1 izglītojamais – ilgstošu veselības problēmu dēļ (mācības turpina ģimenē).")
para("Secinājums: salīdzinājumā ar 2022./2023. mācību gadu izglītojamo aizplūšana ir nedaudz samazinājusies; "
     "skola turpinās individuālas sarunas ar vecākiem pirms lēmuma par iestādes maiņu.", align="j")

heading("1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
        "2023./2024. m.g. un 2024./2025. m.g.", 12)

ih = ["Nr.", "Kvalitātes rādītājs", "Noteiktais rādītājs, uzsākot\n2023./2024. m.g.\n(pēc 2022./2023. m.g.\n"
      "pašnovērtējuma ziņojuma)", "Sasniegtais,\nnoslēdzot\n2023./2024. m.g.", "Mērķis\n2024./2025. m.g."]
irows = [
    ["1.", "Izglītojamo mācību sasniegumi mācību gada noslēgumā:", "", "", ""],
    ["1.1.", "Vispārējās pamatizglītības programmās (vidējais vērtējums)", "6,4 balles", "6,52 balles", "6,6 balles"],
    ["1.2.", "Vispārējās vidējās izglītības programmā (vidējais vērtējums)", "6,1 balle", "6,25 balles", "6,3 balles"],
    ["1.3.", "Izglītojamo īpatsvars, kuriem gadā ir nepietiekams vērtējums kaut vienā mācību priekšmetā",
     "4,2%", "3,1 %", "ne vairāk kā 2,5%"],
    ["2.", "Valsts pārbaudes darbi 9. klasē (vidējais rezultāts % pret valsts vidējo)",
     "Latviešu valoda – 61,3% (valstī 58%)\nMatemātika – 47,8% (valstī 50,5%), nenokārtoja 6,7% skolēnu\n"
     "Angļu valoda – 70,2% (valstī 66,1%)",
     "Latviešu valoda – 60,4% (valstī 59,1%)\nMatemātika – 41,9% (valstī 43,2%), nenokārtoja 9,5% skolēnu\n"
     "Angļu valoda – 68,8% (valstī 63,9%)",
     "Latviešu valoda – 62%\nMatemātika – 45%\nAngļu valoda – 70%"],
    ["3.", "Centralizētie eksāmeni vispārējās vidējās izglītības programmas noslēgumā:", "", "", ""],
    ["3.1.", "optimālajā līmenī",
     "Latviešu valoda – 57,2% (valstī 54%)\nMatemātika – 33,1% (valstī 35%), nenokārtoja 11% skolēnu\n"
     "Angļu valoda – 66,5% (valstī 63%)",
     "Latviešu valoda – 58,9% (valstī 55%)\nMatemātika – 36,4% (valstī 34%), nenokārtoja 8,3% skolēnu\n"
     "Angļu valoda – 64,0% (valstī 62%)\nVācu valoda – 49,5% (valstī 54%)",
     "Latviešu valoda – 60%\nMatemātika – 38%\nAngļu valoda – 65%"],
    ["3.2.", "augstākajā līmenī",
     "Latviešu valoda – 52,4% (valstī 56%)\nMatemātika – 58,7% (valstī 60%)\nAngļu valoda – 71,3% (valstī 65%)\n"
     "Ķīmija – 49%",
     "Latviešu valoda – 54,1% (valstī 55%)\nMatemātika – 61,2% (valstī 59%)\nAngļu valoda – 69,5% (valstī 66%)\n"
     "Bioloģija – 58,3% (valstī 55%)\nProgrammēšana – 55,7% (valstī 51%)\n"
     "Fizika – 44,6%, nenokārtoja 12,5% skolēnu\nĶīmija – eksāmenu nekārtoja neviens izglītojamais",
     "Matemātika – 60%\nAngļu valoda – 70%\nBioloģija – 58%"],
    ["4.", "Izglītojamo sasniegumi olimpiādēs un konkursos",
     "14 izglītojamie ieguva godalgotas vietas novada un valsts olimpiādēs",
     "no 14 uz 19 izglītojamajiem ar godalgotām vietām", "vismaz 20 izglītojamie"],
    ["5.", "Latvijas skolu reitings (vidusskolu grupā)", "2023 – 57. vieta", "2024 – 49. vieta",
     "ne zemāk par 45. vietu"],
    ["6.", "Pedagogu profesionālā pilnveide (pedagogu īpatsvars, kas apguvuši vismaz 12 stundu kursus)",
     "68%", "vidēji 81 % pedagogu", "85%"],
    ["7.", "Neattaisnoti kavējumi (stundas uz vienu izglītojamo gadā)", "–", "vidēji 9,4 stundas",
     "ne vairāk kā 8 stundas"],
]
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ih):
    cell_lines(c, h.split("\n"), bold=True, size=9)
for r in irows:
    cells = t.add_row().cells
    group = r[2] == "" and r[3] == ""
    if group:
        m = cells[1].merge(cells[4])
        cell_lines(cells[0], [r[0]], bold=True)
        cell_lines(m, [r[1]], bold=True)
    else:
        for c, v in zip(cells, r):
            cell_lines(c, v.split("\n"))
widths = [Cm(1.1), Cm(4.4), Cm(4.1), Cm(4.1), Cm(3.4)]
for row in t.rows:
    for c, w in zip(row.cells, widths):
        c.width = w
para("Piezīme: 2. un 3. rindā norādīts izglītojamo vidējais rezultāts procentos; valsts vidējie rādītāji "
     "pēc VISC publicētajiem datiem.", italic=True, size=10)

# ---------------------------------------------------------------- 2
heading("2. Izglītības iestādes darbības pamatmērķi un prioritātes", 14)
labelled("2.1. Misija –", "mūsdienīga, droša un atvērta skola, kurā ikviens izglītojamais mācās atbildīgi "
         "rīkoties, sadarboties un sasniegt savam potenciālam atbilstošus rezultātus.")
labelled("2.2. Vīzija par izglītojamo –", "zinātkārs, patstāvīgs un pašapzinīgs jaunietis, kurš lepojas ar "
         "savu pilsētu un valsti, prot mācīties visa mūža garumā un izmanto iegūtās zināšanas dzīvē.")
labelled("2.3. Vērtības:", "")
for v in ("Atbildība – par savu darbu, mācībām un izvēlēm;", "Cieņa – pret sevi, citiem un apkārtējo vidi;",
          "Sadarbība – skolēns, vecāks, pedagogs un sabiedrība kopā;",
          "Izaugsme – ik dienu mazliet labāk nekā vakar."):
    bullet(v)

heading("2.4. 2023./2024. mācību gada prioritātes un to īstenošana", 12)


def prio_head(text, area):
    p = para(text, bold=True, space_after=2)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True
    labelled("Joma:", area)


def sub(text):
    p = para(text, bold=True, italic=True, space_after=2)
    p.paragraph_format.keep_with_next = True


prio_head("1. prioritāte. Formatīvās vērtēšanas un atgriezeniskās saites kvalitātes pilnveide mācību stundās",
          "Mācīšana un mācīšanās")
sub("a) kvalitatīvi")
labelled("Sasniedzamie rezultāti:", "pedagogi regulāri izmanto vienotus formatīvās vērtēšanas paņēmienus; "
         "izglītojamie prot izvērtēt savu sniegumu pēc iepriekš zināmiem kritērijiem.")
labelled("Rezultāts:", "mācību gada laikā metodiskajās komisijās notika 4 tematiskas sanāksmes par "
         "atgriezenisko saiti; izstrādāti un skolvadības sistēmā ievietoti vienoti snieguma līmeņu apraksti "
         "visos mācību priekšmetos 4.–12. klasē. Administrācijas vērotajās stundās izglītojamie biežāk "
         "izmantoja pašvērtējuma lapas un savstarpējo vērtēšanu.")
labelled("Vērtējums:", "Sasniegts")
sub("b) kvantitatīvi")
labelled("Sasniedzamie rezultāti:", "vismaz 80% vēroto stundu ir skaidri formulēti sasniedzamie rezultāti un "
         "vērtēšanas kritēriji; 9. klases matemātikas eksāmenā vidējais rezultāts ir vismaz 50%.")
labelled("Rezultāts:", "vērotas 112 mācību stundas, no tām 86 stundās (77%) sasniedzamie rezultāti un "
         "kritēriji bija skaidri formulēti un izglītojamajiem saprotami. Matemātikas eksāmena 9. klasē "
         "rezultāts izvirzīto mērķi nesasniedza (sk. 1.3. tabulas 2. rindu).")
labelled("Vērtējums:", "daļēji sasniegts")

prio_head("2. prioritāte. Atbalsta sistēmas pilnveide izglītojamajiem ar mācīšanās grūtībām",
          "Vienlīdzība un iekļaušana")
sub("b) kvantitatīvi")
labelled("Sasniedzamie rezultāti:", "ne mazāk kā 90% izglītojamo ar atbalsta pasākumu plānu saņem regulāras "
         "konsultācijas; vismaz 2 atbalsta komandas sanāksmes mēnesī.")
labelled("Rezultāts:", "no 64 izglītojamajiem ar atbalsta pasākumiem regulāras konsultācijas saņēma 60 (94%); "
         "notikušas 23 atbalsta komandas sanāksmes.")
labelled("Vērtējums:", "SASNIEGTS")
sub("a) kvalitatīvi")
labelled("Sasniedzamie rezultāti:", "izveidota vienota kārtība atbalsta pasākumu plānošanai un izvērtēšanai; "
         "pedagogi izmanto diferencētus mācību materiālus.")
labelled("Rezultāts:", "kārtība izstrādāta un apstiprināta 2024. gada janvārī, taču diferencētu materiālu "
         "izmantošana stundās vēl nav sistemātiska – to apliecina vērošanas protokoli un pedagogu "
         "pašvērtējumi.")
labelled("Vērtējums:", "Sasniegts daļēji, darbs turpināsies 2024./2025. m.g.")

prio_head("3. prioritāte. Skolas kopienas iesaiste lēmumu pieņemšanā", "Labā pārvaldība")
sub("a) kvalitatīvi")
labelled("Sasniedzamie rezultāti:", "skolas padome un izglītojamo pašpārvalde regulāri piedalās skolas "
         "attīstības jautājumu apspriešanā; izveidota vecāku forumu tradīcija.")
labelled("Rezultāts:", "skolas padomes darbs atsākās tikai 2024. gada aprīlī pēc jauna sastāva ievēlēšanas; "
         "vecāku forums notika vienu reizi.")
labelled("Vērtējums:", "nav sasniegts")
sub("b) kvantitatīvi")
labelled("Sasniedzamie rezultāti:", "vismaz 60% vecāku atbild uz skolas aptaujām; 4 skolas padomes sēdes "
         "gadā.")
labelled("Rezultāts:", "aptaujā piedalījās 47% vecāku; notikušas 2 skolas padomes sēdes.")
labelled("Vērtējums:", "Daļēji sasniegts")

heading("2.5. Prioritātes 2024./2025. mācību gadam", 12)
prio_head("1. prioritāte. Lasītprasmes un matemātiskās pratības stiprināšana 1.–9. klasē",
          "Kompetences un sasniegumi")
labelled("Sasniedzamie rezultāti:", "a) kvalitatīvi – visos mācību priekšmetos mērķtiecīgi tiek attīstīta "
         "teksta izpratne; b) kvantitatīvi – 9. klases matemātikas eksāmena vidējais rezultāts ir vismaz 45%, "
         "latviešu valodā – vismaz 62%.")
prio_head("2. prioritāte. Diferencēta mācīšana un atbalsts katram izglītojamajam", "Vienlīdzība un iekļaušana")
labelled("Sasniedzamie rezultāti:", "a) kvalitatīvi – diferencēti mācību materiāli tiek izmantoti "
         "sistemātiski; b) kvantitatīvi – vismaz 70% vēroto stundu tiek nodrošināta diferenciācija.")

# ---------------------------------------------------------------- 3
heading("3. Kritēriju izvērtējums", 14)
crit = [
    ("3.1. Kompetences un sasniegumi",
     ["Izglītojamo vidējie vērtējumi gan pamatizglītības, gan vidējās izglītības posmā ir pieauguši "
      "(sk. 1.3. tabulu).",
      "Valsts diagnosticējošajā darbā matemātikā 6. klasē vidējais rezultāts bija 58,4% (valstī 55,1%), "
      "kas liecina par stabilu pamatu turpmākajām klasēm.",
      "Angļu valodas eksāmenos rezultāti pārsniedz valsts vidējos rādītājus visos līmeņos."],
     ["Matemātikas rezultātu uzlabošana 9. klasē un optimālajā līmenī.",
      "Vidusskolēnu mērķtiecīgāka gatavošanās augstākā līmeņa eksāmeniem dabaszinātnēs."]),
    ("3.2. Vienlīdzība un iekļaušana",
     ["Darbojas atbalsta komanda (psihologs, logopēds, speciālais pedagogs, sociālais pedagogs, 2 pedagoga "
      "palīgi).",
      "Izglītojamie un vecāki aptaujās augstu vērtē drošību skolā (89% izglītojamo jūtas droši)."],
     ["Diferencētu uzdevumu sistemātiska izmantošana visos mācību priekšmetos.",
      "Pedagogu izpratnes padziļināšana par darbu ar izglītojamajiem, kuriem latviešu valoda nav dzimtā "
      "valoda."]),
    ("3.3. Labā pārvaldība",
     ["Skolas vadības komanda regulāri analizē mācību sasniegumu datus un pieņem uz datiem balstītus "
      "lēmumus.",
      "Pedagogi aktīvi dalās pieredzē: 2023./2024. m.g. novadītas 27 atklātās stundas."],
     ["Skolas padomes un izglītojamo pašpārvaldes lomas stiprināšana.",
      "Iekšējās komunikācijas kārtības aktualizēšana."]),
]
for title, strong, needs in crit:
    heading(title, 12)
    para("Stiprās puses:", bold=True, space_after=2)
    for s in strong:
        bullet(s)
    para("Turpmākās attīstības vajadzības:", bold=True, space_after=2)
    for s in needs:
        bullet(s)

# ---------------------------------------------------------------- 4-6
heading("4. Informācija par institucionālajiem projektiem", 14)
para("4.1. Erasmus+ KA1 akreditētais projekts Nr. 2023-1-LV01-KA121-SCH-000154312 „Zaļā skola – zaļa "
     "domāšana”. Projekta gaitā 12 pedagogi piedalījās darba ēnošanā Somijā un Itālijā, 18 izglītojamie – "
     "grupu mobilitātē Spānijā. Rezultātā izveidots skolas vides rīcības plāns un atkritumu šķirošanas "
     "sistēma visos stāvos.", align="j")
para("4.2. ESF+ projekts Nr. 4.2.2.3/1/24/I/001 „Pumpurs” – individuālais atbalsts 31 izglītojamajam "
     "ar mācīšanās grūtībām vai priekšlaicīgas mācību pārtraukšanas risku; 27 no viņiem mācību gadu "
     "noslēdza bez nepietiekamiem vērtējumiem.", align="j")
para("4.3. Kultūrizglītības programma „Latvijas skolas soma” – 64 pasākumi visās klašu grupās, "
     "lielākā daļa saistīti ar literatūras, vēstures un sociālo zinību saturu.", align="j")

heading("5. Informācija par institucionālajiem sadarbības līgumiem", 14)
for s in ("Liepājas Universitāte – sadarbības līgums par studentu pedagoģisko praksi un kopīgiem "
          "pētnieciskiem darbiem (noslēgts 2022. gadā, termiņš – 2027. gads);",
          "Liepājas Valsts tehnikums – karjeras izglītības pasākumi 8.–9. klašu izglītojamajiem;",
          "SIA „Baltic Amber Tech” – mācību ekskursijas un prakses iespējas programmēšanas kursa "
          "izglītojamajiem;",
          "Biedrība „Dzintarkrasta vecāki” – atbalsts skolas pasākumu organizēšanā."):
    bullet(s)

heading("6. Cita informācija", 14)
para("Skolas koris „Krasta balss” Latvijas skolu jaunatnes dziesmu un deju svētku atlases skatē ieguva "
     "I pakāpes diplomu. Skolas basketbola komanda (zēni, 2008.–2009. g. dz.) Kurzemes reģiona sacensībās "
     "izcīnīja 2. vietu. 2024. gada pavasarī pabeigta sporta zāles ģērbtuvju atjaunošana (pašvaldības "
     "finansējums 86 400 EUR).", align="j")
para("Eksāmenu rezultātu izvērtējums: 9. klases un centralizēto eksāmenu rezultāti apkopoti 1.3. "
     "tabulā. Pozitīvi vērtējams, ka augstākā līmeņa eksāmenos matemātikā un angļu valodā skolas rezultāti "
     "ir virs valsts vidējā; zemāki par valsts vidējo ir rezultāti matemātikā 9. klasē un vācu valodā.",
     align="j")

heading("7. Turpmākās attīstības prioritātes 2025.–2027. gadam", 14)
for s in ("Mācību sasniegumu paaugstināšana matemātikā un dabaszinātnēs.",
          "Iekļaujošas izglītības un individualizēta atbalsta pilnveide.",
          "Skolas kopienas līdzdalības stiprināšana lēmumu pieņemšanā.",
          "Digitālās vides un mācību resursu modernizācija."):
    bullet(s)

para("", space_after=18)
para("Liepājas Dzintarkrasta vidusskolas direktore                /paraksts/                Laila Ozoliņa")
para("Sagatavoja: direktores vietniece izglītības jomā Dace Bērziņa, tālr. 63420119", italic=True, size=10)

OUT.parent.mkdir(parents=True, exist_ok=True)
doc.save(OUT)
print(OUT)
