"""The recorded dbt build and its replay: how a rerun for new data builds without starting dbt.

dbt compiles the project, not the data: for one dbt project (models, macros, seeds, tests,
configuration, with the dbt and DuckDB versions: parskats.run.cache.project_fingerprint) in one place,
one build file and one contract-tables folder (`replay_key`), a build into a fresh file sends DuckDB
the same statements every time, whatever rows the tables hold. `Recorder` captures them while dbt
builds (every statement dbt's DuckDB cursor executes, with the node it ran for; BEGIN/COMMIT and dbt's
catalogue look-ups are left out) and `save` writes them to <state>/build_replay.json with that key,
after a build that passed.

`replay` runs them on a fresh file in one DuckDB connection: the schemas, then node by node in the
order of each node's first statement (a node starts only after every node it depends on finished, so
that order is a dependency order), every seed, model and data test with dbt's own SQL, all in one
transaction (dbt commits node by node; the file is fresh and only kept when everything passed, so the
end state is the same, with one commit to disk instead of hundreds). A data test's statement is dbt's
own `select count(*) as failures, ... as should_warn, ... as should_error from (<test>)`, and its
answer is read as dbt reads it: should_error fails a test of error severity (recorded from dbt's
results), should_warn warns. So every model is built and every data test runs over all the data, as
in a dbt build, without dbt's start-up, parse and per-node cost (at 1,000 reports: ~2.5 s of CPU
instead of ~13 s). Unit tests are never replayed (they check the models on fixed inputs, and are run
again by dbt whenever the project changed).

The replay gives up (returns None) when no recording matches the key, or anything does not go as it
went when recorded: a statement fails, or a data test fails. The caller then builds with dbt into a
fresh file, so a failure is always reported by dbt itself, with its own messages. Does not ingest,
check or publish.
"""
from __future__ import annotations

import json
import os
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

RECORD = "build_replay.json"  # in the state folder
RECORD_FORMAT = "1"
TEST_COLUMNS = ["failures", "should_warn", "should_error"]
_COMMENT = re.compile(r"^\s*/\*.*?\*/\s*", re.S)


def _body(sql: str) -> str:
    return _COMMENT.sub("", sql, count=1).strip()


def _kept(node: str | None, sql: str) -> bool:
    """Statements that change the build or test it: not transaction control, not the look-ups dbt
    makes outside any node (it lists schemas and relations to fill its cache), not unit tests."""
    body = _body(sql).lower()
    if body in ("begin", "commit", "rollback"):
        return False
    if node is None:
        return body.startswith("create schema")
    return not node.startswith("unit_test.")


def replay_key(db_path: Path, tables: Path) -> dict:
    """What the statements of a build depend on besides the data: the dbt project's content and versions,
    where it is (seeds are loaded from their files by path), the build file and the tables folder (both
    named in the SQL), and dbt's own DBT_* settings from the environment."""
    from parskats.paths import project_root
    from parskats.run.cache import project_fingerprint

    return {"format": RECORD_FORMAT, "project": project_fingerprint(), "root": str(project_root().resolve()),
            "build": str(Path(db_path).resolve()), "tables": str(Path(tables).resolve()),
            "dbt_environment": sorted([k, v] for k, v in os.environ.items() if k.startswith("DBT_"))}


class Recorder:
    """Captures the statements of a dbt build run in this process (see the module docstring)."""

    def __init__(self):
        self.schemas: list[str] = []
        self.nodes: dict[str, list[list]] = {}  # node id -> [sql, bindings], in the order dbt started them
        self.unusable: str | None = None

    def _capture(self, node: str | None, sql: str, bindings) -> None:
        if not _kept(node, sql):
            return
        if node is None:
            self.schemas.append(sql)
            return
        try:
            bindings = json.loads(json.dumps(bindings))  # plain values only: a recording must be JSON
        except (TypeError, ValueError):
            self.unusable = f"{node} ran a statement with bindings that cannot be recorded"
        self.nodes.setdefault(node, []).append([sql, bindings])

    @contextmanager
    def capturing(self):
        """While inside, every statement dbt-duckdb's cursor executes is captured (then also executed)."""
        from dbt.adapters.duckdb.environments import local
        from dbt_common.events.contextvars import get_node_info

        wrapper = local.DuckDBCursorWrapper
        original = wrapper.execute
        recorder = self

        def execute(self, sql, bindings=None):
            result = original(self, sql, bindings)  # only what ran without an error is recorded
            recorder._capture((get_node_info() or {}).get("unique_id"), sql, bindings)
            return result

        wrapper.execute = execute
        try:
            yield self
        finally:
            wrapper.execute = original

    def save(self, path: Path, key: dict, results) -> None:
        """Write the recording of a build that passed; `results` are dbt's node results, which give
        each data test's severity (a warn-severity test never fails the build, whatever it finds)."""
        from parskats.run.cache import write_json_atomic

        severity = {r.node.unique_id: str(r.node.config.severity).lower() for r in results
                    if r.node.unique_id.startswith("test.")}
        if self.unusable or not self.nodes or any(n.startswith("test.") and n not in severity for n in self.nodes):
            Path(path).unlink(missing_ok=True)
            return
        write_json_atomic(path, {"key": key, "schemas": self.schemas, "severity": severity,
                                 "nodes": [[node, statements] for node, statements in self.nodes.items()]})


@dataclass
class Replayed:
    nodes: int
    statements: int
    passed: int
    warned: list[str] = field(default_factory=list)  # data tests of warn severity that found rows
    seconds: float = 0.0


def load(path: Path, key: dict) -> dict | None:
    from parskats.run.cache import read_json

    recording = read_json(path)
    if not isinstance(recording, dict) or recording.get("key") != key:
        return None
    return recording


def replay(recording: dict, db_path: Path, after_first_node=None) -> tuple[Replayed | None, str]:
    """Build `db_path` (which must not exist) from the recording. Returns (Replayed, "") or (None,
    why it gave up). `after_first_node()` is called once the first node is done (a test hook)."""
    import duckdb

    started = time.perf_counter()
    con = duckdb.connect(str(db_path))
    statements, passed, warned = 0, 0, []
    try:
        con.execute("begin")  # one transaction: one commit to disk instead of one per statement
        for sql in recording["schemas"]:
            con.execute(sql)
        for node, node_statements in recording["nodes"]:
            outcome = "success"
            for sql, bindings in node_statements:
                cursor = con.execute(sql, bindings) if bindings is not None else con.execute(sql)
                statements += 1
                if node.startswith("test.") and cursor.description \
                        and [d[0] for d in cursor.description] == TEST_COLUMNS:
                    failures, should_warn, should_error = cursor.fetchone()
                    if should_error and recording["severity"][node] == "error":
                        return None, f"{node} found {failures} rows"
                    if should_warn:
                        outcome = "warn"
                        warned.append(f"{node} ({failures} rows)")
            passed += outcome == "success"
            if after_first_node is not None:
                after_first_node()
                after_first_node = None
        con.execute("commit")
    except duckdb.Error as exc:
        return None, f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
    finally:
        con.close()
    return Replayed(len(recording["nodes"]), statements, passed, warned, time.perf_counter() - started), ""
