"""Hostile but fair inputs (issue 14): metadata errors affect only their entry, only regular
files and stdin are read and never beyond the limit, UTF-8 with a few bad bytes stays UTF-8."""

from __future__ import annotations

import io
import json
import logging
import os
import socket
import threading
from pathlib import Path

import pytest

from crosscheck.ingest.load import load_paths
from hostile_util import EN, RU, run

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


def test_html_nested_thousands_deep_is_named_at_once(tmp_path):
    import time

    (tmp_path / "deep.html").write_text("<html><body>" + "<div>" * 200_000 + EN + "</div>" * 200_000 + "</body></html>",
                                        encoding="utf-8")
    (tmp_path / "ok.html").write_text("<html><body>" + "<div>" * 1500 + EN + "</div>" * 1500 + "</body></html>",
                                      encoding="utf-8")
    t0 = time.perf_counter()
    result = load_paths([tmp_path])
    assert time.perf_counter() - t0 < 5  # the parser would take minutes on the deep page
    assert [d.id for d in result.documents] == ["ok"] and result.documents[0].text.strip() == EN
    (problem,) = result.problems
    assert "deep.html" in str(problem) and "nested" in str(problem)


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
