"""The acts a dated statement reports, and two claims that report different ones (issue 10, round ac).

A clash of dates ties two claims only when they date the same thing.  "Henryk Sienkiewicz's novel Quo Vadis came out as
a book in 1896" and «Генрик Сенкевич получил Нобелевскую премию по литературе в 1905 году» share a name and each states
one year, yet one dates a publication and the other an award: two true statements about one writer.  The acts are read
from per-language data (``lang/{en,ru}/acts.tsv`` and ``once_only.tsv``: publish, award, build, discover, found, die…);
two claims report different acts only when each states at least one and they share none.  A claim whose verb the lists
do not hold reports no act and is never told apart this way.
"""

from __future__ import annotations

import functools
import re

__all__ = ["acts", "different_acts", "negated_acts"]

#: How an act is named in an explanation ("EN a dates a publication, RU b an award").
NOUNS = {"publish": "a publication or release", "award": "an award", "build": "a construction", "discover": "a discovery",
         "invent": "an invention", "open": "an opening", "close": "a closure", "marry": "a marriage", "create": "the making of a work",
         "die": "a death", "elect": "an election or appointment", "sign": "a signing", "arrest": "an arrest", "found": "a founding",
         "born": "a birth", "first": "a first showing", "sink": "a sinking", "enact": "an enactment", "occur": "an event",
         "end": "an end", "retire": "a retirement", "buy": "a purchase", "ratify": "a ratification", "demolish": "a demolition",
         "hold": "where a work is kept", "make": "the making of a work", "unveil": "an unveiling",
         "suppress": "a suppression", "translate": "a translation", "issue": "a first publication",
         "setting": "the time a story is set in", "ascent": "a first ascent", "record": "a first recording",
         "describe": "a first description"}


@functools.lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    from crosscheck.lang.resources import tsv

    rows = tsv(f"{lang}/once_only.tsv") + tsv(f"{lang}/acts.tsv")
    # "the first to" qualifies an act, it is none ("became the first Japanese to win a Nobel Prize" dates an award)
    return tuple((r["concept"], re.compile(r["pattern"], re.I)) for r in rows if r["concept"] not in _QUALIFIERS)


#: Once-only concepts that qualify another act rather than name one (round bg).
_QUALIFIERS = frozenset({"pioneer"})
#: Acts one occasion reports together: a disaster or a battle (``occur``) and the deaths or the sinkings in it ("The
#: eruption of Vesuvius buried Herculaneum" / «Геркуланум погиб под отложениями Везувия»: round bg).
_TOGETHER = {"occur": frozenset({"die", "sink"})}


@functools.lru_cache(maxsize=16384)  # once per text: a claim meets many pairs
def acts(text: str, lang: str) -> frozenset[str]:
    """The acts a text reports ("came out": ``publish``; «получил Нобелевскую премию»: ``award``)."""
    return frozenset(c for c, rx in _patterns("ru" if lang == "ru" else "en") if rx.search(text))


def different_acts(text_a: str, lang_a: str, text_b: str, lang_b: str, span_a: tuple[int, int] | None = None,
                   span_b: tuple[int, int] | None = None) -> tuple[str, str] | None:
    """The acts of each side, named ("a publication", "an award"), when both report acts and share none, else None.
    ``span_a``, ``span_b``: where each side states its date; the acts are then read in that clause only, up to a
    semicolon or a dash (round az: "On 9 June 1865 a train derailed …; ten passengers died" dates no death)."""
    xa, xb = acts(_clause(text_a, span_a), lang_a), acts(_clause(text_b, span_b), lang_b)
    if not xa or not xb or xa & xb or any(xb & _TOGETHER.get(c, frozenset()) for c in xa) or any(
            xa & _TOGETHER.get(c, frozenset()) for c in xb):
        return None
    return tuple(" and ".join(NOUNS.get(c, c) for c in sorted(x)) for x in (xa, xb))


def _clause(text: str, span: tuple[int, int] | None) -> str:
    """The stretch of ``text`` between the semicolons or dashes around ``span`` (all of it without a span)."""
    if span is None:
        return text
    cuts = [m.end() for m in _CLAUSE_END.finditer(text, 0, span[0])]
    end = _CLAUSE_END.search(text, span[1])
    return text[cuts[-1] if cuts else 0:end.start() if end else len(text)]


_CLAUSE_END = re.compile(r";|\s[—–]\s")

#: How far after a word of negation its verb may stand ("was never awarded", «так и не был удостоен»).
_NEGATED_REACH = 60


def negated_acts(text: str, lang: str, spans: tuple[tuple[int, int], ...]) -> frozenset[str]:
    """The acts a text names right after a word of negation ("was never awarded a Stalin Prize": ``award``)."""
    out: set[str] = set()
    for start, end in spans:
        out |= acts(text[start:end + _NEGATED_REACH], lang)
    return frozenset(out)
