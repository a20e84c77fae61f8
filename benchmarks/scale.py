"""Scale benchmark: `parskats run` on synthetic corpora of growing size, checked against their truth,
and the targets of issue #9 (National scale) measured.

    python benchmarks/scale.py [--text-sizes 1000] [--sizes 1000,2000,6000] [--rerun-at 1000] [--pdf-pages 300]
    make bench-scale                      # the same, with the project's venv

Two series of corpora (benchmarks/corpus.py: N reports and their truth; PDFs from its cache,
converted once): text-only (TXT as Tika writes it; --text-sizes) and mixed (--formats, default
pdf 50 % / txt 35 % / docx 15 %; --sizes). For each, `parskats run <corpus>/reports` runs in a child
process with a fresh warehouse and publish folder in the working folder (PARSKATS_WAREHOUSE,
PARSKATS_PUBLISH); then the published warehouse is checked against the truth (benchmarks/truthcheck.py:
every contract table row, the marts' row counts and values, the spreadsheet-safe CSV export). At the
text size --rerun-at (default 1000) two more runs follow on the same warehouse: a rerun with nothing
changed, and a rerun after one report changed (corpus.py --change-one: one more learner in one
programme), checked again. Last, `parskats ingest` of the first --pdf-pages PDFs of the largest mixed
corpus gives the milliseconds a PDF page per core.

Measured per run: seconds per step (ingest, build, check, publish) read from the run's own log lines
(`<step> done in 8.7s: ...`, matched by the child's pid) on its stderr, else in the parskats.log it
appended to; wall time, reports per second, peak memory (ru_maxrss of the run and its children, from
wait4) and CPU seconds; the growth factor of each step from one size to the next of a series. Load
averages before and after each run are recorded: on a shared machine other processes inflate wall
times, CPU seconds much less. The targets (`targets()`) are printed as met / NOT MET / - (not measured
in this benchmark) and written with the tables.

Exit code 0 when every run published and every check passed; 1 when a run failed or a check did not
pass (a fast wrong answer fails); 2 on a usage error. Targets not met do not change the exit code
(timings are measured, never asserted). Results are written to benchmarks/results/scale-<timestamp>.json
and .md (and printed). Only the CLI and the published warehouse are used, never the project's Python
modules.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import truthcheck  # noqa: E402  (benchmarks/truthcheck.py, not a project module)

STEPS = ("ingest", "build", "check", "publish")
_STEP = re.compile(r"^\S+ \S+ \[(\d+)\] (\w+)\s+(done|FAILED) in ([0-9.]+)s(?: \(cpu ([0-9.]+)s\))?(?:: (.*))?$")
_EVENT = re.compile(r"^\S+ \S+ \[(\d+)\] (run stopped|unchanged|run finished)(?: in ([0-9.]+)s)?:? ?(.*)$")
_INGEST = re.compile(r"(\d+) files \((\d+) read, (\d+) unchanged from cache, (\d+) failed\)")


def cli_module(project: Path) -> str:
    """The module whose main() is `parskats` in this checkout (the CLI moves with the packages)."""
    for module in ("parskats.cli", "loaders.cli"):
        if (project / (module.replace(".", "/") + ".py")).is_file():
            return module
    raise SystemExit(f"scale.py: no parskats/cli.py or loaders/cli.py under {project}; pass --parskats CMD")


def log(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


# --- running the pipeline ------------------------------------------------------------------------------
def run_measured(cmd: list[str], *, env: dict, cwd: Path, out: Path, err: Path, timeout: float | None) -> dict:
    """Run cmd; wall time, exit code, and the rusage of it and its waited-for children (wait4)."""
    started = time.perf_counter()
    with out.open("wb") as fo, err.open("wb") as fe:
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=fo, stderr=fe)
        deadline = None if timeout is None else started + timeout
        try:
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                if deadline and time.perf_counter() > deadline:
                    proc.kill()
                    pid, status, usage = os.wait4(proc.pid, 0)
                    break
                time.sleep(0.05)
        except BaseException:  # interrupted (Ctrl-C, SIGTERM): stop our own child, then let it propagate
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            raise
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"pid": proc.pid, "exit": proc.returncode, "wall_s": round(time.perf_counter() - started, 2),
            "maxrss_mib": round(usage.ru_maxrss / 1024, 1), "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
            "timed_out": bool(deadline and time.perf_counter() > deadline)}


def parse_log(text: str, pid: int) -> dict:
    """This run's step lines from logs/parskats.log (the format loaders/warehouse/runlog.py writes)."""
    steps, states, details, events, cpu = {}, {}, {}, [], {}
    for line in text.splitlines():
        m = _STEP.match(line)
        if m and int(m.group(1)) == pid:
            steps[m.group(2)] = float(m.group(4))
            states[m.group(2)] = m.group(3)
            if m.group(5):
                cpu[m.group(2)] = float(m.group(5))
            details[m.group(2)] = m.group(6) or ""
            continue
        m = _EVENT.match(line)
        if m and int(m.group(1)) == pid:
            events.append(f"{m.group(2)}{' in ' + m.group(3) + 's' if m.group(3) else ''}: {m.group(4)}".strip())
    ingest = _INGEST.search(details.get("ingest", ""))
    return {"steps": steps, "states": states, "details": details, "events": events, "step_cpu": cpu,
            "ingest": dict(zip(("files", "read", "cached", "failed"), map(int, ingest.groups()))) if ingest else None}


