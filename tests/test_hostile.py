"""Hostile but fair inputs and state (issue 14): bad arguments, broken caches, odd
metadata, devices and pipes, mojibake, unwritable outputs, wrong-shaped gold files.
Each failure is one line on stderr and an exit code in {0, 1, 2}; nothing is lost silently."""

from __future__ import annotations

import io
import json
import logging
import os
import socket
import sqlite3
import threading
from pathlib import Path

import numpy as np
import pytest

from crosscheck.cli import main
from crosscheck.ingest.load import load_paths

EN = "The defence minister arrived in Kazan on Tuesday. The talks will last two days, the ministry said."
RU = "Министр обороны прибыл в Казань во вторник. Переговоры продлятся два дня, сообщает пресс-служба ведомства."


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("crosscheck: error: ") and "Traceback" not in err
    return lines[0]


@pytest.fixture
def en_file(tmp_path) -> Path:
    p = tmp_path / "en.txt"
    p.write_text(EN, encoding="utf-8")
    return p


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


# -- 2. the cache is disposable ----------------------------------------------------
class FakeEmbedder:
    name = key = "fake/4"
    dim = 4
    backend = "fake"
    threads = None
    default_batch_size = 8

    def __init__(self):
        self.encoded = 0

    def encode(self, texts, batch_size=None):
        self.encoded += len(texts)
        rows = [[len(t) + 1.0, t.count("a") + 1.0, 1.0, 2.0] for t in texts]
        x = np.asarray(rows, dtype=np.float32).reshape(len(texts), 4)
        return x / np.linalg.norm(x, axis=1, keepdims=True)


TEXTS = [f"text number {i} " + "a" * (i % 7) for i in range(200)]


def _filled_cache(path: Path) -> np.ndarray:
    from crosscheck.match.embed.cache import CachedEmbedder, EmbeddingCache

    cache = EmbeddingCache(path)
    vectors = CachedEmbedder(FakeEmbedder(), cache).encode(TEXTS)
    cache.close()
    return vectors


def _fresh_run(path: Path, caplog):
    from crosscheck.match.embed.cache import CachedEmbedder, EmbeddingCache

    inner = FakeEmbedder()
    with caplog.at_level(logging.WARNING, logger="crosscheck"):
        embedder = CachedEmbedder(inner, EmbeddingCache(path))
        vectors = embedder.encode(TEXTS)
    return embedder, inner, vectors


@pytest.mark.parametrize("damage", ["truncate", "garbage", "text"])
def test_a_damaged_cache_is_moved_aside_and_rebuilt(tmp_path, caplog, damage):
    path = tmp_path / "embeddings.sqlite"
    want = _filled_cache(path)
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(bytes(np.random.default_rng(0).integers(0, 256, len(data), dtype=np.uint8)))
    else:
        path.write_text("this is not a database\n" * 100)
    embedder, inner, vectors = _fresh_run(path, caplog)
    assert np.allclose(vectors, want)
    warnings = [r.getMessage() for r in caplog.records if "damaged" in r.getMessage()]
    assert len(warnings) == 1 and "moved aside" in warnings[0]
    assert list(tmp_path.glob("embeddings.sqlite.corrupt-*"))
    # the rebuilt cache works: a second run hits it
    _, inner2, again = _fresh_run(path, caplog)
    assert inner2.encoded == 0 and np.allclose(again, want)


def test_a_cache_rebuilt_by_another_process_is_not_moved_aside_again(tmp_path):
    from crosscheck.match.embed.cache import EmbeddingCache

    path = tmp_path / "embeddings.sqlite"
    want = _filled_cache(path)
    mine = EmbeddingCache(path)
    mine.count()  # connected to the file as it was
    _filled_cache(tmp_path / "rebuilt.sqlite")
    os.replace(tmp_path / "rebuilt.sqlite", path)  # another process rebuilt it meanwhile
    mine.recover(sqlite3.DatabaseError("database disk image is malformed"))
    assert not list(tmp_path.glob("*.corrupt-*"))
    from crosscheck.match.embed.cache import text_hash

    assert np.allclose(mine.get_many("fake/4", [text_hash(TEXTS[0])], 4)[text_hash(TEXTS[0])], want[0])


