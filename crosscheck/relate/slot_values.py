"""Slots of one claim: what its frame states as comparable values.

Numbers (value, unit, bound), identifiers (codes compared as strings), times
(an interval at any grain, BC as negative years; a day or month with no year
and no document date keeps only its month and day) and entities (a
cross-script key in a role).  Pairing and comparison: ``slots.py``.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from crosscheck.lang.gazetteer import state_keys
from crosscheck.model import ClaimFrame, Quantity, TimeSpan
from crosscheck.relate.rulers import REGNAL_IN_TEXT, epithet_rx, given_name, regnal_key, ruler_name, title_word

#: kept for callers of the old names
_REGNAL_IN_TEXT = REGNAL_IN_TEXT
_epithet_rx = epithet_rx

__all__ = ["Slot", "SlotPair", "SlotComparison", "identifiers", "number_slots", "time_slots", "entity_slots", "translit", "told_as_offset"]

_KNOWN_UNITS = frozenset({"percent", "usd", "eur", "gbp", "rub", "azn", "people", "km", "tonne", "year", "month", "day",
                          "week", "meeting", "visit", "troops", "tourists", "vote", "weekday",
                          "times"})  # a factor ("doubled", «в 3 раза»: frame/multipliers.py) never pairs with a percent
_TIME_UNITS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25, "decade": 3652.5, "century": 36525,
               "десятилетие": 3652.5}
#: Codes: letters and digits in one token ("A320", "Су-35", "COVID-19"), digit groups joined by
#: dashes or slashes ("51162-2019"), phone numbers.
_IDENT = re.compile(
    r"(?<![\w])(?:[A-ZА-ЯЁ]{2,}\s\d{2,}(?:/\w+)?(?![.,]\d)|[A-Za-zА-Яа-яЁё]{1,6}[-‐−–]?\d[\w-]*|\d+[A-Za-zА-Яа-яЁё]+\d[\w-]*|\d{2,}(?:[-/]\d{2,})+|\+?\d{1,3}[\s(-]{1,2}\d{3}[\s)-]{1,2}\d{3}[-\s]?\d{2}[-\s]?\d{2})(?![\w])")
_UNIT_POWER = re.compile(r"(?:m|м|km|км|cm|см|mm|мм|ft|in)[23²³]", re.I)
#: A surname of two syllables or more ending in -ng, whose skeleton reads the -ng as the pinyin «-н» (Denning = «дн»).
_LONG_NG = re.compile(r"[aeiouyаеёиоуыэюя][^\W\d_]*?[aeiouyаеёиоуыэюя][^\W\d_]*(?:ng|нг)$", re.I)
_BOTH = re.compile(r"(?:both|оба|обе|обоих|обеих|обоим|обеим|обоими|обеими)(?![\w-])", re.I)
_BY = re.compile(r"(?:к|ко)\s", re.I)
_ORDINAL_WORD = re.compile(r"^\d+[-‐]?(?:st|nd|rd|th|й|я|е|го|м|х|ми|ом|ый|ая|ое)$", re.I)


@dataclass(frozen=True)
class Slot:
    kind: str  # "number", "identifier", "time", "entity", "polarity", "predicate"
    text: str  # as written in the claim
    value: object = None  # float, (lo, hi) days, entity key, digits string, pole
    unit: str | None = None  # number unit, time grain, entity type, predicate concept
    bound: str = "exact"
    anchored: bool = True
    span: tuple[int, int] | None = None  # where the text states it, when known
    role: str | None = None  # a count's role: "dead", "aboard" (``count_roles.py``, round bj); a time's "start" (round bu)


@dataclass(frozen=True)
class SlotPair:
    kind: str
    a: Slot
    b: Slot
    equal: bool


@dataclass(frozen=True)
class SlotComparison:
    pairs: tuple[SlotPair, ...] = ()
    extra_a: tuple[Slot, ...] = ()
    extra_b: tuple[Slot, ...] = ()
    notes: tuple[str, ...] = field(default=())
    #: clashes the text cannot settle (a negation that may belong to another verb): never agree, never contradict
    uncertain: tuple[SlotPair, ...] = ()

    @property
    def clashes(self) -> tuple[SlotPair, ...]:
        return tuple(p for p in self.pairs if not p.equal)

    @property
    def matches(self) -> tuple[SlotPair, ...]:
        return tuple(p for p in self.pairs if p.equal and p.kind not in ("polarity",))


# --- slots of one claim ------------------------------------------------------------------------------


def identifiers(text: str) -> list[Slot]:
    out = []
    for m in _IDENT.finditer(text):
        tok = m.group(0)
        if _UNIT_POWER.fullmatch(tok) or _ORDINAL_WORD.match(tok) or re.fullmatch(r"\d+[-‐](?:х|е|ми|м|ти|ое|ый|летн\w*|кратн\w*)", tok, re.I):
            continue
        digits = "".join(re.findall(r"\d+", tok))
        letters = translit(re.sub(r"[^A-Za-zА-Яа-яЁё]", "", tok).lower())
        if not digits or (letters and len(letters) > 12) or re.fullmatch(r"\d{1,2}[-/]\d{1,2}", tok):
            continue
        span = m.span()
        if tail := _CODE_TAIL.match(text, m.end()):
            span = (span[0], tail.end())  # round cq: "VAX-11/780", "Су-27/30": the variant after the slash is no figure
        out.append(Slot("identifier", tok, digits, letters or None, "exact", True, span))
    return out


#: A variant number after a code's slash ("VAX-11/780", "Су-27/30"), not a year ("H1/2023"): part of the code's span.
_CODE_TAIL = re.compile(r"/(?!(?:1[5-9]|20)\d\d(?!\d))\d+(?![\w/])")


_TR = str.maketrans("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "abvgdeejziiklmnoprstufhccss_y_eua")


def translit(s: str) -> str:
    return s.translate(_TR).replace("_", "")


def _number_slot(q: Quantity) -> Slot:
    # a distance from a place and a size ("from", "size": ``frame/offsets.py``, round bn) never pair as one value changed
    # (``count_roles.roles_differ``)
    return Slot("number", q.text, float(q.value), q.unit, q.bound, role=q.role)


def _days(d: _dt.date) -> float:
    return float(d.toordinal())


def _time_slot(ts: TimeSpan) -> Slot | None:
    if ts.start is not None and ts.end is not None:
        return Slot("time", ts.text, (_days(ts.start), _days(ts.end)), ts.grain, "exact", ts.anchored)
    from crosscheck.frame.periods import years_of

    span = years_of(ts.text)
    if span is None:
        return _unanchored_slot(ts)
    lo, hi = span  # BC: days from year 1, negative
    return Slot("time", ts.text, ((lo - 1) * 365.25, hi * 365.25), ts.grain)


def _unanchored_slot(ts: TimeSpan) -> Slot | None:
    """A day, month or span of days stated without a year and without a document date ("on 24 December", "December 9–10"):
    resolved against a fixed reference only to read its month and day (``anchored`` False).
    An open span ("since September", "с 11 декабря") is its starting day or month."""
    if ts.grain not in ("day", "month", "open", "range"):
        return None
    from crosscheck.frame.times import extract_times
    from crosscheck.frame.time_resolve import month_end

    lang = "ru" if re.search("[а-яё]", ts.text, re.I) else "en"
    text = ts.text
    if lang == "en" and ts.grain == "month" and re.fullmatch(r"May|March", text.strip()):
        text = "in " + text.strip()  # read as a month in its sentence ("the end of May"), not as the verb it spells alone
    for got in extract_times(text, lang, _dt.date(2001, 7, 1)):
        if got.start is not None and got.end is not None and got.grain == "open":
            if re.search(r"\d", ts.text):
                return Slot("time", ts.text, (_days(got.start), _days(got.start)), "day", "exact", False)
            return Slot("time", ts.text, (_days(got.start), _days(month_end(got.start.year, got.start.month))), "month", "exact", False)
        if got.start is not None and got.end is not None:
            return Slot("time", ts.text, (_days(got.start), _days(got.end)), got.grain, "exact", False)
    return None


def _duration_slot(ts: TimeSpan) -> Slot | None:
    if ts.start is None or ts.end is None:
        return None
    bound = "lower" if re.search(r"\b(?:more\s+than|over\s+the|более|больше|свыше)\b", ts.text, re.I) else (
        "approx" if re.search(r"\b(?:about|almost|nearly|около|почти)\b", ts.text, re.I) else "exact")
    return Slot("number", ts.text, float((ts.end - ts.start).days), "day", bound)


def measure(unit: str | None) -> tuple[str, float] | None:
    """The dimension of a unit of measure and its size in the dimension's base unit (``lang/measures.tsv``)."""
    if not unit:
        return None
    base, _, power = unit.lower().partition("^")
    from crosscheck.lang.resources import measures

    got = measures().get(base)
    if got is None or not power:
        return got
    n = 3 if power in ("3", "³") else 2  # km² is an area: "3,530 kilometres" never pairs with "1,36 млн км²"
    return f"{got[0]}^{n}", got[1] ** n


