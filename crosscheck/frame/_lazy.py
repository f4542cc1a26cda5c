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


def load_all() -> None:
    """Load every model now (for benchmarks and servers)."""
    morph()
    natasha_ner()
