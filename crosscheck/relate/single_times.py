"""One statement dated once on each side, at two times, is a clash (issue 10, round ca).

The event view calls two reports whose times do not overlap two events, and the pair ``related``: two meetings, two
visits, two matches on two dates are two occasions.  A claim that states one time only, about a subject the other claim
states at one other time with the same likeness, is mostly the same statement told with another date: "The last aurochs
died in 1627" / «Последний тур пал … в XVIII веке».  Measured on the comparable sets' pairs the event view set apart by
time alone (no other participants, no other kind of event): 114 told one fact with a changed date, 17 were agreements,
almost all with a second time on one side ("born in 1860 … painted in 1897").  So the pair contradicts when each frame
holds exactly one time, naming its year, decade or century (not a weekday of a news report, "on Tuesday"); the event view
saw nothing but the time apart and the slots nothing but the time, no role is filled by another name (another theatre:
two productions) and no place differs; neither side reports an encounter (meetings and visits recur), counts or repeats
its event ("again", "the second"), plans it, or claims it first since a date or within a period ("the first since 2013";
a plain "first" or "only" is a one-off, which helps), tells a time relative to another ("four years later", «годом
ранее»: ``lang/{en,ru}/relative_times.tsv``) or states another act than the other (once-only acts, "born in 1934" / «погиб
в 1968», ``once_only.py``; predicates of the opposites lexicon, "construction began" / «открыт для движения»); one
name at least is shared and no side names what the other leaves out right after a verb, as its object ("discovered
Uranus in 1781" / «открыл инфракрасное излучение в 1800»), nor do both sides name something the other lacks ("the Battle
of Borodino" / «Битва при Лейпциге»: ``once_only.names_left``); a name only one side carries in an aside, after a
preposition or a noun adds detail (round ce: "Kargopol, where the Onega flows out of Lake Lacha, is first mentioned in
1146" / «Каргополь … под 1164 годом»); neither side alone tells its event as a new one («новое восстание»,
``repeat_events.py``: another occasion); and the likeness reaches ``Z_AGREE``.  On the bench's 293 pairs the event view set apart by time it
moves 10 to gold and none away (a first cut with fewer guards moved 51, but also 5 agreements and, in the older test
tables, two battles, two novels and two companies of one founder).
"""

from __future__ import annotations

import dataclasses
import functools
import re

from crosscheck.model import ClaimFrame, Evidence, Segment
from crosscheck.relate.thresholds import Z_AGREE
from crosscheck.relate.types import PairRelation

__all__ = ["single_time_relation"]


@functools.lru_cache(maxsize=None)
def _relative_patterns(lang: str) -> tuple[re.Pattern, ...]:
    from crosscheck.lang.resources import tsv

    return tuple(re.compile(r["pattern"], re.I) for r in tsv(f"{lang}/relative_times.tsv"))


def _relative(text: str, lang: str) -> bool:
    """The text tells a time relative to another ("four years later", «годом ранее»: ``lang/{en,ru}/relative_times.tsv``)."""
    return any(rx.search(text) for rx in _relative_patterns("ru" if lang == "ru" else "en"))


def _dated(t) -> bool:
    """The time names its year, decade or century ("in 1627", «в XVIII веке», "the 1950s")."""
    return t.anchored and bool(re.search(r"\d{3,4}|(?-i:\b[IVXLC]+\b)|centur|век|столет", t.text, re.I))


@functools.lru_cache(maxsize=1)
def _past_verbs() -> frozenset[str]:
    """English past forms that take an object and do not end in -ed (``lang/en/past_verbs.tsv``)."""
    from crosscheck.lang.resources import split, tsv

    return frozenset(w for row in tsv("en/past_verbs.tsv") for w in split(row["word"]))


def _verb(word: str) -> bool:
    """A past verb that may take an object: English "-ed" (five letters or more: not "bed", "red") or an irregular past;
    a Russian word whose likeliest reading is a verb («открыл», not «генерала», «земли»)."""
    if re.fullmatch(r"[a-z]+", word):
        return word in _past_verbs() or (len(word) >= 5 and word.endswith("ed"))
    if re.fullmatch(r"[а-яё]+", word):
        from crosscheck.frame._lazy import parse_ru

        parses = parse_ru(word)
        return bool(parses) and parses[0].tag.POS == "VERB"
    return False


