"""Content of the two 2024/25 sample reports, as data, for make_fixtures.py to typeset.

Wording and numbers are those of the shared sample reports (general school and interest-education
centre); long comments are shortened, every figure the gold tables check is kept. A cell is a list of
paragraphs; a row is a list of cells; `None` marks a cell merged into the one to its left.
"""

VIDUSSKOLA = {
    "stem": "daugavpils-draudziga-aicinajuma-vidusskola_2024-2025",
    "title": ["Daugavpils pilsētas Daugavpils Draudzīgā aicinājuma vidusskola",
              "PAŠNOVĒRTĒJUMA ZIŅOJUMS", "Publiskojamā daļa", "2024./2025."],
    "intro": [
        "Izglītības iestādes misija – sniegt iespēju katram izglītības procesa dalībniekam realizēt savas "
        "radošās un prāta spējas, sekmējot izglītojamo kompetenču attīstību.",
        "Izglītības iestādes vīzija par izglītojamo – Daugavpils pilsētas Daugavpils Draudzīgā aicinājuma "
        "vidusskola ir atpazīstama, atvērta dialogam un sadarbībai, izglītības iestāde.",
    ],
    "programme_heading": "1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025.mācību gadā",
    "programme_header": [
        ["Izglītības programmas nosaukums"],
        ["Īstenošanas vietas adrese (ja atšķiras no juridiskās adreses)"],
        ["Izglītojamo skaits, uzsākot programmas apguvi vai uzsākot 2024./2025.m.g. (01.09.2024.)"],
        ["Izglītojamo skaits, noslēdzot sekmīgu programmas apguvi vai noslēdzot 2024./2025.m.g. (31.05.2025.)"],
    ],
    "programmes": [
        ("Pirmsskolas izglītības programma", "01011111",
         ["Raipoles iela 8, Daugavpils, LV-5422", "Stāvā iela 41, Daugavpils, LV-5422",
          "Tartu iela 8, Daugavpils, LV-5422"], "479", "462"),
        ("Speciālās pirmsskolas izglītības programma izglītojamajiem ar valodas traucējumiem", "01015511",
         ["Stāvā iela 41, Daugavpils, LV-5422"], "15", "17"),
        ("Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības traucējumiem",
         "01015611", ["Stāvā iela 41, Daugavpils, LV-5422"], "13", "13"),
        ("Pamatizglītības programma", "21011111",
         ["Aveņu iela 40, Daugavpils, LV-5422", "Valmieras iela 5, Daugavpils, LV-5404",
          "18. novembra iela 66a, Daugavpils, LV-5401"], "648", "628"),
        ("Pamatizglītības mazākumtautību programma", "21011121",
         ["Aveņu iela 40, Daugavpils, LV-5422", "Valmieras iela 5, Daugavpils, LV-5404",
          "18. novembra iela 66a, Daugavpils, LV-5401"], "290", "270"),
        ("Speciālās pamatizglītības programma izglītojamajiem ar valodas traucējumiem", "21015511",
         ["Aveņu iela 40, Daugavpils, LV-5422", "Valmieras iela 5, Daugavpils, LV-5404"], "10", "9"),
        ("Speciālās pamatizglītības mazākumtautību programma izglītojamajiem ar valodas traucējumiem",
         "21015521", ["Aveņu iela 40, Daugavpils, LV-5422", "Valmieras iela 5, Daugavpils, LV-5404"], "3", "3"),
        ("Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem", "21015611",
         ["Aveņu iela 40, Daugavpils, LV-5422", "Valmieras iela 5, Daugavpils, LV-5404"], "30", "35"),
        ("Speciālās pamatizglītības mazākumtautību programma izglītojamajiem ar mācīšanās traucējumiem",
         "21015621", ["Aveņu iela 40, Daugavpils, LV-5422", "Valmieras iela 5, Daugavpils, LV-5404"], "14", "16"),
        ("Vispārējās vidējās izglītības programma", "31016011",
         ["Aveņu iela 40, Daugavpils, LV-5422", "Valmieras iela 5, Daugavpils, LV-5404"], "127", "116"),
        ("Vispārējās vidējās izglītības programma", "31016013",
         ["Valmieras iela 5, Daugavpils, LV-5404", "18. novembra iela 66a, Daugavpils, LV-5401"], "198", "118"),
        ("Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem", "21015811",
         ["Aveņu iela 40, Daugavpils, LV-5422"], "1", "1"),
    ],
    "leaving": [
        "1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes maiņai un "
        "mācību pārtraukšanai izglītības programmā (2-3 secinājumi par izglītojamiem, kuri uzsākuši vai "
        "pārtraukuši mācības izglītības iestādē):",
        "1.2.1. dzīvesvietas maiņa (cik daudzi izglītojamie izglītības iestādē 2024./2025.mācību gada laikā): "
        "7 izglītojamie, devās uz ārzemēm – 8 izglītojamie;",
        "1.2.2. izglītības iestādes maiņa (cik daudzi izglītojamie izglītības iestādē 2024./2025.mācību gada "
        "laikā, galvenie iestādes maiņas iemesli): 7 izglītojamie pārgāja mācīties uz citu skolu personisko "
        "apstākļu dēļ;",
        "1.2.3. cits iemesls (cik daudzi izglītojamie izglītības iestādē, iestādes maiņas iemesls): piederība "
        "izbeigta automātiski, beidzot pirmsskolas izglītības posmu (40 izglītojamie); sasniegta pilngadība "
        "(1 izglītojamais); grūtības apgūt vispārējās vidējās izglītības programmu (14 izglītojamie); vakara "
        "klašu skolēni (neklātienes programma) pārtrauca mācības ģimenes apstākļu dēļ (81 izglītojamais); "
        "nespēja savienot mācības ar darbu, komandējumiem vai mācībām citā mācību iestādē (50 izglītojamie); "
        "ieslodzījuma vietu izglītojamie pārtrauca mācības sakarā ar ieslodzījuma vietas maiņu "
        "(6 izglītojamie) vai atbrīvošanu no tās (5 izglītojamie).",
    ],
    "indicator_heading": "1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes "
                         "mērķi 2024./2025.m.g. un 2025./2026.m.g.: (nosakāmi ne mazāk kā trīs kvalitātes rādītāji)",
    "indicator_header": [
        [["NPK"], ["Kvalitatīvais / kvantitatīvais indikators"], ["Noteiktais rezultatīvais rādītājs"], None, None],
        [[""], [""], ["uzsākot 2024./2025.m.g. (pēc 2023./2024.m.g. pašnovērtējuma ziņojuma)"],
         ["noslēdzot 2024./2025.m.g."], ["2025./2026. m.g."]],
    ],
    "indicators": [
        [["1."], ["Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:"], None, None, None],
        [["1.1."], ["Pirmsskolas izglītības programmā/-s"],
         ["Mācību jomu apguves rādītājs", "01011111 - 58%", "01015511- 43%", "01015611- 43%"],
         ["Mācību jomu apguves rādītājs", "61,6%", "65%", "50%"], ["62%", "65%", "50%"]],
        [["1.2."], ["Vispārējās pamatizglītības programmā/-s"],
         ["6,2 balles vid."], ["6,2 balles vid."], ["6,2 balles vid."]],
        [["1.3."], ["Vispārējās vidējās izglītības programmā/-s"],
         ["5,88 balles vid."], ["6,0 balles vid."], ["6,0 balles vid."]],
        [["1.4."], ["Interešu izglītības programmā/-s"],
         ["521 izglītojamais piedalījās konkursos un sporta sacensībās."],
         ["409 izglītojamie piedalījās konkursos un sporta sacensībās."],
         ["400 izglītojamie piedalīsies konkursos un sporta sacensībās."]],
        [["2."], ["Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās "
                  "pamatizglītības programmas apguves noslēgumā 9.klasē attiecībā pret vidējiem valsts rezultātiem"],
         ["Latviešu valoda - 36,4% (valstī 59,1%), nenokārtoja 8% skolēnu.",
          "Angļu valoda - 36,2% (valstī 63,9%), nenokārtoja 8% skolēnu.",
          "Matemātika - 28,5% (valstī 43,2%), nenokārtoja 19% skolēnu."],
         ["Latviešu valoda - 37,2% (valstī 58,5%), nenokārtoja 3,2% skolēnu.",
          "Angļu valoda - 34,5% (valstī 65,8%), nenokārtoja 7,2% skolēnu.",
          "Matemātika - 35,3% (valstī 53,8%), nenokārtoja 3,9% skolēnu."],
         ["Latviešu valoda - 40%.", "Angļu valoda - 40%.", "Matemātika - 37%."]],
        [["3."], ["Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās izglītības "
                  "programmas apguves noslēgumā attiecībā pret vidējiem valsts rezultātiem:"], None, None, None],
        [["3.1."], ["optimālā kursa līmenī"],
         ["Latviešu valoda - 43,2% (valstī 55%).", "Matemātika 28,6% (valstī 34%), nenokārtoja 27% skolēnu.",
          "Angļu valoda – 49,4% (valstī 62%)."],
         ["Latviešu valoda - 47,9% (valstī 55,9%), nenokārtoja 3% skolēnu.",
          "Matemātika 41,8% (valstī 43,7%), nenokārtoja 17,8% skolēnu.", "Angļu valoda – 53,5% (valstī 60,7%)."],
         ["Latviešu valoda - 48%.", "Matemātika 42%.", "Angļu valoda – 55%."]],
        [["3.2."], ["padziļinātā kursa līmenī"],
         ["Latviešu valoda - 28,3% (valstī 55%), nenokārtoja 17% skolēnu.", "Matemātika - 60,2% (valstī 59%).",
          "Angļu valoda – 41,9% (valstī 66%), nenokārtoja 5,6% skolēnu.", "Ķīmija - 40,6% (valstī 47%).",
          "Vēsture - 24,3% nenokārtoja 20% skolēnu.", "Dizains un tehnoloģijas - 28,2%.",
          "Sociālās zinības – 21%.", "Ģeogrāfija - 29,4%.", "Bioloģija – 69%, (valstī 55%).", "Fizika -57,8 %."],
         ["Latviešu valoda - 27,7% (valstī 53%), nenokārtoja 33% skolēnu.", "Matemātika - 61,9% (valstī 62%),",
          "Angļu valoda – 42,2% (valstī 62%).", "Ķīmija - 48% (valstī 53%).", "Vēsture – 39% (valstī 37,4%).",
          "Dizains un tehnoloģijas - 32,7% (valstī 48%), nenokārtoja 22% skolēnu.",
          "Sociālās zinātnes – 15,5% (valstī 45%), nenokārtoja 75%.", "Bioloģija – 54,3%, (valstī 52%).",
          "Fizika - 42,7% (valstī 45%)."],
         ["Latviešu valoda - 35%.", "Angļu valoda – 45%.", "Dizains un tehnoloģijas - 35%.",
          "Sociālās zinātnes – 35%."]],
        [["4."], ["Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, konkursos, "
                  "sacensībās u.tml."],
         ["Valsts mācību priekšmetu olimpiādes: dalība - 99 skolēni (godalgotas vietas 21 skolēnam/ 21%)."],
         ["Valsts mācību priekšmetu olimpiādes: dalība - 122 skolēni (godalgotas vietas 24 skolēniem/ 19%)."],
         ["Valsts mācību priekšmetu olimpiādes: dalība - 130 skolēni (godalgotas vietas 20%)."]],
        [["5."], ["Pedagogu profesionālās kompetences pilnveide"],
         ["98 % pedagogu apmeklēja tālākizglītības kursus."],
         ["80 % pedagogu mācību gada laikā apmeklēja profesionālās kompetences pilnveides kursus."],
         ["95 % pedagogu mācību gada laikā apmeklēja profesionālās kompetences pilnveides kursus."]],
        [["6."], ["Citi kvalitātes rādītāji"], ["Latvijas skolu reitings- 2024", "41. vieta (3,23 balles)"],
         ["Latvijas skolu reitings- 2025", "34. vieta (3,33 balles)"], ["-"]],
    ],
    "priorities_heading": "2. Informācija par izglītības iestādes 2024./2025.m.g. izvirzīto prioritāšu sasniegšanu:",
    "priorities_header": ["Prioritāte", "Sasniedzamie rezultāti (kvantitatīvi un kvalitatīvi)",
                          "Norāde par uzdevumu izpildi (Sasniegts/ daļēji sasniegts/ nav sasniegts) un komentāri "
                          "(kā to ir izdevies īstenot un kādi dati un informācija to apliecina)"],
    "priorities": [
        (["Vienlīdzība un iekļaušana", "Nr.1.", "Skola ir vienota kopiena"], [
            ("a) kvalitatīvi", ["Pilnveidota un darbojas vienotas izglītības iestādes kopienas sistēma."],
             "Daļēji sasniegts", ["Ar pedagogiem novadītas individuālas profesionālās sarunas."]),
            ("b) kvantitatīvi", ["75% pedagogi dalās pieredzē ar labās prakses piemēriem skolas un ārpusskolas līmenī."],
             "Sasniegts", ["78% pedagogu dalījās pieredzē ar labās prakses piemēriem skolas un ārpusskolas līmenī."]),
        ]),
        (["Mācīšana un mācīšanās", "Nr.2", "Mācību satura nodrošināšana latviešu valodā"], [
            ("a) kvalitatīvi", ["Pilnveidota mācību procesa un audzināšanas pasākumu sasaiste."],
             "Daļēji sasniegts", ["Kultūrizglītības programmas “Latvijas skolas soma” ietvaros visi pasākumi "
                                  "tika saistīti ar mācību saturu."]),
            ("b) kvantitatīvi", ["Vismaz 70% un vairāk skolas pasākumu tiek saistīti ar mācību saturu."],
             "Sasniegts", ["76% skolas pasākumu (pirmsskolas posmā 100%) tiek saistīti ar mācību saturu."]),
        ]),
        (["Pieejamība", "Nr.3", "Iekļaujošās mācību vides izveide atbilstoši skolas misijai un vērtībām."], [
            ("a) kvalitatīvi", ["Izglītojamie saņem vienlīdzīgu, taisnīgu un iekļaujošu attieksmi."],
             "Sasniegts", ["Skolā ir nodrošināta iekļaujoša vide."]),
            ("b) kvantitatīvi", ["70% un vairāk izglītojamo mācās atbildīgi."],
             "Daļēji sasniegts", ["73% skolēnu kontrolē savu mācīšanās dinamiku."]),
        ]),
        (["Atbalsts un sadarbība", "Nr.4.", "Skolas efektīvas pārvaldības veidošana."], [
            ("a) kvalitatīvi", ["Skolā notiek regulārs datu monitorings par skolas izglītības kvalitātes rādītājiem."],
             "Sasniegts", ["Visi pedagogi (100%) plānveidīgi sadarbojas."]),
            ("b) kvantitatīvi", ["Skolai svarīgu lēmumu pieņemšana balstās uz 90% un vairāk iesaistīto pušu viedokļiem."],
             "Sasniegts", ["Visi pedagogi, skolas padomes dalībnieki piedalās skolas pašvērtēšanas un attīstības plānošanā."]),
        ]),
    ],
    "middle": [
        "3. Kritēriju izvērtējums",
        "3.1. Kritērijs “MĀCĪŠANA UN MĀCĪŠANĀS”",
        "Izglītības iestādes vadības komanda regulāri vēro mācību stundas.",
        "4. Informācija par lielākajiem īstenotajiem projektiem 2024./2025.mācību gadā",
        "Eiropas Savienības Erasmus+ programmas projekts “LIFT OF DEMOCRACY”.",
        "5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi, un/ vai par sadarbību ar "
        "nevalstiskajām organizācijām",
        "5.1. Sadarbības līgums ar Daugavpils Universitāti.",
        "6. Audzināšanas darba prioritāro virzienu izvērtējums un secinājumi",
        "Prioritāte: Izglītojamo individuālo prasmju un spēju pilnveide.",
        "7. Citi sasniegumi un izglītības iestādei būtiska informācija",
        "Dalība XIII Latvijas Skolu jaunatnes dziesmu un deju svētkos.",
        "8. Informāciju par izglītības iestādes akreditācijā vai izglītības iestādes vadītāja novērtēšanā "
        "ieteiktajiem uzdevumiem",
        "Nav attiecināms.",
        "9. Informācija par izglītības iestādes apmeklējumā (IKVD, IP plānotā nodarbību/ mācību stundu "
        "vērošana) ieteiktajiem uzdevumiem",
        "Nav attiecināms.",
        "10. Izglītības iestādes padomes ieteikumi izglītības procesa pilnveidei 2025./2026.mācību gadā",
        "Turpināt iegādāties individuālos skapjus skolēniem.",
    ],
    "planned_heading": "11. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti "
                       "2025./2026.mācību gadā (kvalitatīvi un kvantitatīvi)",
    "planned": [
        (["Kritērijs “Mācīšana un mācīšanās”", "Nr.1.", "Mācīšanas un mācīšanās kvalitātes pilnveide."], [
            ("a) kvalitatīvi", ["Nodrošināta efektīva pāreja uz vienotu skolu."]),
            ("b) kvantitatīvi", ["Mācību stundā/ nodarbībā 90% izglītojamo spēj komunicēt latviešu valodā."]),
        ]),
        (["Kritērijs “Kompetences un sasniegumi”", "Nr.2.", "Sistēmas pilnveidošana izglītojamo sasniegumu uzlabošanai."], [
            ("a) kvalitatīvi", ["Tiek veikts mērķtiecīgs darbs ar skolēniem, kam ir zemi mācību sasniegumi."]),
            ("b) kvantitatīvi", ["Izglītojamie (vairāk nekā 50%) ikdienas izglītības procesā sasniedz optimālu līmeni."]),
        ]),
    ],
    "signature": ["Saskaņots:", "Daugavpils pilsētas Izglītības pārvaldes vadītāja"],
}

