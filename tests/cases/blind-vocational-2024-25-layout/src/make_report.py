"""Generate the vocational-school report: DOCX (python-docx, unusual column widths) -> PDF
(LibreOffice) -> Tika text and `pdftotext -layout` text.

Run:  /work/blind/.venv-devB/bin/python src/make_report.py   (from anywhere)
Delivers reports/mezotnes-tehnologiju-tehnikums_2024-2025{.pdf,.txt,_layout.txt}; the DOCX is an
intermediate file kept in a temporary folder.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docxkit import add_page_number_footer, new_document, page_break, para, table  # noqa: E402

CASE = HERE.parent
OUT = CASE / "reports"
NAME = "mezotnes-tehnologiju-tehnikums_2024-2025"

ADDR_MAIN = "Skolas iela 4, Mežotne, Mežotnes pagasts, Bauskas novads, LV-3918"
ADDR_BAUSKA = "Rūpniecības iela 27, Bauska, Bauskas novads, LV-3901 (mācību darbnīcas)"
ADDR_DARZA = "Dārza iela 11, Bauska, Bauskas novads, LV-3901 (Pieaugušo izglītības centrs)"


def H(doc, text, size=12, before=10, after=4):
    return para(doc, text, bold=True, size=size, before=before, after=after, keep_next=True)


def P(doc, text, **kw):
    kw.setdefault("align", "justify")
    kw.setdefault("first", 1.0)
    return para(doc, text, **kw)


def build(path: Path):
    doc = new_document(size=12, left=2.0, right=1.5)
    add_page_number_footer(doc)

    # cover --------------------------------------------------------------------------------
    para(doc, "APSTIPRINU\nMežotnes Tehnoloģiju tehnikuma direktors\n/paraksts/ R. Zariņš\n"
              "2025. gada 29. septembrī", align="right", size=11, after=60)
    para(doc, "Mežotnes Tehnoloģiju tehnikuma", bold=True, size=18, align="center", after=4)
    para(doc, "PAŠNOVĒRTĒJUMA ZIŅOJUMS", bold=True, size=20, align="center", after=4)
    para(doc, "publiskojamā daļa", size=13, align="center", after=2)
    para(doc, "par 2024./2025. mācību gadu", size=13, align="center", after=200)
    para(doc, "Mežotne, 2025", size=12, align="center")
    page_break(doc)

    P(doc, "Mežotnes Tehnoloģiju tehnikums (turpmāk – tehnikums) ir Izglītības un zinātnes "
           "ministrijas dibināta profesionālās izglītības iestāde, kas īsteno profesionālās "
           "vidējās izglītības un arodizglītības programmas, profesionālās izglītības programmas "
           "personām ar vidējo izglītību, kā arī profesionālās tālākizglītības un pilnveides "
           "programmas pieaugušajiem. Tehnikuma juridiskā adrese ir Skolas iela 4, Mežotne, "
           "Mežotnes pagasts, Bauskas novads. Mācību darbnīcas automehāniķu un elektronikas "
           "tehniķu sagatavošanai atrodas Bauskā, Rūpniecības ielā 27, bet pieaugušo izglītības "
           "centrs – Bauskā, Dārza ielā 11. Izglītojamajiem ir pieejama dienesta viesnīca ar "
           "160 vietām.")
    P(doc, "2024./2025. mācību gadā tehnikumā strādāja 58 pedagogi, tajā skaitā 21 profesionālo "
           "mācību priekšmetu pedagogs un 9 prakses vadītāji, kā arī atbalsta personāls: "
           "izglītības psihologs, sociālais pedagogs, karjeras konsultants un medicīnas māsa.")

    # 1 ------------------------------------------------------------------------------------
    H(doc, "1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
           "un to sasniegšanas izvērtējums", size=13)
    H(doc, "1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025. mācību gadā",
      size=12, before=4)
    head = ["Nr.\np.k.", "Izglītības programmas nosaukums", "Izglītības programmas kods",
            "Kvalifikācija", "Īstenošanas vietas adrese (ja atšķiras no juridiskās adreses)",
            "Licences Nr., datums",
            "Izglītojamo skaits, uzsākot programmas apguvi vai 2024./ 2025. m.g. (01.09.2024.)",
            "Izglītojamo skaits, noslēdzot sekmīgu programmas apguvi vai 2024./ 2025. m.g. "
            "(30.06.2025.)"]
    rows = [head,
            ["1.", "Programmēšana", "33 481 03 1", "Programmētājs", "–", "P_4512,\n14.06.2021.",
             "118", "104"],
            ["2.", "Ēdināšanas pakalpojumi", "33 811 02 1", "Pavārs", "–", "P_4513,\n14.06.2021.",
             "96", "88"],
            ["3.", "Autotransports", "33 525 01 1", "Automehāniķis",
             ADDR_BAUSKA + ";\n" + ADDR_MAIN, "P_4514,\n14.06.2021.", "142", "131"],
            ["4.", "Būvdarbi", "33 582 01 1", "Namdaris", "–", "P_4871,\n02.08.2021.", "48", "41"],
            ["5.", "Elektronika", "33 523 01 1", "Elektronikas tehniķis", ADDR_BAUSKA,
             "P_4872,\n02.08.2021.", "57", "52"],
            ["6.", "Ēdināšanas pakalpojumi", "35 811 02 1", "Pavārs", ADDR_DARZA,
             "P_6120,\n19.07.2022.", "22", "19"],
            ["7.", "Programmēšana", "35 481 03 1", "Programmētājs", "–", "P_6121,\n19.07.2022.",
             "18", "15"],
            ["8.", "Viesmīlības pakalpojumi", "35 811 01 1",
             "Viesmīlības pakalpojumu speciālists", ADDR_DARZA, "P_7733,\n11.12.2024.", "–*",
             "14"],
            ]
    widths = [0.8, 4.3, 2.0, 2.1, 3.3, 1.7, 1.6, 1.6]
    table(doc, widths, rows, size=9, header_size=7,
          aligns=["center", "left", "center", "left", "left", "left", "center", "center"],
          repeat_header=True)
    para(doc, "* Grupa mācības uzsāka 2025. gada februārī (programma licencēta 2024. gada "
              "decembrī), tāpēc 01.09.2024. izglītojamo nebija.", italic=True, size=9, before=2)
    P(doc, "Salīdzinot ar iepriekšējo mācību gadu, izglītojamo skaits profesionālās vidējās "
           "izglītības programmās ir stabils, bet pieaugusi interese par īsajām (1–1,5 gadu) "
           "programmām personām ar vidējo izglītību. Programmā “Autotransports” izglītojamie "
           "teorētiskās mācības apgūst Mežotnē, bet praktiskās mācības – Bauskas darbnīcās.",
      before=4)

    H(doc, "1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības "
           "iestādes maiņai un mācību pārtraukšanai izglītības programmā", size=12, before=6)
    P(doc, "2024./2025. mācību gadā mācības tehnikumā pārtrauca vai mainīja izglītības iestādi "
           "44 izglītojamie (2023./2024. m.g. – 51). Informācija iegūta pārrunās ar izglītojamajiem "
           "un viņu vecākiem, kā arī no izglītojamo iesniegumiem.")
    para(doc, "1.2.1. dzīvesvietas maiņa – 4 izglītojamie (ģimenes pārcēlās uz Rīgu un Jelgavu, "
              "mācības turpina tuvāk dzīvesvietai), uz ārvalstīm izbrauca 1 izglītojamais;",
         indent=0.5, align="justify")
    para(doc, "1.2.2. izglītības iestādes maiņa – deviņi izglītojamie: seši pārgāja uz citu "
              "profesionālās izglītības iestādi, lai apgūtu citu profesiju, trīs – uz vispārējās "
              "vidējās izglītības iestādi;", indent=0.5, align="justify")
    para(doc, "1.2.3. cits iemesls – 30 izglītojamie: nesekmība un neattaisnoti kavējumi (17), "
              "uzsāka darba gaitas (8), veselības stāvokļa dēļ (3), ģimenes apstākļu dēļ (2).",
         indent=0.5, align="justify")
    P(doc, "Secinājumi: lielākā daļa mācības pārtraukušo ir 1. kursa izglītojamie, kuriem ir "
           "zemi mācību sasniegumi vispārizglītojošos mācību priekšmetos un daudz neattaisnotu "
           "kavējumu. Turpmāk plānots stiprināt agrīnās brīdināšanas sistēmu un atbalstu 1. kursā.",
      before=3)

    H(doc, "1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes "
           "mērķi 2024./2025. m.g. un 2025./2026. m.g. (nosakāmi ne mazāk kā trīs kvalitātes "
           "rādītāji)", size=12, before=6)
    NA = "Nav attiecināms"
    rows = [
        ["NPK", "Kvalitatīvais / kvantitatīvais indikators",
         "Noteiktais rezultatīvais rādītājs uzsākot 2024./2025. m.g. (pēc 2023./2024. m.g. "
         "pašnovērtējuma ziņojuma)",
         "Sasniegtais rezultāts noslēdzot 2024./2025. m.g.", "2025./2026. m.g."],
        ["1.", "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:", None, None, None],
        ["1.1.", "Profesionālās vidējās izglītības programmās (33...)", "6,1 balle", "6,3 balles",
         "6,4 balles"],
        ["1.2.", "Profesionālās izglītības programmās personām ar vidējo izglītību (35...)",
         "6,8 balles", "6,9 balles", "7,0 balles"],
        ["1.3.", "Sekmīgo izglītojamo īpatsvars mācību gada noslēgumā", "84%", "86,5%", "88%"],
        ["2.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās "
               "pamatizglītības programmas apguves noslēgumā 9. klasē attiecībā pret vidējiem "
               "valsts rezultātiem", NA, NA, NA],
        ["3.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās "
               "izglītības programmas apguves noslēgumā attiecībā pret vidējiem valsts "
               "rezultātiem:", None, None, None],
        ["3.1.", "optimālajā līmenī",
         "Latviešu valoda – 44,8% (valstī 55%).\nMatemātika – 24,6% (valstī 34%), nenokārtoja "
         "31% izglītojamo.\nAngļu valoda – 51,3% (valstī 62%).",
         "Latviešu valoda – 46,2% (valstī 55,9%), nenokārtoja 4,1%.\nMatemātika – 33,9% "
         "(valstī 43,7%), nenokārtoja 18,5% izglītojamo.\nAngļu valoda – 54,0% (valstī 60,7%).",
         "Latviešu valoda – 48%.\nMatemātika – 36%.\nAngļu valoda – 55%."],
        ["3.2.", "augstākajā līmenī", "Nekārtoja",
         "Angļu valoda – 61,0% (valstī 62%), kārtoja 3 izglītojamie.", "–"],
        ["4.", "Profesionālās kvalifikācijas eksāmeni:", None, None, None],
        ["4.1.", "Profesionālās kvalifikācijas eksāmenu vidējais vērtējums", "6,9 balles",
         "7,1 balle", "7,2 balles"],
        ["4.2.", "Kvalifikāciju ieguvušo īpatsvars no eksāmenu kārtotājiem", "92%",
         "94,6% (123 no 130)", "95%"],
        ["4.3.", "Izglītojamie, kuri kvalifikācijas eksāmenā saņēma 9–10 balles", "18%", "21%",
         "20%"],
        ["5.", "Darbs ar talantīgajiem izglītojamajiem un izglītojamo sasniegumi olimpiādēs, "
               "konkursos, sacensībās u.tml.", None, None, None],
        ["5.1.", "Godalgotas vietas profesionālās meistarības konkursos (SkillsLatvia u.c.)", "2",
         "3 (t.sk. 1. vieta jauno pavāru konkursā)", "3"],
        ["5.2.", "Dalība valsts mācību priekšmetu olimpiādēs (izglītojamo skaits)",
         "4 izglītojamie", "7 izglītojamie", "vismaz 6"],
        ["6.", "Pedagogu profesionālās kompetences pilnveide", "85% pedagogu", "88%", "90%"],
        ["7.", "Citi kvalitātes rādītāji", None, None, None],
        ["7.1.", "Absolventu nodarbinātība 6 mēnešus pēc absolvēšanas (strādā vai mācās)", "71%",
         "74%", "75%"],
        ["7.2.", "Priekšlaicīgi mācības pārtraukušo izglītojamo īpatsvars", "9,8%", "8,1%",
         "7,5%"],
        ["7.3.", "Darba vidē balstītās mācībās iesaistīto izglītojamo skaits", "41", "56", "60"],
    ]
    merges = [((r, 1), (r, 4)) for r, row in enumerate(rows) if row[2] is None]
    for r, row in enumerate(rows):
        if row[2] is None:
            row[2] = row[3] = row[4] = ""
            row[1] = {"text": row[1], "bold": True}
    table(doc, [1.0, 5.2, 3.8, 4.0, 3.3], rows, size=9.5, header_size=9,
          aligns=["left", "left", "left", "left", "left"], merges=merges, repeat_header=True)

    # 2 ------------------------------------------------------------------------------------
    H(doc, "2. Izglītības iestādes darbības pamatmērķi un prioritātes", size=13)
    para(doc, "2.1. Izglītības iestādes misija", bold=True, after=1)
    P(doc, "Sagatavot darba tirgum konkurētspējīgus, atbildīgus un radošus speciālistus, "
           "nodrošinot mūsdienīgu, uz darba vidi vērstu profesionālo izglītību Zemgales reģionā.")
    para(doc, "2.2. Izglītības iestādes vīzija par izglītojamo", bold=True, after=1)
    P(doc, "Profesionāls, uzņēmīgs un zinātkārs jaunietis, kurš prot mācīties visu mūžu, "
           "strādāt komandā un lepojas ar savu profesiju.")
    para(doc, "2.3. Izglītības iestādes vērtības", bold=True, after=1)
    P(doc, "Profesionalitāte, atbildība, sadarbība, cieņa un drošība.")
    para(doc, "2.4. Informācija par izglītības iestādes 2024./2025. mācību gada prioritāšu "
              "sasniegšanu", bold=True, after=3, keep_next=True)
    head = ["Prioritāte", "Sasniedzamie rezultāti", "Izpilde (sasniegts / daļēji sasniegts / "
                                                    "nav sasniegts)",
            "Komentāri, dati un informācija, kas to apliecina"]
    rows = [head,
            ["Mācīšana un mācīšanās\nNr.1\nDarba vidē balstītu mācību (DVB) paplašināšana",
             "a) kvalitatīvi: izstrādāta vienota DVB plānošanas un uzraudzības kārtība; "
             "uzņēmumu prakses vadītāji apmācīti mentoringā.",
             "Sasniegts",
             "Kārtība apstiprināta 2024. gada novembrī. Mentoringa apmācības (16 stundas) "
             "apguva 14 uzņēmumu prakses vadītāji."],
            [None,
             "b) kvantitatīvi: DVB mācībās iesaistīti vismaz 60 izglītojamie; noslēgti līgumi ar "
             "vismaz 8 jauniem uzņēmumiem.",
             "Daļēji sasniegts",
             "DVB iesaistīti 56 izglītojamie (2023./2024. m.g. – 41), noslēgti 9 jauni līgumi. "
             "Grūtības – uzņēmumu trūkums tuvāk Mežotnei elektronikas jomā."],
            ["Kompetences un sasniegumi\nNr.2\nVispārizglītojošo mācību priekšmetu (matemātika, "
             "latviešu valoda) rezultātu uzlabošana",
             "a) kvalitatīvi: matemātikas un latviešu valodas pedagogi regulāri analizē "
             "diagnosticējošo darbu rezultātus un plāno atbalstu; ieviestas konsultācijas "
             "2. un 3. kursam.",
             "daļēji sasniegts – konsultāciju apmeklējums neregulārs",
             "Diagnosticējošo darbu analīze notika pēc katra darba, konsultācijas notika "
             "divreiz nedēļā, taču tās regulāri apmeklēja tikai aptuveni trešdaļa izglītojamo."],
            [None,
             "b) kvantitatīvi: centralizētajā eksāmenā matemātikā optimālajā līmenī vidējais "
             "rezultāts ir vismaz 35%, latviešu valodā – vismaz 47%; nenokārtojušo īpatsvars "
             "matemātikā nepārsniedz 15%.",
             "Nav sasniegts",
             "Matemātikā vidējais rezultāts 33,9%, latviešu valodā – 46,2%, matemātikā "
             "nenokārtoja 18,5% izglītojamo. Rezultāti uzlabojušies salīdzinājumā ar "
             "iepriekšējo gadu (matemātikā 24,6%), taču mērķis nav sasniegts."],
            ["Drošība un psiholoģiskā labklājība\nNr.3\nPriekšlaicīgas mācību pārtraukšanas "
             "riska mazināšana",
             "a) kvalitatīvi: darbojas agrīnās brīdināšanas sistēma; atbalsta personāls un grupu "
             "audzinātāji vienoti rīkojas kavējumu gadījumos.",
             "sasniegts.",
             "Kavējumu uzskaite e-žurnālā notiek katru nedēļu, par katru gadījumu, kad kavēti "
             "vairāk nekā 20 % stundu mēnesī, informēts atbalsta personāls un vecāki."],
            [None,
             "b) kvantitatīvi: priekšlaicīgi mācības pārtraukušo īpatsvars samazinās līdz 8,5%; "
             "vismaz 70 izglītojamie saņem individuālu atbalstu.",
             "SASNIEGTS",
             "Priekšlaicīgi mācības pārtraukušo īpatsvars – 8,1%; individuālo atbalsta plānu "
             "saņēma 78 izglītojamie."],
            ]
    table(doc, [3.6, 5.0, 2.6, 6.3], rows, size=9.5, header_size=9,
          merges=[((1, 0), (2, 0)), ((3, 0), (4, 0)), ((5, 0), (6, 0))], repeat_header=True)

    # 3 ------------------------------------------------------------------------------------
    H(doc, "3. Kritēriju izvērtējums", size=13)
    H(doc, "3.1. Kritērijs “Mācīšana un mācīšanās”", size=12, before=2)
    para(doc, "3.1.1. Pašvērtēšanā izmantotā kvalitātes vērtēšanas metode (-es) un iesaistītās "
              "puses", bold=True, size=11)
    table(doc, [5.0, 12.5], [["Metode", "Iesaistītās puses"],
                             ["Mācību stundu vērošana", "direktora vietnieki izglītības jomā, "
                                                        "metodisko komisiju vadītāji"],
                             ["Izglītojamo aptauja (decembris, maijs)", "1.–4. kursa "
                                                                        "izglītojamie (412 "
                                                                        "respondenti)"],
                             ["Darba devēju aptauja", "prakses un DVB uzņēmumi (27 respondenti)"],
                             ["Mācību sasniegumu datu analīze", "administrācija, pedagogi"]],
          size=10)
    para(doc, "3.1.2. Stiprās puses un turpmākās attīstības vajadzības", bold=True, size=11,
         before=6)
    P(doc, "Mācību gada laikā vērotas 148 mācību stundas un 36 praktisko mācību nodarbības. "
           "Vērošanas dati liecina, ka profesionālo mācību priekšmetu stundās izglītojamie "
           "lielākoties strādā ar reāliem darba uzdevumiem, pedagogi izmanto nozares "
           "aprīkojumu un digitālos rīkus. Vispārizglītojošo mācību priekšmetu stundās joprojām "
           "dominē frontāls darbs, un izglītojamo iesaiste ir zemāka. 1. kursa diagnosticējošajā "
           "darbā matemātikā vidējais rezultāts bija 38%, latviešu valodā – 52%; šie dati "
           "izmantoti atbalsta plānošanai. Darba devēju aptaujā 81% respondentu novērtēja "
           "praktikantu profesionālās prasmes kā labas vai teicamas.")
    table(doc, [8.75, 8.75], [
        ["Stiprās puses", "Turpmākās attīstības vajadzības"],
        ["Praktiskās mācības notiek mūsdienīgi aprīkotās darbnīcās; 94,6% kvalifikācijas "
         "eksāmenu kārtotāju ieguva kvalifikāciju.",
         "Vispārizglītojošo mācību priekšmetu stundās vairāk izmantot ar profesiju saistītus "
         "uzdevumus."],
        ["Pedagogi sadarbojas starp profesionālajiem un vispārizglītojošajiem mācību "
         "priekšmetiem (12 integrēti projekti).",
         "Pilnveidot formatīvās vērtēšanas praksi, sniegt izglītojamajiem regulāru "
         "atgriezenisko saiti."],
    ], size=10)
    H(doc, "3.2. Kritērijs “Atbalsts un sadarbība”", size=12, before=8)
    P(doc, "Tehnikumā darbojas atbalsta komanda, kas mācību gada laikā sniedza konsultācijas "
           "214 izglītojamajiem. Karjeras konsultants organizēja 23 pasākumus, tostarp "
           "“Ēnu dienu” un uzņēmumu apmeklējumus. Sadarbība ar darba devējiem ir tehnikuma "
           "stiprā puse: prakses vietas nodrošina 64 uzņēmumi, 9 no tiem noslēdza līgumu šajā "
           "mācību gadā. Attīstības vajadzība – sistemātiskāk iesaistīt vecākus 1. kursa "
           "izglītojamo atbalstā, jo daļa vecāku e-klasi neizmanto.")

    # 4-7 ----------------------------------------------------------------------------------
    H(doc, "4. Informācija par lielākajiem īstenotajiem projektiem 2024./2025. mācību gadā",
      size=13)
    table(doc, [0.8, 5.2, 6.0, 5.5], [
        ["Nr.", "Projekta nosaukums", "Projekta īsa anotācija", "Rezultāti"],
        ["1.", "Erasmus+ KA1 akreditētais projekts profesionālās izglītības jomā "
               "(Nr. 2024-1-LV01-KA121-VET-000198034)",
         "Izglītojamo un pedagogu mobilitātes uz Vāciju, Spāniju un Itāliju.",
         "Prakses ārvalstīs (2–4 nedēļas) īstenoja 32 izglītojamie un 8 pedagogi."],
        ["2.", "ESF+ projekts “Profesionālās izglītības kompetences un mācību vides "
               "pilnveide”",
         "Atbalsts DVB, izglītojamo stipendijas, mācību aprīkojuma iegāde.",
         "Iegādāts CNC apstrādes centrs un 2 diagnostikas stendi."],
        ["3.", "“Latvijas skolas soma”", "Kultūrizglītības pasākumi izglītojamajiem.",
         "Noorganizēti 11 pasākumi."],
    ], size=9.5)
    H(doc, "5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi", size=13)
    for t in ["5.1. Sadarbības līgumi par DVB un kvalifikācijas praksi ar 64 uzņēmumiem, tostarp "
              "SIA “Zemgales Auto Serviss”, SIA “Mežotnes pils viesnīca”, AS “Bauskas Elektro”.",
              "5.2. Sadarbības līgums ar Latvijas Biozinātņu un tehnoloģiju universitāti par "
              "studiju turpināšanu.",
              "5.3. Sadarbības līgums ar Bauskas novada pašvaldību par jauniešu nodarbinātību "
              "vasarā."]:
        para(doc, t, align="justify")
    H(doc, "6. Audzināšanas darba prioritāro virzienu izvērtējums un secinājumi", size=13)
    P(doc, "Audzināšanas darba prioritāte bija pilsoniskā līdzdalība un piederība. Izglītojamo "
           "pašpārvalde organizēja 14 pasākumus, tehnikuma komanda piedalījās Zemgales "
           "profesionālo izglītības iestāžu sporta spēlēs. Dienesta viesnīcā notika "
           "tematiskie vakari par veselīgu dzīvesveidu un drošību internetā.")
    H(doc, "7. Citi sasniegumi un izglītības iestādei būtiska informācija", size=13)
    for t in ["1. SkillsLatvia 2025: 1. vieta jauno pavāru konkursā, 3. vieta automehāniķu "
              "konkursā.",
              "2. Nacionālajā profesionālās meistarības konkursā “Jaunais programmētājs” – "
              "2. vieta.",
              "3. 2025. gadā tehnikumu absolvēja 131 izglītojamais, no tiem 123 ieguva "
              "profesionālo kvalifikāciju."]:
        para(doc, t, align="justify")
    H(doc, "11. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti "
           "2025./2026. mācību gadā", size=13)
    table(doc, [5.0, 12.5], [
        ["Prioritāte", "Sasniedzamie rezultāti (kvalitatīvi un kvantitatīvi)"],
        ["Kritērijs “Mācīšana un mācīšanās”\nNr.1. Formatīvās vērtēšanas prakses pilnveide",
         "a) kvalitatīvi: pedagogi izmanto vienotus formatīvās vērtēšanas paņēmienus.\n"
         "b) kvantitatīvi: 80% vērotajās stundās izglītojamie saņem atgriezenisko saiti."],
        ["Kritērijs “Kompetences un sasniegumi”\nNr.2. Matemātikas rezultātu uzlabošana",
         "a) kvalitatīvi: ieviesta matemātikas atbalsta programma 1. kursā.\n"
         "b) kvantitatīvi: centralizētajā eksāmenā matemātikā optimālajā līmenī vidējais "
         "rezultāts ir vismaz 36%."],
    ], size=10)
    para(doc, "", after=12)
    para(doc, "Direktors\t\t\t\t\t\t/paraksts/\t\tRaimonds Zariņš", after=14)
    para(doc, "SASKAŅOTS\nIzglītības un zinātnes ministrijas\nProfesionālās un pieaugušo "
              "izglītības departamenta direktore\n/paraksts/ Ilona Kalna\n2025. gada "
              "30. septembrī", size=11)
    doc.save(str(path))


def main():
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="devB-voc-") as tmp:
        docx_path = Path(tmp) / f"{NAME}.docx"
        build(docx_path)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp,
                        str(docx_path)], check=True, capture_output=True)
        shutil.copy(Path(tmp) / f"{NAME}.pdf", OUT / f"{NAME}.pdf")
    pdf = OUT / f"{NAME}.pdf"
    subprocess.run(["/work/shared/tools/tika-text", str(pdf), str(OUT / f"{NAME}.txt")], check=True)
    subprocess.run(["pdftotext", "-layout", str(pdf), str(OUT / f"{NAME}_layout.txt")], check=True)
    print("wrote", pdf)


if __name__ == "__main__":
    main()
