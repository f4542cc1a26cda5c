"""One status per claim — contradict > agree > related > unique — with its links,
best first: by relation, then by score (related links are ranked by score too).
A unique claim keeps its nearest miss (id, score) when the run computed one.

Memory (issue 12): a corpus of 10^5 claims yields millions of links.  The winning
relation of each pair is found with arrays (no per-pair Python tuples), the two
links of a pair share their key, score and counterpart id strings, and a link
reads its explanation from the relation it came from (``RelationLink``) instead of
holding its own copy; every value read is the same as before."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from crosscheck.model import ClaimFrame, ClaimResult, Link, Segment
from crosscheck.review.keys import fingerprints, link_key

_RANK = {"contradict": 0, "agree": 1, "related": 2}
#: Related links kept per claim (contradictions and agreements are all kept).
MAX_RELATED = 3
_EXPL = Link.__dict__["explanation"]  # the dataclass slot that holds the text (or the relation it comes from)


def _strength(rel) -> tuple[int, float]:
    """How a relation ranks among a claim's links: the stronger relation first, then the higher score."""
    return _RANK[rel.relation], -rel.score


class RelationLink(Link):
    """A ``Link`` that reads its explanation from the relation it was made from (one
    object shared by both sides of a pair); it reads, compares and pickles as a ``Link``."""

    __slots__ = ()

    @property
    def explanation(self) -> str:  # type: ignore[override]
        value = _EXPL.__get__(self, Link)
        return value if type(value) is str else value.explanation

    @explanation.setter
    def explanation(self, value) -> None:  # the dataclass __init__ (and dataclasses.replace) set it
        _EXPL.__set__(self, value)

    def _values(self):
        return (self.id, self.doc, self.relation, self.score, self.explanation, self.evidence, self.key, self.review)

    def __eq__(self, other):
        if not isinstance(other, Link):
            return NotImplemented
        return self._values() == (other.id, other.doc, other.relation, other.score, other.explanation,
                                  other.evidence, other.key, other.review)

    def __hash__(self):
        return hash(self._values())

    def __reduce__(self):
        return (Link, self._values())


def _winners(relations: list, index: dict[str, int]):
    """Per pair of claims the relation ``verdicts`` shows (the stronger, then the higher
    score, the first on a tie): ``(positions in relations, a indices, b indices)``."""
    import numpy as np

    n = len(relations)
    ia, ib = np.empty(n, dtype=np.int64), np.empty(n, dtype=np.int64)
    rank, score = np.empty(n, dtype=np.int8), np.empty(n, dtype=np.float64)
    for k, rel in enumerate(relations):
        ia[k] = index.setdefault(rel.a.id, len(index))
        ib[k] = index.setdefault(rel.b.id, len(index))
        rank[k] = _RANK[rel.relation]
        score[k] = rel.score
    lo, hi = np.minimum(ia, ib), np.maximum(ia, ib)
    pair = lo * max(len(index), 1) + hi
    order = np.lexsort((np.arange(n), -score, rank, pair))  # pair, then strength, then first seen
    first = np.ones(n, dtype=bool)
    first[1:] = pair[order][1:] != pair[order][:-1]
    win = np.sort(order[first])  # in input order
    return win, ia[win], ib[win], rank[win], score[win]


def strongest_per_pair(relations) -> list:
    """For each pair of claims only the relation ``verdicts`` would show (decided from
    either side: the stronger, then the higher score, the first on a tie), in order.
    ``verdicts`` gives the same results with or without this step; it lets the weaker
    direction's relation go before the verdict (memory on large corpora)."""
    relations = relations if isinstance(relations, list) else list(relations)
    if not relations:
        return []
    win = _winners(relations, {})[0]
    return [relations[k] for k in win.tolist()]


def verdicts(segments: Sequence[Segment], frames: Mapping[str, ClaimFrame], relations,
             nearest: Mapping[str, tuple[str, float]] | None = None, context: Sequence[Segment] = ()
             ) -> list[ClaimResult]:
    """A ClaimResult for every segment, in document order.  ``context``: segments of other
    documents the links point to (their document fingerprints go into the link keys; no
    result for them).

    A relation found from either side links both claims; when a pair was
    related twice, the stronger relation (then the higher score) wins.
    """
    import numpy as np

    relations = relations if isinstance(relations, list) else list(relations)
    index: dict[str, int] = {}
    links: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    ends: list = []
    if relations:
        win, ia, ib, rank, score = _winners(relations, index)
        ids = list(index)  # one id string per claim, shared by every link to it
        sides = {}
        for seg, k in ((r.a, i) for r, i in zip((relations[w] for w in win.tolist()), ia.tolist())):
            sides.setdefault(k, seg)
        for seg, k in ((r.b, i) for r, i in zip((relations[w] for w in win.tolist()), ib.tolist())):
            sides.setdefault(k, seg)
        n = len(win)
        both = ia != ib  # a pair of one claim with itself links once
        src = np.concatenate([ia, ib[both]])
        dst = np.concatenate([ib, ia[both]])
        which = np.concatenate([np.arange(n), np.arange(n)[both]])
        if context:
            wanted = np.zeros(len(ids), dtype=bool)
            for s in segments:
                k = index.get(s.id)
                if k is not None:
                    wanted[k] = True
            keep = wanted[src]
            src, dst, which = src[keep], dst[keep], which[keep]
        id_rank = np.empty(len(ids), dtype=np.int64)
        id_rank[sorted(range(len(ids)), key=ids.__getitem__)] = np.arange(len(ids))
        order = np.lexsort((id_rank[dst], -score[which], rank[which], src))
        src, dst, which = src[order], dst[order], which[order]
        cuts = np.flatnonzero(np.diff(src)) + 1
        starts = np.concatenate([[0], cuts]) if len(src) else np.empty(0, dtype=np.int64)
        stops = np.concatenate([cuts, [len(src)]]) if len(src) else np.empty(0, dtype=np.int64)
        for s0, s1 in zip(starts.tolist(), stops.tolist()):
            links[ids[int(src[s0])]] = (dst[s0:s1], which[s0:s1])
        ends = [None] * n  # per winning pair: (key, score), shared by its two links

    prints = fingerprints((s.doc_id, s.text) for seq in (segments, context) for s in seq)
    results = []
    for seg in segments:
        if not seg.checked or (seg.reason or "").startswith("error:"):
            results.append(ClaimResult(segment=seg, frame=frames.get(seg.id), status=None))
            continue
        kept, related = [], 0
        found = links.get(seg.id)
        for j, w in (zip(found[0].tolist(), found[1].tolist()) if found is not None else ()):
            rel = relations[int(win[w])]
            if rel.relation == "related":
                related += 1
                if related > MAX_RELATED:
                    continue
            other = sides[j]
            end = ends[w]
            if end is None:
                end = ends[w] = (link_key(seg.text, prints[seg.doc_id], other.text, prints[other.doc_id]),
                                 round(float(rel.score), 4))
            kept.append(RelationLink(id=ids[j], doc=other.doc_id, relation=rel.relation, score=end[1],
                                     explanation=rel, evidence=rel.evidence, key=end[0]))
        status = kept[0].relation if kept else "unique"
        near = (nearest or {}).get(seg.id) if status == "unique" else None
        results.append(ClaimResult(segment=seg, frame=frames.get(seg.id), status=status, links=tuple(kept),
                                   nearest=(near[0], round(float(near[1]), 4)) if near else None))
    return results
