"""Cross-script canonical keys for names (persons, places, organisations).

The language knowledge lives in ``crosscheck.lang``: one transliteration and name
skeleton (``lang.translit``), the gazetteer of countries, capitals, cities,
organisations and media (``lang.gazetteer``, data files under ``lang/gazetteer/``).
This module adds Russian lemmas (pymorphy3) and the key functions:

* ``person_key(name)`` — the skeleton of the surname (lemmatised for Russian),
* ``place_key(name)`` / ``org_key(name)`` — a gazetteer key, else a skeleton or slug.
"""

from __future__ import annotations

import difflib
import functools
import re

from crosscheck.lang.gazetteer import demonym_country, is_country, lookup
from crosscheck.lang.gazetteer import _table as _gazetteer_table
from crosscheck.lang.translit import is_cyrillic, skeleton, slug, translit

__all__ = [
    "PLACE_ADJECTIVE_RU",
    "family_epithets",
    "translit",
    "skeleton",
    "slug",
    "place_key",
    "on_river",
    "org_key",
    "person_key",
    "demonym_country",
    "lemma_ru",
    "lemma_phrase_ru",
    "surname_in_case_of",
    "is_cyrillic",
    "is_country",
    "lookup",
]


# --------------------------------------------------------------------------- Russian lemmas

_NAME_TAGS = ("Surn", "Name", "Patr", "Geox", "Orgn")
_OBLIQUE_END = re.compile(r"(?:ым|им|ом|ем|ой|ей|ому|ему|ого|его|ую|ою)$")


@functools.lru_cache(maxsize=65536)
def lemma_ru(word: str, prefer: str | None = None) -> str:
    """Dictionary form of a Russian name token, original capitalisation restored.

    ``prefer`` is a pymorphy tag such as "Surn", "Name" or "Geox" to favour.
    """
    if not is_cyrillic(word) or word.isupper() and len(word) <= 5:
        return word
    from crosscheck.frame._lazy import parse_ru

    parses = parse_ru(word)
    best = None
    tags = (prefer,) + _NAME_TAGS if prefer else _NAME_TAGS
    low = word.lower().replace("ё", "е")
    for tag in tags:
        # a guessed name longer than the word is a case form read backwards («Вёлером» as the plural genitive of
        # «Вёлерома»): the word is a foreign surname in the instrumental (round x)
        cands = sorted((p for p in parses if tag in p.tag and (p.is_known or len(p.normal_form) <= len(word))),
                       key=lambda p: "sing" not in p.tag)
        if cands:
            # a word that is already a dictionary form stays as it is (Лавров, not Лавр)
            same = [p for p in cands if p.normal_form.replace("ё", "е") == low and "nomn" in p.tag]
            best = same[0] if same else cands[0]
        if best is not None:
            break
    if best is None:
        # unknown foreign name: prefer a parse that strips a case ending (Кертисом -> кертис), in the singular (a person:
        # «Утзоном» is Утзон in the instrumental, not the genitive plural of «Утзонома»); a "lemma" longer than the word
        # adds an ending instead («Розинг» is no genitive plural of «Розинга»: round ao)
        stripped = [p for p in parses if "NOUN" in p.tag and p.normal_form != word.lower() and 3 <= len(p.normal_form) <= len(word)]
        best = next((p for p in stripped if "sing" in p.tag), stripped[0] if stripped else None)
    lemma = best.normal_form if best is not None else word.lower()
    if best is not None and "plur" in best.tag and re.search(r"(?:ов|ев|ёв|ин|ын)$", low) and len(low) > 5:
        lemma = low  # "Лавров" is a surname in the nominative, not the plural of "Лавр"
    if best is None and _OBLIQUE_END.search(lemma) and len(lemma) > 6:
        lemma = _OBLIQUE_END.sub("", lemma)
    if word[:1].isupper():
        lemma = lemma[:1].upper() + lemma[1:]
    return lemma


