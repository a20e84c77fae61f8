"""`parskats publish`: put a build that passed the check into service, with its exports and overview.

Order, so that a crash at any point leaves a consistent publication: generate the dbt docs page and
stage every output (exports, column guide, HTML overview) from the build, then os.replace the build
over the published warehouse (same folder: atomic; readers holding the old file keep a consistent old
snapshot, new connections see the new build), then swap the staged outputs in. Refuses a build
without a matching check marker. Does not build or check.
"""
from __future__ import annotations

import os
from pathlib import Path

from parskats.run.check import passed_check, read_gate_summary
from parskats.run.locations import check_marker, gate_summary_path
from parskats.run.pause import pause_point


class NotChecked(RuntimeError):
    pass


def publish(build_path: Path, published: Path, *, outputs_to: Path | None = None,
            log=None) -> dict:
    """Returns {"warehouse": path, "outputs": path or None, "counts": {...}}."""
    build_path, published = Path(build_path).resolve(), Path(published).resolve()
    if not passed_check(build_path):
        raise NotChecked(f"{build_path} has not passed `parskats check`; nothing published")
    say = log or (lambda text: None)
    staging = counts = None
    if outputs_to is not None:
        from parskats.publish.outputs import stage_outputs
        from parskats.publish.docs import generate_static_docs

        docs_page = generate_static_docs(build_path, published)
        if docs_page is None:
            say("publish: dbt docs generate failed; the overview links a placeholder (see the warehouse's dbt.log)")
        staging, counts = stage_outputs(build_path, Path(outputs_to), gate=read_gate_summary(build_path),
                                        docs_page=docs_page)
    pause_point("publish:before-swap")
    published.parent.mkdir(parents=True, exist_ok=True)
    os.replace(build_path, published)
    check_marker(build_path).unlink(missing_ok=True)
    gate_summary_path(build_path).unlink(missing_ok=True)
    pause_point("publish:after-warehouse")
    if staging is not None:
        from parskats.publish.outputs import swap_outputs

        swap_outputs(staging, Path(outputs_to))
    return {"warehouse": published, "outputs": Path(outputs_to) if outputs_to else None, "counts": counts or {}}


def discard(build_path: Path) -> None:
    """Remove a build that will not be published (and its marker and gate summary)."""
    build_path = Path(build_path)
    for p in (build_path, build_path.with_name(build_path.name + ".wal"), check_marker(build_path),
              gate_summary_path(build_path)):
        p.unlink(missing_ok=True)
