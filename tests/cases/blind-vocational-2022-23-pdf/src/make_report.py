#!/usr/bin/env python3
"""Generate rujienas-tehnologiju-un-dizaina-tehnikums_2022-2023 (.docx -> .pdf -> Tika .txt).

Run from anywhere:  python make_report.py
Needs python-docx, LibreOffice (soffice) and /work/shared/tools/tika-text.
"""
import subprocess
import shutil
from pathlib import Path

from docx_helpers import new_document, para, runs, page_break, table, merge, set_cell

HERE = Path(__file__).resolve().parent
CASE = HERE.parent
NAME = "rujienas-tehnologiju-un-dizaina-tehnikums_2022-2023"
TIKA = "/work/shared/tools/tika-text"


def build(path: Path):
    doc = new_document()

    # ---------- cover ----------
    for line in ("SASKAŅOTS", "Valmieras novada pašvaldības", "Izglītības pārvaldes vadītāja",
                 "/paraksts/ I. Zvaigzne", "2023. gada 28. septembrī"):
        para(doc, line, align="right", space_after=0)
    para(doc)
    para(doc, "RŪJIENAS TEHNOLOĢIJU UN DIZAINA TEHNIKUMS", bold=True, align="center", size=14, space_after=0)
    para(doc, "Reģ. Nr. 4335802117, Rīgas iela 41, Rūjiena, Valmieras novads, LV-4240", align="center", size=9, space_after=0)
    para(doc, "tālr. 64263117, e-pasts: tehnikums@rujienastdt.lv, www.rujienastdt.lv", align="center", size=9)
    for _ in range(6):
        para(doc)
    para(doc, "Rūjienas Tehnoloģiju un dizaina tehnikuma", bold=True, align="center", size=16, space_after=0)
    para(doc, "pašnovērtējuma ziņojums", bold=True, align="center", size=16, space_after=0)
    para(doc, "Publiskojamā daļa", align="center", size=13, space_after=0)
    para(doc, "par 2022./2023. mācību gadu", align="center", size=13)
    for _ in range(14):
        para(doc)
    para(doc, "Rūjiena, 2023", align="center")
    page_break(doc)

    para(doc, "Rūjienas Tehnoloģiju un dizaina tehnikums (turpmāk – tehnikums) ir Valmieras novada "
         "pašvaldības dibināta profesionālās izglītības iestāde, kas darbību sāka 1962. gadā kā "
         "lauksaimniecības mehanizācijas arodskola. Kopš 2019. gada tehnikums īsteno profesionālās "
         "vidējās izglītības programmas informācijas un komunikācijas tehnoloģiju, dizaina un "
         "ēdināšanas jomā, profesionālās tālākizglītības programmu pieaugušajiem, kā arī profesionālās "
         "ievirzes izglītības programmu vizuāli plastiskajā mākslā novada skolēniem. Mācības notiek "
         "mācību korpusā Rīgas ielā 41 un Naukšēnu mācību vietā, tehnikuma dienesta viesnīcā "
         "2022./2023. mācību gadā dzīvoja 112 izglītojamie.", align="justify")
    para(doc, "Pašnovērtējuma ziņojums sagatavots, izmantojot mācību stundu vērošanas datus, izglītojamo, "
         "pedagogu un darba devēju aptauju rezultātus, VIIS datus un metodisko komisiju darba analīzi. "
         "Ziņojums apspriests Pedagoģiskās padomes sēdē 2023. gada 31. augustā.", align="justify")

    # ---------- 1 ----------
    para(doc, "1. Pamatinformācija par izglītības iestādi", bold=True, size=12)
    para(doc, "1.1. Izglītojamo skaits un īstenotās izglītības programmas 2022./2023. mācību gadā", bold=True)
    hdr = ["Nr.\np.k.", "Izglītības programmas nosaukums", "Izglītības programmas kods",
           "Kvalifikācija", "Īstenošanas vietas adrese (ja atšķiras no juridiskās adreses)",
           "Licence\n(Nr., datums)",
           "Izglītojamo skaits, uzsākot programmas apguvi vai uzsākot 2022./2023. m.g. (01.09.2022.)",
           "Izglītojamo skaits, noslēdzot sekmīgu programmas apguvi vai noslēdzot 2022./2023. m.g. (30.06.2023.)"]
    rows = [hdr,
            ["1.", "Programmēšana", "33 481 03 1", "Programmēšanas tehniķis", "–", "P_4512\n14.07.2021.", "96", "88"],
            ["2.", "Datorsistēmas, datubāzes un datortīkli", "33 481 01 1", "Datorsistēmu tehniķis", "–", "P_4513\n14.07.2021.", "74", "69"],
            ["3.", "Vides dizains", "33 214 01 1", "Vides dizaina speciālists", "–", "P_3977\n02.11.2020.", "58", "55"],
            ["4.", "Ēdināšanas pakalpojumi", "33 811 03 1", "Pavārs", "–", "P_4020\n02.11.2020.", "81", "72"],
            ["5.", "Ēdināšanas pakalpojumi", "33 811 03 1", "Pavārs",
             "Skolas iela 3, Naukšēni, Naukšēnu pag., Valmieras nov., LV-4244", "P_4021\n02.11.2020.", "24", "21"],
            ["6.", "Ēdināšanas pakalpojumi", "35b 811 03 1", "Pavārs (1,5 gadi pēc vidējās izglītības)", "–", "P_5108\n23.05.2022.", "18", "16"],
            ["7.", "Programmēšana (profesionālā tālākizglītība)", "30T 481 03 1", "Programmēšanas tehniķis (nepilna laika klātiene)", "–", "P_5230\n18.08.2022.", "22", "17"],
            ["8.", "Vizuāli plastiskā māksla (profesionālās ievirzes izglītība)*", "20V 211 00 1", "–", "–", "P_2871\n30.06.2019.", "35", "33"],
            ["", "Kopā", "", "", "", "", "408", "371"]]
    t = table(doc, rows, [0.9, 2.9, 2.4, 2.3, 2.5, 1.9, 2.1, 2.1], size=9, bold_rows=(9,), center_cols=(0, 2, 6, 7))
    para(doc, "* Profesionālās ievirzes izglītības programmu pēcpusdienās apgūst Rūjienas apkārtnes "
         "vispārizglītojošo skolu 5.–9. klašu skolēni. Programmās ar kodu 33 izglītojamo skaits norādīts "
         "visos kursos kopā.", italic=True, size=9)

    para(doc, "1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes "
         "maiņai un mācību pārtraukšanai izglītības programmā", bold=True)
    para(doc, "2022./2023. mācību gadā no tehnikuma atskaitīti 37 izglītojamie (9,1% no izglītojamo skaita "
         "mācību gada sākumā). Atskaitīšanas iemesli:", align="justify")
    para(doc, "1.2.1. dzīvesvietas maiņa – 4 izglītojamie (ģimenes pārcēlās uz Valmieru un Rīgu), uz "
         "ārvalstīm izbrauca 1 izglītojamais;", align="justify", indent=0.5)
    para(doc, "1.2.2. izglītības iestādes maiņa – 9 (deviņi) izglītojamie, kuri galvenokārt izvēlējās apgūt "
         "citu profesiju citā profesionālās izglītības iestādē vai turpināt mācības vispārējās vidējās "
         "izglītības iestādē tuvāk dzīvesvietai;", align="justify", indent=0.5)
    para(doc, "1.2.3. cits iemesls – kopā 23 izglītojamie: nesekmība un neattaisnoti kavējumi "
         "(11 izglītojamie), darba gaitu uzsākšana (7), veselības stāvoklis (3), ģimenes apstākļi, "
         "t.sk. bērna kopšana (2).", align="justify", indent=0.5)
    para(doc, "Secinājumi: lielākā daļa mācības pārtraukušo ir 1. kursa izglītojamie (21 no 37), kuri "
         "pirmajā semestrī nav pielāgojušies mācību slodzei un dienesta viesnīcas dzīvei. Nepieciešams "
         "stiprināt grupu audzinātāju un atbalsta personāla sadarbību, lai savlaicīgi konstatētu "
         "kavējumu riskus. Darba gaitu uzsākšana ir raksturīga nepilna laika tālākizglītības "
         "programmas izglītojamajiem.", align="justify")

    para(doc, "1.3. Informācija par ilgstošajām pedagogu vakancēm un atbalsta personālu", bold=True)
    rows = [["Nr.", "Informācija", "Skaits", "Komentāri"],
            ["1.3.1.", "Ilgstošās pedagogu vakances izglītības iestādē (vairāk nekā 1 mēnesi) "
             "2022./2023. m.g.", "2",
             "Matemātikas skolotājs (0,6 likmes) – vakance no septembra līdz decembrim; "
             "programmēšanas moduļu pedagogs (0,5 likmes) – vakance aizpildīta janvārī ar nozares speciālistu."],
            ["1.3.2.", "Izglītības iestādē pieejamais atbalsta personāls izglītības iestādē", "6",
             "Izglītības psihologs, sociālais pedagogs, speciālais pedagogs, karjeras konsultants, "
             "bibliotekārs, medicīnas māsa."]]
    table(doc, rows, [1.4, 6.0, 1.6, 8.0], size=10, center_cols=(0, 2))

    # ---------- 2 ----------
    para(doc)
    para(doc, "2. Izglītības iestādes darbības pamatmērķi un prioritātes", bold=True, size=12)
    runs(doc, [("2.1. Izglītības iestādes misija – ", True),
               ("sagatavot konkurētspējīgus, radošus un atbildīgus speciālistus Vidzemes un Latvijas darba "
                "tirgum, nodrošinot mūsdienīgu, darba vidē balstītu profesionālo izglītību.", False)], align="justify")
    runs(doc, [("2.2. Izglītības iestādes vīzija par izglītojamo – ", True),
               ("profesionāli kompetents, uzņēmīgs un pašvadīts jaunietis, kurš prot mācīties visu mūžu, "
                "lepojas ar savu profesiju un ir atbildīgs par sevi, kolēģiem un vidi.", False)], align="justify")
    runs(doc, [("2.3. Izglītības iestādes vērtības – ", True),
               ("profesionalitāte, atbildība, radošums, cieņa un sadarbība.", False)], align="justify")
    para(doc, "2.4. 2022./2023. mācību gada darba prioritātes un sasniegtie rezultāti", bold=True)

    rows = [["Prioritāte", "Sasniedzamie rezultāti (kvantitatīvi un kvalitatīvi)",
             "Norāde par uzdevumu izpildi (Sasniegts/ daļēji sasniegts/ nav sasniegts) un komentāri"],
            # priority 1
            [None,
             "a) kvalitatīvi\nPedagogi mācību stundās sistemātiski kopā ar izglītojamajiem formulē "
             "sasniedzamos rezultātus un vērtēšanas kritērijus; izglītojamie prot izvērtēt savu "
             "mācīšanās progresu un plānot nākamos soļus.",
             "Sasniegts\nMācību stundu vērošanas dati (vērotas 118 stundas) liecina, ka 84% stundu "
             "sasniedzamais rezultāts un vērtēšanas kritēriji tiek izrunāti ar izglītojamajiem. Izstrādāta "
             "vienota pašvērtējuma lapa vispārizglītojošajos mācību priekšmetos, to izmanto visas 1. un "
             "2. kursa grupas. Izglītojamo aptaujā 71% atzīst, ka prot izvērtēt savu mācīšanās progresu."],
            [None,
             "b) kvantitatīvi\nIzglītojamo vidējais rezultāts centralizētajā eksāmenā matemātikā ir "
             "vismaz 40%, latviešu valodā – vismaz 50%.\nVismaz 80% vispārizglītojošo mācību priekšmetu "
             "pedagogu piedalās mācīšanās grupās.",
             "Daļēji sasniegts – pedagogu profesionālās pilnveides daļā mērķis sasniegts (86% pedagogu "
             "piedalījās mācīšanās grupās), taču centralizēto eksāmenu rezultāti ir zemāki par plānoto "
             "(skatīt 7. nodaļu)."],
            # priority 2
            [None,
             "a) kvalitatīvi\nIzveidota vienota absolventu nodarbinātības datu uzskaites sistēma; "
             "izglītojamie saņem individuālas karjeras konsultācijas visā mācību laikā.",
             "SASNIEGTS\nIzveidota absolventu datu uzskaites tabula, kurā reizi pusgadā tiek apkopota "
             "informācija par absolventu nodarbinātību un tālākizglītību. Karjeras konsultants un grupu "
             "audzinātāji sadarbojas individuālo konsultāciju plānošanā."],
            [None,
             "b) kvantitatīvi\nVismaz 70% absolventu sešus mēnešus pēc tehnikuma beigšanas strādā vai "
             "turpina mācības; katrs 1. kursa izglītojamais saņēmis vismaz vienu individuālu karjeras "
             "konsultāciju.",
             "Sasniegts, pārsniedzot plānoto. 78% 2022. gada absolventu sešus mēnešus pēc tehnikuma "
             "beigšanas strādā (61%) vai turpina mācības (17%). Individuālas karjeras konsultācijas "
             "saņēmuši visi (117) 1. kursa izglītojamie."],
            # priority 3
            [None,
             "b) kvantitatīvi\nDarba vidē balstītās mācībās (DVB) iesaistīti vismaz 30% 3. un 4. kursa "
             "izglītojamo; noslēgti vismaz 5 jauni sadarbības līgumi ar darba devējiem.",
             "Nav sasniegts. DVB mācībās iesaistīti 19% 3. un 4. kursa izglītojamo (24 izglītojamie), "
             "noslēgti 3 jauni līgumi. Galvenie iemesli – nelielais uzņēmumu skaits Rūjienas apkārtnē un "
             "transporta izmaksas izglītojamo nokļūšanai uz uzņēmumiem Valmierā."],
            [None,
             "a) kvalitatīvi\nIzstrādāta DVB īstenošanas kārtība un mentoru atbalsta sistēma uzņēmumos.",
             "Sasniegts daļēji – DVB īstenošanas kārtība izstrādāta un apstiprināta 2023. gada martā, "
             "uzņēmumu mentoru apmācība pārcelta uz 2023./2024. mācību gadu."]]
    t = table(doc, rows, [3.6, 6.4, 7.2], size=9.5)
    merge(t, 1, 0, 2, 0, "Mācīšana un mācīšanās\nNr. 1\nPašvadītas mācīšanās prasmju attīstīšana "
          "vispārizglītojošajos mācību priekšmetos", size=9.5)
    merge(t, 3, 0, 4, 0, "Izglītības turpināšana un nodarbinātība\nNr. 2\nKarjeras atbalsta sistēmas "
          "pilnveide un absolventu nodarbinātības monitorings", size=9.5)
    merge(t, 5, 0, 6, 0, "Izglītības programmu īstenošana\nNr. 3\nDarba vidē balstītu mācību paplašināšana",
          size=9.5)

    para(doc)
    para(doc, "2.5. Izglītības iestādes prioritātes 2023./2024. mācību gadam", bold=True)
    para(doc, "1. Mācīšana un mācīšanās. Matemātikas un latviešu valodas mācību rezultātu uzlabošana, "
         "stiprinot starppriekšmetu saikni ar profesionālajiem moduļiem.", indent=0.5, align="justify")
    para(doc, "a) kvalitatīvi – pedagogi kopīgi plāno vismaz vienu starppriekšmetu projektu katrā grupā; "
         "b) kvantitatīvi – izglītojamo vidējais rezultāts matemātikā tuvinās valsts vidējam rezultātam.",
         indent=1.0, align="justify")
    para(doc, "2. Izglītības programmu īstenošana. Mentoru atbalsta sistēmas ieviešana darba vidē "
         "balstītās mācībās.", indent=0.5, align="justify")
    para(doc, "a) kvalitatīvi – apmācīti uzņēmumu mentori; b) kvantitatīvi – DVB mācībās iesaistīta "
         "vismaz ceturtā daļa 3. un 4. kursa izglītojamo.", indent=1.0, align="justify")
    para(doc, "3. Drošība un psiholoģiskā labklājība. Dienesta viesnīcas iemītnieku iekļaušanās un "
         "mācību motivācijas atbalsts 1. kursā.", indent=0.5, align="justify")

    # ---------- 3 ----------
    para(doc)
    para(doc, "3. Kritēriju izvērtējums", bold=True, size=12)
    crit = [
        ("3.1. Kritērijs “Izglītības turpināšana un nodarbinātība”",
         [("Tehnikumā izveidota absolventu nodarbinātības datu uzskaite; dati tiek analizēti "
           "Pedagoģiskās padomes sēdēs un izmantoti programmu pilnveidei.",
           "Paplašināt datu ieguvi, iesaistot darba devējus absolventu prasmju novērtēšanā."),
          ("Karjeras konsultants sniedz individuālas konsultācijas, izglītojamie piedalās "
           "“Ēnu dienās” un nozaru uzņēmumu ekskursijās.",
           "Stiprināt karjeras izglītību 35b un 30T programmu izglītojamajiem, kuri mācās nepilnu laiku."),
          ("Vides dizaina un programmēšanas absolventu pieprasījums darba tirgū ir augsts.",
           "Samazināt to 1. kursa izglītojamo īpatsvaru, kuri pārtrauc mācības pirmajā semestrī.")]),
        ("3.2. Kritērijs “Mācīšana un mācīšanās”",
         [("Vienota izpratne par sasniedzamo rezultātu izrunāšanu stundās; pedagogi izmanto "
           "pašvērtējuma lapas un digitālās platformas (Moodle, GitHub Classroom).",
           "Pilnveidot diferencētu atbalstu izglītojamajiem ar zemiem sasniegumiem matemātikā."),
          ("Profesionālo moduļu pedagogi ir nozares praktiķi, mācību saturs tiek saskaņots ar "
           "uzņēmumu vajadzībām.",
           "Nodrošināt profesionālo moduļu pedagogiem pedagoģiskās kompetences pilnveides kursus."),
          ("Izglītojamo kvalifikācijas eksāmenu rezultāti ir stabili labi.",
           "Mazināt atšķirības starp ikdienas vērtējumiem un centralizēto eksāmenu rezultātiem.")]),
        ("3.3. Kritērijs “Izglītības programmu īstenošana”",
         [("Programmas tiek īstenotas modulārā pieejā, licencēta jauna tālākizglītības programma "
           "Programmēšanā pieaugušajiem.",
           "Ieviest mentoru atbalsta sistēmu darba vidē balstītās mācībās."),
          ("Mācību bāze ēdināšanas programmās atjaunota ERAF projekta ietvaros.",
           "Atjaunot datortehniku divos programmēšanas kabinetos (vecāka par 6 gadiem).")]),
    ]
    for title, items in crit:
        para(doc, title, bold=True)
        rows = [["Stiprās puses", "Turpmākās attīstības vajadzības"]] + [list(x) for x in items]
        table(doc, rows, [8.6, 8.6], size=10)
        para(doc)

    # ---------- 4 ----------
    para(doc, "4. Informācija par būtiskākajiem projektiem un to īstenošanas rezultātiem", bold=True, size=12)
    para(doc, "4.1. Erasmus+ KA1 projekts “Prakse Eiropā – profesionalitātes atslēga” (Nr. "
         "2022-1-LV01-KA121-VET-000057412). 12 izglītojamie kvalifikācijas praksi 4 līdz 6 nedēļas "
         "izgāja uzņēmumos Somijā un Vācijā, 4 pedagogi piedalījās darba ēnošanā partneru skolās. "
         "Rezultāts: pilnveidotas izglītojamo svešvalodu un profesionālās prasmes, prakses vērtējumi "
         "vidēji 8,4 balles.", align="justify")
    para(doc, "4.2. ESF projekts “Atbalsts izglītojamo individuālo kompetenču attīstībai” un projekts "
         "“PuMPuRS”: individuālie atbalsta plāni sagatavoti 41 izglītojamajam ar priekšlaicīgas mācību "
         "pārtraukšanas risku, no tiem 33 mācības turpina.", align="justify")
    para(doc, "4.3. Valmieras novada pašvaldības projektu konkurss jauniešu iniciatīvām: izglītojamo "
         "pašpārvalde īstenoja projektu “Zaļā pagalma diena”, labiekārtojot tehnikuma atpūtas zonu.",
         align="justify")

    # ---------- 5 ----------
    para(doc, "5. Informācija par institucionālo sadarbības līgumu noslēgšanu", bold=True, size=12)
    para(doc, "5.1. SIA “Rūjienas saldējums” – sadarbības līgums par darba vidē balstītām mācībām un "
         "kvalifikācijas praksi ēdināšanas pakalpojumu programmas izglītojamajiem (2023. gada februāris).",
         align="justify")
    para(doc, "5.2. SIA “Baltic Code Lab” – līgums par mentoru atbalstu un prakses vietām programmēšanas "
         "izglītojamajiem.", align="justify")
    para(doc, "5.3. Vidzemes Augstskola – sadarbība karjeras izglītībā un studiju iespēju "
         "popularizēšanā, kopīgs IT nometņu cikls.", align="justify")
    para(doc, "5.4. Rūjienas vidusskola un Naukšēnu pamatskola – profesionālās ievirzes programmas "
         "īstenošana un telpu koplietošana.", align="justify")

    # ---------- 6 ----------
    para(doc, "6. Cita informācija (audzināšanas darbs, izglītojamo sasniegumi)", bold=True, size=12)
    para(doc, "6.1. Audzināšanas darbā prioritāte bija valstiskās identitātes un piederības stiprināšana. "
         "Notika tradicionālie pasākumi – Zinību diena, Tehnikuma dzimšanas diena, Lāčplēša dienas "
         "lāpu gājiens, Valsts svētku koncerts, Profesiju nedēļa. Izglītojamo pašpārvalde organizēja "
         "7 pasākumus dienesta viesnīcas iemītniekiem.", align="justify")
    para(doc, "6.2. Izglītojamo sasniegumi:", align="justify")
    for line in ("• jauno profesionāļu meistarības konkursā “Skills Latvia 2023” programmēšanas kategorijā – "
                 "3. vieta (Kristaps Ozoliņš, 3. kurss);",
                 "• valsts profesionālās izglītības iestāžu pavāru konkursā “Zelta karote” – 2. vieta komandu "
                 "vērtējumā;",
                 "• starptautiskajā vides dizaina skatē “Rīgas dārzi un parki” – atzinība (2 izglītojamie);",
                 "• Vidzemes reģiona profesionālo skolu sporta spēlēs volejbolā – 1. vieta."):
        para(doc, line, indent=0.7, align="justify")

    # ---------- 7 ----------
    para(doc, "7. Valsts pārbaudes darbu rezultāti un secinājumi", bold=True, size=12)
    para(doc, "2022./2023. mācību gadā centralizētos eksāmenus kārtoja 64 izglītojamie, kuri apguva "
         "profesionālās vidējās izglītības programmas 4. kursā. Vidējie rezultāti optimālajā līmenī:",
         align="justify")
    for line in ("Latviešu valoda – 47,6% (valstī 54%), nenokārtoja 3,1% izglītojamo.",
                 "Matemātika – 31,8% (valstī 35%), nenokārtoja 14,1% izglītojamo.",
                 "Angļu valoda – 55,2% (valstī 63%), nenokārtoja 1,6% izglītojamo.",
                 "Angļu valoda augstākajā līmenī (kārtoja 6 izglītojamie) – 58,4% (valstī 65%)."):
        para(doc, line, indent=0.7)
    para(doc, "Salīdzinot ar iepriekšējo mācību gadu, rezultāts latviešu valodā ir uzlabojies "
         "(2021./2022. m.g. – 44,9%), savukārt matemātikā samazinājies (2021./2022. m.g. – 33,5%). "
         "Prioritātē plānotais matemātikas rezultāts (vismaz 40%) netika sasniegts. Zemākie rezultāti "
         "matemātikā ir ēdināšanas pakalpojumu programmas izglītojamajiem, kuriem matemātikas apguvei "
         "atvēlēts mazāks stundu skaits.", align="justify")
    para(doc, "Profesionālās kvalifikācijas eksāmenus kārtoja 102 izglītojamie; vidējais vērtējums – "
         "6,8 balles, profesionālo kvalifikāciju ieguva 96 izglītojamie (94%).", align="justify")
    para(doc, "Secinājumi: 1) jāturpina diferencēts atbalsts matemātikā, organizējot konsultācijas "
         "nelielās grupās; 2) angļu valodas rezultāti ir stabili, lai gan zemāki par valsts vidējo; "
         "3) jāpilnveido latviešu valodas un profesionālo moduļu starppriekšmetu saikne.", align="justify")

    para(doc)
    para(doc, "Direktors                                   /paraksts/                                   Andris Kalējs")
    para(doc, "Dokuments sagatavots 2023. gada 15. septembrī", size=9, italic=True)
    doc.save(path)


def main():
    reports = CASE / "reports"
    reports.mkdir(exist_ok=True)
    docx = HERE / f"{NAME}.docx"
    build(docx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(reports), str(docx)],
                   check=True, capture_output=True)
    pdf = reports / f"{NAME}.pdf"
    subprocess.run([TIKA, str(pdf), str(reports / f"{NAME}.txt")], check=True)
    print("wrote", docx, pdf, reports / f"{NAME}.txt")


if __name__ == "__main__":
    main()
