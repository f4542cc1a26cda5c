"""A publication date read from the top of an article ("date 2019-07-11 ...",
"BAKU, 26 November 2019 —", "Москва, 26.11.2019").  Only full dates count:
a dateline without a year ("26 ноя") says nothing certain."""

from __future__ import annotations

import datetime as _dt
import re

from crosscheck.lang.months import month_number

_MONTH_WORD = r"[A-Za-zА-Яа-яЁё]{3,10}\.?"
_PATTERNS = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?!\d)"),
    re.compile(rf"(?<!\d)(?P<d>[0-3]?\d)\s+(?P<mw>{_MONTH_WORD}),?\s+(?P<y>(?:19|20)\d\d)(?!\d)"),
    re.compile(rf"(?P<mw>{_MONTH_WORD})\s+(?P<d>[0-3]?\d),?\s+(?P<y>(?:19|20)\d\d)(?!\d)"),
)


def _month(word: str) -> int | None:
    return month_number(word)


def find_dateline(text: str, head_chars: int = 300) -> _dt.date | None:
    """The first full date in the first lines of ``text``, or None."""
    head = text[:head_chars]
    for pattern in _PATTERNS:
        for m in pattern.finditer(head):
            try:
                month = int(m.group("m")) if "m" in m.groupdict() and m.group("m") else _month(m.group("mw"))
                if month is None:
                    continue
                return _dt.date(int(m.group("y")), month, int(m.group("d")))
            except (ValueError, IndexError):
                continue
    return None
