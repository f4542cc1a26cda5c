"""The English word lists of the name tagger (``lang/en/*.tsv``), read on first use: titles, organisation heads, stop
words, connectors and the rest (``entities_en``, ``en_name_context``)."""

from __future__ import annotations

import functools
import re

from crosscheck.lang.resources import tsv, words

__all__ = ["W", "title_words"]


class _Words:
    """The English word lists, read on first use."""

    @functools.cached_property
    def titles(self) -> frozenset[str]:
        return words("en/titles.tsv")

    @functools.cached_property
    def org_heads(self) -> frozenset[str]:
        return words("en/org_heads.tsv")

    @functools.cached_property
    def stop(self) -> frozenset[str]:
        return words("en/stopwords.tsv")

    @functools.cached_property
    def connect(self) -> frozenset[str]:
        return words("en/name_connectors.tsv")

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
    def directions(self) -> frozenset[str]:
        return words("en/direction_words.tsv")

    @functools.cached_property
    def nonperson_heads(self) -> frozenset[str]:
        return words("en/nonperson_heads.tsv")

    @functools.cached_property
    def place_articles(self) -> frozenset[str]:
        # capitalised as written: "Los", "Las"
        return frozenset(w.capitalize() for w in words("en/place_articles.tsv"))

    @functools.cached_property
    def landform_leads(self) -> frozenset[str]:
        return words("en/landform_leads.tsv")

    @functools.cached_property
    def landform_tails(self) -> frozenset[str]:
        return words("en/landform_tails.tsv")

    @functools.cached_property
    def demonym_place_nouns(self) -> frozenset[str]:
        return words("en/demonym_place_nouns.tsv")

    @functools.cached_property
    def field_heads(self) -> frozenset[str]:
        """Nouns before "in" that make the capitalised word after it a field ("the Nobel Prize in Physics")."""
        return words("en/field_heads.tsv")

    @functools.cached_property
    def place_of_heads(self) -> frozenset[str]:
        """Nouns before "of" that make the capitalised word after it a place ("the island of Príncipe")."""
        return words("en/place_of_heads.tsv")

    @functools.cached_property
    def peerage_titles(self) -> frozenset[str]:
        """Titles before "of" whose place names the title, not where anything happens ("the Prince of Wales")."""
        return words("en/peerage_titles.tsv")

    @functools.cached_property
    def common_acronyms(self) -> frozenset[str]:
        return frozenset(w.upper() for w in words("en/common_acronyms.tsv"))


W = _Words()


def title_words() -> frozenset[str]:
    return W.titles
