"""How far a bound may hold the other side's figure (issue 10 round al).

In a paraphrase a bound holds the other side's value up to three times its figure ("more than 900" / "950"), or within
15 % when its words say it lies close ("just over"). A translation keeps its bounds, but a bound against an approximate
figure of one unit or one measure ("more than 20 kilometres" / «около 23 км») is no translation of it, nor is a lower
bound against an exact measure close to it ("over 600 square kilometres" / «616 км²»): within 25 % the bound holds it
(an upper bound may be a misread "to": «поднял рекорд до 2 м 38 см»); a lower bound against an exact count within 15 %
("more than 1,800 people" / «1836 человек», round bv). A share
against a measure ("less than half" / "about 44 square kilometres") is no such pair.
"""

from __future__ import annotations

import math

from crosscheck.relate.slot_values import Slot, measure

__all__ = ["bound_gap", "bounds_one_way"]

#: The gap (log of the ratio) a bound may hold in a close rendering.
_CLOSE = math.log(1.25)
_NEAR = math.log(1.15)
_LOOSE = math.log(3)


def bound_gap(bound_a: str | None, bound_b: str | None, unit_a: str | None, unit_b: str | None, strict: bool,
              near: bool) -> float:
    """The largest log ratio at which one figure's bound holds the other's value (-1: never)."""
    if near:
        return _NEAR
    if strict:
        return _LOOSE
    same_kind = unit_a == unit_b or bool(measure(unit_a) and measure(unit_b))
    bounds = {bound_a, bound_b}
    if not same_kind or not bounds & {"lower", "upper"}:
        return -1.0
    if "approx" in bounds:
        return _LOOSE
    # a lower bound only: «до 2 м 38 см» is "to" as often as "up to" (a figure reached, no bound); a count ("more than
    # 1800 people" / "1,836 people") within 15 % (round bv): a translation keeps its figure, a paraphrase rounds it down
    if bounds == {"lower", "exact"}:
        return _CLOSE if measure(unit_a) else (_NEAR if _counted(unit_a) and _counted(unit_b) else -1.0)
    return -1.0


def _counted(unit: str | None) -> bool:
    """A unit that counts people or things, not a share or a sum of money (``slot_values._KNOWN_UNITS`` names those)."""
    from crosscheck.relate.slot_values import _KNOWN_UNITS

    return unit is None or unit in ("people", "troops") or unit not in _KNOWN_UNITS


def bounds_one_way(a: Slot, b: Slot, gap: float, strict: bool) -> bool:
    """Two lower bounds close together in a paraphrase ("at least 240 people" / «свыше 200 человек»): both hold the same
    value; far apart ("more than 200" / «более 2000») they are two figures (round as).  A translation keeps its figure
    ("more than 300" / «более 350» is a changed one); a comparative ("larger than 25 MB" / «больше 20 МБ») sets a limit,
    and an upper bound is often a maximum stated ("up to 12 kilograms" / «вплоть до 10 килограмм»): another limit or
    maximum contradicts it."""
    return (strict and a.bound == b.bound == "lower" and gap <= _CLOSE
            and not _comparative(str(a.text or "")) and not _comparative(str(b.text or "")))


def _comparative(text: str) -> bool:
    """The figure's words open with a comparative ("larger than", «длиннее»: ``lang/{en,ru}/comparative_bounds.tsv``)."""
    from crosscheck.lang.resources import words

    low = text.lower()
    return any(low.startswith(w) for lang in ("en", "ru") for w in words(f"{lang}/comparative_bounds.tsv"))
