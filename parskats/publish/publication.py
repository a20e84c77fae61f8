"""`parskats publish`: put a build that passed the check into service, with its exports and overview,
as one unit.

A publication is a release folder, `<publish>/releases/<id>/`, holding the warehouse file
(`parskats.duckdb`) and every output made from it (exports, column guide, HTML overview, dbt docs).
It is written aside as `releases/.staging-<id>/`, renamed complete, and put in service by switching
the one pointer `<publish>/current` (parskats.publish.swap). The paths people use never change: the
warehouse path (warehouse/parskats.duckdb or $PARSKATS_WAREHOUSE) is a link to
`<publish>/current/parskats.duckdb`, and `<publish>/site`, `csv`, `parquet`, ... are links to
`current/<name>`; they are made before the switch, so the switch moves them all at once. A kill at
any point leaves the previous release in service whole (before the switch) or the new one whole
(after it); what a killed publication leaves aside is removed by the next one.

The outputs are written by forked children beside this process (parskats.publish.outputs); an
overview page whose inputs did not change since the release in service is linked from that release
instead of rendered (parskats.publish.reuse; the pages' keys are recorded in the warehouse's state
folder after the switch). Where the
dbt docs page must be made again, dbt holds the build open for writing meanwhile and the other outputs
read a copy of it (parskats.run.locations.snapshot_path), removed afterwards (and by `discard`).

Refuses a build without a matching check marker (NotChecked), and a warehouse path or publish folder
parskats did not create (parskats.run.guard.Refused). A failure to write (full disk, read-only
folder) removes what was staged and raises PublishFailed: nothing is switched. Does not build or check.
"""
from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from parskats.publish import swap
from parskats.publish.reuse import PageReuse, previous_pages, record_pages
from parskats.run.check import passed_check, read_gate_summary
from parskats.run.guard import CURRENT, RELEASE_WAREHOUSE, check_targets, claim_publish_dir
from parskats.run.locations import check_marker, gate_summary_path, snapshot_path, state_dir
from parskats.run.pause import pause_point


class NotChecked(RuntimeError):
    pass


class PublishFailed(RuntimeError):
    """Writing the release failed; it was removed and nothing was switched. One-line message."""


def publish(build_path: Path, published: Path, *, outputs_to: Path | None = None, log=None,
            reuse_pages: bool = True) -> dict:
    """Returns {"warehouse": path, "outputs": path, "release": id, "counts": {...}}. With
    reuse_pages=False every overview page is rendered (`parskats run --force`)."""
    from parskats.publish.outputs import publish_dir

    build_path = Path(os.path.abspath(build_path))
    published = Path(os.path.abspath(published))
    root = Path(os.path.abspath(outputs_to or publish_dir()))
    if not passed_check(build_path):
        raise NotChecked(f"{build_path} has not passed `parskats check`; nothing published")
    check_targets(published, root)
    say = log or (lambda text: None)

    release_id = swap.new_release_id()
    staging = swap.staging_dir(root, release_id)
    release = root / swap.RELEASES / release_id
    try:
        claim_publish_dir(root, published)
        swap.clean(root)
        reuse = previous_pages(root, state_dir(published)) if reuse_pages else PageReuse()
        counts = _stage(build_path, published, staging, say, reuse)
        pause_point("publish:staging")
        _move(build_path, staging / RELEASE_WAREHOUSE)
        os.rename(staging, release)
        pause_point("publish:staged")
        _link_stable_paths(root, published, sorted(p.name for p in release.iterdir()))
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if swap.current_release(root) != release_id:
            shutil.rmtree(release, ignore_errors=True)
        discard(build_path)
        where = f" {exc.filename}" if exc.filename else ""
        raise PublishFailed(f"could not write the publication ({exc.strerror or exc}:{where}); nothing was "
                            f"switched, the previous publication is unchanged") from None

    swap.switch(root, release_id)
    pause_point("publish:switched")
    page_keys = counts.pop("page_keys", {})
    try:
        record_pages(state_dir(published), release_id, page_keys)
    except OSError as exc:  # the next publication renders every page
        say(f"publish: the pages' record not written ({exc.strerror or exc})")
    for leftover in (check_marker(build_path), gate_summary_path(build_path)):
        leftover.unlink(missing_ok=True)
    try:
        _unlink_vanished(root)
        swap.clean(root)
    except OSError as exc:  # the publication is in service; tidying can wait for the next run
        say(f"publish: old releases not removed yet ({exc.strerror or exc})")
    return {"warehouse": published, "outputs": root, "release": release_id, "counts": counts}


def _stage(build_path: Path, published: Path, staging: Path, say, reuse) -> dict:
    """The release's outputs. Where the dbt docs page must be made again (dbt opens the build file for
    writing to read its catalog), the other outputs are written meanwhile from a copy of the build
    (snapshot_path), removed afterwards."""
    from parskats.publish.docs import cached_static_docs, generate_static_docs
    from parskats.publish.outputs import stage_outputs

    gate = read_gate_summary(build_path)
    page = cached_static_docs(build_path, published)
    if page is not None:
        return stage_outputs(build_path, staging, gate=gate, docs_page=page, reuse=reuse)

    def make_docs() -> Path | None:
        made = generate_static_docs(build_path, published)
        if made is None:
            say("publish: dbt docs generate failed; the overview links a placeholder (see the warehouse's dbt.log)")
        return made

    snapshot = snapshot_path(build_path)
    shutil.copyfile(build_path, snapshot)
    try:
        return stage_outputs(snapshot, staging, gate=gate, docs_page=make_docs, reuse=reuse)
    finally:
        snapshot.unlink(missing_ok=True)


def _move(src: Path, dst: Path) -> None:
    """Rename, or copy and remove where the two are on different filesystems."""
    try:
        os.replace(src, dst)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        shutil.copyfile(src, dst)
        with open(dst, "rb+") as fh:
            os.fsync(fh.fileno())
        src.unlink()


def _link_stable_paths(root: Path, published: Path, entries: list[str]) -> None:
    """The paths people use, as links through `current`: <publish>/<entry> for every entry of a release,
    and the warehouse path. Made before the switch; they never change afterwards."""
    for name in entries:
        swap.link(root / name, f"{CURRENT}/{name}")
    published.parent.mkdir(parents=True, exist_ok=True)
    target = root / CURRENT / RELEASE_WAREHOUSE
    plain = all(os.path.realpath(p) == str(p) for p in (published.parent, root))
    # relative where no folder on the way is itself a link (the pair can then be moved together)
    swap.link(published, os.path.relpath(target, published.parent) if plain else str(target))


def _unlink_vanished(root: Path) -> None:
    """Links to an entry the release in service no longer has (an output a newer version dropped)."""
    for entry in root.iterdir():
        if entry.is_symlink() and entry.name != CURRENT and os.readlink(entry).startswith(f"{CURRENT}/") \
                and not entry.exists():
            entry.unlink()


def discard(build_path: Path) -> None:
    """Remove a build that will not be published (and its marker and gate summary)."""
    build_path = Path(build_path)
    for p in (build_path, build_path.with_name(build_path.name + ".wal"), check_marker(build_path),
              gate_summary_path(build_path), snapshot_path(build_path)):
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass
