"""Russian named entities: natasha's NER spans lemmatised with pymorphy3, a gazetteer
pass for what the NER misses (РФ, НАТО, upper-case datelines), persons the NER misses
(an unknown capitalised word before a verb), and lower-case organisation phrases
("оборонного ведомства") keyed by their owner."""

from __future__ import annotations

import functools
import re

from crosscheck.frame import names as N
from crosscheck.frame.divisions import division_key
from crosscheck.frame.orgs import gazetteer_hit, head_keys, neighbour_country, org_heads, org_key_from_text, place_word_before, town_out_of_place
from crosscheck.lang.gazetteer import is_ambiguous, media_keys
from crosscheck.lang.particles import romance_particle_before
from crosscheck.lang.resources import tsv
from crosscheck.model import Entity

__all__ = ["ru_entities"]


@functools.lru_cache(maxsize=1)
def _title_words() -> re.Pattern:
    stems = sorted((r["stem"] for r in tsv("ru/titles.tsv")), key=len, reverse=True)
    return re.compile("(" + "|".join(re.escape(s) for s in stems) + ")", re.I)


_RU_WORD = re.compile(r"[А-Яа-яЁёA-Za-z][А-Яа-яЁёA-Za-z\-]*|\d+|[^\s\w]")


def _ru_role_before(text: str, start: int) -> str | None:
    """Lowercase title words immediately before a name: "глава российского Генштаба"."""
    window = text[max(0, start - 90) : start]
    # stop at a sentence-internal clause boundary
    cut = max(window.rfind(","), window.rfind("."), window.rfind(";"), window.rfind("("), window.rfind("«"), window.rfind(" и "))
    if cut >= 0:
        window = window[cut + 1 :]
    words = window.split()
    if not words:
        return None
    # keep at most 8 words, only if a title word is among them
    words = words[-8:]
    if not any(_title_words().match(w.lower()) for w in words):
        return None
    # drop leading non-title prefix words ("Кроме этого", "и", verbs)
    while words and not _title_words().match(words[0].lower()) and not N.demonym_country(words[0]):
        words = words[1:]
    return " ".join(words).strip(" –—-") or None


def _out_of_context(span: str, text: str, a: int, b: int) -> bool:
    """An ambiguous gazetteer name (an outlet named like a common word) used as that word."""
    lem = " ".join(N.lemma_ru(w) for w in span.split())
    for form in (span, lem):
        if N.lookup(form) and is_ambiguous(form):
            return gazetteer_hit(form, text, a, b) is None
    return False


def _place_hit(span: str, towns: bool = False) -> tuple[str, str] | None:
    return N.lookup(span, towns) or N.lookup(" ".join(N.lemma_ru(w, "Geox") for w in span.split()), towns) \
        or N.lookup(N.lemma_phrase_ru(span), towns)


def _place_adjective(span: str) -> tuple[str, str] | None:
    """A city's adjective the NER tagged as a place («Лиссабонское землетрясение», «Венский конгресс»): the gazetteer's
    place whose name is the adjective's stem, or the stem with «-а» (Лиссабон, Вена; round ag)."""
    m = N.PLACE_ADJECTIVE_RU.fullmatch(span.strip())
    if not m:
        return None
    hit = N.lookup(m.group(1)) or N.lookup(m.group(1) + "а")
    return hit if hit and hit[0] == "place" else None


#: A lower-case adjective of a place («в московском Большом театре», «парижской премьеры», «нью-йоркской»: round ba): the
#: stem before «-ск-».
_CITY_ADJECTIVE = re.compile(r"(?<![\w-])((?:[а-яё]{2,}-)?[а-яё]{3,}?)(?:ск)(?:ий|ый|ой|ая|ое|ие|ые|ого|ому|ом|ую|их|им|ым|ими|ей)(?![\w-])")


def _city_adjectives(text: str, ents: list[Entity]) -> list[Entity]:
    """Round ai: a lower-case adjective of a city the gazetteer knows («московском», «лондонской», «венского»): that
    city.  The stem, the stem with «-а» (Вена) and the common alternation «-ов-» of «Москва» / «московский» are tried; a
    country's adjective («китайский») is a people's, read elsewhere.  Before a name read as no organisation («в лондонском
    Гринвиче») the adjective only locates the place named."""
    found = []
    covered = [(e.start, e.end) for e in ents if e.start is not None]
    orgs = [(e.start, e.end) for e in ents if e.start is not None and e.type == "org"]
    for m in _CITY_ADJECTIVE.finditer(text):
        if any(x <= m.start() < y for x, y in covered):
            continue
        nxt = re.match(r"\s+([А-ЯЁA-Z][\w-]*)", text[m.end():])
        if nxt and not any(x <= m.end() + nxt.start(1) < y for x, y in orgs) and not _venue(" " + nxt.group(1).replace("-", " ")):
            # «в лондонском Гринвиче»: the place is the name after it; «в московском Большом театре», «в венском
            # Ринг-театре» (round ak) name a venue in the city
            continue
        hit = _city_of_stem(m.group(1))
        if hit:
            found.append(Entity(m.group(0), "place", hit[1], m.start(), m.end()))
    for e in ents:
        # a venue or institution named by its city's adjective («Венской государственной оперы», «Московском
        # университете»: ``ru/venue_heads.tsv``): its city is a place of the claim too (round aj); «Парижская коммуна» is
        # no venue
        m = N.PLACE_ADJECTIVE_RU.match(e.text) if e.type == "org" and e.start is not None and _venue(e.text) else None
        hit = _city_of_stem(m.group(1).lower()) if m else None
        if hit:
            found.append(Entity(m.group(0), "place", hit[1], e.start, e.start + m.end()))
    return found


