"""A people's adjective that opens the name of a place: "the English Channel", "the Persian Gulf", «Индийский океан»
(round x of issue 10).  Such an adjective names a sea or a gulf, not the people's country, so it neither counts as a
mention of that country nor as "another people's adjective" against the other side's.  The nouns are data
(``lang/{en,ru}/demonym_place_nouns.tsv``). Round bn: one used as the name of a language ("written in Swedish", «на
шведском языке»: ``lang/language_cues.tsv``) names no country either."""

from __future__ import annotations

import functools
import re

__all__ = ["demonym_names_place", "names_language"]


_NEXT_WORD = re.compile(r"[\s\u00a0]+([^\W\d_][\w-]*)")


def demonym_names_place(text: str, end: int, lang: str) -> bool:
    """The people's adjective ending at ``end`` opens the name of a place with the landform noun after it ("the English
    Channel", "the Persian Gulf", «Персидском заливе», «Индийского океана»: ``lang/{en,ru}/demonym_place_nouns.tsv``): a
    sea or a gulf, not a mention of the people's country."""
    from crosscheck.lang.resources import words

    if names_language(text, end, lang):
        return True
    m = _NEXT_WORD.match(text, end)
    if m is None or lang not in ("en", "ru"):
        return False
    nouns = words(f"{lang}/demonym_place_nouns.tsv")
    word = m.group(1)
    if lang == "en":
        return word[:1].isupper() and word.lower() in nouns or _opens_org_name(text, end)
    from crosscheck.frame._lazy import parse_ru

    return word.lower() in nouns or any(p.normal_form in nouns for p in parse_ru(word.lower())[:3]) or _opens_org_name_ru(text, end)


#: Two capitalised words or more after the adjective: the run it opens ("Expeditionary Force", "East India Company").
_CAPITAL_RUN = re.compile(r"(?:[\s\u00a0]+(?:[A-Z][\w'’-]*|of|for))*[\s\u00a0]+[A-Z][\w'’-]*")


def _opens_org_name(text: str, end: int) -> bool:
    """The English people's adjective ending at ``end`` opens an organisation's name of three words or more whose last is
    an organisation's head (``lang/en/org_heads.tsv``): "the Egyptian Expeditionary Force", "the Dutch East India
    Company", "the American Colonization Society" name a force, a company or a society, not where the statement happens
    (round br); "the Egyptian Army" (two words) still names the country."""
    from crosscheck.lang.resources import words

    run = _CAPITAL_RUN.match(text, end)
    if run is None:
        return False
    names = re.findall(r"[A-Z][\w'’-]*", run.group(0))
    return len(names) >= 2 and re.sub(r"['’]s?$", "", names[-1].lower()) in words("en/org_heads.tsv")


#: A Russian name's capitalised words after the adjective and the word after them («Ост-Индская компания»).
_RU_CAPITAL_RUN = re.compile(r"(?:[\s\u00a0]+[А-ЯЁ][а-яёА-ЯЁ-]*)+[\s\u00a0]+([а-яё]+)")


def _opens_org_name_ru(text: str, end: int) -> bool:
    """The Russian people's adjective ending at ``end`` opens an organisation's name: capitalised words after it and then
    an organisation's head noun (``lang/ru/org_common_words.tsv``, kind head): «Шведская Ост-Индская компания», as
    "the Swedish East India Company" (round br)."""
    run = _RU_CAPITAL_RUN.match(text, end)
    return run is not None and run.group(1).startswith(_ru_org_heads())


@functools.lru_cache(maxsize=1)
def _ru_org_heads() -> tuple[str, ...]:
    from crosscheck.lang.resources import tsv

    return tuple(r["stem"] for r in tsv("ru/org_common_words.tsv") if r["kind"] == "head")


def _language_cues(lang: str, where: str) -> re.Pattern:
    from crosscheck.lang.resources import cue_pattern

    return cue_pattern("language_cues.tsv", lang, where)


def names_language(text: str, end: int, lang: str) -> bool:
    """The people's adjective ending at ``end`` names a language: a preposition of language before it and nothing it
    could qualify after it ("written in Swedish.", "from French into English", «на шведском языке», «с немецкого и»), not
    "in Swedish waters" nor «на шведском судне»."""
    if lang not in ("en", "ru"):
        return False
    word = re.search(r"[^\W\d_][\w-]*(?=\.?$)", text[:end])  # a caller's word may hold the sentence's full stop
    if word is None or not _adjective(word.group(0)):
        return False
    head = text[max(0, word.start() - 30):word.start()]
    return bool(_language_cues(lang, "before").search(head) and _language_cues(lang, "after").search(text[word.end():word.end() + 30]))


def _adjective(word: str) -> bool:
    """A people's adjective ("Swedish", «шведском»), not a country's name ("in Hungary and now in Romania")."""
    from crosscheck.lang.gazetteer import demonym_country, lookup

    hit = lookup(word)
    return bool(demonym_country(word)) and not (hit and hit[0] == "place")
