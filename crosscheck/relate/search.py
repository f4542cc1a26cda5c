"""Nearest claims of *other* documents by cosine, in row blocks.

Exact search: ``vectors[rows_block] @ vectors[cols].T`` one block at a time, so
memory is ``block x len(cols)`` floats (16 MB of similarities, plus their ranks: ~80 MB in all), never ``n x n``.
Per query row: the best ``k`` columns of other documents, at most ``per_doc``
from any one document.  Measured against HNSW/IVF indexes in bench/RESULTS.md
(section "Scale"): exact blocked search is kept up to 10^5 claims.
"""

from __future__ import annotations

import numpy as np

__all__ = ["top_k_other_docs", "best_cosine", "BLOCK_FLOATS"]

#: Floats in one similarity block (16 MB of float32).
BLOCK_FLOATS = 4 * 1024 * 1024


def top_k_other_docs(
    vectors: np.ndarray, doc_code: np.ndarray, rows: np.ndarray, cols: np.ndarray, *,
    k: int, per_doc: int, block: int | None = None,
) -> dict[int, list[tuple[int, float]]]:
    """``{row: [(col, cos), ...]}``, best first (ties by column index)."""
    out: dict[int, list[tuple[int, float]]] = {}
    rows = np.asarray(rows, dtype=np.int64)
    cols = np.asarray(cols, dtype=np.int64)
    if not len(rows) or not len(cols) or k <= 0:
        return out
    base = vectors[cols]
    col_doc = doc_code[cols]
    step = block or max(1, min(len(rows), BLOCK_FLOATS // max(1, len(cols))))
    # enough columns that the per-document cap still leaves k (a document holds
    # at most per_doc of them, plus same-document columns, which are dropped)
    m = min(len(cols), max(4 * k, k + 64))
    for s in range(0, len(rows), step):
        r = rows[s : s + step]
        sims = vectors[r] @ base.T
        sims[doc_code[r][:, None] == col_doc[None, :]] = -np.inf
        if m < len(cols):
            part = np.argpartition(sims, len(cols) - m, axis=1)[:, len(cols) - m :]  # the m largest (no negated copy)
        else:
            part = np.broadcast_to(np.arange(len(cols)), (len(r), len(cols)))
        vals = np.take_along_axis(sims, part, axis=1)
        # best first, ties by column position (stable and deterministic)
        order = np.lexsort((part, -vals), axis=1)
        part = np.take_along_axis(part, order, axis=1)
        vals = np.take_along_axis(vals, order, axis=1)
        for t, i in enumerate(r.tolist()):
            picked: list[tuple[int, float]] = []
            per: dict[int, int] = {}
            for c, v in zip(part[t].tolist(), vals[t].tolist()):
                if v == -np.inf:
                    break
                d = int(col_doc[c])
                if per.get(d, 0) >= per_doc:
                    continue
                per[d] = per.get(d, 0) + 1
                picked.append((int(cols[c]), v))
                if len(picked) >= k:
                    break
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
    step = block or max(1, min(len(rows), BLOCK_FLOATS // max(1, len(cols))))
    for s in range(0, len(rows), step):
        out[s : s + step] = (vectors[rows[s : s + step]] @ base.T).max(axis=1)
    return out
