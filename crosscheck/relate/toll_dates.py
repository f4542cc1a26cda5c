"""One disaster dated to two days (issue 10, round by).

The event view calls two reports dated to two days "two events" unless they name the same persons (two meetings of one
pair of leaders on two days are two meetings).  A fire, a flood, a mine explosion names no persons, yet two reports that
place it at the same place and count the same dead are one event: "On 8 December 1994 a fire at the Friendship Hall in
Karamay killed 325 people" / «28.11.1994 пожар в Доме дружбы в Карамае унёс 325 жизней».  Two day-dated reports at most
``DATE_CLASH_MAX_DAYS`` apart, with a place in common and the same exact death toll (people or things a noun names, at
least ``MIN_TOLL``: "1,099 miners"), that name no persons (people meet on many days), report no saying, tell no repeat
("the second attack this month") and neither negate nor plan, at the likeness ``Z_AGREE``, clash on their date.
"""

from __future__ import annotations

from crosscheck.model import ClaimFrame, Segment
from crosscheck.relate.event_claims import mentions_repeat
from crosscheck.relate.event_view import EventView
from crosscheck.relate.thresholds import DATE_CLASH_MAX_DAYS, SAYINGS, Z_AGREE

__all__ = ["toll_date_relation"]

#: The smallest count of people that ties two reports to one event (a handful may die in two accidents at one place).
MIN_TOLL = 10


def _tolls(frame: ClaimFrame, text: str) -> set[float]:
    """The exact death tolls of at least ``MIN_TOLL`` (a count of people or of things a noun names: "1,099 miners",
    «325 жизней», in a clause that says they died: ``count_roles.py`` role ``dead``)."""
    from crosscheck.relate.count_roles import count_role
    from crosscheck.relate.unit_pairs import plain_unit

    return {q.value for q in frame.quantities
            if (q.unit == "people" or plain_unit(q.unit)) and q.bound == "exact" and q.value >= MIN_TOLL
            and q.pos is not None and count_role(text, q.pos, q.pos + len(q.text)) == "dead"}


def toll_date_relation(a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, z: float, va: EventView, vb: EventView):
    """A date clash when two reports tell one disaster (one place, one count of people) on two days, or None."""
    if z < Z_AGREE or a.kind == "opinion" or b.kind == "opinion" or {fa.modality, fb.modality} & {"planned", "hypothetical"}:
        return None
    if not (va.explicit and vb.explicit and va.grain == vb.grain == "day" and va.start and vb.start):
        return None
    if va.start == vb.start or abs((va.start - vb.start).days) > DATE_CLASH_MAX_DAYS:
        return None
    if va.persons or vb.persons or va.type in SAYINGS or vb.type in SAYINGS or mentions_repeat(fa) or mentions_repeat(fb):
        return None  # people met, a report was made, or a side says it happened again: two occasions may share a toll
    tolls = _tolls(fa, a.text) & _tolls(fb, b.text)
    if not (fa.entity_keys("place") & fb.entity_keys("place")) or not tolls:
        return None
    from crosscheck.relate.negation import negation_info

    if negation_info(a.text, a.lang).negated or negation_info(b.text, b.lang).negated:
        return None
    from crosscheck.model import Evidence
    from crosscheck.relate import explain
    from crosscheck.relate.confidence import confidence
    from crosscheck.relate.names import doc_label
    from crosscheck.relate.types import PairRelation

    toll = int(max(tolls))
    ev = (Evidence("date-clash", f"{va.time_text} vs {vb.time_text}", va.start.isoformat(), vb.start.isoformat()),)
    text = explain.toll_date_clash(doc_label(a), doc_label(b), toll, va.time_text, vb.time_text)
    return PairRelation(a, b, "contradict", confidence("contradict", ev, z), text, ev)
