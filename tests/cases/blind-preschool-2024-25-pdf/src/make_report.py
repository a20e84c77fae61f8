"""Generate reports/pii-marpukite_2024-2025.pdf (reportlab, hand-drawn tables) and its Tika text.

Run:  /work/blind/.venv-devB/bin/python src/make_report.py   (from the case folder)
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pdfdoc import Doc  # noqa: E402

CASE = HERE.parent
OUT = CASE / "reports"
NAME = "pii-marpukite_2024-2025"


def build(path):
    d = Doc(str(path), title="PII Mārpuķīte pašnovērtējuma ziņojums 2024./2025.")

    # ---- cover ---------------------------------------------------------------------------
    d.para("SASKAŅOTS", size=11, bold=True, align="right", before=0, after=0)
    d.para("Ķekavas novada pašvaldības\nIzglītības pārvaldes vadītāja", size=11, align="right",
           before=0, after=0)
    d.para("/paraksts/ Dace Liepiņa", size=11, align="right", before=6, after=0)
    d.para("2025. gada 26. septembrī", size=11, align="right", before=0, after=0)
    d.spacer(150)
    d.para("Ķekavas novada pirmsskolas izglītības iestādes “Mārpuķīte”", size=16, bold=True,
           align="center")
    d.para("PAŠNOVĒRTĒJUMA ZIŅOJUMS", size=18, bold=True, align="center", before=8)
    d.para("Izglītības iestādes pašnovērtējuma ziņojums (publiskojamā daļa)", size=12,
           align="center", before=6)
    d.para("par 2024./2025. mācību gadu", size=12, align="center")
    d.spacer(250)
    d.para("Ķekava\n2025", size=12, align="center")
    d.new_page()

    # ---- introduction --------------------------------------------------------------------
    d.para(
        "Ķekavas novada pirmsskolas izglītības iestāde “Mārpuķīte” (turpmāk – iestāde) ir Ķekavas "
        "novada pašvaldības dibināta vispārējās izglītības iestāde, kas īsteno pirmsskolas "
        "izglītības programmas bērniem no pusotra līdz septiņu gadu vecumam. Iestāde darbojas divās "
        "ēkās: Rožu ielā 12, Ķekavā (juridiskā adrese), un Dārza ielā 7, Baložos. 2024./2025. "
        "mācību gadā iestādē darbojās 14 grupas, tajā skaitā divas grupas, kurās īsteno speciālās "
        "pirmsskolas izglītības programmas. Iestādē strādā 28 pedagogi un 3 atbalsta personāla "
        "speciālisti (logopēds, speciālais pedagogs, izglītības psihologs uz 0,5 slodzi).",
        first=1.0 * 28.35, before=0)
    d.para(
        "Pašnovērtējuma ziņojums sagatavots, izvērtējot iestādes darbu 2024./2025. mācību gadā. "
        "Ziņojuma sagatavošanā piedalījās iestādes vadība, metodiķe, atbalsta komanda, visu grupu "
        "pedagogi un iestādes padomes pārstāvji. Izmantoti rotaļnodarbību vērošanas dati, bērnu "
        "sniegumu apkopojumi, vecāku un pedagogu aptaujas un dokumentu analīze.",
        first=1.0 * 28.35)

    # ---- 1 -------------------------------------------------------------------------------
    d.heading("1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes "
              "mērķi un to sasniegšanas izvērtējums")
    d.heading("1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025. mācību gadā",
              size=11, before=4)
    head = ["Nr.\np.\nk.",
            "Izglītības\nprogrammas\nnosaukums",
            "Izglītības\nprogrammas\nkods",
            "Īstenošanas vietas\nadrese (ja atšķiras no\njuridiskās adreses)",
            "Licence\n(Nr., izdošanas\ndatums)",
            "Izglītojamo skaits\nuzsākot m.g.\n(01.09.2024.)",
            "Izglītojamo skaits\nnoslēdzot m.g.\n(31.05.2025.)"]
    rows = [head,
            ["1.", "Pirmsskolas izglītības programma", "01011111", "–",
             "V-9184,\n29.08.2019.", "168", "171"],
            ["2.", "Pirmsskolas izglītības programma", "01011111",
             "Dārza iela 7, Baloži, Ķekavas nov., LV-2112", "V-9185,\n29.08.2019.", "54", "52"],
            ["3.", "Speciālā pirmsskolas izglītības programma izglītojamajiem ar valodas traucējumiem",
             "01015511", "Dārza iela 7, Baloži, Ķekavas nov., LV-2112", "V-9186,\n29.08.2019.",
             "24", "26"],
            ["4.", "Speciālā pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības "
             "traucējumiem", "01015611", "–", "V_3412,\n03.02.2021.", "9", "11"],
            [{"text": "Kopā", "colspan": 5, "bold": True, "align": "right"},
             {"text": "255", "bold": True, "align": "center"},
             {"text": "260", "bold": True, "align": "center"}],
            ]
    d.table([0.9, 4.0, 1.8, 3.4, 2.2, 2.6, 2.6], rows,
            aligns=["center", "left", "center", "left", "left", "center", "center"])
    d.para("Mācību gada laikā iestādē uzņemti 23 bērni, iestādi pameta 18 bērni. Izglītojamo skaits "
           "speciālajās programmās pieauga, jo pašvaldības pedagoģiski medicīniskā komisija "
           "mācību gada laikā sniedza atzinumus četriem bērniem.", size=10.5)

    d.heading("1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības "
              "iestādes maiņai un mācību pārtraukšanai izglītības programmā", size=11, before=6)
    d.para(
        "2024./2025. mācību gada laikā iestādi pameta 18 izglītojamie. Turklāt 49 izglītojamie "
        "pēc sekmīgas programmas apguves 2025. gada 31. maijā atstāja iestādi un 2025./2026. mācību "
        "gadā uzsāks mācības 1. klasē (šie izglītojamie zemāk nav uzskaitīti). Iestādes maiņas un "
        "mācību pārtraukšanas iemesli:", size=11)
    d.para("1.2.1. dzīvesvietas maiņa:", size=11, bold=True, before=2, after=1)
    d.para("ģimenes pārcēlās uz dzīvi Rīgā vai Mārupes novadā (4), viena ģimene izbrauca uz "
           "Vāciju (1);", indent=1.2 * 28.35, bullet="•", before=0, after=1)
    d.para("pārcēlās uz Ķekavas novada lauku teritoriju, tuvāk vecvecākiem (2);",
           indent=1.2 * 28.35, bullet="•", before=0, after=3)
    d.para("1.2.2. izglītības iestādes maiņa:", size=11, bold=True, before=2, after=1)
    d.para("pārgāja uz privāto pirmsskolas izglītības iestādi tuvāk dzīvesvietai (5);",
           indent=1.2 * 28.35, bullet="•", before=0, after=1)
    d.para("pārgāja uz citu Ķekavas novada pirmsskolas izglītības iestādi, kas atrodas tuvāk "
           "vecāku darba vietai (divi bērni);", indent=1.2 * 28.35, bullet="•", before=0, after=1)
    d.para("6 gadus vecs bērns pēc vecāku lēmuma uzsāka mācības 1. klasē Ķekavas sākumskolā, "
           "nepabeidzot pirmsskolas programmu (1);", indent=1.2 * 28.35, bullet="•", before=0,
           after=3)
    d.para("1.2.3. cits iemesls:", size=11, bold=True, before=2, after=1)
    d.para("vecāki izvēlējās bērna pieskatīšanu mājās vai pie aukles (2);", indent=1.2 * 28.35,
           bullet="•", before=0, after=1)
    d.para("veselības stāvokļa dēļ (1).", indent=1.2 * 28.35, bullet="•", before=0, after=4)
    d.para(
        "Secinājumi: galvenais iestādes maiņas iemesls ir ģimeņu pārcelšanās un vēlme bērnu vest uz "
        "iestādi tuvāk mājām vai darbam. Bērnu skaits, kas pāriet uz privātām iestādēm, salīdzinot "
        "ar iepriekšējo gadu, nav mainījies. Ar vecākiem, kuri izvēlas pārtraukt pirmsskolas "
        "izglītību, vadītājas vietniece izglītības jomā veic pārrunas par obligāto sagatavošanu "
        "pamatizglītības ieguvei no piecu gadu vecuma.", size=11)

    d.heading("1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes "
              "mērķi 2024./2025. m.g. un 2025./2026. m.g. (nosakāmi ne mazāk kā trīs kvalitātes "
              "rādītāji)", size=11, before=6)
    NA = "Nav attiecināms"
    rows = [
        ["NPK", "Kvalitatīvais / kvantitatīvais\nindikators",
         "Noteiktais rezultatīvais rādītājs,\nuzsākot 2024./2025. m.g.\n(pēc 2023./2024. m.g. ziņojuma)",
         "Sasniegtais\nrādītājs, noslēdzot\n2024./2025. m.g.",
         "Plānotais\nrādītājs\n2025./2026. m.g."],
        ["1.", {"text": "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:", "colspan": 4,
                "bold": True}],
        ["1.1.", "Pirmsskolas izglītības programmā (01011111) – mācību jomu sasniedzamo rezultātu "
                 "apguve 5–6 gadīgo grupās, vidēji visās jomās", "65%", "vidēji 68%", "vidēji 70%"],
        ["1.2.", "Valodu mācību joma (latviešu valoda)", "61 %", "64 %", "66 %"],
        ["1.3.", "Matemātika (STEM mācību joma)", "58%", "vidēji 57% (kritums par 1 procentpunktu)",
         "60%"],
        ["1.4.", "Sociālā un pilsoniskā mācību joma", "72%", "75%", "75%"],
        ["1.5.", "Speciālajās pirmsskolas izglītības programmās (01015511, 01015611): "
                 "izglītojamie, kuri sasnieguši individuālajā plānā noteiktos rezultātus",
         "10 izglītojamie", "pieaugums no 10 uz 12 izglītojamajiem", "14 izglītojamie"],
        ["2.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās "
               "pamatizglītības programmas apguves noslēgumā 9. klasē", NA, NA, NA],
        ["3.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās "
               "izglītības programmas apguves noslēgumā", NA, NA, NA],
        ["4.", {"text": "Darbs ar talantīgajiem izglītojamajiem un izglītojamo sasniegumi "
                        "konkursos, skatēs u.tml.", "colspan": 4, "bold": True}],
        ["4.1.", "Dalība novada un valsts mēroga konkursos, skatēs, izstādēs (reižu skaits)", "6",
         "8 (t.sk. 3 valsts mērogā)", "8"],
        ["4.2.", "Ķekavas novada pirmsskolu vokālistu konkurss “Cālis”", "3. vieta", "2. vieta",
         "godalgota vieta"],
        ["5.", "Pedagogu profesionālās kompetences pilnveide", "90% pedagogu",
         "96% (27 no 28 pedagogiem)", "100%"],
        ["6.", {"text": "Citi kvalitātes rādītāji", "colspan": 4, "bold": True}],
        ["6.1.", "Izglītojamo vidējais apmeklējums (dienā, no sarakstā esošajiem)", "vidēji 74%",
         "vidēji 71%", "75%"],
        ["6.2.", "Vecāku atsaucība iestādes aptaujā", "46%", "58 %", "60%"],
        ["6.3.", "Bērnu skaits rindā uz vietu iestādē (1. septembrī)", "–", "nav datu", "–"],
    ]
    d.table([1.1, 6.4, 3.6, 3.3, 3.1], rows,
            aligns=["left", "left", "center", "center", "center"], size=9.5)

    # ---- 2 -------------------------------------------------------------------------------
    d.heading("2. Izglītības iestādes darbības pamatmērķi un prioritātes")
    d.para("2.1. Izglītības iestādes misija – droša, radoša un atbalstoša vide, kurā katrs bērns "
           "rotaļājoties mācās, aug un priecājas par atklāto.", before=2)
    d.para("2.2. Izglītības iestādes vīzija par izglītojamo – zinātkārs, patstāvīgs un "
           "līdzjūtīgs bērns, kurš prot sadarboties, rūpējas par sevi un apkārtējo vidi un ar "
           "prieku dodas uz skolu.")
    d.para("2.3. Izglītības iestādes vērtības – atbildība, cieņa, sadarbība, radošums un "
           "piederība savai ģimenei, iestādei, novadam un Latvijai.")
    d.heading("2.4. Informācija par izglītības iestādes 2024./2025. m.g. izvirzīto prioritāšu "
              "sasniegšanu", size=11, before=6)
    head = ["Prioritāte", "Sasniedzamie rezultāti\n(kvalitatīvi un kvantitatīvi)",
            "Novērtējums\n(sasniegts/ daļēji\nsasniegts/ nav\nsasniegts)",
            "Komentāri (kā to ir izdevies īstenot un\nkādi dati un informācija to apliecina)"]
    p1 = ("Mācīšana un mācīšanās\n\nNr. 1.\nBērnu pašvadītas mācīšanās prasmju attīstīšana "
          "rotaļnodarbībās un āra nodarbībās")
    p2 = ("Vienlīdzība un iekļaušana\n\nNr. 2.\nAtbalsta sistēmas pilnveide bērniem ar "
          "speciālām vajadzībām")
    p3 = ("Drošība un psiholoģiskā labklājība\n\nNr. 3.\nBērnu emocionālās labbūtības un "
          "drošības stiprināšana")
    rows = [head,
            [p1, "a) kvalitatīvi\nPedagogi mērķtiecīgi plāno rotaļnodarbības, kurās bērni paši "
                 "izvirza mērķi, izvēlas darbību un izvērtē paveikto. Visās grupās ieviesta vienota "
                 "refleksijas sistēma “Ko es šodien iemācījos”.",
             "Sasniegts",
             "Vadība un metodiķe vēroja 42 rotaļnodarbības; 36 no tām (86%) bērni patstāvīgi plānoja "
             "savu darbību. Refleksijas sistēma ieviesta visās 14 grupās, tās izmantošana pārrunāta "
             "metodiskajās sanāksmēs. Pedagogi dalījās pieredzē novada pirmsskolu pedagogu "
             "seminārā “Mācos pats”."],
            [None, "b) kvantitatīvi\nVismaz 70% 5–6 gadīgo bērnu spēj patstāvīgi izvēlēties "
                   "darbību un pastāstīt par tās rezultātu. Vismaz 80% pedagogu ne retāk kā 2 reizes "
                   "nedēļā organizē nodarbības ārā.",
             "Daļēji sasniegts",
             "Mācību gada noslēgumā patstāvīgi izvēlēties darbību un pastāstīt par rezultātu spēja "
             "66% 5–6 gadīgo bērnu (septembrī – 54%). Nodarbības ārā vismaz 2 reizes nedēļā "
             "organizēja 82% pedagogu. Darbs tiks turpināts."],
            [p2, "a) kvalitatīvi\nIzveidota un darbojas atbalsta komanda (logopēds, speciālais "
                 "pedagogs, izglītības psihologs), kas kopā ar grupu skolotājiem izstrādā un "
                 "regulāri pārskata individuālos atbalsta plānus.",
             "SASNIEGTS",
             "Atbalsta komanda tikās 2 reizes mēnesī, sanāksmes protokolētas. Izstrādāta "
             "individuālā atbalsta plāna veidne un kārtība, kādā plānu pārrunā ar vecākiem. "
             "Vecāki tika iesaistīti plānu izvērtēšanā."],
            [None, "b) kvantitatīvi\n100% bērnu ar speciālām vajadzībām ir individuālais "
                   "atbalsta plāns, kas pārskatīts vismaz 3 reizes gadā. Vismaz 5 pedagogi apgūst "
                   "kursus par iekļaujošo izglītību.",
             "Sasniegts daļēji, turpināms 2025./2026. m.g.",
             "Individuālie plāni izstrādāti visiem 35 bērniem ar speciālām vajadzībām, taču "
             "3 reizes gadā tie pārskatīti 29 bērniem (83%). Kursus par iekļaujošo izglītību "
             "(36 stundas) apguva 7 pedagogi."],
            [p3, "b) kvantitatīvi\nVismaz 80% vecāku aptaujā atzīst, ka bērns iestādē jūtas droši; "
                 "traumu gadījumu skaits samazinās par 20%.",
             "sasniegts",
             "Aptaujā (piedalījās 58% vecāku) 91% vecāku atzīst, ka bērns iestādē jūtas droši un "
             "labi. Mācību gadā reģistrēti 4 traumu gadījumi (2023./2024. m.g. – 7)."],
            [None, "a) kvalitatīvi\nIzstrādāta un ar vecākiem saskaņota vienota rīcības kārtība "
                   "konfliktsituācijās; pedagogi ikdienā izmanto sociāli emocionālās audzināšanas "
                   "programmu.",
             "Nav sasniegts",
             "Rīcības kārtības projekts izstrādāts, taču iestādes padome to vēl nav saskaņojusi. "
             "Sociāli emocionālās audzināšanas programmu ikdienā izmanto 9 no 14 grupām. Darbs "
             "turpināsies 2025./2026. mācību gadā."],
            ]
    d.table([3.5, 5.3, 2.4, 6.3], rows, size=9.5,
            aligns=["left", "left", "center", "left"], repeat_header=True)

    d.heading("2.5. Izglītības iestādes prioritātes 2025./2026. mācību gadam", size=11, before=4)
    rows = [["Prioritāte", "Sasniedzamie rezultāti (kvalitatīvi un kvantitatīvi)"],
            ["Mācīšana un mācīšanās\nNr. 1.\nCaurviju prasmju (pašvadītas mācīšanās) "
             "attīstīšana visos vecumposmos",
             "a) kvalitatīvi\nPedagogi rotaļnodarbībās izmanto vienotus atgriezeniskās saites "
             "paņēmienus, bērni mācās izvērtēt savu darbu.\nb) kvantitatīvi\nVismaz 75% "
             "5–6 gadīgo bērnu spēj patstāvīgi izvēlēties darbību un izvērtēt tās rezultātu."],
            ["Vienlīdzība un iekļaušana\nNr. 2.\nValodas attīstības atbalsts bērniem, kuriem "
             "latviešu valoda nav dzimtā valoda",
             "a) kvalitatīvi\nIzstrādāti vienoti ieteikumi valodas atbalstam grupās.\n"
             "b) kvantitatīvi\nVismaz 90% šo bērnu mācību gada noslēgumā saprot un izpilda "
             "vienkāršus norādījumus latviešu valodā; 100% pedagogu piedalās vismaz 2 semināros."],
            ]
    d.table([5.0, 12.5], rows, size=9.5)

    # ---- 3 -------------------------------------------------------------------------------
    d.heading("3. Kritēriju izvērtējums")
    d.heading("3.1. Kritērijs “Mācīšana un mācīšanās”", size=11, before=2)
    d.para("3.1.1. Pašvērtēšanā izmantotā kvalitātes vērtēšanas metode (-es) un iesaistītās puses",
           bold=True, size=10.5)
    d.table([6.0, 11.5], [["Metode", "Mērķauditorija (maksimāli precīzi)"],
                          ["Rotaļnodarbību vērošana", "vadītāja, vadītājas vietniece izglītības "
                                                      "jomā, metodiķe, grupu pedagogi"],
                          ["Bērnu snieguma apkopojumi (oktobris, maijs)", "grupu pedagogi, "
                                                                           "atbalsta komanda"],
                          ["Aptauja", "vecāki (piedalījās 58%), pedagogi (piedalījās 100%)"]],
            size=9.5)
    d.para("3.1.2. Kritērija stiprās puses un turpmākās attīstības vajadzības", bold=True,
           size=10.5)
    d.table([4.5, 6.5, 6.5], [
        ["Rezultatīvā rādītāja\nnosaukums", "Stiprās puses un dati,\nkas to apliecina",
         "Turpmākās attīstības\nvajadzības"],
        ["Izglītības procesa īstenošana pirmsskolā",
         "Vērotas 42 rotaļnodarbības; 86% no tām bērni patstāvīgi plānoja darbību. Mācību saturs "
         "tiek apgūts visas dienas garumā, arī pastaigās un āra nodarbībās.",
         "Pilnveidot atgriezeniskās saites sniegšanu bērniem, lai bērni mācītos izvērtēt savu "
         "sniegumu."],
        ["Mācību sasniegumu vērtēšana",
         "Divreiz gadā apkopoti bērnu sniegumi visās mācību jomās; vecāki individuālajās sarunās "
         "iepazīstināti ar bērna sniegumu.",
         "Matemātikas jomā sniegums nav uzlabojies – paredzēt vairāk praktisku, ar ikdienu "
         "saistītu uzdevumu."],
    ], size=9.5)
    d.para(
        "Secinājumi. Rotaļnodarbību vērošanas dati liecina, ka pedagogi arvien biežāk dod bērniem "
        "iespēju izvēlēties, plānot un izvērtēt savu darbību. Bērnu sniegums valodu jomā ir "
        "uzlabojies, taču matemātikas jomā rezultāti ir nedaudz zemāki nekā iepriekšējā gadā, tāpēc "
        "nākamajā mācību gadā metodiskais darbs tiks vērsts uz matemātisko prasmju apguvi "
        "praktiskā darbībā un āra vidē. Iestādes metodiķe sagatavoja materiālu krājumu “Skaitām "
        "dārzā un mežā”, ko izmantos visās 5–6 gadīgo grupās.", size=11)
    d.heading("3.2. Kritērijs “Vienlīdzība un iekļaušana”", size=11, before=6)
    d.table([4.5, 6.5, 6.5], [
        ["Rezultatīvā rādītāja\nnosaukums", "Stiprās puses un dati,\nkas to apliecina",
         "Turpmākās attīstības\nvajadzības"],
        ["Iekļaujošas mācību vides nodrošināšana",
         "Speciālajās programmās mācās 35 bērni; visiem izstrādāti individuālie atbalsta plāni. "
         "Logopēda nodarbības saņēma 61 bērns.",
         "Palielināt speciālā pedagoga slodzi; nodrošināt plānu pārskatīšanu 3 reizes gadā."],
        ["Vienlīdzīga attieksme",
         "Aptaujā 94% vecāku atzīst, ka pret bērnu iestādē izturas taisnīgi.",
         "Turpināt darbu ar ģimenēm, kurās runā citā valodā."],
    ], size=9.5)
    d.heading("3.3. Kritērijs “Pieejamība”", size=11, before=6)
    d.para(
        "Iestāde ir pieejama bērniem ar kustību traucējumiem abās ēkās (uzbrauktuves, pielāgotas "
        "sanitārās telpas). Pagarinātā darba laika grupa Baložos darbojas līdz plkst. 19.00. "
        "Turpmākās attīstības vajadzība – nodrošināt psihologa konsultācijas arī Baložu ēkā "
        "vismaz vienu dienu nedēļā.", size=11)

    # ---- 4-7 -----------------------------------------------------------------------------
    d.heading("4. Informācija par lielākajiem īstenotajiem projektiem 2024./2025. mācību gadā")
    d.table([0.8, 4.6, 6.3, 5.8], [
        ["Nr.", "Projekta nosaukums", "Projekta īsa anotācija", "Projekta īstenošanas rezultāti"],
        ["1.", "Erasmus+ KA1 mobilitātes projekts “Mācāmies ārā” (Nr. 2024-1-LV01-KA121-SCH-"
               "000214577)",
         "Pedagogu mobilitātes uz Somijas un Igaunijas pirmsskolām, lai apgūtu āra pedagoģijas "
         "pieredzi.", "Mobilitātēs piedalījās 6 pedagogi; izveidota āra nodarbību ideju banka."],
        ["2.", "“Latvijas skolas soma”",
         "Kultūrizglītības pasākumi bērniem no 5 gadu vecuma.",
         "Noorganizēti 5 pasākumi (teātra izrādes, muzeja nodarbība)."],
        ["3.", "“Veselību veicinoša izglītības iestāde”",
         "Nacionālā veselību veicinošo izglītības iestāžu tīkla aktivitātes.",
         "Sporta nedēļa, veselīga uztura diena, sadarbība ar ģimenes ārstu praksi."],
    ], size=9.5)
    d.heading("5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
    d.para("5.1. Sadarbības līgums ar Rīgas Stradiņa universitāti par studentu praksi (2023).",
           size=11)
    d.para("5.2. Sadarbības līgums ar Ķekavas novada Sociālo dienestu par atbalstu ģimenēm.",
           size=11)
    d.para("5.3. Vienošanās ar biedrību “Baložu mežs” par āra nodarbību organizēšanu.", size=11)
    d.heading("6. Audzināšanas darba prioritāro virzienu izvērtējums un secinājumi")
    d.para(
        "Audzināšanas darba prioritāte – piederības sajūtas veidošana savai ģimenei, iestādei un "
        "valstij. Visas grupas piedalījās Lāčplēša dienas un Latvijas dzimšanas dienas pasākumos, "
        "Ziemassvētku un Lieldienu tradīcijās, rudenī notika “Ģimeņu sporta diena” (piedalījās "
        "87 ģimenes). Bērni mācījās latviešu tautas rotaļas un dziesmas, gatavojoties novada "
        "pirmsskolu rotaļu festivālam. Secinājums: tradīciju pasākumi stiprina sadarbību ar "
        "ģimenēm; nākamgad vairāk iesaistīt tēvus un vecvecākus.", size=11)
    d.heading("7. Citi sasniegumi un izglītības iestādei būtiska informācija")
    d.para("1. Ķekavas novada pirmsskolu vokālistu konkursā “Cālis” iestādes audzēkne ieguva "
           "2. vietu.", size=11)
    d.para("2. Iestāde ieguva “Zaļās jostas” makulatūras vākšanas konkursā 4. vietu novadā "
           "(savākti 2 140 kg).", size=11)
    d.para("3. Baložu ēkā atjaunots rotaļu laukums un ierīkots sajūtu taciņš (pašvaldības "
           "finansējums 38 400 EUR).", size=11)
    d.heading("8. Informācija par izglītības iestādes akreditācijā vai izglītības iestādes vadītāja "
              "novērtēšanā norādīto uzdevumu izpildi")
    d.para("Iestādes vadītājas profesionālās darbības novērtēšanā (2023. gada novembrī) ieteikts "
           "pilnveidot pedagogu savstarpējo rotaļnodarbību vērošanu. Ieteikums izpildīts: "
           "2024./2025. m.g. savstarpēji vērotas 19 rotaļnodarbības, vērojumi apkopoti kopīgā "
           "dokumentā un pārrunāti metodiskajās sanāksmēs.", size=11)
    d.heading("9. Informācija par izglītības iestādes apmeklējumā noteikto uzdevumu ieviešanu")
    d.para("Nav attiecināms.", size=11)
    d.heading("10. Izglītības iestādes padomes ieteikumi izglītības procesa pilnveidei "
              "2025./2026. mācību gadā")
    d.para("1. Organizēt vecākiem informatīvu tikšanos par bērna gatavību skolai jau rudenī.\n"
           "2. Turpināt āra nodarbības arī ziemas mēnešos, papildinot grupu inventāru ar "
           "lietusmēteļiem un gumijas zābakiem.\n3. Paplašināt vecāku iesaisti iestādes svētku "
           "plānošanā.", size=11)
    d.heading("11. Izglītības iestādes darba prioritātes 2025./2026.–2026./2027. mācību gadam")
    d.para("Iestādes attīstības plānā noteiktās prioritātes turpmākajiem gadiem skatīt 2.5. punktā. "
           "2026./2027. mācību gadā plānots pilnveidot digitālo prasmju apguvi rotaļnodarbībās.",
           size=11)
    d.spacer(24)
    d.para("Pirmsskolas izglītības iestādes vadītāja      /paraksts/      Inga Kalniņa", size=11)
    d.para("Ķekavā, 2025. gada 22. septembrī", size=11)
    d.save()


def main():
    OUT.mkdir(exist_ok=True)
    pdf = OUT / f"{NAME}.pdf"
    build(pdf)
    subprocess.run(["/work/shared/tools/tika-text", str(pdf), str(OUT / f"{NAME}.txt")], check=True)
    print("wrote", pdf)


if __name__ == "__main__":
    main()
