"""A Russian «не» that negates a manner, not a predicate (issue 10, round z).

«Свет распространяется не мгновенно», «Сенат одобрил договор не сразу», «выбрал не случайно»: «не» right before an adverb
that ends its clause says how (or when) the thing happened, and the predicate holds. ``relate/negation.py`` counts such a
«не» as negation stated otherwise, not as a negated verb. Adverbs of degree, frequency and place after «не» («не очень»,
«не всегда», «не совсем», «не везде») do qualify the statement itself and still negate: ``lang/ru/negation_degree.tsv``.
"""

from __future__ import annotations

import re

__all__ = ["manner_not"]

_ADVERB_AT_CLAUSE_END = re.compile(r"\s+([а-яё]+)(?=\s*(?:[.,;:!?)»—–]|$))", re.I)


def manner_not(text: str, span: tuple[int, int]) -> bool:
    """The «не» at ``span`` stands right before an adverb of manner or time that ends its clause or stands before a comma."""
    if text[span[0]:span[1]].lower() != "не":
        return False
    m = _ADVERB_AT_CLAUSE_END.match(text[span[1]:])
    if m is None:
        return False
    from crosscheck.lang.resources import words

    word = m.group(1).lower()
    if word in words("ru/negation_degree.tsv"):
        return False
    from crosscheck.frame._lazy import parse_ru

    parses = parse_ru(word)
    return bool(parses) and "ADVB" in str(parses[0].tag)
