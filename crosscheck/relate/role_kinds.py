"""The kinds of names that can fill one role, and names that only place another (issue 10, ``role_clash.py``).

A role's argument is met only by a name of a kind that can fill it: a person or a firm for a doer, a place, a venue or a
title for a place. A country against a town is a place of another size, never a clash; a Russian name opened by an
adjective with no head noun («Ладожское озеро») keys on the adjective and never stands in one. Round ci: a house where a
work is kept or first given (a museum, a theatre) is a venue, read with its head word ("the Kunsthistorisches Museum")
or after it («в музее Прадо»: ``role_clash._argument``). The town of such a house, or the rest of its name, only places
it ("the Courtauld Gallery in London", "Vienna's Kunsthistorisches Museum", "in Buffalo, New York", «Земельном музее
Вюртемберга»), and two houses that may be one are no clash (``house_unsure``).
"""

from __future__ import annotations

import dataclasses
import functools
import re

from crosscheck.relate.role_names import Name

__all__ = ["adjectival", "firm_before", "house_town", "house_unsure", "housed", "kinds_agree", "nested", "subject_agrees", "HOUSES", "MADE"]

KINDS = {"agent": ({"name"},), "passive": ({"name"},), "genitive": ({"name"},), "place": ({"name", "place"}, {"venue"}, {"celestial"}, {"name", "title"}), "copula": ({"name", "place"}, {"celestial"}, {"venue"})}

#: Roles whose argument is a house (a museum, a theatre): round ci.
HOUSES = frozenset({"kept", "premiere"})


#: Roles whose doer may be a firm's quoted name («построила фирма «Стейнвей»»): a title there meets a name (round ci).
MADE = frozenset({"build", "make", "release"})


def kinds_agree(role: str, x: Name, y: Name, concept: str = "") -> bool:
    if concept in HOUSES and {x.kind, y.kind} == {"name", "venue"}:
        # a Russian house read after its head noun («в мюнхенском музее Шака») meets an English one read without its head
        # ("the Alte Nationalgalerie"); a Russian bare name («в Кольмаре») may be a town, not a house (round ci)
        return bool(re.match(r"[А-ЯЁ]", (x if x.kind == "venue" else y).text))
    if concept in MADE and {x.kind, y.kind} == {"name", "title"}:
        return True
    return any(x.kind in group and y.kind in group for group in KINDS[role])


def adjectival(n: Name) -> bool:
    """A Russian name opened by an adjective with no head noun this module knows («Ладожское озеро», «Каспийское море»): its key
    is the adjective's stem, which need not spell the English name ("Lake Ladoga"), so it never stands in a clash."""
    if n.kind not in ("name", "place") or n.canon or not re.match(r"[А-ЯЁ]", n.text):
        return False
    from crosscheck.frame._lazy import parse_ru

    parses = parse_ru(n.text.split()[0])[:1]
    return bool(parses) and str(parses[0].tag).startswith("ADJF")


def nested(x: Name, y: Name) -> bool:
    """A country or world region against a town: places of different size, never a clash."""
    from crosscheck.lang.gazetteer import is_country
    from crosscheck.relate.name_keys import is_region

    def big(n: Name) -> bool:
        return bool(n.canon) and (is_country(n.canon) or is_region(n.canon))

    return big(x) != big(y)


#: Between a house and its town: its own head word ("the Albright-Knox collection in", "the Carolina Rediviva library of"),
#: then "in", "of" or «в», past one name before it («библиотеке Швеции в Стокгольме») and a town before a comma ("in
#: Buffalo, New York"); or a comma, or nothing (the rest of its name in the genitive: «музее Вюртемберга»).
_TOWN_GAP = (r"(?:\s+(?:{heads}))?(?:\s+(?-i:[A-ZА-ЯЁ])[\w'’.-]*)?\s+(?:in|of|в|во)\s+"
             r"(?:(?-i:[A-ZА-ЯЁ])[\w'’.-]*(?:\s+(?-i:[A-ZА-ЯЁ])[\w'’.-]*){{0,2}}\s*,\s*)?|\s*,\s*|\s+")


@functools.lru_cache(maxsize=1)
def _house_heads() -> tuple[re.Pattern, frozenset[str], re.Pattern, re.Pattern]:
    """The head nouns of houses (``lang/ru/venue_heads.tsv``), read once: a Russian head standing alone («Музее»), their
    English words, the gap from a house to its town, and a Russian head right before a name («в музее «Прадо»»)."""
    from crosscheck.lang.resources import split, tsv

    rows = tsv("ru/venue_heads.tsv")
    stems = "|".join(r["stem"] for r in rows)
    en = frozenset(w.lower() for r in rows for w in split(r["en"]))
    gap = _TOWN_GAP.format(heads="|".join(sorted(en | {"collection", "library"}, key=len, reverse=True)))
    return (re.compile(rf"(?:{stems})[а-яё]{{0,2}}", re.I), en, re.compile(gap, re.I),
            re.compile(rf"(?<![\w-])(?:{stems})[а-яё]{{0,3}}\s+[«\"„“]?$", re.I))