def lemma_phrase_ru(text: str) -> str:
    """Dictionary form of a Russian multi-word name with agreement: the adjectives take the
    gender of the head noun ("Южной Африке" -> "Южная Африка", "Саудовской Аравии" ->
    "Саудовская Аравия"); a single word is ``lemma_ru(word, "Geox")``."""
    words = text.split()
    if len(words) < 2 or not is_cyrillic(text):
        return " ".join(lemma_ru(w, "Geox") for w in words)
    from crosscheck.frame._lazy import parse_ru

    parses = [parse_ru(w.lower()) for w in words]
    head = next((i for i in range(len(words)) if parses[i] and "NOUN" in parses[i][0].tag), None)  # a genitive may follow
    if head is None:
        return " ".join(lemma_ru(w, "Geox") for w in words)
    hp = parses[head][0]
    if "plur" in hp.tag and "Sgtm" not in hp.tag:  # "Объединённых Арабских Эмиратах": plural name
        form = hp.inflect({"nomn", "plur"})
        noun, gram = (form.word if form else hp.word), {"nomn", "plur"}
        noun = noun[:1].upper() + noun[1:] if words[head][:1].isupper() else noun
    else:
        # a head already in its dictionary form is that noun («Балтийском море»: «море», not the likelier «мора»; round ag)
        own = next((p for p in parses[head] if "NOUN" in p.tag and p.normal_form == words[head].lower()), None)
        noun = words[head] if own is not None else lemma_ru(words[head], "Geox")
        np = [own] if own is not None else parse_ru(noun.lower())
        gender = next((g for g in ("masc", "femn", "neut") if np and g in np[0].tag), None)
        gram = {"nomn", "sing", gender} if gender else None
    out = []
    for i, w in enumerate(words):
        if i == head:
            out.append(noun)
            continue
        adj = next((p for p in parses[i] if "ADJF" in p.tag or "PRTF" in p.tag), None)
        if adj is not None and i < head and gram:
            form = adj.inflect(gram)
            word = form.word if form else adj.normal_form
            out.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
        else:
            out.append(w if i > head else lemma_ru(w, "Geox"))
    return " ".join(out)


#: A Russian adjective of a place, its stem in group 1 («Лиссабонское»: «Лиссабон», «Венский»: «Вен», «Тверским»: «Твер»).
PLACE_ADJECTIVE_RU = re.compile(r"([А-ЯЁ][а-яё]{2,}?)(?:ск|цк)(?:ий|ый|ой|ая|ое|ие|ые|ого|ому|ом|ую|их|им|ым|ими|ей)")


# --------------------------------------------------------------------------- keys


#: A town named with the river it stands on: «X-на-Y», "X-upon-Y", "X upon Y", "X-on-Y", "X am Y", "X an der Y".
_ON_RIVER = re.compile(r"([^\W\d_][\w'’.-]*?)(?:-на-|-upon-|\s+upon\s+|-on-|\s+am\s+|\s+an\s+der\s+)(?-i:[A-ZА-ЯЁ])[\w'’-]*$")


def on_river(name: str) -> str | None:
    """The town of a name told with the river it stands on («Людвигсхафен-на-Рейне», "Stratford-upon-Avon", "Frankfurt
    am Main"), or None."""
    river = _ON_RIVER.match(name.strip())
    return river.group(1) if river else None


def place_key(name: str, towns: bool = False) -> str:
    """Key of a place name in either script (lemmatise Russian first).  A town of under a million is its key only with
    ``towns``, where the reader knows the name stands for a place ("in Modena", a place the Russian NER tagged): such
    names are often words or people's names, and the words before "Valley" in "the Fergana Valley" name the valley
    (round cg)."""
    from crosscheck.lang.gazetteer import minor_town_keys

    hit = lookup(name, towns=True)
    if hit and hit[1] in minor_town_keys() and (not towns or on_river(name)):
        hit = None  # "Burton upon Trent": the town without its river, as the other language may name it (round bl)
    if hit:
        return hit[1]
    if town := on_river(name):
        # a town named with its river, which the other language often leaves out: keyed by the town (round bl)
        return place_key(town, towns)
    if is_cyrillic(name):
        lem = " ".join(lemma_ru(w, "Geox") for w in name.split())
        hit = lookup(lem, towns=towns) or lookup(lemma_phrase_ru(name), towns=towns)
        if hit:
            return hit[1]
        if " " not in name.strip() and (country := demonym_country(name)) and is_country(country):
            return country  # «Австро-Венгерской» (империи), «Османской»: the state named by its adjective (round x)
        if " " not in name.strip() and (hit := _any_parse_in_gazetteer(name, towns)):
            return hit  # «Тихуане»: the best parse guessed «Тихуан», another reads «Тихуана», the gazetteer's city (round aa)
        name = lem
    # try the transliteration / skeleton against the table's Latin forms
    sk = " ".join(skeleton(w) for w in re.split(r"[\s\-]+", name) if w)
    hit = _skeleton_index().get(sk)
    # the consonants alone are not enough: the vowels must be close too («Пруссия» is no Paris,
    # «Колумб» no Colombia, «Вадуц» is Vaduz)
    if hit and len(sk) >= 3 and difflib.SequenceMatcher(None, translit(name).lower(), hit[1]).ratio() >= 0.7:
        return hit[0]
    return sk.replace(" ", "-")


