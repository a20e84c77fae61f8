"""Shared test helpers: build lines from Tika-style text written in the test."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


@pytest.fixture
def sample_reports() -> Path:
    return ROOT / "reports"
