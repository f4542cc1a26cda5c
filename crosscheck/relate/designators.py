"""Letters that tell kinds of one thing apart ("vitamin C", «витамина D», "hepatitis B": ``lang/designators.tsv``), as
identifier slots: the head word's concept is the slot's unit and the letter (with its digits, "B12") its value, so two sides
naming one head with other letters clash like two codes ("caused by a lack of vitamin C" / «нехваткой витамина D»). A
Cyrillic capital that looks like a Latin one (С, В, А, Е…) is read as that Latin letter. The field of a prize ("the Nobel
Prize in Physics" / «премия по химии») is such a code too (``prize_fields.py``)."""

from __future__ import annotations

import functools
import re

__all__ = ["designators"]

_LOOKALIKE = str.maketrans("АВСЕКМНОРТХ", "ABCEKMHOPTX")


@functools.lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, str]]:
    from crosscheck.lang.resources import split, tsv

    heads: dict[str, str] = {}
    alts = []
    for r in tsv("designators.tsv"):
        for w in split(r["en"]):
            heads[w.lower()] = r["concept"]
            alts.append(re.escape(w))
        for w in split(r["ru"]):
            heads[w.lower()] = r["concept"]
            alts.append(re.escape(w) + r"[а-яё]*")
    rx = re.compile(r"(?<![\w-])(?i:(" + "|".join(sorted(alts, key=len, reverse=True)) + r"))\s+([A-ZАВСЕКМНОРТХ]\d{0,2})(?![\w-])")
    return rx, heads


def _concept(head: str, heads: dict[str, str]) -> str | None:
    low = head.lower()
    return heads.get(low) or next((c for w, c in heads.items() if re.search("[а-яё]", w) and low.startswith(w)), None)


def designators(text: str) -> list[tuple[str, str, str, tuple[int, int]]]:
    """The designators of a text as (text, value, concept, span): ("vitamin C", "vitamin:C", "vitamin", (12, 21))."""
    rx, heads = _pattern()
    out = []
    for m in rx.finditer(text):
        concept = _concept(m.group(1), heads)
        if concept is None:
            continue
        code = m.group(2).translate(_LOOKALIKE)
        out.append((m.group(0), f"{concept}:{code}", concept, m.span()))
    from crosscheck.relate.prize_fields import prize_fields

    return out + prize_fields(text)  # "the Nobel Prize in Physics" / «премия по химии»: the field, a code too (round al)
