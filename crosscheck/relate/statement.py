"""The relation of two claims that state the same statement (translations or close paraphrases):
their slots are paired and compared (``slots.py``); a clash of a paired value is a contradiction,
every paired value equal an agreement, a value with no counterpart only adds detail.  Split from
``pair.py``, which sends a pair here or through the event view."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from crosscheck.model import ClaimFrame, Segment
from crosscheck.relate import explain
from crosscheck.relate.acts import different_acts
from crosscheck.relate.confidence import confidence
from crosscheck.lang.translit import is_cyrillic
from crosscheck.relate.entity_pairs import kept_place, latin_orgs
from crosscheck.relate.place_detail import city_told_by_whole, country_told_by_part, state_told_by_city, territory_told_otherwise
from crosscheck.relate.event_view import RECENT_DAYS
from crosscheck.relate.name_keys import is_region, unread_name
from crosscheck.relate.negation import negation_info
from crosscheck.relate.names import doc_label
from crosscheck.relate.noise import Noise
from crosscheck.relate.open_clash import open_clash
from crosscheck.relate.repeat_events import one_side_again
from crosscheck.relate.slot_values import _KNOWN_UNITS
from crosscheck.relate.slots import SlotComparison, compare_slots
from crosscheck.relate.thresholds import Z_TOPIC, Z_TRANSLATION
from crosscheck.relate.types import PairRelation

__all__ = ["statement_relation", "published_together"]


def _two_ends(cmp: SlotComparison, a: Segment, b: Segment) -> bool:
    """Round r: both sides state opposite predicates with their own words (began / «закончилась»), neither negates: with
    another time, the two ends of one thing.  A predicate turned by a negation ("не открывался до 1918 года" / "opened in
    1898") is a polarity clash and stays one."""
    return (any(p.kind == "predicate" for p in cmp.clashes)
            and not negation_info(a.text, a.lang).negated and not negation_info(b.text, b.lang).negated)


def _where(text: str, slot) -> tuple[int, int] | None:
    """Where ``text`` states a slot: its span, else the first place its words stand, else None."""
    if slot.span is not None:
        return slot.span
    at = text.find(slot.text) if slot.text else -1
    return (at, at + len(slot.text)) if at >= 0 else None


def statement_relation(a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, z: float, noise: Noise,
                        cmp: SlotComparison | None = None) -> PairRelation:
    la, lb = doc_label(a), doc_label(b)
    if cmp is None:
        cmp = compare_slots(fa, a.text, a.lang, fb, b.text, b.lang, strict=z < Z_TRANSLATION)
    factual = a.kind != "opinion" and b.kind != "opinion"
    kinds = {p.kind for p in cmp.clashes}
    # round cp: two ages are no value of another occasion ("a seventeen-year-old girl" / «восемнадцатилетняя Саган»)
    apart = {p.kind for p in cmp.clashes if not (p.kind == "number" and "year-old" in (p.a.unit, p.b.unit))}
    if "time" in apart and (apart & {"number", "identifier", "entity"} or _two_ends(cmp, a, b)):
        # another year and another figure (or place): two periods or occasions, not one statement told twice; another
        # year and the opposite predicate ("ended in 1905" / «началась в 1904 году»): the two ends of one thing (round r)
        _, ev = explain.contradiction(la, lb, cmp)
        return PairRelation(a, b, "related", confidence("related", ev, z), explain.related(
            "different times with different values: " + "; ".join(e.detail for e in ev if e.type.endswith("clash"))), ev)
    again = one_side_again(a.text, a.lang, b.text, b.lang) if kinds == {"time"} else None
    if again:
        # one side tells a new occurrence ("a new revolt", «очередное извержение»), the other the event itself: two
        # occasions, each dated (round ce, ``repeat_events.py``)
        _, ev = explain.contradiction(la, lb, cmp)
        return PairRelation(a, b, "related", confidence("related", ev, z), explain.related(
            f"another occasion ({again!r}); " + "; ".join(e.detail for e in ev if e.type.endswith("clash"))), ev)
    dated = next((p for p in cmp.clashes if p.kind == "time"), None)
    acts = (different_acts(a.text, a.lang, b.text, b.lang, _where(a.text, dated.a), _where(b.text, dated.b))
            if kinds == {"time"} and z < Z_TRANSLATION else None)
    if acts:
        # another date for another act of one subject ("came out in 1896" / «получил премию в 1905 году»): two true
        # statements, not one dated twice (round ac, ``acts.py``)
        _, ev = explain.contradiction(la, lb, cmp)
        return PairRelation(a, b, "related", confidence("related", ev, z), explain.related(
            f"different acts dated: {la} dates {acts[0]}, {lb} {acts[1]}; " + "; ".join(e.detail for e in ev if e.type.endswith("clash"))), ev)
    if (cmp.clashes and z < Z_TOPIC and not _specific(cmp) and not _shared_subject(fa, fb) and not _one_fact(cmp)
            and not (z >= Z_BARE_TURN and _bare_turn(cmp)) and not ((kinds and kinds <= {"time", "entity"} or _size_told(cmp))
                                                                  and shared_name(a.text, a.lang, b.text, b.lang))):
        # paraphrase-level likeness with nothing shared but the topic ("turnout 48 %" / "the party won 52 %"):
        # two statements of one story, not one statement told twice
        _, ev = explain.contradiction(la, lb, cmp)
        return PairRelation(a, b, "related", confidence("related", ev, z), explain.related(
            "different statements on one topic: " + "; ".join(e.detail for e in ev if e.type.endswith("clash"))), ev)
    if cmp.clashes:
        text, ev = explain.contradiction(la, lb, cmp)
        if factual or (z >= Z_TRANSLATION and kinds <= {"polarity", "predicate"} and not _conditional_negation(a, b)):
            # a translation that turns an opinion round ("I think" / "не думаю") misreports it: a clash; an opinion's figures
            # and names are the speaker's, so two opinions stating other values are only related
            return PairRelation(a, b, "contradict", confidence("contradict", ev, z), text, ev)
        return PairRelation(a, b, "related", confidence("related", ev, z), explain.related("an opinion stated with different values"), ev)
    if cmp.uncertain:
        # a negation on one side that may belong to another verb: neither agree nor contradict
        text, ev = explain.uncertain(la, lb, cmp)
        return PairRelation(a, b, "related", confidence("related", ev, z), text, ev)
    text, ev = explain.agreement(la, lb, cmp, z=z)
    crossed = _unpaired_both_sides(cmp, a.text, b.text, paraphrase=z < Z_TRANSLATION)
    if crossed:
        # each side states a value of one kind the other lacks: the pairing cannot tell detail from difference
        return PairRelation(a, b, "related", confidence("related", ev, z), explain.related(
            f"each side states {'an' if crossed[0] in 'aeiou' else 'a'} {crossed} the other lacks"), ev)
    if z < Z_TRANSLATION and not _specific(cmp, strong=z < Z_TOPIC) and not (z >= Z_TOPIC and shared_name(a.text, a.lang, b.text, b.lang)):
        # like words below translation level, tied by nothing more than a country: a topic, not one statement
        return PairRelation(a, b, "related", confidence("related", ev, z), explain.related("like words, no shared figure, date or name"), ev)
    if (a.kind == "opinion") != (b.kind == "opinion"):
        return PairRelation(a, b, "related", confidence("related", ev, z), explain.related("an opinion and a claim in like words"), ev)
    unchecked = open_clash(a.text, a.lang, b.text, b.lang)
    if unchecked:
        # an agreement holds only on what was compared: opposite words no slot reads may hold a clash (open_clash.py)
        return PairRelation(a, b, "related", confidence("related", ev, z), explain.related(f"not checked: {unchecked}"), ev)
    if not cmp.matches and not published_together(a, b) and a.doc.date is not None and b.doc.date is not None:
        # the same words said months apart, with no date or figure to tie them, are said at different occasions
        return PairRelation(a, b, "related", confidence("related", ev, z), explain.related("like words, published months apart"), ev)
    return PairRelation(a, b, "agree", confidence("agree", ev, z), text, ev)


def _unpaired_both_sides(cmp: SlotComparison, text_a: str, text_b: str, paraphrase: bool = False) -> str | None:
    """The kind of value (figure, date, person, place) both sides state without a counterpart; in paraphrases, a person
    (or an organisation) one side adds while the other carries a name its frame missed (``unread_name``) counts as a person
    (an organisation) on both sides."""
    def org(s) -> bool:
        # in paraphrases an organisation each side names without a counterpart may be another one in the same role
        # ("introduced by the Financial Times" / «придумал журнал The Economist»): detail and difference look alike; not in
        # translations, where organisations are named word by word and acronyms translated ("MFA" / «МИД», "PMC" / «ЧВК»)
        # (round bd: in translations too when the organisation is one plain name, not an acronym: "driving for Maserati" /
        # «в составе команды «Феррари»», "working for Nichia" / «инженером корпорации «Тосиба»»: a name is transliterated, not
        # translated, so two such names are two organisations)
        return s.unit == "org" and (paraphrase or _plain_org(s.text))

    def kinds(slots) -> set[str]:
        # "one of" (unit "one-of", frame/quantities.py) names a member of a group: no value the other side could state otherwise
        # (round cp: nor does an age one side adds, "a six-year-old boy", against a length of time the other states)
        # a continent or world region ("Europe", "Asia") is a place of another size than a city: "Istanbul" / "between Europe
        # and Asia" is detail on both sides, not a place each side names differently
        return {("region" if s.unit == "place" and is_region(s.value) else s.unit) if s.kind == "entity" else s.kind for s in slots
                if (s.kind in ("number", "time", "identifier") and s.unit not in ("one-of", "year-old"))
                or (s.kind == "entity" and (s.unit in ("person", "place") or org(s)))}

    # a country one side adds that the other tells by a city of it ("in Paris" / «во Франции») is detail on that side
    # and a city one side adds whose country the other names, naming no city of it, is detail too (round ai)
    places_a, places_b = [p.a for p in cmp.pairs] + list(cmp.extra_a), [p.b for p in cmp.pairs] + list(cmp.extra_b)
    # and a place the other side names in another period or by its sovereign state is one place told two ways (round ar)
    # (round cp: and a place of keeping one side adds, «хранится в Париже», is detail: ``entity_pairs.kept_place``)
    extra_a = [s for s in cmp.extra_a if not country_told_by_part(s, places_b, list(cmp.extra_b)) and not city_told_by_whole(s, places_b)
               and not territory_told_otherwise(s, places_b) and not state_told_by_city(s, places_b)
               and not kept_place(s, text_a)]
    extra_b = [s for s in cmp.extra_b if not country_told_by_part(s, places_a, list(cmp.extra_a)) and not city_told_by_whole(s, places_a)
               and not territory_told_otherwise(s, places_a) and not state_told_by_city(s, places_a)
               and not kept_place(s, text_b)]
    both = kinds(extra_a) & kinds(extra_b)
    values = {"number", "time", "identifier"}
    if (kinds(cmp.extra_a) & values and kinds(cmp.extra_b) & values and not both & values and _digits(cmp.extra_a) != _digits(cmp.extra_b)
            and not _count_in_words(cmp.extra_a) and not _count_in_words(cmp.extra_b)):
        # a figure on one side, a date or code on the other, with other digits: a value read two ways ("around 104" as a
        # year / "примерно на 80"); a figure in words («двукратным», "four") is read one way only (round ac); the same digits ("16x12" / "16 × 12 дюймов", "the 2021 World Cup" / "ЧМ 2021") are one value
        both.add("value")
    loose_a = _loose_digits(text_a, [p.a for p in cmp.pairs])
    loose_b = _loose_digits(text_b, [p.b for p in cmp.pairs])
    unread_a = _loose_digits(text_a, [p.a for p in cmp.pairs] + list(cmp.extra_a))
    unread_b = _loose_digits(text_b, [p.b for p in cmp.pairs] + list(cmp.extra_b))
    for mine, other in ((unread_a, text_b), (unread_b, text_a)):
        if any(len(d) == 4 and 1000 <= int(d) <= 2100 and d not in re.findall(r"\d+", other) for d in mine):
            # a year one frame did not read at all and the other text does not show ("from 1996 to 1994", read as 1994
            # only): the pairing cannot tell whether the other side's date is the same
            both.add("value")
    if loose_a - loose_b and loose_b - loose_a:
        # digits outside every paired value, on both sides and not the same ones: a value one frame did not read at all
        # ("in 2001" / "(1994)", "end of 1995" / "в конце 2000", "© 2030" / "© 2023"): detail and difference look alike
        both.add("value")
    for mine, text, side in ((cmp.extra_a, text_b, 1), (cmp.extra_b, text_a, 0)):
        # an organisation the Russian side adds in Latin letters that the English text does not write («немецкой компании
        # Bayer», ``entity_pairs.latin_orgs``) while the English side carries a name its frame missed ("the British company
        # Boots", "the toy maker Mattel") counts on both sides too: another organisation in the same role (in translations
        # too: a translation writes such a name as it is). An English organisation against a Russian unread name is left
        # alone: the Russian side transliterates and declines names its frame misses («Си-Эн-Тауэр», «Нурекской ГЭС»)
        own = text_a if side else text_b
        held = [(p.a, p.b)[side] for p in cmp.pairs] + list((cmp.extra_a, cmp.extra_b)[side])
        for kind in ("person", "org"):
            told = (paraphrase and "person" in kinds(mine) if kind == "person"
                    else is_cyrillic(own) and bool(latin_orgs(list(mine), own, text)))
            if told and unread_name(text, held, own):
                both.add(kind)
    names = {"number": "figure", "time": "date", "identifier": "code", "person": "person", "place": "place", "org": "organisation",
             "value": "figure or date", "region": "region"}
    return ", ".join(sorted(names[k] for k in both)) or None


def _plain_org(text: str) -> bool:
    """An organisation named by one word of four letters or more (a hyphen allowed), not written in capitals, no head of
    organisation names (``lang/en/org_heads.tsv``) and no Russian common noun: "Maserati", «Тосиба», "Decca"; not "MFA",
    «МИД», "Ministry", «Министерства»."""
    word = text.strip("«»\"“”„ ")
    if not re.fullmatch(r"[^\W\d_][^\W\d_'’-]{3,}(?:-[^\W\d_]+)?", word) or word.isupper():
        return False
    if is_cyrillic(word):  # a common noun translated («Министерства» / "the Ministry"), not a name
        from crosscheck.frame._lazy import parse_ru

        return not any(p.is_known and "NOUN" in str(p.tag) and not {"Name", "Surn", "Geox", "Orgn"} & set(str(p.tag).replace(" ", ",").split(","))
                       for p in parse_ru(word.lower())[:1])
    from crosscheck.frame.en_words import W

    return word.lower() not in W.org_heads


def _conditional_negation(a: Segment, b: Segment) -> bool:
    """Every negation of one side sits in a condition ("if you don't have time"): a translation may word that condition
    without a negating verb («если Вам некогда»), so it does not turn an opinion, a request or a wish round."""
    return negation_info(a.text, a.lang).conditional or negation_info(b.text, b.lang).conditional


def _loose_digits(text: str, paired) -> set[str]:
    """The digit runs of ``text`` (leading zeros dropped) that no paired value of it contains, counted: a run written more
    often than the paired values hold it is loose too ("for sda3, it would be “3”": the “3” no frame read)."""
    held = Counter()
    for s in paired:
        if s.kind in ("number", "time", "identifier"):
            held |= _runs(s.text)  # one run held once per value that shows it, not per slot reading the same words
    return set(_runs(_untitled(text)) - held)


@lru_cache(maxsize=4096)
def _untitled(text: str) -> str:
    """``text`` with the quoted titles of works blanked: their digits name the work («роман «1984»»; round ai)."""
    from crosscheck.frame.works import title_spans

    for a, b in title_spans(text):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


@lru_cache(maxsize=16384)  # once per text: a claim meets many pairs (read only: the callers build new counters)
def _runs(t: str) -> Counter:
    return Counter(d.lstrip("0") or "0" for d in re.findall(r"\d+", t))


def _count_in_words(slots) -> bool:
    """The side's figures and dates show no digit: a figure in words («двукратным», "six days", «двенадцать лет»), which is
    read one way only (round ac). A duration in words against two dates ("after a flight of less than two years" / «запущенный
    5 августа 2011 г., … в июле 2016 г.») is then no clash found: the dates' span is not measured."""
    values = [s for s in slots if s.kind in ("number", "time", "identifier")]
    return bool(values) and not _digits(values)


def _digits(slots) -> set[str]:
    return {d.lstrip("0") or "0" for s in slots if s.kind in ("number", "time", "identifier") for d in re.findall(r"\d+", s.text)}


#: Likeness from which a lone negation with nothing else stated is one statement turned round: below it, sentences of one
#: topic with no values at all are too many (the synthetic WMT22 corpus: 6.6-7.03 sigmas; perturbed translations: 6.5-7.5).
Z_BARE_TURN = 7.1


def _bare_turn(cmp: SlotComparison) -> bool:
    """The only clash is a negation or an opposite predicate and neither side states a value the other lacks ("Bats are
    mammals" / «Летучие мыши не относятся к млекопитающим»): one statement turned round, not two statements of a topic."""
    return all(p.kind in ("polarity", "predicate") for p in cmp.clashes) and not cmp.extra_a and not cmp.extra_b


def _one_fact(cmp: SlotComparison) -> bool:
    """Each side states one figure with a unit (the same, or words the lexicon cannot compare), and nothing else but a name (not a
    place: the scope of a figure) on one side only: one fact with two values ("within 30 days" / "в течение 45 дней", "the Cuban
    crisis lasted 13 days" / "31 день"), not two statements of a story ("the UK recorded 1,239 cases" / "two cases in Russia")."""
    extra = [s for s in cmp.extra_a + cmp.extra_b if s.kind != "entity" or s.unit == "place"]
    if len(cmp.pairs) != 1 or extra or (cmp.extra_a and cmp.extra_b) or cmp.pairs[0].kind != "number":
        return False
    ua, ub = cmp.pairs[0].a.unit, cmp.pairs[0].b.unit  # a unit word of each side ("metres" / "метров")
    return ua is not None and ub is not None and (ua == ub or not (ua in _KNOWN_UNITS and ub in _KNOWN_UNITS))


def _size_told(cmp: SlotComparison) -> bool:
    """Every clash is one measure of one dimension, told as a size on one side at least ("имеет длину около 800 км" /
    "runs some 413 kilometres"): with a name in common, the subject's size given twice, not two figures of a topic (round
    br)."""
    from crosscheck.frame.quantities import measure_dim

    return bool(cmp.clashes) and all(p.kind == "number" and measure_dim(p.a.unit) and measure_dim(p.a.unit) == measure_dim(p.b.unit)
                                     and "size" in (p.a.role, p.b.role) for p in cmp.clashes)


def _specific(cmp: SlotComparison, *, strong: bool = False) -> bool:
    """Paired values that tie two statements together: a figure, a date, a code, a predicate,
    a name other than a country (``strong``: a person or organisation, or two names)."""
    from crosscheck.frame.builder import is_country

    names = [p for p in cmp.matches if p.kind == "entity" and not is_country(p.a.value)]
    if any(p.kind != "entity" for p in cmp.matches):
        return True
    if not strong:
        return bool(names)
    return len(names) >= 2 or any(p.a.unit in ("person", "org") for p in names)


def _shared_subject(fa: ClaimFrame, fb: ClaimFrame) -> bool:
    """A person or organisation both claims name (the subject of the statement)."""
    return bool({k for k in fa.entity_keys("person", "org") & fb.entity_keys("person", "org") if len(k.replace("-", "")) >= 3})


def shared_name(text_a: str, lang_a: str, text_b: str, lang_b: str) -> bool:
    """Both texts carry one name that is no gazetteer place, read from the text (``role_names.read_names``), also where the
    frame missed it ("Wikipedia" / «Википедия», "the Nile" / «Нила»): the subject of the statement, not its scope.  It ties
    a clash of a date or a place; a subject has many figures ("20 % of the population" / «70 % территории»), and a negation
    on one side may be another statement about it ("Zenit beat Spartak on Sunday" / «„Зенит“ не проигрывает „Спартаку“»)."""
    from crosscheck.relate.role_names import same_name

    names_b = _subject_names(text_b, lang_b)
    return bool(names_b) and any(same_name(x, y) for x in _subject_names(text_a, lang_a) for y in names_b)


@lru_cache(maxsize=16384)  # once per text (a pair may ask twice, a claim meets many pairs)
def _subject_names(text: str, lang: str) -> tuple:
    """The names of a text that may be its subject: no gazetteer place; a capitalised first word only when its skeleton is
    long enough to be no common word read twice."""
    from crosscheck.relate.role_names import read_names

    return tuple(n for n in read_names(text, lang) if n.kind != "place" and (n.strong or any(len(k.partition("|")[0]) >= 4 for k in n.keys)))


def published_together(a: Segment, b: Segment) -> bool:
    """Both documents are dated and published within the window of one news event:
    the same words said months apart are said at different occasions."""
    da, db = a.doc.date, b.doc.date
    return da is not None and db is not None and abs((da - db).days) <= RECENT_DAYS
