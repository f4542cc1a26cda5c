"""The one decision path for candidate pairs, shared by ``check`` and ``compare``.

    1. exclusivity: "the first meeting since 2013" against every reported event
       (``violations``); a pair it rules on is not decided again;
    2. the slot decision for each candidate pair (``pair.relate_pair``);
    3. refinement of agree/related pair decisions by learned signals: the NLI
       model (``nli``), then any further ``refiners`` (e.g. a trained pair
       classifier: a callable taking and returning the list of ``PairRelation``).

A failure while relating one pair is logged on one line and recorded in
``errors`` (segment id -> message); the other pairs are decided.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence

from crosscheck.model import ClaimFrame, Segment
from crosscheck.relate.compact import Pool, RelationTable
from crosscheck.relate.event_view import EventView, event_view
from crosscheck.relate.names import Names
from crosscheck.relate.noise import Noise
from crosscheck.relate.pair import relate_pair
from crosscheck.relate.pair_memo import PairMemo
from crosscheck.relate.parallel import worth_parallel
from crosscheck.relate.types import PairRelation
from crosscheck.relate.violations import exclusivity_violations

__all__ = ["decide", "Refiner", "RANK", "best_relation"]

log = logging.getLogger("crosscheck")

Refiner = Callable[[list[PairRelation]], list[PairRelation]]
#: Strongest first: the order a claim's status takes from its links.
RANK = {"contradict": 0, "agree": 1, "related": 2}


def decide(
    claims: Sequence[Segment],
    frames: Mapping[str, ClaimFrame],
    candidates: Iterable[tuple[int, int, float]],
    noise: Noise,
    *,
    names: Names | None = None,
    views: Mapping[str, EventView] | None = None,
    nli=None,
    refiners: Sequence[Refiner] = (),
    errors: MutableMapping[str, str] | None = None,
    violations: bool = True,
    new: Sequence[bool] | None = None,
    jobs: int | None = None,
    executor=None,
) -> list[PairRelation]:
    """``jobs`` > 1: the slot decisions in that many worker processes (``relate.parallel``;
    the same relations in the same order), for corpora large enough to pay for them; in
    ``executor`` if one is running (the reading stage's process pool)."""
    names = names or Names(frames)
    errors = {} if errors is None else errors
    empty = ClaimFrame()
    try:
        violations = exclusivity_violations(claims, frames, names, new=new, views=views) if violations else []
    except Exception as exc:  # one malformed frame must not end the run
        _fail(errors, [], f"exclusivity check: {exc!r}")
        violations = []
    ruled = {frozenset((v.a.id, v.b.id)) for v in violations}
    if views is None:
        views = {}
        for c in claims:
            try:
                views[c.id] = event_view(c, frames.get(c.id, empty))
            except Exception as exc:
                _fail(errors, [c], f"event view: {exc!r}")
    out = RelationTable()  # held as columns: millions of relations on a large corpus (issue 12)
    pool = Pool()  # shared evidence and explanation templates: millions of relations on a large corpus
    memo = PairMemo(claims, frames, views, noise, names, empty, relate=relate_pair)  # identical pairs (reprints) decided once

    ids = [c.id for c in claims]  # Segment.id is built on each read: once per claim, not per pair
    has_view = [i in views for i in ids]

    def wanted(pairs):
        for i, j, cos in pairs:
            if not (has_view[i] and has_view[j]) or (ruled and frozenset((ids[i], ids[j])) in ruled):
                continue
            yield i, j, cos

    if worth_parallel(jobs, len(claims)):
        from crosscheck.relate.parallel import parallel_decisions

        decided = parallel_decisions(claims, frames, views, noise, names, wanted(candidates), jobs=jobs, executor=executor,
                                     here=memo.decide_all)
    else:
        decided = memo.decide_all(wanted(candidates))
    for i, j, rel, error in decided:
        if error is not None:
            a, b = claims[i], claims[j]
            _fail(errors, [a, b], f"relating {a.id} and {b.id}: {error}")
        elif rel is not None:
            out.append(pool.compact(rel))
    if memo.hits:
        log.info("relate: %d pair decisions made, %d reused (identical inputs)", memo.made, memo.reused)
    if nli is not None and out:
        from crosscheck.relate.nli import refine_with_nli

        out = refine_with_nli(out, nli)
    if out:  # the trained pair classifier (relate.classifier; --classifier on|off)
        from crosscheck.relate.classifier import refine_with_classifier

        out = refine_with_classifier(out, frames)
    for refine in refiners:
        out = refine(out)
    if isinstance(out, RelationTable):
        out.prepend(violations)  # in place: no second copy of millions of relations
        return out
    return violations + out


def best_relation(relations: Iterable[PairRelation]) -> PairRelation | None:
    """The relation a pair shows, as ``verdict`` would pick it: strongest, then highest score."""
    found = sorted(relations, key=lambda r: (RANK[r.relation], -r.score))
    return found[0] if found else None


def _fail(errors: MutableMapping[str, str], segments: Sequence[Segment], message: str) -> None:
    line = message.splitlines()[0][:300] if message else "error"
    log.warning("crosscheck: relate: %s", line)
    for seg in segments:
        errors.setdefault(seg.id, f"error: relate: {line}")