@functools.lru_cache(maxsize=1)
def _venue_rx() -> re.Pattern:
    return re.compile(r"\s(?:" + "|".join(r["stem"] for r in tsv("ru/venue_heads.tsv")) + r")[а-яё]*", re.I)


def _venue(name: str) -> bool:
    return bool(_venue_rx().search(name))


def _city_of_stem(stem: str) -> tuple[str, str] | None:
    """The gazetteer city an adjective's stem names (the stem, with «-а» or «-ь», «москов» -> «москва»), no country."""
    from crosscheck.lang.gazetteer import city_keys, is_country

    forms = [stem, stem + "а"] + ([stem[:-2] + "ва"] if stem.endswith("ов") else [])
    hit = next((h for f in forms if (h := N.lookup(f.capitalize())) and h[0] == "place" and not is_country(h[1])), None)
    if hit:
        return hit
    soft = N.lookup((stem + "ь").capitalize())  # «казанский»: Казань, a city only («сибирская язва» names no place)
    return soft if soft and soft[1] in city_keys() else None


def _gazetteer_tail(span: str) -> tuple[int, str, tuple[str, str]] | None:
    """The longest run of a place span's last words that is a gazetteer name, as (offset,
    text, hit), when the words before it are not part of a name the gazetteer knows."""
    starts = [m.start() for m in re.finditer(r"\S+", span)]
    if len(starts) < 2 or re.search(r"[()«»\"]", span):
        return None
    for off in starts[1:]:
        rest = span[off:]
        hit = _place_hit(rest)
        if hit and hit[0] == "place":
            return off, rest, hit
    return None


def _adjective_before_noun(span: str, after: str) -> bool:
    """A one-word span that is an adjective (not a surname) agreeing with the noun right after it."""
    from crosscheck.frame._lazy import parse_ru

    nxt = re.match(r"\s+([а-яё]+)", after)
    if " " in span.strip() or not nxt or not N.is_cyrillic(span):
        return False
    adj, noun = parse_ru(span.lower()), parse_ru(nxt.group(1))
    if not adj or not noun or "ADJF" not in adj[0].tag or "Surn" in adj[0].tag or "NOUN" not in noun[0].tag:
        return False
    a, n = adj[0].tag, noun[0].tag
    return a.case == n.case and (a.number == "plur" == n.number or a.gender == n.gender)


def _names_a_person(words: str) -> bool:
    """Some word of ``words`` may be a name: a given name, surname or patronymic in pymorphy3's
    best parses, or a word its dictionary does not know ("Джордж")."""
    from crosscheck.frame._lazy import morph, parse_ru

    for w in words.split():
        ps = parse_ru(w.lower())
        if not ps or not morph().word_is_known(w.lower()) or any(t in p.tag for p in ps[:2] for t in ("Name", "Surn", "Patr")):
            return True
    return False


def _common_first_word(span: str) -> int:
    """How much of a name span opening the sentence is a common noun capitalised only by its place («Высота Монблана»,
    «Чай», «Площадь»): the dictionary's likeliest reading is an inanimate noun with no name tag and no gazetteer name is
    spelled by it («Кремль», «Москва», «Газпром» stay).  0 when the first word is a name."""
    from crosscheck.frame._lazy import parse_ru

    m = re.match(r"[А-ЯЁ][а-яё]+(?:\s+|$)", span)
    if not m:
        return 0
    word = m.group(0).strip()
    parses = parse_ru(word.lower())[:1]
    tags = set(str(parses[0].tag).replace(" ", ",").split(",")) if parses else set()
    if "NOUN" not in tags or "inan" not in tags or {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} & tags:
        return 0  # a person's title or a people («Президент Путин», «Сингалы — население») is left to the reading as before
    if N.lookup(word) or N.lookup(N.lemma_ru(word, "Geox")) or N.lookup(span) or N.lookup(N.lemma_phrase_ru(span)):
        return 0
    return m.end() if m.end() < len(span) else len(span)