def tail_errors(*texts: str, limit: int = 12) -> list[str]:
    """Lines that say what went wrong (dbt, DuckDB, the gate), last ones first kept."""
    found = []
    for text in texts:
        for line in text.splitlines():
            if re.search(r"error|FAILED|failed|Traceback|unterminated|Exception|critical", line) and \
                    not re.search(r"0 failed|0 critical|0 errors", line):
                found.append(line.strip()[:400])
    unique = list(dict.fromkeys(found))
    return unique[-limit:]


class Bench:
    def __init__(self, args):
        self.args = args
        self.project = args.project.resolve()
        self.work = Path(args.work).resolve() if args.work else Path(tempfile.mkdtemp(prefix="parskats-scale-"))
        self.work.mkdir(parents=True, exist_ok=True)
        self.cli = shlex.split(args.parskats) if args.parskats else [args.python, "-m", cli_module(self.project)]
        self.runs: list[dict] = []
        self.pdf: dict | None = None  # the PDF ingest measurement (Bench.pdf_pages)

    # corpus
    def corpus(self, series: str, size: int, change_one: bool = False) -> tuple[Path, dict, float]:
        out = self.work / (f"corpus-{size}" if series == "mixed" else f"corpus-{series}-{size}")
        formats = self.args.formats if series == "mixed" else "txt=1"
        cmd = [self.args.python, str(HERE / "corpus.py"), "--reports", str(size), "--out", str(out),
               "--seed", str(self.args.seed), "--formats", formats, "--pdf-cache", str(self.args.pdf_cache),
               "--quiet"] + (["--change-one"] if change_one else [])
        started = time.perf_counter()
        subprocess.run(cmd, check=True)
        seconds = time.perf_counter() - started
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        return out, manifest, seconds

    # one pipeline run
    def run(self, label: str, kind: str, size: int, corpus: Path, manifest: dict, corpus_s: float,
            run_dir: Path, series: str = "mixed") -> dict:
        warehouse = run_dir / "warehouse" / "parskats.duckdb"
        publish = run_dir / "publish"
        env = dict(os.environ)
        env["PYTHONPATH"] = str(self.project) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        env["PARSKATS_WAREHOUSE"] = str(warehouse)
        env["PARSKATS_PUBLISH"] = str(publish)
        env.pop("PARSKATS_HOME", None)
        # the run log lives in the project's logs/ (or, in later layouts, beside the warehouse): remember
        # where every candidate ends now, read what the run appends
        candidates = [self.project / "logs" / "parskats.log", self.project / "logs" / "dbt.log"]
        candidates += [p for p in run_dir.rglob("*.log") if p.is_file()]
        offsets = {p: p.stat().st_size for p in candidates if p.is_file()}
        cmd = self.cli + ["run", str(corpus / "reports")]
        log(f"[{label}] {' '.join(cmd[-3:])}  ({manifest['reports']} reports: "
            + ", ".join(f"{k} {v}" for k, v in sorted(manifest["by_format"].items())) + ")")
        load_before = os.getloadavg()
        started = time.perf_counter()
        try:
            measured = run_measured(cmd, env=env, cwd=self.project, out=run_dir / f"{kind}.out",
                                    err=run_dir / f"{kind}.err", timeout=self.args.timeout)
        except KeyboardInterrupt:
            # record how far the run got (its step lines so far), then stop the benchmark
            err_text = (run_dir / f"{kind}.err").read_bytes().decode("utf-8", "replace")
            parsed = {"steps": {}, "states": {}, "details": {}, "events": [], "ingest": None}
            for pid in {int(m) for m in re.findall(r"\[(\d+)\] run started", err_text)}:
                parsed = parse_log(err_text, pid)
            self.runs.append({"label": label + " (interrupted)", "kind": kind, "size": size, "series": series,
                              "reports": manifest["reports"], "by_format": manifest["by_format"],
                              "institutions": manifest["institutions"], "corpus_s": round(corpus_s, 1),
                              "pdf_conversion": manifest.get("pdf_conversion"), "exit": None,
                              "wall_s": round(time.perf_counter() - started, 2), "maxrss_mib": None, "cpu_s": None,
                              "steps": parsed["steps"], "step_states": parsed["states"],
                              "step_details": parsed["details"], "events": parsed["events"], "ingest": parsed["ingest"],
                              "loadavg": [round(load_before[0], 2), round(os.getloadavg()[0], 2)], "checks": [],
                              "checks_ok": False, "reports_per_s": None,
                              "failure": {"step": "interrupted", "errors": ["the benchmark was interrupted"]}})
            raise
        load_after = os.getloadavg()
        appended = {}
        for p in set(candidates) | {p for p in run_dir.rglob("*.log") if p.is_file()}:
            if p.is_file():
                with p.open("rb") as fh:
                    fh.seek(offsets.get(p, 0))
                    appended[p.name] = appended.get(p.name, "") + fh.read().decode("utf-8", "replace")
        err_text = (run_dir / f"{kind}.err").read_bytes().decode("utf-8", "replace")
        parsed = parse_log(err_text, measured["pid"])  # the step lines are echoed on stderr
        if not parsed["steps"]:
            parsed = parse_log(appended.get("parskats.log", ""), measured["pid"])
        result = {"label": label, "kind": kind, "size": size, "series": series, "reports": manifest["reports"],
                  "by_format": manifest["by_format"], "institutions": manifest["institutions"],
                  "corpus_s": round(corpus_s, 1), "pdf_conversion": manifest.get("pdf_conversion"),
                  **measured, "steps": parsed["steps"], "step_cpu": parsed.get("step_cpu", {}),
                  "step_states": parsed["states"],
                  "step_details": parsed["details"], "events": parsed["events"], "ingest": parsed["ingest"],
                  "loadavg": [round(load_before[0], 2), round(load_after[0], 2)], "checks": [], "failure": None}
        result["reports_per_s"] = round(manifest["reports"] / measured["wall_s"], 2) if measured["wall_s"] else None
        if measured["exit"] != 0 or measured["timed_out"]:
            out_text = (run_dir / f"{kind}.out").read_bytes().decode("utf-8", "replace")
            failed_step = next((s for s in STEPS if parsed["states"].get(s) == "FAILED"), None)
            stopped = next((e for e in parsed["events"] if e.startswith("run stopped")), None)
            result["failure"] = {
                "exit": measured["exit"], "timed_out": measured["timed_out"], "step": failed_step
                or (stopped.split(":", 1)[1].strip() if stopped else None),
                "event": stopped, "errors": tail_errors(out_text, err_text, appended.get("dbt.log", ""))}
        # checks: what is published must be what the reports state
        if warehouse.is_file():
            truth = truthcheck.load_truth(corpus)
            try:
                got = truthcheck.load_warehouse(warehouse)
                checks = truthcheck.compare_tables(truth, got, prefix="raw.")
                checks += truthcheck.check_marts(truth, warehouse, self.project)
                checks.append(truthcheck.check_published_csv(truth, publish))
            except Exception as exc:  # noqa: BLE001 - a broken warehouse is a failed check, not a crash
                checks = [truthcheck.Result(f"warehouse unreadable: {type(exc).__name__}: {exc}"[:200], missing=1)]
            if self.args.strict:  # known loader gaps count as failures too
                for c in checks:
                    c.mismatched.update({f"known: {k}": v for k, v in c.known.items()})
            result["checks"] = [c.as_dict() for c in checks]
            result["checks_ok"] = all(c.ok for c in checks)
            for c in checks:
                if not c.ok or c.known:
                    log(f"[{label}]   {c.line()}")
                    for e in c.examples[:3]:
                        log(f"[{label}]      {json.dumps(e, ensure_ascii=False)[:300]}")
            log(f"[{label}]   checks: {sum(c.ok for c in checks)} of {len(checks)} passed")
        else:
            result["checks_ok"] = False
        if kind == "rerun-one-changed" and manifest.get("changed"):
            result["changed_file"] = manifest["changed"]
        steps = ", ".join(f"{s} {parsed['steps'][s]:.1f}s" for s in STEPS if s in parsed["steps"])
        log(f"[{label}] exit {measured['exit']} in {measured['wall_s']:.1f}s ({steps}); peak {measured['maxrss_mib']:.0f} MiB; "
            f"cpu {measured['cpu_s']:.0f}s; load {load_before[0]:.1f}->{load_after[0]:.1f}"
            + (f"; FAILED: {result['failure']['step']}" if result["failure"] else ""))
        if result["failure"]:
            for line in result["failure"]["errors"][-6:]:
                log(f"[{label}]   {line}")
        self.runs.append(result)
        return result

    def size(self, series: str, size: int, rerun: bool) -> None:
        corpus, manifest, corpus_s = self.corpus(series, size)
        run_dir = self.work / (f"run-{size}" if series == "mixed" else f"run-{series}-{size}")
        shutil.rmtree(run_dir, ignore_errors=True)
        run_dir.mkdir(parents=True)
        label = f"{series} {size}"
        self.run(label, "cold", size, corpus, manifest, corpus_s, run_dir, series)
        if rerun:
            self.run(f"{label} rerun", "rerun-unchanged", size, corpus, manifest, 0.0, run_dir, series)
            corpus, manifest, corpus_s = self.corpus(series, size, change_one=True)
            self.run(f"{label} +1 changed", "rerun-one-changed", size, corpus, manifest, corpus_s, run_dir, series)
            # leave the corpus as generated without the change, for a later run of the same size
            self.corpus(series, size)
        if not self.args.keep_runs:
            for sub in ("warehouse", "publish"):
                shutil.rmtree(run_dir / sub, ignore_errors=True)

    def pdf_pages(self, count: int) -> None:
        """`parskats ingest` of the first `count` PDFs of the largest mixed corpus on every core: wall
        time per page times cores (ms a page per core); pages counted with pypdfium2."""
        mixed = sorted((r for r in self.runs if r.get("series") == "mixed" and r["kind"] == "cold"),
                       key=lambda r: r["size"])
        if not mixed or count <= 0:
            return
        reports = self.work / f"corpus-{mixed[-1]['size']}" / "reports"
        pdfs = sorted(reports.glob("*.pdf"))[:count]
        if not pdfs:
            return
        import pypdfium2  # a dependency of the project's loaders, used here only to count pages

        pages = 0
        for pdf in pdfs:
            doc = pypdfium2.PdfDocument(str(pdf))
            pages += len(doc)
            doc.close()
        out = self.work / "pdf-ingest"
        shutil.rmtree(out, ignore_errors=True)
        env = dict(os.environ)
        env["PYTHONPATH"] = str(self.project) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        cmd = self.cli + ["ingest", "--quiet", "--out", str(out), *map(str, pdfs)]
        load_before = os.getloadavg()
        measured = run_measured(cmd, env=env, cwd=self.project, out=self.work / "pdf-ingest.out",
                                err=self.work / "pdf-ingest.err", timeout=self.args.timeout)
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        self.pdf = {"files": len(pdfs), "pages": pages, "exit": measured["exit"], "wall_s": measured["wall_s"],
                    "cpu_s": measured["cpu_s"], "cores": cores,
                    "ms_per_page_per_core": round(1000 * measured["wall_s"] * cores / pages, 2),
                    "cpu_ms_per_page": round(1000 * measured["cpu_s"] / pages, 2),
                    "loadavg": [round(load_before[0], 2), round(os.getloadavg()[0], 2)]}
        log(f"[pdf] {len(pdfs)} PDFs, {pages} pages: {measured['wall_s']:.1f}s on {cores} cores = "
            f"{self.pdf['ms_per_page_per_core']} ms a page per core (CPU {self.pdf['cpu_ms_per_page']} ms a page); "
            f"exit {measured['exit']}")


