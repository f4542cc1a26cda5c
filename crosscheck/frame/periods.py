"""Historical periods: bare years of any age, BC years, year ranges, centuries.

"in 1337", "в 1147 году", "from 1337 to 1453", "с 1337 по 1453 год", "44 BC",
"в 44 году до н. э.", "the 12th century", "XII век", "в XVII—XVIII веках",
"the 17th-18th centuries", "в конце XV века".

``years_of(text)`` gives the period as a pair of integer years (negative for BC,
astronomical numbering is not needed for comparisons); ``find_periods`` gives
the spans ``times.extract_times`` adds as ``TimeSpan`` objects.  A BC period
has no calendar date (``datetime.date`` starts at year 1): its ``TimeSpan`` keeps
``start``/``end`` None and the text, from which ``years_of`` reads the years.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re

from crosscheck.frame.spans import free_span
from crosscheck.model import TimeSpan

__all__ = ["find_periods", "years_of", "roman_to_int"]

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_RX = r"(?:X{0,2}(?:IX|IV|V?I{0,3}))"
_BC_EN = r"(?:\s*(?:BC|B\.C\.|BCE|B\.C\.E\.))"
_BC_RU = r"(?:\s*до\s+(?:н\.\s*э\.|нашей\s+эры|Р\.\s*Х\.))"
_AD = r"(?:\s*(?:AD|A\.D\.|CE|н\.\s*э\.|нашей\s+эры))"
#: English ordinals in words up to the twenty-first, for centuries ("the fifth century BC", "the twelfth century")
_ORD_WORDS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)} | {"twenty-first": 21}
_ORD_WORD_RX = "|".join(sorted(_ORD_WORDS, key=len, reverse=True))
_ORD_EN = r"(?:(?P<c1>\d{1,2})(?:st|nd|rd|th)|(?P<w1>" + _ORD_WORD_RX + r"))"
_DASH = r"\s*(?:[-–—]|to|and|или|и|по)\s*"

_PATTERNS = [
    # centuries, English: "the 12th century", "the 17th-18th centuries", "the 5th century BC"
    ("century", re.compile(
        r"\b(?:(?P<part>early|late|mid|the\s+(?:beginning|end|middle|turn)\s+of\s+the|the\s+(?:early|late|mid))[\s-]+)?(?:the\s+)?" + _ORD_EN
        + r"(?:" + _DASH + r"(?:the\s+)?(?:(?P<c2>\d{1,2})(?:st|nd|rd|th)|(?P<w2>" + _ORD_WORD_RX + r")))?[\s-]+centur(?:y|ies)(?P<bc>" + _BC_EN + r")?", re.I)),
    # centuries, Russian: "XII век", "в XVII—XVIII веках", "12-м веке", "V века до н. э.", «XVII столетие» (round bl)
    ("century", re.compile(
        r"(?:\b(?P<part>начал[еоау]|конц[еау]|конец|середин[еыау]|рубеж[еау]?|перв(?:ой|ая)\s+половин[еыау]|втор(?:ой|ая)\s+половин[еыау])\s+)?"
        r"(?<![\w-])(?P<r1>" + _ROMAN_RX + r"|\d{1,2})(?:-?(?:м|го|й|ом))?(?:" + _DASH + r"(?P<r2>" + _ROMAN_RX + r"|\d{1,2})(?:-?(?:м|го|й|ом))?)?"
        r"\s+(?:век(?:а|е|ом|у|ов|ах|ами)?|вв?\.|столети(?:е|я|и|ем|й|ях|ями))(?!\w)(?P<bc>" + _BC_RU + r")?")),
    # BC years: "44 BC", "в 44 году до н. э.", "около 2560 года до н. э."
    ("bc", re.compile(r"(?<![\w.,])(?P<y>\d{1,4})(?:" + _DASH + r"(?P<y2>\d{1,4}))?\s*(?:(?:года?|году|гг\.|г\.)\s*)?(?:" + _BC_EN + "|" + _BC_RU + ")", re.I)),
    # year ranges of any age: "from 1337 to 1453", "from around 240 to 550 CE", "с 1337 по 1453 год", "в 1337—1453 годах";
    # not a range of measures ("between 156 and 163 grams": round cp)
    ("range", re.compile(r"\b(?:from|between)\s+(?:the\s+years?\s+)?(?:(?:around|about|circa|c\.|ca\.)\s+)?(?P<y>\d{3,4})\s+(?:to|and|until|till|through)\s+(?:(?:around|about|circa|c\.|ca\.)\s+)?(?P<y2>\d{3,4})\b(?P<ad>" + _AD + r")?"
                         r"(?!\s*(?:%|percent|grams?|kilograms?|kg|tonnes?|tons?|metres?|meters?|kilometres?|kilometers?|km|miles?|feet|people)\b)"
                         r"|\b(?:с|в|со)\s+(?P<ry>\d{3,4})\s*(?:года?\s*)?(?:[-–—]|по|до)\s*(?P<ry2>\d{3,4})\s*(?:годах|годы|год|гг\.?|г\.?)", re.I)),
    # two years joined by a dash, with no preposition: "1866—1903 гг.", "(1892—1894)", "Dahomey (1730 - 1894)";
    # not a span of figures with a unit ("1200-1500 km")
    ("range", re.compile(r"(?<![\w.,])(?:(?:ок|c|ca)\.\s*)?(?P<y>\d{4})\s*[-–—]\s*(?:(?:ок|c|ca)\.\s*)?(?P<y2>\d{4})(?![\w.,]?\d)"
                         r"(?:\s*(?:гг\.?|годах|годы|годов|год)(?!\w)|(?!\s*(?-i:[a-zа-яё%$€£])))", re.I)),
    # years of our era marked as such, of any size (round y): "AD 31", "31 CE", «в 31 году н. э.», «68 г. н.э.»; after the
    # ranges, which may end in one ("from around 240 to 550 CE")
    ("year", re.compile(r"(?<![\w.,])(?:(?:AD|A\.D\.)\s+(?P<cy>\d{1,4})(?![\d.,]\d)|(?P<ry>\d{1,4})\s*(?:(?:года?|году|годом|г\.)\s*)?"
                        r"(?P<ad>(?:AD|A\.D\.|CE|н\.\s*э\.|нашей\s+эры))(?!\w))", re.I)),
    # a year alone in parentheses or closing a citation, and a copyright year: "(1907)", "(Cenev G, 2003)",
    # "(1885, Кронштадт", "© 2023"
    ("year", re.compile(r"(?<=\()\s*(?:(?:ок|c|ca)\.\s*)?(?P<y>1[5-9]\d\d|20\d\d)(?=\s*[),;])|,\s*(?P<ry>1[5-9]\d\d|20\d\d)\s*(?=\))|©\s*(?P<cy>1[5-9]\d\d|20\d\d)(?!\d)", re.I)),
    # bare years of any age after a preposition: "in 1147", "by 988 AD", "в 1147 году", "1147 год"; round cp: the last year
    # of a list before «гг.» («(1960 и 1964 гг.)»: the years before it are read as listed, ``times._listed_years``), not the
    # end of a range no range pattern took («1904—1902 гг.») nor a year before «до н. э.»
    ("year", re.compile(r"\b(?:(?P<yw>(?:in\s+)?the\s+year)|(?P<prep>in|since|until|till|by|before|after|from|during|around|circa|c\.))\s+(?P<y>\d{3,4})\b(?P<ad>" + _AD + r")?(?!\s*(?:%|[-–]\d|percent|people|km|metres|meters|dollars))"
                        r"|(?<![\w.,])(?<![-–—])(?<![-–—]\s)(?P<ry>\d{3,4})\s*(?:года|году|годом|годов|годах|год|гг\.|г\.)(?!\w)(?!\s*до\s+н)", re.I)),
    # a year after a name's possessive, before a noun in the singular (round cb): "John Ostrom's 1969 description",
    # "Picasso's 1907 painting"; not a count ("the club's 2000 members", "the city's 1800 residents")
    ("year", re.compile(r"(?<=\w['’]s\s)(?P<y>(?:18|19|20)\d\d)(?=\s+[a-z])(?!\s+(?:[a-z]+s|people|persons|men|women|"
                        r"children|staff|police|troops|km|kilometers|dollars|percent|of)\b)", re.I)),
    # a year before the noun it dates, or after "for"/"of": "the 2020 presidential election", "a 2013 deal", "for 2022"
    ("year", re.compile(r"\b(?:the|a|an|its|his|her|their|this|that)\s+(?P<y>(?:18|19|20)\d\d)(?=\s+[a-z])(?!\s+(?:people|persons|troops|km|kilometers|"
                        r"dollars|tons|tonnes|percent|years|times|of\b))|\b(?:for|of|to)\s+(?P<ry>(?:18|19|20)\d\d)\b(?![-–.,]\d|\s*(?:%|percent|people|persons|troops|km|kilometers|"
                        r"dollars|tons|tonnes|times|units|cases|[a-z]+s\b))", re.I)),
    # an older year after a capitalised name and "of" (round av): "the Black Act of 1723", "the Great Fire of 1666"; the
    # time is "of 1723" (group ``of``), the name before it stays the name's
    ("year", re.compile(r"(?-i:\b[A-Z][\w'’-]*)\s+(?P<of>of\s+(?P<ry>1[0-7]\d\d))\b(?![-–.,]\d|\s*(?:%|percent|people|persons|troops|km|"
                        r"kilometers|metres|meters|dollars|tons|tonnes|times|units|cases|men|[a-z]+s\b))", re.I)),
]

#: Parts of a century as vague thirds, the same in both languages: translators render "late" as
#: «в конце», "the beginning of" as "early" («в начале»), so a tighter reading of one word would
#: make a clash of a faithful translation ("the late 9th century" / «конце IX века»).
_PART = {
    "early": (0, 33), "the early": (0, 33), "the beginning of the": (0, 33), "начале": (0, 33), "начала": (0, 33), "начало": (0, 33),
    "mid": (33, 66), "the mid": (33, 66), "the middle of the": (33, 66), "середине": (33, 66), "середины": (33, 66),
    "late": (66, 99), "the late": (66, 99), "the end of the": (66, 99), "конце": (66, 99), "конца": (66, 99), "конец": (66, 99),
}


def roman_to_int(s: str) -> int | None:
    s = s.upper()
    if not s or any(ch not in _ROMAN for ch in s):
        return None
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


def _num(s: str | None) -> int | None:
    if not s:
        return None
    return int(s) if s.isdigit() else roman_to_int(s)


def _century(c1: int, c2: int | None, bc: bool, part: str | None) -> tuple[int, int] | None:
    c2 = c2 or c1
    # up to the 30th: the Great Pyramid of the 26th century BC, a novel set in the 26th century or «в XXIII веке» (round
    # as); the Roman numerals read stop at XXIX
    if not (1 <= c1 <= 30 and 1 <= c2 <= 30):
        return None
    if bc:  # the 5th century BC: 500..401 BC
        lo, hi = -100 * max(c1, c2), -100 * min(c1, c2) + 99
        return lo, hi
    lo, hi = 100 * (c1 - 1) + 1, 100 * c2
    if part and re.match(r"(?:the\s+turn|рубеж)", part, re.I):
        # "the turn of the twentieth century" (~1900), «на рубеже XIX и XX веков» (~1900): the years around the border
        edge = 100 * c1 if c2 == c1 + 1 else 100 * (c1 - 1)
        return edge - 10, edge + 10
    if part and c2 == c1:
        key = re.sub(r"\s+", " ", part.lower())
        if key.startswith(("перв", "втор")):  # the first / second half
            a, b = (1, 50) if key.startswith("перв") else (51, 99)
            return 100 * (c1 - 1) + a, 100 * (c1 - 1) + b
        key = next((k for k in _PART if key.startswith(k)), None)
        if key:
            a, b = _PART[key]
            lo, hi = 100 * (c1 - 1) + max(1, a), 100 * (c1 - 1) + max(1, b)
    return (lo, hi) if lo <= hi else None


def _interpret(kind: str, g: dict) -> tuple[tuple[int, int], str] | None:
    if kind == "century":
        c1 = _num(g.get("c1") or g.get("r1")) or _ORD_WORDS.get((g.get("w1") or "").lower())
        c2 = _num(g.get("c2") or g.get("r2")) or _ORD_WORDS.get((g.get("w2") or "").lower())
        if c1 is None:
            return None
        span = _century(c1, c2, bool(g.get("bc")), g.get("part"))
        return (span, "century") if span else None
    if kind == "bc":
        y, y2 = int(g["y"]), int(g["y2"]) if g.get("y2") else None
        if not 1 <= y <= 9999:
            return None
        return ((-y, -y2) if y2 and y2 < y else (-y, -y)), "year"
    if kind == "range":
        y, y2 = g.get("y") or g.get("ry"), g.get("y2") or g.get("ry2")
        y, y2 = int(y), int(y2)
        if not (1 <= y < y2 <= 2200) or y2 - y > 1000:
            return None
        return (y, y2), "range"
    if kind == "year":
        y = int(g.get("y") or g.get("ry") or g.get("cy"))
        # a year word or era marker makes any four figures a year ("в 2400 году", "2475 CE")
        if not 1 <= y <= (9999 if g.get("ry") or g.get("ad") or g.get("yw") else 2200):
            return None
        return (y, y), "year"
    return None


def grams_not_year(text: str, start: int) -> bool:
    """A Russian figure at ``start`` written after a word of mass («весом менее 800 г.», «массой около 400 г.»:
    ``lang/ru/mass_cues.tsv``): «г.» after it is grams, not a year (issue 10 round cp)."""
    return bool(_mass_cue_rx().search(text[max(0, start - 40):start]))


@functools.lru_cache(maxsize=1)
def _mass_cue_rx() -> re.Pattern:
    from crosscheck.lang.resources import tsv

    return re.compile("|".join(f"(?:{r['pattern']})" for r in tsv("ru/mass_cues.tsv")), re.I)


#: prepositions that also stand before counts ("by 120 developers", "around 1500 soldiers")
_COUNT_PREPS = {"by", "around", "circa", "c.", "from"}


def _figure_not_year(m: re.Match, text: str) -> bool:
    """A bare number after a preposition that a content word follows is a figure, not a year:
    "maintained by 120 developers", "from 603 members", "around 1500 soldiers" (a three-figure
    number after any preposition, four figures after one that also stands before counts);
    "in 988 the prince", "around 1500 the town" stay years. Round cp: a mass before the number makes «г.» grams («весом
    менее 800 г.», ``grams_not_year``)."""
    g = m.groupdict()
    if grams_not_year(text, m.start()):
        return True
    if not g.get("prep") or g.get("ad"):
        return False
    nxt = re.match(r"\s+([a-z]+)\b", text[m.end():])
    if not nxt or nxt.group(1) in _year_followers() and nxt.group(1) not in ("more", "less", "fewer", "times", "per", "percent"):
        return False
    return len(g["y"]) <= 3 or g["prep"].lower() in _COUNT_PREPS


@functools.lru_cache(maxsize=1)
def _year_followers() -> frozenset[str]:
    """Words that may follow a year: English function words (``lang/en/stopwords.tsv``) and era words."""
    from crosscheck.lang.resources import words

    return words("en/stopwords.tsv") | {"onwards", "onward", "ce", "ad", "bc", "bce"}


@functools.lru_cache(maxsize=1)
def _dated_heads() -> str:
    """The nouns a year dates (``lang/en/dated_heads.tsv``) as one alternation, the longest first."""
    from crosscheck.lang.resources import words

    return "|".join(sorted(words("en/dated_heads.tsv"), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _dated_head_rx() -> re.Pattern:
    """An older year after a noun it dates and "of" (``lang/en/dated_heads.tsv``, round br): "the edition of 1791", "the
    census of 1710"; the time is "of 1791" (group ``of``)."""
    heads = _dated_heads()
    return re.compile(rf"\b(?:{heads})\s+(?P<of>of\s+(?P<ry>1[0-7]\d\d))\b(?![-–.,]\d|\s*(?:%|percent|[a-z]+s\b))", re.I)


