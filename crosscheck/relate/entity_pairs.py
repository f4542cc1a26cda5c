"""Entities of two claims paired across languages (split from ``slots.py``): the same key or a transliteration of it first
(``name_keys``), then one leftover person or place with another of its kind (a gazetteer place with a gazetteer place),
one Latin-script organisation left on each side of a translation, the one organisation left on each side when their names
tell them apart (``org_names``), and a country one side names more often than the other.
A paired entity with another key is a clash; a leftover only adds detail."""

from __future__ import annotations

import re
from functools import lru_cache

from crosscheck.lang.gazetteer import is_country as _is_country, one_territory, state_and_city, state_keys
from crosscheck.relate.destinations import destination
from crosscheck.relate.name_keys import canonical, is_region, keys_close, name_like, named_in, spelled_alike
from crosscheck.relate.org_names import distinct_orgs
from crosscheck.relate.place_detail import wider_places
from crosscheck.relate.slot_values import Slot, SlotPair

__all__ = ["pair_entities", "country_told_less"]


def pair_entities(ea: list[Slot], text_a: str, eb: list[Slot], text_b: str, strict: bool) -> tuple[list[SlotPair], list[Slot], list[Slot]]:
    from crosscheck.frame.builder import is_country
    from crosscheck.relate.fused_names import fused_alike
    from crosscheck.relate.role_names import word_alike

    pairs, left_a, left_b = [], [], list(eb)
    for a in ea:
        hit = next((b for b in left_b if keys_close(a.value, b.value) and _named_alike(a, b)), None)
        if hit is None:
            hit = next((b for b in left_b if b.unit == a.unit and spelled_alike(a, b)), None)
        if hit is None and a.unit == "person":  # "du Maurier" / «Дюморье»: the particle written into the surname (round co)
            hit = next((b for b in left_b if b.unit == "person" and fused_alike(str(a.text), str(b.text), word_alike)), None)
        if hit is None:
            left_a.append(a)
        else:
            left_b.remove(hit)
            pairs.append(SlotPair("entity", a, hit, True))
    # the games a title was won at («олимпийский чемпион Лос-Анджелеса») pair only with the same place (round cm)
    left_a, left_b = [a for a in left_a if a.role != "games"], [b for b in left_b if b.role != "games"]
    orgs_a, orgs_b = [s for s in left_a if s.unit == "org"], [s for s in left_b if s.unit == "org"]  # before the text test
    # a name one side's frame missed but its text carries is no clash
    left_a = [a for a in left_a if not named_in(a.value, text_b)]
    left_b = [b for b in left_b if not named_in(b.value, text_a)]
    # a "person" named after a place the other side names is a thing ("the Stockton and Darlington Railway" /
    # «Стоктон — Дарлингтон», "the Battle of Bosworth Field" / «при Босворте»), never another person
    for mine, other, a_side in ((left_a, eb, True), (left_b, ea, False)):
        for x in list(mine):
            place = _named_after_place(x, other)
            if place is not None:
                mine.remove(x)
                pairs.append(SlotPair("entity", x, place, True) if a_side else SlotPair("entity", place, x, True))
    # a country the other side names by an adjective ("British" / «Великобритании») is named, when the side keeps another
    # country that may be the changed one; a lone leftover country stays (the adjective may be the other mention's)
    left_a, left_b = _named_by_adjective(left_a, text_b), _named_by_adjective(left_b, text_a)
    # "at Jena, in Thuringia": the place after ", in" is the region of the place before it, detail of that place (round cg)
    wider_a, wider_b = wider_places(left_a, text_a), wider_places(left_b, text_b)
    left_a = [x for x in left_a if x not in wider_a]
    left_b = [x for x in left_b if x not in wider_b]
    rest_a = list(wider_a)
    for a in sorted(left_a, key=lambda s: not str(s.value)[-1:].isdigit()):  # rulers ("Alexander III") pair with rulers first
        if a.unit not in ("person", "place") or (a.unit == "person" and not name_like(a, text_a)):
            rest_a.append(a)
            continue
        if a.unit == "place" and is_region(a.value):
            rest_a.append(a)
            continue
        if a.unit == "place" and " " in a.text.strip() and not canonical(a.value):
            rest_a.append(a)  # "the Black Sea" / "Черное море": a name translated word by word
            continue
        same = [b for b in left_b if b.unit == a.unit and (a.unit != "person" or name_like(b, text_b)) and (a.unit != "place" or (
            is_country(a.value) == is_country(b.value) and not is_region(b.value) and (" " not in b.text.strip() or canonical(b.value))
            and not _adjective(a) and not _adjective(b) and not one_territory(str(a.value), str(b.value))
            and _place_kind(a) == _place_kind(b) and not state_and_city(str(a.value), str(b.value))
            and (str(a.value)[:4] in _BY_STEM) == (str(b.value)[:4] in _BY_STEM)))]
        mine = [x for x in left_a if x.unit == a.unit and (a.unit != "place" or is_country(a.value) == is_country(x.value))]
        if a.unit == "place" and any(canonical(b.value) for b in same) and any(canonical(x.value) for x in mine):
            # a gazetteer place pairs with the other side's gazetteer place ("in Prague" / «в Карнеги-холле в Нью-Йорке»: the
            # city with the city, not with the hall); a name no gazetteer knows waits for its own kind
            if not canonical(a.value):
                rest_a.append(a)
                continue
            same = [b for b in same if canonical(b.value)]
            mine = [x for x in mine if canonical(x.value)]
        if strict and a.unit == "place" and same and not (len(same) == 1 and len(mine) == 1):
            # paraphrases (round ch): of several places, the one each side's act locates, the same act ("was born in
            # Bergamo" / «родился … в Неаполе» while "St Peter's in Rome" names the work's place: ``act_dates``)
            same, mine = _placed_by_act(a, same, mine, ea, text_a, eb, text_b)
        if same and (len(same) == 1 and len(mine) == 1 or (not strict and (len(same) == 1 or len(mine) == 1))) and not (
                a.unit == "place" and (_street(a, text_a, same[0]) or _street(same[0], text_b, a)
                                       or _landmark(a, text_a) != _landmark(same[0], text_b)
                                       or _other_way(a, text_a, same[0], text_b)
                                       or _cued("kept", a, text_a) != _cued("kept", same[0], text_b)
                                       or destination(a.text, text_a) != destination(same[0].text, text_b))):
            left_b.remove(same[0])
            pairs.append(SlotPair("entity", a, same[0], False))
        else:
            rest_a.append(a)
    latin_a, latin_b = latin_orgs(rest_a, text_a, text_b), latin_orgs(left_b, text_b, text_a)
    if not strict and latin_a and latin_b:
        # "run by Union Carbide" / «на заводе компании DuPont»: the one organisation each side names, both in Latin letters,
        # keyed in one script: another organisation in the statement, not a translation keyed apart
        rest_a.remove(latin_a[0])
        left_b.remove(latin_b[0])
        pairs.append(SlotPair("entity", latin_a[0], latin_b[0], False))
    for x, y in _place_for_org(rest_a, text_a, left_b, text_b), _place_for_org(left_b, text_b, rest_a, text_a)[::-1]:
        if x is not None and x in rest_a and y in left_b:
            rest_a.remove(x)
            left_b.remove(y)
            pairs.append(SlotPair("entity", x, y, False))
    if (len(orgs_a) == 1 and len(orgs_b) == 1 and not any(orgs_a[0] in (p.a, p.b) or orgs_b[0] in (p.a, p.b) for p in pairs)
            and distinct_orgs(str(orgs_a[0].text), text_a, str(orgs_b[0].text), text_b)):
        # "at the Curie Institute" / «в Институте Пастера»: the one organisation each side names, told apart by its proper
        # names (round al, ``org_names.py``; the key's head word, «Институте», is in the other text, not its name)
        rest_a = [s for s in rest_a if s is not orgs_a[0]]
        left_b = [s for s in left_b if s is not orgs_b[0]]
        pairs.append(SlotPair("entity", orgs_a[0], orgs_b[0], False))
    left_b += wider_b
    # a wider place on one side and a wider place or a lone state on the other ("in Sioux City, Iowa" / «в Омахе (штат
    # Небраска)»): the two regions pair
    wa = wider_a or [x for x in rest_a if x.unit == "place" and x.value in state_keys()]
    wb = wider_b or [x for x in left_b if x.unit == "place" and x.value in state_keys()]
    if (wider_a or wider_b) and len(wa) == 1 and len(wb) == 1 and not one_territory(str(wa[0].value), str(wb[0].value)):
        rest_a.remove(wa[0])
        left_b.remove(wb[0])
        pairs.append(SlotPair("entity", wa[0], wb[0], keys_close(wa[0].value, wb[0].value)))
    return pairs, rest_a, left_b


