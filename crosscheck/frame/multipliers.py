"""Multipliers: "doubled", "threefold", "twice", «втрое», «двукратный» as figures of the unit "times".

The words are data (``lang/multipliers.tsv``); "three times", "2.5-fold" and «в 3 раза» are read by the figure reader
of ``quantities.py`` with their unit named "times" too, so every way of saying a factor compares with every other.
"""

from __future__ import annotations

import functools
import re

from crosscheck.model import Quantity

__all__ = ["multiplier_quantities", "UNIT", "UNIT_WORDS"]

#: The unit of every factor.
UNIT = "times"
#: The unit words of a figure that make it a factor ("three times", "2.5-fold", «в 3 раза»), as the figure reader names them.
UNIT_WORDS = {"time": UNIT, "times": UNIT, "fold": UNIT, "раз": UNIT}


@functools.lru_cache(maxsize=None)
def _table(lang: str) -> tuple[re.Pattern, tuple[tuple[re.Pattern, float], ...]]:
    from crosscheck.lang.resources import tsv

    rows = [(r["pattern"], float(r["value"])) for r in tsv("multipliers.tsv") if r["lang"] == lang]
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(p for p, _ in rows) + r")(?![\w-])", re.I)
    return rx, tuple((re.compile(p, re.I), v) for p, v in rows)


def multiplier_quantities(text: str, lang: str) -> list[Quantity]:
    """Every multiplier word of the text as a figure of the unit "times"."""
    rx, rows = _table("ru" if lang == "ru" else "en")
    out = []
    for m in rx.finditer(text):
        value = next(v for p, v in rows if p.fullmatch(m.group(0)))
        out.append(Quantity(m.group(0), value, UNIT, "exact", m.start()))
    return out
