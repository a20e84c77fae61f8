"""Measure every hostile case through the real command line: outcome (exit code and the lines naming
files), wall time and the peak memory of the command and all its workers (wait4's max RSS).

    .venv/bin/python tests/hostile/measure.py [--run] [CASE ...]

Prints a Markdown table. Not a test (tests never assert timings); the README and the report quote it.
With --run the cases that must also hold for `parskats run` (sparse file, DOCX) go through the whole
pipeline in a scratch PARSKATS_HOME as well.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import hostile_inputs as hi

PARSKATS = Path(sys.executable).with_name("parskats")


def measure(argv: list[str], env: dict | None = None) -> tuple[int, float, int, str]:
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    err = proc.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, time.perf_counter() - started, usage.ru_maxrss // 1024, err


def _lines(err: str) -> str:
    keep = [ln for ln in err.splitlines() if ln.startswith(("error:", "note:")) or "run stopped" in ln
            or "refused" in ln]
    return " / ".join(ln[:110] for ln in keep[:4]) or "-"


def cases(base: Path) -> dict[str, list[str]]:
    made: dict[str, list[str]] = {}

    folder = base / "docx"
    folder.mkdir()
    hi.docx_of_tiny_paragraphs(folder / "tiny-paragraphs.docx")
    shutil.copy(hi.DDA, folder)
    shutil.copy(hi.BJC, folder)
    made["DOCX, 95 MiB document.xml of tiny paragraphs, 2 good files beside"] = [str(folder)]

    made["text report repeated to 0.18 MB"] = [str(hi.repeated_text(base / "rep-018.txt", 180_000))]
    made["text report repeated to 1.5 MB"] = [str(hi.repeated_text(base / "rep-150.txt", 1_500_000))]
    made["3 GB sparse file"] = [str(hi.sparse_file(base / "sparse.txt")), str(hi.BJC)]
    made["evidence cell of 200,000 characters"] = [str(hi.long_evidence_report(base / "evidence.txt"))]

    odd = base / "odd"
    odd.mkdir()
    hi.odd_name(odd, b"r\xe9port-latin1.txt", hi.OTHERS["preschool"])
    hi.odd_name(odd, b"two\nlines\x1b[31mred.txt", hi.OTHERS["music"])
    made["non-UTF-8 name; name with newline and ANSI escape"] = [str(odd)]

    unreadable = base / "unreadable"
    unreadable.mkdir()
    hi.fifo(unreadable / "pipe.txt")
    (unreadable / "folder.txt").mkdir()
    shutil.copy(hi.BJC, unreadable)
    made["unreadable: FIFO named *.txt, folder named *.txt"] = [str(unreadable)]

    loop = base / "loop"
    loop.mkdir()
    shutil.copy(hi.BJC, loop)
    (loop / "again").symlink_to(".")
    (loop / "same.txt").symlink_to(loop / hi.BJC.name)
    made["same folder twice, symlink loop, symlink to a file"] = [str(loop), str(loop), str(loop / "again")]

    special = base / "special"
    special.mkdir()
    hi.fifo(special / "fifo.txt")
    (special / "zero.txt").symlink_to("/dev/zero")
    (special / "urandom.txt").symlink_to("/dev/urandom")
    shutil.copy(hi.BJC, special)
    made["FIFO, symlinks to /dev/zero and /dev/urandom"] = [str(special)]

    for name in ("a", "b"):
        (base / "twins" / name).mkdir(parents=True)
    shutil.copy(hi.OTHERS["preschool"], base / "twins" / "a" / "report.txt")
    shutil.copy(hi.OTHERS["gymnasium"], base / "twins" / "b" / "report.txt")
    made["same file name in two folders"] = [str(base / "twins" / "a"), str(base / "twins" / "b")]
    return made


def main(argv: list[str]) -> int:
    with_run = "--run" in argv
    wanted = [a for a in argv if not a.startswith("--")]
    base = Path(tempfile.mkdtemp(prefix="parskats-hostile-"))
    try:
        print("| case | command | exit | outcome | time (s) | peak memory (MiB) |")
        print("|---|---|---|---|---|---|")
        for label, paths in cases(base).items():
            if wanted and not any(w in label for w in wanted):
                continue
            out = base / "out"
            shutil.rmtree(out, ignore_errors=True)
            code, seconds, mib, err = measure([str(PARSKATS), "ingest", *paths, "--out", str(out)])
            print(f"| {label} | ingest | {code} | {_lines(err)} | {seconds:.1f} | {mib} |", flush=True)
            if with_run and ("sparse" in label or "DOCX" in label):
                home = base / "home"
                shutil.rmtree(home, ignore_errors=True)
                _copy_project(home)
                env = {**os.environ, "PARSKATS_HOME": str(home),
                       "PARSKATS_WAREHOUSE": str(home / "warehouse" / "parskats.duckdb")}
                env.pop("PARSKATS_PUBLISH", None)
                code, seconds, mib, err = measure([str(PARSKATS), "run", "--quiet", *paths], env)
                print(f"| {label} | run | {code} | {_lines(err)} | {seconds:.1f} | {mib} |", flush=True)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 0


def _copy_project(home: Path) -> None:
    root = hi.ROOT
    home.mkdir(parents=True)
    for name in ("dbt_project.yml", "profiles.yml", "models", "macros", "analyses", "expectations"):
        src = root / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, home / name)
    shutil.copytree(root / "seeds" / "reference", home / "seeds" / "reference")
    for yml in (root / "seeds").glob("*.yml"):
        shutil.copy2(yml, home / "seeds" / yml.name)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