BJC = {
    "stem": "daugavpils-bjc-jauniba_2024-2025",
    "title": ["Daugavpils pilsētas Bērnu un jauniešu centrs “Jaunība”",
              "PAŠNOVĒRTĒJUMA ZIŅOJUMS", "Publiskojamā daļa", "2024./2025."],
    "intro": [
        "BJC “Jaunība” misija: Piedāvāt daudzveidīgu saturīga brīvā laika pavadīšanas un pašizpausmes iespējas.",
        "BJC “Jaunība” vīzija par izglītojamo: BJC “Jaunība” īsteno uz vērtībām un nākotnes vajadzībām "
        "orientētu interešu izglītības un audzināšanas procesu.",
    ],
    "programme_heading": "1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025.mācību gadā",
    "programme_header": [
        ["Izglītības programmas nosaukums"],
        ["Īstenošanas vietas adrese (ja atšķiras no juridiskās adreses)"],
        ["Izglītojamo skaits, uzsākot programmas apguvi vai uzsākot 2024./2025.māc.g. (01.10.2024.)"],
        ["Izglītojamo skaits, noslēdzot sekmīgu programmas apguvi vai noslēdzot 2024./2025.māc.g. (31.05.2025.)"],
    ],
    "programmes": [
        ("kultūrizglītības joma (mūzika, dejas, teātris, vizuālā un vizuāli plastiskā māksla)", None,
         ["Saules ielā 7, Stāvā ielā 23, Smilšu ielā 92, Komunālā ielā 2, Viršu ielā 50, Ventspils ielā 20, "
          "Krustpils ielā 4, Gaismas ielā 9"], "1217", "1283"),
        ("STEM (inženierzinātne un matemātika, tehnoloģijas, dizains un tehnoloģijas, datorika, radošās "
         "industrijas, zinātne, dabaszinātne)", None,
         ["Saules ielā 7, Stāvā ielā 23, Vienības ielā 30, Smilšu ielā 92, Ventspils ielā 20, Krustpils ielā 4, "
          "Šaurā ielā 21a, Komunālā ielā 2, Viršu ielā 50"], "381", "509"),
        ("sporta un fizisko aktivitāšu joma (galda spēles, individuālie sporta veidi)", None,
         ["Saules ielā 7, Stāvā ielā 23, Inženieru ielā 6, Ūdens ielā 24, Šaurā ielā 21a, Smilšu ielā 92, "
          "Gaismas iela 9, Komunālā ielā 2."], "344", "366"),
        ("sociālā un pilsoniskā joma (kulturoloģija, jauniešu iniciatīvas, pilsoniskās līdzdalības un "
         "līderības mācība, citas izglītojošās programmās, t.sk. pirmsskolas vecuma bērnu radošās nodarbības, "
         "estētikas skola)", None,
         ["Gaismas ielā 9, Krustpils ielā 4, Ventspils ielā 20, Stāvā ielā 23, Viršu ielā 50, Smilšu ielā 92, "
          "Komunālā ielā 2, Poligona 50"], "561", "613"),
    ],
    "leaving": [],
    "indicator_heading": "1.2. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes "
                         "mērķi 2024./2025.m.g. un 2025./2026.m.g.: (nosakāmi ne mazāk kā trīs kvalitātes rādītāji)",
    "indicator_header": [
        [["NPK"], ["Kvalitatīvais / kvantitatīvais indikators"], ["Noteiktais rezultatīvas rādītājs"], None, None],
        [[""], [""], ["uzsākot 2024./2025.m.g. (pēc 2023./2024.m.g. pašnovērtējuma ziņojuma)"],
         ["noslēdzot 2024./2025.m.g."], ["2025./2026.m.g."]],
    ],
    "indicators": [
        [["1."], ["Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:"], None, None, None],
        [["1.1."], ["Interešu izglītības programmā/-s"], ["2700"], ["2802"], ["2800"]],
        [["2."], ["Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, konkursos, "
                  "sacensībās u.tml."], ["55%"], ["55%"], ["50%"]],
        [["3."], ["Pedagogu profesionālās kompetences pilnveide"], ["100%"], ["90%"], ["100%"]],
        [["4."], ["Citi kvalitātes rādītāji"],
         ["1. Papildināt metodisko vietni ar jauniem materiāliem, kurus ir iesnieguši vismaz 5 skolu pārstāvji."],
         ["1.Metodiskā vietne ir papildināta ar 4 jauniem metodiskajiem materiāliem."],
         ["1.Sadarbībā ar VIAA organizēt profesionālās pilnveides iespējas pilsētas un reģiona STEM jomas skolotājiem."]],
    ],
    "priorities_heading": "2. Informācija par izglītības iestādes 2024./2025.m.g. izvirzīto prioritāšu sasniegšanu:",
    "priorities_header": ["Prioritāte", "Sasniedzamie rezultāti kvantitatīvi un kvalitatīvi",
                          "Norāde par uzdevumu izpildi (Sasniegts/ daļēji sasniegts/ nav sasniegts) un komentāri "
                          "(kā to ir izdevies īstenot un kādi dati un informācija to apliecina)"],
    "priorities": [
        (["Nr.1.", "Pedagogu prasmju un iemaņu veicināšana, gatavojoties XIII Latvijas skolēnu dziesmu "
                   "un deju svētkiem."], [
            ("a) kvantitatīvie", ["Visi kultūrizglītības pedagogi ir piedalījušies izglītojošos semināros "
                                  "un praktiskajās nodarbībās."],
             "Sasniegts", ["18. decembrī un 15. janvārī tika novadīti divi semināri."]),
            ("b) kvalitatīvie", ["Ir papildināta iestādes metodiskā bāze digitālajā vidē."],
             "Sasniegts", ["Izglītības iestādes pedagogi ir izstrādājuši un ir publicēti 12 jauni "
                           "metodiskā atbalsta materiāli."]),
        ]),
        (["Nr.2", "Visu mērķauditoriju sadarbība audzēkņu pilsoniskās apziņas, valstiskās identitātes un patriotisma "
                  "stiprināšanai, konkurētspējas, sociālās un etniskās iekļaušanas veicināšanai, gatavojoties XIII "
                  "Latvijas skolu jaunatnes dziesmu un deju svētkiem."], [
            ("a) kvantitatīvie", ["Nodrošināta iespēja 50 izglītības iestāžu radošajiem kolektīviem "
                                  "iesaistīties pasākumos."],
             "Sasniegts daļēji", ["Tika nodrošināta iespēja 43 izglītības iestāžu radošajiem kolektīviem "
                                  "iesaistīties pasākumos."]),
            ("b) kvalitatīvie", ["1. Piedaloties svētkos, pilnveidotas skolēnu radošās pašizpausmes "
                                 "un pilsoniskās līdzdalības prasmes."],
             "Sasniegts.", ["Skolēni piedalījās svētku norisēs."]),
        ]),
        (["Nr.3", "Iekļaujošas izglītības nodrošināšanas pilnveide, gatavojoties XIII Latvijas skolu jaunatnes "
                  "dziesmu un deju svētkiem."], [
            ("a) kvantitatīvie", ["Vismaz 20 izglītojamie ar īpašām vajadzībām iesaistīti pasākumos."],
             "Sasniegts", ["Pasākumos piedalījās 26 izglītojamie ar īpašām vajadzībām."]),
            ("b) kvalitatīvie", ["Izglītojamie ar īpašām vajadzībām iekļauti radošajos kolektīvos."],
             "Sasniegts", ["Izveidota iekļaujoša vide."]),
        ]),
        (["Nr.4", "Interešu un vajadzību monitorēšana, plānojot izmaiņas programmu piedāvājumā, pēc valsts nozīmes "
                  "interešu izglītības iestādes statusa piešķiršanas."], [
            ("a) kvantitatīvie", ["2. STEM jomā noorganizēti 5-6 pasākumi."],
             "Sasniegts", ["Noorganizēti 8 pasākumi."]),
            ("b) kvalitatīvie", ["1. Ir veikta vecāku viedokļu izpēte."],
             "Sasniegts", ["Aptaujā piedalījās 412 vecāki."]),
        ]),
    ],
    "middle": [
        "3. Kritēriju izvērtējums",
        "3.1. Kritērijs “MĀCĪŠANA UN MĀCĪŠANĀS”",
        "2024./2025.mācību gadā uzsāktās jaunās programmas ir kvalitatīvas un mūsdienīgas.",
        "4. Informācija par lielākajiem īstenotajiem projektiem 2024./2025.mācību gadā",
        "ESF Plus projekts “STEM un pilsoniskās līdzdalības norises plašākas izglītības pieredzes un karjeras izvēlei”.",
        "5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi, un/ vai par sadarbību ar "
        "nevalstiskajām organizācijām",
        "5.1. Sadarbības līgums ar Daugavpils Universitāti.",
        "6. Audzināšanas darba prioritāro virzienu izvērtējums un secinājumi",
        "Pilsoniskās līdzdalības veicināšana.",
        "7. Citi sasniegumi un izglītības iestādei būtiska informācija",
        "Iestādei piešķirts valsts nozīmes interešu izglītības iestādes statuss.",
        "8. Informāciju par izglītības iestādes akreditācijā vai izglītības iestādes vadītāja novērtēšanā "
        "ieteiktajiem uzdevumiem",
        "Nav attiecināms.",
        "9. Informācija par izglītības iestādes apmeklējumā (IKVD, IP plānotā nodarbību/ mācību stundu "
        "vērošana) ieteiktajiem uzdevumiem",
        "Nav attiecināms.",
        "10. Izglītības iestādes padomes ieteikumi izglītības procesa pilnveidei 2025./2026.mācību gadā",
        "Turpināt sadarbību ar skolām.",
    ],
    "planned_heading": "11. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti "
                       "2025./2026.mācību gadā (kvalitatīvi un kvantitatīvi)",
    "planned": [
        (["Nr.1.", "Pedagogu labās prakses pārnese plašākas izglītības pieredzes efektivizācijai iestādē un pašvaldībā"], [
            ("a) kvalitatīvi", ["Ir stiprināta pedagogu atbalsta sistēma."]),
            ("b) kvantitatīvi", ["Ir novadītas vismaz 4 aktivitātes (kursi, semināri, atbalsta grupas u.c.)."]),
        ]),
        (["Nr.2.", "Iekļaujošas sistēmas pilnveide, nodrošinot vienlīdzības principu īstenošanu."], [
            ("a) kvalitatīvi", ["Organizētas profesionālās pilnveides aktivitātes pedagogiem."]),
            ("b) kvantitatīvi", ["Ir izstrādāti divi interešu izglītības programmu projekti bērniem ar īpašām vajadzībām."]),
        ]),
    ],
    "signature": ["Saskaņots:", "Daugavpils pilsētas Izglītības pārvaldes vadītāja"],
}

REPORTS = (VIDUSSKOLA, BJC)
