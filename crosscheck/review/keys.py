"""Stable keys of links: what a decision is attached to.

A key is a content hash, so a rerun, a re-segmentation that keeps the two
sentences, a renamed file or a re-wrapped text finds the decision again:

* a **document fingerprint** hashes the document's characters with every
  whitespace character removed, read from its segments in order (each character
  of real text belongs to exactly one segment, so this equals the text of the
  document whatever the sentence boundaries are).  It is computed the same way at
  check time and from a saved run, so keys can be rebuilt from any run;
* a **link key** hashes both sides, each as (document fingerprint, sentence text
  with whitespace collapsed, Unicode NFC), sorted so a->b and b->a get one key;
* a **unique key** hashes one side with a marker (a claim without counterpart).

An edit of either sentence or of either document gives a new key.  So that an
edit elsewhere in a document (or a new version of the reader that normalises a
character the sentences do not contain) does not lose the decisions on its
other sentences, each decision also records a **fallback key**: the two
sentences with their document *ids*.  A decision is found by its key, else by
its fallback key; only a changed sentence (or a document both renamed and
edited) makes a flag new.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

__all__ = ["KEY_LENGTH", "is_key", "doc_fingerprint", "link_key", "unique_key", "fallback_key", "fingerprints", "LazyFingerprints"]

KEY_LENGTH = 32
_KEY = re.compile(rf"^[0-9a-f]{{{KEY_LENGTH}}}$")
_WS = re.compile(r"\s+")


def is_key(text: str) -> bool:
    """True for a well-formed key (32 lowercase hex digits)."""
    return bool(_KEY.match(text or ""))


def _norm(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def doc_fingerprint(segment_texts: Iterable[str]) -> str:
    """The fingerprint of a document from its segments' texts in reading order."""
    h = hashlib.sha256()
    for text in segment_texts:
        h.update("".join(unicodedata.normalize("NFC", text).split()).encode("utf-8"))
    return h.hexdigest()[:KEY_LENGTH]


def _digest(parts: list[str]) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:KEY_LENGTH]


def link_key(text_a: str, doc_a: str, text_b: str, doc_b: str) -> str:
    """The key of a link between two sentences (``doc_*`` are document fingerprints); order-independent."""
    sides = sorted([(doc_a, _norm(text_a)), (doc_b, _norm(text_b))])
    return _digest(["link", *sides[0], *sides[1]])


def unique_key(text: str, doc: str) -> str:
    """The key of a claim flagged unique (no counterpart)."""
    return _digest(["unique", doc, _norm(text)])


def fallback_key(text_a: str, doc_id_a: str, text_b: str | None = None, doc_id_b: str | None = None) -> str:
    """The two sentences with their document ids (one sentence for a unique claim); order-independent."""
    if text_b is None:
        return _digest(["unique-by-id", doc_id_a, _norm(text_a)])
    sides = sorted([(doc_id_a, _norm(text_a)), (doc_id_b or "", _norm(text_b))])
    return _digest(["link-by-id", *sides[0], *sides[1]])


def fingerprints(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``{doc id: fingerprint}`` from ``(doc id, segment text)`` pairs in document order."""
    texts: dict[str, list[str]] = {}
    for doc, text in pairs:
        texts.setdefault(doc, []).append(text)
    return {doc: doc_fingerprint(t) for doc, t in texts.items()}


class LazyFingerprints(dict):
    """``{doc id: fingerprint}`` of segments grouped by document, each computed the first time
    it is asked for: a store run reports a few documents whose links point into a few of
    thousands of stored ones."""

    def __init__(self, segments: Iterable):
        super().__init__()
        self._segments: dict[str, list] = {}
        for seg in segments:
            self._segments.setdefault(seg.doc_id, []).append(seg)

    def __missing__(self, doc: str) -> str:
        value = self[doc] = doc_fingerprint(s.text for s in self._segments[doc])
        return value
