#!/usr/bin/env python3
"""Generate saulstaru-pirmsskola-bitite_2023-2024.docx (python-docx), convert it to PDF with
LibreOffice, and deliver the PDF, its Tika text (shared tika-text) and its `pdftotext -layout` text.
Run: /work/blind/.venv-holdC/bin/python make_report.py"""
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx.shared import Cm  # noqa: E402
from docxkit import heading, new_doc, page_break, page_numbers, para, table  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = HERE.parent
BUILD = Path("/tmp/holdC-build") / CASE.name
NAME = "saulstaru-pirmsskola-bitite_2023-2024"

doc = new_doc(font="Arial", size=11, margins=(1.5, 1.5, 2.5, 1.5))
import datetime  # noqa: E402
doc.core_properties.author = doc.core_properties.last_modified_by = 'Dace Liepiņa'
doc.core_properties.title = 'Pašnovērtējuma ziņojums 2023./2024.'
doc.core_properties.created = doc.core_properties.modified = datetime.datetime.fromisoformat('2024-09-02' + 'T10:00:00')
page_numbers(doc, before="", after="", align="c", size=9)
ST = dict(style="Table Grid", header_fill=None)


def item(text, indent=0.6):
    p = para(doc, text, align="j", space_after=1)
    p.paragraph_format.left_indent = Cm(indent)
    return p


# ---------------------------------------------------------------- cover (approval runs into title)
para(doc, "SASKAŅOTS", bold=True, space_after=0)
para(doc, "Saulstaru novada pašvaldības\nIzglītības pārvaldes vadītāja", space_after=0)
para(doc, "/paraksts/", space_after=0)
para(doc, "R. Kļaviņa", space_after=0)
para(doc, "2024. gada 20. septembrī", space_after=8)
para(doc, "Saulstaru pirmsskolas “Bitīte”\npašnovērtējuma ziņojums", bold=True, align="c", size=16,
     space_after=2)
para(doc, "Publiskojamā daļa", align="c", size=12, space_after=0)
para(doc, "2023./2024. mācību gads", bold=True, align="c", size=12)
para(doc, "Saulstaru pirmsskola “Bitīte” (turpmāk – iestāde) ir Saulstaru novada pašvaldības dibināta "
          "pirmsskolas izglītības iestāde, kas darbojas kopš 1976. gada. Iestāde atrodas Saulstaros, "
          "Liepu ielā 9, un kopš 2019. gada tai ir arī otra ēka Dārza ielā 14, kurā darbojas trīs "
          "jaukta vecuma grupas. 2023./2024. mācību gadā iestādē bija 14 grupas, tajā skaitā divas "
          "logopēdiskās grupas bērniem ar valodas traucējumiem un viena grupa bērniem ar jauktiem "
          "attīstības traucējumiem. Iestādē strādāja 26 pedagogi, logopēds, speciālais pedagogs, "
          "izglītības psihologs (0,5 slodzes) un medmāsa.", align="j")
para(doc, "Pašnovērtējuma ziņojums sagatavots, analizējot rotaļnodarbību vērošanas datus, bērnu "
          "sasniegumu vērtēšanas rezultātus (e-klase), vecāku un pedagogu aptaujas, metodiskās komisijas "
          "sanāksmju protokolus un pedagoģiskās padomes sēžu lēmumus.", align="j")

# ---------------------------------------------------------------- 1
heading(doc, "1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un to "
             "sasniegšanas izvērtējums", size=11)
heading(doc, "1.1. Izglītojamo skaits un īstenotās izglītības programmas 2023./2024. mācību gadā", size=11)
table(doc,
      header=[["Izglītības programmas\nnosaukums", "Izglītības\nprogrammas\nkods",
               "Īstenošanas vietas\nadrese (ja atšķiras\nno juridiskās\nadreses)", "Licence",
               None,
               "Izglītojamo skaits,\nuzsākot\nprogrammas apguvi\nvai uzsākot\n2023./2024.m.g.\n(01.09.2023.)",
               "Izglītojamo skaits,\nnoslēdzot\nsekmīgu\nprogrammas apguvi\nvai noslēdzot\n2023./2024.m.g.\n(31.05.2024.)"],
              ["^", "^", "^", "Nr.", "Datums", "^", "^"]],
      rows=[
          ["Pirmsskolas izglītības programma", "0101 1111", "–", "V_5877", "22.09.2022.", "186", "191"],
          ["Pirmsskolas izglītības programma", "0101 1111", "Dārza iela 14, Saulstari, Saulstaru nov., "
           "LV-4201", "V_5877", "22.09.2022.", "42", "44"],
          ["Speciālās pirmsskolas izglītības programma izglītojamajiem ar valodas traucējumiem",
           "01015511", "–", "V_5878", "22.09.2022.", "12", "14"],
          ["Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības "
           "traucējumiem", "01015611", "–", "V_6120", "15.03.2023.", "6", "7"],
          ["Kopā", None, None, None, None, "246", "256"],
      ],
      widths=[3.8, 2.2, 2.8, 1.5, 2.3, 2.7, 2.7], size=9, header_size=8,
      aligns=["l", "c", "l", "c", "c", "c", "c"], bold_rows=(4,), **ST)