def _placed_by_act(a: Slot, same: list[Slot], mine: list[Slot], ea: list[Slot], text_a: str, eb: list[Slot],
                   text_b: str) -> tuple[list[Slot], list[Slot]]:
    """The one place of ``same`` and the one of ``mine`` (which holds ``a``) located by an act ``a`` is located by, when
    each is the only one of its side located by it and no other act of ``a`` points elsewhere; else ``same`` and
    ``mine`` as they are.  The acts are matched over all the places of each side (``ea``, ``eb``)."""
    from crosscheck.relate.act_dates import slot_acts

    acts_a = slot_acts([x for x in ea if x.unit == "place"], text_a)
    acts_b = slot_acts([x for x in eb if x.unit == "place"], text_b)
    found = set()
    for act in sorted(acts_a.get(id(a), frozenset())):
        theirs = [b for b in same if act in acts_b.get(id(b), frozenset())]
        ours = [x for x in mine if act in acts_a.get(id(x), frozenset())]
        if len(theirs) == 1 and len(ours) == 1:
            found.add((id(theirs[0]), id(ours[0])))
            pick = theirs, ours
    return pick if len(found) == 1 else (same, mine)


def _place_for_org(mine: list[Slot], text: str, other: list[Slot], other_text: str) -> tuple[Slot | None, Slot | None]:
    """Round ao: the one place or organisation left on a side is one word no gazetteer knows, read as a place right after
    "at" ("at Netscape"), and the other side's is an organisation a Russian text writes in Latin letters («в компании
    Microsoft»): the one firm each side names, told otherwise. (place, organisation), else (None, None)."""
    from crosscheck.lang.translit import is_cyrillic

    mine, other = [s for s in mine if s.unit in ("place", "org")], [s for s in other if s.unit in ("place", "org")]
    if len(mine) != 1 or len(other) != 1:
        return None, None
    x, y = mine[0], other[0]
    if (x.unit == "place" and y.unit == "org" and not canonical(x.value) and " " not in x.text.strip()
            and re.search(r"\bat\s+" + re.escape(x.text.strip()) + r"\b", text) and is_cyrillic(other_text)
            and not is_cyrillic(y.text) and re.search("[A-Za-z]{3}", y.text)):
        return x, y
    return None, None


