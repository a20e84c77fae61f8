"""Content-hash caches that let a scheduled run skip work whose inputs have not changed.

- ReportCache: one JSON file per report under <state>/ingest/, keyed by sha256 of (file bytes, file
  name, the loaders' code and the reference seeds). loaders.ingest.ingest_paths asks it before parsing
  a file and gives it every report it parsed; a failed file is never stored, so it is read again next
  time. A report's rows are kept as the CSV text its tables get (loaders.ingest.ParsedReport), so
  seeds written from the cache are byte-identical. A file over the loaders' size limit is not hashed
  (ingest refuses it unread), nor is anything but a regular file. With refresh=True (`parskats run
  --force`) nothing is taken from the cache: every file is parsed again and its entry rewritten. It
  also records what the last ingest wrote (<state>/ingest_written.json: the files' keys in order, a
  digest of the tables, the counts and notes), so a run over the same files whose tables are still
  there byte for byte neither reads the entries nor writes the tables again (`same_as_written`; 1,000
  unchanged reports: ~0.3 s instead of ~1 s).
- build_fingerprint: sha256 over everything `dbt build`, the gate and the publication read (the
  ingested tables, seeds, models, macros, dbt/profile config, expectations, the parskats package); the
  pipeline compares it with the last published build's.
- project_fingerprint: the dbt project alone with the dbt and DuckDB versions (no ingested tables):
  parskats.run.build runs dbt's unit tests again only when it changed, parskats.publish.docs makes the
  docs page again only when it changed.

Does not parse, build, check or publish.
"""
from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

from loaders.read.limits import MAX_FILE_BYTES
from loaders.write import atomic_file
from parskats.paths import project_root

CACHE_FORMAT = "3"   # 3: an entry holds the report's tables as ready CSV text (loaders.ingest.ParsedReport)
WRITTEN = "ingest_written.json"  # in the state folder: what the last ingest wrote, from which files


def _hash_files(h, base: Path, files) -> None:
    for f in sorted(files):
        if f.is_file() and "__pycache__" not in f.parts:
            h.update(str(f.relative_to(base)).encode() + b"\0")
            h.update(hashlib.sha256(f.read_bytes()).digest())


def _package_files(package) -> tuple[Path, list[Path]]:
    root = Path(package.__file__).resolve().parent
    return root, list(root.rglob("*.py"))


def loader_fingerprint() -> str:
    """Changes whenever the loader code or the reference seeds it reads change."""
    import loaders

    h = hashlib.sha256(CACHE_FORMAT.encode())
    _hash_files(h, *_package_files(loaders))
    ref = project_root() / "seeds" / "reference"
    _hash_files(h, ref.parent, ref.glob("*.csv"))
    return h.hexdigest()


def _project_files(root: Path) -> list[Path]:
    files = [root / "dbt_project.yml", root / "profiles.yml"]
    for folder in ("seeds", "models", "macros", "expectations", "analyses"):
        files.extend(p for p in (root / folder).rglob("*") if p.is_file() and not p.name.startswith("."))
    return files


def build_fingerprint(tables: Path) -> str:
    """Everything the build, the gate and the published outputs are made from: the ingested contract
    tables in `tables` and the project's build inputs."""
    import parskats

    root = project_root()
    h = hashlib.sha256(CACHE_FORMAT.encode())
    _hash_files(h, tables, Path(tables).glob("*.csv"))
    _hash_files(h, root, _project_files(root))
    pkg_root, pkg_files = _package_files(parskats)
    _hash_files(h, pkg_root, pkg_files + [p for p in pkg_root.rglob("*") if p.suffix in (".html", ".css", ".j2")])
    return h.hexdigest()


def project_fingerprint() -> str:
    """The dbt project alone (models, macros, seeds, tests, configuration) and the versions of dbt and
    DuckDB that run it, without the ingested tables: what dbt's unit tests and the docs page depend on."""
    from importlib.metadata import version

    root = project_root()
    h = hashlib.sha256(CACHE_FORMAT.encode())
    for package in ("dbt-core", "dbt-duckdb", "duckdb"):
        h.update(f"{package}=={version(package)}\0".encode())
    _hash_files(h, root, _project_files(root))
    return h.hexdigest()


def _tables_digest(out_dir: Path) -> str:
    h = hashlib.sha256()
    _hash_files(h, Path(out_dir), Path(out_dir).glob("*.csv"))
    return h.hexdigest()


def write_json_atomic(path: Path, data) -> None:
    text = json.dumps(data, ensure_ascii=False)  # one C-level pass; json.dump encodes in Python, chunk by chunk
    with atomic_file(path) as fh:
        fh.write(text)


def read_json(path: Path):
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


class ReportCache:
    """Parsed reports by content; see the module docstring. `prune()` drops entries not used since
    this object was made (reports removed from the input)."""

    def __init__(self, state_dir: Path, *, refresh: bool = False):
        self.folder = Path(state_dir) / "ingest"
        self.refresh = refresh
        self.fingerprint = loader_fingerprint()
        self._used: set[str] = set()
        self._keys: dict[Path, str] = {}

    def _key(self, path: Path) -> str | None:
        if path in self._keys:
            return self._keys[path]
        try:
            st = path.stat()
            if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_FILE_BYTES:
                return None
            data = path.read_bytes()
        except OSError:
            return None
        key = hashlib.sha256(data + b"\0" + os.fsencode(path.name) + b"\0" + self.fingerprint.encode()).hexdigest()
        self._keys[path] = key
        self._used.add(f"{key}.json")
        return key

    def fetch(self, path: Path) -> dict | None:
        key = self._key(path)
        if self.refresh:
            return None
        entry = read_json(self.folder / f"{key}.json") if key else None
        if not isinstance(entry, dict) or entry.get("key") != key or "report" not in entry:
            return None
        return entry["report"]

    def store(self, path: Path, report: dict) -> None:
        key = self._keys.get(path)
        if key:
            write_json_atomic(self.folder / f"{key}.json", {"key": key, "report": report})

    def same_as_written(self, files: list[Path], out_dir: Path) -> dict | None:
        """What the last ingest into `out_dir` recorded ({"counts", "notes"}) when it was made from
        exactly these files, in this order, with the same content and loader code, and the tables it
        wrote are there byte for byte: then they need not be written again. None otherwise (and always
        with refresh)."""
        if self.refresh:
            return None
        last = read_json(self.folder.parent / WRITTEN)
        if not isinstance(last, dict):
            return None
        keys = [self._key(path) for path in files]
        if None in keys or keys != last.get("keys") or _tables_digest(out_dir) != last.get("tables"):
            return None
        return last

    def record_written(self, files: list[Path], out_dir: Path, counts: dict, notes: list[str], complete: bool) -> None:
        """After an ingest wrote `out_dir` from `files`: remember it for `same_as_written` (only when
        every file was ingested: a failed file is read again every time)."""
        record = self.folder.parent / WRITTEN
        keys = [self._keys.get(path) for path in files]
        if not complete or None in keys:
            record.unlink(missing_ok=True)
            return
        write_json_atomic(record, {"keys": keys, "tables": _tables_digest(out_dir), "counts": counts,
                                   "notes": notes})

    def prune(self) -> None:
        if self.folder.is_dir():
            for stale in self.folder.glob("*.json"):
                if stale.name not in self._used:
                    stale.unlink(missing_ok=True)
