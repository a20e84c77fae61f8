"""The Example SQL in each mart's documentation runs on the published warehouse of the samples and
returns rows on the multi-year one (the samples plus the sample school's previous year: marts about
consecutive years, such as dq_restated_facts, have rows only there)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
_SQL_BLOCK = re.compile(r"## Example SQL\s*```sql\s*(.*?)```", re.DOTALL)


def _examples() -> list[tuple[str, str]]:
    out = []
    for path in sorted((ROOT / "models" / "marts").glob("*.yml")):
        for model in yaml.safe_load(path.read_text(encoding="utf-8")).get("models", []):
            for sql in _SQL_BLOCK.findall(model.get("description", "")):
                out.append((model["name"], sql.strip().rstrip(";")))
    return out


def test_every_mart_documents_an_example():
    documented = {name for name, _ in _examples()}
    marts = {p.stem for p in (ROOT / "models" / "marts").glob("*.sql")}
    assert marts <= documented, sorted(marts - documented)


@pytest.mark.parametrize("model, sql", _examples(), ids=[name for name, _ in _examples()])
def test_example_sql_runs(warehouse, multi_year_warehouse, model, sql):
    warehouse.sql(sql).fetchall()
    rows = multi_year_warehouse.sql(sql).fetchall()
    assert rows, f"the example query of {model} returned no rows"
