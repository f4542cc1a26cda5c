"""A once-only predicate of one subject at two dates is a clash, not two events (issue 10, round t).

The event view calls two reports whose stated times do not overlap "different events": two visits, two meetings, two
matches on two dates are two occasions.  Some predicates can happen only once to their subject: a person is born and
dies once, a company or a city is founded once, a work premieres or is first shown once, a ship sinks once, a law is
passed once (``lang/{en,ru}/once_only.tsv``).  Two claims that state the same such predicate of the same subject at two
dates that do not overlap contradict each other: "Lukoil was set up in 2001" / «„Лукойл“ была создана в 1991 г.».

To be the same subject, the two claims must share a name (read from the text, ``role_names.py``) and must not each carry
a name the other lacks (two founders founding two things: "Peter founded St Petersburg in 1703" / «Пётр основал
Таганрог в 1698 году» stay two statements), unless two of those names are one title told in two languages ("The Night
Watch" / «Ночной дозор», ``translated_titles.py``: round be) or the shared name is where a battle was fought ("at
Austerlitz" / «Битва под Аустерлицем»: round bf).  With no name in common, a name told in translation on each side
(quoted in lower case too: "The Schoolhouse Blizzard" / «„школьная метель“») is the one subject (round bg).  Each claim
must state one time only (a claim with two dates may date another act: "born in 1920, founded the firm in 1950"), or one
in the clause, between semicolons, that states the act ("set up his consultancy in 1931; the first car followed in
1948": round bh); neither may negate, plan or give an opinion, and the likeness must reach the agreement level
``Z_AGREE``.  The clash is tried where two claims are two events by their dates and, for a claim of several clauses,
where they are one statement whose dates do not pair (``once_only_relation``).
"""

from __future__ import annotations

import dataclasses
import functools
import re

from crosscheck.model import ClaimFrame, Segment
from crosscheck.relate.event_view import EventView, overlaps
from crosscheck.relate.thresholds import Z_AGREE

__all__ = ["once_only_concepts", "once_only_clash", "once_only_relation", "names_left"]


@functools.lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    from crosscheck.lang.resources import tsv

    return tuple((r["concept"], re.compile(r["pattern"], re.I)) for r in tsv(f"{lang}/once_only.tsv"))


@functools.lru_cache(maxsize=16384)  # once per text: the same-statement branch asks it of every related pair (round bh)
def once_only_concepts(text: str, lang: str) -> frozenset[str]:
    """The once-only predicates a text states ("founded", «создана»: ``found``; "died", «скончалась»: ``die``)."""
    return frozenset(c for c, rx in _patterns("ru" if lang == "ru" else "en") if rx.search(text))


def _one_time(frame: ClaimFrame, view: EventView, span: tuple[int, int] | None = None) -> bool:
    """Every anchored point time of the claim lies inside the time of its event view (the claim states one time); with
    ``span``, every one inside that clause, and there is one (round bh: "set up his consultancy in 1931; the first car
    followed in 1948" dates the founding once)."""
    seen = span is None
    for t in frame.times:
        if t.role != "point" or not t.anchored or t.start is None or t.end is None:
            continue
        if span is not None and not span[0] <= t.pos < span[1]:
            continue
        if t.end < view.start or t.start > view.end:
            return False
        seen = True
    return seen


def _clause(text: str, lang: str, concepts: frozenset[str], sep: str = ";") -> tuple[int, int] | None:
    """Where the clause (between semicolons, or with ``sep=","`` between commas) that states one of ``concepts`` lies,
    when the text has more than one."""
    if sep not in text:
        return None
    for c, rx in _patterns("ru" if lang == "ru" else "en"):
        if c in concepts and (m := rx.search(text)):
            start = max((x.end() for x in re.finditer(sep, text[:m.start()])), default=0)
            end = text.find(sep, m.end())
            return start, end if end >= 0 else len(text)
    return None


