"""Bound cues before a figure: "more than", "about", "up to", «не менее», «около», «вплоть до» (lower, upper, approx).

Shared by the figure reader (``quantities.py``) and the readers whose figures it adds afterwards (temperatures,
multipliers, lone units, fractions).
"""

from __future__ import annotations

import dataclasses
import re

from crosscheck.frame.temperatures import reached_words
from crosscheck.lang.resources import near_bounds, tsv
from crosscheck.model import Quantity

__all__ = ["BOUND_CUES", "bound_before", "with_bound"]

_LOWER = ["more than", "over", "above", "at least", "exceeding", "exceeded", "exceeds", "topped", "surpassed", "upwards of", "in excess of", "no fewer than", "beyond",
          "no less than", "более", "больше", "свыше", "не менее", "не меньше", "как минимум", "минимум",
          "по меньшей мере", "по крайней мере", "от", "minimum of", ">", "≥", ">=", "превысил", "превысила", "превысило", "превысили", "превышает"]
_UPPER = ["less than", "fewer than", "under", "below", "up to", "as much as", "as many as", "at most", "no more than", "not more than",
          "менее", "меньше", "до", "maximum of", "<", "≤", "<=", "не более", "не больше", "максимум", "не свыше", "вплоть до"]
_APPROX = ["about", "around", "approximately", "nearly", "almost", "some", "roughly", "an estimated", "circa",
           "close to", "около", "порядка", "примерно", "почти", "приблизительно", "приблизительно", "где-то", "свыше чем"]


def _near() -> list[tuple[str, str]]:
    """Near bounds ("just over", «немногим более»: ``lang/{en,ru}/near_bounds.tsv``) with their last words' bound."""
    ends = sorted([(c, "lower") for c in _LOWER] + [(c, "upper") for c in _UPPER], key=lambda x: -len(x[0]))
    return [(p, hit[0]) for p in near_bounds() if (hit := [bd for c, bd in ends if p.endswith(" " + c)])]


def _comparatives() -> list[tuple[str, str]]:
    """Comparatives before a figure ("larger than", «длиннее», «ярче, чем»: ``lang/{en,ru}/comparative_bounds.tsv``)."""
    out = []
    for lang in ("en", "ru"):
        for row in tsv(f"{lang}/comparative_bounds.tsv"):
            word = row["word"].lower()
            out += [(w, row["bound"]) for w in ((word,) if lang == "en" else (word, word + " чем", word + ", чем"))]
    return out


BOUND_CUES = sorted([(c, "lower") for c in _LOWER] + [(c, "upper") for c in _UPPER] + [(c, "approx") for c in _APPROX] + _near()
                    + _comparatives(),
                    key=lambda x: -len(x[0]))


def bound_before(text: str, start: int) -> tuple[str, int]:
    """The bound a cue right before a figure gives it ("more than", «около», "up to") and where the cue starts;
    ("exact", ``start``) when there is none."""
    before = text[max(0, start - 24):start].lower()
    for cue, bd in BOUND_CUES:
        # a Russian cue may take «чем» after it («больше чем 95», «меньше, чем 20»: round ac), and a preposition of time
        # after that («менее чем за два часа», «более чем за 10 лет»: round cl)
        if re.search(r"(?:^|[\s(«\"])" + re.escape(cue) + r"(?:,?\s+чем)?(?:\s+(?:на|by|в|за))?\s*$", before):
            if _range_end(text, start, cue):
                return "exact", start  # «от 0 (очень узкое) до 60»: the ends of a range, as "from 0 to 20" (round ah)
            return bd, start - (len(before) - before.rfind(cue))
    return "exact", start


def _range_end(text: str, start: int, cue: str) -> bool:
    """«от» before a figure that «до» follows, or «до» after «от» and a figure: the two ends of a range."""
    if cue == "от":
        return bool(re.match(r"[\d.,\s]*\d[^.;]{0,40}?\sдо\s", text[start:]))
    if cue == "до":
        return bool(re.search(r"(?:^|[\s(])от\s+\d[^.;]{0,40}?\sдо\s*$", text[max(0, start - 60):start], re.I))
    return False


def with_bound(text: str, q: Quantity) -> Quantity:
    """A figure read outside the main loop (a temperature, a multiplier) with the bound written before it ("about −89 °C",
    "almost doubled")."""
    bound, start = bound_before(text, q.pos)
    if text[start:q.pos].strip().lower() in reached_words():
        return q  # "cooled to −67.7 °C", «нагрели до 1500 °C»: the value reached ("up to", «вплоть до» stay bounds)
    return q if bound == "exact" else dataclasses.replace(q, text=text[start:q.pos + len(q.text)], bound=bound, pos=start)
