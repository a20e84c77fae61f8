"""Swap a staged output folder's entries into the publish folder.

On Linux each entry is exchanged with renameat2(RENAME_EXCHANGE), so a reader sees the old entry or
the new one and never a missing or half-written one; elsewhere it falls back to two renames (a window
of microseconds). The old entries are then deleted. It does not write any content.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _libc():
    try:
        lib = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return lib if hasattr(lib, "renameat2") else None
    except OSError:
        return None


_LIBC = _libc()


def exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two existing paths; False when the platform cannot."""
    if _LIBC is None:
        return False
    rc = _LIBC.renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return rc == 0


def swap_in(staging: Path, target: Path) -> None:
    """Move every entry of `staging` into `target`, replacing same-named entries; removes `staging`."""
    target.mkdir(parents=True, exist_ok=True)
    for entry in sorted(staging.iterdir()):
        dest = target / entry.name
        if dest.exists() and exchange(entry, dest):
            _remove(entry)          # `entry` now holds the old content
            continue
        if dest.exists():
            old = target / f".old-{entry.name}-{os.getpid()}"
            os.replace(dest, old)
            os.replace(entry, dest)
            _remove(old)
        else:
            os.replace(entry, dest)
    shutil.rmtree(staging, ignore_errors=True)


def clean_leftovers(target: Path) -> None:
    """Remove staging folders and old entries left by a run that was killed (call under the run lock)."""
    if not target.is_dir():
        return
    for p in target.iterdir():
        if p.name.startswith((".staging-", ".old-")):
            _remove(p)


def _remove(p: Path) -> None:
    if p.is_dir() and not p.is_symlink():
        shutil.rmtree(p, ignore_errors=True)
    else:
        p.unlink(missing_ok=True)
