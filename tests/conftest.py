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


@pytest.fixture(scope="session")
def _test_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("crosscheck-home")


@pytest.fixture(autouse=True)
def _isolated_home(_test_home, monkeypatch):
    """User state (the embedding cache) goes to one temporary CROSSCHECK_HOME per test
    session, never to the user's own; a test may set its own."""
    monkeypatch.setenv("CROSSCHECK_HOME", str(_test_home))
