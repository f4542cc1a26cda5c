"""How the bounds of two figures compare between close renderings (issue 10 round al)."""

from __future__ import annotations

__all__ = ["bound_against_approx"]


def bound_against_approx(bound_a: str | None, bound_b: str | None, unit_a: str | None, unit_b: str | None) -> bool:
    """A bound against an approximate figure of one unit or one measure ("more than 20 kilometres" / «около 23 км») is
    no translation of it: even in a close rendering the bound may hold the other side's value, as in a paraphrase. A
    share against a measure ("less than half" / "about 44 square kilometres") is no such pair."""
    from crosscheck.relate.slot_values import measure

    same_kind = unit_a == unit_b or bool(measure(unit_a) and measure(unit_b))
    return same_kind and {bound_a, bound_b} in ({"lower", "approx"}, {"upper", "approx"})