def _named_after_place(slot: Slot, other: list[Slot]) -> Slot | None:
    """The other side's place that a person slot of two or more words names by a word before its last (the one a person's
    key leaves out): a railway, a field, a building named after that place, not a person; else None."""
    from crosscheck.relate.event_view import _name_key

    words = re.findall(r"[^\W\d_][\w’'-]*", slot.text)
    if slot.unit != "person" or len(words) < 2:
        return None
    keys = [k for k in (_name_key(w) for w in words[:-1] if len(w) >= 4 and w[:1].isupper()) if k]
    return next((o for o in other if o.unit == "place" and any(keys_close(k, str(o.value)) for k in keys)), None)


def latin_orgs(left: list[Slot], text: str, other: str) -> list[Slot]:
    """The one organisation left unpaired on a side, written in Latin letters as the other text would write it (one of the
    two texts is Russian, the name is not): [slot], else []."""
    from crosscheck.lang.translit import is_cyrillic

    orgs = [s for s in left if s.unit == "org"]
    if len(orgs) != 1 or is_cyrillic(orgs[0].text) or not re.search("[A-Za-z]{3}", orgs[0].text) or not (is_cyrillic(text) or is_cyrillic(other)):
        return []
    # a word of the name the other text also writes ("Free Software Foundation" / «GNU Free Software Foundation»): one
    # organisation named more or less fully, not another one
    from crosscheck.lang.resources import words

    heads = words("en/org_heads.tsv")  # "Sun Records" / «RCA Records»: a shared head is no shared name (round ao)
    if any(len(w) >= 3 and w.lower() not in heads and re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", other)
           for w in re.findall(r"[A-Za-z][\w&’'-]*", orgs[0].text)):
        return []
    # an acronym the other text spells out, or spells out what the other text abbreviates ("WSJ" / «The Wall Street Journal»)
    if _initials(orgs[0].text) & _initials(other):
        return []
    return orgs


