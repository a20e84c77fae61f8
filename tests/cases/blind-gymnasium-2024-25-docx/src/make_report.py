#!/usr/bin/env python3
"""Build ezerkalna-novada-gimnazija_2024-2025.docx (python-docx) and its gold CSVs.

Run: /work/blind/.venv-h2E/bin/python src/make_report.py   (from the case folder)
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import (Cm, Pt, add_page_number_footer, check_numbers, docx_text, new_document,  # noqa: E402
                    page_break, para, set_cell, shade, table, write_gold)

CASE = HERE.parent
NAME = "ezerkalna-novada-gimnazija_2024-2025.docx"


def numbered_heading(doc, text):
    """The author used Word's 'List Number' style for some main headings: the number is automatic
    (1., 2., 3. rendered by Word) and is NOT part of the paragraph text."""
    p = doc.add_paragraph(style="List Number")
    r = p.add_run(text)
    r.bold = True
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    return p


def typed_heading(doc, text, size=12):
    p = para(doc, text, bold=True, size=size, keep_next=True)
    p.paragraph_format.space_before = Pt(8)
    return p


def merge_down(t, col, r0, r1):
    t.cell(r0, col).merge(t.cell(r1, col))


def build(path: Path):
    doc = new_document(font="Times New Roman", size=12)

    # ---- cover / approval block
    for line in ["SASKAŅOTS", "Ezerkalna novada pašvaldības", "Izglītības pārvaldes vadītāja",
                 "/paraksts/ I. Bērziņa", "2025. gada 24. septembrī"]:
        para(doc, line, align="right", space_after=0, bold=(line == "SASKAŅOTS"))
    para(doc, "")
    para(doc, "EZERKALNA NOVADA ĢIMNĀZIJA", bold=True, size=14, align="center", space_after=0)
    para(doc, "Reģ. Nr. 4213900417, Skolas iela 4, Ezerkalns, Ezerkalna novads, LV-4410",
         size=10, align="center", space_after=0)
    para(doc, "tālr. 64812233, e-pasts: gimnazija@ezerkalns.lv, www.ezerkalnagimnazija.lv",
         size=10, align="center")
    para(doc, "")
    para(doc, "Ezerkalna novada ģimnāzijas", bold=True, size=16, align="center", space_after=0)
    para(doc, "PAŠNOVĒRTĒJUMA ZIŅOJUMS", bold=True, size=16, align="center", space_after=0)
    para(doc, "Publiskojamā daļa", size=13, align="center", space_after=0)
    para(doc, "par 2024./2025. mācību gadu", size=13, align="center")
    para(doc, "")
    para(doc, "Ezerkalna novada ģimnāzija ir Ezerkalna novada pašvaldības dibināta vispārējās izglītības "
              "iestāde, kas īsteno pamatizglītības otrā posma un vispārējās vidējās izglītības programmas, "
              "tai skaitā vispārējās vidējās izglītības programmu tālmācībā. Ģimnāzijai 2015. gadā "
              "piešķirts reģionālā metodiskā centra statuss; tā darbojas divās ēkās – galvenajā ēkā "
              "Skolas ielā 4 un sporta un tālmācības korpusā Ezera ielā 11.", align="justify")
    para(doc, "Ziņojums sagatavots, izmantojot izglītojamo, vecāku un pedagogu aptauju datus, mācību "
              "stundu vērošanas protokolus, e-klases un VIIS datus, metodisko komisiju pašvērtējumus "
              "un ģimnāzijas padomes ieteikumus.", align="justify")
    para(doc, "Ezerkalns, 2025", align="center", size=10)
    page_break(doc)

    # ---- 1
    numbered_heading(doc, "Izglītības iestādes darbības un izglītības programmas īstenošanas kvalitātes "
                          "mērķi un to sasniegšanas izvērtējums")
    typed_heading(doc, "1.1. Izglītojamo skaits un īstenotās izglītības programmas 2024./2025. mācību gadā")
    hdr = [["Nr.\np.k.", "Izglītības programmas\nnosaukums", "Kods", "Īstenošanas vietas\nadrese (ja atšķiras\nno juridiskās\nadreses)",
            "Licence\n(Nr., datums)", "Izglītojamo skaits,\nuzsākot\n2024./2025.m.g.\n(01.09.2024.)",
            "Izglītojamo skaits,\nnoslēdzot\n2024./2025.m.g.\n(31.05.2025.)"]]
    rows = [
        ["1.", "Pamatizglītības otrā posma (7.–9. klase) programma", "23011111", "–", "Nr. V_7812,\n22.07.2022.", "142", "139"],
        ["2.", "Vispārējās vidējās izglītības programma", "31016011", "–", "Nr. VISPV-1204,\n05.05.2020.", "268", "261"],
        ["3.", "Vispārējās vidējās izglītības programma (tālmācība)", "31016013", "Ezera iela 11, Ezerkalns,\nEzerkalna nov., LV-4410",
         "Nr. VISPV-1588,\n17.08.2021.", "37", "29"],
        [("", True), ("Kopā", True), "", "", "", ("447", True), ("429", True)],
    ]
    table(doc, hdr, rows, widths_cm=[1.0, 4.6, 2.0, 3.3, 2.6, 2.4, 2.4], size=9)
    para(doc, "")
    typed_heading(doc, "1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes "
                       "maiņai un mācību pārtraukšanai izglītības programmā")
    para(doc, "2024./2025. mācību gada laikā ģimnāziju atstāja 14 izglītojamie (3,1 % no izglītojamo kopskaita "
              "mācību gada sākumā), uzsāka mācības – 9 izglītojamie. Secinājumi par izglītojamiem, kuri "
              "pārtraukuši mācības:", align="justify")
    para(doc, "1.2.1. dzīvesvietas maiņa – 4 izglītojamie (ģimenes pārcēlās uz Rīgu, Ogri un Jelgavu), uz "
              "ārvalstīm izbrauca 1 izglītojamais;", align="justify")
    para(doc, "1.2.2. izglītības iestādes maiņa – seši (6) izglītojamie, galvenokārt pēc 9. un 10. klases, izvēloties "
              "profesionālās izglītības iestādes tuvāk dzīvesvietai vai ar konkrētu profesionālo ievirzi;",
         align="justify")
    para(doc, "1.2.3. cits iemesls – tālmācības programmā mācības pārtrauca 3 izglītojamie, jo nespēja savienot "
              "mācības ar darbu. Ar visiem izglītojamajiem un viņu vecākiem (likumiskajiem pārstāvjiem) "
              "pirms mācību pārtraukšanas notika individuālas sarunas, tika piedāvātas konsultācijas un "
              "individuāls mācību plāns.", align="justify")

    typed_heading(doc, "1.3. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi "
                       "2024./2025.m.g. un 2025./2026.m.g. (nosakāmi ne mazāk kā trīs kvalitātes rādītāji)")
    ind_hdr = [["NPK", "Kvalitatīvais /\nkvantitatīvais\nindikators", "Noteiktais rezultatīvais rādītājs", None, None],
               [None, None, "uzsākot\n2024./2025.m.g.\n(pēc 2023./2024.m.g.\npašnovērtējuma\nziņojuma)",
                "noslēdzot\n2024./2025.m.g.", "2025./2026.\nm.g."]]
    ind_rows = [
        ["1.", "Izglītojamo statistiskie sasniegumi mācību gada noslēgumā:", None, None, None],
        ["1.1.", "Vispārējās pamatizglītības programmā/-s", "6,5 balles", "6,6 balles", "6,7 balles"],
        ["1.2.", "Vispārējās vidējās izglītības programmā/-s", "6,8 balles", "6,71 balle", "7,0 balles"],
        ["1.3.", "Interešu izglītības programmā/-s (izglītojamo skaits, kuri apmeklē interešu izglītību)",
         "212 izglītojamie", "pieauga no 212 uz 236 izglītojamajiem", "240 izglītojamie"],
        ["2.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vispārējās pamatizglītības "
               "programmas apguves noslēgumā 9. klasē attiecībā pret vidējiem valsts rezultātiem",
         "Latviešu val. 61,2 % (valstī 59,1 %)\nMatemātika 47,8 % (valstī 43,2 %)\nAngļu val. 70,4 % (valstī 63,9 %)",
         "Latviešu val. 60,1 % (valstī 58,5 %)\nMatemātika 55 % (valstī 53,8 %), nenokārtoja 2,1 %\nAngļu val. 72,6 % (valstī 65,8 %)",
         "Latviešu val. 62 %\nMatemātika 56 %\nAngļu val. 73 %"],
        ["3.", "Izglītojamo vidējie statistiskie sasniegumi valsts pārbaudes darbos vidējās izglītības programmas "
               "apguves noslēgumā attiecībā pret vidējiem valsts rezultātiem:", None, None, None],
        ["3.1.", "optimālajā līmenī",
         "Latviešu val. 50,6 % (valstī 55 %)\nMatemātika 31,9 % (valstī 34 %), nenokārtoja 6,5 %\nAngļu val. 64,3 % (valstī 62 %)\nVācu val. 58 % (valstī 54 %)",
         "Latviešu val. 52,3 % (valstī 55,9 %)\nMatemātika 40,2 % (valstī 43,7 %)\nAngļu val. 61,5 % (valstī 60,7 %)\nVācu val. – nav kārtots",
         "Latviešu val. 55 %\nMatemātika 42 %\nAngļu val. 63 %"],
        ["3.2.", "augstākajā līmenī",
         "Latviešu val. 58,7 % (valstī 55 %)\nMatemātika 54,1 % (valstī 59 %)\nAngļu val. 69,9 % (valstī 66 %)\nBioloģija 57,3 % (valstī 55 %)\nProgrammēšana – nav kārtots",
         "Latviešu val. 56,2 % (valstī 53 %)\nMatemātika 63,4 % (valstī 62 %)\nAngļu val. 71,8 % (valstī 62 %)\nBioloģija 49,6 % (valstī 52 %), nenokārtoja 8,3 %\nProgrammēšana 58 %\nĶīmija – nav kārtots",
         "Latviešu val. 58 %\nMatemātika 64 %\nAngļu val. 72 %\nBioloģija 55 %\nProgrammēšana 60 %"],
        ["4.", "Darbs ar talantīgajiem izglītojamiem un izglītojamo sasniegumi olimpiādēs, konkursos, sacensībās u.tml.",
         "Novada olimpiādēs 38 godalgotas vietas, valsts olimpiādēs – 2 atzinības.",
         "Novada olimpiādēs 41 godalgota vieta, valsts olimpiādēs 3 godalgotas vietas (t.sk. 2. vieta ģeogrāfijā), "
         "ZPD konkursā reģionā 4 darbi izvirzīti uz valsts posmu.",
         "Saglabāt vismaz 40 godalgotas vietas novadā, dalība valsts olimpiādēs vismaz 12 priekšmetos."],
        ["5.", "Pedagogu profesionālās kompetences pilnveide (pedagogu īpatsvars, kuri mācību gadā apguvuši "
               "profesionālās pilnveides programmas)", "85 %", "91 % (32 no 35 pedagogiem)", "95 %"],
        ["6.", "Citi kvalitātes rādītāji:", None, None, None],
        ["6.1.", "Latvijas skolu reitings (ģimnāziju grupā)", "14. vieta", "11. vieta", "10. vieta"],
        ["6.2.", "Izglītojamo īpatsvars ar nepietiekamiem vērtējumiem gadā", "3,4 %", "2,9 %", "ne vairāk kā 2,5 %"],
    ]
    t = table(doc, ind_hdr, ind_rows, widths_cm=[1.2, 4.6, 4.3, 4.3, 3.4], size=9)
    t.cell(0, 2).merge(t.cell(0, 4))
    merge_down(t, 0, 0, 1)
    merge_down(t, 1, 0, 1)
    for ri, r in enumerate(ind_rows, start=2):
        if r[2] is None:
            t.cell(ri, 1).merge(t.cell(ri, 4))
    para(doc, "Piezīme: valsts vidējie rādītāji norādīti pēc VISC publicētās informācijas; 2024./2025.m.g. dati – "
              "pēc provizoriskajiem datiem uz 2025. gada augustu.", size=9, italic=True)

    # ---- 2
    numbered_heading(doc, "Izglītības iestādes darbības pamatmērķi un prioritātes")
    para(doc, "2.1. Izglītības iestādes misija – radīt drošu, izaicinošu un atbalstošu mācību vidi, kurā "
              "ikviens izglītojamais apzinās savas spējas, mācās atbildīgi un sagatavojas mūžizglītībai un "
              "līdzdalībai Latvijas un Eiropas sabiedrībā.", align="justify")
    para(doc, "2.2. Izglītības iestādes vīzija par izglītojamo – zinātkārs, patstāvīgs un atbildīgs jaunietis, "
              "kurš prot sadarboties, kritiski domāt un mērķtiecīgi veidot savu karjeru.", align="justify")
    para(doc, "2.3. Izglītības iestādes vērtības cilvēkcentrētā veidā – atbildība (uzņemamies atbildību par "
              "savu mācīšanos un rīcību), cieņa (cienām sevi, citus un vidi), drosme (uzdrošināmies mēģināt "
              "un kļūdīties), kopiena (esam lepni par savu skolu un novadu).", align="justify")
    typed_heading(doc, "2.4. Informācija par izglītības iestādes 2024./2025.m.g. izvirzīto prioritāšu sasniegšanu")

    pr_hdr = [["Nr.", "Joma", "Prioritāte", "Sasniedzamie rezultāti\n(kvalitatīvi un\nkvantitatīvi)",
               "Komentāri (kā to ir izdevies īstenot\nun kādi dati un informācija\nto apliecina)",
               "Norāde par\nizpildi\n(Sasniegts/\ndaļēji\nsasniegts/ nav\nsasniegts)"]]
    p1 = "Formatīvās vērtēšanas un atgriezeniskās saites kvalitātes paaugstināšana mācību stundās"
    p2 = "Matemātikas mācību sasniegumu uzlabošana pamatizglītības un vidējās izglītības posmā"
    p3 = "Atbalsta sistēmas pilnveide izglītojamajiem ar mācīšanās grūtībām"
    pr_rows = [
        ["1.", "Mācīšana un mācīšanās", p1,
         "a) kvalitatīvi\nPedagogi mērķtiecīgi izmanto sasniedzamo rezultātu un snieguma līmeņu aprakstus; "
         "izglītojamie saņem regulāru, uz izaugsmi vērstu atgriezenisko saiti.",
         "Metodiskajās komisijās izstrādāti un saskaņoti snieguma līmeņu apraksti visos mācību priekšmetos 7.–12. "
         "klasē, tie publicēti e-klasē. Trīs pedagogu mācīšanās grupas (kopā 21 pedagogs) visa gada garumā "
         "analizēja atgriezeniskās saites piemērus, savstarpēji vērojot stundas. Izglītojamie aptaujās un "
         "fokusgrupās norāda, ka vērtēšanas kritēriji ir saprotami un zināmi pirms darba. Stundu vērošanas "
         "protokoli apliecina, ka skolotāji stundas noslēgumā regulāri izmanto refleksiju.",
         "Sasniegts"],
        [None, None, None,
         "b) kvantitatīvi\nVismaz 80 % vērotajās mācību stundās izglītojamie saņem konkrētu atgriezenisko saiti; "
         "vismaz 70 % izglītojamo aptaujā apliecina, ka zina, kā uzlabot savu sniegumu.",
         "Administrācija un metodisko komisiju vadītāji vēroja 64 mācību stundas; konkrēta, uz uzlabojumu "
         "vērsta atgriezeniskā saite konstatēta 74 % stundu (mērķis netika sasniegts pilnībā). Izglītojamo "
         "aptaujā (atbildēja 296 izglītojamie) 71 % apliecina, ka zina, kā uzlabot savu sniegumu.",
         "Daļēji sasniegts (darbs tiks turpināts)"],
        ["2.", "Kompetences un sasniegumi", p2,
         "a) kvantitatīvi\nCentralizētajā eksāmenā matemātikā optimālajā līmenī vidējais rezultāts ir vismaz 40 %; "
         "9. klašu eksāmenā matemātikā – ne zemāks par valsts vidējo rezultātu.",
         "Centralizētajā eksāmenā matemātikā optimālajā līmenī ģimnāzijas vidējais rezultāts ir 40,2 %, 9. klašu "
         "eksāmenā – 55 %, kas pārsniedz valsts vidējo. Papildu konsultācijas matemātikā apmeklēja 46 "
         "izglītojamie, organizētas divas izmēģinājuma eksāmenu sesijas.",
         "SASNIEGTS"],
        [None, None, None,
         "b) kvalitatīvi\nIeviesta vienota matemātikas uzdevumu banka un konsultāciju grafiks; izglītojamie "
         "mērķtiecīgi izmanto digitālos rīkus patstāvīgajā darbā.",
         "Uzdevumu banka izveidota “Google Classroom” vidē (7.–12. klase), to papildina visi matemātikas "
         "skolotāji. Konsultāciju grafiks saskaņots ar skolēnu autobusu kustību. Digitālie rīki (uzdevumi.lv, "
         "GeoGebra) tiek izmantoti katru nedēļu.",
         "sasniegts"],
        ["3.", "Vienlīdzība un iekļaušana", p3,
         "a) kvalitatīvi\nIzstrādāta vienota kārtība individuālo atbalsta plānu izveidei un izvērtēšanai; "
         "pedagoga palīgs iesaistīts 7.–9. klašu mācību stundās.",
         "Kārtība izstrādāta un apstiprināta 2025. gada janvārī, tomēr atbalsta plānu izvērtēšana notika tikai "
         "vienu reizi mācību gadā. Pedagoga palīgs strādāja 0,5 slodzes apjomā, tāpēc atbalsts tika nodrošināts "
         "galvenokārt matemātikas un latviešu valodas stundās.",
         "Sasniegts daļēji"],
        [None, None, None,
         "b) kvantitatīvi\nAtbalsta plāni izstrādāti 100 % izglītojamo, kuriem tie nepieciešami; izglītojamo ar "
         "nepietiekamiem vērtējumiem īpatsvars samazinās līdz 2,5 %.",
         "Atbalsta plāni izstrādāti 27 izglītojamajiem (visiem, kuriem atbalsta komanda to ieteica). "
         "Izglītojamo ar nepietiekamiem vērtējumiem īpatsvars gada noslēgumā ir 2,9 %, t.i., samazinājies, "
         "bet plānotais rādītājs nav sasniegts.",
         "Nav sasniegts – turpināsim 2025./2026.m.g."],
    ]
    t = table(doc, pr_hdr, pr_rows, widths_cm=[0.9, 2.3, 3.0, 4.2, 5.6, 2.3], size=9)
    for r0 in (1, 3, 5):
        for c in (0, 1, 2):
            merge_down(t, c, r0, r0 + 1)

    typed_heading(doc, "2.5. Izglītības iestādes prioritātes 2025./2026. mācību gadam (īsumā; plānotie rezultāti – 11. sadaļā)")
    nx_hdr = [["Nr.", "Joma", "Prioritāte"]]
    nx_rows = [
        ["1.", "Mācīšana un mācīšanās", "Pašvadītas mācīšanās prasmju attīstība vidusskolas posmā"],
        ["2.", "Kompetences un sasniegumi", "Valsts valodas prasmju un lasītprasmes uzlabošana 7.–9. klasē"],
        ["3.", "Drošība un psiholoģiskā labklājība", "Savstarpējo attiecību kultūras stiprināšana un mobinga novēršana"],
    ]
    table(doc, nx_hdr, nx_rows, widths_cm=[1.0, 5.0, 11.0], size=10)

    # ---- 3
    numbered_heading(doc, "Kritēriju izvērtējums")
    typed_heading(doc, "3.1. Kritērijs “Mācīšana un mācīšanās”")
    table(doc, [["Stiprās puses", "Turpmākās attīstības vajadzības"]], [
        ["Pedagogi plāno mācību stundas, balstoties uz sasniedzamajiem rezultātiem; 91 % pedagogu mācību gadā "
         "pilnveidoja profesionālo kompetenci. Vērotajās stundās dominē skolēnu aktīva darbība, mācību vide ir "
         "sakārtota un droša.",
         "Attīstīt izglītojamo pašvadītas mācīšanās prasmes, īpaši 10. klasē, kur pāreja uz vidusskolas "
         "mācību slodzi rada grūtības."],
        ["Sekmīgi darbojas mācīšanās grupas un savstarpējā stundu vērošana; izveidota vienota matemātikas "
         "uzdevumu banka.",
         "Pilnveidot diferenciāciju stundās, kurās mācās izglītojamie ar atšķirīgu sagatavotību."],
    ], widths_cm=[8.6, 8.6], size=10)
    typed_heading(doc, "3.2. Kritērijs “Vienlīdzība un iekļaušana”")
    table(doc, [["Stiprās puses", "Turpmākās attīstības vajadzības"]], [
        ["Izveidota atbalsta komanda (psihologs, sociālais pedagogs, speciālais pedagogs, pedagoga palīgs), "
         "ir vienota kārtība atbalsta plānu izveidei.",
         "Palielināt pedagoga palīga slodzi un regulāri izvērtēt atbalsta plānu efektivitāti."],
        ["Izglītojamie un vecāki aptaujās augstu vērtē vienlīdzīgu attieksmi (vidēji 3,4 no 4 punktiem).",
         "Turpināt darbu ar izglītojamajiem, kuri bieži kavē mācību stundas."],
    ], widths_cm=[8.6, 8.6], size=10)
    typed_heading(doc, "3.3. Kritērijs “Pieejamība”")
    para(doc, "Ģimnāzija nodrošina skolēnu pārvadājumus no piecām novada apdzīvotajām vietām, ēdināšanu "
              "internātā un mācības tālmācībā pieaugušajiem. Galvenā ēka ir pielāgota cilvēkiem ar kustību "
              "traucējumiem (lifts, uzbrauktuves), sporta korpusā pielāgojumi plānoti 2026. gadā. Turpmāk "
              "jāpilnveido informācijas pieejamība vecākiem, kuri nelieto e-klasi.", align="justify")
    typed_heading(doc, "3.4. Kritērijs “Drošība un psiholoģiskā labklājība”")
    para(doc, "Drošības noteikumi ir aktualizēti, izglītojamie un darbinieki tos zina; evakuācijas mācības "
              "notika divas reizes. Aptaujā 86 % izglītojamo norāda, ka skolā jūtas droši, tomēr 7.–8. klasē "
              "fiksēti savstarpējas ņirgāšanās gadījumi sociālajos tīklos, tāpēc 2025./2026. mācību gadā "
              "prioritāte ir savstarpējo attiecību kultūras stiprināšana.", align="justify")

    page_break(doc)
    typed_heading(doc, "4. Informācija par nozīmīgākajiem projektiem 2024./2025. mācību gadā")
    table(doc, [["Nr.", "Projekta nosaukums", "Īsa anotācija", "Rezultāti"]], [
        ["1.", "Erasmus+ KA1 akreditācijas projekts Nr. 2024-1-LV01-KA121-SCH-000211904",
         "Pedagogu un izglītojamo mobilitātes uz Somiju un Portugāli, lai pilnveidotu formatīvās vērtēšanas praksi.",
         "Mobilitātēs piedalījās 8 pedagogi un 12 izglītojamie; pieredze prezentēta metodiskajā dienā."],
        ["2.", "Programma “Latvijas skolas soma”",
         "Kultūrizglītības pasākumi visām klašu grupām, saistīti ar mācību saturu.",
         "Notika 19 pasākumi, t.sk. 6 izbraukumi uz Rīgu un Cēsīm."],
        ["3.", "ESF+ projekts “Atbalsts priekšlaicīgas mācību pārtraukšanas riska mazināšanai”",
         "Individuāls atbalsts izglītojamajiem ar mācību pārtraukšanas risku.",
         "Atbalstu saņēma 17 izglītojamie, 15 no tiem sekmīgi pabeidza mācību gadu."],
    ], widths_cm=[1.0, 4.5, 6.0, 5.7], size=9)

    typed_heading(doc, "5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
    for line in [
        "5.1. Sadarbības līgums ar Latvijas Universitātes Fizikas, matemātikas un optometrijas fakultāti par "
        "skolēnu zinātniskās pētniecības darbu konsultēšanu (noslēgts 12.10.2023.).",
        "5.2. Līgums ar Vidzemes Augstskolu par pedagoģijas studentu praksi.",
        "5.3. Sadarbības līgums ar biedrību “Ezerkalna sporta klubs” par sporta infrastruktūras koplietošanu.",
        "5.4. Sadarbības memorands ar SIA “Ezerkalna kokapstrāde” karjeras izglītības pasākumu organizēšanai.",
    ]:
        para(doc, line, align="justify", space_after=2)

    typed_heading(doc, "6. Audzināšanas darba prioritātes un secinājumi")
    para(doc, "Audzināšanas darba prioritāte 2024./2025. mācību gadā bija izglītojamo pilsoniskās līdzdalības "
              "pieredzes veidošana. Skolēnu pašpārvalde organizēja 11 pasākumus, t.sk. debašu turnīru un "
              "Barikāžu atceres dienu; 10.–12. klašu izglītojamie piedalījās novada jauniešu domes darbā. "
              "Secinājums: līdzdalība palielinās, taču 7.–8. klasēs jāstiprina atbildīga rīcība digitālajā vidē.",
         align="justify")

    typed_heading(doc, "7. Citi sasniegumi un izglītības iestādei būtiska informācija")
    for line in [
        "7.1. Ģimnāzijas 12. klašu absolventu (58 absolventi) turpmākās gaitas: 64 % turpina studijas augstskolās, "
        "17 % – profesionālās izglītības iestādēs, pārējie uzsākuši darba gaitas vai dienē Nacionālajos "
        "bruņotajos spēkos.",
        "7.2. Valsts diagnosticējošajā darbā matemātikā 6. klasē (kopīgi ar novada pamatskolu skolēniem, kuri "
        "turpina mācības ģimnāzijā) vidējais rezultāts bija 58,4 %, valstī – 52,1 %; šis darbs nav valsts "
        "pārbaudes darbs ģimnāzijas programmās, bet tiek izmantots, plānojot 7. klašu komplektēšanu.",
        "7.3. 9. klašu eksāmenā matemātikā ģimnāzijas izglītojamo vidējais rezultāts (55 %) pirmo reizi "
        "piecu gadu laikā pārsniedza valsts vidējo; centralizētajā eksāmenā latviešu valodā optimālajā līmenī "
        "rezultāts uzlabojās par 1,7 procentpunktiem.",
        "7.4. Ģimnāzijas koris un tautu deju kolektīvs piedalījās XIII Latvijas Skolu jaunatnes dziesmu un "
        "deju svētkos.",
    ]:
        para(doc, line, align="justify", space_after=2)
    typed_heading(doc, "8. Informācija par izglītības iestādes akreditācijā vai vadītāja novērtēšanā norādīto uzdevumu izpildi")
    para(doc, "Ieteikums par atbalsta personāla pieejamību izpildīts daļēji (skat. 2.4. sadaļas 3. prioritāti).")
    typed_heading(doc, "9. Informācija par IKVD apmeklējumā noteikto uzdevumu ieviešanu")
    para(doc, "Nav attiecināms.")
    typed_heading(doc, "10. Izglītības iestādes padomes ieteikumi")
    para(doc, "Turpināt individuālās sarunas ar vecākiem divas reizes gadā; izvērtēt mobilo tālruņu lietošanas "
              "ierobežojumus 7.–9. klasē; atjaunot ģimnāzijas vēstures muzeja ekspozīciju.", align="justify")

    typed_heading(doc, "11. Izglītības iestādes darba prioritātes un plānotie sasniedzamie rezultāti 2025./2026. mācību gadā")
    table(doc, [["Prioritāte", "Sasniedzamie rezultāti (kvalitatīvi un kvantitatīvi)"]], [
        ["Nr.1. Mācīšana un mācīšanās\nPašvadītas mācīšanās prasmju attīstība vidusskolas posmā",
         "a) kvalitatīvi: izglītojamie plāno un izvērtē savu mācīšanos, izmantojot mācīšanās dienasgrāmatu.\n"
         "b) kvantitatīvi: vismaz 75 % 10.–12. klašu izglītojamo regulāri izmanto mācīšanās plānu; "
         "vidējais vērtējums vidusskolas posmā – 7,0 balles."],
        ["Nr.2. Kompetences un sasniegumi\nValsts valodas prasmju un lasītprasmes uzlabošana 7.–9. klasē",
         "a) kvalitatīvi: visos mācību priekšmetos ieviesti lasītprasmes uzdevumi.\n"
         "b) kvantitatīvi: 9. klašu eksāmenā latviešu valodā vidējais rezultāts ir vismaz 62 %."],
        ["Nr.3. Drošība un psiholoģiskā labklājība\nSavstarpējo attiecību kultūras stiprināšana un mobinga novēršana",
         "a) kvalitatīvi: klašu stundās īstenota programma “Draudzīga skola”.\n"
         "b) kvantitatīvi: vismaz 90 % izglītojamo aptaujā norāda, ka skolā jūtas droši."],
    ], widths_cm=[6.0, 11.2], size=10)
    para(doc, "")
    para(doc, "Izglītības iestādes vadītājs: direktore Līga Kalniņa  /paraksts/", space_after=0)
    para(doc, "Ezerkalnā, 2025. gada 19. septembrī", size=10)
    para(doc, "DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU", size=8, align="center")
    add_page_number_footer(doc)
    doc.save(str(path))


def gold(src: str) -> dict:
    G = {"reports": [dict(source_file=src, institution_name="Ezerkalna novada ģimnāzija",
                          institution_kind="general", school_year="2024/2025")]}
    G["programmes"] = [
        dict(row_no=1, programme_code="23011111", programme_name="Pamatizglītības otrā posma (7.–9. klase) programma",
             learners_start=142, learners_end=139),
        dict(row_no=2, programme_code="31016011", programme_name="Vispārējās vidējās izglītības programma",
             learners_start=268, learners_end=261),
        dict(row_no=3, programme_code="31016013", programme_name="Vispārējās vidējās izglītības programma (tālmācība)",
             learners_start=37, learners_end=29),
    ]
    for r in G["programmes"]:
        r.update(start_date="2024-09-01", end_date="2025-05-31")
    G["leaving_reasons"] = [
        dict(item_no="1.2.1", category="relocation", learners=4),
        dict(item_no="1.2.1", category="emigration", learners=1),
        dict(item_no="1.2.2", category="school_change", learners=6),
        dict(item_no="1.2.3", category="other", learners=3),
    ]
    ex = []

    def add(level, subj, raw, year, measure, school, nat="", failed=""):
        ex.append(dict(exam_level=level, subject=subj, subject_raw=raw, school_year=year, measure=measure,
                       school_pct=school, national_pct=nat, failed_pct=failed))
    LV, MA, EN = ("latvian", "Latviešu val."), ("mathematics", "Matemātika"), ("english", "Angļu val.")
    # grade 9
    add("grade9", *LV, "2023/2024", "result", 61.2, 59.1)
    add("grade9", *MA, "2023/2024", "result", 47.8, 43.2)
    add("grade9", *EN, "2023/2024", "result", 70.4, 63.9)
    add("grade9", *LV, "2024/2025", "result", 60.1, 58.5)
    add("grade9", *MA, "2024/2025", "result", 55, 53.8, 2.1)
    add("grade9", *EN, "2024/2025", "result", 72.6, 65.8)
    add("grade9", *LV, "2025/2026", "target", 62)
    add("grade9", *MA, "2025/2026", "target", 56)
    add("grade9", *EN, "2025/2026", "target", 73)
    # optimal
    add("optimal", *LV, "2023/2024", "result", 50.6, 55)
    add("optimal", *MA, "2023/2024", "result", 31.9, 34, 6.5)
    add("optimal", *EN, "2023/2024", "result", 64.3, 62)
    add("optimal", "german", "Vācu val.", "2023/2024", "result", 58, 54)
    add("optimal", *LV, "2024/2025", "result", 52.3, 55.9)
    add("optimal", *MA, "2024/2025", "result", 40.2, 43.7)
    add("optimal", *EN, "2024/2025", "result", 61.5, 60.7)
    add("optimal", *LV, "2025/2026", "target", 55)
    add("optimal", *MA, "2025/2026", "target", 42)
    add("optimal", *EN, "2025/2026", "target", 63)
    # advanced ("augstākajā līmenī")
    add("advanced", *LV, "2023/2024", "result", 58.7, 55)
    add("advanced", *MA, "2023/2024", "result", 54.1, 59)
    add("advanced", *EN, "2023/2024", "result", 69.9, 66)
    add("advanced", "biology", "Bioloģija", "2023/2024", "result", 57.3, 55)
    add("advanced", *LV, "2024/2025", "result", 56.2, 53)
    add("advanced", *MA, "2024/2025", "result", 63.4, 62)
    add("advanced", *EN, "2024/2025", "result", 71.8, 62)
    add("advanced", "biology", "Bioloģija", "2024/2025", "result", 49.6, 52, 8.3)
    add("advanced", "programming", "Programmēšana", "2024/2025", "result", 58)
    add("advanced", *LV, "2025/2026", "target", 58)
    add("advanced", *MA, "2025/2026", "target", 64)
    add("advanced", *EN, "2025/2026", "target", 72)
    add("advanced", "biology", "Bioloģija", "2025/2026", "target", 55)
    add("advanced", "programming", "Programmēšana", "2025/2026", "target", 60)
    G["exam_results"] = ex
    p1 = "Formatīvās vērtēšanas un atgriezeniskās saites kvalitātes paaugstināšana mācību stundās"
    p2 = "Matemātikas mācību sasniegumu uzlabošana pamatizglītības un vidējās izglītības posmā"
    p3 = "Atbalsta sistēmas pilnveide izglītojamajiem ar mācīšanās grūtībām"
    G["priorities"] = [
        dict(priority_no="1", area="Mācīšana un mācīšanās", title=p1, result_type="qualitative", status="achieved"),
        dict(priority_no="1", area="Mācīšana un mācīšanās", title=p1, result_type="quantitative", status="partially_achieved"),
        dict(priority_no="2", area="Kompetences un sasniegumi", title=p2, result_type="quantitative", status="achieved"),
        dict(priority_no="2", area="Kompetences un sasniegumi", title=p2, result_type="qualitative", status="achieved"),
        dict(priority_no="3", area="Vienlīdzība un iekļaušana", title=p3, result_type="qualitative", status="partially_achieved"),
        dict(priority_no="3", area="Vienlīdzība un iekļaušana", title=p3, result_type="quantitative", status="not_achieved"),
    ]
    G["indicators"] = [
        dict(indicator_no="1.1", indicator_name="Vispārējās pamatizglītības programmā/-s",
             baseline_value=6.5, actual_value=6.6, target_value=6.7, unit="grade_avg"),
        dict(indicator_no="1.2", indicator_name="Vispārējās vidējās izglītības programmā/-s",
             baseline_value=6.8, actual_value=6.71, target_value=7.0, unit="grade_avg"),
        dict(indicator_no="1.3", indicator_name="Interešu izglītības programmā/-s (izglītojamo skaits, kuri apmeklē interešu izglītību)",
             baseline_value=212, actual_value=236, target_value=240, unit="learners"),
        dict(indicator_no="5", indicator_name="Pedagogu profesionālās kompetences pilnveide (pedagogu īpatsvars, kuri mācību gadā apguvuši profesionālās pilnveides programmas)",
             baseline_value=85, actual_value=91, target_value=95, unit="percent"),
        dict(indicator_no="6.1", indicator_name="Latvijas skolu reitings (ģimnāziju grupā)",
             baseline_value=14, actual_value=11, target_value=10, unit="place"),
        dict(indicator_no="6.2", indicator_name="Izglītojamo īpatsvars ar nepietiekamiem vērtējumiem gadā",
             baseline_value=3.4, actual_value=2.9, target_value=2.5, unit="percent"),
    ]
    for rows in G.values():
        for r in rows:
            r["source_file"] = src
    return G


def main():
    out = CASE / "reports" / NAME
    out.parent.mkdir(exist_ok=True)
    build(out)
    G = gold(NAME)
    write_gold(CASE / "gold", G)
    problems = check_numbers(docx_text(out), G, NAME)
    print("\n".join(problems) or f"{NAME}: all gold numbers found in the DOCX text")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
