"""A part and its whole counted in one phrase: "took 19 of the 20 Australian wickets", «взял 17 калиток из 20».  The
figure that names no thing counts the things the other names, so the part is a count of wickets too and meets the other
side's «17 калиток» (issue 10 round ar; the links are data, ``lang/part_links.tsv``)."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

__all__ = ["part_of_whole"]


@lru_cache(maxsize=2)
def _link(lang: str) -> tuple[re.Pattern, str] | None:
    from crosscheck.lang.resources import tsv

    rows = [r for r in tsv("part_links.tsv") if r["lang"] == lang]
    if not rows:
        return None
    return re.compile("|".join(f"(?:{r['pattern']})" for r in rows), re.I), rows[0]["names"]


def part_of_whole(quants: list, text: str, lang: str) -> list:
    """``quants`` with the unit of a part or a whole that names none taken from the figure it is joined to; the part never
    exceeds the whole ("3 of the 1990s" and "10 of 4" are left as read)."""
    got = _link("ru" if lang == "ru" else "en")
    if got is None or len(quants) < 2:
        return quants
    link, names = got
    placed = sorted((q for q in quants if q.pos is not None and q.text), key=lambda q: q.pos)
    units = {}
    for left, right in zip(placed, placed[1:]):
        gap = text[left.pos + len(left.text):right.pos]
        if not link.fullmatch(gap) or left.value is None or right.value is None or left.value > right.value:
            continue
        named, bare = (right, left) if names == "whole" else (left, right)
        if bare.unit is None and named.unit and named.unit not in ("percent", "year", "weekday", "rank", "one-of"):
            units[id(bare)] = named.unit
    return [dataclasses.replace(q, unit=units[id(q)]) if id(q) in units else q for q in quants]
