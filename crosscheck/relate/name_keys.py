"""Do two entity keys name one entity?  Transliterations, gazetteer names, regions.

Keys are cross-script: gazetteer names ("ukraine", "saint-petersburg") or
consonant skeletons of names the gazetteer does not know ("mrvk" for
Morawiecki, "mrvzk" for Моравецкий).  Skeletons of one name may differ by a
consonant class (g/k, z/s, v/f); two gazetteer names differ when their keys do.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosscheck.frame.divisions import PREFIXES
from crosscheck.lang.translit import ARABIC_ARTICLES
from crosscheck.relate.slot_values import Slot, translit

__all__ = ["acronym_of", "align_persons", "keys_close", "spelled_alike", "named_in", "name_like", "is_region", "canonical", "unread_name", "edit_distance",
           "without_possessive"]


_PHON = str.maketrans("gqhxzcdbwf", "kkkkssttvv")


def _phon(part: str) -> str:
    """A name part reduced to its consonant classes: Gaddafi / Каддафи, Morawiecki / Моравецкий."""
    out = re.sub(r"[aeiouyj]", "", part.lower()).translate(_PHON)
    return re.sub(r"(.)\1+", r"\1", out)


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def keys_close(a: str, b: str) -> bool:
    """Two keys of one name: equal, one inside the other ("russia" / "russia-general-staff"),
    or transliterations whose consonant classes differ by at most one ("gdf" / "kdf")."""
    if a[:4] in PREFIXES or b[:4] in PREFIXES:
        from crosscheck.frame.divisions import divisions_close

        return divisions_close(a, b)  # "Kursk Region" / «Курской области» / Kursk (round ap)
    na, nb = re.search(r"\d+$", a), re.search(r"\d+$", b)
    if na and nb and na.group(0) != nb.group(0):
        return False  # two regnal numbers: Alexander II is not Alexander III
    if bool(na) != bool(nb) and re.sub(r"\d+$", "", a) == re.sub(r"\d+$", "", b) and len(re.sub(r"\d+$", "", a)) >= 3:
        return True  # a ruler with and without his number ("Peter the Great" / «Пётр I»)
    if a == b or a.startswith(b + "-") or b.startswith(a + "-") or a.endswith("-" + b) or b.endswith("-" + a):
        return True
    known_a, known_b = canonical(a), canonical(b)
    if known_a and known_b:
        # two gazetteer names (ukraine / germany) are different names, save one state under its former name and its
        # name of today ("ceylon" / "sri-lanka": round ap)
        from crosscheck.lang.gazetteer import former_name

        return former_name(a, b)
    if known_a != known_b:
        # a gazetteer place and a spelling it does not list ("cusco" / Cuzco, "brugge" / Bruges): the skeletons of the
        # place's names against the other key (round cg)
        from crosscheck.lang.gazetteer import place_skeletons

        known, other = (a, b) if known_a else (b, a)
        target = _phon(other)
        if len(target) >= 3 and any(_phon(sk) == target for sk in place_skeletons(known)):
            return True
    if not (known_a or known_b) and ("-" in a) != ("-" in b) and len(_phon(a.replace("-", ""))) >= 4 and (
            _phon(a.replace("-", "")) == _phon(b.replace("-", ""))):
        return True  # one name written in words and as one word ("Dien Bien Phu" / «Дьенбьенфу»: "dn-bn-f" / "dnbnf"), round x
    for pa in a.split("-"):
        for pb in b.split("-"):
            x, y = _phon(pa), _phon(pb)
            if not (known_a or known_b) and edit_distance(pa, pb) > _MAX_RAW_EDITS:
                # round v: two skeletons that meet only after three or more letters are merged into classes or
                # dropped are two names ("grps" Gropius / "krbz" Корбюзье, "dbs" Debussy / "tdz" Тодзё); one name
                # written in two scripts differs by a class swap and one consonant at most ("vlzkz" / "vlsks")
                continue
            if x == y and len(x) >= 2:
                return True
            if len(x) >= 3 and len(y) >= 3 and {pa + "g", pb + "g"} & {pa, pb} and min(pa, pb, key=len).endswith("n"):
                return True  # round cp: a final -ng read as -n (``translit.skeleton``) but kept before a case ending ("kpn" Köping / "kpng" «Чёпинге»)
            # two skeletons of transliterations (mrvk / mrvzk) may differ by one consonant
            if x[:1] != y[:1] and len(x) == len(y) and {x[:1], y[:1]} not in _FIRST_SWAPS:
                continue  # a transliteration keeps its first consonant: "Pashkov" is not «Казаков», «Лондон» not "Sindona" (round ao)
            if not (known_a or known_b) and min(len(x), len(y)) >= 4 and edit_distance(x, y) <= 1:
                return True
            # the same, as written: an English "g" the other script renders «дж» ("rgrs" Rogers / "rjrs" Роджерс), whose "j"
            # the classes drop as a vowel
            if not (known_a or known_b) and min(len(pa), len(pb)) >= 4 and edit_distance(pa, pb) <= 1:
                return True
    return False


#: First consonants one name may change between scripts: Greek theta as «ф» (Thermopylae = Фермопилы, Themistocles =
#: Фемистокл: t and v after the classes of ``_PHON``), a French g as «ж» or «з» (Agincourt = Азенкур: k and s).
_FIRST_SWAPS = ({"t", "v"}, {"k", "s"})

_MAX_RAW_EDITS = 2  # a consonant class swapped (g/k, z/s) and one consonant added or dropped


def spelled_alike(a: Slot, b: Slot) -> bool:
    """Two name slots of which one is written in Latin letters whose "w" or "j" the other script renders as a vowel
    ("Marian Rejewski" / «Мариан Реевский», "Badwater" / «Бэдуотер»): one name, though the skeletons differ."""
    from crosscheck.lang.translit import is_cyrillic, skeleton_variants

    for x, y in ((a, b), (b, a)):
        words = str(x.text).split()
        if not words or is_cyrillic(x.text) or canonical(str(y.value)) or canonical(str(x.value)):
            continue
        last = re.sub(r"(?:’s|'s)$", "", words[-1])
        if any(keys_close(v, str(y.value)) for v in skeleton_variants(last)):
            return True
    return False


_POSSESSIVE_END = re.compile(r"['’]s\b")


def without_possessive(text: str) -> str:
    """The text without its English possessive endings ("Walter Scott's" -> "Walter Scott")."""
    return _POSSESSIVE_END.sub("", text)


def canonical(key: str) -> bool:
    """A gazetteer key ("ukraine", "saint-petersburg") rather than a consonant skeleton ("mrvk")."""
    return any(re.search(r"[aeiouy]", part[1:]) for part in key.split("-"))


def _landform(key: str) -> bool:
    """A gazetteer key whose words before the last are a landform's ("sea-of-marmara", "lake-baikal"): the last word
    names it, as a Russian adjective with the noun left out does («с Мраморным», «Азовского»); not "north-yemen"."""
    from crosscheck.lang.resources import words

    parts = key.split("-")
    return canonical(key) and len(parts) >= 2 and all(p in words("en/landform_leads.tsv") or p in ("of", "the") for p in parts[:-1])


#: The ending of a Russian adjective made from a name («Мраморное», «Карского», «Охотским»): what is left names the place.
_ADJ_STEM = re.compile(r"(?:ск|н)(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ым|им|ом|ем|ого|его|ому|ему|ую|юю|ых|их|ыми|ими)$")


@lru_cache(maxsize=65536)
def named_in(key: str, text: str) -> bool:
    """The text names ``key`` even where its frame did not recognise it (a pure function of both:
    memoised, a claim meets the same names in many candidate pairs)."""
    from crosscheck.lang.translit import skeleton, skeleton_variants
    from crosscheck.relate.event_view import _name_key
    from crosscheck.relate.rulers import REGNAL_IN_TEXT as _REGNAL_IN_TEXT, regnal_key

    rulers = [regnal_key(m.group(0)) or "" for m in _REGNAL_IN_TEXT.finditer(text)] if re.search(r"\d$", key) else []
    if any(k[:1].isalpha() and keys_close(k, re.sub(r"\d+$", "", key)) for k in rulers):
        # a ruler the other text numbers: named only with the same number ("Alexander III" is not in "Александре II");
        # without a number ("Catherine the Great" / "Екатерина II") the name alone counts
        return any(keys_close(k, key) for k in rulers)

    for tok in re.findall(r"\b[A-ZА-ЯЁ][\w’'-]{2,}", text):
        tok = re.sub(r"['’]s?$", "", tok)  # "Vivaldi's Four Seasons": the name without its possessive ending
        if tok.isupper() and len(tok) <= 4:
            continue  # an acronym ("ЦАР", "CAR") is no transliteration: its skeleton ("zr") says nothing of "syria"
        k = _name_key(tok)
        if k and canonical(key) and _other_country(tok, key):
            continue  # «Данией» is Denmark, whatever its consonants share with "Benin"
        if k and k not in (key, key.split("-")[-1]) and not canonical(key) and _gazetteer_place(tok):
            continue  # «Лондоне» is London, not a name one consonant off it ("Sindona": round ao)
        if k and keys_close(k, key.split("-")[-1]) and (len(key) >= 3 or k == key):
            return True  # a key of one or two letters ("l" of Lyell) only by itself (round al)
        if k and "-" in key and "-" in tok and not canonical(key) and keys_close(k, key.replace("-", "")):
            return True  # one hyphenated name, keyed by its parts on one side ("Munku-Sardyk" / «Мунку-Сардыка»: round as)
        if k and len(key) >= 4 and not canonical(key) and any(keys_close(v, key) for v in skeleton_variants(tok) - {k}):
            return True  # "Badwater" / «Бэдуотер», "Rejewski" / «Реевский»: w and j read as Russian writes them
        stem = _ADJ_STEM.sub("", tok) if _ADJ_STEM.search(tok) else ""
        if len(stem) >= 4 and _landform(key) and _phon(skeleton(stem)) == _phon(key.split("-")[-1]):
            return True  # «с Мраморным» (морем) / "the Sea of Marmara": a sea, lake or river named by its adjective
        if len(stem) >= 4 and len(key) >= 3 and not canonical(key) and skeleton(stem) == key:
            return True  # «Ферганской долины» / "the Fergana Valley": a name no gazetteer knows, told by its adjective
    for m in _JOINED.finditer(text):
        if keys_close(skeleton(m.group(1) + m.group(2)), key):
            return True  # «Салах ад-Дин» / "Saladin": a name joined over its article (round ao)
    slug = key.replace("-", "")
    return (len(slug) >= 3 or canonical(key)) and slug in re.sub(r"[^a-z]", "", translit(text.lower()))  # "l" (Lyell): any text


#: Two words of one name joined by an Arabic article («Салах ад-Дина», "Salah ad-Din", «Насир ад-Дин»).
_JOINED = re.compile(r"(?<![\w-])([A-ZА-ЯЁ]\w+)\s+(?:" + ARABIC_ARTICLES + r")-([A-ZА-ЯЁ]\w+)")


@lru_cache(maxsize=65536)
def _gazetteer_place(token: str) -> bool:
    """The token names a place the gazetteer knows («Лондоне», "Paris")."""
    from crosscheck.lang.gazetteer import lookup

    hit = lookup(token)
    if hit is None and re.search("[а-яё]", token, re.I):
        from crosscheck.frame.names import lemma_ru

        hit = lookup(lemma_ru(token, "Geox"))
    return hit is not None and hit[0] == "place"


def _other_country(token: str, key: str) -> bool:
    """The token is a gazetteer country other than ``key``."""
    from crosscheck.relate.unread_countries import country_key

    found = country_key(token)
    return found is not None and found != key


def name_like(slot: Slot, text: str) -> bool:
    """A person's name rather than a capitalised word the recogniser took for one: two
    capitalised words ("Alexander Fleming"), or one that is not the sentence's first word
    and, in Russian, that the dictionary knows as a name or does not know at all."""
    words = slot.text.split()
    if _titled_work(slot.text, text):
        return False  # "Golden Autumn, Isaac Levitan's 1895 painting": the sentence's work, not a person (round cn)
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        return True
    if len(words) >= 3 and words[0][:1].isupper() and words[-1][:1].isupper() and all(w[:1].isupper() or _particle(w) for w in words):
        return True  # «Паулем фон Гинденбургом», "Leonardo da Vinci": a particle inside the name (round ao)
    from crosscheck.relate.rulers import epithet_rx as _epithet_rx

    if _epithet_rx().fullmatch(slot.text.strip()):
        return True  # "Catherine the Great": a ruler
    if len(words) != 1 or text.lstrip(" «\"'(").startswith(slot.text):
        return False
    word = words[0]
    if re.search("[а-яё]", word, re.I):
        from crosscheck.frame._lazy import parse_ru

        parses = parse_ru(word)[:2]
        return not parses or any({"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(",")) for p in parses) or not any(
            getattr(p, "is_known", True) for p in parses)
    return not word.lower().endswith(("ly", "ers", "ists", "ians"))


def _titled_work(name: str, text: str) -> bool:
    """An English claim that opens with the name and an appositive naming a work after it ("Plasticine Crow, Alexander
    Tatarsky's 1981 clay-animation film", "The Ugly Duchess, a satirical portrait …": a noun of kind work in
    ``lang/en/works.tsv`` within the appositive's first eight words): the name is the work's title."""
    head = re.sub(r"^(?:The|A|An)\s+(?=[A-Z])", "", text.lstrip(" \"'“"))  # "The Ugly Duchess, a satirical portrait"
    if not head.startswith(name) or re.search("[а-яё]", text, re.I):
        return False
    return bool(_work_appositive().match(head, len(name)))


@lru_cache(maxsize=1)
def _work_appositive() -> re.Pattern:
    """A comma and an appositive headed by a noun of a work (``lang/en/works.tsv``, kind work): the noun comes next to a
    mark or a word of what follows a work ("a portrait painter" is a person), with no preposition before it ("the author
    of the novel" is a person)."""
    from crosscheck.lang.resources import split, tsv

    nouns = "|".join(w for r in tsv("en/works.tsv") if r["kind"] == "work" for w in split(r["word"]))
    return re.compile(rf"['’”\"]?,\s+(?:(?!(?:of|by|in|for|to|with|from|on|at|about)\b)[\w'’.-]+\s+){{0,7}}?(?:[\w-]+-)?"
                      rf"(?:{nouns})s?(?=\s*(?:[,.;:)]|$)|\s+{_AFTER_WORK})", re.I)


#: Words that follow the noun of a work in an appositive ("a 1981 film set to …", "a portrait of …", "a comedy by …").
_AFTER_WORK = (r"(?:by|of|about|from|in|on|at|for|with|set|painted|made|written|directed|composed|drawn|that|which|"
               r"showing|depicting|starring|based)\b")


def _particle(word: str) -> bool:
    from crosscheck.lang.resources import words

    return word in words("en/name_particles.tsv") or word in words("ru/name_particles.tsv")


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Continents and world regions (CLDR's numeric territories): a region and a city are
    places of different size, never a clash."""
    try:
        from babel import Locale

        names = [n for code, n in Locale("en").territories.items() if code.isdigit()]
    except Exception:  # pragma: no cover
        names = []
    return frozenset(re.sub(r"[^a-z]+", "-", n.lower()).strip("-") for n in names)


def is_region(key: str) -> bool:
    return key in _regions()


#: A capitalised word inside a sentence (not its first word): a name, unless a slot of the claim holds it.
_CAPITALISED = re.compile(r"(?<=[\s(«\"'])(?P<w>[A-ZА-ЯЁ][a-zа-яё]{2,})(?![\w-])")


#: A span in quotes: a title («Царь Фёдор Иоаннович», “The Magic Flute”).
_QUOTED = re.compile(r"«[^»]{1,120}»|“[^”]{1,120}”|„[^“”]{1,120}[“”]|\"[^\"]{1,120}\"")


def _demonym(word: str) -> bool:
    from crosscheck.lang.gazetteer import demonym_country
    from crosscheck.relate.demonym_nouns import demonym_noun_country

    return bool(demonym_country(word) or demonym_noun_country(word))


def unread_name(text: str, slots: list[Slot], other: str) -> bool:
    """The text carries a capitalised word inside the sentence that none of its slots holds, that
    looks like a name (``name_like``: in Russian, a name the dictionary knows or a word it does not)
    and that the ``other`` text does not carry either: a name the frame missed ("painted by Leonardo
    da Vinci"), so a person the other side adds may be a different one in its role."""
    from crosscheck.lang.translit import skeleton

    held = " ".join(s.text for s in slots if isinstance(s.text, str))
    first = re.match(r"\W*\w+", text)
    quoted = [q.span() for q in _QUOTED.finditer(text)]
    for m in _CAPITALISED.finditer(text):
        word = m.group("w")
        if (first and m.start() < first.end()) or word in held:
            continue
        if any(q0 < m.start() < q1 for q0, q1 in quoted):
            continue  # a title in quotes («Царь Фёдор Иоаннович», “Swan Lake”) names a work, not a person
        if _demonym(word):
            continue  # a people's adjective ("the Russian and Prussian armies") names no person (round as)
        key = skeleton(word)
        if len(key) >= 3 and name_like(Slot("entity", word, None, "person"), text) and not named_in(key, other) and not any(
                edit_distance(key, skeleton(w)) <= 1 for w in re.findall(r"[A-ZА-ЯЁ][\w’'-]{2,}", other)):  # Rogers / Роджерс
            return True
    return False


def align_persons(a, b):
    """The event view ``b`` with each person key that is one name with exactly one of ``a``'s in another spelling ("sbk"
    Seebeck / "zbk" Зеебек: ``keys_close``) written as ``a``'s key, so that the two views share the person (round ab)."""
    import dataclasses

    renamed = {}
    for k in b.persons - a.persons:
        close = [x for x in a.persons - b.persons if keys_close(x, k)]
        if len(close) == 1:
            renamed[k] = close[0]
    if not renamed:
        return b
    return dataclasses.replace(b, persons=frozenset(renamed.get(k, k) for k in b.persons),
                               participants=frozenset(renamed.get(k, k) for k in b.participants))


_ACRONYM = re.compile(r"(?=(?:\w*[A-ZА-ЯЁ]){2})[A-Za-zА-Яа-яЁё]{3,6}")
_ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "de", "du", "des", "la", "le", "di", "del", "и"})


def acronym_of(short: str, long: str) -> bool:
    """``short`` is one word of three to six letters, two or more of them capitals, that spells the initials of the words
    of ``long`` (round cq): "MoMA" of "the Museum of Modern Art", «МГУ» of «Московский государственный университет» (every
    word's initial, or only those of the words other than "of", "and", "the"). A Cyrillic short name meets a Latin long one
    only when it writes small letters too, as a transliterated Latin acronym does («МоМА»): «ЕСА» spells Russian words."""
    short = short.strip()
    if not _ACRONYM.fullmatch(short):
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", long) if w.lower() != "the"]
    if len(words) < 3:
        return False
    cyr_short, cyr_long = bool(re.search("[а-яё]", short, re.I)), bool(re.search("[а-яё]", long, re.I))
    if cyr_short and not cyr_long and not any(c.islower() for c in short):
        return False
    if cyr_long and not cyr_short:
        return False
    letters = translit(short.lower()) if cyr_short and not cyr_long else short.lower()
    return letters in ("".join(w[0] for w in words).lower(), "".join(w[0] for w in words if w.lower() not in _ACRONYM_SKIP).lower())
