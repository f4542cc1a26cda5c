"""The embedding cache is disposable (issue 14): damaged files are moved aside and rebuilt,
an unusable home or a lock beyond the timeout means running without it, bad vectors are recomputed."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import numpy as np
import pytest


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
