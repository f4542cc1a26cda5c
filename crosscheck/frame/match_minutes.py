"""The minute of a match an event happened in (issue 10, round ai): "scored in the 89th minute", «забил на 11-й минуте».

The N-th minute is a time into the match, about N minutes: a ``minute`` quantity with the bound ``approx``, so "after 11
seconds" (a ``second`` quantity) clashes with «на 11-й минуте» and "after ten minutes" does not.  An ordinal with no noun
of a minute («на 11-й») is not read.
"""

from __future__ import annotations

import re

from crosscheck.model import Quantity

__all__ = ["match_minutes"]

_RX = {
    "en": re.compile(r"(?<![\w-])(?:in|during|by)\s+the\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+minute(?![\w-])", re.I),
    "ru": re.compile(r"(?<![\w-])на\s+(?P<n>\d{1,3})-?(?:й|ей|ой)\s+минуте(?![\w-])", re.I),
}


def match_minutes(text: str, lang: str) -> list[Quantity]:
    """A ``minute`` quantity (about N) for each "in the N-th minute" / «на N-й минуте» of ``text``."""
    rx = _RX.get("ru" if lang == "ru" else "en")
    return [Quantity(m.group(0), float(m.group("n")), "minute", "approx", m.start()) for m in rx.finditer(text)
            if int(m.group("n")) > 0]
