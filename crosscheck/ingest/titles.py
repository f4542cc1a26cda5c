"""Quoted titles written in English title case: "the premiere of "No Time to Die"", "the single 'Don't Look Back in
Anger'", "'I Wish It Could Be Christmas Everyday'" (issue 10, rounds bv and cf; shared by ``relate/quoted_titles.py``,
which blanks them before reading a negation, and by ``classify.py`` since round cm, which blanks them before reading an
opinion cue)."""

from __future__ import annotations

import re

__all__ = ["title_case_quotes"]

_DOUBLE_QUOTED = re.compile(r"[\"“]([^\"“”]{2,160})[\"”]")
#: Round cf: a title in single quotes ("the single 'Don't Look Back in Anger'", "the poster 'Don't Chatter!'"): the quote
#: opens after a space or a bracket and closes before a space or a stop, so an apostrophe inside a word ("Don't") is no end.
_SINGLE_QUOTED = re.compile(r"(?:(?<=[\s(\[])|^)['‘]([A-Z][^\n]{1,160}?)['’](?=[\s,.;:!?)\]]|$)")
#: Short words English title case leaves in lower case.
_SMALL = frozenset("a an the and or nor but of in on at to for by with from as vs".split())


def title_case_quotes(text: str) -> list[re.Match]:
    """The quoted runs of ``text`` written in title case, in double or single quotes (group 1: the words inside)."""
    return [m for rx in (_DOUBLE_QUOTED, _SINGLE_QUOTED) for m in rx.finditer(text) if _title_case(m.group(1))]


def _title_case(inner: str) -> bool:
    """Two or more words, every word but the short ones capitalised ("No Time to Die", "Don't Look Back")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    return len(words) >= 2 and all(w[:1].isupper() for w in words if w.lower() not in _SMALL) and words[0][:1].isupper()
