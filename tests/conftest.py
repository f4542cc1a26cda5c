"""Shared fixtures.  Tests never reach a model hub."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = SEEDS / "gold" / "seeds_gold.json"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """User state goes to a per-session temporary CROSSCHECK_HOME unless a test sets its own."""
    if "CROSSCHECK_HOME" not in os.environ or os.environ.get("CROSSCHECK_TEST_SHARED_HOME"):
        home = tmp_path_factory.getbasetemp() / "crosscheck-home"
        monkeypatch.setenv("CROSSCHECK_HOME", str(home))
        monkeypatch.setenv("CROSSCHECK_TEST_SHARED_HOME", "1")
