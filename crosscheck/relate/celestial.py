"""Celestial bodies as names (split from ``role_names.py``): the key of a planet, moon or star a name or its Russian lemma
names ("Jupiter", «Юпитера»: ``lang/en/celestial.tsv``, IAU names with their Russian names)."""

from __future__ import annotations

import functools
import re

__all__ = ["celestial_key"]


@functools.lru_cache(maxsize=1)
def _celestial() -> dict[str, str]:
    from crosscheck.lang.resources import split, tsv

    out = {}
    for r in tsv("en/celestial.tsv"):
        for form in split(r["en"]) + split(r["ru"]):
            out[form.lower().replace("ё", "е")] = r["key"]
    return out


@functools.lru_cache(maxsize=16384)
def celestial_key(text: str) -> str | None:
    """The key of a celestial body a name (or its Russian lemma) names ("Jupiter", «Юпитера»: ``en/celestial.tsv``)."""
    low = text.lower().replace("ё", "е")
    if low in _celestial():
        return _celestial()[low]
    lem = " ".join(_lemma(w) for w in text.split()).lower().replace("ё", "е")
    return _celestial().get(lem)


def _lemma(word: str) -> str:
    from crosscheck.frame.names import lemma_ru

    return lemma_ru(word) if re.search("[а-яё]", word, re.I) else word
