#!/usr/bin/env python3
"""Generate kalnamuizas-vidusskola_2021-2022.docx (python-docx), then the PDF (LibreOffice)
and the Tika text (shared tika-text). Run: /work/blind/.venv-holdC/bin/python make_report.py"""
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docxkit import heading, new_doc, page_break, page_numbers, para, table  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = HERE.parent
BUILD = Path("/tmp/holdC-build") / CASE.name
NAME = "kalnamuizas-vidusskola_2021-2022"

doc = new_doc(font="Times New Roman", size=12)
import datetime  # noqa: E402
doc.core_properties.author = doc.core_properties.last_modified_by = 'L. Ozoliņa'
doc.core_properties.title = 'Kalnamuižas vidusskolas pašnovērtējuma ziņojums 2021./2022.'
doc.core_properties.created = doc.core_properties.modified = datetime.datetime.fromisoformat('2022-08-26' + 'T10:00:00')
page_numbers(doc, before="", after="", align="r", size=10)

# ---------------------------------------------------------------- cover
para(doc, "SASKAŅOTS", bold=True, align="r", space_after=0)
para(doc, "Zīlāres novada pašvaldības\nIzglītības pārvaldes vadītāja", align="r", space_after=0)
para(doc, "/paraksts/ I. Strautiņa", align="r", space_after=0)
para(doc, "2022. gada 27. septembrī", align="r")
for _ in range(6):
    para(doc, "")
para(doc, "KALNAMUIŽAS VIDUSSKOLA", bold=True, align="c", size=16)
para(doc, "Reģ. Nr. 4313900271 • Skolas iela 12, Kalnamuiža, Zīlāres novads, LV-4711\n"
          "tālr. 64712345, e-pasts: kalnamuizas.vsk@zilare.lv", align="c", size=10)
for _ in range(3):
    para(doc, "")
para(doc, "Kalnamuižas vidusskolas pašnovērtējuma ziņojums", bold=True, align="c", size=18)
para(doc, "(publiskojamā daļa)", align="c", size=14)
para(doc, "par 2021./2022. mācību gadu", align="c", size=14)
for _ in range(10):
    para(doc, "")
para(doc, "Kalnamuižā\n2022", align="c")
page_break(doc)

# ---------------------------------------------------------------- intro
para(doc, "Kalnamuižas vidusskola ir Zīlāres novada pašvaldības dibināta vispārējās izglītības iestāde, "
          "kas īsteno pirmsskolas izglītības, pamatizglītības un vispārējās vidējās izglītības programmas. "
          "Skolas vēsture aizsākās 1921. gadā, kad Kalnamuižas pagasta namā tika atvērta četrklasīga "
          "pamatskola; vidusskolas statuss skolai ir kopš 1958. gada. 2021./2022. mācību gadā skolā mācījās "
          "376 izglītojamie, no tiem 46 bērni pirmsskolas grupās Parka ielā 4, strādāja 41 pedagogs un "
          "5 atbalsta personāla speciālisti (izglītības psihologs, logopēds, speciālais pedagogs, "
          "sociālais pedagogs, medmāsa).", align="j", indent=1)
para(doc, "Pašnovērtējuma ziņojums sagatavots, izmantojot mācību stundu vērošanas datus, izglītojamo, vecāku "
          "un pedagogu aptauju rezultātus, valsts pārbaudes darbu rezultātus, e-klases datus un metodisko "
          "komisiju pašvērtējumus. Ziņojums apspriests pedagoģiskās padomes sēdē 2022. gada 29. augustā "
          "(protokols Nr. 5) un skolas padomes sēdē 2022. gada 14. septembrī.", align="j", indent=1)

