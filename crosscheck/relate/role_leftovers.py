"""Which names besides a role's argument are no second statement (issue 10, read by ``role_clash.py``).

A role clash needs every other name to pair across the two sides. Some names a side carries alone are not another
statement: a work's title told on each side (one title translated), the field of a prize ("the Nobel Prize in Physics",
compared by the slots), the work the argument's words come from («на текст из «Фауста» Гёте») and the source writer's work
quoted after him («по пьесе Ипполита Шпажинского «Чародейка»»). A descriptor before the argument ("the Spartan regent
Pausanias") is no argument either. Round ck (``added_detail``): a name in another clause than the argument's, across a
semicolon ("…; the album includes Goodbye Pork Pie Hat"), a place set as the scope after a point of the compass ("in
north-eastern China") or after "in" right after a name both sides state ("at Albuera in Extremadura"), whose force it is
("Boer forces", "an Allied army"), and for a river's mouth its source ("rising in the Lozère") and the spot where it joins
("joins the Oder at Kostrzyn").
"""

from __future__ import annotations

import re

from crosscheck.relate.appositive import region_of
from crosscheck.relate.role_names import Name

__all__ = ["is_work", "in_prize", "source_work", "people_word", "other_clause", "compass_scope", "spot_of", "force_word", "added_detail",
           "told_lower"]


def is_work(text: str, n: Name) -> bool:
    """A work's title, quoted or after a noun of a work ("Chekhov's story Ward No. 6" / «Палата № 6»): one title on each side
    is the work's name translated, not another statement (round av)."""
    from crosscheck.frame.works import after_work_noun

    return n.kind == "title" or after_work_noun(text, n.start)


def in_prize(text: str, n: Name) -> bool:
    """The field of a prize ("the Nobel Prize in Physics"): the slots compare it (``prize_fields.py``), it is no other name
    (round av)."""
    from crosscheck.relate.prize_fields import prize_fields

    return any(s <= n.start and n.end <= e for _, _, _, (s, e) in prize_fields(text))


def source_work(text: str, n: Name, arg: Name, concept: str = "") -> bool:
    """Round bk: the work the argument's words are taken from, right before it («на текст из «Фауста» Гёте»); round cj: the
    source writer's work quoted right after him («по повести Валентина Катаева «Я, сын трудового народа…»»)."""
    if concept == "source" and n.kind == "title" and n.start >= arg.end and re.fullmatch(r"\s*[«\"“„]", text[arg.end:n.start]):
        return True
    return n.end <= arg.start and bool(re.fullmatch(r"(?:[^«»\"“”„.;]{0,40}[»\"”])?\s*", text[n.end:arg.start])) and bool(
        re.search(r"(?:\bиз|\bfrom)\s+[«\"“„]?$", text[:n.start], re.I))


def people_word(text: str, n: Name) -> bool:
    """One capitalised word with a people's adjective ending before a noun of office or calling and a name: "the Spartan
    regent Pausanias", "the Theban general Epaminondas" (a descriptor of the argument, which the gazetteer's demonyms miss:
    round cj; ``lang/en/descriptor_nouns.tsv``; not "Stefan near Belgrade")."""
    from crosscheck.lang.resources import words

    m = re.match(r"\s+(?:(?-i:[a-z]+)\s+)?((?-i:[a-z]+))\s+(?-i:[A-Z])", text[n.end:])
    return (n.kind == "name" and " " not in n.text and bool(re.search(r"(?:an|ese|ish|ic)$", n.text)) and m is not None
            and m.group(1) in words("en/descriptor_nouns.tsv"))


def other_clause(text: str, n: Name, arg: Name) -> bool:
    """A semicolon stands between the argument and the name: the name is in another statement of the sentence ("Mingus
    recorded the album for Columbia; it includes Goodbye Pork Pie Hat"), which the role's statement does not hold (round
    ck)."""
    return ";" in text[min(n.end, arg.end):max(n.start, arg.start)]


