"""Figures of two event reports: a figure of one unit that no figure of the other side
matches (a clash within one event), or one that both state (an agreement on a figure
for the same period).  Used by the event path of ``pair.py``."""

from __future__ import annotations

import math

from crosscheck.model import ClaimFrame

__all__ = ["quantity_clash", "quantity_match", "values_compatible"]


def quantity_clash(fa: ClaimFrame, fb: ClaimFrame) -> tuple[str, str] | None:
    """Figures of one unit that no figure of the other side can match.

    Each side may state several figures ("10 months ... 11 months"); a clash
    needs a figure on each side that is compatible with none on the other.
    """
    for qa in fa.quantities:
        if not qa.unit or qa.unit in ("year", "date"):
            continue
        same_b = [qb for qb in fb.quantities if qb.unit == qa.unit]
        if not same_b or any(values_compatible(qa.value, qa.bound, qb.value, qb.bound) for qb in same_b):
            continue
        for qb in same_b:
            if not any(values_compatible(x.value, x.bound, qb.value, qb.bound) for x in fa.quantities if x.unit == qb.unit):
                return qa.text, qb.text
    return None


def quantity_match(fa: ClaimFrame, fb: ClaimFrame) -> tuple[str, str] | None:
    for qa in fa.quantities:
        for qb in fb.quantities:
            if qa.unit and qa.unit == qb.unit and qa.unit not in ("year", "date") and values_compatible(
                    qa.value, qa.bound, qb.value, qb.bound):
                return qa.text, qb.text
    return None


def values_compatible(a: float, ba: str, b: float, bb: str) -> bool:
    def interval(v: float, bound: str) -> tuple[float, float]:
        if bound == "lower":
            return v, math.inf
        if bound == "upper":
            return -math.inf, v
        if bound == "approx":
            return v * 0.85, v * 1.15
        return v * 0.995, v * 1.005

    lo_a, hi_a = interval(a, ba)
    lo_b, hi_b = interval(b, bb)
    return lo_a <= hi_b and lo_b <= hi_a
