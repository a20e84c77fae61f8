"""The one pointer a publication is switched by, and the links that lead through it.

A publish folder holds complete releases (`releases/<id>/`: the warehouse file and every output of
one build) and one symlink, `current`, naming the release in service. `switch` replaces `current` in
one rename (a new link written beside it, then os.replace: atomic on POSIX), so every reader opening
a path through `current` gets the old release or the new one, whole, never a mix. The stable paths
people use - `<publish>/site`, `<publish>/csv`, ... and the warehouse path - are links through
`current` that never change (`link`), so they switch with it. `clean` removes what a killed or
finished publication leaves: unfinished staging folders and releases other than the current one and
the one before it (kept for readers still on it). This module writes no content.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from parskats.run.guard import CURRENT

RELEASES = "releases"
STAGING_PREFIX = ".staging-"


def new_release_id() -> str:
    """Sorts in the order releases were made (UTC time to the nanosecond)."""
    ns = time.time_ns()
    return f"{time.strftime('%Y%m%dT%H%M%S', time.gmtime(ns // 10**9))}-{ns % 10**9:09d}"


def staging_dir(publish: Path, release_id: str) -> Path:
    return Path(publish) / RELEASES / f"{STAGING_PREFIX}{release_id}"


def current_release(publish: Path) -> str | None:
    """The id of the release `current` names, or None before the first publication."""
    try:
        target = os.readlink(Path(publish) / CURRENT)
    except OSError:
        return None
    return Path(target).name


def link(path: Path, target: str) -> None:
    """Make `path` a symlink to `target` (replacing a link or, in a folder parskats owns, an entry
    it wrote before releases existed), in one rename."""
    path = Path(path)
    try:
        if os.readlink(path) == target:
            return
    except OSError:
        pass
    tmp = path.with_name(f".link-{os.getpid()}-{path.name}")
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    if path.is_dir() and not path.is_symlink():
        old = path.with_name(f".old-{os.getpid()}-{path.name}")
        os.replace(path, old)
        os.replace(tmp, path)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, path)


def switch(publish: Path, release_id: str) -> None:
    """Point `current` at releases/<release_id>: the publication's one atomic step."""
    link(Path(publish) / CURRENT, f"{RELEASES}/{release_id}")
    _fsync_dir(Path(publish))


def clean(publish: Path) -> list[str]:
    """Remove unfinished staging folders, stray temporary links and every release but the current one
    and the newest one before it; returns the names removed. Call under the run lock."""
    publish = Path(publish)
    removed: list[str] = []
    for entry in publish.glob(".link-*"):
        entry.unlink(missing_ok=True)
    for entry in publish.glob(".old-*"):
        _remove(entry)
    folder = publish / RELEASES
    if not folder.is_dir():
        return removed
    current = current_release(publish)
    names = sorted(p.name for p in folder.iterdir())
    complete = [n for n in names if not n.startswith(".")]
    keep = set()
    if current is not None and current in complete:
        keep.add(current)
        older = [n for n in complete if n < current]
        if older:
            keep.add(older[-1])
    for name in names:
        if name not in keep:
            _remove(folder / name)
            removed.append(name)
    return removed


def _remove(p: Path) -> None:
    if p.is_dir() and not p.is_symlink():
        shutil.rmtree(p, ignore_errors=True)
    else:
        p.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
