"""Candidate pairs: which claims of other documents are worth a pair decision.

For each claim, two sources, both bounded per claim (so the work grows linearly
with the corpus, whatever its near-duplicates and frequent names):

* **by wording**: its ``k`` most similar claims of other documents (cosine), at
  most ``per_doc`` from any one document.  Exact search in row blocks (no n x n
  matrix: memory is ``block x n``), see :mod:`crosscheck.relate.search`;
* **by anchors**: claims sharing a person, place, organisation or day with it
  (frames find what wording misses), looked up in posting lists.  A key shared
  by more than ``key_cap`` claims is blocked by time: only the claims of the
  same or a neighbouring week (publication week, or the week of the claim's own
  stated day) count, and a (key, week) list still longer than ``key_cap`` is a
  frequent key ("Russia" in a week of news) that says nothing about an event:
  it is not used.  At most ``per_doc`` per document and
  ``k`` in all, most shared anchors first.

On a corpus of fewer than ``k / per_doc + 1`` documents (and no frequent key)
this is exactly "the ``per_doc`` best of every other document".

``candidate_pairs`` yields ``(i, j, cos)`` with ``i`` and ``j`` indices into
``claims``, per claim grouped by the other document (in id order), best first;
the pair decision is ``relate.pair``'s.  With ``new`` (a mask of new claims,
for incremental runs) only pairs touching a new claim are produced: new claims
search everything, old claims search the new ones only.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

from crosscheck.model import ClaimFrame, Segment
from crosscheck.relate.event_view import event_view

__all__ = ["candidate_pairs", "anchor_keys", "anchor_rank", "K", "KEY_CAP"]

#: Candidates by wording per claim (8 documents x 3).
K = 24
#: Longest posting list an anchor may have and still select candidates.
KEY_CAP = 64
#: float32 search vs float64 floor: a tie must not be lost to rounding.
_TOL = 1e-5
#: Extra slack of the old claims' pre-filter when its cosines come from the shared pass
#: (new x all, not old x new: float32 sums in another order differ in the last bits).
_REACH_TOL = 1e-5


def anchor_rank(shared: int, cos: float) -> float:
    """One number ordering anchored candidates as they are picked: more shared anchors
    first, then the higher cosine (``cos + 1`` is in [0, 2], below one anchor's step)."""
    return shared * 4.0 + cos + 1.0


def _week(date) -> int | None:
    return None if date is None else date.toordinal() // 7


def anchor_keys(seg: Segment, frame: ClaimFrame, view=None) -> tuple[frozenset[str], frozenset[int | None]]:
    """The claim's anchor keys (entity keys, ``@day``) and its blocking weeks."""
    view = view if view is not None else event_view(seg, frame)
    keys = set(frame.entity_keys())
    weeks = {_week(seg.doc.date)}
    if view.explicit and view.grain == "day":
        keys.add(f"@{view.start.isoformat()}")
        weeks.add(_week(view.start))
    keys.discard("")
    return frozenset(keys), frozenset(weeks)


class _Postings:
    """Anchor key -> claim indices, and (key, week) -> claim indices for frequent keys."""

    def __init__(self, keys, weeks, members: np.ndarray):
        self.lists: dict[str, list[int]] = {}
        self.by_week: dict[tuple[str, int | None], list[int]] = {}
        self.weeks_of: dict[str, set[int | None]] = {}
        for j in members.tolist():
            for key in keys[j]:
                self.lists.setdefault(key, []).append(j)
                for w in weeks[j]:
                    self.by_week.setdefault((key, w), []).append(j)
                    self.weeks_of.setdefault(key, set()).add(w)

    def lookup(self, key: str, weeks: frozenset[int | None], cap: int, sizes: "_Postings | None" = None) -> Iterator[list[int]]:
        """The claims sharing ``key``; when they are more than ``cap``, only those of
        the neighbouring weeks (blocking by time), and no list longer than ``cap``.
        ``sizes``: the index whose list lengths decide (the whole corpus, when this
        one holds only the new claims)."""
        sizes = sizes or self
        whole = self.lists.get(key)
        if whole is None:
            return
        if len(sizes.lists[key]) <= cap:
            yield whole
            return
        if None in weeks:  # undated: any week
            wanted = self.weeks_of.get(key, set())
        else:
            wanted = {w + d for w in weeks for d in (-1, 0, 1)} | {None}
        seen: set[int] = set()
        for w in sorted(wanted, key=lambda x: (x is None, x or 0)):
            lst = self.by_week.get((key, w))
            if lst is not None and len(sizes.by_week[(key, w)]) <= cap:
                fresh = [j for j in lst if j not in seen]
                seen.update(fresh)
                yield fresh


def candidate_pairs(
    claims: Sequence[Segment], frames: Sequence[ClaimFrame], vectors: np.ndarray, *, per_doc: int = 3,
    k: int = K, key_cap: int = KEY_CAP, new: np.ndarray | None = None, queries: np.ndarray | None = None,
    floor: np.ndarray | None = None, kth_out: dict[int, float] | None = None, block: int | None = None,
    views=None, doc_top: np.ndarray | None = None, anchor_floor: np.ndarray | None = None,
    anchor_kth_out: dict[int, float] | None = None, copy: np.ndarray | None = None,
) -> Iterator[tuple[int, int, float]]:
    """``(i, j, cos)`` for every candidate counterpart ``j`` of claim ``i`` (other documents only).

    Incremental runs: an old claim takes a new claim by wording only if it would rank
    among its ``k`` best, i.e. at or above ``floor[i]`` (the cosine of its ``k``-th best
    when it was related; NaN: it had fewer, take any); ``kth_out`` receives that value
    for the claims searched now.  By anchors, a key's frequency is its frequency in the
    whole corpus, old claims included.

    ``queries`` (a mask) restricts ``i`` to a partition of the claims: the union over
    a partition of the claims is the whole output, in the same order.

    By anchors likewise: an old claim takes a new claim only if it would rank among its
    ``k`` anchored candidates, i.e. its ``anchor_rank`` (shared anchors, then cosine) reaches
    ``anchor_floor[i]`` (that of its ``k``-th anchored candidate when it was related; NaN:
    it had fewer, take any); ``anchor_kth_out`` receives that value for the claims searched now.
    (Without it an old claim that shares a name with a new one takes the new one, however
    many better-anchored claims it already has: 6x the pair decisions of the new claims.)

    ``doc_top`` (an ``n x m`` int array, -1 filled): receives, for the new claims
    searched, the best claim of each of their ``m`` most similar other documents,
    computed in the same pass as the search by wording (``select`` uses it).
    ``copy``: ``search.copies(vectors)`` when the caller has it (computed here otherwise)."""
    from crosscheck.relate.search import best_cosine, copies, iter_top_k, tie_copies, top_k_other_docs

    n = len(claims)
    if not n or not len(vectors):
        return
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if copy is None:
        copy = copies(vectors)  # identical vectors (reprints) tie exactly, ranked by position
    doc_ids = [c.doc_id for c in claims]
    names, doc_code = np.unique(np.array(doc_ids, dtype=object), return_inverse=True)
    doc_code = doc_code.astype(np.int64)
    is_new = np.ones(n, dtype=bool) if new is None else np.asarray(new, dtype=bool)
    all_idx = np.arange(n)
    asked = np.ones(n, dtype=bool) if queries is None else np.asarray(queries, dtype=bool)
    new_idx = all_idx[is_new]
    new_rows = all_idx[is_new & asked]
    old_rows = all_idx[~is_new & asked]

    specs = [(k, per_doc)] + ([(doc_top.shape[1], 1)] if doc_top is not None else [])
    # incremental runs (every new claim asked): the new claims' search against all is done
    # first, in one pass, and the same products give each old claim its best cosine with a
    # new claim (the old claims' pre-filter below): one O(new x n) product, not two
    shared = new is not None and len(new_rows) == len(new_idx)
    ahead: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
    reach = None
    if shared and len(new_rows):
        col_max = np.full(n, -np.inf, dtype=np.float32) if len(old_rows) and floor is not None else None
        got_idx = np.full((len(new_rows), k), -1, np.int64)
        got_cos = np.full((len(new_rows), k), -np.inf, np.float32)
        at = 0
        for rows, found in iter_top_k(vectors, doc_code, new_rows, all_idx, specs, block=block, col_max=col_max,
                                         copy=copy):
            got_idx[at:at + len(rows)], got_cos[at:at + len(rows)] = found[0]
            at += len(rows)
            if doc_top is not None:
                doc_top[rows] = found[1][0]
        slot = np.full(n, -1, np.int64)
        slot[new_rows] = np.arange(len(new_rows))
        ahead = (slot, got_idx, got_cos)
        if col_max is not None:
            reach = col_max[old_rows].astype(np.float64)
        del col_max

    # by wording: old claims against the new ones (few, kept whole) ...
    old_best: dict[int, list[tuple[int, float]]] = {}
    if len(old_rows) and len(new_idx) and floor is not None:
        # only old claims that some new claim could enter (its best cosine reaches the floor);
        # from the shared pass the bound is looser by ``_REACH_TOL`` (float32 rounding of the
        # other product): it only lets more claims through to the exact test below
        if reach is None:
            reach, tol = best_cosine(vectors, old_rows, new_idx, block=block), _TOL
        else:
            tol = _TOL + _REACH_TOL
        fl = np.asarray(floor, dtype=np.float64)[old_rows] - tol
        old_rows = old_rows[np.isnan(fl) | (reach >= fl)]
    if len(old_rows) and len(new_idx):
        old_best = top_k_other_docs(vectors, doc_code, old_rows, new_idx, k=k, per_doc=per_doc, block=block,
                                    copy=copy)
        if floor is not None:
            old_best = {i: [(j, c) for j, c in p if not c < floor[i] - _TOL] for i, p in old_best.items()}
    # ... new claims against all: found above (incremental runs), or one block of rows at a
    # time (consumed in row order below, so only a block's neighbours are held); the same
    # pass fills ``doc_top`` (the best claim of each of a claim's most similar documents, for
    # the link selection)
    blocks = None if ahead is not None else iter_top_k(vectors, doc_code, new_rows, all_idx, specs, block=block,
                                                      copy=copy)
    current: dict[int, list[tuple[int, float]]] = {}

    def listed(r: int, idx: np.ndarray, cos: np.ndarray) -> list[tuple[int, float]]:
        found = [(j, c) for j, c in zip(idx.tolist(), cos.tolist()) if j >= 0]
        if kth_out is not None:
            kth_out[r] = found[-1][1] if len(found) >= k else float("nan")
        return found

    def wording(i: int) -> list[tuple[int, float]]:
        if not is_new[i]:
            return old_best.get(i, [])
        if ahead is not None:
            t = int(ahead[0][i])
            return listed(i, ahead[1][t], ahead[2][t])
        while i not in current:
            rows, found = next(blocks)
            current.clear()
            idx, cos = found[0]
            for t, r in enumerate(rows.tolist()):
                current[r] = listed(r, idx[t], cos[t])
            if doc_top is not None:
                doc_top[rows] = found[1][0]
        return current[i]

    # by anchors
    # the keys read the frame, the event view and the publication date only: a reprinted claim
    # (one frame object and one view shared, the same date; a store decodes equal frames once)
    # has the keys of its first copy
    anchors = []
    seen: dict[tuple, tuple[frozenset[str], frozenset[int | None]]] = {}
    for c, f in zip(claims, frames):
        view = views.get(c.id) if views is not None else None
        key = (id(f), id(view), c.doc.date) if view is not None else None
        got = seen.get(key) if key is not None else None
        if got is None:
            got = anchor_keys(c, f, view)
            if key is not None:
                seen[key] = got
        anchors.append(got)
    del seen
    keys = [a[0] for a in anchors]
    weeks = [a[1] for a in anchors]
    postings = _Postings(keys, weeks, all_idx)
    # old claims look among the new ones only, a key's frequency still the whole corpus's
    post_new = _Postings(keys, weeks, new_idx) if new is not None else postings
    for i in range(n):
        if not asked[i]:
            continue
        best_i = wording(i)
        if not is_new[i] and not (best_i or any(k in post_new.lists for k in keys[i])):
            continue
        index, sizes = (postings, None) if is_new[i] else (post_new, postings)
        shared: dict[int, int] = {}
        for key in keys[i]:
            for lst in index.lookup(key, weeks[i], key_cap, sizes):
                for j in lst:
                    if doc_code[j] != doc_code[i]:
                        shared[j] = shared.get(j, 0) + 1
        anchored: list[int] = []
        cos_of: dict[int, float] = {j: c for j, c in best_i}
        if shared:
            # in index order: a float32 product's last bit depends on the row's place in the
            # block, and identical copies (reprints) must not be ordered by the hash order of
            # the anchor keys (which differs from process to process)
            js = np.sort(np.fromiter(shared, dtype=np.int64, count=len(shared)))
            cs = vectors[js] @ vectors[i]
            tie = tie_copies(copy, js)
            if tie is not None:
                cs = cs[tie]
            extra = {int(j): float(c) for j, c in zip(js, cs)}
            order = sorted(extra, key=lambda j: (-shared[j], -extra[j], j))
            if not is_new[i] and anchor_floor is not None and not np.isnan(anchor_floor[i]):
                order = [j for j in order if anchor_rank(shared[j], extra[j]) >= anchor_floor[i] - _TOL]
            per: dict[int, int] = {}
            for j in order:
                d = doc_code[j]
                if per.get(d, 0) < per_doc:
                    per[d] = per.get(d, 0) + 1
                    anchored.append(j)
                    if len(anchored) >= k:
                        break
            for j in anchored:
                cos_of.setdefault(j, extra[j])
        if anchor_kth_out is not None and is_new[i]:
            last = anchored[k - 1] if len(anchored) >= k else None
            anchor_kth_out[i] = float("nan") if last is None else anchor_rank(shared[last], extra[last])
        groups: dict[int, list[int]] = {}
        for j, _ in best_i:
            groups.setdefault(int(doc_code[j]), []).append(j)
        for j in anchored:
            groups.setdefault(int(doc_code[j]), []).append(j)
        if not groups:
            continue
        # the reported cosine in float64 from the two vectors alone (an elementwise
        # product summed along the row, not BLAS): the same value in both directions
        # and however the search was blocked or partitioned
        js = np.fromiter(cos_of, dtype=np.int64, count=len(cos_of))
        exact = dict(zip(js.tolist(), (vectors[js].astype(np.float64) * vectors[i].astype(np.float64)).sum(axis=1).tolist()))
        for d in sorted(groups):
            for j in dict.fromkeys(groups[d]):
                yield i, int(j), exact[j]
