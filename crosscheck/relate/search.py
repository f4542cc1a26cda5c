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

__all__ = ["top_k_other_docs", "iter_top_k", "best_cosine", "copies", "tie_copies", "BLOCK_FLOATS"]

#: Floats in one similarity block (16 MB of float32).
BLOCK_FLOATS = 4 * 1024 * 1024


def copies(vectors: np.ndarray) -> np.ndarray | None:
    """For each row, the index of the first row holding the identical vector (a sentence
    reprinted word for word), or ``None`` when every row is distinct.

    A float32 product's last bits depend on where a column sits in the BLAS kernel's
    tiles (and on which kernel the CPU gets), so two identical columns can come out a
    few ulps apart: which copy ranks first would then depend on the machine and on how a
    run was blocked.  Giving every copy its first copy's cosine (``tie_copies``) makes
    them exact ties, broken by position.  Rows are matched by an integer fingerprint of
    16 of their words (exact arithmetic: no rounding), then compared whole."""
    v = np.ascontiguousarray(vectors)
    n = len(v)
    if n < 2:
        return None
    words = v.reshape(n, -1).view(np.uint8)
    if words.shape[1] % 4 == 0:
        words = words.view(np.uint32)
    some = words[:, :: max(1, words.shape[1] // 16)]  # 16 spread words: candidates, checked whole below
    mult = np.random.default_rng(0x5EED).integers(1, 2**63, size=some.shape[1], dtype=np.uint64) | np.uint64(1)
    h = np.empty(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for s in range(0, n, 4096):  # 0.5 MB of uint64 at a time
            h[s:s + 4096] = (some[s:s + 4096].astype(np.uint64) * mult).sum(axis=1, dtype=np.uint64)
    _, first, inv = np.unique(h, return_index=True, return_inverse=True)
    if len(first) == n:
        return None
    copy = first[inv.ravel()]
    dup = np.flatnonzero(copy != np.arange(n))
    same = np.empty(len(dup), dtype=bool)
    for s in range(0, len(dup), 2048):  # a few MB at a time: whole-array copies of 10^5 rows cost page faults
        d = dup[s:s + 2048]
        same[s:s + 2048] = (words[d] == words[copy[d]]).all(axis=1)
    copy[dup[~same]] = dup[~same]  # a fingerprint collision: not a copy
    return copy if len(dup) and same.any() else None


def tie_copies(copy: np.ndarray | None, cols: np.ndarray) -> np.ndarray | None:
    """Positions into ``cols``: each column's first copy among ``cols`` (``None``: no two
    of ``cols`` are copies).  ``sims[..., tie_copies(copy, cols)]`` gives every copy the
    same cosine."""
    if copy is None or len(cols) < 2:
        return None
    _, first, inv = np.unique(copy[cols], return_index=True, return_inverse=True)
    if len(first) == len(cols):
        return None
    return first[inv.ravel()]


def _step(n_rows: int, n_cols: int, block: int | None) -> int:
    return block or max(1, min(n_rows, BLOCK_FLOATS // max(1, n_cols)))


def iter_top_k(
    vectors: np.ndarray, doc_code: np.ndarray, rows: np.ndarray, cols: np.ndarray, specs: Sequence[tuple[int, int]],
    *, block: int | None = None, col_max: np.ndarray | None = None, copy: np.ndarray | None = None,
) -> Iterator[tuple[np.ndarray, list[tuple[np.ndarray, np.ndarray]]]]:
    """Per block of ``rows`` (in the given order): ``(block_rows, [(idx, cos), ...])``,
    one pair per ``(k, per_doc)`` of ``specs``: ``idx`` (len(block) x k, int64 indices
    into ``vectors``, -1 padded), ``cos`` (float32, -inf padded), best first, ties by
    column position.  ``col_max`` (one float per column, -inf filled by the caller):
    raised to each column's highest cosine with a row of another document, from the
    same products (what ``best_cosine(vectors, cols, rows)`` gives, up to float32
    rounding), once the generator is exhausted.  ``copy``: ``copies(vectors)``, when
    the caller has it (computed here otherwise); identical columns rank by position."""
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
    canon = tie_copies(copies(vectors) if copy is None else copy, cols)
    step = _step(len(rows), len(cols), block)
    # enough columns that the per-document cap still leaves k (a document holds
    # at most per_doc of them, plus same-document columns, which are dropped)
    m = min(len(cols), max(4 * kmax, kmax + 64))
    for s in range(0, len(rows), step):
        r = rows[s : s + step]
        sims = vectors[r] @ base.T
        if canon is not None:
            sims = sims[:, canon]
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
    k: int, per_doc: int, block: int | None = None, copy: np.ndarray | None = None,
) -> dict[int, list[tuple[int, float]]]:
    """``{row: [(col, cos), ...]}``, best first (ties by column index)."""
    out: dict[int, list[tuple[int, float]]] = {}
    if k <= 0:
        return out
    for r, [(idx, cos)] in iter_top_k(vectors, doc_code, rows, cols, [(k, per_doc)], block=block, copy=copy):
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
