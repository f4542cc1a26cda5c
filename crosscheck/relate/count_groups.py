"""Figures counted in groups of a fixed size ("twenty-three pairs", "two dozen", «три пары»: ``lang/count_groups.tsv``),
issue 10 round r: against a plain count on the other side, compared as the count of the things themselves
(23 pairs of chromosomes / «46 хромосом»). Two figures in the same group, or a group against a measure, a time or a
known unit (percent, money) or no unit, are left as they are; the slots take the count of things only when it makes the
two figures equal (``slots._comparable_values``): "400 million base pairs" / «400 миллионов пар» names the pairs on both
sides though the English frame reads "base" as the noun."""

from __future__ import annotations

from functools import lru_cache

from crosscheck.lang.resources import split, tsv

__all__ = ["group_size", "ungrouped"]


@lru_cache(maxsize=1)
def _sizes() -> dict[str, float]:
    return {u.lower(): float(row["size"]) for row in tsv("count_groups.tsv") for u in split(row["unit"])}


def group_size(unit: str | None) -> float | None:
    """The size of the group ``unit`` counts in ("pair": 2), or None."""
    return _sizes().get(unit.lower()) if unit else None


def ungrouped(va: float, unit_a: str | None, vb: float, unit_b: str | None, plain) -> tuple[float, float]:
    """Both values as counts of things when exactly one side counts in groups and the other side's unit is ``plain``
    (no measure, time or known unit: a predicate on the unit)."""
    ga, gb = group_size(unit_a), group_size(unit_b)
    if ga and not gb and plain(unit_b):
        return va * ga, vb
    if gb and not ga and plain(unit_a):
        return va, vb * gb
    return va, vb
