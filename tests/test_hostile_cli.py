"""Hostile but fair command lines (issue 14): every usage error is one line and exit 2,
exit codes are 0/1/2 (130 interrupted), outputs are checked first, eval checks its gold file,
CSV is formula-safe, records say en|ru, identical runs write identical bytes."""

from __future__ import annotations

import io
import json
import os

import pytest

from hostile_util import EN, RU, en_file, one_error_line, run  # noqa: F401  (en_file is a fixture)

# -- 1. one error boundary ---------------------------------------------------------
@pytest.mark.parametrize("argv, needle", [
    (["check", "seeds", "--bogus"], "--bogus"),
    (["bogus"], "bogus"),
    ([], "no command"),
    (["check"], "paths"),
    (["claims"], "paths"),
    (["check", "seeds", "--threads", "abc"], "--threads"),
    (["check", "seeds", "--threads", "0"], "--threads"),
    (["claims", "seeds", "--max-bytes", "0"], "--max-bytes"),
    (["claims", "seeds", "--max-bytes", "-1"], "--max-bytes"),
    (["models", "bogus"], "bogus"),
])
def test_usage_errors_are_one_line_and_exit_2(argv, needle, capsys):
    code, out, err = run(argv, capsys)
    assert code == 2
    assert needle in one_error_line(err)


