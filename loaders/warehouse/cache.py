"""Content-hash caches that let a scheduled run skip work whose inputs have not changed.

- Ingest cache: one JSON file per report under <state>/ingest/, keyed by sha256 of (file bytes, file
  name, loader code and reference seeds). A cached report's rows are reused; a new or changed report
  is read by loaders.ingest.ingest_file alone. Rows are cached already formatted as CSV cells
  (loaders.write.format_cell), so the seeds written from the cache are byte-identical.
- Build fingerprint: sha256 over everything `dbt build` and the gate read (seeds, models, macros,
  dbt/profile config, expectations); the pipeline compares it with the last published build's.

Does not build, check or publish; does not change loaders.ingest or loaders.write.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from loaders.contract import TABLES
from loaders.errors import ReportError
from loaders.ingest import collect_files, ingest_file
from loaders.paths import project_root
from loaders.write import format_cell, write_tables

CACHE_FORMAT = "1"


def _hash_files(h, base: Path, files) -> None:
    for f in sorted(files):
        if f.is_file() and "__pycache__" not in f.parts:
            h.update(str(f.relative_to(base)).encode() + b"\0")
            h.update(hashlib.sha256(f.read_bytes()).digest())


def loader_fingerprint() -> str:
    """Changes whenever the loader code or the reference seeds it reads change."""
    import loaders

    pkg = Path(loaders.__file__).resolve().parent
    h = hashlib.sha256(CACHE_FORMAT.encode())
    _hash_files(h, pkg, [p for p in pkg.rglob("*.py") if p.relative_to(pkg).parts[0] not in ("warehouse", "publish")])
    ref = project_root() / "seeds" / "reference"
    _hash_files(h, ref.parent, ref.glob("*.csv"))
    return h.hexdigest()


def build_fingerprint(extra: str = "") -> str:
    """Everything the build, the gate and the published outputs are made from."""
    import loaders

    root = project_root()
    h = hashlib.sha256((CACHE_FORMAT + extra).encode())
    files = [root / "dbt_project.yml", root / "profiles.yml"]
    for folder in ("seeds", "models", "macros", "expectations", "analyses"):
        files.extend(p for p in (root / folder).rglob("*") if p.is_file() and not p.name.startswith("."))
    _hash_files(h, root, files)
    pkg = Path(loaders.__file__).resolve().parent
    _hash_files(h, pkg, [p for p in pkg.rglob("*.py") if p.relative_to(pkg).parts[0] in ("warehouse", "publish")])
    return h.hexdigest()


def _write_json_atomic(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_json(path: Path):
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


@dataclass
class IngestOutcome:
    code: int                      # 0 all ingested, 1 some failed, 2 nothing to ingest
    files: list[Path] = field(default_factory=list)
    read: list[str] = field(default_factory=list)      # parsed this run
    cached: list[str] = field(default_factory=list)    # taken from the cache
    failed: list[str] = field(default_factory=list)    # "name: reason"
    counts: dict[str, int] = field(default_factory=dict)
    sources: dict[str, Path] = field(default_factory=dict)   # source_file name -> path


def ingest_with_cache(paths: list[Path], out_dir: Path, state_dir: Path, progress=None) -> IngestOutcome:
    """Like loaders.ingest.ingest_paths, but each report's rows come from the cache when its content
    is unchanged. Writes all contract tables to out_dir (a removed report is simply absent)."""
    files, problems = collect_files(list(paths))
    outcome = IngestOutcome(code=0, files=files, failed=list(problems))
    if not files:
        outcome.code = 2
        return outcome
    cache_dir = Path(state_dir) / "ingest"
    fingerprint = loader_fingerprint()
    tables: dict[str, list[dict]] = {name: [] for name in TABLES}
    used = set()
    for n, path in enumerate(files, start=1):
        if progress:
            progress(n - 1, len(files), path.name)
        data = path.read_bytes()
        key = hashlib.sha256(data + b"\0" + path.name.encode() + b"\0" + fingerprint.encode()).hexdigest()
        entry_path = cache_dir / f"{key}.json"
        used.add(entry_path.name)
        entry = read_json(entry_path)
        if entry is not None and entry.get("key") == key:
            outcome.cached.append(path.name)
        else:
            try:
                report = ingest_file(path)
            except ReportError as exc:
                entry = {"key": key, "error": str(exc)}
            except Exception as exc:  # a bug must not stop the other files
                entry = {"key": key, "error": f"internal error while parsing ({type(exc).__name__}: {exc})"}
            else:
                entry = {"key": key, "tables": {name: [{c: format_cell(r.get(c)) for c in TABLES[name]} for r in rows]
                                                for name, rows in report.items()}}
            _write_json_atomic(entry_path, entry)
            outcome.read.append(path.name)
        if "error" in entry:
            outcome.failed.append(f"{path.name}: {entry['error']}")
            continue
        outcome.sources[path.name] = path
        for name, rows in entry["tables"].items():
            tables[name].extend(rows)
    if progress:
        progress(len(files), len(files), "")
    outcome.counts = write_tables(tables, Path(out_dir))
    if cache_dir.is_dir():
        for stale in cache_dir.glob("*.json"):
            if stale.name not in used:
                stale.unlink(missing_ok=True)
    outcome.code = 1 if outcome.failed else 0
    for line in outcome.failed:
        print(f"error: {line}", file=sys.stderr)
    return outcome
