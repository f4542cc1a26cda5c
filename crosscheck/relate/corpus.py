"""Relations across a corpus: candidate pairs (``candidates``), then one decision
per pair (``pair``); exclusivity assertions ("the first meeting since 2013") are
checked against every event of the corpus (``violations``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from crosscheck.model import ClaimFrame, Segment
from crosscheck.relate.candidates import candidate_pairs
from crosscheck.relate.event_view import event_view
from crosscheck.relate.names import Names
from crosscheck.relate.noise import noise_for
from crosscheck.relate.pair import relate_pair
from crosscheck.relate.select import select_links
from crosscheck.relate.types import PairRelation
from crosscheck.relate.violations import exclusivity_violations

__all__ = ["relate_corpus"]


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
    empty = ClaimFrame()
    fr = [frames.get(c.id, empty) for c in claims]
    views = {c.id: event_view(c, f) for c, f in zip(claims, fr)}
    for i, j, cos in candidate_pairs(claims, fr, vectors, per_doc=per_doc):
        rel = relate_pair(claims[i], fr[i], claims[j], fr[j], cos, noise, names, views=views)
        if rel is not None:
            out.append(rel)
    if nli is not None:
        from crosscheck.relate.nli import refine_with_nli

        out = refine_with_nli(out, nli)
    from crosscheck.relate.classifier import refine_with_classifier

    out = refine_with_classifier(out, frames)
    out = select_links(out, claims, fr, vectors, noise)
    out.extend(exclusivity_violations(claims, frames, names))
    return out
