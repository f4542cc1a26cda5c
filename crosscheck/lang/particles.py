"""A place that ends a longer name after a Romance particle ("Tour de France", «Джиро д’Италия»: ``romance_particles.tsv``)."""

from __future__ import annotations

import functools
import re

from crosscheck.lang.resources import tsv

__all__ = ["romance_particle_before"]


@functools.lru_cache(maxsize=1)
def _before_rx() -> re.Pattern:
    rows = tsv("romance_particles.tsv")
    free = "|".join(re.escape(r["particle"]) for r in rows if not r.get("elided"))
    elided = "|".join(re.escape(r["particle"]) for r in rows if r.get("elided"))
    return re.compile(rf"(?-i:[A-ZА-ЯЁ])[\w-]+\s+(?:(?:{free})\s+|(?:{elided})[’'])$", re.I)


def romance_particle_before(before: str) -> bool:
    """``before`` (the text up to a name) ends with a capitalised word and a Romance particle: the name after it ends a
    longer name ("the Tour de ", «Джиро д’»), round bt."""
    return bool(_before_rx().search(before[-40:]))
