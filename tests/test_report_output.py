"""crosscheck.output: emit (stdout / --output, format selection, errors) and progress."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from crosscheck.errors import CrosscheckError, InputError, UsageError
from crosscheck.output import FORMATS, check_output, emit, progress, render, resolve_format, track

try:
    from report_fixtures import build_report
except ImportError:  # tests/ imported as a package
    from tests.report_fixtures import build_report


class _Stream(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.fixture(scope="module")
def report():
    return build_report()


def test_formats():
    assert FORMATS == ("table", "json", "jsonl", "csv", "md", "html")


def test_resolve_format():
    assert resolve_format(None, stream=_Stream(True)) == "table"
    assert resolve_format(None, stream=_Stream(False)) == "jsonl"
    assert resolve_format("JSON", stream=_Stream(True)) == "json"
    assert resolve_format("markdown") == "md"
    assert resolve_format(None, "out.html") == "html"
    assert resolve_format(None, "out.csv") == "csv"
    assert resolve_format(None, "out.data") == "jsonl"
    assert resolve_format(None, "-", stream=_Stream(False)) == "jsonl"
    with pytest.raises(UsageError) as info:
        resolve_format("yaml")
    assert "yaml" in str(info.value) and "jsonl" in str(info.value)
    assert isinstance(info.value, CrosscheckError) and info.value.exit_code == 2


def test_emit_piped_defaults_to_jsonl(report):
    out = _Stream(False)
    assert emit(report, stream=out) == "jsonl"
    lines = out.getvalue().splitlines()
    assert len(lines) == 12 and json.loads(lines[2])["status"] == "contradict"


def test_emit_terminal_defaults_to_table(report, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = _Stream(True)
    console = Console(file=out, width=100, force_terminal=True, color_system="standard")
    assert emit(report, stream=out, console=console) == "table"
    text = out.getvalue()
    assert "contradict" in text and "\x1b[" in text
    assert "2 documents" in text


def test_emit_table_to_pipe_has_no_colour(report):
    out = _Stream(False)
    emit(report, "table", stream=out)
    assert "contradict" in out.getvalue() and "\x1b[" not in out.getvalue()


@pytest.mark.parametrize("fmt", FORMATS)
def test_emit_to_file(report, tmp_path, fmt):
    path = tmp_path / f"out.{fmt}"
    out = _Stream(False)
    assert emit(report, fmt, str(path), stream=out) == fmt
    assert out.getvalue() == ""  # data goes to the file, nothing on stdout
    assert path.read_text(encoding="utf-8") == render(report, fmt, **({"width": 120} if fmt == "table" else {}))


def test_emit_guesses_from_suffix(report, tmp_path):
    path = tmp_path / "report.html"
    assert emit(report, None, path) == "html"
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_emit_errors(report, tmp_path):
    with pytest.raises(UsageError):
        emit(report, "pdf", stream=_Stream(False))
    with pytest.raises(InputError):
        emit(report, "jsonl", str(tmp_path / "no" / "such" / "dir" / "x.jsonl"))
    with pytest.raises(InputError):
        emit(report, "jsonl", str(tmp_path))  # a directory


def test_emit_records(tmp_path):
    pairs = [{"a": "x:01", "b": "y:02", "score": 0.8, "aligned": True}, {"a": "x:02", "b": "y:01", "score": 0.3, "aligned": False}]
    out = _Stream(False)
    assert emit(pairs, stream=out) == "jsonl"
    assert [json.loads(line) for line in out.getvalue().splitlines()] == pairs
    for fmt in ("json", "csv", "md", "html", "table"):
        text = render(pairs, fmt)
        assert "x:01" in text and "y:02" in text, fmt
    assert render(pairs, "csv").splitlines()[0] == "a,b,score,aligned"
    assert json.loads(render(pairs, "json")) == pairs
    assert "<script" not in render([{"t": "<script>x</script>"}], "html")


def test_progress_silent_when_not_a_terminal(capsys):
    stream = _Stream(False)
    with progress(3, "working", stream=stream) as bar:
        assert not bar.enabled
        for _ in range(3):
            bar.advance()
        bar.update(description="done")
    assert stream.getvalue() == ""
    assert list(track([1, 2, 3], "x", stream=stream)) == [1, 2, 3]
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_progress_shown_on_a_terminal():
    stream = _Stream(True)
    with progress(2, "embedding", stream=stream, transient=False) as bar:
        assert bar.enabled
        bar.advance(2)
    assert "embedding" in stream.getvalue()
    off = _Stream(True)
    with progress(2, "x", stream=off, enabled=False) as bar:
        assert not bar.enabled
    assert off.getvalue() == ""


def test_check_output_fails_before_any_work(tmp_path):
    assert check_output("md") == "md"
    assert check_output(None, str(tmp_path / "r.csv")) == "csv"
    with pytest.raises(UsageError):
        check_output("pdf")
    with pytest.raises(InputError):
        check_output(None, str(tmp_path / "missing" / "r.json"))
    with pytest.raises(InputError):
        check_output("json", str(tmp_path))
