# Generates ozolmuizas-vidusskola_2022-2023.docx (python-docx); then:
#   soffice --headless --convert-to pdf --outdir ../reports ozolmuizas-vidusskola_2022-2023.docx
#   /work/shared/tools/tika-text ../reports/ozolmuizas-vidusskola_2022-2023.pdf ../reports/ozolmuizas-vidusskola_2022-2023.txt
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = sys.argv[1] if len(sys.argv) > 1 else "ozolmuizas-vidusskola_2022-2023.docx"
d = Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
for s in d.sections:
    s.left_margin = s.right_margin = Cm(2)
    p = s.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt
        r._r.append(e)


def para(text, bold=False, center=False, italic=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(rows, header_rows=1, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if i < header_rows:
                for r in c.paragraphs[0].runs:
                    r.bold = True
            if widths:
                c.width = Cm(widths[j])
    d.add_paragraph()
    return t


# ---- cover with approval block
p = para("SASKAŅOTS", bold=True); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for line in ("Kalnupes novada pašvaldības", "Izglītības pārvaldes vadītāja", "/paraksts/ I. Zvirbule", "2023. gada 22. septembrī"):
    p = para(line); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
para("")
para("KALNUPES NOVADA PAŠVALDĪBA", bold=True, center=True)
para("OZOLMUIŽAS VIDUSSKOLA", bold=True, center=True, size=14)
para("Reģ. Nr. 4313900417, Skolas iela 3, Ozolmuiža, Ozolmuižas pagasts, Kalnupes novads, LV-5126", center=True, size=9)
para("tālr. 65400217, e-pasts: ozolmuizas.vsk@kalnupe.lv", center=True, size=9)
para("")
para("Ozolmuižas vidusskolas pašnovērtējuma ziņojums", bold=True, center=True, size=16)
para("Publiskojamā daļa", center=True, size=13)
para("par 2022./2023. mācību gadu", center=True, size=13)
para("")
para("Ozolmuiža, 2023", center=True)
d.add_page_break()

para("Ozolmuižas vidusskola ir Kalnupes novada pašvaldības dibināta vispārējās izglītības iestāde, kas "
     "īsteno pamatizglītības un vispārējās vidējās izglītības programmas. Skola darbojas kopš 1921. gada, "
     "pašreizējā ēkā – kopš 1976. gada. Skolai ir dienesta viesnīca 24 izglītojamajiem no attālākajiem "
     "pagasta ciemiem, sporta zāle un 2021. gadā atjaunots stadions.")

para("1. Izglītības iestādes darbības un izglītības programmu īstenošanas raksturojums", bold=True, size=12)
para("1.1. Izglītības programmas un izglītojamo skaits 2022./2023. mācību gadā", bold=True)
table([
    ["Nr.\np.k.", "Izglītības programmas\nnosaukums", "Izglītības\nprogrammas\nkods", "Īstenošanas\nvietas adrese\n(ja atšķiras no\njuridiskās adreses)", "Licence\nNr.", "Licencēšanas\ndatums", "Izglītojamo\nskaits, uzsākot\nprogrammas\napguvi vai\n2022./2023. m.g.\n(01.09.2022.)", "Izglītojamo\nskaits, noslēdzot\nprogrammas\napguvi vai\n2022./2023. m.g.\n(31.05.2023.)"],
    ["1.", "Pamatizglītības programma", "21011111", "–", "V_4417", "21.06.2021.", "231", "227"],
    ["2.", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem", "21015611", "–", "V_4418", "21.06.2021.", "17", "19"],
    ["3.", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem", "21015811", "–", "V_4419", "21.06.2021.", "4", "4"],
    ["4.", "Vispārējās vidējās izglītības programma", "31016011", "–", "V_4420", "21.06.2021.", "88", "84"],
    ["5.", "Pirmsskolas izglītības programma", "01011111", "Parka iela 8, Ozolmuiža", "V_5106", "02.08.2022.", "46", "49"],
    ["", "Kopā", "", "", "", "", "386", "383"],
])

para("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai un mācību pārtraukšanai", bold=True)
para("2022./2023. mācību gada laikā skolu atstāja 11 izglītojamie. Informācija iegūta sarunās ar vecākiem un "
     "no e-klases ierakstiem par izglītojamo atskaitīšanu.")
para("1.2.1. Dzīvesvietas maiņa – 4 izglītojamie (ģimenes pārcēlās uz Rīgu un Jelgavu), uz ārvalstīm izbrauca "
     "1 izglītojamais (Īrija).")
para("1.2.2. Izglītības iestādes maiņa (pāreja uz citu izglītības iestādi) – trīs izglītojamie; divi no viņiem "
     "turpina mācības valsts ģimnāzijā, viens – tuvākā pamatskolā, kas atrodas tuvāk dzīvesvietai.")
para("1.2.3. Cits iemesls: ģimenes sociālie apstākļi (2), ilgstošas veselības problēmas – 1 izglītojamais, kurš "
     "pēc ārstēšanās mācības turpinās nākamajā mācību gadā.")

para("1.3. Ilgstošās pedagogu vakances un izglītības iestādē pieejamais atbalsta personāls", bold=True)
table([
    ["Nr.\np.k.", "Jautājums", "Skaits", "Komentāri (nodrošinājums, ja ir)"],
    ["1.", "Ilgstošās vakances izglītības iestādē (vairāk par 1 mēnesi) 2022./2023. mācību gadā", "1", "Fizikas skolotājs (0,4 likmes); stundas sadalītas starp diviem esošajiem pedagogiem."],
    ["2.", "Izglītības iestādē pieejamais atbalsta personāls, norādot amata nosaukumu", "5", "Sociālais pedagogs, izglītības psihologs (0,5 likmes), logopēds, speciālais pedagogs, bibliotekārs"],
])

para("2. Izglītības iestādes darbības pamatmērķi un prioritātes", bold=True, size=12)
para("2.1. Izglītības iestādes misija – droša un mūsdienīga lauku skola, kurā katrs skolēns mācās atbilstoši "
     "savām spējām un sagatavojas dzīvei, darbam un tālākām studijām.")
para("2.2. Izglītības iestādes vīzija par izglītojamo – zinātkārs, atbildīgs un patstāvīgs jaunietis, kurš "
     "lepojas ar savu novadu un spēj sadarboties.")
para("2.3. Izglītības iestādes vērtības – cieņa, atbildība, darba tikums, sadarbība.")
para("2.4. 2022./2023. mācību gada darba prioritātes un sasniegtie rezultāti", bold=True)

prios = [
    ("1", "Mācīšana un mācīšanās", "Pašvadīta mācīšanās un atgriezeniskā saite mācību stundā",
     "Skolotāji stundās mērķtiecīgi izmanto formatīvo vērtēšanu; izglītojamie prot izvirzīt sev mācību mērķi un izvērtēt savu sniegumu.",
     "SASNIEGTS. Vērotajās stundās (n=64) 82% gadījumu skolēni saņēma konkrētu atgriezenisko saiti; skolēnu aptaujā 71% atzīst, ka zina, kā uzlabot savu sniegumu.",
     "Vismaz 80% vēroto mācību stundu ir skaidri formulēts sasniedzamais rezultāts; 9. klašu valsts pārbaudes darbā matemātikā vidējais rezultāts ir vismaz 50%.",
     "Daļēji sasniegts – stundu vērojumos sasniedzamais rezultāts formulēts 86% stundu, taču matemātikas eksāmena rezultāts 9. klasē bija zemāks par plānoto."),
    ("2", "Izglītības turpināšana un nodarbinātība", "Karjeras izglītības sistēmas pilnveide 7.–12. klasē",
     "Izveidota vienota karjeras izglītības pasākumu programma; izglītojamie apzinātāk izvēlas tālāko izglītību.",
     "sasniegts daļēji, darbs turpināms. Programma izstrādāta un apstiprināta pedagoģiskās padomes sēdē, taču 7.–8. klasēs pasākumi notika neregulāri.",
     "Katrs 9. un 12. klases izglītojamais apmeklējis vismaz 2 karjeras pasākumus; vismaz 90% absolventu turpina izglītību.",
     "Sasniegts: 12. klases absolventi (n=19) – 17 turpina studijas vai mācības, 2 strādā; 9. klases absolventi (n=24) visi turpina izglītību."),
    ("3", "Izglītības programmu īstenošana", "Digitālo mācību līdzekļu lietojums vidusskolas padziļinātajos kursos",
     "Padziļināto kursu pedagogi izmanto vienotu digitālo platformu un koplieto mācību materiālus.",
     "NAV SASNIEGTS – platforma izvēlēta tikai janvārī, koplietošanas kārtība nav izstrādāta.",
     "Vismaz 4 padziļinātajos kursos izveidoti digitāli mācību resursi.",
     "Nav sasniegts (izveidoti resursi 2 kursos: bioloģijā un angļu valodā)."),
]
for no, area, title, ql, ql_st, qn_, qn_st in prios:
    para(f"Prioritāte Nr. {no}", bold=True)
    table([
        ["Joma", area, ""],
        ["Prioritāte", title, ""],
        ["Sasniedzamie rezultāti", "Plānotais", "Izpilde (statuss) un komentārs"],
        ["a) kvalitatīvi", ql, ql_st],
        ["b) kvantitatīvi", qn_, qn_st],
    ], header_rows=0, widths=[3.5, 7, 7])

para("2.5. Nākamā mācību gada (2023./2024.) darba prioritātes", bold=True)
para("1) Mācīšana un mācīšanās – diferencēts darbs matemātikā 5.–9. klasē; kvantitatīvi: matemātikas "
     "diagnosticējošā darba 6. klasē vidējais rezultāts vismaz 55%.")
para("2) Vienlīdzība un iekļaušana – vienotas atbalsta pasākumu plānošanas kārtības ieviešana.")
para("3) Izglītības programmu īstenošana – pāreja uz jauno pirmsskolas programmas licences adresi Parka ielā 8.")

para("3. Kritēriju izvērtējums", bold=True, size=12)
for crit, strong, need in [
    ("3.1. Kritērijs „Izglītības turpināšana un nodarbinātība”",
     "Skolā ir pieejams pedagogs karjeras konsultants (0,3 likmes); absolventu gaitas tiek apkopotas katru gadu.",
     "Iesaistīt vecākus karjeras pasākumos; veidot sadarbību ar novada uzņēmējiem prakses vietām."),
    ("3.2. Kritērijs „Mācīšana un mācīšanās”",
     "Pedagogi regulāri sadarbojas metodiskajās komisijās un vēro kolēģu stundas; izglītojamie aktīvi lieto e-resursus.",
     "Uzlabot mācību darba diferenciāciju matemātikā; mazināt nesekmīgo izglītojamo skaitu 7.–9. klasē."),
    ("3.3. Kritērijs „Izglītības programmu īstenošana”",
     "Vidusskolā piedāvāti trīs padziļināto kursu komplekti, kas atbilst skolēnu interesēm.",
     "Plānot padziļināto kursu piedāvājumu kopā ar novada skolām, lai mazās grupās nodrošinātu kvalitāti."),
]:
    para(crit, bold=True)
    table([["Stiprās puses", "Turpmākās attīstības vajadzības"], [strong, need]])

para("4. Informācija par lielākajiem īstenotajiem projektiem", bold=True, size=12)
para("4.1. ESF projekts Nr. 8.3.2.2/16/I/001 „Atbalsts izglītojamo individuālo kompetenču attīstībai” – "
     "konsultācijas matemātikā un ķīmijā 9.–12. klasei, 6 interešu izglītības pulciņi STEM jomā.")
para("4.2. Programma „Skolas soma” – 14 pasākumi visām klašu grupām.")
para("4.3. Erasmus+ KA1 skolu sektora mobilitāte – 4 pedagogi apmeklēja darba ēnošanu Somijā.")

para("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi", bold=True, size=12)
para("5.1. Sadarbības līgums ar Latvijas Lauksaimniecības universitāti (Jelgava) par skolēnu zinātniski "
     "pētniecisko darbu konsultēšanu.")
para("5.2. Līgums ar biedrību „Ozolmuižas jaunieši” par jauniešu centra telpu koplietošanu.")

para("6. Citi sasniegumi", bold=True, size=12)
para("Valsts ģeogrāfijas olimpiādē 11. klases skolēns ieguva 2. vietu; novada vizuālās mākslas konkursā – "
     "3 godalgotas vietas. Skolas koris piedalījās XII Latvijas skolu jaunatnes dziesmu un deju svētku "
     "atlases skatē un ieguva I pakāpes diplomu.")

para("7. Valsts pārbaudes darbu rezultāti un secinājumi", bold=True, size=12)
para("7.1. 9. klases valsts pārbaudes darbi", bold=True)
para("2022./2023. mācību gadā pamatizglītības programmas noslēgumā eksāmenus kārtoja 24 izglītojamie.")
table([
    ["Mācību priekšmets", "2021./2022. m.g.\nskolā, %", "2022./2023. m.g.\nskolā, %", "2022./2023. m.g.\nvalstī, %", "Nenokārtoja\n(2022./2023.), %"],
    ["Latviešu valoda", "57,3", "61,4", "58", "–"],
    ["Matemātika", "47,1", "44,8", "50,5", "4,2"],
    ["Angļu valoda", "68,9", "70,2", "66,1", "–"],
])
para("Latviešu valodā un angļu valodā skolas vidējais rezultāts ir augstāks nekā valstī; matemātikā "
     "rezultāts kritās, tāpēc 2023./2024. m.g. plānots papildu konsultāciju laiks 8.–9. klasei.")

para("7.2. Centralizētie eksāmeni (12. klase)", bold=True)
para("Optimālajā līmenī (vidējais kopprocents):")
for line in ("Latviešu valoda – 52,6% (valstī 54%), nenokārtoja 3,1% skolēnu.",
             "Matemātika – 31,9% (valstī 35%), nenokārtoja 12,5% skolēnu.",
             "Angļu valoda – 66,3% (valstī 63%)."):
    para(line)
para("Augstākajā līmenī:")
para("Angļu valodā augstākajā līmenī skolas vidējais rezultāts bija 71,5 %, kas ir augstāks par valsts "
     "vidējo (65 %).")
para("Matemātika padziļinātā kursa līmenī: 57,2% (valsts vidējais 60%).")
para("Latviešu valoda augstākajā līmenī – 49,8 % (valstī 56 %), nenokārtoja 8,3 % eksāmena kārtotāju.")
para("Ķīmija (augstākais līmenis) – 44,2%; nenokārtoja 5,1% skolēnu.")
para("Fizikas eksāmenu augstākajā līmenī šogad nekārtoja neviens skolēns.")
para("Secinājumi: optimālajā līmenī matemātikā un latviešu valodā rezultāti ir zem valsts vidējā, tāpēc "
     "metodiskā komisija izvērtēs konsultāciju grafiku. 6. klases diagnosticējošajā darbā matemātikā "
     "vidējais rezultāts bija 58,7%, kas norāda uz labu sagatavotību pamatskolas posmā.")

para("")
para("Izglītības iestādes vadītāja: Dace Kalniņa   /paraksts/")
para("Ozolmuiža, 2023. gada 15. septembrī")
d.save(OUT)
