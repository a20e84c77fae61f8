"""Fixtures of tests/hostile: `home`, a scratch PARSKATS_HOME (hostile_home.Home) per test."""
from __future__ import annotations

import pytest
from hostile_home import Home


@pytest.fixture
def home(tmp_path) -> Home:
    return Home(tmp_path / "home")
