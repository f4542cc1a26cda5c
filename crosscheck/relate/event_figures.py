"""Figures of two event reports: a figure of one unit that no figure of the other side
matches (a clash within one event), or one that both state (an agreement on a figure
for the same period).  Used by the event path of ``pair.py``."""

from __future__ import annotations

from crosscheck.model import ClaimFrame
from crosscheck.relate.slots import values_overlap

__all__ = ["quantity_clash", "quantity_match"]


def quantity_clash(fa: ClaimFrame, fb: ClaimFrame) -> tuple[str, str] | None:
    """Figures of one unit that no figure of the other side can match.

    Each side may state several figures ("10 months ... 11 months"); a clash
    needs a figure on each side that is compatible with none on the other.
    """
    for qa in fa.quantities:
        if not qa.unit or qa.unit in ("year", "date"):
            continue
        same_b = [qb for qb in fb.quantities if qb.unit == qa.unit]
        if not same_b or any(values_overlap(qa.value, qa.bound, qb.value, qb.bound) for qb in same_b):
            continue
        for qb in same_b:
            if not any(values_overlap(x.value, x.bound, qb.value, qb.bound) for x in fa.quantities if x.unit == qb.unit):
                return qa.text, qb.text
    return None


def quantity_match(fa: ClaimFrame, fb: ClaimFrame) -> tuple[str, str] | None:
    for qa in fa.quantities:
        for qb in fb.quantities:
            if qa.unit and qa.unit == qb.unit and qa.unit not in ("year", "date") and values_overlap(
                    qa.value, qa.bound, qb.value, qb.bound):
                return qa.text, qb.text
    return None
