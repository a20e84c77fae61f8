"""Every column of every built mart is documented in models/marts/_marts__models.yml.

Reads the YAML and the `{% docs %}` blocks of models/**/*.md, `describe`s each table of schema `marts`
in the built warehouses and fails on: a mart without a YAML entry or without the Overview / Primary key /
Business rules / Example SQL sections, a column without a description (or citing a doc block that does
not exist, or saying too little to be a description), a documented column the table does not have, a
column with NULLs whose description never says what NULL means, a fact mart without the institution's
key and name, and a missing docs overview page.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
MARTS_YML = ROOT / "models" / "marts" / "_marts__models.yml"
_DOC_BLOCK = re.compile(r"{%-?\s*docs\s+(\w+)\s*-?%}(.*?){%-?\s*enddocs\s*-?%}", re.DOTALL)
_DOC_REF = re.compile(r"{{\s*doc\(\s*['\"](\w+)['\"]\s*\)\s*}}")
SECTIONS = ("## Overview", "## Primary key", "## Business rules", "## Example SQL")
# dimensions of codes rather than of institutions
NOT_PER_INSTITUTION = {"dim_programmes", "dim_subjects"}


def _doc_blocks() -> dict[str, str]:
    blocks = {}
    for path in (ROOT / "models").rglob("*.md"):
        for name, text in _DOC_BLOCK.findall(path.read_text(encoding="utf-8")):
            assert name not in blocks, f"doc block {name} defined twice"
            blocks[name] = text.strip()
    return blocks


def _resolve(text: str, blocks: dict[str, str]) -> str:
    missing = [name for name in _DOC_REF.findall(text) if name not in blocks]
    assert not missing, f"doc blocks not defined: {missing}"
    return _DOC_REF.sub(lambda m: blocks[m.group(1)], text).strip()


def _documented() -> dict[str, dict]:
    """relation name in schema marts -> its YAML entry (a model's alias where it has one)."""
    models = yaml.safe_load(MARTS_YML.read_text(encoding="utf-8"))["models"]
    return {(m.get("config") or {}).get("alias") or m["name"]: m for m in models}


def _built(con) -> list[str]:
    return [r[0] for r in con.execute(
        "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()]


@pytest.fixture(params=["warehouse", "multi_year_warehouse"])
def built(request):
    return request.getfixturevalue(request.param)


def test_overview_page_and_shared_blocks_exist():
    blocks = _doc_blocks()
    assert "__overview__" in blocks and "How to start" in blocks["__overview__"]
    for shared in ("report_id", "source_ref", "institution_key", "institution_name", "school_year"):
        assert shared in blocks, shared


def test_every_mart_has_a_documented_model(built):
    documented = _documented()
    built_marts = _built(built)
    assert built_marts, "no marts built"
    assert sorted(set(built_marts) - set(documented)) == []
    assert sorted(set(documented) - set(built_marts)) == [], "documented marts that are not built"
    for mart in built_marts:
        description = documented[mart].get("description") or ""
        missing = [s for s in SECTIONS if s not in description]
        assert not missing, f"{mart}: description lacks {missing}"


def test_every_mart_column_is_documented(built):
    documented, blocks = _documented(), _doc_blocks()
    problems = []
    for mart in _built(built):
        described = {c["name"]: _resolve(c.get("description") or "", blocks)
                     for c in documented[mart].get("columns", [])}
        columns = [r[0] for r in built.execute(f"select column_name from (describe marts.{mart})").fetchall()]
        for column in columns:
            text = described.get(column, "")
            if len(text) < 15:
                problems.append(f"{mart}.{column}: undocumented ({text!r})")
                continue
            has_nulls = built.execute(f'select count(*) from marts.{mart} where "{column}" is null').fetchone()[0] > 0
            if has_nulls and "NULL" not in text:
                problems.append(f"{mart}.{column}: has NULLs but its description does not say what NULL means")
        problems += [f"{mart}.{c}: documented but not in the table" for c in described if c not in columns]
    assert not problems, "\n".join(problems)


def test_every_fact_mart_names_the_institution(built):
    for mart in _built(built):
        if mart in NOT_PER_INSTITUTION:
            continue
        columns = {r[0] for r in built.execute(f"select column_name from (describe marts.{mart})").fetchall()}
        assert {"institution_key", "institution_name"} <= columns, mart
        nulls = built.execute(f"select count(*) from marts.{mart} "
                              "where institution_key is null or institution_name is null").fetchone()[0]
        assert nulls == 0, mart
