"""On-disk embedding cache keyed by (model key, sha256 of the text).

One SQLite file (``$CROSSCHECK_HOME/embeddings.sqlite``) in WAL mode: many
readers and one writer at a time across processes; writers wait (busy
timeout) and retry, so two processes sharing the cache are safe.  Vectors are
stored as raw float32 bytes, so a cached vector is bit-identical to the one
that was computed.

The cache is disposable.  A damaged file (truncated, garbage, not a database)
is moved aside as ``embeddings.sqlite.corrupt-<time>`` and rebuilt, with one
warning; a cache that cannot be used at all (read-only home, home is a file,
locked beyond the timeout) is left out of the run, with one warning.  A
vector read back must be finite, of the right size and unit length, else it is
recomputed.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from crosscheck.errors import CrosscheckError
from crosscheck.home import HomeUnavailable, ensure_home
from crosscheck.match.embed.base import Embedder

__all__ = ["EmbeddingCache", "CachedEmbedder", "CacheUnavailable", "text_hash", "default_cache_path"]

log = logging.getLogger("crosscheck")
#: A cached vector's length may differ from 1 by this much (float32 rounding is ~1e-7).
NORM_TOLERANCE = 1e-3


class CacheUnavailable(CrosscheckError):
    """The cache cannot be opened or written; the run goes on without it."""

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
    return ensure_home() / "embeddings.sqlite"


def _is_corruption(exc: BaseException) -> bool:
    """A DatabaseError that says the file is damaged (not "locked" or "busy")."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    msg = str(exc).lower()
    if isinstance(exc, sqlite3.OperationalError) and ("locked" in msg or "busy" in msg or "readonly" in msg
                                                      or "read-only" in msg or "unable to open" in msg
                                                      or "disk i/o" in msg):
        return False
    return True


def _inode(path: Path) -> int | None:
    try:
        return os.stat(path).st_ino
    except OSError:
        return None


def valid_rows(vectors: np.ndarray) -> np.ndarray:
    """Boolean mask of rows that are finite and of unit length (within :data:`NORM_TOLERANCE`)."""
    finite = np.isfinite(vectors).all(axis=1)
    norms = np.linalg.norm(np.where(np.isfinite(vectors), vectors, 0.0), axis=1)
    return finite & (np.abs(norms - 1.0) <= NORM_TOLERANCE)