@functools.lru_cache(maxsize=1)
def _named_year_rx() -> re.Pattern:
    """The year written after a capitalised noun it dates that ends a name of several capitalised words (round ci): "the
    Theatres Act 1968", "the Clean Air Act 1956"; the time is the year (group ``of``). Not after a sentence's first word
    or an article ("Rising 1500 metres", "The Expedition 1500 men"), nor before a unit or a plural noun."""
    heads = _dated_heads()
    return re.compile(rf"(?<![\w'’-])(?!(?:The|A|An|This|That|These|Those|In|On|At|By|Of|For)\s)(?-i:[A-Z])[\w'’-]*\s+"
                      rf"(?=(?-i:[A-Z]))(?:{heads})\s+(?P<of>(?P<ry>1\d\d\d|20\d\d))\b"
                      rf"(?![-–.,]\d|\s*(?:%|percent|per\b|[a-z]+s\b|men\b|people\b|m\b|km\b|ft\b|feet\b|metres?\b|meters?\b))", re.I)


def _matches(text: str):
    taken: list[tuple[int, int]] = []
    for kind, rx in (*_PATTERNS, ("year", _dated_head_rx()), ("year", _named_year_rx())):
        for m in rx.finditer(text):
            span = free_span(text, m.span("of") if m.groupdict().get("of") else m.span(), taken)
            if span is None:
                continue
            a, b = span
            got = _interpret(kind, {k: v for k, v in m.groupdict().items() if v})
            if got is None or _figure_not_year(m, text):
                continue
            taken.append((a, b))
            yield a, b, got


def years_of(text: str) -> tuple[int, int] | None:
    """The period a time expression names, as (first year, last year); negative years are BC."""
    for _, _, (span, _) in _matches(text):
        return span
    return None


def find_periods(text: str, taken: list[tuple[int, int]] = ()) -> list[tuple[int, int, TimeSpan]]:
    """Periods not already covered by ``taken`` spans, as ``TimeSpan``s with their character spans."""
    out = []
    for a, b, ((lo, hi), grain) in _matches(text):
        if any(a < y and x < b for x, y in taken):
            continue
        s = text[a:b].strip(" ,")
        pos = text.find(s, a)
        if lo >= 1:
            ts = TimeSpan(s, _dt.date(lo, 1, 1), _dt.date(hi, 12, 31), "year" if grain == "year" else "range", pos=pos)
        else:  # BC: no calendar date; ``years_of(ts.text)`` reads it
            ts = TimeSpan(s, None, None, "year" if lo == hi else "range", True, pos=pos)
        out.append((a, b, ts))
    return out
