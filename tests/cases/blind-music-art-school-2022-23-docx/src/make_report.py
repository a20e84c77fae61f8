#!/usr/bin/env python3
"""Generate reports/rembates-muzikas-un-makslas-skola_2022-2023.docx with python-docx.

Run: python make_report.py   (needs python-docx)
"""
from pathlib import Path

from docx.shared import Pt, RGBColor

from docx_helpers import new_document, para, runs, page_break, table, merge, set_cell

HERE = Path(__file__).resolve().parent
CASE = HERE.parent
NAME = "rembates-muzikas-un-makslas-skola_2022-2023"


def heading(doc, text, level=1):
    h = doc.add_heading(text, level=level)
    for r in h.runs:
        r.font.name = "Arial"
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        r.font.size = Pt(13 if level == 1 else 11.5)
    return h


def build(path: Path):
    doc = new_document(font="Arial", size=10.5)

    # approval block on the cover
    t = table(doc, [["", "SASKAŅOTS\nOgres novada pašvaldības\nIzglītības pārvaldes vadītājs\n"
                         "_______________ /paraksts/ J. Laukmanis\n2023. gada 29. septembrī"]],
              [9.0, 8.0], header_rows=0, size=10, style=None)
    para(doc)
    para(doc, "OGRES NOVADA PAŠVALDĪBA", bold=True, align="center", space_after=0)
    para(doc, "REMBATES MŪZIKAS UN MĀKSLAS SKOLA", bold=True, align="center", size=14, space_after=0)
    para(doc, "Skolas iela 2, Rembate, Rembates pagasts, Ogres novads, LV-5016, tālrunis 65055231, "
         "e-pasts: rmms@ogresnovads.lv", align="center", size=9)
    for _ in range(5):
        para(doc)
    para(doc, "Rembates Mūzikas un mākslas skolas", bold=True, align="center", size=18, space_after=0)
    para(doc, "PAŠNOVĒRTĒJUMA ZIŅOJUMS", bold=True, align="center", size=18, space_after=0)
    para(doc, "publiskojamā daļa", align="center", size=13, space_after=0)
    para(doc, "2022./2023. mācību gads", align="center", size=13)
    for _ in range(12):
        para(doc)
    para(doc, "Rembate 2023", align="center")
    page_break(doc)

    para(doc, "Rembates Mūzikas un mākslas skola (turpmāk – skola) ir Ogres novada pašvaldības dibināta "
         "profesionālās ievirzes izglītības iestāde, kas darbojas kopš 1991. gada (līdz 2009. gadam – "
         "Rembates Mūzikas skola). Skola īsteno profesionālās ievirzes izglītības programmas mūzikā un "
         "vizuāli plastiskajā mākslā, kā arī interešu izglītības programmas bērniem un pieaugušajiem. "
         "Mākslas nodaļas programmu skola īsteno arī Tomes mācību vietā. Skolā strādā 27 pedagogi, no "
         "kuriem 9 ir arī Ogres novada kolektīvu vadītāji.", align="justify")

    # ---------- 1 ----------
    heading(doc, "1. Pamatinformācija par izglītības iestādi")
    heading(doc, "1.1. Izglītojamo skaits un īstenotās izglītības programmas 2022./2023. mācību gadā", 2)
    hdr = ["Nr.\np. k.", "Izglītības programmas nosaukums", "Izglītības programmas kods",
           "Licence (Nr., izdošanas datums)", "Īstenošanas vieta (ja atšķiras no juridiskās adreses)",
           "Izglītojamo skaits, uzsākot 2022./2023. m.g. (01.09.2022.)",
           "Izglītojamo skaits, noslēdzot 2022./2023. m.g. (31.05.2023.)"]
    progs = [
        ("Taustiņinstrumentu spēle – Klavierspēle", "20V 212 01 1", "P-16482, 24.08.2017.", "–", 54, 51),
        ("Taustiņinstrumentu spēle – Akordeona spēle", "20V 212 01 1", "P-16483, 24.08.2017.", "–", 12, 12),
        ("Stīgu instrumentu spēle – Vijoļspēle", "20V 212 02 1", "P-16484, 24.08.2017.", "–", 21, 19),
        ("Stīgu instrumentu spēle – Čella spēle", "20V 212 02 1", "P-16485, 24.08.2017.", "–", 7, 7),
        ("Stīgu instrumentu spēle – Ģitāras spēle", "20V 212 02 1", "P-16486, 24.08.2017.", "–", 26, 24),
        ("Pūšaminstrumentu spēle – Flautas spēle", "20V 212 03 1", "P-16487, 24.08.2017.", "–", 11, 10),
        ("Pūšaminstrumentu spēle – Klarnetes spēle", "20V 212 03 1", "P-16488, 24.08.2017.", "–", 6, 6),
        ("Pūšaminstrumentu spēle – Saksofona spēle", "20V 212 03 1", "P-16489, 24.08.2017.", "–", 9, 8),
        ("Pūšaminstrumentu spēle – Trompetes spēle", "20V 212 03 1", "P-16490, 24.08.2017.", "–", 5, 5),
        ("Sitaminstrumentu spēle", "20V 212 04 1", "P-16491, 24.08.2017.", "–", 8, 8),
        ("Vokālā mūzika – Kora klase", "20V 212 06 1", "P-16492, 24.08.2017.", "–", 18, 16),
        ("Vizuāli plastiskā māksla", "20V 211 00 1", "P-16493, 24.08.2017.", "–", 96, 92),
        ("Vizuāli plastiskā māksla", "20V 211 00 1", "P-17710, 05.09.2019.",
         "Tomes pamatskola, “Skola”, Tome, Tomes pag., Ogres nov., LV-5020", 31, 30),
        ("Mūzikas sagatavošanas klase (interešu izglītība)", "–", "–", "–", 15, 14),
        ("Mākslas studija pieaugušajiem (interešu izglītība)", "–", "–", "–", 12, 9),
    ]
    rows = [hdr]
    for i, (n, c, lic, addr, s, e) in enumerate(progs, 1):
        rows.append([f"{i}.", n, c, lic, addr, str(s), str(e)])
    tot_s = sum(p[4] for p in progs)
    tot_e = sum(p[5] for p in progs)
    rows.append(["", "KOPĀ", "", "", "", str(tot_s), str(tot_e)])
    table(doc, rows, [1.0, 4.4, 2.4, 2.4, 2.9, 2.1, 2.1], size=9, bold_rows=(len(rows) - 1,),
          center_cols=(0, 2, 5, 6))
    para(doc, "Piezīme: audzēkņi, kuri vienlaikus apgūst divas programmas (7 audzēkņi), uzskaitīti katrā "
         "programmā.", italic=True, size=8.5)

    heading(doc, "1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes "
                 "maiņai un mācību pārtraukšanai izglītības programmā", 2)
    para(doc, "2022./2023. mācību gadā skolu pameta 23 audzēkņi, bet uzņemti tika 3 audzēkņi. No skolas "
         "atskaitītajiem trīs audzēkņi mainīja dzīvesvietu, divi kopā ar ģimeni izbrauca uz ārvalstīm, "
         "4 turpina mācības citā mūzikas vai mākslas skolā, savukārt 14 audzēkņi mācības pārtrauca citu "
         "iemeslu dēļ – liela mācību slodze vispārizglītojošajā skolā (8), veselības problēmas (2) un "
         "zudusi motivācija vai interese par izvēlēto instrumentu (4).", align="justify")
    para(doc, "Secinājumi: visvairāk audzēkņu mācības pārtrauc 3. un 4. klasē, kad palielinās "
         "mācību slodze gan vispārizglītojošajā skolā, gan mūzikas skolā. Mākslas nodaļā audzēkņu "
         "kontingents ir stabils. Nepieciešams turpināt individuālās sarunas ar audzēkņiem un vecākiem, "
         "kā arī elastīgāk plānot nodarbību laikus.", align="justify")

    heading(doc, "1.3. Informācija par ilgstošajām pedagogu vakancēm un atbalsta personālu", 2)
    rows = [["Nr.", "Informācija", "Skaits", "Komentārs"],
            ["1.3.1.", "Ilgstošās pedagogu vakances (ilgāk par 1 mēnesi)", "1",
             "Vijoļspēles skolotājs (0,5 slodzes); vakance aizpildīta 2023. gada februārī."],
            ["1.3.2.", "Atbalsta personāls izglītības iestādē", "–",
             "Skolā nav atbalsta personāla amata vietu; nepieciešamības gadījumā sadarbojamies ar Ogres "
             "novada Izglītības pārvaldes psihologu."]]
    table(doc, rows, [1.4, 5.6, 1.5, 8.7], size=9.5, center_cols=(0, 2))

    # ---------- 2 ----------
    heading(doc, "2. Izglītības iestādes darbības pamatmērķi un prioritātes")
    runs(doc, [("2.1. Misija: ", True), ("radīt vidi, kurā ikviens bērns var atklāt un attīstīt savas "
               "muzikālās un mākslinieciskās spējas, veidojot kultūras mantojumu cienošu personību.", False)],
         align="justify")
    runs(doc, [("2.2. Vīzija par izglītojamo: ", True), ("radošs, zinātkārs un kulturāli izglītots "
               "jaunietis, kurš prot sevi izteikt mūzikā vai mākslā un piedalās sava novada kultūras dzīvē.",
               False)], align="justify")
    runs(doc, [("2.3. Vērtības: ", True), ("radošums, cieņa, atbildība, sadarbība, tradīcijas.", False)])
    heading(doc, "2.4. 2022./2023. mācību gada prioritātes un to īstenošanas rezultāti", 2)

    hdr = ["Sasniedzamie rezultāti", "Izpilde", "Komentārs, dati un informācija, kas to apliecina"]
    rows = [hdr,
            ["Prioritāte Nr. 1 – Audzēkņu publiskās uzstāšanās un izstāžu darbības paplašināšana", None, None],
            ["Kvalitatīvi: katram audzēknim ir iespēja regulāri uzstāties vai izstādīt savus darbus arī "
             "ārpus skolas, audzēkņi mācās izvērtēt savu un citu sniegumu.",
             "Sasniegts",
             "Sarīkoti koncerti Ogres, Ķeguma un Lielvārdes kultūras namos, audzēkņi muzicēja novada "
             "svētkos. Pēc katra koncerta notika sniegumu pārrunas klasēs."],
            ["Kvantitatīvi: vismaz 60% mūzikas nodaļas audzēkņu mācību gada laikā uzstājas ārpus skolas; "
             "sarīkotas vismaz 3 audzēkņu darbu izstādes.",
             "Sasniegts",
             "Ārpus skolas uzstājās 64% mūzikas nodaļas audzēkņu; sarīkotas 5 izstādes (Ogres Vēstures un "
             "mākslas muzejā, Ķeguma bibliotēkā, Tomes pagasta pārvaldē u.c.)."],
            ["Prioritāte Nr. 2 – Digitālo tehnoloģiju izmantošana mūzikas teorētisko priekšmetu un mākslas "
             "mācību procesā", None, None],
            ["Kvantitatīvi: visi (100%) teorētisko priekšmetu pedagogi izmanto digitālās platformas; "
             "iegādāti 8 grafiskie planšetdatori mākslas nodaļai.",
             "Nav sasniegts",
             "Digitālās platformas izmanto 3 no 5 teorētisko priekšmetu pedagogiem; finansējuma "
             "ierobežojumu dēļ iegādāti 4 grafiskie planšetdatori."],
            ["Kvalitatīvi: audzēkņi prot izmantot notācijas un grafiskā dizaina lietotnes savos darbos.",
             "daļēji sasniegts",
             "Vecāko klašu audzēkņi izmanto notācijas programmu MuseScore un lietotni Krita, jaunākajās "
             "klasēs tas notiek epizodiski."],
            ["Prioritāte Nr. 3 – Audzēkņu noturēšana un mācību motivācijas stiprināšana", None, None],
            ["Kvalitatīvi: ieviestas individuālas sarunas ar audzēkņiem un vecākiem mācību gada sākumā un "
             "beigās.",
             "Sasniegts",
             "Sarunas notika visās mūzikas nodaļas klasēs; vecāki novērtē iespēju kopā ar pedagogu plānot "
             "bērna izaugsmi."],
            ["Kvantitatīvi: mācības pārtraukušo audzēkņu skaits nepārsniedz 5% no audzēkņu kopskaita.",
             "Daļēji sasniegts",
             "Kopumā mācības pārtrauca 6,9% audzēkņu, tomēr mākslas nodaļā – tikai 4,1%."]]
    t = table(doc, rows, [6.2, 2.6, 8.4], size=9.5, bold_rows=(1, 4, 7))
    for r in (1, 4, 7):
        merge(t, r, 0, r, 2, rows[r][0], bold=True, size=9.5)

    para(doc)
    para(doc, "2.5. Prioritātes 2023./2024. mācību gadam:", bold=True)
    for line in ("1) Audzēkņu sagatavošana XIII Latvijas skolu jaunatnes dziesmu un deju svētku "
                 "konkursiem un skatēm (kvalitatīvi – kolektīvi sagatavo svētku repertuāru; kvantitatīvi – "
                 "vismaz 2 skolas kolektīvi piedalās novada skatēs).",
                 "2) Mūzikas teorētisko priekšmetu digitālā mācību materiāla izveide (kvantitatīvi – visi "
                 "5 teorētisko priekšmetu pedagogi izmanto digitālās platformas).",
                 "3) Mākslas nodaļas materiāli tehniskās bāzes atjaunošana (keramikas krāsns iegāde)."):
        para(doc, line, indent=0.6, align="justify")

    # ---------- 3 ----------
    heading(doc, "3. Kritēriju izvērtējums")
    crit = [
        ("3.1. Izglītības turpināšana un nodarbinātība",
         "2023. gadā skolu absolvēja 26 audzēkņi (mūzikas nodaļā – 11, mākslas nodaļā – 15). Četri "
         "absolventi turpina mācības profesionālās vidējās izglītības iestādēs mūzikā un mākslā "
         "(Jāzepa Mediņa Rīgas mūzikas vidusskolā, Rīgas Dizaina un mākslas vidusskolā), vairāki "
         "absolventi darbojas novada amatiermākslas kolektīvos.",
         [("Skola seko absolventu gaitām; absolventu koncerts un izstāde ir skolas tradīcija.",
           "Sistemātiski apkopot datus par absolventu tālākajām mācībām."),
          ("Karjeras izglītības pasākumi – tikšanās ar profesionāliem mūziķiem un māksliniekiem.",
           "Iesaistīt vecāko klašu audzēkņus profesionālo vidusskolu atvērto durvju dienās.")]),
        ("3.2. Mācīšana un mācīšanās",
         "Mācību stundu vērošanā (vērotas 46 stundas) konstatēts, ka pedagogi plāno individuālās stundas, "
         "ņemot vērā audzēkņa spējas un mērķus; grupu nodarbībās arvien biežāk izmanto digitālos "
         "resursus. Audzēkņu mācību sasniegumi ir stabili: 8. klases noslēguma eksāmenā solfedžo vidējais "
         "vērtējums 7,6 balles, mūzikas literatūras noslēguma pārbaudījumā vidējais rezultāts 78%, "
         "mākslas nodaļas noslēguma darbu vidējais vērtējums 8,1 balle.",
         [("Individuāla pieeja instrumenta spēles stundās, augsti sasniegumi konkursos.",
           "Pilnveidot atgriezeniskās saites sniegšanu grupu nodarbībās."),
          ("Mākslas nodaļā mācību darbs saistīts ar novada vides un kultūrvēstures tēmām.",
           "Vairāk izmantot digitālos rīkus mūzikas teorētiskajos priekšmetos.")]),
        ("3.3. Izglītības programmu īstenošana",
         "Visas profesionālās ievirzes programmas tiek īstenotas atbilstoši licencētajiem mācību "
         "plāniem. 2022./2023. mācību gadā pārstrādāti mācību priekšmetu programmu paraugi "
         "Klavierspēlē un Vizuāli plastiskajā mākslā.",
         [("Plašs programmu piedāvājums nelielā pagasta skolai, sadarbība ar Tomes pamatskolu.",
           "Izvērtēt iespēju licencēt programmu Dizaina pamati."),
          ("Pedagogi regulāri pilnveido profesionālo kompetenci (vidēji 24 stundas gadā).",
           "Nodrošināt pūšaminstrumentu pedagogu pēctecību.")]),
    ]
    for title, text, items in crit:
        heading(doc, title, 2)
        para(doc, text, align="justify")
        rows = [["Stiprās puses", "Turpmākās attīstības vajadzības"]] + [list(x) for x in items]
        table(doc, rows, [8.6, 8.6], size=9.5)

    # ---------- 4-6 ----------
    heading(doc, "4. Informācija par būtiskākajiem projektiem un to īstenošanas rezultātiem")
    para(doc, "4.1. Valsts kultūrkapitāla fonda mērķprogramma “Mūzikas instrumentu iegāde” – iegādāta "
         "koncertflauta un divas klarnetes (kopējā summa 6 480 EUR).", align="justify")
    para(doc, "4.2. Programma “Latvijas skolas soma” – audzēkņi apmeklēja Latvijas Nacionālo operu un "
         "Latvijas Nacionālo mākslas muzeju.", align="justify")
    para(doc, "4.3. Ogres novada jauniešu iniciatīvu projekts “Skaņu taka” – mākslas un mūzikas nodaļas "
         "audzēkņi kopīgi izveidoja skaņu instalāciju Rembates parkā.", align="justify")
    heading(doc, "5. Informācija par institucionālo sadarbības līgumu noslēgšanu")
    para(doc, "5.1. Ogres Mūzikas skola – sadarbības līgums par metodisko atbalstu un kopīgiem koncertiem.")
    para(doc, "5.2. Tomes pamatskola – līgums par telpu izmantošanu mākslas nodaļas programmas īstenošanai.")
    para(doc, "5.3. Ogres novada Kultūras centrs – līgums par audzēkņu dalību novada pasākumos.")
    heading(doc, "6. Cita informācija – audzēkņu sasniegumi konkursos un skatēs")
    rows = [["Konkurss, skate", "Dalībnieki", "Rezultāts"],
            ["Latvijas profesionālās ievirzes izglītības iestāžu valsts konkurss taustiņinstrumentu spēlē "
             "(2. kārta)", "3 audzēkņi", "II vieta; atzinība"],
            ["Starptautiskais jauno pianistu konkurss “Mazais Mocarts” (Jūrmala)", "2 audzēkņi", "Grand Prix"],
            ["Valsts konkurss vizuāli plastiskajā mākslā “Vides objekts” (2. kārta)", "4 audzēkņi",
             "3. vieta, 2 atzinības"],
            ["Vidzemes reģiona ģitāristu festivāls-konkurss", "6 audzēkņi", "I pakāpes diploms (2), "
             "II pakāpes diploms (3)"],
            ["Ogres novada pūtēju orķestru skate", "skolas pūtēju ansamblis", "1. vieta grupā"]]
    table(doc, rows, [9.2, 3.2, 4.8], size=9.5)
    para(doc)
    heading(doc, "7. Valsts pārbaudes darbi")
    para(doc, "Skola īsteno profesionālās ievirzes un interešu izglītības programmas, tāpēc valsts "
         "pārbaudes darbi (centralizētie eksāmeni) skolā netiek kārtoti. Audzēkņu sasniegumi noslēguma "
         "pārbaudījumos apkopoti 3.2. sadaļā.", align="justify")
    para(doc)
    para(doc, "Direktore                          Laila Bērziņa                          /paraksts/")
    para(doc, "Ziņojums apspriests pedagoģiskās padomes sēdē 2023. gada 30. augustā (protokols Nr. 4).",
         size=9, italic=True)
    doc.save(path)


def main():
    out = CASE / "reports" / f"{NAME}.docx"
    out.parent.mkdir(exist_ok=True)
    build(out)
    print("wrote", out)


if __name__ == "__main__":
    main()
