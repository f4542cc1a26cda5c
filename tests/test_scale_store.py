"""The store: incremental runs equal a one-shot run, re-adding is a no-op, a run
killed with SIGKILL leaves a consistent store that the next run completes."""

from __future__ import annotations

import os
import shutil
import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import crosscheck
from crosscheck.store.codec import frame_from_json, frame_to_json
from crosscheck.store.db import DB_NAME

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _flags(report) -> dict[str, tuple]:
    """Per segment: its status and its links (counterpart, relation)."""
    return {r.id: (r.status, tuple(sorted((l.id, l.relation) for l in r.links))) for r in report.results}


def _batches(tmp_path: Path) -> tuple[Path, Path]:
    files = sorted(SEEDS.glob("*.txt"))
    first, second = tmp_path / "b1", tmp_path / "b2"
    for folder, part in ((first, files[:3]), (second, files[3:])):
        folder.mkdir()
        shutil.copy(SEEDS / "metadata.toml", folder)
        for f in part:
            shutil.copy(f, folder)
    return first, second


@pytest.fixture(scope="module")
def one_shot():
    return crosscheck.check([SEEDS])


def test_frames_round_trip_exactly(one_shot):
    frames = [r.frame for r in one_shot.results if r.frame is not None]
    assert frames and all(frame_from_json(frame_to_json(f)) == f for f in frames)


def test_two_batches_give_the_flags_of_one_run(tmp_path, one_shot):
    first, second = _batches(tmp_path)
    store = tmp_path / "store"
    r1 = crosscheck.check([first], store=store)
    assert r1.meta["new_documents"] == 3
    r2 = crosscheck.check([second], store=store, report_all=True)
    assert r2.meta["new_documents"] == 2 and r2.meta["stored_documents"] == 5
    assert _flags(r2) == _flags(one_shot)
    assert [r.id for r in r2.results] == [r.id for r in one_shot.results]
    # the contradiction of the seeds is found across the two batches
    assert any(r.status == "contradict" for r in r2.results)
    # without --all only the inputs are reported, with links into the stored documents
    r3 = crosscheck.check([second], store=store)
    assert r3.meta["new_documents"] == 0
    assert {r.segment.doc_id for r in r3.results} == {p.stem for p in second.glob("*.txt")}
    assert any(l.doc.startswith(("000", "001", "002")) for r in r3.results for l in r.links)


def test_re_adding_is_a_no_op(tmp_path):
    first, _ = _batches(tmp_path)
    store = tmp_path / "store"
    crosscheck.check([first], store=store)
    db = sqlite3.connect(store / DB_NAME)
    before = [db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("documents", "segments", "links")]
    again = crosscheck.check([first], store=store)
    after = [db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("documents", "segments", "links")]
    assert again.meta["new_documents"] == 0 and before == after
    assert again.meta["claims"] > 0 and any(r.links for r in again.results)


def test_store_refuses_another_model(tmp_path):
    from crosscheck.errors import UsageError
    from crosscheck.store.db import Store

    s = Store(tmp_path / "store")
    s.bind_model("model-a", 4)
    with pytest.raises(UsageError, match="model-a"):
        s.bind_model("model-b", 4)


def test_kill_minus_nine_then_resume(tmp_path, one_shot):
    store = tmp_path / "store"
    env = dict(os.environ, PYTHONPATH=str(ROOT), CROSSCHECK_STORE_DELAY="30", CROSSCHECK_PROGRESS="0")
    proc = subprocess.Popen([sys.executable, "-m", "crosscheck", "check", str(SEEDS), "--store", str(store),
                             "--format", "jsonl", "--jobs", "1"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    db_path = store / DB_NAME
    deadline = time.time() + 120
    stored = 0
    try:
        while time.time() < deadline and stored < 1:  # the first document is committed, then the run sleeps
            time.sleep(0.2)
            if db_path.exists():
                try:
                    with sqlite3.connect(db_path, timeout=1) as db:
                        stored = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
                except sqlite3.OperationalError:
                    pass
        assert proc.poll() is None, proc.stderr.read().decode()
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert stored == 1
    with sqlite3.connect(db_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # the committed document is whole; nothing is related yet; the run is unfinished
        assert db.execute("SELECT state FROM documents").fetchall() == [("read",)]
        assert db.execute("SELECT COUNT(*) FROM segments").fetchone()[0] > 0
        assert db.execute("SELECT COUNT(*) FROM links").fetchone()[0] == 0
        assert db.execute("SELECT finished FROM runs").fetchall() == [(None,)]
    env.pop("CROSSCHECK_STORE_DELAY")
    res = subprocess.run([sys.executable, "-m", "crosscheck", "check", str(SEEDS), "--store", str(store),
                          "--format", "jsonl", "--jobs", "1"], env=env, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    resumed = {r["id"]: (r["status"], tuple(sorted((l["id"], l["relation"]) for l in r["links"]))) for r in rows}
    assert resumed == _flags(one_shot)


def test_the_store_records_the_classifier_setting_and_warns_on_a_change(tmp_path, monkeypatch, caplog):
    """Links decided with the pair classifier off and links decided with it on would sit side by
    side without a word: each run records its setting, and a run whose setting differs from the
    stored links' says so on stderr (one line) and goes on."""
    first, second = _batches(tmp_path)
    store = tmp_path / "store"
    monkeypatch.setenv("CROSSCHECK_CLASSIFIER", "off")
    r1 = crosscheck.check([first], store=store)
    assert r1.meta["classifier"] == "off"
    with caplog.at_level("WARNING", logger="crosscheck"):
        crosscheck.check([first], store=store)  # the same setting: nothing said
    assert not [r for r in caplog.records if "classifier" in r.getMessage()]
    monkeypatch.setenv("CROSSCHECK_CLASSIFIER", "on")
    with caplog.at_level("WARNING", logger="crosscheck"):
        r2 = crosscheck.check([second], store=store)
    said = [r.getMessage() for r in caplog.records if "classifier" in r.getMessage()]
    assert len(said) == 1 and "classifier off" in said[0] and "with it on" in said[0]
    assert r2.meta["classifier"] == "on" and r2.meta["new_documents"] == 2
    db = sqlite3.connect(store / DB_NAME)
    assert [r[0] for r in db.execute("SELECT classifier FROM runs ORDER BY id")] == ["off", "off", "on"]
