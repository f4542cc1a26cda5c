"""A day fixed by a calendar rule: the nth (or last) weekday of a month ("the last Tuesday of January", «в четвёртый
четверг ноября»; ``lang/{en,ru}/weekday_rules.tsv``, round ap).  Read as a figure of its own unit, ``weekday``, whose value
is ten times the ordinal (9: the last) plus the weekday (1: Monday; never 0, a figure's logarithm is taken): two rules of one month that differ clash ("the last
Tuesday" / «последнюю субботу»), a rule never pairs with another figure."""

from __future__ import annotations

import re
from functools import lru_cache

from crosscheck.model import Quantity

__all__ = ["weekday_rules"]


@lru_cache(maxsize=2)
def _bare_rx(lang: str) -> re.Pattern:
    """A weekday alone after its preposition ("on a Saturday", «в понедельник»)."""
    from crosscheck.lang.resources import tsv

    rows = tsv(f"{lang}/weekday_rules.tsv")
    lead = "|".join(r["pattern"] for r in rows if r["kind"] == "bare")
    d = "|".join(f"(?:{r['pattern']})" for r in rows if r["kind"] == "day")
    return re.compile(rf"(?<![\w-])(?:{lead})(?P<day>{d})(?![\w-])", re.I)


@lru_cache(maxsize=2)
def _rx(lang: str) -> tuple[re.Pattern, dict[str, int], dict[str, int]]:
    from crosscheck.lang.months import month_regex
    from crosscheck.lang.resources import tsv

    rows = tsv(f"{lang}/weekday_rules.tsv")
    ords = [(r["pattern"], int(r["value"])) for r in rows if r["kind"] == "ord"]
    days = [(r["pattern"], int(r["value"])) for r in rows if r["kind"] == "day"]
    link = "|".join(r["pattern"] for r in rows if r["kind"] == "link" and r["pattern"])
    o = "|".join(f"(?:{p})" for p, _ in ords)
    d = "|".join(f"(?:{p})" for p, _ in days)
    gap = rf"\s+(?:{link})\s+" if link else r"\s+"
    rx = re.compile(rf"(?<![\w-])(?P<ord>{o})\s+(?P<day>{d})s?{gap}{month_regex(lang, 'mon')}(?![\w-])", re.I)
    return rx, {p: v for p, v in ords}, {p: v for p, v in days}


def _value(word: str, table: dict[str, int]) -> int | None:
    return next((v for p, v in table.items() if re.fullmatch(p, word, re.I)), None)


def weekday_rules(text: str, lang: str) -> list[Quantity]:
    """The weekday rules of ``text`` as figures of unit ``weekday`` ("the last Tuesday of January" -> 92, "on a Saturday"
    -> 6)."""
    if lang not in ("en", "ru"):
        return []
    rx, ords, days = _rx(lang)
    out = []
    for m in rx.finditer(text):
        o, d = _value(m.group("ord"), ords), _value(m.group("day"), days)
        if o is not None and d is not None:
            out.append(Quantity(text[m.start():m.end("day")], float(o * 10 + d + 1), "weekday", "exact", m.start()))
    for m in _bare_rx(lang).finditer(text):
        d = _value(m.group("day"), days)
        if d is not None and not any(q.pos <= m.start("day") < q.pos + len(q.text) for q in out):
            out.append(Quantity(m.group("day"), float(d + 1), "weekday", "exact", m.start("day")))  # "on a Saturday" (round aq)
    return out