heading(doc, "1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes "
             "maiņai un mācību pārtraukšanai izglītības programmā (2-3 secinājumi par izglītojamiem, kuri "
             "uzsākuši vai pārtraukuši mācības izglītības iestādē):", size=11)
para(doc, "Mācību gada laikā iestādi atstāja 51 izglītojamais, no tiem 38 – beidzot pirmsskolas izglītības "
          "programmu.", align="j")
para(doc, "1.2.1. dzīvesvietas maiņa (cik daudzi izglītojamie izglītības iestādē 2023./2024. mācību gada "
          "laikā): 5 (pieci) izglītojamie; uz ārvalstīm kopā ar ģimeni izbrauca 2 izglītojamie (Vācija, "
          "Nīderlande);", align="j")
para(doc, "1.2.2. izglītības iestādes maiņa (cik daudzi izglītojamie izglītības iestādē 2023./2024. mācību "
          "gada laikā, galvenie iestādes maiņas iemesli): 3 izglītojamie – vecāki izvēlējās iestādi tuvāk "
          "darbavietai, 1 izglītojamais pārgāja uz privāto pirmsskolu “Rūķu māja”;", align="j")
para(doc, "1.2.3. cits iemesls (cik daudzi izglītojamie izglītības iestādē, iestādes maiņas iemesls): "
          "38 izglītojamie beidza pirmsskolas izglītības programmu un 2024. gada septembrī uzsāks mācības "
          "1. klasē; 2 izglītojamie pārtrauca iestādes apmeklējumu ilgstošu veselības problēmu dēļ.",
          align="j")
para(doc, "Secinājumi: izglītojamo mainība iestādē ir neliela; rindā uz vietu iestādē 2024. gada 1. jūnijā "
          "bija 27 bērni, tāpēc atbrīvotās vietas tiek aizpildītas nekavējoties.", align="j", italic=True)
para(doc, "Sarunās ar vecākiem, kuri izvēlējās citu iestādi, galvenais iemesls bija darba laiks – iestāde "
          "strādā no plkst. 7.00 līdz 18.30, bet daļai vecāku, kuri strādā maiņu darbu Saulstaru "
          "kokapstrādes uzņēmumos, nepieciešama dežūrgrupa līdz plkst. 19.30. Jautājums par dežūrgrupas "
          "izveidi Dārza ielas ēkā ir nodots dibinātājam izvērtēšanai. Bērni, kuri mācību gada laikā "
          "pārtrauca iestādes apmeklējumu veselības dēļ, saņēma logopēda un speciālā pedagoga "
          "ieteikumus nodarbībām mājās, un vecāki ir informēti par iespēju atgriezties grupā, tiklīdz "
          "ārsts to atļaus.", align="j", italic=True)
para(doc, "Savukārt mācību gada laikā iestādes gaitas uzsāka 61 izglītojamais, no tiem 9 bērni no "
          "reemigrantu un Ukrainas civiliedzīvotāju ģimenēm, kuriem latviešu valoda nav dzimtā valoda. "
          "Šo bērnu iekļaušanai grupās tika izmantots adaptācijas plāns (pirmās divas nedēļas saīsināta "
          "uzturēšanās diena, vecāku klātbūtne grupā), un logopēde kopā ar grupu pedagogiem sagatavoja "
          "vizuālo atbalsta materiālu komplektus ikdienas situācijām (ēšana, ģērbšanās, rotaļas ārā). "
          "Adaptācijas periods visiem bērniem noritēja sekmīgi, un neviens no viņiem nepārtrauca "
          "iestādes apmeklējumu.", align="j", italic=True)

