"""The field of a prize, as a code (issue 10 round al).

"Svedberg was awarded the 1926 Nobel Prize in Physics" / «Сведберг получил Нобелевскую премию по химии 1926 г.»: one
laureate, one year, one prize, two fields; both cannot be true. The field (``lang/prize_fields.tsv``) after "prize, award,
medal in/for" or before "prize/laureate" ("the Nobel Peace Prize", "the chemistry Nobel"), and in Russian after «премия,
медаль, лауреат … по / в области» or as «премия мира», is an identifier slot of unit ``prize``: two sides naming one prize
with two fields clash like two codes; a side that names no field adds nothing to compare.
"""

from __future__ import annotations

import functools
import re

from crosscheck.lang.resources import split, tsv

__all__ = ["prize_fields"]


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, dict[str, str], tuple[tuple[str, str], ...]]:
    en: dict[str, str] = {}
    ru: list[tuple[str, str]] = []
    for r in tsv("prize_fields.tsv"):
        for w in split(r["en"]):
            en[w.lower()] = r["concept"]
        for w in split(r["ru"]):
            ru.append((w.lower(), r["concept"]))
    fields = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(en, key=len, reverse=True))
    en_rx = re.compile(r"\b(?:prizes?|awards?|medals?)\s+(?:in|for)\s+(?:the\s+)?(?P<f1>" + fields + r")\b"
                       r"|\b(?P<f2>" + fields + r")\s+(?:(?:nobel\s+)?prizes?|nobels?|laureates?)\b", re.I)
    stems = "|".join(re.escape(w) for w, _ in sorted(ru, key=lambda x: -len(x[0])))
    ru_rx = re.compile(r"(?<![\w-])(?:преми|медал|лауреат|наград)[а-яё]*\s+(?:[А-ЯЁа-яё]+\s+)?(?:по|в\s+области)\s+"
                       r"(?P<f1>(?:" + stems + r")[а-яё]*)|(?<![\w-])преми[а-яё]*\s+(?P<f2>мира)(?![\w-])", re.I)
    return en_rx, ru_rx, en, tuple(ru)


def prize_fields(text: str) -> list[tuple[str, str, str, tuple[int, int]]]:
    """The fields of the prizes a text names, as (text, value, "prize", span): ("Prize in Physics", "prize:physics", …)."""
    en_rx, ru_rx, en, ru = _patterns()
    out = []
    for m in en_rx.finditer(text):
        word = re.sub(r"\s+", " ", (m.group("f1") or m.group("f2")).lower())
        out.append((m.group(0), f"prize:{en[word]}", "prize", m.span()))
    for m in ru_rx.finditer(text):
        word = (m.group("f1") or m.group("f2")).lower()
        concept = next((c for stem, c in ru if word.startswith(stem) and (stem != "мир" or word in ("мира", "мир"))), None)
        if concept:
            out.append((m.group(0), f"prize:{concept}", "prize", m.span()))
    return out
