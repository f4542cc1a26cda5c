"""Times of two statements paired and compared (``slots.compare_slots``): the same interval first, then the
same grain, then one leftover each; a year one side's frame read as a bare figure pairs with the other side's year.
Split from ``slots.py``."""

from __future__ import annotations

import datetime as _dt
import re

from crosscheck.frame.holidays import movable_feast
from crosscheck.frame.times import BACK_TO_YEAR
from crosscheck.relate.calendars import julian_gregorian
from crosscheck.relate.slot_values import Slot, SlotPair, _KNOWN_UNITS, measure

__all__ = ["times_equal", "pair_times", "year_read_as_figure"]

def _overlap(a: Slot, b: Slot) -> bool:
    (a0, a1), (b0, b1) = a.value, b.value
    return a0 <= b1 and b0 <= a1


def _month_day(s: Slot) -> tuple[int, int | None] | None:
    if s.value[0] < 1:
        return None  # a BC year has no calendar month or day here ("In December 218 BC": round av)
    d0 = _dt.date.fromordinal(int(s.value[0]))
    grain = (s.unit or "").split(":")[-1]
    if grain == "day":
        return d0.month, d0.day
    if grain == "month":
        return d0.month, None
    return None


def _days_of_month(s: Slot) -> tuple | None:
    """The first and last month and day of a span of days whose year nobody stated ("December 9–10")."""
    if s.anchored or _grain(s) != "range" or s.value[0] < 1:
        return None
    d0, d1 = _dt.date.fromordinal(int(s.value[0])), _dt.date.fromordinal(int(s.value[1]))
    return (d0.month, d0.day), (d1.month, d1.day)


def _written_span(s: Slot) -> bool:
    """A span of years written with both its years ("1372-1879", "from 240 to 550"), not a century or a decade."""
    return s.anchored and len(re.findall(r"(?<!\d)\d{3,4}(?!\d)", s.text or "")) >= 2


