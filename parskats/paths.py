"""Where the project's files are: the project root, bundled reports, seeds, the published warehouse.

The root is the folder holding dbt_project.yml (the loaders are installed editable from it);
PARSKATS_HOME overrides it and PARSKATS_WAREHOUSE overrides the published warehouse path.
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
    return Path(env).resolve() if env else project_root() / "warehouse" / "parskats.duckdb"
