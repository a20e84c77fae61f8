# Generates reports/ogres-spii-cirulitis_2021-2022.txt: reportlab PDF (in /tmp) -> /work/shared/tools/tika-text.
import subprocess, pathlib, tempfile
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('Sans', D + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('SansB', D + 'DejaVuSans-Bold.ttf'))
N = ParagraphStyle('n', fontName='Sans', fontSize=9.5, leading=12.5, spaceAfter=4)
B = ParagraphStyle('b', parent=N, fontName='SansB')
H = ParagraphStyle('h', parent=B, fontSize=11, spaceBefore=8, spaceAfter=5)
T = ParagraphStyle('t', parent=B, fontSize=14, leading=18, alignment=1)
C = ParagraphStyle('c', parent=N, alignment=1)
S = ParagraphStyle('s', parent=N, fontSize=8, leading=10, spaceAfter=0)
SB = ParagraphStyle('sb', parent=S, fontName='SansB')
def p(t, s=N): return Paragraph(t, s)
RULES = TableStyle([('LINEABOVE', (0, 0), (-1, 0), 0.8, colors.black), ('LINEBELOW', (0, 0), (-1, 0), 0.5, colors.black),
                    ('LINEBELOW', (0, -1), (-1, -1), 0.8, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')])
def pg(c, d):
    c.saveState(); c.setFont('Sans', 8); c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f'{d.page}. lpp.'); c.restoreState()

st = [p('SASKAŅOTS'), p('Ogres novada pašvaldības<br/>Izglītības pārvaldes vadītāja'), p('/paraksts/ S. Liepiņa'), p('2022. gada 29. septembrī'), Spacer(1, 2 * cm)]
st += [p('Ogres novada speciālās pirmsskolas izglītības iestādes “Cīrulītis”<br/>pašnovērtējuma ziņojums', T), p('(publiskojamā daļa)', C), p('2021./2022. mācību gads', C), Spacer(1, 1 * cm)]
st += [p('Ogres novada speciālā pirmsskolas izglītības iestāde “Cīrulītis” (turpmāk – Iestāde) ir Ogres novada pašvaldības dibināta speciālā pirmsskolas izglītības iestāde, kas īsteno speciālās pirmsskolas izglītības programmas bērniem ar valodas, jauktiem attīstības un garīgās attīstības traucējumiem. Iestāde darbojas divās ēkās: Zvaigžņu ielā 9, Ogrē (juridiskā adrese), un Skolas ielā 21, Ogrē. Iestādē ir 9 grupas, strādā 31 pedagogs, t.sk. 6 logopēdi, 3 speciālie pedagogi, psihologs un fizioterapeits.')]
st += [p('1. Pamatinformācija', H), p('1.1. Izglītojamo skaits un īstenotās izglītības programmas 2021./2022. mācību gadā', B)]
rows = [['Kods', 'Izglītības programmas nosaukums', 'Īstenošanas vieta', 'Licence', 'Izglītojamo skaits, uzsākot 2021./2022. m.g. (01.09.2021.)', 'Izglītojamo skaits, noslēdzot 2021./2022. m.g. (31.05.2022.)'],
        ['01015511', 'Speciālās pirmsskolas izglītības programma izglītojamajiem ar valodas traucējumiem', 'Zvaigžņu iela 9, Ogre', 'V-9043, 21.06.2017.', '30', '29'],
        ['01015511', 'Speciālās pirmsskolas izglītības programma izglītojamajiem ar valodas traucējumiem', 'Skolas iela 21, Ogre', 'V-9043, 21.06.2017.', '18', '18'],
        ['01015611', 'Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības traucējumiem', 'Zvaigžņu iela 9, Ogre', 'V-9044, 21.06.2017.', '36', '38'],
        ['01015811', 'Speciālās pirmsskolas izglītības programma izglītojamajiem ar garīgās attīstības traucējumiem', 'Skolas iela 21, Ogre', 'V-9045, 21.06.2017.', '9', '9'],
        ['01015911', 'Speciālās pirmsskolas izglītības programma izglītojamajiem ar smagiem garīgās attīstības traucējumiem vai vairākiem smagiem attīstības traucējumiem', 'Skolas iela 21, Ogre', 'V-9046, 21.06.2017.', '4', '–']]
t = Table([[p(c, SB if i == 0 else S) for c in r] for i, r in enumerate(rows)], colWidths=[2.0 * cm, 5.0 * cm, 2.6 * cm, 2.4 * cm, 2.5 * cm, 2.5 * cm], repeatRows=1)
t.setStyle(RULES); st += [t, Spacer(1, 4)]
st += [p('Programmā 01015911 izglītojamo skaits mācību gada beigās nav norādīts, jo 2022. gada maijā grupa tika apvienota ar garīgās attīstības traucējumu programmas grupu (pārprofilēšana pēc pedagoģiski medicīniskās komisijas atzinumiem).', S), Spacer(1, 6)]
st += [p('1.2. Informācija par izglītojamo iemesliem izglītības iestādes maiņai vai mācību pārtraukšanai', B)]
st += [p('Mācību gada laikā Iestādi atstāja deviņi (9) izglītojamie. Iemesli:')]
st += [p('1.2.1. dzīvesvietas maiņa – 3 izglītojamie; viena ģimene ar bērnu (1) pārcēlās uz dzīvi Vācijā;'),
       p('1.2.2. izglītības iestādes maiņa – 4 izglītojamie pēc valsts pedagoģiski medicīniskās komisijas atkārtota izvērtējuma turpina izglītību vispārējās pirmsskolas izglītības iestādēs, jo valodas traucējumi ir novērsti;'),
       p('1.2.3. cits iemesls – veselības stāvokļa dēļ bērnu no Iestādes izņēma 1 izglītojamā vecāki.')]

st += [p('2. Iestādes darbības stratēģiskie mērķi', H)]
st += [p('<b>Misija:</b> nodrošināt ikvienam bērnam ar speciālām vajadzībām kvalitatīvu izglītību, korekciju un rehabilitāciju drošā, atbalstošā vidē sadarbībā ar ģimeni.')]
st += [p('<b>Vīzija:</b> iekļaujoša, mūsdienīga iestāde, kurā katrs bērns sasniedz savām spējām atbilstošu attīstības līmeni un ir gatavs pamatizglītības apguvei.')]
st += [p('<b>Vērtības:</b> drošība, cieņa, pacietība, sadarbība, prieks.')]
st += [p('2.1. 2021./2022. mācību gada prioritātes un sasniegtie rezultāti', B)]
prio = [['Nr.', 'Prioritāte', 'Sasniedzamie rezultāti', 'Sasniegtais / vērtējums'],
        ['1.', 'Mācību satura pilnveide atbilstoši kompetenču pieejai bērniem ar speciālām vajadzībām', 'a) kvalitatīvi: pedagogi plāno rotaļnodarbības ar integrētu korekcijas darbu, bērni apgūst pašaprūpes iemaņas atbilstoši individuālajam plānam',
         'Pedagogi ieviesuši vienotu nedēļas plānošanas veidni ar korekcijas mērķiem visās grupās. Sasniegts.'],
        ['', '', 'b) kvantitatīvi: individuālie izglītības plāni izstrādāti 100% izglītojamo; vismaz 2 pieredzes apmaiņas semināri',
         'Plāni izstrādāti visiem 97 izglītojamajiem, notika 3 semināri. Rezultāts – sasniegts pilnībā.'],
        ['2.', 'Sadarbība ar ģimeni bērna attīstības veicināšanā', 'a) kvalitatīvi: vecāki regulāri saņem atgriezenisko saiti par bērna attīstību un iesaistās korekcijas darbā mājās',
         'Vecāku konsultācijas notiek, taču attālināti saņemtās informācijas izmantošana mājās ir nevienmērīga. Daļēji sasniegts.'],
        ['', '', 'b) kvantitatīvi: vismaz 85% vecāku apmeklē individuālās sarunas divreiz gadā',
         'Divreiz gadā sarunas apmeklēja 71% vecāku. Nav sasniegts (Covid-19 ierobežojumu dēļ 1. pusgadā).'],
        ['3.', 'Drošas un emocionāli atbalstošas vides nodrošināšana', 'a) kvalitatīvi: izveidota sensorā istaba un nomierināšanās stūrīši grupās',
         'Sensorā istaba iekārtota Skolas ielā 21, stūrīši – 7 no 9 grupām. Sasniegts daļēji.'],
        ['', '', 'b) kvantitatīvi: visi pedagogi (31) apguvuši kursus par uzvedības atbalstu',
         'Kursus apguva 31 pedagogs. SASNIEGTS.']]
t = Table([[p(c, SB if i == 0 else S) for c in r] for i, r in enumerate(prio)], colWidths=[0.9 * cm, 4.2 * cm, 6.0 * cm, 5.9 * cm], repeatRows=1)
t.setStyle(RULES); t.setStyle(TableStyle([('LINEBELOW', (0, 2), (-1, 2), 0.3, colors.grey), ('LINEBELOW', (0, 4), (-1, 4), 0.3, colors.grey)]))
st += [t, Spacer(1, 8)]
st += [p('2.2. Prioritātes 2022./2023. mācību gadam', B),
       p('1. Vienotas izpratnes veidošana par bērna sasniegumu vērtēšanu: a) kvalitatīvi – izstrādāti vērtēšanas kritēriji katrai programmai; b) kvantitatīvi – 100% pedagogu izmanto vienotu novērošanas lapu.'),
       p('2. Latviešu valodas vides stiprināšana: a) kvalitatīvi – logopēdu un skolotāju kopīgs plānojums; b) kvantitatīvi – vismaz 90% bērnu sasniedz plānoto runas attīstības līmeni.')]

st += [p('3. Kritēriju izvērtējums', H)]
for crit, sp, vaj in [
    ('3.1. Kompetences un sasniegumi', 'Bērnu attīstības dinamika tiek izvērtēta trīs reizes gadā; 2022. gada pavasarī 27 no 32 sešgadīgajiem bērniem bija gatavi pamatizglītības apguvei.', 'Pilnveidot sasniegumu dokumentēšanu e-vidē.'),
    ('3.2. Vienlīdzība un iekļaušana', 'Katram bērnam ir individuālais plāns, atbalsta komanda regulāri tiekas.', 'Iesaistīt vecākus individuālo plānu izvērtēšanā.'),
    ('3.3. Pieejamība', 'Iestāde nodrošina transportu bērniem no Ogres novada pagastiem.', 'Uzbūvēt pandusu Skolas ielas ēkā.'),
    ('3.4. Drošība un psiholoģiskā labklājība', 'Izstrādāti drošības noteikumi, evakuācijas mācības divreiz gadā.', 'Turpināt darbu pie emocionālās pašregulācijas programmas.'),
    ('3.5. Infrastruktūra un resursi', 'Iegādāti interaktīvie paneļi un sensorās integrācijas aprīkojums.', 'Renovēt Zvaigžņu ielas ēkas rotaļu laukumu.')]:
    t = Table([[p(crit, SB), ''], [p('Stiprās puses', SB), p('Turpmākās attīstības vajadzības', SB)], [p(sp, S), p(vaj, S)]], colWidths=[8.5 * cm, 8.5 * cm])
    t.setStyle(TableStyle([('SPAN', (0, 0), (1, 0)), ('LINEABOVE', (0, 0), (-1, 0), 0.8, colors.black), ('LINEBELOW', (0, -1), (-1, -1), 0.8, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st += [t, Spacer(1, 6)]
st += [p('4. Informācija par īstenotajiem projektiem', H),
       p('4.1. Erasmus+ KA1 projekts “Spēle kā terapija” – 4 pedagogi apmeklēja mācību kursus Somijā.'),
       p('4.2. Projekts “Atbalsts izglītojamo individuālo kompetenču attīstībai” (Nr. 8.3.2.2/16/I/001) – logopēda papildu nodarbības 24 bērniem.')]
st += [p('5. Informācija par institucionālajām sadarbības līgumiem', H),
       p('5.1. Ogres Valsts tehnikums – pedagoģiskās prakses vietas.'), p('5.2. Biedrība “Rūpju bērns” – atbalsta grupas vecākiem.')]
st += [p('6. Citi sasniegumi', H),
       p('Iestādes audzēkņi piedalījās Ogres novada pirmsskolu festivālā “Cīrulīša dziesma”; divi pedagogi ieguva Ogres novada Atzinības rakstu. Valsts pārbaudes darbi Iestādē netiek kārtoti.')]
st += [Spacer(1, 1 * cm), p('Iestādes vadītāja &nbsp;&nbsp; /paraksts/ &nbsp;&nbsp; Dace Riekstiņa')]

d = pathlib.Path(__file__).resolve().parent.parent
pdf = pathlib.Path(tempfile.mkdtemp()) / 'ogres-spii-cirulitis_2021-2022.pdf'
SimpleDocTemplate(str(pdf), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm).build(st, onFirstPage=pg, onLaterPages=pg)
subprocess.run(['/work/shared/tools/tika-text', str(pdf), str(d / 'reports' / 'ogres-spii-cirulitis_2021-2022.txt')], check=True)
