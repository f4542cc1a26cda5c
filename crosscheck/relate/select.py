"""Which links survive on comparable text: a post-step over the per-pair decisions.

Two articles written independently in two languages share some facts and not
others.  A pair decision sees one pair at a time; this step sees each claim's
other candidates too, and keeps a ``related`` link only when it is a counterpart
you can trust:

* **mutual nearest neighbours**: ``b`` is ``a``'s most similar claim in ``b``'s
  document and ``a`` is ``b``'s most similar claim in ``a``'s document (from
  ``Z_MUTUAL`` noise sigmas, the pair decision's own floor), standing out from
  each side's next candidate by a margin unless the similarity is high;
* **a part of a longer claim** (a sentence split or merged across languages):
  ``b`` is ``a``'s nearest claim, ``b``'s nearest is another claim ``c`` of ``a``'s
  document, and ``a`` and ``c`` together match ``b`` better than ``c`` alone (the
  normalised sum of their vectors stands for the two sentences read together);
* otherwise only with **real shared content**: a number or year stated on both
  sides (``Z_CONTENT``), or, between two reports of one story (documents naming
  at least two of the same people or organisations), a claim's nearest match in
  the other report (``Z_STORY``).  A shared place name alone is never enough,
  and a claim's second-best match elsewhere is dropped.

Mutual nearest neighbours that the pair decision left unlinked (a short paraphrase
shares no frame slot and may sit below its floor for links that share nothing) are
added as ``related`` when they stand out clearly (``Z_ADD``, ``MARGIN_ADD``).

Agreements and contradictions are the pair decision's (the frames found a shared
event or a clash); they pass unchanged.  Thresholds are in noise sigmas
(``relate.noise``) and were fitted on the DEV part of ``bench/comparable.py``
(``bench/bench_counterparts.py --part dev``); see bench/RESULTS.md.

``nearest_misses`` gives every claim left without a link its closest candidate
and score, for the reviewer (the ``nearest`` field of a ``unique`` record).
"""

from __future__ import annotations

import dataclasses
import re
from array import array
from collections.abc import Mapping, Sequence

import numpy as np

from crosscheck.model import ClaimFrame, Evidence, Segment
from crosscheck.relate.compact import RelationTable
from crosscheck.relate.noise import Noise
from crosscheck.relate.search import copies, tie_copies
from crosscheck.relate.types import PairRelation

__all__ = ["select_links", "nearest_misses", "nearest_for", "shared_numbers", "Z_MUTUAL", "Z_PART", "Z_CONTENT", "Z_STORY"]

#: A mutual nearest neighbour is a counterpart from this similarity (noise sigmas;
#: the pair decision's own floor: every mutual pair it linked stays).
Z_MUTUAL = 4.0
#: Below this similarity a mutual pair must also stand out from each side's next
#: candidate by ``MARGIN`` noise sigmas.
Z_MUTUAL_SURE = 8.0
MARGIN = 1.0
#: Mutual nearest neighbours the pair decision did not link are added from this
#: similarity when they stand out from each side's next candidate by ``MARGIN_ADD`` sigmas.
Z_ADD = 5.0
MARGIN_ADD = 1.0
#: Mutual nearest neighbours are looked for in each claim's this many most similar other
#: documents (bounded work per claim; every document on smaller corpora).
MUTUAL_DOCS = 24
#: A claim that is one part of a longer claim on the other side (split/merged sentences).
Z_PART = 6.0
#: Other links need a number or year stated on both sides and this similarity ...
Z_CONTENT = 6.5
#: ... or documents naming this many of the same people/organisations (one story),
#: where a claim's nearest match in the other document is related from ``Z_STORY``.
STORY_KEYS = 2
#: DEV is flat for 4.0-5.5; 4.75 is the middle, and the pair decision's own "two reports of
#: one event state the same fact" level (thresholds.Z_AGREE).
Z_STORY = 4.75
#: A part matches the longer claim at least this fraction as well as its nearest part does,
#: and the two parts together match it this much better than the nearest part alone.
PART_RATIO = 0.6
PART_GAIN = 0.03

#: Entries kept in the per-(claim, document) nearest-claim memo (~200 bytes each).
MEMO = 200_000

_DIGITS = re.compile(r"\d[\d\s.,]*\d|\d")


