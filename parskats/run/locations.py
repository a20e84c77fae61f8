"""Where a build goes: the fresh database file beside the published warehouse, and its check marker.

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


def gate_summary_path(build: Path) -> Path:
    """The gate's outcome as JSON, written by `parskats check` beside the build."""
    return build.with_name(build.name + ".gate.json")


def state_dir(published: Path | None = None) -> Path:
    """Caches and the last publication's record, beside the published warehouse."""
    published = published or published_warehouse()
    return published.parent / ".parskats-state"
