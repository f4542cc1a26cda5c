"""Number words and ordinals in English and Russian (inflected forms included).

``word_to_number("трёх") == 3``, ``word_to_number("twenty-one") == 21``,
``parse_number_words(["двадцати", "пяти"]) == 25``, ``ordinal_value("четвёртый") == 4``.
"""

from __future__ import annotations

import functools
import re

__all__ = ["word_to_number", "parse_number_words", "ordinal_value", "NUMBER_WORD_RX", "ORDINAL_RX"]

_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a": 1, "an": 1, "dozen": 12, "dozens": 24, "both": 2, "single": 1, "couple": 2,
}
_EN_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
              "trillion": 1_000_000_000_000, "mln": 1_000_000, "bln": 1_000_000_000, "bn": 1_000_000_000,
              "m": 1_000_000, "k": 1_000}

# Russian stems: (regex on the whole word, value)
_RU_WORDS: list[tuple[str, int]] = [
    (r"ноль|нол[яюеь]", 0),
    (r"одн[аоиу]|один|одного|одному|одной|одним|одною|одних|одними", 1),
    (r"два|две|двух|двум|двумя", 2),
    (r"три|тр[её]х|тр[её]м|тремя", 3),
    (r"четыре|четыр[её]х|четыр[её]м|четырьмя", 4),
    (r"пят[ьиью]|пятью", 5), (r"шест[ьиью]", 6), (r"сем[ьиью]", 7), (r"восем[ьи]|восьми|восемью|восьмью", 8),
    (r"девят[ьиью]", 9), (r"десят[ьиью]", 10),
    (r"одиннадцат[ьиью]", 11), (r"двенадцат[ьиью]", 12), (r"тринадцат[ьиью]", 13),
    (r"четырнадцат[ьиью]", 14), (r"пятнадцат[ьиью]", 15), (r"шестнадцат[ьиью]", 16),
    (r"семнадцат[ьиью]", 17), (r"восемнадцат[ьиью]", 18), (r"девятнадцат[ьиью]", 19),
    (r"двадцат[ьиью]", 20), (r"тридцат[ьиью]", 30), (r"сорок|сорока", 40),
    (r"пятьдесят|пятидесяти|пятьюдесятью", 50), (r"шестьдесят|шестидесяти|шестьюдесятью", 60),
    (r"семьдесят|семидесяти|семьюдесятью", 70), (r"восемьдесят|восьмидесяти|восемьюдесятью", 80),
    (r"девяносто|девяноста", 90), (r"сто|ста", 100),
    (r"двести|двухсот|двумстам|двумястами|двухстах", 200), (r"триста|тр[её]хсот|тр[её]мстам|тремястами|тр[её]хстах", 300),
    (r"четыреста|четыр[её]хсот|четыр[её]мстам|четырьмястами|четыр[её]хстах", 400),
    (r"пятьсот|пятисот|пятистам|пятьюстами|пятистах", 500), (r"шестьсот|шестисот|шестистам|шестьюстами|шестистах", 600),
    (r"семьсот|семисот|семистам|семьюстами|семистах", 700), (r"восемьсот|восьмисот|восьмистам|восемьюстами|восьмистах", 800),
    (r"девятьсот|девятисот|девятистам|девятьюстами|девятистах", 900),
    (r"оба|обе|обоих|обеих|обоим|обеим", 2), (r"полтора|полторы|полутора", 1),
]
_RU_SCALES: list[tuple[str, int]] = [
    (r"тысяч[аиуейью]?|тысячами|тысячам|тысячах|тыс\.?", 1_000),
    (r"миллион(?:а|у|ом|е|ы|ов|ам|ами|ах)?|млн\.?", 1_000_000),
    (r"миллиард(?:а|у|ом|е|ы|ов|ам|ами|ах)?|млрд\.?", 1_000_000_000),
    (r"триллион(?:а|у|ом|е|ы|ов|ам|ами|ах)?|трлн\.?", 1_000_000_000_000),
]
_RU_COMPILED = [(re.compile(f"(?:{p})", re.I), v) for p, v in _RU_WORDS]
_RU_SCALE_COMPILED = [(re.compile(f"(?:{p})", re.I), v) for p, v in _RU_SCALES]

