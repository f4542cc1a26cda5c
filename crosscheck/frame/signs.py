"""Signs written before a figure: "−2.5 %", "+3 млрд", "minus 40 degrees" (``lang/signs.tsv``).

A sign character counts when it touches the figure and follows neither a figure nor a letter ("10-20", "2010–2015",
"COVID-19" have none); a sign word ("minus", «минус») only where the caller asks for it (a temperature).
"""

from __future__ import annotations

import functools
import re

__all__ = ["sign_before", "explicit_sign"]


@functools.lru_cache(maxsize=None)
def _signs(lang: str, words: bool) -> tuple[tuple[re.Pattern, int, bool], ...]:
    from crosscheck.lang.resources import tsv

    return tuple((re.compile(r"(?:" + r["form"] + r")$"), int(r["value"]), r["kind"] == "word")
                 for r in tsv("signs.tsv") if r["lang"] in ("*", lang) and (words or r["kind"] == "char"))


def sign_before(text: str, start: int, lang: str, words: bool = False) -> tuple[int, int] | None:
    """(sign, where the sign starts) of the figure starting at ``start``, or None when no sign is written."""
    head = text[max(0, start - 12):start]
    for rx, sign, is_word in _signs("ru" if lang == "ru" else "en", words):
        m = rx.search(head)
        if not m:
            continue
        at = start - (len(head) - m.start())
        if is_word:
            if at > 0 and text[at - 1].isalnum():
                continue  # a word starts at a word boundary
        elif at > 0 and (text[at - 1].isalnum() or (text[at - 1].isspace() and text[:at].rstrip()[-1:].isdigit())):
            continue  # a range or a code ("10-20", "2010 –2015", "COVID-19"), not a sign
        return sign, at
    return None


def explicit_sign(text: str) -> int | None:
    """The sign a figure's own text starts with ("−2.5 %", "about +3", "−$3 billion"), or None: a sign character right
    before its first digit or currency sign, after at most a bound word."""
    m = re.match(r"^(?:[^\W\d]+\s+){0,3}([−–+-])(?=[\d$€£₽])", text)
    return None if m is None else (1 if m.group(1) == "+" else -1)
