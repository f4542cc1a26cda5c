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
    new=None,
    queries=None,
    violations: bool = True,
    select: bool = True,
    floor=None,
    kth_out=None,
) -> list[PairRelation]:
    """Relations between claims of different documents, both directions, plus
    exclusivity violations found across the whole corpus.  ``new`` (a flag per
    claim) restricts the work to relations touching a new claim (incremental runs);
    ``queries`` (a flag per claim) to the pairs asked from those claims (a partition of
    the work), and ``violations=False``/``select=False`` leave the corpus-wide exclusivity
    check / the link selection (``select``) out, for a caller that runs them once;
    ``floor``/``kth_out``: see ``candidates.candidate_pairs``."""
    noise = noise_for(model)
    names = Names(frames)
    out: list[PairRelation] = []
    empty = ClaimFrame()
    fr = [frames.get(c.id, empty) for c in claims]
    views = {c.id: event_view(c, f) for c, f in zip(claims, fr)}
    touched: set[int] = set()
    for i, j, cos in candidate_pairs(claims, fr, vectors, per_doc=per_doc, new=new, queries=queries, floor=floor,
                                     kth_out=kth_out, views=views):
        if new is not None:
            touched.update((i, j))
        rel = relate_pair(claims[i], fr[i], claims[j], fr[j], cos, noise, names, views=views)
        if rel is not None:
            out.append(rel)
    if nli is not None:
        from crosscheck.relate.nli import refine_with_nli

        out = refine_with_nli(out, nli)
    if select and new is None:
        out = select_links(out, claims, fr, vectors, noise)
    elif select:
        # incremental: the selection over the new documents and the documents their
        # candidates came from (not the whole store), keeping what touches a new claim
        is_new = {c.id for c, f in zip(claims, new) if f}
        docs = {claims[k].doc_id for k in touched} | {c.doc_id for c in claims if c.id in is_new}
        sub = [k for k, c in enumerate(claims) if c.doc_id in docs]
        fresh = [n for n, k in enumerate(sub) if claims[k].id in is_new]
        out = select_links(out, [claims[k] for k in sub], [fr[k] for k in sub], vectors[sub], noise, rows=fresh)
        out = [r for r in out if r.a.id in is_new or r.b.id in is_new]
    if violations:
        out.extend(exclusivity_violations(claims, frames, names, new=new))
    return out
