"""A place named as where someone or something was going ("an airliner bound for Lisbon", «переселенцы, шедшие из Огайо в
Орегон»: ``lang/{en,ru}/destination_cues.tsv``), not where the statement happens (issue 10 round cp). A destination never
pairs with a place of another name the other side names without such words (``entity_pairs.py``: "bound for Hong Kong" /
«разбился под Междуреченском»; one place named on both sides still pairs by its name first). A destination one side adds
still counts as a place the other side lacks: the other side may tell the same journey without a cue ("crossing the
Rubicon into Japan" / «на пути в Италию»), and a clash is then at least not an agreement."""

from __future__ import annotations

import functools
import re

__all__ = ["destination"]


@functools.lru_cache(maxsize=1)
def _cue_rx() -> re.Pattern:
    from crosscheck.lang.resources import tsv

    return re.compile("|".join(f"(?:{r['pattern']})" for lang in ("en", "ru") for r in tsv(f"{lang}/destination_cues.tsv")), re.I)


def destination(place: str, text: str) -> bool:
    """Every place ``text`` writes as ``place`` stands right after words of going to it."""
    place = place.strip()
    spots = [m.start() for m in re.finditer(re.escape(place), text)] if place else []
    return bool(spots) and all(_cue_rx().search(text[max(0, at - 80):at]) for at in spots)
