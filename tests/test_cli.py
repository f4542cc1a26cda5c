"""The command line, as a user types it: formats, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from crosscheck.cli import main

CONTRACT = {"id", "doc", "lang", "start", "end", "text", "kind", "status", "reason", "links", "frame"}


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_claims_jsonl_follows_the_contract(seeds_dir, capsys):
    code, out, err = run(["claims", str(seeds_dir), "--format", "jsonl"], capsys)
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 105
    assert all(set(r) >= CONTRACT for r in records)
    first = records[0]
    assert first["doc"] == "000_d58e4c5f6d9dbaad" and first["start"] == 0 and first["kind"] == "claim"
    skipped = [r for r in records if r["kind"] == "boilerplate"]
    assert skipped and all(r["reason"] for r in skipped)


@pytest.mark.parametrize("fmt", ["json", "csv", "table", "md"])
def test_claims_other_formats(seeds_dir, capsys, fmt):
    code, out, err = run(["claims", str(seeds_dir / "002_9be23af558f6e5de.txt"), "--format", fmt], capsys)
    assert code == 0 and out.strip()


def test_bad_files_are_named_and_others_still_processed(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (tmp_path / "ok.txt").write_text("The talks ended on Monday.", encoding="utf-8")
    code, out, err = run(["claims", str(tmp_path), "--format", "jsonl"], capsys)
    assert code == 0
    assert len(out.splitlines()) == 1
    lines = err.strip().splitlines()
    assert any("empty.txt" in line and "empty" in line for line in lines)
    assert any("binary.txt" in line and "binary" in line for line in lines)
    assert "Traceback" not in err


def test_nothing_usable_is_exit_2(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run(["claims", str(tmp_path / "empty.txt")], capsys)
    assert code == 2 and out == ""
    assert "empty.txt" in err and "Traceback" not in err


@pytest.mark.parametrize("argv, needle", [
    (["claims", "seeds", "--format", "yaml"], "unknown format"),
    (["check", "seeds", "--fail-on", "maybe"], "--fail-on"),
    (["compare", "only one"], "two claims"),
    (["claims", "/no/such/path.txt"], "no such file"),
])
def test_usage_errors_are_one_line_exit_2(argv, needle, capsys):
    code, out, err = run(argv, capsys)
    assert code == 2
    assert needle in err and "Traceback" not in err


def test_malformed_pairs_file_names_the_line(tmp_path, capsys):
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("a\tb\nThey met.\tОни встретились.\nonly one field\n", encoding="utf-8")
    code, out, err = run(["compare", "--pairs", str(pairs)], capsys)
    assert code == 2 and "pairs.tsv:3" in err
    jl = tmp_path / "pairs.jsonl"
    jl.write_text('{"a": "x", "b": "y"}\n{"a": "x"\n', encoding="utf-8")
    code, out, err = run(["compare", "--pairs", str(jl)], capsys)
    assert code == 2 and "pairs.jsonl:2" in err


def test_unwritable_output_is_exit_2(seeds_dir, capsys):
    code, out, err = run(["claims", str(seeds_dir / "000_d58e4c5f6d9dbaad.txt"), "-o", "/no/such/dir/out.jsonl"], capsys)
    assert code == 2 and "out.jsonl" in err and len(err.strip().splitlines()) == 1


@pytest.mark.slow
def test_check_fail_on_contradict(seeds_dir, capsys, tmp_path):
    out_file = tmp_path / "run.jsonl"
    code, out, err = run(["check", str(seeds_dir), "--format", "jsonl", "-o", str(out_file)], capsys)
    assert code == 0
    records = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert any(r["status"] == "contradict" for r in records)
    code, out, err = run(["check", str(seeds_dir), "--format", "jsonl", "--fail-on", "contradict"], capsys)
    assert code == 1
    # scoring the saved run against the gold file
    code, out, err = run(["eval", "--gold", str(seeds_dir / "gold" / "seeds_gold.json"), "--run", str(out_file), "--format", "json"], capsys)
    assert code == 0
    scores = json.loads(out)
    assert scores["contradict"]["f1"] == 1.0 and scores["status_accuracy"] >= 0.7


@pytest.mark.slow
def test_compare_two_texts(capsys):
    code, out, err = run(["compare", "Exports rose by 12 percent in 2020.", "Экспорт в 2020 году вырос на 25%.", "--format", "jsonl"], capsys)
    assert code == 0
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert set(row) == {"relation", "score", "explanation"}
    assert row["relation"] == "contradict"


def test_python_dash_m_and_help():
    res = subprocess.run([sys.executable, "-m", "crosscheck", "--help"], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0
    for command in ("claims", "check", "align", "compare", "eval", "models"):
        assert command in res.stdout


def test_import_is_light():
    code = "import sys, crosscheck, crosscheck.cli; print(','.join(m for m in ('torch', 'numpy', 'pandas', 'transformers', 'natasha') if m in sys.modules))"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0 and res.stdout.strip() == "", res.stdout
