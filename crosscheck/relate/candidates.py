"""Candidate pairs: which claims of other documents are worth a pair decision.

For each claim: its most similar claims in every other document (by cosine),
plus the claims sharing a person, place, organisation or day with it (frames
find what wording misses).  ``candidate_pairs`` yields ``(i, j, cos)`` with
``i`` and ``j`` indices into ``claims``; the pair decision is ``relate.pair``'s.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import numpy as np

from crosscheck.model import ClaimFrame, Segment
from crosscheck.relate.event_view import event_view

__all__ = ["candidate_pairs"]


def _day_keys(seg: Segment, frame: ClaimFrame) -> frozenset[str]:
    view = event_view(seg, frame)
    if view.explicit and view.grain == "day":
        return frozenset({f"@{view.start.isoformat()}"})
    return frozenset()


def candidate_pairs(
    claims: Sequence[Segment], frames: Sequence[ClaimFrame], vectors: np.ndarray, *, per_doc: int = 3
) -> Iterator[tuple[int, int, float]]:
    """``(i, j, cos)`` for every candidate counterpart ``j`` of claim ``i`` (other documents only)."""
    if not len(claims) or not len(vectors):
        return
    sims = vectors @ vectors.T
    doc_of = np.array([c.doc_id for c in claims])
    keys = [frozenset(f.entity_keys()) | _day_keys(c, f) for c, f in zip(claims, frames)]
    by_key: dict[str, list[int]] = {}
    for j, ks in enumerate(keys):
        for k in ks:
            by_key.setdefault(k, []).append(j)
    for i, a in enumerate(claims):
        row = sims[i]
        shared: dict[int, int] = {}
        for k in keys[i]:
            for j in by_key[k]:
                if doc_of[j] != a.doc_id:
                    shared[j] = shared.get(j, 0) + 1
        for other in np.unique(doc_of):
            if other == a.doc_id:
                continue
            idx = np.flatnonzero(doc_of == other)
            best = list(idx[np.argsort(-row[idx])][:per_doc])
            anchored = sorted((j for j in shared if doc_of[j] == other), key=lambda j: (-shared[j], -row[j]))[:per_doc]
            for j in dict.fromkeys(best + anchored):
                yield i, int(j), float(row[j])
