"""An event told as a new occurrence of its kind ("a new revolt", «очередное извержение»), issue 10 round ce.

"The great Kanak revolt broke out in June 1878" and «Новое восстание канаков вспыхнуло в 1917 г.» share a subject and a
predicate and each dates it once: read as one statement they clash by their years.  The Russian claim tells a second
revolt, so the two are two occasions.  When one claim only tells its event as a new one (``lang/{en,ru}/repeat_events.tsv``),
a clash of dates alone makes the pair related; when both do, they tell the same repeat and still clash.
"""

from __future__ import annotations

import functools
import re

__all__ = ["told_again", "one_side_again"]


@functools.lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern, ...]:
    from crosscheck.lang.resources import tsv

    return tuple(re.compile(r["pattern"]) for r in tsv(f"{lang}/repeat_events.tsv"))  # case-sensitive: "New Zealand"


@functools.lru_cache(maxsize=16384)
def told_again(text: str, lang: str) -> str | None:
    """The words that tell the text's event as a new one of its kind ("another eruption", «новое восстание»), or None."""
    for rx in _patterns("ru" if lang == "ru" else "en"):
        if m := rx.search(text):
            return m.group(0)
    return None


def one_side_again(text_a: str, lang_a: str, text_b: str, lang_b: str) -> str | None:
    """The words of the one claim of two that tells its event as a new one, when the other does not; else None."""
    a, b = told_again(text_a, lang_a), told_again(text_b, lang_b)
    return (a or b) if bool(a) != bool(b) else None