# --- reporting -----------------------------------------------------------------------------------------
def _fmt(v, digits=1) -> str:
    if v is None:
        return "-"
    return f"{v:.{digits}f}" if isinstance(v, float) else str(v)


def table_rows(runs: list[dict]) -> tuple[list[str], list[list[str]]]:
    head = ["run", "reports", "formats", "exit", "ingest s", "build s", "check s", "publish s", "wall s", "reports/s",
            "peak MiB", "cpu s", "step cpu s", "load", "checks", "growth ×(ingest/build/check/publish) vs size ×"]
    rows = []
    previous: dict[str, dict] = {}  # the last cold run of each series
    for r in runs:
        growth = "-"
        if r["kind"] == "cold":
            prev = previous.get(r.get("series", "mixed"))
            if prev and prev["steps"]:
                parts = []
                for s in STEPS:
                    a, b = prev["steps"].get(s), r["steps"].get(s)
                    parts.append(f"{b / a:.1f}" if a and b else "-")
                growth = "/".join(parts) + f" vs ×{r['reports'] / prev['reports']:.1f}".rstrip("0").rstrip(".")
            previous[r.get("series", "mixed")] = r
        ing = r.get("ingest") or {}
        fmt = " ".join(f"{k}{v}" for k, v in sorted(r["by_format"].items()))
        checks = (f"{sum(c['ok'] for c in r['checks'])}/{len(r['checks'])} "
                  + ("ok" if r.get("checks_ok") else "FAIL")) if r.get("checks") else "-"
        exit_ = str(r["exit"]) + (f" ({r['failure']['step']})" if r.get("failure") and r["failure"].get("step") else "")
        label = r["label"] + (f" [{ing.get('read')} read]" if r["kind"] != "cold" and ing else "")
        rows.append([label, str(r["reports"]), fmt, exit_] +
                    [_fmt(r["steps"].get(s)) for s in STEPS] +
                    [_fmt(r["wall_s"]), _fmt(r.get("reports_per_s"), 2), _fmt(r["maxrss_mib"], 0), _fmt(r["cpu_s"], 0),
                     "/".join(_fmt(r.get("step_cpu", {}).get(s)) for s in STEPS if r["steps"].get(s) is not None) or "-",
                     f"{r['loadavg'][0]:.1f}-{r['loadavg'][1]:.1f}", checks, growth])
    return head, rows


