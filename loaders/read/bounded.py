"""Run a reader in a child process with a memory cap (beyond what it starts with) and a time limit.

A decompression bomb or a pathological page can make a PDF library run for minutes or take gigabytes;
in a child process with RLIMIT_AS and a deadline, such a file becomes one clear ReportError and the
other files go on. Only the reader runs there; parsing of the Lines it returns happens in the parent.
"""
from __future__ import annotations

import multiprocessing
import resource

from loaders.errors import ReportError
from loaders.read.limits import READER_MEMORY_BYTES, READER_SECONDS

# set in a loaders.pool worker, which is itself bounded: the reader then runs in place
IN_BOUNDED_WORKER = False


def run_bounded(reader, data: bytes, seconds: float = READER_SECONDS, memory_bytes: int = READER_MEMORY_BYTES):
    if IN_BOUNDED_WORKER:
        return reader(data)
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(reader, data, memory_bytes, send), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(seconds):
            raise ReportError(f"reading took longer than {seconds:.0f} s and was stopped")
        try:
            ok, payload = receive.recv()
        except EOFError:
            raise ReportError(f"the reader stopped without an answer (over the {memory_bytes // 2**20} MiB "
                              "memory limit, or crashed)") from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receive.close()
    if not ok:
        raise ReportError(payload)
    return payload


def address_space_now() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[0]) * resource.getpagesize()


def _child(reader, data: bytes, memory_bytes: int, send) -> None:
    try:
        # the cap is on top of what the forked child already maps, so a large parent is not penalised
        limit = address_space_now() + memory_bytes
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        result = (True, reader(data))
    except ReportError as exc:
        result = (False, str(exc))
    except MemoryError:
        result = (False, f"reading needed more than the {memory_bytes // 2**20} MiB memory limit")
    except Exception as exc:  # noqa: BLE001 - any library failure is one clear line for this file
        result = (False, f"the file could not be read ({type(exc).__name__}: {exc})")
    try:
        send.send(result)
    finally:
        send.close()