class EmbeddingCache:
    """A process- and thread-safe store of vectors."""

    def __init__(self, path: str | os.PathLike | None = None, *, timeout: float = 30.0, retries: int = 8):
        """Open (or create) the cache; a damaged file is moved aside and rebuilt.

        Raises:
            CacheUnavailable: the cache cannot be created or opened (one-line reason).
        """
        if path:
            self.path = Path(path)
        else:
            try:
                self.path = default_cache_path()
            except HomeUnavailable as exc:
                raise CacheUnavailable(str(exc)) from None
        self.timeout = timeout
        self.retries = retries
        self._local = threading.local()
        self.moved_aside: Path | None = None
        self.invalid = 0  # cached vectors rejected on read (recomputed)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CacheUnavailable(f"cannot create {str(self.path.parent)!r}: {exc.strerror or exc}") from None
        try:
            self._open_checked()
        except sqlite3.DatabaseError as exc:
            if not _is_corruption(exc):
                raise CacheUnavailable(f"{self.path}: {exc}") from None
            self.recover(exc)

    def _open_checked(self) -> None:
        def setup(c: sqlite3.Connection):
            c.execute(_SCHEMA)
            row = c.execute("SELECT name FROM sqlite_master WHERE name = 'emb'").fetchone()
            if row is None:
                raise sqlite3.DatabaseError("the emb table is missing")
            c.execute("SELECT model, h, vec FROM emb LIMIT 1").fetchall()

        self._retry(setup)

    def recover(self, exc: BaseException) -> None:
        """Move a damaged cache file aside (with its WAL and SHM files) and start a new one."""
        opened = getattr(self._local, "ino", None)
        self.close()
        if opened is not None and _inode(self.path) not in (None, opened):
            # another process has already replaced the damaged file: use its new one
            try:
                self._open_checked()
                return
            except sqlite3.DatabaseError:
                self.close()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{os.getpid()}")
        try:
            for suffix in ("", "-wal", "-shm"):
                part = Path(str(self.path) + suffix)
                if part.exists():
                    os.replace(part, str(aside) + suffix)
        except OSError as err:
            raise CacheUnavailable(f"{self.path} is damaged ({exc}) and cannot be moved aside: "
                                   f"{err.strerror or err}") from None
        self.moved_aside = aside
        log.warning("warning: the embedding cache %s was damaged (%s); moved aside to %s and rebuilt",
                    self.path, " ".join(str(exc).split()), aside.name)
        try:
            self._open_checked()
        except sqlite3.DatabaseError as err:
            raise CacheUnavailable(f"{self.path}: cannot rebuild ({err})") from None

    # -- connection per thread (sqlite3 connections must not cross threads)
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None or getattr(self._local, "pid", None) != os.getpid():
            conn = sqlite3.connect(str(self.path), timeout=self.timeout, isolation_level=None)
            try:
                conn.execute(f"PRAGMA busy_timeout={int(self.timeout * 1000)}")
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
            except BaseException:
                conn.close()
                raise
            self._local.conn = conn
            self._local.pid = os.getpid()
            self._local.ino = _inode(self.path)
        return conn

    def _retry(self, fn):
        """Run ``fn(connection)``, retrying while the database is locked, for at most
        ``retries`` attempts and about ``timeout`` seconds in all."""
        delay = 0.05
        deadline = time.monotonic() + self.timeout
        for attempt in range(self.retries):
            try:
                return fn(self._conn())
            except sqlite3.OperationalError as exc:
                msg = str(exc).lower()
                if ("locked" not in msg and "busy" not in msg) or attempt == self.retries - 1 \
                        or time.monotonic() + delay > deadline:
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
                if not isinstance(blob, (bytes, memoryview)) or len(blob) != 4 * dim:
                    self.invalid += 1
                    continue
                v = np.frombuffer(blob, dtype=np.float32)
                if not valid_rows(v[None, :])[0]:
                    self.invalid += 1
                    continue
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
        self._warned = False
        self._reported_invalid = 0
        if cache is None:
            try:
                cache = EmbeddingCache()
            except CacheUnavailable as exc:
                self._disable(exc)
        self.cache = cache
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
        found = self._safely(lambda c: c.get_many(self.key, hashes, self.dim)) or {}
        self._report_invalid()
        missing: dict[bytes, str] = {}
        for h, t in zip(hashes, texts):
            if h not in found and h not in missing:
                missing[h] = t
        self.hits += len(texts) - sum(1 for h in hashes if h not in found)
        if missing:
            new = self.inner.encode(list(missing.values()), batch_size=batch_size)
            self.misses += len(missing)
            fresh = dict(zip(missing.keys(), new))
            self._safely(lambda c: c.put_many(self.key, fresh.items()))
            found.update(fresh)
        for i, h in enumerate(hashes):
            out[i] = found[h]
        return out

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self.inner.encode(texts)

    # -- the cache never fails a run
    def _disable(self, exc: BaseException) -> None:
        if not self._warned:
            log.warning("warning: running without the embedding cache: %s", " ".join(str(exc).split()))
            self._warned = True
        self.cache = None

    def _safely(self, op):
        """``op(cache)``; a damaged cache is rebuilt once, any other cache failure turns it off."""
        for attempt in (1, 2):
            if self.cache is None:
                return None
            try:
                return op(self.cache)
            except CacheUnavailable as exc:
                self._disable(exc)
            except sqlite3.Error as exc:
                if attempt == 1 and _is_corruption(exc):
                    try:
                        self.cache.recover(exc)
                        continue
                    except CacheUnavailable as err:
                        self._disable(err)
                        return None
                self._disable(CacheUnavailable(f"{self.cache.path}: {exc}"))
            except OSError as exc:
                self._disable(CacheUnavailable(f"{exc.strerror or exc}"))
        return None

    def _report_invalid(self) -> None:
        if self.cache is not None and self.cache.invalid > self._reported_invalid:
            n = self.cache.invalid - self._reported_invalid
            self._reported_invalid = self.cache.invalid
            log.warning("warning: %d cached vector%s in %s %s not finite and unit-length; recomputed",
                        n, "s" if n != 1 else "", self.cache.path, "were" if n != 1 else "was")

    def __getattr__(self, item):  # backend-specific attributes (prefix, source, ...)
        if item == "inner":
            raise AttributeError(item)
        return getattr(self.inner, item)

    def __repr__(self) -> str:
        where = str(self.cache.path) if self.cache is not None else None
        return f"CachedEmbedder({self.inner!r}, cache={where!r})"
