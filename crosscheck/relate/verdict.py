"""One status per claim — contradict > agree > related > unique — with its links,
best first: by relation, then by score (related links are ranked by score too).
A unique claim keeps its nearest miss (id, score) when the run computed one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from crosscheck.model import ClaimFrame, ClaimResult, Link, Segment
from crosscheck.review.keys import fingerprints, link_key

_RANK = {"contradict": 0, "agree": 1, "related": 2}
#: Related links kept per claim (contradictions and agreements are all kept).
MAX_RELATED = 3


def _strength(rel) -> tuple[int, float]:
    """How a relation ranks among a claim's links: the stronger relation first, then the higher score."""
    return _RANK[rel.relation], -rel.score


def strongest_per_pair(relations) -> list:
    """For each pair of claims only the relation ``verdicts`` would show (decided from
    either side: the stronger, then the higher score, the first on a tie), in order.
    ``verdicts`` gives the same results with or without this step; it lets the weaker
    direction's relation go before the verdict (memory on large corpora)."""
    best: dict[frozenset, int] = {}
    kept: list = []
    for rel in relations:
        key = frozenset((rel.a.id, rel.b.id))
        k = best.get(key)
        if k is None:
            best[key] = len(kept)
            kept.append(rel)
        elif _strength(rel) < _strength(kept[k]):
            kept[k] = rel
    return kept


def verdicts(segments: Sequence[Segment], frames: Mapping[str, ClaimFrame], relations,
             nearest: Mapping[str, tuple[str, float]] | None = None, context: Sequence[Segment] = ()
             ) -> list[ClaimResult]:
    """A ClaimResult for every segment, in document order.  ``context``: segments of other
    documents the links point to (their document fingerprints go into the link keys; no
    result for them).

    A relation found from either side links both claims; when a pair was
    related twice, the stronger relation (then the higher score) wins.
    """
    wanted = {s.id for s in segments} if context else None
    best: dict[tuple[str, str], tuple] = {}
    for rel in relations:
        for src, dst in ((rel.a, rel.b), (rel.b, rel.a)):
            if wanted is not None and src.id not in wanted:
                continue
            key = (src.id, dst.id)
            cand = (*_strength(rel), rel, dst)
            if key not in best or cand[:2] < best[key][:2]:
                best[key] = cand
    links: dict[str, list[tuple]] = {}
    for (src, _), cand in best.items():
        links.setdefault(src, []).append(cand)

    prints = fingerprints((s.doc_id, s.text) for seq in (segments, context) for s in seq)
    results = []
    for seg in segments:
        if not seg.checked or (seg.reason or "").startswith("error:"):
            results.append(ClaimResult(segment=seg, frame=frames.get(seg.id), status=None))
            continue
        found = sorted(links.get(seg.id, []), key=lambda c: (c[0], c[1], c[3].id))
        kept, related = [], 0
        for rank, _, rel, dst in found:
            if rel.relation == "related":
                related += 1
                if related > MAX_RELATED:
                    continue
            kept.append(Link(id=dst.id, doc=dst.doc_id, relation=rel.relation, score=round(float(rel.score), 4),
                             explanation=rel.explanation, evidence=rel.evidence,
                             key=link_key(seg.text, prints[seg.doc_id], dst.text, prints[dst.doc_id])))
        status = kept[0].relation if kept else "unique"
        near = (nearest or {}).get(seg.id) if status == "unique" else None
        results.append(ClaimResult(segment=seg, frame=frames.get(seg.id), status=status, links=tuple(kept),
                                   nearest=(near[0], round(float(near[1]), 4)) if near else None))
    return results
