#!/usr/bin/env python3
"""Build lazdukalna-pii-zilite_2022-2023.pdf (DOCX by python-docx -> PDF by LibreOffice), its Tika text
(/work/shared/tools/tika-text) and the gold CSVs for both files.

Run: /work/blind/.venv-h2E/bin/python src/make_report.py   (from the case folder)
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import (Pt, add_page_number_footer, check_numbers, new_document, page_break, para,  # noqa: E402
                    soffice_pdf, table, tika_text, write_gold)

CASE = HERE.parent
STEM = "lazdukalna-pii-zilite_2022-2023"
HEAD_FILL, BAND_FILL = "C6D9F1", "EAF1FB"


def tbl(doc, header, rows, widths, size=10):
    """This author's table look: bold header on a blue fill, alternating row shading."""
    return table(doc, [header], rows, widths_cm=widths, size=size, header_fill=HEAD_FILL, band_fill=BAND_FILL)


def heading(doc, text, size=12):
    p = para(doc, text, bold=True, size=size, keep_next=True)
    p.paragraph_format.space_before = Pt(10)
    return p


def build(docx_path: Path):
    doc = new_document(font="Arial", size=11, margins_cm=(2.0, 2.0, 2.5, 2.0))
    for line in ["SASKAŅOTS", "Lazdukalna novada pašvaldības", "Izglītības pārvaldes vadītājs",
                 "_____________ /paraksts/ A. Liepiņš", "2023. gada 14. septembrī"]:
        para(doc, line, align="right", space_after=0, bold=(line == "SASKAŅOTS"), size=10)
    para(doc, "")
    para(doc, "")
    para(doc, "LAZDUKALNA PIRMSSKOLAS IZGLĪTĪBAS IESTĀDES “ZĪLĪTE”", bold=True, size=15, align="center",
         space_after=2)
    para(doc, "PAŠNOVĒRTĒJUMA ZIŅOJUMS", bold=True, size=15, align="center", space_after=2)
    para(doc, "Publiskojamā daļa", size=12, align="center", space_after=2)
    para(doc, "2022./2023. mācību gads", size=12, align="center")
    para(doc, "")
    para(doc, "Liepu iela 7, Lazdukalns, Lazdukalna novads, LV-4601", size=10, align="center", space_after=0)
    para(doc, "Tālr. 65423190, e-pasts: zilite@lazdukalns.lv", size=10, align="center")
    para(doc, "")
    para(doc, "Lazdukalna pirmsskolas izglītības iestāde “Zīlīte” ir Lazdukalna novada pašvaldības dibināta "
              "pirmsskolas izglītības iestāde, kas bērniem no 1,5 līdz 7 gadu vecumam īsteno vispārējās "
              "pirmsskolas izglītības programmu un speciālās pirmsskolas izglītības programmu izglītojamajiem "
              "ar jauktiem attīstības traucējumiem. Iestāde darbojas divās ēkās: Liepu ielā 7 (7 grupas) un "
              "Dārza ielā 2A (3 grupas), kopā 10 grupās.", align="justify")
    para(doc, "Pašnovērtējuma ziņojums sagatavots, analizējot pedagogu pašvērtējumus, nodarbību vērošanas "
              "rezultātus, vecāku aptaujas datus (aptaujā piedalījās 131 vecāks) un iestādes padomes "
              "ieteikumus. Ziņojums apspriests pedagoģiskās padomes sēdē 2023. gada 29. augustā "
              "(protokols Nr. 4).", align="justify")
    page_break(doc)

    heading(doc, "1. Pamatinformācija par izglītības iestādes darbību")
    heading(doc, "1.1. Izglītojamo skaits un īstenotās izglītības programmas 2022./2023. mācību gadā", size=11)
    tbl(doc, ["Izglītības programmas\nnosaukums", "Izglītības\nprogrammas\nkods",
              "Īstenošanas vietas adrese\n(ja atšķiras no\njuridiskās adreses)", "Licence\nNr., datums",
              "Izglītojamo skaits,\nuzsākot programmas\napguvi vai uzsākot\n2022./2023.m.g.\n(01.09.2022.)",
              "Izglītojamo skaits,\nnoslēdzot sekmīgu\nprogrammas apguvi\nvai noslēdzot\n2022./2023.m.g.\n(31.05.2023.)"],
        [["Pirmsskolas izglītības programma", "01011111", "Liepu iela 7, Lazdukalns, LV-4601;\nDārza iela 2A, Lazdukalns, LV-4601",
          "V-8894,\n03.01.2017.", "186", "179"],
         ["Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības traucējumiem",
          "01015611", "Liepu iela 7, Lazdukalns, LV-4601", "V-9310,\n15.08.2019.", "14", "16"],
         [("Kopā", True), "", "", "", ("200", True), ("195", True)]],
        widths=[4.4, 2.1, 3.7, 2.2, 2.8, 2.8], size=9)
    para(doc, "Speciālās programmas izglītojamo skaits mācību gada laikā palielinājās, jo pēc pedagoģiski "
              "medicīniskās komisijas atzinuma divi bērni uzsāka programmas apguvi janvārī.", size=10,
         align="justify")

    heading(doc, "1.2. Izglītības iestādes iegūtā informācija par izglītojamo iemesliem izglītības iestādes "
                 "maiņai un mācību pārtraukšanai izglītības programmā", size=11)
    para(doc, "2022./2023. mācību gadā iestādi pameta 14 izglītojamie, bez tam 38 sagatavošanas grupu audzēkņi "
              "pabeidza pirmsskolas izglītības programmas apguvi. Iemesli apkopoti tabulā:", align="justify")
    tbl(doc, ["Iemesls", "Skaits"],
        [["Dzīvesvietas maiņa (uz citu novadu vai pilsētu)", "7"],
         ["Izbraukuši uz ārvalstīm (Norvēģija, Īrija)", "2"],
         ["Izglītības iestādes maiņa (pāreja uz iestādi tuvāk dzīvesvietai vai vecāku darbavietai)", "4"],
         ["Cits iemesls: vecāki izvēlējušies bērnu pirmsskolas izglītību turpmāk nodrošināt ģimenē", "1"],
         ["Cits iemesls: pabeigta pirmsskolas izglītības programmas apguve, bērni uzsāk mācības 1. klasē", "38"],
         ["Veselības stāvoklis (ilgstoša slimība)", "–"],
         [("Kopā", True), ("52", True)]],
        widths=[13.0, 3.0], size=10)
    para(doc, "Secinājumi: iestādes maiņas galvenais iemesls ir ģimenes dzīvesvietas vai darbavietas maiņa; "
              "neapmierinātība ar iestādes darbu netika minēta nevienā gadījumā. Vecāki, kuri izvēlējās "
              "izglītību ģimenē, saņēma konsultāciju par bērna sagatavošanu skolai.", size=10, align="justify")

    heading(doc, "1.3. Informācija par pedagogu ilgstošajām vakancēm un atbalsta personāla nodrošinājumu", size=11)
    tbl(doc, ["Nr.", "Informācija", "Skaits", "Komentāri"],
        [["1.", "Ilgstošās pedagogu vakances (ilgāk par 2 mēnešiem) 2022./2023. mācību gadā", "1",
          "Mūzikas skolotājs (0,5 likmes) – vakance no 2022. gada oktobra līdz 2023. gada februārim, "
          "nodarbības vadīja esošie pedagogi papildu slodzē."],
         ["2.", "Izglītības iestādē pieejamais atbalsta personāls", "4",
          "Logopēds (1 likme), speciālais pedagogs (0,5 likmes), psihologs (0,3 likmes), medicīnas māsa "
          "(1 likme)."],
         ["3.", "Pedagoga palīgi", "2", "Abi strādā speciālās programmas grupās."]],
        widths=[1.0, 5.5, 1.6, 7.9], size=9)

    heading(doc, "2. Izglītības iestādes darbības pamatmērķi un prioritātes")
    para(doc, "2.1. Izglītības iestādes misija – radīt drošu, radošu un attīstošu vidi, kurā katrs bērns jūtas "
              "gaidīts, mācās darot un sagatavojas veiksmīgai pamatizglītības uzsākšanai.", align="justify")
    para(doc, "2.2. Izglītības iestādes vīzija par izglītojamo – zinātkārs, patstāvīgs un dzīvespriecīgs bērns, "
              "kurš prot sadarboties, izteikt savas domas un rūpēties par sevi un apkārtējiem.", align="justify")
    para(doc, "2.3. Izglītības iestādes vērtības cilvēkcentrētā veidā – cieņa, atbildība, sadarbība, drošība "
              "un prieks par mācīšanos.", align="justify")
    heading(doc, "2.4. 2022./2023. mācību gada darba prioritātes un sasniegtie rezultāti", size=11)
    t1 = "Bērnu pašvadītas mācīšanās prasmju attīstīšana rotaļnodarbībās"
    t2 = "Atbalsta sniegšana bērniem ar speciālajām vajadzībām un viņu ģimenēm"
    t3 = "Āra mācību vides pilnveide"
    tbl(doc, ["Prioritāte", "Sasniedzamie rezultāti\n(kvantitatīvi un kvalitatīvi)",
              "Norāde par uzdevumu izpildi\n(Sasniegts/ daļēji sasniegts/ nav sasniegts)\nun komentāri"],
        [[f"Nr.1.\nMācīšana un mācīšanās\n{t1}",
          "a) kvalitatīvi\nPedagogi plāno rotaļnodarbības tā, lai bērni paši izvēlas darbības centrus, plāno savu "
          "darbību un izvērtē paveikto; bērni izmanto vizuālos atbalsta līdzekļus (darbību kartītes).",
          "Sasniegts.\nVisās 10 grupās izveidoti darbības centri un vizuālie atbalsta līdzekļi. Nodarbību "
          "vērošanā (vērotas 27 nodarbības) konstatēts, ka bērni patstāvīgi izvēlas darbības un nodarbības "
          "noslēgumā stāsta par paveikto. Pedagogi metodiskajās sanāksmēs dalījās ar labās prakses piemēriem."],
         ["",
          "b) kvantitatīvi\n80 % pedagogu vismaz reizi nedēļā vada rotaļnodarbības ar bērnu izvēles iespējām; "
          "75 % 5–6 gadus vecu bērnu prot izvērtēt savu darbu pēc vienkāršiem kritērijiem.",
          "Daļēji sasniegts.\nRotaļnodarbības ar izvēles iespējām regulāri vada 64 % pedagogu (14 no 22), "
          "jo jaunāko grupu pedagogi vēl apgūst pieeju. Savu darbu pēc kritērijiem prot izvērtēt 78 % "
          "sagatavošanas grupu bērnu (novērojumu kartes, maijs)."],
         [f"Nr.2.\nVienlīdzība un iekļaušana\n{t2}",
          "a) kvalitatīvi\nIzveidota atbalsta komanda, kas regulāri konsultē pedagogus un vecākus; bērniem ar "
          "speciālajām vajadzībām izstrādāti individuālie izglītības plāni.",
          "sasniegts\nAtbalsta komanda (logopēds, speciālais pedagogs, psihologs, vadītājas vietniece) tikās "
          "reizi mēnesī; individuālie plāni izstrādāti visiem speciālās programmas bērniem, tos izvērtē "
          "divas reizes gadā kopā ar vecākiem."],
         ["",
          "b) kvantitatīvi\nVismaz 90 % speciālās programmas bērnu vecāku piedalās individuālā plāna "
          "izvērtēšanā; logopēda nodarbības saņem visi bērni, kuriem tās nepieciešamas.",
          "NAV SASNIEGTS pilnībā.\nIndividuālā plāna izvērtēšanā piedalījās 11 no 16 vecākiem (69 %). "
          "Logopēda nodarbības nepietika visiem – rindā uz nodarbībām maija beigās bija 9 bērni, tāpēc "
          "2023./2024. mācību gadā tiks meklēts papildu finansējums logopēda slodzei."],
         [f"Nr.3.\nInfrastruktūra un resursi\n{t3}",
          "a) kvantitatīvi\nIzveidotas vismaz 3 āra mācību zonas (dabas laboratorija, kustību taka, āra klase); "
          "vismaz 2 reizes nedēļā katra grupa vienu nodarbību organizē ārā.",
          "Sasniegts daļēji.\nIzveidotas 2 zonas – dabas laboratorija un kustību taka (projekts ar vecāku "
          "biedrības atbalstu); āra klases būvniecība pārcelta uz 2023. gada rudeni. Nodarbības ārā "
          "vidēji 2 reizes nedēļā organizēja 8 grupas no 10."],
         ["",
          "b) kvalitatīvi\nĀra vide tiek izmantota visu mācību jomu satura apguvei, bērni pēta dabu un "
          "izmanto dabas materiālus.",
          "Sasniegts.\nPedagogu plānos āra nodarbības iekļautas dabaszinātņu, matemātikas, valodu un "
          "veselības un fiziskās aktivitātes jomā; vecāki aptaujā pozitīvi novērtē bērnu pieredzi ārā."]],
        widths=[4.2, 5.6, 6.6], size=9)

    heading(doc, "2.5. Darba prioritātes 2023./2024. mācību gadam", size=11)
    tbl(doc, ["Prioritāte", "Plānotie rezultāti"],
        [["Nr.1. Mācīšana un mācīšanās\nCaurviju prasmju (sadarbība, pašvadīta mācīšanās) attīstīšana",
          "a) kvalitatīvi – pedagogi mērķtiecīgi plāno caurviju prasmju attīstību;\nb) kvantitatīvi – 85 % "
          "pedagogu vismaz reizi nedēļā vada rotaļnodarbības ar bērnu izvēles iespējām."],
         ["Nr.2. Infrastruktūra un resursi\nĀra klases izveide un digitālo resursu papildināšana",
          "a) kvantitatīvi – uzbūvēta āra klase, iegādātas 2 interaktīvās tāfeles;\nb) kvalitatīvi – āra "
          "vide un digitālie rīki tiek izmantoti visās mācību jomās."]],
        widths=[6.4, 10.0], size=9)

    heading(doc, "3. Kritēriju izvērtējums")
    heading(doc, "3.1. Kritērijs “Izglītības turpināšana un nodarbinātība”", size=11)
    tbl(doc, ["Stiprās puses", "Turpmākās attīstības vajadzības"],
        [["Sagatavošanas grupu bērni sekmīgi uzsāk mācības 1. klasē: pēc Lazdukalna pamatskolas sniegtās "
          "informācijas visi 38 iestādes absolventi adaptējušies skolā bez būtiskām grūtībām.",
          "Stiprināt sadarbību ar pamatskolu – kopīgas pedagogu mācību stundu un nodarbību vērošanas."],
         ["Vecāki regulāri saņem informāciju par bērna sasniegumiem (e-klases pirmsskolas modulis, "
          "individuālas sarunas divas reizes gadā).",
          "Pilnveidot bērnu sasniegumu vērtēšanas aprakstus, lai tie būtu saprotamāki vecākiem."]],
        widths=[8.2, 8.2], size=9)
    heading(doc, "3.2. Kritērijs “Mācīšana un mācīšanās”", size=11)
    tbl(doc, ["Stiprās puses", "Turpmākās attīstības vajadzības"],
        [["Pedagogi plāno mācību darbu atbilstoši sasniedzamajiem rezultātiem, nodarbībās dominē "
          "rotaļdarbība un praktiska darbošanās; grupu vide ir bagātīga un mainīga.",
          "Jaunāko grupu pedagogiem pilnveidot prasmi plānot nodarbības ar bērnu izvēles iespējām."],
         ["Pedagogi izmanto vienotu bērnu sasniegumu novērtēšanas sistēmu, rezultāti tiek analizēti "
          "metodiskajās sanāksmēs.", "Vairāk izmantot digitālos rīkus bērnu sasniegumu dokumentēšanā."]],
        widths=[8.2, 8.2], size=9)
    heading(doc, "3.3. Kritērijs “Izglītības programmu īstenošana”", size=11)
    para(doc, "Abas izglītības programmas tiek īstenotas atbilstoši licencētajam saturam; mācību līdzekļu "
              "nodrošinājums ir pietiekams. Speciālās programmas īstenošanā iesaistīti visi atbalsta "
              "speciālisti, tomēr logopēda slodze ir nepietiekama (skat. 2.4. punktu). Turpmāk nepieciešams "
              "pilnveidot pedagogu zināšanas par darbu ar bērniem ar uzvedības traucējumiem.", align="justify")

    heading(doc, "4. Informācija par nozīmīgākajiem projektiem 2022./2023. mācību gadā")
    para(doc, "4.1. Vecāku biedrības “Zīlītes draugi” un pašvaldības līdzfinansēts projekts “Mācāmies ārā” – "
              "izveidota dabas laboratorija un kustību taka (kopējās izmaksas 6850 EUR).", align="justify")
    para(doc, "4.2. Programma “Latvijas skolas soma” – 5–6 gadus veciem bērniem organizēti 4 kultūras "
              "pasākumi (leļļu teātra izrāde, muzejpedagoģiskā nodarbība Lazdukalna muzejā u.c.).",
         align="justify")
    heading(doc, "5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi")
    para(doc, "5.1. Līgums ar Lazdukalna pamatskolu par pēctecības nodrošināšanu (2021. gada 1. septembris).")
    para(doc, "5.2. Līgums ar Rīgas Stradiņa universitāti par studentu praksi (logopēdija).")
    heading(doc, "6. Audzināšanas darba prioritātes un secinājumi")
    para(doc, "Audzināšanas darbā uzmanība tika pievērsta bērnu sociāli emocionālajai audzināšanai un "
              "latviskās dzīvesziņas tradīcijām (gadskārtu svētki, “Mazā dziesmu diena”). Secinājums: "
              "bērni prot nosaukt savas emocijas, tomēr jāturpina darbs pie konfliktu risināšanas prasmēm "
              "vecākajās grupās.", align="justify")
    heading(doc, "7. Citi sasniegumi")
    para(doc, "7.1. Iestādes bērnu deju kolektīvs “Zīlītes” ieguva I pakāpes diplomu novada pirmsskolas deju "
              "kolektīvu skatē.", align="justify")
    para(doc, "7.2. Divi pedagogi novadīja praktiskos seminārus novada pirmsskolas pedagogiem par āra "
              "nodarbībām.", align="justify")
    heading(doc, "8. Valsts pārbaudes darbi")
    para(doc, "Iestādē netiek īstenotas izglītības programmas, kurās paredzēti valsts pārbaudes darbi.")
    para(doc, "")
    para(doc, "Vadītāja                                         /paraksts/                                Dace Ozoliņa")
    para(doc, "Lazdukalnā, 2023. gada 30. augustā", size=10)
    add_page_number_footer(doc)
    doc.save(str(docx_path))


