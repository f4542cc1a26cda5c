"""The score of a link: the calibrated confidence that its relation is right.

For ``agree`` and ``contradict`` links the score is a logistic function of the
similarity (``z``, in noise sigmas) with an intercept and slope per kind of
evidence (a clash of a figure, of a date, of a name, an opposite predicate, a
negation; an agreement on paired values, a near-translation with nothing to
pair, a same-event report).  The coefficients are fitted on the DEV
evaluation sets (``bench/fit_confidence.py``, stored in
``data/relation_confidence.json``) so that a score of 0.9 is right about nine
times in ten there; ``bench/bench_compare.py`` prints the reliability table.

A ``related`` link claims only that the two claims speak of the same thing:
its score is the similarity mapped to [0, 1] (``Noise.score``: 0.5 at the
threshold for linking claims that share nothing).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache

from crosscheck.model import Evidence

__all__ = ["confidence", "evidence_group", "Z_CENTRE"]

#: The similarity the slopes are centred on (typical of translations).
Z_CENTRE = 8.0
_CLASHES = ("number-clash", "identifier-clash", "date-clash", "place-clash", "participant-clash", "entity-clash",
            "polarity-clash", "predicate-clash", "exclusivity-violated")


def evidence_group(relation: str, evidence: Sequence[Evidence]) -> str:
    """The kind of evidence a link rests on: "contradict:date-clash", "agree:values", ..."""
    types = [e.type for e in evidence]
    if relation == "contradict":
        first = next((t for t in types if t in _CLASHES), "other")
        return f"contradict:{first}"
    if relation == "agree":
        if any(t.startswith("same-") and t not in ("same-statement", "same-event", "same-fact", "same-topic") for t in types):
            return "agree:values"
        if "same-statement" in types:
            return "agree:statement"
        return "agree:event"
    return relation


@lru_cache(maxsize=1)
def _table() -> dict:
    from importlib import resources

    try:
        text = (resources.files("crosscheck") / "data" / "relation_confidence.json").read_text(encoding="utf-8")
        return json.loads(text)
    except (FileNotFoundError, ValueError):  # pragma: no cover - a broken install
        return {"groups": {}, "default": {"contradict": [1.0, 0.2], "agree": [1.0, 0.2]}}


def confidence(relation: str, evidence: Sequence[Evidence], z: float, sim: float | None = None) -> float:
    if relation == "related":
        if sim is not None:
            return float(sim)
        return 1.0 / (1.0 + math.exp(-(z - 5.5)))
    table = _table()
    group = evidence_group(relation, evidence)
    a, b = table["groups"].get(group) or table["default"].get(relation, [1.0, 0.2])
    x = a + b * (z - Z_CENTRE)
    return round(1.0 / (1.0 + math.exp(-x)), 4)