def house_town(text: str, concept: str, arg: Name, n: Name) -> bool:
    """``n`` is the town of the house ``arg`` that keeps a work or gave its premiere, or the rest of its name: a place or
    a name right after it ("the Courtauld Gallery in London", "in Buffalo, New York", «Земельном музее Вюртемберга») or a
    possessive right before it ("Vienna's Kunsthistorisches")."""
    if concept not in HOUSES or n.kind not in ("place", "name", "venue"):
        return False
    if n.end <= arg.start:
        return bool(re.search(r"['’]s$", n.text)) and not text[n.end:arg.start].strip()
    return n.start >= arg.end and bool(_house_heads()[2].fullmatch(text[arg.end:n.start]))


def house_unsure(concept: str, x: Name, y: Name) -> bool:
    """Two houses that keep a work or gave its premiere whose names cannot be told apart as two houses (round ci): a town
    against a house in it ("in Berlin" / «в берлинском Шаушпильхаусе»), a bare head word read as the name («в венском
    Музее истории искусств»), a name of one word the other's name holds or opens with ("Tate Britain" / «галерее Тейт»,
    "the Met" / «Метрополитен-опере»), or a Russian house opened by a common adjective («Временном театре», «Национальной
    библиотеке»: ``lang/ru/house_adjectives.tsv``), the translation of a name no spelling key meets ("the Provisional
    Theatre", "the Bibliothèque nationale")."""
    if concept not in HOUSES:
        return False
    if x.kind != y.kind and "place" in (x.kind, y.kind):
        return True
    if any(n.kind == "name" and " " not in n.text.strip() and _head_word(n.text) for n in (x, y)):
        return True
    if any(" " not in n.text.strip() and (n.keys & m.keys or _opens(n, m)) for n, m in ((x, y), (y, x))):
        return True
    return any(re.match(r"[А-ЯЁ]", n.text) and _house_adjective(n.text.split()[0]) for n in (x, y))


def _opens(n: Name, m: Name) -> bool:
    """The skeleton of the one word ``n`` opens the first word of ``m`` ("Met" / «Метрополитен-опере»)."""
    from crosscheck.lang.translit import skeleton

    short, first = skeleton(n.text), skeleton(re.split(r"[\s-]", m.text.strip())[0])
    return len(short) >= 2 and first.startswith(short)


def _head_word(word: str) -> bool:
    """A head noun of a house standing alone («Музее», "Gallery"): a word of its name, not the name."""
    alone, en, _, _ = _house_heads()
    return bool(alone.fullmatch(word)) or word.lower() in en


def _house_adjective(word: str) -> bool:
    """A common adjective of house names («Временном», «Национальной»: ``lang/ru/house_adjectives.tsv``)."""
    from crosscheck.frame._lazy import parse_ru
    from crosscheck.lang.resources import words

    return any(p.normal_form in words("ru/house_adjectives.tsv", "lemma") for p in parse_ru(word)[:3] if str(p.tag).startswith("ADJF"))


def housed(text: str, arg: Name | None) -> Name | None:
    """``arg``, a venue when a Russian head noun of a house stands right before it («в музее Прадо», «в театре
    «Ла Фениче»»: round ci), so it meets another house, not a town."""
    if arg is None or arg.kind != "name":
        return arg
    return dataclasses.replace(arg, kind="venue") if _house_heads()[3].search(text[:arg.start]) else arg


def firm_before(gap: str) -> bool:
    """The words before a quoted name end with a word for a firm (``lang/ru/maker_heads.tsv``): «фирма «Стейнвей»»."""
    from crosscheck.lang.resources import words

    last = gap.rstrip("«\"„“ ").split()
    return bool(last) and last[-1].lower() in words("ru/maker_heads.tsv")


def subject_agrees(text: str, verb: str, n: Name) -> bool:
    """A past verb's gender («построила»: feminine) allows ``n`` as its subject: a quoted name by the word for a firm before
    it («компания «Форд»»), another by its own first word («Уигмор-холл»: masculine). Unknown genders and a plural verb
    allow it."""
    from crosscheck.frame._lazy import parse_ru

    v = parse_ru(verb.split()[-1])[:1]
    g = v[0].tag.gender if v and "VERB" in str(v[0].tag) else None
    word = (text[:n.start].rstrip("«\"„“ ").split() or [""])[-1] if n.kind == "title" else re.split(r"[\s-]", n.text)[0]
    p = parse_ru(word)[:1] if word else []
    h = p[0].tag.gender if p and "nomn" in str(p[0].tag) else None
    return g is None or h is None or g == h