heading(doc, "1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
             "2023./2024.m.g. un 2024./2025.m.g.: (nosakāmi ne mazāk kā trīs kvalitātes rādītāji)", size=11)
table(doc,
      header=[["NPK", "Kvalitatīvais /\nkvantitatīvais indikators", "Noteiktais rezultatīvais rādītājs", None,
               None],
              ["^", "^", "uzsākot\n2023./2024.m.g.\n(pēc 2022./2023.m.g.\npašnovērtējuma\nziņojuma)",
               "noslēdzot\n2023./2024.m.g.", "2024./2025.m.g."]],
      rows=[
          ["1.", "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:", None, None, None],
          ["1.1.", "Pirmsskolas izglītības programmā/-s (sasniedzamo rezultātu apguve 6–7 gadīgajiem "
                   "izglītojamajiem)", "72%", "76%", "78%"],
          ["1.2.", "Speciālās pirmsskolas izglītības programmā/-s (individuālajos plānos noteikto "
                   "rezultātu sasniegšana)", "12 no 18 izglītojamajiem", "no 12 uz 15 izglītojamajiem",
           "16 izglītojamie"],
          ["1.3.", "Interešu izglītības programmā/-s", "96 izglītojamie", "118 izglītojamie",
           "vismaz 120 izglītojamie"],
          ["2.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās "
                 "pamatizglītības programmas apguves noslēgumā 9. klasē attiecībā pret vidējiem valsts "
                 "rezultātiem", "Nav attiecināms", "Nav attiecināms", "Nav attiecināms"],
          ["3.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās izglītības "
                 "programmas apguves noslēgumā attiecībā pret vidējiem valsts rezultātiem:", None, None,
           None],
          ["3.1.", "optimālajā līmenī", "–", "–", "–"],
          ["3.2.", "augstākajā līmenī", "–", "–", "–"],
          ["4.", "Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, konkursos, "
                 "sacensībās u.tml.", "Novada pirmsskolu vokālistu skatē “Cālis” 5. vieta",
           "3. vieta (novada skate “Cālis 2024”)", "3. vieta"],
          ["5.", "Pedagogu profesionālās kompetences pilnveide", "85% pedagogu",
           "92% pedagogu (24 no 26)", "95%"],
          ["6.", "Citi kvalitātes rādītāji:", None, None, None],
          ["6.1.", "Vecāku apmierinātība ar iestādes darbu (aptauja)", "84%", "vidēji 88%", "90%"],
          ["6.2.", "Izglītojamo vidējais apmeklējums", "68%", "71%", "75%"],
          ["6.3.", "Pasākumi ģimenēm (skaits gadā)", "6 pasākumi", "8 pasākumi", "vismaz 8 pasākumi"],
          ["6.4.", "5-gadīgo bērnu lasītprasmes priekšnoteikumu skrīnings (vidējais rezultāts)",
           "nav datu", "64%", "70%"],
      ],
      widths=[1.2, 6.4, 3.4, 3.0, 3.0], size=9, header_size=9, aligns=["c", "l", "c", "c", "c"], **ST)

# ---------------------------------------------------------------- 2
heading(doc, "2. Izglītības iestādes darbības pamatmērķi un prioritātes", size=11)
para(doc, "2.1. Izglītības iestādes misija – droša, radoša un gaiša vide, kurā katrs bērns aug, "
          "spēlējoties un atklājot pasauli kopā ar ģimeni un pedagogiem.", align="j")
para(doc, "2.2. Izglītības iestādes vīzija par izglītojamo – zinātkārs, patstāvīgs un draudzīgs bērns, "
          "kurš prot sadarboties, izteikt savas domas latviešu valodā un ir gatavs mācībām skolā.",
     align="j")
para(doc, "2.3. Izglītības iestādes vērtības cilvēkcentrētā veidā – drošība, cieņa, sadarbība, "
          "radošums, atbildība.", align="j")
heading(doc, "2.4. Informācija par izglītības iestādes 2023./2024.m.g. izvirzīto prioritāšu sasniegšanu:",
        size=11)