def test_the_installed_entry_point_exits_2_without_traceback():
    import subprocess
    import sys

    res = subprocess.run([sys.executable, "-m", "crosscheck", "check", "seeds", "--bogus"],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 2 and res.stdout == ""
    assert "--bogus" in one_error_line(res.stderr)


def test_a_latin1_locale_does_not_fail_the_run(tmp_path):
    import subprocess
    import sys

    p = tmp_path / "ru.txt"
    p.write_text(RU, encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "latin-1"}
    res = subprocess.run([sys.executable, "-m", "crosscheck", "claims", str(p), "-f", "jsonl"],
                         capture_output=True, env=env, timeout=60)
    assert res.returncode == 0, res.stderr
    records = [json.loads(line) for line in res.stdout.decode("latin-1").splitlines()]
    assert records[0]["text"].startswith("Министр")


def test_help_and_version_exit_0(capsys):
    code, out, err = run(["--help"], capsys)
    assert code == 0 and "claims" in out and err == ""
    code, out, err = run(["check", "--help"], capsys)
    assert code == 0 and "--fail-on" in out


def test_unexpected_error_is_one_line_and_the_traceback_is_opt_in(en_file, capsys, monkeypatch):
    import crosscheck.pipeline

    def boom(*a, **k):
        raise RuntimeError("something odd")

    monkeypatch.setattr(crosscheck.pipeline, "claims", boom)
    code, out, err = run(["claims", str(en_file)], capsys)
    assert code == 2
    line = one_error_line(err)
    assert "RuntimeError" in line and "something odd" in line and "CROSSCHECK_DEBUG" in line
    monkeypatch.setenv("CROSSCHECK_DEBUG", "1")
    code, out, err = run(["claims", str(en_file)], capsys)
    assert code == 2 and "Traceback" in err


def test_interrupt_is_one_line(en_file, capsys, monkeypatch):
    import crosscheck.pipeline

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(crosscheck.pipeline, "claims", interrupted)
    code, out, err = run(["claims", str(en_file)], capsys)
    assert code == 130 and err.strip() == "crosscheck: interrupted"


def test_usage_errors_of_any_click_copy_are_recognised():
    """Typer may carry its own Click; an exception from either copy (or a third one that
    behaves like Click's) is a usage error."""
    from crosscheck.boundary import _is_click_error

    class UsageError(Exception):  # e.g. from another vendored copy
        exit_code = 2

        def format_message(self):
            return "bad"

    assert _is_click_error(UsageError())
    assert not _is_click_error(ValueError("x"))
    import importlib

    copies = 0
    for name in ("typer._click.exceptions", "click.exceptions"):  # vendored by Typer >= 0.2x, or Click itself
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        copies += 1
        assert _is_click_error(module.NoSuchOption("--x")) and _is_click_error(module.BadParameter("x"))
    assert copies


@pytest.mark.parametrize("env, value", [("CROSSCHECK_MAX_BYTES", "abc"), ("CROSSCHECK_MAX_BYTES", "0"),
                                        ("CROSSCHECK_THREADS", "abc"), ("CROSSCHECK_THREADS", "0")])
def test_bad_environment_values_are_usage_errors(en_file, capsys, monkeypatch, env, value):
    monkeypatch.setenv(env, value)
    command = "claims" if env == "CROSSCHECK_MAX_BYTES" else "align"
    code, out, err = run([command, str(en_file)], capsys)
    assert code == 2 and env in one_error_line(err) and out == ""


# -- 9. -o is checked before the run ------------------------------------------------
def test_output_is_checked_before_the_pipeline(en_file, capsys, monkeypatch):
    import crosscheck.pipeline

    called = []
    monkeypatch.setattr(crosscheck.pipeline, "claims", lambda *a, **k: called.append(1))
    code, out, err = run(["claims", str(en_file), "-o", "/no/such/dir/out.jsonl"], capsys)
    assert code == 2 and "out.jsonl" in one_error_line(err) and not called


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_writing_to_dev_full_is_one_line(en_file, capsys):
    code, out, err = run(["claims", str(en_file), "-f", "jsonl", "-o", "/dev/full"], capsys)
    assert code == 2 and "/dev/full" in one_error_line(err)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_stdout_on_dev_full_is_one_line(en_file):
    import subprocess
    import sys

    with open("/dev/full", "w") as full:
        res = subprocess.run([sys.executable, "-m", "crosscheck", "claims", str(en_file), "-f", "jsonl"],
                             stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert res.returncode == 2 and "No space left" in one_error_line(res.stderr)


# -- 10. eval --------------------------------------------------------------------------
@pytest.mark.parametrize("gold, needle", [
    ([1, 2], "documents"),
    ({"documents": [], "claims": [{"id": 1}]}, "claims[0]"),
    ({"documents": [{"id": "d"}], "claims": [{"id": "c", "doc": "d", "text": "t", "start": 0, "end": "9"}]}, "end"),
])
def test_wrong_shaped_gold_is_one_line(tmp_path, capsys, gold, needle):
    g = tmp_path / "gold.json"
    g.write_text(json.dumps(gold))
    run_file = tmp_path / "run.jsonl"
    run_file.write_text(json.dumps({"id": "d:01", "doc": "d", "text": "t", "start": 0, "end": 1, "links": []}) + "\n")
    code, out, err = run(["eval", "--gold", str(g), "--run", str(run_file)], capsys)
    assert code == 2 and needle in one_error_line(err)


def test_unknown_gold_label_is_named(tmp_path, capsys, gold):
    bad = json.loads(json.dumps(gold))
    bad["relations"][0]["label"] = "contradicts"
    g = tmp_path / "gold.json"
    g.write_text(json.dumps(bad))
    code, out, err = run(["eval", "--gold", str(g), "--run", str(g)], capsys)
    assert code == 2 and "'contradicts'" in one_error_line(err)


def test_eval_without_paths_reads_the_gold_documents_only(tmp_path, capsys, monkeypatch):
    import crosscheck.pipeline

    (tmp_path / "unrelated").mkdir()
    (tmp_path / "unrelated" / "other.txt").write_text(EN, encoding="utf-8")
    gold_dir = tmp_path / "corpus" / "gold"
    gold_dir.mkdir(parents=True)
    (tmp_path / "corpus" / "doc.txt").write_text(EN, encoding="utf-8")
    g = gold_dir / "gold.json"
    g.write_text(json.dumps({"documents": [{"id": "doc", "file": "doc.txt"}],
                             "claims": [{"id": "doc:01", "doc": "doc", "text": EN, "start": 0, "end": len(EN)}]}))
    seen = []

    def fake_check(paths, **kwargs):
        seen.extend(paths)
        raise KeyboardInterrupt

    monkeypatch.setattr(crosscheck.pipeline, "check", fake_check)
    run(["eval", "--gold", str(g)], capsys)
    assert seen == [str(tmp_path / "corpus" / "doc.txt")]
    (tmp_path / "corpus" / "doc.txt").unlink()
    code, out, err = run(["eval", "--gold", str(g)], capsys)
    assert code == 2 and "doc.txt" in one_error_line(err)


# -- minor ones ----------------------------------------------------------------------
def test_csv_cells_that_look_like_formulas_are_neutralised(tmp_path, capsys):
    p = tmp_path / "x.txt"
    p.write_text("=HYPERLINK(\"http://evil\",\"click\") is what the page said on Monday.\n\n"
                 "@SUM(A1:A9) was the figure quoted by officials.\n", encoding="utf-8")
    code, out, err = run(["claims", str(p), "-f", "csv"], capsys)
    assert code == 0
    import csv

    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["text"].startswith("'=HYPERLINK") and rows[1]["text"].startswith("'@SUM")
    assert rows[0]["start"] == "0"  # numbers stay numbers
    from crosscheck.report.export import records_to_text

    text = records_to_text([{"score": -5, "note": "-5", "x": "-1+2", "y": "+cmd"}], "csv")
    assert text.splitlines()[1] == "-5,-5,'-1+2,'+cmd"


def test_compare_rejects_other_languages(capsys, tmp_path):
    code, out, err = run(["compare", "Bonjour.", "Hello.", "--lang-a", "fr"], capsys)
    assert code == 2 and "--lang-a" in one_error_line(err)
    pairs = tmp_path / "p.jsonl"
    pairs.write_text(json.dumps({"a": "x", "b": "y", "lang_b": "de"}) + "\n")
    code, out, err = run(["compare", "--pairs", str(pairs)], capsys)
    assert code == 2 and "p.jsonl:1" in one_error_line(err)


def test_lang_is_en_or_ru_in_every_record(tmp_path, capsys):
    p = tmp_path / "x.txt"
    p.write_text(EN + "\n\n北京今天宣布了新的政策，官员们表示欢迎。\n\nΗ συνάντηση έγινε στην Αθήνα.\n", encoding="utf-8")
    (tmp_path / "zh.txt").write_text("北京今天宣布了新的政策。官员们表示欢迎。\n", encoding="utf-8")
    code, out, err = run(["claims", str(tmp_path), "-f", "jsonl"], capsys)
    records = [json.loads(line) for line in out.splitlines()]
    assert {r["lang"] for r in records} <= {"en", "ru"}
    unsupported = [r for r in records if r["kind"] == "unsupported"]
    assert len(unsupported) >= 3 and all(r["status"] is None and r["reason"] for r in unsupported)


@pytest.mark.parametrize("fmt", ["json", "html"])
def test_identical_runs_write_identical_bytes(tmp_path, capsys, seeds_dir, fmt):
    outputs = []
    for i in range(2):
        target = tmp_path / f"run{i}.{fmt}"
        inputs = [str(seeds_dir / "000_d58e4c5f6d9dbaad.txt"), str(seeds_dir / "001_5ad936416c912d06.txt")]
        code, out, err = run(["claims", *inputs, "--frames", "-o", str(target)], capsys)
        assert code == 0
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]
    assert b"timings" not in outputs[0] and b"time: " not in outputs[0]  # wall-clock time is stderr's (-v)