def _cold(runs: list[dict], series: str, size: int) -> dict | None:
    return next((r for r in runs if r.get("series") == series and r["kind"] == "cold" and r["size"] == size), None)


def targets(bench: "Bench") -> list[dict]:
    """The issue's targets (benchmarks/README.md), each with what was measured and whether it is met;
    a target whose run was not part of this benchmark is `not measured`."""
    runs, cpus = bench.runs, os.cpu_count() or 1
    out = []

    def add(name: str, limit: str, value, met, unit: str = "", note: str = "") -> None:
        shown = "not measured" if value is None else (f"{value:.1f}{unit}" if isinstance(value, float) else f"{value}{unit}")
        out.append({"target": name, "limit": limit, "measured": shown,
                    "met": None if value is None else bool(met), "note": note})

    def load(r) -> str:
        return f"load {r['loadavg'][0]:.1f}-{r['loadavg'][1]:.1f}" if r and r.get("loadavg") else ""

    txt = _cold(runs, "txt", 1000)
    add("1,000 text reports end to end (ingest, build, check, publish)", "<= 30 s",
        txt["wall_s"] if txt and txt["exit"] == 0 else None, txt and txt["wall_s"] <= 30, " s", load(txt))
    ingest = txt["steps"].get("ingest") if txt else None
    per_core = 1000 * ingest * cpus / txt["reports"] if ingest else None
    add("text ingest per report per core (ingest step × cores / reports)", "<= 5 ms", per_core,
        per_core is not None and per_core <= 5, " ms", load(txt))
    pdf = bench.pdf
    add("PDF ingest per page per core (`parskats ingest` of PDFs, wall × cores / pages)", "<= 8 ms",
        pdf["ms_per_page_per_core"] if pdf and pdf["exit"] == 0 else None,
        pdf and pdf["ms_per_page_per_core"] <= 8, " ms",
        f"{pdf['files']} PDFs, {pdf['pages']} pages; CPU {pdf['cpu_ms_per_page']} ms a page; "
        f"load {pdf['loadavg'][0]:.1f}-{pdf['loadavg'][1]:.1f}" if pdf else "")
    big = _cold(runs, "mixed", 6000)
    add("6,000 mixed reports end to end", "<= 300 s", big["wall_s"] if big and big["exit"] == 0 else None,
        big and big["wall_s"] <= 300, " s", load(big))
    add("6,000 mixed reports: peak memory (max RSS of the run or any child)", "<= 2048 MiB",
        big["maxrss_mib"] if big and big["maxrss_mib"] else None, big and (big["maxrss_mib"] or 0) <= 2048, " MiB")
    mixed = sorted((r for r in runs if r.get("series") == "mixed" and r["kind"] == "cold" and r["exit"] == 0),
                   key=lambda r: r["size"])
    if len(mixed) >= 2:
        # CPU seconds per step (this process and the workers it waited for): what the work costs, which
        # other load on a shared machine inflates far less than wall time; wall time where a step's CPU
        # is not in this process (the gate runs in its own child)
        small, large = mixed[0], mixed[-1]
        ratio = large["reports"] / small["reports"]
        growth, wall = {}, {}
        for s in STEPS:
            a, b = small["steps"].get(s), large["steps"].get(s)
            if a and b:
                wall[s] = b / a
            ca, cb = small.get("step_cpu", {}).get(s), large.get("step_cpu", {}).get(s)
            if ca and cb and ca >= 0.1:
                growth[f"{s} cpu"] = cb / ca
            elif s in wall:
                growth[f"{s} wall"] = wall[s]
        add(f"every step grows at most linearly (mixed {small['size']} -> {large['size']}, ×{ratio:g} reports)",
            f"each <= ×{ratio:g}", " / ".join(f"{s} ×{g:.2f}" for s, g in growth.items()) or None,
            len(growth) == len(STEPS) and all(g <= ratio for g in growth.values()), "",
            "wall: " + " / ".join(f"{s} ×{g:.1f}" for s, g in wall.items()) + f"; {load(small)}, {load(large)}")
    else:
        add("every step grows at most linearly (two mixed sizes)", "each <= size ratio", None, False)
    changed = next((r for r in runs if r["kind"] == "rerun-one-changed" and r["size"] == 1000), None)
    full = _cold(runs, changed.get("series"), 1000) if changed else None
    share = 100 * changed["wall_s"] / full["wall_s"] if changed and full and changed["exit"] == 0 else None
    add("one changed report among 1,000: rerun / full run", "<= 25 %", share, share is not None and share <= 25,
        " %", f"{changed['wall_s']:.1f} s of {full['wall_s']:.1f} s; {load(changed)}" if share is not None else "")
    same = next((r for r in runs if r["kind"] == "rerun-unchanged" and r["size"] == 1000), None)
    add("no change among 1,000: rerun", "<= 2 s", same["wall_s"] if same and same["exit"] == 0 else None,
        same and same["wall_s"] <= 2, " s", load(same))
    for series, size in (("txt", 1000), ("mixed", 1000), ("mixed", 6000)):
        r = _cold(runs, series, size)
        add(f"{series} {size}: published marts match the generator's truth", "all checks pass",
            None if not r or not r.get("checks") else f"{sum(c['ok'] for c in r['checks'])}/{len(r['checks'])}",
            r and r.get("checks_ok"))
    return out


