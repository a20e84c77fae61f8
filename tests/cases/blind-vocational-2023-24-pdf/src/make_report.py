# Generates reports/lielupes-tehnikums_2023-2024.pdf (reportlab) and its Tika text.
import subprocess, pathlib
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('Serif', D + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('SerifB', D + 'DejaVuSerif-Bold.ttf'))
N = ParagraphStyle('n', fontName='Serif', fontSize=10, leading=13, spaceAfter=4)
B = ParagraphStyle('b', parent=N, fontName='SerifB')
H = ParagraphStyle('h', parent=N, fontName='SerifB', fontSize=11.5, spaceBefore=8, spaceAfter=6)
T = ParagraphStyle('t', parent=N, fontName='SerifB', fontSize=15, leading=19, alignment=1)
C = ParagraphStyle('c', parent=N, alignment=1)
S = ParagraphStyle('s', parent=N, fontSize=7.8, leading=9.8, spaceAfter=0)
SB = ParagraphStyle('sb', parent=S, fontName='SerifB')
R = ParagraphStyle('r', parent=N, alignment=2)

def p(t, s=N): return Paragraph(t, s)
def cells(rows, hdr=1):
    return [[p(str(c), SB if i < hdr else S) for c in r] for i, r in enumerate(rows)]
GRID = TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dde6ee'))])

def footer(c, d):
    c.saveState(); c.setFont('Serif', 8)
    c.drawCentredString(A4[0] / 2, 1.2 * cm, f'{d.page}')
    c.drawString(2 * cm, 1.2 * cm, 'Lielupes tehnikums. Pašnovērtējuma ziņojums 2023./2024. m.g.')
    c.restoreState()

st = []
st += [p('APSTIPRINU', R), p('Lielupes tehnikuma direktore', R), p('/paraksts/ I. Bērziņa', R), p('Jelgavā, 2024. gada 23. septembrī', R), Spacer(1, 2.2 * cm)]
st += [p('LIELUPES TEHNIKUMA<br/>PAŠNOVĒRTĒJUMA ZIŅOJUMS', T), p('Publiskojamā daļa', C), p('par 2023./2024. mācību gadu', C), Spacer(1, 1.5 * cm)]
st += [p('Lielupes tehnikums (turpmāk – Tehnikums) ir Izglītības un zinātnes ministrijas dibināta profesionālās izglītības iestāde, kas īsteno profesionālās vidējās izglītības un arodizglītības programmas informācijas tehnoloģiju, elektronikas, transporta un ēdināšanas nozarēs. Juridiskā adrese: Rūpniecības iela 14, Jelgava, LV-3008. Tehnikumam ir mācību korpuss un dienesta viesnīca Lielupes ielā 3, Jelgavā.')]
st += [Spacer(1, 3 * cm), p('SASKAŅOTS'), p('Izglītības un zinātnes ministrijas<br/>Profesionālās izglītības departamenta direktors'), p('/paraksts/ A. Kalniņš'), p('2024. gada 27. septembrī'), PageBreak()]

st += [p('1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi un to sasniegšanas izvērtējums', H)]
st += [p('1.1. Īstenotās izglītības programmas un izglītojamo skaits 2023./2024. mācību gadā', B)]
prog = [['Nr.<br/>p.k.', 'Izglītības programmas<br/>nosaukums', 'Kods', 'Licence<br/>(Nr., datums)', 'Īstenošanas vieta<br/>(ja atšķiras no<br/>juridiskās adreses)', 'Izglītojamo<br/>skaits<br/>01.09.2023.', 'Izglītojamo<br/>skaits<br/>30.06.2024.'],
        ['1.', 'Programmēšana', '35 481 03 1', 'P_5521,<br/>12.08.2022.', '–', '118', '104'],
        ['2.', 'Datorsistēmas, datubāzes un datortīkli', '35 481 01 1', 'P_5522,<br/>12.08.2022.', '–', '96', '88'],
        ['3.', 'Elektronika', '35 523 01 1', 'P_4903,<br/>03.06.2021.', '–', '57', '51'],
        ['4.', 'Autotransports', '35 525 01 1', 'P_4904,<br/>03.06.2021.', 'Lielupes iela 3, Jelgava', '73', '70'],
        ['5.', 'Ēdināšanas pakalpojumi', '35 811 02 1', 'P_5170,<br/>21.02.2022.', 'Lielupes iela 3, Jelgava', '142', '127'],
        ['6.', 'Viesmīlības pakalpojumi', '33 811 03 1', 'P_5171,<br/>21.02.2022.', 'Lielupes iela 3, Jelgava', '24', '19'],
        ['', 'Kopā', '', '', '', '', '510', '459']]
