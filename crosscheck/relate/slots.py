"""Slots of a statement, paired across two claims and compared.

A claim's frame states facts in slots: numbers (value, unit, bound), identifiers
(model numbers, codes: compared as strings), times (an interval at any grain,
BC included), entities (a cross-script key in a role: person, place), polarity
and predicates with an opposite (rose/fell, won/lost; ``lang/opposites.tsv``).
Two claims that state the same statement have their slots paired: a paired slot
whose values differ is a clash; a slot with no counterpart only adds detail.

``compare_slots(fa, text_a, fb, text_b)`` returns the pairs and the leftovers;
the decision (``pair.py``) and the wording (``explain.py``) read them.
"""

from __future__ import annotations

import math
import re

from crosscheck.lang.resources import near_bounds
from crosscheck.model import ClaimFrame
from crosscheck.relate.contest_sides import same_winner
from crosscheck.relate.contest_roles import contest_pair
from crosscheck.relate.elements import element_clash
from crosscheck.relate.kinds import kind_clash
from crosscheck.relate.count_groups import ungrouped
from crosscheck.relate.clause_scope import clause_around, negation_clusters, negation_in_added_clause, poles_outside_times, time_spans, verbal
from crosscheck.relate.entity_pairs import country_told_less, pair_entities
from crosscheck.relate.name_keys import keys_close
from crosscheck.relate.negation import negates_nonfinite, negation, negation_info, predicate_spans, predicates
from crosscheck.relate.count_roles import roles_differ
from crosscheck.relate.slot_values import (Slot, SlotComparison, SlotPair, _KNOWN_UNITS, _TIME_UNITS, entity_slots, measure,
                                           number_slots, short_entity_pairs, time_slots)
from crosscheck.relate.durations import dates_offset, duration_against_span, one_duration_each, rounded_to_unit
from crosscheck.frame.signs import explicit_sign
from crosscheck.relate.act_dates import slot_acts
from crosscheck.relate.acts import acts, negated_acts
from crosscheck.relate.sums import included_sums, pair_sums, same_colour
from crosscheck.relate.roundings import approx_tolerance as _rounding, half_step, looser_rounding, rounded_approx, rounded_bound, significant_digits
from crosscheck.relate.pole_phrases import negation_outside_poles, own_poles
from crosscheck.relate.bound_kinds import bound_gap, bounds_one_way
from crosscheck.relate.money_units import other_currency
from crosscheck.relate.unit_pairs import converted_rounding, count_against_measure, plain_unit, units_pairable
from crosscheck.relate.time_pairs import pair_times, times_equal, year_read_as_figure

__all__ = ["Slot", "SlotPair", "SlotComparison", "compare_slots", "predicates", "negation", "numbers_equal", "times_equal"]

# --- pairing ----------------------------------------------------------------------------------------


def _interval(v: float, bound: str, written: bool = False) -> tuple[float, float]:
    if bound == "lower":
        return v, math.inf
    if bound == "upper":
        return -math.inf, v
    if bound == "approx":
        # "about 3,000" may be 2,600 or 3,400; "about 2,815", a figure of three or more significant digits, is that figure
        # give or take its rounding, not 2,518 (round ag)
        f = 0.03 if significant_digits(v) >= 3 else 0.15
        return v * (1 - f) if v >= 0 else v * (1 + f), v * (1 + f) if v >= 0 else v * (1 - f)
    if float(v).is_integer() and abs(v) < 10000:
        return v, v  # a count as written: 1896 is not 1898
    tol = max(abs(v) * 0.005, 1e-9)  # rounding of large and decimal figures ("1.5 million" = 1 498 000)
    if written and half_step(v):
        tol = half_step(v)  # two fractions as written, to their last digits: 2.41 m is not 2.39 m, 7.8 km holds 7.845 km (cd)
    return v - tol, v + tol