def test_cached_vectors_that_are_not_finite_unit_rows_are_recomputed(tmp_path, caplog):
    from crosscheck.match.embed.cache import EmbeddingCache, text_hash

    path = tmp_path / "embeddings.sqlite"
    want = _filled_cache(path)
    cache = EmbeddingCache(path)
    nan = np.full(4, np.nan, dtype=np.float32)
    long = np.full(4, 3.0, dtype=np.float32)
    cache.put_many("fake/4", [(text_hash(TEXTS[0]), nan), (text_hash(TEXTS[1]), long)])
    cache.close()
    embedder, inner, vectors = _fresh_run(path, caplog)
    assert inner.encoded == 2
    assert np.isfinite(vectors).all() and np.allclose(vectors, want)
    assert any("2 cached vectors" in r.getMessage() for r in caplog.records)


def test_home_that_is_a_file_or_cannot_be_created_runs_without_cache(tmp_path, monkeypatch, caplog):
    from crosscheck.match.embed.cache import CachedEmbedder

    blocker = tmp_path / "home-file"
    blocker.write_text("x")
    for home in (blocker, blocker / "sub"):
        monkeypatch.setenv("CROSSCHECK_HOME", str(home))
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="crosscheck"):
            embedder = CachedEmbedder(FakeEmbedder())
            vectors = embedder.encode(["one", "two"])
        assert embedder.cache is None and vectors.shape == (2, 4)
        (msg,) = [r.getMessage() for r in caplog.records]
        assert "without the embedding cache" in msg and "home-file" in msg


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_home_runs_without_cache(tmp_path, monkeypatch, caplog):
    from crosscheck.match.embed.cache import CachedEmbedder

    home = tmp_path / "ro"
    home.mkdir()
    home.chmod(0o500)
    monkeypatch.setenv("CROSSCHECK_HOME", str(home))
    try:
        with caplog.at_level(logging.WARNING, logger="crosscheck"):
            embedder = CachedEmbedder(FakeEmbedder())
            assert embedder.encode(["one"]).shape == (1, 4)
        assert embedder.cache is None
    finally:
        home.chmod(0o700)