t = Table(cells(prog), colWidths=[1.0 * cm, 3.6 * cm, 2.0 * cm, 2.3 * cm, 2.6 * cm, 2.75 * cm, 2.75 * cm], repeatRows=1)
t.setStyle(GRID); st += [t, Spacer(1, 6)]
st += [p('Piezīme: 30.06.2024. skaitā iekļauti arī izglītojamie, kuri kvalifikācijas eksāmenu kārtos 2024. gada rudens sesijā.', S), Spacer(1, 8)]

st += [p('1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai un mācību pārtraukšanai', B)]
st += [p('2023./2024. mācību gada laikā mācības Tehnikumā pārtrauca vai izglītības iestādi mainīja kopā 31 izglītojamais, kas ir par 7 izglītojamajiem mazāk nekā iepriekšējā mācību gadā. Galvenie iemesli:')]
st += [p('1.2.1. dzīvesvietas maiņa – 4 izglītojamie (ģimenes pārcēlās uz Rīgu un Tukumu), uz ārvalstīm izbrauca 2 izglītojamie (Norvēģija, Īrija);')]
st += [p('1.2.2. izglītības iestādes maiņa – septiņi (7) izglītojamie, no tiem pieci turpina mācības vispārējās vidējās izglītības iestādēs, divi – citā profesionālās izglītības iestādē tuvāk dzīvesvietai;')]
st += [p('1.2.3. cits iemesls: nesekmība un neattaisnoti kavējumi – 11 izglītojamie; darba gaitu uzsākšana – 5 izglītojamie; veselības stāvokļa dēļ mācības pārtrauca 2 izglītojamie.')]
st += [p('Secinājums: visvairāk mācības pārtrauc 1. kursa izglītojamie pirmajā semestrī, tāpēc 2024./2025. mācību gadā pastiprināti tiks strādāts ar adaptācijas programmu un grupu audzinātāju individuālajām sarunām.')]

st += [p('1.3. Izglītības iestādes darbības kvalitātes rādītāji', B)]
ind = [['Nr.', 'Rādītājs', 'Sākotnējā vērtība<br/>(2022./2023. m.g.<br/>beigās)', 'Sasniegtais<br/>2023./2024. m.g.<br/>beigās', 'Mērķis<br/>2024./2025.<br/>m.g.', 'Komentārs'],
       ['1.', 'Izglītojamo mācību sasniegumi', '', '', '', ''],
       ['1.1.', 'Vidējais vērtējums profesionālajos moduļos', '6,4 balles', '6,5 balles', '6,6 balles', 'pēc e-klases datiem'],
       ['1.2.', 'Vidējais vērtējums vispārizglītojošajos mācību priekšmetos', '5,7 balles', '5,8 balles', '6,0 balles', '–'],
       ['2.', 'Centralizētie eksāmeni', '', '', '', ''],
       ['2.1.', 'Latviešu valoda (optimālais līmenis)', '44,6%', '47,3%', '50%', ''],
       ['2.2.', 'Matemātika (optimālais līmenis)', '27,9%', '25,4%', '30%', 'rezultāts samazinājies'],
       ['2.3.', 'Angļu valoda (optimālais līmenis)', '52,3%', '55,8%', '57%', ''],
       ['2.4.', 'Angļu valoda (augstākais līmenis)', '–', '58,9%', '60%', 'pirmo reizi kārtoja 2024. gadā'],
       ['3.', 'Profesionālās kvalifikācijas eksāmenu vidējais vērtējums', '6,9 balles', '7,1 balles', '7,2 balles', ''],
       ['4.', 'Profesionālās meistarības konkursi', '', '', '', ''],
       ['4.1.', 'Izglītojamo dalība konkursos (SkillsLatvia, nozaru konkursi)', '8 izglītojamie', 'no 8 uz 11 izglītojamajiem', '13 izglītojamie', ''],
       ['4.2.', 'Augstākā vieta SkillsLatvia', '3. vieta', '2. vieta', '1. vieta', 'programmēšanā'],
       ['5.', 'Kvalifikācijas ieguve un nodarbinātība', '', '', '', ''],
       ['5.1.', 'Izglītojamo īpatsvars, kas sekmīgi nokārtojuši kvalifikācijas eksāmenu', '86%', '89 %', '90%', ''],
       ['5.2.', 'Absolventu nodarbinātība 6 mēnešus pēc tehnikuma beigšanas', 'vidēji 68%', '71%', 'nav datu', 'aptauja rudenī'],
       ['6.', 'Mācības pārtraukušo izglītojamo skaits', '38', '31', '28', 'skat. 1.2.']]
