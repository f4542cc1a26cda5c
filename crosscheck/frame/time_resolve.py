"""Resolution of one matched time expression to a ``TimeSpan``: a table of small
resolvers, one per pattern family (see ``times.py`` for the patterns).

An incomplete date ("April 19", "в мае") takes its year from the document date ``ref``
(the most recent such date not later than ``ref``, a week of slack; the next one when
the sentence speaks of a plan).  Without a document date the year stays unknown: the
span has no dates, ``anchored=False``, and can never clash with another date.  Nothing
here reads the wall clock.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Callable

from crosscheck.frame.numerals import word_to_number
from crosscheck.lang.months import month_number
from crosscheck.model import TimeSpan

__all__ = ["Ctx", "resolve", "month_end"]

D = _dt.date

SEASONS = {
    "весн": (3, 5), "spring": (3, 5), "лет": (6, 8), "summer": (6, 8), "осен": (9, 11),
    "autumn": (9, 11), "fall": (9, 11), "зим": (12, 2), "winter": (12, 2),
}
WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5,
            "воскресенье": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
RU_ORD = {"втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7,
          "восьм": 8, "девят": 9, "десят": 10}
_DAY_OFFSETS = {"today": 0, "tonight": 0, "сегодня": 0, "yesterday": -1, "вчера": -1, "tomorrow": 1,
                "завтра": 1, "позавчера": -2, "the day before yesterday": -2, "послезавтра": 2}
_PREP_RU = re.compile(r"(?:в|с|до|к|по|от|на)\s", re.I)
_PREP_EN = re.compile(r"(in|since|until|by|from|during)\s", re.I)
#: "of" or a part of a month right before a capitalised "May" / "March": the month, not the verb
_OF_MONTH = re.compile(r"\b(?:of|early|mid|late|mid-)[\s-]*$", re.I)


def month_end(y: int, m: int) -> D:
    return D(y, m, calendar.monthrange(y, m)[1])


def _day(y: int, m: int, d: int) -> D:
    return D(y, m, min(d, calendar.monthrange(y, m)[1]))


def _add_years(d: D, n: int) -> D:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def _add_months(d: D, n: int) -> D:
    y, m = divmod(d.month - 1 + n, 12)
    return _day(y + d.year, m + 1, d.day)


def _unit(u: str) -> str:
    u = u.lower()
    if u.startswith(("year", "лет", "год")):
        return "year"
    if u.startswith(("month", "месяц")):
        return "month"
    if u.startswith(("week", "недел")):
        return "week"
    return "day"


def _shift(d: D, unit: str, n: int) -> D:
    if unit == "year":
        return _add_years(d, n)
    if unit == "month":
        return _add_months(d, n)
    if unit == "week":
        return d + _dt.timedelta(weeks=n)
    return d + _dt.timedelta(days=n)


class Ctx:
    """What resolution knows: the document date, whether the clause speaks of a plan, and
    the year of the previous time mention ("того же года", "that year")."""

    def __init__(self, ref: D | None, future: bool, prev_year: int | None):
        self.ref = ref
        self.future = future
        self.prev_year = prev_year

    def year_for(self, month: int, day: int | None = None) -> int | None:
        """Year of a month (and day) written without one; None when no document date fixes it."""
        ref = self.ref
        if ref is None:
            return None
        y = ref.year
        cand = _day(y, month, day or 1)
        ahead = (cand - ref).days  # no date arithmetic near date.min/date.max
        if self.future:
            if ahead < -7 and (day is not None or month < ref.month):
                y += 1
        elif ahead > 7:
            y -= 1
        return y if _dt.MINYEAR <= y <= _dt.MAXYEAR else None

    def year_of(self, g: dict) -> int | None:
        """An explicit or relative year in the match ("2019", "того же года", "last year")."""
        if g.get("year"):
            return int(g["year"])
        if g.get("same"):
            return self.prev_year
        if g.get("this") and self.ref:
            return self.ref.year
        if g.get("last") and self.ref:
            w = g["last"].strip().lower()
            return self.ref.year + {"this": 0, "next": 1}.get(w, -1)
        return None


def _yearless(s: str, grain: str) -> TimeSpan:
    """A date whose year nothing fixes: kept, flagged, without dates (it clashes with nothing)."""
    return TimeSpan(s, None, None, grain, False)


def _r_date(s, g, ctx, m, text):
    d = D(int(g["y"]), int(g["m"]), int(g["d"]))
    return TimeSpan(s, d, d, "day")


def _r_range_years(s, g, ctx, m, text):
    y1 = int(g.get("y1") or g.get("y3"))
    y2s = g.get("y2") or g.get("y4")
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    worded = bool(g.get("y1")) and len(y2s) == 4  # "from 1756 to 1763", «с 1823 по 1830 год»: both ends written out
    if worded and y2 < y1 and 1000 <= y2:
        y1, y2 = y2, y1  # "from 1996 to 1994": the span the two years bound, so a changed end still differs
    if not ((1800 if not worded else 1000) <= y1 <= 2200 and y1 <= y2 <= 2200):
        return None
    return TimeSpan(s, D(y1, 1, 1), D(y2, 12, 31), "range")


def _r_same_year(s, g, ctx, m, text):
    if ctx.prev_year is None:
        return None
    return TimeSpan(s, D(ctx.prev_year, 1, 1), D(ctx.prev_year, 12, 31), "year")


def _r_decade(s, g, ctx, m, text):
    y = int(g["dec"])
    return TimeSpan(s, D(y, 1, 1), D(y + 9, 12, 31), "range")


def _r_range_days(s, g, ctx, m, text):
    if g.get("dd"):
        day1, day2, mon = int(g["dd"]), int(g["dd2"]), month_number(g["mon3"])
        mon1, year = mon, g.get("year2")
    else:
        day1, day2, mon = int(g["d"]), int(g["d2"]), month_number(g["mon"])
        m1 = g.get("mon1") or (g.get("mon") if "mon2" in m.re.groupindex else None)
        mon1 = month_number(m1) if m1 else mon
        if g.get("mon2"):
            mon = month_number(g["mon2"]) or mon
        year = g.get("year")
    if not mon or not mon1:
        return None
    y = int(year) if year else ctx.year_for(mon1, day1)
    if y is None:
        return _yearless(s, "range")
    start, end = _day(y, mon1, day1), _day(y, mon, day2)
    return TimeSpan(s, start, end, "range", True) if end >= start else None


def _r_day_month(s, g, ctx, m, text):
    mon, day = month_number(g["mon"]), int(g["d"])
    if not mon or not 1 <= day <= 31:
        return None
    y = ctx.year_of(g)
    if y is None:
        y = ctx.year_for(mon, day)
    if y is None:
        return _yearless(s, "range" if g.get("d2") else "day")
    start = _day(y, mon, day)
    if g.get("d2"):
        return TimeSpan(s, start, _day(y, mon, int(g["d2"])), "range")
    return TimeSpan(s, start, start, "day")


def _r_holiday(s, g, ctx, m, text):
    from crosscheck.frame.holidays import holiday_date, holiday_until

    got = holiday_date(g["hol"])
    if got is None:
        return None
    mon, day = got
    y = ctx.year_of(g)
    if y is None:
        return None  # "on Halloween night" with no year: often a custom or a setting, not a date the claim gives
    start = _day(y, mon, day)
    if until := holiday_until(g["hol"]):
        return TimeSpan(s, start, _day(y, *until), "range")  # "Good Friday 1014": a movable feast, some day of a span
    return TimeSpan(s, start, start, "day")


def _r_month(s, g, ctx, m, text):
    mon = month_number(g["mon"])
    if not mon:
        return None
    word = g["mon"].lower()
    if re.match("[а-яё]", word):
        if not g.get("year") and not _PREP_RU.match(s) and not re.search(r"(е|я|ь|т|а)$", word):
            return None  # a bare month word: only if clearly a month form (январе / января ...)
    elif (not g.get("year") and not _PREP_EN.match(s) and word.startswith(("may", "march"))
          and not (g["mon"][:1].isupper() and _OF_MONTH.search(text[:m.start("mon")]))):
        return None  # the modal verb "may", the verb "march"; "the end of May", "two weeks of March" are months
    y = ctx.year_of(g)
    if y is None:
        y = ctx.year_for(mon)
    if y is None:
        return _yearless(s, "month")
    return TimeSpan(s, D(y, mon, 1), month_end(y, mon), "month")


def _r_season(s, g, ctx, m, text):
    sw = g["s"].lower()
    m1, m2 = SEASONS[next(k for k in SEASONS if sw.startswith(k))]
    y = ctx.year_of(g)
    if y is None:
        if ctx.ref is None or (ctx.prev_year and not g.get("year") and "year" not in m.re.groupindex):
            return None  # "летом" alone is too vague
        y = ctx.ref.year
        if not ctx.future and m1 > ctx.ref.month and m1 != 12:
            y -= 1
    if (y2 := _second_year(g.get("year2"), y)) is not None:
        # "the winter of 1918–19", «зимой 1918–1919 годов»: the winter from December of the first year (round aw); other
        # seasons of two years run from the first one's to the second one's
        if m1 == 12:
            return TimeSpan(s, D(y, 12, 1), month_end(y2, 2), "range") if y2 == y + 1 else None
        return TimeSpan(s, D(y, m1, 1), month_end(y2, m2), "range")
    if m1 == 12:
        return TimeSpan(s, D(y - 1, 12, 1), month_end(y, 2), "range")
    return TimeSpan(s, D(y, m1, 1), month_end(y, m2), "range")


def _second_year(text: str | None, first: int) -> int | None:
    """The second year of a span written "1918–19" or "1918–1919", if it comes after the first, else None."""
    if not text:
        return None
    year = int(text) if len(text) == 4 else first // 100 * 100 + int(text)
    return year if first < year <= first + 10 else None


def _r_relative(s, g, ctx, m, text):
    ref = ctx.ref
    which = (g.get("which") or g.get("which2") or "").lower()
    unit = _unit(g.get("unit") or g.get("unit2") or "")
    if which.startswith("позапрошл"):
        n = -2
    elif which.startswith(("прошл", "прошед", "last", "past", "previous")):
        n = -1
    elif which.startswith(("следующ", "будущ", "next", "coming")):
        n = 1
    else:
        n = 0
    if which == "past" and unit == "year":
        return TimeSpan(s, _add_years(ref, -1), ref, "range")  # "the past year": the last twelve months
    if unit == "year":
        return TimeSpan(s, D(ref.year + n, 1, 1), D(ref.year + n, 12, 31), "year")
    if unit == "month":
        d = _add_months(ref.replace(day=1), n)
        return TimeSpan(s, d, month_end(d.year, d.month), "month")
    monday = ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(weeks=n)
    return TimeSpan(s, monday, monday + _dt.timedelta(days=6), "range")


def _r_ago(s, g, ctx, m, text):
    n = word_to_number(g["n"])
    if n is None:
        return None
    unit = _unit(g["unit"])
    d = _shift(ctx.ref, unit, (-1 if g["dir"].lower() in ("ago", "назад") else 1) * int(n))
    if unit == "year":
        return TimeSpan(s, D(d.year, 1, 1), D(d.year, 12, 31), "year")
    if unit == "month":
        return TimeSpan(s, d.replace(day=1), month_end(d.year, d.month), "month")
    return TimeSpan(s, d, d, "day")


def _r_day_rel(s, g, ctx, m, text):
    d = ctx.ref + _dt.timedelta(days=_DAY_OFFSETS[re.sub(r"\s+", " ", g["w"].lower())])
    return TimeSpan(s, d, d, "day")


def _r_weekday(s, g, ctx, m, text):
    ref = ctx.ref
    wd = WEEKDAYS[g["wd"].lower()]
    low = s.lower()
    nxt, last = low.startswith(("next", "в следующ")), low.startswith(("last", "в прошл", "в минувш"))
    if nxt or (ctx.future and not last):
        delta = (wd - ref.weekday()) % 7
        if nxt and delta == 0:
            delta = 7
    else:
        delta = -((ref.weekday() - wd) % 7)
        if last and delta == 0:
            delta = -7
    d = ref + _dt.timedelta(days=delta)
    return TimeSpan(s, d, d, "day")


def _r_nth_year(s, g, ctx, m, text):
    n = next(v for k, v in RU_ORD.items() if g["ord"].lower().startswith(k))
    unit = _unit(g["unit"])
    start = _shift(ctx.ref, unit, -(n - 1))
    if unit == "year":
        start = D(start.year, 1, 1)
    return TimeSpan(s, start, ctx.ref, "range", True, "duration")


def _r_duration(s, g, ctx, m, text):
    n = word_to_number(g["n"])
    if n is None or n <= 0 or n > 200:
        return None
    if g.get("for") and g["for"].lower() == "in" and not re.search(r"\bthe\s+(?:past|last)\b", s, re.I) \
            and not re.search(r"first|since", text[: m.start()], re.I):
        return None  # "in three years" (a future delay) is too vague to keep
    if "for" not in m.re.groupindex and not re.match(r"(в\s+течение|на\s+протяжении|за|уже)", s, re.I):
        return None
    if re.search(r"ближайшие|next|coming", s, re.I):
        return None  # a future window, not a duration up to now
    start = _shift(ctx.ref, _unit(g["unit"]), -int(n))
    return TimeSpan(s, start, ctx.ref, "range", True, "duration")


def _r_year(s, g, ctx, m, text):
    from crosscheck.frame.periods import grams_not_year

    if grams_not_year(text, m.start()):
        return None  # «весом 1900 г.»: grams (round cp)
    y = int(g.get("year") or g.get("year2") or g.get("year3") or g.get("year4"))
    return TimeSpan(s, D(y, 1, 1), D(y, 12, 31), "year") if 1800 <= y <= 2200 else None


Resolver = Callable[..., "TimeSpan | None"]
#: pattern name -> (resolver, needs a document date)
RESOLVERS: dict[str, tuple[Resolver, bool]] = {
    "iso": (_r_date, False), "dmy": (_r_date, False), "holiday": (_r_holiday, False),
    "ru_range_years": (_r_range_years, False), "en_range_years": (_r_range_years, False),
    "ru_range_dash": (_r_range_years, False),
    "same_year": (_r_same_year, False), "decade": (_r_decade, False),
    "ru_range_days": (_r_range_days, False), "en_range_days": (_r_range_days, False),
    "ru_dmy": (_r_day_month, False), "en_mdy": (_r_day_month, False), "en_dmy": (_r_day_month, False),
    "ru_my": (_r_month, False), "en_my": (_r_month, False),
    "ru_season": (_r_season, False), "ru_season2": (_r_season, False), "en_season": (_r_season, False),
    "ru_rel": (_r_relative, True), "en_rel": (_r_relative, True),
    "ago": (_r_ago, True), "day_rel": (_r_day_rel, True),
    "ru_wd": (_r_weekday, True), "en_wd": (_r_weekday, True),
    "ru_nth_year": (_r_nth_year, True),
    "ru_dur": (_r_duration, True), "en_dur": (_r_duration, True),
    "ru_year": (_r_year, False), "en_year": (_r_year, False), "named_year": (_r_year, False),
}


def resolve(name: str, m: re.Match, ctx: Ctx, text: str) -> TimeSpan | None:
    """The TimeSpan of match ``m`` of pattern ``name``, or None if it is not a usable time."""
    fn, needs_ref = RESOLVERS[name]
    if needs_ref and ctx.ref is None:
        return None
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    try:
        return fn(m.group(0).strip(" ,"), g, ctx, m, text)
    except (ValueError, StopIteration, KeyError, TypeError):
        return None
