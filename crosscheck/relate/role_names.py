"""Names as the role clash reads them (``role_clash.py``): capitalised runs with name connectors ("Leonardo da Vinci",
"Peter the Great"), a Russian adjective with its head noun («Мариинском театре»: ``ru/venue_heads.tsv``), celestial
bodies and gazetteer names, each with cross-script word keys; ``same_name`` tells whether two names name one entity (a
gazetteer or celestial key; else the skeleton or a plainer fold of two of their words; two full names by surname)."""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from crosscheck.frame.names import PLACE_ADJECTIVE_RU, family_epithets, surname_in_case_of
from crosscheck.relate.celestial import celestial_key
from crosscheck.relate.fused_names import fused_alike
from crosscheck.relate.name_keys import acronym_of, without_possessive
from crosscheck.relate.surname_sound import short_alike

__all__ = ["Name", "read_names", "same_name", "word_alike", "display", "celestial_key"]

#: A capital Latin letter, with the diacritics of European names ("Šárka", "Édouard", "Łódź", "Øresund": round au).
_LATIN_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
_UPPER = {"en": rf"[{_LATIN_UPPER}][\w'’.-]*", "ru": rf"(?:[А-ЯЁ][\w'’-]*|[{_LATIN_UPPER}][\w'’.-]*)"}
_ADJ_RU = r"(?:ий|ый|ой|ая|яя|ое|ее|ого|его|ому|ему|ом|ем|ей|ую|юю|ых|их|ые|ие)"
_QUOTES = re.compile(r"«[^»]{1,80}»|\"[^\"]{1,80}\"|“[^”]{1,80}”|„[^“”]{1,80}[“”]")
_LEAD = re.compile(r"^(?:The|A|An)\s+")
_ROMAN = re.compile(r"[IVXLCDM]+")


@dataclass(frozen=True)
class Name:
    text: str
    start: int
    end: int
    keys: frozenset[str]  # "skeleton|fold" of each of its words
    canon: str | None  # a gazetteer or celestial key
    kind: str  # celestial, place, venue, title, name
    strong: bool  # a name in its own right (not a capitalised first word of the sentence)
    last: str = ""  # the key of its last word when it is a person's full name (the surname), else ""


@functools.lru_cache(maxsize=1)
def _heads() -> tuple[re.Pattern, frozenset[str]]:
    from crosscheck.lang.resources import split, tsv

    rows = tsv("ru/venue_heads.tsv")
    stems = "|".join(r["stem"] for r in rows)
    en = frozenset(w.lower() for r in rows for w in split(r["en"]))
    return re.compile(rf"\b([А-ЯЁ][а-яё]+{_ADJ_RU})\s+((?:{stems})[а-яё]{{0,3}})\b"), en


# --- reading names -----------------------------------------------------------------------------------


def _lemma(word: str) -> str:
    from crosscheck.frame.names import lemma_ru

    return lemma_ru(word) if re.search("[а-яё]", word, re.I) else word


def _word_key(word: str, venue: bool) -> str:
    """"skeleton|fold" of one word of a name: the project's consonant skeleton, and a plainer fold of the spelling that keeps
    a soft c apart from k (Sicily / Сицилия: the skeleton reads "skl" / "szl", the fold "sl" / "sl")."""
    from crosscheck.lang.translit import skeleton

    w = _lemma(word).lower().replace("ё", "е")
    if venue:  # Mariinsky / Мариинский, Tretyakov / Третьяковская, Russian / Русский: the stem of the adjective
        w = re.sub(r"(?<=\w{3})(?:ск|цк|sk|ck)?(?:ий|ый|ой|ая|ое|ее|яя|ого|ом|ей|ую|ian|iy|ii|yi|y|i)?$", "", w) or w
    sk = skeleton(w)
    return f"{sk}|{_fold(w)}" if sk else ""


