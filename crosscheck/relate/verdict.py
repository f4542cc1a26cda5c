"""One status per claim — contradict > agree > related > unique — with its links,
best first: by relation, then by score (related links are ranked by score too).
A unique claim keeps its nearest miss (id, score) when the run computed one.

Memory (issue 12): a corpus of 10^5 claims yields millions of links.  The winning
relation of each pair is found with arrays (no per-pair Python tuples), once: the
list ``strongest_per_pair`` returns carries them (``Strongest``) and ``verdicts``
reuses them.  A claim's links are not held as objects: the result keeps its range
in one sorted table of (counterpart, pair) indices (``LinkedResult``) and builds its
``Link`` objects each time ``links`` is read (a writer reads them one claim at a
time); a link (``RelationLink``) reads its explanation from the relation it came
from.  Every value read is the same as before.

Round 3: a pair's relations all share its lower claim index, and a link's sort key starts
with its claim, so both the pair reduction and the link sort run over chunks of claims
(``CHUNK`` relations or links each): no sort array holds every relation of the run.  The
pipeline lets ``strongest_per_pair`` reduce its table in place (``consume=True``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from crosscheck.model import ClaimFrame, ClaimResult, Link, Segment
from crosscheck.relate.compact import RelationTable
from crosscheck.review.keys import LazyFingerprints, link_key

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


#: Relations of a table reduced together (memory, issue 12): a pair's relations all share the lower claim
#: index of the pair, so the table is reduced in chunks of lower claims holding about this many relations
#: each; the sort arrays (~60 bytes a relation) are bounded by a chunk, not by the run.
CHUNK = 1 << 20


def _winners(relations: list, index: dict[str, int]):
    """Per pair of claims the relation ``verdicts`` shows (the stronger, then the higher
    score, the first on a tie): ``(positions in relations, a indices, b indices, ranks, scores)``."""
    import numpy as np

    if isinstance(relations, RelationTable):
        win = _table_winners(relations, index)
        return (win, *_table_columns(relations, index, win))
    n = len(relations)
    ia, ib = np.empty(n, dtype=np.int64), np.empty(n, dtype=np.int64)
    rank, score = np.empty(n, dtype=np.int8), np.empty(n, dtype=np.float64)
    for k, rel in enumerate(relations):
        ia[k] = index.setdefault(rel.a.id, len(index))
        ib[k] = index.setdefault(rel.b.id, len(index))
        rank[k] = _RANK[rel.relation]
        score[k] = rel.score
    return _reduce(ia, ib, rank, score, np.arange(n))


def _reduce(ia, ib, rank, score, positions):
    """The winners among relations given as arrays (``positions``: theirs, ascending); ``score`` is negated in place."""
    import numpy as np

    lo, hi = np.minimum(ia, ib), np.maximum(ia, ib)
    np.negative(score, out=score)  # in place (the caller's own array): no second score array
    order = np.lexsort((score, rank, hi, lo))  # pair, then strength (higher score first), then first seen
    np.negative(score, out=score)  # exact: a sign flip, twice
    lo, hi = lo[order], hi[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])
    del lo, hi
    keep = np.sort(order[first])  # in input order
    del order, first
    win = positions[keep]
    return win, ia[keep].astype(np.int64), ib[keep].astype(np.int64), rank[keep], score[keep]


def _claim_codes(table: RelationTable, index: dict[str, int]):
    import numpy as np

    segs = table.columns()[0]
    return np.array([index.setdefault(s.id, len(index)) for s in segs], dtype=np.int32 if len(segs) < 2**31 else np.int64)


def _table_scores(table: RelationTable, positions):
    """The scores at ``positions`` (ascending) as float64 (a score that is no Python float is read as such)."""
    import numpy as np

    score = np.frombuffer(table.columns()[5], dtype=np.float64)[positions]
    if table._odd:
        for k, v in table._odd.items():
            at = int(np.searchsorted(positions, k))
            if at < len(positions) and positions[at] == k:
                score[at] = float(v)
    return score


def _table_winners(table: RelationTable, index: dict[str, int]):
    """``_winners`` on a table's columns, one chunk of lower claim indices at a time: the positions of the winners."""
    import numpy as np

    segs, a, b, code, names, _ = table.columns()
    code_of = _claim_codes(table, index)
    a, b = np.frombuffer(a, dtype=np.intc), np.frombuffer(b, dtype=np.intc)
    code = np.frombuffer(code, dtype=np.int8)
    ranks = np.array([_RANK[x] for x in names], dtype=np.int8)
    n = len(a)
    lo = np.empty(n, dtype=code_of.dtype)  # each relation's lower claim index: 4 bytes a relation for the run
    for s in range(0, n, CHUNK):
        np.minimum(code_of[a[s:s + CHUNK]], code_of[b[s:s + CHUNK]], out=lo[s:s + CHUNK])
    cum = np.cumsum(np.bincount(lo, minlength=len(index)), dtype=np.int64) if n else np.zeros(0, dtype=np.int64)
    wins, c0 = [], 0
    while c0 < len(cum):
        done = cum[c0 - 1] if c0 else 0
        c1 = max(int(np.searchsorted(cum, done + CHUNK, side="right")), c0 + 1)
        sel = np.flatnonzero((lo >= c0) & (lo < c1)) if (c0, c1) != (0, len(cum)) else np.arange(n)
        if len(sel):
            win = _reduce(code_of[a[sel]], code_of[b[sel]], ranks[code[sel]], _table_scores(table, sel), sel)[0]
            wins.append(win)
        c0 = c1
        del sel
    del a, b, code, lo  # views of the table's columns: none may be held if it is shrunk in place
    return np.sort(np.concatenate(wins)) if wins else np.empty(0, dtype=np.int64)


