"""No module of the package reads a name it never defines.

A name lost in a refactor fails only when its line runs: `scale/workers.limit_threads` lost its two
constants once, every worker process then died at start-up, and the run quietly fell back to one process
(the output was identical, so no other test saw it).  pyflakes reads every module without running it."""

from __future__ import annotations

from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "crosscheck"


def _undefined(source: str, name: str) -> list[str]:
    from pyflakes import checker, messages

    import ast

    tree = ast.parse(source, filename=name)
    found = checker.Checker(tree, filename=name).messages
    kinds = (messages.UndefinedName, messages.UndefinedLocal, messages.UndefinedExport)
    return [str(m) for m in found if isinstance(m, kinds)]


def test_no_module_reads_an_undefined_name():
    pytest.importorskip("pyflakes")
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        bad += _undefined(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE.parent)))
    assert not bad, "\n".join(bad)


def test_the_check_sees_a_lost_constant():
    pytest.importorskip("pyflakes")
    lost = "import os\n\ndef limit_threads():\n    for var in _THREAD_VARS:\n        os.environ[var] = '1'\n"
    assert _undefined(lost, "x.py") and "_THREAD_VARS" in _undefined(lost, "x.py")[0]
    kept = "import os\n_THREAD_VARS = ('OMP_NUM_THREADS',)\n" + lost.split("\n", 1)[1]
    assert _undefined(kept, "x.py") == []
