"""Bilingual lexicons of opposite poles (``opposites.tsv``, ``open_poles.tsv``): one reader.

Rows ``concept, pole, en, ru``; ``en`` holds comma-separated word forms and phrases matched
as whole words; ``ru`` comma-separated stems (``stems=True``: any ending follows every entry)
or whole words where only an entry written with a trailing ``*`` takes any ending.
"""

from __future__ import annotations

import functools
import re

from crosscheck.lang.resources import tsv

__all__ = ["pole_lexicon"]

_RU_END = r"[а-яё]*"


def _entries(cell: str) -> list[str]:
    return [w.strip() for w in cell.split(",") if w.strip()]


def _phrase(word: str) -> str:
    return re.escape(word).replace(r"\ ", r"\s+")


@functools.lru_cache(maxsize=None)
def pole_lexicon(rel: str, *, stems: bool) -> tuple[tuple[str, str, re.Pattern, re.Pattern], ...]:
    """``(concept, pole, en_rx, ru_rx)`` per row of the data file ``rel``."""
    rows = []
    for row in tsv(rel):
        en = r"(?<![\w-])(?:" + "|".join(_phrase(w) for w in _entries(row["en"])) + r")(?![\w-])"
        if stems:
            ru = r"(?<![\w-])(?:" + "|".join(_phrase(w) for w in _entries(row["ru"])) + r")" + _RU_END
        else:
            ru = (r"(?<![\w-])(?:" + "|".join(_phrase(w.rstrip("*")) + (_RU_END if w.endswith("*") else "")
                                             for w in _entries(row["ru"])) + r")(?![\w-])")
        rows.append((row["concept"], row["pole"], re.compile(en, re.I), re.compile(ru, re.I)))
    return tuple(rows)
