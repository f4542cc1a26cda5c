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
    new=None,
    queries=None,
    violations: bool = True,
    select: bool = True,
    floor=None,
    kth_out=None,
    anchor_floor=None,
    anchor_kth_out=None,
    jobs: int | None = None,
    executor=None,
    copy: np.ndarray | None = None,
) -> Sequence[PairRelation]:
    """Relations between claims of different documents, both directions, plus
    exclusivity violations found across the whole corpus, through the one decision
    path (``decide``).  A pair that fails is recorded in ``errors`` (segment id ->
    "error: ...") and skipped.  ``new`` (a flag per claim) restricts the work to
    relations touching a new claim (incremental runs); ``queries`` (a flag per claim)
    to the pairs asked from those claims (a partition of the work), and
    ``violations=False``/``select=False`` leave the corpus-wide exclusivity check /
    the link selection (``select``) out, for a caller that runs them once;
    ``floor``/``kth_out``/``anchor_floor``/``anchor_kth_out``: see ``candidates.candidate_pairs``;
    ``jobs``/``executor``: worker processes for the pair decisions (``decide``; the same output);
    ``copy``: ``search.copies(vectors)`` when the caller has it (computed once here otherwise, for the
    candidate search and the selection).
    The relations come as a ``compact.RelationTable`` (columns; a relation is built when
    read), which reads, compares and pickles as the list of relations."""
    noise = noise_for(model)
    names = Names(_first_of_each(frames))
    empty = ClaimFrame()
    ids = [c.id for c in claims]
    fr = [frames.get(i, empty) for i in ids]
    views = {}
    # a claim's event view reads its frame and its document's date (``event_view``): a
    # reprinted claim (one frame object shared, the same date) has the same view
    seen: dict[tuple, object] = {}
    for c, cid, f in zip(claims, ids, fr):
        key = (id(f), c.doc.date)
        view = seen.get(key)
        if view is None:
            try:
                view = seen[key] = event_view(c, f)
            except Exception:  # decide() records it
                continue
        views[cid] = view
    del seen, ids
    if copy is None:
        from crosscheck.relate.search import copies

        copy = copies(np.ascontiguousarray(vectors, dtype=np.float32))
    def select_step(rels: Sequence[PairRelation]) -> Sequence[PairRelation]:
        if new is None:
            return select_links(rels, claims, fr, vectors, noise, top=doc_top if queries is None else None,
                                consume=True, copy=copy)  # decide's own table: filtered in place
        # incremental: the missed counterparts of the new claims only (old -> old was settled
        # before), from the new claims' per-document best found in the candidate search (the
        # same pass over every stored claim); keeping what touches a new claim
        rels = select_links(rels, claims, fr, vectors, noise, rows=np.flatnonzero(is_new), top=doc_top, consume=True,
                            copy=copy)
        return [r for r in rels if r.a.id in fresh or r.b.id in fresh]

    # the candidate search also finds what the selection needs (one O(n^2) pass, not two):
    # one-shot runs, and incremental runs for the new claims (``candidate_pairs(doc_top=...)``)
    doc_top = None
    is_new = None if new is None else np.asarray(new, dtype=bool)
    fresh = set() if new is None else {c.id for c, f in zip(claims, is_new) if f}
    if select and queries is None:
        from crosscheck.relate.select import MUTUAL_DOCS

        doc_top = np.full((len(claims), MUTUAL_DOCS), -1, dtype=np.int64)
    pairs = candidate_pairs(claims, fr, vectors, per_doc=per_doc, new=new, queries=queries, floor=floor,
                            kth_out=kth_out, views=views, doc_top=doc_top,
                            anchor_floor=anchor_floor, anchor_kth_out=anchor_kth_out, copy=copy)
    return decide(claims, frames, pairs, noise, names=names,
                  views=views if len(views) == len(claims) else None, nli=nli,
                  refiners=(*refiners, select_step) if select else tuple(refiners), errors=errors,
                  violations=violations, new=new, jobs=jobs, executor=executor)


def _first_of_each(frames: Mapping[str, ClaimFrame]) -> dict[int, ClaimFrame]:
    """Each distinct frame object once, in first-seen order: the display names ``Names`` picks
    (the first Latin-script name of a key, else its first name) are the same, without visiting
    every copy of a reprinted claim (a store shares one decoded object among equal frames)."""
    out: dict[int, ClaimFrame] = {}
    for f in frames.values():
        out.setdefault(id(f), f)
    return out