_EN_ORD = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "twentieth": 20, "thirtieth": 30, "hundredth": 100,
}
_RU_ORD = [
    ("перв", 1), ("втор", 2), ("трет", 3), ("четв[её]рт", 4), ("пят", 5), ("шест", 6), ("седьм", 7),
    ("восьм", 8), ("девят", 9), ("десят", 10), ("одиннадцат", 11), ("двенадцат", 12),
    ("двадцат", 20), ("тридцат", 30), ("сот", 100),
]
_RU_ORD_END = r"(?:ый|ий|ой|ая|ое|ые|ого|ому|ым|ом|ую|ей|ых|ыми|ье|ья|ьего|ьей|ьему|ьим|ьем|ью|ьи|ьих|ими|ьими)"

NUMBER_WORD_RX = (
    r"(?:" + "|".join(sorted((k for k in list(_EN_UNITS) + list(_EN_SCALES) if len(k) > 2), key=len, reverse=True))
    + r"|" + "|".join(p for p, _ in _RU_WORDS + _RU_SCALES) + r")"
)
ORDINAL_RX = (
    r"(?:" + "|".join(sorted(_EN_ORD, key=len, reverse=True)) + r"|\d+(?:st|nd|rd|th)"
    + r"|(?:" + "|".join(p for p, _ in _RU_ORD) + r")" + _RU_ORD_END + r"|\d+-?(?:й|я|е|го|му|м|ю|х))"
)


@functools.lru_cache(maxsize=65536)
def _ru_value(word: str) -> tuple[int, bool] | None:
    w = word.lower()
    for rx, v in _RU_SCALE_COMPILED:
        if rx.fullmatch(w):
            return v, True
    for rx, v in _RU_COMPILED:
        if rx.fullmatch(w):
            return v, False
    return None


def word_to_number(word: str) -> float | None:
    """Value of a digit string or one number word (or a hyphenated English compound)."""
    w = word.strip().lower().replace("\u00a0", " ")
    if not w:
        return None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", w):
        return float(w.replace(",", "."))
    parts = re.split(r"[\s-]+", w)
    if len(parts) > 1:
        return parse_number_words(parts)
    if w in _EN_UNITS:
        return float(_EN_UNITS[w])
    if w in _EN_SCALES and w not in ("m", "k"):
        return float(_EN_SCALES[w])
    hit = _ru_value(w)
    if hit:
        return float(hit[0])
    return None


def parse_number_words(words: list[str]) -> float | None:
    """Value of a sequence of number words ("two hundred thousand", "двадцати пяти")."""
    total = 0
    current = 0
    seen = False
    for raw in words:
        w = raw.lower().strip(",")
        if w in ("and", "и") and seen:
            continue
        if re.fullmatch(r"\d+(?:[.,]\d+)?", w):
            current += float(w.replace(",", "."))
            seen = True
            continue
        if w in _EN_UNITS:
            current += _EN_UNITS[w]
            seen = True
            continue
        if w in _EN_SCALES:
            scale = _EN_SCALES[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            seen = True
            continue
        hit = _ru_value(w)
        if hit is None:
            return None
        v, is_scale = hit
        if is_scale:
            total += (current or 1) * v
            current = 0
        else:
            current += v
        seen = True
    if not seen:
        return None
    return float(total + current)


def ordinal_value(word: str) -> int | None:
    w = word.lower().strip()
    if w in _EN_ORD:
        return _EN_ORD[w]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th|-?(?:й|я|е|го|му|м|ю|х))", w)
    if m:
        return int(m.group(1))
    for stem, v in _RU_ORD:
        if re.fullmatch(stem + _RU_ORD_END, w):
            return v
    return None
