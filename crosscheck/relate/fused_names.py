"""A name particle one script writes into the surname: "Daphne du Maurier" = «Дафна Дюморье», "Jean de La Fontaine" =
«Жан де Лафонтен», "Guillermo del Toro" = «Гильермо Дельторо», «Дэнни Де Вито» = "Danny DeVito" (round co). The
surname joined with the particle before it is read as one word and compared with the other side's last word, by its
consonant skeleton or, for a French name with a silent ending ("du Pont" = «Дюпон»), as ``role_names.word_alike`` reads
it. The particles that fuse are data (``lang/fused_particles.tsv``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

__all__ = ["fused_alike"]


@functools.lru_cache(maxsize=16384)
def _fused(text: str) -> str | None:
    """The surname with the particle before it written into it ("du Maurier": "duMaurier"), else None."""
    from crosscheck.lang.resources import words
    from crosscheck.relate.name_keys import without_possessive

    parts = re.findall(r"[^\W\d_]+", without_possessive(text))
    if len(parts) < 3 or parts[-2].lower() not in words("fused_particles.tsv"):
        return None  # a particle after a given name ("Guillermo del Toro"), not one opening the name ("Al Gore")
    return parts[-2] + parts[-1].lower()


def _last_word(text: str) -> str | None:
    parts = re.findall(r"[^\W\d_]+", text)
    return parts[-1] if parts else None


def fused_alike(x_text: str, y_text: str, word_alike: Callable[[str, str], bool]) -> bool:
    """One side's particle and surname, written as one word, is the other side's surname (``word_alike``: one word in two
    scripts, ``role_names.word_alike``)."""
    for p, q in ((x_text, y_text), (y_text, x_text)):
        fused, last = _fused(p), _last_word(q)
        if fused and last and not _fused(q) and word_alike(fused, last):
            return True
    return False
