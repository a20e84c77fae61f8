"""Write the Tika-style text fixtures for other template years and institution kinds.

    .venv/bin/python tests/fixtures_src/make_text_variants.py

Each variant below is a small report written as Apache Tika writes a PDF's text: one line per
visual line, a blank line after every line, trailing spaces, table cells one per line. The
institutions are invented (names and figures), the section wording follows the template of the
year (see tests/cases/README.md for the sources and what is reconstructed). The gold tables of each
case are hand-written next to it (tests/cases/<case>/gold/) and are not touched by this script.
"""
from __future__ import annotations

from pathlib import Path

CASES = Path(__file__).resolve().parents[1] / "cases"

# 2021/22, basic school: programme table with code and licence columns, 1.3 vacancies table,
# priorities in 2.4, five quality criteria in section 3, exam results stated in prose (3.1).
PAMATSKOLA_2021_22 = """\
Priedaines pamatskola
PAŠNOVĒRTĒJUMA ZIŅOJUMS
Publiskojamā daļa
Priedainē, 2022. gada 30. septembrī
SASKAŅOTS
Priedaines novada pašvaldības izglītības pārvaldes vadītāja
1. Izglītības iestādes vispārīgs raksturojums
1.1. Izglītojamo skaits un īstenotās izglītības programmas 2021./2022. mācību gadā
Izglītības programmas nosaukums
Izglītības
programmas
kods
Īstenošanas vietas adrese
(ja atšķiras no juridiskās adreses)
Licence
Nr.
Licencēšanas
datums
Izglītojamo skaits, uzsākot
programmas apguvi vai
uzsākot 2021./2022.māc.g.
(01.09.2021.)
Izglītojamo skaits,
noslēdzot sekmīgu
programmas apguvi vai
noslēdzot 2021./2022.māc.g.
(31.05.2022.)
Pirmsskolas izglītības
programma
01011111
Skolas iela 3, Priedaine
V-9411
12.06.2017.
42
44
Pamatizglītības programma
21011111
Skolas iela 3, Priedaine
V-9412
12.06.2017.
187
183
1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai un mācību
pārtraukšanai izglītības programmā (2-3 secinājumi par izglītojamiem, kuri uzsākuši vai pārtraukuši mācības
izglītības iestādē):
1.2.1. dzīvesvietas maiņa – 5 izglītojamie;
1.2.2. izglītības iestādes maiņa – 3 izglītojamie pārgāja uz citu skolu tuvāk dzīvesvietai;
1.2.3. cits iemesls – 1 izglītojamais pārtrauca mācības veselības stāvokļa dēļ.
1.3. Pedagogu ilgstošās vakances un atbalsta personāla nodrošinājums
NPK
Informācija
Skaits
Komentāri (nodrošinājums un ar to saistītie izaicinājumi)
1.
Izglītības iestādē ir pedagogu vakances (līdz 2022. gada 1. septembrim)
1
Matemātikas skolotājs 0,5 slodzes
2.
Izglītības iestādē pieejamais atbalsta personāls
3
Logopēds, speciālais pedagogs, sociālais pedagogs
2. Izglītības iestādes darbības pamatmērķi un prioritātes
2.1. Izglītības iestādes misija – droša un atbalstoša vide katra skolēna izaugsmei.
2.2. Izglītības iestādes vīzija par izglītojamo – zinātkārs, atbildīgs un patstāvīgs skolēns.
2.3. Izglītības iestādes vērtības – atbildība, cieņa, sadarbība.
2.4. 2021./2022. mācību gada darba prioritātes un sasniegtie rezultāti
Prioritāte
Sasniedzamie rezultāti (kvantitatīvi un kvalitatīvi)
Norāde par uzdevumu izpildi (Sasniegts/ daļēji sasniegts/ nav sasniegts) un komentāri
Nr.1.
Kompetencēs balstītas mācību pieejas īstenošana
a) kvalitatīvi
Pedagogi plāno mācību stundas ar skaidri formulētu sasniedzamo rezultātu.
Sasniegts
Visās vērotajās stundās sasniedzamais rezultāts bija skolēniem saprotams.
b) kvantitatīvi
80% skolēnu mācību gada noslēgumā sasniedz vismaz optimālo apguves līmeni.
Daļēji sasniegts
72% skolēnu sasniedza vismaz optimālo apguves līmeni.
Nr.2.
Drošas un iekļaujošas vides pilnveide
a) kvalitatīvi
Izstrādāta un ieviesta kārtība rīcībai vardarbības gadījumos.
Sasniegts
Kārtība apstiprināta un pārrunāta ar visiem skolēniem un vecākiem.
b) kvantitatīvi
Mobinga gadījumu skaits samazinās par 20%.
Nav sasniegts
Gadījumu skaits saglabājās iepriekšējā gada līmenī.
3. Kritēriju izvērtējums
3.1. Kritērijs “Kompetences un sasniegumi”
Stiprās puses
Valsts pārbaudes darbos 9. klasē latviešu valodā skolēnu vidējais rezultāts ir 64,2% (valstī 63,6%).
Valsts pārbaudes darbos 9. klasē matemātikā skolēnu vidējais rezultāts ir 51,8% (valstī 55,2%).
Turpmākās attīstības vajadzības
Paaugstināt matemātikas rezultātus.
3.2. Kritērijs “Vienlīdzība un iekļaušana”
Skolā nav konstatēti diskriminācijas gadījumi.
3.3. Kritērijs “Pieejamība”
Skolā pieejams logopēds un speciālais pedagogs.
3.4. Kritērijs “Drošība un psiholoģiskā labklājība”
Skolēni skolā jūtas droši (aptaujā 86%).
3.5. Kritērijs “Infrastruktūra un resursi”
Iegādāti 20 portatīvie datori.
4. Informācija par nozīmīgiem projektiem 2021./2022. mācību gadā
4.1. Projekts “Atbalsts izglītojamo individuālo kompetenču attīstībai”.
5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi
5.1. Sadarbības līgums ar Priedaines bibliotēku.
6. Audzināšanas darba prioritātes un secinājumi
6.1. Piederības sajūtas stiprināšana skolai un novadam.
7. Citi sasniegumi
7.1. 2. vieta novada matemātikas olimpiādē.
"""

