"""What the words around an English capitalised run say of it (split from ``entities_en``): a place's title ("the Prince
of Wales"), a gazetteer word inside a longer name ("the English East India Company"), a locative word before a name
("from Barra de Navidad": a place, no person, though a particle joins its words)."""

from __future__ import annotations

from crosscheck.frame.en_words import W

__all__ = ["placed", "peerage_place", "inner_place"]


def placed(toks, i: int) -> bool:
    """A locative word or a place's possessive before token ``i`` ("from Barra de Navidad", "Barcelona's Passeig de Gràcia")."""
    prev = toks[i - 1][0] if i > 0 else ""
    return prev.lower() in ("in", "at", "on", "near", "from", "to", "into", "towards") or prev.endswith(("'s", "’s"))


def peerage_place(toks, i: int) -> bool:
    """The token at ``i`` follows "<peerage title> of" ("the Prince of Wales", "the Duke of Edinburgh", "the Earl of
    Essex"): the place names the title (``peerage_titles.tsv``), and says nothing of where a thing happened."""
    return i >= 2 and toks[i - 1][0].lower() == "of" and toks[i - 2][0].lower() in W.peerage_titles


def inner_place(words: list[str], used: list[bool], i: int) -> bool:
    """The gazetteer place at ``i`` (one word) stands inside a longer capitalised name: an unread capitalised word that is
    no stop word, title or people's adjective alone stands right before it ("English East India Company": "East")."""
    from crosscheck.frame import names as N
    if i == 0 or used[i - 1]:
        return False
    before = words[i - 1]
    return before[:1].isupper() and before.lower() not in W.stop and before.lower() not in W.titles and not N.demonym_country(before)