def _numbers(seg: Segment, frame: ClaimFrame | None) -> set[str]:
    out: set[str] = set()
    if frame is not None:
        for q in frame.quantities:
            out.add(f"{q.value:g}")
        for t in frame.times:
            if t.start is not None and t.grain in ("year", "range", "month", "day"):
                out.add(str(t.start.year))
    if not out:  # frames found nothing: the digits as written (thousand separators dropped)
        for m in _DIGITS.finditer(seg.text):
            token = re.sub(r"[\s.,]", "", m.group())
            if len(token) >= 2:
                out.add(token)
    return out


def shared_numbers(a: Segment, fa: ClaimFrame | None, b: Segment, fb: ClaimFrame | None) -> list[str]:
    """Numbers and years stated by both claims."""
    return sorted(_numbers(a, fa) & _numbers(b, fb))


class _Neighbours:
    """Each claim's most similar claims in every other document (computed per document pair, on demand)."""

    def __init__(self, claims: Sequence[Segment], vectors: np.ndarray, copy: np.ndarray | None = None):
        self.vectors = vectors
        self.index = {c.id: i for i, c in enumerate(claims)}
        self.doc = [c.doc_id for c in claims]
        self.by_doc: dict[str, np.ndarray] = {}
        for i, c in enumerate(claims):
            self.by_doc.setdefault(c.doc_id, []).append(i)
        self.by_doc = {d: np.array(ix) for d, ix in self.by_doc.items()}
        self._best: dict[tuple[int, str], tuple[int, float]] = {}
        self._story: dict[tuple[str, ...], bool] = {}
        self._doc_actors: dict[str, frozenset[str]] = {}
        self.ids = [c.id for c in claims]
        self.copy = copies(vectors) if copy is None else copy  # identical vectors tie exactly (``search.copies``)
        self._tie: dict[str, np.ndarray | None] = {}  # per document: its copies' first positions

    def best(self, i: int, doc: str) -> int:
        """The index of claim ``i``'s most similar claim in ``doc``."""
        return self._top2(i, doc)[0]

    def runner_up(self, i: int, doc: str) -> float:
        """The cosine of claim ``i``'s second most similar claim in ``doc`` (-1 if none)."""
        return self._top2(i, doc)[1]

    def _top2(self, i: int, doc: str) -> tuple[int, float]:
        key = (i, doc)
        if key not in self._best:
            if len(self._best) >= MEMO:  # a pure function: a bounded memo (memory on large corpora)
                self._best.clear()
            ix = self.by_doc[doc]
            sims = self.vectors[ix] @ self.vectors[i]
            if doc not in self._tie:  # once per document, not per call
                self._tie[doc] = tie_copies(self.copy, ix)
            tie = self._tie[doc]
            if tie is not None:
                sims = sims[tie]
            order = np.argsort(-sims, kind="stable")[:2]
            self._best[key] = (int(ix[order[0]]), float(sims[order[1]]) if len(order) > 1 else -1.0)
        return self._best[key]

    def same_story(self, doc_a: str, doc_b: str, frames: Mapping[str, ClaimFrame]) -> bool:
        """Whether two documents name at least ``STORY_KEYS`` of the same people or organisations."""
        key = tuple(sorted((doc_a, doc_b)))
        if key not in self._story:
            self._story[key] = len(self._actors(doc_a, frames) & self._actors(doc_b, frames)) >= STORY_KEYS
        return self._story[key]

    def _actors(self, doc: str, frames: Mapping[str, ClaimFrame]) -> frozenset[str]:
        if doc not in self._doc_actors:
            keys = set()
            for i in self.by_doc[doc]:
                frame = frames.get(self.ids[i])
                if frame is not None:
                    keys |= frame.entity_keys("person", "org")
            self._doc_actors[doc] = frozenset(keys)
        return self._doc_actors[doc]

    def cos(self, i: int, j: int) -> float:
        return float(self.vectors[i] @ self.vectors[j])


