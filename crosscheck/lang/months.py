"""Month names of every supported language, from ``en/months.tsv`` and ``ru/months.tsv``:
the one month table that the time extractor, the dateline reader and the alignment
anchors all read."""

from __future__ import annotations

import functools
import os
import re

from crosscheck.lang.resources import split, tsv

__all__ = ["month_number", "month_regex", "month_words"]

LANGS = ("en", "ru")


@functools.lru_cache(maxsize=None)
def month_words(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    """({full word form: month}, {abbreviation: month}) of one language."""
    full: dict[str, int] = {}
    abbr: dict[str, int] = {}
    for row in tsv(f"{lang}/months.tsv"):
        n = int(row["month"])
        for w in split(row.get("forms") or row.get("name", "")):
            full[w] = n
        for w in split(row.get("abbrev", "")):
            abbr[w] = n
    return full, abbr


def month_number(word: str, lang: str | None = None, *, abbreviations: bool = True) -> int | None:
    """The month (1-12) a word names in any case form ("мая" -> 5, "Sept." -> 9), or None."""
    w = word.lower().rstrip(".").replace("ё", "е")
    for code in ((lang,) if lang else LANGS):
        full, abbr = month_words(code)
        if w in full:
            return full[w]
        if abbreviations and w in abbr:
            return abbr[w]
    return None


@functools.lru_cache(maxsize=None)
def month_regex(lang: str, group: str | None = "mon") -> str:
    """A regex alternation of the month words of ``lang`` (full forms, then abbreviations
    with an optional dot), in a named group ``group``."""
    full, abbr = month_words(lang)
    letters = "а-яё" if lang == "ru" else "a-z"
    by_month: dict[int, list[str]] = {}
    for w, n in full.items():
        by_month.setdefault(n, []).append(w)
    alts = []
    for n in sorted(by_month):  # one alternative per month: stem(?:endings), fast to scan
        forms = by_month[n]
        stem = os.path.commonprefix(forms)
        ends = sorted({f[len(stem):] for f in forms}, key=len, reverse=True)
        tail = "(?:" + "|".join(re.escape(e) for e in ends) + ")" if ends != [""] else ""
        alts.append(re.escape(stem) + tail + f"(?![{letters}])")
    # an English abbreviation without its dot before a word is a name ("Jan Karol Chodkiewicz", "Jan Smuts"), no month
    # ("Jan 2020", "Jan. 5" stay months: round at); a Russian one joined by a hyphen to a name is a name's part
    # («Сент-Луис», «Сент-Айвс»: round ax)
    after = rf"(?:\.|(?![{letters}])(?!\s+(?!(?:and|or|to|through|until)\b)[A-Za-z]))" if lang == "en" else rf"\.?(?![{letters}])(?!-[А-ЯЁ])"
    alts += [re.escape(w) + after for w in sorted(abbr, key=len, reverse=True)]
    body = "|".join(alts)
    # a month word starts a word: "мая" in "самая" or "самоуправляемая" is no month
    start = rf"(?<![{letters}{letters.upper()}])"
    return f"{start}(?P<{group}>{body})" if group else f"{start}(?:{body})"