def _initials(text: str) -> set[str]:
    """The acronyms a text writes (all capitals, two to six letters) and those its runs of capitalised Latin words spell
    ("The Wall Street Journal": WSJ, TWSJ)."""
    out = set(re.findall(r"(?<![\w-])[A-Z]{2,6}(?![\w-])", text))
    for run in re.findall(r"(?:[A-Z][a-z]+\s+){1,5}[A-Z][a-z]+", text):
        words = run.split()
        for i in range(len(words) - 1):
            out.add("".join(w[0] for w in words[i:]))
    return out


def _named_alike(a: Slot, b: Slot) -> bool:
    """A person and an organisation pair only when the organisation's name carries the person's name ("Ford" / «Форд
    Мотор», «Банк Ротшильда»), not by a common word of it (Bunge, «bng», is no «поземельный банк»: round as)."""
    if {a.unit, b.unit} != {"person", "org"}:
        return True
    from crosscheck.lang.resources import words as words_of
    from crosscheck.relate.event_view import _name_key

    person, org = (a, b) if a.unit == "person" else (b, a)
    tokens = re.findall(r"[^\W\d_][\w'’-]*", str(org.text))
    heads = words_of("en/org_heads.tsv")
    # capitalised words of the name, not its head ("Bank") nor a Russian name's first word (an adjective: «Крестьянский»)
    names = [w for i, w in enumerate(tokens) if w[:1].isupper() and w.lower() not in heads
             and not (i == 0 and re.match("[А-ЯЁ]", w) and len(tokens) > 1)]
    return any((k := _name_key(w)) and keys_close(k, str(person.value)) for w in names)


def _named_by_adjective(left: list[Slot], other_text: str) -> list[Slot]:
    from crosscheck.frame.builder import is_country

    kept = [s for s in left if not _demonym_in(s, other_text)]
    countries = [s for s in kept if s.unit == "place" and is_country(s.value)]
    return kept if countries else left


def _demonym_in(slot: Slot, text: str) -> bool:
    """The text names the slot's country by an adjective ("the British Foreign Secretary" / «Глава МИД Великобритании»)."""
    from crosscheck.frame.builder import is_country

    if slot.unit != "place" or not is_country(slot.value):
        return False
    return _country_mentions(text, []).get(slot.value, (0, ""))[0] > 0


def _country_mentions(text: str, slots: list[Slot]) -> dict[str, tuple[int, str]]:
    """Country key -> (how often the text names it, by name or by a demonym: "Germany", "German", «ФРГ», «немецкий»;
    one of its words)."""
    from crosscheck.frame.builder import is_country

    found = dict(_named_countries(text))
    for s in slots:
        if s.unit == "place" and is_country(s.value) and s.value not in found:
            found[s.value] = (1, s.text)
    return found


@lru_cache(maxsize=16384)  # once per text: a claim meets up to ~48 candidates
def _named_countries(text: str) -> tuple[tuple[str, tuple[int, str]], ...]:
    from crosscheck.frame.builder import is_country
    from crosscheck.lang.gazetteer import demonym_country
    from crosscheck.relate.demonym_nouns import demonym_noun_country
    from crosscheck.relate.demonym_places import demonym_names_place
    from crosscheck.relate.unread_countries import _run_country, unread_countries

    found: dict[str, list[str]] = {}
    for surface, key in unread_countries(text):
        found.setdefault(key, []).append(surface)
    for m in re.finditer(r"(?<![\w-])[A-ZА-ЯЁа-яё][\w.]*", text):
        word = m.group(0).rstrip(".")
        if re.match("[A-Z]", word) or re.match("[а-яё]", word, re.I):
            key = demonym_country(word)  # an adjective ("German", «немецкий»), not a people ("Azeris", «азербайджанцы»)
            if key is None:
                key = demonym_noun_country(word)  # one person of it: «швед», "the Swede" ("the Swedish chemist"; round as)
            nxt = re.match(r"\s+([\w-]+)", text[m.end():])
            if key and nxt and ((nxt.group(1)[:1].isupper() and _run_country(f"{word} {nxt.group(1)}")) or _former_state(f"{word} {nxt.group(1)}")):
                continue  # "Czech Republic", «Чешская Республика», «Российской империей» (round aj): the name, counted once
            if key and demonym_names_place(text, m.end(), "ru" if re.match("[а-яё]", word, re.I) else "en"):
                continue  # "the Persian Gulf", «Индийского океана»: a sea, not a mention of the country
            if key and is_country(key) and not (word[:1].isupper() and re.match("[А-ЯЁ]", word) and key in found):  # «Российская Федерация» is named
                found.setdefault(key, []).append(word)
    return tuple((k, (len(v), v[0])) for k, v in found.items())


