"""Pole words inside longer pole phrases (issue 10 round al).

The opposites lexicon (``lang/opposites.tsv``) lists "not guilty" as the pole opposite "guilty": "found not guilty" holds
"guilty" and "not" in one phrase. The phrase is the pole stated (not both poles, which read as none), and its "not" is
part of the predicate, not a negation of the statement ("found the publisher not guilty" / «оправдали издательство»).
A pole word that opens a longer phrase of negation is the other way round: "refused" in "refused to ratify" is that
negation, not a rejection to compare; a pole stem after a preposition spells a noun («в начале июля»), no predicate.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

__all__ = ["in_term", "lesser_rx", "longer_pole", "negation_outside_poles", "noun_after_preposition", "own_poles", "turned", "gradable"]


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1] and inner != outer


def longer_pole(found: dict[str, tuple[str, tuple[int, int]]]) -> dict[str, tuple[str, tuple[int, int]]]:
    """``found`` (pole -> (words, span)) less a pole whose words stand inside the other pole's phrase."""
    if len(found) != 2:
        return found
    (p1, (_, s1)), (p2, (_, s2)) = found.items()
    if _inside(s2, s1):
        return {p1: found[p1]}
    if _inside(s1, s2):
        return {p2: found[p2]}
    return found


def own_poles(poles: dict, neg) -> dict:
    """The predicates a text states, less a pole word that opens a longer phrase of negation ("refused" in "refused to
    ratify", «отказался» in «отказался подписать»; "impossible", a pole that is the whole negating word, stays)."""
    return {c: v for c, v in poles.items() if not any(s <= v[2][0] and v[2][1] < e for s, e in neg.spans)}


def negation_outside_poles(neg, poles: dict, other: dict):
    """``neg`` less the negating words that stand inside a pole phrase the text states ("not" of "not guilty") of a
    concept the other side states too (``other``): that pole is compared; against a side that states no pole of the
    concept ("not guilty" / «виноваты все») the negation is still the statement's polarity."""
    def outside(sp) -> bool:
        return not any(_inside(sp, v[2]) or sp == v[2] for c, v in poles.items() if c in other)  # or the pole word itself

    spans, states = tuple(filter(outside, neg.spans)), tuple(filter(outside, neg.states))  # «неоконченной» too (round ao)
    return neg if (spans, states) == (neg.spans, neg.states) else dataclasses.replace(neg, spans=spans, states=states)


@lru_cache(maxsize=None)
def _noun_preps(lang: str) -> tuple[re.Pattern, tuple[str, ...]] | None:
    """A preposition right before a pole word read by a stem that also spells a noun (``lang/<lang>/pole_noun_preps.tsv``):
    the word is the noun («в начале июля», «после окончания войны»), no predicate; None for a language with no such file."""
    from crosscheck.lang.resources import path, tsv

    rel = f"{lang}/pole_noun_preps.tsv"
    if not path(rel).exists():
        return None
    rows = tsv(rel)
    words = [r["word"] for r in rows if r["kind"] == "preposition"]
    stems = tuple(r["word"].lower() for r in rows if r["kind"] == "stem")
    if not words or not stems:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")\s+$", re.I), stems


def noun_after_preposition(text: str, m: re.Match, lang: str) -> bool:
    nouns = _noun_preps(lang)
    return bool(nouns and m.group(0).lower().startswith(nouns[1]) and nouns[0].search(text[max(0, m.start() - 12):m.start()]))


@lru_cache(maxsize=None)
def _terms(lang: str) -> re.Pattern:
    from crosscheck.lang.resources import tsv

    pats = [r["pattern"] for r in tsv("pole_terms.tsv") if r["lang"] == lang]
    return re.compile(r"(?:" + "|".join(pats) + r")", re.I)


def in_term(text: str, m: re.Match, lang: str) -> bool:
    """The pole word at ``m`` opens a term with the noun after it ("constitutional review", «Конституционный суд»:
    ``lang/pole_terms.tsv``): an institution named, no predicate stated (round au)."""
    return bool(_terms("ru" if lang == "ru" else "en").match(text, m.start()))


def turned(pole: str) -> str:
    """The other pole of a concept of ``lang/opposites.tsv``."""
    return "-" if pole == "+" else "+"


@lru_cache(maxsize=2)
def lesser_rx(lang: str) -> re.Pattern:
    """A word of a lesser degree right before a pole word ("less dangerous", «менее опасный»: ``lesser_degree.tsv``)."""
    from crosscheck.lang.resources import words

    try:
        forms = "|".join(sorted(map(re.escape, words(f"{lang}/lesser_degree.tsv")), key=len, reverse=True))
    except FileNotFoundError:
        forms = r"(?!x)x"
    return re.compile(r"(?<![\w-])(?<!no )(?<!not )(?<!не )(?:" + forms + r")\s+$", re.I)  # "no less" / «не менее»: as much


@lru_cache(maxsize=1)
def gradable() -> frozenset[str]:
    """Concepts of ``lang/opposites.tsv`` told by adjectives of degree: those with a superlative ("safest", "cheapest").
    An English "less" before a word of another concept may count a noun ("less growth" is still growth)."""
    from crosscheck.lang.resources import split, tsv

    return frozenset(r["concept"] for r in tsv("opposites.tsv")
                     if any(w.endswith("est") and " " not in w for w in split(r["en"].replace(",", "|"))))