def _more_keys(words: list[str], lang: str) -> frozenset[str]:
    """More keys of a name's words, for matching only (round aa): each part of a hyphenated word ("Вундед-Ни" /
    "Wounded Knee", «Баден-Баден», "Rolls-Royce" / «Роллс-Ройс») and the stem of a Russian adjective made from a
    place name («Нюрнбергские» законы / the "Nuremberg" Laws, «Полтавская» битва / the Battle of "Poltava")."""
    out = set()
    for w in words:
        if re.search(r"\w['’]s$", w) and (k := _word_key(w[:-2], False)):
            out.add(k)  # "Chekhov's" / «Чехова» (round av); "Joyce's" keeps its own key too
        if "-" in w.strip("-"):
            out.update(k for part in w.split("-") if (k := _word_key(part, False)) and len(k.partition("|")[0]) >= 3)
        for stem in ((m := PLACE_ADJECTIVE_RU.fullmatch(w)) and lang == "ru" and len(m.group(1)) >= 4
                     and {m.group(1), re.sub(r"(?<=\w{3})[ое]в$", "", m.group(1))} or ()):  # «Нобелевская» премия, round bi
            out.update(k for k in (_word_key(stem, False),) if len(k.partition("|")[0]) >= 3)
        out.update(_rendered_keys(w))
    return frozenset(out)


@functools.lru_cache(maxsize=16384)  # same_name asks for a surname's keys at every comparison
def _rendered_keys(word: str) -> frozenset[str]:
    """Keys of a Latin-script word read as Russian renders it (``translit.rendered_spellings``: Whistler = Уистлер, Knight
    = Найт, Heine = Гейне; round ad): the frame's name keys read them so, and the role names do too."""
    from crosscheck.lang.translit import rendered_spellings

    if len(word) < 3:
        return frozenset()
    return frozenset(k for w in rendered_spellings(word) if (k := _word_key(w, False)) and len(k.partition("|")[0]) >= 2)


def _fold(word: str) -> str:
    from crosscheck.lang.translit import fold_latin, is_cyrillic, translit

    w = translit(word) if is_cyrillic(word) else fold_latin(word)
    w = re.sub(r"[^a-z]", "", w.lower())
    w = re.sub(r"c(?=[eiy])", "s", w)
    for a, b in (("sch", "sh"), ("ck", "k"), ("ts", "s"), ("tz", "s"), ("ph", "f"), ("th", "t"), ("kh", "h"), ("w", "v"), ("x", "ks"),
                 ("q", "k"), ("z", "s"), ("c", "k"), ("j", "y")):
        w = w.replace(a, b)
    if not w:
        return ""
    out = w[0] if w[0] not in "aeiouy" else "a"
    for ch in w[1:]:
        if ch not in "aeiouy" and ch != out[-1]:
            out += ch
    return out


def _canon(text: str) -> str | None:
    from crosscheck.lang.gazetteer import lookup

    low = text.lower().replace("ё", "е")
    lem = " ".join(_lemma(w) for w in text.split()).lower().replace("ё", "е")
    hit = lookup(text) or (lookup(lem) if lem != low else None)
    sky = celestial_key(text)
    if sky and not (hit and re.search("[а-яё]", text, re.I)):
        # «Европа» names the continent before Jupiter's moon (English keeps them apart: Europe / Europa; round as)
        return "sky:" + sky
    return hit[1] if hit else None


def _first_word_strong(word: str, lang: str) -> bool:
    """A capitalised first word of the sentence that is a name in its own right (the dictionary names it, or does not know it)."""
    if lang != "ru" or not re.search("[а-яё]", word, re.I):
        return False
    from crosscheck.frame._lazy import parse_ru

    parses = parse_ru(word)[:1]  # the likeliest reading: «Гора» is a noun, not the genitive of «Гор»
    return not parses or any({"Name", "Surn", "Geox", "Orgn"} & set(str(p.tag).replace(" ", ",").split(",")) for p in parses)