def _table_columns(table: RelationTable, index: dict[str, int], positions=None):
    """``(a indices, b indices, ranks, scores)`` of the relations at ``positions`` (all if None)."""
    import numpy as np

    _, a, b, code, names, _ = table.columns()
    code_of = _claim_codes(table, index)
    if positions is None:
        positions = np.arange(len(a))
    ia = code_of[np.frombuffer(a, dtype=np.intc)[positions]]  # int32 (held with the table until the write)
    ib = code_of[np.frombuffer(b, dtype=np.intc)[positions]]
    rank = np.array([_RANK[x] for x in names], dtype=np.int8)[np.frombuffer(code, dtype=np.int8)[positions]]
    return ia, ib, rank, _table_scores(table, positions)


class Strongest(list):
    """The list ``strongest_per_pair`` returns: one relation per pair, with the arrays
    ``verdicts`` needs (claim index of each id, a/b indices, ranks, scores), so the
    pairs are not reduced twice.  Any change to the list drops them (``verdicts`` then
    reduces it again)."""

    def __init__(self, items, columns):
        super().__init__(items)
        self._columns = columns
        self._length = len(self)

    def columns(self):
        """``(index, ia, ib, rank, score)`` for these relations, or None if the list changed."""
        return self._columns if len(self) == self._length else None

    def _changed(self, *args, **kwargs):
        raise TypeError("a Strongest list is read-only; copy it with list(...) to change it")

    append = extend = insert = remove = pop = clear = sort = reverse = __setitem__ = __delitem__ = _changed
    __iadd__ = __imul__ = _changed

    def __reduce__(self):  # pickles as a plain list
        return (list, (list(self),))


def strongest_per_pair(relations, consume: bool = False) -> list:
    """For each pair of claims only the relation ``verdicts`` would show (decided from
    either side: the stronger, then the higher score, the first on a tie), in order.
    ``verdicts`` gives the same results with or without this step; it lets the weaker
    direction's relation go before the verdict (memory on large corpora).  ``consume``:
    a table may be reduced in place and returned (the caller gives it up: no second table)."""
    if not isinstance(relations, (list, RelationTable)):
        relations = list(relations)
    if not relations:
        return []
    if _reduced(relations) is not None:
        return relations
    index: dict[str, int] = {}
    if isinstance(relations, RelationTable):  # a table stays a table (no relation objects)
        import numpy as np

        win = _table_winners(relations, index)
        if consume:
            keep = np.zeros(len(relations), dtype=bool)
            keep[win] = True
            del win
            relations.keep_only(keep)
            out = relations
        else:
            out = relations.take(win)
        out.reduced = ((index, *_table_columns(out, index)), len(out))
        return out
    win, ia, ib, rank, score = _winners(relations, index)
    return Strongest((relations[k] for k in win.tolist()), (index, ia, ib, rank, score))


