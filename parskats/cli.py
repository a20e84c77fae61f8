"""The `parskats` command line: ingest, build, check, publish, run, sql.

This module only parses arguments, checks that the places a step writes are parskats' own
(parskats.run.guard), takes the run lock for the warehouse steps and sets exit codes (3: another run
holds the lock; `run`'s codes are parskats.run.pipeline.EXIT_*); the work is done in loaders.ingest,
parskats.run and parskats.publish.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from loaders import __version__
from parskats.paths import bundled_reports, published_warehouse
from parskats.run.guard import Refused, check_targets
from parskats.run.locations import fresh_build_path, state_dir
from parskats.run.lock import EXIT_BUSY, LockBusy, LockRefused, RunLock, lock_path


def _add_ingest(sub) -> None:
    p = sub.add_parser(
        "ingest",
        help="read reports and write the contract tables as CSV",
        description="Read self-assessment reports (TXT as Apache Tika writes it, PDF, DOCX) and write one CSV "
                    "per contract table (reports, programmes, leaving_reasons, indicators, exam_results, "
                    "priorities, planned_priorities, projects, agreements, parse_issues) into --out. "
                    "Exit code 0: every file ingested; 1: some files failed (the others are still written); "
                    "2: nothing to ingest.",
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                   help="report files, or folders whose files are all ingested (not recursive)")
    p.add_argument("--out", type=Path, required=True, metavar="DIR",
                   help="folder for the CSV tables; created if missing, existing tables replaced")
    p.add_argument("--quiet", "-q", action="store_true", help="print only errors")
    _jobs_arg(p)
    p.set_defaults(func=_run_ingest)


def _run_ingest(args) -> int:
    from loaders.ingest import ingest_paths

    return ingest_paths(args.paths, args.out, quiet=args.quiet, jobs=args.jobs).code


def _jobs_arg(p) -> None:
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="parse this many reports at once, each in its own bounded worker process "
                        "(default: one per CPU core)")


def _locked(func, *, writes: bool = True):
    """Run a step under the warehouse's run lock; a busy lock gives a clear message and exit 3. A step
    that writes first checks that the warehouse path, the build file, the state folder and the publish
    folder are parskats' own (one line and exit 1 otherwise, nothing written)."""
    def wrapper(args) -> int:
        published = published_warehouse()
        try:
            if writes:
                from parskats.publish.outputs import publish_dir

                check_targets(published, publish_dir(), build=_fresh(args), state=state_dir(published))
            with RunLock(lock_path(published)):
                return func(args)
        except LockBusy as exc:
            print(f"parskats {args.command}: {exc}", file=sys.stderr)
            return EXIT_BUSY
        except (Refused, LockRefused) as exc:
            print(f"parskats {args.command}: refused: {exc}; nothing was written", file=sys.stderr)
            return 1
    return wrapper


def _db_arg(p, help_text):
    p.add_argument("--db", type=Path, metavar="FILE", default=None,
                   help=help_text + " (default: the fresh build file beside the published warehouse, "
                                    "e.g. warehouse/parskats.build.duckdb)")


def _add_warehouse_steps(sub) -> None:
    p = sub.add_parser("build", help="dbt build (seeds, models, tests) into a fresh DuckDB file",
                       description="Run `dbt build` - reference seeds, the contract tables the last `parskats run` ingested "
                                   "(the warehouse's state folder), staging, "
                                   "intermediate and mart models, dbt data and unit tests - into a fresh "
                                   "database file. The published warehouse is not touched. Exit 1 if dbt fails. "
                                   "When the dbt project and the file are the same as at the last dbt build that "
                                   "passed, its recorded statements are replayed without starting dbt (every model "
                                   "and data test, no unit tests); anything failing there builds with dbt instead.")
    _db_arg(p, "database file to build into; removed first")
    p.add_argument("--quiet", "-q", action="store_true", help="only errors")
    p.add_argument("--full", action="store_true",
                   help="always build with dbt, unit tests included (never replay the recorded build)")
    p.set_defaults(func=_locked(_build))

    p = sub.add_parser("check", help="run the expectations gate on a build (or the published warehouse); "
                                     "exit 1 on a critical failure",
                       description="Check what dbt's tests do not before publication: parse issues, priority "
                                   "statuses the loaders could not recognise, implausible learner counts, national "
                                   "averages quoted differently or against the reference (expectations/, Great "
                                   "Expectations). Prints one plain line per failing row (BLOCKS or WARNING, the "
                                   "institution, file and lines, what to do); GX names go to logs/parskats.log. "
                                   "Without --db it checks the fresh build, or, when there is none, the published "
                                   "warehouse read-only. Exit 0 when nothing blocks (warnings are listed), 1 on a "
                                   "critical failure, 2 when there is nothing to check.")
    p.add_argument("--db", type=Path, metavar="FILE", default=None,
                   help="database file to check (default: the fresh build beside the published warehouse, e.g. "
                        "warehouse/parskats.build.duckdb; without one, the published warehouse, read-only)")
    p.add_argument("--allow-parse-errors", action="store_true",
                   help="treat error-level parse_issues as warnings instead of blocking publication")
    p.set_defaults(func=_locked(_check, writes=False))

    p = sub.add_parser("publish", help="put a checked build in service with its outputs, as one release",
                       description="Write the build and its exports and HTML overview as one release "
                                   "(publish/releases/<id>/, or under $PARSKATS_PUBLISH) and switch the one "
                                   "pointer publish/current to it, only if `parskats check` passed that exact "
                                   "file; the warehouse path (warehouse/parskats.duckdb or $PARSKATS_WAREHOUSE) "
                                   "is a link through that pointer. Refuses a warehouse path or publish folder "
                                   "parskats did not create. Exit 1 otherwise; nothing is changed.")
    _db_arg(p, "checked build to publish")
    p.set_defaults(func=_locked(_publish))

    p = sub.add_parser("run", help="ingest, build, check and publish in one go",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Ingest reports into the warehouse's state folder, dbt build into a fresh file, run the\n"
                                   "expectations gate and publish only if it passes (warehouse and outputs as one\n"
                                   "release). Ends with a summary (reports read, rows per mart, checks, parse issues,\n"
                                   "warehouse path and timings). Unchanged reports come from a content-hash cache;\n"
                                   "when nothing changed since the last publication, build/check/publish are skipped.\n"
                                   "A warehouse path or publish folder parskats did not create is refused.\n\n"
                                   "exit codes:\n"
                                   "  0  published (or already current); every file ingested\n"
                                   "  4  published (or already current), but some files or paths were skipped,\n"
                                   "     each named on its own line\n"
                                   "  1  nothing published: refused, a step or the gate failed, or a write failed\n"
                                   "  2  nothing to ingest\n"
                                   "  3  another run holds the lock")
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                   help="report files or folders (default: the bundled reports/ folder)")
    p.add_argument("--allow-parse-errors", action="store_true",
                   help="publish even when the loaders reported error-level parse issues")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress, only the summary and errors")
    p.add_argument("--force", action="store_true",
                   help="read every report again (bypassing the ingest cache), rebuild with dbt (unit tests "
                        "included, never replaying the recorded build) and republish every output even when "
                        "nothing changed")
    _jobs_arg(p)
    p.set_defaults(func=_run)