def _year(day: float) -> int:
    return _dt.date.fromordinal(int(day)).year if day >= 1 else int(day // 365.25)


def _grain(s: Slot) -> str:
    return (s.unit or "").split(":")[-1]


def times_equal(a: Slot, b: Slot) -> bool:
    """One time or compatible ones: equal at one grain, or one inside the other at
    different grains ("19 April 2018" within "April 2018")."""
    if not (a.anchored and b.anchored):
        # a year guessed on either side (no document date): compare month and day only
        if _days_of_month(a) and _days_of_month(b):
            return _days_of_month(a) == _days_of_month(b)  # "June 4–6" / «с 4 по 6 июня»
        ma, mb = _month_day(a), _month_day(b)
        if ma is None or mb is None:
            return True
        return ma[0] == mb[0] and (ma[1] is None or mb[1] is None or ma[1] == mb[1])
    (a0, a1), (b0, b1) = a.value, b.value
    if _grain(a) == _grain(b) == "range" and _century(a, b) and ((a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)):
        # parts of a century have loose bounds: "the late 19th century" (1866-99) / «конце XIX века» (1880-99); so do a
        # decade's: "the early 1920s" / «в 1920–1922 гг.», «в начале 1580-х годов» / "the autumn of 1582"; a season holds
        # its days (round av)
        return True
    if (_WINTER.search(a.text or "") or _WINTER.search(b.text or "")) and min(a1, b1) - max(a0, b0) >= _WINTER_OVERLAP:
        return True  # round cq: a winter runs over two years ("in the winter of 1714" / «в 1714 г.»): its months in the year
    if _grain(a) == _grain(b):
        if _grain(a) == "day" and _written_day(a) and _written_day(b):
            # two calendar dates ("February 15th, 2009" / "14 февраля"): two days, unless one is the other's Old Style
            # date («21 июля 1770 г.» / "1 August 1770": ``calendars.py``, round ag)
            # a night is two days («в ночь на 8 сентября» / "on 8 September": round bh, ``times._night``): one of them
            return a0 == b0 or julian_gregorian(a0, b0) or (max(a1 - a0, b1 - b0) == 1 and a0 <= b1 and b0 <= a1)
        return abs(a0 - b0) <= 1 and abs(a1 - b1) <= 1  # a relative day ("on Monday", "вчера") may be resolved a day off
    if (movable_feast(a.text) or movable_feast(b.text)) and a0 <= b1 and b0 <= a1:
        return True  # "on Easter Monday 1916" (some day from 23 March to 26 April) / «в апреле 1916 года» (round ap)
    return (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)


_CENTURY = re.compile(r"centur|millenni|век|тысячелет|\b[IVXLC]+\s*вв?\.|\d0['’]?s\b|\d0-(?:х|е|ые|ых)(?![\w-])|decade|десятилет"
                      # a season of a year holds the days and spans of days inside it: "5–6 July 1809" / «летом 1809 года»
                      # (round av; the season words are times.py's)
                      r"|\b(?:spring|summer|autumn|fall|winter)\b|(?<![\w-])(?:весн[аоуе]й?|весною|лет[оау]|летом|осен[ьи]|осенью|зим[аоуе]й?)(?![\w-])", re.I)


#: A winter (December to February) one year names: it shares January and February (at least this many days) with the
#: year's other mentions, and only December with the year before (times.py's season words).
_WINTER = re.compile(r"\bwinter\b|(?<![\w-])(?:зим[аоуеы]й?|зимою)(?![\w-])", re.I)
_WINTER_OVERLAP = 45


def _century(a: Slot, b: Slot) -> bool:
    return bool(_CENTURY.search(a.text or "") or _CENTURY.search(b.text or ""))


def _alone(s: Slot, left: list[Slot], role) -> bool:
    """``s`` is the only leftover of its grain and role."""
    return sum(_grain(x) == _grain(s) and role(x) == role(s) for x in left) == 1


def _sub_year_alone(s: Slot, left: list[Slot]) -> bool:
    """``s`` is the only day or month among the leftovers (round cp)."""
    return sum(_grain(x) in ("day", "month") for x in left) == 1


def _year_beside_month(a: Slot, b: Slot, left_a: list[Slot], left_b: list[Slot]) -> bool:
    """Of a day and a month (round cp), the month's side holds a longer time that holds the day."""
    day, month, side = (a, b, left_b) if _grain(a) == "day" else (b, a, left_a)
    return any(x is not month and _grain(x) not in ("day", "month") and times_equal(x, day) for x in side)


def _told_otherwise(s: Slot, partner: Slot, other: list[Slot]) -> bool:
    """``s`` has an equal time on the other side besides ``partner``, not a longer span holding it ("In 1820" /
    «С 1820 году»): its counterpart, told under another role."""
    def longer(y: Slot) -> bool:
        return (y.value[1] - y.value[0]) > (s.value[1] - s.value[0]) + 1

    return any(y is not partner and times_equal(s, y) and not longer(y) for y in other)


def _comparable(a: Slot, b: Slot) -> bool:
    """Two times that can be found equal: not a month or day whose year was guessed (no year stated or known) against a
    year or a span, where "equal" says nothing («мая» read in «самая», "since 1955")."""
    return ((a.anchored and b.anchored) or (_month_day(a) is not None and _month_day(b) is not None)
            or (_days_of_month(a) is not None and _days_of_month(b) is not None))


def _written_day(s: Slot) -> bool:
    """A day written with its number ("15 February", "14 февраля"), not resolved from "yesterday" or a weekday."""
    return bool(re.search(r"\d", s.text or ""))


def _bound_holds(bound: Slot, other: Slot, role_bound: str, role_other: str) -> bool:
    """A time stated as a bound ("by April", "since 2015") that the other side's point lies within."""
    if role_other != "point" or role_bound not in ("until", "since") or not (bound.anchored and other.anchored):
        return False
    if _grain(bound) == _grain(other) == "day":
        return False  # "before 1 April" / "on 3 April": one date told twice
    if role_bound == "since" and other.role == "start":
        return False  # "since 1927" / «открытая в 1957 году»: one start told twice (round bu)
    (b0, b1), (o0, o1) = bound.value, other.value
    return o1 <= b1 if role_bound == "until" else o0 >= b0


def pair_times(ta: list[Slot], tb: list[Slot], strict: bool, acts_a: dict | None = None,
               acts_b: dict | None = None) -> tuple[list[SlotPair], list[Slot], list[Slot]]:
    """``acts_a``, ``acts_b``: the acts each time dates (``act_dates.slot_acts``), by ``id`` of the slot."""
    pairs: list[SlotPair] = []
    left_a, left_b = list(ta), list(tb)

    def role(s: Slot) -> str:
        return (s.unit or "").split(":")[0]

    def take(test, compare: bool = False) -> None:
        for a in list(left_a):
            hit = next((b for b in left_b if test(a, b) and _comparable(a, b)), None)
            if hit is not None:
                left_a.remove(a)
                left_b.remove(hit)
                pairs.append(SlotPair("time", a, hit, times_equal(a, hit) if compare else True))

    take(lambda a, b: a.value == b.value and role(a) == role(b))  # the very same interval first
    # two spans of years ending (or starting) in the same year are one span with its other end changed ("(1372-1879)" /
    # «(1784—1879)»), before a span holds a century the other side names
    take(lambda a, b: _grain(a) == _grain(b) == "range" and role(a) == role(b) and _written_span(a) and _written_span(b)
         and (_year(a.value[0]) == _year(b.value[0]) or _year(a.value[1]) == _year(b.value[1])), compare=True)
    take(lambda a, b: _grain(a) == _grain(b) and times_equal(a, b))  # "April 1, 2021" with "1 апреля 2021", not with a range
    if not strict:
        # translations: the one leftover day (month, year) of each side in one role is one slot, before a year holds a day
        # ("of 2001" / "17 января 2001" while "January 15th 2001" is left over)
        take(lambda a, b: _grain(a) == _grain(b) in ("day", "month", "year") and role(a) == role(b)
             and _alone(a, left_a, role) and _alone(b, left_b, role) and not _told_otherwise(a, b, left_b)
             and not _told_otherwise(b, a, left_a), compare=True)
    if strict:
        # paraphrases (round x): the one day (month) of each side in one role, in one year, is one date told two ways, before
        # a century or a year on one side holds the other's ("25 апреля 1947 года … в XX веке" / "on 15 April 1947")
        # (round cb: not a date told back to the sentence's year, "in January of the same year", «24 октября того же
        # года»: it dates a second act, after the sentence's first date)
        take(lambda a, b: _grain(a) == _grain(b) in ("day", "month") and role(a) == role(b) and a.anchored and b.anchored
             and not BACK_TO_YEAR.search(a.text or "") and not BACK_TO_YEAR.search(b.text or "")
             and _year(a.value[0]) == _year(b.value[0]) and _alone(a, left_a, role) and _alone(b, left_b, role)
             and not _told_otherwise(a, b, left_b) and not _told_otherwise(b, a, left_a), compare=True)
    # round cp: the one day of one side and the one month of the other, in one role and one year, are one date told at two
    # grains, before a bare year beside the day holds the month ("on 17 June 1497 … of 1497" / «в июле 1497 г.»); not when
    # the month's own side has a bare year holding the day: that year is the day's counterpart, the month another act's
    # («в ноябре 1917 г. … провозгласила независимость в 1917 г.» / "on 6 December 1917")
    take(lambda a, b: {_grain(a), _grain(b)} == {"day", "month"} and role(a) == role(b) and a.anchored and b.anchored
         and not BACK_TO_YEAR.search(a.text or "") and not BACK_TO_YEAR.search(b.text or "")
         and _year(a.value[0]) == _year(b.value[0]) and _sub_year_alone(a, left_a) and _sub_year_alone(b, left_b)
         and not _told_otherwise(a, b, left_b) and not _told_otherwise(b, a, left_a)
         and not _year_beside_month(a, b, left_a, left_b), compare=True)
    take(lambda a, b: role(a) == role(b) and times_equal(a, b))
    # the same time under another role: "by 2042" / "к 2042 году"
    take(times_equal)
    # a bound the other side's time keeps: "by April" / "in winter" (December to February)
    if strict:  # paraphrases only: translations keep the roles of their times
        # not when the bound's own side keeps a point of the point's grain: that point is its counterpart ("in 1613" /
        # "in 1631 … until 1917": 1917 holds 1613, but 1631 is the year the other side states)
        def own_point(point: Slot, side: list[Slot]) -> bool:
            return any(role(x) == "point" and _grain(x) == _grain(point) and x.anchored for x in side)

        take(lambda a, b: (_bound_holds(a, b, role(a), role(b)) and not own_point(b, left_a))
             or (_bound_holds(b, a, role(b), role(a)) and not own_point(a, left_b)))
    if strict and acts_a and acts_b:
        # paraphrases (round ch): the one time of each side that dates an act, the same act ("received the Nobel Prize
        # in 1986" / «был удостоен Нобелевской премии … в 1966 году» while 1931 dates the microscope): one date told twice
        def act(s: Slot, acts: dict) -> frozenset:
            return acts.get(id(s), frozenset())

        def alone(c: str, acts: dict, left: list[Slot]) -> bool:
            return sum(c in act(x, acts) for x in left) == 1

        take(lambda a, b: any(alone(c, acts_a, left_a) and alone(c, acts_b, left_b) for c in act(a, acts_a) & act(b, acts_b)),
             compare=True)
    # leftovers: one time each (or, for translations, as many in order) state the same slot
    for a in list(left_a):
        # a month or day whose year was guessed ("that July") cannot be compared with a year: no rival for the year's slot
        same_role = [b for b in left_b if role(b) == role(a) and _comparable(a, b)]
        mine = [x for x in left_a if role(x) == role(a) and (len(same_role) != 1 or _comparable(x, same_role[0]))]
        if len(same_role) == 1 and len(mine) == 1:
            left_a.remove(a)
            left_b.remove(same_role[0])
            pairs.append(SlotPair("time", a, same_role[0], False))
    if left_a and left_b and (len(left_a) == len(left_b) == 1 or (not strict and len(left_a) == len(left_b))):
        for a, b in zip(list(left_a), list(left_b)):
            pairs.append(SlotPair("time", a, b, False))
            left_a.remove(a)
            left_b.remove(b)
    elif left_a and left_b and not strict:
        # translations state every time on both sides: the fewer leftovers pair with their nearest
        few, many = (left_a, left_b) if len(left_a) < len(left_b) else (left_b, left_a)
        for x in list(few):
            y = min(many, key=lambda t: abs(sum(t.value) - sum(x.value)))
            many.remove(y)
            few.remove(x)
            a, b = (x, y) if few is left_a else (y, x)
            pairs.append(SlotPair("time", a, b, False))
    return pairs, left_a, left_b


def year_read_as_figure(numbers, times):
    """Translations: the one leftover year of one side and the one leftover bare figure of the other, with three or four
    digits, are one year read two ways ("In 1207" / «В 1569 они были», "around 3000" / «около 1500 года»): a year slot
    each, paired. (Pairs, leftovers A, leftovers B) of the numbers and of the times."""
    (npairs, na, nb), (tpairs, ta, tb) = numbers, times
    for mine_n, other_t, mine_t, other_n, a_side in ((na, tb, ta, nb, True), (nb, ta, tb, na, False)):
        figures = [n for n in mine_n if _year_like(n)]
        years = [t for t in other_t if _grain(t) == "year" and t.anchored]
        if len(figures) != 1 or len(years) != 1 or any(_grain(t) == "year" for t in mine_t) or any(_year_like(n) for n in other_n):
            continue
        fig, year = figures[0], years[0]
        lo = _dt.date(int(fig.value), 1, 1).toordinal()
        as_year = Slot("time", fig.text, (float(lo), float(_dt.date(int(fig.value), 12, 31).toordinal())), "point:year", fig.bound)
        pair = SlotPair("time", as_year, year, times_equal(as_year, year)) if a_side else SlotPair("time", year, as_year, times_equal(year, as_year))
        mine_n.remove(fig)
        other_t.remove(year)
        return (npairs, na, nb), (tpairs + [pair], ta, tb)
    return numbers, times


def _year_like(n: Slot) -> bool:
    """A figure written as a bare three- or four-digit integer (no scale, no separators, no unit the lexicon knows
    other than years): what a year looks like when the frame did not read it as one."""
    v = n.value
    if not isinstance(v, float) or v != int(v) or not 100 <= v <= 9999 or (n.unit in _KNOWN_UNITS and n.unit != "year"):
        return False
    if n.unit and measure(n.unit):
        return False  # "100 м", "400 metres": a measure, never a year (round al)
    m = re.search(r"(?<![\d.,])(\d{3,4})(?![\d]|[.,]\d)", n.text or "")
    return m is not None and int(m.group(1)) == int(v)