def gold(src: str) -> dict:
    G = {"reports": [dict(institution_name="Lazdukalna pirmsskolas izglītības iestāde “Zīlīte”",
                          institution_kind="preschool", school_year="2022/2023")]}
    G["programmes"] = [
        dict(row_no=1, programme_code="01011111", programme_name="Pirmsskolas izglītības programma",
             learners_start=186, learners_end=179),
        dict(row_no=2, programme_code="01015611",
             programme_name="Speciālās pirmsskolas izglītības programma izglītojamajiem ar jauktiem attīstības traucējumiem",
             learners_start=14, learners_end=16),
    ]
    for r in G["programmes"]:
        r.update(start_date="2022-09-01", end_date="2023-05-31")
    G["leaving_reasons"] = [
        dict(item_no="1.2.1", category="relocation", learners=7),
        dict(item_no="1.2.1", category="emigration", learners=2),
        dict(item_no="1.2.2", category="school_change", learners=4),
        dict(item_no="1.2.3", category="other", learners=1),
        dict(item_no="1.2.3", category="other", learners=38),
    ]
    G["exam_results"] = []
    t1 = "Bērnu pašvadītas mācīšanās prasmju attīstīšana rotaļnodarbībās"
    t2 = "Atbalsta sniegšana bērniem ar speciālajām vajadzībām un viņu ģimenēm"
    t3 = "Āra mācību vides pilnveide"
    G["priorities"] = [
        dict(priority_no="1", area="Mācīšana un mācīšanās", title=t1, result_type="qualitative", status="achieved"),
        dict(priority_no="1", area="Mācīšana un mācīšanās", title=t1, result_type="quantitative", status="partially_achieved"),
        dict(priority_no="2", area="Vienlīdzība un iekļaušana", title=t2, result_type="qualitative", status="achieved"),
        dict(priority_no="2", area="Vienlīdzība un iekļaušana", title=t2, result_type="quantitative", status="not_achieved"),
        dict(priority_no="3", area="Infrastruktūra un resursi", title=t3, result_type="quantitative", status="partially_achieved"),
        dict(priority_no="3", area="Infrastruktūra un resursi", title=t3, result_type="qualitative", status="achieved"),
    ]
    G["indicators"] = []
    return G


def with_source(G: dict, names: list[str]) -> dict:
    out = {}
    for table_name, rows in G.items():
        out[table_name] = [dict(r, source_file=n) for n in names for r in rows]
    return out


def main():
    reports = CASE / "reports"
    reports.mkdir(exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="h2E-"))
    docx_path = tmp / f"{STEM}.docx"
    build(docx_path)
    pdf = soffice_pdf(docx_path, tmp)
    shutil.copy(pdf, reports / f"{STEM}.pdf")
    tika_text(reports / f"{STEM}.pdf", reports / f"{STEM}.txt")
    shutil.rmtree(tmp, ignore_errors=True)
    names = [f"{STEM}.pdf", f"{STEM}.txt"]
    G = with_source(gold(STEM), names)
    write_gold(CASE / "gold", G)
    text = (reports / f"{STEM}.txt").read_text(encoding="utf-8")
    problems = check_numbers(text, G, f"{STEM}.txt (Tika text; also the text of the PDF)")
    print("\n".join(problems) or f"{STEM}: all gold numbers found in the Tika text")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
