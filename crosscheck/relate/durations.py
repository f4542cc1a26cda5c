"""Figures in two units of one dimension (issue 10 round m): a duration told twice in other units, and rounding.

* ``rounded_to_unit``: an approximate figure in a larger unit holds a figure in a smaller unit that rounds to it ("about
  22 months" / «почти два года», "about 4,800 metres" / «около 5 км»).
* ``one_duration_each``: when each side states one duration (days, weeks, months, years, decades), those two are the
  duration told twice and pair before any other figure of the same value can take one of them ("took about three years …
  one ship" / «продлилось около года … один корабль»: the year against the years, not against the ship).
* ``duration_against_span`` (round p): a duration one side states with no counterpart and a span written with both its
  ends on the other side with no counterpart are one length told two ways ("lasted six days" / «с 24 по 29 апреля»,
  "built in two years" / «с 1563 по 1584 год»): paired, the span's length read at the grain of its ends.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable

from crosscheck.relate.slot_values import _TIME_UNITS, Slot, SlotPair, measure, told_as_offset

__all__ = ["rounded_to_unit", "one_duration_each", "duration_against_span", "dates_offset"]


def _factor(unit: str | None) -> float | None:
    if unit in _TIME_UNITS:
        return float(_TIME_UNITS[unit])
    m = measure(unit)
    return m[1] if m else None


def rounded_to_unit(a: Slot, b: Slot) -> bool:
    """Two figures in two units of one dimension, one approximate and neither a bound, where the one in the smaller unit
    rounds to the other in the larger unit (less than half a larger unit apart); a half of a larger unit of time («полтора
    месяца», "one and a half years", "about half a year") is a rounding to a half, so the smaller rounds to it within a
    quarter, even when neither says "about" ("a siege of 47 days" / «после полуторамесячной осады»: round br; "five months"
    is «около полугода», "two weeks" is not: round cq)."""
    fa, fb = _factor(a.unit), _factor(b.unit)
    if {a.bound, b.bound} - {"approx", "exact"} or not fa or not fb or fa == fb:
        return False
    large, small, f_large, f_small = (a, b, fa, fb) if fa > fb else (b, a, fb, fa)
    half = a.unit in _TIME_UNITS and b.unit in _TIME_UNITS and large.value % 1 == 0.5
    gap = abs(small.value * f_small / f_large - large.value)
    if "approx" not in (a.bound, b.bound):
        return half and gap < 0.25
    if (a.unit in _TIME_UNITS) != (b.unit in _TIME_UNITS) and not (measure(a.unit) and measure(b.unit)
                                                                   and measure(a.unit)[0] == measure(b.unit)[0]):
        return False
    return gap < (0.25 if half else 0.5)


def one_duration_each(left_a: list[Slot], left_b: list[Slot], same: Callable[[Slot, Slot], bool]) -> list[tuple[Slot, Slot, bool]]:
    """The one duration of each side as a pair (a, b, equal by ``same``), or nothing when a side states none or several."""
    da = [s for s in left_a if s.unit in _TIME_UNITS]
    db = [s for s in left_b if s.unit in _TIME_UNITS]
    if len(da) != 1 or len(db) != 1:
        return []
    return [(da[0], db[0], bool(same(da[0], db[0])))]


def _span_grain(s: Slot) -> float:
    """The grain, in days, of the ends of a written span: a year from 1 January to 31 December, a month from its first
    to its last day, else a day."""
    if s.value[0] < 1:
        return float(_TIME_UNITS["year"])  # a BC span is read in years ("from 218 to 201 BC"): no calendar date (round av)
    d0, d1 = _dt.date.fromordinal(int(s.value[0])), _dt.date.fromordinal(int(s.value[1]))
    if (d0.month, d0.day) == (1, 1) and (d1.month, d1.day) == (12, 31):
        return float(_TIME_UNITS["year"])
    if d0.day == 1 and (d1 + _dt.timedelta(days=1)).day == 1:
        return float(_TIME_UNITS["month"])
    return 1.0


def _span_holds(duration: Slot, span: Slot, interval: Callable) -> bool:
    """The span's length can be the duration: a span from the first to the last of its ends, both counted, is at most
    its whole length and at least that less one grain at each end ("24 to 29 April": 5 or 6 days; "1563 to 1584":
    20 to 22 years); the duration with its bound ("about", "over") as the figures compare."""
    length = span.value[1] - span.value[0] + 1
    grain = _span_grain(span)
    lo, hi = interval(duration.value, duration.bound)
    factor = float(_TIME_UNITS[duration.unit])
    return lo * factor <= length and length - 2 * grain <= hi * factor


def duration_against_span(numbers: tuple, times: tuple, interval: Callable) -> tuple[tuple, tuple]:
    """Pair the one leftover duration of one side with the one leftover written span of the other: (numbers, times)
    with that pair added to the numbers' pairs (kind ``number``, the span as its length in the duration's unit) and both
    taken from the leftovers.  Nothing changes unless one side has exactly one leftover duration and no leftover span,
    and the other exactly one leftover span of two written ends ("point:range") and no leftover duration, and the
    duration's figure is not one of the span's written ends (a year read as "2069 years" is that end, not a length)."""
    n_pairs, n_a, n_b = numbers
    t_pairs, t_a, t_b = times

    def durations(left: list[Slot]) -> list[Slot]:
        return [s for s in left if s.unit in _TIME_UNITS and s.unit not in ("decade", "century", "десятилетие")]

    def spans(left: list[Slot]) -> list[Slot]:
        return [s for s in left if s.unit == "point:range" and s.anchored and s.value[1] > s.value[0]]

    for flip in (False, True):
        dn, tn, ds, ts = (n_b, t_b, n_a, t_a) if flip else (n_a, t_a, n_b, t_b)
        dur, span = durations(dn), spans(ts)
        if len(dur) != 1 or len(span) != 1 or spans(tn) or durations(ds):
            continue
        d, s = dur[0], span[0]
        if told_as_offset(d.text or ""):
            continue  # «через два года после смерти»: the time between two events, not the length of the span (round ag)
        if float(d.value).is_integer() and str(int(d.value)) in re.findall(r"\d+", s.text or ""):
            continue  # one of the span's ends read as a figure on the other side ("между 2000 и 2069 годами"), no length
        grain = _span_grain(s)  # told as written: «с 24 по 29 апреля» 6 days, «с 1563 по 1584 год» 21 years
        length = (s.value[1] - s.value[0] + 1 - (grain if grain > 1 else 0)) / float(_TIME_UNITS[d.unit])
        told = Slot("number", s.text, round(length, 2), d.unit, "exact", s.anchored, s.span)
        pair = SlotPair("number", told, d, _span_holds(d, s, interval)) if flip else \
            SlotPair("number", d, told, _span_holds(d, s, interval))
        n_new = (list(n_pairs) + [pair], [x for x in n_a if x is not d], [x for x in n_b if x is not d])
        t_new = (t_pairs, [x for x in t_a if x is not s], [x for x in t_b if x is not s])
        return n_new, t_new
    return numbers, times


#: How far (days) two dates may be from a stated offset in a unit of time: none in days and weeks; a month or a year of
#: calendar days against the mean one.
_OFFSET_SLACK = {"day": 0, "week": 0, "month": 3, "year": 2}
#: How far (characters) after an offset's words ("fifteen days after the crash") its own date may stand.
_OFFSET_REACH = 60


def dates_offset(numbers: tuple[list[SlotPair], list[Slot], list[Slot]],
                 times: tuple[list[SlotPair], list[Slot], list[Slot]], text_a: str, text_b: str,
                 ) -> tuple[list[SlotPair], list[Slot], list[Slot]]:
    """``times`` with two days marked equal when they differ by an offset a side states and exactly one of them is the
    offset's own date, the one after "after" (round cq): one side dates the later event, the other the earlier one
    ("died on 21 February 1958, fifteen days after the crash" / «через 15 дней после авиакатастрофы 06.02.1958»); two dates
    that both follow the offset ("5 days after 23 February" / «через 5 дней после 17 февраля») stay two dates."""
    pairs, extra_a, extra_b = numbers
    offsets = [(s, side) for s, side in [(p.a, 0) for p in pairs] + [(p.b, 1) for p in pairs] + [(s, 0) for s in extra_a]
               + [(s, 1) for s in extra_b] if s.kind == "number" and s.unit in _OFFSET_SLACK and told_as_offset(s.text or "")]
    if not offsets:
        return times

    def after_offset(date: Slot, text: str, side: int) -> bool:
        at = text.find(date.text or "\0")
        ends = [text.find(o.text) + len(o.text) for o, own in offsets if own == side and text.find(o.text) >= 0]
        return at >= 0 and any(0 <= at - end <= _OFFSET_REACH for end in ends)

    out = []
    for p in times[0]:
        if (not p.equal and all(s.unit == "point:day" for s in (p.a, p.b))
                and after_offset(p.a, text_a, 0) != after_offset(p.b, text_b, 1)):
            gap = abs(p.a.value[0] - p.b.value[0])
            if any(abs(gap - o.value * _TIME_UNITS[o.unit]) <= _OFFSET_SLACK[o.unit] for o, _ in offsets):
                p = SlotPair(p.kind, p.a, p.b, True)
        out.append(p)
    return out, times[1], times[2]
