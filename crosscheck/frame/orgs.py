"""Organisation keys, owners and affiliations.

An organisation phrase gets a gazetteer key ("Verkhovna Rada" -> ``ukraine-parliament``)
or ``<owner>-<head>``: the head from ``lang/gazetteer/org_heads.tsv`` (ministry, general
staff, parliament ...) and the owner a country or an international organisation named
beside it ("Минобороны РФ" -> ``russia-defense-ministry``, "NATO Military Committee" ->
``nato-military-committee``).  News-agency names that are also common words ("Trend",
"Спутник") count as the outlet only in a media context (``media_context``).
"""

from __future__ import annotations

import functools
import re

from crosscheck.frame import names as N
from crosscheck.lang.gazetteer import is_ambiguous, media_keys, minor_town_keys, owner_keys
from crosscheck.lang.resources import split, toml, tsv

__all__ = ["org_key_from_text", "affiliations", "neighbour_country", "org_heads", "head_keys", "media_context",
           "gazetteer_hit", "town_out_of_place", "place_word_before"]


@functools.lru_cache(maxsize=1)
def org_heads() -> tuple[tuple[re.Pattern, str, bool], ...]:
    """(pattern, head key, needs a following name) for every organisation head."""
    return tuple((re.compile(r["pattern"], re.I), r["key"], bool(r["needs_name"])) for r in tsv("gazetteer/org_heads.tsv"))


@functools.lru_cache(maxsize=1)
def head_keys() -> frozenset[str]:
    return frozenset(k for _, k, _ in org_heads())


def _lookup_ru_phrase(text: str) -> tuple[str, str] | None:
    """A Russian organisation phrase in an oblique case: lemmatise every word, or only the
    head word ("Банка России" -> "банк россии")."""
    words = text.split()
    hit = N.lookup(" ".join(N.lemma_ru(w) for w in words))
    if hit is None and len(words) > 1:
        hit = N.lookup(" ".join([N.lemma_ru(words[0])] + words[1:]))
    return hit


@functools.lru_cache(maxsize=1)
def _descriptors() -> tuple[re.Pattern, re.Pattern]:
    rows = tsv("gazetteer/org_descriptors.tsv")
    before = [w for r in rows if r["position"] == "before" for w in split(r["word"])]
    after = [w for r in rows if r["position"] == "after" for w in split(r["word"])]
    return (re.compile(r"^(?:" + "|".join(sorted(before, key=len, reverse=True)) + r")\w*\s+", re.I),
            re.compile(r"(?:'s|’s)?\s+(?:" + "|".join(sorted(after, key=len, reverse=True)) + r")$", re.I))


def _lookup_named(text: str) -> tuple[str, str] | None:
    """A gazetteer name inside a phrase with a generic word ("агентства Синьхуа", "Xinhua news agency")."""
    before, after = _descriptors()
    for rx in (before, after):
        rest = rx.sub("", text)
        if rest and rest != text:
            hit = N.lookup(rest) or (_lookup_ru_phrase(rest) if N.is_cyrillic(rest) else None)
            if hit and hit[0] == "org":
                return hit
    return None


def org_key_from_text(text: str, fallback_country: str | None = None) -> str:
    """Key of an organisation phrase: table hit, else '<owner>-<head>' or a slug."""
    hit = N.lookup(text)
    if hit:
        return hit[1]
    if N.is_cyrillic(text):
        hit = _lookup_ru_phrase(text)
        if hit:
            return hit[1]
    hit = _lookup_named(text)
    if hit:
        return hit[1]
    for rx, head, _ in org_heads():
        if rx.search(text):
            owner = _owner_in(text) or _country_in(text) or fallback_country
            return f"{owner}-{head}" if owner else head
    return N.slug(N.translit(text)) or text.lower()


def _words(text: str) -> list[str]:
    return [re.sub(r"(?:'s|’s)$", "", w) for w in re.findall(r"[\w.’'-]+", text)]


def _place_of(word: str) -> str | None:
    hit = N.lookup(word)
    if hit is None and N.is_cyrillic(word) and word[:1].isupper():
        hit = N.lookup(N.lemma_ru(word, "Geox"))
    return hit[1] if hit and hit[0] == "place" else None


def _country_in(text: str) -> str | None:
    for w in _words(text):
        c = N.demonym_country(w) or _place_of(w)
        if c:
            return c
    low = text.lower()
    for phrase in ("russian federation", "united states", "российской федерации", "российская федерация"):
        if phrase in low:
            return N.lookup(phrase)[1]
    return None


def _owner_in(text: str) -> str | None:
    """An international organisation named in the phrase owns the body ("NATO Military Committee")."""
    for w in re.findall(r"[\w.-]+", text):
        hit = N.lookup(w)
        if hit and hit[0] == "org" and hit[1] in owner_keys():
            return hit[1]
    return None


