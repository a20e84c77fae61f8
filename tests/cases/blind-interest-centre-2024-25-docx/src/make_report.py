# Generates ../reports/rusinu-bjc-dzirkstele_2024-2025.docx with python-docx.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = sys.argv[1] if len(sys.argv) > 1 else "../reports/rusinu-bjc-dzirkstele_2024-2025.docx"
d = Document()
d.styles["Normal"].font.name = "Arial"
d.styles["Normal"].font.size = Pt(10)
for s in d.sections:
    s.footer.paragraphs[0].text = "BJC „Dzirkstele” pašnovērtējuma ziņojums, 2024./2025. m.g."


def para(text, bold=False, center=False, size=None, right=False):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right: p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def table(rows, header_rows=1):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
            if i < header_rows:
                for r in t.cell(i, j).paragraphs[0].runs: r.bold = True
    d.add_paragraph()
    return t


para("APSTIPRINĀTS", bold=True, right=True)
para("ar BJC „Dzirkstele” direktora", right=True)
para("2025. gada 12. septembra rīkojumu Nr. 1-8/41", right=True)
para("SASKAŅOTS", bold=True)
para("Rūsiņu novada domes izglītības nodaļas vadītājs")
para("/paraksts/ A. Bērziņš")
para("")
para("Rūsiņu novada Bērnu un jauniešu centra „Dzirkstele”", bold=True, center=True, size=14)
para("PAŠNOVĒRTĒJUMA ZIŅOJUMS", bold=True, center=True, size=14)
para("(publiskojamā daļa) par 2024./2025. mācību gadu", center=True, size=12)
para("")
para("Rūsiņu novada Bērnu un jauniešu centrs „Dzirkstele” (turpmāk – Centrs) ir Rūsiņu novada pašvaldības "
     "dibināta interešu izglītības iestāde, kas kopš 1962. gada piedāvā bērniem un jauniešiem interešu "
     "izglītības programmas kultūrizglītībā, tehniskajā jaunradē, sportā un pilsoniskajā audzināšanā. "
     "Centra juridiskā adrese: Dzirnavu iela 14, Rūsiņi, LV-4712. Nodarbības notiek arī 6 novada skolās.")
para("Misija: radīt iespējas katram bērnam un jaunietim atklāt savus talantus jēgpilnā brīvajā laikā.")
para("Vīzija: atvērts, mūsdienīgs interešu izglītības centrs, kurā mācās ar prieku un atgriežas labprāt.")
para("Vērtības: radošums, piederība, cieņa, atbildība.")

para("1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi un to sasniegšanas izvērtējums", bold=True, size=11)
para("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025. mācību gadā", bold=True)
table([
    ["Nr.", "Interešu izglītības\njoma / programmas", "Progr.\nskaits", "Īstenošanas vietas adrese\n(ja atšķiras no juridiskās\nadreses)", "Audzēkņu skaits\n01.10.2024.", "Audzēkņu skaits\n31.05.2025."],
    ["1.", "Kultūrizglītība (vokālā mūzika, instrumentālā mūzika, tautas dejas, teātris)", "14", "Skolas iela 2, Rūsiņi; Ezera iela 5, Liepkalne", "612", "598"],
    ["2.", "Vizuālā un vizuāli plastiskā māksla (keramika, tekstilmāksla, zīmēšana)", "6", "–", "187", "193"],
    ["3.", "Tehniskā jaunrade un STEM (robotika, modelisms, 3D dizains, programmēšana)", "7", "Skolas iela 2, Rūsiņi", "164", "171"],
    ["4.", "Sports (galda teniss, šahs, orientēšanās)", "4", "Sporta iela 1, Rūsiņi", "98", "87"],
    ["5.", "Vides izglītība un jaunatnes pilsoniskā līdzdalība (jaunsargi, mazpulki, skolēnu pašpārvalde)", "5", "–", "141", "152"],
    ["", "KOPĀ", "36", "", "1202", "1201"],
])
para("Piezīme: izglītojamo skaitā ieskaitīti audzēkņi, kuri apmeklē vairākas programmas (katrā programmā atsevišķi).")

para("1.2. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi 2024./2025. m.g. un 2025./2026. m.g.", bold=True)
table([
    ["Nr.\np.k.", "Kvalitatīvais / kvantitatīvais\nrādītājs", "Noteiktais rezultatīvais\nrādītājs, uzsākot\n2024./2025. m.g.\n(pēc 2023./2024. m.g.\npašnovērtējuma)", "Sasniegtais,\nnoslēdzot\n2024./2025. m.g.", "Plānotais\n2025./2026. m.g."],
    ["1.", "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:", "", "", ""],
    ["1.1.", "Interešu izglītības programmā/-s (audzēkņu skaits)", "1150", "1201", "1220"],
    ["1.2.", "Audzēkņu noturība (audzēkņi, kuri turpina programmas apguvi otro un nākamo gadu)", "70 %", "vidēji 74 %", "75 %"],
    ["2.", "Darbs ar talantīgajiem izglītojamiem: audzēkņi – valsts un starptautisko konkursu laureāti", "no 10 uz 12 izglītojamajiem", "15 izglītojamie", "vismaz 15"],
    ["3.", "Tautas deju kolektīva „Dzirkstelīte” vieta Latvijas skolu jaunatnes deju kolektīvu skatē (Latgales reģions)", "5. vieta", "3. vieta", "ne zemāk par 3. vietu"],
    ["4.", "Pedagogu profesionālās kompetences pilnveide (pedagogi, kuri apguvuši vismaz 12 h kursus)", "85%", "92%", "100%"],
    ["5.", "Koncertu, izstāžu un pasākumu skaits novada kopienai", "40 pasākumi", "47 pasākumi", "Nav attiecināms"],
    ["6.", "Citi kvalitātes rādītāji", "Izveidot jaunu programmu „Dronu pilotēšana”.", "Programma licencēta un uzsākta janvārī (11 audzēkņi).", "Programmu piedāvāt arī Liepkalnes pamatskolā."],
])

