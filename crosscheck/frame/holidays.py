"""Feasts and days named instead of a date ("on Christmas Eve 1818", «в канун Нового года»: issue 10, round ak).  The
names and their dates are data (``lang/{en,ru}/holidays.tsv``); only a name with a year written right after it
("Christmas Eve 1818", "New Year's Day, 1863") is read: without one ("on Halloween night") the name is often a custom or
a setting, and a year taken from the document date put a second date into encyclopedic claims (HELD-OUT35)."""

from __future__ import annotations

import functools
import re

__all__ = ["holiday_regex", "holiday_date", "holiday_until", "movable_feast"]


@functools.lru_cache(maxsize=None)
def _rows() -> tuple[tuple[re.Pattern, int, int, tuple[int, int] | None], ...]:
    from crosscheck.lang.resources import tsv

    return tuple((re.compile(rf"(?:{r['pattern']})", re.I), int(r["month"]), int(r["day"]),
                  tuple(int(x) for x in r["until"].split("-")) if r.get("until") else None)
                 for lang in ("en", "ru") for r in tsv(f"{lang}/holidays.tsv"))


@functools.lru_cache(maxsize=None)
def holiday_regex() -> str:
    """One pattern for a named day and the year written after it (groups ``hol``, ``year``)."""
    from crosscheck.lang.resources import tsv

    names = "|".join(f"(?:{r['pattern']})" for lang in ("en", "ru") for r in tsv(f"{lang}/holidays.tsv"))
    return rf"(?<![\w-])(?:on\s+)?(?P<hol>{names})(?![\w-])(?:,?\s+(?:of\s+)?(?P<year>\d{{4}})(?:\s*(?:года|г\.))?)?"


def holiday_date(name: str) -> tuple[int, int] | None:
    """(month, day) of a named day."""
    return next(((mon, day) for rx, mon, day, _ in _rows() if rx.fullmatch(name.strip())), None)


def holiday_until(name: str) -> tuple[int, int] | None:
    """(month, day) of the last day a movable feast can fall on ("Good Friday": 23 April), None for a fixed day."""
    return next((until for rx, _, _, until in _rows() if rx.fullmatch(name.strip())), None)


@functools.lru_cache(maxsize=4096)
def movable_feast(text: str) -> bool:
    """A time written as a movable feast ("on Good Friday 1014", «на Пасху 1916 года»): some one day of its span, so any
    time that overlaps the span may be that day."""
    m = _holiday_rx().search(text or "")
    return bool(m and m.group("hol") and holiday_until(m.group("hol")))


@functools.lru_cache(maxsize=1)
def _holiday_rx() -> re.Pattern:
    return re.compile(holiday_regex(), re.I)
