"""Nearest claims of *other* documents by cosine, in row blocks.

Exact search: ``vectors[rows_block] @ vectors[cols].T`` one block at a time, so
memory is ``block x len(cols)`` floats (16 MB of similarities, plus their ranks: ~80 MB in all), never ``n x n``.
Per query row: the best ``k`` columns of other documents, at most ``per_doc``
from any one document.  One pass can answer several such questions (``specs``):
the candidate search and the link selection's "best claim of each of the most
similar documents" share the one ``O(n^2)`` product.  Results come as compact
arrays (``-1``-padded column indices and float32 cosines: 8 bytes per neighbour,
not a Python tuple), block by block (``iter_top_k``), so a caller can use a
block's rows and drop them.  Measured against HNSW/IVF indexes in
bench/RESULTS.md (section "Scale"): exact blocked search is kept up to 10^5 claims.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

__all__ = ["top_k_other_docs", "iter_top_k", "best_cosine", "BLOCK_FLOATS"]

#: Floats in one similarity block (16 MB of float32).
BLOCK_FLOATS = 4 * 1024 * 1024


def _step(n_rows: int, n_cols: int, block: int | None) -> int:
    return block or max(1, min(n_rows, BLOCK_FLOATS // max(1, n_cols)))


def iter_top_k(
    vectors: np.ndarray, doc_code: np.ndarray, rows: np.ndarray, cols: np.ndarray, specs: Sequence[tuple[int, int]],
    *, block: int | None = None, col_max: np.ndarray | None = None,
) -> Iterator[tuple[np.ndarray, list[tuple[np.ndarray, np.ndarray]]]]:
    """Per block of ``rows`` (in the given order): ``(block_rows, [(idx, cos), ...])``,
    one pair per ``(k, per_doc)`` of ``specs``: ``idx`` (len(block) x k, int64 indices
    into ``vectors``, -1 padded), ``cos`` (float32, -inf padded), best first, ties by
    column position.  ``col_max`` (one float per column, -inf filled by the caller):
    raised to each column's highest cosine with a row of another document, from the
    same products (what ``best_cosine(vectors, cols, rows)`` gives, up to float32
    rounding), once the generator is exhausted."""
    rows = np.asarray(rows, dtype=np.int64)
    cols = np.asarray(cols, dtype=np.int64)
    kmax = max((k for k, _ in specs), default=0)
    if not len(rows) or not len(cols) or kmax <= 0:
        for s in range(0, len(rows), max(1, len(rows))):
            r = rows[s:]
            yield r, [(np.full((len(r), max(k, 0)), -1, np.int64), np.full((len(r), max(k, 0)), -np.inf, np.float32))
                      for k, _ in specs]
        return
    whole = len(cols) == len(vectors) and bool((cols == np.arange(len(cols))).all())
    base = vectors if whole else vectors[cols]  # every claim: the vectors themselves, not an n x dim copy
    col_doc = doc_code[cols]
    step = _step(len(rows), len(cols), block)
    # enough columns that the per-document cap still leaves k (a document holds
    # at most per_doc of them, plus same-document columns, which are dropped)
    m = min(len(cols), max(4 * kmax, kmax + 64))
    for s in range(0, len(rows), step):
        r = rows[s : s + step]
        sims = vectors[r] @ base.T
        sims[doc_code[r][:, None] == col_doc[None, :]] = -np.inf
        if col_max is not None:
            np.maximum(col_max, sims.max(axis=0), out=col_max)
        if m < len(cols):
            part = np.argpartition(sims, len(cols) - m, axis=1)[:, len(cols) - m :]  # the m largest (no negated copy)
        else:
            part = np.broadcast_to(np.arange(len(cols)), (len(r), len(cols)))
        vals = np.take_along_axis(sims, part, axis=1)
        del sims
        # best first, ties by column position (stable and deterministic)
        order = np.lexsort((part, -vals), axis=1)
        part = np.take_along_axis(part, order, axis=1)
        vals = np.take_along_axis(vals, order, axis=1)
        out = []
        part_l, vals_l = part.tolist(), vals.tolist()
        for k, per_doc in specs:
            idx = np.full((len(r), k), -1, np.int64)
            cos = np.full((len(r), k), -np.inf, np.float32)
            for t in range(len(r)):
                per: dict[int, int] = {}
                got = 0
                for c, v in zip(part_l[t], vals_l[t]):
                    if v == -np.inf:
                        break
                    d = int(col_doc[c])
                    if per.get(d, 0) >= per_doc:
                        continue
                    per[d] = per.get(d, 0) + 1
                    idx[t, got] = cols[c]
                    cos[t, got] = v
                    got += 1
                    if got >= k:
                        break
            out.append((idx, cos))
        yield r, out


def top_k_other_docs(
    vectors: np.ndarray, doc_code: np.ndarray, rows: np.ndarray, cols: np.ndarray, *,
    k: int, per_doc: int, block: int | None = None,
) -> dict[int, list[tuple[int, float]]]:
    """``{row: [(col, cos), ...]}``, best first (ties by column index)."""
    out: dict[int, list[tuple[int, float]]] = {}
    if k <= 0:
        return out
    for r, [(idx, cos)] in iter_top_k(vectors, doc_code, rows, cols, [(k, per_doc)], block=block):
        for t, i in enumerate(r.tolist()):
            picked = [(int(j), float(c)) for j, c in zip(idx[t].tolist(), cos[t].tolist()) if j >= 0]
            if picked or len(cols):
                out[i] = picked
    return out


def best_cosine(vectors: np.ndarray, rows: np.ndarray, cols: np.ndarray, *, block: int | None = None) -> np.ndarray:
    """The highest cosine of each row with any of ``cols`` (rows and cols of different documents)."""
    rows = np.asarray(rows, dtype=np.int64)
    cols = np.asarray(cols, dtype=np.int64)
    out = np.full(len(rows), -np.inf)
    if not len(rows) or not len(cols):
        return out
    base = vectors[cols]
    step = _step(len(rows), len(cols), block)
    for s in range(0, len(rows), step):
        out[s : s + step] = (vectors[rows[s : s + step]] @ base.T).max(axis=1)
    return out