def render_targets(rows: list[dict]) -> list[str]:
    return [f"{'met' if t['met'] else '-' if t['met'] is None else 'NOT MET':<8} {t['target']}: {t['measured']} "
            f"(target {t['limit']}){'; ' + t['note'] if t['note'] else ''}" for t in rows]


def render_text(head, rows) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(head)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths))  # noqa: E731
    return "\n".join([line(head), line(["-" * w for w in widths])] + [line(r) for r in rows])


def render_md(head, rows) -> str:
    return "\n".join(["| " + " | ".join(head) + " |", "|" + "---|" * len(head)] +
                     ["| " + " | ".join(c.replace("|", "/") for c in r) + " |" for r in rows])


def write_results(bench: Bench, started: str, ok: bool) -> tuple[Path, Path]:
    results = bench.args.results
    results.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    commit = subprocess.run(["git", "-C", str(bench.project), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    data = {"started": started, "finished": time.strftime("%Y-%m-%d %H:%M:%S"), "ok": ok, "commit": commit,
            "project": str(bench.project), "seed": bench.args.seed, "formats": bench.args.formats,
            "sizes": bench.args.sizes, "text_sizes": bench.args.text_sizes, "rerun_at": bench.args.rerun_at,
            "cpus": os.cpu_count(), "pdf": bench.pdf, "targets": targets(bench),
            "mem_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
            "runs": bench.runs}
    jpath = results / f"scale-{stamp}.json"
    jpath.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    head, rows = table_rows(bench.runs)
    md = [f"# parskats scale benchmark {started}", "",
          f"commit {commit}, seed {bench.args.seed}, formats `{bench.args.formats}`, {os.cpu_count()} CPUs, "
          f"{data['mem_gib']} GiB; load = 1-min load average before-after the run (other processes share the "
          f"machine). Steps from the run's own log lines; peak = max RSS of the run and its children; checks = "
          f"checks against the generator's truth passed/total (known loader gaps listed below, not failed).", "",
          render_md(head, rows), "", "## Targets", "",
          "| | target | measured | limit | note |", "|---|---|---|---|---|",
          *[f"| {'met' if t['met'] else '-' if t['met'] is None else '**not met**'} | {t['target']} | {t['measured']} | "
            f"{t['limit']} | {t['note']} |" for t in targets(bench)], ""]
    for r in bench.runs:
        if r.get("failure"):
            md += [f"## {r['label']}: failed ({r['failure'].get('step')})", "", "```",
                   *r["failure"]["errors"], "```", ""]
        bad = [c for c in r.get("checks", []) if not c["ok"] or c["known_gaps"]]
        if bad:
            md += [f"## {r['label']}: checks", ""]
            for c in bad:
                md.append(f"- {'ok (known gaps)' if c['ok'] else 'FAIL'} `{c['name']}`: expected {c['expected']}, got "
                          f"{c['got']}, missing {c['missing']}, extra {c['extra']}, wrong {c['mismatched']}, "
                          f"known gaps {c['known_gaps']}")
                for e in c["examples"][:3]:
                    md.append(f"  - `{json.dumps(e, ensure_ascii=False)[:300]}`")
            md.append("")
    mpath = results / f"scale-{stamp}.md"
    mpath.write_text("\n".join(md), encoding="utf-8")
    return jpath, mpath


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--text-sizes", default="1000", help="sizes of text-only corpora (TXT as Tika writes it), "
                                                         "comma-separated, '' for none (default 1000)")
    ap.add_argument("--sizes", default="1000,2000,6000", help="sizes of mixed corpora (--formats), comma-separated, "
                                                             "'' for none (default 1000,2000,6000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--formats", default=None, help="format mix of the mixed corpora (default: corpus.py's)")
    ap.add_argument("--rerun-at", type=int, default=1000, help="text size at which to rerun unchanged and with one "
                                                               "changed report (0: never)")
    ap.add_argument("--pdf-pages", type=int, default=300, help="PDFs of the largest mixed corpus ingested alone for "
                                                               "the ms-a-page figure (0: none; default 300)")
    ap.add_argument("--project", type=Path, default=ROOT, help="the parskats project (default: this checkout)")
    ap.add_argument("--python", default=sys.executable, help="python with the project's dependencies")
    ap.add_argument("--parskats", default=None, help="command for parskats (default: PYTHON -m parskats.cli or "
                                                     "loaders.cli, whichever the project has, with PYTHONPATH=PROJECT)")
    ap.add_argument("--pdf-cache", type=Path, default=HERE / ".cache" / "pdf")
    ap.add_argument("--work", default=None, help="working folder (default: a new temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the working folder (corpora, run outputs)")
    ap.add_argument("--keep-runs", action="store_true", help="keep each size's warehouse and publish folder")
    ap.add_argument("--timeout", type=float, default=None, help="seconds per pipeline run")
    ap.add_argument("--strict", action="store_true", help="known loader gaps (truthcheck.KNOWN_GAPS) fail too")
    ap.add_argument("--stop-on-failure", action="store_true", help="stop after the first failed run")
    ap.add_argument("--results", type=Path, default=HERE / "results")
    args = ap.parse_args(argv)
    try:
        args.sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
        args.text_sizes = sorted({int(s) for s in args.text_sizes.split(",") if s.strip()})
    except ValueError:
        ap.error("--sizes and --text-sizes take numbers, e.g. 100,1000")
    if not (args.sizes or args.text_sizes) or min(args.sizes + args.text_sizes) < 1:
        ap.error("--sizes or --text-sizes needs at least one positive size")
    if args.formats is None:
        import corpus  # benchmarks/corpus.py

        args.formats = corpus.DEFAULT_MIX
    bench = Bench(args)
    started = time.strftime("%Y-%m-%d %H:%M:%S")

    def on_term(signum, frame):  # a SIGTERM ends the benchmark like Ctrl-C: results so far are written
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_term)
    log(f"scale benchmark: text sizes {args.text_sizes}, mixed sizes {args.sizes} ({args.formats}), "
        f"work {bench.work}")
    try:
        plan = [("txt", n) for n in args.text_sizes] + [("mixed", n) for n in args.sizes]
        for series, size in plan:
            bench.size(series, size, rerun=series == "txt" and size == args.rerun_at)
            if args.stop_on_failure and any(r.get("failure") for r in bench.runs):
                break
        else:
            bench.pdf_pages(args.pdf_pages)
    except KeyboardInterrupt:
        log("interrupted: writing what was measured")
    finally:
        ok = bool(bench.runs) and all(r["exit"] == 0 and r.get("checks_ok") for r in bench.runs)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        head, rows = table_rows(bench.runs)
        print(render_text(head, rows))
        if bench.runs:
            print("\ntargets (issue #9):")
            print("\n".join(render_targets(targets(bench))))
            jpath, mpath = write_results(bench, started, ok)
            print(f"\nresults: {mpath.relative_to(ROOT) if mpath.is_relative_to(ROOT) else mpath} (and .json)")
        failed = [r for r in bench.runs if r["exit"] != 0 or not r.get("checks_ok")]
        for r in failed:
            why = (f"pipeline exit {r['exit']}" + (f" at {r['failure']['step']}" if r.get("failure") else "")
                   if r["exit"] != 0 else "checks against the truth failed")
            print(f"FAILED {r['label']}: {why}")
        if not args.keep and not args.work:
            shutil.rmtree(bench.work, ignore_errors=True)
        elif args.keep:
            print(f"work folder kept: {bench.work}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
