"""One count told whole on one side and in two parts on the other (issue 10, round ai).

"killing 270 people" / «погибли все 259 человек на борту и 11 жителей городка», "won 15 medals" / «10 золотых и 5
серебряных медалей»: a whole count (exact, of people or things) that equals the sum of two exact counts of the other side
(their nouns may differ: "23 men" / «20 матросов и 3 офицеров»; one may be written without its noun: «10 золотых и 5
серебряных медалей») is that count told in parts; the two parts pair with it and not with anything else.
A sum that misses ("270" / «259 … и 12») leaves the figures to the usual pairing (a clash).
"""

from __future__ import annotations

from typing import Callable

__all__ = ["pair_sums"]


def pair_sums(left_a: list, left_b: list, plain: Callable[[str | None], bool]) -> list:
    """Pairs (whole, larger part) for each whole count one side states as the sum of two counts of the other; the slots
    are taken out of ``left_a`` and ``left_b`` (in place).  ``plain``: a unit that names the things counted."""
    from crosscheck.relate.slot_values import SlotPair

    def counted(unit: str | None) -> bool:
        return unit == "people" or plain(unit)  # a count of people or things, not a measure, time, money or share

    pairs = []
    for one, two in ((left_a, left_b), (left_b, left_a)):
        for whole in list(one):
            if whole.bound != "exact" or not float(whole.value).is_integer() or whole.value < 3 or not counted(whole.unit):
                continue
            parts = [p for p in two if p.bound == "exact" and (p.unit is None or counted(p.unit))
                     and float(p.value).is_integer() and 0 < p.value < whole.value]
            # two parts of one size ("20 numbers" / «10 чисел … B10») are more often a figure changed than a whole halved
            hit = next(((x, y) for i, x in enumerate(parts) for y in parts[i + 1:]
                        if x.value + y.value == whole.value and x.value != y.value), None)
            if hit is None:
                continue
            big, small = sorted(hit, key=lambda p: -p.value)
            one.remove(whole)
            two.remove(big)
            two.remove(small)
            pairs.append(SlotPair("number", whole, big, True) if one is left_a else SlotPair("number", big, whole, True))
    return pairs