def _comparable_values(a: Slot, b: Slot) -> tuple[float, float]:
    """Both values in one unit: a duration in months against one in days is compared in days."""
    if a.unit in _TIME_UNITS and b.unit in _TIME_UNITS and a.unit != b.unit:
        return a.value * _TIME_UNITS[a.unit], b.value * _TIME_UNITS[b.unit]
    ma, mb = measure(a.unit), measure(b.unit)
    if (ma and ma[0] == "temperature") != (mb and mb[0] == "temperature") and not (ma and mb):
        # a temperature against a figure not read as one («минус 273 градусам по шкале …», "20 degrees"): its sign may be
        # in words the other side's reader did not take, so the two compare by size (frame/temperatures.py)
        return abs(a.value), abs(b.value)
    if ma and mb and ma[0] == mb[0] and ma[1] != mb[1]:
        # in the smaller unit, so whole counts stay whole and compare exactly ("8.90 metres" = 890 cm, not 895 cm;
        # "10 994 метров" / "11 kilometres": 10 994 / 11 000 metres)
        small = min(ma[1], mb[1])
        return a.value * ma[1] / small, b.value * mb[1] / small
    va, vb = ungrouped(a.value, a.unit, b.value, b.unit, plain_unit)
    if (va, vb) != (a.value, b.value) and values_overlap(va, a.bound, vb, b.bound):
        return va, vb  # "three pairs of legs" / «шесть ног»: the count of things (round r)
    return a.value, b.value  # as written: a group word may count the same groups the other side counts ("400 million base pairs")


def values_overlap(a: float, bound_a: str | None, b: float, bound_b: str | None, written: bool = False) -> bool:
    """Two figures with their bounds ("over", "about", as written) can state the same value."""
    lo_a, hi_a = _interval(a, bound_a, written)
    lo_b, hi_b = _interval(b, bound_b, written)
    return lo_a <= hi_b and lo_b <= hi_a


def numbers_equal(a: Slot, b: Slot) -> bool:
    va, vb = _comparable_values(a, b)
    both_fractions = not (float(va).is_integer() or float(vb).is_integer())  # a whole figure keeps its 0.5 % (104.7 / 105)
    return values_overlap(va, a.bound, vb, b.bound, both_fractions and (va, vb) == (a.value, b.value))


def signs_agree(a: Slot, b: Slot) -> bool:
    """Two figures of one size whose written signs differ ("+2.5 %" / «−2,5 %») state two values; a figure written
    without a sign ("contracted by 2.5 %" / «−2,5 %») compares by its size (``frame/signs.py``)."""
    sa, sb = explicit_sign(a.text or ""), explicit_sign(b.text or "")
    return sa is None or sb is None or sa == sb


#: Leftover figures further apart than this are two quantities, not one value changed ("two words" / "232 thousand").
_MAX_LOOSE_GAP = math.log(1000)


def _loosely_pairable(a: Slot, b: Slot, paraphrase: bool = False) -> bool:
    return units_pairable(a, b) and _log_gap(a, b) <= _MAX_LOOSE_GAP and not roles_differ(a, b) and not (
        (paraphrase or a.bound != b.bound) and count_against_measure(a, b))


