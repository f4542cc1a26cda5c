"""Shares stated as fractions in words: "about a fifth of its weight" = about 20 %, «две трети» = 66.7 %
(``lang/fractions.tsv``).  Read as a quantity in percent, so a fraction on one side pairs with a percentage on the
other ("около 60 %" / "about a fifth")."""

from __future__ import annotations

import functools
import re

from crosscheck.model import Quantity

__all__ = ["ORDINAL_BEFORE", "fraction_quantities"]

_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "одна": 1, "одну": 1, "две": 2, "двух": 2, "три": 3,
               "трёх": 3, "трех": 3, "четыре": 4}
#: a part of a period ("the second half of the century", «во второй половине века»), not a share
#: An ordinal or a word of position right before a fraction: a part of a period ("the second half of the century", «во
#: второй половине века», «в конце полувека»), not a share and not a length (read here and by ``period_fractions.py``);
#: English words whole, so "lasted" and "finally" are none (round cl)
ORDINAL_BEFORE = re.compile(r"(?<![\w-])(?:(?:first|second|third|fourth|last|final|latter|former|early|late)|(?:перв|втор|трет|"
                            r"четв[её]рт|последн|нач|конц|заключительн)[а-яё]*)\s+$", re.I)
#: a fraction of a period of time is a duration ("a quarter of a century", "half an hour", «половина дня»)
_TIME_AFTER = re.compile(r"\s*(?:of\s+)?(?:an?\s+|the\s+)?(?:centur|millenni|decade|year|month|week|day|hour|minute|second|век|тысячелет|"
                         r"десятилет|год|месяц|недел|дня|дней|суток|час|минут|секунд|[XVI]+\b)", re.I)


#: "and a half", «с половиной»: the half of a number's unit, not a share
_HALF_MORE = re.compile(r"(?:(?<![\w-])с|\band\s+a)\s+$", re.I)


@functools.lru_cache(maxsize=2)
def _pattern(lang: str) -> tuple[re.Pattern, tuple[tuple[re.Pattern, float, bool], ...]]:
    from crosscheck.lang.resources import tsv

    rows = [(re.compile(r["pattern"], re.I), float(r["percent"]), r["numerator"] == "required") for r in tsv("fractions.tsv")
            if r["lang"] == lang]
    words = "|".join(r.pattern for r, _, _ in rows)
    nums = "|".join(sorted(_NUMERATORS, key=len, reverse=True))
    if lang == "en":
        rx = re.compile(rf"(?<![\w-])(?:(?P<num>{nums})[\s-]+)?(?P<frac>{words})(?=\s+(?:that\s+|those\s+)?of\b)", re.I)
    else:
        rx = re.compile(rf"(?<![\w-])(?:(?P<num>{nums})\s+)?(?P<frac>{words})(?![\w-])", re.I)
    return rx, tuple(rows)


def fraction_quantities(text: str, lang: str) -> list[Quantity]:
    """Every share stated as a fraction in ``text``, as a quantity in percent with the bound written before it."""
    if lang not in ("en", "ru"):
        return []
    rx, rows = _pattern(lang)
    out = []
    for m in rx.finditer(text):
        if ORDINAL_BEFORE.search(text[max(0, m.start() - 20):m.start()]) or _TIME_AFTER.match(text[m.end():m.end() + 24]):
            continue
        if _HALF_MORE.search(text[max(0, m.start() - 8):m.start()]):
            continue  # «два с половиной миллиона», "two and a half": half a unit more of a number (frame/quantities.py)
        if lang == "en" and m.group("num") is None and not re.search(r"(?:^|\s)(?:the|a|an|one)?\s*$", text[:m.start()]):
            continue
        part, required = next((v, req) for r, v, req in rows if r.fullmatch(m.group("frac")))
        if required and m.group("num") is None:
            continue
        n = _NUMERATORS.get((m.group("num") or "").lower(), 1)
        if lang == "en" and (m.group("num") or "").lower() in ("a", "an", "one") and m.group("frac").lower().endswith("s"):
            continue
        out.append(Quantity(m.group(0), round(part * n, 2), "percent", "exact", m.start()))
    return out
