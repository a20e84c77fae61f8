"""Write every publication output for a checked build into a release's staging folder.

A release (see parskats.publish.publication) holds parquet/, csv/, parskats.xlsx, COLUMNS.md and site/
(the overview, its institution, data-quality and source pages, columns.html and dbt-docs.html), all
from the same build; publish/ (or $PARSKATS_PUBLISH) shows the release in service through links.
The exports and shares of the overview's pages are written at the same time by forked child
processes (parskats.run.forked): the workbook, the Parquet and CSV files, and one share of the pages
per core besides this one's share (every output reads the build read-only; all are Python-bound, so
threads would not help). A child's failure is raised here (an OSError as an OSError,
so a full disk stays one clear line). An overview page whose inputs are unchanged since the release in
service is linked from it rather than rendered (parskats.publish.reuse). Does not touch the warehouse
file and does not switch anything.
"""
from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path

from parskats.paths import project_root
from parskats.publish import guide, site
from parskats.publish.exports import export_marts, export_workbook
from parskats.publish.reuse import PageReuse


def publish_dir() -> Path:
    env = os.environ.get("PARSKATS_PUBLISH")
    return Path(os.path.abspath(env)) if env else project_root() / "publish"


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _answer(conn, func, *args) -> None:
    """In a child: run func and send back ("ok", result), ("oserror", errno, strerror, filename) or
    ("error", text)."""
    try:
        answer = ("ok", func(*args))
    except OSError as exc:
        answer = ("oserror", exc.errno, exc.strerror, exc.filename)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises it
        answer = ("error", f"{type(exc).__name__}: {exc}")
    conn.send(answer)


def _site_share(out_dir: Path, db_path: Path, gate, guide_sections, part, reuse: PageReuse) -> tuple[int, dict, int]:
    """One share of the pages: (pages written, their keys, how many were linked from the release in service)."""
    pages = len(site.write_site(db_path, out_dir, gate=gate, guide=guide_sections, part=part, reuse=reuse))
    return pages, reuse.keys, reuse.reused


class _Children:
    """The forked writers of one staging: start(name, func, *args); result(name) waits for its answer."""

    def __init__(self):
        self._running: dict[str, tuple] = {}

    def start(self, name: str, func, *args) -> None:
        from parskats.run import forked

        self._running[name] = forked.start(_answer, func, *args, name=f"parskats-{name}")

    def result(self, name: str):
        process, conn = self._running.pop(name)
        try:
            answer = conn.recv()
        except (EOFError, OSError):
            answer = ("error", f"the {name} writer stopped without an answer (exit code {process.exitcode})")
        process.join()
        conn.close()
        if answer[0] == "ok":
            return answer[1]
        if answer[0] == "oserror":
            raise OSError(answer[1], answer[2], answer[3])
        raise RuntimeError(f"{name}: {answer[1]}")

    def kill_all(self) -> None:
        for process, conn in self._running.values():
            process.kill()
            process.join()
            conn.close()
        self._running.clear()


def stage_outputs(db_path: Path, staging: Path, *, gate: dict | None, docs_page, jobs: int | None = None,
                  reuse: PageReuse | None = None) -> dict:
    """Write everything into the new folder `staging` (a release being made); returns counts, and the
    overview pages' keys under "page_keys" (parskats.publish.reuse). `docs_page` is the dbt docs page's
    path, None, or a function making it, called here while the children write (it must not need
    `db_path`). `reuse`: the pages of the release in service, linked where unchanged."""
    reuse = reuse if reuse is not None else PageReuse()
    staging.mkdir(parents=True)
    docs = guide.mart_docs(project_root() / "models" / "marts" / "_marts__models.yml", db_path)
    (staging / "COLUMNS.md").write_text(guide.to_markdown(docs), encoding="utf-8")
    sections = guide.guide_sections(docs)
    from parskats.run.forked import can_fork

    shares = max(1, jobs or _cores()) if can_fork() else 1
    site.load_templates()  # compiled once here, not again in every writer
    if shares == 1:  # one core, or threads running here (a test calling publish in-process): no children
        docs_page = docs_page() if callable(docs_page) else docs_page
        rows = export_marts(db_path, staging)
        shares_done = [_site_share(staging / "site", db_path, gate, sections, (0, 1), reuse)]
    else:
        children = _Children()
        try:
            children.start("workbook", export_workbook, db_path, staging)
            children.start("exports", functools.partial(export_marts, workbook=False), db_path, staging)
            for k in range(1, shares):
                children.start(f"site-{k}", _site_share, staging / "site", db_path, gate, sections, (k, shares), reuse)
            docs_page = docs_page() if callable(docs_page) else docs_page
            shares_done = [_site_share(staging / "site", db_path, gate, sections, (0, shares), reuse)]
            shares_done += [children.result(f"site-{k}") for k in range(1, shares)]
            rows = children.result("exports")
            children.result("workbook")
        finally:
            children.kill_all()
    if docs_page is not None and Path(docs_page).is_file():
        shutil.copyfile(docs_page, staging / "site" / "dbt-docs.html")
    else:
        (staging / "site" / "dbt-docs.html").write_text(
            site.page("dbt dokumentācija", "Šim būvējumam dbt dokumentāciju neizdevās izveidot; skatiet dbt.log."),
            encoding="utf-8")
    pages = sum(done[0] for done in shares_done)
    page_keys = {rel: key for done in shares_done for rel, key in done[1].items()}
    return {"marts": len(rows), "rows": sum(rows.values()), "pages": pages + 1,
            "pages_reused": sum(done[2] for done in shares_done), "page_keys": page_keys}
