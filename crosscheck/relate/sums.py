"""One count told whole on one side and in two parts on the other (issue 10, round ai).

"killing 270 people" / «погибли все 259 человек на борту и 11 жителей городка», "won 15 medals" / «10 золотых и 5
серебряных медалей»: a whole count (exact, of people or things) that equals the sum of two exact counts of the other side
(their nouns may differ: "23 men" / «20 матросов и 3 офицеров»; one may be written without its noun: «10 золотых и 5
серебряных медалей») is that count told in parts; the two parts pair with it and not with anything else.
A sum that misses ("270" / «259 … и 12») leaves the figures to the usual pairing (a clash).  Tried and dropped (round
aj): a part already paired with a figure of the other side ("three gold medals and one silver" / «четыре медали, три из
которых золотые»): it made 19 changed figures of the perturbation sets `agree` by chance sums ("19 and 8 pixels" / «11 и
8», "2 bytes for 11 bits" / «13 байта»).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

__all__ = ["pair_sums", "included_sums", "same_colour"]


def pair_sums(left_a: list, left_b: list, plain: Callable[[str | None], bool]) -> list:
    """Pairs (whole, its parts as one slot) for each whole count one side states as the sum of two counts of the other;
    the slots are taken out of ``left_a`` and ``left_b`` (in place).  ``plain``: a unit that names the things counted."""
    import dataclasses

    from crosscheck.relate.slot_values import SlotPair

    def counted(unit: str | None) -> bool:
        return unit == "people" or plain(unit)  # a count of people or things, not a measure, time, money or share

    def part(p) -> bool:  # a share of a count told before it ("91 miners, two of them rescuers": round bj) adds nothing
        return (p.bound == "exact" and (p.unit is None or counted(p.unit)) and float(p.value).is_integer() and p.value > 0
                and getattr(p, "role", None) != "part")

    pairs = []
    for one, two in ((left_a, left_b), (left_b, left_a)):
        for whole in list(one):
            if whole.bound != "exact" or not float(whole.value).is_integer() or whole.value < 3 or not counted(whole.unit):
                continue
            loose = [p for p in two if part(p) and p.value < whole.value]
            # two parts of one size ("20 numbers" / «10 чисел … B10») are more often a figure changed than a whole halved
            hit = next(((x, y) for i, x in enumerate(loose) for y in loose[i + 1:]
                        if x.value + y.value == whole.value and x.value != y.value), None)
            if hit is None:
                continue
            if (c := _colours(whole.text)) and not _colours(hit[0].text) | _colours(hit[1].text) <= c:
                continue  # "six gold medals" / "four gold medals and two silvers": a count of one colour (round ap)
            big, small = sorted(hit, key=lambda p: -p.value)
            one.remove(whole)
            two.remove(big)
            two.remove(small)
            told = dataclasses.replace(big, text=f"{big.text} + {small.text}", value=whole.value, span=None)
            pairs.append(SlotPair("number", whole, told, True) if one is left_a else SlotPair("number", told, whole, True))
    return pairs


def included_sums(left_a: list, left_b: list, pairs: list) -> list:
    """Round by: a whole one side counts together with a part it says it includes ("83 people, including two rescuers",
    «из них двое»: role ``part``), that part paired equal with a figure the other side adds to another ("81 miners, and
    two rescue workers died later"): the whole is the other side's two figures summed (81 + 2 = 83), not a changed one.
    The slots are taken out of ``left_a`` and ``left_b`` (in place)."""
    import dataclasses

    from crosscheck.relate.count_roles import roles_differ
    from crosscheck.relate.slot_values import SlotPair
    from crosscheck.relate.unit_pairs import units_pairable

    out = []
    for one, two, a_side in ((left_a, left_b, True), (left_b, left_a, False)):
        for whole in list(one):
            if whole.bound != "exact" or whole.role == "part":
                continue
            for p in pairs:
                mine, theirs = (p.a, p.b) if a_side else (p.b, p.a)
                if not (p.kind == "number" and p.equal and mine.role == "part" and mine.bound == theirs.bound == "exact"):
                    continue
                if whole.span and mine.span and mine.span[0] < whole.span[0]:
                    continue  # the part is told after its whole
                x = next((x for x in two if x.bound == "exact" and x.role != "part" and x.value + theirs.value == whole.value
                          and units_pairable(x, whole) and not roles_differ(x, whole)), None)
                if x is None:
                    continue
                one.remove(whole)
                two.remove(x)
                told = dataclasses.replace(x, text=f"{x.text} + {theirs.text}", value=whole.value, span=None)
                out.append(SlotPair("number", whole, told, True) if a_side else SlotPair("number", told, whole, True))
                break
    return out


def _colours(text) -> frozenset[str]:
    """The medal colours a figure's text names (``lang/medal_colours.tsv``): "four gold medals" -> {"gold"}."""
    return frozenset(colour for colour, rx in _colour_rx() if rx.search(str(text or "")))


@lru_cache(maxsize=1)
def _colour_rx() -> tuple:
    import re

    from crosscheck.lang.resources import tsv

    return tuple((r["colour"], re.compile(r["pattern"], re.I)) for r in tsv("medal_colours.tsv"))


def same_colour(a, b) -> bool:
    """Two counts of medals of one colour ("four gold medals" / «шесть золотых медалей»): one count, a clash when the
    figures differ (round ap)."""
    c = _colours(a.text)
    return bool(c) and len(c) == 1 and c == _colours(b.text)
