"""Countries a text names that its frame's recogniser missed («Данией», "Benin", both parts of "Israel-Laos"): they still
pair with, or clash with, a country of the other side.  Split from ``slot_values.py`` (round aq)."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["unread_countries", "country_key", "_run_country"]


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
    from crosscheck.lang.particles import romance_particle_before
    from crosscheck.relate.demonym_places import names_language

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
        if names_language(text, m.end(), "ru" if re.match("[А-ЯЁ]", m.group(0)) else "en"):
            continue  # "written in Swedish": a language, not Sweden (round bn)
        if romance_particle_before(before):
            continue  # "the Tour de France", «Джиро д’Италия»: a race's name, not the country (round bt)
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
