"""A yearly custom dated at two times of year is a clash (issue 10, round bx).

A date without a year clashes with nothing (``frame/time_resolve.py``): no document date fixes its year.  A claim that a
custom is kept every year ("is observed on 1 and 2 May", «ежегодно отмечают в конце августа», "falls on 4 or 5 April":
``lang/{en,ru}/annual_cues.tsv``) gives such a date as a time of year, and two claims that date one custom at two times
of year far apart contradict each other: "Mexico's Day of the Dead is observed on 1 and 2 May" / «День мёртвых отмечают
1–2 ноября».

Both claims must state a custom kept every year, each must give a time of year with a month (a season is too loose and
turns with the hemisphere), the two times must lie at least ``ANNUAL_MIN_GAP`` days apart on the year's circle (a month
and the next one are near: "late August" / "early September" read as two whole months), the claims must name one
subject (``once_only._same_subject``), neither may negate or plan, and the likeness must reach ``Z_AGREE``.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re

from crosscheck.model import ClaimFrame, Segment
from crosscheck.relate.thresholds import ANNUAL_MIN_GAP, Z_AGREE

__all__ = ["annual_cue", "times_of_year", "annual_clash", "annual_relation"]

_YEAR = 365
#: the reference date that gives a yearless date a year: every date of a year falls before it
_REF = _dt.date(2001, 12, 31)


@functools.lru_cache(maxsize=None)
def _cues(lang: str) -> re.Pattern:
    from crosscheck.lang.resources import tsv

    return re.compile("|".join(f"(?:{r['pattern']})" for r in tsv(f"{lang}/annual_cues.tsv")), re.I)


@functools.lru_cache(maxsize=16384)  # once per text: it is asked of every agree or related pair (round bx)
def annual_cue(text: str, lang: str) -> bool:
    """The claim states a custom kept every year ("is celebrated", «ежегодно отмечают»)."""
    return bool(_cues("ru" if lang == "ru" else "en").search(text))


@functools.lru_cache(maxsize=None)
def _month_rx(lang: str) -> re.Pattern:
    from crosscheck.lang.months import month_regex

    return re.compile(month_regex(lang, None), re.I)


#: Two dates that bound one span: "from 1 July to 31 August", «с 1 июля по 31 августа», "between May and June".
_FROM = re.compile(r"(?:\bfrom|\bbetween|(?<![\w-])(?:с|со|между))\s*$", re.I)
_TO = re.compile(r"^\s*(?:to|until|till|through|and|по|до|и|[–—-])\s*$", re.I)


def times_of_year(frame: ClaimFrame, text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """The days of the year (first, last; the last passes 365 for a span over the new year) of each date the claim
    gives without a year and with a month; two dates that bound one span ("from 1 July to 31 August") are that span."""
    from crosscheck.frame.times import extract_times

    lang = "ru" if lang == "ru" else "en"
    yearless = {t.text for t in frame.times if not t.anchored and _month_rx(lang).search(t.text)}
    if not yearless:
        return ()
    out: list[tuple[int, int, int, int]] = []  # (first day, last day, where the date starts, where it ends)
    for t in extract_times(text, lang, _REF):
        if t.text not in yearless or t.start is None or t.end is None or t.pos is None:
            continue
        first = t.start.timetuple().tm_yday
        length = (t.end - t.start).days
        if not 0 <= length < 200:
            continue
        prev = out[-1] if out else None
        if prev and _TO.match(text[prev[3]:t.pos]) and _FROM.search(text[:prev[2]]):
            last = first + length if first + length >= prev[0] else first + length + _YEAR
            out[-1] = (prev[0], last, prev[2], t.pos + len(t.text))
            continue
        out.append((first, first + length, t.pos, t.pos + len(t.text)))
    return tuple((x[0], x[1]) for x in out)


def _gap(x: tuple[int, int], y: tuple[int, int]) -> int:
    """Days between two spans on the year's circle (0 when they overlap)."""
    return min(max(0, y[0] + k * _YEAR - x[1], x[0] - (y[1] + k * _YEAR)) for k in (-1, 0, 1))


def _named_custom(text_a: str, lang_a: str, text_b: str, lang_b: str) -> bool:
    """A name in common that is no place (the custom's own: "Qingming" / «Цинмин»), and not a place on each side that
    the other lacks: other names beside it are detail ("the Chinese Tomb-Sweeping Festival"; the gods a procession
    carries), two countries are two customs ("India's Independence Day" / «День независимости США»)."""
    from crosscheck.relate.role_clash import read_names, same_name

    names_a, names_b = read_names(text_a, lang_a), read_names(text_b, lang_b)
    if not any(n.kind != "place" and not n.canon and any(same_name(n, o) for o in names_b) for n in names_a):
        return False
    left_a = [n for n in names_a if (n.kind == "place" or n.canon) and not any(same_name(n, o) for o in names_b)]
    left_b = [n for n in names_b if (n.kind == "place" or n.canon) and not any(same_name(n, o) for o in names_a)]
    return not (left_a and left_b)


def annual_clash(a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, z: float) -> tuple[str, str] | None:
    """(the time of year each claim gives) when two claims date one yearly custom at two times of year far apart."""
    if z < Z_AGREE or a.kind == "opinion" or b.kind == "opinion" or {fa.modality, fb.modality} & {"planned", "hypothetical"}:
        return None
    if not (annual_cue(a.text, a.lang) and annual_cue(b.text, b.lang)):
        return None
    ta, tb = times_of_year(fa, a.text, a.lang), times_of_year(fb, b.text, b.lang)
    if not ta or not tb or min(_gap(x, y) for x in ta for y in tb) < ANNUAL_MIN_GAP:
        return None
    places_a, places_b = fa.entity_keys("place"), fb.entity_keys("place")
    if places_a and places_b and not places_a & places_b:
        return None  # two countries keep two customs of one name ("India's Independence Day" / «в США»)
    from crosscheck.relate.negation import negation_info
    from crosscheck.relate.once_only import _same_subject

    if negation_info(a.text, a.lang).negated or negation_info(b.text, b.lang).negated:
        return None
    if not (_same_subject(a.text, a.lang, b.text, b.lang) or _named_custom(a.text, a.lang, b.text, b.lang)):
        return None
    told = [", ".join(t.text for t in f.times if not t.anchored and _month_rx("ru" if s.lang == "ru" else "en").search(t.text))
            for s, f in ((a, fa), (b, fb))]
    return told[0], told[1]


def annual_relation(a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, z: float):
    """The contradiction of :func:`annual_clash`, with the two times of year as evidence, or None."""
    try:
        told = annual_clash(a, fa, b, fb, z)
    except Exception:  # a reading error must not lose the decision already made
        return None
    if told is None:
        return None
    from crosscheck.model import Evidence
    from crosscheck.relate import explain
    from crosscheck.relate.confidence import confidence
    from crosscheck.relate.names import doc_label
    from crosscheck.relate.types import PairRelation

    ev = (Evidence("date-clash", f"{told[0]} vs {told[1]}", told[0], told[1]),)
    return PairRelation(a, b, "contradict", confidence("contradict", ev, z),
                        explain.annual_date_clash(doc_label(a), doc_label(b), told[0], told[1]), ev)
