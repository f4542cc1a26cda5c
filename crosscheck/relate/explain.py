"""Explanations: the English text of a relation, rendered from its typed evidence.

Every sentence a user reads about a link is written here, from values the
decision (``pair.py``, ``violations.py``) found: a contradiction names both
values and both sources ("EN a says 1889 ('in 1889'); RU b says 1887 ('в 1887
году')"), an agreement names the values both sides state.
"""

from __future__ import annotations

import datetime as _dt

from crosscheck.model import Evidence
from crosscheck.relate.slots import Slot, SlotComparison, SlotPair

__all__ = [
    "CLASH_TYPES", "slot_value", "clash_evidence", "match_evidence", "contradiction", "agreement", "related", "uncertain",
    "event_date_clash", "event_place_clash", "event_polarity_clash", "event_agreement", "event_values",
]

_CLASH_TYPE = {"number": "number-clash", "identifier": "identifier-clash", "time": "date-clash",
               "polarity": "polarity-clash", "predicate": "predicate-clash"}
#: Every evidence type a clash of paired values carries (entities: place-, participant- or entity-clash).
CLASH_TYPES: tuple[str, ...] = (*_CLASH_TYPE.values(), "place-clash", "participant-clash", "entity-clash")
_WHAT = {"number": "figure", "identifier": "identifier", "time": "date", "polarity": "polarity",
         "predicate": "predicate", "person": "person", "place": "place", "org": "organisation",
         "element": "chemical element", "kind": "kind of thing"}