#: The lower-case head of a water's name written before a genitive name («море Лаптевых», «моря Лаптевых»).
_WATER_LEAD = re.compile(r"(?<![\w-])(мор(?:е|я|ю|ем))\s+$", re.I)


def _landform_compound(span: str) -> str | None:
    """The name of a place written with a lower-case landform noun after a hyphen («Гейрангер-фьорд», «Согне-фьордом»:
    ``lang/ru/landform_tails.tsv``), else None."""
    from crosscheck.lang.resources import words

    m = re.fullmatch(r"([А-ЯЁ][а-яё]+)-([а-яё]{3,})", span.strip())
    if m is None:
        return None
    from crosscheck.frame._lazy import parse_ru

    tails = words("ru/landform_tails.tsv")
    forms = {m.group(2)} | {p.normal_form for p in parse_ru(m.group(2))}
    return m.group(1) if forms & tails else None


def ru_entities(text: str) -> list[Entity]:
    """Entities of one Russian sentence."""
    from crosscheck.frame._lazy import ner_spans

    out: list[Entity] = []
    first = re.match(r"[\s«\"“„'(]*", text).end()
    for a, b, typ in ner_spans([text])[0]:
        if a == first and typ in ("PER", "LOC") and (cut := _common_first_word(text[a:b])):
            a += cut  # «Высота Монблана», «Чай впервые попал», «Площадь Ладожского озера»: a common noun opening the sentence
            if a >= b:
                continue
        if cut := re.search(r"-\d{2,4}$", text[a:b]):
            b -= len(cut.group(0))  # «в Калгари-1988», «на Уимблдоне-2003»: the games of a year at a place (round cm)
        stext = text[a:b]
        if _out_of_context(stext, text, a, b):
            continue  # "Спутник был запущен": a common word, not the outlet
        if romance_particle_before(text[:a]):
            continue  # «Джиро д’Италия», «Тур де Франс»: a race's name after a Romance particle, no place (round bt)
        if typ == "PER":
            toks = stext.split()
            lem = [N.lemma_ru(t, "Surn" if k == len(toks) - 1 else "Name") for k, t in enumerate(toks)]
            name = " ".join(lem)
            hit = N.lookup(stext, towns=True) or N.lookup(name, towns=True)
            if hit and town_out_of_place(hit, text, a):
                hit = None  # «Джексон подписал», «корпорации «Хитачи»»: a person or a firm, not the town (round cg)
            if hit:  # NER confusion: a place or org tagged as a person
                out.append(Entity(stext, hit[0], hit[1], a, b))
                continue
            if _adjective_before_noun(stext, text[b:]):
                continue  # «Панамская политика», «Фриульский язык»: an adjective, not a name
            if (joined := _landform_compound(stext)) is not None:
                out.append(Entity(stext, "place", N.place_key(joined), a, b))  # «Гейрангер-фьорд» (round ap)
                continue
            tail = _gazetteer_tail(stext)
            if tail and not _names_a_person(stext[: tail[0]]):
                # «Колонизированная Мозамбиком»: a participle or adjective before a place the NER took for a name
                out.append(Entity(tail[1], "place", tail[2][1], a + tail[0], b))
                continue
            # keyed from the text as written: person_key lemmatises the surname itself, and a second pass over a lemma
            # reads it again as a case form («Герлаха» -> Герлах -> «Герла», round x)
            out.append(Entity(stext, "person", N.person_key(stext), a, b, _ru_role_before(text, a)))
        elif typ == "LOC":
            # a town of under a million after a word of place only («в Нови-Саде»; «слиянием Савы» is the river): round cg
            town = place_word_before(text[:a])
            key = N.place_key(stext, towns=town)
            hit = _place_hit(stext, town)
            if (head := re.search(r"(?<![\w-])([а-яё]{4,})\s+$", text[:a])) and (
                    two := N.lookup(f"{N.lemma_ru(head.group(1)).lower()} {N.lemma_ru(stext).lower()}")):
                # «в округе Колумбия»: a gazetteer name of a lower-case head and the name the NER took alone (round at)
                a, stext, key, hit = head.start(1), text[head.start(1):b], two[1], two
            if hit is None and (lead := _WATER_LEAD.search(text[:a])) and (hit := N.lookup(f"{lead.group(1)[:3].lower()}е {stext.lower()}")):
                # «в море Лаптевых»: the water named by its lower-case head and a genitive name (round al)
                a, stext, key = lead.start(1), text[lead.start(1):b], hit[1]
            if hit is None and (tail := _gazetteer_tail(stext)):
                # "Сегодня Гренландия", "Республика Бразилия", "Бывшая Испанская Гвинея": the
                # span's known name (the NER took in an adverb, a state form or an adjective)
                a, stext, hit = a + tail[0], tail[1], tail[2]
                key = N.place_key(stext, towns=town)
            if hit is None and (div := division_key(stext, "ru")):
                key = div  # «Тверской области», «Пермский край»: a division keyed by its name's stem (round ap)
            typ = hit[0] if hit else "place"
            adj = _place_adjective(stext)
            out.append(Entity(stext, typ, adj[1] if adj else key if typ == "place" else hit[1], a, b))
        else:  # ORG
            lem = " ".join(N.lemma_ru(w) for w in stext.split())
            hit = N.lookup(stext, towns=True) or N.lookup(lem, towns=True)
            if hit and town_out_of_place(hit, text, a):
                hit = None  # «корпорации «Хитачи»»: a firm named after its town (round cg)
            if hit:
                out.append(Entity(stext, hit[0], hit[1], a, b))
                continue
            if N.on_river(stext):
                out.append(Entity(stext, "place", N.place_key(stext), a, b))  # «Людвигсхафене-на-Рейне»: a town (round bl)
                continue
            # extend: demonym adjective before, genitive country/NATO after
            ctry = neighbour_country(text, a, b)
            key = org_key_from_text(stext, ctry)
            if key == N.slug(N.translit(stext)) and N.is_cyrillic(stext):
                # an unknown organisation: key its dictionary form (Росстата -> rosstat)
                from crosscheck.frame._lazy import parse_ru

                lem = " ".join((parse_ru(w.lower()) or [None])[0].normal_form if parse_ru(w.lower()) else w for w in stext.split())
                hit = N.lookup(lem)
                key = hit[1] if hit else (N.slug(N.translit(lem)) or key)
            out.append(Entity(stext, "org", key, a, b))
    # gazetteer pass for what NER missed
    covered = [(e.start, e.end) for e in out]
    for m in _RU_WORD.finditer(text):
        w = m.group(0)
        if not w[:1].isupper() or any(x <= m.start() < y for x, y in covered) or romance_particle_before(text[:m.start()]):
            continue
        hit = gazetteer_hit(w, text, m.start(), m.end())
        if hit is None and N.is_cyrillic(w):
            lem = N.lemma_ru(w, "Geox")
            hit = gazetteer_hit(lem, text, m.start(), m.end())
        if hit:
            out.append(Entity(w, hit[0], hit[1], m.start(), m.end()))
    out += _city_adjectives(text, out)
    # persons the NER misses: a capitalised unknown word or a surname right before a verb
    covered = [(e.start, e.end) for e in out]
    from crosscheck.frame._lazy import morph, parse_ru

    for m in re.finditer(r"(?<![\w-])([А-ЯЁ][а-яё]{3,})(?=\s+([а-яё]+))", text):
        w = m.group(1)
        if any(x <= m.start() < y for x, y in covered) or N.lookup(w) or N.demonym_country(w):
            continue
        ps = parse_ru(w.lower())
        nxt = parse_ru(m.group(2))
        verb_next = bool(nxt) and "VERB" in nxt[0].tag
        if verb_next and (any("Surn" in p.tag for p in ps[:2]) or not morph().word_is_known(w.lower())):
            out.append(Entity(w, "person", N.person_key(w), m.start(), m.end(), _ru_role_before(text, m.start())))
    # lowercase organisation phrases the NER does not tag ("оборонного ведомства АР")
    for rx, head, needs_name in org_heads():
        for m in rx.finditer(text):
            if any(x <= m.start() < y for x, y in [(e.start, e.end) for e in out]):
                continue
            if needs_name and not re.search(r"[А-ЯЁA-Z]", text[m.end() : m.end() + 20]):
                continue
            ctry = neighbour_country(text, m.start(), m.end())
            out.append(Entity(m.group(0), "org", f"{ctry}-{head}" if ctry else head, m.start(), m.end()))
    # fix org keys for heads with a following country entity ("Минобороны РФ")
    fixed: list[Entity] = []
    for e in out:
        if e.type == "org" and e.key in head_keys():
            for w in re.findall(r"[\wЁё.-]+", text[e.end : e.end + 50])[:4]:
                w = w.rstrip(".") if not re.fullmatch(r"(?:[A-ZА-Я]\.){2,}", w) else w
                if w.lower() in ("в", "во", "на", "с", "со", "по", "к", "о", "об", "для", "из", "от", "до", "у", "и", "при", "между"):
                    break  # "оборонных ведомств на Каспии": the place is not the owner
                if not w[:1].isupper():
                    continue
                ph = N.lookup(w) or N.lookup(N.lemma_ru(w, "Geox"))
                if ph and ph[1] in media_keys():
                    break
                if ph:
                    e = Entity(e.text, e.type, f"{ph[1]}-{e.key}", e.start, e.end, e.role)
                    break
        fixed.append(e)
    fixed.sort(key=lambda e: e.start or 0)
    return fixed