@functools.lru_cache(maxsize=None)
def _particles(lang: str, run: bool = False) -> str:
    """The lower-case particles inside one name (``lang/{en,ru}/name_particles.tsv``) as a regex alternation; in a run "the"
    joins only before a ruler's epithet or after "of" ("Peter the Great", "Battle of the Saintes"; not "… the Soviet": co)."""
    from crosscheck.lang.resources import tsv, words
    forms = sorted((re.escape(w) for w in words(f"{lang}/name_particles.tsv")), key=lambda w: (-len(w), w))
    epithets = "|".join(r["form"] for r in tsv("ruler_epithets.tsv") if r["lang"] == lang)
    return "|".join(rf"the(?=\s+(?:{epithets})(?![\w-]))|(?<=\bof\s)the" if run and f == "the" and epithets else f for f in forms)


def read_names(text: str, lang: str) -> list[Name]:
    """The names a claim carries, in order (see the module docstring)."""
    return list(_read_names(text, "ru" if lang == "ru" else "en"))


@functools.lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    from crosscheck.lang.resources import words as lexicon  # a function word opening a sentence, never a name's

    return frozenset(lexicon("en/sentence_openers.tsv"))


@functools.lru_cache(maxsize=16384)  # once per text: a claim meets its names in every candidate pair (role clash, statement)
def _read_names(text: str, lang: str) -> tuple[Name, ...]:
    rx_heads, en_heads = _heads()
    quoted = [(m.start(), m.end()) for m in _QUOTES.finditer(text)]
    first = re.match(r"[\s«\"“„'(]*", text).end()
    names: list[Name] = []
    taken: list[tuple[int, int]] = []
    if lang == "ru":
        for m in rx_heads.finditer(text):
            keys = frozenset({_word_key(m.group(1), True)})
            names.append(_name(m.group(0), m.start(), m.end(), keys, "venue", first, quoted))
            taken.append((m.start(), m.end()))
    run = rf"{_UPPER[lang]}(?:\s+(?:(?:{_particles(lang, True)})\s+)*{_UPPER[lang]})*"
    for s, e, t in _runs(run, text, lang):
        if any(s < te and ts < e for ts, te in taken):
            continue
        lead = _LEAD.match(t)
        if lead and e - s > lead.end():
            s, t = s + lead.end(), t[lead.end():]
            first_word = False
        else:
            first_word = s == first
            head = re.match(r"\S+\s+", t)
            if first_word and head and lang == "ru" and not _first_word_strong(t.split()[0], lang):
                s, t, first_word = s + head.end(), t[head.end():], False  # «Столица Канады»: a common noun opening the sentence
            elif first_word and head and lang == "en" and t.split()[0].lower() in _openers():
                s, t, first_word = s + head.end(), t[head.end():], False  # "In Thomas Mann's": a function word opening it (round bz)
        if t.endswith(".") and not re.search(r"(?<![’'])\b\w\.$", t):
            e, t = e - 1, t[:-1]  # the sentence's full stop, not an initial ("J.")
        words = [w for w in t.split() if not re.fullmatch(_particles(lang), w)]
        if lang == "en":  # "Walter Scott's": the surname is "Scott" (round bf: the possessive ends a name)
            words = [without_possessive(w) or w for w in words]
        while len(words) >= 3 and words[-1].lower().replace("ё", "е") in family_epithets(lang):
            words = words[:-1]  # round v: "Lucas Cranach the Elder" / «Лукас Кранах Старший»: the surname is «Кранах»
        if all(_ROMAN.fullmatch(w) for w in words) or (len(words) == 1 and len(t) <= 3 and re.match(r"\.\s*\d", text[e:])):
            continue  # a century or a regnal number ("XVI"), or a label before its number ("Op. 48", "No. 5": round bi)
        if all(_month(w) for w in words):
            continue  # a month ("in November 2022"), a date the slots pair, not a name
        venue = len(words) >= 2 and words[-1].lower() in en_heads
        core = words[:-1] if venue else words
        plain = [w for w in core if not _ROMAN.fullmatch(w)]
        parts = [k for k in (_word_key(w, venue) for w in plain) if k]
        if lang == "ru" and len(plain) >= 2 and not venue and parts and _word_key(plain[-1], False) == parts[-1]:
            parts[-1] = _word_key(surname_in_case_of(plain[0], plain[-1]), False) or parts[-1]  # «Филом Найтом» (round aa)
        if not parts:
            continue
        name = _name(t, s, e, frozenset(parts) | _more_keys(core, lang), "venue" if venue else None, -1 if not first_word else s, quoted,
                     strong_first=len(words) >= 2 or _first_word_strong(t, lang))
        full = len(parts) >= 2 and name.kind == "name" and not _epithet(words, lang) and _personal(words, lang)
        names.append(dataclasses.replace(name, last=parts[-1]) if full else name)
    return tuple(_one_title(text, sorted(names, key=lambda n: n.start), quoted))