def affiliations(text: str) -> tuple[str, ...]:
    """Country and organisation keys named in a role phrase ("глава российского Генштаба")."""
    out: list[str] = []
    for w in _words(text):
        key = N.demonym_country(w)
        if key is None:
            hit = N.lookup(w)
            if hit is None and N.is_cyrillic(w) and w[:1].isupper():
                hit = N.lookup(N.lemma_ru(w, "Geox"))
            key = hit[1] if hit else None
        if key and key not in out:
            out.append(key)
    low = text.lower()
    for phrase in ("russian federation", "российской федерации", "united states"):
        if phrase in low:
            k = N.lookup(phrase)[1]
            if k not in out:
                out.append(k)
    return tuple(out)


def neighbour_country(text: str, start: int, end: int) -> str | None:
    """The owner of a Russian organisation name from its neighbours: a demonym adjective
    before it ("российского Генштаба") or a genitive name after it ("Минобороны РФ");
    the one after wins."""
    pre = re.search(r"([А-Яа-яЁё]+)\s+$", text[max(0, start - 30) : start])
    post = re.match(r"\s+([А-ЯЁA-Z][\wЁё.-]*)", text[end : end + 30])
    ctry = N.demonym_country(pre.group(1)) if pre else None
    if post:
        ph = N.lookup(post.group(1)) or N.lookup(N.lemma_ru(post.group(1), "Geox"))
        if ph and ph[1] not in media_keys():
            ctry = ph[1]
    return ctry


@functools.lru_cache(maxsize=1)
def _media_rx() -> tuple[re.Pattern, re.Pattern]:
    before, after = [], []
    for lang in ("en", "ru"):
        sec = toml(f"{lang}/cues.toml").get("media", {})
        before += sec.get("before", [])
        after += sec.get("after", [])
    return (re.compile("(?:" + "|".join(before) + r")\s*$", re.I),
            re.compile(r"^\s*(?:" + "|".join(after) + ")", re.I))


def media_context(text: str, start: int, end: int) -> bool:
    """Is the name at ``[start, end)`` used as a news source here ("according to Trend",
    "— Sputnik.", "сообщает Trend", "Trend:")?"""
    before, after = _media_rx()
    return bool(before.search(text[max(0, start - 40) : start]) or after.match(text[end : end + 40]))


def gazetteer_hit(phrase: str, text: str, start: int, end: int) -> tuple[str, str] | None:
    """A gazetteer hit for ``phrase`` at ``[start, end)`` of ``text``, unless it is an
    ambiguous name out of context: an outlet named like a common word outside a media
    context, a place named like a given name right before another name ("Victoria Nuland"),
    or a town of under a million with no word of place before it (``town_out_of_place``)."""
    hit = N.lookup(phrase, towns=True)
    if hit is not None and town_out_of_place(hit, text, start):
        return None
    if hit is None or not is_ambiguous(phrase):
        return hit
    if hit[1] in media_keys():
        return hit if media_context(text, start, end) else None
    if re.match(r"\s+[A-ZА-ЯЁ][a-zа-яё]", text[end : end + 3]):
        return None
    return hit


def town_out_of_place(hit: tuple[str, str], text: str, start: int) -> bool:
    """A gazetteer town of under a million (``minor_town_keys``) read where it names no town (round cg): in quotes after a
    noun of an organisation, where it names the firm («корпорации «Хитачи»»; «перешёл в «Химки»» may name the club or the
    town), or without a word of place right before it (``place_word_before``: "in Jackson", «в Джексоне»), where it may
    be a word, a person or a river ("Reading the letter", "Jackson signed", «мост через Саву»)."""
    if hit[0] != "place" or hit[1] not in minor_town_keys():
        return False
    if start > 0 and text[start - 1] in "«\"“„" and _org_noun_before(text[:start - 1]):
        return True
    return not place_word_before(text[:start])


@functools.lru_cache(maxsize=1)
def _ru_org_heads() -> tuple[str, ...]:
    """The stems of Russian heads of organisations (``ru/org_common_words.tsv``, kind ``head``: «компани», «журнал»)."""
    return tuple(r["stem"] for r in tsv("ru/org_common_words.tsv") if r["kind"] == "head")


def _org_noun_before(before: str) -> bool:
    """A noun of a firm right before: the English list the name reader uses (``en/org_nouns.tsv``) or a Russian head."""
    from crosscheck.frame.en_words import W

    m = re.search(r"([\w-]+)\s*$", before)
    word = m.group(1).lower() if m else ""
    return bool(word) and (word in W.org_nouns or word.startswith(_ru_org_heads()))


@functools.lru_cache(maxsize=1)
def _place_word_rx() -> re.Pattern:
    words = sorted({w for lang in ("en", "ru") for r in tsv(f"{lang}/town_words.tsv") for w in split(r["word"])},
                   key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    # no article: "at the Kirov", "the Alhambra Theatre" name a theatre, not the town
    return re.compile(r"(?<![\w-])(?:" + alt + r")\s+$", re.I)


def place_word_before(before: str) -> bool:
    """A word of place right before a name (``lang/*/town_words.tsv``): "in", "near", "the city of", «в», «под», «город»."""
    return bool(_place_word_rx().search(before[-40:]))
