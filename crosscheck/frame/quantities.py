"""Quantities: numbers and number words (EN/RU), percentages, money, counted nouns, bounds.

"more than 900,000 people" -> Quantity(value=900000, unit="people", bound="lower");
"более 20%" -> (20, "percent", "lower"); "около трёх тысяч" -> (3000, None, "approx");
"up to 5 million dollars" -> (5e6, "usd", "upper"). Numbers inside time expressions (days, years) are left to ``times``."""

from __future__ import annotations

import dataclasses
import functools
import math
import re

from crosscheck.model import Quantity
from crosscheck.frame.numerals import _EN_SCALES, _EN_UNITS, _ru_value, digits_value as _num_value
from crosscheck.lang.gazetteer import currency_units
from crosscheck.frame.offsets import with_offsets
from crosscheck.frame.compound_durations import with_compound_durations
from crosscheck.frame.race_times import with_race_times
from crosscheck.frame.labels import name_labels
from crosscheck.frame.signs import sign_before
from crosscheck.frame.figure_ranges import figure_ranges
from crosscheck.frame.multipliers import UNIT_WORDS as FACTOR_UNITS, multiplier_quantities
from crosscheck.frame.powers import power_quantities
from crosscheck.frame.temperatures import temperature_quantities
from crosscheck.frame.match_minutes import match_minutes
from crosscheck.frame.tallies import with_tallies
from crosscheck.frame.period_fractions import with_period_fractions
from crosscheck.frame.zero_counts import zero_counts
from crosscheck.frame.bounds import BOUND_CUES as _BOUND_CUES, bound_before as _bound_before, with_bound as _with_bound
from crosscheck.lang.resources import measures

__all__ = ["extract_quantities"]

_TOKEN = re.compile(
    r"\d{1,3}(?:[,\u00a0 ]\d{3})+(?:\.\d+)?(?![\d])|\d+(?:[.,]\d+)?|[$€£₽%]|[A-Za-zА-Яа-яЁё]+(?:[-‐][A-Za-zА-Яа-яЁё]+)*\.?"
)

_UNIT_TABLE = {
    "%": "percent", "percent": "percent", "per": None, "процент": "percent", "проц.": "percent",
    "$": "usd", "dollar": "usd", "usd": "usd", "доллар": "usd", "долл.": "usd", "долл": "usd",
    "€": "eur", "euro": "eur", "eur": "eur", "евро": "eur", "£": "gbp", "pound": "gbp",
    "₽": "rub", "rouble": "rub", "ruble": "rub", "рубль": "rub", "руб.": "rub", "руб": "rub",
    "manat": "azn", "манат": "azn",
    "people": "people", "person": "people", "persons": "people", "человек": "people", "люди": "people",
    "personnel": "people", "life": "people", "lives": "people", "жизнь": "people",  # "claimed 70 lives" / «унесло 17 жизней»
    "death": "people", "fatality": "people",  # "with 562 deaths" is a toll of people, as «без жертв» (round au)
    "km": "km", "kilometer": "km", "kilometre": "km", "километр": "km", "км": "km",
    "ton": "tonne", "tonne": "tonne", "тонна": "tonne", "т.": "tonne",
    "year": "year", "год": "year", "лет": "year", "month": "month", "месяц": "month",
    "day": "day", "день": "day", "week": "week", "неделя": "week",
    "meeting": "meeting", "встреча": "meeting", "visit": "visit", "визит": "visit", "vote": "vote", "голос": "vote",
    "soldier": "troops", "troop": "troops", "военнослужащий": "troops", "военный": "troops", "солдат": "troops",
    "tourist": "tourists", "турист": "tourists",
}
_UNIT_TABLE.update(currency_units())  # yuan, hryvnia, manat ... from lang/gazetteer/currencies.tsv
_SKIP_NEXT_EN = {"of", "the", "a", "an", "more", "new", "other", "such", "additional", "times", "and", "or"}
#: Words that are never the unit of the number before them ("1905 in Moscow", "1337 по").
_NOT_UNITS = frozenset(
    "to in on at by for of from with and or but than as into per is are was were has have had the a an this that "
    "these those it its which who after before since until till during about over under between "
    "в во на по с со до из за и или к ко от у о об при для через после перед между над под но а что как это "
    "год года году лет".split())
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th|-?(?:й|я|е|го|м|х|му|ми|ом))\b", re.I)


