"""The dbt docs site as one static HTML page: `dbt docs generate --static` against a build file.

Writes static_index.html into the warehouse's dbt target folder (manifest and catalog embedded in the page) and returns
its path, or None when dbt fails (the overview then says the docs are missing; publication is not blocked). Does
not copy the page anywhere; parskats.publish.outputs does.
"""
from __future__ import annotations

from pathlib import Path

from parskats.run.build import run_dbt
from parskats.run.locations import dbt_target_dir


def generate_static_docs(db_path: Path, published: Path) -> Path | None:
    res = run_dbt(["docs", "generate", "--static", "--quiet"], db_path, published)
    page = dbt_target_dir(published) / "static_index.html"
    return page if res.success and page.is_file() else None
