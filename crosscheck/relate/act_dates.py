"""Which act each time (or place) of a claim stands with (issue 10, round ch).

"Ernst Ruska, who built the first electron microscope with Max Knoll in 1931, received the Nobel Prize in Physics in
1986" dates two acts: 1931 the building (``build``), 1986 the award.  A paraphrase that states one of them
(«был удостоен Нобелевской премии по физике в 1966 году») dates the award, and its year is the counterpart of 1986,
not of 1931.  The acts are those of ``acts.py`` (``lang/{en,ru}/acts.tsv`` and ``once_only.tsv``).  Each mention of an
act is matched with one time of its clause (up to a semicolon or a dash) so that the sum of the distances is least: a
distance counts the characters between the act's words and the time, 100 more for each comma between them ("in 1931,
received": another phrase) and 10 more for a time ahead of the act's words ("was born in Zurich in 1819 and died there
in 1890": 1819 the birth, 1890 the death).  Two matchings equally near date nothing; with more mentions than times, a
mention left over goes to its nearest time («была найдена … в 1896 г. и хранится в музее»).  A pattern's group ``at``
marks the words the time stands next to (the verb of «действие романа, вышедшего в 1932 году, происходит в XXII веке»).
"""

from __future__ import annotations

import functools
import re
from itertools import permutations

from crosscheck.lang.translit import is_cyrillic
from crosscheck.relate.acts import _CLAUSE_END, _patterns

__all__ = ["dated_acts", "slot_acts"]

#: What a comma between an act and a time costs, in characters, and what a time ahead of its act's words costs.
_COMMA, _AHEAD = 100, 10
#: Beyond this many mentions or times, the matching is greedy (a claim rarely names more).
_EXACT = 6


def dated_acts(text: str, lang: str, spans: tuple[tuple[int, int], ...]) -> tuple[frozenset[str], ...]:
    """The acts each of ``spans`` (the times or places of ``text``) stands with, in order: empty for a span no act is
    matched with."""
    mentions = _mentions(text, "ru" if lang == "ru" else "en")
    found: list[set[str]] = [set() for _ in spans]
    cost = [[_cost(text, m, t) for t in spans] for m in mentions]
    matched = _matching(cost)
    if matched is None:
        return tuple(frozenset() for _ in spans)  # two matchings equally near: which act is whose is not read
    for i, j in matched:
        found[j] |= mentions[i][2]
    if len(mentions) > len(spans):
        taken = {i for i, _ in matched}
        for i, row in enumerate(cost):
            near = sorted((c, j) for j, c in enumerate(row) if c is not None)
            if i not in taken and near and (len(near) == 1 or near[0][0] < near[1][0]):
                found[near[0][1]] |= mentions[i][2]
    return tuple(frozenset(f) for f in found)


@functools.lru_cache(maxsize=16384)  # once per text: a claim meets many pairs, and each pair compares its slots more than once
def _mentions(text: str, lang: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Where the text names acts: overlapping matches of several concepts ("built the first microscope": ``build`` and
    ``invent``) are one mention with all of them."""
    hits = []
    for concept, rx in _patterns(lang):
        for m in rx.finditer(text):
            start, end = m.span("at") if "at" in rx.groupindex and m.group("at") else m.span()
            hits.append((start, end, concept))
    merged: list[tuple[int, int, frozenset[str]]] = []
    for start, end, concept in sorted(hits):
        if merged and start < merged[-1][1]:
            s0, e0, cs = merged[-1]
            merged[-1] = (s0, max(e0, end), cs | {concept})
        else:
            merged.append((start, end, frozenset({concept})))
    return tuple(merged)


def _cost(text: str, mention: tuple[int, int, frozenset[str]], span: tuple[int, int]) -> float | None:
    """How far a time stands from an act's words; None when a semicolon or a dash stands between them."""
    start, end, _ = mention
    s, e = span
    lo, hi = (end, s) if s >= end else (e, start) if e <= start else (start, start)
    if _CLAUSE_END.search(text, lo, hi):
        return None
    return text.count(",", lo, hi) * _COMMA + (hi - lo) + (_AHEAD if e <= start else 0)


def _matching(cost: list[list[float | None]]) -> list[tuple[int, int]] | None:
    """Mentions matched with times, one each, as many as can be, nearest in sum; None when two matchings tie."""
    rows = [i for i, r in enumerate(cost) if any(c is not None for c in r)]
    cols = sorted({j for r in cost for j, c in enumerate(r) if c is not None})
    if not rows or not cols:
        return []
    if len(rows) > _EXACT or len(cols) > _EXACT:
        return _greedy(cost)
    seen: dict[frozenset, tuple[int, float]] = {}
    few, many = (rows, cols) if len(rows) <= len(cols) else (cols, rows)
    for chosen in permutations(many, len(few)):
        pairs = [(x, y) if few is rows else (y, x) for x, y in zip(few, chosen)]
        pairs = frozenset((i, j) for i, j in pairs if cost[i][j] is not None)
        seen[pairs] = (-len(pairs), sum(cost[i][j] for i, j in pairs))
    ranked = sorted(seen.items(), key=lambda kv: kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return sorted(ranked[0][0])


def _greedy(cost: list[list[float | None]]) -> list[tuple[int, int]]:
    cells = sorted((c, i, j) for i, r in enumerate(cost) for j, c in enumerate(r) if c is not None)
    used_i, used_j, out = set(), set(), []
    for _, i, j in cells:
        if i not in used_i and j not in used_j:
            used_i.add(i), used_j.add(j), out.append((i, j))
    return out


def slot_acts(slots, text: str, lang: str | None = None) -> dict[int, frozenset[str]]:
    """The acts each slot of a claim (a time, a place) stands with (``dated_acts``), by ``id`` of the slot; slots with no
    place in ``text`` stand with none.  Without ``lang``, a text with any Cyrillic letter is Russian (a Russian claim
    names people and firms in Latin letters, an English one seldom writes Cyrillic)."""
    if lang is None:
        lang = "ru" if is_cyrillic(text or "") else "en"
    placed = _placed(slots, text or "")
    return {id(s): x for (s, _), x in zip(placed, dated_acts(text or "", lang, tuple(span for _, span in placed)))}


def _placed(slots, text: str) -> list[tuple[object, tuple[int, int]]]:
    """Each slot with where it stands in ``text``: its span, else its words found as whole words, the longer words first
    and not inside another slot's ("York" is not the York of "New York")."""
    out, taken = {}, []
    for s in sorted(slots, key=lambda s: -len(s.text or "")):
        span = s.span
        if span is None and s.text:
            for m in re.finditer(rf"(?<![\w-]){re.escape(s.text)}(?![\w-])", text):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    span = m.span()
                    break
        if span is not None:
            out[id(s)] = span
            taken.append(span)
    return [(s, out[id(s)]) for s in slots if id(s) in out]
