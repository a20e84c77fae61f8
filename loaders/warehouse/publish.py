"""`parskats publish`: atomically replace the published warehouse with a build that passed the check.

Uses os.replace (same folder, so the swap is atomic): readers see the old file or the new one, never
half a build. Refuses a build without a matching check marker. Does not build, check or export.
"""
from __future__ import annotations

import os
from pathlib import Path

from loaders.warehouse.check import passed_check
from loaders.warehouse.locations import check_marker


class NotChecked(RuntimeError):
    pass


def publish(build_path: Path, published: Path) -> Path:
    build_path, published = Path(build_path).resolve(), Path(published).resolve()
    if not passed_check(build_path):
        raise NotChecked(f"{build_path} has not passed `parskats check`; nothing published")
    published.parent.mkdir(parents=True, exist_ok=True)
    os.replace(build_path, published)
    check_marker(build_path).unlink(missing_ok=True)
    return published


def discard(build_path: Path) -> None:
    """Remove a build that will not be published (and its marker)."""
    build_path = Path(build_path)
    for p in (build_path, build_path.with_name(build_path.name + ".wal"), check_marker(build_path)):
        p.unlink(missing_ok=True)
