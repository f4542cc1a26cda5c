"""Powers of ten and ratios of one part: "10⁻⁸", "10^-8", "3×10⁸", "1.5 x 10^6", «6,02·10²³», "one part in a hundred
million" (issue 10, round br).

The figure reader of ``quantities.py`` reads "10⁻⁸" as ten and "one part in a hundred million" as one part and a
hundred million, so a precision stated both ways came out a clash ("порядка 10⁻⁸" / "about one part in a hundred
million").  Here each is one figure with no unit: a mantissa times ten to a power (superscript digits or a caret), and
one over the whole after the words of ``lang/ratios.tsv``.
"""

from __future__ import annotations

import functools
import re

from crosscheck.model import Quantity

__all__ = ["power_quantities"]

_SUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789--" + "-")
_POWER = re.compile(r"(?<![\w.,])(?:(?P<m>\d+(?:[.,]\d+)?)\s*[×x·*]\s*)?10\s*(?:(?P<sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\^\s*(?P<caret>[-−+]?\d{1,3}))(?![\d])")
_WHOLE = r"(?P<whole>\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+|(?:a\s+|one\s+)?(?:[a-zа-яё]+[\s-]+){0,3}(?:hundred|thousand|million|billion|trillion|сто|тысяч[аиу]?|миллион(?:а|ов)?|миллиард(?:а|ов)?)\b)"


@functools.lru_cache(maxsize=None)
def _ratio_rx(lang: str) -> re.Pattern:
    from crosscheck.lang.resources import tsv

    cues = "|".join(r["pattern"] for r in tsv("ratios.tsv") if r["lang"] == lang)
    return re.compile(rf"(?<![\w-])(?:{cues})\s+{_WHOLE}", re.I)


def _whole(text: str) -> float | None:
    from crosscheck.frame.numerals import parse_number_words

    t = text.replace("\u00a0", "").replace(",", "").replace(" ", "") if re.fullmatch(r"[\d,\u00a0 ]+", text) else text
    if t.isdigit():
        return float(t)
    return parse_number_words([w for w in re.split(r"[\s-]+", t) if w.lower() not in ("a", "one")] or ["one"])


def power_quantities(text: str, lang: str) -> list[Quantity]:
    """Every power of ten and every ratio of one part the text states, as a plain figure."""
    out: list[Quantity] = []
    for m in _POWER.finditer(text):
        exp = int((m.group("sup") or m.group("caret")).translate(_SUPER))
        if abs(exp) > 300:
            continue  # no float holds it; the figure reader leaves it unread
        mant = float(m.group("m").replace(",", ".")) if m.group("m") else 1.0
        out.append(Quantity(m.group(0), mant * 10.0 ** exp, None, "exact", m.start()))
    for m in _ratio_rx("ru" if lang == "ru" else "en").finditer(text):
        whole = _whole(m.group("whole"))
        if whole:
            out.append(Quantity(m.group(0), 1.0 / whole, None, "exact", m.start()))
    return out
