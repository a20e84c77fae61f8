"""Run the expectation suites against a built warehouse file and say whether it may be published.

Reads each suite's frame with DuckDB (read_only=True) as a pandas DataFrame and validates it with a
Great Expectations 1.x ephemeral context (pandas datasource; GX's SQL datasource is not used on
DuckDB). Each failing row becomes one plain-language line (what is wrong, in which institution,
file and lines, what to do); `summary_lines()` shows the first ROWS_SHOWN per check, `log_lines()`
adds the GX expectation names and every row for the log. `python -m expectations.gate DB` prints
the summary and exits 1 on a critical failure. It does not build, publish, write files or GX Data Docs.
"""
from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

from expectations.suites import CRITICAL, WARNING, build_suites, thresholds

ROWS_SHOWN = 10
LABELS = {CRITICAL: "BLOCKS", WARNING: "WARNING"}


@dataclass
class Failure:
    suite: str
    check: str            # the expectation's key in its suite
    expectation: str      # GX expectation type (log and gate summary JSON only)
    column: str
    severity: str
    unexpected_count: int | None
    messages: list[str] = field(default_factory=list)   # one plain line per failing row


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
    def failures(self) -> list[Failure]:
        return [f for s in self.suites for f in s.failures]

    @property
    def critical(self) -> list[Failure]:
        return [f for f in self.failures if f.severity == CRITICAL]

    @property
    def warnings(self) -> list[Failure]:
        return [f for f in self.failures if f.severity != CRITICAL]

    @property
    def passed(self) -> bool:
        return not self.critical

    @property
    def checks(self) -> int:
        return sum(s.evaluated for s in self.suites)

    def verdict(self) -> str:
        passed = self.checks - len(self.failures)
        return (f"gate: {'PASSED' if self.passed else 'FAILED'} - {passed}/{self.checks} checks passed, "
                f"{len(self.critical)} critical, {len(self.warnings)} warning{'' if len(self.warnings) == 1 else 's'}"
                + ("" if self.passed else "; nothing may be published until the BLOCKS lines are fixed"))

    def summary_lines(self) -> list[str]:
        """What a person reads: each failing row in plain words (blocking ones first), then the verdict."""
        lines = []
        for f in self.critical + self.warnings:
            lines += f.messages[:ROWS_SHOWN]
            hidden = (f.unexpected_count or len(f.messages)) - min(len(f.messages), ROWS_SHOWN)
            if hidden > 0:
                lines.append(f"  ... and {hidden} more like this")
        return lines + [self.verdict()]

    def log_lines(self) -> list[str]:
        """For the log: every suite and expectation by name, and every failing row."""
        lines = []
        for s in self.suites:
            lines.append(f"gate suite {s.name}: {s.rows} rows, {s.evaluated - len(s.failures)}/{s.evaluated} passed")
            for f in s.failures:
                lines.append(f"gate {f.severity} {f.suite}/{f.check}: {f.expectation} on {f.column}: "
                             f"{f.unexpected_count} unexpected")
                lines += [f"  {m}" for m in f.messages]
        return lines + [self.verdict()]


def _plain(value) -> str:
    """A cell as a person reads it: 4,000 not 4000.0; 58.5; none for a missing value."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "none"
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if math.isinf(value):
            return "infinity"
        if value.is_integer():
            return f"{int(value):,}"
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return str(value)


def _location(row: dict) -> str:
    where = ", ".join(_plain(row[c]) for c in ("source_file", "source_ref") if _present(row.get(c)))
    who = _plain(row["institution_name"]) if _present(row.get("institution_name")) else "an unknown report"
    return f"{who} ({where})" if where else who


def _present(value) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def message(expectation, row: dict, context: dict) -> str:
    """One failing row in plain words: `BLOCKS: <institution> (<file>, <lines>): <problem>. <action>`."""
    fields = {k: _plain(v) for k, v in {**context, **row}.items()}
    return (f"{LABELS.get(expectation.severity, expectation.severity.upper())}: {_location(row)}: "
            f"{expectation.problem.format(**fields).rstrip('.')}. {expectation.action}")


def _context():
    import logging

    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    import great_expectations as gx
    import tqdm
    from great_expectations.data_context.types.base import ProgressBarsConfig

    tqdm.tqdm.monitor_interval = 0  # no tqdm monitor thread left running (parskats forks writers after the gate)

    for name in ("great_expectations", "great_expectations.data_context.types.base"):
        logging.getLogger(name).setLevel(logging.WARNING)
    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return gx, ctx


def run_gate(db_path: Path, allow_parse_errors: bool = False) -> GateResult:
    import duckdb

    gx, ctx = _context()
    import great_expectations.expectations as gxe

    context = thresholds()
    source = ctx.data_sources.add_pandas(name="warehouse")
    outcomes = []
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        for suite in build_suites(allow_parse_errors):
            frame = con.sql(suite.sql).df()
            asset = source.add_dataframe_asset(name=suite.name)
            batch = asset.add_batch_definition_whole_dataframe(name=suite.name).get_batch(
                batch_parameters={"dataframe": frame})
            by_key = {e.key: e for e in suite.expectations}
            gx_suite = gx.ExpectationSuite(name=suite.name, expectations=[
                getattr(gxe, e.gx)(**e.kwargs, severity=e.severity, meta={"key": e.key}) for e in suite.expectations])
            validation = batch.validate(gx_suite, result_format={
                "result_format": "COMPLETE", "unexpected_index_column_names": list(frame.columns),
                "return_unexpected_index_query": False})
            outcome = SuiteOutcome(suite.name, len(frame), len(validation.results))
            for r in validation.results:
                if r.success:
                    continue
                cfg = r.expectation_config
                expectation = by_key[cfg.meta["key"]]
                result = r.result or {}
                rows = result.get("unexpected_index_list") or []
                outcome.failures.append(Failure(
                    suite.name, expectation.key, cfg.type,
                    str(cfg.kwargs.get("column") or cfg.kwargs.get("column_list") or ""), expectation.severity,
                    result.get("unexpected_count"),
                    [message(expectation, row, context) for row in rows if isinstance(row, dict)]))
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
