"""Worker processes (--jobs) and Ray (--engine ray) give the output of one process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import crosscheck
from crosscheck.errors import UsageError
from crosscheck.serialize import result_to_dict

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _jsonl(report) -> list[str]:
    return [json.dumps(result_to_dict(r), sort_keys=True, ensure_ascii=False) for r in report.results]


@pytest.fixture(scope="module")
def plain():
    return _jsonl(crosscheck.check([SEEDS]))


def test_per_document_path_equals_the_plain_pipeline(plain):
    assert _jsonl(crosscheck.check([SEEDS], jobs=1)) == plain


def test_small_inputs_default_to_one_process():
    from crosscheck.scale.workers import SMALL_INPUT_DOCS, resolve_jobs

    assert resolve_jobs(None, 5) == 1
    assert resolve_jobs(None, SMALL_INPUT_DOCS) == max(1, os.cpu_count() or 1)
    assert resolve_jobs(3, 5) == 3


def test_bad_options_are_usage_errors():
    with pytest.raises(UsageError, match="engine"):
        crosscheck.check([SEEDS], engine="spark")
    with pytest.raises(UsageError, match="--all needs --store"):
        crosscheck.check([SEEDS], report_all=True, jobs=1)


def test_cli_two_worker_processes_same_jsonl(plain):
    env = dict(os.environ, PYTHONPATH=str(ROOT), CROSSCHECK_PROGRESS="0")
    res = subprocess.run([sys.executable, "-m", "crosscheck", "check", str(SEEDS), "--jobs", "2", "--format", "jsonl"],
                         env=env, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert "worker processes failed" not in res.stderr  # the workers did the work (no fallback to this process)
    rows = [json.dumps(json.loads(line), sort_keys=True, ensure_ascii=False) for line in res.stdout.splitlines()]
    assert rows == plain


def test_ray_engine_same_jsonl(plain):
    pytest.importorskip("ray", reason="Ray is the optional extra 'scale' (pip install 'crosscheck[scale]'): not installed")
    import ray

    try:
        report = crosscheck.check([SEEDS], engine="ray")
        assert _jsonl(report) == plain
        assert any(r.status == "contradict" for r in report.results)
    finally:
        ray.shutdown()