def _pair_numbers(na: list[Slot], nb: list[Slot], strict: bool) -> tuple[list[SlotPair], list[Slot], list[Slot]]:
    pairs: list[SlotPair] = []
    left_a, left_b = list(na), list(nb)
    tests = [lambda a, b: numbers_equal(Slot("number", "", a.value, a.unit), Slot("number", "", b.value, b.unit))]
    # paraphrases: a bound may hold the other's value; translations keep their bounds (``bound_kinds.bound_gap``)
    tests.append(lambda a, b: a.bound != b.bound and numbers_equal(a, b)
                 and _log_gap(a, b) <= bound_gap(a.bound, b.bound, a.unit, b.unit, strict, _near_bound(a) or _near_bound(b)))
    tests.append(lambda a, b: a.bound == b.bound == "approx" and _close(*_comparable_values(a, b), _rounding(a, b)))
    tests.append(lambda a, b: looser_rounding(a, b, *_comparable_values(a, b)))  # "more than 86,000" / «свыше 80 тыс.» (round aj)
    # "at least 602" / «более шестисот»: a bound at the other's figure rounded to its precision (round af)
    tests.append(lambda a, b: rounded_bound(a.bound, b.bound, *_comparable_values(a, b)))
    # "almost 700 km" / "roughly 675 kilometres": an approximate round figure, the other rounded to its precision (round ai)
    tests.append(lambda a, b: rounded_approx(a.bound, b.bound, *_comparable_values(a, b)))
    # "about 4 billion" / «4,05 млрд»: an exact figure within the rounding of an approximate one states it, translations too
    tests.append(lambda a, b: {a.bound, b.bound} == {"approx", "exact"} and _close(*_comparable_values(a, b), _rounding(a, b)))
    tests.append(rounded_to_unit)  # "about 22 months" / «почти два года»
    tests.append(converted_rounding)  # "15 mph" / «до 24 км/ч»: a figure converted to another system of units (round cb)
    tests.append(lambda a, b: bounds_one_way(a, b, _log_gap(a, b), strict))  # "at least 240" / «свыше 200» (round as)

    def take(test, pairable=units_pairable) -> None:
        for a in list(left_a):
            hit = next((b for b in left_b if pairable(a, b) and test(a, b) and signs_agree(a, b)), None)
            if hit is not None:
                left_a.remove(a)
                left_b.remove(hit)
                pairs.append(SlotPair("number", a, hit, True))

    # a rank told as a bare figure on the other side ("the 12th biggest" / «на 12-м месте»): the same place in one order
    take(lambda a, b: {a.unit, b.unit} == {"rank", None} and a.value == b.value, pairable=lambda a, b: True)
    # a label read on one side only ("NAME_MAX-4" / «NAME_MAX-4 (т. е.» read with a unit): the same number is the same label
    take(lambda a, b: "label" in (a.unit, b.unit) and a.value == b.value, pairable=lambda a, b: True)
    # one duration on each side is the one duration told twice ("about three years" / «около года», not "one ship")
    for a, b, same in one_duration_each(left_a, left_b, lambda a, b: any(t(a, b) for t in tests)):
        left_a.remove(a)
        left_b.remove(b)
        pairs.append(SlotPair("number", a, b, same))
    # the same value first; then a bound that holds the other side's exact value
    # ("more than 900" / "950"); two bounds of one kind must state the same value
    for test in tests:
        take(test)
    pairs += pair_sums(left_a, left_b, plain_unit)  # "270 people" / «259 … и 11» (round ai)
    pairs += included_sums(left_a, left_b, pairs)  # "81 miners, and two rescuers" / «83, включая двух» (round by)
    # leftovers of one known unit clash
    for a in list(left_a):
        hit = next((b for b in left_b if a.unit in _KNOWN_UNITS and b.unit == a.unit and not roles_differ(a, b) or other_currency(a, b, left_a, left_b)
                    or same_colour(a, b)), None)
        if hit is not None:
            left_a.remove(a)
            left_b.remove(hit)
            pairs.append(SlotPair("number", a, hit, False))
    # other leftovers: in order when both sides have as many (translations), else a lone
    # figure pairs with the nearest one of the other side
    loose_a = [a for a in left_a if any(_loosely_pairable(a, b, strict) for b in left_b)]
    loose_b = [b for b in left_b if any(_loosely_pairable(a, b, strict) for a in left_a)]
    if loose_a and loose_b:
        if len(loose_a) == len(loose_b) and not strict:
            chosen = list(zip(loose_a, loose_b))
        elif len(loose_a) == 1 and (len(loose_b) == 1 or not strict):
            chosen = [(loose_a[0], min(loose_b, key=lambda b: _log_gap(loose_a[0], b)))]
        elif len(loose_b) == 1 and not strict:
            chosen = [(min(loose_a, key=lambda a: _log_gap(a, loose_b[0])), loose_b[0])]
        else:
            chosen = []
        # units two paired figures told ("20 Australian wickets" / «из 20» read as «калиток»): a leftover of each of those
        # units is the other's only candidate ("took 19 of the 20 wickets … 90 runs" / «17 калиток из 20»: round ar)
        told = {(p.a.unit, p.b.unit) for p in pairs if p.a.unit and p.b.unit and p.a.unit != p.b.unit}
        by_unit = [(a, b) for a in loose_a for b in loose_b if (a.unit, b.unit) in told and _loosely_pairable(a, b, strict)]
        if not chosen and len(by_unit) == 1:
            chosen = by_unit
        for a, b in chosen:
            if _loosely_pairable(a, b, strict):
                pairs.append(SlotPair("number", a, b, False))
                left_a.remove(a)
                left_b.remove(b)
    return pairs, left_a, left_b


