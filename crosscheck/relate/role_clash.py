"""A different entity in the same exclusive role is a clash (issue 10).

Two claims that state the same statement with the names set aside, the same role predicate on both sides
(``lang/{en,ru}/role_predicates.tsv``: the doer of a one-off act of creation, the place of a one-off act, the
subject of a superlative or of "the capital of"), and that each fill the predicate's argument with a name the other
side does not carry, of one kind, contradict each other: "The Sistine Chapel ceiling was painted by Michelangelo" /
«Потолок Сикстинской капеллы расписал Боттичелли».  Every other name must pair across the two sides (at most one
other leftover on each side, for titles translated word by word, and then only at paraphrase-level likeness), no side
may report speech or rank ("said", "one of the largest": ``role_veto.tsv``) and no side may negate.

Names are read from the text, not only from the frame (``role_names.py``): capitalised runs (with name connectors: "da",
"von", "the"), a Russian capitalised adjective with its head noun («Мариинском театре»: ``ru/venue_heads.tsv``), celestial
bodies (``en/celestial.tsv``) and gazetteer names; two names are one when a gazetteer or celestial key says so, else when
the consonant skeletons or plainer folds of two of their words agree (adjective endings and head nouns set aside:
Mariinsky Theatre = Мариинский театр, Tretyakov Gallery = Третьяковская галерея); two persons' full names by surname.
A pair whose slots already found another date, figure or polarity clash is left as it is (two occasions).

``role_clash(a, fa, b, fb, z, rel)`` returns a contradiction for such pairs and ``rel`` otherwise; it never turns a
contradiction into anything else.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from crosscheck.model import ClaimFrame, Evidence, Segment
from crosscheck.relate.appositive import owned_by_shared, region_of, without_appositives
from crosscheck.relate.name_keys import without_possessive
from crosscheck.relate.namesake import others_for
from crosscheck.relate.role_kinds import (HOUSES, MADE, adjectival, firm_before, house_town, house_unsure, housed, kinds_agree, nested,
                                         subject_agrees)
from crosscheck.relate.role_leftovers import added_detail, in_prize, is_work, people_word, source_work, told_lower
from crosscheck.relate.role_names import Name, display, read_names, same_name
from crosscheck.relate.rulers import same_ruler
from crosscheck.relate.types import PairRelation

__all__ = ["role_clash", "find_role_clash", "role_arguments", "role_concepts", "read_names", "same_name"]

#: Likeness (noise sigmas) needed when a name besides the argument is left over on both sides (a title translated word by
#: word: "Swan Lake" / «Лебединого озера»); with every other name paired, the same-statement test that sent the pair is enough.
#: Measured on ten rows written to tune it (one work with two authors: 6.7-7.9; two works with two authors: 5.5-5.7 or
#: unlinked): the same-statement level, ``Z_SAME``.
Z_LEFTOVER = 6.5
#: Below this likeness no role clash is read at all.
Z_MIN = 4.75
#: More names than this on one side: a list, not a statement (and no quadratic pairing of hundreds of names).
_MAX_NAMES = 30


# --- data --------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _predicates(lang: str) -> tuple[tuple[str, str, re.Pattern], ...]:
    from crosscheck.lang.resources import tsv

    return tuple((r["concept"], r["role"], re.compile(r["pattern"], re.I)) for r in tsv(f"{lang}/role_predicates.tsv"))


@functools.lru_cache(maxsize=None)
def _vetoes(lang: str) -> tuple[re.Pattern, ...]:
    from crosscheck.lang.resources import tsv

    return tuple(re.compile(r["pattern"], re.I) for r in tsv(f"{lang}/role_veto.tsv"))


def role_concepts(text: str, lang: str) -> frozenset[str]:
    """The role predicates a text states ("wrote", «сочинил»: ``create``; "was born in": ``born``), as predicate concepts."""
    return frozenset(c for c, role, rx in _predicates("ru" if lang == "ru" else "en") if role not in _NOUN_ROLES and rx.search(text))


#: Roles read from a noun phrase, not a predicate ("Akira Kurosawa's Seven Samurai", «фильм Ясудзиро Одзу»: round bf):
#: they name the author for the clash, as "agent" and "genitive" do, but state no predicate two claims share.
_NOUN_ROLES = {"possessive": "agent", "of_work": "genitive"}


# --- arguments of a role -----------------------------------------------------------------------------


#: Concepts whose argument is a quoted title («на шхуне «Фрам»», «журнала «Новый мир»»: round ao; «в составе «Феррари»»: bg).
_TITLED = frozenset({"aboard", "defeat", "employer", "label", "publish_in", "publisher", "team", "transfer"})


def role_arguments(text: str, lang: str, names: list[Name] | None = None) -> dict[str, tuple[str, Name]]:
    """concept -> (role, the name filling the predicate's exclusive argument), for each role predicate the text states."""
    lang = "ru" if lang == "ru" else "en"
    names = read_names(text, lang) if names is None else names
    out: dict[str, tuple[str, Name]] = {}
    for concept, role, rx in _predicates(lang):
        for m in rx.finditer(text):
            arg = _argument(text, lang, role, m, [n for n in names if (n.kind != "title" or concept in _TITLED or (
                concept in MADE and lang == "ru")) and not _demonym(n)])
            if arg is not None and role == "possessive" and re.search(r"\bThe\s+$", text[:arg.start]):
                continue  # "The Sorcerer's Apprentice" is a title, not an author's work (round bh)
            if arg is not None:
                out.setdefault(concept, (role, arg))
                break
    return out


def _after(text: str, names: list[Name], pos: int, gap: str) -> Name | None:
    return next((n for n in names if n.start >= pos and re.fullmatch(gap, text[pos:n.start])), None)


def _before(text: str, names: list[Name], pos: int, gap: str) -> Name | None:
    return next((n for n in reversed(names) if n.end <= pos and re.fullmatch(gap, text[n.end:pos])), None)


@functools.lru_cache(maxsize=None)
def _gaps(lang: str) -> tuple[re.Pattern, ...]:
    from crosscheck.lang.resources import tsv

    return tuple(re.compile(r["pattern"], re.I) for r in tsv(f"{lang}/role_gaps.tsv"))


@functools.lru_cache(maxsize=None)
def _before_gap(lang: str) -> str:
    """What may stand between a doer named before its verb and the verb: a closing quote, and a time phrase of
    ``lang/{en,ru}/role_gaps.tsv`` as it stands after a verb («Сергей Маковский в 1909 г. основал»: round cj)."""
    from crosscheck.lang.resources import tsv

    times = "|".join(f"(?:{r['pattern']})" for r in tsv(f"{lang}/role_gaps.tsv") if r["kind"] == "time")
    return rf"[»\"”]?(?i:{times})?\s+"


def _skip_gaps(text: str, lang: str, pos: int) -> int:
    """The position after a time or market phrase between a predicate and its argument (``lang/{en,ru}/role_gaps.tsv``:
    "discovered in 1897 by", «выпустила на рынок компания X»), or ``pos`` when there is none."""
    moved = True
    while moved:
        moved = False
        for rx in _gaps(lang):
            m = rx.match(text, pos)
            if m and m.end() > pos:
                pos, moved = m.end(), True
    return pos


def _by_agent(text: str, names: list[Name], pos: int) -> Name | None:
    """The name after "by", past an article and up to three descriptor words (lower case, or a people's adjective: "by the
    Italian confectioner Ferrero", "by the British physicist J. J. Thomson")."""
    from crosscheck.lang.gazetteer import demonym_country

    m = re.match(r"(?:,?\s+and\s+(?-i:[a-z]+)(?:ed|en|wn|ng|un|ot))?\s+by\s+(?:the\s+|a\s+|an\s+)?", text[pos:])  # "written and sung by" (ca)
    if not m:
        return None
    start = pos + m.end()
    for n in names:
        if n.start < start or _demonym(n):
            continue
        words = text[start:n.start].split()
        if len(words) <= 3 and all(w.islower() or demonym_country(w) for w in words):
            return n
        return None
    return None


def _demonym(n: Name) -> bool:
    """A people's adjective read as a name ("German", "Italian", "Swedish-born": round bh), or its plural for the people
    ("the French and Italians": round cc): a descriptor, never an argument or a leftover name."""
    from crosscheck.lang.gazetteer import demonym_country

    return n.kind == "name" and " " not in n.text and bool(demonym_country(re.sub(r"-born$|s$", "", n.text)))


def _where(text: str, n: Name) -> bool:
    """A place, or a name after a locative preposition ("in Cambridge", "at the Cavendish Laboratory", «в Кембридже», «в
    пражском Национальном театре»: round au)."""
    return n.kind == "place" or bool(re.search(
        r"(?:\b(?:in|at|near)\s+(?:the\s+)?|(?<![\w-])(?:в|во|на)\s+(?:[а-яё]+(?:ом|ем|ой|ей)\s+){0,2})$", text[:n.start], re.I))


def _argument(text: str, lang: str, role: str, m: re.Match, names: list[Name]) -> Name | None:
    role = _NOUN_ROLES.get(role, role)
    end = _skip_gaps(text, lang, m.end())  # "discovered in 1897 by", «выпустила на рынок компания X»
    # a pattern that checks the whole claim first marks its verb with the group "at" (round cj: «описал» with a species)
    start, verb = (m.start("at"), m.group("at")) if "at" in m.re.groupindex and m.group("at") else (m.start(), m.group(0))
    if role == "agent":
        if lang == "en":
            by = _by_agent(text, names, end)
            if by is not None or end != m.end() or re.match(r"(?:was|were|is|are|been|created|developed)\b", verb, re.I):
                return by  # after a time phrase, a passive or a participle ("created by", round ci) the name before is the thing
            return _before(text, names, start, r"\s+(?:(?:first|also|later|originally|himself|herself)\s+)?")
        # the doer is in the nominative, right after the verb or after common words describing it in the nominative
        # («основал предприниматель X», «австрийский врач X»), else right before it; «открыл Америку» names the thing
        before = _before(text, names, start, _before_gap(lang))  # «Сергей Маковский в 1909 г. основал» (round cj)
        if before is not None and _where(text, before):
            before = None  # «Компанию в Осло в 1905 г. основал его сын»: a place, not the doer (round cj)
        if before is not None and not (_case_ok(before.text, "nomn") and (before.kind != "title" or firm_before(text[:before.start]))):
            before = None
        after = _after(text, names, end, r"\s+(?:[а-яё]+\s+){0,3}[«\"„“]?")  # «построила фирма «Стейнвей»» (round ci)
        if after is not None and _case_ok(after.text, "nomn") and _descriptor_ok(text[end:after.start].rstrip("«\"„“")) and (
                after.kind != "title" or firm_before(text[end:after.start])):
            # a quoted firm after the verb against a subject before it: the one the verb agrees with («компания «Форд»
            # построила завод «ГАЗ»», «Уигмор-холл построила фирма «Стейнвей»»: round ci)
            return before if after.kind == "title" and before is not None and subject_agrees(text, verb, before) and not subject_agrees(
                text, verb, after) else after
        return before
    if role == "passive":
        # «основан Петром I»: the doer in the instrumental, after words describing him in it («братьями», round av)
        after = _after(text, names, end, r"\s+(?:[а-яё]+\s+){0,2}")
        return after if after is not None and _case_ok(after.text, "ablt") and _descriptor_ok(text[end:after.start], "ablt") else None
    if role == "genitive":  # «по эскизу итальянского скульптора Антонио Кановы» (round av)
        after = _after(text, names, end, r"\s+(?:[а-яё]+\s+){0,3}")
        return after if after is not None and _case_ok(after.text, "gent") and _descriptor_ok(text[end:after.start], "gent") else None
    if role == "place":
        # a quoted name (round ao), in Russian after a town's or country's adjective («обыграл мадридский «Реал»», round bq)
        arg = _after(text, names, end, r"\s+(?:the\s+)?[\"“']?" if lang == "en" else r"\s+(?:[а-яё-]+ск(?:ий|ой|ая|ое|ого|ую|ие|их|ом)\s+)?[«\"„“]?")
        if arg is not None and lang == "en" and re.search(r"['’]s$", arg.text):  # "in Vienna's Kunsthistorisches" (round ci)
            arg = _after(text, names, arg.end, r"\s+") or arg
        if arg is not None and lang == "en" and people_word(text, arg):  # "by the Spartan regent Pausanias" (round cj)
            arg = _after(text, names, arg.end, r"\s+(?:(?-i:[a-z]+)\s+){1,2}") or arg
        return arg
    # copula: the name on the other side of "is" / the dash
    if lang == "en":
        end = _after(text, names, m.end(), r".{0,80}?\b(?:is|was|remains)\s+(?:the\s+)?")
        if end is not None and re.fullmatch(r"[\s.!]*", text[end.end:]):
            return end
        return _subject(text, _before(text, names, m.start(), r"\s+(?:is|was|remains)\s+(?:now\s+|still\s+|also\s+)?"))
    end = _after(text, names, m.end(), r"[^—–.]{0,80}?\s[—–]\s*")
    if end is not None and re.fullmatch(r"[\s.!]*", text[end.end:]):
        return end
    return _subject(text, _before(text, names, m.start(), r"\s*[—–]\s*(?:это\s+)?|\s+(?:является|являлся|являлась|остаётся|остается)\s+"))


#: A name in a prepositional phrase: "in the Bernese Alps", «в швейцарском кантоне Вале».
_IN_PHRASE = re.compile(r"(?:\b(?:in|of|on|at|near|off|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}|(?<![\w-])(?:в|во|на|из|у|близ|около|под)\s+(?:[а-яё-]+\s+){0,2})[«\"“„']?$", re.I)


def in_phrase(text: str, name: Name) -> bool:
    """The name stands in a prepositional phrase ("in western Guatemala", «в швейцарском кантоне Вале»)."""
    return bool(_IN_PHRASE.search(text[:name.start]))


def _subject(text: str, name: Name | None) -> Name | None:
    """The name before a copula, unless it stands in a prepositional phrase that describes the subject ("The Great Aletsch
    Glacier in the Bernese Alps is the largest", round al): then the subject is not read."""
    return None if name is None or in_phrase(text, name) else name


def _case_ok(name: str, case: str) -> bool:
    """The first word of a Russian name can stand in ``case`` (a word the dictionary does not know, or Latin, can)."""
    word = name.split()[0]
    if not re.search("[а-яё]", word, re.I):
        return True
    from crosscheck.frame._lazy import parse_ru

    parses = parse_ru(word)
    known = [p for p in parses if getattr(p, "is_known", True)]
    return not known or any(case in str(p.tag) for p in known)


def _descriptor_ok(gap: str, case: str = "nomn") -> bool:
    """Nothing, or a common noun in ``case`` after at most two adjectives in it, between the verb and the name («основала
    компания Tesla», «открыл австрийский врач Карл Ландштейнер», «по эскизу итальянского скульптора Антонио Кановы»)."""
    words = gap.split()
    if not words:
        return True
    from crosscheck.frame._lazy import parse_ru

    def tagged(word: str, pos: str) -> bool:
        return any(pos in str(p.tag) and case in str(p.tag) for p in parse_ru(word)[:2])

    return tagged(words[-1], "NOUN") and all(tagged(w, "ADJF") for w in words[:-1])


# --- the decision ------------------------------------------------------------------------------------

_WHAT = {"create": "author", "found": "founder", "discover": "discoverer or inventor", "release": "maker", "born": "birthplace",
         "premiere": "venue of the premiere", "kept": "place where it is kept", "superlative": "subject of the superlative",
         "capital": "capital", "made_at": "maker", "defeat": "opponent", "organise": "organiser", "source": "source writer",
         "orbit": "body it orbits", "aboard": "vessel", "publish_in": "periodical it first appeared in",
         "publisher": "publisher", "share_with": "partner it was shared with", "design": "designer",
         "conduct": "conductor", "acquire": "buyer", "owner": "owner", "dedicate": "dedicatee", "die": "place of death", "team": "team",
         "surpass": "one who surpassed it", "sink": "place it sank", "setting": "place the story is set", "child": "parent",
         "lyricist": "poet whose words it sets", "rider": "jockey", "broadcaster": "network that first broadcast it",
         "namesake": "namesake", "mouth": "water it flows into", "transfer": "club joined", "command": "commander", "label": "record label", "employer": "employer",
         "build": "builder", "make": "maker", "commission": "one who commissioned it", "pardon": "one who pardoned"}


def _listed(text: str, first: Name, names: list[Name]) -> list[Name]:
    """The argument and the persons' full names listed after it ("with Pavel Cherenkov and Ilya Frank"): together they fill
    the role (round av; "Shakespeare and Company" is one publisher, not a list)."""
    from crosscheck.lang.resources import words

    out = [first]
    for n in names:  # "Shakespeare and Company": a firm's own name (round bi)
        if n.start >= out[-1].end and (n.kind == first.kind and n.last and re.fullmatch(r"\s*(?:,\s*(?:and\s+|и\s+)?|\s+(?:and|и)\s+)", text[out[-1].end:n.start])
                                       or n.text.lower() in words("en/org_heads.tsv") and re.fullmatch(r"\s+(?:and|&)\s+", text[out[-1].end:n.start])):
            out.append(n)
        elif n.start >= out[-1].end:
            break
    return out


@functools.lru_cache(maxsize=16384)  # once per text, like the negation scan: a claim meets up to ~48 candidates
def _scan(text: str, lang: str) -> tuple[bool, frozenset[str]]:
    """(a veto matches ``text``, the role predicates ``text`` states)."""
    if any(rx.search(text) for rx in _vetoes(lang)):
        return True, frozenset()
    return False, frozenset(c for c, _, rx in _predicates(lang) if rx.search(text))


def find_role_clash(text_a: str, lang_a: str, text_b: str, lang_b: str, z: float) -> tuple[str, Name, Name] | None:
    """(concept, name of a, name of b) when the two texts fill one exclusive role with different names."""
    from crosscheck.relate.negation import negation_info
    from crosscheck.relate.surname_sound import names_sound_alike

    if z < Z_MIN:
        return None
    vetoed_a, stated_a = _scan(text_a, "ru" if lang_a == "ru" else "en")
    vetoed_b, stated_b = _scan(text_b, "ru" if lang_b == "ru" else "en")
    if vetoed_a or vetoed_b:
        return None
    if not stated_a & stated_b:
        return None  # no role predicate on both sides: the names need not be read
    names_a, names_b = read_names(text_a, lang_a), read_names(text_b, lang_b)
    if len(names_a) > _MAX_NAMES or len(names_b) > _MAX_NAMES:
        return None  # a list of names, not one statement with one name in a role
    args_a, args_b = role_arguments(text_a, lang_a, names_a), role_arguments(text_b, lang_b, names_b)
    common = sorted(set(args_a) & set(args_b))
    if not common:
        return None
    if negation_info(text_a, lang_a).negated or negation_info(text_b, lang_b).negated:
        return None
    # the names each side shares with the other, read once: what is left over, and what a region, an owner or an
    # appositive describes, is told by them
    la, lb = ("ru" if lang_a == "ru" else "en"), ("ru" if lang_b == "ru" else "en")
    shared_a = [m for m in names_a if any(same_name(m, o) for o in names_b) or told_lower(m, text_b)]  # "the Jacobites" / «якобиты»
    shared_b = [m for m in names_b if any(same_name(m, o) for o in names_a) or told_lower(m, text_a)]
    for concept in common:
        (role, x), (_, y) = args_a[concept], args_b[concept]
        xs, ys = _listed(text_a, x, names_a), _listed(text_b, y, names_b)  # "with Pavel Cherenkov and Ilya Frank" (round av)
        pool_b, pool_a = others_for(concept, names_a, xs, names_b, same_name), others_for(concept, names_b, ys, names_a, same_name)
        if any(same_name(u, n) or same_ruler(u.text, n.text) for u in xs for n in pool_b) or any(
                same_name(v, n) or same_ruler(v.text, n.text) for v in ys for n in pool_a):
            continue  # the other side names it too
        if any(u.kind == v.kind == "name" and names_sound_alike(u.text, v.text) for u in xs for v in ys):
            continue  # one surname spelt in two scripts ("Joyce" / «Джойса», "Beerbohm" / «Бирбома»: round bf)
        hx, hy = (housed(text_a, x), housed(text_b, y)) if concept in HOUSES else (x, y)  # «в музее Прадо»: a house (round ci)
        if not kinds_agree(_NOUN_ROLES.get(role, role), hx, hy, concept) or nested(x, y) or adjectival(x) or adjectival(y) or house_unsure(concept, hx, hy):
            continue
        if concept == "child" and not (x.last and y.last):
            continue  # a parent by one name ("Genghis Khan" / «Чингисхана») may be one ruler spelt two ways (round bh)
        # a people's adjective ("British") is no name; a place one side adds to the doer of an act ("at the Cavendish
        # Laboratory in Cambridge") is where it was done, not another statement (for a place or a superlative it is the scope)
        # the maker, a person or a firm; the beaten side, where the match was played being detail ("at the San Siro": cn)
        doer = _NOUN_ROLES.get(role, role) in ("agent", "passive", "genitive") or concept in ("made_at", "publisher", "defeat")
        left_a = [n for n in names_a if n not in xs and (n.strong or n.kind == "title") and n not in shared_a
                  and not _demonym(n) and not (doer and _where(text_a, n)) and not in_prize(text_a, n) and not region_of(text_a, xs + shared_a, n)
                  and not house_town(text_a, concept, x, n)]
        left_b = [n for n in names_b if n not in ys and (n.strong or n.kind == "title") and n not in shared_b
                  and not _demonym(n) and not (doer and _where(text_b, n)) and not in_prize(text_b, n) and not region_of(text_b, ys + shared_b, n)
                  and not house_town(text_b, concept, y, n)]
        if left_a and left_b:  # a title told in translation on each side names one work (round bf)
            from crosscheck.relate.translated_titles import without_translated

            left_a, left_b = without_translated(text_a, left_a, text_b, left_b)
        # a work owned by a name the other side states ("Sibelius's Violin Concerto" / «концерта Сибелиуса») is named
        # through its owner there, not left over (round bf: the possessive ends a name)
        left_a = [n for n in left_a if not owned_by_shared(text_a, n, names_a, shared_a) and not source_work(text_a, n, x, concept)]
        left_b = [n for n in left_b if not owned_by_shared(text_b, n, names_b, shared_b) and not source_work(text_b, n, y, concept)]
        left_a, left_b = without_appositives(text_a, left_a, names_a, shared_a, text_b, left_b, names_b, shared_b)  # "Max Born, a physicist at …," (round bi)
        title = _title_pair(text_a, left_a, text_b, left_b, z)
        if not title:  # one each read as a title told twice stays (round ck)
            left_a = [n for n in left_a if not added_detail(text_a, n, x, la, xs + shared_a, concept)]
            left_b = [n for n in left_b if not added_detail(text_b, n, y, lb, ys + shared_b, concept)]
            title = _title_pair(text_a, left_a, text_b, left_b, z)
        if len(left_a) > 1 or len(left_b) > 1 or (len(left_a) + len(left_b) == 1):
            continue  # the statements differ in another name: two statements, not one told with another name
        if left_a and left_b and not title:
            continue  # a known place on one side only is another scope ("the largest city in Russia" / «Европы»), not a title
        return concept, x, y
    return None


def _title_pair(text_a: str, left_a: list[Name], text_b: str, left_b: list[Name], z: float) -> bool:
    """One name left on each side that may be one title told twice: at paraphrase-level likeness and no gazetteer name, or
    two works (round bf)."""
    return len(left_a) == len(left_b) == 1 and (not (z < Z_LEFTOVER or any(n.canon for n in left_a + left_b)) or (
        is_work(text_a, left_a[0]) and is_work(text_b, left_b[0])))


def _whole_title(text: str, n: Name) -> Name:
    """A quoted title shown whole («Русская мысль», not «Русская»: round av)."""
    m = re.match(r"[^«»\"“”„]{0,80}(?=[»\"“”])", text[n.end:]) if n.kind == "title" else None
    return dataclasses.replace(n, text=text[n.start:n.end + m.end()]) if m else n


#: Clashes the slots found besides names: with one of them the two claims are two statements (two occasions), not one.
_OTHER_CLASHES = frozenset({"number-clash", "identifier-clash", "date-clash", "polarity-clash", "predicate-clash"})


def role_clash(a: Segment, fa: ClaimFrame, b: Segment, fb: ClaimFrame, z: float, rel: PairRelation) -> PairRelation:
    """``rel``, or a contradiction when the two claims fill one exclusive role with different names."""
    if rel.relation not in ("agree", "related") or a.kind == "opinion" or b.kind == "opinion":
        return rel
    if any(e.type in _OTHER_CLASHES for e in rel.evidence):
        return rel  # another date, figure or polarity as well: the rest of the statement is not the same
    try:
        hit = find_role_clash(a.text, a.lang, b.text, b.lang, z)
    except Exception:  # a reading error must not lose the decision already made
        return rel
    if hit is None:
        return rel
    from crosscheck.relate.confidence import confidence
    from crosscheck.relate.names import doc_label

    concept, x, y = hit
    # "Nikolai Gogol's" is shown as "Nikolai Gogol" (round bf: the possessive before a title names its author)
    x, y = (dataclasses.replace(n, text=without_possessive(display(_whole_title(t, n)))) for n, t in ((x, a.text), (y, b.text)))
    la, lb = doc_label(a), doc_label(b)
    what = _WHAT.get(concept, "entity in the same role")
    ev = (Evidence("role-clash", f"{x.text} vs {y.text} ({what})", x.text, y.text),)
    text = f"The same statement with a different {what}: {la} says {x.text}; {lb} says {y.text}".rstrip(".") + "."
    return PairRelation(a, b, "contradict", confidence("contradict", ev, z), text, ev)
