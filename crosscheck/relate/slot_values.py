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
        out.append(Slot("identifier", tok, digits, letters or None, "exact", True, m.span()))
    return out


_TR = str.maketrans("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "abvgdeejziiklmnoprstufhccss_y_eua")


def translit(s: str) -> str:
    return s.translate(_TR).replace("_", "")


def _number_slot(q: Quantity) -> Slot:
    return Slot("number", q.text, float(q.value), q.unit, q.bound)


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
            slot = Slot("number", q.text, slot.value, f"{q.unit}^{text[p + len(q.text):].lstrip()[:1]}", q.bound)  # km² is not km
        elif q.unit and _SQUARE.search(q.text):
            slot = Slot("number", q.text, slot.value, f"{q.unit}^2", q.bound)  # "371,000 square kilometres" = 371 тыс. км²
        elif p >= 0 and q.unit in _TIME_UNITS and (m := _offset(text, p, p + len(q.text))):
            slot = Slot("number", m, slot.value, slot.unit, slot.bound)  # «через два года», "two years later": an offset
        nums.append(slot)
    nums = _join_measures(nums, text)
    for ts in frame.times:
        if ts.role == "duration":
            s = _duration_slot(ts)
            if s is not None:
                nums.append(s)
    return nums, idents


def time_slots(frame: ClaimFrame) -> list[Slot]:
    out = []
    for ts in frame.times:
        if ts.role not in ("point", "since", "until"):
            continue
        s = _time_slot(ts)
        if s is not None:
            role = "until" if ts.role == "point" and _BY.match(ts.text) else ts.role  # "к апрелю" = "by April"
            out.append(Slot("time", s.text, s.value, f"{role}:{s.unit}", s.bound, s.anchored))
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


def entity_slots(frame: ClaimFrame, text: str = "") -> list[Slot]:
    """Persons, places and organisations of the frame, and rulers it missed ("founded by Peter I")."""
    out, seen = [], set()
    for e in frame.entities:
        if e.type == "person" and (rk := regnal_key(e.text)):
            e = dataclasses.replace(e, key=rk)
        if e.coref or e.type not in ("person", "place", "org") or not e.key or e.key in seen:
            continue
        if len(e.key.replace("-", "")) < 3:
            continue
        seen.add(e.key)
        out.append(Slot("entity", e.text, e.key, e.type))
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

    for surface, key in unread_countries(text):
        # «Российской» of «Российской империей», read as the former state of that country, is no second place (round aj)
        if key not in seen and not any(surface in str(s.text) and one_territory(str(s.value), key) for s in out):
            seen.add(key)
            out.append(Slot("entity", surface, key, "place"))
    return out


#: A capitalised word or hyphenated compound ("Гвинея-Бисау", "Israel-Laos"), with what stands right before and after it.
_NAME_TOKEN = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][a-zа-яё]+(?:[-‐][A-ZА-ЯЁ][a-zа-яё]+)*(?:['’]s)?(?![\w-])")
_CAP_BEFORE = re.compile(r"[A-ZА-ЯЁ][\w.-]*\s+$")
_CAP_AFTER = re.compile(r"^\s+[A-ZА-ЯЁ]")


@lru_cache(maxsize=16384)
def unread_countries(text: str) -> tuple[tuple[str, str], ...]:
    """(surface, key) of every country the text names by a gazetteer name ("Benin", «Данией», «Гвинее», both parts of
    "Israel-Laos" unless the compound is one country: "Гвинея-Бисау"), the frame's reading aside: a country its
    recogniser missed still pairs with (or clashes with) a country of the other side.  A word beside another capitalised
    word is part of a longer name ("Michael Jordan", "Papua New Guinea", "Georgia Tech") and is left alone, unless it is
    a possessive or a Russian case form ("Greece's Defense Ministry", «Канцлер Испании Шольц»); so is a sentence's
    first word that is also a common word («Того же года»)."""

    from crosscheck.lang.gazetteer import lookup

    out: list[tuple[str, str]] = []
    held: list[tuple[int, int]] = []
    for m in _NAME_RUN.finditer(text):  # "United Arab Emirates", «Объединённых Арабских Эмиратов», "USA", «ОАЭ»
        words = list(re.finditer(r"\S+", m.group(0)))
        subs = [(i, j) for n in range(len(words), 1, -1) for i in range(len(words) - n + 1) for j in [i + n]] or [(0, 1)]
        for i, j in subs:  # the longest run of words that names a country ("Нынешняя Чешская Республика")
            a, b = m.start() + words[i].start(), m.start() + words[j - 1].end()
            key = _run_country(text[a:b])
            if key:
                out.append((text[a:b], key))
                held.append((a, b))
                break
    for m in _NAME_TOKEN.finditer(text):
        if any(a <= m.start() < b for a, b in held):
            continue
        before, after = text[:m.start()], text[m.end():]
        word = re.sub(r"['’]s$", "", m.group(0))
        parts = [word] if country_key(word) else re.split(r"[-‐]", word)
        joined = len(parts) > 1 and all(country_key(p) for p in parts)  # "the Israel-Laos Railway": two countries named
        if len(parts) > 1 and not joined:
            continue  # «Австро-Венгрии», "Austro-Hungarian": one name, not Hungary
        # a country in a case form or a possessive modifies the name beside it: «Канцлер Испании Шольц», «премьер Греции
        # Кириакос», "Greece's Defense Ministry"
        modifier = m.group(0) != word or (re.search("[а-яё]", word, re.I) and lookup(word) is None and country_key(word) is not None
                                          and not _adjective_before(before))  # «Южной Америке» is a region, not America
        if not (joined or modifier) and (_CAP_BEFORE.search(before) or _CAP_AFTER.match(after)):
            continue
        for part in parts:
            key = country_key(part)
            if key and not (not before.strip() and _common_word(part)):
                out.append((part, key))
    return tuple(out)


#: Two to four capitalised words in a row, or an acronym.
_NAME_RUN = re.compile(r"(?<![\w-])(?:[A-ZА-ЯЁ][a-zа-яё]+(?:\s+(?:of\s+|and\s+)?[A-ZА-ЯЁ][a-zа-яё]+){1,3}|[A-ZА-ЯЁ]{2,5})(?![\w-])")


def _run_country(run: str) -> str | None:
    from crosscheck.lang.gazetteer import is_country, lookup

    hit = lookup(run)
    if hit is None and re.search("[а-яё]", run, re.I) and " " in run:
        from crosscheck.frame.names import lemma_phrase_ru

        hit = lookup(lemma_phrase_ru(run))
    return hit[1] if hit and hit[0] == "place" and is_country(hit[1]) else None


def _adjective_before(before: str) -> bool:
    """The word right before is a capitalised Russian adjective: part of one name («Южной Америке», «Новой Гвинее»)."""
    m = re.search(r"([А-ЯЁ][а-яё]+)\s+$", before)
    if not m:
        return False
    from crosscheck.frame._lazy import parse_ru

    parses = parse_ru(m.group(1).lower())
    return bool(parses) and "ADJF" in str(parses[0].tag)


def country_key(word: str) -> str | None:
    from crosscheck.lang.gazetteer import is_country, lookup

    hit = lookup(word)
    if hit is None and re.search("[а-яё]", word, re.I):
        from crosscheck.frame.names import lemma_ru

        hit = lookup(lemma_ru(word, "Geox"))
    return hit[1] if hit and hit[0] == "place" and is_country(hit[1]) else None


def _common_word(word: str) -> bool:
    """A Russian word whose first reading is no place name («Того» = "that")."""
    if not re.search("[а-яё]", word, re.I):
        return False
    from crosscheck.frame._lazy import parse_ru

    parses = parse_ru(word.lower())
    return bool(parses) and "Geox" not in str(parses[0].tag)