#: "and a half", «с половиной»: half a unit more; «с лишним», «с небольшим»: a lower bound («пять с лишним недель»: co).
_HALF = {"en": re.compile(r"and\s+a\s+half(?![\w-])", re.I), "ru": re.compile(r"с\s+(?:половиной|(?P<odd>лишним|небольшим|лишком)(?![\w-])(?!\s+[а-яё]+(?:ом|ем|ём|ой|ей|ью|ами|ями)(?![\w-])))(?![\w-])", re.I)}

#: "per hour", "an hour", «в час», "/h", «/ч» after a unit of length (a speed); "per second", «в секунду», "/s", «/с».
_PER_TIME = re.compile(r"\s*(?:/\s*(?:h|hr|ч|час)|\s(?:per|an?)\s+hour|\sв\s+час|(?P<s>/\s*(?:s|sec|с|сек)|\sper\s+second|\sв\s+секунду))(?![\w-])",
                       re.I)


def measure_dim(unit: str | None) -> str | None:
    """The dimension of a unit of measure (``lang/measures.tsv``), None for other units."""
    from crosscheck.lang.resources import measures

    got = measures().get((unit or "").lower())
    return got[0] if got else None


def _is_num_token(tok: str) -> bool:
    return bool(re.fullmatch(r"[\d][\d,.\u00a0 ]*", tok))


def _word_kind(tok: str) -> tuple[str, float] | None:
    """('unit'|'scale', value) for a number word, else None."""
    w = tok.lower().rstrip(".")
    if "-" in w and all(p in _EN_UNITS for p in w.split("-")):
        return "unit", float(sum(_EN_UNITS[p] for p in w.split("-")))
    if w in _EN_UNITS and w not in ("a", "an", "both", "single", "couple", "dozens"):
        return "unit", float(_EN_UNITS[w])
    if w in _EN_SCALES and w not in ("m", "k"):
        return "scale", float(_EN_SCALES[w])
    hit = _ru_value(tok.lower())
    if hit:
        v, is_scale = hit
        return ("scale" if is_scale else "unit"), float(v)
    return None


def _unit_of(word: str, lang: str) -> str:
    w = re.sub(r"-(?:long|tall|high|wide|deep|thick)$", "", word.lower())  # "325-meter-long": metres (round ap)
    if w in _UNIT_TABLE and _UNIT_TABLE[w]:
        return _UNIT_TABLE[w]
    w = w.rstrip(".")
    if lang == "ru" and re.search("[а-яё]", w):
        from crosscheck.frame._lazy import parse_ru

        ps = parse_ru(w.rstrip("."))
        for p in ps[:3]:
            if "NOUN" in p.tag:
                lem = p.normal_form
                return _UNIT_TABLE.get(lem, lem)
        return _UNIT_TABLE.get(ps[0].normal_form, ps[0].normal_form) if ps else w
    base = w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w
    if w.endswith("ies") and len(w) > 4:
        base = w[:-3] + "y"
    return _UNIT_TABLE.get(base, base)


def _year_like(value: float) -> bool:
    return float(value).is_integer() and 1000 <= value <= 2100


def _years_after(word: str, kind: str, value: float) -> bool:
    """«года», «лет» after a numeral in words («почти два года», «пять лет») or «лет» after a count of digits («30 лет»): a duration
    in years; after a digit year («2008 года», «с 862 года») the word is the year's, not a unit."""
    w = word.lower().rstrip(".")
    return (kind == "word" and w in ("год", "года", "лет")) or (kind == "digit" and w == "лет" and not (
        value >= 1000 and _year_like(value)))  # «800 тыс. лет», «5000 лет» (round bq)


def _is_noun_like(word: str, lang: str) -> bool:
    if lang == "ru":
        from crosscheck.frame._lazy import parse_ru

        ps = parse_ru(word.lower().rstrip("."))
        return bool(ps) and any("NOUN" in p.tag or "NUMR" in p.tag for p in ps[:2])
    return word.isalpha() and word.lower() not in _SKIP_NEXT_EN


@functools.lru_cache(maxsize=None)
def _one_of(lang: str) -> re.Pattern:
    from crosscheck.lang.resources import tsv

    pats = [r["pattern"] for r in tsv("one_of.tsv") if r["lang"] == lang]
    return re.compile(r"(?<![\w-])(?:" + "|".join(pats) + r")(?![\w-])", re.I)


