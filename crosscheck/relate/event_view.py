"""What a claim reports as an event: its type, people, place and time interval.

Shared by the relation stage (same event or not?) and the corpus-wide
exclusivity check.  A claim with no explicit time that reports an occurrence is
placed in a window around its document's date: news reports recent events.
"""

from __future__ import annotations

import datetime as _dt
import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from crosscheck.frame.paragraph import point_time
from crosscheck.model import ClaimFrame, Segment

#: Event types that are encounters between participants; a "first meeting since"
#: is violated by any of them.
ENCOUNTERS = frozenset({"meeting", "talks", "negotiations", "reception", "visit", "summit", "encounter"})
#: Types that may be one and the same happening under different words.
_COMPATIBLE = [
    ENCOUNTERS | {"discussion"},
    frozenset({"statement", "announcement", "report", "interview"}),
    frozenset({"call", "phone-call"}),
    frozenset({"agreement", "signing", "deal"}),
    frozenset({"election", "inauguration", "vote"}),
    frozenset({"attack", "strike", "shelling", "explosion"}),
]
#: How far back an undated report of an occurrence may reach from its publication date.
RECENT_DAYS = 10
PLANNED_DAYS = 30


@dataclass(frozen=True)
class EventView:
    type: str | None
    persons: frozenset[str]
    participants: frozenset[str]
    place: str | None
    start: _dt.date | None
    end: _dt.date | None
    explicit: bool  # the time was stated, not inferred from the publication date
    grain: str | None
    time_text: str | None

    @property
    def dated(self) -> bool:
        return self.start is not None and self.end is not None


def types_compatible(a: str | None, b: str | None) -> bool | None:
    """True/False when both types are known, None when either is unknown."""
    if not a or not b:
        return None
    if a == b:
        return True
    return any(a in group and b in group for group in _COMPATIBLE)


def event_view(seg: Segment, frame: ClaimFrame) -> EventView:
    persons = frozenset(e.key for e in frame.entities if e.type == "person" and e.key)
    ev = frame.event
    participants = frozenset(p for p in (ev.participants if ev else ()) if p)
    etype = ev.type if ev else None
    place = ev.place if ev else None
    ts = point_time(frame)
    if ts is not None:
        return EventView(etype, persons, participants, place, ts.start, ts.end, True, ts.grain, ts.text)
    date = seg.doc.date
    if date is not None and etype is not None and not any(t.role in ("since", "duration") for t in frame.times):
        if frame.modality == "planned":
            start, end = date, date + _dt.timedelta(days=PLANNED_DAYS)
        else:
            start, end = date - _dt.timedelta(days=RECENT_DAYS), date
        return EventView(etype, persons, participants, place, start, end, False, "window", None)
    return EventView(etype, persons, participants, place, None, None, False, None, None)


_CAPITALISED = re.compile(r"\b[A-ZА-ЯЁ][a-zа-яё’'-]{2,}\b")


@lru_cache(maxsize=4096)
def _name_key(token: str) -> str:
    try:
        from crosscheck.frame.names import person_key
    except ImportError:  # pragma: no cover
        return ""
    return person_key(token)


def project_persons(view: EventView, text: str, others: frozenset[str]) -> EventView:
    """Add the people the other claim names when this claim's text names them too.

    A name the frame did not recognise as a person here ("Scholz and Macron met")
    is still found when its key matches a person recognised on the other side
    (Шольц): the keys are cross-script.
    """
    missing = others - view.persons
    if not missing:
        return view
    found = {k for k in (_name_key(tok) for tok in _CAPITALISED.findall(text)) if k in missing}
    if not found:
        return view
    return dataclasses.replace(view, persons=view.persons | found, participants=view.participants | found)


def overlaps(a: EventView, b: EventView) -> bool | None:
    if not (a.dated and b.dated):
        return None
    return a.start <= b.end and b.start <= a.end


def describe_time(view: EventView) -> str:
    if not view.dated:
        return "an unknown date"
    if not view.explicit:
        return f"around {view.end.isoformat()} (publication date)"
    return describe_interval(view.start, view.end)


def describe_interval(start: _dt.date | None, end: _dt.date | None) -> str:
    if start is None or end is None:
        return "an unknown date"
    if start == end:
        return start.isoformat()
    if start.day == 1 and start.month == end.month and start.year == end.year:
        return start.strftime("%Y-%m")
    if (start.month, start.day) == (1, 1) and (end.month, end.day) == (12, 31) and start.year == end.year:
        return str(start.year)
    return f"{start.isoformat()}..{end.isoformat()}"