def _years(lo: float, hi: float) -> tuple[int, int]:
    return int(lo // 365.25) + 1, int(hi // 365.25)


def _year_text(y: int) -> str:
    return f"{-y} BC" if y <= 0 else str(y)


def slot_value(slot: Slot) -> str:
    """The normalised value of a slot, as a reader would write it."""
    if slot.kind == "time":
        lo, hi = slot.value
        grain = (slot.unit or "").split(":")[-1]
        if not slot.anchored and lo >= 1 and grain in ("day", "month"):  # no year stated nor known: none shown
            d = _dt.date.fromordinal(int(lo))
            return f"{d.day} {d.strftime('%B')}" if grain == "day" else d.strftime("%B")
        if not slot.anchored and lo >= 1 and grain == "range":  # "December 9–10": days with no year
            d0, d1 = _dt.date.fromordinal(int(lo)), _dt.date.fromordinal(int(hi))
            return f"{d0.day} {d0.strftime('%B')}–{d1.day} {d1.strftime('%B')}"
        if lo < 1:
            y0, y1 = _years(lo, hi)
            y0 = int(round(lo / 365.25)) + 1  # year Y (BC: negative) runs from (Y - 1) * 365.25 to Y * 365.25 (slot_values)
            y1 = -int(round(-hi / 365.25)) if hi < 0 else int(hi // 365.25)
            return _year_text(y0) if y0 == y1 else f"{_year_text(y0)}–{_year_text(y1)}"
        start, end = _dt.date.fromordinal(int(lo)), _dt.date.fromordinal(int(hi))
        if start == end:
            return start.isoformat()
        if start.day == 1 and (start.year, start.month) == (end.year, end.month):
            return start.strftime("%Y-%m")
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
            return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
        return f"{start.isoformat()}..{end.isoformat()}"
    if slot.kind == "number":
        if slot.unit == "day" and slot.text and not slot.text[:1].isdigit() and slot.value >= 28:
            return slot.text
        return slot.text
    if slot.kind == "polarity":
        return "negated" if slot.value == "negative" else "affirmed"
    return slot.text


def _quote(slot: Slot) -> str:
    value = slot_value(slot)
    return value if slot.kind in ("number", "identifier", "entity", "predicate") or value == slot.text else f"{value} ({slot.text!r})"


def clash_evidence(pair: SlotPair) -> Evidence:
    kind = pair.kind
    if kind == "entity":
        etype = {"place": "place-clash", "person": "participant-clash"}.get(pair.a.unit or "", "entity-clash")
        return Evidence(etype, f"{pair.a.text} vs {pair.b.text} ({pair.a.value} / {pair.b.value})", pair.a.text, pair.b.text)
    return Evidence(_CLASH_TYPE.get(kind, f"{kind}-clash"), f"{_quote(pair.a)} vs {_quote(pair.b)}",
                    slot_value(pair.a), slot_value(pair.b))


def match_evidence(pair: SlotPair) -> Evidence:
    return Evidence(f"same-{pair.kind}", f"{_quote(pair.a)} = {_quote(pair.b)}", slot_value(pair.a), slot_value(pair.b))


def contradiction(la: str, lb: str, cmp: SlotComparison) -> tuple[str, tuple[Evidence, ...]]:
    """"EN a says 1889 ('in 1889'); RU b says 1887 ('в 1887 году') (date)." for each clash."""
    parts = []
    for p in cmp.clashes:
        what = _WHAT.get(p.a.unit if p.kind == "entity" else p.kind, p.kind)
        what = "field of the prize" if p.kind == "identifier" and p.a.unit == "prize" else what
        if p.kind == "polarity" and p.a.value == p.b.value == "negative":  # both negate, one more often
            parts.append(f"{la} has {p.a.text}, {lb} {p.b.text}: one may be dropped or stated otherwise")
        elif p.kind == "polarity" and "absent" in (p.a.value, p.b.value):  # "has no" against "has a" / «есть»
            neg, pos = (la, lb) if p.a.value == "absent" else (lb, la)
            parts.append(f"{neg} says it is not there; {pos} says it is")
        elif p.kind == "polarity":
            neg, pos = (la, lb) if p.a.value == "negative" else (lb, la)
            parts.append(f"{pos} affirms it; {neg} negates it")
        elif p.kind == "predicate":
            concept = p.a.unit.replace('-', ' ')
            how = f"opposite {concept}" if p.a.value != p.b.value else f"{concept} negated on one side only"
            how = "winner and loser swapped" if concept == "contest" else how
            parts.append(f"{la} says {p.a.text!r}; {lb} says {p.b.text!r} ({how})")
        else:
            parts.append(f"{la} says {_quote(p.a)}; {lb} says {_quote(p.b)} ({what})")
    agreed = [p for p in cmp.matches]
    tail = f" Both state {_list_matches(agreed)}." if agreed else ""
    text = "The same statement with a different fact: " + "; ".join(parts) + "." + tail
    return text, tuple(clash_evidence(p) for p in cmp.clashes) + tuple(match_evidence(p) for p in agreed)


def _list_matches(pairs) -> str:
    shown = []
    for p in pairs[:4]:
        a, b = slot_value(p.a), slot_value(p.b)
        shown.append(a if a == b and p.kind == "time" else f"{p.a.text!r} / {p.b.text!r}")
    return ", ".join(shown)


def agreement(la: str, lb: str, cmp: SlotComparison, *, z: float) -> tuple[str, tuple[Evidence, ...]]:
    """Both sides state the same statement and every paired value is equal."""
    matches = list(cmp.matches)
    evidence = [match_evidence(p) for p in matches]
    if matches:
        text = f"The same statement, with the same values: {la} and {lb} both state {_list_matches(matches)}."
    else:
        text = f"The same statement (near-translations, {z:.1f} noise sigmas above unrelated pairs); no figures, dates or names to pair."
        evidence.append(Evidence("same-statement", f"similarity {z:.1f} noise sigmas above unrelated pairs"))
    extra = _extras(la, cmp.extra_a) + _extras(lb, cmp.extra_b)
    if extra:
        text += " " + " ".join(extra)
        evidence.append(Evidence("added-detail", "; ".join(extra)))
    return text, tuple(evidence)


def _extras(label: str, slots) -> list[str]:
    shown = [s.text for s in slots if s.kind in ("number", "time", "identifier") or (s.kind == "entity" and s.unit in ("person", "place"))]
    return [f"{label} adds {', '.join(repr(t) for t in shown[:3])}."] if shown else []


def uncertain(la: str, lb: str, cmp: SlotComparison) -> tuple[str, tuple[Evidence, ...]]:
    """Clashes the text cannot settle: a negation that may belong to another verb or be stated otherwise."""
    parts, evidence = [], []
    for p in cmp.uncertain:
        if p.kind == "polarity" and p.a.value == p.b.value == "negative":  # both negate, one more often
            parts.append(f"{la} has {p.a.text}, {lb} {p.b.text}: one may be dropped or stated otherwise")
        elif p.kind == "polarity" and "broken" in (p.a.value, p.b.value):  # «ни в чём был плох» against a negation
            lost, neg = (la, lb) if p.a.value == "broken" else (lb, la)
            parts.append(f"{lost} has a negative pronoun whose verb is not negated, {neg} negates: a negation may be lost")
        elif p.kind == "polarity" and "absent" in (p.a.value, p.b.value):  # «нет» / "there is no" against no negation
            neg, pos = (la, lb) if p.a.value == "absent" else (lb, la)
            parts.append(f"{neg} says something is not there and {pos} states no negation, but the absence may be told otherwise")
        elif p.kind == "polarity" and "otherwise" in (p.a.value, p.b.value):  # "found no violation" / «признал нарушение»
            neg, pos = (la, lb) if p.a.value == "otherwise" else (lb, la)
            parts.append(f"{neg} says \"no\" or \"nothing\" and {pos} states no negation, but the negation may be "
                         "stated otherwise")
        elif p.kind == "polarity":
            neg, pos = (la, lb) if p.a.value != "positive" else (lb, la)
            parts.append(f"{neg} negates a verb and {pos} does not, but the negation may belong to another verb "
                         "or be stated otherwise")
        else:
            parts.append(f"{la} says {p.a.text!r}, {lb} says {p.b.text!r}, with a negation elsewhere that may turn one of them")
        evidence.append(Evidence(f"uncertain-{p.kind}", parts[-1], slot_value(p.a), slot_value(p.b)))
    agreed = list(cmp.matches)
    tail = f"; both state {_list_matches(agreed)}" if agreed else ""
    return related("; ".join(parts) + tail), tuple(evidence) + tuple(match_evidence(p) for p in agreed)


def related(detail: str) -> str:
    return f"Same topic, different facts ({detail})."


# --- event reports (meetings, visits): the same slot comparison on the event's time, place and people ------


def event_date_clash(la: str, lb: str, what: str, who: str, da: str, db: str) -> str:
    return f"{la} dates the {what} of {who} to {da}; {lb} dates it to {db}."


#: How a once-only predicate (``lang/{en,ru}/once_only.tsv``) is named in an explanation.
_ONCE = {"found": "founding", "born": "birth", "die": "death", "first": "first showing (premiere, first publication or description)",
         "sink": "sinking", "enact": "passing or signing", "occur": "event (a battle, massacre, uprising or disaster)",
         "peak": "peak", "patent": "patent", "discover": "discovery", "predict": "prediction",
         "make": "making of the work (painted, carved, composed, built, designed)", "unveil": "unveiling",
         "pioneer": "first time it was done", "issue": "first publication", "open": "opening", "ascent": "first ascent",
         "record": "first recording"}


def once_only_date_clash(la: str, lb: str, concept: str, da: str, db: str) -> str:
    return f"{la} dates the {_ONCE.get(concept, concept)}, which happens only once, to {da!r}; {lb} to {db!r}."


def rank_clash(la: str, lb: str, ra: int, rb: int) -> str:
    def place(r: int) -> str:
        # the last place is 0, the one before it -1 (relate/rank.py, round av)
        return {1: "the first place", 0: "the last place", -1: "the place before the last"}.get(r, f"place {r}")
    return f"The same subject ranked otherwise: {la} gives it {place(ra)}; {lb} gives it {place(rb)}."


def event_place_clash(la: str, lb: str, what: str, who: str, day: str, pa: str, pb: str) -> str:
    return f"{la} places the {what} of {who} on {day} in {pa}; {lb} in {pb}."


def event_polarity_clash(pos: str, neg: str) -> str:
    return f"{pos} affirms it; {neg} says it did not happen (negation)."


def event_agreement(detail: str, note: str = "") -> str:
    return f"Both report {detail}{note}."


def event_values(la: str, lb: str, cmp: SlotComparison, text: str, evidence: tuple[Evidence, ...]) -> tuple[str, tuple[Evidence, ...]]:
    """An event-report agreement with the values both sides state, paired ("EN a and RU b both
    state '19 April' / '19 апреля'"); evidence that already pairs values is kept as it is."""
    if any(e.type.startswith("same-") and e.a and e.b for e in evidence):
        return text, evidence
    matches = list(cmp.matches)
    if not matches:
        return text + " The two sentences themselves pair no figure, date or name.", evidence
    return (text + f" {la} and {lb} both state {_list_matches(matches)}.",
            tuple(evidence) + tuple(match_evidence(p) for p in matches))


def annual_date_clash(la: str, lb: str, da: str, db: str) -> str:
    return f"A custom kept every year, dated to another time of year: {la} says {da!r}; {lb} says {db!r}."


def toll_date_clash(la: str, lb: str, toll: int, da: str, db: str) -> str:
    return f"One event (the same place, the same toll of {toll}) dated to two days: {la} says {da!r}; {lb} says {db!r}."
