"""The column guide: every mart's documentation from the dbt model docs (models/marts/_marts__models.yml)
with each column's type as built, as Markdown (publish/COLUMNS.md) and as an HTML page of the site.

Reads the YAML and the build file (read-only); it does not invent descriptions: a column the docs do
not describe says so.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import yaml

from parskats.publish.exports import MARTS


def mart_docs(models_yml: Path, db_path: Path) -> list[dict]:
    """[{name, description, columns: [(name, type, description)]}] in MARTS order."""
    import duckdb

    docs = {m["name"]: m for m in (yaml.safe_load(Path(models_yml).read_text(encoding="utf-8")) or {}).get("models", [])}
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        out = []
        for mart in MARTS:
            try:
                types = con.execute(f"select column_name, column_type from (describe marts.{mart})").fetchall()
            except Exception:
                continue
            model = docs.get(mart, {})
            described = {c["name"]: (c.get("description") or "").strip() for c in model.get("columns", [])}
            out.append({"name": mart, "description": (model.get("description") or "").strip(),
                        "columns": [(n, t, described.get(n) or "(not documented)") for n, t in types]})
    finally:
        con.close()
    return out


def to_markdown(docs: list[dict]) -> str:
    lines = ["# parskats: column guide", "",
             "Every mart of the published warehouse, as exported to `parquet/<mart>.parquet` and `csv/<mart>.csv`.",
             "In the CSV files, a text cell that starts with `=`, `+`, `-` or `@` has a leading `'` so spreadsheets",
             "do not treat it as a formula; numbers are written as they are.", ""]
    for d in docs:
        lines += [f"## {d['name']}", "", re.sub(r"^## ", "### ", d["description"], flags=re.M), "",
                  "| column | type | description |", "|---|---|---|"]
        lines += [f"| `{n}` | {t} | {desc.replace('|', '/')} |" for n, t, desc in d["columns"]]
        lines.append("")
    return "\n".join(lines)


def description_html(text: str) -> str:
    """The small Markdown subset the model docs use: ## headings, - lists, ```sql blocks, paragraphs."""
    out, in_code, in_list = [], False, False
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("```"):
            out.append("</pre>" if in_code else "<pre>")
            in_code = not in_code
            continue
        if in_code:
            out.append(html.escape(line))
            continue
        if in_list and not line.startswith(("- ", "  ")):
            out.append("</ul>")
            in_list = False
        if line.startswith("## "):
            out.append(f"<h4>{html.escape(line[3:])}</h4>")
        elif line.startswith("- "):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{html.escape(line[2:])}")
        elif line.strip():
            out.append(html.escape(line))
    if in_list:
        out.append("</ul>")
    return "\n".join(out)