def test_a_cache_locked_beyond_the_timeout_is_skipped(tmp_path, caplog):
    from crosscheck.match.embed.cache import CachedEmbedder, EmbeddingCache

    path = tmp_path / "embeddings.sqlite"
    _filled_cache(path)
    holder = sqlite3.connect(str(path), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        inner = FakeEmbedder()
        with caplog.at_level(logging.WARNING, logger="crosscheck"):
            embedder = CachedEmbedder(inner, EmbeddingCache(path, timeout=0.3, retries=2))
            vectors = embedder.encode(["a new text", "another new text"])
        assert vectors.shape == (2, 4) and np.isfinite(vectors).all()
        assert any("without the embedding cache" in r.getMessage() for r in caplog.records)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


# -- 3. metadata.toml: errors name the entry and affect only it ---------------------
def _folder(tmp_path, toml: str | None) -> Path:
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(RU, encoding="utf-8")
    if toml is not None:
        (tmp_path / "metadata.toml").write_text(toml, encoding="utf-8")
    return tmp_path


GOOD_B = '[documents.b]\noutlet = "Daily"\ndate = 2020-01-02\n'


@pytest.mark.parametrize("entry, needle", [
    ('[documents.a]\nlang = "de"\n', "'de'"),
    ('[documents.a]\ndate = "2020-02-31"\n', "2020-02-31"),
    ('[documents.a]\ndate = "yesterday"\n', "yesterday"),
])
def test_a_bad_metadata_entry_affects_only_that_entry(tmp_path, entry, needle):
    result = load_paths([_folder(tmp_path, entry + GOOD_B)])
    docs = {d.id: d for d in result.documents}
    assert set(docs) == {"a", "b"}  # nothing dropped
    assert docs["b"].outlet == "Daily"  # the good entry still applies
    assert docs["a"].lang == "en" and docs["a"].date is None  # a: read without metadata
    (problem,) = [str(p) for p in result.problems]
    assert "metadata.toml [documents.a]" in problem and needle in problem


def test_a_plain_value_in_documents_names_the_entry(tmp_path):
    result = load_paths([_folder(tmp_path, '[documents]\na = "en"\n' + GOOD_B)])
    assert {d.id for d in result.documents} == {"a", "b"}
    (problem,) = [str(p) for p in result.problems]
    assert "[documents.a]" in problem
    result = load_paths([_folder(tmp_path, 'documents = "x"\n')])
    assert {d.id for d in result.documents} == {"a", "b"}
    assert "metadata.toml" in str(result.problems[0])


def test_a_toml_syntax_error_ignores_the_metadata_not_the_files(tmp_path, capsys):
    folder = _folder(tmp_path, '[documents.a]\nlang = "en\n')
    result = load_paths([folder])
    assert {d.id for d in result.documents} == {"a", "b"}
    (problem,) = [str(p) for p in result.problems]
    assert "metadata.toml" in problem and "without metadata" in problem
    code, out, err = run(["claims", str(folder), "--format", "jsonl"], capsys)
    assert code == 0 and {json.loads(x)["doc"] for x in out.splitlines()} == {"a", "b"}
    assert "metadata.toml" in err


def test_unreadable_metadata_is_named(tmp_path):
    folder = _folder(tmp_path, None)
    os.mkfifo(folder / "metadata.toml")  # never opened: it would block
    result = _in_thread(lambda: load_paths([folder]))
    assert {d.id for d in result.documents} == {"a", "b"}
    assert any("metadata.toml" in str(p) for p in result.problems)


# -- 6. one size-limited reader: devices, FIFOs, sockets, stdin -----------------------
def _in_thread(fn, timeout: float = 10.0):
    box: dict = {}
    t = threading.Thread(target=lambda: box.setdefault("v", fn()), daemon=True)
    t.start()
    t.join(timeout)
    assert not t.is_alive(), "the reader blocked"
    return box["v"]


def test_fifo_and_socket_in_a_folder_are_named_and_skipped(tmp_path):
    (tmp_path / "ok.txt").write_text(EN, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tmp_path / "sock.txt"))
        result = _in_thread(lambda: load_paths([tmp_path]))
    finally:
        sock.close()
    assert [d.id for d in result.documents] == ["ok"]
    messages = [str(p) for p in result.problems]
    assert any("pipe.txt" in m and "pipe" in m for m in messages)
    assert any("sock.txt" in m and "socket" in m for m in messages)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_not_read(capsys):
    result = _in_thread(lambda: load_paths(["/dev/zero"], max_bytes=1000))
    assert not result.documents and "device" in str(result.problems[0])


class Endless(io.RawIOBase):
    """stdin that never ends."""

    def __init__(self):
        self.given = 0

    def readable(self):
        return True

    def read(self, n=-1):
        n = 1 << 16 if n is None or n < 0 else n
        self.given += n
        return b"a" * n


def test_stdin_honours_max_bytes():
    stream = Endless()
    result = _in_thread(lambda: load_paths(["-"], max_bytes=10_000, stdin=stream))
    assert not result.documents and "over the" in str(result.problems[0]) and "<stdin>" in str(result.problems[0])
    assert stream.given <= 10_001
    ok = load_paths(["-"], max_bytes=10_000, stdin=io.BytesIO(EN.encode()))
    assert [d.id for d in ok.documents] == ["stdin"]


def test_jsonl_on_stdin_is_read_as_documents():
    lines = [json.dumps({"id": "x1", "text": EN, "lang": "en"}), json.dumps({"text": RU})]
    result = load_paths(["-"], stdin=io.BytesIO("\n".join(lines).encode()))
    assert [d.id for d in result.documents] == ["x1", "stdin-2"] and not result.problems
    prose = load_paths(["-"], stdin=io.BytesIO(b'{"text": "x"}\nAnd then prose.'))
    assert len(prose.documents) == 1 and prose.documents[0].id == "stdin"


def test_symlink_loop_is_reported_as_such(tmp_path):
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    (tmp_path / "ok.txt").write_text(EN, encoding="utf-8")
    for target in (tmp_path / "loop.txt", tmp_path):
        result = load_paths([target])
        assert any("loop.txt" in str(p) and "symbolic link loop" in str(p) for p in result.problems)


@pytest.mark.parametrize("text, codec", [(EN, "utf-16-le"), (RU, "utf-16-le"), (EN, "utf-16-be"), (RU, "utf-16-be")])
def test_utf16_without_bom_is_text_not_binary(tmp_path, text, codec):
    p = tmp_path / "u16.txt"
    p.write_bytes(text.encode(codec))
    result = load_paths([p])
    assert not result.problems
    assert result.documents[0].text == text and result.documents[0].encoding == codec