# 2022/23, preschool: programme table with code, licence number and licence date columns, 1.3 is
# a teacher-vacancy table (no indicator table), priorities in 2.4, three quality criteria.
PII_2022_23 = """\
Ozolkalnu pirmsskolas izglītības iestāde “Zīlīte”
pašnovērtējuma ziņojums
2022./2023. mācību gads
Publiskojamā daļa
Ozolkalnā, 2023. gada 29. septembrī
SASKAŅOTS
Ozolkalnu novada Izglītības pārvaldes vadītāja
1. Izglītības iestādes vispārīgs raksturojums
1.1. Izglītojamo skaits un īstenotās izglītības programmas 2022./2023. mācību gadā
Izglītības programmas nosaukums
Izglītības
programmas
kods
Īstenošanas vietas adrese
(ja atšķiras no juridiskās adreses)
Licence
Izglītojamo skaits, uzsākot
programmas apguvi (prof. izgl.)
vai uzsākot 2022./2023. māc.g.
(01.09.2022.)
Izglītojamo skaits, noslēdzot
sekmīgu programmas apguvi
(prof. izgl.) vai noslēdzot
2022./2023.māc.g.
(31.05.2023.)
Nr.
Licencēšanas
datums
Pirmsskolas izglītības programma
0101 11 11
V-7731
2017. gada
14. septembrī
126
131
Speciālās pirmsskolas izglītības
programma izglītojamajiem ar
valodas traucējumiem
0101 55 11
V-7732
2017. gada
14. septembrī
18
17
1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai un mācību
pārtraukšanai izglītības programmā (2-3 secinājumi par izglītojamiem, kuri uzsākuši vai pārtraukuši mācības
izglītības iestādē):
1.2.1. dzīvesvietas maiņa – 6 izglītojamie izglītības iestādē 2022./2023. mācību gada laikā;
1.2.2. vēlme mainīt izglītības iestādi – 2 izglītojamie, vecāku izvēle (tuvāk dzīvesvietai);
1.3. Pedagogu ilgstošās vakances un atbalsta personāla nodrošinājums
NPK
Informācija
Skaits
Komentāri (nodrošinājums un ar to saistītie izaicinājumi)
1.
Izglītības iestādē ir pedagogu vakances (līdz 1 mēnesim)
0
2.
Izglītības iestādē ir ilgstošās pedagogu vakances (ilgāk par 1 mēnesi)
1
Mūzikas skolotājs
3.
Izglītības iestādē pieejamais atbalsta personāls
2
Logopēds, psihologs (0,25 slodzes)
2. Izglītības iestādes darbības pamatmērķi un prioritātes
2.1. Izglītības iestādes misija – radīt drošu vidi, kurā katrs bērns aug zinātkārs.
2.2. Izglītības iestādes vīzija par izglītojamo – radošs, patstāvīgs bērns.
2.3. Izglītības iestādes vērtības – cieņa, sadarbība, atbildība.
2.4. 2022./2023. mācību gada darba prioritātes un sasniegtie rezultāti
Prioritāte
Sasniedzamie rezultāti
(kvantitatīvi un kvalitatīvi)
Norāde par uzdevumu izpildi
(Sasniegts/ daļēji sasniegts/
nav sasniegts) un komentāri
Nr.1.
Valodas prasmju attīstība
rotaļnodarbībās
a) kvalitatīvi
Bērni ikdienas saziņā lieto
latviešu valodu.
Sasniegts
Novērojumi rotaļnodarbībās apliecina
valodas lietojumu.
b) kvantitatīvi
90% piecgadīgo un sešgadīgo bērnu
apguvuši valodas prasmes atbilstoši
vecumam.
Daļēji sasniegts
84% bērnu apguvuši valodas prasmes.
3. Kritēriju izvērtējums
3.1. Kritērijs “Izglītības turpināšana un nodarbinātība”
Visi sešgadīgie bērni turpina izglītību 1. klasē.
3.2. Kritērijs “Mācīšana un mācīšanās”
Vērotas 24 rotaļnodarbības.
3.3. Kritērijs “Izglītības programmu īstenošana”
Programmas īstenotas pilnā apjomā.
4. Informācija par nozīmīgiem projektiem 2022./2023. mācību gadā
4.1. Projekts “Latvijas skolas soma” pirmsskolā.
5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi
5.1. Sadarbības līgums ar Ozolkalnu pamatskolu.
"""