table(doc,
      header=[["Prioritāte", "Sasniedzamie rezultāti (kvantitatīvi un\nkvalitatīvi)",
               "Norāde par uzdevumu izpildi (Sasniegts/\ndaļēji sasniegts/ nav sasniegts) un\n"
               "komentāri (kā to ir izdevies īstenot un kādi\ndati un informācija to apliecina)"]],
      rows=[
          ["Mācīšana un\nmācīšanās\nNr.1.\nBērnu pašvadītas\nmācīšanās prasmju\npilnveide\nrotaļnodarbībās",
           ["a) kvalitatīvi",
            "Pedagogi plāno rotaļnodarbības, kurās bērni paši izvēlas darbības veidu un materiālus, "
            "izvirza sev mērķi un izvērtē paveikto; pedagogi mērķtiecīgi izmanto jautājumus, kas "
            "rosina bērnus domāt par savu mācīšanos."],
           ["Sasniegts",
            "Visi pedagogi apmeklēja iestādes organizētās mācīšanās grupas “Es pats!” (4 nodarbības). "
            "Rotaļnodarbību plānos iekļauta bērnu pašvērtējuma daļa (“Kas man izdevās?”). Vadītājas "
            "vietniece novēroja 34 rotaļnodarbības; pārrunās pedagogi demonstrēja izpratni par "
            "pašvadītas mācīšanās posmiem."]],
          ["^",
           ["b) kvantitatīvi",
            "Vismaz 70% 5–7 gadīgo bērnu prot patstāvīgi izvēlēties darbību un pastāstīt par "
            "paveikto. Vismaz 80% vēroto rotaļnodarbību bērniem ir iespēja izvēlēties."],
           ["Daļēji sasniegts",
            "Vērošanas dati liecina, ka 64% 5–7 gadīgo bērnu patstāvīgi izvēlas darbību un pastāsta "
            "par paveikto. Izvēles iespēja bija 82% vēroto rotaļnodarbību."]],
          ["Vienlīdzība un\niekļaušana\nNr.2.\nValsts valodas vides\nstiprināšana bērniem,\nkuriem latviešu\n"
           "valoda nav dzimtā\nvaloda",
           ["a) kvalitatīvi",
            "Grupās izveidoti valodas stūrīši, pedagogi izmanto vizuālo atbalstu un valodas "
            "veicināšanas stratēģijas visas dienas garumā; vecāki saņem ieteikumus valodas "
            "atbalstam mājās."],
           ["SASNIEGTS",
            "Valodas stūrīši izveidoti visās 14 grupās. Logopēde novadīja 2 seminārus pedagogiem un "
            "1 tiešsaistes tikšanos vecākiem. Vecāku aptaujā 79% vecāku atzīmē, ka saņēmuši "
            "ieteikumus."]],
          ["^",
           ["b) kvantitatīvi",
            "Vismaz 85% bērnu, kuriem latviešu valoda nav dzimtā valoda, mācību gada beigās sazinās "
            "ar pedagogiem un vienaudžiem latviešu valodā."],
           ["Sasniegts daļēji – 81% bērnu",
            "Valodas novērtējums maijā: 30 no 37 bērniem (81%) sazinās latviešu valodā. Pieciem "
            "bērniem, kuri iestādē uzsāka gaitas 2024. gada pavasarī, valodas atbalsts tiks turpināts."]],
          ["Drošība un\npsiholoģiskā\nlabklājība\nNr.3.\nDroša un emocionāli\natbalstoša vide\nsadarbībā ar "
           "ģimenēm",
           ["a) kvalitatīvi",
            "Izveidota vecāku atbalsta grupa par bērnu emocionālo audzināšanu; grupās ieviesta "
            "vienota rīcība konfliktsituācijās."],
           ["Nav sasniegts",
            "Vienota rīcība konfliktsituācijās ieviesta visās grupās, taču vecāku atbalsta grupa "
            "netika izveidota, jo psihologa slodze (0,5) nebija pietiekama; uzdevums pārcelts uz "
            "nākamo mācību gadu."]],
          ["^",
           ["b) kvantitatīvi",
            "Vismaz 85% vecāku aptaujā norāda, ka bērns iestādē jūtas droši; noorganizēti vismaz "
            "8 pasākumi ģimenēm."],
           ["sasniegts (sk. 1.3. tabulas 6.1. un 6.3. rindu)",
            "Aptaujā (atbildēja 164 vecāki) 91% vecāku norāda, ka bērns iestādē jūtas droši. "
            "Noorganizēti 8 pasākumi ģimenēm, tajā skaitā Ģimeņu sporta diena un Mārtiņdienas tirgus."]],
      ],
      widths=[3.3, 6.3, 7.4], size=9, header_size=9, **ST)

