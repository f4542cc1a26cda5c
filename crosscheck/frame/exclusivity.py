"""Exclusivity, ordinals and counts: "the first ... since X", "впервые с X", "первой встречей
с тех пор, как ...", "the first in N years", "the only", "never", "again" / "снова" / "вновь",
"the fourth", "вторая", "three meetings" / "три встречи".
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Sequence

from crosscheck.model import Exclusivity, Quantity, TimeSpan
from crosscheck.frame.event_type import EVENT_TYPES, event_noun_type
from crosscheck.frame.numerals import ORDINAL_RX, ordinal_value, word_to_number
from crosscheck.frame.times import since_anchor_end

__all__ = ["extract_exclusivity"]

_FIRST_SINCE_EN = re.compile(r"\b(?:the\s+)?first(?P<mid>[^.;]{0,80}?)\bsince\b", re.I)
_FIRST_SINCE_RU = re.compile(
    r"(?:впервые|перв\w+)(?P<mid>[^.;]{0,80}?)(?:\bс\s+тех\s+пор|(?<![\w-])(?:с|со)\s+(?=\d|[а-яё]+\s+\d{4}|[а-яё]+\s+года))", re.I
)
_FIRST_IN_EN = re.compile(r"\bfirst(?P<mid>[^.;]{0,60}?)\b(?:in|for)\s+(?:(?:more|over)\s+than\s+)?(?P<n>\d+|[a-z]+)\s+(?P<unit>years?|decades?|months?)\b", re.I)
_FIRST_IN_RU = re.compile(r"(?:впервые|перв\w+)(?P<mid>[^.;]{0,60}?)\bза\s+(?:последние\s+)?(?:более\s+чем\s+)?(?P<n>\d+|[а-яё]+)\s+(?P<unit>лет|года?|месяц\w*|десятилети\w*)", re.I)
_FIRST_EN = re.compile(
    r"\bfor\s+the\s+first\s+time\b|\bfirst[-\s]ever\b|\b(?:the|his|her|its|their|our|a)\s+first\s+(?:ever\s+)?(?P<noun>[a-z-]+(?:\s+[a-z-]+){0,2})", re.I
)
_FIRST_RU = re.compile(r"(?<![\w-])впервые(?![\w-])|(?<![\w-])перв(?:ый|ая|ое|ой|ую|ым|ого|ом)\s+(?P<noun>[а-яё]+(?:\s+[а-яё]+){0,2})", re.I)
_ONLY = re.compile(r"\bthe\s+only\b|\bsole\b|(?<![\w-])единственн\w+", re.I)
_NEVER = re.compile(r"\bnever\b|(?<![\w-])никогда(?![\w-])|(?<![\w-])ни\s+разу(?![\w-])", re.I)
_AGAIN = re.compile(
    r"\bagain\b|\bonce\s+more\b|\banew\b|\bresum(?:ed|e|ption)\b|\bre-?(?:elected|newed)\b|"
    r"(?<![\w-])(?:снова|вновь|опять|ещ[её]\s+раз|повторно|возобнов\w+)(?![\w-])",
    re.I,
)
_NOT_ORDINAL_NEXT = re.compile(
    r"\s*(?:deputy|vice|lady|of\s+all|place|secretary|заместител\w*|вице|очередь|лиц\w*|год\w*|year|step|шаг\w*|half|half-|quarter|квартал\w*|полугоди\w*)",
    re.I,
)
_ORD_RX = re.compile(r"(?<![\w-])(?P<ord>" + ORDINAL_RX + r")(?![\w-])", re.I)


def _pos(text: str, ts: TimeSpan) -> int:
    if ts.pos is not None:
        return ts.pos
    i = text.find(ts.text)
    return i if i >= 0 else -1


def _noun_type(text_after: str, lang: str) -> str | None:
    m = re.match(r"\s*(?:(?:such|ever|bilateral|official|face-to-face|direct|personal|[a-z]+-?to-?[a-z]+)\s+)*([\wЁё-]+)", text_after, re.I)
    if not m:
        return None
    return event_noun_type(m.group(1), lang)


def extract_exclusivity(
    text: str,
    lang: str,
    times: Sequence[TimeSpan],
    quantities: Sequence[Quantity],
    event_type: str | None,
    participants: tuple[str, ...],
    until: _dt.date | None,
) -> list[Exclusivity]:
    out: list[Exclusivity] = []
    taken: list[tuple[int, int]] = []

    def add(ex: Exclusivity, a: int, b: int) -> None:
        out.append(ex)
        taken.append((a, b))

    since_times = [t for t in times if t.role == "since"]
    # --- first ... since X / впервые с X / первой встречей с тех пор, как ...
    rx = _FIRST_SINCE_RU if lang == "ru" else _FIRST_SINCE_EN
    for m in rx.finditer(text):
        anchor = None
        for t in times:
            p = _pos(text, t)
            if p >= m.end() - 8 and t.start is not None:
                anchor = t
                break
        if anchor is None and since_times:
            anchor = since_times[0]
        et = _noun_type(m.group("mid"), lang) or event_type
        if lang == "ru" and not et:
            et = _noun_type(text[m.start():].split(None, 1)[-1], lang) or event_type
        since = anchor.start if anchor else None
        end = since_anchor_end(anchor) if anchor else None
        if anchor is not None and anchor.role != "since" and anchor.end is not None:
            end = anchor.end  # "с тех пор, как ... весной 2014 года": the anchor period is the season
        clear = end + _dt.timedelta(days=1) if end else None
        add(Exclusivity("first-since", text[m.start() : (text.find(anchor.text, m.end() - 8) + len(anchor.text)) if anchor and text.find(anchor.text, m.end() - 8) >= 0 else m.end()].strip(),
                        et, participants, since, until, 1, None, clear), m.start(), m.end())
    # --- first in N years / впервые за N лет
    rx = _FIRST_IN_RU if lang == "ru" else _FIRST_IN_EN
    for m in rx.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        n = word_to_number(m.group("n"))
        if not n or until is None or n > 200:  # "первое место за 2021 год": a year, not a count
            continue
        u = m.group("unit").lower()
        years = n * (10 if u.startswith(("decade", "десятилет")) else 1)
        if u.startswith(("month", "месяц")):
            since = until - _dt.timedelta(days=int(30.44 * n))
        else:
            try:
                since = until.replace(year=until.year - int(years))
            except ValueError:
                since = until.replace(year=until.year - int(years), day=28)
        et = _noun_type(m.group("mid"), lang) or event_type
        add(Exclusivity("first-in", m.group(0), et, participants, since, until, 1, None, since), m.start(), m.end())
    # --- plain "first" / "впервые"
    rx = _FIRST_RU if lang == "ru" else _FIRST_EN
    for m in rx.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        noun = m.groupdict().get("noun")
        et = None
        if noun:
            if _NOT_ORDINAL_NEXT.match(" " + noun):
                continue
            # the first event noun among the next three words ("первый зарубежный визит")
            for w in noun.split():
                et = event_noun_type(w, lang)
                if et is not None or re.fullmatch(r"(?:of|in|since|between|с|в|за|после|and|и)", w):
                    break
            if et is None:
                continue  # "the first deputy", "первый заместитель": not an exclusivity claim
        add(Exclusivity("first", m.group(0), et or event_type, participants, None, until, 1), m.start(), m.end())
    # --- only / never / again
    for kind, rx in (("only", _ONLY), ("never", _NEVER), ("again", _AGAIN)):
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            et = _noun_type(text[m.end() :], lang) if kind == "only" else None
            add(Exclusivity(kind, m.group(0), et or event_type, participants, None, until), m.start(), m.end())
    # --- ordinals: "a fourth term", "уже вторая"
    in_times = [(t.pos, t.pos + len(t.text)) for t in times if t.pos is not None]
    # a fraction is a share, not an ordinal: "about a third of its value", «две трети» (frame/fractions.py)
    in_times += [(q.pos, q.pos + len(q.text)) for q in quantities if q.unit == "percent" and q.pos is not None]
    for m in _ORD_RX.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken + in_times):
            continue  # also the day of a date: "on March 24th, 2001" is no 24th of anything
        val = ordinal_value(m.group("ord"))
        if not val or val == 1 or (val >= 1000 and m.group("ord")[:1].isdigit()):
            continue  # a digit "ordinal" of four figures is a year ("в 1990-м", "1925-й"), not the 1990th of anything
        after = text[m.end() :]
        if _NOT_ORDINAL_NEXT.match(after):
            continue
        nm = re.match(r"\s*([\wЁё-]+)", after)
        et = _noun_type(after, lang) if nm else None
        unit = None
        # the thing an ordinal counts, also a capitalised one ("the Ninth Symphony", "the Fifth Republic"): a rank, no event
        if et is None and nm and (re.match(r"[a-zа-яё]", nm.group(1)) or m.group("ord")[:1].isupper()) and not re.match(
                r"(?:of|and|in|to|и|в|на)$", nm.group(1), re.I):  # ("the fifth Sassanid satrap": the ordinal is no name's)
            unit = nm.group(1).lower()
        tspan = _nearest_time(text, times, m.start())
        ex = Exclusivity("ordinal", (m.group(0) + (" " + unit if unit else "")).strip(), et or unit or event_type, participants,
                         tspan.start if tspan else None, tspan.end if tspan else until, val)
        add(ex, m.start(), m.end())
    # --- counts of events: "three meetings", "три встречи"
    for q in quantities:
        if q.unit in EVENT_TYPES or q.unit in ("meeting", "visit", "talks"):
            p = q.pos if q.pos is not None else text.find(q.text)
            tspan = _nearest_time(text, times, p)
            add(Exclusivity("count", q.text, q.unit, participants, tspan.start if tspan else None,
                            tspan.end if tspan else until, None, int(q.value)), p, p + len(q.text))
    return out


def _nearest_time(text: str, times: Sequence[TimeSpan], pos: int) -> TimeSpan | None:
    best = None
    best_d = 10**9
    for t in times:
        p = _pos(text, t)
        if p < 0 or t.start is None:
            continue
        d = pos - p if p <= pos else (p - pos) * 3  # prefer a time before the cue
        if d < best_d:
            best, best_d = t, d
    return best
