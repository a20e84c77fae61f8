"""The static HTML overview (publish/site/), in Latvian: an index that groups institutions by kind and
municipality and charts figures per institution kind, one page per institution (its multi-year panel,
exams against the national average and its own kind, exam targets followed into the next report,
enrolment, leaving reasons, priorities evaluated, planned and followed into the next report,
indicators, projects, agreements, its reports, data quality), a data-quality page, a copy of each
source report's cited lines with an anchor per line, and the column guide.

Pages come from Jinja2 templates (parskats/publish/templates/, autoescaping on) fed with named rows
(parskats.publish.site_data); charts are inline SVG drawn at build time (parskats.publish.svg). A
Content-Security-Policy forbids any script or request, so the pages open offline from disk. The
multi-year panel is marts.institution_year (computed by its rules from the core marts where that mart
is missing); a section whose mart is missing is left out. Column names stay English in SQL, CSV and
the column guide; every word the overview itself shows is Latvian, except text the data holds in
English (parse-issue messages and check names, the former marked lang="en"). Reads the build file
read-only; it does not export data or copy dbt docs (parskats.publish.outputs does).

Build time (write_site, measured with `python tests/warehouse/scaled.py warehouse/parskats.duckdb`: the
sample warehouse with its institutions repeated under generated report ids, names and keys; one page
per institution and one source page per report; 2 cores shared with other jobs, so CPU time is the
figure to compare):
      15 institutions     33 pages    0.4 s CPU
     150 institutions    303 pages    1.4 s CPU
   1,500 institutions  3,003 pages   13.8 s CPU
Linear (about 9 ms of CPU per institution, about half of it the source page's cited lines), because
fact rows are grouped by institution in one pass, source lines are streamed report by report in one
ordered query, and the index's figures are SQL aggregates per kind.
"""
from __future__ import annotations

import functools
import unicodedata
from collections import defaultdict
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from parskats.publish import svg
from parskats.publish.reuse import PageReuse, content_key, strings_in
from parskats.publish.site_data import OTHER_MUNICIPALITY, SiteData, read_site_data, source_line_digests, source_lines

# institution_kind -> (group heading, one institution, "in institutions of this kind")
KINDS = {
    "general": ("Vispārējās izglītības iestādes", "vispārējās izglītības iestāde", "vispārējās izglītības iestādēs"),
    "vocational": ("Profesionālās izglītības iestādes", "profesionālās izglītības iestāde", "profesionālās izglītības iestādēs"),
    "preschool": ("Pirmsskolas izglītības iestādes", "pirmsskolas izglītības iestāde", "pirmsskolas izglītības iestādēs"),
    "interest": ("Interešu izglītības iestādes", "interešu izglītības iestāde", "interešu izglītības iestādēs"),
    "other": ("Citas iestādes (profesionālās ievirzes u. c.)", "cita iestāde (profesionālās ievirzes u. c.)", "citās iestādēs"),
}
UNKNOWN_KIND = ("Iestādes, kuru veids nav zināms", "veids nav zināms", "iestādēs, kuru veids nav zināms")
LEVELS = {"grade9": "9. klases eksāmeni", "optimal": "Vidusskolas eksāmeni, optimālais līmenis",
          "advanced": "Vidusskolas eksāmeni, augstākais līmenis"}
RESULT_TYPES = {"qualitative": "kvalitatīvais", "quantitative": "kvantitatīvais"}
UNITS = {"percent": "%", "grade_avg": "balles", "learners": "izglītojamie", "place": "vieta", "count": "skaits",
         "text": "teksts"}
TARGET_OUTCOMES = {"met": "sasniegts", "missed": "nav sasniegts", "no_result_stated": "rezultāts nav norādīts",
                   "awaiting_report": "gaida nākamā gada ziņojumu"}
FOLLOW_THROUGH = {"evaluated": "izvērtēta nākamā gada ziņojumā", "dropped": "nav starp nākamā gada izvērtētajām",
                  "not_reported": "nākamā gada ziņojumā prioritātes nav izvērtētas",
                  "awaiting_report": "gaida nākamā gada ziņojumu"}