@functools.lru_cache(maxsize=None)
def _ranks(lang: str) -> tuple[re.Pattern, tuple[tuple[re.Pattern, float], ...]]:
    """An ordinal with a superlative or a measure after it ("the second-highest", «третья по высоте»: ``lang/ranks.tsv``),
    and each ordinal's value."""
    from crosscheck.lang.resources import tsv

    rows = [r for r in tsv("ranks.tsv") if r["lang"] == lang]
    ords = [(r["form"], float(r["value"])) for r in rows if r["kind"] == "ordinal"]
    after = [r["form"] for r in rows if r["kind"] == "after"]
    alts = "|".join(f for f, _ in ords) + (r"|\d+(?:st|nd|rd|th)" if lang == "en" else "")
    rx = re.compile(r"(?<![\w-])(?P<ord>" + alts + r")(?:" + "|".join(after) + r")(?![\w-])", re.I)
    return rx, tuple((re.compile(f, re.I), v) for f, v in ords)


def _rank_value(word: str, lang: str) -> float:
    digits = re.match(r"\d+", word)
    if digits:
        return float(digits.group(0))
    return next(v for rx, v in _ranks(lang)[1] if rx.fullmatch(word))


def _vague_scale(text: str, tok: str, start: int) -> bool:
    """A Russian scale word in the plural with no number before it («тысячи людей», «несколько десятков», «миллионы
    зрителей») is a vague amount, no figure; «тысячи» after a bound cue («около тысячи») is the singular genitive,
    «десяток» the singular nominative."""
    from crosscheck.frame._lazy import parse_ru

    tags = [str(p.tag) for p in parse_ru(tok.lower().rstrip("."))[:4] if "NOUN" in str(p.tag)]
    if not tags or tok.lower().rstrip(".") in ("тыс", "млн", "млрд", "трлн"):
        return False
    if all("plur" in t for t in tags):
        return True
    singular = any("sing" in t and ("nomn" in t or "accs" in t) for t in tags)
    return any("plur" in t for t in tags) and not singular and _bound_before(text, start)[0] == "exact"


