"""Temperatures: a figure with a temperature scale as a signed value in degrees Celsius.

"−89.2 °C" -> Quantity(value=-89.2, unit="celsius"); "212 °F" -> (100.0, "celsius"); «40 градусов мороза» ->
(-40.0, "celsius"); "0 kelvins" -> (-273.15, "celsius").  The scales and sign words are data
(``lang/temperatures.tsv``), and so are the signs before a figure (``lang/signs.tsv``, ``frame/signs.py``).  Without
this a sign was dropped ("−67.7 °C" / «+67,7 °C» read as one value) and a conversion was a clash ("100 °C" / "212 °F").
"""

from __future__ import annotations

import functools
import re

from crosscheck.frame.numerals import digits_value
from crosscheck.frame.signs import sign_before
from crosscheck.model import Quantity

__all__ = ["temperature_quantities", "reached_words", "UNIT"]

#: The unit every temperature is read in (``lang/measures.tsv``: the dimension "temperature").
UNIT = "celsius"

_NUMBER = r"\d{1,3}(?:[,\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


@functools.lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern, dict[str, str], tuple[tuple[re.Pattern, int], ...]]:
    """(figure with scale, scale group -> scale letter, sign words after) for one language."""
    from crosscheck.lang.resources import tsv

    rows = [r for r in tsv("temperatures.tsv") if r["lang"] in ("*", lang)]
    scales = [(f"s{i}", r["form"], r["value"]) for i, r in enumerate(r for r in rows if r["kind"] == "scale")]
    rx = re.compile(r"(?<![\w.,])(?P<num>" + _NUMBER + r")(?:" + "|".join(f"(?P<{g}>{form})" for g, form, _ in scales) + ")")
    after = tuple((re.compile(r["form"]), int(r["value"])) for r in rows if r["kind"] == "after")
    return rx, {g: v for g, _, v in scales}, after


@functools.lru_cache(maxsize=None)
def reached_words() -> frozenset[str]:
    """Bound words that, before a temperature, state the value reached ("to", «до»: ``lang/temperatures.tsv``)."""
    from crosscheck.lang.resources import tsv

    return frozenset(r["form"].lower() for r in tsv("temperatures.tsv") if r["kind"] == "reached")


def temperature_quantities(text: str, lang: str) -> list[Quantity]:
    """Every temperature the text states with a scale, in degrees Celsius (rounded to 0.01), with its sign."""
    lang = "ru" if lang == "ru" else "en"
    rx, scale_of, after = _patterns(lang)
    out: list[Quantity] = []
    for m in rx.finditer(text):
        scale = next(scale_of[g] for g, v in m.groupdict().items() if g != "num" and v is not None)
        sign, start = sign_before(text, m.start(), lang, words=True) or (1, m.start())
        end = m.end()
        for arx, asign in after:
            am = arx.match(text, end)
            if am:
                sign, end = asign if sign == 1 else sign, am.end()  # «−40 градусов мороза» is still minus 40
                break
        v = sign * digits_value(m.group("num"), lang)
        celsius = v if scale == "C" else (v - 32) * 5 / 9 if scale == "F" else v - 273.15
        out.append(Quantity(text[start:end], round(celsius, 2) + 0.0, UNIT, "exact", start))
    return out