def _runs(run: str, text: str, lang: str):
    """The runs of capitalised words, an English run cut after a possessive ("Akira Kurosawa's | Seven Samurai",
    "Croatia's | Iva Majoli": round bf): the owner and the thing owned are two names."""
    heads = _heads()[1]
    for m in re.finditer(run, text):
        s, t = m.start(), m.group(0)
        # not inside a venue's name ("St Peter's Basilica", "Queen's Hall", "King's College Chapel")
        cuts = [c.end() for c in _POSSESSIVE_CUT.finditer(t) if not _venue_possessive(t[:c.start()], t[c.end():], heads)] if lang == "en" else []
        for a, b in zip([0] + cuts, cuts + [len(t)]):
            piece = t[a:b]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                yield s + a + lead, s + a + lead + len(piece), piece


_POSSESSIVE_CUT = re.compile(r"['’]s(?=\s+\S)")
#: Owners that make one name with what they own: a saint's or a sovereign's building or college.
_VENUE_OWNERS = re.compile(r"(?:^|\s)(?:St|St\.|Saint|King|Queen|Lady|Our\s+Lady)(?:\s+\S+)?$")


def _venue_possessive(owner: str, rest: str, heads: frozenset[str]) -> bool:
    """A possessive inside a venue's name: a saint's or a sovereign's ("St Peter's Basilica", "King's College"), or one
    owned word that heads a venue ("Queen's Hall")."""
    words = rest.split()
    return bool(_VENUE_OWNERS.search(owner)) or (len(words) == 1 and words[0].lower() in heads)


def _one_title(text: str, names: list[Name], quoted) -> list[Name]:
    """The capitalised runs inside one quoted title are one name («Броненосец „Потёмкин“», "War and Peace"): a title keys
    by all its words, so one word translated ("Battleship") and one transliterated ("Potemkin") still pair."""
    out: list[Name] = []
    for n in names:
        prev = out[-1] if out else None
        span = next(((qs, qe) for qs, qe in quoted if qs <= n.start and n.end <= qe), None)
        if prev is not None and span and prev.kind == n.kind == "title" and span[0] <= prev.start:
            out[-1] = dataclasses.replace(prev, text=text[prev.start:n.end], end=n.end, keys=prev.keys | n.keys)
            continue
        out.append(n)
    return out


def _month(word: str) -> bool:
    from crosscheck.lang.months import month_number

    return month_number(word, abbreviations=False) is not None


@functools.lru_cache(maxsize=1)
def _nonperson_heads() -> frozenset[str]:
    from crosscheck.lang.resources import split, tsv

    return frozenset(w.lower() for r in tsv("en/nonperson_heads.tsv") for w in split(r["word"])) | _heads()[1]


def _personal(words: list[str], lang: str) -> bool:
    """A person's full name, whose last word is a surname: in Russian one opened by a first name the dictionary knows
    («Александр Попов»; «Гора Кристал» is no person), in English one not ending in a head of places, events or venues."""
    if re.search("[а-яё]", words[0], re.I):
        from crosscheck.frame._lazy import parse_ru

        parses = parse_ru(words[0])[:1]
        return bool(parses) and "Name" in str(parses[0].tag)
    return lang == "en" and words[-1].lower() not in _nonperson_heads()


