"""Time expressions in English and Russian, resolved to date intervals.

A hand-written regex layer (dateparser does not handle Russian prepositional months):
full dates, day + month without a year, month alone, month + year, years, seasons,
ranges, "since X" / "с X года", durations ("for three years", "третий год"),
relative expressions (last/this/next year/month/week, yesterday, N years ago),
weekdays, and "того же года" / "that year" (the year of the previous mention).

Resolution of an incomplete date against the document date ``ref``: the most recent
matching date not later than ``ref`` (a week of slack), unless ``future`` is set (the
sentence speaks of a plan), then the next one.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import replace

from crosscheck.model import TimeSpan
from crosscheck.frame.numerals import word_to_number

__all__ = ["extract_times", "main_time"]

D = _dt.date

_RU_MONTHS = [
    ("январ", "янв"), ("феврал", "фев"), ("март", "мар"), ("апрел", "апр"), ("ма[йяюе]", "мая"),
    ("июн", "июн"), ("июл", "июл"), ("август", "авг"), ("сентябр", "сент?"), ("октябр", "окт"),
    ("ноябр", "нояб?"), ("декабр", "дек"),
]
_EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"]
_EN_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept?", "oct", "nov", "dec"]

RU_MONTH = "(?P<mon>" + "|".join(f"{full}[а-я]*|{ab}\\.?(?![а-я])" for full, ab in _RU_MONTHS) + ")"
EN_MONTH = "(?P<mon>" + "|".join(f"{full}|{ab}\\.?(?![a-z])" for full, ab in zip(_EN_MONTHS, _EN_ABBR)) + ")"


def _month_no(word: str) -> int:
    w = word.lower().rstrip(".")
    if re.match("[а-я]", w):
        for i, (full, ab) in enumerate(_RU_MONTHS):
            if re.match(full, w) or re.fullmatch(ab, w):
                return i + 1
        return 0
    for i, (full, ab) in enumerate(zip(_EN_MONTHS, _EN_ABBR)):
        if w == full or re.fullmatch(ab, w):
            return i + 1
    return 0


def _month_end(y: int, m: int) -> D:
    return D(y, m, calendar.monthrange(y, m)[1])


def _add_years(d: D, n: int) -> D:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def _add_months(d: D, n: int) -> D:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))


class _Ctx:
    def __init__(self, ref: D | None, future: bool, prev_year: int | None):
        self.ref = ref
        self.future = future
        self.prev_year = prev_year

    def year_for(self, month: int, day: int | None = None) -> tuple[int, bool]:
        """Year for a month (and day) without a year, and whether it was anchored."""
        ref = self.ref
        if ref is None:
            return (self.prev_year or _dt.date.today().year), False
        y = ref.year
        cand = D(y, month, min(day or 1, calendar.monthrange(y, month)[1]))
        slack = _dt.timedelta(days=7)
        if self.future:
            if cand < ref - slack and (day is not None or month < ref.month):
                y += 1
        elif cand > ref + slack:
            y -= 1
        return y, True


_WS = r"[\s\u00a0]+"
_PATTERNS: list[tuple[str, re.Pattern]] = []


def _p(name: str, rx: str) -> None:
    _PATTERNS.append((name, re.compile(rx, re.I)))


# --- ISO and numeric dates
_p("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_p("dmy", r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")
# --- since/from ranges (must precede the plain forms)
_p("ru_range_years", r"\b(?:в|с)\s+" + r"(?P<y1>\d{4})\s*(?:года?\s*)?(?:[-–—]|по|до)\s*(?P<y2>\d{4})\s*(?:годах|годы|год|гг\.?|г\.?)")
_p("en_range_years", r"\b(?:from|between)\s+(?P<y1>\d{4})\s+(?:to|and|until|till|through)\s+(?P<y2>\d{4})\b|\b(?P<y3>\d{4})\s*[-–]\s*(?P<y4>\d{2,4})\b")
# --- day ranges: "с 10 по 12 июля 2019 года", "from July 10 to 12", "between 10 and 12 July"
_p("ru_range_days", r"\b(?:с|со)\s+(?P<d>\d{1,2})(?:" + _WS + r"(?P<mon1>" + RU_MONTH[7:] + r")?\s+(?:по|до)\s+(?P<d2>\d{1,2})" + _WS + RU_MONTH
   + r"(?:" + _WS + r"(?P<year>\d{4})\s*(?:года|году|г\.)?)?")
_p("en_range_days", r"\b(?:from|between)\s+" + EN_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:to|and|until|till|through)\s+(?:(?P<mon2>[A-Z][a-z]+)\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?"
   + r"|\b(?:from|between)\s+(?P<dd>\d{1,2})(?:st|nd|rd|th)?\s+(?:to|and|until|till|through)\s+(?P<dd2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon3>[A-Z][a-z]+)(?:,?\s+(?P<year2>\d{4}))?")
# --- decades: "in the 1990s", "в 1990-е годы", "в 1990-х годах"
_p("decade", r"\b(?:in\s+)?(?:the\s+)?(?P<dec>(?:1[89]|20)\d0)(?:s\b|['’]s\b|-(?:е|х)(?:\s+год(?:ы|ах|ов))?)")
# --- day + month (+ year), Russian
_p("ru_dmy", r"(?<![\d.])(?P<d>\d{1,2})(?:\s*[-–—]\s*(?P<d2>\d{1,2}))?" + _WS + RU_MONTH
   + r"(?:" + _WS + r"(?:(?P<year>\d{4})\s*(?:года|году|г\.)?|(?P<same>того\s+же\s+года)|(?P<this>этого|текущего|нынешнего)\s+года|(?P<last>прошлого)\s+года))?")
# --- day + month (+ year), English
_p("en_mdy", r"\b" + EN_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2>\d{1,2}))?(?!\d)(?:,?\s+(?P<year>\d{4})|(?P<same>\s+(?:of\s+)?(?:that|the\s+same)\s+year))?")
_p("en_dmy", r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2>\d{1,2}))?\s+(?:of\s+)?" + EN_MONTH + r"(?:,?\s+(?P<year>\d{4}))?")
# --- month + year / month alone
_p("ru_my", r"(?:\b(?:в|с|до|к|по|от|на)\s+(?:(?:начале|середине|конце|начала|середины|конца)\s+)?)?" + RU_MONTH
   + r"(?:" + _WS + r"(?:(?P<year>\d{4})\s*(?:года|году|г\.)?|(?P<same>того\s+же\s+года)|(?P<this>этого|текущего|нынешнего)\s+года|(?P<last>прошлого)\s+года))?")
_p("en_my", r"\b(?:(?:in|since|until|by|from|during)\s+)?(?:(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)?" + EN_MONTH
   + r"(?:,?\s+(?:of\s+)?(?P<year>\d{4})|(?P<same>\s+(?:of\s+)?(?:that|the\s+same)\s+year)|\s+(?P<this>this)\s+year|\s+(?P<last>last)\s+year)?")
# --- seasons
_p("ru_season", r"\b(?P<s>весн[аоуе][йю]?|лет[оаму]м?|осен[ьию]ю?|зим[аоуе][йю]?)(?:" + _WS + r"(?:(?P<year>\d{4})\s*(?:года|г\.)?|(?P<same>того\s+же\s+года)|(?P<this>этого|текущего)\s+года|(?P<last>прошлого)\s+года))")
_p("ru_season2", r"\b(?P<s>весной|летом|осенью|зимой)\b")
_p("en_season", r"\b(?:(?:in|since|during|by)\s+)?(?:the\s+)?(?P<last>last\s+|this\s+|next\s+)?(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>\d{4}))?\b")
# --- relative
_p("ru_rel", r"\b(?:в|на)\s+(?P<which>прошлом|прошедшем|этом|текущем|нынешнем|следующем|будущем|позапрошлом|прошлой|этой|следующей|будущей|текущей)\s+(?P<unit>году|месяце|неделе)\b"
   + r"|\b(?P<which2>прошлый|этот|текущий|следующий|прошлого|этого|текущего|следующего)\s+(?P<unit2>год|месяц|года|месяца)\b")
_p("en_rel", r"\b(?P<which>last|this|next|past|previous|coming)\s+(?P<unit>year|month|week)\b")
_p("ago", r"\b(?P<n>\d+|[a-z]+|[а-яё]+)\s+(?P<unit>years?|months?|weeks?|days?|лет|год[а]?|месяц(?:а|ев)?|недел[иья]|дн(?:я|ей)|день)\s+(?P<dir>ago|назад|спустя|later)\b")
_p("day_rel", r"\b(?P<w>today|yesterday|tomorrow|tonight|the\s+day\s+before\s+yesterday|сегодня|вчера|завтра|позавчера|послезавтра)\b")
# --- weekdays
_p("ru_wd", r"\b(?:во?|в\s+минувш(?:ий|ее|ую)|в\s+прошл(?:ый|ое|ую)|в\s+эт(?:от|о|у)|в\s+следующ(?:ий|ее|ую))\s+(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b")
_p("en_wd", r"\b(?:(?:on|last|this|next|since)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
# --- durations
_p("ru_nth_year", r"\b(?:уже\s+)?(?P<ord>втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)[а-я]*\s+(?P<unit>год|месяц|недел[юя])\b")
_p("ru_dur", r"\b(?:(?:в\s+течение|на\s+протяжении|за|уже|более|почти|около)\s+(?:(?:последние|прошедшие|минувшие|ближайшие)\s+)?)?(?P<n>\d+|[а-яё]+)\s+(?P<unit>лет|года?|месяц(?:а|ев)?|недел[иь]|дн(?:я|ей))(?!\s+назад)\b")
_p("en_dur", r"\b(?P<for>for|over|in|during)\s+(?:the\s+(?:past|last)\s+)?(?:more\s+than\s+|almost\s+|nearly\s+|about\s+)?(?P<n>\d+|[a-z]+)\s+(?P<unit>years?|months?|weeks?|days?)\b")
# --- years
_p("ru_year", r"\b(?:(?P<prep>в|во|с|со|до|к|по|после|от|начиная\s+с)\s+)?(?P<year>\d{4})\s*(?:года?|году|г\.)(?!\w)|\bв\s+(?P<year2>\d{4})(?![\d-])")
_p("en_year", r"\b(?P<prep>in|since|until|till|by|before|after|from|during|of|to|and|early|late|mid|end\s+of)[\s-]+(?P<year>(?:19|20)\d\d)\b(?![-–]\d|\s*(?:%|percent|people|troops|km|kilometers|dollars|tons|tonnes))")
_p("same_year", r"\b(?:в\s+том\s+же\s+году|в\s+тот\s+же\s+год|тем\s+же\s+годом|(?:later|earlier)?\s*(?:in\s+)?(?:that|the\s+same)\s+(?:same\s+)?year)\b")
_p("then", r"^\s*(?P<w>тогда|then|at\s+that\s+time|в\s+тот\s+момент|в\s+то\s+время)\b")

_SEASONS = {
    "весн": (3, 5), "spring": (3, 5), "лет": (6, 8), "summer": (6, 8), "осен": (9, 11),
    "autumn": (9, 11), "fall": (9, 11), "зим": (12, 2), "winter": (12, 2),
}
_WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5,
             "воскресенье": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
_RU_ORD = {"втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7,
           "восьм": 8, "девят": 9, "десят": 10}
_SINCE_PREFIX = re.compile(r"(?:\bsince|\bс|\bсо|\bначиная\s+с|\bever\s+since)\s*$", re.I)
_UNTIL_PREFIX = re.compile(r"(?:\buntil|\btill|\bby|\bдо|\bпо|\bthrough)\s*$", re.I)


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


def _year_from_groups(g: dict, ctx: _Ctx) -> tuple[int | None, bool]:
    if g.get("year"):
        return int(g["year"]), True
    if g.get("same"):
        if ctx.prev_year:
            return ctx.prev_year, True
        return None, False
    if g.get("this") and ctx.ref:
        return ctx.ref.year, True
    if g.get("last") and ctx.ref:
        w = g["last"].strip().lower()
        if w in ("this",):
            return ctx.ref.year, True
        if w in ("next",):
            return ctx.ref.year + 1, True
        return ctx.ref.year - 1, True
    return None, False


def _resolve(name: str, m: re.Match, ctx: _Ctx, text: str) -> TimeSpan | None:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    s = m.group(0).strip(" ,")
    ref = ctx.ref
    try:
        if name in ("iso", "dmy"):
            d = D(int(g["y"]), int(g["m"]), int(g["d"]))
            return TimeSpan(s, d, d, "day")
        if name in ("ru_range_years", "en_range_years"):
            y1 = int(g.get("y1") or g.get("y3"))
            y2s = g.get("y2") or g.get("y4")
            y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
            if not (1800 <= y1 <= 2200 and y1 <= y2 <= 2200):
                return None
            return TimeSpan(s, D(y1, 1, 1), D(y2, 12, 31), "range")
        if name == "same_year":
            if ctx.prev_year is None:
                return None
            y = ctx.prev_year
            return TimeSpan(s, D(y, 1, 1), D(y, 12, 31), "year")
        if name == "decade":
            y = int(g["dec"])
            return TimeSpan(s, D(y, 1, 1), D(y + 9, 12, 31), "range")
        if name in ("ru_range_days", "en_range_days"):
            if g.get("dd"):
                day1, day2, mon = int(g["dd"]), int(g["dd2"]), _month_no(g["mon3"])
                mon1 = mon
                year = g.get("year2")
            else:
                day1, day2, mon = int(g["d"]), int(g["d2"]), _month_no(g["mon"])
                m1 = g.get("mon1") or (g.get("mon") if name == "en_range_days" else None)
                mon1 = _month_no(m1) if m1 else mon
                if name == "en_range_days" and g.get("mon2"):
                    mon = _month_no(g["mon2"]) or mon
                year = g.get("year")
            if not mon or not mon1:
                return None
            if year:
                y, anchored = int(year), True
            else:
                y, anchored = ctx.year_for(mon1, day1)
            start = D(y, mon1, min(day1, calendar.monthrange(y, mon1)[1]))
            end = D(y, mon, min(day2, calendar.monthrange(y, mon)[1]))
            if end < start:
                return None
            return TimeSpan(s, start, end, "range", anchored)
        if name in ("ru_dmy", "en_mdy", "en_dmy"):
            mon = _month_no(g["mon"])
            day = int(g["d"])
            if not mon or not 1 <= day <= 31:
                return None
            y, anchored = _year_from_groups(g, ctx)
            if y is None:
                y, anchored = ctx.year_for(mon, day)
            start = D(y, mon, min(day, calendar.monthrange(y, mon)[1]))
            if g.get("d2"):
                end = D(y, mon, min(int(g["d2"]), calendar.monthrange(y, mon)[1]))
                return TimeSpan(s, start, end, "range", anchored)
            return TimeSpan(s, start, start, "day", anchored)
        if name in ("ru_my", "en_my"):
            mon = _month_no(g["mon"])
            if not mon:
                return None
            if name == "ru_my" and not g.get("year") and not re.match(r"(?:в|с|до|к|по|от|на)\s", s, re.I):
                # a bare month word: only if clearly a month form (январе / января ...)
                if not re.search(r"(е|я|ь|т|а)$", g["mon"].lower()):
                    return None
            if name == "en_my" and g["mon"].lower().startswith("may") and not g.get("year") and not re.match(r"(in|since|until|by|from|during)\s", s, re.I):
                return None  # the modal verb "may"
            if name == "en_my" and g["mon"].lower().startswith("march") and not g.get("year") and not re.match(r"(in|since|until|by|from|during)\s", s, re.I):
                return None
            y, anchored = _year_from_groups(g, ctx)
            if y is None:
                y, anchored = ctx.year_for(mon)
            return TimeSpan(s, D(y, mon, 1), _month_end(y, mon), "month", anchored)
        if name in ("ru_season", "ru_season2", "en_season"):
            sw = g["s"].lower()
            key = next(k for k in _SEASONS if sw.startswith(k))
            m1, m2 = _SEASONS[key]
            y, anchored = _year_from_groups(g, ctx)
            if y is None:
                if name == "ru_season2" and ctx.prev_year:
                    return None  # "летом" alone is too vague
                if ref is None:
                    return None
                y = ref.year
                if not ctx.future and (m1 > ref.month and m1 != 12):
                    y -= 1
                anchored = True
            if m1 == 12:
                return TimeSpan(s, D(y - 1, 12, 1), _month_end(y, 2), "range", anchored)
            return TimeSpan(s, D(y, m1, 1), _month_end(y, m2), "range", anchored)
        if name in ("ru_rel", "en_rel"):
            if ref is None:
                return None
            which = (g.get("which") or g.get("which2") or "").lower()
            unit = _unit(g.get("unit") or g.get("unit2") or "")
            if which.startswith(("прошл", "прошед", "last", "past", "previous")):
                n = -1
            elif which.startswith("позапрошл"):
                n = -2
            elif which.startswith(("следующ", "будущ", "next", "coming")):
                n = 1
            else:
                n = 0
            if which in ("past",) and unit == "year":
                # "the past year" ~ the last twelve months
                return TimeSpan(s, _add_years(ref, -1), ref, "range")
            if unit == "year":
                y = ref.year + n
                return TimeSpan(s, D(y, 1, 1), D(y, 12, 31), "year")
            if unit == "month":
                d = _add_months(ref.replace(day=1), n)
                return TimeSpan(s, d, _month_end(d.year, d.month), "month")
            monday = ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(weeks=n)
            return TimeSpan(s, monday, monday + _dt.timedelta(days=6), "range")
        if name == "ago":
            if ref is None:
                return None
            n = word_to_number(g["n"])
            if n is None:
                return None
            unit = _unit(g["unit"])
            sign = -1 if g["dir"].lower() in ("ago", "назад") else 1
            d = _shift(ref, unit, sign * int(n))
            if unit == "year":
                return TimeSpan(s, D(d.year, 1, 1), D(d.year, 12, 31), "year")
            if unit == "month":
                return TimeSpan(s, d.replace(day=1), _month_end(d.year, d.month), "month")
            return TimeSpan(s, d, d, "day")
        if name == "day_rel":
            if ref is None:
                return None
            w = re.sub(r"\s+", " ", g["w"].lower())
            off = {"today": 0, "tonight": 0, "сегодня": 0, "yesterday": -1, "вчера": -1, "tomorrow": 1,
                   "завтра": 1, "позавчера": -2, "the day before yesterday": -2, "послезавтра": 2}[w]
            d = ref + _dt.timedelta(days=off)
            return TimeSpan(s, d, d, "day")
        if name in ("ru_wd", "en_wd"):
            if ref is None:
                return None
            wd = _WEEKDAYS[g["wd"].lower()]
            low = s.lower()
            if low.startswith(("next", "в следующ")) or (ctx.future and not low.startswith(("last", "в прошл", "в минувш"))):
                delta = (wd - ref.weekday()) % 7
                if low.startswith(("next", "в следующ")) and delta == 0:
                    delta = 7
            else:
                delta = -((ref.weekday() - wd) % 7)
                if low.startswith(("last", "в прошл", "в минувш")) and delta == 0:
                    delta = -7
            d = ref + _dt.timedelta(days=delta)
            return TimeSpan(s, d, d, "day")
        if name == "ru_nth_year":
            if ref is None:
                return None
            stem = g["ord"].lower()
            n = next(v for k, v in _RU_ORD.items() if stem.startswith(k))
            unit = _unit(g["unit"])
            start = _shift(ref, unit, -(n - 1))
            if unit == "year":
                start = D(start.year, 1, 1)
            return TimeSpan(s, start, ref, "range", True, "duration")
        if name in ("ru_dur", "en_dur"):
            if ref is None:
                return None
            n = word_to_number(g["n"])
            if n is None or n <= 0 or n > 200:
                return None
            if name == "en_dur" and g["for"].lower() == "in" and not re.search(r"\bthe\s+(?:past|last)\b", s, re.I) and not re.search(r"first|since", text[: m.start()], re.I):
                return None  # "in three years" (a future delay) is too vague to keep
            if name == "ru_dur" and not re.match(r"(в\s+течение|на\s+протяжении|за|уже)", s, re.I):
                return None
            if re.search(r"ближайшие|next|coming", s, re.I):
                return None  # a future window, not a duration up to now
            unit = _unit(g["unit"])
            start = _shift(ref, unit, -int(n))
            return TimeSpan(s, start, ref, "range", True, "duration")
        if name in ("ru_year", "en_year"):
            y = int(g.get("year") or g.get("year2"))
            if not 1800 <= y <= 2200:
                return None
            return TimeSpan(s, D(y, 1, 1), D(y, 12, 31), "year")
    except (ValueError, StopIteration, KeyError, TypeError):
        return None
    return None


def extract_times(text: str, lang: str = "en", ref: D | None = None, *, future=False,
                  prev: TimeSpan | None = None) -> list[TimeSpan]:
    """All time expressions of ``text``, in text order, resolved against ``ref``.

    ``prev`` is the previous mention's time in the document: it anchors "того же года",
    "that year" and the sentence-initial "Тогда" / "Then".  ``future`` is a bool or a
    function of the character offset (the clause around an expression decides).
    """
    prev_year = prev.start.year if prev is not None and prev.start is not None else None
    ctx = _Ctx(ref, bool(future) if not callable(future) else False, prev_year)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, TimeSpan]] = []
    for name, rx in _PATTERNS:
        if name.startswith("ru_") and lang == "en" or name.startswith("en_") and lang == "ru":
            continue
        for m in rx.finditer(text):
            a, b = m.span()
            # trim leading/trailing spaces from the span
            while a < b and text[a].isspace():
                a += 1
            if any(a < y and x < b for x, y in taken):
                continue
            if callable(future):
                ctx.future = bool(future(a))
            if name == "then":
                if prev is None:
                    continue
                ts = replace(prev, text=m.group(0).strip())
            else:
                ts = _resolve(name, m, ctx, text)
            if ts is None:
                continue
            # role from the words before the span
            before = text[max(0, a - 20) : a]
            low = ts.text.lower()
            if ts.role == "point" and re.search(r"(?:с\s+тех\s+пор,?\s+как|\bsince\s+(?:the|it|they|he|she|we|NATO|[A-Z]\w+)\b)[^.;]*$", text[:a], re.I) and not re.search(r"[;.]", text[max(0, a - 2):a]):
                ts = replace(ts, role="since")
            elif ts.role == "point" and name not in ("ru_range_years", "en_range_years", "ru_range_days", "en_range_days"):
                if re.match(r"(since|с|со|начиная с)\s", low) or _SINCE_PREFIX.search(before) and name not in ("ru_dur", "en_dur"):
                    end = ref if ref is not None and ts.start is not None and ref >= ts.start else ts.end
                    ts = replace(ts, role="since", end=end, grain="open" if ts.grain in ("day", "month", "year") else ts.grain)
                elif re.match(r"(until|till|by|до)\s", low) or _UNTIL_PREFIX.search(before):
                    ts = replace(ts, role="until")
            found.append((a, b, ts))
            taken.append((a, b))
    from crosscheck.frame.periods import find_periods  # centuries, BC, years of any age

    found.extend(find_periods(text, taken))
    found.sort(key=lambda t: t[0])
    # merge "во вторник, 26 ноября" / "on Tuesday, April 19": keep the date
    out: list[TimeSpan] = []
    prev_end = -10
    for a, b, ts in found:
        if out and a - prev_end <= 3 and out[-1].grain == "day" and ts.grain == "day" and re.search(
            r"(понедельник|вторник|сред|четверг|пятниц|суббот|воскресен|day)\b", out[-1].text, re.I
        ):
            out[-1] = replace(ts, text=out[-1].text + ", " + ts.text)
        else:
            out.append(ts)
        prev_end = b
    return out


def since_anchor_end(ts: TimeSpan) -> D | None:
    """The last day of the anchor period of a "since" expression ("since 2013" -> 2013-12-31)."""
    if ts.start is None:
        return None
    low = ts.text.lower()
    if re.search(r"\b\d{1,2}\b(?!\d)", re.sub(r"\d{4}", "", low)) and _month_in(low):
        return ts.start
    if _month_in(low):
        return _month_end(ts.start.year, ts.start.month)
    return D(ts.start.year, 12, 31)


def _month_in(low: str) -> bool:
    return bool(re.search(RU_MONTH, low, re.I) or re.search(EN_MONTH, low, re.I))


def main_time(times: list[TimeSpan] | tuple[TimeSpan, ...]) -> TimeSpan | None:
    """The time of the event the sentence reports: the most specific point expression."""
    points = [t for t in times if t.role == "point"]
    if not points:
        return None
    order = {"day": 0, "range": 1, "month": 2, "year": 3, "open": 4}
    return min(points, key=lambda t: order.get(t.grain, 5))