# 2023/24, state gymnasium: indicator table in 1.3 with exam cells at the optimal level
# ("optimālajā līmenī") and at the higher level ("augstākajā līmenī").
GIMNAZIJA_2023_24 = """\
Liepavas Valsts ģimnāzija
PAŠNOVĒRTĒJUMA ZIŅOJUMS
Publiskojamā daļa
2023./2024.
1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un to
sasniegšanas izvērtējums
1.1. Izglītojamo skaits un īstenotās izglītības programmas 2023./2024.mācību gadā
Izglītības programmas
nosaukums
Īstenošanas vietas adrese
(ja atšķiras no juridiskās
adreses)
Izglītojamo skaits, uzsākot
programmas apguvi vai
uzsākot 2023./2024.m.g.
(01.09.2023.)
Izglītojamo skaits, noslēdzot
sekmīgu programmas apguvi
vai noslēdzot 2023./2024.m.g.
(31.05.2024.)
Pamatizglītības otrā posma
(7.-9. klase) programma
23011111
Ģimnāzijas iela 1, Liepava
214 209
Vispārējās vidējās izglītības
programma
31016011
Ģimnāzijas iela 1, Liepava
402 398
1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai un mācību
pārtraukšanai izglītības programmā (2-3 secinājumi par izglītojamiem, kuri uzsākuši vai pārtraukuši mācības
izglītības iestādē):
1.2.1. dzīvesvietas maiņa (cik daudzi izglītojamie izglītības iestādē 2023./2024.mācību gada laikā): 4
izglītojamie;
1.2.2. izglītības iestādes maiņa (cik daudzi izglītojamie izglītības iestādē 2023./2024.mācību gada laikā,
galvenie iestādes maiņas iemesli): 9 izglītojamie izvēlējās profesionālo izglītību;
1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi 2023./2024.m.g. un
2024./2025.m.g.: (nosakāmi ne mazāk kā trīs kvalitātes rādītāji)
NPK
Kvalitatīvais /
kvantitatīvais indikators
Noteiktais rezultatīvais rādītājs
uzsākot
2023./2024.m.g.
(pēc 2022./2023.m.g.
pašnovērtējuma ziņojuma)
noslēdzot
2023./2024.m.g.
2024./2025.
m.g.
1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
1.1. Vispārējās
pamatizglītības
programmā/-s
7,1 balles vid. 7,3 balles vid. 7,3 balles vid.
1.2. Vispārējās vidējās
izglītības programmā/-s
7,0 balles vid. 6,9 balles vid. 7,0 balles vid.
2. Izglītojamo vidējie
statistiskie sasniegumi
valsts pārbaudes darbos
vispārējās
pamatizglītības
programmas apguves
noslēgumā 9.klasē
attiecībā pret vidējiem
valsts rezultātiem
Latviešu valoda - 71,5% (valstī
62,0%).
Matemātika - 66,0% (valstī
48,9%).
Latviešu valoda - 73,2% (valstī
59,1%).
Matemātika - 64,4% (valstī
43,2%).
Latviešu valoda -
74%.
Matemātika - 65%.
3. Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās izglītības programmas apguves
noslēgumā attiecībā pret vidējiem valsts rezultātiem:
3.1. optimālajā līmenī Matemātika - 52,0% (valstī 34%).
Angļu valoda – 81,3% (valstī
62%).
Matemātika - 55,4% (valstī 34%).
Angļu valoda – 83,0% (valstī
62%).
Matemātika - 56%.
Angļu valoda – 84%.
3.2. augstākajā līmenī Latviešu valoda - 61,7% (valstī
51%).
Matemātika - 72,3% (valstī 59%).
Latviešu valoda - 63,5% (valstī
55%).
Matemātika - 74,8% (valstī 59%).
Fizika - 58,2% (valstī 47%).
Latviešu valoda -
64%.
Matemātika - 75%.
4. Pedagogu profesionālās
kompetences pilnveide
100% 100% 100%
2. Informācija par izglītības iestādes 2023./2024.m.g. izvirzīto prioritāšu sasniegšanu:
Prioritāte Sasniedzamie rezultāti (kvantitatīvi un
kvalitatīvi)
Norāde par uzdevumu izpildi (Sasniegts/ daļēji
sasniegts/ nav sasniegts) un komentāri
Nr.1.
Padziļināto kursu
piedāvājuma pilnveide
a) kvalitatīvi
Skolēniem pieejami seši padziļinātie kursi.
Sasniegts
Piedāvāti seši padziļinātie kursi.
b) kvantitatīvi
70% skolēnu kārto vismaz divus eksāmenus augstākajā līmenī.
Sasniegts
78% skolēnu kārtoja divus vai vairāk eksāmenus augstākajā līmenī.
3. Kritēriju izvērtējums
3.1. Kritērijs “MĀCĪŠANA UN MĀCĪŠANĀS”
Vērotas 120 mācību stundas.
4. Informācija par lielākajiem īstenotajiem projektiem 2023./2024.mācību gadā
Erasmus+ projekts “Zinātne bez robežām”.
5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi, un/ vai par sadarbību ar
nevalstiskajām organizācijām
5.1. Sadarbības līgums ar Liepavas Universitāti.
11. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti 2024./2025.mācību
gadā (kvalitatīvi un kvantitatīvi)
Prioritāte Sasniedzamie rezultāti kvantitatīvi un kvalitatīvi
Nr.1.
Pētnieciskās darbības stiprināšana
a) kvalitatīvi
Skolēni izstrādā pētnieciskos darbus sadarbībā ar augstskolu.
b) kvantitatīvi
Vismaz 30 zinātniski pētnieciskie darbi.
"""