#: How far a bound said to lie close to its figure ("just over", «немногим более») may hold the other side's value.
_NEAR_GAP = math.log(1.15)


def _near_bound(s: Slot) -> bool:
    """A bound its text says lies close to its figure ("slightly more than 2 million", «немногим более трети»:
    ``lang/{en,ru}/near_bounds.tsv``): it holds a value within 15 % of its figure, not any value beyond it."""
    text = (s.text or "").lower()
    return s.bound in ("lower", "upper") and any(text.startswith(p) for p in near_bounds())


def _close(x: float, y: float, rel: float) -> bool:
    return abs(x - y) <= rel * max(abs(x), abs(y))


def _log_gap(a: Slot, b: Slot) -> float:
    va, vb = _comparable_values(a, b)  # in one unit: "8 kilometres" / "10 994 метров" are one value changed
    x, y = abs(va) + 1e-9, abs(vb) + 1e-9
    return abs(math.log(x / y))


def compare_slots(fa: ClaimFrame, text_a: str, lang_a: str, fb: ClaimFrame, text_b: str, lang_b: str,
                  *, strict: bool = False) -> SlotComparison:
    """Pair the slots of two claims that state the same statement.  ``strict``: the
    claims are paraphrases rather than translations, so only one-to-one leftovers pair."""
    na, ia = number_slots(fa, text_a)
    nb, ib = number_slots(fb, text_b)
    pairs: list[SlotPair] = []
    extra_a, extra_b = list[Slot](), list[Slot]()
    ta, tb = time_slots(fa, text_a, lang_a), time_slots(fb, text_b, lang_b)  # in paraphrases, with the acts they date (round ch)
    acts_a, acts_b = (slot_acts(ta, text_a, lang_a), slot_acts(tb, text_b, lang_b)) if strict and ta and tb else (None, None)
    numbers, times = _pair_numbers(na, nb, strict), pair_times(ta, tb, strict, acts_a, acts_b)
    if not strict:
        numbers, times = year_read_as_figure(numbers, times)
    numbers, times = duration_against_span(numbers, times, _interval)
    times = dates_offset(numbers, times, text_a, text_b)  # round cq: two days an offset either side states ties
    entities = pair_entities(entity_slots(fa, text_a), text_a, entity_slots(fb, text_b), text_b, strict)
    entities = country_told_less(entities, text_a, text_b)
    entities = (entities[0] + short_entity_pairs(fa, fb), entities[1], entities[2])
    for got in (numbers, _pair_identifiers(ia, ib), times, entities):
        pairs += got[0]
        extra_a += got[1]
        extra_b += got[2]
    polar, uncertain = _polarity_pairs(text_a, lang_a, text_b, lang_b, time_spans(fa, text_a), time_spans(fb, text_b),
                                       paraphrase=strict)
    pairs += polar
    if (element := element_clash(text_a, lang_a, text_b, lang_b)) is not None:
        pairs.append(element)  # round ay: "ytterbium" / «галлий»
    elif (kind := kind_clash(text_a, lang_a, text_b, lang_b)) is not None:
        pairs.append(kind)  # round bk: "oil on copper" / «маслом на холсте», "quartet" / «секстет»
    return SlotComparison(tuple(pairs), tuple(extra_a), tuple(extra_b), uncertain=tuple(uncertain))


def _pair_identifiers(ia: list[Slot], ib: list[Slot]) -> tuple[list[SlotPair], list[Slot], list[Slot]]:
    pairs, left_a, left_b = [], [], list(ib)
    for a in ia:
        hit = next((b for b in left_b if b.value == a.value), None)
        if hit is None:
            left_a.append(a)
        else:
            left_b.remove(hit)
            pairs.append(SlotPair("identifier", a, hit, True))
    rest_a = []
    for a in left_a:
        same = [b for b in left_b if (a.unit or "") == (b.unit or "") or (a.unit and b.unit and keys_close(a.unit, b.unit))]
        if len(same) == 1 and len(left_a) == 1:
            left_b.remove(same[0])
            pairs.append(SlotPair("identifier", a, same[0], False))
        else:
            rest_a.append(a)
    return pairs, rest_a, left_b


