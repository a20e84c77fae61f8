"""A test hook: make a run stop at a named point so a test can kill it there.

When PARSKATS_PAUSE_AT names the point, `pause_point` writes the point's name to
PARSKATS_PAUSE_SIGNAL (a file the test waits for) and sleeps until the process is killed. With the
variable unset it does nothing. Never set it in production.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

# build:dbt-running  dbt (or the replay of its recorded build) has written part of the build file
# publish:staging    the release's outputs are written, the warehouse file not yet moved in
# publish:staged     the release is complete, the pointer not yet switched
# publish:switched   the pointer is switched, the leftovers (old release, markers) not yet removed
POINTS = ("build:dbt-running", "publish:staging", "publish:staged", "publish:switched")


def pause_point(name: str) -> None:
    if os.environ.get("PARSKATS_PAUSE_AT") != name:
        return
    signal_file = os.environ.get("PARSKATS_PAUSE_SIGNAL")
    if signal_file:
        Path(signal_file).write_text(f"{name} {os.getpid()}\n", encoding="utf-8")
    deadline = time.monotonic() + float(os.environ.get("PARSKATS_PAUSE_SECONDS", "300"))
    while time.monotonic() < deadline:
        time.sleep(0.05)