t = Table(cells(ind), colWidths=[1.0 * cm, 5.0 * cm, 2.6 * cm, 2.6 * cm, 2.4 * cm, 3.4 * cm], repeatRows=1)
t.setStyle(GRID); st += [t, Spacer(1, 8)]
st += [p('Centralizēto eksāmenu rezultāti 2023./2024. mācību gadā (izglītojamo vidējais kopprocents):', B)]
st += [p('Latviešu valoda (optimālais līmenis) – 47,3% (valstī 55%), nenokārtoja 2,1% izglītojamo.'),
       p('Matemātika (optimālais līmenis) – 25,4% (valstī 34%), nenokārtoja 21,6% izglītojamo.'),
       p('Angļu valoda (optimālais līmenis) – 55,8% (valstī 62%).'),
       p('Angļu valoda (augstākais līmenis) – 58,9% (valstī 66%), eksāmenu kārtoja 9 izglītojamie.')]
st += [p('Matemātikas rezultāts joprojām ir zemākais, tāpēc 2024./2025. mācību gadā tiek plānotas papildu konsultācijas 3. un 4. kursam.')]

st += [p('2. Izglītības iestādes darbības pamatmērķi', H)]
st += [p('2.1. Misija – sagatavot konkurētspējīgus, atbildīgus un radošus speciālistus Zemgales reģiona un Latvijas darba tirgum.')]
st += [p('2.2. Vīzija – mūsdienīgs, uz sadarbību ar darba devējiem orientēts tehnikums, kurā ikviens izglītojamais iegūst kvalifikāciju un prasmes visa mūža garumā.')]
st += [p('2.3. Vērtības – profesionalitāte, atbildība, cieņa, sadarbība, radošums.')]
st += [p('2.4. 2023./2024. mācību gada darba prioritātes un sasniegtie rezultāti', B)]

def prio(no, area, title, rows):
    data = [[f'{no}. prioritāte', title, ''], ['Joma', area, ''],
            ['Plānotie rezultāti', 'Izpilde', 'Pamatojums / komentārs']] + rows
    t = Table([[p(c, SB if (i in (0, 2) or j == 0 and i < 2) else S) for j, c in enumerate(r)] for i, r in enumerate(data)],
              colWidths=[6.4 * cm, 2.8 * cm, 7.8 * cm])
    t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 1, colors.black), ('LINEBELOW', (0, -1), (-1, -1), 1, colors.black),
                           ('LINEBELOW', (0, 2), (-1, 2), 0.5, colors.black), ('SPAN', (1, 0), (2, 0)), ('SPAN', (1, 1), (2, 1)),
                           ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    return [t, Spacer(1, 10)]

st += prio(1, 'Mācīšana un mācīšanās', 'Digitālo rīku mērķtiecīga izmantošana profesionālo moduļu apguvē', [
    ['b) Kvantitatīvie: vismaz 80% pedagogu profesionālo moduļu nodarbībās regulāri izmanto vienotu digitālo mācību vidi; centralizētajā eksāmenā matemātikā vidējais rezultāts ir vismaz 30%.', 'Daļēji sasniegts', 'Digitālo vidi izmanto 84% pedagogu (36 no 43), bet matemātikas CE vidējais rezultāts bija 25,4%, tātad mērķis nav sasniegts.'],
    ['a) Kvalitatīvie: izglītojamie patstāvīgi izmanto digitālos rīkus uzdevumu izpildei un pašvērtēšanai; pedagogi dalās pieredzē metodiskajās komisijās.', 'Sasniegts', 'Mācību stundu vērojumos fiksēts, ka izglītojamie patstāvīgi strādā ar simulatoriem un tiešsaistes uzdevumiem; notikušas 6 atklātās stundas.']])
st += prio(2, 'Izglītības turpināšana un nodarbinātība', 'Darba vidē balstītu mācību paplašināšana', [
    ['a) Kvalitatīvie: paplašināts sadarbības uzņēmumu loks, izstrādāti individuālie darba vidē balstītu mācību plāni.', 'SASNIEGTS', 'Noslēgti 9 jauni līgumi ar uzņēmumiem, plāni saskaņoti ar uzņēmumu mentoriem.'],
    ['b) Kvantitatīvie: darba vidē balstītās mācībās iesaistīti vismaz 60 izglītojamie.', 'nav sasniegts – turpināsim 2024./2025. m.g.', 'Iesaistīti 47 izglītojamie; daļa uzņēmumu atteicās no dalības izmaksu dēļ.']])
st += prio(3, 'Drošība un psiholoģiskā labklājība', 'Mācību pārtraukšanas riska mazināšana', [
    ['a) Kvalitatīvie: izveidota agrīnās brīdināšanas sistēma, izglītojamie zina, kur vērsties pēc atbalsta.', 'Sasniegts daļēji', 'Sistēma darbojas, tomēr aptaujā tikai daļa 1. kursa izglītojamo norādīja, ka zina atbalsta personālu.'],
    ['b) Kvantitatīvie: mācības pārtraukušo skaits samazinās vismaz par 5 izglītojamajiem salīdzinājumā ar 2022./2023. m.g.', 'Sasniegts', 'Mācības pārtrauca 31 izglītojamais (2022./2023. m.g. – 38).']])

