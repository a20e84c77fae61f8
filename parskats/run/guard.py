"""Refuse to write over anything parskats did not create.

Before a run, build or publish writes a byte, the places it would write are checked, and anything
that is not parskats' own is refused with one line (`Refused`), untouched:

- the warehouse path (PARSKATS_WAREHOUSE): missing; or the link parskats makes there (to
  `<publish>/current/parskats.duckdb`, in a folder holding the publish marker); or a DuckDB database
  that holds parskats' schemas (`raw` and `marts`: a warehouse published before releases existed).
  A CSV, SQLite or Parquet file, a DuckDB database of something else, a folder, a FIFO or a device,
  a link anywhere else: refused.
- the fresh build file beside it: missing, empty, or a DuckDB file (a build a killed run left).
- the warehouse's state folder (`.<name>.state/`): missing or a real folder, never a link.
- the publish folder (PARSKATS_PUBLISH): missing; empty; holding the marker file `.parskats-publish`
  that parskats writes into every publish folder it creates; or laid out exactly as parskats laid
  it out before markers existed (then the marker is added). The marker names the warehouse the
  folder publishes (relative to the folder, so the pair can be moved together): another warehouse
  is refused, since switching the folder's release would switch that warehouse's link too.

The lock file is guarded where it is opened (parskats.run.lock: O_NOFOLLOW, regular files only).
This module only looks (and writes the marker when claiming a folder); it does not publish.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from loaders.errors import display_name

MARKER = ".parskats-publish"
RELEASE_WAREHOUSE = "parskats.duckdb"        # the warehouse file's name inside a release
CURRENT = "current"                          # <publish>/current -> releases/<id>
WAREHOUSE_SCHEMAS = frozenset({"raw", "marts"})
_DUCKDB_MAGIC = b"DUCK"                      # bytes 8-11 of every DuckDB database file
# what a publish folder held before releases and markers (adopted once, then marked)
_LEGACY_ENTRIES = frozenset({"site", "csv", "parquet", "parskats.xlsx", "COLUMNS.md"})


def _shown(path) -> str:
    """A path as one printable line (see loaders.errors.display_name)."""
    return display_name(str(path))


class Refused(RuntimeError):
    """A path parskats would write is not its own; the message is one line saying which and why."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def is_duckdb_file(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
    except OSError:
        return False
    return len(head) >= 12 and head[8:12] == _DUCKDB_MAGIC


def duckdb_schemas(path: Path) -> set[str] | None:
    """The schemas of a DuckDB file, opened read-only (nothing is written); None if it cannot be opened."""
    import duckdb

    try:
        con = duckdb.connect(str(path), read_only=True)
    except Exception:  # noqa: BLE001 - any failure to open means: not ours to replace
        return None
    try:
        return {r[0] for r in con.execute("select schema_name from information_schema.schemata").fetchall()}
    except Exception:  # noqa: BLE001
        return None
    finally:
        con.close()


def is_release_link(path: Path) -> bool:
    """True when `path` is a symlink to `<folder holding the marker>/current/parskats.duckdb`."""
    try:
        target = Path(os.readlink(path))
    except OSError:
        return False
    if not target.is_absolute():
        target = Path(os.path.normpath(path.parent / target))
    return (target.name == RELEASE_WAREHOUSE and target.parent.name == CURRENT
            and (target.parent.parent / MARKER).is_file())


def check_warehouse(published: Path) -> None:
    published = Path(published)
    label = f"the warehouse path {_shown(published)}"
    try:
        st = os.lstat(published)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise Refused(f"{label} cannot be examined ({exc.strerror or exc})") from None
    if stat.S_ISLNK(st.st_mode):
        if is_release_link(published):
            return
        raise Refused(f"{label} is a link parskats did not make (to {_shown(os.readlink(published))}); "
                      f"it was left as it is")
    if not stat.S_ISREG(st.st_mode):
        raise Refused(f"{label} is {_kind(st.st_mode)}, not a parskats warehouse; it was left as it is")
    if not is_duckdb_file(published):
        raise Refused(f"{label} is a file that is not a DuckDB database (CSV, SQLite, Parquet...?); "
                      f"it was left as it is")
    schemas = duckdb_schemas(published)
    if schemas is None:
        raise Refused(f"{label} is a DuckDB database parskats cannot open read-only to check it; "
                      f"it was left as it is")
    if not WAREHOUSE_SCHEMAS <= schemas:
        raise Refused(f"{label} is a DuckDB database without parskats' schemas (raw, marts); "
                      f"it was left as it is")


