"""Lazily loaded, shared NLP models (pymorphy3, natasha NER).  Nothing loads at import."""

from __future__ import annotations

import functools
import threading

_LOCK = threading.Lock()


@functools.lru_cache(maxsize=1)
def morph():
    """The pymorphy3 Russian analyser (about 0.3 s to load, reused)."""
    with _LOCK:
        import pymorphy3

        return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=1)
def natasha_ner():
    """(Segmenter, NewsNERTagger) from natasha; the embedding ships with the package."""
    with _LOCK:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter

        emb = NewsEmbedding()
        return Segmenter(), NewsNERTagger(emb)


@functools.lru_cache(maxsize=65536)
def parse_ru(word: str):
    """Cached pymorphy3 parses of one word."""
    return morph().parse(word)


_NER_CACHE: dict[str, list] = {}


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.7


def ner_spans(texts: list[str]) -> list[list]:
    """natasha NER spans (start, stop, type) for many texts, in one batch (about 10x faster
    than one call per sentence); results are cached by text."""
    import re

    todo = [t for t in dict.fromkeys(texts) if t not in _NER_CACHE]
    for t in todo:
        if not re.search(r"[^\W\d_]{2}", t):
            _NER_CACHE[t] = []  # nothing to tag (and slovnet fails on empty input)
    todo = [t for t in todo if t not in _NER_CACHE]
    if todo:
        _, ner = natasha_ner()
        # all-caps headlines and datelines: tag a title-cased copy (same length, same offsets)
        inputs = [t.title() if _mostly_upper(t) else t for t in todo]
        try:
            pairs = list(zip(todo, ner.map(inputs)))
        except Exception:  # one bad text must not sink the batch
            pairs = []
            for t, x in zip(todo, inputs):
                try:
                    pairs.append((t, ner(x)))
                except Exception:
                    _NER_CACHE[t] = []
        for text, markup in pairs:
            _NER_CACHE[text] = [(s.start, s.stop, s.type) for s in markup.spans]
        if len(_NER_CACHE) > 50000:
            _NER_CACHE.clear()
    return [_NER_CACHE.get(t) or [] for t in texts]


def load_all() -> None:
    """Load every model now (for benchmarks and servers)."""
    morph()
    natasha_ner()