# ---------------------------------------------------------------- 1
heading(doc, "1. Pamatinformācija par izglītības iestādes īstenotajām izglītības programmām un izglītojamo skaitu")
heading(doc, "1.1. Izglītības iestādes īstenotās izglītības programmas 2021./2022. mācību gadā", size=12)
table(doc,
      header=[["Nr.\np.k.", "Izglītības programmas\nnosaukums", "Izglītības\nprogram-\nmas kods",
               "Īstenošanas vietas\nadrese (ja atšķiras\nno juridiskās\nadreses)",
               "Licence\n(Nr., datums)",
               "Izglītojamo skaits,\nuzsākot\nprogrammas\napguvi vai\nuzsākot\n2021./2022.\nm.g.\n(01.09.2021.)",
               "Izglītojamo skaits,\nnoslēdzot\nsekmīgu\nprogrammas\napguvi vai\nnoslēdzot\n2021./2022.\nm.g.\n(31.05.2022.)"]],
      rows=[
          ["1.", "Pamatizglītības pirmā posma (1.–6. klase) programma", "11011111", "–",
           "V_4521,\n03.08.2020.", "142", "140"],
          ["2.", "Pamatizglītības otrā posma (7.–9. klase) programma", "21011111", "–",
           "V_4522,\n03.08.2020.", "78", "77"],
          ["3.", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem",
           "2101 5611", "–", "V_2217,\n14.06.2019.", "14", "15"],
          ["4.", "Vispārējās vidējās izglītības programma", "31016011", "–",
           "V_4523,\n03.08.2020.", "64", "61"],
          ["5.", "Vispārējās vidējās izglītības vispārizglītojošā virziena programma", "31011011", "–",
           "V_0934,\n22.08.2018.", "32", "31"],
          ["6.", "Pirmsskolas izglītības programma", "01011111",
           "Parka iela 4, Kalnamuiža, Zīlāres nov., LV-4711", "V_1980,\n05.03.2019.", "46", "44"],
          ["", "Kopā", None, None, None, "376", "368"],
      ],
      widths=[0.9, 3.6, 1.8, 2.6, 2.3, 2.4, 2.4], size=10, header_size=8,
      aligns=["c", "l", "c", "l", "c", "c", "c"], bold_rows=(6,))
para(doc, "Piezīme: 5. programmā mācības 2021./2022. mācību gadā turpināja tikai 12. klase; "
          "10. un 11. klase mācās pēc programmas 31016011.", italic=True, size=10)

heading(doc, "1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes "
             "maiņai un mācību pārtraukšanai izglītības programmā")
para(doc, "2021./2022. mācību gada laikā skolu mainīja vai mācības skolā pārtrauca pavisam 15 izglītojamie. "
          "Informācija apkopota pēc vecāku iesniegumiem un klašu audzinātāju sarunām ar ģimenēm.",
     align="j", indent=1)
para(doc, "1.2.1. dzīvesvietas maiņa – seši izglītojamie (ģimenes pārcēlās uz dzīvi Rīgā, Pierīgā un "
          "Valmierā), uz ārvalstīm kopā ar vecākiem izbrauca divi izglītojamie (uz Īriju un Vāciju);",
     align="j")
para(doc, "1.2.2. izglītības iestādes maiņa – trīs 10. klases izglītojamie pēc 1. semestra turpināja mācības "
          "profesionālās izglītības iestādēs (Zīlāres tehnikumā un Rīgas Valsts tehnikumā), viens (1) "
          "izglītojamais pārgāja uz Zīlāres Valsts ģimnāziju, jo vēlējās apgūt padziļināto kursu "
          "programmēšanā;", align="j")
para(doc, "1.2.3. cits iemesls – divi izglītojamie pārtrauca mācības vidusskolas posmā, jo uzsāka darba "
          "gaitas, un vienam izglītojamajam ilgstošu veselības problēmu dēļ mācības tika pārtrauktas "
          "(viņš tās turpinās nākamajā mācību gadā).", align="j")
para(doc, "Secinājumi: lielākā daļa izglītojamo skolu maina objektīvu iemeslu dēļ (ģimenes dzīvesvietas "
          "maiņa). Uzmanība jāpievērš 10. klases izglītojamo izglītības turpināšanas izvēlei – karjeras "
          "konsultantam jau 9. klasē jāstrādā individuāli ar izglītojamajiem, kuri nav pārliecināti par "
          "vidusskolas izvēli.", align="j", italic=True)