def compass_scope(text: str, n: Name, lang: str, kinds: tuple[str, ...] = ("compass",)) -> bool:
    """A place after a point of the compass ("in north-eastern China", «на северо-востоке Китая»), or with kind ``source``
    after a river's source ("rising in the Lozère", «берёт начало в Белоруссии»; ``lang/{en,ru}/scope_phrases.tsv``): where
    the thing lies or begins, no other statement (round ck)."""
    from crosscheck.lang.resources import tsv

    before = text[max(0, n.start - 60):n.start]
    return n.kind in ("place", "name") and any(
        re.search(r["pattern"], before, re.I) for r in tsv(f"{lang}/scope_phrases.tsv") if r["kind"] in kinds)


def spot_of(text: str, n: Name, arg: Name, lang: str) -> bool:
    """A place right after the argument that says where on it the thing is ("joins the Oder at Kostrzyn", «впадает в Дунай
    у города Олтеница»: ``lang/{en,ru}/scope_phrases.tsv``, kind spot): part of the argument's statement (round ck)."""
    from crosscheck.lang.resources import tsv

    return n.kind in ("place", "name") and n.start >= arg.end and any(
        re.fullmatch(r["pattern"], text[arg.end:n.start], re.I) for r in tsv(f"{lang}/scope_phrases.tsv") if r["kind"] == "spot")


def force_word(text: str, n: Name) -> bool:
    """One capitalised word before a noun of a force ("Boer forces", "an Allied army", ``lang/en/force_nouns.tsv``): whose
    force it is, a descriptor, not a second name (round ck)."""
    from crosscheck.lang.resources import words

    m = re.match(r"\s+((?-i:[a-z]+))\b", text[n.end:])
    return " " not in n.text.strip() and m is not None and m.group(1) in words("en/force_nouns.tsv")


def country_of_person(text: str, n: Name) -> bool:
    """A country in the possessive right before a capitalised name ("Croatia's Ivo Karlović", "Norway's Kjetil Jansrud"):
    whose the person is, a descriptor as a people's adjective is («хорватский гигант Иво Карлович»), not a second name
    (round cm)."""
    from crosscheck.lang.gazetteer import is_country

    return (n.kind == "place" and n.canon is not None and re.search(r"['’]s$", n.text) is not None and is_country(n.canon)
            and re.match(r"\s+(?-i:[A-Z])", text[n.end:]) is not None)


def added_detail(text: str, n: Name, arg: Name, lang: str, anchors: list[Name], concept: str) -> bool:
    """A name one side adds as a detail of the role's statement, not as a second statement (round ck): in another clause
    than the argument's, across a semicolon; after a point of the compass; before a force's noun; after "in" right after the
    argument or a name both sides state ("at Albuera in Extremadura"); a country whose the person is ("Croatia's Ivo
    Karlović"); a people's adjective before the noun of a calling or a firm ("the Californian toy company": round co); and for the water a river flows into, after the
    river's source or right after the argument where it joins ("rising in the Lozère", "joins the Oder at Kostrzyn")."""
    river = concept == "mouth"
    return (other_clause(text, n, arg) or compass_scope(text, n, lang, ("compass", "source") if river else ("compass",))
            or (river and spot_of(text, n, arg, lang)) or (lang == "en" and (force_word(text, n) or country_of_person(text, n) or people_word(text, n)))
            or region_of(text, anchors, n, r"\s+in\s+", None))


def told_lower(n: Name, other: str) -> bool:
    """A people or a party named in the plural, capitalised in English and in lower case in Russian ("the Jacobites" /
    «якобиты», "the Huguenots" / «гугеноты»): the other side names it too, no name left over (round co)."""
    from crosscheck.lang.translit import skeleton, skeleton_variants

    if not re.fullmatch(r"[A-Z][a-z]{3,}s", n.text):
        return False
    keys = {k for k in skeleton_variants(n.text[:-1]) | skeleton_variants(n.text) if len(k) >= 3}
    return any(k in keys for w in re.findall(r"(?<![\w-])[а-яё]{5,}", other) for k in (skeleton(w), skeleton(w[:-1])))
