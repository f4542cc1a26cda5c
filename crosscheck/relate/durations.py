"""Figures in two units of one dimension (issue 10 round m): a duration told twice in other units, and rounding.

* ``rounded_to_unit``: an approximate figure in a larger unit holds a figure in a smaller unit that rounds to it ("about
  22 months" / «почти два года», "about 4,800 metres" / «около 5 км»).
* ``one_duration_each``: when each side states one duration (days, weeks, months, years, decades), those two are the
  duration told twice and pair before any other figure of the same value can take one of them ("took about three years …
  one ship" / «продлилось около года … один корабль»: the year against the years, not against the ship).
"""

from __future__ import annotations

from collections.abc import Callable

from crosscheck.relate.slot_values import _TIME_UNITS, Slot, measure

__all__ = ["rounded_to_unit", "one_duration_each"]


def _factor(unit: str | None) -> float | None:
    if unit in _TIME_UNITS:
        return float(_TIME_UNITS[unit])
    m = measure(unit)
    return m[1] if m else None


def rounded_to_unit(a: Slot, b: Slot) -> bool:
    """Two figures in two units of one dimension, one approximate and neither a bound, where the one in the smaller unit
    rounds to the other in the larger unit (less than half a larger unit apart)."""
    fa, fb = _factor(a.unit), _factor(b.unit)
    if "approx" not in (a.bound, b.bound) or {a.bound, b.bound} - {"approx", "exact"} or not fa or not fb or fa == fb:
        return False
    if (a.unit in _TIME_UNITS) != (b.unit in _TIME_UNITS) and not (measure(a.unit) and measure(b.unit)
                                                                   and measure(a.unit)[0] == measure(b.unit)[0]):
        return False
    large, small, f_large, f_small = (a, b, fa, fb) if fa > fb else (b, a, fb, fa)
    return abs(small.value * f_small / f_large - large.value) < 0.5


def one_duration_each(left_a: list[Slot], left_b: list[Slot], same: Callable[[Slot, Slot], bool]) -> list[tuple[Slot, Slot, bool]]:
    """The one duration of each side as a pair (a, b, equal by ``same``), or nothing when a side states none or several."""
    da = [s for s in left_a if s.unit in _TIME_UNITS]
    db = [s for s in left_b if s.unit in _TIME_UNITS]
    if len(da) != 1 or len(db) != 1:
        return []
    return [(da[0], db[0], bool(same(da[0], db[0])))]
