"""A length of time told as a part, or one and a half, of a period: "half a century" = 50 years, "a year and a half" =
1.5 years, «полвека», «четверть века», «полгода», «полчаса» (``lang/period_fractions.tsv``; issue 10 round cl). A pass
over the figures ``frame/quantities.py`` read: a figure read inside the phrase ("about a year" of "about a year and a
half", "a quarter" read as a share) gives way to the phrase, whose bound is the cue written before it ("more than half a
century", «почти полвека»), else approximate: a fraction of a period is a round figure, told to 10 % (``relate/roundings``).
A part named by an ordinal before it ("the first quarter of the century", «в первой четверти века», «за первые полгода»)
is a part of a period, a time, and is not read."""

from __future__ import annotations

import functools
import re

from crosscheck.frame.fractions import ORDINAL_BEFORE
from crosscheck.model import Quantity

__all__ = ["period_fraction_quantities", "told_as_part", "with_period_fractions"]


@functools.lru_cache(maxsize=2)
def _rows(lang: str) -> tuple[tuple[re.Pattern, str, float], ...]:
    from crosscheck.lang.resources import tsv

    return tuple((re.compile(rf"(?<![\w-])(?:{r['pattern']})(?![\w-])", re.I), r["unit"], float(r["value"]))
                 for r in tsv("period_fractions.tsv") if r["lang"] == lang)


def period_fraction_quantities(text: str, lang: str) -> list[Quantity]:
    """Each fractional period in ``text`` as a figure of time, with no bound yet ("approx"); of two phrases that overlap
    the one that starts first wins, the longer at one start."""
    found: list[Quantity] = []
    for rx, unit, value in _rows("ru" if lang == "ru" else "en"):
        for m in rx.finditer(text):
            if ORDINAL_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
                continue  # "in the first quarter of the century", «за первые полгода»: a part of a period
            found.append(Quantity(m.group(0), value, unit, "approx", m.start()))
    found.sort(key=lambda q: (q.pos, -len(q.text)))
    out: list[Quantity] = []
    for q in found:
        if not any(o.pos <= q.pos < o.pos + len(o.text) for o in out):
            out.append(q)
    return out


@functools.lru_cache(maxsize=16384)  # asked for each approximate figure of every candidate pair
def told_as_part(text: str) -> bool:
    """Whether ``text`` (a figure as written) tells a length as a part of a period ("почти четверть века")."""
    return any(rx.search(text) for lang in ("en", "ru") for rx, _, _ in _rows(lang))


def with_period_fractions(text: str, lang: str, out: list[Quantity], skip: list[tuple[int, int]]) -> list[Quantity]:
    """``out`` with every fractional period read as a figure of time; a figure read inside it, or overlapping it, gives way."""
    from crosscheck.frame.bounds import bound_before

    found = [f for f in period_fraction_quantities(text, lang) if not any(x <= f.pos < y for x, y in skip)]
    if not found:
        return out
    for f in found:
        end = f.pos + len(f.text)
        out = [q for q in out if q.pos is None or not (f.pos <= q.pos < end or q.pos <= f.pos < q.pos + len(q.text))]
        bound, start = bound_before(text, f.pos)
        if bound == "exact":
            bound, start = "approx", f.pos
        out.append(Quantity(text[start:end], f.value, f.unit, bound, start))
    return sorted(out, key=lambda q: q.pos if q.pos is not None else -1)
