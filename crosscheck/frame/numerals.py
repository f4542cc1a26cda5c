"""Number words and ordinals in English and Russian (inflected forms included).

``word_to_number("трёх") == 3``, ``word_to_number("twenty-one") == 21``,
``parse_number_words(["двадцати", "пяти"]) == 25``, ``ordinal_value("четвёртый") == 4``.
"""

from __future__ import annotations

import functools
import re

from crosscheck.lang.resources import tsv

__all__ = ["word_to_number", "parse_number_words", "ordinal_value", "ordinal_words", "digits_value", "NUMBER_WORD_RX", "ORDINAL_RX",
           "RU_ORDINAL_END"]


def _en(kind: str) -> dict[str, int]:
    return {r["word"]: int(r["value"]) for r in tsv("en/numbers.tsv") if r["kind"] == kind}


def _ru(kind: str) -> list[tuple[str, int]]:
    return [(r["pattern"], float(r["value"]) if "." in r["value"] else int(r["value"])) for r in tsv("ru/numbers.tsv") if r["kind"] == kind]


# The number words are data (lang/en/numbers.tsv, lang/ru/numbers.tsv); read once at import
# because the regular expressions below are built from them.
_EN_UNITS = _en("unit")
_EN_SCALES = _en("scale")
_RU_WORDS = _ru("unit")
_RU_SCALES = _ru("scale")
_RU_COMPILED = [(re.compile(f"(?:{p})", re.I), v) for p, v in _RU_WORDS]
_RU_SCALE_COMPILED = [(re.compile(f"(?:{p})", re.I), v) for p, v in _RU_SCALES]
_EN_ORD = _en("ordinal")
_RU_ORD = _ru("ordinal")
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


#: The endings of a Russian ordinal adjective after its stem («трет-ьей», «четвёрт-ой»): «вторник», «пятно» are none.
RU_ORDINAL_END = _RU_ORD_END


def ordinal_words(lang: str) -> tuple[tuple[str, int], ...]:
    """The ordinal words of a language (``lang/{en,ru}/numbers.tsv``, kind ordinal) with their numbers: English words
    ("third"), Russian stems as patterns («трет»; the adjective ending is ``RU_ORDINAL_END``)."""
    return tuple(_RU_ORD) if lang == "ru" else tuple(_EN_ORD.items())


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


def digits_value(tok: str, lang: str) -> float:
    """The value of a figure written in digits, with the language's decimal and thousands marks ("1,500", «42,195»)."""
    t = tok.replace("\u00a0", "").replace(" ", "")
    if lang == "ru" and re.fullmatch(r"\d{1,3},\d{3}", t):
        return float(t.replace(",", "."))  # Russian writes a decimal comma ("42,195 км"), thousands with spaces
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", t):
        return float(t.replace(",", ""))
    if lang == "ru" and re.fullmatch(r"\d+,\d+", t):
        return float(t.replace(",", "."))
    if re.fullmatch(r"\d+,\d{3}", t):
        return float(t.replace(",", ""))
    return float(t.replace(",", "."))
