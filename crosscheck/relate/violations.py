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


def _event_index(events) -> dict[str, list[tuple]]:
    """Dated encounters by participant: key -> [(start, position, event)], sorted by date."""
    index: dict[str, list[tuple]] = {}
    for pos, (seg, frame, view) in enumerate(events):
        for key in set(view.persons) | set(view.participants):
            index.setdefault(key, []).append((view.start, pos, (seg, frame, view)))
    for lst in index.values():
        lst.sort(key=lambda t: (t[0], t[1]))
    return index


def _events_of(index, required: set[str], lo, until) -> list:
    """Events naming every required participant and starting in [lo, until), in corpus order.

    Looks up the rarest participant's dated list and cuts it by date (bisect),
    instead of scanning every event of the corpus.
    """
    import bisect

    lists = [index.get(k) for k in required]
    if any(lst is None for lst in lists):
        return []
    lst = min(lists, key=len)
    a = 0 if lo is None else bisect.bisect_left(lst, lo, key=lambda t: t[0])
    b = bisect.bisect_left(lst, until, key=lambda t: t[0])
    return [ev for _, _, ev in sorted(lst[a:b], key=lambda t: t[1])]


def exclusivity_violations(claims: Sequence[Segment], frames: Mapping[str, ClaimFrame], names, *,
                           new: Sequence[bool] | None = None, views: Mapping | None = None) -> list:
    """Contradictions between exclusivity assertions and dated encounters of other documents.

    With ``new`` (a flag per claim, for incremental runs) only violations involving
    a new claim (on either side) are returned.
    """
    is_new = {s.id: bool(f) for s, f in zip(claims, new)} if new is not None else None
    events = []
    for seg in claims:
        frame = frames.get(seg.id)
        if frame is None or seg.kind == "opinion" or frame.modality in ("planned", "hypothetical"):
            continue
        if frame.polarity == "negative":
            continue
        view = views.get(seg.id) if views is not None else None  # the caller's event views, when it has them
        if view is None:
            view = event_view(seg, frame)
        if view.explicit and view.dated and view.type:
            events.append((seg, frame, view))
    index = _event_index(events)

    out = []
    for seg, frame in ((s, frames.get(s.id)) for s in claims):
        if frame is None:
            continue
        for x in frame.exclusivity:
            if x.kind not in _FORBIDDING or not x.participants or x.until is None:
                continue
            required = set(x.participants)
            lo = x.clear_from or x.since
            for other, oframe, view in _events_of(index, required, lo, x.until):
                if other.doc_id == seg.doc_id:
                    continue
                if is_new is not None and not (is_new[seg.id] or is_new[other.id]):
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
