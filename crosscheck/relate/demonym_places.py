"""A people's adjective that opens the name of a place: "the English Channel", "the Persian Gulf", «Индийский океан»
(round x of issue 10).  Such an adjective names a sea or a gulf, not the people's country, so it neither counts as a
mention of that country nor as "another people's adjective" against the other side's.  The nouns are data
(``lang/{en,ru}/demonym_place_nouns.tsv``)."""

from __future__ import annotations

import re

__all__ = ["demonym_names_place"]


_NEXT_WORD = re.compile(r"[\s\u00a0]+([^\W\d_][\w-]*)")


def demonym_names_place(text: str, end: int, lang: str) -> bool:
    """The people's adjective ending at ``end`` opens the name of a place with the landform noun after it ("the English
    Channel", "the Persian Gulf", «Персидском заливе», «Индийского океана»: ``lang/{en,ru}/demonym_place_nouns.tsv``): a
    sea or a gulf, not a mention of the people's country."""
    from crosscheck.lang.resources import words

    m = _NEXT_WORD.match(text, end)
    if m is None or lang not in ("en", "ru"):
        return False
    nouns = words(f"{lang}/demonym_place_nouns.tsv")
    word = m.group(1)
    if lang == "en":
        return word[:1].isupper() and word.lower() in nouns
    from crosscheck.frame._lazy import parse_ru

    return word.lower() in nouns or any(p.normal_form in nouns for p in parse_ru(word.lower())[:3])
