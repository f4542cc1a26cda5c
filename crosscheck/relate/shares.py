"""A count out of a whole told two ways (issue 10, round ag).

"won three of the four women's races" / «выиграла все четыре дистанции», "two of the three events" / «все три
дисциплины»: one side gives a part of a whole, the other all of it, or another part of the same whole.  The figures are
read from per-language data (``lang/{en,ru}/shares.tsv``: kind ``part``, "N of the M" / «N из M»; kind ``all``, "all M"
/ «все M»).  A clash needs exactly one share on each side, the same whole M (2 to 100) and two different counts.  The
frame's figures cannot tell it: "four" is on both sides and "three" only adds a figure.
"""

from __future__ import annotations

import functools
import re

from crosscheck.frame.numerals import word_to_number
from crosscheck.relate.thresholds import Z_AGREE

__all__ = ["shares", "find_share_clash"]


@functools.lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    from crosscheck.lang.resources import tsv

    return tuple((r["kind"], re.compile(r["pattern"], re.I)) for r in tsv(f"{lang}/shares.tsv"))


def _count(word: str) -> int | None:
    v = word_to_number(word)
    return int(v) if v is not None and float(v).is_integer() and 1 <= v <= 100 else None


@functools.lru_cache(maxsize=8192)
def shares(text: str, lang: str) -> frozenset[tuple[int, int]]:
    """(count, whole) for each share a text tells: "three of the four" (3, 4); "all four" (4, 4)."""
    out: set[tuple[int, int]] = set()
    for kind, rx in _patterns("ru" if lang == "ru" else "en"):
        for m in rx.finditer(text):
            if re.match(r"[.,]\d", text[m.end("m"):]):
                continue  # "all 5,000 people": a figure, no count of a whole
            whole = _count(m.group("m"))
            if whole is None or whole < 2:
                continue
            part = whole if kind == "all" else _count(m.group("n"))
            if part is not None and part <= whole and (kind == "all" or part > 1):  # "one of the four": a member, no count
                out.add((part, whole))
    return frozenset(out)


def find_share_clash(text_a: str, lang_a: str, text_b: str, lang_b: str, z: float) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """((count, whole) of a, (count, whole) of b) when the two texts tell two counts of one whole, else None."""
    if z < Z_AGREE:
        return None
    sa, sb = shares(text_a, lang_a), shares(text_b, lang_b)
    if len(sa) != 1 or len(sb) != 1:
        return None
    (pa, wa), (pb, wb) = next(iter(sa)), next(iter(sb))
    if wa != wb or pa == pb:
        return None
    return (pa, wa), (pb, wb)
