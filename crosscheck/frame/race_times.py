"""A time a race or a record is run in, written as one figure ("1:41.11", "2:03:59", «1.41,11», "3 minutes 58.0 seconds",
«29 мин 31,78 с»): one figure in seconds, not a figure of minutes and another of seconds (issue 10 round cd).  A colon
form needs a decimal part or an hours field, so a clock time ("at 10:30") and a score ("2:1") are left alone; the
Russian dotted form («3.57,2») needs its decimal comma, so a date («27.07.1957») is left alone.  A pass over the
figures ``frame/quantities.py`` read: the figures inside such a time give way to it."""

from __future__ import annotations

import re

from crosscheck.model import Quantity

__all__ = ["with_race_times"]

_DEC = r"(?:[.,](?P<frac>\d{1,3}))"
_FORMS = (
    # 2:03:59, 2:03:59.5 (hours, minutes, seconds; one digit of hours: "17:20:00" and "09:30:00" are clock times)
    re.compile(r"(?<![\d:.,])(?P<h>[1-9]):(?P<m>[0-5]\d):(?P<s>[0-5]\d)" + _DEC + r"?(?![\d:])"),
    # 1:41.11, 29:31.78 (minutes, seconds and their fraction)
    re.compile(r"(?<![\d:.,])(?P<m>\d{1,2}):(?P<s>[0-5]\d)" + _DEC + r"(?![\d:])"),
    # «1.41,11», «3.57,2» (Russian: minutes, a dot, seconds, a decimal comma)
    re.compile(r"(?<![\d:.,])(?P<m>\d{1,2})\.(?P<s>[0-5]\d),(?P<frac>\d{1,3})(?!\d|[.,]\d)"),
    # "3 minutes 58.0 seconds", «29 мин 31,78 с», «2 ч 00 мин 35 с», "2 hours 6 minutes 32 seconds"
    re.compile(r"(?<![\d.,])(?:(?P<h>\d{1,2})\s*(?:hours?|hrs?\.?|h|ч\.?|час(?:а|ов)?),?\s+)?(?P<m>\d{1,3})\s*(?:minutes?|min\.?|мин\.?|минут[аыу]?)"
               r"\s+(?:and\s+|и\s+)?(?P<s>[0-5]?\d)" + _DEC
               + r"?\s*(?:seconds?|secs?\.?|сек\.?|секунд[аыу]?|с\.?)(?![\w])", re.I),
)


def with_race_times(text: str, out: list[Quantity]) -> list[Quantity]:
    """``out`` with each race time of ``text`` read as one figure in seconds (see the module docstring)."""
    found: list[Quantity] = []
    for rx in _FORMS:
        for m in rx.finditer(text):
            if any(q.pos <= m.start() < q.pos + len(q.text) for q in found):
                continue
            g = m.groupdict()
            frac = g.get("frac")
            value = int(g.get("h") or 0) * 3600 + int(g["m"]) * 60 + int(g["s"]) + (float("0." + frac) if frac else 0.0)
            found.append(Quantity(m.group(0), round(value, len(frac or "")), "second", "exact", m.start()))
    if not found:
        return out

    def inside(q: Quantity, f: Quantity) -> bool:
        return q.pos < f.pos + len(f.text) and f.pos < q.pos + len(q.text)

    # a time the reader took whole already ("10 hours, 31 minutes and 26 seconds" as one duration) stays as it is
    found = [f for f in found if not any(q.pos is not None and q.pos <= f.pos and f.pos + len(f.text) <= q.pos + len(q.text)
                                         and len(q.text) > len(f.text) for q in out)]
    kept = [q for q in out if q.pos is None or not any(inside(q, f) for f in found)]
    for i, f in enumerate(found):  # "under 3 minutes 50 seconds": the bound read before the time is the time's
        old = next((q for q in out if q.pos is not None and q.pos < f.pos and inside(q, f) and q.bound != "exact"), None)
        if old is not None:
            found[i] = Quantity(text[old.pos:f.pos + len(f.text)], f.value, f.unit, old.bound, old.pos)
    return sorted(kept + found, key=lambda q: -1 if q.pos is None else q.pos)
