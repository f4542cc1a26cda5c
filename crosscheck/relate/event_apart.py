"""Two event reports apart in time only, and a contradiction tied by more than its date (split from ``pair.py``): the
event view's "different events" is taken back for a translation whose other values all pair."""

from __future__ import annotations

from crosscheck.relate.event_view import ENCOUNTERS, EventView
from crosscheck.relate.types import PairRelation

__all__ = ["years_apart", "tied_besides_time"]


def years_apart(rel: PairRelation, va: EventView, vb: EventView) -> bool:
    """The event view found the two reports apart in time only, at a grain coarser than a day, and they are
    not encounters of people (meetings and visits recur: "Putin and Erdogan met in Sochi in 2019" / "в 2021
    году" are two meetings)."""
    encounter = (va.type in ENCOUNTERS or vb.type in ENCOUNTERS) and bool(va.persons or vb.persons)
    return (all(e.type == "different-event" for e in rel.evidence) and va.explicit and vb.explicit
            and not (va.grain == vb.grain == "day") and not encounter)


def tied_besides_time(rel: PairRelation) -> bool:
    """A contradiction whose only clash is a date, with another value (figure, name, predicate) paired equal."""
    clashes = [e for e in rel.evidence if e.type.endswith("clash")]
    return all(e.type == "date-clash" for e in clashes) and any(e.type in ("same-number", "same-entity", "same-identifier", "same-time")
                                                                for e in rel.evidence)
