"""One day told in the Julian and the Gregorian calendar (issue 10, round ag).

Russian texts date events before February 1918 in the Old Style (the Julian calendar, often unmarked), English texts in
the New Style: the Battle of Borodino is «26 августа 1812 г.» and "7 September 1812", the Battle of Kagul «21 июля 1770
г.» and "1 August 1770".  Two written days of one year apart by exactly the calendars' difference at that date (10 days
from the Gregorian reform of 1582 to February 1700, 11 to February 1800, 12 to February 1900, 13 after) are one day.
"""

from __future__ import annotations

import datetime as _dt

__all__ = ["julian_gregorian"]

#: The Gregorian reform (15 October 1582) and the last country to leave the Julian calendar (Greece, March 1923).
_FIRST, _LAST = _dt.date(1582, 10, 15).toordinal(), _dt.date(1923, 3, 1).toordinal()


def _difference(julian: _dt.date) -> int:
    """Days the Gregorian calendar runs ahead of the Julian one on a Julian date: 11 in 1770, 12 in 1812, 13 in 1917."""
    year = julian.year if julian.month > 2 else julian.year - 1  # the Julian leap day of a century year comes at its end
    return year // 100 - year // 400 - 2


def julian_gregorian(a: float, b: float) -> bool:
    """Two day ordinals that are one day written in the two calendars (the earlier one the Julian date)."""
    lo, hi = sorted((int(a), int(b)))
    if not (_FIRST <= lo and hi <= _LAST + 13) or lo == hi:
        return False
    return hi - lo == _difference(_dt.date.fromordinal(lo))
