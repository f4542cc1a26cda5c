"""The English word lists of the name tagger (``lang/en/*.tsv``), read on first use: titles, organisation heads, stop
words, connectors and the rest (``entities_en``, ``en_name_context``)."""

from __future__ import annotations

import functools
import re

from crosscheck.lang.resources import tsv, words

__all__ = ["W", "title_words"]


#: Word lists read as they are, by attribute: ``W.titles`` is ``lang/en/titles.tsv``. Lists read otherwise (patterns,
#: capitalised or upper-case forms) are properties of ``_Words``.
_LISTS = {
    "titles": "en/titles.tsv",
    "org_heads": "en/org_heads.tsv",
    "stop": "en/stopwords.tsv",
    "connect": "en/name_connectors.tsv",
    "directions": "en/direction_words.tsv",
    "nonperson_heads": "en/nonperson_heads.tsv",
    "landform_leads": "en/landform_leads.tsv",
    "landform_tails": "en/landform_tails.tsv",
    "demonym_place_nouns": "en/demonym_place_nouns.tsv",
    "field_heads": "en/field_heads.tsv",  # nouns before "in" that make the word after it a field ("the Nobel Prize in Physics")
    "place_of_heads": "en/place_of_heads.tsv",  # nouns before "of" that make the word after it a place ("the island of Príncipe")
    "peerage_titles": "en/peerage_titles.tsv",  # titles whose place names the title ("the Prince of Wales")
    "employer_verbs": "en/employer_verbs.tsv",  # verbs before "for" naming an employer ("driving for Maserati": round bd)
    "locatives": "en/locative_words.tsv",  # words before an unknown capitalised word that make it a place ("near Rochefort")
    "positions": "en/position_words.tsv",  # prepositions of position: "in Turin" is a place though it ends like a surname
    "attitudes": "en/attitude_words.tsv",  # words whose "in" aims at a person: "faith in Medvedev"
    "org_nouns": "en/org_nouns.tsv",  # nouns before an unknown capitalised word that make it a firm ("the firm Viessmann")
    "periodical_heads": "en/periodical_heads.tsv",  # "the London Magazine", "Fraser's Magazine": one name (round ch)
}


class _Words:
    """The English word lists, read on first use."""

    def __getattr__(self, name: str) -> frozenset[str]:
        if name not in _LISTS:
            raise AttributeError(name)
        value = words(_LISTS[name])
        setattr(self, name, value)  # read once: the next lookup finds the attribute itself
        return value

    @functools.cached_property
    def low_titles(self) -> str:
        return "|".join(sorted(words("en/lowercase_titles.tsv")))

    @functools.cached_property
    def surname_suffix(self) -> re.Pattern:
        suffixes = sorted((r["suffix"] for r in tsv("en/surname_suffixes.tsv")), key=len, reverse=True)
        return re.compile("(?:" + "|".join(suffixes) + ")$", re.I)

    @functools.cached_property
    def adverb_suffix(self) -> re.Pattern:
        """Surname endings English adverbs share, so not read at a sentence start ("Formerly")."""
        suffixes = [r["suffix"] for r in tsv("en/surname_suffixes.tsv") if r.get("sentence_start") == "no"]
        return re.compile("(?:" + "|".join(suffixes) + ")$" if suffixes else r"(?!x)x", re.I)

    @functools.cached_property
    def place_articles(self) -> frozenset[str]:
        # capitalised as written: "Los", "Las"
        return frozenset(w.capitalize() for w in words("en/place_articles.tsv"))

    @functools.cached_property
    def common_acronyms(self) -> frozenset[str]:
        return frozenset(w.upper() for w in words("en/common_acronyms.tsv"))


W = _Words()


def title_words() -> frozenset[str]:
    return W.titles