def _epithet(words: list[str], lang: str) -> bool:
    """A ruler's name with an epithet or number rather than a surname ("Peter the Great", «Пётр Первый», «Екатерина Великая»):
    translated, not transliterated, so its last word says nothing."""
    if lang == "en":
        return "the" in words or bool(_ROMAN.fullmatch(words[-1]))
    if _ROMAN.fullmatch(words[-1]):
        return True
    from crosscheck.frame._lazy import parse_ru

    parses = parse_ru(words[-1])[:1]
    return bool(parses) and str(parses[0].tag).startswith("ADJF")


def _name(text: str, s: int, e: int, keys: frozenset[str], kind: str | None, first: int, quoted, strong_first: bool = False) -> Name:
    canon = _canon(text)
    if any(qs <= s and e <= qe for qs, qe in quoted):
        kind = "title"
    elif kind is None:
        kind = "celestial" if canon and canon.startswith("sky:") else "place" if canon else "name"
    strong = s != first or strong_first or canon is not None
    return Name(text, s, e, keys, canon, kind, strong)




def same_name(x: Name, y: Name) -> bool:
    """Two names of one entity: the same gazetteer or celestial key, else two words with one consonant skeleton."""
    if x.canon and y.canon:
        return x.canon == y.canon
    from crosscheck.relate.exonyms import river_key

    if (rx := river_key(x.text)) is not None and rx == river_key(y.text):
        return True  # one river in two scripts: "the Danube" / «Дунай» (round ck)
    if x.last and y.last:  # two full names: one person only with one surname (Alexander Fleming is no Александр Попов)
        return (_keys_close(x.last, y.last) or any(_keys_close(k, y.last) for k in _last_rendered(x))
                or any(_keys_close(x.last, k) for k in _last_rendered(y)) or _silent_end(x.text, y.text) or fused_alike(x.text, y.text, word_alike))
    return (any(_keys_close(p, q) or (x.kind == y.kind == "venue" and _venue_close(p.partition("|")[0], q.partition("|")[0]))
                for p in x.keys for q in y.keys) or _one_word_of(x, y) or _one_word_of(y, x) or _silent_end(x.text, y.text)
            or short_alike(x.text, y.text) or fused_alike(x.text, y.text, word_alike) or acronym_of(x.text, y.text) or acronym_of(y.text, x.text))


def word_alike(a: str, b: str) -> bool:
    """One word in two scripts: by consonant skeleton, or a French surname with a silent ending ("Dupont" / «Дюпон»)."""
    k, kb = _word_key(a, False), _word_key(b, False)
    return bool(k and kb and len(k.partition("|")[0]) >= 3 and (_keys_close(k, kb) or _silent_end(a, b)))


def _last_rendered(x: Name) -> frozenset[str]:
    """Keys of a Latin surname as Russian renders it ("Whistler" as «Уистлер»: ``_rendered_keys``)."""
    words = re.findall(r"[^\W\d_][\w]*", re.sub(r"['’]s$", "", x.text))
    return _rendered_keys(words[-1]) if words else frozenset()