# ---------------------------------------------------------------- 2
heading(doc, "2. Izglītības iestādes darbības pamatmērķi un prioritātes")
para(doc, "2.1. Izglītības iestādes misija – mūsdienīga, droša un radoša skola, kurā katrs izglītojamais "
          "apgūst zināšanas, prasmes un attieksmes, lai kļūtu par atbildīgu un patstāvīgu Latvijas "
          "pilsoni.", align="j")
para(doc, "2.2. Izglītības iestādes vīzija par izglītojamo – zinātkārs, pašvadīts, uz sadarbību vērsts "
          "jaunietis, kurš lepojas ar savu novadu un spēj pieņemt atbildīgus lēmumus savā dzīvē.",
     align="j")
para(doc, "2.3. Izglītības iestādes vērtības – atbildība, cieņa, sadarbība, centība un piederība.",
     align="j")
heading(doc, "2.4. 2021./2022. mācību gada darba prioritātes un sasniegtie rezultāti")
table(doc,
      header=[["Prioritāte", "Sasniedzamie rezultāti\n(kvalitatīvi un kvantitatīvi)",
               "Norāde par uzdevumu izpildi\n(Sasniegts/ daļēji sasniegts/ nav sasniegts)\nun komentāri"]],
      rows=[
          ["Kompetences un sasniegumi\n\nNr. 1.\nIzglītojamo pašvadītas mācīšanās prasmju pilnveide, "
           "īstenojot pilnveidoto mācību saturu",
           ["a) kvalitatīvi",
            "Pedagogi mācību stundās mērķtiecīgi plāno un izmanto uzdevumus, kas attīsta izglītojamo "
            "pašvadītas mācīšanās prasmes (mērķu izvirzīšana, sava darba plānošana un izvērtēšana). "
            "Izglītojamie prot izvērtēt savu sniegumu pēc snieguma līmeņu aprakstiem."],
           ["Daļēji sasniegts",
            "Mācību stundu vērošanas dati liecina, ka 64% vērotajās stundās izglītojamie paši izvērtēja "
            "savu sniegumu pēc snieguma līmeņu aprakstiem. 1.–6. klasē tā ir ikdienas prakse, taču "
            "vidusskolas posmā pašvērtēšana vēl notiek epizodiski, galvenokārt humanitārajā jomā."]],
          ["^",
           ["b) kvantitatīvi",
            "Vismaz 60% izglītojamo 4.–12. klasē mācību gada noslēgumā sasniedz optimālu vai augstu "
            "mācību satura apguves līmeni. Centralizētajā eksāmenā matemātikā 12. klasē vidējais "
            "rezultāts ir vismaz 42%, latviešu valodā – vismaz 52%."],
           ["Nav sasniegts",
            "Optimālu vai augstu apguves līmeni mācību gada noslēgumā sasniedza 55,3% izglītojamo "
            "(2020./2021. m.g. – 51,8%). Centralizētā eksāmena vidējais rezultāts matemātikā – 38,6%, "
            "latviešu valodā – 54,6% (sīkāk skat. 7.2. punktā). Matemātikā plānotais rezultāts netika "
            "sasniegts, tāpēc prioritāte tiek turpināta arī nākamajā mācību gadā."]],
          ["Drošība un psiholoģiskā labklājība\n\nNr. 2.\nEmocionāli droša vide un savstarpējā cieņa "
           "skolā pēc attālināto mācību perioda",
           ["a) kvalitatīvi",
            "Izglītojamie un pedagogi zina rīcības algoritmu emocionālas vai fiziskas vardarbības "
            "gadījumos; klases stundās regulāri tiek runāts par emocijām un savstarpējām attiecībām; "
            "klātienē atjaunotas skolas tradīcijas."],
           ["SASNIEGTS",
            "Aktualizēta un ar skolēnu pašpārvaldi saskaņota rīcības kārtība vardarbības gadījumos, ar "
            "to iepazīstināti visi izglītojamie (paraksti e-klasē). Klašu audzinātāji katru mēnesi "
            "novadīja vismaz vienu klases stundu par sociāli emocionālo mācīšanos. Klātienē notika "
            "Zinību diena, Skolotāju diena, Lāčplēša dienas lāpu gājiens, Ziemassvētku koncerts un "
            "Žetonu vakars."]],
          ["^",
           ["b) kvantitatīvi",
            "Vismaz 80% izglītojamo aptaujā norāda, ka skolā jūtas droši. Reģistrēto mobinga gadījumu "
            "skaits samazinās par 20%."],
           ["sasniegts daļēji, jo gadījumu skaits samazinājies mazāk, nekā plānots",
            "Aptaujā (piedalījās 212 izglītojamie no 5.–12. klases) 84% izglītojamo norāda, ka skolā "
            "jūtas droši. Reģistrēto gadījumu skaits samazinājās no 11 uz 10."]],
          ["Infrastruktūra un resursi\n\nNr. 3.\nDigitālo mācību līdzekļu un tehnoloģiju mērķtiecīga "
           "izmantošana mācību procesā",
           ["b) kvantitatīvi",
            "Iegādāti 30 portatīvie datori izglītojamo lietošanai stundās; vismaz 90% pedagogu mācību "
            "procesā regulāri izmanto digitālos mācību resursus (e-klase, Soma.lv, uzdevumi.lv)."],
           ["Sasniegts pilnībā.",
            "Iegādāti 32 portatīvie datori un divi mobilie uzlādes skapji (pašvaldības un valsts "
            "finansējums). Pedagogu aptaujā 95% pedagogu atzīmē, ka digitālos mācību resursus izmanto "
            "katru nedēļu."]],
          ["^",
           ["a) kvalitatīvi",
            "Izveidota vienota skolas digitālo mācību materiālu krātuve; pedagogi dalās pieredzē par "
            "tehnoloģiju izmantošanu."],
           ["Sasniegts",
            "Skolas Microsoft Teams vidē izveidota krātuve “Mūsu resursi” ar 146 pedagogu veidotiem "
            "materiāliem. Notika 4 pieredzes apmaiņas semināri “Digitālā pauze”."]],
      ],
      widths=[3.8, 5.6, 6.6], size=10, header_size=10)

