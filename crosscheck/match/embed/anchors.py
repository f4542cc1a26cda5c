"""Cross-lingual lexical anchors: numbers, dates and names that survive translation.

A cheap, language-independent signal for alignment of comparable EN/RU news:
``"10 июля"`` and ``"July 10"`` both give ``date:7-10``; ``"Столтенберга"`` and
``"Stoltenberg"`` both give the consonant skeleton ``name:stlt``.  Anchors are
weighted by their rarity in the corpus at hand (in-corpus IDF), so that names every
article repeats count little and a specific date counts a lot.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from crosscheck.lang.months import month_number
from crosscheck.lang.translit import skeleton

__all__ = ["anchors", "anchor_similarity"]

_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+(?:[-’'][^\W\d_]+)*", re.UNICODE)


def _month(tok: str) -> int | None:
    return month_number(tok)


def _skeleton(word: str) -> str:
    """The name skeleton shared with the frame's person keys, first four letters."""
    return skeleton(word)[:4]


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