_SQUARE = re.compile(r"(?<![\w-])(?:square|sq\.?|квадратн\w*|кв\.)\s", re.I)
#: What may stand between the parts of one measure ("8 metres 90", "4 hours and 20 minutes", «2 суток 22 часа»).
_MEASURE_JOIN = re.compile(r"[\s,]*(?:(?:and|и)\s+)?")


def _join_measures(nums: list[Slot], text: str) -> list[Slot]:
    """A figure in a larger unit right followed by one in a smaller unit of the same dimension is one measure
    ("восемь метров девяносто сантиметров" = 8.9 metres, "5 feet 11 inches", «2 суток 22 часа 50 минут»)."""
    out: list[Slot] = []
    end = -1
    for s in nums:
        p = text.find(s.text, max(end, 0)) if s.text else -1
        prev = out[-1] if out else None
        mp, ms = (measure(prev.unit) if prev else None), measure(s.unit)
        ratio = mp[1] / ms[1] if mp and ms and mp[0] == ms[0] else 0.0
        if (prev is not None and p >= 0 and end >= 0 and ratio > 1 and abs(ratio - round(ratio)) < 1e-6
                and s.bound == "exact" and _MEASURE_JOIN.fullmatch(text[end:p])):
            # counted in the smaller unit, exactly (8 m 90 cm = 890 cm); units of no whole ratio ("5 months and 2 days")
            # stay two figures, each compared with its own counterpart
            out[-1] = Slot("number", text[end - len(prev.text):p + len(s.text)] if text[end - len(prev.text):end] == prev.text else prev.text,
                           prev.value * round(ratio) + s.value, s.unit, prev.bound)
        else:
            out.append(s)
        if p >= 0:
            end = p + len(s.text)
    return out


