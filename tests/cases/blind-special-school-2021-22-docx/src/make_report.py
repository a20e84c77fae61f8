"""Generate reports/ergemes-speciala-pamatskola_2021-2022.docx (python-docx), a special basic
school's public self-assessment report on the 2021/22 template.

Run:  /work/blind/.venv-devB/bin/python src/make_report.py   (from anywhere)
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docxkit import add_page_number_footer, new_document, page_break, para, table  # noqa: E402

CASE = HERE.parent
OUT = CASE / "reports"
NAME = "ergemes-speciala-pamatskola_2021-2022"

PARKA = "Parka iela 2, Valka, Valkas nov., LV-4701 (dienas aprūpes centra telpās)"


def H(doc, text, size=12, before=10, after=4):
    return para(doc, text, bold=True, size=size, before=before, after=after, keep_next=True)


def P(doc, text, **kw):
    kw.setdefault("align", "justify")
    kw.setdefault("first", 1.0)
    return para(doc, text, **kw)


def strengths(doc, title, rows):
    H(doc, title, size=12, before=8)
    table(doc, [8.5, 8.5], [["Stiprās puses", "Turpmākās attīstības vajadzības"]] + rows,
          size=11, header_size=11, shade_header="D9D9D9")


def build(path: Path):
    doc = new_document(size=12, left=2.5, right=1.5)
    add_page_number_footer(doc)

    # cover: the founder's approval
    para(doc, "SASKAŅOTS\nValkas novada Izglītības pārvaldes vadītāja\n/paraksts/ Ilze Ozoliņa\n"
              "2022. gada 28. septembrī", size=11, align="right", after=90)
    para(doc, "Valkas novada Ērģemes speciālās pamatskolas", bold=True, size=16, align="center",
         after=6)
    para(doc, "pašnovērtējuma ziņojums", bold=True, size=18, align="center", after=6)
    para(doc, "Publiskojamā daļa", size=13, align="center", after=6)
    para(doc, "2021./2022. mācību gads", size=13, align="center", after=180)
    para(doc, "Ērģeme\n2022", size=12, align="center")
    page_break(doc)

    P(doc, "Valkas novada Ērģemes speciālā pamatskola (turpmāk – skola) ir Valkas novada "
           "pašvaldības dibināta speciālās izglītības iestāde ar internātu, kas īsteno speciālās "
           "pamatizglītības programmas izglītojamajiem ar mācīšanās traucējumiem, garīgās "
           "veselības traucējumiem, garīgās attīstības traucējumiem, smagiem garīgās attīstības "
           "traucējumiem vai vairākiem smagiem attīstības traucējumiem, kā arī speciālās "
           "pirmsskolas izglītības programmu. Skola atrodas Ērģemes pagastā, vēsturiskajā muižas "
           "ēkā, “Skolas ēka”, Ērģeme, Ērģemes pag., Valkas nov., LV-4711. Skolā mācās "
           "izglītojamie no Valkas, Smiltenes un Valmieras novadiem; internātā darba dienās "
           "dzīvo 64 izglītojamie.")
    P(doc, "2021./2022. mācību gadā skolā strādāja 31 pedagogs, tajā skaitā 4 logopēdi, "
           "2 speciālie pedagogi, izglītības psihologs, sociālais pedagogs, fizioterapeits un "
           "ergoterapeits, kā arī 9 skolotāju palīgi. Mācību gads noritēja klātienē, izņemot "
           "atsevišķas klases, kurām Covid-19 dēļ uz laiku bija noteiktas attālinātās mācības.")
    # the director's signature runs straight into the first heading (one paragraph)
    para(doc, runs=[("Izglītības iestādes vadītājs\t\t/paraksts/\t\tAndris Kalniņš\n"
                     "Ērģemē, 2022. gada 26. septembrī\n", {}),
                    ("1. Izglītības iestādes darbības un izglītības programmas īstenošanas "
                     "kvalitātes mērķi un to sasniegšanas izvērtējums", {"bold": True})],
         before=14, after=6)

    H(doc, "1.1. Izglītojamo skaits un īstenotās izglītības programmas 2021./2022. mācību gadā",
      before=2)
    head1 = ["Nr. p.k.", "Izglītības programmas nosaukums", "Izglītības programmas kods",
             "Licence", None, "Īstenošanas vietas adrese (ja atšķiras no juridiskās adreses)",
             "Izglītojamo skaits, uzsākot 2021./2022. m.g. (01.09.2021.)",
             "Izglītojamo skaits, noslēdzot 2021./2022. m.g. (31.05.2022.)", "Piezīmes"]
    head2 = [None, None, None, "Nr.", "Datums", None, None, None, None]
    P58 = "Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem"
    rows = [head1, head2,
            ["1.", "Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās "
                   "traucējumiem", "21015611", "V-3021", "12.06.2018.", "–",
             "34 (t.sk. 3 mājas apmācībā)", "33", "–"],
            ["2.", P58, "2101 58 11", "V-3022", "12.06.2018.", "–", "41", "42",
             "viens izglītojamais uzņemts 2022. gada janvārī"],
            ["3.", "Speciālās pamatizglītības programma izglītojamajiem ar smagiem garīgās "
                   "attīstības traucējumiem vai vairākiem smagiem attīstības traucējumiem",
             "21015911", "V-3023", "12.06.2018.", PARKA, "18", "18", "–"],
            ["4.", "Speciālās pamatizglītības programma izglītojamajiem ar garīgās veselības "
                   "traucējumiem", "21015711", "V_1187", "30.08.2021.", "–", "7", "6",
             "programmu īsteno no 2021./2022. m.g."],
            ["5.", "Speciālās pirmsskolas izglītības programma izglītojamajiem ar garīgās "
                   "attīstības traucējumiem", "01015811", "V-3024", "12.06.2018.", "–", "5", "5",
             "–"],
            ["6.", P58, "21015811", "V-3022", "12.06.2018.", PARKA, "6", "6", "–"],
            ]
    merges = [((0, c), (1, c)) for c in (0, 1, 2, 5, 6, 7, 8)] + [((0, 3), (0, 4))]
    table(doc, [0.8, 4.2, 1.9, 1.3, 1.8, 2.6, 1.8, 1.8, 1.8], rows, header_rows=2, size=9,
          header_size=8, merges=merges,
          aligns=["center", "left", "center", "left", "left", "left", "center", "center", "left"])
    P(doc, "Kopā skolā 01.09.2021. mācījās 111 izglītojamie, 31.05.2022. – 110 izglītojamie. "
           "Programmā 21015711 mācības uzsāka septiņi izglītojamie, kuriem pedagoģiski "
           "medicīniskā komisija 2021. gada vasarā bija ieteikusi šo programmu.", before=4)

    H(doc, "1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības "
           "iestādes maiņai un mācību pārtraukšanai izglītības programmā (2-3 secinājumi par "
           "izglītojamiem, kuri uzsākuši vai pārtraukuši mācības izglītības iestādē)")
    para(doc, "1.2.1. dzīvesvietas maiņa (cik daudzi izglītojamie izglītības iestādē 2021./2022. "
              "mācību gada laikā): divi izglītojamie (ģimenes pārcēlās uz Valmieru un "
              "Smilteni), uz ārvalstīm (Īriju) izbrauca viens izglītojamais;", align="justify")
    para(doc, "1.2.2. izglītības iestādes maiņa (cik daudzi izglītojamie izglītības iestādē "
              "2021./2022. mācību gada laikā, galvenie iestādes maiņas iemesli): 1 izglītojamais "
              "pēc vecāku lūguma un pedagoģiski medicīniskās komisijas atzinuma pārgāja uz "
              "vispārējās izglītības iestādi tuvāk dzīvesvietai;", align="justify")
    para(doc, "1.2.3. cits iemesls (cik daudzi izglītojamie izglītības iestādē, iestādes maiņas "
              "iemesls): 2 izglītojamie ieguva apliecību par vispārējo pamatizglītību un mācības "
              "turpina profesionālās izglītības iestādē; viens izglītojamais, sasniedzot 21 gada "
              "vecumu, beidza mācības skolā.", align="justify")
    P(doc, "Secinājumi: izglītojamo skaits skolā ir stabils. Skolu maina galvenokārt ģimenes, "
           "kas pārceļas uz citu novadu; izglītojamie, kuri beidz 9. klasi programmā 21015611, "
           "lielākoties turpina mācības profesionālās izglītības iestādēs Valkā un Smiltenē.",
      before=3)

    # 2 ------------------------------------------------------------------------------------
    H(doc, "2. Izglītības iestādes darbības pamatmērķi un prioritātes")
    P(doc, "2.1. Izglītības iestādes misija – mājīga un droša skola, kurā katrs bērns saņem "
           "savām spējām atbilstošu izglītību un atbalstu, lai pēc iespējas patstāvīgi dzīvotu "
           "un strādātu.", first=0)
    P(doc, "2.2. Izglītības iestādes vīzija par izglītojamo – patstāvīgs, darbīgs un "
           "pieklājīgs jaunietis, kurš prot parūpēties par sevi, sadarboties ar citiem un ir "
           "gatavs turpināt mācības vai iesaistīties darbā.", first=0)
    P(doc, "2.3. Izglītības iestādes vērtības – cieņa, atbildība, darbīgums, drošība un "
           "prieks.", first=0)
    H(doc, "2.4. 2021./2022. mācību gada darba prioritātes un sasniegtie rezultāti", before=6)
    head = ["Joma", "Prioritāte", "Plānotie rezultāti", "Sasniegtie rezultāti", "Vērtējums"]
    rows = [head,
            ["Kompetences un sasniegumi",
             "1. Izglītojamo patstāvīgās darbības un pašaprūpes prasmju pilnveide",
             "a) kvalitatīvi – izstrādāti un ieviesti vienoti pašaprūpes prasmju novērtēšanas "
             "kritēriji; sociālo prasmju nodarbības notiek visās klasēs.",
             "Kritēriji izstrādāti sākumskolas un speciālās izglītības metodiskajā komisijā, "
             "tos izmanto visās 12 klasēs; sociālo prasmju nodarbības notiek reizi nedēļā.",
             "SASNIEGTS"],
            [None, None,
             "b) kvantitatīvi – vismaz 80% izglītojamo uzlabo pašaprūpes prasmes vismaz par "
             "vienu līmeni; 9. klases izglītojamo vidējais rezultāts valsts pārbaudes darbā "
             "latviešu valodā ir vismaz 50%.",
             "Pašaprūpes prasmes vismaz par vienu līmeni uzlaboja 74% izglītojamo; latviešu "
             "valodā 9. klasē vidējais rezultāts – 48,6%.",
             "daļēji sasniegts – turpināms"],
            ["Drošība un psiholoģiskā labklājība",
             "2. Emocionāli droša vide un pozitīvas uzvedības atbalsts",
             "a) kvalitatīvi – ieviesta pozitīvas uzvedības atbalsta sistēma, visās klasēs "
             "vienoti uzvedības noteikumi un to vizualizācija.",
             "Noteikumi vizualizēti visās klasēs un internātā; pedagogi un skolotāju palīgi "
             "izmanto vienotus paņēmienus krīzes situācijās.",
             "SASNIEGTS"],
            [None, None,
             "b) kvantitatīvi – reģistrēto konfliktsituāciju skaits samazinās par 25%; 100% "
             "pedagogu un skolotāju palīgu apgūst kursus par uzvedības traucējumiem.",
             "Reģistrēto konfliktsituāciju skaits samazinājās no 58 līdz 39 (par 33%); kursus "
             "(12 stundas) apguva visi 31 pedagogs un 9 skolotāju palīgi.",
             "Sasniegts pilnībā"],
            ["Infrastruktūra un resursi",
             "3. Sensorās telpas izveide un digitālo mācību līdzekļu pieejamība",
             "a) kvalitatīvi – iekārtota sensorā telpa; pedagogi prot izmantot interaktīvos "
             "mācību rīkus darbā ar izglītojamajiem ar smagiem traucējumiem.",
             "Sensorā telpa iekārtota daļēji (gaismas un skaņas aprīkojums, ūdens gulta nav "
             "iegādāta). Interaktīvos rīkus regulāri izmanto 11 pedagogi.",
             "Daļēji sasniegts – turpināms 2022./2023. m.g."],
            [None, None,
             "b) kvantitatīvi – iegādāti 10 planšetdatori un 2 interaktīvie ekrāni.",
             "Iegādāti 4 planšetdatori no skolas budžeta; interaktīvie ekrāni nav iegādāti.",
             "NAV SASNIEGTS (finansējums netika piešķirts)"],
            ]
    merges = [((1, 0), (2, 0)), ((1, 1), (2, 1)), ((3, 0), (4, 0)), ((3, 1), (4, 1)),
              ((5, 0), (6, 0)), ((5, 1), (6, 1))]
    table(doc, [2.6, 3.2, 4.3, 4.5, 2.4], rows, size=10, header_size=10, merges=merges,
          shade_header="D9D9D9", repeat_header=True)

    H(doc, "2.5. Izglītības iestādes prioritātes 2022./2023. mācību gadam", before=8)
    for t in ["1. Kompetences un sasniegumi: funkcionālās lasītprasmes un matemātisko prasmju "
              "pilnveide ikdienas situācijās. Plānotie rezultāti: a) kvalitatīvi – visās klasēs "
              "izmanto vienotus lasītprasmes atbalsta materiālus; b) kvantitatīvi – 9. klases "
              "izglītojamo vidējais rezultāts valsts pārbaudes darbā matemātikā ir vismaz 35%.",
              "2. Infrastruktūra un resursi: sensorās telpas pabeigšana un digitālo mācību "
              "līdzekļu papildināšana (a) kvalitatīvi – sensorā telpa pilnībā aprīkota; "
              "b) kvantitatīvi – iegādāti vismaz 6 planšetdatori).",
              "3. Vienlīdzība un iekļaušana: sadarbības ar vecākiem stiprināšana, individuālo "
              "izglītības plānu izstrāde kopā ar vecākiem (vismaz 90% vecāku piedalās)."]:
        para(doc, t, align="justify", indent=0.5)

    # 3 ------------------------------------------------------------------------------------
    H(doc, "3. Kritēriju izvērtējums")
    strengths(doc, "3.1. Kritērijs “Kompetences un sasniegumi”", [
        ["Izglītojamo mācību sasniegumi ikdienā tiek vērtēti atbilstoši individuālajiem "
         "izglītības plāniem; 92% izglītojamo apguva programmu savām spējām atbilstošā "
         "līmenī.",
         "Pilnveidot funkcionālās lasītprasmes apguvi visos mācību priekšmetos."],
        ["Izglītojamie sekmīgi piedalās Speciālās olimpiādes sacensībās un vizuālās mākslas "
         "konkursos.",
         "Matemātikas prasmju izmantošana ikdienas situācijās (naudas lietošana, laiks, "
         "mērvienības)."],
    ])
    P(doc, "Mācību gada sākumā 3. un 6. klasē tika veikti skolas diagnosticējošie darbi. "
           "3. klases diagnosticējošajā darbā latviešu valodā vidējais rezultāts bija 61%, "
           "6. klases diagnosticējošajā darbā matemātikā – 42%. Šie dati tika izmantoti, "
           "plānojot individuālo atbalstu un logopēda nodarbības. Pedagogi atzīmē, ka pēc "
           "attālināto mācību perioda izglītojamajiem visvairāk pasliktinājās lasītprasme un "
           "spēja patstāvīgi strādāt; uzlabojumi bija vērojami otrajā semestrī.", before=6)
    strengths(doc, "3.2. Kritērijs “Vienlīdzība un iekļaušana”", [
        ["Katram izglītojamajam ir individuālais izglītības programmas apguves plāns, kas "
         "pārrunāts ar vecākiem.",
         "Vairāk iesaistīt vecākus individuālo plānu izvērtēšanā (2021./2022. m.g. piedalījās "
         "68% vecāku)."],
        ["Skolā netika konstatēti diskriminācijas gadījumi.",
         "Pilnveidot izglītojamo izpratni par dažādību."],
    ])
    strengths(doc, "3.3. Kritērijs “Pieejamība”", [
        ["Skola nodrošina transportu izglītojamajiem no Valkas un Ērģemes pagasta, internātu "
         "darba dienās un bezmaksas ēdināšanu.",
         "Uzlabot vides pieejamību otrajā stāvā (lifts vai pacēlājs)."],
        ["Atbalsta personāls pieejams katru darba dienu, tajā skaitā fizioterapeits un "
         "ergoterapeits.",
         "Nodrošināt psihologa pieejamību arī internāta darba laikā."],
    ])
    strengths(doc, "3.4. Kritērijs “Drošība un psiholoģiskā labklājība”", [
        ["Ieviesta pozitīvas uzvedības atbalsta sistēma, konfliktsituāciju skaits samazinājies "
         "par 33%.",
         "Turpināt darbu pie emociju atpazīšanas un pašregulācijas prasmēm."],
        ["Izglītojamo aptaujā 87% atbildēja, ka skolā jūtas droši.",
         "Aktualizēt drošības noteikumus internātā un ekskursijās."],
    ])
    strengths(doc, "3.5. Kritērijs “Infrastruktūra un resursi”", [
        ["Renovētas 2 klašu telpas un internāta dušas telpas; iekārtota mājturības un "
         "tehnoloģiju darbnīca.",
         "Pabeigt sensorās telpas iekārtošanu."],
        ["Pedagogiem pieejami portatīvie datori, visās klasēs ir interneta pieslēgums.",
         "Papildināt digitālos mācību līdzekļus (planšetdatori, interaktīvie ekrāni)."],
    ])

    # 4-7 ----------------------------------------------------------------------------------
    H(doc, "4. Informācija par nozīmīgākajiem projektiem (par 2021./2022. mācību gadu)")
    for t in ["4.1. Projekts “Latvijas skolas soma” – izglītojamie apmeklēja 6 kultūras "
              "pasākumus, tostarp Valmieras Drāmas teātra izrādi un Valkas novadpētniecības "
              "muzeja nodarbību.",
              "4.2. ESF projekts “Atbalsts izglītojamo individuālo kompetenču attīstībai” – "
              "individuālās nodarbības matemātikā un latviešu valodā 1.–4. klasei.",
              "4.3. Programma “Skolas auglis” un “Skolas piens”."]:
        para(doc, t, align="justify", indent=0.5)
    H(doc, "5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
    for t in ["5.1. Valkas novada Sociālais dienests – sadarbība ģimeņu atbalstā.",
              "5.2. Vidzemes Tehnoloģiju un dizaina tehnikums – izglītojamo profesionālās "
              "ievirzes pasākumi un mācību ekskursijas.",
              "5.3. Biedrība “Ērģemes pils” – kopīgi kultūrvēstures pasākumi."]:
        para(doc, t, align="justify", indent=0.5)
    H(doc, "6. Citi sasniegumi")
    P(doc, "Latvijas Speciālās olimpiādes vasaras spēlēs skolas komanda izcīnīja 3 zelta, "
           "2 sudraba un 4 bronzas medaļas. Izglītojamo darbi tika izstādīti Valkas novada "
           "bibliotēkā izstādē “Mana pasaule krāsās”. Skolas ansamblis piedalījās Vidzemes "
           "speciālo izglītības iestāžu festivālā “Nāc līdzās!”.")

    H(doc, "7. Valsts pārbaudes darbu rezultātu izvērtējums un secinājumi")
    P(doc, "2021./2022. mācību gadā 9. klasi beidza 9 izglītojamie. Valsts pārbaudes darbus "
           "kārtoja 5 izglītojamie, kuri apguva speciālās pamatizglītības programmu "
           "izglītojamajiem ar mācīšanās traucējumiem (21015611); 4 izglītojamie, kuri apguva "
           "programmu 21015811, saskaņā ar normatīvajiem aktiem valsts pārbaudes darbus "
           "nekārtoja un saņēma apliecību par speciālās pamatizglītības programmas apguvi. "
           "Divi izglītojamie pēc ārsta atzinuma tika atbrīvoti no eksāmena matemātikā, "
           "viens – no eksāmena angļu valodā. 2020./2021. mācību gadā visi 9. klases "
           "izglītojamie no valsts pārbaudes darbiem bija atbrīvoti, tāpēc rezultātus "
           "salīdzinām ar 2018./2019. mācību gadu, kad 9. klases izglītojamie pēdējo reizi "
           "kārtoja eksāmenus (latviešu valodā 44,3%, matemātikā 29,5%).")
    para(doc, "Izglītojamo vidējie rezultāti 2021./2022. mācību gada valsts pārbaudes darbos:",
         before=4, after=2)
    for t in ["Latviešu valoda – 48,6% (kārtoja 5 izglītojamie).",
              "Matemātika – 31,2% (kārtoja 3 izglītojamie, 2 atbrīvoti no eksāmena).",
              "Angļu valoda – 55% (kārtoja 3 izglītojamie, 1 atbrīvots no eksāmena).",
              "Krievu valoda – 71% (svešvaloda, kārtoja 1 izglītojamais)."]:
        para(doc, t, indent=1.0, after=1)
    P(doc, "Secinājumi: rezultāti latviešu valodā ir tuvu skolas izvirzītajam mērķim, un "
           "salīdzinājumā ar 2018./2019. mācību gadu tie uzlabojušies visos mācību priekšmetos. "
           "Valsts vidējie rezultāti speciālās izglītības programmu izglītojamajiem netiek "
           "publicēti atsevišķi, tāpēc skola savus rezultātus salīdzina ar iepriekšējiem gadiem. "
           "Matemātikā izglītojamajiem grūtības sagādā teksta uzdevumi un uzdevumi ar "
           "mērvienībām, tāpēc 2022./2023. mācību gadā matemātikas stundās vairāk tiks "
           "izmantoti praktiski, ar ikdienu saistīti uzdevumi.", before=6)
    doc.save(str(path))


def main():
    OUT.mkdir(exist_ok=True)
    path = OUT / f"{NAME}.docx"
    build(path)
    print("wrote", path)


if __name__ == "__main__":
    main()
