"""Chinese names in pinyin rewritten in the Palladius system (the Russian spelling), so
that "Li Qiang" and "Ли Цян", "Deng Xiaoping" and "Дэн Сяопин" meet on one skeleton.

A Latin token is read as pinyin only when it splits wholly into pinyin syllables
(``lang/zh/*.tsv``) and one of them starts with a letter that pinyin uses unlike English
(j, q, x, z, c, zh): "Qiang", "Xiaoping", "Zedong" are rewritten, "Sun", "Modi" or
"Linda" are left alone.
"""

from __future__ import annotations

import functools
import re

from crosscheck.lang.resources import tsv

__all__ = ["to_palladius"]

_TRIGGER = {"j", "q", "x", "z", "c", "zh"}
_NO_I = {"g", "k", "h", "f"}
_APICAL = {"z", "c", "s", "zh", "ch", "sh", "r"}


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    ini = {r["pinyin"]: r["palladius"] for r in tsv("zh/pinyin_initials.tsv")}
    fin = {r["pinyin"]: r["palladius"] for r in tsv("zh/pinyin_finals.tsv")}
    zero = {r["pinyin"]: r["palladius"] for r in tsv("zh/pinyin_zero.tsv")}
    return ini, fin, zero


def _syllable(s: str) -> tuple[str, str] | None:
    """(palladius, initial) of one pinyin syllable, or None."""
    ini, fin, zero = _tables()
    if s in zero:
        return zero[s], ""
    for n in (2, 1):
        i, f = s[:n], s[n:]
        if i not in ini or not f:
            continue
        if i in ("j", "q", "x"):
            if not f.startswith(("i", "u")):
                return None  # j, q, x stand only before i and ü
            if f.startswith("u"):
                f = "ü" + f[1:]
        if f.startswith("i") and (i in _NO_I or i in _APICAL and f != "i"):
            return None  # "gi", "zia", "shian" are not pinyin
        if f == "i" and i in ("z", "c", "s"):
            return ini[i] + "ы", i
        if f in fin:
            return ini[i] + fin[f], i
    return None


@functools.lru_cache(maxsize=8192)
def _split(word: str, inner: bool = False) -> tuple[tuple[str, str], ...] | None:
    """Syllables of a pinyin word; inside a word a syllable never starts with a vowel
    (pinyin writes an apostrophe there: Xi'an)."""
    if not word:
        return ()
    if inner and word[0] in "aoe":
        return None
    for n in range(min(6, len(word)), 0, -1):
        head = _syllable(word[:n])
        if head is not None:
            rest = _split(word[n:], True)
            if rest is not None:
                return (head,) + rest
    return None


def to_palladius(token: str, trigger: bool = True) -> str | None:
    """The Palladius spelling of a pinyin name token ("Xiaoping" -> "сяопин"), or None. ``trigger=False`` also reads a
    token without a pinyin-only letter ("Ruchang" -> "жучан"), as one more reading to try, never the only one."""
    parts = [p for p in re.split(r"[-'’]", token.lower()) if p]
    if not parts or not all(p.isascii() and p.isalpha() for p in parts):
        return None
    out, trig = [], False
    for p in parts:
        syl = _split(p)
        if not syl or len(syl) > 2:
            return None  # a Chinese name word has one or two syllables; "Mizulina" (mi-zu-li-na), "Zhilina" are Russian
        out.extend(s for s, _ in syl)
        trig = trig or any(i in _TRIGGER for _, i in syl)
    return "".join(out) if trig or not trigger else None
