"""Claim frames: who, what, when, how many — normalised across English and Russian.

Public API::

    build_frames(doc, segments) -> list[ClaimFrame]     # one per segment, same order
    frame_text(text, lang, date=None) -> ClaimFrame     # a lone sentence
    load_models()                                        # optional: load natasha/pymorphy3 now

Modules by concern: ``builder`` (one sentence's frame with document context), ``entities``
(entry point) with ``entities_en``, ``entities_ru``, ``orgs``, ``works``, ``context``;
``names`` (keys); ``times`` (patterns, entry point ``extract_times``) with
``time_resolve``; ``quantities``, ``numerals``, ``exclusivity``, ``polarity``,
``event_type``, ``paragraph``, ``spans`` (offsets into Document.text).  Language data
(word lists, gazetteer, month table) is read from ``crosscheck/lang/``.

Importing this package loads no model: pymorphy3 and natasha are loaded on first use and
reused (see ``_lazy``).  The frame schema is documented in ``docs/frame.md``.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from crosscheck.model import ClaimFrame, Document, Segment

__all__ = ["build_frames", "frame_text", "load_models"]


def load_models() -> None:
    """Load the Russian morphology and NER models now (otherwise on first use)."""
    from crosscheck.frame._lazy import load_all

    load_all()


def frame_text(text: str, lang: str, date: _dt.date | None = None) -> "ClaimFrame":
    """The frame of one sentence with no document context."""
    from crosscheck.frame.builder import FrameBuilder

    if isinstance(date, _dt.datetime):
        date = date.date()
    return FrameBuilder(date, lang).frame(text, lang)


def build_frames(doc: "Document", segments: Sequence["Segment"]) -> list["ClaimFrame"]:
    """Frames for the segments of one document, in order, with document-level coreference
    ("the two generals", "He", "российский генерал") and time inheritance ("Тогда", "того же года")."""
    from crosscheck.frame.builder import FrameBuilder

    langs = [seg.lang if seg.lang in ("en", "ru") else doc.lang for seg in segments]
    ru = [seg.text for seg, lang in zip(segments, langs) if lang == "ru"]
    if ru:
        from crosscheck.frame._lazy import ner_spans

        ner_spans(ru)  # one batch for the whole document
    # a first pass collects the persons the article names (with titles), so that a lead
    # sentence's "the NATO commander" can point to a name given later; it runs only when
    # such a description finds no person named before it (most documents never need it)
    def lookahead() -> dict:
        first = FrameBuilder(doc.date, doc.lang)
        for seg, lang in zip(segments, langs):
            first.frame(seg.text, lang, light=True)
        return {k: p for k, p in first.ctx.persons.items() if p.affil}

    builder = FrameBuilder(doc.date, doc.lang)
    builder.lookahead = lookahead
    from crosscheck.frame.spans import with_doc_offsets

    return [with_doc_offsets(seg, builder.frame(seg.text, lang)) for seg, lang in zip(segments, langs)]
