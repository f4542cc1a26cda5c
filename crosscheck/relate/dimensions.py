"""One size of one thing told with two figures (issue 10, round ca).

"The Penzhina … is roughly 410 kilometres long" / «Река Пенжина длиной 713 км»: two claims that name one thing and give
one of its sizes (a length, a height, a width, a depth, a bridge's span) with two figures clash, however far apart the
rest of the two sentences runs (the event view sees a river's course or a mountain's range told with other places and
calls the pair ``related``).  A side states a size when it carries exactly one figure of length (``lang/measures.tsv``;
not a distance that places a thing, "30 km south of") and words of exactly one size class
(``lang/{en,ru}/dimension_cues.tsv``).  The two sizes must be of one class, the claims must share a named entity (not a
country or a region, which a claim names in passing: "the Trans-Siberian in Russia" / «БАМ в России») and be
linked at agreement likeness (``Z_AGREE``), and the figures, in metres, must differ by more than 5 % and more than a
rounding ("about 6,900 m" / «6893 м»: ``roundings.py``) or a bound ("more than 4,000 metres" holds 4,430) explains.
"""

from __future__ import annotations

import functools
import re

from crosscheck.model import ClaimFrame, Evidence, Quantity, Segment
from crosscheck.relate.roundings import rounded_approx, rounded_bound
from crosscheck.relate.slot_values import measure
from crosscheck.relate.thresholds import Z_AGREE
from crosscheck.relate.types import PairRelation

__all__ = ["sizes", "find_dimension_clash", "dimension_relation"]

#: Figures within this share of each other are one size told at two precisions or in two units.
_NEAR = 0.05


@functools.lru_cache(maxsize=None)
def _cues(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    from crosscheck.lang.resources import tsv

    return tuple((r["class"], re.compile(r["pattern"], re.I)) for r in tsv(f"{lang}/dimension_cues.tsv"))


def sizes(text: str, lang: str, frame: ClaimFrame) -> tuple[str, Quantity, float] | None:
    """(size class, figure, metres) when the claim gives one size of a thing, else None."""
    lengths = [(q, q.value * m[1]) for q in frame.quantities
               if q.role != "from" and (m := measure(q.unit)) is not None and m[0] == "length"]
    classes = {c for c, rx in _cues("ru" if lang == "ru" else "en") if rx.search(text)}
    if len(lengths) != 1 or len(classes) != 1 or lengths[0][1] <= 0:
        return None
    return next(iter(classes)), lengths[0][0], lengths[0][1]


def _one_size(qa: Quantity, va: float, qb: Quantity, vb: float) -> bool:
    """The two figures may tell one size: near, one within the other's bound or approximation (``slots.values_overlap``),
    or one the other's rounding."""
    from crosscheck.relate.slots import values_overlap

    return (abs(va - vb) <= _NEAR * max(va, vb) or values_overlap(va, qa.bound, vb, qb.bound)
            or rounded_approx(qa.bound, qb.bound, va, vb) or rounded_bound(qa.bound, qb.bound, va, vb))


def find_dimension_clash(text_a: str, lang_a: str, fa: ClaimFrame, text_b: str, lang_b: str, fb: ClaimFrame,
                         z: float) -> tuple[str, Quantity, Quantity] | None:
    """(size class, figure of a, figure of b) when the two claims give one size of one thing with two figures."""
    from crosscheck.lang.gazetteer import is_country
    from crosscheck.relate.name_keys import is_region, keys_close

    if z < Z_AGREE:
        return None
    sa = sizes(text_a, lang_a, fa)  # most claims give no size: the cheap test first
    sb = sizes(text_b, lang_b, fb) if sa is not None else None
    if sa is None or sb is None or sa[0] != sb[0] or _one_size(sa[1], sa[2], sb[1], sb[2]):
        return None
    if not any(x.key and y.key and keys_close(x.key, y.key) and not is_country(x.key) and not is_region(x.key)
               for x in fa.entities for y in fb.entities):
        return None  # no thing named on both sides (a country or a region named in passing is no measured thing)
    return sa[0], sa[1], sb[1]


def dimension_relation(a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, z: float) -> PairRelation | None:
    """A contradiction when the two claims give one size of one thing with two figures, else None."""
    from crosscheck.relate.confidence import confidence
    from crosscheck.relate.names import doc_label

    hit = find_dimension_clash(a.text, a.lang, fa, b.text, b.lang, fb, z)
    if hit is None:
        return None
    cls, qa, qb = hit
    la, lb = doc_label(a), doc_label(b)
    ev = (Evidence("number-clash", f"{cls}: {qa.text} vs {qb.text}", qa.text, qb.text),)
    return PairRelation(a, b, "contradict", confidence("contradict", ev, z),
                        f"One size told with two figures: {la} gives its {cls} as {qa.text}; {lb} as {qb.text}.", ev)