# dq_restated_facts: (measure, value_column) -> what the figure is
RESTATED = {("result", "school_pct"): "iestādes rezultāts", ("target", "school_pct"): "mērķis",
            ("result", "national_pct"): "valsts vidējais", ("target", "national_pct"): "valsts vidējais (mērķa rindā)",
            ("result", "failed_pct"): "nenokārtojušo daļa", ("target", "failed_pct"): "nenokārtojušo daļa (mērķa rindā)"}
NO_STATUS = "Statuss nav norādīts"
STATUS_COLORS = ("#2ca02c", "#f0ad4e", "#d62728", "#999999", "#cccccc")
OUTCOME_COLORS = ("#2ca02c", "#d62728", "#999999", "#cccccc")
LEAVING_COLORS = ("#1f77b4", "#9467bd", "#ff7f0e", "#7f7f7f")
# the multi-year panel: column -> (label, format); from marts.institution_year where built, else from the other marts
PANEL_METRICS = (
    ("learners_start", "Izglītojamie mācību gada sākumā", "int"),
    ("learners_end", "Izglītojamie mācību gada beigās", "int"),
    ("net_change", "Izmaiņas mācību gada laikā", "signed"),
    ("learners_end_change", "Izmaiņas pret iepriekšējo gadu (gada beigās)", "signed"),
    ("leavers", "Mācības pārtraukušie izglītojamie", "int"),
    ("priorities", "Izvērtētās prioritātes", "int"),
    ("priorities_achieved_share", "Sasniegto prioritāšu rezultātu daļa", "share"),
    ("exam_gaps", "Eksāmenu rezultāti ar valsts vidējo", "int"),
    ("mean_exam_gap_pp", "Vidējā starpība ar valsts vidējo", "pp"),
    ("exam_targets_due", "Eksāmenu mērķi šim gadam ar rezultātu", "int"),
    ("exam_targets_met", "Sasniegtie eksāmenu mērķi", "int"),
    ("indicators_with_numbers", "Kvalitātes rādītāji ar skaitliskām vērtībām", "int"),
    ("indicators_met", "Rādītāji, kuros sasniegta sākotnējā vērtība", "int"),
)
OPEN_GROUP_MAX = 12   # a municipality's list starts unfolded up to this many institutions
OPEN_KIND_MAX = 60    # a kind's list starts unfolded up to this many institutions


# ---- Latvian number formats ------------------------------------------------------------------------
NBSP = "\u00a0"


def num(v, decimals: int = 1) -> str:
    """1234.5 -> '1 234,5'; 2.0 -> '2'; None -> '–'."""
    if v is None:
        return "–"
    if isinstance(v, bool):
        return "jā" if v else "nē"
    if isinstance(v, int):
        return f"{v:,}".replace(",", NBSP)
    text = f"{float(v):,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", NBSP).replace(".", ",")


def signed(v, decimals: int = 1) -> str:
    if v is None:
        return "–"
    return ("+" if v > 0 else "") + num(v, decimals)


def pct(v) -> str:
    return "–" if v is None else f"{num(v)}{NBSP}%"


def pp(v) -> str:
    return "–" if v is None else f"{signed(v)}{NBSP}p.p."


def share(v) -> str:
    return "–" if v is None else f"{num(100 * v, 0)}{NBSP}%"


def yes_no(v) -> str:
    return "–" if v is None else ("jā" if v else "nē")


_FORMATS = {"int": num, "signed": lambda v: signed(v, 0), "share": share, "pp": pp}


def plural(n, one: str, many: str) -> str:
    """The Latvian noun form after a count: 1, 21, 101 … take the singular (but 11, 111 … do not)."""
    return one if n is not None and int(n) % 10 == 1 and int(n) % 100 != 11 else many


def lv_key(text: str | None) -> tuple:
    """Sort key in Latvian alphabetical order: č after c, ģ after g, ķ after k, š after s …"""
    out = []
    for ch in (text or "").lower():
        base = unicodedata.normalize("NFD", ch)
        out.append((base[0], len(base) > 1, base))
    return tuple(out)


def kind_labels(kind: str | None) -> tuple[str, str, str]:
    return KINDS.get(kind or "", UNKNOWN_KIND)


def kind_order(kind: str | None) -> int:
    return list(KINDS).index(kind) if kind in KINDS else len(KINDS)


def _desc(year: str | None) -> tuple:
    """Sort key putting the latest school year first."""
    return tuple(-ord(c) for c in (year or ""))


