"""Feasts and days named instead of a date ("on Christmas Eve 1818", «в канун Нового года»: issue 10, round ak).  The
names and their dates are data (``lang/{en,ru}/holidays.tsv``); only a name with a year written right after it
("Christmas Eve 1818", "New Year's Day, 1863") is read: without one ("on Halloween night") the name is often a custom or
a setting, and a year taken from the document date put a second date into encyclopedic claims (HELD-OUT35)."""

from __future__ import annotations

import functools
import re

__all__ = ["holiday_regex", "holiday_date"]


@functools.lru_cache(maxsize=None)
def _rows() -> tuple[tuple[re.Pattern, int, int], ...]:
    from crosscheck.lang.resources import tsv

    return tuple((re.compile(rf"(?:{r['pattern']})", re.I), int(r["month"]), int(r["day"]))
                 for lang in ("en", "ru") for r in tsv(f"{lang}/holidays.tsv"))


@functools.lru_cache(maxsize=None)
def holiday_regex() -> str:
    """One pattern for a named day and the year written after it (groups ``hol``, ``year``)."""
    from crosscheck.lang.resources import tsv

    names = "|".join(f"(?:{r['pattern']})" for lang in ("en", "ru") for r in tsv(f"{lang}/holidays.tsv"))
    return rf"(?<![\w-])(?:on\s+)?(?P<hol>{names})(?![\w-])(?:,?\s+(?:of\s+)?(?P<year>\d{{4}})(?:\s*(?:года|г\.))?)?"


def holiday_date(name: str) -> tuple[int, int] | None:
    """(month, day) of a named day."""
    return next(((mon, day) for rx, mon, day in _rows() if rx.fullmatch(name.strip())), None)
