"""Figures of two event reports: a figure of one unit that no figure of the other side
matches (a clash within one event), or one that both state (an agreement on a figure
for the same period).  Used by the event path of ``pair.py``."""

from __future__ import annotations

from crosscheck.model import ClaimFrame
from crosscheck.relate.slots import values_overlap

__all__ = ["quantity_clash", "quantity_match"]


def quantity_clash(fa: ClaimFrame, fb: ClaimFrame, text_a: str = "", text_b: str = "") -> tuple[str, str] | None:
    """Figures of one unit that no figure of the other side can match.

    Each side may state several figures ("10 months ... 11 months"); a clash
    needs a figure on each side that is compatible with none on the other.
    With the two texts, two counts of people in different roles ("killing 78
    people" / «из 79 человек на борту»: ``count_roles.py``, round bj) are no clash.
    """
    from crosscheck.relate.count_roles import count_role

    def role(q, text: str) -> str | None:
        return count_role(text, q.pos, q.pos + len(q.text)) if text and q.pos is not None else None

    for qa in fa.quantities:
        if not qa.unit or qa.unit in ("year", "date"):
            continue
        same_b = [qb for qb in fb.quantities if qb.unit == qa.unit]
        if not same_b or any(values_overlap(qa.value, qa.bound, qb.value, qb.bound) for qb in same_b):
            continue
        for qb in same_b:
            if not any(values_overlap(x.value, x.bound, qb.value, qb.bound) for x in fa.quantities if x.unit == qb.unit):
                ra, rb = role(qa, text_a), role(qb, text_b)
                if ra and rb and ra != rb:
                    continue
                return qa.text, qb.text
    return None


def quantity_match(fa: ClaimFrame, fb: ClaimFrame) -> tuple[str, str] | None:
    for qa in fa.quantities:
        for qb in fb.quantities:
            if qa.unit and qa.unit == qb.unit and qa.unit not in ("year", "date") and values_overlap(
                    qa.value, qa.bound, qb.value, qb.bound):
                return qa.text, qb.text
    return None