def extract_quantities(text: str, lang: str = "en", skip: list[tuple[int, int]] | None = None) -> list[Quantity]:
    # "one of the largest" / «одна из крупнейших»: a member of a group, a figure of its own unit (``lang/one_of.tsv``)
    skip = list(skip or [])
    lang2 = "ru" if lang == "ru" else "en"
    members = [m for m in _one_of(lang2).finditer(text) if not any(x <= m.start() < y for x, y in skip)]
    skip += [m.span() for m in members]
    # "the second-highest mountain" / «третья по высоте вершина»: a rank, a figure of its own unit (``lang/ranks.tsv``)
    ranks = [m for m in _ranks(lang2)[0].finditer(text) if not any(x <= m.start() < y for x, y in skip)]
    skip += [m.span() for m in ranks]
    # "−89.2 °C", «40 градусов мороза»: a signed temperature in degrees Celsius (``frame/temperatures.py``); "doubled",
    # «дважды»: a factor, unit "times" (``frame/multipliers.py``); "10⁻⁸", "one part in a million" (``frame/powers.py``)
    temps: list[Quantity] = []
    for found in (temperature_quantities(text, lang2), multiplier_quantities(text, lang2), power_quantities(text, lang2)):
        got = [q for q in found if not any(x <= q.pos < y for x, y in skip)]
        temps, skip = temps + got, skip + [(q.pos, q.pos + len(q.text)) for q in got]
    toks = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out: list[Quantity] = []
    spans: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        tok, a, b = toks[i]
        if any(x <= a < y for x, y in skip):
            i += 1
            continue
        kind = None
        value = None
        if _is_num_token(tok):
            value = _num_value(tok, lang) / (10 ** len(tok) if text[max(0, a - 2):a] in ("$.", "€.", "£.") else 1)  # "$.50"
            kind = "digit"
        else:
            wk = _word_kind(tok)
            if wk and wk[0] == "unit":
                value = wk[1]
                kind = "word"
            elif wk and wk[0] == "scale" and i > 0 and toks[i - 1][0].lower() in ("a", "an", "one"):
                value = 1.0
                kind = "word"
                i -= 1
                tok, a, b = toks[i]
            elif wk and wk[0] == "scale" and lang == "ru" and not _vague_scale(text, tok, a):
                value = 1.0  # «тысяча», «десяток» alone: one of the scale, read below from the scale word itself
                kind = "word"
        if value is None:
            i += 1
            continue
        if kind == "digit" and _ORDINAL_SUFFIX.match(text, b):
            i += 1  # an ordinal ("the 22nd", "12-й"), not an amount
            continue
        # accumulate a number phrase
        j = i + 1
        if kind == "word" or kind == "digit":
            total, odd = 0.0, False
            current = value if not (kind == "word" and toks[i][0].lower() in ("a", "an", "one") and i + 1 < n and _word_kind(toks[i + 1][0]) and _word_kind(toks[i + 1][0])[0] == "scale") else value
            if lang == "ru" and kind == "word" and _word_kind(toks[i][0]) and _word_kind(toks[i][0])[0] == "scale":
                current = 1.0
                j = i
            while j < n:
                t2 = toks[j][0]
                if any(x <= toks[j][1] < y for x, y in skip):
                    break
                wk = _word_kind(t2)
                if wk is None:
                    if t2.lower() in ("and", "и") and j + 1 < n and _word_kind(toks[j + 1][0]) and kind == "word":
                        j += 1
                        continue
                    half = _HALF.get(lang2)
                    if half and current and float(current).is_integer() and (hm := half.match(text, toks[j][1])):
                        # "two and a half million", «два с половиной миллиона», «3 с половиной тысячи»: N.5
                        somewhat = bool(hm.groupdict().get("odd"))  # «с лишним»: no half, a lower bound
                        end, odd, current = hm.end(), odd or somewhat, current + (0 if somewhat else 0.5)
                        while j < n and toks[j][1] < end:
                            j += 1
                        continue
                    break
                if wk[0] == "scale":
                    if wk[1] == 100:
                        current = (current or 1) * 100
                    else:
                        total += (current or 1) * wk[1]
                        current = 0
                elif kind == "word":
                    current += wk[1]
                else:
                    break
                j += 1
            value = total + current
        end_i = j - 1
        start_char = toks[i][1]
        end_char = toks[end_i][2]
        # unit
        unit = None
        k = j
        if i > 0 and toks[i - 1][0] in "$€£₽":
            unit = _UNIT_TABLE[toks[i - 1][0]]
            start_char = toks[i - 1][1]
        if k < n and unit is None:
            t2 = toks[k][0]
            low = t2.lower()
            if t2 == "%":
                unit, end_char = "percent", toks[k][2]
            elif low == "per" and k + 1 < n and toks[k + 1][0].lower() == "cent":
                unit, end_char = "percent", toks[k + 1][2]
            elif k + 1 < n and f"{low} {toks[k + 1][0].lower().rstrip('.')}" in measures() and text[toks[k][2]:toks[k + 1][1]] == " ":
                # a unit of two words ("7.9 light years", «26 000 световых лет», "1.5 astronomical units"; round bn)
                unit, end_char = f"{low} {toks[k + 1][0].lower().rstrip('.')}", toks[k + 1][1] + len(toks[k + 1][0].rstrip("."))
            elif re.match("[A-Za-zА-Яа-яЁё$€£₽]", t2) and toks[k][1] - end_char <= 2 and not re.search(r"[()\[\]]" if _year_like(value) else r"[()\[\],;]", text[end_char:toks[k][1]]):
                # round w: no unit read past a closing bracket ("piles 1, 4, 7, and 10) get dealt": 10 is no count of "get"),
                # round ac: nor past an opening one («версии 3 (т. н. …)»: 3 is no count of tonnes); round ap: nor past a
                # comma ("currently 9, see": no count of "see"; «2, см.» no centimetres), save after a year-like figure, which
                # without a word after it would be read as nothing at all ("in the year 1905, first")
                cand = [k]
                if k + 1 < n and toks[k + 1][1] - toks[k][2] <= 2:
                    cand.append(k + 1)
                cand = [c for c in cand if not any(x <= toks[c][1] < y for x, y in skip)]
                chosen = None
                for c in cand:
                    u = _unit_of(toks[c][0], lang)
                    if u in _UNIT_TABLE.values():
                        chosen = c
                        break
                if chosen is None and cand and _unit_of(toks[cand[0]][0], lang) in measures():
                    chosen = cand[0]  # "45-minute halves", "a 10-kilometre race": the measure, not the thing measured
                if chosen is None and cand:
                    first = toks[cand[0]][0]
                    if lang == "en":
                        if len(cand) > 1 and not first.lower().endswith("s") and toks[cand[1]][0].lower().endswith("s") and toks[cand[1]][0].islower():
                            chosen = cand[1]
                        elif first.islower() and first.lower() not in _SKIP_NEXT_EN:
                            chosen = cand[0]
                    else:
                        for c in cand:
                            if _is_noun_like(toks[c][0], lang) and toks[c][0][:1].islower():
                                chosen = c
                                break
                per = _PER_TIME.match(text, toks[cand[0]][2]) if cand and measure_dim(_unit_of(toks[cand[0]][0], lang)) == "length" else None
                if per:  # "70 miles per hour", «110 км/ч», «300 м/с»: a speed, not a distance
                    chosen = cand[0]
                if chosen is not None and (toks[chosen][0].lower().rstrip(".") not in _NOT_UNITS or _years_after(toks[chosen][0], kind, value)):
                    unit = _unit_of(toks[chosen][0], lang)
                    end_char = toks[chosen][2]
                    if per:
                        unit, end_char = f"{unit}/{'s' if per.group('s') else 'h'}", per.end()
        # a bare year-like number without a unit is not a quantity
        if kind == "digit" and unit is None and 1800 <= value <= 2100 and float(value).is_integer() and "," not in tok:
            i = j
            continue
        # a sign written before a figure ("−2.5 %", "+3 млрд", "−$3 billion") is part of its text (``frame/signs.py``):
        # two figures whose written signs differ are two values, one written without a sign compares by its size
        signed = sign_before(text, start_char, lang2) if kind == "digit" else None
        if signed is not None:
            start_char = signed[1]
        # bound cue before the number
        before = text[max(0, start_char - 48) : start_char].lower()
        bound, start_char = _bound_before(text, start_char)
        if bound == "lower" and unit in ("year", "month", "week", "day") and re.search(r"\bover\s*$", before):
            bound = "exact"  # "over 10 months" is a period of time, not a bound
        if bound == "exact" and (odd or re.search(r"\b(?:plus|\+)\s*$|^\+", text[end_char : end_char + 6])):
            bound = "lower"
        if bound == "upper" and re.search(r"(?:до|to)\s*$", before) and re.search(
            r"(?:вырос|выросл|снизил|замедлил|ускорил|сократил|увеличил|уменьшил|упал|упа|подня|повыси|пониз|достиг|дошл|rose|fell|grew|slowed|climbed|dropped|increased|decreased|accelerated|jumped|declined|cut|raised|lowered)\w*\s+(?:[\w-]+\s+){0,4}(?<!\bup\s)(?<!вплоть\s)(?:до|to)\s*$",
            before + " ", re.I):
            bound = "exact"  # "замедлилась до 11%", "slowed to 39.6%", «поднял предельную скорость до 30» (cl): the new value
        if not math.isfinite(value) or abs(value) > 1e15:  # "10^400", 400-digit strings: not a figure anyone states
            i = max(j, i + 1)
            continue
        if kind != "digit" and value == 1 and re.search(r"(?<![\w-])ни\s*$", text[max(0, start_char - 4):start_char], re.I):
            i = max(j, i + 1)  # «ни одна женщина … не»: negative concord ("no woman"), no figure (round z)
            continue
        qtext = text[start_char:end_char]
        if qtext.endswith(".") and not re.search(r"(?<![\w-])(?:млн|млрд|трлн|тыс|руб|долл|км|т|г|проц|mln|bln|bn|k|m|km|Rs|no)\.$", qtext, re.I):
            qtext = qtext[:-1]
        out.append(Quantity(qtext, float(value), unit, bound, start_char))
        spans.append((start_char, end_char))
        i = max(j, i + 1)
    out = figure_ranges(text, out, spans) + [Quantity(m.group(0).split()[0], 1.0, "one-of", "exact", m.start()) for m in members]
    out += [Quantity(m.group(0), _rank_value(m.group("ord"), lang2), "rank", "exact", m.start()) for m in ranks]
    out += [_with_bound(text, t) for t in temps]
    out += [z for z in zero_counts(text, lang2) if not any(x <= z.pos < y for x, y in skip + spans)]  # «без жертв» (round au)
    out = [dataclasses.replace(q, unit=FACTOR_UNITS[q.unit]) if q.unit in FACTOR_UNITS else q for q in out]
    out = with_period_fractions(text, lang2, _with_fractions(text, lang, _lone_units(text, lang, out, skip), skip), skip) + match_minutes(text, lang)  # cl, ai
    out = with_tallies(text, lang, out)  # "ruled 7-1", «пятью голосами против четырёх» (round aj)
    out = name_labels(text, lang2, out, set(_UNIT_TABLE.values()) | set(measures()), _UNIT_TABLE, _BOUND_CUES, _word_kind)
    out = with_race_times(text, with_compound_durations(text, lang2, out, _word_kind))  # «двадцатилетнего» (bn), "1:41.11" (cd)
    return with_offsets(text, lang2, out, measure_dim)  # "30 km south-east of Kumasi": where, not how large (round bn)


