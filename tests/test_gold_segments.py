"""Segment boundaries and kinds measured against the seed gold annotation."""

from __future__ import annotations

from crosscheck.model import collapse_ws
from crosscheck.pipeline import read

GROUP = {"claim": "claim", "quote-claim": "claim", "opinion": "opinion", "boilerplate": "boilerplate"}


def _matches(gold, seeds_dir):
    corpus = read([seeds_dir])
    by_doc = {}
    for seg in corpus.segments:
        by_doc.setdefault(seg.doc_id[:3], []).append(seg)
    pairs = []
    for item in gold["claims"]:
        found = [s for s in by_doc[item["doc"]] if collapse_ws(s.raw) == collapse_ws(item["text"])]
        pairs.append((item, found[0] if found else None))
    return pairs


def test_gold_boundaries(gold, seeds_dir):
    pairs = _matches(gold, seeds_dir)
    matched = sum(1 for _, seg in pairs if seg is not None)
    assert matched / len(pairs) >= 0.95, f"only {matched}/{len(pairs)} gold items have a segment with the same boundaries"
    # the sentences of seed 001 broken across lines by hyperlinks
    broken = {b["claim"] for b in gold["line_breaks"]}
    assert len(broken) == 4
    for item, seg in pairs:
        if item["id"] in broken:
            assert seg is not None, f"{item['id']} is not one segment"


def test_gold_kinds(gold, seeds_dir):
    pairs = [(item, seg) for item, seg in _matches(gold, seeds_dir) if seg is not None]
    for item, seg in pairs:
        if item["tag"] == "boilerplate":
            assert seg.kind != "claim", f"gold boilerplate {item['id']} was classified as a claim"
    right = sum(1 for item, seg in pairs if GROUP.get(seg.kind) == GROUP[item["tag"]])
    accuracy = right / len(pairs)
    assert accuracy >= 0.85, f"kind accuracy {accuracy:.3f}"