def select_links(
    relations: Sequence[PairRelation],
    claims: Sequence[Segment],
    frames: Sequence[ClaimFrame] | Mapping[str, ClaimFrame],
    vectors: np.ndarray,
    noise: Noise,
    rows: Sequence[int] | None = None, top: np.ndarray | None = None, consume: bool = False,
    copy: np.ndarray | None = None,
) -> list[PairRelation] | RelationTable:
    """The relations worth showing (see the module docstring); order kept (a table in, a table out).  ``rows``
    (indices into ``claims``): look for missed counterparts of these claims only
    (an incremental run's new claims).  ``top`` (``len(claims) x MUTUAL_DOCS``, -1
    padded): each claim's best claim in each of its most similar other documents
    (every claim's, or those of ``rows``), when the candidate search already computed it
    (``candidate_pairs(doc_top=...)``).
    ``consume``: a table may be filtered in place and returned (the caller gives it up; no second copy).
    ``copy``: ``search.copies(vectors)`` when the caller has it (computed here otherwise)."""
    if not len(vectors) or len(vectors) != len(claims):
        return list(relations)
    frame_of = frames if isinstance(frames, Mapping) else {c.id: f for c, f in zip(claims, frames)}
    nb = _Neighbours(claims, vectors, copy)
    if isinstance(relations, RelationTable):  # a table stays a table; only its related links are read
        out = _select_table(relations, nb, frame_of, noise, in_place=consume)
    else:
        out = []
        for rel in relations:
            if rel.relation != "related" or rel.a.id not in nb.index or rel.b.id not in nb.index:
                out.append(rel)
                continue
            why = _keep_related(rel, nb, frame_of, noise)
            if why:
                out.append(_with_counterpart(rel, why))
    out.extend(_missed_counterparts(out, claims, nb, noise, rows, top))
    return out


def _with_counterpart(rel: PairRelation, why: str) -> PairRelation:
    return dataclasses.replace(rel, evidence=(*rel.evidence, Evidence("counterpart", why)))


def _select_table(relations: RelationTable, nb: "_Neighbours", frame_of, noise: Noise,
                  in_place: bool = False) -> RelationTable:
    """``select_links``' loop over a table: the same relations kept, in the same order,
    reading only the related ones.  Memory (issue 12): the related positions are read a
    chunk at a time and an annotated relation is written back at once (no list of every
    related position, no list of annotated relations, no cumulative positions)."""
    from crosscheck.relate.verdict import CHUNK

    out = relations if in_place else relations.take(np.arange(len(relations)))
    code, names = out.columns()[3:5]
    shared: dict[tuple, tuple] = {}  # one evidence tuple per distinct value (reasons repeat: millions of links)
    drop = np.zeros(len(out), dtype=bool)
    if "related" in names:
        related = names.index("related")
        for s in range(0, len(out), CHUNK):
            view = np.frombuffer(code, dtype=np.int8)[s:s + CHUNK]
            ks = (np.flatnonzero(view == related) + s).tolist()
            del view  # a view of the table's column: none may be held while it shrinks in place
            for k in ks:
                rel = out[k]
                if rel.a.id not in nb.index or rel.b.id not in nb.index:
                    continue
                why = _keep_related(rel, nb, frame_of, noise)
                if why:
                    evidence = (*rel.evidence, Evidence("counterpart", why))
                    evidence = shared.setdefault(evidence, evidence)
                    out.put(k, dataclasses.replace(rel, evidence=evidence))  # before the filter: it moves with its row
                else:
                    drop[k] = True
    np.logical_not(drop, out=drop)
    out.keep_only(drop)
    return out