@functools.lru_cache(maxsize=None)
def _lone_unit_table(lang: str) -> tuple[re.Pattern, dict[str, tuple[str, float]]]:
    """The units of ``lang/lone_units.tsv`` after a bound word, as one pattern, and each form's (unit, value)."""
    from crosscheck.lang.resources import split, tsv

    forms: dict[str, tuple[str, float]] = {}
    for r in tsv("lone_units.tsv"):
        for w in split(r["ru" if lang == "ru" else "en"]):
            forms[w.lower()] = (r["unit"], float(r["value"]))
    cues = [c for c, _ in _BOUND_CUES if c not in ("до", "to", "under", "over", "some")]
    words = "|".join(sorted((re.escape(w) for w in forms), key=len, reverse=True))
    article = r"(?:a|an)\s+" if lang != "ru" else ""
    rx = re.compile(rf"(?<![\w-])({'|'.join(re.escape(c) for c in cues)})\s+{article}({words})(?![\w-])", re.I)
    return rx, forms


def _lone_units(text: str, lang: str, out: list[Quantity], skip: list[tuple[int, int]]) -> list[Quantity]:
    """A unit of time with no numeral after a bound word ("about a year", «около года»: ``lang/lone_units.tsv``) is a figure of
    one unit, so "about three years" / «около года» is a clash and "about a year" / «около 12 месяцев» an agreement."""
    rx, forms = _lone_unit_table("ru" if lang == "ru" else "en")
    bounds = dict(_BOUND_CUES)
    for m in rx.finditer(text):
        if any(x <= m.start() < y for x, y in skip) or any(q.pos is not None and m.start() <= q.pos < m.end() for q in out):
            continue
        unit, value = forms[m.group(2).lower()]
        out.append(Quantity(m.group(0), value, unit, bounds[m.group(1).lower()], m.start()))
    return sorted(out, key=lambda q: q.pos if q.pos is not None else -1)


