"""Works and products are not persons or places: "the film Casablanca", "Caesar salad",
"роман «Анна Каренина»", "напиток Байкал", "ordered Pad Thai".  The nouns and verbs are
data (``lang/{en,ru}/works.tsv``, ``[consumption]`` in ``cues.toml``)."""

from __future__ import annotations

import functools
import re

from crosscheck.lang.resources import split, toml, tsv
from crosscheck.model import Entity

__all__ = ["drop_works", "title_spans", "after_work_noun"]

#: Russian noun case endings after a stem of ``ru/works.tsv`` ("журнал-е", not "журнал-истам").
_RU_END = r"(?:[аеиоуыюяь]|ом|ем|ой|ей|ам|ям|ами|ями|ах|ях|ов|ев|ью|ью)?"


@functools.lru_cache(maxsize=1)
def _rx() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    en = [w for r in tsv("en/works.tsv") if r["kind"] != "performed" for w in split(r["word"])]
    performed = [w for r in tsv("en/works.tsv") if r["kind"] == "performed" for w in split(r["word"])]
    ru = [w for r in tsv("ru/works.tsv") for w in split(r["stem"])]
    # the nouns are lower case ("the film X"), or capitalised only as the first word of the
    # text ("Фильм «X»"): a capitalised "Марк" or "Wine" is a name
    low = r"(?:\b(?:" + "|".join(en) + r")\b|(?<![\w-])(?:" + "|".join(ru) + r")" + _RU_END + r"(?![\w-]))"
    cap = r"(?:" + "|".join(w[:1].upper() + w[1:] for w in en + ru) + r")(?:" + _RU_END + r"|s)?(?![\w-])"
    before = re.compile(r"(?:" + low + r"|^\s*" + cap + r")\s+(?:[«\"“„']\s*)?$")
    after = re.compile(r"^(?:\s+[A-ZА-ЯЁ][\w-]*){0,2}\s+" + low)
    verbs = [v for lang in ("en", "ru") for v in toml(f"{lang}/cues.toml").get("consumption", {}).get("verbs", [])]
    verb = re.compile(r"(?<![\w-])(?:" + "|".join(verbs) + r")\s+(?:(?:a|an|the|some)\s+)?(?:\w+\s+(?:and|и)\s+)?$", re.I)
    # round ak: a name that "was first performed", "premiered" is a work ("Silent Night was first performed in 1818")
    # ("Maria Callas first performed Tosca" is a singer: the verb must be passive, or "premiered")
    shown = re.compile(r"^\s+(?:(?:was|were)\s+(?:first\s+)?(?:" + "|".join(performed) + r")|premiered)\b")
    return before, after, verb, shown


def drop_works(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` without persons and places that name a work or a product in ``text``."""
    before, after, verb, shown = _rx()
    out = []
    venues = [(o.start, o.end) for o in ents if o.type == "org" and o.start is not None]
    for e in ents:
        if e.type == "place" and e.start is not None and any(x <= e.start and e.end <= y for x, y in venues):
            out.append(e)  # «на сцене Парижской оперы»: the city of a venue named by its adjective, no work (round ba)
            continue
        if e.type in ("person", "place") and not e.coref and e.start is not None:
            left = text[: e.start]
            if before.search(left) or verb.search(left[-60:]) or after.match(text[e.end : e.end + 40]) or (
                    e.type == "person" and shown.match(text[e.end : e.end + 40])):
                continue
        out.append(e)
    return out


_QUOTED = re.compile(r"«[^»]{1,160}»|\"[^\"]{1,160}\"|“[^”]{1,160}”|„[^“”]{1,160}[“”]")


def title_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Round ai: where a quoted title follows a noun of a work («картину «Иван Грозный и сын его Иван 16 ноября 1581
    года»», "the novel "1984"", «роман «Три товарища»»): a date inside it is part of a name, not a date the claim states
    (the frame drops it; a figure stays read, so a title changed in a translation still clashes)."""
    before = _rx()[0]
    return tuple(m.span() for m in _QUOTED.finditer(text)
                 if before.search(_AUTHOR.sub(" ", text[: m.start()])))  # «роман Оруэлла «1984»»: the author's name between


#: One or two capitalised words (an author in the genitive) right before a title: left out when looking for the work's noun.
_AUTHOR = re.compile(r"(?:\s+[A-ZА-ЯЁ][\w'’-]*){1,2}\s*$")


def after_work_noun(text: str, start: int) -> bool:
    """A name starting at ``start`` follows a noun of a work ("Chekhov's story Ward No. 6", «повесть Чехова «Палата № 6»»,
    an author's name between allowed): it is the work's title (round av)."""
    left, before = text[:start], _rx()[0]
    return bool(before.search(left) or before.search(_AUTHOR.sub(" ", left)))
