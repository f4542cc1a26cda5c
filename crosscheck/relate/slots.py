"""Slots of a statement, paired across two claims and compared.

A claim's frame states facts in slots: numbers (value, unit, bound), identifiers
(model numbers, codes: compared as strings), times (an interval at any grain,
BC included), entities (a cross-script key in a role: person, place), polarity
and predicates with an opposite (rose/fell, won/lost; ``lang/opposites.tsv``).
Two claims that state the same statement have their slots paired: a paired slot
whose values differ is a clash; a slot with no counterpart only adds detail.

``compare_slots(fa, text_a, fb, text_b)`` returns the pairs and the leftovers;
the decision (``pair.py``) and the wording (``explain.py``) read them.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from crosscheck.model import ClaimFrame, Quantity, TimeSpan

__all__ = ["Slot", "SlotPair", "SlotComparison", "compare_slots", "predicates"]

#: Units the quantity extractor normalises in both languages: two different ones never pair.
_KNOWN_UNITS = frozenset({"percent", "usd", "eur", "gbp", "rub", "azn", "people", "km", "tonne", "year", "month", "day",
                          "week", "meeting", "visit", "troops", "tourists"})
_TIME_UNITS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25}
#: Codes: letters and digits in one token ("A320", "Су-35", "COVID-19"), digit groups joined by
#: dashes or slashes ("51162-2019"), phone numbers.
_IDENT = re.compile(
    r"(?<![\w])(?:[A-ZА-ЯЁ]{2,}\s\d{2,}(?:/\w+)?(?![.,]\d)|[A-Za-zА-Яа-яЁё]{1,6}[-‐−–]?\d[\w-]*|\d+[A-Za-zА-Яа-яЁё]+\d[\w-]*|\d{2,}(?:[-/]\d{2,})+|\+?\d{1,3}[\s(-]{1,2}\d{3}[\s)-]{1,2}\d{3}[-\s]?\d{2}[-\s]?\d{2})(?![\w])")
_UNIT_POWER = re.compile(r"(?:m|м|km|км|cm|см|mm|мм|ft|in)[23²³]", re.I)
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
        letters = _translit(re.sub(r"[^A-Za-zА-Яа-яЁё]", "", tok).lower())
        if not digits or (letters and len(letters) > 12) or re.fullmatch(r"\d{1,2}[-/]\d{1,2}", tok):
            continue
        out.append(Slot("identifier", tok, digits, letters or None, "exact", True, m.span()))
    return out


_TR = str.maketrans("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "abvgdeejziiklmnoprstufhccss_y_eua")


def _translit(s: str) -> str:
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
        return None
    lo, hi = span  # BC: days from year 1, negative
    return Slot("time", ts.text, ((lo - 1) * 365.25, hi * 365.25), ts.grain)


def _duration_slot(ts: TimeSpan) -> Slot | None:
    if ts.start is None or ts.end is None:
        return None
    bound = "lower" if re.search(r"\b(?:more\s+than|over\s+the|более|больше|свыше)\b", ts.text, re.I) else (
        "approx" if re.search(r"\b(?:about|almost|nearly|около|почти)\b", ts.text, re.I) else "exact")
    return Slot("number", ts.text, float((ts.end - ts.start).days), "day", bound)


def number_slots(frame: ClaimFrame, text: str) -> tuple[list[Slot], list[Slot]]:
    """(numbers, identifiers): a number inside an identifier belongs to the identifier."""
    idents = identifiers(text)
    spans = [s.span for s in idents if s.span]
    nums = []
    for q in frame.quantities:
        p = text.find(q.text)
        if p >= 0 and any(a <= p < b or a < p + len(q.text) <= b for a, b in spans):
            continue
        nums.append(_number_slot(q))
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
            out.append(Slot("time", s.text, s.value, f"{ts.role}:{s.unit}", s.bound, s.anchored))
    return out


def entity_slots(frame: ClaimFrame) -> list[Slot]:
    out, seen = [], set()
    for e in frame.entities:
        if e.coref or e.type not in ("person", "place", "org") or not e.key or e.key in seen:
            continue
        if len(e.key.replace("-", "")) < 3:
            continue
        seen.add(e.key)
        out.append(Slot("entity", e.text, e.key, e.type))
    return out


@lru_cache(maxsize=1)
def _lexicon() -> list[tuple[str, str, re.Pattern, re.Pattern]]:
    from importlib import resources

    rows = []
    text = (resources.files("crosscheck") / "lang" / "opposites.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("concept\t"):
            continue
        concept, pole, en, ru = line.split("\t")
        en_rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w.strip()).replace(r"\ ", r"\s+") for w in en.split(",") if w.strip())
                           + r")(?![\w-])", re.I)
        ru_rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w.strip()).replace(r"\ ", r"\s+") for w in ru.split(",") if w.strip())
                           + r")[а-яё]*", re.I)
        rows.append((concept, pole, en_rx, ru_rx))
    return rows


def predicates(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """Concepts of the opposites lexicon the text states with one pole only: concept -> (pole, words)."""
    poles: dict[str, dict[str, str]] = {}
    for concept, pole, en_rx, ru_rx in _lexicon():
        m = (ru_rx if lang == "ru" else en_rx).search(text)
        if m:
            poles.setdefault(concept, {})[pole] = m.group(0)
    return {c: next(iter(p.items())) for c, p in poles.items() if len(p) == 1}


_NEG = {"en": re.compile(r"\b(?:not|never|cannot)\b(?!\s+(?:only|least|yet|to\s+mention)\b)|n['’]t\b", re.I),
        "ru": re.compile(r"(?<![\w-])(?:не(?!\s+(?:только|менее|более|раз|так\s+ли|то)(?![\w-]))|никогда)(?![\w-])", re.I)}
_WEAK_NEG = {"en": re.compile(r"\b(?:no|none|nobody|nothing|neither|nor|without|nowhere|against|refused|denied|rejected|devoid|"
                              r"lack\w*|fail\w*|unable|absen\w*|hardly|barely|rarely|seldom)\b", re.I),
             "ru": re.compile(r"(?<![\w-])(?:нет|ни|никто|ничего|ничто|никак\w*|нигде|без|против|отказал\w*|отверг\w*|отрица\w*|"
                              r"лишен\w*|лишён\w*|отсутств\w*|едва|редко)(?![\w-])", re.I)}


_NI = re.compile(r"(?:ни|никто|ничего|ничто|никак\w*|нигде)", re.I)


def negation(text: str, lang: str) -> str | None:
    """"negative" when a verb is negated (not / n't / never; не / никогда), "positive" when
    nothing negates, None when negation is stated otherwise ("no doubt", "без", "против"):
    such sentences are translated with and without a negating verb alike."""
    verbal, weak = negation_state(text, lang)
    if weak:
        return None
    return "negative" if verbal else "positive"


def negation_state(text: str, lang: str) -> tuple[bool, bool]:
    """(a verb is negated, negation is also stated otherwise: "no", "nothing", "без", "против")."""
    lang = "ru" if lang == "ru" else "en"
    weak = _WEAK_NEG[lang].findall(text)
    if lang == "ru":  # "пока вам не исполнится 60": an expletive не, no negation
        text = re.sub(r"\b(?:пока|прежде\s+чем|чуть\s+ли)\s+(?:[\w-]+\s+){0,3}?не\b", " ", text, flags=re.I)
    verbal = bool(_NEG[lang].search(text))
    if lang == "ru" and verbal:
        weak = [w for w in weak if not _NI.fullmatch(w)]  # "ничего не сказал": negative concord, one negation
    return verbal, bool(weak)


# --- pairing ----------------------------------------------------------------------------------------


def _interval(v: float, bound: str) -> tuple[float, float]:
    if bound == "lower":
        return v, math.inf
    if bound == "upper":
        return -math.inf, v
    if bound == "approx":
        return v * 0.85 if v >= 0 else v * 1.15, v * 1.15 if v >= 0 else v * 0.85
    if float(v).is_integer() and abs(v) < 10000:
        return v, v  # a count as written: 1896 is not 1898
    tol = max(abs(v) * 0.005, 1e-9)  # rounding of large and decimal figures ("1.5 million" = 1 498 000)
    return v - tol, v + tol


def _comparable_values(a: Slot, b: Slot) -> tuple[float, float]:
    """Both values in one unit: a duration in months against one in days is compared in days."""
    if a.unit in _TIME_UNITS and b.unit in _TIME_UNITS and a.unit != b.unit:
        return a.value * _TIME_UNITS[a.unit], b.value * _TIME_UNITS[b.unit]
    return a.value, b.value


def numbers_equal(a: Slot, b: Slot) -> bool:
    va, vb = _comparable_values(a, b)
    lo_a, hi_a = _interval(va, a.bound)
    lo_b, hi_b = _interval(vb, b.bound)
    return lo_a <= hi_b and lo_b <= hi_a


def _units_pairable(a: Slot, b: Slot) -> bool:
    ua, ub = a.unit, b.unit
    if ua in _TIME_UNITS and ub in _TIME_UNITS:
        return True
    if ua in _KNOWN_UNITS and ub in _KNOWN_UNITS:
        return ua == ub
    return True


def _pair_numbers(na: list[Slot], nb: list[Slot], strict: bool) -> tuple[list[SlotPair], list[Slot], list[Slot]]:
    pairs: list[SlotPair] = []
    left_a, left_b = list(na), list(nb)

    def take(test) -> None:
        for a in list(left_a):
            hit = next((b for b in left_b if _units_pairable(a, b) and test(a, b)), None)
            if hit is not None:
                left_a.remove(a)
                left_b.remove(hit)
                pairs.append(SlotPair("number", a, hit, True))

    # the same value first; then a bound that holds the other side's exact value
    # ("more than 900" / "950"); two bounds of one kind must state the same value
    take(lambda a, b: numbers_equal(Slot("number", "", a.value, a.unit), Slot("number", "", b.value, b.unit)))
    if strict:  # paraphrases: a bound may hold the other's value; translations keep their bounds
        take(lambda a, b: a.bound != b.bound and numbers_equal(a, b) and _log_gap(a, b) <= math.log(3))
    take(lambda a, b: a.bound == b.bound == "approx" and _close(*_comparable_values(a, b), 0.03))
    # leftovers of one known unit clash
    for a in list(left_a):
        hit = next((b for b in left_b if a.unit in _KNOWN_UNITS and b.unit == a.unit), None)
        if hit is not None:
            left_a.remove(a)
            left_b.remove(hit)
            pairs.append(SlotPair("number", a, hit, False))
    # other leftovers: in order when both sides have as many (translations), else a lone
    # figure pairs with the nearest one of the other side
    loose_a = [a for a in left_a if any(_units_pairable(a, b) for b in left_b)]
    loose_b = [b for b in left_b if any(_units_pairable(a, b) for a in left_a)]
    if loose_a and loose_b:
        if len(loose_a) == len(loose_b) and not strict:
            chosen = list(zip(loose_a, loose_b))
        elif len(loose_a) == 1 and (len(loose_b) == 1 or not strict):
            chosen = [(loose_a[0], min(loose_b, key=lambda b: _log_gap(loose_a[0], b)))]
        elif len(loose_b) == 1 and not strict:
            chosen = [(min(loose_a, key=lambda a: _log_gap(a, loose_b[0])), loose_b[0])]
        else:
            chosen = []
        for a, b in chosen:
            if _units_pairable(a, b):
                pairs.append(SlotPair("number", a, b, False))
                left_a.remove(a)
                left_b.remove(b)
    return pairs, left_a, left_b


def _close(x: float, y: float, rel: float) -> bool:
    return abs(x - y) <= rel * max(abs(x), abs(y))


def _log_gap(a: Slot, b: Slot) -> float:
    x, y = abs(a.value) + 1e-9, abs(b.value) + 1e-9
    return abs(math.log(x / y))


def _overlap(a: Slot, b: Slot) -> bool:
    (a0, a1), (b0, b1) = a.value, b.value
    return a0 <= b1 and b0 <= a1


def _month_day(s: Slot) -> tuple[int, int | None] | None:
    d0 = _dt.date.fromordinal(int(s.value[0]))
    grain = (s.unit or "").split(":")[-1]
    if grain == "day":
        return d0.month, d0.day
    if grain == "month":
        return d0.month, None
    return None


def _grain(s: Slot) -> str:
    return (s.unit or "").split(":")[-1]


def times_equal(a: Slot, b: Slot) -> bool:
    """One time or compatible ones: equal at one grain, or one inside the other at
    different grains ("19 April 2018" within "April 2018")."""
    if not (a.anchored and b.anchored):
        # a year guessed on either side (no document date): compare month and day only
        ma, mb = _month_day(a), _month_day(b)
        if ma is None or mb is None:
            return True
        return ma[0] == mb[0] and (ma[1] is None or mb[1] is None or ma[1] == mb[1])
    (a0, a1), (b0, b1) = a.value, b.value
    if _grain(a) == _grain(b):
        return abs(a0 - b0) <= 1 and abs(a1 - b1) <= 1
    return (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)


def _pair_times(ta: list[Slot], tb: list[Slot], strict: bool) -> tuple[list[SlotPair], list[Slot], list[Slot]]:
    pairs: list[SlotPair] = []
    left_a, left_b = list(ta), list(tb)

    def role(s: Slot) -> str:
        return (s.unit or "").split(":")[0]

    def take(test) -> None:
        for a in list(left_a):
            hit = next((b for b in left_b if test(a, b)), None)
            if hit is not None:
                left_a.remove(a)
                left_b.remove(hit)
                pairs.append(SlotPair("time", a, hit, True))

    take(lambda a, b: a.value == b.value and role(a) == role(b))  # the very same interval first
    take(lambda a, b: role(a) == role(b) and times_equal(a, b))
    # the same time under another role: "by 2042" / "к 2042 году"
    take(times_equal)
    # leftovers: one time each (or, for translations, as many in order) state the same slot
    for a in list(left_a):
        same_role = [b for b in left_b if role(b) == role(a)]
        mine = [x for x in left_a if role(x) == role(a)]
        if len(same_role) == 1 and len(mine) == 1:
            left_a.remove(a)
            left_b.remove(same_role[0])
            pairs.append(SlotPair("time", a, same_role[0], False))
    if left_a and left_b and (len(left_a) == len(left_b) == 1 or (not strict and len(left_a) == len(left_b))):
        for a, b in zip(list(left_a), list(left_b)):
            pairs.append(SlotPair("time", a, b, False))
            left_a.remove(a)
            left_b.remove(b)
    return pairs, left_a, left_b


_PHON = str.maketrans("gqhxzcdbwf", "kkkkssttvv")


def _phon(part: str) -> str:
    """A name part reduced to its consonant classes: Gaddafi / Каддафи, Morawiecki / Моравецкий."""
    out = re.sub(r"[aeiouyj]", "", part.lower()).translate(_PHON)
    return re.sub(r"(.)\1+", r"\1", out)


def _edits(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _keys_close(a: str, b: str) -> bool:
    """Two keys of one name: equal, one inside the other ("russia" / "russia-general-staff"),
    or transliterations whose consonant classes differ by at most one ("gdf" / "kdf")."""
    if a == b or a.startswith(b + "-") or b.startswith(a + "-") or a.endswith("-" + b) or b.endswith("-" + a):
        return True
    known_a, known_b = _canonical(a), _canonical(b)
    if known_a and known_b:
        return False  # two gazetteer names (ukraine / germany) are different names
    for x in (_phon(p) for p in a.split("-")):
        for y in (_phon(p) for p in b.split("-")):
            if x == y and len(x) >= 2:
                return True
            # two skeletons of transliterations (mrvk / mrvzk) may differ by one consonant
            if not (known_a or known_b) and min(len(x), len(y)) >= 4 and _edits(x, y) <= 1:
                return True
    return False


def _canonical(key: str) -> bool:
    """A gazetteer key ("ukraine", "saint-petersburg") rather than a consonant skeleton ("mrvk")."""
    return any(re.search(r"[aeiouy]", part[1:]) for part in key.split("-"))


def _named_in(key: str, text: str) -> bool:
    """The text names ``key`` even where its frame did not recognise it."""
    from crosscheck.relate.event_view import _name_key

    for tok in re.findall(r"\b[A-ZА-ЯЁ][\w’'-]{2,}", text):
        k = _name_key(tok)
        if k and _keys_close(k, key.split("-")[-1]):
            return True
    slug = key.replace("-", "")
    return bool(slug) and slug in re.sub(r"[^a-z]", "", _translit(text.lower()))


def _name_like(slot: Slot, text: str) -> bool:
    """A person's name rather than a capitalised word the recogniser took for one: two
    capitalised words ("Alexander Fleming"), or one that is not the sentence's first word
    and, in Russian, that the dictionary knows as a name or does not know at all."""
    words = slot.text.split()
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        return True
    if len(words) != 1 or text.lstrip(" «\"'(").startswith(slot.text):
        return False
    word = words[0]
    if re.search("[а-яё]", word, re.I):
        from crosscheck.frame._lazy import parse_ru

        parses = parse_ru(word)[:2]
        return not parses or any({"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(",")) for p in parses) or not any(
            getattr(p, "is_known", True) for p in parses)
    return not word.lower().endswith(("ly", "ers", "ists", "ians"))


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Continents and world regions (CLDR's numeric territories): a region and a city are
    places of different size, never a clash."""
    try:
        from babel import Locale

        names = [n for code, n in Locale("en").territories.items() if code.isdigit()]
    except Exception:  # pragma: no cover
        names = []
    return frozenset(re.sub(r"[^a-z]+", "-", n.lower()).strip("-") for n in names)


def is_region(key: str) -> bool:
    return key in _regions()


def _pair_entities(ea: list[Slot], text_a: str, eb: list[Slot], text_b: str, strict: bool) -> tuple[list[SlotPair], list[Slot], list[Slot]]:
    from crosscheck.frame.builder import is_country

    pairs, left_a, left_b = [], [], list(eb)
    for a in ea:
        hit = next((b for b in left_b if _keys_close(a.value, b.value)), None)
        if hit is None:
            left_a.append(a)
        else:
            left_b.remove(hit)
            pairs.append(SlotPair("entity", a, hit, True))
    # a name one side's frame missed but its text carries is no clash
    left_a = [a for a in left_a if not _named_in(a.value, text_b)]
    left_b = [b for b in left_b if not _named_in(b.value, text_a)]
    rest_a = []
    for a in left_a:
        if a.unit not in ("person", "place") or (a.unit == "person" and not _name_like(a, text_a)):
            rest_a.append(a)
            continue
        if a.unit == "place" and is_region(a.value):
            rest_a.append(a)
            continue
        if a.unit == "place" and " " in a.text.strip() and not _canonical(a.value):
            rest_a.append(a)  # "the Black Sea" / "Черное море": a name translated word by word
            continue
        same = [b for b in left_b if b.unit == a.unit and (a.unit != "person" or _name_like(b, text_b)) and (a.unit != "place" or (
            is_country(a.value) == is_country(b.value) and not is_region(b.value) and (" " not in b.text.strip() or _canonical(b.value))))]
        mine = [x for x in left_a if x.unit == a.unit and (a.unit != "place" or is_country(a.value) == is_country(x.value))]
        if same and (len(same) == 1 and len(mine) == 1 or (not strict and (len(same) == 1 or len(mine) == 1))):
            left_b.remove(same[0])
            pairs.append(SlotPair("entity", a, same[0], False))
        else:
            rest_a.append(a)
    return pairs, rest_a, left_b


def compare_slots(fa: ClaimFrame, text_a: str, lang_a: str, fb: ClaimFrame, text_b: str, lang_b: str,
                  *, strict: bool = False) -> SlotComparison:
    """Pair the slots of two claims that state the same statement.  ``strict``: the
    claims are paraphrases rather than translations, so only one-to-one leftovers pair."""
    na, ia = number_slots(fa, text_a)
    nb, ib = number_slots(fb, text_b)
    pairs: list[SlotPair] = []
    extra_a: list[Slot] = []
    extra_b: list[Slot] = []
    for got in (_pair_numbers(na, nb, strict), _pair_identifiers(ia, ib), _pair_times(time_slots(fa), time_slots(fb), strict),
                _pair_entities(entity_slots(fa), text_a, entity_slots(fb), text_b, strict)):
        pairs += got[0]
        extra_a += got[1]
        extra_b += got[2]
    pa, pb = predicates(text_a, lang_a), predicates(text_b, lang_b)
    (va, wa), (vb, wb) = negation_state(text_a, lang_a), negation_state(text_b, lang_b)
    # negation stated otherwise ("no doubt" / "не сомневаться") on one side only is translated freely
    flipped = wa == wb and va != vb
    na, nb = ("negative" if va else "positive"), ("negative" if vb else "positive")
    opposite = False
    for concept in sorted(set(pa) & set(pb)):
        (pole_a, wa), (pole_b, wb) = pa[concept], pb[concept]
        same = pole_a == pole_b
        if same == flipped:  # "rose" / "fell", or "rose" / "did not rise"
            pairs.append(SlotPair("predicate", Slot("predicate", wa, pole_a, concept), Slot("predicate", wb, pole_b, concept), False))
            opposite = opposite or not same
        else:
            pairs.append(SlotPair("predicate", Slot("predicate", wa, pole_a, concept), Slot("predicate", wb, pole_b, concept), True))
            opposite = opposite or not same
    if flipped and not opposite and not any(p.kind == "predicate" for p in pairs):
        pairs.append(SlotPair("polarity", Slot("polarity", na, na), Slot("polarity", nb, nb), False))
    return SlotComparison(tuple(pairs), tuple(extra_a), tuple(extra_b))


def _pair_identifiers(ia: list[Slot], ib: list[Slot]) -> tuple[list[SlotPair], list[Slot], list[Slot]]:
    pairs, left_a, left_b = [], [], list(ib)
    for a in ia:
        hit = next((b for b in left_b if b.value == a.value), None)
        if hit is None:
            left_a.append(a)
        else:
            left_b.remove(hit)
            pairs.append(SlotPair("identifier", a, hit, True))
    rest_a = []
    for a in left_a:
        same = [b for b in left_b if (a.unit or "") == (b.unit or "") or (a.unit and b.unit and _keys_close(a.unit, b.unit))]
        if len(same) == 1 and len(left_a) == 1:
            left_b.remove(same[0])
            pairs.append(SlotPair("identifier", a, same[0], False))
        else:
            rest_a.append(a)
    return pairs, rest_a, left_b