def _with_fractions(text: str, lang: str, out: list[Quantity], skip: list[tuple[int, int]]) -> list[Quantity]:
    """Shares stated as fractions ("about a fifth of", «две трети»: ``fractions.py``) in percent, with the bound written
    before them; a figure read inside one ("two thirds" as 2 "third") gives way."""
    from crosscheck.frame.fractions import fraction_quantities

    for f in fraction_quantities(text, lang):
        end = f.pos + len(f.text)
        if any(x <= f.pos < y for x, y in skip):
            continue
        out = [q for q in out if q.pos is None or not (f.pos <= q.pos < end or q.pos <= f.pos < q.pos + len(q.text))]
        before = text[max(0, f.pos - 24):f.pos].lower()
        bound, start = "approx", f.pos  # a fraction is a round share: "a third" is 30 % as much as 33 %
        for cue, bd in _BOUND_CUES:
            if re.search(r"(?:^|[\s(«\"])" + re.escape(cue) + r"(?:\s+(?:на|by|в|of))?\s*$", before):
                bound, start = bd, f.pos - (len(before) - before.rfind(cue))
                break
        out.append(dataclasses.replace(f, text=text[start:end], bound=bound, pos=start))
    return sorted(out, key=lambda q: q.pos if q.pos is not None else -1)
