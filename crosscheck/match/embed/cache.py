"""On-disk embedding cache keyed by (model key, sha256 of the text).

One SQLite file (``$CROSSCHECK_HOME/embeddings.sqlite``) in WAL mode: many
readers and one writer at a time across processes; writers wait (busy
timeout) and retry, so two processes sharing the cache are safe.  Vectors are
stored as raw float32 bytes, so a cached vector is bit-identical to the one
that was computed.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from crosscheck.home import home
from crosscheck.match.embed.base import Embedder

__all__ = ["EmbeddingCache", "CachedEmbedder", "text_hash", "default_cache_path"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS emb (
    model TEXT NOT NULL,
    h BLOB NOT NULL,
    vec BLOB NOT NULL,
    PRIMARY KEY (model, h)
) WITHOUT ROWID
"""
_CHUNK = 500  # host parameters per query (SQLite allows 999+)


def text_hash(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


def default_cache_path() -> Path:
    return home() / "embeddings.sqlite"


class EmbeddingCache:
    """A process- and thread-safe store of vectors."""

    def __init__(self, path: str | os.PathLike | None = None, *, timeout: float = 30.0, retries: int = 8):
        self.path = Path(path) if path else default_cache_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.timeout = timeout
        self.retries = retries
        self._local = threading.local()
        self._retry(lambda c: (c.execute(_SCHEMA), c.commit()))

    # -- connection per thread (sqlite3 connections must not cross threads)
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None or getattr(self._local, "pid", None) != os.getpid():
            conn = sqlite3.connect(str(self.path), timeout=self.timeout, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(f"PRAGMA busy_timeout={int(self.timeout * 1000)}")
            self._local.conn = conn
            self._local.pid = os.getpid()
        return conn

    def _retry(self, fn):
        delay = 0.05
        for attempt in range(self.retries):
            try:
                return fn(self._conn())
            except sqlite3.OperationalError as exc:
                msg = str(exc).lower()
                if ("locked" not in msg and "busy" not in msg) or attempt == self.retries - 1:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 2.0)

    def get_many(self, model: str, hashes: Sequence[bytes], dim: int) -> dict[bytes, np.ndarray]:
        """Vectors found for ``hashes`` (missing ones are absent from the result)."""
        found: dict[bytes, np.ndarray] = {}
        uniq = list(dict.fromkeys(hashes))
        for i in range(0, len(uniq), _CHUNK):
            chunk = uniq[i : i + _CHUNK]
            q = f"SELECT h, vec FROM emb WHERE model = ? AND h IN ({','.join('?' * len(chunk))})"
            rows = self._retry(lambda c: c.execute(q, [model, *chunk]).fetchall())
            for h, blob in rows:
                v = np.frombuffer(blob, dtype=np.float32)
                if v.shape[0] == dim:
                    found[bytes(h)] = v
        return found

    def put_many(self, model: str, items: Iterable[tuple[bytes, np.ndarray]]) -> None:
        rows = [(model, h, np.ascontiguousarray(v, dtype=np.float32).tobytes()) for h, v in items]
        if not rows:
            return

        def write(c: sqlite3.Connection):
            c.execute("BEGIN IMMEDIATE")
            try:
                c.executemany("INSERT OR REPLACE INTO emb (model, h, vec) VALUES (?, ?, ?)", rows)
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise

        self._retry(write)

    def count(self, model: str | None = None) -> int:
        if model is None:
            return self._retry(lambda c: c.execute("SELECT COUNT(*) FROM emb").fetchone()[0])
        return self._retry(lambda c: c.execute("SELECT COUNT(*) FROM emb WHERE model = ?", (model,)).fetchone()[0])

    def clear(self, model: str | None = None) -> None:
        if model is None:
            self._retry(lambda c: c.execute("DELETE FROM emb"))
        else:
            self._retry(lambda c: c.execute("DELETE FROM emb WHERE model = ?", (model,)))

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


class CachedEmbedder(Embedder):
    """Wraps an embedder: looks every text up in the cache and encodes only the misses."""

    def __init__(self, inner: Embedder, cache: EmbeddingCache | None = None):
        self.inner = inner
        self.cache = cache if cache is not None else EmbeddingCache()
        self.name = inner.name
        self.dim = inner.dim
        self.key = inner.key
        self.backend = inner.backend
        self.threads = inner.threads
        self.default_batch_size = inner.default_batch_size
        self.hits = 0
        self.misses = 0

    def encode(self, texts: Sequence[str], batch_size: int | None = None) -> np.ndarray:
        if isinstance(texts, str):
            raise TypeError("encode() takes a sequence of strings, not a single string")
        texts = [t if isinstance(t, str) else str(t) for t in texts]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        hashes = [text_hash(t) for t in texts]
        found = self.cache.get_many(self.key, hashes, self.dim)
        missing: dict[bytes, str] = {}
        for h, t in zip(hashes, texts):
            if h not in found and h not in missing:
                missing[h] = t
        self.hits += len(texts) - sum(1 for h in hashes if h not in found)
        if missing:
            new = self.inner.encode(list(missing.values()), batch_size=batch_size)
            self.misses += len(missing)
            fresh = dict(zip(missing.keys(), new))
            self.cache.put_many(self.key, fresh.items())
            found.update(fresh)
        for i, h in enumerate(hashes):
            out[i] = found[h]
        return out

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self.inner.encode(texts)

    def __getattr__(self, item):  # backend-specific attributes (prefix, source, ...)
        if item == "inner":
            raise AttributeError(item)
        return getattr(self.inner, item)

    def __repr__(self) -> str:
        return f"CachedEmbedder({self.inner!r}, cache={str(self.cache.path)!r})"
