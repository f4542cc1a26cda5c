"""A person of a country named by a singular noun («швед», «француженкой», "the Swede", "Frenchman": issue 10 round as):
the noun names the country as its adjective does ("the Swedish chemist" / «швед Нильс Сефстрём»).  The nouns are data
(``lang/{ru,en}/demonym_nouns.tsv``); a plural («немцы», "Swedes") names a people and is not read."""

from __future__ import annotations

import functools

__all__ = ["demonym_noun_country"]


@functools.lru_cache(maxsize=1)
def _nouns() -> dict[str, str]:
    from crosscheck.lang.resources import split, tsv

    out = {lemma: row["key"] for row in tsv("ru/demonym_nouns.tsv") for lemma in split(row["lemmas"])}
    return out | {w: row["key"] for row in tsv("en/demonym_nouns.tsv") for w in split(row["words"])}


@functools.lru_cache(maxsize=8192)
def demonym_noun_country(word: str) -> str | None:
    """Country key of a singular noun naming a person of it, or None."""
    from crosscheck.lang.translit import is_cyrillic

    if not is_cyrillic(word):
        return _nouns().get(word.strip(".,"))
    from crosscheck.frame._lazy import parse_ru

    for p in parse_ru(word.lower())[:2]:
        lemma = p.normal_form.replace("ё", "е")
        if "NOUN" in p.tag and "sing" in p.tag and lemma in _nouns():
            return _nouns()[lemma]
    return None
