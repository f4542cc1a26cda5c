"""Figures written together: a range ("from 5% to 40%", «от 5 до 40 %»: both ends stated values, the first taking the
second's unit) and figures coordinated or listed before one unit («на 5 и 10 км», «на 1500, 5000 и 10 000 м»).  Split from
``quantities.py`` (round ap)."""

from __future__ import annotations

import dataclasses
import re

from crosscheck.model import Quantity

__all__ = ["figure_ranges"]

_RANGE_JOIN = re.compile(r"^\s*(?:%|percent|per\s+cent|процент\w*)?\s*(?:до|по|to|and|[-–—])\s*$", re.I)
_COORDINATED = re.compile(r"^\s*(?:and|or|и|или)\s+(?:the\s+)?$", re.I)
_SCALE_WORD = re.compile(r"(?<![\w-])(?:thousand|million|billion|trillion|тыс|млн|млрд|трлн|тысяч|миллион|миллиард|триллион)", re.I)
_RANGE_START = re.compile(r"(?:^|[\s(])(?:от|с|со|from|between)\s*$", re.I)


def figure_ranges(text: str, out: list[Quantity], spans: list[tuple[int, int]]) -> list[Quantity]:
    """"from 5% to 40%", "от 5 до 40 %", "с 18 до 22 %": both ends are stated values
    (not bounds), and the first end takes the unit of the second."""
    listed = set()
    for k in range(len(out) - 2, -1, -1):
        (a0, a1), (b0, _) = spans[k], spans[k + 1]
        first, second = out[k], out[k + 1]
        gap = text[a1:b0]
        if first.unit is None and second.unit and _SCALE_WORD.search(second.text) is None and (
                _COORDINATED.match(gap) or (k + 1 in listed and re.fullmatch(r"\s*,\s*", gap))):
            # "the 5,000 and the 10,000 metres", «на 5 и 10 км»: two figures of one unit written once (round ai); so are
            # the figures of a list ending so, «на 1500, 5000 и 10 000 м» (round ap)
            out[k] = dataclasses.replace(first, unit=second.unit)
            listed.add(k)
    for k in range(len(out) - 1):
        (a0, a1), (b0, _) = spans[k], spans[k + 1]
        first, second = out[k], out[k + 1]
        if k in listed:
            continue
        head = re.sub(r"^(?:от|с|со|from|between)\s+", "", first.text, flags=re.I)
        lead = re.match(r"(?:до|по|to)\s", second.text, re.I)
        if not _RANGE_JOIN.match(text[a1:b0] + (" " + lead.group(0) if lead else "")):
            continue
        if not (_RANGE_START.search(text[:a0]) or first.text != head or first.bound == "lower"):
            continue
        second_text = re.sub(r"^(?:до|по|to)\s+", "", second.text, flags=re.I)
        out[k] = dataclasses.replace(first, value=_scaled(first, second), unit=first.unit or second.unit, bound="exact")
        out[k + 1] = dataclasses.replace(second, text=second_text if second.bound == "upper" else second.text,
                                         unit=second.unit or first.unit, bound="exact")
    return out


def _scaled(first: Quantity, second: Quantity) -> float:
    """The first end's value, taking the scale word only the second end writes: «от 1 до 2 тыс.» is 1,000 to 2,000,
    "between 3 and 4 million" 3 to 4 million; «от 500 до 2 тыс.» keeps 500 (round co)."""
    from crosscheck.frame.numerals import _EN_SCALES, _ru_value  # the number words' own scale table

    if _SCALE_WORD.search(first.text) or not (m := _SCALE_WORD.search(second.text)):
        return first.value
    word = re.match(r"[^\W\d_]+", second.text[m.start():]).group(0).lower()
    scale = float(_EN_SCALES.get(word) or (hit[0] if (hit := _ru_value(word)) and hit[1] else 1))
    mantissa = second.value / scale
    return first.value * scale if 0 < first.value < mantissa and first.value * scale < second.value else first.value