def _span(seg: Segment, frame: ClaimFrame, view: EventView, concepts: frozenset[str]) -> tuple[int, int] | None:
    """The clause that dates the concept: the one between semicolons, else, when the whole claim states more than one
    time, a comma clause after the first ("Fortnum & Mason, the Piccadilly grocer founded in 1707 by William Fortnum,
    claims to have invented the Scotch egg in 1738": 1707 dates the founding, round bi). The first clause is the
    sentence's main one, whose verb the later clauses may share ("was set up in 1988, …, and listed in 2020"): there the
    claim states two times."""
    span = _clause(seg.text, seg.lang, concepts)
    if span is None and not _one_time(frame, view):
        inset = _clause(seg.text, seg.lang, concepts, ",")
        span = inset if inset is not None and inset[0] > 0 else None
    return span


def _same_subject(text_a: str, lang_a: str, text_b: str, lang_b: str, battle: bool = False) -> bool:
    """A name in common, and no name on both sides that the other lacks (a people's adjective is no name); for a battle
    (``battle``), the one place both sides fight it at is the subject, whatever else each side names."""
    from crosscheck.relate.role_clash import _demonym, read_names, same_name

    names_a = [n for n in read_names(text_a, lang_a) if not _demonym(n)]
    names_b = [n for n in read_names(text_b, lang_b) if not _demonym(n)]
    shared = [n for n in names_a if any(same_name(n, o) for o in names_b)]
    if not shared:
        # a named event or work told in translation on each side and no name in common ("The Schoolhouse Blizzard" /
        # «школьная метель», quoted in lower case: round bg) is the one subject, and the places named besides are detail;
        # a venue or a person on each side is another statement (a new production of one ballet at another theatre)
        from crosscheck.relate.translated_titles import without_translated

        if any(n.kind == "venue" for n in names_a) and any(n.kind == "venue" for n in names_b):
            return False  # two theatres are not one title, however close their words (0.56)
        all_a = names_a + _quoted(text_a)
        keep_a, keep_b = without_translated(text_a, all_a, text_b, names_b + _quoted(text_b))
        if len(keep_a) == len(all_a):
            return False
        return not (any(getattr(n, "last", "") for n in keep_a) and any(getattr(n, "last", "") for n in keep_b))
    left_a, left_b = names_left(names_a, names_b)
    if not (left_a and left_b):
        return True
    if battle and any(_fought_at(text_a, n) for n in shared) and any(_fought_at(text_b, o) for o in names_b
                                                                      if any(same_name(n, o) for n in shared)):
        return not (_NTH.search(text_a) or _NTH.search(text_b))  # "the First Battle of Ypres" is one of several
    # a title told in translation on each side ("The Night Watch" / «Ночной дозор») names the one work: the other names
    # left over (a museum, a city) are detail (round be, ``translated_titles.py``)
    from crosscheck.relate.translated_titles import translated_pair

    return translated_pair(text_a, left_a, text_b, left_b) is not None


def names_left(names_a: list, names_b: list) -> tuple[list, list]:
    """The strong names and titles each side carries that the other does not name; a continent or world region («один из
    главных в Европе») is the scope of a claim, no second subject (round as)."""
    from crosscheck.relate.role_clash import same_name

    def left(mine: list, other: list) -> list:
        return [n for n in mine if (n.strong or n.kind == "title") and not any(same_name(n, o) for o in other) and not _region(n)]

    return left(names_a, names_b), left(names_b, names_a)


def _quoted(text: str) -> list:
    """Each quoted phrase as a span ("«школьная метель»"): a named event or work that is written in lower case."""
    from types import SimpleNamespace

    from crosscheck.relate.role_names import _QUOTES

    return [SimpleNamespace(text=m.group(0)[1:-1], start=m.start() + 1, end=m.end() - 1) for m in _QUOTES.finditer(text)]


