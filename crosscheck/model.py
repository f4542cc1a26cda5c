"""The data model: frozen dataclasses that flow one way through the pipeline.

Document -> Segment (a span of the document, with a kind) -> ClaimFrame (what a
claim asserts) -> Link (a typed relation to a counterpart) -> ClaimResult (one
status per segment).  Segments never copy text: ``Segment.raw`` and
``Segment.text`` are views of ``Document.text``.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

__all__ = [
    "KINDS",
    "CHECKED_KINDS",
    "STATUSES",
    "RELATIONS",
    "Document",
    "Segment",
    "Entity",
    "TimeSpan",
    "Quantity",
    "Exclusivity",
    "Event",
    "ClaimFrame",
    "Evidence",
    "Link",
    "Review",
    "VERDICTS",
    "ClaimResult",
]

#: Segment kinds.  ``claim``, ``quote-claim`` and ``opinion`` are checked (an
#: opinion can be echoed or related elsewhere, but never contradicted); the
#: others are accounted for in the output with the reason they were skipped
#: (``heading``: a section or page title, kept as the context of its section).
KINDS = ("claim", "quote-claim", "opinion", "boilerplate", "unsupported", "heading")
CHECKED_KINDS = frozenset({"claim", "quote-claim", "opinion"})
#: Per-claim statuses, strongest first.
STATUSES = ("contradict", "agree", "related", "unique")
RELATIONS = ("contradict", "agree", "related")

#: Closed vocabularies, for type checkers (the tuples above are the runtime lists).
SegmentKind = Literal["claim", "quote-claim", "opinion", "boilerplate", "unsupported", "heading"]
Status = Literal["contradict", "agree", "related", "unique"]
Relation = Literal["contradict", "agree", "related"]
EntityType = Literal["person", "org", "place", "role"]
Grain = Literal["day", "month", "year", "range", "open"]
Polarity = Literal["positive", "negative"]
Modality = Literal["asserted", "planned", "reported", "hypothetical"]
TimeRole = Literal["point", "since", "duration", "until"]
Bound = Literal["exact", "lower", "upper", "approx"]
ExclusivityKind = Literal["first-since", "first-in", "first", "only", "never", "again", "ordinal", "count"]

_WS = re.compile(r"\s+")


def collapse_ws(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return _WS.sub(" ", text).strip()


@dataclass(frozen=True)
class Document:
    """A decoded input document.  ``text`` is the single source of truth."""

    id: str
    text: str
    lang: str = "unknown"  # "en", "ru", "mixed" or "unknown"
    date: _dt.date | None = None
    date_source: str = "unknown"  # "metadata", "dateline" or "unknown"
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    path: str | None = None
    encoding: str | None = None
    fmt: str = "text"  # "text", "markdown", "html" or "jsonl"
    #: offsets of characters that homoglyph folding changed at load time (Latin/Cyrillic
    #: look-alikes inside a word of the other script, one for one); the original text is
    #: ``crosscheck.lang.homoglyphs.unfold(text, folded)``
    folded: tuple[int, ...] = ()

    def __repr__(self) -> str:  # the text can be megabytes
        return f"Document(id={self.id!r}, lang={self.lang!r}, date={self.date}, chars={len(self.text)})"


@dataclass(frozen=True)
class Segment:
    """A sentence-level span ``[start, end)`` of ``doc.text``."""

    doc: Document = field(repr=False, compare=False)
    n: int  # 1-based position in reading order within the document
    start: int
    end: int
    lang: str
    kind: SegmentKind = "claim"
    reason: str | None = None
    section: str | None = None  # the heading of the section the segment is in

    @cached_property
    def id(self) -> str:  # cached: a corpus run reads every claim's id in a dozen passes
        return f"{self.doc.id}:{self.n:02d}"

    @property
    def doc_id(self) -> str:
        return self.doc.id

    @property
    def raw(self) -> str:
        """The exact characters of the document, line breaks included."""
        return self.doc.text[self.start : self.end]

    @cached_property
    def text(self) -> str:
        """The segment as read: whitespace (and line breaks inside it) collapsed."""
        return collapse_ws(self.raw)

    @property
    def checked(self) -> bool:
        return self.kind in CHECKED_KINDS


@dataclass(frozen=True)
class Entity:
    text: str
    type: EntityType
    key: str  # canonical cross-script key, e.g. "stltnbrg"
    start: int | None = None  # offsets into the sentence text the frame was built from
    end: int | None = None
    role: str | None = None
    coref: bool = False  # True for a description/pronoun resolved from document context
    #: offsets into ``Document.text`` (set by ``build_frames``; None for a lone sentence)
    doc_start: int | None = None
    doc_end: int | None = None


@dataclass(frozen=True)
class TimeSpan:
    """A time expression resolved to a closed interval of dates."""

    text: str
    start: _dt.date | None
    end: _dt.date | None
    grain: Grain = "day"
    #: False when no document date fixes the year: a yearless "April 19" in an undated
    #: document spans every possible year and must never produce a clash
    anchored: bool = True
    role: TimeRole = "point"
    pos: int | None = None  # offset of ``text`` in the sentence text
    doc_start: int | None = None  # offsets into ``Document.text`` (see Entity)
    doc_end: int | None = None


@dataclass(frozen=True)
class Quantity:
    text: str
    value: float
    unit: str | None = None  # "percent", "people", "usd", "meeting", ...
    bound: Bound = "exact"
    pos: int | None = None  # offset of ``text`` in the sentence text
    doc_start: int | None = None  # offsets into ``Document.text`` (see Entity)
    doc_end: int | None = None
    #: what a length tells: "from" (a distance that places a thing: "30 km south-east of Rome") or "size" ("10 km
    #: across"), None otherwise (``frame/offsets.py``)
    role: str | None = None


@dataclass(frozen=True)
class Exclusivity:
    """A checkable assertion such as "the first meeting of A and B since 2013".

    It says: no event of ``event_type`` with ``participants`` took place in
    ``[since, until)``.  ``kind`` is "first-since", "first-in", "first", "only",
    "never", "again" (presupposes an earlier event), "ordinal" (the Nth) or
    "count" (N events in ``[since, until]``).

    For "first-since", ``since`` is the first day of the anchor period ("since
    2013" -> 2013-01-01), which holds the earlier event; ``clear_from`` is the day
    after the anchor period (2014-01-01): an event in ``[clear_from, until)``
    certainly violates the claim, one inside the anchor period does not.
    """

    kind: ExclusivityKind
    text: str
    event_type: str | None = None
    participants: tuple[str, ...] = ()
    since: _dt.date | None = None
    until: _dt.date | None = None
    ordinal: int | None = None
    count: int | None = None  # for kind "count"
    clear_from: _dt.date | None = None  # see above


@dataclass(frozen=True)
class Event:
    type: str | None  # "meeting", "visit", "talks", "statement", "reception", ...
    participants: tuple[str, ...] = ()  # entity keys
    place: str | None = None  # entity key
    time: TimeSpan | None = None


@dataclass(frozen=True)
class ClaimFrame:
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeSpan, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    exclusivity: tuple[Exclusivity, ...] = ()
    polarity: Polarity = "positive"
    modality: Modality = "asserted"
    attribution: str | None = None
    event: Event | None = None

    def entity_keys(self, *types: str) -> frozenset[str]:
        return frozenset(e.key for e in self.entities if not types or e.type in types)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One typed reason behind a relation: ``date-clash``, ``number-clash``,
    ``place-clash``, ``participant-clash``, ``polarity-clash``,
    ``exclusivity-violated``, ``different-event``, ``same-event``, ``modality``...
    """

    type: str
    detail: str
    a: str | None = None  # the value on this side
    b: str | None = None  # the value on the counterpart's side


#: A reviewer's verdicts on a link (see ``crosscheck review``).
VERDICTS = ("confirmed", "rejected", "unsure")


@dataclass(frozen=True)
class Review:
    """The latest reviewer's decision on a link."""

    verdict: str  # one of VERDICTS; "rejected" = a false alarm
    reviewer: str
    at: str  # ISO 8601 UTC time of the decision
    note: str = ""
    relation: str | None = None  # the relation the reviewer saw


@dataclass(frozen=True, slots=True)  # slots: a large corpus holds millions (see relate.verdict.RelationLink)
class Link:
    id: str
    doc: str
    relation: Relation
    score: float  # in [0, 1]
    explanation: str
    evidence: tuple[Evidence, ...] = ()
    key: str = ""  # stable content hash of both sentences and documents (crosscheck.review.keys)
    review: Review | None = None


@dataclass(frozen=True)
class ClaimResult:
    """One output record: a segment, its frame, status and links."""

    segment: Segment
    frame: ClaimFrame | None = None
    status: Status | None = None  # None for skipped segments
    links: tuple[Link, ...] = ()
    #: for a unique claim: the closest candidate that was not linked (id, score)
    nearest: tuple[str, float] | None = None

    @property
    def id(self) -> str:
        return self.segment.id

    @property
    def n_links(self) -> int:
        """``len(self.links)`` (without building the links of a result that builds them when read)."""
        return len(self.links)
