"""Shared test helpers: build lines from Tika-style text written in the test."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def sample_reports() -> Path:
    return ROOT / "reports"
