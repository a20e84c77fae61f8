"""A reader that runs too long or takes too much memory becomes one clear ReportError."""
from __future__ import annotations

import time

import pytest

from loaders.errors import ReportError
from loaders.read.bounded import run_bounded


def _slow(data):
    time.sleep(30)


def _greedy(data):
    return bytearray(400 * 2**20)


def _refuses(data):
    raise ReportError("the PDF is password-protected")


def _echo(data):
    return data.decode()


def test_result_comes_back():
    assert run_bounded(_echo, b"ok") == "ok"


def test_deadline():
    started = time.monotonic()
    with pytest.raises(ReportError, match="longer than"):
        run_bounded(_slow, b"", seconds=1)
    assert time.monotonic() - started < 20


def test_memory_cap():
    with pytest.raises(ReportError, match="memory"):
        run_bounded(_greedy, b"", memory_bytes=256 * 2**20)


def test_reader_errors_keep_their_sentence():
    with pytest.raises(ReportError, match="password-protected"):
        run_bounded(_refuses, b"")
