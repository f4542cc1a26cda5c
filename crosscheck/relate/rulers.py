"""Rulers in the slots: a ruler's name and regnal number ("Alexander II", «Николай I»), a given name translated between
the languages (``lang/ruler_names.tsv``: Генрих = Henry), a title before a ruler ("Queen Elizabeth I") and a ruler named by
an epithet ("Catherine the Great", «Иван Грозный»: ``lang/ruler_epithets.tsv``).  Split from ``slot_values.py``."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["regnal_key", "ruler_name", "ruler_parts", "same_ruler", "epithet_rx", "given_name", "title_word", "REGNAL_IN_TEXT"]


#: A ruler's name and regnal number ("Alexander II", "Николай I", "Екатерина II").
_REGNAL = re.compile(r"(?P<name>[A-ZА-ЯЁ][a-zа-яё]+)\s+(?P<num>X{0,2}(?:IX|IV|V?I{0,3}))")


REGNAL_IN_TEXT = re.compile(r"(?<![\w-])(?P<name>[A-ZА-ЯЁ][a-zа-яё]{2,})\s+X{0,2}(?:IX|IV|V?I{1,3}|V)(?![\w-])")


def given_name(word: str) -> bool:
    """A Russian word the dictionary knows as a first name (Иван, Александре); an English word is taken
    as one (the caller skips it after another capitalised word, "World War II", and as the first word, "Type II")."""
    if not re.search("[а-яё]", word, re.I):
        return True
    from crosscheck.frame._lazy import parse_ru

    return any("Name" in str(p.tag) for p in parse_ru(word)[:2])


def regnal_key(text: str) -> str | None:
    """"Alexander II" -> "alksndr2": the name's skeleton and the regnal number, so that
    Alexander II and Alexander III are two persons and "Николай I" is keyed by its name, not by "I"."""
    from crosscheck.frame.periods import roman_to_int
    from crosscheck.lang.translit import skeleton

    m = _REGNAL.fullmatch(text.strip()) or _with_epithet(text.strip())
    if m is None or not m.group("num"):
        return None
    return f"{skeleton(ruler_name(m.group('name')))}{roman_to_int(m.group('num'))}"


def _with_epithet(text: str) -> re.Match | None:
    """A ruler's name and number followed by an epithet («Иоанна II Доброго», "Charles II the Bald":
    ``lang/ruler_epithets.tsv``): the name and number key the ruler (round as)."""
    m = _REGNAL.match(text)
    if m is None or not m.group("num"):
        return None
    from crosscheck.lang.resources import tsv

    rest = text[m.end():]
    forms = "|".join(r["form"] for r in tsv("ruler_epithets.tsv"))
    return m if re.fullmatch(rf"\s+(?:the\s+)?(?:{forms})", rest) else None


def title_word(word: str) -> bool:
    """A title word before a name ("King", "Queen", "Pope", "Emperor": ``lang/en/titles.tsv``)."""
    from crosscheck.lang.resources import words

    return word.lower() in words("en/titles.tsv")


@lru_cache(maxsize=4096)
def ruler_name(name: str) -> str:
    """A ruler's given name in the form that keys it across languages: the first English form of its row of
    ``lang/ruler_names.tsv`` ("Генриха" -> "Henry", "Louis" -> "Louis"), else the name (a Russian one in the nominative)."""
    from crosscheck.frame.names import lemma_ru
    from crosscheck.lang.given_names import english_given
    from crosscheck.lang.translit import is_cyrillic

    form = lemma_ru(name, "Name") if is_cyrillic(name) else name
    if is_cyrillic(name) and english_given(form) is None:
        from crosscheck.frame._lazy import parse_ru

        # «Иоанна» is a woman's name in the nominative and John's genitive: the reading a ruler's name table knows (round as)
        for p in parse_ru(name):
            if "Name" in p.tag and (known := english_given(p.normal_form.capitalize())):
                return known
    return english_given(form) or form


@lru_cache(maxsize=1)
def epithet_rx() -> re.Pattern:
    """A given name with a ruler's epithet (``lang/ruler_epithets.tsv``): "Catherine the Great", «Ивана Грозного»."""
    from crosscheck.lang.resources import tsv

    forms = {lang: "|".join(r["form"] for r in tsv("ruler_epithets.tsv") if r["lang"] == lang) for lang in ("en", "ru")}
    return re.compile(rf"(?<![\w-])(?:(?P<en>[A-Z][a-z]{{2,}})\s+the\s+(?:{forms['en']})|(?P<ru>[А-ЯЁ][а-яё]{{2,}})\s+(?:{forms['ru']}))(?![\w-])")


def ruler_parts(text: str) -> tuple[str, int | None] | None:
    """(key of the given name, regnal number or None) of a ruler's name ("Peter the Great", «Петром I», «Августом
    Сильным»: round av), else None."""
    from crosscheck.frame.periods import roman_to_int
    from crosscheck.lang.translit import skeleton

    text = text.rstrip(". ")
    # "Ludwig I of Bavaria", «Карл III Простоватый»: the realm or the epithet after the number is no part of the name (co)
    text = re.sub(r"(\s[IVXLC]{1,7})(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|\s+[А-ЯЁ][а-яё]+)$", r"\1", text)
    while " " in text and title_word(text.split()[0]):
        text = text.split(None, 1)[1]  # "King Kamehameha the Great": the title is no part of the name
    def key(name: str) -> str:  # an "h" Russian drops between vowels (Kamehameha / «Камеамеа»), doubled letters as one
        return re.sub(r"(.)\1+", r"\1", skeleton(ruler_name(name)).replace("h", ""))

    if (m := _REGNAL.fullmatch(text)) and m.group("num"):
        return key(m.group("name")), roman_to_int(m.group("num"))
    if m := epithet_rx().fullmatch(text):
        return key(m.group("en") or m.group("ru")), None
    return None


def same_ruler(x: str, y: str) -> bool:
    """One ruler named two ways: by name and number and by name and epithet ("Peter the Great" / «Пётр I», "Nicholas II" /
    «Николай II»: round av; an epithet keys no number, ``lang/ruler_epithets.tsv``)."""
    rx, ry = ruler_parts(x), ruler_parts(y)
    if not (rx and ry):
        return _titled_given(x, y) or _titled_given(y, x)
    return rx[0] == ry[0] and (rx[1] is None or ry[1] is None or rx[1] == ry[1])


def _titled_given(x: str, y: str) -> bool:
    """A ruler's title and one given name the ruler table translates, and that given name alone in Russian ("Archduke John"
    / «эрцгерцог Иоганн», whose title is a lower-case word the name leaves out: ``lang/en/ruler_titles.tsv``, round cc)."""
    from crosscheck.lang.given_names import english_given
    from crosscheck.lang.resources import words as lexicon
    from crosscheck.lang.translit import is_cyrillic

    words = x.rstrip(". ").split()
    if len(words) != 2 or words[0].lower() not in lexicon("en/ruler_titles.tsv") or len(y.split()) != 1 or not is_cyrillic(y):
        return False
    given = english_given(words[1])
    return given is not None and given == ruler_name(y.strip())