def _former_state(run: str) -> bool:
    """A run of words that names a former state of the gazetteer ("Russian Empire", «Российской империей»)."""
    from crosscheck.frame.names import lemma_phrase_ru
    from crosscheck.lang.gazetteer import lookup

    hit = lookup(lemma_phrase_ru(run) if re.search("[а-яё]", run, re.I) else run)
    return bool(hit and hit[0] == "place")


def country_told_less(got: tuple[list[SlotPair], list[Slot], list[Slot]], text_a: str, text_b: str):
    """One side names a country the other names nowhere (by no name, demonym or transliteration), and the
    other names one country more often than this side does ("Greece's ministry … the Greek PM" / «министерство Ливии …
    премьер Греции»): one mention was changed to another country, a clash, not a country one side adds."""
    from crosscheck.frame.builder import is_country

    pairs, left_a, left_b = got
    from crosscheck.relate.slot_values import without_case_names

    text_a, text_b = without_case_names(text_a), without_case_names(text_b)  # "Chisholm v. Georgia" names no place (round aq)
    counts_a = _country_mentions(text_a, [p.a for p in pairs] + left_a)
    counts_b = _country_mentions(text_b, [p.b for p in pairs] + left_b)
    for mine, counts_mine, counts_other, other_text, a_side in ((left_a, counts_a, counts_b, text_b, True),
                                                                  (left_b, counts_b, counts_a, text_a, False)):
        added = [s for s in mine if s.unit == "place" and is_country(s.value) and s.value not in counts_other
                 and not named_in(s.value, other_text)]
        others = [x for x in (left_b if a_side else left_a) if x.unit == "place" and is_country(x.value)]
        more = [k for k, (n, _) in counts_other.items() if n > counts_mine.get(k, (0, ""))[0] and is_country(k)]
        if len(added) != 1 or others or len(more) != 1 or one_territory(str(added[0].value), more[0]):
            continue  # a former state and a country on its territory («СССР» / "Belarus") are one place in two periods
        told = Slot("entity", counts_other[more[0]][1], more[0], "place")
        mine.remove(added[0])
        pair = SlotPair("entity", added[0], told, False) if a_side else SlotPair("entity", told, added[0], False)
        return pairs + [pair], left_a, left_b
    return got


def _street(s: Slot, text: str, other: Slot) -> bool:
    """A place no gazetteer knows, named after "on" / «на» («на Шаболовке», «на Арбате», "on Broad Street"): a street or a
    quarter, a part of the town the other side names by the gazetteer (Moscow), not another town."""
    if canonical(s.value) or not canonical(other.value):
        return False
    return bool(re.search(_place_cue("street") + re.escape(s.text.strip()), text, re.I))


def _landmark(s: Slot, text: str) -> bool:
    """A town named as a landmark ("near Harrisburg", «близ Тулы», «недалеко от Пскова»), not where the thing is: it never
    pairs as another town with a place the other side names (a country after "near" still does)."""
    from crosscheck.frame.builder import is_country

    if is_country(s.value):
        return False
    return bool(re.search(_place_cue("landmark") + re.escape(s.text.strip()), text, re.I))


def _place_kind(s: Slot) -> str:
    """A place's kind: a celestial body ("Jupiter" / «Юпитера», ``en/celestial.tsv``), a body of water or a place on land. Places of two
    kinds are never one slot: a moon of Jupiter is no rival of Paris (round z)."""
    from crosscheck.relate.celestial import celestial_key

    if s.unit != "place":
        return ""
    if celestial_key(s.text.strip()):
        return "sky"
    # a sea, an ocean, a gulf, a strait or a lake (``gazetteer/regions.tsv``) is no rival of a country or a city: "off
    # Scotland's coast" / «в Северном море» (round al); it is of a river's mouth: "the Kara Sea" / «море Лаптевых»
    if _WATER.search(str(s.value)) or str(s.value).startswith("wat:"):
        return "water"  # «Рыбинское водохранилище» (round av)
    if str(s.value).startswith("lnd:"):
        return "landform"
    if str(s.value).startswith("div:"):
        return "division"  # "Sakhalin Oblast" rivals «Камчатский край», not a town that may lie in it (round ap)
    # a mountain range, a desert, a peninsula (``gazetteer/regions.tsv``) is no rival of a town on it: "in the main square of
    # Cusco" / «восстания в Андах» (round ao)
    return "landform" if str(s.value) in _landforms() else "land"


