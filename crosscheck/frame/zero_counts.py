"""Counts of nought stated in words: "no one was killed", «обошлось без жертв» -> Quantity(value=0, unit="people").

The phrases are data (``lang/zero_counts.tsv``).  Without them a death toll on one side ("with 562 deaths") met nothing on
the other («обошлось без человеческих жертв») and the pair read as one statement with an added figure.
"""

from __future__ import annotations

import functools
import re

from crosscheck.model import Quantity

__all__ = ["zero_counts", "UNIT"]

#: The unit a death toll is read in (``frame/quantities``: "people", «человек», "lives").
UNIT = "people"


@functools.lru_cache(maxsize=None)
def _pattern(lang: str) -> re.Pattern:
    from crosscheck.lang.resources import tsv

    pats = [r["pattern"] for r in tsv("zero_counts.tsv") if r["lang"] == lang]
    return re.compile(r"(?<![\w-])(?:" + "|".join(pats) + r")(?![\w-])", re.I)


def zero_counts(text: str, lang: str) -> list[Quantity]:
    """Each phrase stating that nobody died, as a figure 0 of people at the phrase's place in ``text``."""
    return [Quantity(m.group(0), 0.0, UNIT, "exact", m.start()) for m in _pattern("ru" if lang == "ru" else "en").finditer(text)]
