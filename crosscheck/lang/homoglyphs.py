"""Latin/Cyrillic look-alike letters folded inside a word of the other script.

Web text mixes scripts by accident or to dodge filters: "Bстреча" starts with a
Latin B, "Mоscow" hides a Cyrillic о.  ``fold`` rewrites each such letter to its
twin in the script of the rest of the word, one character for one character, so
every offset into the text stays valid.  A word is folded only when its letters of
the majority script outnumber the look-alikes; words such as "iPhone" or a mixed
"Tesla-Моторс" are left alone (there the minority letters are not look-alikes or
they form a run of their own).  ``fold`` returns the folded text and the offsets it
changed, so the original characters stay recoverable.
"""

from __future__ import annotations

import re

__all__ = ["fold", "unfold", "fold_document", "LAT_TO_CYR", "CYR_TO_LAT"]

#: Latin letter -> Cyrillic letter that looks the same (upper and lower case).
LAT_TO_CYR = dict(zip("AaBCcEeHKMOoPpTXxYyiI", "АаВСсЕеНКМОоРрТХхУуіІ"))
#: Cyrillic letter -> Latin letter that looks the same (the exact inverse).
CYR_TO_LAT = {c: lat for lat, c in LAT_TO_CYR.items()}

_WORD = re.compile(r"[^\W\d_]+")
#: Upper-case Roman numeral letters and their Cyrillic look-alikes.
_ROMAN = set("IVXLCDM") | {"Х", "С", "М", "І"}


def _is_cyr(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _is_lat(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def fold(text: str) -> tuple[str, tuple[int, ...]]:
    """(text with look-alikes folded into each word's script, offsets of changed characters)."""
    if text.isascii():
        return text, ()
    chars: list[str] | None = None
    changed: list[int] = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        cyr = sum(_is_cyr(c) for c in word)
        lat = sum(_is_lat(c) for c in word)
        if not cyr or not lat:
            continue
        if all(c in _ROMAN for c in word):  # "ХХI век": a Roman numeral typed in two scripts
            table, minority = CYR_TO_LAT, _is_cyr
        elif cyr > lat and all(c in LAT_TO_CYR for c in word if _is_lat(c)):
            table, minority = LAT_TO_CYR, _is_lat
        elif lat > cyr and all(c in CYR_TO_LAT for c in word if _is_cyr(c)):
            table, minority = CYR_TO_LAT, _is_cyr
        else:
            continue
        if chars is None:
            chars = list(text)
        for i, c in enumerate(word, start=m.start()):
            if minority(c):
                chars[i] = table[c]
                changed.append(i)
    if chars is None:
        return text, ()
    return "".join(chars), tuple(changed)


def unfold(text: str, changed: tuple[int, ...]) -> str:
    """The original text back from a folded text and the offsets ``fold`` changed."""
    if not changed:
        return text
    chars = list(text)
    for i in changed:
        c = chars[i]
        chars[i] = CYR_TO_LAT.get(c) or LAT_TO_CYR.get(c) or c
    return "".join(chars)


def fold_document(doc):
    """``doc`` with its text folded; the changed offsets kept in ``doc.folded``."""
    import dataclasses

    text, changed = fold(doc.text)
    if not changed:
        return doc
    return dataclasses.replace(doc, text=text, folded=changed)
