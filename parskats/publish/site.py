"""The static HTML overview (publish/site/): an index for all institutions, one page per institution,
a copy of each source report's text with an anchor per line, and the column guide.

Pages are plain HTML with inline CSS and inline SVG charts; a Content-Security-Policy forbids any
script or request, so they open offline from disk. Subject names (dim_subjects.name_lv) and priority
statuses are in Latvian, everything else in English. Reads the build file read-only; it does not
export data or copy dbt docs (parskats.publish.outputs does).
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from parskats.publish import svg

STATUS_LV = {"achieved": "Sasniegts", "partially_achieved": "Daļēji sasniegts", "not_achieved": "Nav sasniegts"}
STATUS_ORDER = ("achieved", "partially_achieved", "not_achieved")
STATUS_COLORS = ("#2ca02c", "#f0ad4e", "#d62728", "#999999")
LEVELS = {"grade9": "Grade 9 exams", "optimal": "Secondary exams, optimal level", "advanced": "Secondary exams, advanced level"}
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
STYLE = """body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1000px;color:#222;padding:0 1em}
table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:14px}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3}nav a{margin-right:1em}.ok{color:#2a7a2a}.warn{color:#b26b00}.fail{color:#c00;font-weight:bold}
tr:target{background:#ffe08a}pre{background:#f6f6f6;padding:.5em;overflow:auto}.muted{color:#777}svg.chart{display:block;margin:.5em 0 1.5em}
td.ref{font-family:monospace;white-space:nowrap}"""


def page(title: str, body: str, *, depth: int = 0) -> str:
    up = "../" * depth
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>"
            f'<nav><a href="{up}index.html">Overview</a><a href="{up}columns.html">Column guide</a>'
            f'<a href="{up}dbt-docs.html">dbt docs</a></nav><h1>{escape(title)}</h1>{body}</body></html>\n')


def institution_page_name(key: str) -> str:
    return f"institution-{key[:12]}.html"


def source_page_name(report_id: str) -> str:
    return f"sources/{report_id}.html"


def anchor(ref: str) -> str:
    """`L120-L134` -> `L120`; `p3:L12-L20` -> `p3-L12`; `t2:r4` -> `t2-r4` (the first line of a span)."""
    return (ref or "").split("-")[0].replace(":", "-")


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _e(v) -> str:
    if v is None:
        return '<span class="muted">–</span>'
    if isinstance(v, float):
        return f"{v:g}"
    return escape(str(v))


class SiteData:
    """The rows the pages need, read once from the build file."""

    def __init__(self, db_path: Path):
        import duckdb

        con = duckdb.connect(str(db_path), read_only=True)
        try:
            q = lambda sql, *p: con.execute(sql, list(p)).fetchall()  # noqa: E731
            self.institutions = q("select institution_key, institution_name, institution_kind, reports, last_school_year "
                                  "from marts.dim_institutions order by institution_name")
            self.subjects = dict(q("select subject, name_lv from marts.dim_subjects"))
            self.exams = q("""select institution_key, institution_name, school_year, exam_level, subject, school_pct,
                                     coalesce(national_pct, national_pct_reference), gap_pp, report_id, source_ref
                              from marts.exam_vs_national order by school_year, exam_level, subject""")
            self.flows = q("""select institution_key, school_year, programme_code, programme_name, learners_start,
                                     learners_end, net_change, change_pct, education_level, report_id, source_ref
                              from marts.enrolment_flows order by institution_key, school_year, row_no""")
            self.goals = q("""select institution_key, school_year, priority_no, area, title, result_type, status,
                                     report_id, source_ref
                              from marts.goal_attainment order by institution_key, school_year, priority_no, result_type""")
            self.reports = q("""select r.report_id, r.source_file, r.school_year, i.institution_key, i.institution_name
                                from raw.reports r left join marts.dim_institutions i
                                  on i.latest_report_id = r.report_id or i.institution_name = r.institution_name
                                order by r.source_file""")
            self.issues = q("""select p.report_id, p.source_ref, p.section, p.severity, p.code, p.message, r.source_file
                               from raw.parse_issues p left join raw.reports r using (report_id)
                               order by r.source_file, p.section, p.source_ref""")
            self.source_lines: dict[str, list[tuple[str, str]]] = {}
            for report_id, ref, text in q("select report_id, ref, text from raw.source_lines order by report_id, seq"):
                self.source_lines.setdefault(report_id, []).append((ref, text))
        finally:
            con.close()
        self.report_institution = {r[0]: r[3] for r in self.reports}


def _ref_link(report_id: str, ref: str, have_sources: set[str], depth: int = 0) -> str:
    if not ref:
        return ""
    if report_id in have_sources:
        return f'<a href="{"../" * depth}{source_page_name(report_id)}#{escape(anchor(ref))}">{escape(ref)}</a>'
    return escape(ref)


def _exam_section(d: SiteData, rows, institution_names: list[str] | None) -> str:
    """Charts per school year and exam level: subjects (Latvian names) x (institutions…, national)."""
    out = []
    for year in sorted({r[2] for r in rows}):
        for level in LEVELS:
            sel = [r for r in rows if r[2] == year and r[3] == level]
            if not sel:
                continue
            names = institution_names or sorted({r[1] for r in sel})
            series = (["School %"] if institution_names else names) + ["National average %"]
            groups = []
            for subject in sorted({r[4] for r in sel}, key=lambda s: d.subjects.get(s, s)):
                values = []
                for name in names:
                    hit = [r for r in sel if r[4] == subject and r[1] == name]
                    values.append(hit[0][5] if hit else None)
                nat = [r[6] for r in sel if r[4] == subject and r[6] is not None]
                values.append(nat[0] if nat else None)
                groups.append((d.subjects.get(subject, subject), values))
            title = f"{LEVELS[level]}, {year}"
            out.append(f"<h3>{escape(title)}</h3>" + svg.grouped_bars(groups, series, max_value=100, unit="%", title=title))
    return "".join(out) or '<p class="muted">No state exam results in these reports.</p>'


def _goal_counts(rows) -> list[float]:
    return [sum(1 for r in rows if r[6] == s) for s in STATUS_ORDER] + [sum(1 for r in rows if r[6] not in STATUS_ORDER)]


def _issues_table(d: SiteData, issues, have_sources: set[str], depth: int) -> str:
    if not issues:
        return '<p class="ok">No parse issues.</p>'
    return _table(["report", "section", "severity", "code", "message", "source lines"],
                  [[_e(i[6]), _e(i[2]), f'<span class="{"fail" if i[3] == "error" else "warn"}">{_e(i[3])}</span>',
                    _e(i[4]), _e(i[5]), _ref_link(i[0], i[1], have_sources, depth)] for i in issues])


def _gate_section(gate: dict | None) -> str:
    if not gate:
        return '<p class="muted">No gate summary was recorded for this build.</p>'
    rows = []
    for s in gate["suites"]:
        crit = sum(f["severity"] == "critical" for f in s["failures"])
        state, cls = ("FAIL", "fail") if crit else (("WARN", "warn") if s["failures"] else ("ok", "ok"))
        detail = "<br>".join(escape(f"{f['severity']}: {f['expectation']} {f['column']} ({f['unexpected_count']} unexpected)")
                             for f in s["failures"])
        rows.append([f'<span class="{cls}">{state}</span>', _e(s["name"]), _e(s["rows"]),
                     f"{s['evaluated'] - len(s['failures'])}/{s['evaluated']}", detail])
    head = (f"<p>Gate <b>{'PASSED' if gate['passed'] else 'FAILED'}</b>: {gate['checks']} checks, "
            f"{gate['critical']} critical failures, {gate['warnings']} warnings.</p>")
    return head + _table(["state", "suite", "rows", "passed", "failures"], rows)


def _index(d: SiteData, gate: dict | None, have_sources: set[str]) -> str:
    inst_rows = [[f'<a href="{institution_page_name(k)}">{_e(n)}</a>', _e(kind), _e(reps), _e(last)]
                 for k, n, kind, reps, last in d.institutions]
    names = {k: n for k, n, *_ in d.institutions}
    flows = [(names.get(k, k), [sum(f[4] or 0 for f in d.flows if f[0] == k), sum(f[5] or 0 for f in d.flows if f[0] == k)])
             for k in names if any(f[0] == k for f in d.flows)]
    goals = [(names.get(k, k), _goal_counts([g for g in d.goals if g[0] == k])) for k in names if any(g[0] == k for g in d.goals)]
    body = [f"<p>{len(d.institutions)} institutions, {len(d.reports)} reports. Downloads: "
            f'<a href="../csv/">CSV</a>, <a href="../parquet/">Parquet</a>, <a href="../COLUMNS.md">column guide (Markdown)</a>.</p>',
            "<h2>Institutions</h2>", _table(["institution", "kind", "reports", "latest year"], inst_rows),
            "<h2>Exam results against national averages</h2>", _exam_section(d, d.exams, None),
            "<h2>Enrolment: learners at the start and end of the year</h2>",
            svg.grouped_bars(flows, ["Start of year", "End of year"], title="Learners per institution") if flows
            else '<p class="muted">No programme rows.</p>',
            "<h2>Priorities' attainment</h2>",
            svg.stacked_shares(goals, [STATUS_LV[s] for s in STATUS_ORDER] + ["(no status)"], colors=STATUS_COLORS,
                               title="Priority results by status") if goals else '<p class="muted">No priorities.</p>',
            "<h2>Data quality</h2><h3>Checks</h3>", _gate_section(gate),
            "<h3>Parse issues</h3>", _issues_table(d, d.issues, have_sources, 0),
            "<h3>Source reports</h3>",
            _table(["file", "year", "institution"],
                   [[f'<a href="{source_page_name(r[0])}">{_e(r[1])}</a>' if r[0] in have_sources else _e(r[1]), _e(r[2]), _e(r[4])]
                    for r in d.reports])]
    return page("parskats: self-assessment reports overview", "".join(body))


def _institution(d: SiteData, key: str, name: str, have_sources: set[str]) -> str:
    exams = [r for r in d.exams if r[0] == key]
    flows = [f for f in d.flows if f[0] == key]
    goals = [g for g in d.goals if g[0] == key]
    report_ids = {r[0] for r in d.reports if r[3] == key}
    body = ["<h2>Exam results against national averages</h2>", _exam_section(d, exams, [name])]
    if exams:
        body.append(_table(["year", "level", "subject", "school %", "national %", "gap (points)", "source"],
                           [[_e(r[2]), _e(r[3]), _e(d.subjects.get(r[4], r[4])), _e(r[5]), _e(r[6]), _e(r[7]),
                             _ref_link(r[8], r[9], have_sources)] for r in exams]))
    body.append("<h2>Enrolment flows per programme</h2>")
    for year in sorted({f[1] for f in flows}):
        sel = [f for f in flows if f[1] == year]
        groups = [(f"{f[2] or ''} {(f[3] or '')[:28]}".strip(), [f[4], f[5]]) for f in sel]
        body.append(f"<h3>{escape(year)}</h3>" + svg.grouped_bars(groups, ["Start of year", "End of year"],
                                                                   label_width=300, title=f"Learners per programme {year}"))
        body.append(_table(["code", "programme", "start", "end", "net change", "change %", "level", "source"],
                           [[_e(f[2]), _e(f[3]), _e(f[4]), _e(f[5]), _e(f[6]), _e(f[7]), _e(f[8]),
                             _ref_link(f[9], f[10], have_sources)] for f in sel]))
    if not flows:
        body.append('<p class="muted">No programme rows.</p>')
    body.append("<h2>Priorities' attainment</h2>")
    if goals:
        by_type = [(t, _goal_counts([g for g in goals if g[5] == t])) for t in sorted({g[5] for g in goals})]
        body.append(svg.stacked_shares(by_type, [STATUS_LV[s] for s in STATUS_ORDER] + ["(no status)"],
                                       colors=STATUS_COLORS, title="Priority results by status"))
        body.append(_table(["year", "no.", "area", "priority", "result type", "status", "source"],
                           [[_e(g[1]), _e(g[2]), _e(g[3]), _e(g[4]), _e(g[5]), _e(STATUS_LV.get(g[6], g[6])),
                             _ref_link(g[7], g[8], have_sources)] for g in goals]))
    else:
        body.append('<p class="muted">No priorities.</p>')
    body += ["<h2>Data quality: parse issues</h2>",
             _issues_table(d, [i for i in d.issues if i[0] in report_ids], have_sources, 0)]
    return page(name, "".join(body))


def _source(report_id: str, source_file: str, lines) -> str:
    rows, seen = [], set()
    for ref, text in lines:
        a = anchor(ref)
        attr = f' id="{escape(a)}"' if a not in seen else ""
        seen.add(a)
        rows.append(f'<tr{attr}><td class="ref"><a href="#{escape(a)}">{escape(ref)}</a></td><td>{escape(text)}</td></tr>')
    body = (f"<p>The lines of <code>{escape(source_file)}</code> that the published facts cite, as the loaders "
            f"read them (report {escape(report_id)}), one row per line with its source reference.</p>"
            f"<table>{''.join(rows)}</table>")
    return page(f"Source: {source_file}", body, depth=1)


def write_site(db_path: Path, out_dir: Path, *, gate: dict | None, guide_html: str) -> list[Path]:
    """Writes the pages into out_dir (which must be new or empty); returns the pages written."""
    d = SiteData(db_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "sources").mkdir(exist_ok=True)
    written = []

    def put(rel: str, text: str) -> None:
        p = out_dir / rel
        p.write_text(text, encoding="utf-8")
        written.append(p)

    have_sources = set()
    for report_id, source_file, *_ in d.reports:
        lines = d.source_lines.get(report_id)
        if lines:
            put(source_page_name(report_id), _source(report_id, source_file, lines))
            have_sources.add(report_id)
    put("index.html", _index(d, gate, have_sources))
    for key, name, *_ in d.institutions:
        put(institution_page_name(key), _institution(d, key, name, have_sources))
    put("columns.html", page("Column guide", guide_html))
    return written