def check_build_file(build: Path) -> None:
    try:
        st = os.lstat(build)
    except FileNotFoundError:
        return
    if not stat.S_ISREG(st.st_mode):
        raise Refused(f"the build path {_shown(build)} is {'a link' if stat.S_ISLNK(st.st_mode) else _kind(st.st_mode)}; "
                      f"parskats will not replace it")
    if st.st_size and not is_duckdb_file(build):
        raise Refused(f"the build path {_shown(build)} holds a file that is not a DuckDB database; parskats will not replace it")


def check_state_dir(state: Path) -> None:
    try:
        st = os.lstat(state)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(st.st_mode) or not stat.S_ISDIR(st.st_mode):
        raise Refused(f"the state folder {_shown(state)} is {'a link' if stat.S_ISLNK(st.st_mode) else _kind(st.st_mode)}, "
                      f"not a folder parskats made; it was left as it is")


def _legacy_publication(entries: set[str], folder: Path) -> bool:
    visible = {e for e in entries if not e.startswith((".staging-", ".old-"))}
    return bool(visible) and visible <= _LEGACY_ENTRIES and (folder / "site" / "index.html").is_file()


def _marker_owner(folder: Path) -> str | None:
    try:
        text = (folder / MARKER).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith("warehouse: "):
            return line[len("warehouse: "):].strip()
    return None


def _owner_text(folder: Path, warehouse: Path) -> str:
    return os.path.relpath(os.path.abspath(warehouse), os.path.abspath(folder))


def check_publish_dir(folder: Path, warehouse: Path | None = None) -> None:
    folder = Path(folder)
    label = f"the publish folder {_shown(folder)}"
    try:
        st = os.lstat(folder)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise Refused(f"{label} cannot be examined ({exc.strerror or exc})") from None
    if stat.S_ISLNK(st.st_mode):
        try:
            st = os.stat(folder)
        except OSError:
            raise Refused(f"{label} is a link to nothing; it was left as it is") from None
    if not stat.S_ISDIR(st.st_mode):
        raise Refused(f"{label} is {_kind(st.st_mode)}, not a folder; it was left as it is")
    try:
        entries = set(os.listdir(folder))
    except OSError as exc:
        raise Refused(f"{label} cannot be listed ({exc.strerror or exc}); it was left as it is") from None
    if not entries:
        return
    if MARKER in entries and (folder / MARKER).is_file() and not (folder / MARKER).is_symlink():
        owner = _marker_owner(folder)
        if warehouse is not None and owner is not None and owner != _owner_text(folder, warehouse):
            raise Refused(f"{label} publishes another warehouse ({_shown(owner)}, relative to it); switching "
                          f"its release would switch that warehouse too. Point PARSKATS_PUBLISH at a folder "
                          f"of this warehouse's own (or delete {MARKER} there to hand the folder over)")
        return
    if _legacy_publication(entries, folder):
        return
    raise Refused(f"{label} already holds files parskats did not put there (no {MARKER} marker); "
                  f"its contents were left as they are. Point PARSKATS_PUBLISH at a new or empty folder")


def claim_publish_dir(folder: Path, warehouse: Path) -> None:
    """Create the publish folder if missing and mark it as parskats', publishing `warehouse` (after
    check_publish_dir passed)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / MARKER
    if not marker.is_file() or _marker_owner(folder) is None:
        marker.write_text("This folder is written by parskats (`parskats run` / `parskats publish`); "
                          "its contents are replaced on every publication.\n"
                          f"warehouse: {_owner_text(folder, warehouse)}\n", encoding="utf-8")


def check_targets(published: Path, publish: Path | None, *, build: Path | None = None,
                  state: Path | None = None) -> None:
    """Every check that applies, in the order a run would write: raises Refused on the first failure."""
    if state is not None:
        check_state_dir(state)
    check_warehouse(published)
    if build is not None:
        check_build_file(build)
    if publish is not None:
        check_publish_dir(publish, published)