#: The words that make a duration an offset, before it («через два года») or after it ("ten years after").
_BEFORE_WORDS, _AFTER_WORDS = r"через|спустя", r"later|after|afterwards|earlier|before|ago|спустя|назад"
_OFFSET_BEFORE = re.compile(rf"(?:{_BEFORE_WORDS})\s+$", re.I)
_OFFSET_AFTER = re.compile(rf"\s+(?:{_AFTER_WORDS})\b", re.I)


def told_as_offset(text: str) -> bool:
    """A number slot's text that holds its offset word (``_offset`` keeps it there)."""
    return bool(re.match(rf"(?:{_BEFORE_WORDS})\s", text, re.I) or re.search(rf"\s(?:{_AFTER_WORDS})$", text, re.I))


def _offset(text: str, start: int, end: int) -> str | None:
    """A duration told as the time from one event to another («через два года после», "two years later"), with its word
    (round ag): it is no length of a span the other side writes ("between 1896 and 1904")."""
    before = _OFFSET_BEFORE.search(text[max(0, start - 12):start])
    after = _OFFSET_AFTER.match(text[end:end + 14])
    if before:
        return text[start - len(before.group(0)):end]
    return text[start:end] + after.group(0) if after else None


def number_slots(frame: ClaimFrame, text: str) -> tuple[list[Slot], list[Slot]]:
    """(numbers, identifiers): a number inside an identifier belongs to the identifier."""
    # a year range the frame read as a time ("(2004-2010)", "1866—1903") is no code
    idents = [s for s in identifiers(text) if not any(s.text in ts.text for ts in frame.times if ts.start is not None)]
    from crosscheck.relate.designators import designators

    # "vitamin C", «витамина D»: a letter telling kinds apart, a code of its own ("B12" read once)
    named = [Slot("identifier", t, value, concept, "exact", True, span) for t, value, concept, span in designators(text)]
    idents = named + [s for s in idents if not any(a <= s.span[0] < b for a, b in (d.span for d in named))]
    spans = [s.span for s in idents if s.span]
    nums = []
    for q in frame.quantities:
        p = text.find(q.text)
        if p >= 0 and any(a <= p < b or a < p + len(q.text) <= b for a, b in spans):
            continue
        if _BOTH.match(q.text.strip()):
            continue  # "both" / "оба": a pair of things named elsewhere, translated with or without a figure
        slot = _number_slot(q)
        if p >= 0 and q.unit and re.match(r"\s*[²³]|[23](?!\d)", text[p + len(q.text): p + len(q.text) + 2]):
            slot = dataclasses.replace(slot, unit=f"{slot.unit}^{text[p + len(q.text):].lstrip()[:1]}")  # km² is not km
        elif q.unit and _SQUARE.search(q.text):
            slot = dataclasses.replace(slot, unit=f"{slot.unit}^2")  # "371,000 square kilometres" = 371 тыс. км²
        elif p >= 0 and q.unit in _TIME_UNITS and (m := _offset(text, p, p + len(q.text))):
            slot = Slot("number", m, slot.value, slot.unit, slot.bound)  # «через два года», "two years later": an offset
        if p >= 0 and slot.role is None and (q.unit in (None, "people", "troops", "vote") or not (q.unit in _KNOWN_UNITS or q.unit in _TIME_UNITS or measure(q.unit))):
            from crosscheck.relate.count_roles import count_role

            slot = dataclasses.replace(slot, role=count_role(text, p, p + len(q.text)))  # "killing 78 people" (round bj)
        nums.append(slot)
    nums = _join_measures(nums, text)
    for ts in frame.times:
        if ts.role == "duration":
            s = _duration_slot(ts)
            if s is not None:
                nums.append(s)
    return nums, idents