heading(doc, "2.5. Izglītības iestādes darba prioritātes 2022./2023. mācību gadā")
table(doc,
      header=[["Nr.", "Prioritāte", "Sasniedzamie rezultāti (kvalitatīvi un kvantitatīvi)"]],
      rows=[
          ["1.", "Kompetences un sasniegumi\nMatemātikas un dabaszinātņu mācību rezultātu uzlabošana",
           ["a) kvalitatīvi – pedagogi plāno diferencētu atbalstu izglītojamajiem ar zemiem "
            "sasniegumiem matemātikā; notiek regulāras konsultācijas un “matemātikas darbnīcas”.",
            "b) kvantitatīvi – diagnosticējošā darba matemātikā 6. klasē vidējais rezultāts ir vismaz "
            "60%; vismaz 70% izglītojamo apmeklē konsultācijas pirms eksāmeniem."]],
          ["2.", "Mācīšana un mācīšanās\nPadziļināto kursu kvalitatīva īstenošana vidusskolā",
           ["a) kvalitatīvi – padziļināto kursu pedagogi sadarbojas starppriekšmetu saiknes "
            "veidošanā; izglītojamie izstrādā un aizstāv mācību pētniecisko darbu.",
            "b) kvantitatīvi – 100% 11. klases izglītojamo izstrādā pētniecisko darbu; vismaz 2 "
            "starppriekšmetu projekti katrā semestrī."]],
          ["3.", "Izglītības programmu īstenošana\nPāreja uz mācībām valsts valodā pirmsskolā",
           ["a) kvalitatīvi – pirmsskolas grupās rotaļnodarbības notiek latviešu valodā.",
            "b) kvantitatīvi – 100% pirmsskolas pedagogu apmeklē kursus par valodas apguvi."]],
      ],
      widths=[1.0, 5.0, 10.0], size=10)

