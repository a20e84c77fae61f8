"""The national template's sections, as data: the number each section is printed under and the words
its heading holds, for every template year the loaders know (2021/22, 2022/23, 2023/24 and later).

One engine (loaders.split) reads this table; a new template variant is a new or widened row here,
never a copy of the splitter. Words are matched on folded text (lower case, no diacritics) of the
heading and the two lines after it, so a heading split over lines still matches.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class SectionSpec:
    key: str
    numbers: tuple[str, ...]
    words: re.Pattern
    note: str = ""
    # under the number the template gives it, a heading may name the section in fewer words
    loose: tuple[str, re.Pattern] | None = None

    def heads(self, number: str, folded_head: str) -> bool:
        """A heading under `number` whose folded words are `folded_head` opens this section."""
        if number not in self.numbers:
            return False
        return bool(self.words.search(folded_head)
                    or (self.loose is not None and number == self.loose[0] and self.loose[1].search(folded_head)))


def _words(pattern: str) -> re.Pattern:
    return re.compile(pattern)


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("quality_goals", ("1",),
                _words(r"kvalitates merki un to sasniegsanas|programmas istenosanas kvalitates merki"),
                "the parent heading of 1.1-1.3"),
    SectionSpec("programmes", ("1.1",),
                _words(r"izglitojamo skaits|istenotas izglitibas programmas|izglitibas programmas.*izglitojamo skait"),
                "programmes and learner counts (a table)"),
    SectionSpec("leaving_reasons", ("1.2", "1.3"),
                _words(r"iemesl.*(main|partrauk)|(mainas|partrauksanas)\b.*iemesl|izglitibas iestades mainai|"
                       r"\b(partrauksan|partrauks|partrauc|izstasan|atskaitisan)\w*|"
                       r"izglitojamo (skaita )?(kustib|izmain)"),
                "why learners changed school or stopped (numbered items 1.2.1-1.2.3); also headed by the "
                "leaving itself (`… mācību uzsākšanu un pārtraukšanu`)"),
    SectionSpec("teacher_vacancies", ("1.3",),
                _words(r"vakanc"),
                "2022/23 template: teacher vacancies table in 1.3"),
    SectionSpec("indicators", ("1.3", "1.2", "1.4"),
                _words(r"kvalitates merki|kvalitates raditaj|rezultativ\w* raditaj"),
                "quality-indicator table (1.3; 1.2 in interest-education reports)"),
    SectionSpec("aims", ("2",), _words(r"pamatmerki|^\s*merki un prioritat"),
                "2021/22-2022/23 templates: aims, mission, vision, values; the priorities are its 2.4 (also headed "
                "`Mērķi un prioritātes`)"),
    SectionSpec("priorities", ("2", "2.4", "2.5", "2.3", "2.2"),
                _words(r"prioritat\w* (sasniegsan|istenosan|izpild)|izvirzito prioritat|izvirzito prioritas|"
                       r"prioritasu (sasniegsan|istenosan|izpild)|darba prioritates un sasniegt|prioritates un rezultat|"
                       r"prioritat\w*\b.{0,80}\b(sasniegsan\w*|sasniegt\w*|istenosan\w*|izpild\w*|izvertejum\w*)|"
                       r"prioritasu (izvertejum|rezultat)"),
                "the year's priorities and their status (2.4 in the 2021/22-2022/23 templates)",
                loose=("2.4", _words(r"^(?!.{0,120}\b(nakam\w*|planot\w*|turpmak\w*)\b).{0,120}\bprioritat"))),
    SectionSpec("next_priorities", ("2.5", "2.6"),
                _words(r"^(?!.*(sasniegtie|sasniegsan|izvirzito|izpild)).*prioritat"),
                "next year's priorities listed right after the evaluated ones (2.5), with no status"),
    SectionSpec("criteria", ("3",), _words(r"kriteriju izvertejum|kriterij\w* (izvertejum|novertejum)"),
                "criteria self-assessment"),
    SectionSpec("projects", ("4",), _words(r"informacija par .{0,60}projekt|^\s*(?:\w+ ){0,2}projekt(i|os)\b"),
                "largest projects"),
    SectionSpec("agreements", ("5",),
                _words(r"informacija par (institucij|sadarbib)|sadarbibas (ligum|partner)|noslegti .{0,40}ligum"),
                "co-operation agreements"),
    SectionSpec("upbringing", ("6",), _words(r"audzinasanas darb"), "upbringing work"),
    SectionSpec("other_achievements", ("7", "6"), _words(r"citi sasniegumi|butiska informacija"),
                "other achievements (6 in the 2021/22-2022/23 templates where no upbringing section precedes it)"),
    SectionSpec("exam_conclusions", ("7", "8"),
                _words(r"valsts parbaudes darbu rezultat|eksamenu rezultat|parbaudes darbu rezultatu izvertejum"),
                "2021/22-2022/23 templates: state exam results and conclusions (prose)"),
    SectionSpec("accreditation", ("8",), _words(r"akreditacij|vaditaja novertesan"), "accreditation tasks"),
    SectionSpec("visits", ("9",), _words(r"apmeklejum|ikvd"), "inspection visit tasks"),
    SectionSpec("council", ("10",), _words(r"padomes ieteikum"), "the institution council's recommendations"),
    SectionSpec("planned_priorities", ("11", "10", "12"),
                _words(r"(darba )?prioritates un planotie|planotie sasniedzamie rezultati|"
                       r"^(?!.*(sasniegtie|sasniegsan|izvirzito|izpild|audzinasanas)).*prioritates (19|20)[0-9]{2}\.?/"),
                "next year's priorities and planned results"),
)

SECTION_NAMES = {spec.key: spec.numbers[0] for spec in SECTIONS}


# The quality framework's criteria, under which reports place their priorities (the `area` column).
# Matched on folded text; a report may also write them as `Kritērijs “...”`.
CRITERIA = (
    "Kompetences un sasniegumi", "Vienlīdzība un iekļaušana", "Mācīšana un mācīšanās",
    "Izglītības programmu īstenošana", "Pieejamība", "Drošība un psiholoģiskā labbūtība",
    "Drošība un psiholoģiskā labklājība", "Izglītības turpināšana un nodarbinātība",
    "Infrastruktūra un resursi", "Administratīvā efektivitāte", "Vadības profesionalitāte",
    "Atbalsts un sadarbība", "Atbilstība mērķiem", "Kvalitatīvas mācības", "Iekļaujoša vide",
    "Laba pārvaldība", "Izglītības vide", "Ilgtspējīga attīstība",
)