# 2024/25, vocational school (technikums): programme codes of vocational programmes, indicators
# for vocational programmes in 1.3.
TEHNIKUMS_2024_25 = """\
Vidzemes Tehnoloģiju tehnikums
PAŠNOVĒRTĒJUMA ZIŅOJUMS
Publiskojamā daļa
2024./2025.
1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un to
sasniegšanas izvērtējums
1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025.mācību gadā
Izglītības programmas
nosaukums
Īstenošanas vietas adrese
(ja atšķiras no juridiskās
adreses)
Izglītojamo skaits, uzsākot
programmas apguvi vai
uzsākot 2024./2025.m.g.
(01.09.2024.)
Izglītojamo skaits, noslēdzot
sekmīgu programmas apguvi
vai noslēdzot 2024./2025.m.g.
(30.06.2025.)
Datorsistēmas, datubāzes un
datortīkli
33481011
Tehnikuma iela 4, Vidzeme
156 141
Mehatronika
33523011
Tehnikuma iela 4, Vidzeme
88 80
1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai un mācību
pārtraukšanai izglītības programmā (2-3 secinājumi par izglītojamiem, kuri uzsākuši vai pārtraukuši mācības
izglītības iestādē):
1.2.1. dzīvesvietas maiņa (cik daudzi izglītojamie izglītības iestādē 2024./2025.mācību gada laikā): 2
izglītojamie;
1.2.2. izglītības iestādes maiņa (cik daudzi izglītojamie izglītības iestādē 2024./2025.mācību gada laikā,
galvenie iestādes maiņas iemesli): 5 izglītojamie;
1.2.3. cits iemesls (cik daudzi izglītojamie izglītības iestādē, iestādes maiņas iemesls): uzsāka darba
gaitas (12 izglītojamie).
1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi 2024./2025.m.g. un
2025./2026.m.g.: (nosakāmi ne mazāk kā trīs kvalitātes rādītāji)
NPK
Kvalitatīvais /
kvantitatīvais indikators
Noteiktais rezultatīvais rādītājs
uzsākot
2024./2025.m.g.
(pēc 2023./2024.m.g.
pašnovērtējuma ziņojuma)
noslēdzot
2024./2025.m.g.
2025./2026.
m.g.
1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
1.1. Profesionālās
izglītības programmā/-s
6,4 balles vid. 6,6 balles vid. 6,7 balles vid.
2. Pedagogu profesionālās
kompetences pilnveide
85% 92% 95%
3. Citi kvalitātes rādītāji 240 izglītojamie
praksē uzņēmumos.
262 izglītojamie
praksē uzņēmumos.
270 izglītojamie
praksē uzņēmumos.
2. Informācija par izglītības iestādes 2024./2025.m.g. izvirzīto prioritāšu sasniegšanu:
Prioritāte Sasniedzamie rezultāti (kvantitatīvi un
kvalitatīvi)
Norāde par uzdevumu izpildi (Sasniegts/ daļēji
sasniegts/ nav sasniegts) un komentāri
Nr.1.
Darba vidē balstītu mācību
paplašināšana
a) kvalitatīvi
Noslēgti jauni sadarbības līgumi ar nozares uzņēmumiem.
Sasniegts
Noslēgti 14 jauni līgumi.
b) kvantitatīvi
25% izglītojamo mācās darba vidē.
Daļēji sasniegts
19% izglītojamo mācījās darba vidē.
3. Kritēriju izvērtējums
3.1. Kritērijs “MĀCĪŠANA UN MĀCĪŠANĀS”
Vērotas 80 mācību stundas.
4. Informācija par lielākajiem īstenotajiem projektiem 2024./2025.mācību gadā
Erasmus+ mobilitātes projekts.
5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi, un/ vai par sadarbību ar
nevalstiskajām organizācijām
5.1. Sadarbības līgums ar SIA “Mehatronikas centrs”.
"""

