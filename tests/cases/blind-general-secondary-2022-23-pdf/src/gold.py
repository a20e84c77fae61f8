import csv, os, re, sys
from docx import Document
def w(case, name, header, rows):
    with open(f"{case}/gold/{name}", "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f); cw.writerow(header); cw.writerows(rows)
H = {"reports.csv": "source_file,institution_name,institution_kind,school_year",
     "programmes.csv": "source_file,row_no,programme_code,programme_name,learners_start,learners_end,start_date,end_date",
     "exam_results.csv": "source_file,exam_level,subject,subject_raw,school_year,measure,school_pct,national_pct,failed_pct",
     "leaving_reasons.csv": "source_file,item_no,category,learners",
     "priorities.csv": "source_file,priority_no,area,title,result_type,status",
     "indicators.csv": "source_file,indicator_no,indicator_name,baseline_value,actual_value,target_value,unit"}
# ---- case 1
c1 = "general-secondary-2022-23-pdf"; T = {k: [] for k in H}
for sf in ("ozolmuizas-vidusskola_2022-2023.pdf", "ozolmuizas-vidusskola_2022-2023.txt"):
    T["reports.csv"].append([sf, "Ozolmuižas vidusskola", "general", "2022/2023"])
    for r in [(1,"21011111","Pamatizglītības programma",231,227),(2,"21015611","Speciālās pamatizglītības programma izglītojamajiem ar mācīšanās traucējumiem",17,19),
              (3,"21015811","Speciālās pamatizglītības programma izglītojamajiem ar garīgās attīstības traucējumiem",4,4),(4,"31016011","Vispārējās vidējās izglītības programma",88,84),
              (5,"01011111","Pirmsskolas izglītības programma",46,49)]:
        T["programmes.csv"].append([sf, *r, "2022-09-01", "2023-05-31"])
    E = [("grade9","latvian","Latviešu valoda","2021/2022",57.3,"",""),("grade9","mathematics","Matemātika","2021/2022",47.1,"",""),("grade9","english","Angļu valoda","2021/2022",68.9,"",""),
         ("grade9","latvian","Latviešu valoda","2022/2023",61.4,58,""),("grade9","mathematics","Matemātika","2022/2023",44.8,50.5,4.2),("grade9","english","Angļu valoda","2022/2023",70.2,66.1,""),
         ("optimal","latvian","Latviešu valoda","2022/2023",52.6,54,3.1),("optimal","mathematics","Matemātika","2022/2023",31.9,35,12.5),("optimal","english","Angļu valoda","2022/2023",66.3,63,""),
         ("advanced","english","Angļu valoda","2022/2023",71.5,65,""),("advanced","mathematics","Matemātika","2022/2023",57.2,60,""),
         ("advanced","latvian","Latviešu valoda","2022/2023",49.8,56,8.3),("advanced","chemistry","Ķīmija","2022/2023",44.2,"",5.1)]
    for lv,sub,raw,yr,s,n,fl in E: T["exam_results.csv"].append([sf,lv,sub,raw,yr,"result",s,n,fl])
    for r in [("1.2.1","relocation",4),("1.2.1","emigration",1),("1.2.2","school_change",3),("1.2.3","other",2),("1.2.3","other",1)]:
        T["leaving_reasons.csv"].append([sf,*r])
    for r in [("1","Mācīšana un mācīšanās","Pašvadīta mācīšanās un atgriezeniskā saite mācību stundā","qualitative","achieved"),
              ("1","Mācīšana un mācīšanās","Pašvadīta mācīšanās un atgriezeniskā saite mācību stundā","quantitative","partially_achieved"),
              ("2","Izglītības turpināšana un nodarbinātība","Karjeras izglītības sistēmas pilnveide 7.–12. klasē","qualitative","partially_achieved"),
              ("2","Izglītības turpināšana un nodarbinātība","Karjeras izglītības sistēmas pilnveide 7.–12. klasē","quantitative","achieved"),
              ("3","Izglītības programmu īstenošana","Digitālo mācību līdzekļu lietojums vidusskolas padziļinātajos kursos","qualitative","not_achieved"),
              ("3","Izglītības programmu īstenošana","Digitālo mācību līdzekļu lietojums vidusskolas padziļinātajos kursos","quantitative","not_achieved")]:
        T["priorities.csv"].append([sf,*r])
for k in H: w(c1, k, H[k].split(","), T[k])
# ---- case 2
c2 = "interest-centre-2024-25-docx"; T = {k: [] for k in H}; sf = "rusinu-bjc-dzirkstele_2024-2025.docx"
T["reports.csv"].append([sf, "Rūsiņu novada Bērnu un jauniešu centrs „Dzirkstele”", "interest", "2024/2025"])
for r in [(1,"","Kultūrizglītība (vokālā mūzika, instrumentālā mūzika, tautas dejas, teātris)",612,598),
          (2,"","Vizuālā un vizuāli plastiskā māksla (keramika, tekstilmāksla, zīmēšana)",187,193),
          (3,"","Tehniskā jaunrade un STEM (robotika, modelisms, 3D dizains, programmēšana)",164,171),
          (4,"","Sports (galda teniss, šahs, orientēšanās)",98,87),
          (5,"","Vides izglītība un jaunatnes pilsoniskā līdzdalība (jaunsargi, mazpulki, skolēnu pašpārvalde)",141,152)]:
    T["programmes.csv"].append([sf,*r,"2024-10-01","2025-05-31"])
for r in [("1.1","Interešu izglītības programmā/-s (audzēkņu skaits)",1150,1201,1220,"learners"),
          ("1.2","Audzēkņu noturība (audzēkņi, kuri turpina programmas apguvi otro un nākamo gadu)",70,74,75,"percent"),
          ("3","Tautas deju kolektīva „Dzirkstelīte” vieta Latvijas skolu jaunatnes deju kolektīvu skatē (Latgales reģions)",5,3,3,"place"),
          ("4","Pedagogu profesionālās kompetences pilnveide (pedagogi, kuri apguvuši vismaz 12 h kursus)",85,92,100,"percent"),
          ("5","Koncertu, izstāžu un pasākumu skaits novada kopienai",40,47,"","count")]:
    T["indicators.csv"].append([sf,*r])
for r in [("1","Kompetences un sasniegumi","Gatavošanās XIII Latvijas skolu jaunatnes dziesmu un deju svētkiem","quantitative","achieved"),
          ("1","Kompetences un sasniegumi","Gatavošanās XIII Latvijas skolu jaunatnes dziesmu un deju svētkiem","qualitative","achieved"),
          ("2","Pieejamība","Interešu izglītības pieejamība novada lauku teritorijās","quantitative","partially_achieved"),
          ("2","Pieejamība","Interešu izglītības pieejamība novada lauku teritorijās","qualitative","partially_achieved"),
          ("3","Drošība un psiholoģiskā labklājība","Vienotas audzēkņu uzvedības un drošības kārtības ieviešana","quantitative","not_achieved"),
          ("3","Drošība un psiholoģiskā labklājība","Vienotas audzēkņu uzvedības un drošības kārtības ieviešana","qualitative","achieved")]:
    T["priorities.csv"].append([sf,*r])
for k in H: w(c2, k, H[k].split(","), T[k])