def _object(text: str, name) -> bool:
    """The name stands after a verb, at most two lower-case words between, as its object: one side naming an object the
    other leaves out may name another object ("William Herschel discovered the planet Uranus in 1781" / «открыл
    инфракрасное излучение в 1800 году»), while a name in an aside or after a preposition only adds detail ("Kargopol,
    where the Onega flows out of Lake Lacha", round ce)."""
    words = re.findall(r"[\w'’-]+|[^\w\s]", text[:name.start])[-3:]
    for w in reversed(words):
        if not re.fullmatch(r"[a-zа-яё'’-]+", w):
            return False  # a capitalised word, a figure or a stop ends the object
        if _verb(w):
            return True
    return False


def single_time_relation(a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, z: float,
                         rel: PairRelation) -> PairRelation | None:
    """A contradiction when two claims dated once each were set apart by their times alone, else None."""
    from crosscheck.relate.confidence import confidence
    from crosscheck.relate.event_claims import mentions_repeat
    from crosscheck.relate.event_view import ENCOUNTERS, event_view
    from crosscheck.relate.name_keys import keys_close
    from crosscheck.relate.names import doc_label
    from crosscheck.relate.negation import predicates
    from crosscheck.relate.once_only import names_left, once_only_concepts
    from crosscheck.relate.repeat_events import one_side_again
    from crosscheck.relate.role_clash import _demonym, find_role_clash, read_names, same_name
    from crosscheck.relate.slots import compare_slots

    if rel.relation != "related" or z < Z_AGREE or [e.type for e in rel.evidence] != ["different-event"]:
        return None
    if len(fa.times) != 1 or len(fb.times) != 1 or any(x.kind not in ("first", "only") for x in fa.exclusivity + fb.exclusivity):
        return None  # a second time may date another act; "first since", "again", "three times" count occasions
    if not (_dated(fa.times[0]) and _dated(fb.times[0])):
        return None  # a yearless "April 19", a weekday: a report's date, not the fact's
    if "planned" in (fa.modality, fb.modality) or mentions_repeat(fa) or mentions_repeat(fb):
        return None
    if one_side_again(a.text, a.lang, b.text, b.lang):
        return None  # "a new strike broke out in 1915" against the strike of 1905: another occasion (round ce)
    if _relative(a.text, a.lang) or _relative(b.text, b.lang):
        return None  # "won the marathon four years later": a second time the frame does not date
    acts_a = once_only_concepts(a.text, a.lang) | predicates(a.text, a.lang).keys()
    acts_b = once_only_concepts(b.text, b.lang) | predicates(b.text, b.lang).keys()
    if acts_a and acts_b and not acts_a & acts_b:
        return None  # "born in 1934" / «погиб в 1968», "construction began" / «открыт»: two acts, each dated once
    names_a = [n for n in read_names(a.text, a.lang) if not _demonym(n)]
    names_b = [n for n in read_names(b.text, b.lang) if not _demonym(n)]
    left_a, left_b = names_left(names_a, names_b)
    if (not any(same_name(n, o) for n in names_a for o in names_b) or (left_a and left_b)
            or any(_object(a.text, n) for n in left_a) or any(_object(b.text, n) for n in left_b)):
        return None  # one subject, every name of each side named on the other: not "the Battle of Borodino" / «Битва при
        # Лейпциге», "SpaceX" / «Tesla», nor "discovered Uranus" / «открыл инфракрасное излучение»
    va, vb = event_view(a, fa), event_view(b, fb)
    if va.type in ENCOUNTERS or vb.type in ENCOUNTERS or not (va.explicit and vb.explicit):
        return None  # meetings and visits recur; a time inferred from the publication date dates a report
    if va.place is not None and vb.place is not None and not keys_close(va.place, vb.place):
        return None  # another place: another occasion ("ballarat" / «Балларата» "blrt" is one: round cg)
    cmp = compare_slots(fa, a.text, a.lang, fb, b.text, b.lang, strict=True)
    if any(p.kind != "time" for p in cmp.clashes) or find_role_clash(a.text, a.lang, b.text, b.lang, z) is not None:
        return None  # another name in a slot or a role: another occasion ("a new production at the Bolshoi in 2001")
    apart, (ta, tb) = rel.evidence[0], (fa.times[0].text, fb.times[0].text)
    ev = (Evidence("date-clash", f"{ta} vs {tb} ({apart.a} vs {apart.b})", apart.a, apart.b),)
    text = f"The same statement dated otherwise: {doc_label(a)} says {ta!r} ({apart.a}); {doc_label(b)} says {tb!r} ({apart.b})."
    return dataclasses.replace(rel, relation="contradict", score=confidence("contradict", ev, z), explanation=text, evidence=ev)
