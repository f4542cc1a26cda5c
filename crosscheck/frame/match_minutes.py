"""The minute of a match an event happened in (issue 10, round ai): "scored in the 89th minute", «забил на 11-й минуте».

The N-th minute is a time into the match, about N minutes: a ``minute`` quantity with the bound ``approx``, so "after 11
seconds" (a ``second`` quantity) clashes with «на 11-й минуте».  (Between translations an approximate figure keeps its
value: "after ten minutes" against «на 11-й минуте» still clashes there.)  An ordinal with no noun of a minute
(«на 11-й») is not read.  The phrases are data (``lang/{en,ru}/match_minutes.tsv``).
"""

from __future__ import annotations

import functools
import re

from crosscheck.model import Quantity

__all__ = ["match_minutes"]


@functools.lru_cache(maxsize=None)
def _rx(lang: str) -> tuple[re.Pattern, ...]:
    """One pattern per row (each names its group ``n``)."""
    from crosscheck.lang.resources import tsv

    return tuple(re.compile(rf"(?<![\w-])(?:{r['pattern']})(?![\w-])", re.I) for r in tsv(f"{lang}/match_minutes.tsv"))


def match_minutes(text: str, lang: str) -> list[Quantity]:
    """A ``minute`` quantity (about N) for each "in the N-th minute" / «на N-й минуте» of ``text``."""
    return [Quantity(m.group(0), float(m.group("n")), "minute", "approx", m.start())
            for rx in _rx("ru" if lang == "ru" else "en") for m in rx.finditer(text) if int(m.group("n")) > 0]
