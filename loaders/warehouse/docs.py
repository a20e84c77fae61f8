"""The dbt docs site as one static HTML page: `dbt docs generate --static` against a build file.

Writes target/static_index.html (manifest and catalog embedded in the page) and returns its path, or
None when dbt fails (the overview then says the docs are missing; publication is not blocked). Does
not copy the page anywhere; loaders.publish.outputs does.
"""
from __future__ import annotations

import os
from pathlib import Path

from loaders.paths import project_root
from loaders.warehouse.build import _release_duckdb


def generate_static_docs(db_path: Path) -> Path | None:
    from dbt.cli.main import dbtRunner

    root = project_root()
    args = ["docs", "generate", "--static", "--quiet", "--project-dir", str(root), "--profiles-dir", str(root),
            "--target-path", str(root / "target"), "--log-path", str(root / "logs")]
    previous = os.environ.get("PARSKATS_BUILD_DB")
    os.environ["PARSKATS_BUILD_DB"] = str(Path(db_path).resolve())
    try:
        res = dbtRunner().invoke(args)
    finally:
        if previous is None:
            os.environ.pop("PARSKATS_BUILD_DB", None)
        else:
            os.environ["PARSKATS_BUILD_DB"] = previous
        _release_duckdb()
    page = root / "target" / "static_index.html"
    return page if res.success and page.is_file() else None
