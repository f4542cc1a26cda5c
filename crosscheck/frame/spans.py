"""Offsets into ``Document.text``: the frame reads a segment's whitespace-collapsed text
(``Segment.text``); these helpers map its offsets back to the document."""

from __future__ import annotations

import dataclasses

from crosscheck.model import ClaimFrame, Segment

__all__ = ["collapsed_offsets", "with_doc_offsets", "free_span"]


def collapsed_offsets(raw: str) -> list[int]:
    """For each character of ``collapse_ws(raw)``, its offset in ``raw`` (one entry more:
    the end)."""
    out: list[int] = []
    i, n = 0, len(raw)
    while i < n and raw[i].isspace():
        i += 1
    last = n
    while last > i and raw[last - 1].isspace():
        last -= 1
    while i < last:
        out.append(i)
        if raw[i].isspace():
            while i < last and raw[i].isspace():
                i += 1
        else:
            i += 1
    out.append(last)
    return out


def with_doc_offsets(seg: Segment, frame: ClaimFrame | None) -> ClaimFrame | None:
    """``frame`` with ``doc_start``/``doc_end`` set on its entities, times and quantities."""
    if frame is None:
        return None
    offs = collapsed_offsets(seg.raw)

    def span(a: int | None, length: int) -> dict:
        if a is None or a < 0 or a + length > len(offs) - 1:
            return {}
        return {"doc_start": seg.start + offs[a], "doc_end": seg.start + offs[a + length - 1] + 1 if length else seg.start + offs[a]}

    ents = tuple(dataclasses.replace(e, **span(e.start, (e.end or 0) - (e.start or 0))) for e in frame.entities)
    times = tuple(dataclasses.replace(t, **span(t.pos, len(t.text))) for t in frame.times)
    quants = tuple(dataclasses.replace(q, **span(q.pos, len(q.text))) for q in frame.quantities)
    event = frame.event
    if event is not None and event.time is not None:
        same = [t2 for t1, t2 in zip(frame.times, times) if t1 is event.time or t1 == event.time]
        if same:
            event = dataclasses.replace(event, time=same[0])
    return dataclasses.replace(frame, entities=ents, times=times, quantities=quants, event=event)


def free_span(text: str, span: tuple[int, int], taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A match's span without its leading spaces, or None when it overlaps a span already
    taken (extractors that run several patterns keep the first match of a stretch)."""
    a, b = span
    while a < b and text[a].isspace():
        a += 1
    if any(a < y and x < b for x, y in taken):
        return None
    return a, b
