"""One pair decision per distinct input: a reprinted sentence meets its copies once.

A corpus of news repeats itself (wire copy, reprints, updates): in a store of a
week's articles a new claim can meet dozens of stored copies of one sentence, and
each copy is the same pair decision.  ``PairMemo`` decides a pair once per
distinct *input* and hands the answer to the identical pairs.

Exact, by construction:

* the key holds everything ``relate_pair`` reads from each side: the segment's own
  fields (``SEGMENT_INPUTS``: text, language, kind, reason, section; not its
  position, which no rule reads),
  its frame and its event view (whole frozen objects, so a new frame field is
  in the key by itself), and what it reads of the document: the language, how
  the date was found, and the publication date through the two things the
  decision derives from it: the event view (an undated report is placed in a
  window before its publication date) and ``published_together`` (both dated
  and within one news event's window), plus whether each date is known;
* the document's *name* (its id and outlet, shown in explanations as "EN a")
  is not in the key: the decision is made on canonical copies of the two
  segments whose documents are named by two sentinels, and the sentinels are
  replaced by the real labels in the relation's strings.  A relation that still
  holds a sentinel after the substitution (a new field the substitution does
  not know) turns the memo off for the run: the pairs are decided directly.

The first pair of a kind is decided as it is; the second is decided once more on the
nameless copies, and that answer serves every later one.

``tests/test_store_incremental_memo.py`` reads every attribute the decision takes
from segments and documents on the seeds and fails when one is read that the key
does not cover.  The memo lives for one ``decide`` call (one ``Names`` and noise
model) and holds at most ``CAP`` decisions (oldest dropped first).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import lru_cache

from crosscheck.model import ClaimFrame, Segment
from crosscheck.relate.event_view import EventView
from crosscheck.relate.names import Names, doc_label
from crosscheck.relate.noise import Noise
from crosscheck.relate.pair import relate_pair
from crosscheck.relate.statement import published_together
from crosscheck.relate.types import PairRelation

__all__ = ["PairMemo", "SEGMENT_INPUTS", "DOCUMENT_INPUTS", "CAP"]

#: Segment attributes in the key (``doc`` is handled below; ``id``/``doc_id`` name it).
SEGMENT_INPUTS = ("text", "lang", "kind", "reason", "section")
#: Document attributes in the key as they are; ``date`` enters through the event view and
#: ``published_together``; ``id`` and ``outlet`` through the label substitution.
DOCUMENT_INPUTS = ("lang", "date_source")
#: Decisions held at once (a corpus of 10^5 claims makes millions of pairs).
CAP = 1 << 15
#: Off: every pair decided directly (tests compare the two; a debugging switch).
ENABLED = True

_SENT = ("\x00crosscheck-memo-a\x00", "\x00crosscheck-memo-b\x00")


class PairMemo:
    """``decide(i, j, cos)``: ``relate_pair`` of claims ``i`` and ``j``, once per distinct input."""

    def __init__(self, claims: list[Segment] | tuple, frames: Mapping[str, ClaimFrame], views: Mapping[str, EventView],
                 noise: Noise, names: Names, empty: ClaimFrame, *, relate=relate_pair):
        self.relate = relate  # the decision (``pair.relate_pair``)
        self.claims, self.frames, self.views, self.noise, self.names, self.empty = claims, frames, views, noise, names, empty
        self._side: dict[int, int | None] = {}
        self._intern: dict[tuple, int] = {}
        self._memo: dict[tuple, PairRelation | None] = {}
        self.enabled = ENABLED
        self.hits = self.misses = self.canonical = 0  # repeats, first pairs of a kind, decisions on nameless copies

    @property
    def made(self) -> int:
        """Pair decisions made (first pairs of a kind, and once more on nameless copies)."""
        return self.misses + self.canonical

    @property
    def reused(self) -> int:
        return self.hits - self.canonical

    def _side_key(self, i: int) -> int | None:
        got = self._side.get(i, -1)
        if got != -1:
            return got
        seg = self.claims[i]
        try:
            key = (tuple(getattr(seg, a) for a in SEGMENT_INPUTS), tuple(getattr(seg.doc, a) for a in DOCUMENT_INPUTS),
                   seg.doc.date is None, self.frames.get(seg.id, self.empty), self.views[seg.id])
            got = self._intern.setdefault(key, len(self._intern))
        except TypeError:  # something unhashable: decided directly
            got = None
        self._side[i] = got
        return got

    def decide(self, i: int, j: int, cos: float) -> PairRelation | None:
        a, b = self.claims[i], self.claims[j]
        fa, fb = self.frames.get(a.id, self.empty), self.frames.get(b.id, self.empty)
        if not self.enabled:
            return self.relate(a, fa, b, fb, cos, self.noise, self.names, views=self.views)
        sa, sb = self._side_key(i), self._side_key(j)
        if sa is None or sb is None:
            return self.relate(a, fa, b, fb, cos, self.noise, self.names, views=self.views)
        key = (sa, sb, cos, published_together(a, b))
        got = self._memo.get(key, _NEW)
        if got is _NEW:  # the first pair of its kind is decided as it is (most pairs are unique)
            self.misses += 1
            if len(self._memo) >= CAP:
                del self._memo[next(iter(self._memo))]
            self._memo[key] = _ONCE
            return self.relate(a, fa, b, fb, cos, self.noise, self.names, views=self.views)
        self.hits += 1
        if got is _ONCE:  # the second: decided once more on nameless copies, kept for the rest
            try:
                got = self._canonical(a, fa, b, fb, cos)
            except Exception:  # decided again on the real pair, for its own error message
                return self.relate(a, fa, b, fb, cos, self.noise, self.names, views=self.views)
            self._memo[key] = got
            self.canonical += 1
        if got is None:
            return None
        real = _relabel(got, a, b)
        if real is None:  # a sentinel left somewhere: decide directly from now on
            self.enabled = False
            return self.relate(a, fa, b, fb, cos, self.noise, self.names, views=self.views)
        return real

    def decide_all(self, pairs):
        """``(i, j, relation or None, error message or None)`` per ``(i, j, cos)``: a pair that
        fails is reported, the next one decided."""
        for i, j, cos in pairs:
            try:
                yield i, j, self.decide(i, j, cos), None
            except Exception as exc:
                yield i, j, None, repr(exc)

    def _canonical(self, a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, cos: float) -> PairRelation | None:
        ca, cb = _nameless(a, 0), _nameless(b, 1)
        views = {ca.id: self.views[a.id], cb.id: self.views[b.id]}
        return self.relate(ca, fa, cb, fb, cos, self.noise, self.names, views=views)


_NEW, _ONCE = object(), object()


def _nameless(seg: Segment, side: int) -> Segment:
    """A copy of ``seg`` in a copy of its document named by a sentinel (no outlet)."""
    copy = dataclasses.replace(seg, doc=dataclasses.replace(seg.doc, id=_SENT[side], outlet=None))
    if "text" in seg.__dict__:  # the same characters: no need to collapse them again
        copy.__dict__["text"] = seg.__dict__["text"]
    return copy


class _Unknown(Exception):
    """A value the substitution cannot walk (a list, a dict, an object): the memo turns off."""


_ATOMS = (int, float, bool, type(None), bytes)


@lru_cache(maxsize=64)
def _fields(cls) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _relabel(canon: PairRelation, a: Segment, b: Segment) -> PairRelation | None:
    """The canonical relation with the real segments and document labels (None: a field the
    substitution cannot walk, or a label without its sentinel)."""
    swap = ((doc_label(canon.a), doc_label(a)), (doc_label(canon.b), doc_label(b)))
    if not all(s in lab for s, (lab, _) in zip(_SENT, swap)):
        return None  # the label no longer carries the document id: nothing to substitute safely

    def sub(value):
        if isinstance(value, str):
            if "\x00" in value:
                for old, new in swap:
                    value = value.replace(old, new)
                if "\x00" in value:
                    raise _Unknown
            return value
        if isinstance(value, _ATOMS):
            return value
        if isinstance(value, tuple):
            out = tuple(sub(v) for v in value)
            return value if all(x is y for x, y in zip(out, value)) else out
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            changes = {f: sub(getattr(value, f)) for f in _fields(type(value))}
            if all(changes[f] is getattr(value, f) for f in changes):
                return value
            return dataclasses.replace(value, **changes)
        raise _Unknown

    try:
        changes = {f: sub(getattr(canon, f)) for f in _fields(type(canon)) if f not in ("a", "b")}
        return dataclasses.replace(canon, a=a, b=b, **changes)
    except (_Unknown, TypeError, ValueError):
        return None
