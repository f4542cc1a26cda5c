"""What the words around an English capitalised run say of it (split from ``entities_en``): a place's title ("the Prince
of Wales"), a gazetteer word inside a longer name ("the English East India Company"), a locative word before a name
("from Barra de Navidad": a place, no person, though a particle joins its words)."""

from __future__ import annotations

from crosscheck.frame.en_words import W

__all__ = ["placed", "positioned", "peerage_place", "inner_place"]


def placed(toks, i: int) -> bool:
    """A locative word or a place's possessive before token ``i`` ("from Barra de Navidad", "Barcelona's Passeig de Gràcia")."""
    prev = toks[i - 1][0] if i > 0 else ""
    return prev.lower() in ("in", "at", "on", "near", "from", "to", "into", "towards") or prev.endswith(("'s", "’s"))


def positioned(toks, i: int) -> bool:
    """A preposition of position before token ``i`` ("opened in Turin"), not after a word of attitude ("faith in
    Medvedev"): ``lang/en/position_words.tsv``, ``attitude_words.tsv`` (round cb)."""
    return i > 0 and toks[i - 1][0].lower() in W.positions and not (i > 1 and toks[i - 2][0].lower() in W.attitudes)


def peerage_place(toks, i: int) -> bool:
    """The token at ``i`` follows "<peerage title> of" ("the Prince of Wales", "the Duke of Edinburgh", "the Earl of
    Essex"): the place names the title (``peerage_titles.tsv``), and says nothing of where a thing happened.  So with a
    given name or two between title and "of" ("Prince Vladimir of Kiev", "Archduke Albert of Austria": round au)."""
    if i < 2 or toks[i - 1][0].lower() != "of":
        return False
    for k in (2, 3, 4):
        if i - k < 0:
            return False
        if toks[i - k][0].lower() in W.peerage_titles:
            return all(t[0][:1].isupper() for t in toks[i - k + 1:i - 1])
        if not toks[i - k][0][:1].isupper():
            return False
    return False


def inner_place(words: list[str], used: list[bool], i: int) -> bool:
    """The gazetteer place at ``i`` (one word) stands inside a longer capitalised name: an unread capitalised word that is
    no stop word, title or people's adjective alone stands right before it ("English East India Company": "East")."""
    from crosscheck.frame import names as N
    if i == 0 or used[i - 1]:
        return False
    before = words[i - 1]
    return before[:1].isupper() and before.lower() not in W.stop and before.lower() not in W.titles and not N.demonym_country(before)
