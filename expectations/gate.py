"""Run the expectation suites against a built warehouse file and say whether it may be published.

Reads each suite's frame with DuckDB (read_only=True) as a pandas DataFrame and validates it with a
Great Expectations 1.x ephemeral context (pandas datasource; GX's SQL datasource is not used on
DuckDB). Returns a GateResult; `python -m expectations.gate DB` prints the summary and exits 1 on a
critical failure. It does not build, publish, or write GX Data Docs.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from expectations.suites import build_suites


@dataclass
class Failure:
    suite: str
    expectation: str
    column: str
    severity: str
    unexpected_count: int | None
    examples: list


@dataclass
class SuiteOutcome:
    name: str
    rows: int
    evaluated: int
    failures: list[Failure] = field(default_factory=list)


@dataclass
class GateResult:
    suites: list[SuiteOutcome]

    @property
    def critical(self) -> list[Failure]:
        return [f for s in self.suites for f in s.failures if f.severity == "critical"]

    @property
    def warnings(self) -> list[Failure]:
        return [f for s in self.suites for f in s.failures if f.severity != "critical"]

    @property
    def passed(self) -> bool:
        return not self.critical

    @property
    def checks(self) -> int:
        return sum(s.evaluated for s in self.suites)

    def summary_lines(self) -> list[str]:
        lines = []
        for s in self.suites:
            crit = sum(f.severity == "critical" for f in s.failures)
            warn = len(s.failures) - crit
            state = "FAIL" if crit else ("WARN" if warn else "ok")
            lines.append(f"  {state:4} {s.name:42} {s.evaluated - len(s.failures)}/{s.evaluated} passed, {s.rows} rows")
            for f in s.failures:
                lines.append(f"       {f.severity}: {f.expectation} {f.column} "
                             f"({f.unexpected_count} unexpected, e.g. {f.examples[:3]})")
        lines.append(f"  gate: {'PASSED' if self.passed else 'FAILED'} - {self.checks - len(self.critical) - len(self.warnings)}"
                     f"/{self.checks} checks passed, {len(self.critical)} critical, {len(self.warnings)} warnings")
        return lines


def _examples(result: dict) -> list:
    rows = result.get("partial_unexpected_index_list")
    if rows and all(isinstance(row, dict) for row in rows):
        return [{k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()} for row in rows]
    return list(result.get("partial_unexpected_list") or [])


def _context():
    import logging

    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    for name in ("great_expectations", "great_expectations.data_context.types.base"):
        logging.getLogger(name).setLevel(logging.WARNING)
    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return gx, ctx


def run_gate(db_path: Path, allow_parse_errors: bool = False) -> GateResult:
    import duckdb

    gx, ctx = _context()
    import great_expectations.expectations as gxe

    source = ctx.data_sources.add_pandas(name="warehouse")
    outcomes = []
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        for suite in build_suites(allow_parse_errors):
            frame = con.sql(suite.sql).df()
            asset = source.add_dataframe_asset(name=suite.name)
            batch = asset.add_batch_definition_whole_dataframe(name=suite.name).get_batch(
                batch_parameters={"dataframe": frame})
            gx_suite = gx.ExpectationSuite(name=suite.name, expectations=[
                getattr(gxe, cls)(**kwargs, severity=severity) for cls, kwargs, severity in suite.expectations])
            result_format = {"result_format": "SUMMARY"}
            if suite.ids:
                result_format["unexpected_index_column_names"] = list(suite.ids)
            validation = batch.validate(gx_suite, result_format=result_format)
            outcome = SuiteOutcome(suite.name, len(frame), len(validation.results))
            for r in validation.results:
                if r.success:
                    continue
                cfg = r.expectation_config
                kwargs = cfg.kwargs
                severity = getattr(cfg.severity, "value", str(cfg.severity)).lower()
                outcome.failures.append(Failure(
                    suite.name, cfg.type, str(kwargs.get("column") or kwargs.get("column_list") or ""), severity,
                    (r.result or {}).get("unexpected_count"), _examples(r.result or {})))
            outcomes.append(outcome)
    finally:
        con.close()
    return GateResult(outcomes)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: python -m expectations.gate WAREHOUSE.duckdb [--allow-parse-errors]", file=sys.stderr)
        return 2
    result = run_gate(Path(argv[0]), allow_parse_errors="--allow-parse-errors" in argv)
    print("\n".join(result.summary_lines()))
    return 0 if result.passed else 1


if __name__ == "__main__":
    sys.exit(main())