para("2. Informācija par izglītības iestādes 2024./2025. mācību gadā izvirzīto prioritāšu sasniegšanu", bold=True, size=11)
prios = [
    ("1", "Kompetences un sasniegumi", "Gatavošanās XIII Latvijas skolu jaunatnes dziesmu un deju svētkiem",
     "Visi svētku kustībā iesaistītie kolektīvi sekmīgi piedalās atlases skatēs un svētkos.",
     "Sasniegts – 9 kolektīvi no 9 piedalījās svētkos Rīgā, 3 kolektīvi ieguva augstāko pakāpi skatē.",
     "Kolektīvos ir stabils dalībnieku skaits; pedagogi dalās pieredzē ar novada skolām.",
     "Sasniegts. Noturēts dalībnieku skaits, notika 4 pieredzes apmaiņas semināri."),
    ("2", "Pieejamība", "Interešu izglītības pieejamība novada lauku teritorijās",
     "Vismaz 3 jaunas programmas grupas atvērtas pagastu skolās; izveidots pārvadājumu grafiks.",
     "DAĻĒJI SASNIEGTS (atvērtas 2 grupas; pārvadājumi nodrošināti tikai Liepkalnes virzienā).",
     "Lauku teritoriju bērni un vecāki ir informēti par piedāvājumu un izmanto to.",
     "Daļēji sasniegts, jo informācija vecākiem tika nodota tikai caur skolām, aptaujā 41% vecāku atzina, ka par piedāvājumu nezina."),
    ("3", "Drošība un psiholoģiskā labklājība", "Vienotas audzēkņu uzvedības un drošības kārtības ieviešana",
     "Visos kolektīvos iepazīstināts ar jaunajiem iekšējās kārtības noteikumiem; reģistrēti ne vairāk kā 5 incidenti gadā.",
     "nav sasniegts: reģistrēti 9 incidenti, noteikumi apstiprināti tikai 2025. gada martā.",
     "Audzēkņi jūtas droši Centrā un nodarbību vietās.",
     "Sasniegts – audzēkņu aptaujā 93% atbildēja, ka jūtas droši."),
]
for no, area, title, qn_, qn_st, ql, ql_st in prios:
    para(f"2.{no}. prioritāte", bold=True)
    table([
        ["Joma", "Prioritāte", "Plānotie rezultāti", "Statuss un komentārs (kā to ir izdevies īstenot, kādi dati to apliecina)"],
        [area, title, "b) kvantitatīvi: " + qn_, qn_st],
        ["", "", "a) kvalitatīvi: " + ql, ql_st],
    ])

para("3. Kritēriju izvērtējums", bold=True, size=11)
para("3.1. Kritērijs „Kompetences un sasniegumi”. Stiprās puses: audzēkņu augstie sasniegumi konkursos un skatēs. "
     "Attīstības vajadzības: veicināt STEM programmu audzēkņu dalību starptautiskos konkursos.")
para("3.2. Kritērijs „Pieejamība”. Stiprās puses: bezmaksas programmas, nodarbības 6 skolās. Attīstības "
     "vajadzības: informēt vecākus tieši, ne tikai caur skolām.")
para("3.3. Kritērijs „Drošība un psiholoģiskā labklājība”. Stiprās puses: labvēlīgs mikroklimats kolektīvos. "
     "Attīstības vajadzības: noteikumu ievērošanas uzraudzība izbraukuma pasākumos.")

para("4. Informācija par lielākajiem īstenotajiem projektiem 2024./2025. mācību gadā", bold=True, size=11)
para("4.1. Latvijas valsts mežu projekts „Mammadaba meistarklase” – 3 nodarbību cikls vides izglītības pulciņam.")
para("4.2. Valsts kultūrkapitāla fonda mērķprogramma – finansējums tautas tērpu iegādei (4800 EUR).")
para("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi", bold=True, size=11)
para("5.1. Rūsiņu novada skolas (6 līgumi par telpu izmantošanu). 5.2. Jaunsardzes centrs – līgums par jaunsargu nodarbībām.")
para("6. Citi sasniegumi", bold=True, size=11)
para("Robotikas pulciņa komanda ieguva 2. vietu First Lego League Latvijas posmā; keramikas studijas izstāde "
     "Rēzeknes galerijā apmeklēta 1600 reizes.")

para("11. Izglītības iestādes darba prioritātes 2025./2026. mācību gadam", bold=True, size=11)
table([
    ["Nr.", "Prioritāte", "Plānotie sasniedzamie rezultāti"],
    ["1.", "Interešu izglītības pieejamība lauku teritorijās (turpinājums)", "Kvantitatīvi: atvērtas vēl 2 grupas pagastos. Kvalitatīvi: tiešs informācijas kanāls vecākiem."],
    ["2.", "STEM programmu attīstība", "Kvantitatīvi: vismaz 180 audzēkņi STEM programmās. Kvalitatīvi: dalība 2 starptautiskos konkursos."],
])
para("Centra direktore: Inese Lapiņa /paraksts/")
para("Rūsiņi, 2025. gada 12. septembrī")
d.save(OUT)
