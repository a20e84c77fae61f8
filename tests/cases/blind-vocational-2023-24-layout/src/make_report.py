#!/usr/bin/env python3
"""Build vidusdaugavas-profesionala-vidusskola_2023-2024.pdf (DOCX by python-docx -> PDF by LibreOffice),
its `pdftotext -layout` text, its Tika text (/work/shared/tools/tika-text) and gold for all three files.

Run: /work/blind/.venv-h2E/bin/python src/make_report.py   (from the case folder)
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import (Pt, add_page_number_footer, check_numbers, layout_text, new_document, page_break,  # noqa: E402
                    para, soffice_pdf, table, tika_text, write_gold)

CASE = HERE.parent
STEM = "vidusdaugavas-profesionala-vidusskola_2023-2024"
FILL = "D9D9D9"


def tbl(doc, header_rows, rows, widths, size=9):
    return table(doc, header_rows, rows, widths_cm=widths, size=size, header_fill=FILL)


def heading(doc, text, size=11):
    p = para(doc, text, bold=True, size=size, keep_next=True)
    p.paragraph_format.space_before = Pt(9)
    return p


def build(docx_path: Path):
    doc = new_document(font="Times New Roman", size=11, margins_cm=(1.8, 1.8, 2.2, 1.5))
    for line in ["SASKAŅOTS", "Vidusdaugavas novada pašvaldības", "izpilddirektors",
                 "/paraksts/ J. Kalējs", "2024. gada 26. septembrī"]:
        para(doc, line, align="right", space_after=0, bold=(line == "SASKAŅOTS"), size=10)
    para(doc, "")
    para(doc, "VIDUSDAUGAVAS PROFESIONĀLĀ VIDUSSKOLA", bold=True, size=14, align="center", space_after=0)
    para(doc, "Reģ. Nr. 4334802211, Rūpniecības iela 15, Vidusdaugava, Vidusdaugavas novads, LV-5210",
         size=9, align="center", space_after=0)
    para(doc, "Tālrunis 65298410, e-pasts: pvs@vidusdaugava.lv", size=9, align="center")
    para(doc, "")
    para(doc, "Vidusdaugavas profesionālās vidusskolas", bold=True, size=15, align="center", space_after=0)
    para(doc, "pašnovērtējuma ziņojums", bold=True, size=15, align="center", space_after=0)
    para(doc, "(publiskojamā daļa)", size=12, align="center", space_after=0)
    para(doc, "par 2023./2024. mācību gadu", size=12, align="center")
    para(doc, "")
    para(doc, "Vidusdaugavas profesionālā vidusskola ir Vidusdaugavas novada pašvaldības dibināta "
              "profesionālās izglītības iestāde, kas īsteno profesionālās vidējās izglītības un "
              "arodizglītības programmas informācijas un komunikācijas tehnoloģiju, ēdināšanas, "
              "autotransporta, būvniecības un kokapstrādes nozarēs. Skola izveidota 2010. gadā, apvienojot "
              "Vidusdaugavas arodskolu un Upmalas tehnikumu; mācības notiek divās vietās – Vidusdaugavā "
              "(Rūpniecības ielā 15) un Upmalas teritoriālajā struktūrvienībā (Skolas ielā 3, Upmalā).",
         align="justify")
    para(doc, "Pašnovērtējumā izmantoti VIIS un e-klases dati, izglītojamo, absolventu un darba devēju "
              "aptaujas, mācību stundu un praktisko mācību vērošanas rezultāti, metodisko komisiju un "
              "izglītojamo pašpārvaldes priekšlikumi.", align="justify")

    heading(doc, "1. Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes mērķi un to "
                 "sasniegšanas izvērtējums", size=12)
    heading(doc, "1.1. Izglītojamo skaits un īstenotās izglītības programmas 2023./2024. mācību gadā")
    hdr = [["Nr.\np.k.", "Programmas\nkods", "Programmas\nnosaukums", "Kvalifikācija", "Īstenošanas\nvieta",
            "Licence\n(Nr., datums)", "Izglītojamo\nskaits\n01.09.2023.", "Izglītojamo\nskaits\n30.06.2024."]]
    rv, up = "Rūpniecības iela 15,\nVidusdaugava", "Skolas iela 3,\nUpmala"
    rows = [
        ["1.", "33481011", "Datorsistēmas, datubāzes un datortīkli", "Datorsistēmu tehniķis", rv, "P_3981,\n12.05.2020.", "96", "88"],
        ["2.", "33484011", "Programmēšana", "Programmēšanas tehniķis", rv, "P_4102,\n30.06.2020.", "112", "104"],
        ["3.", "33811021", "Ēdināšanas pakalpojumi", "Pavārs", rv, "P_3870,\n14.02.2020.", "74", "66"],
        ["4.", "33811021", "Ēdināšanas pakalpojumi", "Pavārs", up, "P_3871,\n14.02.2020.", "28", "25"],
        ["5.", "33525011", "Autotransports", "Automehāniķis", rv, "P_4520,\n22.09.2021.", "81", "72"],
        ["6.", "32543021", "Kokizstrādājumu izgatavošana", "Galdnieks", up, "P_5017,\n05.07.2022.", "36", "31"],
        ["7.", "33582031", "Būvdarbi", "Apdares darbu tehniķis", rv, "P_5233,\n11.08.2022.", "44", "39"],
        ["8.", "33811011", "Viesmīlības pakalpojumi*", "Viesmīlības pakalpojumu speciālists", rv, "P_6120,\n04.12.2023.", "–", "18"],
        ["", "", ("Kopā", True), "", "", "", ("471", True), ("443", True)],
    ]
    tbl(doc, hdr, rows, widths=[0.9, 1.7, 3.2, 2.6, 2.6, 2.1, 1.8, 1.8], size=8)
    para(doc, "* Programma (1,5 gadi, pēc vispārējās vidējās izglītības) licencēta 2023. gada decembrī, "
              "izglītojamo uzņemšana notika 2024. gada janvārī.", size=8, italic=True)

    heading(doc, "1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes "
                 "maiņai un mācību pārtraukšanai izglītības programmā")
    para(doc, "2023./2024. mācību gadā mācības pārtrauca 37 izglītojamie (7,9 % no izglītojamo skaita "
              "01.09.2023.), no tiem:", align="justify")
    para(doc, "1.2.1. dzīvesvietas maiņa – 4 izglītojamie; devās uz ārzemēm – 3 izglītojamie (Vācija, "
              "Nīderlande);", align="justify")
    para(doc, "1.2.2. izglītības iestādes maiņa – deviņi (9) izglītojamie, galvenokārt mainot izvēlēto "
              "profesiju vai pārejot uz vispārējās vidējās izglītības iestādēm;", align="justify")
    para(doc, "1.2.3. cits iemesls – nesekmība (12 izglītojamie), ilgstoši neattaisnoti kavējumi "
              "(6 izglītojamie), darba gaitu uzsākšana (2 izglītojamie), veselības stāvoklis "
              "(1 izglītojamais).", align="justify")
    para(doc, "Secinājumi: lielākā daļa mācības pārtraukušo ir 1. kursa izglītojamie pirmajā semestrī; "
              "jāpilnveido adaptācijas pasākumi un agrīna mācību pārtraukšanas riska identificēšana.",
         align="justify")

    heading(doc, "1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
                 "2023./2024.m.g. un 2024./2025.m.g.")
    ih = [["NPK", "Kvalitatīvais / kvantitatīvais\nindikators", "Noteiktais rezultatīvais rādītājs", None, None],
          [None, None, "uzsākot\n2023./2024.m.g.\n(pēc 2022./2023.m.g.\npašnovērtējuma\nziņojuma)",
           "noslēdzot\n2023./2024.m.g.", "2024./2025.m.g."]]
    ir = [
        ["1.", "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:", None, None, None],
        ["1.1.", "Profesionālās vidējās izglītības programmās (vidējais vērtējums)", "6,1 balle", "6,3 balles", "6,4 balles"],
        ["1.2.", "Arodizglītības programmās (vidējais vērtējums)", "5,9 balles", "5,8 balles", "6,0 balles"],
        ["1.3.", "Izglītojamo īpatsvars ar nepietiekamiem vērtējumiem semestra noslēgumā", "14 %", "11,5 %", "10 %"],
        ["2.", "Profesionālās kvalifikācijas eksāmenu rezultāti:", None, None, None],
        ["2.1.", "Vidējais vērtējums profesionālās kvalifikācijas eksāmenos", "7,2 balles", "7,4 balles", "7,5 balles"],
        ["2.2.", "Kvalifikāciju ieguvušo īpatsvars no eksāmenu kārtotājiem", "93 %", "96 % (119 no 124)", "95 %"],
        ["3.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos (centralizētajos "
               "eksāmenos) vidējās izglītības programmas apguves noslēgumā optimālajā līmenī attiecībā pret "
               "vidējiem valsts rezultātiem",
         "2022./2023.m.g.:\nLatviešu valoda 41,6 % (valstī 54 %)\nMatemātika 22,4 % (valstī 35 %), nenokārtoja 18 %\n"
         "Angļu valoda 47,9 % (valstī 63 %)",
         "Latviešu valoda 44,0 % (valstī 55 %)\nMatemātika 25,3 % (valstī 34 %), nenokārtoja 14,2 %\n"
         "Angļu valoda 51,2 % (valstī 62 %)\nKrievu valoda 68,5 % (kārtoja 2 izglītojamie)\nVācu valoda – nekārtoja",
         "Latviešu valoda – 46 %\nMatemātika – 28 %\nAngļu valoda – 52 %"],
        ["4.", "Sasniegumi profesionālās meistarības konkursos (augstākā iegūtā vieta valsts konkursā "
               "“Skills Latvia”)", "3. vieta", "1. vieta", "Godalgota vieta"],
        ["5.", "Mācības pārtraukušo izglītojamo īpatsvars", "9,8 %", "7,9 %", "7 %"],
        ["6.", "Pedagogu profesionālās kompetences pilnveide (pedagogi, kuri mācību gadā apguvuši vismaz "
               "12 h profesionālās pilnveides programmas)", "78 %", "84 %", "85 %"],
        ["7.", "Citi kvalitātes rādītāji: absolventu nodarbinātība vai izglītības turpināšana 6 mēnešus pēc "
               "skolas beigšanas", "71 %", "74 %", "75 %"],
    ]
    t = tbl(doc, ih, ir, widths=[1.1, 5.6, 3.8, 3.8, 3.1], size=9)
    t.cell(0, 2).merge(t.cell(0, 4))
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    for ri, r in enumerate(ir, start=2):
        if r[2] is None:
            t.cell(ri, 1).merge(t.cell(ri, 4))

    heading(doc, "2. Izglītības iestādes darbības pamatmērķi un prioritātes", size=12)
    para(doc, "2.1. Misija – sagatavot konkurētspējīgus, atbildīgus un radošus speciālistus Latgales un "
              "Sēlijas reģiona darba tirgum, nodrošinot mūsdienīgu, darba vidē balstītu profesionālo "
              "izglītību.", align="justify")
    para(doc, "2.2. Vīzija par izglītojamo – profesionāli kompetents, uzņēmīgs un mūžizglītībai gatavs "
              "jaunietis, kurš lepojas ar savu profesiju.", align="justify")
    para(doc, "2.3. Vērtības – profesionalitāte, atbildība, sadarbība, cieņa pret darbu un cilvēku.",
         align="justify")
    heading(doc, "2.4. Informācija par izglītības iestādes 2023./2024.m.g. izvirzīto prioritāšu sasniegšanu")
    t1 = "Digitālo prasmju un mākslīgā intelekta rīku jēgpilna izmantošana mācību procesā"
    t2 = "Vispārizglītojošo mācību priekšmetu rezultātu uzlabošana centralizētajos eksāmenos"
    t3 = "Darba vidē balstītu mācību paplašināšana"
    ph = [["Prioritāte", "Sasniedzamie rezultāti\n(kvantitatīvi un kvalitatīvi)",
           "Norāde par uzdevumu izpildi\n(Sasniegts/ daļēji sasniegts/\nnav sasniegts) un komentāri"]]
    pr = [
        [f"Nr. 1\nJoma: Mācīšana un mācīšanās\n{t1}",
         "a) kvalitatīvi\nPedagogi mērķtiecīgi un droši izmanto digitālos un MI rīkus mācību satura apguvei; "
         "izstrādāti skolas ieteikumi MI izmantošanai.",
         "Sasniegts\nIzstrādāti un pedagoģiskās padomes sēdē 2024. gada 18. janvārī apstiprināti “Ieteikumi "
         "mākslīgā intelekta rīku izmantošanai mācību procesā”. Metodiskajās komisijās dalīšanās ar "
         "pieredzi notika katru mēnesi; stundu vērošanā konstatēta jēgpilna digitālo rīku izmantošana."],
        ["",
         "b) kvantitatīvi\nVismaz 60 % pedagogu regulāri (vismaz reizi nedēļā) izmanto digitālos rīkus "
         "izglītojamo aktīvai darbībai; 100 % pedagogu apguvuši kursus par MI.",
         "Daļēji sasniegts\nDigitālos rīkus regulāri izmanto 57 % pedagogu (pēc stundu vērošanas un "
         "pedagogu pašvērtējuma datiem); kursus par MI apguvuši 49 no 58 pedagogiem."],
        [f"Nr. 2\nJoma: Kompetences un sasniegumi\n{t2}",
         "a) kvantitatīvi\nCentralizētajā eksāmenā matemātikā vidējais rezultāts ir vismaz 25 %, "
         "nenokārtojušo īpatsvars – ne lielāks par 15 %.",
         "Sasniegts\nRezultāts matemātikā 25,3 %, nenokārtoja 14,2 % (2022./2023.m.g. – 22,4 % un 18 %). "
         "Konsultācijas matemātikā apmeklēja 64 % 4. kursa izglītojamo."],
        ["",
         "b) kvalitatīvi\nIzveidota vienota konsultāciju un izmēģinājuma eksāmenu sistēma vispārizglītojošajos "
         "priekšmetos.",
         "Sasniegts daļēji – konsultāciju grafiks izveidots, bet izmēģinājuma eksāmeni notika tikai "
         "matemātikā un angļu valodā."],
        [f"Nr. 3\nJoma: Izglītības turpināšana un nodarbinātība\n{t3}",
         "a) kvalitatīvi\nDarba vidē balstītas mācības (DVB) ieviestas arī būvniecības programmā; "
         "noslēgti ilgtermiņa sadarbības līgumi ar nozares uzņēmumiem.",
         "Nav sasniegts\nBūvniecības nozares uzņēmumi nebija gatavi uzņemt izglītojamos DVB uz visu mācību gadu; "
         "sarunas turpinās ar 2 uzņēmumiem."],
        ["",
         "b) kvantitatīvi\nDVB mācās vismaz 40 izglītojamie vismaz 3 programmās.",
         "Sasniegts, pārsniedzot plānoto\nDVB mācījās 52 izglītojamie 4 programmās (ēdināšanas "
         "pakalpojumi, autotransports, programmēšana, kokizstrādājumu izgatavošana)."],
    ]
    t = tbl(doc, ph, pr, widths=[4.4, 6.0, 7.0], size=9)
    for r0 in (1, 3, 5):
        t.cell(r0, 0).merge(t.cell(r0 + 1, 0))

    heading(doc, "2.5. Prioritātes 2024./2025. mācību gadam")
    for line in [
        "1. Mācīšana un mācīšanās – individualizēts atbalsts 1. kursa izglītojamajiem mācību pārtraukšanas "
        "riska mazināšanai.",
        "2. Izglītības turpināšana un nodarbinātība – DVB ieviešana būvniecības programmā.",
        "3. Infrastruktūra un resursi – autotransporta darbnīcu modernizācija (projekts).",
    ]:
        para(doc, line, align="justify", space_after=2)

    heading(doc, "3. Kritēriju izvērtējums", size=12)
    heading(doc, "3.1. Kritērijs “Mācīšana un mācīšanās”")
    tbl(doc, [["Stiprās puses", "Turpmākās attīstības vajadzības"]],
        [["Profesionālo mācību priekšmetu pedagogi ir nozares praktiķi; praktiskās mācības notiek mūsdienīgās "
          "darbnīcās, 4 programmās īstenotas DVB.",
          "Pilnveidot vispārizglītojošo un profesionālo priekšmetu pedagogu sadarbību starppriekšmetu "
          "saiknes veidošanā."],
         ["Ieviesti skolas ieteikumi MI izmantošanai, pedagogi dalās ar pieredzi.",
          "Digitālo rīku regulāru izmantošanu paplašināt līdz vismaz 70 % pedagogu."]],
        widths=[8.7, 8.7])
    heading(doc, "3.2. Kritērijs “Izglītības turpināšana un nodarbinātība”")
    para(doc, "Absolventu aptauja (atbildēja 96 no 131 absolventa) liecina, ka 74 % strādā vai turpina "
              "izglītību 6 mēnešus pēc skolas beigšanas, 58 % strādā iegūtajā profesijā. Darba devēji "
              "augstu vērtē absolventu praktiskās iemaņas, bet norāda uz nepietiekamām komunikācijas "
              "prasmēm. Jāpaplašina sadarbība ar būvniecības nozares uzņēmumiem.", align="justify")
    heading(doc, "3.3. Kritērijs “Drošība un psiholoģiskā labklājība”")
    para(doc, "Darba drošības instruktāžas notiek pirms katra prakses posma; 2023./2024. m.g. nav reģistrēts "
              "neviens nelaimes gadījums darbnīcās. Dienesta viesnīcā dzīvo 118 izglītojamie, tajā strādā "
              "divi audzinātāji. Turpmāk jāpilnveido psihologa pieejamība Upmalas struktūrvienībā.",
         align="justify")

    heading(doc, "4. Informācija par nozīmīgākajiem projektiem", size=12)
    tbl(doc, [["Nr.", "Projekts", "Rezultāti"]],
        [["1.", "Erasmus+ KA1 akreditācijas projekts profesionālās izglītības sektorā Nr. 2023-1-LV01-KA121-VET-000118654",
          "Ilgtermiņa prakse ārvalstīs (ErasmusPro) – 14 izglītojamie Spānijā un Itālijā; 6 pedagogu "
          "darba ēnošana."],
         ["2.", "ESF+ projekts “Profesionālās izglītības iestāžu izglītojamo dalība darba vidē balstītās mācībās un mācību praksēs uzņēmumos”",
          "DVB un prakses uzņēmumos – 52 izglītojamie, stipendijas un apdrošināšana."],
         ["3.", "Pašvaldības projekts “Skolas ēdnīcas kā mācību uzņēmums”",
          "Ēdināšanas programmas izglītojamie katru dienu gatavo pusdienas 220 skolēniem."]],
        widths=[1.0, 7.4, 9.0])
    heading(doc, "5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi", size=12)
    para(doc, "Noslēgti 47 līgumi par mācību praksi un DVB ar uzņēmumiem (t.sk. SIA “Daugavkrasts”, "
              "SIA “AutoServiss VD”, AS “Latgales maiznīca”), sadarbības līgumi ar Daugavpils Universitāti, "
              "Rēzeknes Tehnoloģiju akadēmiju un Nodarbinātības valsts aģentūras Vidusdaugavas filiāli.",
         align="justify")
    heading(doc, "6. Citi sasniegumi", size=12)
    para(doc, "6.1. Konkursā “Skills Latvia 2024” ēdināšanas pakalpojumu izglītojamā ieguva 1. vietu "
              "nominācijā “Pavārs”, programmēšanas izglītojamais – atzinību.", align="justify")
    para(doc, "6.2. Skolas komanda ieguva 2. vietu Latgales reģiona profesionālo skolu sporta spēlēs.",
         align="justify")
    para(doc, "6.3. Audzināšanas darbā īstenota programma “Esi līderis!”: izglītojamo pašpārvalde organizēja "
              "9 pasākumus, t.sk. Karjeras nedēļu ar 23 uzņēmumu dalību un labdarības akciju dzīvnieku "
              "patversmei. Dienesta viesnīcā darbojās 4 interešu pulciņi. Secinājums: izglītojamo līdzdalība "
              "palielinās, tomēr 1. kursa izglītojamo iesaiste ārpusstundu aktivitātēs joprojām ir zema, tāpēc "
              "2024./2025. mācību gadā paredzēts mentoru (vecāko kursu izglītojamo) atbalsts jaunajiem "
              "audzēkņiem.", align="justify")
    heading(doc, "7. Valsts pārbaudes darbu rezultātu analīze un secinājumi", size=12)
    para(doc, "Centralizētos eksāmenus optimālajā līmenī 2023./2024. mācību gadā kārtoja 131 4. kursa "
              "izglītojamais. Rezultāti:", align="justify")
    for line in ["Latviešu valoda – 44,0 % (valstī 55 %);",
                 "Matemātika – 25,3 % (valstī 34 %), nenokārtoja 14,2 % izglītojamo;",
                 "Angļu valoda – 51,2 % (valstī 62 %)."]:
        para(doc, line, space_after=0)
    para(doc, "Salīdzinot ar 2022./2023. mācību gadu, rezultāti uzlabojušies visos trijos obligātajos "
              "eksāmenos, tomēr joprojām būtiski atpaliek no valsts vidējiem rādītājiem. Profesionālās "
              "kvalifikācijas eksāmenos vidējais vērtējums – 7,4 balles, augstākais – programmā "
              "“Programmēšana” (8,1 balle).", align="justify")
    heading(doc, "8. Informācija par akreditācijā norādīto uzdevumu izpildi", size=12)
    para(doc, "Akreditācijas ekspertu ieteikums par pedagogu digitālo kompetenču pilnveidi izpildīts daļēji "
              "(skat. 2.4. punkta 1. prioritāti).", align="justify")
    heading(doc, "9. Informācija par IKVD apmeklējumā noteikto uzdevumu ieviešanu", size=12)
    para(doc, "2023./2024. mācību gadā IKVD apmeklējumi nenotika – nav attiecināms.")
    heading(doc, "10. Izglītības iestādes padomes ieteikumi", size=12)
    para(doc, "Nodrošināt psihologa konsultācijas Upmalas struktūrvienībā; paplašināt vakara un neklātienes "
              "mācību piedāvājumu pieaugušajiem.", align="justify")
    heading(doc, "11. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti 2024./2025. "
                 "mācību gadā", size=12)
    tbl(doc, [["Prioritāte", "a) kvalitatīvi", "b) kvantitatīvi"]],
        [["Nr.1. Individualizēts atbalsts 1. kursa izglītojamajiem mācību pārtraukšanas riska mazināšanai",
          "Izveidota agrīnās brīdināšanas sistēma; katram riska izglītojamajam – atbalsta plāns.",
          "Mācības pārtraukušo īpatsvars – ne vairāk kā 7 %."],
         ["Nr.2. DVB ieviešana būvniecības programmā",
          "Noslēgti vismaz 2 ilgtermiņa līgumi ar būvniecības uzņēmumiem.",
          "DVB mācās vismaz 60 izglītojamie 5 programmās."],
         ["Nr.3. Autotransporta darbnīcu modernizācija",
          "Sagatavots un iesniegts projekta pieteikums.",
          "Iegādātas 2 diagnostikas iekārtas."]],
        widths=[6.0, 6.0, 5.4])
    para(doc, "")
    para(doc, "Direktors                      /paraksts/                      Raimonds Zariņš")
    para(doc, "Dokuments sagatavots 2024. gada 12. septembrī", size=9)
    add_page_number_footer(doc, prefix="", suffix="")
    doc.save(str(docx_path))


def gold() -> dict:
    G = {"reports": [dict(institution_name="Vidusdaugavas profesionālā vidusskola",
                          institution_kind="vocational", school_year="2023/2024")]}
    progs = [
        ("33481011", "Datorsistēmas, datubāzes un datortīkli", 96, 88),
        ("33484011", "Programmēšana", 112, 104),
        ("33811021", "Ēdināšanas pakalpojumi", 74, 66),
        ("33811021", "Ēdināšanas pakalpojumi", 28, 25),
        ("33525011", "Autotransports", 81, 72),
        ("32543021", "Kokizstrādājumu izgatavošana", 36, 31),
        ("33582031", "Būvdarbi", 44, 39),
        ("33811011", "Viesmīlības pakalpojumi", "", 18),
    ]
    G["programmes"] = [dict(row_no=i, programme_code=c, programme_name=n, learners_start=s, learners_end=e,
                            start_date="2023-09-01", end_date="2024-06-30")
                       for i, (c, n, s, e) in enumerate(progs, start=1)]
    G["leaving_reasons"] = [
        dict(item_no="1.2.1", category="relocation", learners=4),
        dict(item_no="1.2.1", category="emigration", learners=3),
        dict(item_no="1.2.2", category="school_change", learners=9),
        dict(item_no="1.2.3", category="other", learners=12),
        dict(item_no="1.2.3", category="other", learners=6),
        dict(item_no="1.2.3", category="other", learners=2),
        dict(item_no="1.2.3", category="other", learners=1),
    ]
    ex = []

    def add(subj, raw, year, measure, school, nat="", failed=""):
        ex.append(dict(exam_level="optimal", subject=subj, subject_raw=raw, school_year=year, measure=measure,
                       school_pct=school, national_pct=nat, failed_pct=failed))
    add("latvian", "Latviešu valoda", "2022/2023", "result", 41.6, 54)
    add("mathematics", "Matemātika", "2022/2023", "result", 22.4, 35, 18)
    add("english", "Angļu valoda", "2022/2023", "result", 47.9, 63)
    add("latvian", "Latviešu valoda", "2023/2024", "result", 44.0, 55)
    add("mathematics", "Matemātika", "2023/2024", "result", 25.3, 34, 14.2)
    add("english", "Angļu valoda", "2023/2024", "result", 51.2, 62)
    add("russian", "Krievu valoda", "2023/2024", "result", 68.5)
    add("latvian", "Latviešu valoda", "2024/2025", "target", 46)
    add("mathematics", "Matemātika", "2024/2025", "target", 28)
    add("english", "Angļu valoda", "2024/2025", "target", 52)
    G["exam_results"] = ex
    t1 = "Digitālo prasmju un mākslīgā intelekta rīku jēgpilna izmantošana mācību procesā"
    t2 = "Vispārizglītojošo mācību priekšmetu rezultātu uzlabošana centralizētajos eksāmenos"
    t3 = "Darba vidē balstītu mācību paplašināšana"
    G["priorities"] = [
        dict(priority_no="1", area="Mācīšana un mācīšanās", title=t1, result_type="qualitative", status="achieved"),
        dict(priority_no="1", area="Mācīšana un mācīšanās", title=t1, result_type="quantitative", status="partially_achieved"),
        dict(priority_no="2", area="Kompetences un sasniegumi", title=t2, result_type="quantitative", status="achieved"),
        dict(priority_no="2", area="Kompetences un sasniegumi", title=t2, result_type="qualitative", status="partially_achieved"),
        dict(priority_no="3", area="Izglītības turpināšana un nodarbinātība", title=t3, result_type="qualitative", status="not_achieved"),
        dict(priority_no="3", area="Izglītības turpināšana un nodarbinātība", title=t3, result_type="quantitative", status="achieved"),
    ]
    G["indicators"] = [
        dict(indicator_no="1.1", indicator_name="Profesionālās vidējās izglītības programmās (vidējais vērtējums)",
             baseline_value=6.1, actual_value=6.3, target_value=6.4, unit="grade_avg"),
        dict(indicator_no="1.2", indicator_name="Arodizglītības programmās (vidējais vērtējums)",
             baseline_value=5.9, actual_value=5.8, target_value=6.0, unit="grade_avg"),
        dict(indicator_no="1.3", indicator_name="Izglītojamo īpatsvars ar nepietiekamiem vērtējumiem semestra noslēgumā",
             baseline_value=14, actual_value=11.5, target_value=10, unit="percent"),
        dict(indicator_no="2.1", indicator_name="Vidējais vērtējums profesionālās kvalifikācijas eksāmenos",
             baseline_value=7.2, actual_value=7.4, target_value=7.5, unit="grade_avg"),
        dict(indicator_no="2.2", indicator_name="Kvalifikāciju ieguvušo īpatsvars no eksāmenu kārtotājiem",
             baseline_value=93, actual_value=96, target_value=95, unit="percent"),
        dict(indicator_no="4", indicator_name="Sasniegumi profesionālās meistarības konkursos (augstākā iegūtā vieta valsts konkursā “Skills Latvia”)",
             baseline_value=3, actual_value=1, target_value="", unit="place"),
        dict(indicator_no="5", indicator_name="Mācības pārtraukušo izglītojamo īpatsvars",
             baseline_value=9.8, actual_value=7.9, target_value=7, unit="percent"),
        dict(indicator_no="6", indicator_name="Pedagogu profesionālās kompetences pilnveide (pedagogi, kuri mācību gadā apguvuši vismaz 12 h profesionālās pilnveides programmas)",
             baseline_value=78, actual_value=84, target_value=85, unit="percent"),
        dict(indicator_no="7", indicator_name="Citi kvalitātes rādītāji: absolventu nodarbinātība vai izglītības turpināšana 6 mēnešus pēc skolas beigšanas",
             baseline_value=71, actual_value=74, target_value=75, unit="percent"),
    ]
    return G


def with_source(G: dict, names: list[str]) -> dict:
    return {t: [dict(r, source_file=n) for n in names for r in rows] for t, rows in G.items()}


def main():
    reports = CASE / "reports"
    reports.mkdir(exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="h2E-"))
    docx_path = tmp / f"{STEM}.docx"
    build(docx_path)
    pdf = reports / f"{STEM}.pdf"
    shutil.copy(soffice_pdf(docx_path, tmp), pdf)
    shutil.rmtree(tmp, ignore_errors=True)
    tika_text(pdf, reports / f"{STEM}.txt")
    layout_text(pdf, reports / f"{STEM}-layout.txt")
    names = [f"{STEM}.pdf", f"{STEM}.txt", f"{STEM}-layout.txt"]
    G = with_source(gold(), names)
    write_gold(CASE / "gold", G)
    problems = []
    for fn in names[1:]:
        problems += check_numbers((reports / fn).read_text(encoding="utf-8"), G, fn)
    plain = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    problems += check_numbers(plain, G, f"{STEM}.pdf (pdftotext)")
    print("\n".join(problems) or f"{STEM}: all gold numbers found in the Tika, layout and PDF texts")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
