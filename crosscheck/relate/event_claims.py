"""The exclusivity claims that make a claim an event report ("the first meeting since 2013", "met again"), and
whether a pair holds a claim of being first or only.  Split from ``pair.py`` (round w)."""

from __future__ import annotations

import re

from crosscheck.frame.event_type import EVENT_TYPES
from crosscheck.model import ClaimFrame
from crosscheck.relate.thresholds import SAYINGS

__all__ = ["event_claims", "exclusive", "mentions_repeat"]


#: An ordinal of a time span ("the 14th century", "the 3rd millennium"): a date, not the Nth event.
_TIME_ORDINAL = re.compile(r"centur|millenni|век|тысячелет", re.I)


def event_claims(frame: ClaimFrame) -> tuple:
    """The exclusivity claims that make a claim an event report for the event view: not a
    plain "first" or "only" with no event type and no "since" ("first mentioned in 859", "the only bridge that", "впервые
    опубликовали в 1966 году": the date of a first occurrence, a statement the slots
    compare), not the ordinal of a century ("the 14th century") or of a thing ("the 50th state"), not a count of things
    ("five growths", "13 books": a figure the slots compare; round w).  The day of a date
    ("February 21th") is no ordinal at all: the frame reads no ordinal inside a time it read (frame/exclusivity.py)."""
    return tuple(x for x in frame.exclusivity
                 if not (x.kind in ("first", "only") and x.event_type is None and x.since is None)
                 and not _plain_repeat(x)
                 and not (x.kind == "ordinal" and (_TIME_ORDINAL.search(x.text) or _rank(x)))
                 and not (x.kind == "count" and x.event_type not in EVENT_TYPES))


def _rank(x) -> bool:
    """An ordinal of a thing, not of an event ("the 50th state", "the second largest", "the fifth satrap"): the
    frame names the word after it as its type, and that word is no event type."""
    return bool(x.event_type) and x.text.lower().endswith(" " + x.event_type) and x.event_type not in EVENT_TYPES


def _plain_repeat(x) -> bool:
    """"Again" / "never" with no event type (or a saying) and no "since": a manner ("asked again in a rude tone",
    "можно повторно загрузить", "never thought of"), not a claim about a series of events."""
    # round x: an undated "never" ("signed the protocol but never ratified it") is a negated statement the slots compare
    # (its polarity against "ратифицировали"), not a series of events the event view could date
    return x.kind in ("again", "never") and x.since is None and (
        x.event_type is None or x.event_type in SAYINGS or (x.kind == "never" and x.until is None))


def exclusive(fa: ClaimFrame, fb: ClaimFrame, plain_first: bool = False) -> bool:
    """A claim that something was the first or only one ("the first meeting since 2013"); an
    ordinal or a count ("the third dose", "4 agreements") is a figure the slots compare.  ``plain_first``: a plain
    "first" or "only" with no period ("first performed", «впервые прозвучала») is a one-off, no claim about a series."""
    return any(x.kind not in ("ordinal", "count") and not _plain_repeat(x)
               and not (plain_first and x.kind in ("first", "only")) for x in fa.exclusivity + fb.exclusivity)


def mentions_repeat(frame: ClaimFrame) -> bool:
    """The claim says its event happened again, or counts it ("again", "the second attack", "three times")."""
    return any(x.kind in ("again", "ordinal", "count") for x in frame.exclusivity)