def _polarity_pairs(text_a: str, lang_a: str, text_b: str, lang_b: str, times_a: tuple = (),
                    times_b: tuple = (), paraphrase: bool = False) -> tuple[list[SlotPair], list[SlotPair]]:
    """Predicates and polarity, paired: (pairs, uncertain clashes).

    When one side negates and the other does not, a predicate of the opposites
    lexicon is read with the negation standing right before it ("did not rise" =
    "fell").  A negation elsewhere in the sentence ("die ... if measures are not
    tightened") may belong to another verb: it is a clash when neither side states
    negation otherwise (or both do, and the affirming side not by a fixed phrase
    alone) and the negation is not inside a condition the other side does not state; when only the affirming side states negation
    otherwise ("no doubt" / "не сомневаться") the two agree; else the clash is
    *uncertain* (the pair is related, never agree and never contradict).  Round r: a pole word inside a time
    (``times_a``/``times_b``: «в начале XI века») is no predicate, and in a paraphrase a negation of all time only in a
    clause the longer side adds is uncertain (``clause_scope``)."""
    na, nb = negation_info(text_a, lang_a), negation_info(text_b, lang_b)
    pa, pb = own_poles(predicate_spans(text_a, lang_a), na), own_poles(predicate_spans(text_b, lang_b), nb)
    na, nb = negation_outside_poles(na, pa, pb), negation_outside_poles(nb, pb, pa)  # "not guilty" / «оправдали» (round al)
    pa, pb = poles_outside_times(pa, times_a, text_a, lang_a), poles_outside_times(pb, times_b, text_b, lang_b)
    pairs: list[SlotPair] = []
    uncertain: list[SlotPair] = []
    flipped = na.negated != nb.negated
    explained = opposite = False
    contest = None if flipped else contest_pair(text_a, lang_a, text_b, lang_b)  # round ay: who won, on each side
    for concept in sorted(set(pa) & set(pb)):
        if contest is not None and concept == "win":
            continue
        (pole_a, wa, sa), (pole_b, wb, sb) = pa[concept], pb[concept]
        # round s: "Uruguay beat Brazil" / «поражение сборной от Уругвая»: two poles, one winner, one result
        same = pole_a == pole_b or (not flipped and same_winner(concept, (text_a, lang_a, pole_a, sa), (text_b, lang_b, pole_b, sb)))
        pair = SlotPair("predicate", Slot("predicate", wa, pole_a, concept), Slot("predicate", wb, pole_b, concept), same)
        if flipped:
            near = na.near(text_a, sa) if na.negated else nb.near(text_b, sb)
            neg, pos = (na, nb) if na.negated else (nb, na)
            if near and neg.concord and pos.weak:
                explained = True  # «никто не выжил» / "nobody survived": one negation, told by a pronoun on both sides
                pairs.append(pair)
                continue
            if near and neg.concord and pos.superlative:
                explained = True  # «никто не выжил» / "the only one to survive": all others told by a superlative
                continue
            if near:  # "rose" / "did not rise", "rose" / "did not fall"
                explained = True
                pair = SlotPair("predicate", pair.a, pair.b, pole_a != pole_b)
            elif pole_a != pole_b:
                uncertain.append(pair)  # opposite words, and a negation elsewhere that may turn one of them
                continue
        elif not same and na.negated and nb.negated and na.near(text_a, sa) != nb.near(text_b, sb):
            # round af: both sides negate, one right before its opposite word ("undefeated, with 49 wins" / «не проиграв ни
            # одного»): that word turned is the other side's
            pair = SlotPair("predicate", pair.a, pair.b, True)
        elif same and na.negated and nb.negated:
            # round u: both sides negate somewhere, but only one negates this paired predicate ("would be able to
            # confirm" / «не могу подтвердить»): that predicate's polarity clashes
            turned = _negated_on_one_side((text_a, lang_a, na, sa), (text_b, lang_b, nb, sb), paraphrase)
            if turned is not None:
                pair = SlotPair("predicate", Slot("predicate", turned[0] or wa, pole_a, concept),
                                Slot("predicate", turned[1] or wb, pole_b, concept), False)
        opposite = opposite or not pair.equal
        pairs.append(pair)
    if contest is not None:
        pairs.append(contest)
        opposite = opposite or not contest.equal
    if flipped and not explained and not opposite:
        neg, pos = (na, nb) if na.negated else (nb, na)
        pol_a, pol_b = ("negative" if na.negated else "positive"), ("negative" if nb.negated else "positive")
        pair = SlotPair("polarity", Slot("polarity", pol_a, pol_a), Slot("polarity", pol_b, pol_b), False)
        if set(neg.spans) <= set(neg.states):
            pass  # round af: only a negated state by its form ("the last left unfinished"): a detail one side adds
        elif pos.weak and (not neg.weak or neg.contrastive):
            pass  # the other side states the negation otherwise ("no doubt" / "не сомневаться", "rather than" / "а не")
        elif neg.concord and pos.superlative:
            pass  # «ни одно животное не бегает быстрее» / "the fastest animal": all others told by a superlative
        elif neg.ever and pos.superlative:
            # "had never been seen before" / «стал первым», «рекорд не побит до сих пор» / "still the fastest": a negation said
            # of all time may tell what a superlative or "the first" tells without one; never agree, never contradict,
            # unless the negated verb names the act the other side affirms ("was never awarded" / «был удостоен … премии
            # первой степени»: round af)
            neg_text, neg_lang, pos_text, pos_lang = (text_a, lang_a, text_b, lang_b) if na.negated else (text_b, lang_b, text_a, lang_a)
            (pairs if negated_acts(neg_text, neg_lang, neg.spans) & acts(pos_text, pos_lang) else uncertain).append(pair)
        elif (neg.weak and not pos.weak) or (pos.idiom and not neg.idiom) or (neg.conditional and not pos.condition):
            uncertain.append(pair)  # the negation may be stated otherwise, or belong to a condition the other side lacks
        elif paraphrase and neg.nonfinite:
            # round s: in a paraphrase the negation only turns a participle or gerund («лифт с ловителями, не дававшими
            # кабине упасть», «умер, не дописав его»): a phrase about a noun or a circumstance that the other side may tell
            # otherwise (between translations it still clashes: "does react" / «не реагирующую»)
            uncertain.append(pair)
        elif paraphrase and (negation_in_added_clause(text_a, lang_a, na.spans, text_b, na.ever, lang_b) if na.negated
                             else negation_in_added_clause(text_b, lang_b, nb.spans, text_a, nb.ever, lang_a)):
            uncertain.append(pair)  # "…, yet it never freezes" / a text that stops before it: a detail one side adds
        else:
            pairs.append(pair)
    elif not flipped and not opposite and not (na.negated or nb.negated) and (na.absent and not nb.weak or nb.absent and not na.weak):
        # "there is no" / «нет» on one side, no word of negation at all on the other ("apticron has it" / «которых нет в
        # apticron»): the absence may be told otherwise, never agree
        pol_a, pol_b = ("absent" if na.absent else "positive"), ("absent" if nb.absent else "positive")
        pair = SlotPair("polarity", Slot("polarity", pol_a, pol_a), Slot("polarity", pol_b, pol_b), False)
        # ... unless the other side states the thing's existence outright ("has no satellites" / «у Меркурия есть спутник»)
        (pairs if (na.absent and nb.present and not na.present) or (nb.absent and na.present and not nb.present) else uncertain).append(pair)
    elif not opposite and not uncertain and ((na.broken and nb.negated) or (nb.broken and na.negated)):
        # round u: a Russian negative pronoun whose verb has lost its «не» («ни в чём был плох») against a side that negates:
        # a negation may be lost, never agree
        pol_a, pol_b = ("broken" if na.broken else "negative"), ("broken" if nb.broken else "negative")
        uncertain.append(SlotPair("polarity", Slot("polarity", pol_a, pol_a), Slot("polarity", pol_b, pol_b), False))
    elif (na.negated and nb.negated and negation_clusters(na.spans, text_a) != negation_clusters(nb.spans, text_b) and not (na.weak or nb.weak)
          and not (na.conditional or nb.conditional)):
        # both negate, one more often ("does not absorb and does not cause" / "впитывает и не вызывает"):
        # one negation may be dropped or stated by another word; never agree on it
        def told(n: int) -> str:
            return f"{n} negated verb{'s' if n > 1 else ''}"
        uncertain.append(SlotPair("polarity", Slot("polarity", told(negation_clusters(na.spans, text_a)), "negative"),
                                  Slot("polarity", told(negation_clusters(nb.spans, text_b)), "negative"), False))
    elif not paraphrase and not opposite and (na.negated and nb.negated and na.absent != nb.absent and not (na.present or nb.present)
                                              or not (na.negated or nb.negated or na.absent or nb.absent or na.idiom or nb.idiom or na.superlative or nb.superlative)
                                              and (na.nominal and not nb.weak or nb.nominal and not na.weak)):
        # round ah: both negate, one also states an absence ("did not allow" / «нет прав …, не разрешён»), or only one
        # says "no" or "nothing" and the other states no negation at all ("no pixels are removed" / «точки удаляются»)
        pol_a, pol_b = ("absent" if na.absent else "negative" if na.negated else "otherwise" if na.weak else "positive"), \
            ("absent" if nb.absent else "negative" if nb.negated else "otherwise" if nb.weak else "positive")
        uncertain.append(SlotPair("polarity", Slot("polarity", pol_a, pol_a), Slot("polarity", pol_b, pol_b), False))
    return pairs, uncertain


