"""The dbt docs site as one static HTML page: `dbt docs generate --static` against a build file.

Writes static_index.html into the warehouse's dbt target folder (manifest and catalog embedded in the
page) and returns its path, or None when dbt fails (the overview then says the docs are missing;
publication is not blocked). It runs after the build with `--no-compile`: the manifest the build wrote
holds every model's and test's compiled SQL (an analysis, never built, shows its SQL as written).
The page describes the dbt project: its models, columns, tests and the column types of the catalog,
none of which depend on the ingested rows (two builds of different reports give pages that differ
only in their generation time and invocation id). So the page is made again only when the project
or the dbt/DuckDB versions changed since it was made for this warehouse
(parskats.run.cache.project_fingerprint, recorded beside the state's other records with the page's
sha256); otherwise the page from then is returned, and the docs say when they were generated. Does
not copy the page anywhere; parskats.publish.outputs does.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from parskats.run.build import run_dbt
from parskats.run.locations import dbt_target_dir, state_dir

DOCS_RECORD = "docs_page.json"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _made_for(db_path: Path) -> dict:
    from parskats.run.cache import project_fingerprint

    return {"project": project_fingerprint(), "build": str(Path(db_path).resolve())}


def cached_static_docs(db_path: Path, published: Path) -> Path | None:
    """The page made for this project and build path before, unchanged since; None when it must be made."""
    from parskats.run.cache import read_json

    page = dbt_target_dir(published) / "static_index.html"
    last = read_json(state_dir(published) / DOCS_RECORD) or {}
    made_for = _made_for(db_path)
    if page.is_file() and {k: last.get(k) for k in made_for} == made_for and last.get("sha256") == _sha256(page):
        return page
    return None


def generate_static_docs(db_path: Path, published: Path) -> Path | None:
    """The cached page, else `dbt docs generate --static` (dbt opens the build file for writing)."""
    from parskats.run.cache import write_json_atomic

    page = cached_static_docs(db_path, published)
    if page is not None:
        return page
    page = dbt_target_dir(published) / "static_index.html"
    record = state_dir(published) / DOCS_RECORD
    record.unlink(missing_ok=True)
    # --no-compile: the page embeds the target's manifest.json, which the build of this very file wrote
    # with every built node's compiled SQL; compiling all nodes again cost ~3 s of CPU at 1,000 reports
    res = run_dbt(["docs", "generate", "--static", "--no-compile", "--quiet"], db_path, published)
    if not (res.success and page.is_file()):
        return None
    write_json_atomic(record, {**_made_for(db_path), "sha256": _sha256(page)})
    return page