def _add_sql(sub) -> None:
    p = sub.add_parser("sql", help="run a SQL query against the published warehouse (read-only)",
                       description="Run one SQL statement against the published warehouse "
                                   "(warehouse/parskats.duckdb or $PARSKATS_WAREHOUSE), read-only: nothing in it "
                                   "can change, and no other file is read or written. Prints a table (numbers "
                                   "right-aligned, long text cut, at most 40 rows unless --limit says otherwise, "
                                   "with a note of how many more there are), or writes every row as CSV with --csv. "
                                   "Exit 0: done; 1: a SQL error or a statement that would write; 2: no "
                                   "published warehouse (run `parskats run` first).",
                       epilog='example: parskats sql "select institution_name, school_year, learners_end '
                              'from marts.institution_year order by 1, 2"')
    p.add_argument("query", metavar="SQL", help="the statement, in quotes; the marts are marts.<name>")
    p.add_argument("--limit", type=int, default=None, metavar="N",
                   help="at most N rows (0: all); default 40 in the table, all in the CSV")
    p.add_argument("--csv", metavar="FILE", default=None,
                   help="write the rows as CSV (UTF-8, header row) to FILE, or to standard output with -")
    p.set_defaults(func=_sql)


def _sql(args) -> int:
    from parskats.query import run_sql

    return run_sql(args.query, published_warehouse(), limit=args.limit, csv_to=args.csv)


def _fresh(args) -> Path:
    return args.db if args.db is not None else fresh_build_path(published_warehouse())


def _build(args) -> int:
    from parskats.run.build import build

    res = build(_fresh(args), published_warehouse(), quiet=args.quiet, full=args.full)
    print(f"build {'succeeded' if res.success else 'FAILED'}: {res.passed} passed, {res.failed} failed, "
          f"{res.skipped} skipped" + (" (the recorded dbt build replayed)" if res.replayed else "")
          + f" -> {res.db_path}", file=sys.stdout if res.success else sys.stderr)
    return 0 if res.success else 1


def _check(args) -> int:
    from parskats.run.check import check

    db, record = _fresh(args), True
    heading = f"check {db}:"
    if not db.is_file():
        if args.db is not None:
            print(f"check: no database at {db}", file=sys.stderr)
            return 2
        published = published_warehouse()
        if not published.is_file():
            print(f"check: nothing to check: no build at {db} and no published warehouse at {published}; "
                  f"run `parskats build` (or `parskats run`) first", file=sys.stderr)
            return 2
        heading = f"check: no fresh build at {db}; checking the published warehouse {published} (read-only):"
        db, record = published, False
    result = check(db, allow_parse_errors=args.allow_parse_errors, record=record)
    print(heading)
    print("\n".join(result.summary_lines()))
    return 0 if result.passed else 1


def _publish(args) -> int:
    from parskats.publish.outputs import publish_dir
    from parskats.publish.publication import NotChecked, PublishFailed, publish

    try:
        result = publish(_fresh(args), published_warehouse(), outputs_to=publish_dir(),
                         log=lambda text: print(text, file=sys.stderr))
    except (NotChecked, PublishFailed) as exc:
        print(f"publish: {exc}", file=sys.stderr)
        return 1
    print(f"published release {result['release']}: {result['warehouse']}; outputs in {result['outputs']}")
    return 0


def _run(args) -> int:
    from parskats.run.pipeline import run_pipeline

    return run_pipeline(args.paths or [bundled_reports()], published_warehouse(),
                        allow_parse_errors=args.allow_parse_errors, quiet=args.quiet, force=args.force, jobs=args.jobs,
                        progress=sys.stderr.isatty() and not args.quiet)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parskats",
        description="parskats: Latvian education institutions' self-assessment reports as an analytical warehouse.",
    )
    parser.add_argument("--version", action="version", version=f"parskats {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_ingest(sub)
    _add_warehouse_steps(sub)
    _add_sql(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