def _negated_on_one_side(side_a: tuple, side_b: tuple, paraphrase: bool) -> tuple[str, str] | None:
    """Round u: one paired predicate negated right before it (``Negation.near_span``) on one side only, both sides
    negating elsewhere (a negation on one side only is the plain polarity clash): the clash, as the two sides' words
    (the negated side's from its negation to its predicate: "не могу подтвердить"; the other side's predicate).
    None (the polarity is decided as before) when both or neither side negates it, when either side's word is no verb
    (``clause_scope.verbal``: «улучшения», "the improvement"), or when the negation may be no denial
    of it or may be the affirming side's too: the negation is part of a contrast («а не подтвердил»), sits in a
    condition the other side lacks, is told with a Russian negative pronoun («никто не подтвердил»), or (paraphrases)
    turns a Russian participle or gerund; the affirming side states negation otherwise ("failed to confirm", "no one
    could confirm") or negates a verb in the predicate's clause ("we do not think they will confirm": a negation raised
    to the verb of thinking; «вводить … невозможно»: a negation after the verb)."""
    (ta, la, na, sa), (tb, lb, nb, sb) = side_a, side_b
    ka, kb = na.near_span(ta, sa), nb.near_span(tb, sb)
    if (ka is None) == (kb is None):
        return None
    (tn, ln, nn, sn, kn), (tp, lp, np_, sp) = ((ta, la, na, sa, ka), (tb, lb, nb, sb)) if ka else ((tb, lb, nb, sb, kb), (ta, la, na, sa))
    if not (verbal(tn, ln, sn) and verbal(tp, lp, sp)):
        return None  # a pole word that is a noun («ожидают … улучшения», "the improvement") has no polarity of its own
    if (any(c0 <= kn[0] and kn[1] <= c1 for c0, c1 in nn.contrasts) or (nn.in_condition(tn, ln, kn) and not np_.condition)
            or (ln == "ru" and nn.concord_at(tn, kn)) or (paraphrase and ln == "ru" and negates_nonfinite(tn, *kn))):
        return None
    start, end = clause_around(tp, lp, sp)
    if np_.weak or np_.idiom or any(start <= s and e <= end for s, e in np_.spans):
        return None
    words = tn[min(kn[0], sn[0]):max(kn[1], sn[1])]
    return (words, tp[sp[0]:sp[1]]) if ka else (tp[sp[0]:sp[1]], words)
