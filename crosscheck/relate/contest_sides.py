"""Two sides of one contest (issue 10 round s): "Uruguay beat Brazil" and «поражение сборной Бразилии от Уругвая» use the
two opposite poles of one concept ("win"), yet tell one result, for the winner named after the word of losing («от
Уругвая», "lost to Uruguay": ``lang/{en,ru}/winner_preps.tsv``) is the one named right before the word of winning.
Only then are the two poles one statement; a loss "to" another name, or a winner the other side does not name as the
subject, stays a clash."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["same_winner"]

#: A name: a capitalised word (either script).
_NAME = r"[A-ZА-ЯЁ][\w’'-]+"
#: Words allowed between a word of losing and the preposition naming the winner ("поражение сборной от Уругвая").
_GAP_WORDS = 3


@lru_cache(maxsize=4)
def _preps(lang: str) -> dict[str, tuple[str, ...]]:
    from crosscheck.lang.resources import split, tsv

    try:
        return {row["concept"]: tuple(split(row["prepositions"])) for row in tsv(f"{lang}/winner_preps.tsv")}
    except FileNotFoundError:  # a language without the list
        return {}


def _winner_after_loss(text: str, lang: str, concept: str, span: tuple[int, int]) -> str | None:
    """The name a preposition of ``winner_preps.tsv`` puts after the word of losing at ``span``, or None."""
    preps = _preps(lang).get(concept)
    if not preps:
        return None
    word = text[span[0]:span[1]].split()
    alts = "|".join(re.escape(p) for p in sorted(preps, key=len, reverse=True))
    if word and word[-1].lower() in preps:  # "defeated by" holds its preposition
        m = re.match(r"\s+(?:the\s+)?(" + _NAME + ")", text[span[1]:])
    else:
        m = re.match(r"(?:\s+[\w’'-]+){0,%d}?\s+(?:%s)\s+(?:the\s+)?(%s)" % (_GAP_WORDS, alts, _NAME), text[span[1]:], re.I)
        if m and not m.group(1)[:1].isupper():
            return None
    return m.group(1) if m else None


def _winner_before_win(text: str, span: tuple[int, int]) -> str | None:
    """The name right before the word of winning (its subject: "Uruguay beat", «Германия обыграла»), at most one word
    between ("Uruguay narrowly beat")."""
    m = re.search(r"(" + _NAME + r")(?:\s+[\w’'-]+)?\s*$", text[:span[0]])
    return m.group(1) if m else None


def _same(x: str, y: str) -> bool:
    from crosscheck.frame.names import place_key
    from crosscheck.relate.name_keys import keys_close

    kx, ky = place_key(re.sub(r"['’]s$", "", x)), place_key(re.sub(r"['’]s$", "", y))
    return bool(kx) and bool(ky) and (kx == ky or keys_close(kx, ky))


def same_winner(concept: str, a: tuple[str, str, str, tuple[int, int]], b: tuple[str, str, str, tuple[int, int]]) -> bool:
    """``a``, ``b``: (text, lang, pole, span) of the two sides' words of one concept with opposite poles.  True when the
    losing side names its winner after a preposition of ``winner_preps.tsv`` and the winning side names the same one as
    the subject of its word of winning."""
    (ta, la, pa, sa), (tb, lb, pb, sb) = a, b
    if pa == pb:
        return False
    (tw, sw), (tl, ll, sl) = ((ta, sa), (tb, lb, sb)) if pa == "+" else ((tb, sb), (ta, la, sa))
    loser_says = _winner_after_loss(tl, ll, concept, sl)
    winner = _winner_before_win(tw, sw)
    if loser_says and winner and _same(loser_says, winner):
        return True
    # round aj: the loser named right after each word ("defeated the German Eighth Army" / «поражением германской 8-й
    # армии»): the one beaten on one side is the one whose defeat the other tells
    if loser_says or not _preps(ll).get(concept):
        return False  # a contest only (win / lose), not any two opposite words with a name after them ("struck down")
    if not _LOSS_NOUN.match(tl[sl[0]:sl[1]] + tl[sl[1]:sl[1] + 4]):
        return False  # after a verb of losing the name is the winner («проиграли сборной СССР»), not the loser
    if _WINNER_NAMED.match(tw[sw[0]:sw[1] + 12]):  # the word of winning and what follows ("victory for ", «победой »)
        return False  # "victory for the Russian corps", «победой русского корпуса»: the name after is the winner (round cl)
    beaten, lost = _named_after(tw, sw), _named_after(tl, sl)
    return bool(beaten and lost and _same_side(beaten, lost))


#: A noun of defeat whose genitive names the loser («поражением германской армии», "the defeat of the Swedish army").
_LOSS_NOUN = re.compile(r"(?:поражени\w*|defeats?\s+of)", re.I)
#: A noun of victory whose genitive, or "for", "of", "by" or "to" after it, names the winner ("a victory for the Swedes",
#: "a win for Oxford", «победой шведов»); "victory over", «победа над» name the loser (round cl).
_WINNER_NAMED = re.compile(r"(?:victory|triumph|win)\s+(?:for|of|by|to)\s|побед(?:а|ы|е|у|ой|ою)(?!\s+над\s)(?![\w-])", re.I)


def _named_after(text: str, span: tuple[int, int]) -> str | None:
    """The first name or people's adjective among the three words right after ``span`` ("the German Eighth Army",
    «германской 8-й армии»), or None."""
    from crosscheck.lang.gazetteer import demonym_country

    for w in re.findall(r"[\w’'-]+", text[span[1]:])[:3]:
        if w[:1].isupper() and w.lower() not in ("the", "a", "an") or demonym_country(w):
            return w
    return None


def _same_side(x: str, y: str) -> bool:
    """Two words that name one side: one country by its people's adjective or name, or one name."""
    from crosscheck.lang.gazetteer import demonym_country

    cx, cy = demonym_country(x) or None, demonym_country(y) or None
    return (cx is not None and cx == cy) or _same(x, y)
