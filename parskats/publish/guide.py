"""The column guide: every exported mart's documentation from the dbt model docs
(models/marts/_marts__models.yml, `{{ doc('…') }}` blocks resolved from models/**/*.md) with each
column's type as built, as Markdown (publish/COLUMNS.md) and as sections for the site's columns.html,
whose Markdown is rendered by mistune (HTML in the docs is escaped).

Reads the YAML, the doc blocks and the build file (read-only); it does not invent descriptions: a
column the docs do not describe says so.
"""
from __future__ import annotations

import re
from pathlib import Path

import mistune
import yaml
from markupsafe import Markup

from parskats.publish.exports import exported_marts

_DOC_BLOCK = re.compile(r"{%-?\s*docs\s+(\w+)\s*-?%}(.*?){%-?\s*enddocs\s*-?%}", re.DOTALL)
_DOC_REF = re.compile(r"{{\s*doc\(\s*['\"](\w+)['\"]\s*\)\s*}}")


def doc_blocks(models_dir: Path) -> dict[str, str]:
    blocks = {}
    for path in sorted(Path(models_dir).rglob("*.md")):
        for name, text in _DOC_BLOCK.findall(path.read_text(encoding="utf-8")):
            blocks[name] = text.strip()
    return blocks


def resolve_docs(text: str, blocks: dict[str, str], depth: int = 5) -> str:
    """`{{ doc('name') }}` -> the block's text, and a reference inside that text in turn (to `depth`
    levels); left as written where no such block exists."""
    text = text or ""
    for _ in range(depth):
        resolved = _DOC_REF.sub(lambda m: blocks.get(m.group(1), m.group(0)), text)
        if resolved == text:
            break
        text = resolved
    return text.strip()


def one_line(text: str) -> str:
    """A doc block's lines joined into one (a Markdown table cell cannot span lines)."""
    return " ".join(text.split())


def mart_docs(models_yml: Path, db_path: Path) -> list[dict]:
    """[{name, description, columns: [{name, type, description}]}] for every exported mart, in export order.
    A model's YAML entry is found by its alias where it has one (the relation's name)."""
    import duckdb

    # libyaml's loader where PyYAML has it (~10x faster on this ~200 KB file, the same result)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    models = (yaml.load(Path(models_yml).read_text(encoding="utf-8"), Loader=loader) or {}).get("models", [])
    docs = {(m.get("config") or {}).get("alias") or m["name"]: m for m in models}
    blocks = doc_blocks(Path(models_yml).parents[1])
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        out = []
        for mart in exported_marts(con):
            types = con.execute(f'select column_name, column_type from (describe marts."{mart}")').fetchall()
            model = docs.get(mart, {})
            described = {c["name"]: one_line(resolve_docs(c.get("description") or "", blocks))
                         for c in model.get("columns", [])}
            out.append({"name": mart, "description": resolve_docs(model.get("description") or "", blocks),
                        "columns": [{"name": n, "type": t, "description": described.get(n) or "(not documented)"}
                                    for n, t in types]})
    finally:
        con.close()
    return out


def to_markdown(docs: list[dict]) -> str:
    lines = ["# parskats: column guide", "",
             "Every mart of the published warehouse, as exported to `parquet/<mart>.parquet`, `csv/<mart>.csv` and",
             "one sheet each of `parskats.xlsx`. The CSV files are UTF-8 with a byte-order mark (so spreadsheets",
             "read the Latvian letters); a text cell that starts with `=`, `+`, `-` or `@` has a leading `'` so",
             "spreadsheets do not treat it as a formula; numbers are written as they are.", ""]
    for d in docs:
        lines += [f"## {d['name']}", "", re.sub(r"^## ", "### ", d["description"], flags=re.M), "",
                  "| column | type | description |", "|---|---|---|"]
        lines += [f"| `{c['name']}` | {c['type']} | {c['description'].replace('|', '/')} |" for c in d["columns"]]
        lines.append("")
    return "\n".join(lines)


class _NestedHeadings(mistune.HTMLRenderer):
    """The model docs' own headings (## Overview …) sit under the mart's <h2>: two levels down."""

    def heading(self, text: str, level: int, **attrs) -> str:
        return super().heading(text, min(level + 2, 6), **attrs)


_MARKDOWN = mistune.create_markdown(renderer=_NestedHeadings(escape=True), plugins=["table"])


def description_html(text: str) -> Markup:
    """A model description's Markdown as HTML (raw HTML in it escaped)."""
    return Markup(_MARKDOWN(text or ""))


_INLINE = mistune.create_markdown(renderer=mistune.HTMLRenderer(escape=True))


def inline_html(text: str) -> Markup:
    """A one-paragraph description's Markdown (`code`, *emphasis*) as HTML without the paragraph tag."""
    html = _INLINE(text or "").strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)


def guide_sections(docs: list[dict]) -> list[dict]:
    """mart_docs(...) with each description rendered, for the site's columns.html."""
    return [{**d, "description_html": description_html(d["description"]),
             "columns": [{**c, "description_html": inline_html(c["description"])} for c in d["columns"]]}
            for d in docs]
