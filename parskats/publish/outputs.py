"""Write every publication output for a checked build into a staging folder, then swap it in.

publish/ (or $PARSKATS_PUBLISH) ends up holding parquet/, csv/, parskats.xlsx, COLUMNS.md and site/
(the overview, its institution, data-quality and source pages, columns.html and dbt-docs.html), all
from the same build. Staging lives inside the
publish folder (same filesystem) so the swap is a rename. Does not touch the warehouse file.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from parskats.paths import project_root
from parskats.publish import guide, site
from parskats.publish.exports import export_marts
from parskats.publish.swap import clean_leftovers, swap_in


def publish_dir() -> Path:
    env = os.environ.get("PARSKATS_PUBLISH")
    return Path(env).resolve() if env else project_root() / "publish"


def stage_outputs(db_path: Path, target: Path, *, gate: dict | None,
                  docs_page: Path | None) -> tuple[Path, dict]:
    """Write everything into a new staging folder inside `target`; returns (staging, counts)."""
    target.mkdir(parents=True, exist_ok=True)
    clean_leftovers(target)
    staging = target / f".staging-{os.getpid()}"
    staging.mkdir()
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
    return staging, {"marts": len(rows), "rows": sum(rows.values()), "pages": len(pages) + 1}


def swap_outputs(staging: Path, target: Path) -> None:
    swap_in(staging, target)
