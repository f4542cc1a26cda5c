"""Entities, times and quantities carry offsets into Document.text (doc_start, doc_end):
the slice of the document is the span's text, line breaks and repeated spaces aside."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from frame_seed_util import seed_docs_and_segments  # noqa: E402

from crosscheck.frame import build_frames  # noqa: E402
from crosscheck.frame.spans import collapsed_offsets  # noqa: E402
from crosscheck.ingest.load import load_text  # noqa: E402
from crosscheck.ingest.segment import segment_document  # noqa: E402
from crosscheck.model import collapse_ws  # noqa: E402


def test_collapsed_offsets():
    raw = "  a  b\n\nc "
    offs = collapsed_offsets(raw)
    assert collapse_ws(raw) == "a b c" and [raw[i] for i in offs[:-1]] == ["a", " ", "b", "\n", "c"]


def _check(doc, frames):
    n = 0
    for frame in frames:
        if frame is None:
            continue
        for x in (*frame.entities, *frame.times, *frame.quantities):
            if getattr(x, "coref", False) or x.doc_start is None:
                continue
            assert collapse_ws(doc.text[x.doc_start : x.doc_end]) == x.text, (x.text, doc.text[x.doc_start : x.doc_end])
            n += 1
    return n


def test_spans_point_into_the_document():
    doc = load_text("MOSCOW, Nov 26 (Reuters) - Foreign Minister Sergei   Lavrov met\nChinese   Foreign Minister "
                    "Wang Yi in Beijing on   November 25, 2019.\n\nThey signed   three agreements worth $2.5 billion.",
                    date="2019-11-26")
    frames = build_frames(doc, segment_document(doc))
    assert _check(doc, frames) >= 7
    times = [t for f in frames for t in f.times]
    assert all(t.doc_start is not None for t in times)


def test_spans_in_every_seed_frame():
    total = missing = 0
    for doc, segs in seed_docs_and_segments().values():
        frames = build_frames(doc, segs)
        total += _check(doc, frames)
        missing += sum(1 for f in frames for x in (*f.entities, *f.times, *f.quantities)
                       if x.doc_start is None and not getattr(x, "coref", False))
    assert total > 200 and missing == 0