def _latest_first(years) -> list[str]:
    return sorted({y for y in years if y}, reverse=True)


# ---- templates -------------------------------------------------------------------------------------
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("parskats.publish", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(num=num, signed=signed, pct=pct, pp=pp, share=share, yes_no=yes_no,
                       kind_label=lambda k: kind_labels(k)[1], level_label=lambda lv: LEVELS.get(lv, lv),
                       result_type_label=lambda t: RESULT_TYPES.get(t, t or "–"), unit_label=lambda u: UNITS.get(u, u or "–"),
                       outcome_label=lambda o: TARGET_OUTCOMES.get(o, o or "–"),
                       follow_label=lambda f: FOLLOW_THROUGH.get(f, f or "–"), anchor=anchor, plural=plural,
                       restated_label=lambda r: RESTATED.get((r["measure"], r["value_column"]), r["value_column"]))
    env.globals.update(institution_page_name=institution_page_name, source_page_name=source_page_name)
    return env


@functools.cache
def environment() -> jinja2.Environment:
    return _environment()


def load_templates() -> None:
    """Compile every template now (a forked writer then starts with them compiled)."""
    env = environment()
    for name in env.list_templates(extensions=["html"]):
        env.get_template(name)


def render(template: str, **context) -> str:
    return environment().get_template(template).render(**context)


def page(title: str, message: str, *, depth: int = 0) -> str:
    """A page with one paragraph (e.g. the placeholder when the dbt docs could not be generated)."""
    return render("message.html", title=title, message=message, depth=depth)


def institution_page_name(key: str) -> str:
    return f"institution-{key[:12]}.html"


def source_page_name(report_id: str) -> str:
    return f"sources/{report_id}.html"


def anchor(ref: str) -> str:
    """`L120-L134` -> `L120`; `p3:L12-L20` -> `p3-L12`; `t2:r4` -> `t2-r4` (the first line of a span)."""
    return (ref or "").split("-")[0].replace(":", "-")


def source_rows(lines: list[dict]) -> Markup:
    """A source page's table rows, one per stored line: its reference linking to its own anchor (the
    anchor set on the first line of that name) and its text. Escaped here in one pass per cell
    (markupsafe's C escape) rather than by the template engine per field: source pages are most of
    the overview's lines, so this is most of its build time."""
    rows, seen = [], set()
    for line in lines:
        name = escape(anchor(line["ref"]))
        opens = "" if name in seen else f' id="{name}"'
        seen.add(name)
        rows.append(f'<tr{opens}><td class="ref"><a href="#{name}">{escape(line["ref"])}</a></td>'
                    f'<td>{escape(line["text"])}</td></tr>\n')
    return Markup("".join(rows))


def _chart(text: str) -> Markup:
    return Markup(text)  # built by svg.py, which escapes every text it writes


# ---- charts ----------------------------------------------------------------------------------------
def _status_series(d: SiteData) -> tuple[list[str], list[str]]:
    """(status codes, Latvian labels) in the seed's order, plus rows without a status."""
    codes = [s["status"] for s in d.statuses] + [None]
    return codes, [s["label_lv"] for s in d.statuses] + [NO_STATUS]


def _tip(series: str, count: float, total: float) -> str:
    return f"{series}: {count:g} no {total:g}"


def _exam_charts_for_institution(d: SiteData, inst: dict, exams: list[dict]) -> list[dict]:
    """Per school year (latest first) and exam level: the institution, the mean of its own kind
    (where at least two institutions of the kind have the result) and the national average, with the
    gap, the change from the previous year and the next year's target."""
    kind_means = {(m["school_year"], m["exam_level"], m["subject"]): m for m in d.per_kind["exams"]
                  if m["institution_kind"] == inst["institution_kind"]}
    by_year_level = defaultdict(list)
    for row in exams:
        by_year_level[(row["school_year"], row["exam_level"])].append(row)
    charts = []
    for year in _latest_first(y for y, _ in by_year_level):
        for level in LEVELS:
            rows = sorted(by_year_level.get((year, level), []), key=lambda r: lv_key(d.subjects.get(r["subject"], r["subject"])))
            if not rows:
                continue
            comparable = [kind_means.get((year, level, r["subject"])) for r in rows]
            comparable = [m if m and m["institutions"] >= 2 else None for m in comparable]
            with_kind = any(comparable)
            series = (["Iestāde"] + ([f"Vidēji {kind_labels(inst['institution_kind'])[2]}"] if with_kind else [])
                      + ["Valsts vidējais"])
            groups = []
            for row, mean in zip(rows, comparable):
                values = ([row["school_pct"]] + ([mean["mean_school_pct"] if mean else None] if with_kind else [])
                          + [row["national_avg_pct"]])
                groups.append({"label": d.subjects.get(row["subject"], row["subject"]), "values": values,
                               "marker": row["next_target_pct"],
                               "notes": [pp(row["gap_pp"]), pp(row["change_pp"]), pct(row["next_target_pct"])]})
            title = f"{LEVELS[level]}, {year}"
            charts.append({"title": title, "svg": _chart(svg.grouped_bars(
                groups, series, max_value=100, unit=NBSP + "%", fmt=num, title=title, missing="nav datu",
                note_headers=["Starpība ar valsts vidējo", "Izmaiņas pret iepriekšējo gadu", "Mērķis nākamajam gadam"],
                marker_label="Mērķis nākamajam gadam"))})
    return charts


def _exam_charts_per_kind(d: SiteData) -> list[dict]:
    by = defaultdict(list)
    for m in d.per_kind["exams"]:
        by[(m["school_year"], m["exam_level"], m["institution_kind"])].append(m)
    charts = []
    for year in _latest_first(y for y, _, _ in by):
        for level in LEVELS:
            for kind in sorted({k for y, lv, k in by if y == year and lv == level}, key=kind_order):
                rows = sorted(by[(year, level, kind)], key=lambda m: lv_key(d.subjects.get(m["subject"], m["subject"])))
                groups = [{"label": d.subjects.get(m["subject"], m["subject"]),
                           "values": [m["mean_school_pct"], m["national_avg_pct"]],
                           "notes": [num(m["institutions"]), pp(m["mean_gap_pp"])]} for m in rows]
                title = f"{LEVELS[level]}, {year}: {kind_labels(kind)[0]}"
                charts.append({"title": title, "svg": _chart(svg.grouped_bars(
                    groups, [f"Vidēji {kind_labels(kind)[2]}", "Valsts vidējais"], max_value=100, unit=NBSP + "%",
                    fmt=num, title=title, missing="nav datu",
                    note_headers=["Iestāžu skaits", "Vidējā starpība ar valsts vidējo"]))})
    return charts


def _per_year_stacked(rows: list[dict], year_col: str, cat_col: str, count_col: str, codes: list, labels: list[str],
                      colors, title: str) -> list[dict]:
    """One 100% stacked chart per year (latest first), one bar per institution kind."""
    counts = defaultdict(lambda: defaultdict(float))
    for row in rows:
        code = row[cat_col] if row[cat_col] in codes else None
        counts[(row[year_col], row["institution_kind"])][code] += row[count_col] or 0
    charts = []
    for year in _latest_first(y for y, _ in counts):
        kinds = sorted({k for y, k in counts if y == year}, key=kind_order)
        bars = [(kind_labels(k)[0], [counts[(year, k)][c] for c in codes]) for k in kinds]
        if not any(sum(values) for _, values in bars):
            continue
        charts.append({"title": f"{title}, {year}", "svg": _chart(svg.stacked_shares(
            bars, labels, colors=colors, title=f"{title}, {year}", tip=_tip))})
    return charts


# ---- the index -------------------------------------------------------------------------------------
def _institution_groups(d: SiteData) -> list[dict]:
    by_kind = defaultdict(lambda: defaultdict(list))
    for inst in d.institutions:
        by_kind[inst["institution_kind"]][inst["municipality"]].append(inst)
    groups = []
    for kind in sorted(by_kind, key=kind_order):
        munis = by_kind[kind]
        count = sum(len(v) for v in munis.values())
        groups.append({
            "kind": kind or "unknown", "label": kind_labels(kind)[0], "count": count, "open": count <= OPEN_KIND_MAX,
            "municipalities": [{"name": name, "count": len(insts),
                                "institutions": sorted(insts, key=lambda i: lv_key(i["institution_name"])),
                                "open": len(insts) <= OPEN_GROUP_MAX}
                               for name, insts in sorted(munis.items(),
                                                         key=lambda kv: (kv[0] == OTHER_MUNICIPALITY, lv_key(kv[0])))],
        })
    return groups


def _index_context(d: SiteData, gate: dict | None) -> dict:
    codes, labels = _status_series(d)
    cat_codes = [c["category"] for c in d.leaving_categories]
    cat_labels = [c["label_lv"] for c in d.leaving_categories]
    flows = defaultdict(list)
    for row in d.per_kind["flows"]:
        flows[row["school_year"]].append(row)
    enrolment = [{"title": f"Izglītojamie mācību gada sākumā un beigās, {year}", "rows": rows,
                  "svg": _chart(svg.grouped_bars(
                      [{"label": kind_labels(r["institution_kind"])[0], "values": [r["learners_start"], r["learners_end"]],
                        "notes": [num(r["institutions"])]}
                       for r in sorted(rows, key=lambda r: kind_order(r["institution_kind"]))],
                      ["Mācību gada sākumā", "Mācību gada beigās"], fmt=lambda v: num(round(v)),
                      title=f"Izglītojamie, {year}", note_headers=["Iestāžu skaits"]))}
                 for year, rows in sorted(flows.items(), reverse=True)]
    indicator_rows = [{"institution_kind": r["institution_kind"], "school_year": r["school_year"], "state": s, "n": r[s]}
                      for r in d.per_kind["indicators"] for s in ("met", "not_met", "without_numbers")]
    ctx = {
        "title": "Izglītības iestāžu pašnovērtējuma ziņojumi",
        "institution_count": len(d.institutions), "report_count": len(d.reports),
        "latest_year": max((r["school_year"] for r in d.reports if r["school_year"]), default=None),
        "groups": _institution_groups(d),
        "exam_charts": _exam_charts_per_kind(d),
        "enrolment": enrolment,
        "leaving_charts": _per_year_stacked(d.per_kind["leaving"], "school_year", "category", "learners", cat_codes,
                                            cat_labels, LEAVING_COLORS, "Mācības pārtraukušie pēc iemesla"),
        "leaving_rows": sorted(d.per_kind["leaving"], key=lambda r: (
            _desc(r["school_year"]), kind_order(r["institution_kind"]),
            cat_codes.index(r["category"]) if r["category"] in cat_codes else len(cat_codes))),
        "category_labels": dict(zip(cat_codes, cat_labels)),
        "goal_charts": _per_year_stacked(d.per_kind["goals"], "school_year", "status", "result_rows", codes, labels,
                                         STATUS_COLORS, "Prioritāšu rezultāti pēc statusa"),
        "miss_own_target": d.per_kind["miss_own_target"],
        "indicator_charts": _per_year_stacked(indicator_rows, "school_year", "state", "n",
                                              ["met", "not_met", "without_numbers"],
                                              ["Sākotnējā vērtība sasniegta", "Nav sasniegta", "Bez skaitliskām vērtībām"],
                                              ("#2ca02c", "#d62728", "#999999"), "Kvalitātes rādītāji"),
        "targets": _followed_charts(d, "target_follow_through", "target_year", "outcome", "targets", TARGET_OUTCOMES,
                                    "Eksāmenu mērķi pret nākamā gada rezultātu"),
        "follow": _followed_charts(d, "priority_follow_through", "planned_for_year", "follow_through", "priorities",
                                   FOLLOW_THROUGH, "Plānotās prioritātes nākamā gada ziņojumā"),
        "restated_count": len(d.restated) if "dq_restated_facts" in d.optional else None,
        "gate": _gate_rows(gate), "issue_counts": d.per_kind["issues"], "issue_total": len(d.issues),
        "depth": 0,
    }
    return ctx


def _followed_charts(d: SiteData, mart: str, year_col: str, state_col: str, count_col: str, labels: dict,
                     title: str) -> dict | None:
    """Per year, how what was set for it turned out, by institution kind, for the rows whose year already
    has a report; and per year how many still await one. None where the mart is not built."""
    if mart not in d.optional:
        return None
    rows = d.per_kind.get(mart, [])
    awaiting = defaultdict(int)
    for row in rows:
        if row[state_col] == "awaiting_report":
            awaiting[row[year_col]] += row[count_col]
    codes = [c for c in labels if c != "awaiting_report"]
    return {"charts": _per_year_stacked([r for r in rows if r[state_col] != "awaiting_report"], year_col, state_col,
                                        count_col, codes, [labels[c] for c in codes], OUTCOME_COLORS, title),
            "awaiting": [(year, awaiting[year]) for year in _latest_first(awaiting)]}


def _gate_rows(gate: dict | None) -> dict | None:
    if not gate:
        return None
    suites = []
    for s in gate["suites"]:
        critical = sum(f["severity"] == "critical" for f in s["failures"])
        state = ("kļūda", "fail") if critical else (("brīdinājums", "warn") if s["failures"] else ("kārtībā", "ok"))
        suites.append({"state": state[0], "css": state[1], "name": s["name"], "rows": s["rows"],
                       "passed": s["evaluated"] - len(s["failures"]), "evaluated": s["evaluated"],
                       "failures": s["failures"]})
    return {"passed": gate["passed"], "checks": gate["checks"], "critical": gate["critical"],
            "warnings": gate["warnings"], "suites": suites}


# ---- an institution's page -------------------------------------------------------------------------
def _panel(d: SiteData, key: str) -> dict:
    """The institution's years side by side (latest first), one column per school year it has a report
    for: marts.institution_year where it is built, else the same headline figures computed from the
    other marts' rows."""
    if "institution_year" in d.optional:
        rows = {r["school_year"]: r for r in d.of(key, "institution_year")}
        source = "marts.institution_year"
    else:
        rows = _panel_from_marts(d, key)
        source = None
    years = _latest_first(rows)
    metrics = [(col, label, fmt) for col, label, fmt in PANEL_METRICS
               if any(col in rows[y] for y in years) and any(rows[y].get(col) is not None for y in years)]
    return {"years": years, "source": source,
            "rows": [{"label": label, "cells": [_FORMATS[fmt](rows[y].get(col)) for y in years]} for col, label, fmt in metrics]}


def _panel_from_marts(d: SiteData, key: str) -> dict[str, dict]:
    """institution_year's figures from the core marts, by the mart's rules: a year's own figures from
    the institution's report of that year, exam gaps over that year's results (restated results of
    an earlier year count in that year, which gets a column only if it has a report)."""
    years: dict[str, dict] = {r["school_year"]: {} for r in d.of(key, "reports") if r["school_year"]}

    def add(year, col, value):
        if value is not None and year in years:
            years[year][col] = years[year].get(col, 0) + value

    for f in d.of(key, "flows"):
        add(f["school_year"], "learners_start", f["learners_start"])
        add(f["school_year"], "learners_end", f["learners_end"])
    previous_end = None
    for y in sorted(years):
        if "learners_start" in years[y] and "learners_end" in years[y]:
            years[y]["net_change"] = years[y]["learners_end"] - years[y]["learners_start"]
        end = years[y].get("learners_end")
        if end is not None and previous_end is not None:
            years[y]["learners_end_change"] = end - previous_end
        previous_end = end
    for row in d.of(key, "leaving"):
        add(row["school_year"], "leavers", row["learners"])
    goals = defaultdict(list)
    for g in d.of(key, "goals"):
        goals[g["school_year"]].append(g)
    for year, rows in goals.items():
        if year not in years:
            continue
        years[year]["priorities"] = len({g["priority_no"] for g in rows})
        scored = [g for g in rows if g["status_score"] is not None]
        if scored:
            years[year]["priorities_achieved_share"] = sum(g["status"] == "achieved" for g in scored) / len(scored)
    gaps = defaultdict(list)
    for e in d.of(key, "exams"):
        if e["gap_pp"] is not None:
            gaps[e["school_year"]].append(e["gap_pp"])
    for year, values in gaps.items():
        add(year, "exam_gaps", len(values))
        if year in years:
            years[year]["mean_exam_gap_pp"] = round(sum(values) / len(values), 2)
    if "target_follow_through" in d.optional:
        for year in years:
            years[year].update(exam_targets_due=0, exam_targets_met=0)
    for t in d.of(key, "target_follow_through"):
        if t["outcome"] in ("met", "missed"):
            add(t["target_year"], "exam_targets_due", 1)
            add(t["target_year"], "exam_targets_met", 1 if t["outcome"] == "met" else 0)
    for i in d.of(key, "indicators"):
        if i["baseline_met"] is not None:
            add(i["school_year"], "indicators_with_numbers", 1)
            add(i["school_year"], "indicators_met", 1 if i["baseline_met"] else 0)
    return years


def _by_year(rows: list[dict], year_col: str = "school_year") -> list[tuple[str, list[dict]]]:
    grouped = defaultdict(list)
    for row in rows:
        grouped[row[year_col]].append(row)
    return [(year, grouped[year]) for year in _latest_first(grouped)]


def _number_key(text: str | None) -> tuple:
    """'2' before '10'; text that is not a number after the numbers."""
    try:
        return (0, int(text), "")
    except (TypeError, ValueError):
        return (1, 0, text or "")


def _level_order(level: str | None) -> int:
    return list(LEVELS).index(level) if level in LEVELS else len(LEVELS)


def _followed(rows: list[dict], state_col: str, year_col: str, key) -> dict:
    """Rows already followed into the next report (sorted), and per year how many still await it."""
    awaiting = defaultdict(int)
    for row in rows:
        if row[state_col] == "awaiting_report":
            awaiting[row[year_col]] += 1
    return {"rows": sorted((r for r in rows if r[state_col] != "awaiting_report"), key=key),
            "awaiting": [(year, awaiting[year]) for year in _latest_first(awaiting)]}


def _planned(rows: list[dict]) -> list[dict]:
    """Planned priorities, one entry per report and priority (latest report first) with its result rows."""
    grouped: dict[tuple, dict] = {}
    for r in rows:
        entry = grouped.setdefault((r["report_id"], r["planned_for_year"], r["priority_no"]), {**r, "results": []})
        entry["results"].append(r)
    return sorted(grouped.values(), key=lambda p: (_desc(p["report_school_year"]), p["planned_for_year"] or "",
                                                   _number_key(p["priority_no"])))


def _institution_context(d: SiteData, inst: dict) -> dict:
    key = inst["institution_key"]
    codes, labels = _status_series(d)
    cat_labels = {c["category"]: c["label_lv"] for c in d.leaving_categories}
    cat_order = {c["category"]: i for i, c in enumerate(d.leaving_categories)}
    flows = []
    for year, rows in _by_year(d.of(key, "flows")):
        groups = [{"label": f"{r['programme_code'] or ''} {r['programme_name'] or ''}".strip(),
                   "values": [r["learners_start"], r["learners_end"]]} for r in rows]
        flows.append({"year": year, "rows": rows, "svg": _chart(svg.grouped_bars(
            groups, ["Mācību gada sākumā", "Mācību gada beigās"], fmt=lambda v: num(round(v)),
            title=f"Izglītojamie programmās, {year}"))})
    leaving = [{"year": year, "rows": sorted(rows, key=lambda r: cat_order.get(r["category"], 99))}
               for year, rows in _by_year(d.of(key, "leaving"))]
    goals = []
    for year, rows in _by_year(d.of(key, "goals")):
        bars = []
        for rtype in sorted({r["result_type"] for r in rows}, key=lambda t: t or ""):
            sel = [r for r in rows if r["result_type"] == rtype]
            bars.append((RESULT_TYPES.get(rtype, rtype or "–").capitalize() + " rezultāts",
                         [sum(1 for r in sel if (r["status"] if r["status"] in codes else None) == c) for c in codes]))
        goals.append({"year": year, "rows": rows, "svg": _chart(svg.stacked_shares(
            bars, labels, colors=STATUS_COLORS, title=f"Prioritāšu rezultāti, {year}", tip=_tip))})
    return {
        "title": inst["institution_name"], "inst": inst, "kind_label": kind_labels(inst["institution_kind"])[1],
        "kind_plural": kind_labels(inst["institution_kind"])[0][:1].lower() + kind_labels(inst["institution_kind"])[0][1:],
        "depth": 0, "panel": _panel(d, key),
        "exam_charts": _exam_charts_for_institution(d, inst, d.of(key, "exams")),
        "exams": sorted(d.of(key, "exams"), key=lambda e: (_desc(e["school_year"]), list(LEVELS).index(e["exam_level"])
                        if e["exam_level"] in LEVELS else 9, lv_key(d.subjects.get(e["subject"], e["subject"])))),
        "subjects": d.subjects, "flows": flows, "leaving": leaving, "category_labels": cat_labels,
        "goals": goals, "indicators": _by_year(d.of(key, "indicators")),
        "optional": d.optional, "status_labels": {s["status"]: s["label_lv"] for s in d.statuses},
        "leaving_detail": _by_year(d.of(key, "leaving_reasons")),
        "planned": _planned(d.of(key, "planned_priorities")),
        "priority_follow": _followed(d.of(key, "priority_follow_through"), "follow_through", "planned_for_year",
                                     key=lambda p: (_desc(p["planned_for_year"]), _number_key(p["planned_priority_no"]))),
        "target_follow": _followed(d.of(key, "target_follow_through"), "outcome", "target_year",
                                   key=lambda t: (_desc(t["target_year"]), _level_order(t["exam_level"]),
                                                  lv_key(d.subjects.get(t["subject"], t["subject"])))),
        "restated": d.of(key, "dq_restated_facts"),
        "projects": d.of(key, "projects"), "agreements": d.of(key, "agreements"),
        "reports": d.of(key, "reports"), "issues": d.of(key, "issues"),
    }


# ---- writing ---------------------------------------------------------------------------------------
def write_site(db_path: Path, out_dir: Path, *, gate: dict | None, guide: list[dict],
               part: tuple[int, int] = (0, 1), reuse: PageReuse | None = None) -> list[Path]:
    """Writes the pages into out_dir (which must be new or empty); returns the pages written.
    `guide` is parskats.publish.guide.guide_sections(...) for columns.html. `part=(k, n)` writes the
    k-th of n shares (k = 0 .. n-1) so n processes can write one site together: every n-th institution
    from the k-th with the source pages of its reports; the index, data-quality and column pages (and
    the source pages of reports without an institution) belong to share 0. With `reuse`, an institution
    or source page whose key is unchanged is linked from the release in service instead of rendered
    (parskats.publish.reuse; the keys are left in reuse.keys)."""
    k, n = part
    keyed = reuse is not None
    reuse = reuse if keyed else PageReuse()
    d = read_site_data(db_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "sources").mkdir(exist_ok=True)
    written = []

    def put(rel: str, make, key: str | None = None) -> None:
        reuse.put(out_dir, rel, key, make)
        written.append(out_dir / rel)

    institutions = [inst for i, inst in enumerate(d.institutions) if i % n == k]
    ours = {inst["institution_key"] for inst in institutions}
    files = {r["report_id"]: r for r in d.reports
             if r["institution_key"] in ours or (k == 0 and r["institution_key"] not in d.by_institution)}
    digests = source_line_digests(db_path) if keyed else {}
    source_keys = {rid: content_key("source", files[rid], digests[rid]) for rid in files if rid in digests}
    reused = sorted(rid for rid, key in source_keys.items() if reuse.can_reuse(source_page_name(rid), key))
    for rid in reused:
        put(source_page_name(rid), None, source_keys[rid])
    to_render = sorted(set(files) - set(reused))
    if to_render:
        wanted = None if n == 1 and not reused else to_render
        for report_id, lines in source_lines(db_path, report_ids=wanted):
            if report_id not in files:
                continue
            put(source_page_name(report_id),
                functools.partial(render, "source.html", title=f"Avots: {files[report_id]['source_file']}",
                                  report=files[report_id], rows=source_rows(lines), depth=1),
                content_key("source", files[report_id], digests[report_id]) if report_id in digests else None)
    have_sources = d.reports_with_lines & {r["report_id"] for r in d.reports}
    if k == 0:
        put("index.html", lambda: render("index.html", **_index_context(d, gate), have_sources=have_sources))
        put("issues.html", lambda: render(
            "issues.html", title="Datu kvalitāte", gate=_gate_rows(gate), issues=d.issues,
            restated=d.restated if "dq_restated_facts" in d.optional else None, subjects=d.subjects,
            reports=d.reports, names={i["institution_key"]: i["institution_name"] for i in d.institutions},
            depth=0, have_sources=have_sources))
    for inst in institutions:
        context = _institution_context(d, inst)
        # the templates only ask whether a report id of the context has a source page
        key = content_key("institution", context, sorted(strings_in(context) & have_sources)) if keyed else None
        put(institution_page_name(inst["institution_key"]),
            functools.partial(render, "institution.html", **context, have_sources=have_sources), key)
    if k == 0:
        put("columns.html", lambda: render("columns.html", title="Kolonnu apraksts", marts=guide, depth=0,
                                              have_sources=have_sources))
    return written