# ---------------------------------------------------------------- 3
heading(doc, "3. Kritēriju izvērtējums", size=11)
heading(doc, "3.1. Kritērijs “MĀCĪŠANA UN MĀCĪŠANĀS”", size=11)
para(doc, "3.1.1. Pašvērtēšanā izmantotā kvalitātes vērtēšanas metode (-es) un iesaistītās puses",
     bold=True)
table(doc, header=[["Metode", "Mērķauditorija (maksimāli precīzi)"]],
      rows=[["Rotaļnodarbību vērošana", "vadītāja, vadītājas vietniece izglītības jomā, pedagogi"],
            ["Aptauja", "pedagogi (26), vecāki (164)"],
            ["Dokumentu analīze (e-klase, rotaļnodarbību plāni)", "vadītājas vietniece, metodiskā komisija"]],
      widths=[7.0, 10.0], size=10, **ST)
para(doc, "3.1.2. Kritērija “Mācīšana un mācīšanās” stiprās puses un turpmākās attīstības vajadzības",
     bold=True)
table(doc, header=[["Rezultatīvā rādītāja\nnosaukums", "Stiprās puses un dati, kas to apliecina",
                    "Turpmākās attīstības vajadzības"]],
      rows=[["Izglītības procesa īstenošana pirmsskolas izglītības iestādē",
             "Rotaļnodarbības ir vērstas uz bērnu aktīvu darbošanos; 82% vēroto rotaļnodarbību bērniem "
             "bija izvēles iespēja. Pedagogi sadarbojas, plānojot tematus visai iestādei.",
             "Pilnveidot pedagogu prasmi sniegt bērnam atgriezenisko saiti par mācīšanās procesu, ne "
             "tikai par rezultātu."],
            ["Mācību sasniegumu vērtēšana",
             "Vienota sasniegumu vērtēšanas kārtība; vecāki divreiz gadā saņem informāciju par bērna "
             "attīstību individuālās sarunās (apmeklējums 93%).",
             "Ieviest bērnu portfolio 5–7 gadīgo grupās."]],
      widths=[4.0, 7.0, 6.0], size=9, **ST)
para(doc, "3.1.3. Apkopoti 2-3 galvenie secinājumi turpmākajam darbam par visu kritēriju", bold=True)
para(doc, "Rotaļnodarbību kvalitāte iestādē ir stabila: vadības komanda mācību gada laikā novēroja "
          "34 rotaļnodarbības, un lielākajā daļā no tām bērni aktīvi darbojās, izvēlējās materiālus un "
          "sadarbojās pāros vai mazās grupās. Vājākā vieta joprojām ir atgriezeniskā saite – pedagogi "
          "biežāk uzteic rezultātu (“Cik skaisti!”), nevis palīdz bērnam saprast, kā viņš to paveica un ko "
          "varētu darīt citādi. Nākamajā mācību gadā metodiskā komisija izstrādās vienotus atgriezeniskās "
          "saites paņēmienus, un tie tiks iekļauti rotaļnodarbību vērošanas lapā.", align="j")
heading(doc, "3.2. Kritērijs “VIENLĪDZĪBA UN IEKĻAUŠANA”", size=11)
table(doc, header=[["Rezultatīvā rādītāja\nnosaukums", "Stiprās puses un dati, kas to apliecina",
                    "Turpmākās attīstības vajadzības"]],
      rows=[["Izglītības iestādes izveidotā sistēma iekļaujošas mācību vides nodrošināšanai",
             "Atbalsta komanda (logopēds, speciālais pedagogs, psihologs) tiekas reizi mēnesī; visiem "
             "bērniem speciālajās programmās ir individuālie plāni.",
             "Palielināt izglītības psihologa slodzi līdz 1,0."],
            ["Vienlīdzīga attieksme",
             "Aptaujā 94% vecāku norāda, ka pret visiem bērniem iestādē izturas vienlīdzīgi.",
             "Turpināt valodas atbalstu bērniem, kuriem latviešu valoda nav dzimtā."]],
      widths=[4.0, 7.0, 6.0], size=9, **ST)

# ---------------------------------------------------------------- 4-7
heading(doc, "4. Informācija par lielākajiem īstenotajiem projektiem 2023./2024.mācību gadā", size=11)
item("4.1. Erasmus+ KA1 projekts “Mācīties, spēlējoties” (2023-1-LV01-KA122-SCH-000156789) – 4 pedagogi "
     "darba vērošanā Somijas pirmsskolās; iegūtā pieredze izmantota āra rotaļnodarbību plānošanā.")
