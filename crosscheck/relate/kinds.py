"""Members of closed classes named on each side (issue 10 rounds bk to bm): what a picture is painted on ("oil on copper"
/ «маслом на холсте»), how many players a chamber work is for ("a string quartet" / «секстет»), what drives a vehicle
("an electric car" / «с паровым двигателем»), which poison or anaesthetic was used ("with strychnine" / «мышьяком»), the
instrument of a solo piece, what sank a ship.  The classes are data (``lang/kinds.tsv``); a class with a cue row is read
only where the text says the cue (a word of chamber music, of poisoning, of anaesthesia).  Two sides that each name
members of one class, none in common, tell one thing as two members: an entity clash, as two chemical elements are
(``elements.py``)."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["kind_clash", "kinds"]


@lru_cache(maxsize=2)
def _table(lang: str) -> tuple[dict[str, re.Pattern], tuple[tuple[str, str, re.Pattern], ...]]:
    """(the cue of each class that has one, the members' rows) of ``lang/kinds.tsv`` for ``lang``."""
    from crosscheck.lang.resources import tsv

    rows = [(row["class"], row["key"], re.compile(row[lang], re.I)) for row in tsv("kinds.tsv") if row[lang]]
    return {cls: rx for cls, key, rx in rows if key == "*"}, tuple(r for r in rows if r[1] != "*")


@lru_cache(maxsize=16384)  # once per text: a claim meets many pairs
def _kinds(text: str, lang: str) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    cues, members = _table(lang)
    silent = {cls for cls, rx in cues.items() if not rx.search(text)}  # a class whose cue the text does not say
    out: dict[str, dict[str, str]] = {}
    for cls, key, rx in members:
        if cls not in silent and (m := rx.search(text)):
            out.setdefault(cls, {}).setdefault(key, m.group(0))
    return tuple((cls, tuple(found.items())) for cls, found in out.items())


def kinds(text: str, lang: str) -> dict[str, dict[str, str]]:
    """class -> {member key: the words as written} for the members of ``lang/kinds.tsv`` that ``text`` names."""
    return {cls: dict(members) for cls, members in _kinds(text, "ru" if lang == "ru" else "en")}


def kind_clash(text_a: str, lang_a: str, text_b: str, lang_b: str):
    """An entity pair of unit "kind" that clashes, when both sides name members of one class and none in common; else
    None."""
    from crosscheck.relate.slot_values import Slot, SlotPair

    ka, kb = kinds(text_a, lang_a), kinds(text_b, lang_b)
    for cls in sorted(set(ka) & set(kb)):
        xa, xb = ka[cls], kb[cls]
        if not set(xa) & set(xb):
            a, b = sorted(xa)[0], sorted(xb)[0]
            return SlotPair("entity", Slot("entity", xa[a], a, "kind"), Slot("entity", xb[b], b, "kind"), False)
    return None