def _any_parse_in_gazetteer(word: str, towns: bool = False) -> str | None:
    """The gazetteer place key of any dictionary form of a Russian word, or None."""
    from crosscheck.frame._lazy import parse_ru

    for p in parse_ru(word):
        hit = lookup(p.normal_form, towns=towns)
        if hit and hit[0] == "place":
            return hit[1]
    return None


def org_key(name: str) -> str:
    hit = lookup(name)
    if hit:
        return hit[1]
    if is_cyrillic(name):
        lem = " ".join(lemma_ru(w) for w in name.split())
        hit = lookup(lem)
        if hit:
            return hit[1]
    return slug(translit(name)) or name.lower()


_PATRONYMIC = re.compile(r"(?:ovich|evich|yevich|ovna|evna|yevna|ович|евич|овна|евна|ична|ьич|ьевич)$", re.I)
_PERSON_STOP = {"jr", "sr", "ii", "iii", "iv"}


@functools.lru_cache(maxsize=4)
def family_epithets(lang: str) -> frozenset[str]:
    """Words after a surname that tell two persons of one family apart («Старший», "the Elder":
    ``lang/{en,ru}/name_epithets.tsv``), lower case."""
    from crosscheck.lang.resources import words

    return words(f"{lang}/name_epithets.tsv") if lang in ("en", "ru") else frozenset()


def _without_descriptor(word: str) -> str:
    """A Russian surname without the lower-case common noun joined to it by a hyphen («Скотта-прозаика», «Дюма-сын»:
    round z); a name's own lower-case part ("Yat-sen", «Чен-ын») stays."""
    m = re.fullmatch(r"([А-ЯЁ][а-яё]+)-([а-яё]{3,})", word)
    if m is None:
        return word
    if m.group(2).replace("ё", "е") in family_epithets("ru"):
        return m.group(1)  # «Ригли-младший», «Дюма-старший»: an epithet of the family (round aa)
    from crosscheck.frame._lazy import parse_ru

    parses = parse_ru(m.group(2))
    return m.group(1) if parses and parses[0].is_known and "NOUN" in str(parses[0].tag) else word


def person_key(name: str) -> str:
    """Surname-based key: the skeleton of the last name token (lemmatised for Russian)."""
    toks = [t for t in re.split(r"\s+", name.strip()) if t and t.lower().strip(".") not in _PERSON_STOP]
    while len(toks) >= 2 and toks[-1].lower().replace("ё", "е") in family_epithets("ru"):
        toks = toks[:-1]  # round v: «Лукас Кранах Старший» is keyed by «Кранах», as "Lucas Cranach the Elder" is
    if not toks:
        return ""
    last = _without_descriptor(toks[-1])
    if len(toks) >= 2 and (given := _given_names_only(toks)):
        return skeleton(given)  # «Фридрих Вильгельм» / "Frederick William": a prince named by given names alone (round ap)
    if len(toks) >= 2 and _PATRONYMIC.search(last) and not _surname_in_vich(last) and not _after_two_given(toks):
        # "Valeriy Vasilyevich", "Ильхам Гейдарович": first name + patronymic, no surname
        first = toks[0]
        if is_cyrillic(first):
            first = lemma_ru(first, "Name")
        return "first:" + skeleton(first)
    double = _double_surname(toks[0], last, len(toks))
    if is_cyrillic(last):
        last = surname_in_case_of(toks[0], last) if len(toks) >= 2 else lemma_ru(last, "Surn")
    if double:
        # a double surname keeps its parts («Питт-Риверс» / "Pitt Rivers", «Сан-Мартин» / "San Martín": round aw), so
        # either part pairs with the other side's last word
        return "-".join(k for k in (skeleton(p) for p in last.split("-")) if k)
    return skeleton(last)


def _double_surname(first: str, word: str, n_tokens: int) -> bool:
    """``word`` (the last of ``n_tokens`` name words, ``first`` the first) is two or more capitalised parts joined by
    hyphens («Питт-Риверс», "Bowes-Lyon"). A name with a lower-case part ("Yat-sen", "al-Assad", «ас-Сиси») or an
    article in front ("El-Sisi") is one surname, and so is a given name of short syllables after a short family name
    («Ли Юнг-Вук», «Пак Чон-Хи»: an East Asian personal name)."""
    parts = word.strip("-").split("-")
    if len(parts) < 2 or not all(p[:1].isupper() and p.lower() not in _arabic_articles() for p in parts):
        return False
    return not (n_tokens == 2 and len(first) <= 4 and max(map(len, parts)) <= 5)