item("4.2. Saulstaru novada pašvaldības līdzdalības budžeta projekts “Sajūtu taka” – iestādes teritorijā "
     "izveidota 40 m gara sajūtu taka.")
item("4.3. Programma “Latvijas skolas soma” – 5 pasākumi 5–7 gadīgo bērnu grupām.")
heading(doc, "5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi, un/ vai par "
             "sadarbību ar fiziskajām/ juridiskajām personām", size=11)
item("5.1. Saulstaru pamatskola – pēctecības nodrošināšana (kopīgi pasākumi, 1. klases skolotāju "
     "vizītes).")
item("5.2. Rēzeknes Tehnoloģiju akadēmija – studentu pedagoģiskā prakse.")
item("5.3. Saulstaru novada bibliotēka – lasīšanas veicināšanas pasākumi “Grāmatu rīts”.")
heading(doc, "6. Audzināšanas darba prioritāro virzienu izvērtējums un secinājumi", size=11)
para(doc, "Audzināšanas darba prioritāte bija bērnu sociāli emocionālo prasmju attīstība un piederības "
          "sajūta savai grupai, iestādei un novadam. Katrā grupā izstrādāti grupas noteikumi kopā ar "
          "bērniem, notika tematiskās nedēļas “Es un mana ģimene”, “Mana Latvija”. Secinājums: bērni "
          "labāk ievēro noteikumus, kurus paši palīdzējuši izveidot; nākamajā gadā turpināt šo pieeju.",
     align="j")
heading(doc, "7. Citi sasniegumi un izglītības iestādei būtiska informācija", size=11)
item("– Novada pirmsskolu vokālistu skatē “Cālis 2024” iestādes audzēkne ieguva 3. vietu.")
item("– Iestāde saņēma Saulstaru novada pašvaldības Atzinības rakstu par ieguldījumu vides izglītībā.")
item("– Iestādē uzsākta dalība programmā “Ekoskolas” (zaļais karogs plānots 2025. gadā).")

heading(doc, "8. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti 2024./2025.mācību "
             "gadā (kvalitatīvi un kvantitatīvi)", size=11)
table(doc, header=[["Prioritāte", "Sasniedzamie rezultāti kvantitatīvi un kvalitatīvi"]],
      rows=[["Kritērijs “Drošība un psiholoģiskā labklājība”\nNr.1.\nVecāku atbalsta grupas izveide un "
             "darbība",
             ["a) kvalitatīvi – izveidota un darbojas vecāku atbalsta grupa par bērnu emocionālo "
              "audzināšanu.",
              "b) kvantitatīvi – notikušas vismaz 4 atbalsta grupas tikšanās; piedalās vismaz 20 ģimenes."]],
            ["Kritērijs “Mācīšana un mācīšanās”\nNr.2.\nAtgriezeniskā saite bērnam par mācīšanās procesu",
             ["a) kvalitatīvi – pedagogi izmanto vienotus atgriezeniskās saites paņēmienus.",
              "b) kvantitatīvi – vismaz 75% 5–7 gadīgo bērnu prot pastāstīt, ko iemācījušies; "
              "skrīninga vidējais rezultāts vismaz 70%."]]],
      widths=[6.0, 11.0], size=9, **ST)
para(doc, "9. Informācija par izglītības iestādes apmeklējumā (IKVD, IP plānotā nodarbību vērošana) "
          "noteikto uzdevumu ieviešanu (ja attiecināms) – nav attiecināms.", align="j")
para(doc, "")
para(doc, "Iestādes vadītāja\t\t\t\t/paraksts/\t\t\tDace Liepiņa")

# ---------------------------------------------------------------- build
BUILD.mkdir(parents=True, exist_ok=True)
docx_path = BUILD / f"{NAME}.docx"
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(BUILD), str(docx_path)],
               check=True, capture_output=True)
out = CASE / "reports"
out.mkdir(exist_ok=True)
pdf = out / f"{NAME}.pdf"
shutil.copy(BUILD / f"{NAME}.pdf", pdf)
subprocess.run(["/work/shared/tools/tika-text", str(pdf), str(out / f"{NAME}.txt")], check=True)
subprocess.run(["pdftotext", "-layout", str(pdf), str(out / f"{NAME}_layout.txt")], check=True)
print("wrote", pdf, out / f"{NAME}.txt", out / f"{NAME}_layout.txt")
