"""Plain-dict views of the data model, per the output contract (v1.1: links carry ``key`` and, when reviewed, ``review``).

Every exporter (JSON, JSONL, CSV, HTML, pandas) goes through these functions so
that one record shape is written everywhere.
"""

from __future__ import annotations

import dataclasses
import functools
import datetime as _dt
from typing import Any

from crosscheck.model import ClaimFrame, ClaimResult, Link, Review, Segment


def _plain(value: Any) -> Any:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (frozenset, set)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, float):
        return round(value, 4)
    return value


def frame_to_dict(frame: ClaimFrame | None) -> dict[str, Any] | None:
    """The ``frame`` object of the output contract (extra fields are allowed)."""
    if frame is None:
        return None
    return _plain(frame)


def link_to_dict(link: Link) -> dict[str, Any]:
    out = {
        "id": link.id,
        "doc": link.doc,
        "relation": link.relation,
        "score": round(float(link.score), 4),
        "explanation": link.explanation,
        "evidence": [_plain(e) for e in link.evidence],
    }
    if link.key:
        out["key"] = link.key
    if link.review is not None:
        out["review"] = review_to_dict(link.review)
    return out


def review_to_dict(review: Review) -> dict[str, Any]:
    """The ``review`` object of a link (contract v1.1)."""
    return {"verdict": review.verdict, "reviewer": review.reviewer, "at": review.at, "note": review.note}


def contract_lang(segment: Segment) -> str:
    """``en`` or ``ru``, as the contract says.  A segment in another language (kind
    ``unsupported``) takes its document's language, or the document's majority
    script (Cyrillic -> ``ru``, else ``en``); its ``kind`` and ``reason`` say it was not read."""
    if segment.lang in ("en", "ru"):
        return segment.lang
    doc = segment.doc
    if doc.lang in ("en", "ru"):
        return doc.lang
    return _majority_script(doc.text)


@functools.lru_cache(maxsize=32)
def _majority_script(text: str) -> str:
    from crosscheck.lang.script import script_counts

    cyr, lat, _ = script_counts(text)
    return "ru" if cyr > lat else "en"


def segment_to_dict(segment: Segment) -> dict[str, Any]:
    return {
        "id": segment.id,
        "doc": segment.doc_id,
        "lang": contract_lang(segment),
        "start": segment.start,
        "end": segment.end,
        "text": segment.text,
        "kind": segment.kind,
        "reason": segment.reason,
        "section": segment.section,
    }


def result_to_dict(result: ClaimResult) -> dict[str, Any]:
    """One JSONL record of ``crosscheck check``."""
    record = segment_to_dict(result.segment)
    record["status"] = result.status
    record["links"] = [link_to_dict(link) for link in result.links]
    record["frame"] = frame_to_dict(result.frame)
    if result.status == "unique" and result.nearest is not None:
        record["nearest"] = {"id": result.nearest[0], "score": round(float(result.nearest[1]), 4)}
    return record