# ---------------------------------------------------------------- 3
heading(doc, "3. Kritēriju izvērtējums")
crit = [
    ("3.1. Kompetences un sasniegumi",
     ["Centralizētā eksāmena angļu valodā skolas vidējais rezultāts (72,4%) ir augstāks par valsts "
      "vidējo rezultātu (69,1%), arī latviešu valodā rezultāts ir virs valsts vidējā.",
      "Skolā ir izveidota sistēma darbam ar talantīgajiem izglītojamajiem – individuālās konsultācijas, "
      "gatavojoties olimpiādēm; valsts bioloģijas olimpiādē iegūta 3. vieta.",
      "1.–6. klasē 78% izglītojamo ikdienas mācību darbā sasniedz optimālu vai augstu apguves līmeni."],
     ["Uzlabot izglītojamo matemātikas prasmes, īpaši problēmu risināšanā un teksta uzdevumos.",
      "Pilnveidot vidusskolēnu pašvadītas mācīšanās prasmes (mērķu izvirzīšana, laika plānošana).",
      "Analizēt ikdienas vērtējumu un eksāmenu rezultātu atbilstību dabaszinātņu mācību priekšmetos."]),
    ("3.2. Vienlīdzība un iekļaušana",
     ["Izglītojamajiem ar speciālām vajadzībām ir izstrādāti individuālie izglītības programmas "
      "apguves plāni; atbalsta komanda tiekas reizi nedēļā.",
      "Skolas iekšējās kārtības noteikumos un ikdienas praksē nav konstatēta diskriminācija."],
     ["Pilnveidot pedagogu zināšanas par darbu ar izglītojamajiem ar mācīšanās traucējumiem "
      "vispārizglītojošās klasēs.",
      "Regulāri aptaujāt vecākus par atbalsta pieejamību."]),
    ("3.3. Pieejamība",
     ["Skola nodrošina bezmaksas transportu izglītojamajiem no attāliem pagasta ciemiem "
      "(3 skolēnu autobusu maršruti).",
      "Pagarinātās dienas grupa 1.–4. klasei un 14 interešu izglītības programmas."],
     ["Nodrošināt vides pieejamību izglītojamajiem ar kustību traucējumiem 2. stāvā (pacēlājs).",
      "Paplašināt karjeras izglītības pasākumus 7.–12. klasei."]),
    ("3.4. Drošība un psiholoģiskā labklājība",
     ["84% izglītojamo aptaujā norāda, ka skolā jūtas droši.",
      "Izstrādāta un ieviesta rīcības kārtība vardarbības gadījumos, izglītojamie to pārzina."],
     ["Mazināt mobinga gadījumus 5.–8. klasē, iesaistot skolēnu pašpārvaldi un vecākus.",
      "Ieviest regulāru izglītojamo labbūtības monitoringu (2 reizes gadā)."]),
    ("3.5. Infrastruktūra un resursi",
     ["Skolā ir moderni aprīkoti dabaszinātņu kabineti (renovācija 2019. gadā).",
      "Izglītojamajiem pieejami 32 portatīvie datori, visās klasēs ir interaktīvie ekrāni vai "
      "projektori."],
     ["Sporta zāles ventilācijas sistēmas atjaunošana.",
      "Bibliotēkas fonda papildināšana ar pilnveidotā mācību satura mācību līdzekļiem vidusskolai."]),
]
for title, strong, needs in crit:
    heading(doc, title)
    n = max(len(strong), len(needs))
    rows = [[strong[i] if i < len(strong) else "", needs[i] if i < len(needs) else ""] for i in range(n)]
    table(doc, header=[["Stiprās puses", "Turpmākās attīstības vajadzības"]], rows=rows,
          widths=[8.0, 8.0], size=11)

# ---------------------------------------------------------------- 4-6
heading(doc, "4. Informācija par īstenotajiem projektiem")
for t in [
    "4.1. ESF projekts “Atbalsts priekšlaicīgas mācību pārtraukšanas samazināšanai” (PuMPuRS), "
    "Nr. 8.3.4.0/16/I/001. 2021./2022. mācību gadā individuālo atbalstu saņēma 19 izglītojamie "
    "(konsultācijas matemātikā, latviešu valodā, fizikā, psihologa konsultācijas). Visi atbalstu "
    "saņēmušie izglītojamie tika pārcelti nākamajā klasē vai ieguva izglītību apliecinošu dokumentu.",
    "4.2. ESF projekts “Atbalsts izglītojamo individuālo kompetenču attīstībai”, Nr. 8.3.2.2/16/I/001 – "
    "nodarbības talantīgajiem izglītojamajiem bioloģijā, ķīmijā un matemātikā, robotikas pulciņš.",
    "4.3. Erasmus+ KA1 skolu izglītības mobilitātes projekts “Digitālās prasmes – ceļš uz mūsdienīgu "
    "skolu” (2021-1-LV01-KA121-SCH-000034519): 6 pedagogi piedalījās strukturētos kursos Portugālē "
    "un Somijā, pēc tam vadīja pieredzes apmaiņas seminārus kolēģiem.",
    "4.4. Kultūrizglītības programma “Latvijas skolas soma” – 23 pasākumi visām klašu grupām.",
    "4.5. Programmas “Skolas auglis” un “Skolas piens” 1.–9. klasei un pirmsskolas grupām.",
]:
    para(doc, t, align="j")
