"""Exact round trips between the data model and plain JSON-able values.

``serialize.frame_to_dict`` is the output contract (floats rounded to 4 places);
the store needs the frame back exactly, so it has its own lossless codec.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
from typing import Any

from crosscheck.model import ClaimFrame, Document, Entity, Event, Evidence, Exclusivity, Quantity, Segment, TimeSpan

__all__ = ["frame_to_json", "frame_from_json", "evidence_to_json", "evidence_from_json", "document_row",
           "document_from_row", "DOC_COLUMNS"]


def _date(value: str | None) -> _dt.date | None:
    return None if value is None else _dt.date.fromisoformat(value)


def _plain(value: Any) -> Any:
    if isinstance(value, _dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _time(d: dict | None) -> TimeSpan | None:
    if d is None:
        return None
    return TimeSpan(**{**d, "start": _date(d["start"]), "end": _date(d["end"])})


def frame_to_json(frame: ClaimFrame) -> str:
    return json.dumps(_plain(frame), ensure_ascii=False, separators=(",", ":"))


def frame_from_json(text: str) -> ClaimFrame:
    d = json.loads(text)
    ev = d.get("event")
    return ClaimFrame(
        entities=tuple(Entity(**e) for e in d["entities"]),
        times=tuple(_time(t) for t in d["times"]),
        quantities=tuple(Quantity(**q) for q in d["quantities"]),
        exclusivity=tuple(
            Exclusivity(**{**x, "participants": tuple(x["participants"]), "since": _date(x["since"]),
                           "until": _date(x["until"]), "clear_from": _date(x["clear_from"])})
            for x in d["exclusivity"]),
        polarity=d["polarity"],
        modality=d["modality"],
        attribution=d["attribution"],
        event=None if ev is None else Event(**{**ev, "participants": tuple(ev["participants"]), "time": _time(ev["time"])}),
    )


def evidence_to_json(evidence) -> str:
    return json.dumps([_plain(e) for e in evidence], ensure_ascii=False, separators=(",", ":"))


def evidence_from_json(text: str) -> tuple[Evidence, ...]:
    return tuple(Evidence(**e) for e in json.loads(text))


DOC_COLUMNS = ("id", "text", "lang", "date", "date_source", "outlet", "url", "title", "path", "encoding", "fmt", "folded")


def document_row(doc: Document) -> tuple:
    values = {c: _plain(getattr(doc, c, None)) for c in DOC_COLUMNS}
    values["folded"] = json.dumps(list(getattr(doc, "folded", ()) or ()))
    return tuple(values[c] for c in DOC_COLUMNS)


def document_from_row(row) -> Document:
    values = dict(zip(DOC_COLUMNS, row))
    values["date"] = _date(values["date"])
    values["folded"] = tuple(json.loads(values["folded"] or "[]"))
    return Document(**values)


SEGMENT_COLUMNS = ("n", "start", "end", "lang", "kind", "reason", "section")


def segment_row(seg: Segment) -> tuple:
    return tuple(getattr(seg, c, None) for c in SEGMENT_COLUMNS)


#: The columns are the segment's fields after ``doc``, in order: rows are passed positionally
#: (a store run builds one segment per stored sentence).
_POSITIONAL = tuple(f.name for f in dataclasses.fields(Segment))[1:] == SEGMENT_COLUMNS


def segment_from_row(doc: Document, row) -> Segment:
    if _POSITIONAL and len(row) == len(SEGMENT_COLUMNS):
        return Segment(doc, *row)
    return Segment(doc=doc, **dict(zip(SEGMENT_COLUMNS, row)))
