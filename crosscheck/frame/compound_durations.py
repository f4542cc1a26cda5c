"""A length of time in one compound word of a number word and a unit ("a ten-year period", "a two-week strike",
«двадцатилетнего периода», «трёхмесячная осада»): the number and the unit (``lang/duration_compounds.tsv``; issue 10
round bn); a count in one compound word ("a three-speed hub", «пятиактная опера»: ``lang/count_compounds.tsv``, round br). A pass over the figures ``frame/quantities.py`` read; a compound written with digits ("10-year", «20-летний»)
is read there as it was."""

from __future__ import annotations

import dataclasses
import functools
import re

from crosscheck.model import Quantity

__all__ = ["with_compound_durations"]

#: The units of the compounds of time (``lang/duration_compounds.tsv``); the others count things (``count_compounds.tsv``).
_TIME = frozenset({"year", "month", "week", "day"})
#: An English age in words: "twelve-year-old", "twenty-one-year-old" (round cp).
_EN_AGE = re.compile(r"(?<![\w-])(?P<num>[a-z]+(?:-[a-z]+)?)-years?-old(?![\w-])", re.I)
_RU_ENDING = r"(?:ий|ый|яя|ая|ее|ое|его|ого|ей|ой|ему|ому|им|ым|ем|ом|юю|ую|ие|ые|их|ых|ими|ыми)"


@functools.lru_cache(maxsize=None)
def _pattern(lang: str) -> tuple[re.Pattern, dict[str, str]]:
    from crosscheck.lang.resources import tsv

    rows = [*tsv("duration_compounds.tsv"), *tsv("count_compounds.tsv")]  # "a three-speed hub", «пятиактная» (round br)
    parts = {r["part"]: r["unit"] for r in rows if r["lang"] == lang}
    alts = "|".join(sorted(map(re.escape, parts), key=len, reverse=True))
    if lang == "ru":
        rx = rf"(?<![\w-])(?P<num>[а-яё]+?)(?P<part>{alts}){_RU_ENDING}(?![\w-])"
    else:  # "ten-year", "twenty-five-year"; not an age ("ten-year-old") nor "year-long"
        rx = rf"(?<![\w-])(?P<num>[a-z]+(?:-[a-z]+)?-)(?P<part>{alts})s?(?![\w-])"
    return re.compile(rx, re.I), parts


def with_compound_durations(text: str, lang: str, out: list[Quantity], word_kind) -> list[Quantity]:
    """``out`` with every compound duration word read as a figure of time. ``word_kind(word)`` is ``frame/quantities``'
    number-word reader (("unit" | "scale", value) or None)."""
    rx, parts = _pattern("ru" if lang == "ru" else "en")
    found = []
    for m in rx.finditer(text):
        unit = parts[m.group("part").lower()]
        if lang == "ru" and unit in _TIME and _of_someone(text, m.end()):
            # «шестилетнем мальчике», «восьмилетняя Мэри»: an age, told as "a six-year-old boy" (round cp: read as one, a
            # year of age, only from «-летн»; «трёхмесячный ребёнок» stays unread)
            if unit != "year":
                continue
            unit = "year-old"
        value = _number(m.group("num").rstrip("-"), word_kind)
        if value is None:
            continue
        found.append(Quantity(m.group(0), float(value), unit, "exact", m.start()))
    if lang != "ru":  # round cp: an age in words, "a twelve-year-old boy", as "a 12-year-old" is read
        for m in _EN_AGE.finditer(text):
            value = _number(m.group("num"), word_kind)
            if value is not None:
                found.append(Quantity(m.group(0), float(value), "year-old", "exact", m.start()))
    if not found:
        return out
    kept = [q for q in out if q.pos is None or not any(f.pos <= q.pos < f.pos + len(f.text) for f in found)]
    taken = [q for q in out if q not in kept]
    for f in found:  # a figure the reader took from inside the word keeps its bound, with the word's value and unit
        old = next((q for q in taken if q.pos is not None and f.pos <= q.pos < f.pos + len(f.text)), None)
        end = f.pos + len(f.text)
        kept.append(dataclasses.replace(old, unit=f.unit, value=f.value, text=text[old.pos:end]) if old else f)
    return sorted(kept, key=lambda q: -1 if q.pos is None else q.pos)


def _number(word: str, word_kind) -> float | None:
    """The value of a number word, or of two run together («двадцатипяти» = 25), as a compound's first part."""
    if "-" in word:
        got = word_kind(word)
        return got[1] if got and got[0] == "unit" else None
    for cut in [None] + list(range(2, len(word) - 1)):
        parts = [word] if cut is None else [word[:cut], word[cut:]]
        kinds = [word_kind(p) for p in parts]
        if all(k and k[0] == "unit" for k in kinds) and (cut is None or kinds[0][1] > kinds[1][1]):
            return sum(k[1] for k in kinds)
    return None


def _of_someone(text: str, end: int) -> bool:
    """The word right after ``end`` is an animate noun or a capitalised name: the compound tells someone's age
    («шестилетнем мальчике», «21-летнего поэта», round cp: «восьмилетняя Мэри»), not a length of time."""
    from crosscheck.frame._lazy import parse_ru

    word = re.match(r"\s+([а-яёА-ЯЁ]+)", text[end:end + 40])
    if not word:
        return False
    parses = parse_ru(word.group(1).lower())[:2]
    if word.group(1)[0].isupper() and word.group(1)[1:].islower() and not any("ADJF" in p.tag for p in parses):
        return True  # a name, not the adjective of one («двадцатилетняя Северная война»)
    return any("NOUN" in p.tag and "anim" in p.tag and "inan" not in p.tag for p in parses)
