"""Time expressions in English and Russian, resolved to date intervals.

A hand-written regex layer (dateparser does not handle Russian prepositional months):
full dates, day + month without a year, month alone, month + year, years, seasons,
ranges, "since X" / "с X года", durations ("for three years", "третий год"),
relative expressions (last/this/next year/month/week, yesterday, N years ago),
weekdays, and "того же года" / "that year" (the year of the previous mention).  A night named by the day it ends
(«в ночь на 1 апреля») or begins ("on the night of 31 March") spans both days (round bh).

Resolution (``time_resolve``): an incomplete date takes its year from the document date ``ref``: the most recent
matching date not later than ``ref`` (a week of slack), unless ``future`` is set (the
sentence speaks of a plan), then the next one; with no document date it stays yearless.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from crosscheck.frame.holidays import holiday_regex
from crosscheck.frame.spans import free_span
from crosscheck.frame.time_resolve import Ctx, month_end, resolve
from crosscheck.lang.months import month_regex
from crosscheck.model import TimeSpan

__all__ = ["extract_times", "main_time", "since_anchor_end", "RU_MONTH", "EN_MONTH"]

D = _dt.date

RU_MONTH = month_regex("ru")
EN_MONTH = month_regex("en")


_WS = r"[\s\u00a0]+"
#: A date told back to a year named before it ("on 21 October that year", "of the same year", «7 мая того же года»)
_SAME_EN = r"(?P<same>\s+(?:of\s+)?(?:that|the\s+same)\s+year)"
_SAME_RU = r"(?P<same>того\s+же\s+года)"
#: The same words anywhere in a time's text: the time dates a second act of its sentence (``relate/time_pairs.py``).
BACK_TO_YEAR = re.compile(r"\b(?:that|the\s+same)\s+year\b|(?<![\w-])того\s+же\s+года(?![\w-])", re.I)
_PATTERNS: list[tuple[str, re.Pattern]] = []


def _p(name: str, rx: str) -> None:
    _PATTERNS.append((name, re.compile(rx, re.I)))


# --- ISO and numeric dates
_p("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_p("dmy", r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")
# --- a feast named instead of a date ("on Christmas Eve 1818": frame/holidays.py, round ak)
_p("holiday", holiday_regex())
# --- since/from ranges (must precede the plain forms)
_p("ru_range_years", r"\b(?:в|с)\s+" + r"(?P<y1>\d{4})\s*(?:года?\s*)?(?:[-–—]|по|до)\s*(?P<y2>\d{4})\s*(?:годах|годы|год|гг\.?|г\.?)")
_p("en_range_years", r"\b(?:from|between)\s+(?:the\s+years?\s+)?(?P<y1>\d{4})\s+(?:to|and|until|till|through)\s+(?P<y2>\d{4})\b|(?<!winter\s)(?<!winter\sof\s)\b(?P<y3>\d{4})\s*[-–]\s*(?P<y4>\d{2,4})\b")  # "the winter of 1918–19": en_season (round aw)
# --- day ranges: "с 10 по 12 июля 2019 года", "from July 10 to 12", "between 10 and 12 July"
_p("ru_range_days", r"\b(?:с|со)\s+(?P<d>\d{1,2})(?:-?(?:го|е|ое|ого))?(?:" + _WS + month_regex("ru", "mon1") + r")?\s+(?:по|до)\s+(?P<d2>\d{1,2})(?:-?(?:го|е|ое|ого))?" + _WS + RU_MONTH
   + r"(?:" + _WS + r"(?P<year>\d{4})\s*(?:года|году|г\.)?)?")
_p("en_range_days", r"\b(?:from|between)\s+" + EN_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:to|and|until|till|through)\s+(?:(?P<mon2>[A-Z][a-z]+)\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?"
   + r"|\b(?:from|between)\s+(?P<dd>\d{1,2})(?:st|nd|rd|th)?\s+(?:to|and|until|till|through)\s+(?P<dd2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon3>[A-Z][a-z]+)(?:,?\s+(?P<year2>\d{4}))?")
# --- decades: "in the 1990s", "в 1990-е годы", "в 1990-х годах"
_p("decade", r"\b(?:in\s+)?(?:the\s+)?(?P<dec>(?:1[89]|20)\d\d|1[0-7][1-9]0)(?:s\b|['’]s\b|-(?:е|х)(?:\s+год(?:ы|ах|ов))?)")
# a year of three digits after a month, only where nothing counted follows ("In August 636 the armies", «в августе 636 г.»:
# round al); "In March 250 people" is a count
_Y3_EN = r"[1-9]\d{2}(?=\s*(?:[,.;:)]|$)|\s+(?:AD|CE|the|a|an|when|and|he|she|it|they|his|her|its|their)\b)"
_Y3_RU = r"[1-9]\d{2}(?=\s*(?:года|году|г\.))"
# --- day + month (+ year), Russian
_p("ru_dmy", r"(?<![\d.])(?P<d>\d{1,2})(?:-?(?:го|е|ое|ого))?(?:(?:\s*[-–—]\s*|\s+и\s+)(?P<d2>\d{1,2})(?:-?(?:го|е|ое|ого))?)?" + _WS + RU_MONTH
   + r"(?:,?" + _WS + r"(?:(?P<year>\d{4}|" + _Y3_RU + r")(?:-(?:го|м))?\s*(?:года|году|г\.)?|" + _SAME_RU + r"|(?P<this>этого|текущего|нынешнего)\s+года|(?P<last>прошлого)\s+года))?")
# --- day + month (+ year), English
_p("en_mdy", r"\b" + EN_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:(?:\s*[-–]\s*|\s+(?:and|&)\s+)(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?(?!\d)(?:,?\s+(?P<year>\d{4}|" + _Y3_EN + r")|" + _SAME_EN + r")?")
_p("en_dmy", r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:(?:\s*[-–]\s*|\s+(?:and|&)\s+)(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?" + EN_MONTH + r"(?:,?\s+(?P<year>\d{4}|" + _Y3_EN + r")|" + _SAME_EN + r")?")
# --- month + year / month alone
_p("ru_my", r"(?:\b(?:в|с|до|к|по|от|на)\s+(?:(?:начале|середине|конце|начала|середины|конца)\s+)?)?" + RU_MONTH
   + r"(?:" + _WS + r"(?:(?P<year>\d{4}|" + _Y3_RU + r")\s*(?:года|году|г\.)?|" + _SAME_RU + r"|(?P<this>этого|текущего|нынешнего)\s+года|(?P<last>прошлого)\s+года))?")
_p("en_my", r"\b(?:(?:in|since|until|by|from|during)\s+)?(?:(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)?" + EN_MONTH
   + r"(?:,?\s+(?:of\s+|in\s+(?:the\s+year\s+)?)?(?P<year>\d{4}|" + _Y3_EN + r")|" + _SAME_EN + r"|\s+(?P<this>this)\s+year|\s+(?P<last>last)\s+year)?")
# --- seasons
_p("ru_season", r"\b(?P<s>весн[аоуе][йю]?|лет[оаму]м?|осен[ьию]ю?|зим[аоуе][йю]?)(?:" + _WS + r"(?:(?P<year>\d{4})(?:\s*[-–—]\s*(?P<year2>\d{4}|\d{2}))?\s*(?:годов|года|гг?\.)?|" + _SAME_RU + r"|(?P<this>этого|текущего)\s+года|(?P<last>прошлого)\s+года))")
_p("ru_season2", r"\b(?P<s>весной|летом|осенью|зимой)\b")
_p("en_season", r"\b(?:(?:in|since|during|by)\s+)?(?:the\s+)?(?P<last>last\s+|this\s+|next\s+)?(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>\d{4})(?:\s*[-–—/]\s*(?P<year2>\d{4}|\d{2}))?)?\b")
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
# "в 1990 году", "в 1990-м году", "в 1990-м" (an ordinal ending: the year, not the 1990th of anything)
_p("ru_year", r"\b(?:(?P<prep>в|во|с|со|до|к|по|после|от|начиная\s+с)\s+)?(?P<year>\d{4})(?:-(?:м|й|го|му|ом))?\s*(?:года?|году|г\.)(?!\w)"
   r"|\bв\s+(?P<year2>\d{4})(?:-м(?!\w)|(?![\d-]))"
   # "восстание 2011-го", "до 1987, хотя", "в конце 2000.": a year with an ordinal ending, or after a
   # preposition of time with no noun after it (a figure would have one: "до 2000 человек")
   r"|(?<![\d.,])(?P<year3>\d{4})-(?:го|м|му|ом)(?![\w-])"
   r"|\b(?:до|с|со|к|после|от|начиная\s+с|(?:в\s+)?(?:начале|середине|конце)|квартал[аеу]?|полугоди[еяю]|половин[аеуы])\s+(?P<year4>\d{4})(?=\s*(?:[,.;:)!?—–]|$))")
_p("en_year", r"\b(?P<prep>in|since|until|till|by|before|after|from|during|of|to|and|early|late|mid|end\s+of)[\s-]+(?P<year>(?:19|20)\d\d)\b(?![-–]\d|\s*(?:%|percent|people|troops|km|kilometers|dollars|tons|tonnes))")
# an event named with its year after a hyphen («Олимпиаду-1992», «на «Евровидении-1965»», «Евро-2012», "Expo-2010"): that
# year (round cg)
_p("named_year", r"(?<![\w-])(?-i:(?!(?:Pre|Post|Mid|Пост|Пред)-)[A-ZА-ЯЁ][a-zа-яё]{2,})-(?P<year>1[89]\d\d|20\d\d)(?![\w-])")
_p("same_year", r"\b(?:в\s+том\s+же\s+году|в\s+тот\s+же\s+год|тем\s+же\s+годом|(?:later|earlier)?\s*(?:in\s+)?(?:that|the\s+same)\s+(?:same\s+)?year)\b")
_p("then", r"^\s*(?P<w>тогда|then|at\s+that\s+time|в\s+тот\s+момент|в\s+то\s+время)\b")

_SINCE_PREFIX = re.compile(r"(?:\bsince|\bс|\bсо|\bначиная\s+с|\bever\s+since)\s*$", re.I)
#: "was not printed … until 1988", "did not open until": it happened then, a point, not a bound (round cg)
_NOT_UNTIL = re.compile(r"(?:\bnot|\bnever|n['’]t)(?!\s+only\b)(?:\s+[\w’'-]+){0,4}?\s+until(?:\s|$)", re.I)
_UNTIL_PREFIX = re.compile(r"(?:\buntil|\btill|\bby|\bbefore|\bдо|\bпо|\bthrough)\s*$", re.I)


def extract_times(text: str, lang: str = "en", ref: D | None = None, *, future=False,
                  prev: TimeSpan | None = None) -> list[TimeSpan]:
    """All time expressions of ``text``, in text order, resolved against ``ref``.

    ``prev`` is the previous mention's time in the document: it anchors "того же года",
    "that year" and the sentence-initial "Тогда" / "Then".  ``future`` is a bool or a
    function of the character offset (the clause around an expression decides).
    """
    prev_year = prev.start.year if prev is not None and prev.start is not None else None
    ctx = Ctx(ref, bool(future) if not callable(future) else False, prev_year)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, TimeSpan]] = []
    same_year: list[tuple[int, str, re.Match]] = []  # "on 21 October that year", read before the year it points back to
    for name, rx in _PATTERNS:
        if name.startswith("ru_") and lang == "en" or name.startswith("en_") and lang == "ru":
            continue
        for m in rx.finditer(text):
            span = free_span(text, m.span(), taken)
            if span is None:
                continue
            a, b = span
            if callable(future):
                ctx.future = bool(future(a))
            if name == "then":
                if prev is None:
                    continue
                ts = replace(prev, text=m.group(0).strip())
            else:
                ts = resolve(name, m, ctx, text)
            if ts is None:
                continue
            p = text.find(ts.text, a, b)
            ts = replace(ts, pos=p if p >= 0 else a)
            # role from the words before the span
            before = text[max(0, a - 20) : a]
            low = ts.text.lower()
            if ts.role == "point" and re.search(r"(?:с\s+тех\s+пор,?\s+как|\bsince\s+(?:the|it|they|he|she|we|NATO|[A-Z]\w+)\b)[^.;]*$", text[:a], re.I) and not re.search(r"[;.]", text[max(0, a - 2):a]):
                ts = replace(ts, role="since")
            elif ts.role == "point" and name not in ("ru_range_years", "en_range_years", "ru_range_days", "en_range_days"):
                if re.match(r"(since|с|со|начиная с)\s", low) or _SINCE_PREFIX.search(before) and name not in ("ru_dur", "en_dur"):
                    end = ref if ref is not None and ts.start is not None and ref >= ts.start else ts.end
                    ts = replace(ts, role="since", end=end, grain="open" if ts.grain in ("day", "month", "year") else ts.grain)
                elif (re.match(r"(until|till|by|before|до|по)\s", low) or _UNTIL_PREFIX.search(before)) and not (
                        _NOT_UNTIL.search(text[max(0, a - 80):a] + ts.text[:6])):
                    ts = replace(ts, role="until")
            ts = _night(ts, text, a, lang)
            if m.groupdict().get("same"):
                same_year.append((a, name, m))
            found.append((a, b, ts))
            taken.append((a, b))
    from crosscheck.frame.periods import find_periods  # centuries, BC, years of any age

    for a, b, ts in find_periods(text, taken):
        if ts.grain == "year" and (re.match(r"(?:before|until|till|до)\s", ts.text, re.I) or _UNTIL_PREFIX.search(text[max(0, a - 20):a])):
            # "before 1886", "until 1893", «до 900 года», «по 1890 год»: a bound on both sides, as «до 1896 г.» is above
            ts = replace(ts, role="until")
        found.append((a, b, ts))
    found.extend(_listed_years(text, found))
    found.sort(key=lambda t: t[0])
    for a0, name, m in same_year:
        # "spotted in September 1965, passed closest on 21 October that year": the year is the sentence's earlier one
        # (round cb), before any of the document's
        earlier = [ts for a, _, ts in found if a < a0 and ts.anchored and ts.start is not None and ts.start.year == ts.end.year]
        if earlier:
            ts = resolve(name, m, Ctx(ref, ctx.future, earlier[-1].start.year), text)
            if ts is not None:
                found = [(a, b, replace(ts, pos=old.pos, role=old.role) if a == a0 else old) for a, b, old in found]
    # merge "во вторник, 26 ноября" / "on Tuesday, April 19": keep the date
    out: list[TimeSpan] = []
    prev_end = -10
    for a, b, ts in found:
        if out and a - prev_end <= 3 and out[-1].grain == "day" and ts.grain == "day" and re.search(
            r"(понедельник|вторник|сред|четверг|пятниц|суббот|воскресен|day)\b", out[-1].text, re.I
        ):
            p0 = out[-1].pos
            out[-1] = replace(ts, text=text[p0 : ts.pos + len(ts.text)], pos=p0)
        else:
            out.append(ts)
        prev_end = b
    return out


#: A night named by the day it ends («в ночь на 1 апреля»: from 31 March) or by the evening it begins ("on the night of 31
#: March", "overnight … on 31 March": into 1 April): the date stands for two days (round bh).
_NIGHT_RU = re.compile(r"(?<![\w-])в\s+ночь\s+на\s*$", re.I)
_NIGHT_EN = re.compile(r"\b(?:night|overnight)\b[^.;]{0,50}$", re.I)


def _night(ts: TimeSpan, text: str, a: int, lang: str) -> TimeSpan:
    if ts.grain != "day" or ts.role != "point" or ts.start is None or ts.end is None:
        return ts
    if lang == "ru" and _NIGHT_RU.search(text[max(0, a - 20):a]):
        return replace(ts, start=ts.start - _dt.timedelta(days=1))
    if lang != "ru" and _NIGHT_EN.search(text[max(0, a - 60):a]):
        return replace(ts, end=ts.end + _dt.timedelta(days=1))
    return ts


_LIST_SEP = r"(?:\s*,\s*|\s+(?:and|or|и|или)\s+)"
_YEAR_NEXT = re.compile(_LIST_SEP + r"(?P<y>\d{4})(?!\d)(?=" + _LIST_SEP + r"\d{4}|\s*(?:[.,;:)]|$)|\s*(?:годах|годов|годы|гг\.?)(?!\w))", re.I)
_YEAR_BEFORE = re.compile(r"(?<![\d.,])(?P<y>\d{4})" + _LIST_SEP + r"$", re.I)


def _listed_years(text: str, found: list[tuple[int, int, TimeSpan]]) -> list[tuple[int, int, TimeSpan]]:
    """Years listed beside a year the patterns read: "in 1948, 1967 and 1973", "в войнах 1948, 1964
    и 1973 годов".  A listed number counts only between other years or closing the list
    ("In 2019, 2000 people came" reads no year 2000)."""
    out: list[tuple[int, int, TimeSpan]] = []
    taken = [(a, b) for a, b, _ in found]

    def add(a: int, y: int) -> bool:
        if not 1000 <= y <= 2200 or any(x < a + 4 and a < z for x, z in taken):
            return False
        ts = TimeSpan(text[a : a + 4], D(y, 1, 1), D(y, 12, 31), "year", pos=a)
        out.append((a, a + 4, ts))
        taken.append((a, a + 4))
        return True

    for a, b, ts in list(found):
        if ts.grain != "year" or ts.start is None or ts.start.year != ts.end.year:
            continue
        end = b
        while (m := _YEAR_NEXT.match(text, end)) and add(m.start("y"), int(m.group("y"))):
            end = m.end("y")
        start = a
        while m := _YEAR_BEFORE.search(text[max(0, start - 12) : start]):
            pos = max(0, start - 12) + m.start("y")
            if not add(pos, int(m.group("y"))):
                break
            start = pos
    return out


def since_anchor_end(ts: TimeSpan) -> D | None:
    """The last day of the anchor period of a "since" expression ("since 2013" -> 2013-12-31)."""
    if ts.start is None:
        return None
    low = ts.text.lower()
    if re.search(r"\b\d{1,2}\b(?!\d)", re.sub(r"\d{4}", "", low)) and _month_in(low):
        return ts.start
    if _month_in(low):
        return month_end(ts.start.year, ts.start.month)
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


# names older callers may import
_Ctx = Ctx
_month_end = month_end