@functools.lru_cache(maxsize=1)
def _arabic_articles() -> frozenset[str]:
    from crosscheck.lang.translit import ARABIC_ARTICLES

    return frozenset(ARABIC_ARTICLES.split("|"))


def _given_names_only(toks: list[str]) -> str | None:
    """The English form of the last of ``toks`` when every word of them (a regnal number aside) is a given name the two
    languages translate (``lang/ruler_names.tsv``: «Фридрих Вильгельм» / "Frederick William", «Карл Густав»), else None:
    such a name has no surname whose letters both scripts share."""
    from crosscheck.lang.given_names import english_given

    words = [t for t in toks if not re.fullmatch(r"[IVX]+", t)]
    forms = [english_given(lemma_ru(t, "Name") if is_cyrillic(t) else t) for t in words]
    return forms[-1] if len(words) >= 2 and all(forms) else None


def _after_two_given(toks: list[str]) -> bool:
    """Two given names before a word in -вич («Ян Кароль Ходкевич»): a patronymic follows one given name, so the word is a
    surname (Polish and Belarusian -wicz); surname first («Фёдоров Иван Петрович») keeps the patronymic (round at)."""
    if len(toks) < 3 or not all(is_cyrillic(t) for t in toks[:2]):
        return False
    from crosscheck.frame._lazy import parse_ru

    def given(word: str) -> bool:
        parses = parse_ru(word)[:1]  # the likeliest reading: «Фёдоров» is a surname, though a name's genitive plural too
        return bool(parses) and "Name" in parses[0].tag and "Surn" not in parses[0].tag

    return given(toks[0]) and given(toks[-2]) and not _PATRONYMIC.search(toks[-2])


def _surname_in_vich(word: str) -> bool:
    """A Russian word in -вич that the dictionary knows only as a surname, never as a patronymic («Сенкевич», «Мицкевич»,
    «Шостакович»; «Владимирович», «Абрамович» may be patronymics): round aa."""
    if not is_cyrillic(word):
        return False
    from crosscheck.frame._lazy import parse_ru

    parses = parse_ru(word)
    return any("Surn" in p.tag and p.is_known for p in parses) and not any("Patr" in p.tag for p in parses)


def surname_in_case_of(first: str, last: str) -> str:
    """The dictionary form of the surname ``last``, read in the case of the known first name ``first`` before it: a
    name's words agree («Филом Найтом» is Фил Найт in the instrumental, though the dictionary alone guesses «Найтом»
    for a nominative), ``lang/ru/surname_case_endings.tsv``."""
    lemma = lemma_ru(last, "Surn")
    if lemma.lower() != last.lower() or not is_cyrillic(first):
        return lemma
    from crosscheck.frame._lazy import parse_ru

    known = [p for p in parse_ru(first) if p.is_known and "Name" in p.tag and "masc" in p.tag]
    case = next((c for c in _case_endings() if known and all(c in p.tag for p in known)), None)
    if case is None and known:
        # an animate masculine name reads alike in the genitive and the accusative («Бориса Розинга»): either case, one
        # ending (round ao)
        cases = {c for c in _case_endings() for p in known if c in p.tag}
        if len(cases) == len(known) and len({_case_endings()[c] for c in cases}) == 1:
            case = min(cases)
    if case is None:
        return lemma
    shorter = [p.normal_form for p in parse_ru(last) if case in p.tag and "sing" in p.tag and len(p.normal_form) < len(last)]
    if shorter:
        return shorter[0][:1].upper() + shorter[0][1:]
    for end in _case_endings()[case]:
        stem = last[: -len(end)]
        if last.lower().endswith(end) and len(stem) >= 3 and stem[-1].lower() not in "аеёиоуыэюяьй":
            return stem
    return lemma


@functools.lru_cache(maxsize=1)
def _case_endings() -> dict[str, tuple[str, ...]]:
    from crosscheck.lang.resources import split, tsv

    return {row["case"]: tuple(split(row["endings"])) for row in tsv("ru/surname_case_endings.tsv")}


@functools.lru_cache(maxsize=1)
def _skeleton_index() -> dict[str, tuple[str, str]]:
    from crosscheck.lang.gazetteer import minor_town_keys

    idx: dict[str, str] = {}
    minor = minor_town_keys()
    for form, (typ, key) in _gazetteer_table().items():
        if typ != "place" or is_cyrillic(form) or key in minor:
            continue  # a town of under a million is met by its own names only ("Thuringia" is no Tauranga: round cg)
        sk = " ".join(skeleton(w) for w in re.split(r"[\s\-]+", form) if w)
        idx.setdefault(sk, (key, form))
    return idx
