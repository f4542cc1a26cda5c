"""Administrative divisions named by a head word: "Sakhalin Oblast", "the Tver Region", «Тверской области», «Пермский
край» (``lang/division_heads.tsv``, round ap), and waters named so («Куйбышевское водохранилище», «Ладожское озеро»:
``lang/landform_heads.tsv``, round av).  The English name puts the place's name before the head, the Russian one
an adjective made from it; both are keyed ``div:`` and the consonant skeleton of the name's stem, what the two scripts
share («Тверская» -> «твер», "Tver" -> "tvr"; «Свердловская» and "Sverdlovsk" both lose their "-sk")."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["division_key", "division_stem", "divisions_close", "PREFIXES"]

#: The endings a stem sheds: a Russian adjective's («-ский», «-ская», «-цкий») and the "-sk" of names and adjectives the
#: English transliterates ("Sverdlovsk", "Primorsky", "Krasnoyarskiy").
_RU_ADJ = re.compile(r"(?:ск|цк|к)?(?:ий|ой|ый|ая|ое|ие)$")
_EN_TAIL = re.compile(r"(?:sk(?:iy|ii|y|aya|oye|aja|i)?|skiy)$")
#: The prefixes of keys by a name's stem: a division, a water, a landform (round av).
PREFIXES = ("div:", "wat:", "lnd:")
#: Marks the stem of an English water named "X of Y" ("wat:_bsk", round bv): against a Russian adjective made irregularly
#: («Неаполитанский») only the first consonant is compared.
_OF = "_"


@lru_cache(maxsize=1)
def _heads() -> dict[str, dict[str, str]]:
    """lang -> head word -> the key's prefix: ``div`` for a division, ``wat`` for a water, ``lnd`` for a landform (round
    av: «Рыбинское водохранилище», «Среднесибирское плоскогорье»)."""
    from crosscheck.lang.resources import tsv

    out: dict[str, dict[str, str]] = {"en": {}, "ru": {}}
    for row in tsv("division_heads.tsv"):
        out[row["lang"]][row["word"]] = "div"
    for row in tsv("landform_heads.tsv"):
        out[row["lang"]][row["word"]] = row["kind"]
    return out


def division_stem(name: str) -> str:
    """The consonant skeleton of a division's name without its adjective or "-sk" ending ("Sverdlovsk" / «Свердловской»
    -> "svrdlv", "Kamchatka" -> "kmktk", «Камчатского» -> "kmkt")."""
    from crosscheck.frame.names import lemma_ru
    from crosscheck.lang.translit import is_cyrillic, skeleton

    word = name.strip().lower().replace("ё", "е")
    if is_cyrillic(word):
        whole = re.sub(r"(?:ий|ой|ый|ая|ое|ие)$", "", lemma_ru(word, "ADJF").lower().replace("ё", "е"))
        stem = _RU_ADJ.sub("", lemma_ru(word, "ADJF").lower().replace("ё", "е")).rstrip("ь")
    else:
        whole, stem = word, _EN_TAIL.sub("", word)
    # a name that is little more than its "-sk" keeps it: "Omsk" / «Омская» -> "msk", not "m" (round aq)
    return skeleton(stem) if len(skeleton(stem)) >= 2 else skeleton(whole)


def division_key(span: str, lang: str) -> str | None:
    """``div:<stem>`` for a division named by one word and a head ("Sakhalin Oblast", «Камчатского края»), ``wat:<stem>``
    or ``lnd:<stem>`` for a water or a landform so named («Рыбинского водохранилища»: round av), else None."""
    words = span.split()
    if len(words) != 2:
        return None
    name, head = (words[0], words[1])
    if lang == "ru":
        from crosscheck.frame.names import lemma_ru

        prefix = _heads()["ru"].get(lemma_ru(head).lower())
        if prefix is None or not re.search(r"(?:ск|цк)(?:ий|ой|ая|ое|ого|ой|ому|им|ом|ую|ие|их)$", name.lower()):
            return None
    else:
        prefix = _heads()["en"].get(head.lower())
        if prefix is None or not name[:1].isupper():
            return None
    stem = division_stem(name)
    return f"{prefix}:{stem}" if len(stem) >= 2 else None


def divisions_close(a: str, b: str) -> bool:
    """Do two keys, one of them a division's, name one place?  Two divisions when their stems are equal or one is the
    other and one more consonant ("kmktk" Kamchatka / "kmkt" «Камчатский»); a division and a place that is not one
    when the place's name is the division's (the city of Kursk lies in «Курской области»)."""
    if a[:4] in PREFIXES and b[:4] in PREFIXES and a[:4] != b[:4]:
        return False  # a division is no water («Куршский залив» / "the Kaliningrad region", round av)

    def stem(key: str) -> str:
        if key[:4] in PREFIXES:
            return key[4:].lstrip(_OF)
        from crosscheck.lang.translit import skeleton

        whole = key.replace("-", "")
        short = skeleton(_EN_TAIL.sub("", whole))
        return short if len(short) >= 2 else skeleton(whole)

    def forms(key: str) -> set[str]:
        # a Russian adjective softens the stem's last г to ж («Ладога» -> «Ладожское», «Онежское», «Волжский»: round av);
        # «Воронежская» keeps its own ж
        s = stem(key)
        return {s, s[:-1] + "g"} if key[:4] in PREFIXES and s.endswith("j") else {s}

    def close(x: str, y: str) -> bool:
        if min(len(x), len(y)) < 2:
            return False
        short, long_ = sorted((x, y), key=len)
        return long_ == short or (len(long_) == len(short) + 1 and long_.startswith(short))

    if a[:4] == b[:4] == "wat:" and _OF in (a[4:5], b[4:5]) and stem(a)[:1] == stem(b)[:1] != "":
        # an English "X of Y" against an adjective made irregularly: "the Gulf of Naples" / «Неаполитанский залив», "the
        # Strait of Tartary" / «Татарский пролив» (round bv): names that open alike are not told apart by their skeletons
        return True
    return any(close(x, y) for x in forms(a) for y in forms(b))


@lru_cache(maxsize=1)
def _world_regions() -> frozenset[str]:
    from crosscheck.lang.resources import tsv

    return frozenset(r["key"] for r in tsv("gazetteer/regions.tsv"))


@lru_cache(maxsize=1)
def _en_rx() -> re.Pattern:
    heads = "|".join(sorted(_heads()["en"], key=len, reverse=True))
    return re.compile(rf"(?<![\w’'.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+((?i:{heads}))(?![\w-])")


def en_divisions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each division an English text names by one capitalised word and a head: "Sakhalin Oblast",
    "the Kursk region", "Sichuan Province".  A word after another capitalised one is part of a longer name ("the Middle
    East region"); a country, a world region or a people before a lower-case head is no division ("the Baltic region",
    "the Arctic region", "the Asia region")."""
    from crosscheck.lang.gazetteer import demonym_country, is_country, lookup

    out = []
    for m in _en_rx().finditer(text):
        before = text[:m.start()].rstrip()
        if re.search(r"(?:^|\s)[A-Z][\w’'-]*$", before) and not re.search(r"(?:^|\s)(?:The|In|At|On|From|Of)$|[’']s$", before):
            continue
        name, head = m.group(1), m.group(2)
        if head.islower():
            hit = lookup(name)
            if demonym_country(name) or (hit and (is_country(hit[1]) or hit[0] != "place" or hit[1] in _world_regions())) or (
                    name.endswith(("ic", "ian", "ean", "ern"))):
                continue
        key = division_key(f"{name} {head.capitalize()}", "en")
        if key:
            out.append((m.start(), m.end(), key))
    for m in _water_of().finditer(text):  # round bv: "the Bay of Biscay" / «Бискайский залив», a water no gazetteer holds
        stem = division_stem(m.group(2))
        if lookup(m.group(0)) is None and lookup(m.group(2)) is None and len(stem) >= 2:  # not "the Gulf of Riga"
            out.append((m.start(), m.end(), f"wat:{_OF}{stem}"))
    return out


@lru_cache(maxsize=1)
def _water_of() -> re.Pattern:
    """A water named by its head and "of" before one capitalised word ("the Bay of Biscay", "the Gulf of Bothnia",
    ``lang/en/water_heads.tsv``): the Russian names it by an adjective and the head («Бискайский залив»)."""
    from crosscheck.lang.resources import split, tsv

    heads = "|".join(w for r in tsv("en/water_heads.tsv") for w in split(r["word"]))
    return re.compile(rf"(?<![\w-])({heads})\s+of\s+([A-Z][a-z]+)(?![\w-])")
