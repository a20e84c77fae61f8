"""Where a run's files go: the fresh build beside the published warehouse, its check marker, and the
warehouse's own state folder (tables, caches, dbt target and logs).

The fresh file sits in the published file's folder so that os.replace can swap it in atomically
(same filesystem). Nothing here creates, deletes or moves files.
"""
from __future__ import annotations

from pathlib import Path

from parskats.paths import published_warehouse


def fresh_build_path(published: Path | None = None) -> Path:
    published = published or published_warehouse()
    return published.with_name(f"{published.stem}.build{published.suffix or '.duckdb'}")


def check_marker(build: Path) -> Path:
    """The file `parskats check` writes next to a build it passed; publish requires it."""
    return build.with_name(build.name + ".passed")


def snapshot_path(build: Path) -> Path:
    """A copy of the build the publication's writers read while dbt holds the build open to make the
    docs page (parskats.publish.publication); removed when publishing ends."""
    return build.with_name(build.name + ".snapshot")


def gate_summary_path(build: Path) -> Path:
    """The gate's outcome as JSON, written by `parskats check` beside the build."""
    return build.with_name(build.name + ".gate.json")


def state_dir(published: Path | None = None) -> Path:
    """Everything a run for this warehouse writes besides the warehouse and its outputs, in one folder
    of its own beside it (`warehouse/.parskats.state/` for `warehouse/parskats.duckdb`): the ingested
    tables, the report cache, the last publication's record, dbt's target/ and logs, the run log. Two
    warehouses never share one, so runs for different warehouses never touch each other's files."""
    published = Path(published or published_warehouse())
    return published.parent / f".{published.stem}.state"


def tables_dir(published: Path | None = None) -> Path:
    """The contract tables the run's ingest writes and the build reads (PARSKATS_TABLES for dbt)."""
    return state_dir(published) / "tables"


def dbt_target_dir(published: Path | None = None) -> Path:
    return state_dir(published) / "target"


def log_dir(published: Path | None = None) -> Path:
    """dbt.log and parskats.log (one line per step of every run)."""
    return state_dir(published) / "logs"
