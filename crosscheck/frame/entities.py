"""Named entities (person, org, place) with cross-script keys, titles split from names.

The work is split by concern: ``entities_en`` (the English capitalisation tagger),
``entities_ru`` (natasha NER + pymorphy3 lemmas), ``orgs`` (organisation keys and
owners), ``context`` (what the document named so far), ``names`` (keys), with the word
lists and gazetteer as data under ``crosscheck/lang/``.  This module is the entry point.

Every entity carries ``role`` for persons (the title phrase, e.g. "NATO Supreme Allied
Commander") and for organisations/places nothing.  Person keys are surname skeletons.
"""

from __future__ import annotations

import functools
import re

from crosscheck.frame import names as N
from crosscheck.frame.context import DocContext, Person
from crosscheck.frame.entities_en import W, en_entities
from crosscheck.frame.entities_ru import ru_entities
from crosscheck.frame.orgs import affiliations, org_key_from_text
from crosscheck.frame.works import drop_works
from crosscheck.model import Entity

__all__ = ["extract_entities", "DocContext", "Person", "affiliations", "org_key_from_text"]


@functools.lru_cache(maxsize=1)
def _role_patterns() -> tuple[re.Pattern, re.Pattern]:
    titles = re.compile(r"\b(" + "|".join(sorted(W.titles)) + r")\b", re.I)
    before = re.compile(r"((?:[A-Z][\w.’'-]*\s+)?(?:[a-z-]+\s+){0,2}(?:" + W.low_titles + r"))\s+$")
    return titles, before


def _en_roles(text: str, ents: list[Entity]) -> list[Entity]:
    """English role phrases: an apposition after the name ("Valery Smith, the chief of
    Russia's general staff") or lower-case titles before it ("NATO chief Jens Stoltenberg")."""
    titles, before = _role_patterns()
    out = []
    for e in ents:
        if e.type == "person":
            role = e.role
            after = re.match(r"\s*,\s*((?:the\s+)?[a-z][^,.;]{2,80}?)(?:,|\.|$| and )", text[e.end :])
            if not role and after and titles.search(after.group(1)):
                role = after.group(1)
            if not role and e.start:
                m = before.search(text[max(0, e.start - 60) : e.start])
                role = m.group(1) if m else None
            e = Entity(e.text, e.type, e.key, e.start, e.end, role)
        out.append(e)
    return sorted(out, key=lambda e: e.start or 0)


_CAP_WORD = re.compile(r"(?<![\w’'-])([A-Z][a-z’'-]{2,}[a-z])(?![\w’'-])")
_COORD_LEFT = re.compile(r"\s+(?:and|or|&)\s+$")
_COORD_RIGHT = re.compile(r"^\s+(?:and|or|&)\s+")


def _coordinated_persons(text: str, ents: list[Entity]) -> list[Entity]:
    """An unknown capitalised word joined by "and" to a person is a person too:
    "between Stoltenberg and Kuleba", "Tokayev and Mirziyoyev met"."""
    persons = [e for e in ents if e.type == "person" and e.start is not None]
    if not persons:
        return ents
    covered = [(e.start, e.end) for e in ents if e.start is not None]
    out = list(ents)
    for m in _CAP_WORD.finditer(text):
        a, b, word = m.start(), m.end(), m.group(1)
        if any(x <= a < y for x, y in covered) or word.lower() in W.stop or word.lower() in W.titles:
            continue
        if N.lookup(word) or N.demonym_country(word):
            continue
        left = _COORD_LEFT.search(text[max(0, a - 8) : a])
        right = _COORD_RIGHT.match(text[b : b + 8])
        joined = (left and any(p.end == a - len(left.group(0)) for p in persons)) or (
            right and any(p.start == b + len(right.group(0)) for p in persons))
        if joined:
            out.append(Entity(word, "person", N.person_key(word), a, b))
    return sorted(out, key=lambda e: e.start or 0)


def extract_entities(text: str, lang: str, known: DocContext | None = None) -> list[Entity]:
    """Entities of one sentence, in text order; ``known`` is the document context."""
    if lang == "ru" or (lang not in ("en",) and N.is_cyrillic(text)):
        ents = ru_entities(text)
    else:
        ents = _coordinated_persons(text, _en_roles(text, en_entities(text, known)))
    ents = drop_works(text, ents)
    seen = set()
    out = []
    for e in ents:  # identical spans once
        k = (e.start, e.end, e.key)
        if k not in seen:
            seen.add(k)
            out.append(e)
    return out


def __getattr__(name: str):
    """``MEDIA_KEYS`` (older callers): now the gazetteer's media keys."""
    if name == "MEDIA_KEYS":
        from crosscheck.lang.gazetteer import media_keys

        return media_keys()
    raise AttributeError(name)