@lru_cache(maxsize=1)
def _landforms() -> frozenset[str]:
    from crosscheck.lang.resources import tsv

    return frozenset(row["key"] for row in tsv("gazetteer/regions.tsv") if row["key"][:1].isalpha() and not is_region(row["key"]))


#: Waters keyed by an adjective's stem («Рыбинское водохранилище», round av) rival only waters so keyed, not a gazetteer's
#: water a misspelling keeps apart («Пердсидский залив» / "the Persian Gulf").
_BY_STEM = ("wat:", "lnd:")
_WATER = re.compile(r"(?:^|-)(?:sea|ocean|gulf|bay|strait|lake)(?:-|$)")


def kept_place(s: Slot, text: str) -> bool:
    """A place named as where a work is kept ("now hangs in Munich", «хранится в парижском музее Орсе»), round cp."""
    return s.unit == "place" and _cued("kept", s, text)


def _cued(kind: str, s: Slot, text: str) -> bool:
    # one capitalised word may stand between ("from Soviet Russia"), not a noun («одного из монастырей Венеции»: "one of");
    # a place of keeping may follow a name and "in" («хранится в Лувре в Париже»: round ao)
    within = r"(?:(?:в|во|in|at)\s+(?:the\s+)?)?" if kind == "kept" else ""
    return bool(re.search("(?i:" + _place_cue(kind) + r")(?:[A-ZА-ЯЁ][\w-]*\s+" + within + ")?" + re.escape(s.text.strip()), text))


def _other_way(a: Slot, text_a: str, b: Slot, text_b: str) -> bool:
    """One place named as where something came from ("deported from the USSR", «выслан из СССР»), the other as where it
    went or is ("deported to West Germany", «во Франции»): two slots, never a clash (round x). Two origins pair, and so does
    an origin against a place with no such word ("independence from France" / «Франция предоставила независимость»)."""
    oa, ob = _cued("origin", a, text_a), _cued("origin", b, text_b)
    return (oa and not ob and _cued("arrival", b, text_b)) or (ob and not oa and _cued("arrival", a, text_a))


@lru_cache(maxsize=None)
def _place_cue(kind: str) -> str:
    """A regex prefix: one of the ``kind`` phrases of ``lang/*/place_cues.tsv`` (every language: a name may stand in
    either text), then an optional article, before the place name."""
    from crosscheck.lang.resources import split, tsv

    phrases = sorted({p for lang in ("en", "ru") for r in tsv(f"{lang}/place_cues.tsv") if r["kind"] == kind
                      for p in split(r["phrase"])}, key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    # "west of Metz", "to the west of Metz", not "in the south of the Omsk region" (inside it)
    return rf"(?<![\w-])(?<!\bin\sthe\s)(?<!\binto\sthe\s)(?:{alt})\s+(?:the\s+)?"


#: English adjectives of place the name guesser takes for names when capitalised ("Northern", "Central", "English").
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ern|al|ish)")


def _adjective(s: Slot) -> bool:
    """A capitalised English adjective read as a place ("in Northern Germany", "Central Asia"), not a gazetteer name: it
    names no place to clash with another ("Northern" / «Ганновер», "Central" / «Днепра»)."""
    if _RU_ADJECTIVE.fullmatch(s.text.strip()):
        # «Норвежской» (короны): keyed as the state (round x), never a clash; a city's («Парижской оперы»: round ba) is a place
        return not (canonical(s.value) and not _is_country(s.value))
    return bool(_ADJECTIVE.fullmatch(s.text.strip())) and not canonical(s.value)


#: A Russian adjective of a state read as a place (the frame keys it as the state: ``frame/names.place_key``).
_RU_ADJECTIVE = re.compile(r"[А-ЯЁ][а-яё-]+(?:ск|цк)(?:ий|ый|ой|ая|ое|ие|ые|ого|ому|ым|ом|ую|их|ых|ими|ыми)")