def _missed_counterparts(kept: Sequence[PairRelation], claims: Sequence[Segment], nb: "_Neighbours",
                         noise: Noise, rows: Sequence[int] | None = None,
                         top: np.ndarray | None = None) -> list[PairRelation]:
    """Mutual nearest neighbours the pair decision left unlinked (a short paraphrase
    such as "it is served with rice" / «подаётся с рисом» shares no frame slot and
    sits below the similarity a link that shares nothing needs): linked as related
    when they stand out from both sides' next candidates by ``MARGIN_ADD`` sigmas."""
    pairs = (("en", "ru"), ("en", "en"), ("ru", "ru"))
    # the lowest cosine at which any language pair reaches Z_ADD: cos = (Z_ADD - z(0)) / (z(1) - z(0))
    floor = min((Z_ADD - noise.z(0.0, la, lb)) / (noise.z(1.0, la, lb) - noise.z(0.0, la, lb)) for la, lb in pairs)
    # each claim's best claim in each of its MUTUAL_DOCS most similar other documents
    # (bounded per claim: not a loop over every pair of documents, which grows with the
    # square of the corpus; on fewer documents this is every document pair)
    from crosscheck.relate.search import top_k_other_docs

    docs = list(nb.by_doc)
    pos = {d: k for k, d in enumerate(docs)}
    # (claim, other document) pairs already linked, as sorted int64 codes claim * n_docs + document
    # (millions of links on a large corpus: no set of Python tuples)
    linked = _linked_codes(kept, nb.index, pos)
    code = np.array([pos[d] for d in nb.doc], dtype=np.int64)
    every = np.arange(len(claims))
    asked = every if rows is None else np.asarray(rows, dtype=np.int64)
    if top is not None:
        picks = ((i, [j for j in top[i].tolist() if j >= 0]) for i in asked.tolist())
    else:
        picks = ((i, [j for j, _ in p]) for i, p in
                 top_k_other_docs(nb.vectors, code, asked, every, k=MUTUAL_DOCS, per_doc=1, copy=nb.copy).items())
    quads = array("q")
    for i, picked in picks:
        for j in picked:
            if nb.best(j, nb.doc[i]) == i:
                a, b = (i, j) if pos[nb.doc[i]] < pos[nb.doc[j]] else (j, i)
                quads.extend((pos[nb.doc[a]], pos[nb.doc[b]], a, b))
    found = np.unique(np.frombuffer(quads, dtype=np.int64).reshape(-1, 4), axis=0) if quads else np.empty((0, 4), np.int64)
    del quads
    if len(found):  # a pair already linked from either side is not added
        n_docs = len(docs)
        seen = (np.isin(found[:, 2] * n_docs + found[:, 1], linked) | np.isin(found[:, 3] * n_docs + found[:, 0], linked))
        found = found[~seen]
    added = []
    for _, _, i, j in found.tolist():
        a, b = claims[i], claims[j]
        doc_a, doc_b = a.doc_id, b.doc_id
        cos = nb.cos(i, j)
        if cos < floor:  # a cheap bound before the per-pair checks
            continue
        z = noise.z(cos, a.lang, b.lang)
        if z < Z_ADD:
            continue
        sigma = 1.0 / (noise.z(1.0, a.lang, b.lang) - noise.z(0.0, a.lang, b.lang))
        margin = cos - max(nb.runner_up(i, doc_b), nb.runner_up(j, doc_a))
        if margin < MARGIN_ADD * sigma:
            continue
        detail = f"each other's closest claim across the two documents ({z:.1f} noise sigmas, {margin / sigma:.1f} above the next)"
        added.append(PairRelation(a, b, "related", noise.score(cos, a.lang, b.lang),
                                  f"Counterparts by wording: {detail}; no shared event or figure found.",
                                  (Evidence("mutual-nearest", detail),)))
    return added


def _linked_codes(kept: Sequence[PairRelation], index: Mapping[str, int], pos: Mapping[str, int]) -> np.ndarray:
    """Sorted unique ``claim * n_docs + document`` for every (claim, other side's document) of ``kept``."""
    n_docs, codes = len(pos), array("q")
    if isinstance(kept, RelationTable) and len(kept):  # from the columns
        segs, a, b = kept.columns()[:3]
        ci = np.array([index.get(s.id, -1) for s in segs], dtype=np.int64)
        cd = np.array([pos.get(s.doc_id, -1) for s in segs], dtype=np.int64)
        from crosscheck.relate.verdict import CHUNK

        a, b = np.frombuffer(a, dtype=np.intc), np.frombuffer(b, dtype=np.intc)
        found = np.empty(0, dtype=np.int64)
        for s in range(0, len(a), CHUNK):  # a chunk and one direction at a time (bounded transients)
            for x, other in ((a[s:s + CHUNK], b[s:s + CHUNK]), (b[s:s + CHUNK], a[s:s + CHUNK])):
                i, d = ci[x], cd[other]
                ok = (i >= 0) & (d >= 0)
                found = np.union1d(found, i[ok] * n_docs + d[ok])
                del i, d, ok
        return found
    for r in kept:
        for x, other in ((r.a, r.b), (r.b, r.a)):
            i, d = index.get(x.id), pos.get(other.doc_id)
            if i is not None and d is not None:
                codes.append(i * n_docs + d)
    return np.unique(np.frombuffer(codes, dtype=np.int64)) if codes else np.empty(0, dtype=np.int64)