#: Where a battle is fought: "at Austerlitz", "off Cape Trafalgar", "the Battle of Hastings", «под Аустерлицем», «при
#: Гастингсе», or a Russian adjective before the battle («Грюнвальдская битва», round bf).
_AT = re.compile(r"(?:\b(?:at|near|off|of)\s+(?:Cape\s+)?|(?<![\w-])(?:при|под|у|близ)\s+)$", re.I)
_NTH = re.compile(r"\b(?:first|second|third|fourth)\s+battle\b|(?<![\w-])(?:перв|втор|трет|четвёрт)\w*\s+(?:битв|сражени)", re.I)


def _fought_at(text: str, name) -> bool:
    """The name stands where a battle's place does."""
    return bool(_AT.search(text[:name.start])) or bool(re.match(r"\s+(?:битв|сражени)", text[name.end:], re.I))


def _region(name) -> bool:
    from crosscheck.relate.name_keys import is_region

    return bool(name.canon) and is_region(name.canon)


def _clause_view(frame: ClaimFrame, view: EventView, span: tuple[int, int] | None) -> EventView:
    """The event view of the clause that states the concept, when the claim has several clauses and that one states one
    time ("set up his consultancy in 1931; the first car followed in 1948": 1931, whatever the whole claim's view)."""
    if span is None:
        return view
    inside = [t for t in frame.times if t.role == "point" and t.anchored and t.start is not None and t.end is not None
              and span[0] <= t.pos < span[1]]
    if len({(t.start, t.end) for t in inside}) != 1:
        return view
    t = inside[0]
    return dataclasses.replace(view, start=t.start, end=t.end, time_text=t.text, explicit=True)


def once_only_clash(a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, z: float, va: EventView,
                    vb: EventView) -> tuple[str, EventView, EventView] | None:
    """(the once-only concept two claims date differently, and the two views that date it), or None."""
    if z < Z_AGREE or a.kind == "opinion" or b.kind == "opinion":
        return None
    if {fa.modality, fb.modality} & {"planned", "hypothetical"}:
        return None
    common = once_only_concepts(a.text, a.lang) & once_only_concepts(b.text, b.lang)
    if not common:
        return None
    sa, sb = _span(a, fa, va, common), _span(b, fb, vb, common)
    va, vb = _clause_view(fa, va, sa), _clause_view(fb, vb, sb)
    if not (va.explicit and vb.explicit) or overlaps(va, vb) is not False:
        return None
    if not (_one_time(fa, va, sa) and _one_time(fb, vb, sb)):
        return None
    from crosscheck.relate.negation import negation_info

    if negation_info(a.text, a.lang).negated or negation_info(b.text, b.lang).negated:
        return None
    if not _same_subject(a.text, a.lang, b.text, b.lang, battle="occur" in common):
        return None
    return sorted(common)[0], va, vb


def once_only_relation(a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, z: float, va: EventView, vb: EventView):
    """The contradiction of :func:`once_only_clash`, with its dates as evidence and explanation; failing it, one disaster
    told on two days (``toll_dates.py``); or None."""
    once = once_only_clash(a, fa, b, fb, z, va, vb)
    if once is None:
        from crosscheck.relate.toll_dates import toll_date_relation

        return toll_date_relation(a, fa, b, fb, z, va, vb)  # one disaster (one place, one toll) on two days (round by)
    from crosscheck.model import Evidence
    from crosscheck.relate import explain
    from crosscheck.relate.confidence import confidence
    from crosscheck.relate.event_view import describe_time
    from crosscheck.relate.names import doc_label
    from crosscheck.relate.types import PairRelation

    concept, va, vb = once
    ev = Evidence("date-clash", f"{va.time_text} vs {vb.time_text}", describe_time(va), describe_time(vb))
    expl = explain.once_only_date_clash(doc_label(a), doc_label(b), concept, va.time_text or describe_time(va),
                                        vb.time_text or describe_time(vb))
    return PairRelation(a, b, "contradict", confidence("contradict", (ev,), z), expl, (ev,))
