"""Child processes a run forks to use the second core: the gate warming up during the build
(parskats.run.check.EarlyGate) and the publication's writers (parskats.publish.parallel).

`start(target, *args)` forks a daemon child that runs `target(conn, *args)` with one end of a pipe and
returns (process, the other end). The child is killed when the process that forked it dies (Linux
PR_SET_PDEATHSIG), so a killed run leaves no child behind holding its lock or a database file open.
Fork, not spawn: the child starts at once with every module already imported. Only from the main
thread with no other threads running (`can_fork()`; dbt's threads have ended when a build returns);
callers do the work in this process otherwise. Does not decide what runs in a child.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
from multiprocessing.connection import Connection
from typing import Callable

_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the pipe's end-of-file still stops an idle child
        pass
    if os.getppid() != parent:  # the parent died before the signal was set
        os._exit(1)


def _run(target: Callable, parent: int, conn: Connection, args: tuple) -> None:
    _die_with_parent(parent)
    target(conn, *args)


def can_fork() -> bool:
    """No other thread runs here (a fork would copy locks another thread may hold); callers do the
    work in this process when it is False."""
    import threading

    return threading.active_count() == 1


def start(target: Callable, *args, name: str = "parskats-child") -> tuple[multiprocessing.Process, Connection]:
    if not can_fork():
        raise RuntimeError(f"cannot fork {name}: other threads are running")
    ctx = multiprocessing.get_context("fork")
    ours, theirs = ctx.Pipe()
    process = ctx.Process(target=_run, args=(target, os.getpid(), theirs, args), daemon=True, name=name)
    process.start()
    theirs.close()
    return process, ours


def stop(process: multiprocessing.Process, conn: Connection, timeout: float = 5.0) -> None:
    """Ask a child to end (None on its pipe), kill it if it does not within `timeout`."""
    try:
        conn.send(None)
    except (BrokenPipeError, OSError):
        pass
    process.join(timeout)
    if process.is_alive():
        process.kill()
        process.join()
    conn.close()