def _keep_related(rel: PairRelation, nb: _Neighbours, frames: Mapping[str, ClaimFrame], noise: Noise) -> str | None:
    """Why a related link is kept (None: dropped)."""
    a, b = rel.a, rel.b
    i, j = nb.index[a.id], nb.index[b.id]
    z = noise.z(nb.cos(i, j), a.lang, b.lang)
    a_best, b_best = nb.best(i, b.doc_id), nb.best(j, a.doc_id)
    if a_best == j and b_best == i:
        if z >= Z_MUTUAL_SURE:
            return f"each other's closest claim ({z:.1f} noise sigmas)"
        # two leftovers of their documents are each other's best for want of better:
        # a counterpart stands out from each side's next candidate
        # (within one story, similar leftovers are about the same thing anyway)
        sigma = 1.0 / (noise.z(1.0, a.lang, b.lang) - noise.z(0.0, a.lang, b.lang))
        margin = nb.cos(i, j) - max(nb.runner_up(i, b.doc_id), nb.runner_up(j, a.doc_id))
        if z >= Z_MUTUAL and margin >= MARGIN * sigma:
            return f"each other's closest claim ({z:.1f} noise sigmas, {margin / sigma:.1f} above the next)"
        if z >= Z_MUTUAL and nb.same_story(a.doc_id, b.doc_id, frames):
            return f"each other's closest claim in two reports of one story ({z:.1f} noise sigmas)"
        return None
    if z >= Z_PART and (_part_of(nb, i, j, b_best) or (b_best == i and _part_of(nb, j, i, a_best))):
        return f"part of a longer claim on the other side ({z:.1f} noise sigmas)"
    nums = shared_numbers(a, frames.get(a.id), b, frames.get(b.id)) if z >= Z_CONTENT else []
    if nums:
        return f"both state {', '.join(nums[:3])} ({z:.1f} noise sigmas)"
    # two reports of one story (they name the same people or organisations): a
    # claim's nearest match in the other report speaks of the same thing
    if z >= Z_STORY and (a_best == j or b_best == i) and nb.same_story(a.doc_id, b.doc_id, frames):
        return f"nearest match in two reports of one story ({z:.1f} noise sigmas)"
    return None


def _part_of(nb: _Neighbours, i: int, j: int, other: int) -> bool:
    """Claim ``i`` and claim ``other`` (same document) are two parts of claim ``j``:
    ``j`` is ``i``'s nearest, and the two together match ``j`` better than ``other`` alone."""
    if nb.best(i, nb.doc[j]) != j or other == i:
        return False
    part, best = nb.cos(i, j), nb.cos(other, j)
    if part < PART_RATIO * best:  # a weaker echo of the nearest part, not a part of its own
        return False
    joined = nb.vectors[i] + nb.vectors[other]
    norm = float(np.linalg.norm(joined))
    if norm == 0.0:
        return False
    return float(joined @ nb.vectors[j]) / norm >= best + PART_GAIN


def nearest_misses(
    claims: Sequence[Segment], vectors: np.ndarray, linked: set[str] | frozenset[str], noise: Noise,
    copy: np.ndarray | None = None,
) -> dict[str, tuple[str, float]]:
    """For every claim not in ``linked``: its most similar claim of another document
    and that similarity on the link score's scale (``Noise.score``); ``copy``: ``search.copies(vectors)``."""
    out: dict[str, tuple[str, float]] = {}
    if not len(vectors):
        return out
    docs = np.unique(np.array([c.doc_id for c in claims], dtype=object), return_inverse=True)[1]  # int codes
    todo = [i for i, c in enumerate(claims) if c.id not in linked]
    from crosscheck.relate.search import BLOCK_FLOATS

    tie = tie_copies(copies(vectors) if copy is None else copy, np.arange(len(vectors)))
    step = max(1, min(512, BLOCK_FLOATS // len(claims)))  # 512 rows, fewer on big corpora (memory block x n)
    for start in range(0, len(todo), step):
        rows = todo[start:start + step]
        sims = vectors[rows] @ vectors.T
        if tie is not None:
            sims = sims[:, tie]
        for r, i in enumerate(rows):
            row = np.where(docs != docs[i], sims[r], -np.inf)
            j = int(np.argmax(row))
            if np.isfinite(row[j]):
                out[claims[i].id] = (claims[j].id, noise.score(float(row[j]), claims[i].lang, claims[j].lang))
    return out


def nearest_for(claims: Sequence[Segment], vectors: np.ndarray, relations: Sequence[PairRelation], model: str,
                copy: np.ndarray | None = None) -> dict[str, tuple[str, float]]:
    """``nearest_misses`` for the claims no relation links (the pipeline's hook); ``copy``: ``search.copies(vectors)``."""
    from crosscheck.relate.noise import noise_for

    if isinstance(relations, RelationTable):  # from the columns: no relation objects made
        segs, a, b = relations.columns()[:3]
        used = np.zeros(len(segs), dtype=bool)  # a flag per segment: no array per relation
        used[np.frombuffer(a, dtype=np.intc)] = True
        used[np.frombuffer(b, dtype=np.intc)] = True
        linked = {segs[k].id for k in np.flatnonzero(used).tolist()}
    else:
        linked = {x.id for rel in relations for x in (rel.a, rel.b)}
    return nearest_misses(claims, vectors, linked, noise_for(model), copy)
