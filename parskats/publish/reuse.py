"""Overview pages of the release in service, taken again where what they are made from is unchanged.

An institution page is made from its context (parskats.publish.site._institution_context: plain rows,
numbers, text and the charts drawn from them) and the set of reports with stored lines, which its
templates only ask whether a report id of the context is in (so the part of that set among the
context's values is what counts: `strings_in`); a source page from its report's row and its cited
lines. Each page gets a key: sha256 of the publication code (every
file of parskats/publish with the Jinja2 and MarkupSafe versions, `code_key`) and of what it is made
from, serialised exactly (JSON; a value of any other type makes the page unkeyed, so it is always
rendered). The keys of the pages of a publication are recorded in the warehouse's state folder with the
release's id (`RECORD`). The next publication, when that release is still the one in service, hard-links
a page whose key is unchanged from that release instead of rendering it (a copy where a link cannot be
made); every other page is rendered as before. Releases are never changed once made, so a page shared
by two releases is the same in both, and removing the older release leaves the newer one whole. The
index, data-quality and column pages (made from everything) are always rendered.

After one changed report among 1,000 (one institution page, its source page, the index and
data-quality pages change) this leaves ~4 of ~1,350 pages to render. Does not decide which pages exist
or what they show (parskats.publish.site does), and writes nothing but pages and the record.
"""
from __future__ import annotations

import datetime as dt
import decimal
import functools
import hashlib
import json
import os
import shutil
from pathlib import Path

RECORD = "site_pages.json"  # in the state folder: {"release": id, "code": code_key(), "pages": {rel: key}}


@functools.lru_cache(maxsize=1)
def code_key() -> str:
    """Everything a page's HTML depends on besides its data: the publication code and templates, and the
    versions of the template engine and its escaping."""
    from importlib.metadata import version

    folder = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for package in ("jinja2", "markupsafe"):
        h.update(f"{package}=={version(package)}\0".encode())
    for f in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(str(f.relative_to(folder)).encode() + b"\0" + hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def _plain(value):
    if isinstance(value, (decimal.Decimal, dt.date, dt.datetime, dt.time)):
        return f"{type(value).__name__}:{value.isoformat() if hasattr(value, 'isoformat') else value}"
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    raise TypeError(type(value).__name__)


def content_key(*parts) -> str | None:
    """sha256 of the code key and `parts` serialised exactly, or None when a part holds a value that
    cannot be serialised exactly (the page is then rendered)."""
    try:
        text = json.dumps(parts, default=_plain, ensure_ascii=False, allow_nan=True)
    except (TypeError, ValueError):
        return None
    return hashlib.sha256((code_key() + "\0" + text).encode("utf-8")).hexdigest()


def strings_in(value) -> set[str]:
    """Every text value anywhere in `value` (dicts, lists, tuples, sets): a page made from `value` and
    a set S, which it only asks "is this value in S?", depends on S only through strings_in(value) & S."""
    found: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.add(str(item))
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)
    return found


class PageReuse:
    """The pages of one earlier release (`site` folder, `pages` {relative path: key}); `put` writes a
    page of the new release, linking the earlier one where the key is the same. `keys` and `reused`
    say what was put."""

    def __init__(self, site: Path | None = None, pages: dict | None = None):
        self.site = Path(site) if site is not None else None
        self.pages = pages or {}
        self.keys: dict[str, str] = {}
        self.reused = 0

    def can_reuse(self, rel: str, key: str | None) -> bool:
        return key is not None and self.site is not None and self.pages.get(rel) == key \
            and (self.site / rel).is_file()

    def put(self, out_dir: Path, rel: str, key: str | None, make) -> None:
        target = Path(out_dir) / rel
        if key is not None:
            self.keys[rel] = key
        if self.can_reuse(rel, key):
            try:
                os.link(self.site / rel, target)
            except OSError:
                shutil.copyfile(self.site / rel, target)
            self.reused += 1
            return
        target.write_text(make(), encoding="utf-8")


def previous_pages(publish: Path, state: Path) -> PageReuse:
    """The pages of the release in service, when the record was written for it with this code."""
    from parskats.publish import swap
    from parskats.run.cache import read_json

    current = swap.current_release(publish)
    record = read_json(Path(state) / RECORD) or {}
    if current is None or record.get("release") != current or record.get("code") != code_key() \
            or not isinstance(record.get("pages"), dict):
        return PageReuse()
    return PageReuse(Path(publish) / swap.RELEASES / current / "site", record["pages"])


def record_pages(state: Path, release: str, pages: dict[str, str]) -> None:
    from parskats.run.cache import write_json_atomic

    write_json_atomic(Path(state) / RECORD, {"release": release, "code": code_key(), "pages": pages})
