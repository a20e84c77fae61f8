"""Where the project's files are: the project root, bundled reports, seeds, the published warehouse.

The root is the folder holding dbt_project.yml (the loaders are installed editable from it);
PARSKATS_HOME overrides it and PARSKATS_WAREHOUSE overrides the published warehouse path.
"""
from __future__ import annotations

import os
from pathlib import Path


def project_root() -> Path:
    env = os.environ.get("PARSKATS_HOME")
    return Path(env).resolve() if env else Path(__file__).resolve().parents[1]


def bundled_reports() -> Path:
    return project_root() / "reports"


def reference_seeds() -> Path:
    return project_root() / "seeds" / "reference"


def report_seeds() -> Path:
    return project_root() / "seeds" / "reports"


def published_warehouse() -> Path:
    env = os.environ.get("PARSKATS_WAREHOUSE")
    return Path(env).resolve() if env else project_root() / "warehouse" / "parskats.duckdb"
