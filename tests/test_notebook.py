"""Execute notebooks/explore.ipynb (nbclient, an ipykernel from this environment)
and check that its outputs show a contradiction, a heatmap and the timeline.

It runs the real pipeline (``crosscheck.check``) and the default embedder over the
seeds, so it is marked slow.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="notebook tests need nbformat (pip install nbformat)")
nbclient = pytest.importorskip("nbclient", reason="notebook tests need nbclient (pip install nbclient)")
pytest.importorskip("ipykernel", reason="notebook tests need ipykernel (pip install ipykernel)")
pytest.importorskip("matplotlib", reason="the notebook draws with matplotlib (pip install matplotlib)")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"

pytestmark = pytest.mark.slow


def _texts(cell) -> str:
    out = []
    for o in cell.get("outputs", []):
        if o.get("output_type") == "stream":
            out.append(o.get("text", ""))
        elif o.get("output_type") in ("execute_result", "display_data"):
            data = o.get("data", {})
            out.append(data.get("text/plain", ""))
            out.append(data.get("text/html", ""))
        elif o.get("output_type") == "error":
            out.append("\n".join(o.get("traceback", [])))
    return "\n".join(out)


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    env_before = os.environ.get("PYTHONPATH")
    # the kernel runs this interpreter and must find the package of this checkout
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env_before) if p)
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("CROSSCHECK_HOME", str(tmp_path_factory.mktemp("home")))
    try:
        client = nbclient.NotebookClient(
            nb,
            timeout=300,
            kernel_name="python3",
            resources={"metadata": {"path": str(NOTEBOOK.parent)}},
            allow_errors=False,
        )
        client.execute()
    finally:
        if env_before is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = env_before
    return nb


def test_notebook_is_valid_and_uses_this_python():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    sources = "\n".join(c.source for c in nb.cells)
    assert "crosscheck.check(" in sources and "../seeds" in sources
    assert sys.executable  # the python3 kernelspec of ipykernel runs the current interpreter


def test_notebook_runs_and_shows_a_contradiction(executed):
    code = [c for c in executed.cells if c.cell_type == "code"]
    assert all(c.get("execution_count") for c in code), "every code cell ran"
    everything = "\n".join(_texts(c) for c in code)
    assert "Traceback" not in everything
    # the contradictions cell
    cell = next(c for c in code if "contradictions found" in c.source)
    text = _texts(cell)
    count = int(text.split("contradictions found:")[1].split()[0])
    assert count >= 1, text
    assert "contradict" in text
    # the report's notebook view, the heatmap (a PNG), the timeline (inline SVG)
    assert "checked claims" in everything
    assert any("image/png" in o.get("data", {}) for c in code for o in c.get("outputs", []))
    timeline = next(c for c in code if c.source.strip() == "report.timeline()")
    assert "<svg" in _texts(timeline)
    assert "#c62828" in _texts(timeline)  # red marks for the contradiction
