"""Which two figures may state one value: their units (a length never pairs with a mass, a rank with a count, two coins
with each other) and, in a paraphrase, a count of things never stands for a measure or a duration.  Split from
``slots.py`` (round ap)."""

from __future__ import annotations

import functools
import math
import re

from crosscheck.frame.labels import label_by_noun

from crosscheck.relate.money_units import currency_codes
from crosscheck.relate.roundings import decimals, roundness
from crosscheck.relate.slot_values import Slot, _KNOWN_UNITS, _TIME_UNITS, measure

__all__ = ["plain_unit", "units_pairable", "count_against_measure", "converted_rounding"]


def plain_unit(unit: str | None) -> bool:
    """A unit that names the things counted (a noun: «46 хромосом»), not a measure, a time or a known unit, and not
    missing: "roughly 3 billion DNA base pairs" reads no noun, so «трёх миллиардов пар» counts the same pairs (round r)."""
    return bool(unit) and not (unit in _TIME_UNITS or unit in _KNOWN_UNITS or measure(unit) or unit in ("one-of", "rank"))


#: An ordinal in figures ("113th", «113-й»): the N-th minute of a match (``frame/match_minutes.py``), not a span of minutes.
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|-?(?:й|го|ой|ом|ю|я))(?![\w])", re.I)


def units_pairable(a: Slot, b: Slot) -> bool:
    ua, ub = a.unit, b.unit
    if "one-of" in (ua, ub):
        return ua == ub  # "one of the largest" / «одна из»: a member of a group, never a count ("тысячи вкладчиков")
    if "rank" in (ua, ub) or "weekday" in (ua, ub):
        return ua == ub  # "the second-highest" / «третья по высоте»: a place in an order, never a count or a measure
    if ua == ub == "label" and label_by_noun(a.text) != label_by_noun(b.text):
        return False  # "a Boeing 737" / «рейса 363»: a plane's type and a flight's number, two labels (round cf)
    if "label" in (ua, ub):
        # "Expo 58", «Ту-154», "Windows 10": a number naming a thing pairs with another label or a figure of no known unit
        # ("Heading 16" / «Заголовок 1»), never with a count, a time or a measure ("Expo 58" / «высотой 102 м»)
        other = ub if ua == "label" else ua
        return other in (None, "label") or not (other in _KNOWN_UNITS or other in _TIME_UNITS or measure(other))
    if _age(a) or _age(b):  # an age ("17-year-old", «18-летний юноша») is told as an age, in years («в 17 лет») or bare,
        # never as a count of things («два золота»: round cm); the same figure still states it ("took charge at 19")
        return all(_age(s) or s.unit in ("year", None) for s in (a, b)) or a.value == b.value
    if ua in _TIME_UNITS and ub in _TIME_UNITS:
        return True
    if None in (ua, ub) and any(s.unit == "minute" and s.bound == "approx" and _ORDINAL.search(s.text) for s in (a, b)):
        return False  # the minute of a match («на 113-й минуте») is no bare figure of the other side (a score, "2–1": round cn)
    ma, mb = measure(ua), measure(ub)
    if "times" in (ua, ub) and (ma or mb or ua in _TIME_UNITS or ub in _TIME_UNITS):
        return False  # a factor ("almost twice his size", «почти вдвое») is no length or time («за два часа»: round cl)
    if ma and mb:
        return ma[0] == mb[0]  # a length never pairs with a mass ("5 km" / "5 кг")
    if {ua, ub} == {"people", "troops"} and a.role == b.role == "dead":
        return True  # "cost the lives of 18 Australian soldiers" / «потеряли 28 человек убитыми»: one toll (round bs)
    if (ua in _KNOWN_UNITS or ua in currency_codes()) and (ub in _KNOWN_UNITS or ub in currency_codes()):
        return ua == ub  # "one penny" / «один шиллинг»: two coins (round ao)
    return True


@functools.lru_cache(maxsize=1)
def _age_rx() -> tuple[re.Pattern, ...]:
    from crosscheck.lang.resources import tsv

    return tuple(re.compile(r["pattern"], re.I) for r in tsv("age_forms.tsv"))


def _age(s: Slot) -> bool:
    """A figure stating an age ("17-year-old", «18-летний юноша»: ``lang/age_forms.tsv``; a noun the pattern names must be
    a living being's)."""
    return s.unit == "year-old" or (bool(s.text) and _age_text(s.text))


@functools.lru_cache(maxsize=16384)  # asked for both figures of every pair of figures the slots try
def _age_text(text: str) -> bool:
    return any((m := rx.search(text)) and ("noun" not in rx.groupindex or _animate(m.group("noun"))) for rx in _age_rx())


def _animate(word: str) -> bool:
    from crosscheck.frame._lazy import parse_ru

    parses = parse_ru(word.lower())
    return bool(parses) and parses[0].tag.POS == "NOUN" and "anim" in parses[0].tag


def count_against_measure(a: Slot, b: Slot) -> bool:
    """A count of things against a measure or a duration ("three gold medals" / «забеги на 1500 … м», "nine volumes" /
    «около семи лет»): in a paraphrase, or with bounds that differ, two quantities, not one value changed (round ap); a
    translation may read one unit two ways ("the 12 o'clock position" / «позиция 12 часов»)."""
    ua, ub = a.unit, b.unit
    ma, mb = _countless(ua), _countless(ub)
    return ma != mb and plain_unit(ub if ma else ua)


def _countless(unit: str | None) -> bool:
    """A length, an area, a volume, a mass or a time: what no count of things states ("−183 °C" / «минус 163 градусах»
    may be one temperature read two ways)."""
    m = measure(unit)
    return unit in _TIME_UNITS or bool(m and m[0].split("^")[0] in ("length", "mass", "time"))


def _half_step(v: float) -> float:
    """Half a step of a figure's last digit (15: 0.5, 26.2: 0.05, 1,500: 50), at most 3 % of the figure: "1,000 feet" is
    not any height from 500 to 1,500 feet."""
    step = 0.5 * 10 ** (roundness(v) if float(v).is_integer() else -decimals(v))
    return min(step, 0.03 * abs(v))


def _metric(factor: float) -> bool:
    power = math.log10(factor)
    return abs(power - round(power)) < 1e-6


def converted_rounding(a: Slot, b: Slot) -> bool:
    """Round cb: two figures of one measure, one in a metric unit and one in another system ("a top speed of 15 mph" /
    «не более чем до 24 км/ч», "70 mph" / «до 112 км/ч»): a converted figure is rounded, so the two state one value when
    they lie within half a step of the coarser figure's last digit (at most 3 % of it).  Bounds that point apart ("over
    100 km/h" / «менее 60 миль в час») never state one value.  Two metric units (metres, kilometres) convert exactly,
    and two units of one other system (feet, inches), times and temperatures, and approximate figures have tests of
    their own."""
    ma, mb = measure(a.unit), measure(b.unit)
    if not (ma and mb and ma[0] == mb[0] != "temperature") or "approx" in (a.bound, b.bound):
        return False
    if _metric(ma[1]) == _metric(mb[1]) or {a.bound, b.bound} == {"lower", "upper"}:
        return False
    va, vb = a.value * ma[1], b.value * mb[1]
    return abs(va - vb) <= max(_half_step(a.value) * ma[1], _half_step(b.value) * mb[1])