# 2024/25, interest-education centre, saved in Windows-1257: indicator table in 1.2.
BJC_2024_25_CP1257 = """\
Rīdzenes Bērnu un jauniešu centrs
PAŠNOVĒRTĒJUMA ZIŅOJUMS
Publiskojamā daļa
2024./2025.
1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un to sasniegšanas
izvērtējums
1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025.mācību gadā
Izglītības programmas
nosaukums
Īstenošanas vietas adrese
(ja atšķiras no juridiskās adreses)
Izglītojamo skaits,
uzsākot programmas
apguvi vai uzsākot
2024./2025.māc.g.
(01.10.2024.)
Izglītojamo skaits,
noslēdzot sekmīgu
programmas apguvi
vai noslēdzot
2024./2025.māc.g.
(31.05.2025.)
kultūrizglītības joma (mūzika,
dejas, vizuālā māksla)
Dārza ielā 12, Skolas ielā 3
412 398
sporta un fizisko aktivitāšu joma
(šahs, galda teniss)
Dārza ielā 12
96 101
1.2. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi 2024./2025.m.g. un
2025./2026.m.g.: (nosakāmi ne mazāk kā trīs kvalitātes rādītāji)
NPK Kvalitatīvais /
kvantitatīvais indikators
Noteiktais rezultatīvas rādītājs
uzsākot
2024./2025.m.g.
(pēc 2023./2024.m.g.
pašnovērtējuma ziņojuma)
noslēdzot
2024./2025.m.g.
2025./2026.m.g.
1. Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:
1.1. Interešu izglītības
programmā/-s
520 499 510
2. Darbs ar talantīgajiem
izglītojamiem un
izglītojamo sasniegumi
olimpiādēs, konkursos,
sacensībās u.tml.
30% 34% 35%
3. Pedagogu profesionālās
kompetences pilnveide
100% 100% 100%
2. Informācija par izglītības iestādes 2024./2025.m.g. izvirzīto prioritāšu sasniegšanu:
Prioritāte Sasniedzamie rezultāti kvantitatīvi un
kvalitatīvi
Norāde par uzdevumu izpildi
(Sasniegts/ daļēji sasniegts/ nav
sasniegts) un komentāri
Nr.1.
Jauniešu līdzdalības
veicināšana
a) kvantitatīvie
Izveidota jauniešu padome ar 12 dalībniekiem.
Sasniegts
Padomē darbojas 14 jaunieši.
b) kvalitatīvie
Jaunieši piedalās pasākumu plānošanā.
Sasniegts
Jaunieši plānoja četrus centra pasākumus.
3. Kritēriju izvērtējums
3.1. Kritērijs “MĀCĪŠANA UN MĀCĪŠANĀS”
Vērotas 30 nodarbības.
4. Informācija par lielākajiem īstenotajiem projektiem 2024./2025.mācību gadā
Projekts “Jaunieši novadam”.
"""

VARIANTS = {
    "txt-2021-22-general": ("priedaines-pamatskola_2021-2022.txt", PAMATSKOLA_2021_22, "utf-8"),
    "txt-2022-23-preschool": ("ozolkalnu-pii-zilite_2022-2023.txt", PII_2022_23, "utf-8"),
    "txt-2023-24-gymnasium": ("liepavas-valsts-gimnazija_2023-2024.txt", GIMNAZIJA_2023_24, "utf-8"),
    "txt-2024-25-vocational": ("vidzemes-tehnologiju-tehnikums_2024-2025.txt", TEHNIKUMS_2024_25, "utf-8"),
    "txt-2024-25-interest-cp1257": ("ridzenes-bjc_2024-2025.txt", BJC_2024_25_CP1257, "cp1257"),
}


def tika_style(text: str) -> str:
    """Tika's look: a trailing space on each line and a blank line after it."""
    return "".join(f"{line} \n\n" for line in text.rstrip("\n").split("\n"))


def main() -> None:
    for case, (name, text, encoding) in VARIANTS.items():
        folder = CASES / case / "reports"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(tika_style(text).encode(encoding))
        print(folder / name)


if __name__ == "__main__":
    main()