def _reduced(relations):
    """The arrays ``strongest_per_pair`` left with ``relations``, if they still describe them."""
    if isinstance(relations, Strongest):
        return relations.columns()
    if isinstance(relations, RelationTable) and relations.reduced is not None:
        columns, length = relations.reduced
        return columns if length == len(relations) else None
    return None


class _LinkTable:
    """Every link of a run, sorted by claim then rank: counterpart and pair indices (int32)."""

    __slots__ = ("relations", "ids", "sides", "prints", "dst", "which")

    def __init__(self, relations, ids, sides, prints, dst, which):
        self.relations, self.ids, self.sides, self.prints = relations, ids, sides, prints
        self.dst, self.which = dst, which

    def links(self, seg: Segment, start: int, stop: int) -> tuple[Link, ...]:
        out = []
        for j, w in zip(self.dst[start:stop].tolist(), self.which[start:stop].tolist()):
            rel = self.relations[w]
            other = self.sides[j]
            key = link_key(seg.text, self.prints[seg.doc_id], other.text, self.prints[other.doc_id])
            out.append(RelationLink(id=self.ids[j], doc=other.doc_id, relation=rel.relation,
                                    score=round(float(rel.score), 4), explanation=rel, evidence=rel.evidence, key=key))
        return tuple(out)


class _Pending:
    __slots__ = ("table", "start", "stop")

    def __init__(self, table: _LinkTable, start: int, stop: int):
        self.table, self.start, self.stop = table, start, stop


class LinkedResult(ClaimResult):
    """A ``ClaimResult`` whose links are built from the run's link table each time they
    are read (a tuple of ``Link`` objects, equal every time); it reads, compares,
    hashes and pickles as a ``ClaimResult``.  ``dataclasses.replace`` with new links
    gives a result holding those links."""

    @property
    def links(self) -> tuple[Link, ...]:  # type: ignore[override]
        value = self.__dict__["_links"]
        if type(value) is _Pending:
            return value.table.links(self.segment, value.start, value.stop)
        return value

    @links.setter
    def links(self, value) -> None:  # the dataclass __init__ (and dataclasses.replace) set it
        self.__dict__["_links"] = value

    @property
    def n_links(self) -> int:
        value = self.__dict__["_links"]
        return value.stop - value.start if type(value) is _Pending else len(value)

    def _plain(self) -> ClaimResult:
        return ClaimResult(self.segment, self.frame, self.status, self.links, self.nearest)

    def __eq__(self, other):
        if not isinstance(other, ClaimResult):
            return NotImplemented
        return (self.segment, self.frame, self.status, self.links, self.nearest) == (
            other.segment, other.frame, other.status, other.links, other.nearest)

    def __hash__(self):
        return hash((self.segment, self.frame, self.status, self.links, self.nearest))

    def __reduce__(self):
        return (ClaimResult, (self.segment, self.frame, self.status, self.links, self.nearest))

    def __repr__(self) -> str:
        return repr(self._plain())


