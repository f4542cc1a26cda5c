"""Relations across a corpus: candidate pairs (``candidates``), then the one
decision path (``decide``): exclusivity over the whole corpus, the slot decision
per pair, NLI refinement; then the corpus post-step (``select``) that keeps the
``related`` links one can trust (agreements and contradictions pass unchanged)."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Sequence

import numpy as np

from crosscheck.model import ClaimFrame, Segment
from crosscheck.relate.candidates import candidate_pairs
from crosscheck.relate.decide import Refiner, decide
from crosscheck.relate.event_view import event_view
from crosscheck.relate.names import Names
from crosscheck.relate.noise import noise_for
from crosscheck.relate.select import select_links
from crosscheck.relate.types import PairRelation

__all__ = ["relate_corpus"]


def relate_corpus(
    claims: Sequence[Segment],
    frames: Mapping[str, ClaimFrame],
    vectors: np.ndarray,
    *,
    model: str,
    nli=None,
    per_doc: int = 3,
    refiners: Sequence[Refiner] = (),
    errors: MutableMapping[str, str] | None = None,
) -> list[PairRelation]:
    """Relations between claims of different documents, both directions, plus
    exclusivity violations found across the whole corpus.  A pair that fails is
    recorded in ``errors`` (segment id -> "error: ...") and skipped."""
    noise = noise_for(model)
    names = Names(frames)
    empty = ClaimFrame()
    fr = [frames.get(c.id, empty) for c in claims]
    views = {}
    for c, f in zip(claims, fr):
        try:
            views[c.id] = event_view(c, f)
        except Exception:  # decide() records it
            pass

    def select(rels: list[PairRelation]) -> list[PairRelation]:
        return select_links(rels, claims, fr, vectors, noise)

    return decide(claims, frames, candidate_pairs(claims, fr, vectors, per_doc=per_doc), noise, names=names,
                  views=views if len(views) == len(claims) else None, nli=nli, refiners=(*refiners, select),
                  errors=errors)