def time_slots(frame: ClaimFrame, text: str = "", lang: str = "en") -> list[Slot]:
    """The times of a claim as slots; a point whose clause dates a beginning ("founded in 1972", «открытая в 1957 году»)
    is marked ``role="start"`` when ``text`` is given (round bu, ``beginnings.py``)."""
    from crosscheck.relate.beginnings import dates_a_beginning

    out = []
    for ts in frame.times:
        if ts.role not in ("point", "since", "until"):
            continue
        s = _time_slot(ts)
        if s is not None:
            role = "until" if ts.role == "point" and _BY.match(ts.text) else ts.role  # "к апрелю" = "by April"
            start = (role == "point" and ts.pos is not None and text[ts.pos:ts.pos + len(ts.text)] == ts.text
                     and dates_a_beginning(text, lang, ts.pos, ts.pos + len(ts.text)))
            out.append(Slot("time", s.text, s.value, f"{role}:{s.unit}", s.bound, s.anchored, role="start" if start else None))
    return out


def short_entity_pairs(fa: ClaimFrame, fb: ClaimFrame) -> list[SlotPair]:
    """Persons and places whose keys are shorter than three letters ("ps" Poissy / «Пуасси», "sv" Savoye / «Савой»), which
    ``entity_slots`` leaves out (two short skeletons of two names meet too easily to be a clash), paired where the two
    sides hold the very same key and type: agreement only, never a clash (round x)."""
    def short(frame: ClaimFrame) -> list[Slot]:
        return [Slot("entity", e.text, e.key, e.type) for e in frame.entities
                if not e.coref and e.type in ("person", "place") and e.key and 2 <= len(e.key.replace("-", "")) < 3]

    pairs, left = [], short(fb)
    for x in short(fa):
        y = next((y for y in left if y.value == x.value and y.unit == x.unit), None)
        if y is not None:
            left.remove(y)
            pairs.append(SlotPair("entity", x, y, True))
    return pairs


#: The name of a court case: two parties joined by "v." ("Chisholm v. Georgia", "Lawless v Ireland") or «против» in quotes
#: («Чисхолм против Джорджии»).
_CASE_NAME = re.compile(r"(?<![\w-])[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+v\.?\s+[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*"
                        r"|«[^«»]*?\sпротив\s[^«»]*»")


def without_case_names(text: str) -> str:
    """``text`` with the names of court cases blanked out (their parties are no places of the fact)."""
    return _CASE_NAME.sub(lambda m: " " * len(m.group(0)), text)


@lru_cache(maxsize=1)
def _games_rx() -> re.Pattern | None:
    from crosscheck.lang.resources import tsv

    rows = [r["pattern"] for lang in ("en", "ru") for r in tsv(f"{lang}/scope_phrases.tsv") if r["kind"] == "games"]
    return re.compile("|".join(f"(?:{p})" for p in rows), re.I) if rows else None


def _games_before(before: str) -> bool:
    """A title won at games or a championship right before a place («олимпийский чемпион Лос-Анджелеса», «чемпион России»:
    ``lang/{en,ru}/scope_phrases.tsv``, kind games)."""
    rx = _games_rx()
    return rx is not None and rx.search(before) is not None


