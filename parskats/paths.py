"""Where the project's files are: the project root, bundled reports, seeds, the published warehouse.

The root is the folder holding dbt_project.yml (the loaders are installed editable from it);
PARSKATS_HOME overrides it and PARSKATS_WAREHOUSE overrides the published warehouse path. The
warehouse path is made absolute but not resolved: it is a link into the current publication, and
the link itself is the path (its state folder and lock sit beside it).
"""
from __future__ import annotations

import os
from pathlib import Path

from loaders.reference import project_root, reference_dir

__all__ = ["project_root", "reference_dir", "bundled_reports", "published_warehouse"]


def bundled_reports() -> Path:
    return project_root() / "reports"


def published_warehouse() -> Path:
    env = os.environ.get("PARSKATS_WAREHOUSE")
    return Path(os.path.abspath(env)) if env else project_root() / "warehouse" / "parskats.duckdb"