def test_size_limit_is_printed_in_mib(tmp_path):
    p = tmp_path / "big.txt"
    with open(p, "wb") as f:
        f.truncate(21 * 1024 * 1024)  # sparse: never read
    (problem,) = load_paths([p]).problems
    assert "21 MiB" in str(problem) and "20 MiB limit" in str(problem)


@pytest.mark.parametrize("env, value", [("CROSSCHECK_MAX_BYTES", "abc"), ("CROSSCHECK_MAX_BYTES", "0"),
                                        ("CROSSCHECK_THREADS", "abc"), ("CROSSCHECK_THREADS", "0")])
def test_bad_environment_values_are_usage_errors(en_file, capsys, monkeypatch, env, value):
    monkeypatch.setenv(env, value)
    command = "claims" if env == "CROSSCHECK_MAX_BYTES" else "align"
    code, out, err = run([command, str(en_file)], capsys)
    assert code == 2 and env in one_error_line(err) and out == ""


def test_a_sub_folder_that_cannot_be_listed_is_named(tmp_path, monkeypatch):
    (tmp_path / "ok.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "hidden.txt").write_text(EN, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = load_paths([tmp_path])
    assert [d.id for d in result.documents] == ["ok"]
    assert any("locked" in str(p) and "permission denied" in str(p) for p in result.problems)


def test_a_file_name_that_is_not_utf8_can_be_written_anywhere(tmp_path, capsys):
    name = os.fsdecode(b"\xff\xfe report.txt")
    try:
        (tmp_path / name).write_text(EN, encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("the file system wants UTF-8 names")
    target = tmp_path / "out.json"
    code, out, err = run(["claims", str(tmp_path), "-o", str(target)], capsys)
    assert code == 0, err
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["documents"][0]["id"] == "\ufffd\ufffd report"


def test_html_nested_thousands_deep_is_read(tmp_path):
    p = tmp_path / "deep.html"
    p.write_text("<html><body>" + "<div>" * 20000 + EN + "</div>" * 20000 + "</body></html>", encoding="utf-8")
    (doc,) = load_paths([p]).documents
    assert doc.text.strip() == EN


def test_an_input_that_trips_a_parser_is_named_and_the_others_read(tmp_path, monkeypatch):
    import crosscheck.ingest.load as load

    def broken(text):
        raise ValueError("parser gave up")

    monkeypatch.setattr(load, "html_to_text", broken)
    (tmp_path / "a.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    (tmp_path / "b.txt").write_text(EN, encoding="utf-8")
    result = load_paths([tmp_path])
    assert [d.id for d in result.documents] == ["b"]
    (problem,) = result.problems
    assert "a.html" in str(problem) and "parser gave up" in str(problem)


# -- 5. encoding: UTF-8 with a few bad bytes is UTF-8 ----------------------------------
def test_a_stray_byte_in_english_utf8_is_replaced_not_mojibake(tmp_path, caplog):
    p = tmp_path / "en.txt"
    p.write_bytes("Russia’s top officer met NATO’s commander. ".encode() * 20 + b"caf\xe9 " + EN.encode())
    with caplog.at_level(logging.WARNING, logger="crosscheck"):
        result = load_paths([p])
    (doc,) = result.documents
    assert doc.encoding == "utf-8" and "Russia’s" in doc.text and "тА" not in doc.text
    assert "caf\ufffd" in doc.text
    (warning,) = result.warnings
    assert "en.txt" in warning and "1 byte" in warning


def test_one_bad_byte_in_russian_utf8_does_not_reject_the_file(tmp_path):
    p = tmp_path / "ru.txt"
    p.write_bytes(RU.encode() + b"\xff " + RU.encode())
    result = load_paths([p])
    (doc,) = result.documents
    assert not result.problems and doc.lang == "ru" and doc.text.count("Министр") == 2
    assert result.warnings and "ru.txt" in result.warnings[0]


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_a_real_legacy_file_still_decodes(tmp_path, encoding):
    p = tmp_path / "old.txt"
    p.write_bytes((RU + " Конец: \"цитата\".").encode(encoding))
    (doc,) = load_paths([p]).documents
    assert doc.encoding == encoding and doc.text.startswith(RU)


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
