"""A frame post-step over a document's claims: paragraph time inheritance."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from crosscheck.model import ClaimFrame, Segment, TimeSpan

__all__ = ["point_time", "inherit_paragraph_times"]


def point_time(frame: ClaimFrame) -> TimeSpan | None:
    """The time point a claim reports its event at, if it states one."""
    if frame.event is not None and frame.event.time is not None and frame.event.time.start is not None:
        return frame.event.time
    for ts in frame.times:
        if ts.role == "point" and ts.start is not None and ts.end is not None:
            return ts
    return None


def inherit_paragraph_times(segments: Sequence[Segment], frames: Mapping[str, ClaimFrame]) -> dict[str, ClaimFrame]:
    """An undated report of an occurrence inherits the time of the sentence
    before it in the same paragraph ("The last visit was on 10 July.  The
    sides discussed security."): news paragraphs narrate one episode."""
    out = dict(frames)
    prev: Segment | None = None
    for seg in segments:
        frame = out.get(seg.id)
        if (prev is not None and frame is not None and prev.doc_id == seg.doc_id
                and "\n" not in seg.doc.text[prev.end : seg.start]):
            before = out.get(prev.id)
            ts = point_time(before) if before is not None else None
            if (ts is not None and frame.event is not None and frame.event.type and point_time(frame) is None
                    and not frame.times and frame.modality == "asserted"):
                out[seg.id] = dataclasses.replace(frame, event=dataclasses.replace(frame.event, time=ts))
        prev = seg
    return out
