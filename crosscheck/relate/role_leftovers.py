"""Which names besides a role's argument are no second statement (issue 10, read by ``role_clash.py``).

A role clash needs every other name to pair across the two sides. Some names a side carries alone are not another
statement: a work's title told on each side (one title translated), the field of a prize ("the Nobel Prize in Physics",
compared by the slots), the work the argument's words come from («на текст из «Фауста» Гёте») and the source writer's work
quoted after him («по пьесе Ипполита Шпажинского «Чародейка»»). A descriptor before the argument ("the Spartan regent
Pausanias") is no argument either.
"""

from __future__ import annotations

import re

from crosscheck.relate.role_names import Name

__all__ = ["is_work", "in_prize", "source_work", "people_word"]


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