@functools.lru_cache(maxsize=65536)  # same_name meets each pair of names in every candidate pair of two claims
def _silent_end(x_text: str, y_text: str) -> bool:
    """A Latin surname whose final consonants are silent, as in French names, read as Russian spells it, vowels kept ("Gounod"
    = «Гуно», "Daudet" = «Доде», "Diderot" = «Дидро»; round bc): the consonant skeletons alone cannot tell "Manet" from «Моне»."""
    from crosscheck.lang.translit import fold_latin, is_cyrillic, translit
    from crosscheck.relate.name_keys import edit_distance

    lat, cyr = (x_text, y_text) if is_cyrillic(y_text) and not is_cyrillic(x_text) else (y_text, x_text)
    if is_cyrillic(lat) or not is_cyrillic(cyr):
        return False
    lw, cw = re.findall(r"[^\W\d_]+", without_possessive(lat)), re.findall(r"[^\W\d_]+", cyr)  # not "Massenet's"
    if not lw or not cw or not re.search(r"[tdsxz]$", lw[-1], re.I):
        return False
    french = fold_latin(re.sub(r"[tdsxz]+$", "", lw[-1], flags=re.I))
    for a, b in (("eau", "o"), ("ou", "u"), ("au", "o"), ("ai", "e"), ("ei", "e"), ("oi", "ua"), ("y", "i"), ("ce", "se"), ("ci", "si"), ("c", "k")):
        french = french.replace(a, b)
    french = french.replace("e", "")  # a French mute e (Diderot = «Дидро»)
    for form in {cw[-1], _lemma(cw[-1])}:
        russian = re.sub(r"[^a-z]", "", translit(form).lower().replace("yo", "e")).replace("e", "")
        if russian[:1] == french[:1] and (russian == french or min(len(russian), len(french)) >= 4 and edit_distance(russian, french) <= 1):
            return len(french) >= 3
    return False


def _one_word_of(x: Name, y: Name) -> bool:
    """A name of several short words written as one word in the other script ("Dien Bien Phu" / «Дьенбьенфу», "Ho Chi
    Minh" / «Хошимин»): the same skeleton once the words are joined (round x)."""
    from crosscheck.lang.translit import skeleton

    words = re.findall(r"[^\W\d_]+", x.text)
    if len(words) < 2 or len(re.findall(r"[^\W\d_]+", y.text)) != 1:
        return False
    joined = skeleton("".join(words))
    return len(joined) >= 4 and joined == skeleton(y.text)


def _venue_close(p: str, q: str) -> bool:
    """Sistine / Сикстинская: a venue's adjective spelled with a consonant more (one skeleton inside the other)."""
    return min(len(p), len(q)) >= 3 and (_subsequence(p, q) or _subsequence(q, p))


def _keys_close(p: str, q: str) -> bool:
    """Two word keys ("skeleton|fold") of one word: equal skeletons or folds, or four letters or more one edit apart or one a
    prefix of the other (an adjective's stem: "trtkv" / "trtkvsk")."""
    from crosscheck.relate.name_keys import edit_distance

    def close(x: str, y: str) -> bool:
        return (x == y and len(x) >= 2) or (min(len(x), len(y)) >= 4 and (edit_distance(x, y) <= 1 or x.startswith(y) or y.startswith(x)))

    (ps, _, pf), (qs, _, qf) = p.partition("|"), q.partition("|")
    return close(ps, qs) or close(pf, qf)


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _nominative(word: str) -> bool:
    """A Russian name word as written in the nominative («Зденек», «Париж»), or a German name in -их («Фибих», «Рерих»,
    «Генрих»), which the lemmatiser reads as an adjective's plural and would turn into «Фибий»."""
    from crosscheck.frame._lazy import parse_ru

    return word.endswith("их") or any("nomn" in str(p.tag) and "sing" in str(p.tag) for p in parse_ru(word.lower())[:2])


def display(name: Name) -> str:
    """A Russian name in the nominative for the explanation («Екатериной II» -> «Екатерина II»); venues and titles as written."""
    if name.kind in ("venue", "title") or not re.search("[а-яё]", name.text, re.I):
        return name.text
    from crosscheck.frame.names import lemma_ru

    def one(word: str) -> str:
        if not re.fullmatch(r"[А-ЯЁ][а-яё-]+", word) or _nominative(word):
            return word  # «Зденек Фибих» as written, not lemmatised into «Зденёк Фибий» (round au)
        lem = lemma_ru(word, "Geox" if name.kind == "place" else "Name")
        if not lem or lem[:1].lower() != word[:1].lower():
            return word
        return "-".join(p[:1].upper() + p[1:] if o[:1].isupper() else p for p, o in zip(lem.split("-"), word.split("-")))

    try:
        return " ".join(one(w) for w in name.text.split())
    except Exception:  # the explanation keeps the form as written
        return name.text