def entity_slots(frame: ClaimFrame, text: str = "") -> list[Slot]:
    """Persons, places and organisations of the frame, and rulers it missed ("founded by Peter I")."""
    out, seen, games = [], set(), []
    cases = [m.span() for m in _CASE_NAME.finditer(text)] if text else []
    for e in frame.entities:
        if e.start is not None and any(x <= e.start < y for x, y in cases):
            continue  # "Chisholm v. Georgia", «Чисхолм против Джорджии»: a party in a case's name, no slot of the fact (round aq)
        if e.type == "place" and e.key in state_keys() and e.start is not None and e.end is not None and any(
                o.type == "org" and o.start is not None and o.end is not None and (o.start, o.end) != (e.start, e.end)
                and (o.start <= e.start and e.end <= o.end or (text and o.start > e.end and not text[e.end:o.start].strip()))
                for o in frame.entities):
            # "the University of California", "the California Institute of Technology", "Texas Instruments": a state in an
            # organisation's name (round bk; a city there, "Kazan University" / «Харьковском университете», stays a place)
            continue
        if e.type == "person" and (rk := regnal_key(e.text)):
            e = dataclasses.replace(e, key=rk)
        if e.coref or e.type not in ("person", "place", "org") or not e.key or e.key in seen:
            continue
        if len(e.key.replace("-", "")) < 3 and not (e.type == "person" and len(e.key) == 2 and _LONG_NG.search(str(e.text))):
            continue  # a key of two letters is kept for a long surname shortened by its -ng (Denning = Деннинг, «дн»: round ar)
        # «олимпийский чемпион Лос-Анджелеса»: the games or the championship a title was won at, which pairs only with
        # itself (round cm); a later mention of the place as itself («… в Сеуле») is kept instead
        if e.type == "place" and e.start is not None and _games_before(text[max(0, e.start - 40):e.start]):
            games.append(Slot("entity", e.text, e.key, e.type, role="games"))
            continue
        seen.add(e.key)
        out.append(Slot("entity", e.text, e.key, e.type))
    for g in games:  # the place of games or of a championship, unless the claim names it as itself too
        if g.value not in seen:
            seen.add(g.value)
            out.append(g)
    held = " ".join(s.text for s in out)
    for m in REGNAL_IN_TEXT.finditer(text):
        key = regnal_key(m.group(0))
        before = text[:m.start()].rstrip()
        capital = re.search(r"(?:^|\s)([A-ZА-ЯЁ][\w-]*)$", before)
        bare = [s for s in out if s.unit == "person" and s.text == m.group("name")]
        if (key and key not in seen and m.group(0) not in held and given_name(m.group("name"))
                and not (capital and not (bare and title_word(capital.group(1)))) and (before or re.search("[а-яё]", m.group(0), re.I))):
            # a person the frame read without the number after it ("Queen Elizabeth I" read as "Elizabeth": a title may
            # stand before such a ruler, though a capitalised word before a name and a number is no ruler: "World War II")
            out = [s for s in out if s not in bare]
            seen.add(key)
            out.append(Slot("entity", m.group(0), key, "person"))
    for m in epithet_rx().finditer(text):
        # "Catherine the Great", «Иван Грозный»: a ruler named by the given name and an epithet, keyed by the name alone
        from crosscheck.lang.translit import skeleton

        name = m.group("en") or m.group("ru")
        if name and given_name(name) and not (m.group("ru") and not re.search("[а-яё]", name, re.I)):
            key = skeleton(ruler_name(name))
            out = [s for s in out if not (s.unit == "person" and isinstance(s.text, str) and s.text in m.group(0))]
            if key and key not in seen:
                seen.add(key)
                out.append(Slot("entity", m.group(0), key, "person"))
    from crosscheck.lang.gazetteer import one_territory

    from crosscheck.relate.unread_countries import unread_countries

    for surface, key in unread_countries(text):
        if any(surface in text[x:y] for x, y in cases):
            continue  # «Лоулесс против Ирландии»: a party to a case
        # «Российской» of «Российской империей», read as the former state of that country, is no second place (round aj)
        # a country's name inside a longer place's name («в округе Колумбия», Washington) is that place's (round at)
        if key not in seen and not any(surface in str(s.text) and (one_territory(str(s.value), key) or (
                s.unit == "place" and str(s.text) != surface)) for s in out):
            seen.add(key)
            out.append(Slot("entity", surface, key, "place"))
    return out
