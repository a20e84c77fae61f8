"""Run every section extractor over one split document and gather the contract tables for it.

Missing sections are warnings, never crashes; each extractor's rows get the report's id here.
"""
from __future__ import annotations

from loaders import PARSER_VERSION
from loaders.extract.cited_lines import cited_lines
from loaders.extract.indicators import extract_indicators
from loaders.extract.leaving_reasons import extract_leaving_reasons
from loaders.extract.planned_priorities import extract_planned
from loaders.extract.priorities import extract_priorities
from loaders.extract.priority_blocks import PriorityBlock, read_blocks
from loaders.extract.programmes import extract_programmes
from loaders.extract.projects_agreements import extract_agreements, extract_projects
from loaders.extract.prose_exams import extract_prose_exams
from loaders.extract.report_meta import institution_kind, institution_name, school_year
from loaders.issues import Issues
from loaders.model import Document, Line
from loaders.split import SplitDocument
from loaders.subjects import load_subjects
from loaders.templates import SECTION_NAMES

# sections every report of the template has; the others depend on the institution's kind or year
_EXPECTED = ("programmes", "indicators", "priorities", "planned_priorities")
# sections whose percentages are never exam results to read from prose: the table itself, and the
# priorities (plans, targets and the evidence that repeats results stated elsewhere)
_NOT_EXAM_PROSE = ("indicators", "aims", "priorities", "next_priorities", "planned_priorities")


def _read_once():
    """read_blocks that reads each section's lines once a report: the priorities and the planned
    priorities both read section 2's blocks (next year's may follow the evaluated ones), and the
    planned priorities read their own section's twice. The blocks are not changed by either reader."""
    read: dict[int, tuple[list[Line], list[PriorityBlock]]] = {}

    def blocks_of(lines: list[Line]) -> list[PriorityBlock]:
        kept = read.get(id(lines))
        if kept is None or kept[0] is not lines:
            kept = read[id(lines)] = (lines, read_blocks(lines))
        return kept[1]
    return blocks_of


def report_id_of(doc: Document) -> str:
    return "r" + doc.sha256[:15]


def extract_report(doc: Document, split: SplitDocument) -> dict[str, list[dict]]:
    issues = Issues()
    for key in _EXPECTED:
        if split.get(key) is None and not (key == "planned_priorities" and split.get("next_priorities")):
            issues.warn(SECTION_NAMES[key], "section_missing",
                        f"Section {SECTION_NAMES[key]} ({key.replace('_', ' ')}) was not found in the report.")
    year = school_year(split)
    if year is None:
        issues.error("report", "school_year_missing", "The school year the report evaluates could not be found.")
    tables: dict[str, list[dict]] = {}

    def run(key: str, extract, *args):
        """Run one section's extractor; a failure is an error-level parse issue, not a lost report."""
        section = split.get(key)
        if section is None:
            return None
        try:
            return extract(section, *args)
        except Exception as exc:  # noqa: BLE001 - any bug in one extractor must not lose the others
            issues.error(SECTION_NAMES[key], "extractor_failed",
                         f"Section {section.number} could not be extracted ({type(exc).__name__}: {exc}); "
                         "its facts are missing from this report.", section.heading)
            return None

    tables["programmes"] = run("programmes", lambda s: extract_programmes(s.lines, issues)) or []
    tables["leaving_reasons"] = run("leaving_reasons", lambda s: extract_leaving_reasons(s.lines, issues)) or []
    tables["indicators"], tables["exam_results"] = run(
        "indicators", lambda s: extract_indicators(s.lines, s.number, year, load_subjects(), issues)) or ([], [])
    if not tables["exam_results"]:  # older templates state exam results in prose
        prose = [section.lines for key, section in split.sections.items() if key not in _NOT_EXAM_PROSE]
        tables["exam_results"] = extract_prose_exams(prose, year, load_subjects(), issues)
    blocks_of = _read_once()
    tables["priorities"] = run("priorities", lambda s: extract_priorities(s.lines, issues, blocks_of)) or []
    planned_from = next((k for k in ("planned_priorities", "next_priorities", "priorities") if split.get(k)), None)
    tables["planned_priorities"] = (run(planned_from, lambda s: extract_planned(split, year, issues, blocks_of))
                                    if planned_from else None) or []
    tables["projects"] = run("projects", lambda s: extract_projects(s.lines)) or []
    tables["agreements"] = run("agreements", lambda s: extract_agreements(s.lines)) or []

    name = institution_name(split)
    if name is None:
        issues.warn("report", "institution_name_missing", "The institution's name could not be found.")
    report_id = report_id_of(doc)
    tables["reports"] = [{
        "report_id": report_id, "source_file": doc.source_file, "source_sha256": doc.sha256,
        "source_format": doc.source_format, "institution_name": name,
        "institution_kind": institution_kind(name, tables["programmes"], split),
        "school_year": year, "parser_version": PARSER_VERSION,
    }]
    tables["parse_issues"] = issues.rows
    tables["source_lines"] = cited_lines(doc.lines, tables)
    for rows in tables.values():
        for row in rows:
            row["report_id"] = report_id
    return tables