heading(doc, "5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
for t in [
    "5.1. Zīlāres tehnikums – līgums par sadarbību karjeras izglītībā un mācību ekskursijām (2020).",
    "5.2. Latvijas Universitāte – sadarbības līgums par studentu pedagoģisko praksi.",
    "5.3. Biedrība “Kalnamuižas attīstībai” – brīvprātīgā darba un vasaras nometņu organizēšana.",
    "5.4. Zīlāres novada Bērnu un jauniešu centrs – interešu izglītības programmu īstenošana skolas "
    "telpās.",
    "5.5. Valsts policijas Zīlāres iecirknis – preventīvie pasākumi un lekcijas izglītojamajiem.",
]:
    para(doc, t, align="j")
heading(doc, "6. Audzināšanas darba prioritātes un galvenie secinājumi")
para(doc, "6.1. 2021./2022. mācību gada audzināšanas darba prioritāte bija izglītojamo sociāli emocionālo "
          "prasmju attīstība un piederības sajūtas stiprināšana pēc attālināto mācību perioda. Klašu "
          "audzinātāji izmantoja programmas “Dzīves prasmes” materiālus, notika kopīgi klašu pārgājieni, "
          "skolēnu pašpārvalde organizēja labdarības akciju Ukrainas bērniem (savākti 1140 eiro).",
     align="j")
para(doc, "6.2. Secinājumi: izglītojamo iesaiste skolas dzīvē ir atjaunojusies, taču jāturpina darbs pie "
          "savstarpējās cieņas un atbildības par savu rīcību digitālajā vidē. Nākamajā mācību gadā "
          "audzināšanas darba prioritāte – pilsoniskā līdzdalība un valstiskā identitāte.", align="j")

# ---------------------------------------------------------------- 7
heading(doc, "7. Citi sasniegumi")
para(doc, "7.1. Izglītojamo sasniegumi olimpiādēs un konkursos: Zīlāres novada mācību priekšmetu "
          "olimpiādēs izglītojamie ieguva 19 godalgotas vietas (7 – 1. vietas, 5 – 2. vietas, "
          "7 – 3. vietas); valsts bioloģijas olimpiādē 11. klases izglītojamā ieguva 3. vietu, "
          "valsts ekonomikas olimpiādē – atzinību. Skolas jauktais koris skatē ieguva I pakāpes "
          "diplomu (44,5 punkti).", align="j")
heading(doc, "7.2. Valsts pārbaudes darbu rezultāti un secinājumi")
para(doc, "7.2.1. Pamatizglītības posms. 9. klases izglītojamo vidējie rezultāti valsts pārbaudes darbos "
          "(kopvērtējums procentos) un nākamā mācību gada mērķi:", align="j")
table(doc,
      header=[["Mācību priekšmets", "2020./2021. m.g.", "2021./2022. m.g.", "Mērķis\n2022./2023. m.g."]],
      rows=[
          ["Latviešu valoda", "nenotika*", "64,8%", "62%"],
          ["Matemātika", "nenotika*", "51,2%", "55%"],
          ["Angļu valoda", "nenotika*", "71,5%", "72%"],
          ["Krievu valoda (svešvaloda)", "nenotika*", "78,9%", "–"],
      ],
      widths=[5.2, 3.6, 3.6, 3.6], size=11, aligns=["l", "c", "c", "c"])
para(doc, "* 2020./2021. mācību gadā 9. klašu izglītojamie valsts pārbaudes darbus nekārtoja "
          "(atbrīvoti Covid-19 pandēmijas dēļ), tāpēc salīdzinājums ar iepriekšējo gadu nav iespējams.",
     italic=True, size=10)
para(doc, "9. klasē eksāmenus kārtoja 24 izglītojamie, visi ieguva apliecību par vispārējo pamatizglītību. "
          "Zemākie rezultāti ir matemātikā, kur izglītojamajiem grūtības sagādāja ģeometrijas uzdevumi un "
          "teksta uzdevumi ar vairākiem soļiem.", align="j")
para(doc, "7.2.2. Vispārējās vidējās izglītības posms. 2021./2022. mācību gadā centralizētie eksāmeni vēl "
          "notika vienā līmenī; 12. klasē tos kārtoja 31 izglītojamais. Skolas vidējie rezultāti "
          "(iekavās – valsts vidējais rezultāts):", align="j")
for line in [
    "Latviešu valoda – 54,6% (valstī 52,2%), nenokārtoja 3,2% skolēnu.",
    "Matemātika - 38,6% (valstī 37%), nenokārtoja 9,7% skolēnu.",
    "Angļu valoda – 72,4% (valstī 69,1%).",
    "Krievu valoda – 81,3% (valstī 77,7%), eksāmenu kārtoja 6 izglītojamie.",
    "Bioloģija - 61,9% (valstī 66,1%).",
    "Ķīmija – 47,5% (valstī 58,2%), nenokārtoja 1 skolēns.",
    "Fizika – 49% (valstī 55,7%).",
    "Latvijas un pasaules vēsture – 58,3% (valstī 65%).",
    "Vācu valoda – šogad eksāmenu nekārtoja neviens izglītojamais.",
]:
    para(doc, line, space_after=0).paragraph_format.left_indent = __import__("docx").shared.Cm(1)
para(doc, "")
para(doc, "Salīdzinot ar 2020./2021. mācību gadu, kad skolas vidējais rezultāts latviešu valodā bija 49,8% "
          "(valstī 51,7%), matemātikā – 33,1% (valstī 36%) un angļu valodā – 68% (valstī 66,8%), "
          "rezultāti ir uzlabojušies visos obligātajos eksāmenos. Dabaszinātņu izvēles eksāmenos "
          "(ķīmija, fizika) rezultāti ir zemāki par valsts vidējiem, tāpēc nākamajā mācību gadā "
          "padziļināto kursu pedagogi plānos papildu konsultācijas.", align="j")
para(doc, "2022./2023. mācību gadā, kad centralizētie eksāmeni pirmo reizi notiks optimālajā un "
          "augstākajā līmenī, izvirzām mērķi optimālā līmeņa eksāmenos sasniegt vismaz šādus vidējos "
          "rezultātus: latviešu valodā – 55%, matemātikā – 40%, angļu valodā – 70%.", align="j")
para(doc, "Diagnosticējošajā darbā matemātikā 6. klasē izglītojamo vidējais rezultāts bija 58,4% "
          "(valstī 61,2%), 3. klasē latviešu valodā – 71% (valstī 69,5%). Diagnosticējošo darbu "
          "rezultāti tiek izmantoti atbalsta plānošanai.", align="j")

para(doc, "")
para(doc, "Direktore\t\t\t\t/paraksts/\t\t\tL. Ozoliņa")
para(doc, "")
para(doc, "Ziņojums sagatavots 2022. gada 26. augustā.", italic=True, size=10)

# ---------------------------------------------------------------- build
BUILD.mkdir(parents=True, exist_ok=True)
docx_path = BUILD / f"{NAME}.docx"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(BUILD), str(docx_path)],
               check=True, capture_output=True)
pdf = BUILD / f"{NAME}.pdf"
out = CASE / "reports"
out.mkdir(exist_ok=True)
shutil.copy(pdf, out / pdf.name)
subprocess.run(["/work/shared/tools/tika-text", str(out / pdf.name), str(out / f"{NAME}.txt")], check=True)
print("wrote", out / pdf.name, out / f"{NAME}.txt")
