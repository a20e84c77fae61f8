#!/usr/bin/env python3
"""Generate bjc-dzirkstele_2022-2023.docx with python-docx (delivered as DOCX only).
Run: /work/blind/.venv-holdC/bin/python make_report.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx.shared import Cm  # noqa: E402
from docxkit import heading, new_doc, page_break, page_numbers, para, table  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = HERE.parent
NAME = "bjc-dzirkstele_2022-2023"

doc = new_doc(font="Calibri", size=11, margins=(2.0, 2.0, 2.5, 1.5))
import datetime  # noqa: E402
doc.core_properties.author = doc.core_properties.last_modified_by = 'Ilze Kalniņa'
doc.core_properties.title = 'BJC Dzirkstele pašnovērtējuma ziņojums 2022./2023.'
doc.core_properties.created = doc.core_properties.modified = datetime.datetime.fromisoformat('2023-09-12' + 'T10:00:00')
page_numbers(doc, before="", after=". lpp.", align="c", size=9,
             header_text="BJC “Dzirkstele” pašnovērtējuma ziņojums, 2022./2023. m.g.")
STYLE = "Light Grid Accent 1"


def bullet(text):
    p = para(doc, "– " + text, align="j", space_after=1)
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.4)
    return p


# ---------------------------------------------------------------- title page
para(doc, "EZERKRASTU NOVADA PAŠVALDĪBA", bold=True, align="c", size=12, space_after=0)
para(doc, "EZERKRASTU NOVADA BĒRNU UN JAUNIEŠU CENTRS “DZIRKSTELE”", bold=True, align="c", size=14,
     space_after=0)
para(doc, "Reģ. Nr. 4351902345, Ezera iela 7, Ezerkrasti, Ezerkrastu novads, LV-5311, "
          "tālr. 65412233, e-pasts: dzirkstele@ezerkrasti.lv", align="c", size=9)
para(doc, "")
para(doc, "APSTIPRINĀTS\nar BJC “Dzirkstele” direktores\n2023. gada 15. septembra rīkojumu Nr. 1-8/23",
     align="r", size=10)
para(doc, "")
para(doc, "Ezerkrastu novada Bērnu un jauniešu centra “Dzirkstele”\npašnovērtējuma ziņojums", bold=True,
     align="c", size=16)
para(doc, "(publiskojamā daļa)", align="c", size=12)
para(doc, "2022./2023. mācību gads", bold=True, align="c", size=12)
para(doc, "")
para(doc, "Bērnu un jauniešu centrs “Dzirkstele” (turpmāk – BJC) ir Ezerkrastu novada pašvaldības dibināta "
          "interešu izglītības iestāde, kas darbojas kopš 1962. gada (līdz 2009. gadam – Ezerkrastu rajona "
          "Pionieru nams, vēlāk Bērnu un jauniešu centrs). BJC īsteno interešu izglītības programmas četrās "
          "jomās, organizē novada mēroga konkursus, skates un sacensības vispārējās izglītības iestāžu "
          "izglītojamajiem un koordinē darbu ar jaunatni Ezerkrastu novadā. Nodarbības notiek BJC telpās "
          "Ezera ielā 7, kā arī Lejasmuižas pamatskolā un Ezerkrastu sporta hallē.", align="j")
para(doc, "Pašnovērtējums veikts saskaņā ar dibinātāja apstiprināto interešu izglītības iestāžu "
          "pašnovērtēšanas kārtību, izmantojot audzēkņu, vecāku un pedagogu aptaujas (2023. gada "
          "aprīlis–maijs), nodarbību vērošanas datus, VIIS datus un pedagogu pašvērtējumus. Ziņojums "
          "apspriests pedagoģiskās padomes sēdē 2023. gada 30. augustā.", align="j")

# ---------------------------------------------------------------- 1
heading(doc, "1. Izglītības iestādes darbības un izglītības programmu īstenošanas kvalitātes mērķi un to "
             "sasniegšanas izvērtējums", size=12)
heading(doc, "1.1. Izglītojamo skaits un īstenotās interešu izglītības programmas 2022./2023. mācību gadā",
        size=11)
table(doc,
      header=[["Nr.\np.k.", "Interešu izglītības joma\n(programmu grupa)", "Program-\nmas kods",
               "Program-\nmu skaits", "Īstenošanas vietas\nadrese",
               "Izglītojamo skaits,\nuzsākot\n2022./2023. m.g.\n(01.10.2022.)",
               "Izglītojamo skaits,\nnoslēdzot\n2022./2023. m.g.\n(31.05.2023.)", "Piezīmes"]],
      rows=[
          ["1.", "Kultūrizglītība (mūzika, deja, teātris, vizuālā un vizuāli plastiskā māksla)", "–", "14",
           "Ezera iela 7;\nSkolas iela 2, Lejasmuiža", "612", "588", "2 deju kolektīvi gatavojas "
           "Skolu jaunatnes dziesmu un deju svētku skatēm"],
          ["2.", "STEM (robotika, modelēšana, vides izglītība, programmēšana)", "–", "6", "Ezera iela 7",
           "174", "181", "atvērta jauna programma “Dronu skola”"],
          ["3.", "Sports un fiziskās aktivitātes (galda teniss, šahs, orientēšanās)", "–", "5",
           "Ezera iela 7;\nEzerkrastu sporta halle, Parka iela 1", "203", "196", "–"],
          ["4.", "Sociālā un pilsoniskā joma (jauniešu iniciatīvas, skolēnu pašpārvalde, līderības skola)",
           "–", "4", "Ezera iela 7", "97", "102", "–"],
          ["5.", "Citas izglītojošās programmas (pirmsskolas vecuma bērnu radošās darbnīcas)", "–", "2",
           "Ezera iela 7", "41", "39", "–"],
          ["", "Kopā:", "", "31", "", "1127", "1106", ""],
      ],
      widths=[0.8, 3.6, 1.6, 1.5, 2.3, 2.6, 2.6, 2.0], style=STYLE, header_fill=None, size=9,
      header_size=8, aligns=["c", "l", "c", "c", "l", "c", "c", "l"], bold_rows=(5,))
para(doc, "Izglītojamo skaits norādīts pēc VIIS datiem; viens audzēknis var darboties vairākās programmās, "
          "tāpēc unikālo audzēkņu skaits ir mazāks (2022. gada 1. oktobrī – 874 audzēkņi).", italic=True,
     size=9)

heading(doc, "1.2. Informācija par izglītojamo mācību uzsākšanu un pārtraukšanu", size=11)
para(doc, "2022./2023. mācību gadā (no 2022. gada oktobra līdz 2023. gada maijam) interešu izglītības "
          "programmās mācības pārtrauca 163 audzēkņi, bet 142 audzēkņi mācības uzsāka. Kultūrizglītības "
          "jomā nodarbības pārtrauca 71 audzēknis, uzsāka – 47; STEM jomā 18 audzēkņi pārtrauca, "
          "25 uzsāka; sporta programmās pārtrauca 39, uzsāka 32 audzēkņi; sociālajā un pilsoniskajā jomā "
          "12 pārtrauca, 17 uzsāka, bet pirmsskolas vecuma bērnu darbnīcās 23 pārtrauca un 21 uzsāka.",
     align="j")
para(doc, "Vecāku iesniegumos un sarunās ar pedagogiem norādītie mācību pārtraukšanas iemesli:", align="j")
para(doc, "1.2.1. dzīvesvietas maiņa: septiņi audzēkņi pārcēlās uz citu novadu vai pilsētu, divi audzēkņi "
          "kopā ar ģimenēm izbrauca uz ārvalstīm (Norvēģiju un Lielbritāniju);", align="j")
para(doc, "1.2.2. izglītības iestādes maiņa: 11 audzēkņi turpina apgūt līdzīgu jomu profesionālās ievirzes "
          "izglītībā – Ezerkrastu Mūzikas un mākslas skolā vai Ezerkrastu sporta skolā;", align="j")
para(doc, "1.2.3. cits iemesls: laika trūkuma un lielās mācību slodzes dēļ nodarbības pārtrauca "
          "84 audzēkņi, veselības problēmu dēļ – 17 audzēkņi, 26 audzēkņi izvēlējās citu brīvā laika "
          "nodarbi, bet 16 audzēkņu vecāki iemeslu nenorādīja.", align="j")
para(doc, "Secinājums: lielākā daļa audzēkņu pārtrauc nodarbības mācību gada otrajā pusē, kad pieaug "
          "mācību slodze skolā. Nākamajā mācību gadā nodarbību grafiki tiks saskaņoti ar novada skolu "
          "stundu sarakstiem, un vecākiem tiks piedāvāta iespēja audzēknim mainīt grupu, nevis pārtraukt "
          "nodarbības.", align="j", italic=True)

heading(doc, "1.3. Informācija par ilgstošām pedagogu vakancēm un atbalsta personālu", size=11)
table(doc,
      header=[["Nr.", "Informācija", "Skaits", "Komentāri (ja nepieciešams)"]],
      rows=[
          ["1.", "Ilgstošas pedagogu vakances izglītības iestādē (vairāk nekā 1 mēnesi) 2022./2023. m.g.",
           "1", "Robotikas pulciņa skolotāja vakance no oktobra līdz decembrim; aizpildīta 2023. gada "
                "janvārī."],
          ["2.", "Izglītības iestādē pieejamais atbalsta personāls", "2",
           "Metodiķe (1 slodze) un jaunatnes darbinieks (0,5 slodzes). Psihologa konsultācijas – "
           "sadarbībā ar novada Sociālo dienestu."],
      ],
      widths=[0.9, 6.5, 1.5, 8.1], style=STYLE, header_fill=None, size=10,
      aligns=["c", "l", "c", "l"])

# ---------------------------------------------------------------- 2
heading(doc, "2. Izglītības iestādes darbības pamatmērķi un prioritātes", size=12)
para(doc, "2.1. Misija: radīt ikvienam bērnam un jaunietim iespēju atklāt savus talantus un lietderīgi "
          "pavadīt brīvo laiku drošā, radošā un atbalstošā vidē.", align="j")
para(doc, "2.2. Vīzija par izglītojamo: radošs, zinātkārs un aktīvs jaunietis, kurš piedalās savas "
          "kopienas dzīvē un ar lepnumu pārstāv Ezerkrastu novadu.", align="j")
para(doc, "2.3. Vērtības:", align="j")
for v in ["radošums – drosme izmēģināt un radīt jaunas lietas;",
          "cieņa – pret sevi, citiem, kultūras mantojumu un vidi;",
          "sadarbība – kopīgs darbs ar ģimenēm, skolām un kopienu;",
          "atbildība – par savu izvēli un kopīgo rezultātu."]:
    bullet(v)

heading(doc, "2.4. 2022./2023. mācību gada prioritātes un to īstenošanas rezultāti", size=11)
para(doc, "Prioritāte Nr. 1. STEM jomas interešu izglītības piedāvājuma paplašināšana un kvalitātes "
          "pilnveide.", bold=True, align="j")
para(doc, "Plānotie rezultāti kvalitatīvi: STEM programmās tiek izmantotas jaunas mācību tehnoloģijas "
          "(3D printēšana, droni), pedagogi ir pilnveidojuši savas digitālās prasmes.", align="j")
para(doc, "Izpilde: Sasniegts. Projektā “Tehnoloģijas ikvienam” iegādāti 2 3D printeri un 6 izglītojoši "
          "droni; 4 STEM pedagogi apguva kursus “Inženierdomāšana interešu izglītībā” (36 h), nodarbību "
          "vērošanā konstatēts, ka jaunās tehnoloģijas tiek izmantotas katrā nodarbībā.", align="j")
para(doc, "Plānotie rezultāti kvantitatīvi: atvērtas vismaz 2 jaunas STEM programmas; STEM programmās "
          "mācību gada beigās darbojas vismaz 190 audzēkņi.", align="j")
para(doc, "Izpilde: daļēji sasniegts – atvērta viena jauna programma (“Dronu skola”), jo otrai plānotajai "
          "programmai (“Jaunais inženieris”) neizdevās atrast pedagogu; mācību gada beigās STEM "
          "programmās darbojās 181 audzēknis.", align="j")

para(doc, "Prioritāte Nr. 2. Audzēkņu pilsoniskās līdzdalības un jauniešu iniciatīvu veicināšana "
          "novadā.", bold=True, align="j")
para(doc, "b) kvantitatīvie rezultāti – novadā īstenoti vismaz 5 jauniešu iniciatīvu projekti; novada "
          "skolēnu pašpārvalžu forumā piedalās pārstāvji no visām 9 novada skolām.", align="j")
para(doc, "NAV SASNIEGTS. Īstenoti 3 jauniešu iniciatīvu projekti (“Skeitparks Ezerkrastos”, “Jauniešu "
          "kafejnīca”, “Ezera svētku jauniešu skatuve”), forumā piedalījās 7 skolu pārstāvji. Iemesls – "
          "pašpārvalžu koordinatoru maiņa divās skolās un forums, kas sakrita ar olimpiāžu laiku.",
     align="j")
para(doc, "a) kvalitatīvie rezultāti – jaunieši prot plānot un īstenot savu ideju no iecerēšanas līdz "
          "rezultātam; izveidota jauniešu domes darba grupa sadarbībā ar pašvaldību.", align="j")
para(doc, "Sasniegts daļēji (skat. komentāru). Jauniešu domes darba grupa izveidota un tikās 4 reizes, "
          "taču jaunieši vēl nepietiekami patstāvīgi plāno projektu budžetu un atskaites – šajā posmā "
          "joprojām nepieciešams jaunatnes darbinieka atbalsts.", align="j")

para(doc, "Prioritāte Nr. 3. Pedagogu profesionālās kompetences pilnveide darbam ar bērniem ar "
          "speciālām vajadzībām.", bold=True, align="j")
table(doc,
      header=[["Plānotais rezultāts", "Izpilde un komentārs"]],
      rows=[
          ["Kvalitatīvais: pedagogi izprot iekļaujošās izglītības principus un pielāgo nodarbību saturu "
           "un metodes audzēkņiem ar speciālām vajadzībām.",
           "Sasniegts. Nodarbību vērošanā 9 no 10 vērotajām nodarbībām pedagogi izmantoja atbalsta "
           "pasākumus (vizuālie atgādņi, individuāli uzdevumi, pauzes)."],
          ["Kvantitatīvais: vismaz 60% pedagogu ir apmeklējuši profesionālās pilnveides kursus par "
           "iekļaujošo izglītību (vismaz 8 h).",
           "Sasniegts – kursus apmeklēja 24 no 35 pedagogiem (69%)."],
      ],
      widths=[8.5, 8.5], style=STYLE, header_fill=None, size=10)

heading(doc, "2.5. Prioritātes 2023./2024. mācību gadam", size=11)
for t in [
    "1. Kolektīvu sagatavošana XIII Latvijas Skolu jaunatnes dziesmu un deju svētku atlases skatēm: "
    "a) kvalitatīvi – kolektīvu repertuārs apgūts atbilstoši svētku prasībām; b) kvantitatīvi – "
    "skatēs piedalās vismaz 12 BJC un novada skolu kolektīvi.",
    "2. Jauniešu līdzdalības stiprināšana (turpinājums): a) kvalitatīvi – jauniešu domes darba grupa "
    "darbojas patstāvīgi; b) kvantitatīvi – īstenoti vismaz 5 jauniešu iniciatīvu projekti.",
    "3. STEM programmu pēctecība: a) kvalitatīvi – izveidots STEM programmu apguves ceļš no "
    "pirmsskolas līdz 12. klasei; b) kvantitatīvi – atvērta programma “Jaunais inženieris”, STEM "
    "programmās vismaz 190 audzēkņi.",
]:
    para(doc, t, align="j")

# ---------------------------------------------------------------- 3
heading(doc, "3. Kritēriju izvērtējums", size=12)
crit = [
    ("3.1. Kritērijs “Izglītības turpināšana un nodarbinātība”",
     ["BJC audzēkņi turpina izglītību radošajās un inženierzinātņu jomās: no 2023. gada 12. klašu "
      "absolventiem, kuri darbojās BJC, 9 iestājās augstskolās STEM programmās, 4 – mākslas un "
      "mūzikas studiju programmās.",
      "Bijušie audzēkņi iesaistās BJC darbā kā brīvprātīgie un palīgpedagogi (6 jaunieši)."],
     ["Sistemātiski apkopot informāciju par absolventu izvēlēm (anketa pēc izlaiduma).",
      "Karjeras izglītības pasākumus iekļaut STEM programmu saturā."]),
    ("3.2. Kritērijs “Mācīšana un mācīšanās”",
     ["Vērotajās nodarbībās (kopā 42 nodarbības) audzēkņi aktīvi darbojas, 88% nodarbību ir skaidri "
      "formulēts sasniedzamais rezultāts.",
      "Pedagogi izmanto audzēkņu pašvērtējumu un atgriezenisko saiti (portfolio, izstādes, koncerti)."],
     ["Vairāk diferencēt uzdevumus jauktu vecumu grupās.",
      "Pilnveidot digitālo rīku izmantošanu kultūrizglītības programmās."]),
    ("3.3. Kritērijs “Izglītības programmu īstenošana”",
     ["Programmu piedāvājums atbilst novada bērnu un jauniešu interesēm – vecāku aptaujā 91% vecāku "
      "ir apmierināti ar piedāvājumu.",
      "Visas programmas ir aktualizētas atbilstoši interešu izglītības programmu klasifikatoram VIIS."],
     ["Paplašināt programmu piedāvājumu novada attālākajos pagastos (izbraukuma nodarbības).",
      "Izvērtēt programmas ar mazu audzēkņu skaitu (mazāk nekā 8 audzēkņi grupā)."]),
]
for title, strong, needs in crit:
    heading(doc, title, size=11)
    para(doc, "Stiprās puses:", italic=True, space_after=1)
    for s in strong:
        bullet(s)
    para(doc, "Turpmākās attīstības vajadzības:", italic=True, space_after=1)
    for s in needs:
        bullet(s)

# ---------------------------------------------------------------- 4-8
heading(doc, "4. Informācija par īstenotajiem projektiem", size=12)
table(doc,
      header=[["Nr.", "Projekta nosaukums", "Īsa anotācija", "Rezultāti"]],
      rows=[
          ["1.", "“Tehnoloģijas ikvienam” (Ezerkrastu novada pašvaldības projektu konkurss)",
           "STEM programmu materiāltehniskās bāzes papildināšana.",
           "Iegādāti 2 3D printeri, 6 droni un 10 robotikas komplekti; 181 audzēknis STEM programmās."],
          ["2.", "Programma “Latvijas skolas soma”",
           "Kultūras pasākumu apmeklējumi pirmsskolas vecuma bērnu radošo darbnīcu dalībniekiem.",
           "4 pasākumi, 78 dalībnieki."],
          ["3.", "Erasmus+ jaunatnes apmaiņa “Lakes Connect Us” (2022-2-LV02-KA152-YOU-000091234)",
           "Jauniešu apmaiņa ar partneriem no Lietuvas un Polijas par vides aizsardzību.",
           "Piedalījās 12 BJC jaunieši; izveidota fotoizstāde “Ezeri mūsu acīm”."],
      ],
      widths=[0.9, 4.6, 5.8, 5.7], style=STYLE, header_fill=None, size=10)
heading(doc, "5. Informācija par institūcijām, ar kurām noslēgti sadarbības līgumi", size=12)
for t in ["5.1. Ezerkrastu novada vispārējās izglītības iestādes (9 skolas) – par telpu izmantošanu un "
          "kopīgu pasākumu organizēšanu.",
          "5.2. Biedrība “Ezerkrastu jaunieši” – jauniešu iniciatīvu projektu īstenošana.",
          "5.3. Rīgas Tehniskās universitātes Inženierzinātņu vidusskola – metodiskais atbalsts STEM "
          "pedagogiem.",
          "5.4. Ezerkrastu novada Sociālais dienests – psihologa konsultācijas audzēkņiem un vecākiem."]:
    para(doc, t, align="j")
heading(doc, "6. Audzināšanas darba prioritātes un secinājumi", size=12)
para(doc, "Audzināšanas darba prioritāte 2022./2023. mācību gadā bija piederības sajūtas stiprināšana "
          "savam novadam un valstij. Visos kolektīvos notika pasākumi, kas veltīti Latvijas valsts "
          "svētkiem, audzēkņi piedalījās novada Lāčplēša dienas un Baltā galdauta svētku pasākumos. "
          "Secinājums: audzēkņi labprāt iesaistās pasākumos, ja paši piedalās to plānošanā, tāpēc "
          "nākamajā gadā pasākumu plānošanā tiks iesaistīta jauniešu domes darba grupa.", align="j")
heading(doc, "7. Citi sasniegumi", size=12)
for t in ["Latvijas skolēnu robotikas sacensībās “RoboLiga 2023” BJC komanda “Ezerbots” ieguva 1. vietu "
          "junioru grupā.",
          "Vizuālās un vizuāli plastiskās mākslas konkursā “Tēli un tēlojumi” 3 audzēkņi saņēma "
          "Zelta diplomus, 5 – Sudraba diplomus.",
          "Latgales reģiona tautas deju kolektīvu skatē deju kolektīvs “Dzirkstelīte” ieguva "
          "I pakāpes diplomu (43,2 punkti).",
          "Orientēšanās sacensību seriālā “Ezerkrastu takas” piedalījās 364 dalībnieki."]:
    bullet(t)
para(doc, "")
para(doc, "8. Valsts pārbaudes darbi iestādē netiek organizēti – nav attiecināms.", align="j")
para(doc, "")
para(doc, "BJC “Dzirkstele” direktore\t\t\tIlze Kalniņa")
para(doc, "")
para(doc, "SASKAŅOTS", bold=True, space_after=0)
para(doc, "Ezerkrastu novada pašvaldības\nIzglītības pārvaldes vadītājs", space_after=0)
para(doc, "/paraksts/ Andris Bērziņš", space_after=0)
para(doc, "2023. gada 28. septembrī")

out = CASE / "reports"
out.mkdir(exist_ok=True)
doc.save(out / f"{NAME}.docx")
print("wrote", out / f"{NAME}.docx")
