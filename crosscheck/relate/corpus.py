"""Relations across a corpus: candidate pairs, then one decision per pair.

Candidates for a claim are its most similar claims in every other document plus
the claims sharing a person, a place or a day with it.  Exclusivity assertions
("the first meeting since 2013") are checked against every event of the corpus.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from crosscheck.model import ClaimFrame, Segment
from crosscheck.relate.event_view import event_view
from crosscheck.relate.names import Names
from crosscheck.relate.noise import noise_for
from crosscheck.relate.pair import relate_pair
from crosscheck.relate.types import PairRelation
from crosscheck.relate.violations import exclusivity_violations

__all__ = ["relate_corpus"]


def _day_keys(seg: Segment, frame: ClaimFrame) -> frozenset[str]:
    view = event_view(seg, frame)
    if view.explicit and view.grain == "day":
        return frozenset({f"@{view.start.isoformat()}"})
    return frozenset()


def relate_corpus(
    claims: Sequence[Segment],
    frames: Mapping[str, ClaimFrame],
    vectors: np.ndarray,
    *,
    model: str,
    nli=None,
    per_doc: int = 3,
) -> list[PairRelation]:
    """Relations between claims of different documents, both directions, plus
    exclusivity violations found across the whole corpus."""
    noise = noise_for(model)
    names = Names(frames)
    out: list[PairRelation] = []
    if len(claims) and len(vectors):
        sims = vectors @ vectors.T
        doc_of = np.array([c.doc_id for c in claims])
        empty = ClaimFrame()
        fr = [frames.get(c.id, empty) for c in claims]
        views = {c.id: event_view(c, f) for c, f in zip(claims, fr)}
        keys = [frozenset(f.entity_keys()) | _day_keys(c, f) for c, f in zip(claims, fr)]
        by_key: dict[str, list[int]] = {}
        for j, ks in enumerate(keys):
            for k in ks:
                by_key.setdefault(k, []).append(j)
        for i, a in enumerate(claims):
            row = sims[i]
            # candidates: the most similar claims of each other document, and the
            # claims sharing a person or a day with this one (frames find what wording misses)
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
                    rel = relate_pair(a, fr[i], claims[j], fr[j], float(row[j]), noise, names, views=views)
                    if rel is not None:
                        out.append(rel)
    if nli is not None:
        from crosscheck.relate.nli import refine_with_nli

        out = refine_with_nli(out, nli)
    out.extend(exclusivity_violations(claims, frames, names))
    return out
