"""The relation of one claim to another: agree, contradict, related or none.

Two claims that state the *same statement* (translations or close paraphrases: calibrated similarity; or the same
subject and predicate) have their slots paired and compared (``slots.py``): a clash of a paired number, date, name,
identifier, polarity or predicate is a contradiction; every paired slot equal is an agreement; a slot with no
counterpart only adds detail.

Reports of recurring events (meetings, visits, talks) and exclusivity claims ("the first meeting since 2013") go through
the event view first: two reports of such events on different days are different events, not a clash, unless the event
is pinned (same people, same place, days apart).  Whatever path decides, ``agree`` is never returned when a paired
figure, date or name differs, nor when opposite words no slot reads stand on the two sides (``open_clash.py``).
Explanations are rendered in ``explain.py``; scores in ``confidence.py``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from crosscheck.frame.builder import is_country
from crosscheck.model import ClaimFrame, Evidence, Segment
from crosscheck.relate.event_view import ENCOUNTERS, EventView, describe_time, event_view, overlaps, project_persons, types_compatible
from crosscheck.relate.names import Names, doc_label
from crosscheck.relate.name_keys import align_persons
from crosscheck.relate.noise import Noise
from crosscheck.relate import explain
from crosscheck.relate.confidence import confidence
from crosscheck.relate.event_apart import tied_besides_time, years_apart
from crosscheck.relate.event_claims import event_claims as _event_claims, exclusive as _exclusive, mentions_repeat
from crosscheck.relate.event_figures import quantity_clash as _quantity_clash, quantity_match as _quantity_match
from crosscheck.relate.negation import negation_info
from crosscheck.relate.annual_dates import annual_relation
from crosscheck.relate.dimensions import dimension_relation
from crosscheck.relate.single_times import single_time_relation
from crosscheck.relate.open_clash import open_clash
from crosscheck.relate.once_only import once_only_relation
from crosscheck.relate.finish_places import find_finish_clash
from crosscheck.relate.rank import find_rank_clash
from crosscheck.relate.shares import find_share_clash
from crosscheck.relate.slots import SlotComparison, compare_slots, predicates
from crosscheck.relate.thresholds import (DATE_CLASH_MAX_DAYS, MIN_STRENGTH, SAYINGS, Z_AGREE, Z_AGREE_FACT, Z_LINK, Z_LINK_FREE, Z_SAME,
                                          Z_TRANSLATION)
from crosscheck.relate.types import PairRelation
from crosscheck.relate.statement import published_together, statement_relation
from crosscheck.relate.role_clash import role_clash, role_concepts

__all__ = ["relate_pair"]


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


#: Slot kinds whose differing values forbid an agreement.
_HARD = ("number", "time", "entity", "identifier")


def relate_pair(
    a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, cos: float, noise: Noise, names: Names | None = None,
    *, views: Mapping[str, EventView] | None = None,
) -> PairRelation | None:
    """The relation of claim ``a`` to claim ``b`` (None: no link)."""
    rel = _relate_pair(a, fa, b, fb, cos, noise, names, views=views)
    if rel is not None and rel.relation in ("agree", "related") and a.kind != "opinion" and b.kind != "opinion":
        z = noise.z(cos, a.lang, b.lang)  # a yearly custom at two times of year (round bx), two sizes (ca), two ranks, two counts
        return (annual_relation(a, fa, b, fb, z) or dimension_relation(a, fa, b, fb, z) or single_time_relation(a, fa, b, fb, z, rel)
                or _rank_or_share_clash(a, fa, b, fb, z, rel))
    return rel


def _rank_or_share_clash(a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, z: float, rel: PairRelation) -> PairRelation:
    """``rel``, or a contradiction when the two claims give one subject two ranks (``rank.py``) or count one whole
    otherwise (``shares.py``)."""
    try:
        hit = find_rank_clash(a.text, a.lang, b.text, b.lang, z, fa, fb) or (  # two finishes in one contest (round ao)
            find_finish_clash(a.text, a.lang, b.text, b.lang, z, fa, fb) if rel.relation == "agree" else None)
        share = None if hit is not None else find_share_clash(a.text, a.lang, b.text, b.lang, z)  # round ag
    except Exception:  # a reading error must not lose the decision already made
        return rel
    la, lb = doc_label(a), doc_label(b)
    if hit is None:
        if share is None:  # "three of the four" / «все четыре»: one whole counted otherwise
            return rel
        told = [f"{p} of {w}" if p < w else f"all {w}" for p, w in share]
        ev = (Evidence("number-clash", f"{told[0]} vs {told[1]}", told[0], told[1]),)
        return PairRelation(a, b, "contradict", confidence("contradict", ev, z),
                            f"The same whole counted otherwise: {la} says {told[0]}; {lb} says {told[1]}.", ev)
    ev = (Evidence("rank-clash", f"rank {hit[0]} vs rank {hit[1]}", str(hit[0]), str(hit[1])),)
    return PairRelation(a, b, "contradict", confidence("contradict", ev, z), explain.rank_clash(la, lb, hit[0], hit[1]), ev)


def _relate_pair(
    a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, cos: float, noise: Noise, names: Names | None = None,
    *, views: Mapping[str, EventView] | None = None,
) -> PairRelation | None:
    names = names or Names({})
    z = noise.z(cos, a.lang, b.lang)
    if views is not None:
        va, vb = views[a.id], views[b.id]
    else:
        va, vb = event_view(a, fa), event_view(b, fb)
    # reports of recurring events go through the event view: two like-worded reports of
    # meetings on different days are two meetings
    event_report = bool(_event_claims(fa) or _event_claims(fb)) or va.type in ENCOUNTERS or vb.type in ENCOUNTERS
    if not event_report and same_statement(a, fa, b, fb, z):
        rel = role_clash(a, fa, b, fb, z, statement_relation(a, fa, b, fb, z, noise))  # a different entity in an exclusive role
        return (rel.relation == "related" and once_only_relation(a, fa, b, fb, z, va, vb)) or rel  # dated in two clauses
    if not event_report and same_role_statement(a, fa, b, fb, z):
        agreed = statement_relation(a, fa, b, fb, z, noise)
        if agreed.relation == "agree":
            return agreed
    rel = _event_relation(a, fa, b, fb, cos, z, noise, names, va, vb)
    apart = rel is not None and event_report_clash(rel) and years_apart(rel, va, vb)
    if (rel is not None and rel.relation == "related" and z >= Z_TRANSLATION and (apart or not event_report_clash(rel))
            and not _exclusive(fa, fb)):
        # a translation of an event report that the event view could not pin: its slots decide agreement
        again = statement_relation(a, fa, b, fb, z, noise)
        # a figure, name or negation changed in a translation is a clash whatever the event view says; a date too
        # when the view could not place both reports in time ("on 18 December", no year) or saw only another
        # year or month in a translation whose other values all pair (else two occasions: two days, two meetings)
        dated = any(e.type == "date-clash" for e in again.evidence)
        if ((again.relation == "agree" and not apart) or (again.relation == "contradict" and (
                not dated or not (va.explicit and vb.explicit) or (apart and tied_besides_time(again))))):
            return again
    if (rel is not None and rel.relation == "related" and event_report and z >= Z_SAME
            and not event_report_clash(rel) and va.type not in ENCOUNTERS and vb.type not in ENCOUNTERS):
        # round w: a paraphrase made an event report only by a claim of being first or only ("the first woman elected",
        # "the only woman to serve") that the event view could not place as one event: its slots may still show one
        # statement with every value equal (an agreement only; a clash stays with the event view)
        again = statement_relation(a, fa, b, fb, z, noise)
        if again.relation == "agree":
            return again
    if rel is not None and rel.relation == "agree":
        # agree is never emitted when a paired figure, date or name differs
        cmp = compare_slots(fa, a.text, a.lang, fb, b.text, b.lang, strict=z < Z_TRANSLATION)
        hard = [p for p in cmp.clashes if p.kind in _HARD]
        if hard and z >= Z_TRANSLATION and not _exclusive(fa, fb) and not any(p.kind == "time" for p in hard):
            again = statement_relation(a, fa, b, fb, z, noise, cmp)  # z >= Z_TRANSLATION: the same comparison
            if again.relation == "contradict":
                return again  # a translation of one event report with a figure or name changed
        if (hard and not any(p.kind == "time" or p.a.unit == "person" for p in hard) and not _exclusive(fa, fb, plain_first=True)
                and va.type not in ENCOUNTERS and vb.type not in ENCOUNTERS
                and any(p.kind == "time" and str(p.a.unit).endswith(":day") for p in cmp.matches)):
            # round ay: one event (no meeting or visit, whose persons play many roles), its day agreed on both sides, told
            # with another figure or place: the sides clash ("killed 435 miners" / «погубило 135 горняков» on one day); a
            # plain "first" is no series ("premiered in Leipzig on 6 February 1851" / «впервые прозвучала … в Дюссельдорфе»)
            text, ev = explain.contradiction(doc_label(a), doc_label(b), SlotComparison(tuple(hard) + tuple(cmp.matches)))
            return PairRelation(a, b, "contradict", confidence("contradict", ev, z), text, ev)
        if hard:
            _, ev = explain.contradiction(doc_label(a), doc_label(b), SlotComparison(tuple(hard)))
            detail = "; ".join(e.detail for e in ev)
            return PairRelation(a, b, "related", confidence("related", ev, z, noise.score(cos, a.lang, b.lang)),
                                explain.related(f"the same event told with different values: {detail}"), ev)
        if cmp.uncertain or any(p.kind in ("polarity", "predicate") for p in cmp.clashes):
            certain = tuple(p for p in cmp.clashes if p.kind in ("polarity", "predicate"))  # one side negates or turns it
            if vetoed := any(p.kind == "predicate" for p in certain) and z >= Z_SAME:
                # round ai: opposite words each side states with its own words ("is approaching" / «удаляется»), in one
                # event agreed on every value: the statement decides (below it, the slots' own clash: round bx)
                again = statement_relation(a, fa, b, fb, z, noise, cmp)
                if again.relation == "contradict":
                    return again
            if certain:
                text, ev = explain.contradiction(doc_label(a), doc_label(b), SlotComparison(certain))
                if not vetoed and a.kind != "opinion" != b.kind and (va.explicit and vb.explicit or va.persons & vb.persons):
                    # round bx: one event, pinned by its dates or its people, that one side negates or turns
                    return PairRelation(a, b, "contradict", confidence("contradict", ev, z), text, ev)
                text = explain.related("the same event told with another polarity: " + "; ".join(e.detail for e in ev))
            else:
                text, ev = explain.uncertain(doc_label(a), doc_label(b), cmp)
            return PairRelation(a, b, "related", confidence("related", ev, z, noise.score(cos, a.lang, b.lang)), text, ev)
        # the agreement names the values both sides state ("EN a '19 April' / RU b '19 апреля'")
        text, ev = explain.event_values(doc_label(a), doc_label(b), cmp, rel.explanation, rel.evidence)
        if unchecked := open_clash(a.text, a.lang, b.text, b.lang):
            # one event agreed on every value the slots read, told with opposite words no slot reads ("the first record" /
            # «лишь вторым»): not checked, as in the statement view (round ch)
            return PairRelation(a, b, "related", confidence("related", ev, z, noise.score(cos, a.lang, b.lang)),
                                explain.related(f"not checked: {unchecked}"), ev)
        return dataclasses.replace(rel, explanation=text, evidence=ev)
    return rel


def event_report_clash(rel: PairRelation) -> bool:
    """The event view found two different events (times, participants or types)."""
    return any(e.type.startswith("different") for e in rel.evidence)


def same_statement(a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, z: float) -> bool:
    """Translations or close paraphrases (calibrated similarity), or the same subject
    and the same predicate (one entity in common and one predicate concept or event type)."""
    if z >= Z_SAME:
        return True
    if z < Z_AGREE:
        return False
    shared = {k for k in fa.entity_keys("person", "place", "org") & fb.entity_keys("person", "place", "org") if len(k.replace("-", "")) >= 3}
    if not shared:
        return False
    same_type = fa.event is not None and fb.event is not None and fa.event.type is not None and fa.event.type == fb.event.type
    return same_type or bool(set(predicates(a.text, a.lang)) & set(predicates(b.text, b.lang)))


def same_role_statement(a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, z: float) -> bool:
    """A name in common and one role predicate ("wrote" / «сочинил», "founded" / «основал», ``role_predicates.tsv``):
    perhaps the same statement.  Only an agreement is taken from it: "Tolstoy wrote War and Peace in the 1860s" /
    «Толстой написал „Анну Каренину“ в 1870-х» share both and are two statements (two works, two decades)."""
    if not (Z_AGREE <= z < Z_SAME):
        return False
    shared = {k for k in fa.entity_keys("person", "place", "org") & fb.entity_keys("person", "place", "org") if len(k.replace("-", "")) >= 3}
    return bool(shared) and bool(role_concepts(a.text, a.lang) & role_concepts(b.text, b.lang))


def _event_relation(
    a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, cos: float, z: float, noise: Noise, names: Names,
    va: EventView, vb: EventView,
) -> PairRelation | None:
    """Reports of events: same event (time, people, type) or not, then their clashes."""
    va, vb = project_persons(va, a.text, vb.persons), project_persons(vb, b.text, va.persons)
    vb = align_persons(va, vb)
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
    # round cq: people in common and others on each side are two events only for an encounter (else the slots decide)
    partial = (len(va.persons) >= 2 and len(vb.persons) >= 2 and bool(va.persons & vb.persons) and not va.persons <= vb.persons
               and not vb.persons <= va.persons)
    if va.persons and vb.persons and (not (va.persons & vb.persons) or (partial and ENCOUNTERS & {va.type, vb.type})):
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
            and not mentions_repeat(fa) and not mentions_repeat(fb)):
        ev = Evidence("date-clash", f"{va.time_text} vs {vb.time_text}", va.start.isoformat(), vb.start.isoformat())
        who = names.join(va.persons)
        expl = explain.event_date_clash(la, lb, va.type, who, va.start.isoformat(), vb.start.isoformat())
        return PairRelation(a, b, "contradict", confidence("contradict", (ev,), z), expl, (ev,))

    if any(e.type == "different-event" for e in different) and all(
            e.type in ("different-event", "different-participants") for e in different):
        # a predicate that happens once to its subject (born, founded, premiered, sank) at two dates: one clash (the
        # event view's persons may differ by a name read on one side only: ``once_only`` compares the names; round ag)
        once = once_only_relation(a, fa, b, fb, z, va, vb)
        if once is not None:
            return once

    if different:
        what = "; ".join(e.detail for e in different)
        return PairRelation(a, b, "related", confidence("related", tuple(different), z, sim), f"Same topic, different events: {what}.", tuple(different))

    # a claim that something was the first/only one asserts more than the occurrence
    exclusive = bool(fa.exclusivity or fb.exclusivity)
    strong = (z >= Z_AGREE or (same_event and z >= Z_LINK and strength >= 1.0)
              or (same_event and pinned and not exclusive) or occurrence)

    # --- clashes within one event ---------------------------------------------------
    # the same stated period ("in 2020" and "в 2020 году") anchors figures even at year grain
    same_period = va.explicit and vb.explicit and (va.start, va.end) == (vb.start, vb.end)
    if factual and (same_event or (same_period and types_ok is not False)) and z >= Z_AGREE:
        clash = _quantity_clash(fa, fb, a.text, b.text)
        if clash is not None:
            ev = Evidence("number-clash", f"{clash[0]} vs {clash[1]}", clash[0], clash[1])
            return PairRelation(a, b, "contradict", confidence("contradict", (ev,), z), f"{la} says {clash[0]!r}; {lb} says {clash[1]!r}.", (ev,))
        # negation is judged sentence-wide, so it only counts for reports that
        # something happened (a meeting, a visit, a signing), not for sayings,
        # where "reject" and "не признают" differ in form but not in meaning
        if (fa.polarity != fb.polarity and same_event and va.type not in SAYINGS and vb.type not in SAYINGS
                and va.type is not None and vb.type is not None and fa.modality == fb.modality == "asserted"
                and not (z < Z_TRANSLATION and _nonfinite_negation(a if fa.polarity == "negative" else b))):
            neg, pos = (la, lb) if fa.polarity == "negative" else (lb, la)
            ev = Evidence("polarity-clash", f"{neg} negates what {pos} affirms", fa.polarity, fb.polarity)
            return PairRelation(a, b, "contradict", confidence("contradict", (ev,), z), explain.event_polarity_clash(pos, neg), (ev,))
        if (same_event and va.explicit and vb.explicit and va.grain == "day" and vb.grain == "day" and va.place and vb.place
                and va.place != vb.place and len(va.persons & vb.persons) >= 2 and not is_country(va.place) and not is_country(vb.place)):
            ev = Evidence("place-clash", f"{names(va.place)} vs {names(vb.place)}", va.place, vb.place)
            return PairRelation(a, b, "contradict", confidence("contradict", (ev,), z),
                                explain.event_place_clash(la, lb, va.type, names.join(va.persons & vb.persons), va.start.isoformat(),
                                                          names(va.place), names(vb.place)), (ev,))

    # --- agreement -------------------------------------------------------------------
    figure = _quantity_match(fa, fb) if factual and same_period and types_ok is not False and z >= Z_LINK else None
    if figure is not None:
        period = describe_time(va)
        ev = (Evidence("same-figure", f"{figure[0]} = {figure[1]} ({period})", figure[0], figure[1]),)
        return PairRelation(a, b, "agree", confidence("agree", ev, z), explain.event_agreement(f"{figure[0]!r} / {figure[1]!r} for {period}"), ev)
    # round cq: one stated period ("in 1854" / «в 1854 г.») and a person or body in common tie a statement, if its slots agree
    tied_year = (factual and same_period and types_ok is not False and z >= Z_LINK_FREE
                 and any(e.key in anchors and e.type != "place" for e in (*fa.entities, *fb.entities)))  # a place is too weak
    agreed = (strong and same_event) or (z >= Z_AGREE_FACT and time_overlap is None and len(anchors - {"@time"}) >= 2)
    if (tied_year and not agreed) or (agreed and partial):
        again = role_clash(a, fa, b, fb, z, statement_relation(a, fa, b, fb, z, noise))
        if again.relation == "agree":
            return again
        agreed = False
    if agreed:
        evidence = [Evidence("same-event" if same_event else "same-fact", _agree_detail(va, vb, anchors, names))]
        note = ""
        if fa.modality != fb.modality and "planned" in (fa.modality, fb.modality):
            planned = la if fa.modality == "planned" else lb
            note = f" ({planned} reports it as planned, the other as done)"
            evidence.append(Evidence("modality", f"{planned} reports it as planned", fa.modality, fb.modality))
        return PairRelation(a, b, "agree", confidence("agree", tuple(evidence), z), explain.event_agreement(_agree_detail(va, vb, anchors, names), note),
                            tuple(evidence))

    if (z >= Z_SAME and types_ok is not False and published_together(a, b)
            and (a.kind == "opinion") == (b.kind == "opinion") and not exclusive
            and bool(fa.times) == bool(fb.times)):
        ev = (Evidence("same-statement", f"similarity {z:.1f} noise sigmas above unrelated pairs"),)
        return PairRelation(a, b, "agree", confidence("agree", ev, z), "Both state the same thing (near-translations of each other).", ev)
    shared_names = names.join(k for k in anchors if k != "@time")
    detail = f"shared: {shared_names}" if shared_names else "similar wording"
    ev = (Evidence("same-topic", detail),)
    return PairRelation(a, b, "related", confidence("related", ev, z, sim), explain.related(detail), ev)


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


def _bare_attribution(seg: Segment) -> bool:
    """"The minister said:" introduces speech and states nothing itself."""
    from crosscheck.ingest.cues import ATTRIBUTION_INTRO

    return len(seg.text) < 120 and bool(ATTRIBUTION_INTRO.search(seg.text))


def _nonfinite_negation(seg: Segment) -> bool:
    """Round s: the negating side's only negations turn a participle or gerund («Гашек умер, не дописав его»): in a
    paraphrase the event itself is affirmed, so no event polarity clash (the slot comparison calls such a polarity
    uncertain); between translations it still clashes."""
    return negation_info(seg.text, seg.lang).nonfinite
