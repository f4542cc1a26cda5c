"""Cross-lingual lexical anchors: numbers, dates and names that survive translation.

A cheap, language-independent signal for alignment of comparable EN/RU news:
``"10 июля"`` and ``"July 10"`` both give ``date:7-10``; ``"Герасимова"`` and
``"Gerasimov"`` both give the consonant skeleton ``name:grsm``.  Anchors are
weighted by their rarity in the corpus at hand (in-corpus IDF), so that names every
article repeats count little and a specific date counts a lot.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

__all__ = ["anchors", "anchor_similarity"]

_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
         "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
    )
)
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8, "сентябр": 9,
    "октябр": 10, "ноябр": 11, "декабр": 12,
}
_EN_MONTH = re.compile(r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$")
_RU_MONTH = re.compile(r"^(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(ь|я|е|й|ю|ем|а|у|ом|т)?\.?$")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+(?:[-’'][^\W\d_]+)*", re.UNICODE)
_VOWELS = set("aeiouyh'’-")


def _month(tok: str) -> int | None:
    t = tok.lower()
    if _EN_MONTH.match(t) and not (t.startswith("may") and t != "may"):
        return _MONTHS[t[:3]]
    m = _RU_MONTH.match(t)
    if m and (m.group(1) != "ма" or t in ("май", "мая", "мае", "маю", "маем")) and (m.group(1) != "март" or True):
        return _MONTHS[m.group(1)]
    return None


def _skeleton(word: str) -> str:
    w = "".join(_TRANSLIT.get(ch, ch) for ch in word.lower())
    w = w.replace("ph", "f").replace("ck", "k").replace("c", "k").replace("q", "k").replace("w", "v").replace("x", "ks")
    out = []
    for ch in w:
        if ch in _VOWELS or not ch.isalpha():
            continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return "".join(out[:4])


def anchors(text: str) -> frozenset[str]:
    """Anchors of one sentence: ``num:N``, ``date:M-D``, ``month:M``, ``name:SKEL``."""
    toks = _TOKEN.findall(text)
    out: set[str] = set()
    for i, tok in enumerate(toks):
        if tok[0].isdigit():
            value = tok.replace(",", ".")
            out.add(f"num:{value}")
            continue
        m = _month(tok)
        if m is not None:
            out.add(f"month:{m}")
            for j in (i - 1, i + 1):
                if 0 <= j < len(toks) and toks[j].isdigit() and 1 <= int(toks[j]) <= 31:
                    out.add(f"date:{m}-{int(toks[j])}")
            continue
        if tok[0].isupper() and len(tok) >= 4 and not tok.isupper() or (tok.isupper() and len(tok) >= 3):
            sk = _skeleton(tok)
            if len(sk) >= 2:
                out.add(f"name:{sk}")
    return frozenset(out)


def _idf_matrix(sets: list[frozenset[str]], keep, idf: dict[str, float]) -> np.ndarray:
    vocab = {a: i for i, a in enumerate(idf)}
    M = np.zeros((len(sets), max(len(vocab), 1)), dtype=np.float32)
    for r, s in enumerate(sets):
        for a in s:
            if keep(a):
                M[r, vocab[a]] = max(idf[a], 0.0)
    norms = np.linalg.norm(M, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return M / norms


def anchor_similarity(texts: Sequence[str], langs: Sequence[str] | None = None) -> np.ndarray:
    """Pairwise IDF-weighted anchor overlap in [0, 1] (cosine of IDF-weighted anchor sets).

    With ``langs``, pairs of different languages are compared on the anchors that occur in
    both languages somewhere in the corpus: an anchor seen in one language only (e.g. an
    English title-case noun such as "Defense") can never match across languages and would
    only dilute the overlap.
    """
    sets = [anchors(t) for t in texts]
    n = len(sets)
    df = Counter(a for s in sets for a in s)
    idf = {a: math.log((n + 1) / (c + 0.5)) for a, c in df.items()}
    M = _idf_matrix(sets, lambda a: True, idf)
    S = M @ M.T
    if langs is not None and len(set(langs)) > 1:
        langs = list(langs)
        seen: dict[str, set[str]] = {}
        for s, lang in zip(sets, langs):
            for a in s:
                seen.setdefault(a, set()).add(lang)
        X = _idf_matrix(sets, lambda a: len(seen[a]) > 1, idf)
        lang_arr = np.asarray(langs, dtype=object)
        cross = lang_arr[:, None] != lang_arr[None, :]
        S = np.where(cross, X @ X.T, S)
    return S
