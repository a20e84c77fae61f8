"""Write every publication output for a checked build into a release's staging folder.

A release (see parskats.publish.publication) holds parquet/, csv/, parskats.xlsx, COLUMNS.md and site/
(the overview, its institution, data-quality and source pages, columns.html and dbt-docs.html), all
from the same build; publish/ (or $PARSKATS_PUBLISH) shows the release in service through links.
Does not touch the warehouse file and does not switch anything.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from parskats.paths import project_root
from parskats.publish import guide, site
from parskats.publish.exports import export_marts


def publish_dir() -> Path:
    env = os.environ.get("PARSKATS_PUBLISH")
    return Path(os.path.abspath(env)) if env else project_root() / "publish"


def stage_outputs(db_path: Path, staging: Path, *, gate: dict | None, docs_page: Path | None) -> dict:
    """Write everything into the new folder `staging` (a release being made); returns counts."""
    staging.mkdir(parents=True)
    rows = export_marts(db_path, staging)
    docs = guide.mart_docs(project_root() / "models" / "marts" / "_marts__models.yml", db_path)
    (staging / "COLUMNS.md").write_text(guide.to_markdown(docs), encoding="utf-8")
    pages = site.write_site(db_path, staging / "site", gate=gate, guide=guide.guide_sections(docs))
    if docs_page is not None and Path(docs_page).is_file():
        shutil.copyfile(docs_page, staging / "site" / "dbt-docs.html")
    else:
        (staging / "site" / "dbt-docs.html").write_text(
            site.page("dbt dokumentācija", "Šim būvējumam dbt dokumentāciju neizdevās izveidot; skatiet dbt.log."),
            encoding="utf-8")
    return {"marts": len(rows), "rows": sum(rows.values()), "pages": len(pages) + 1}