def _sorted_links(ia, ib, rank, score, ids: list[str], wanted, ranges: dict) -> tuple:
    """Every link of the reduced pairs (both sides; a pair of one claim with itself once), sorted by claim, then
    rank, then score (higher first), then counterpart id, then first made: ``(dst, which)`` (counterpart and pair
    indices, int32), and each claim's range of what it keeps in ``ranges``.  ``wanted`` (a flag per claim):
    only the links of those claims.  Sorted in chunks of claims holding about ``CHUNK`` links each (memory:
    the sort arrays are bounded by a chunk, not by the run; a claim's links are all in its chunk)."""
    import numpy as np

    n = len(ia)
    small = np.int32 if max(n, len(ids)) < 2**31 else np.int64  # 4 bytes per link, not 8
    ia, ib = ia.astype(small), ib.astype(small)
    both = ia != ib  # a pair of one claim with itself links once
    per_claim = np.bincount(ia, minlength=len(ids)) + np.bincount(ib[both], minlength=len(ids))
    if wanted is not None:
        per_claim[~wanted] = 0
    cum = np.cumsum(per_claim, dtype=np.int64)
    del per_claim
    total = int(cum[-1]) if len(cum) else 0
    dst, which = np.empty(total, dtype=small), np.empty(total, dtype=small)
    id_rank = np.empty(len(ids), dtype=small)
    id_rank[sorted(range(len(ids)), key=ids.__getitem__)] = np.arange(len(ids), dtype=small)
    at = c0 = 0
    while c0 < len(cum):
        c1 = max(int(np.searchsorted(cum, (cum[c0 - 1] if c0 else 0) + CHUNK, side="right")), c0 + 1)
        if c0 == 0 and c1 == len(cum):  # one chunk: every link
            m1, m2 = np.arange(n, dtype=small), np.flatnonzero(both).astype(small)
        else:  # the pairs naming a claim of the chunk as a, then those naming one as b (the order of the whole)
            m1 = np.flatnonzero((ia >= c0) & (ia < c1)).astype(small)
            m2 = np.flatnonzero(both & (ib >= c0) & (ib < c1)).astype(small)
        src, d, w = np.concatenate([ia[m1], ib[m2]]), np.concatenate([ib[m1], ia[m2]]), np.concatenate([m1, m2])
        del m1, m2
        if wanted is not None:
            keep = wanted[src]
            src, d, w = src[keep], d[keep], w[keep]
            del keep
        c0 = c1
        if not len(src):
            continue
        order = np.lexsort((id_rank[d], -score[w], rank[w], src))
        src, d, w = src[order], d[order], w[order]
        del order
        link_rank = rank[w]
        cuts = np.flatnonzero(np.diff(src)) + 1
        starts = np.concatenate([[0], cuts]).astype(np.int64)
        stops = np.concatenate([cuts, [len(src)]]).astype(np.int64)
        # a claim keeps its contradictions and agreements and its first MAX_RELATED related
        # links: they come last (sorted by rank), so what it keeps is one range of the table
        n_strong = np.add.reduceat((link_rank < _RANK["related"]).astype(np.int64), starts)
        for s0, s1, strong in zip(starts.tolist(), stops.tolist(), n_strong.tolist()):
            ranges[ids[int(src[s0])]] = (at + s0, at + min(s1, s0 + strong + MAX_RELATED), int(link_rank[s0]))
        dst[at:at + len(d)], which[at:at + len(w)] = d, w
        at += len(d)
    return dst, which


def verdicts(segments: Sequence[Segment], frames: Mapping[str, ClaimFrame], relations,
             nearest: Mapping[str, tuple[str, float]] | None = None, context: Sequence[Segment] = ()
             ) -> list[ClaimResult]:
    """A ClaimResult for every segment, in document order.  ``context``: segments of other
    documents the links point to (their document fingerprints go into the link keys; no
    result for them).

    A relation found from either side links both claims; when a pair was
    related twice, the stronger relation (then the higher score) wins.  Relations from
    ``strongest_per_pair`` are not reduced again.
    """
    import numpy as np

    relations = strongest_per_pair(relations)
    ranges: dict[str, tuple[int, int, int]] = {}  # claim id -> (start, stop, rank of its first link)
    table = None
    prints = LazyFingerprints(s for seq in (segments, context) for s in seq)  # only the documents links name
    if relations:
        index, ia, ib, rank, score = _reduced(relations)
        ids = list(index)  # one id string per claim, shared by every link to it
        sides: list = [None] * len(ids)  # a claim's segment: from the first relation naming it as a, else as b
        for col, side in ((ib, "b"), (ia, "a")):
            claim, first = np.unique(col, return_index=True)
            for k, r in zip(claim.tolist(), first.tolist()):
                sides[k] = getattr(relations[r], side)
        wanted = None
        if context:
            wanted = np.zeros(len(ids), dtype=bool)
            for s in segments:
                k = index.get(s.id)
                if k is not None:
                    wanted[k] = True
        dst, which = _sorted_links(ia, ib, rank, score, ids, wanted, ranges)
        table = _LinkTable(relations, ids, sides, prints, dst, which)

    statuses = ("contradict", "agree", "related")
    results = []
    for seg in segments:
        if not seg.checked or (seg.reason or "").startswith("error:"):
            results.append(ClaimResult(segment=seg, frame=frames.get(seg.id), status=None))
            continue
        found = ranges.get(seg.id)
        if found is None:
            status = "unique"
            near = (nearest or {}).get(seg.id)
            results.append(ClaimResult(segment=seg, frame=frames.get(seg.id), status=status,
                                       nearest=(near[0], round(float(near[1]), 4)) if near else None))
            continue
        results.append(LinkedResult(segment=seg, frame=frames.get(seg.id), status=statuses[found[2]],
                                    links=_Pending(table, found[0], found[1]), nearest=None))
    return results
