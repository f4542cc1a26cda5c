"""Exclusivity across the corpus: "the first meeting of A and B since 2013".

Such a claim says no encounter of A and B happened between the anchor period
and the event itself.  It is checked against *every* event the other documents
report, not only against its nearest neighbour: any reported encounter of the
same participants dated inside that gap (and reported as having happened, not
as planned) violates it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from crosscheck.model import ClaimFrame, Evidence, Segment
from crosscheck.relate.event_view import ENCOUNTERS, describe_interval, event_view, types_compatible
from crosscheck.relate.names import doc_label
from crosscheck.relate.types import PairRelation

#: Exclusivity kinds that forbid earlier events in an interval.
_FORBIDDING = {"first-since", "first-in", "first", "never", "only"}


def _type_matches(required: str | None, reported: str | None) -> bool:
    if reported is None:
        return False
    if required is None or required in ENCOUNTERS:
        return reported in ENCOUNTERS
    return bool(types_compatible(required, reported))


def exclusivity_violations(claims: Sequence[Segment], frames: Mapping[str, ClaimFrame], names) -> list:
    events = []
    for seg in claims:
        frame = frames.get(seg.id)
        if frame is None or seg.kind == "opinion" or frame.modality in ("planned", "hypothetical"):
            continue
        if frame.polarity == "negative":
            continue
        view = event_view(seg, frame)
        if view.explicit and view.dated and view.type:
            events.append((seg, frame, view))

    out = []
    for seg, frame in ((s, frames.get(s.id)) for s in claims):
        if frame is None:
            continue
        for x in frame.exclusivity:
            if x.kind not in _FORBIDDING or not x.participants or x.until is None:
                continue
            required = set(x.participants)
            lo = x.clear_from or x.since
            for other, oframe, view in events:
                if other.doc_id == seg.doc_id:
                    continue
                people = set(view.persons) | set(view.participants)
                if not required <= people or not _type_matches(x.event_type, view.type):
                    continue
                if lo is not None and view.start < lo:
                    continue
                if view.end >= x.until:
                    continue
                who = names.join(required)
                since = f" since {describe_interval(x.since, _year_end(x))}" if x.since else ""
                when = describe_interval(view.start, view.end)
                where = f" in {names(view.place)}" if view.place else ""
                kind = x.event_type or "meeting"
                first = "the only" if x.kind == "only" else "the first"
                if x.kind == "never":
                    claim = f"{doc_label(seg)} says {who} never had a {kind}{since}"
                else:
                    claim = (f"{doc_label(seg)} says the {x.until.isoformat()} {kind} was {first} "
                             f"between {who}{since}")
                happened = "they met" if view.type in ENCOUNTERS else f"a {view.type}"
                explanation = f"{claim}; {doc_label(other)} reports {happened}{where} in {when}."
                ev = Evidence(
                    "exclusivity-violated",
                    f"{x.text!r} rules out a {kind} of {who} between "
                    f"{(lo.isoformat() if lo else 'the start')} and {x.until.isoformat()}; "
                    f"one is reported for {when}",
                    f"no {kind} in {(lo.isoformat() if lo else '...')}..{x.until.isoformat()}",
                    when,
                )
                out.append(PairRelation(seg, other, "contradict", 0.95, explanation, (ev,)))
    return out


def _year_end(x):
    """The anchor period of "since 2013" is the year 2013."""
    if x.clear_from is not None:
        import datetime as _dt

        return x.clear_from - _dt.timedelta(days=1)
    return x.since