st += [p('2.5. Prioritātes 2024./2025. mācību gadam', B)]
st += [p('1. Matemātikas mācīšanas pilnveide: a) kvalitatīvi – ieviesta mācību satura diferenciācija; b) kvantitatīvi – CE matemātikā vidējais rezultāts vismaz 30%.'),
       p('2. Darba vidē balstītu mācību paplašināšana: a) kvalitatīvi – mentoru apmācība uzņēmumos; b) kvantitatīvi – iesaistīti vismaz 60 izglītojamie.'),
       p('3. Izglītojamo labbūtība: a) kvalitatīvi – pilnveidota adaptācijas programma 1. kursam; b) kvantitatīvi – mācības pārtraukušo skaits nepārsniedz 28.')]

st += [p('3. Kritēriju izvērtējums', H)]
for crit, strong, need in [
    ('3.1. Mācīšana un mācīšanās', 'Pedagogi mērķtiecīgi izmanto darba vidē balstītus uzdevumus un digitālos simulatorus; profesionālo moduļu vidējais vērtējums pieaudzis līdz 6,5 ballēm.', 'Nepieciešams uzlabot atgriezeniskās saites kvalitāti vispārizglītojošajos priekšmetos, īpaši matemātikā.'),
    ('3.2. Izglītības turpināšana un nodarbinātība', 'Absolventu nodarbinātība ir augsta (71%), sadarbības uzņēmumi aktīvi piedāvā prakses vietas.', 'Sistemātiski apkopot absolventu gaitu datus; uzlabot karjeras izglītību 1. kursā.'),
    ('3.3. Izglītības programmu īstenošana', 'Programmas aktualizētas atbilstoši profesiju standartiem, ieviesti moduļi ar izvēles daļu.', 'Nepieciešams atjaunot autotransporta programmas mācību aprīkojumu.')]:
    t = Table([[p(crit, SB), ''], [p('Stiprās puses', SB), p('Turpmākās attīstības vajadzības', SB)], [p(strong, S), p(need, S)]], colWidths=[8.5 * cm, 8.5 * cm])
    t.setStyle(TableStyle([('SPAN', (0, 0), (1, 0)), ('BOX', (0, 0), (-1, -1), 0.5, colors.black), ('LINEBELOW', (0, 1), (-1, 1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st += [t, Spacer(1, 8)]

st += [p('4. Informācija par īstenotajiem projektiem', H)]
st += [p('4.1. Erasmus+ projekts "Eiropas virtuve Zemgalē" (Nr. 2023-1-LV01-KA121-VET-000123456). 18 ēdināšanas programmas izglītojamie trīs nedēļas praktizējās Itālijas un Spānijas restorānos; iegūti Europass mobilitātes dokumenti.'),
       p('4.2. ESF projekts "Atbalsts priekšlaicīgas mācību pārtraukšanas samazināšanai" – individuālie atbalsta plāni 64 izglītojamajiem.')]
st += [p('5. Informācija par institucionālajām sadarbības līgumiem', H)]
st += [p('5.1. SIA "Zemgales Elektrotīkli" – darba vidē balstītas mācības elektronikas programmā.'),
       p('5.2. Latvijas Pavāru klubs – meistarklases un konkursu vērtēšana.'),
       p('5.3. Latvijas Biozinātņu un tehnoloģiju universitāte – izglītojamo karjeras dienas.')]
st += [p('6. Citi sasniegumi', H)]
st += [p('Konkursā SkillsLatvia 2024 izglītojamais programmēšanā ieguva 2. vietu; valsts profesionālās izglītības iestāžu konkursā "Jaunais pavārs" – 1. vieta komandu vērtējumā. Tehnikuma komanda piedalījās EuroSkills atlases nometnē.')]
st += [Spacer(1, 1 * cm), p('Direktore &nbsp;&nbsp;&nbsp;&nbsp; /paraksts/ &nbsp;&nbsp;&nbsp;&nbsp; Ilze Bērziņa'), p('Sagatavoja: direktores vietniece izglītības jomā L. Ozola, tālr. 63000000', S)]

out = pathlib.Path(__file__).resolve().parent.parent / 'reports' / 'lielupes-tehnikums_2023-2024.pdf'
SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                  title='Pašnovērtējuma ziņojums').build(st, onFirstPage=footer, onLaterPages=footer)
subprocess.run(['/work/shared/tools/tika-text', str(out), str(out.with_suffix('.txt'))], check=True)
