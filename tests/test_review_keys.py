"""Stable link keys: the same two sentences in the same documents get the same key, whatever
the order, the whitespace, the segmentation or the file names; any change of text gives a new one."""

from __future__ import annotations

import json

from crosscheck.model import Document, Segment
from crosscheck.review.keys import doc_fingerprint, fingerprints, is_key, link_key, unique_key
from crosscheck.review.source import load_run
from review_fixtures import write_seeds_run

EN = "They met in Geneva on January 21. The talks lasted three hours.\n\nBoth sides called them useful."
RU = "Они встретились в Женеве 24 января. Переговоры длились три часа."


def _segs(doc: Document, cuts: list[int]) -> list[Segment]:
    bounds = [0, *cuts, len(doc.text)]
    return [Segment(doc=doc, n=i + 1, start=a, end=b, lang=doc.lang) for i, (a, b) in enumerate(zip(bounds, bounds[1:]))]


def _key(seg_a: Segment, segs_a, seg_b: Segment, segs_b) -> str:
    fp = fingerprints([(s.doc_id, s.text) for s in [*segs_a, *segs_b]])
    return link_key(seg_a.text, fp[seg_a.doc_id], seg_b.text, fp[seg_b.doc_id])


def test_order_whitespace_and_resegmentation_keep_the_key():
    en, ru = Document("en", EN, "en"), Document("ru", RU, "ru")
    en_segs, ru_segs = _segs(en, [34, 65]), _segs(ru, [35])
    key = _key(en_segs[0], en_segs, ru_segs[0], ru_segs)
    assert is_key(key)
    assert key == _key(ru_segs[0], ru_segs, en_segs[0], en_segs)  # a->b == b->a
    # the second and third sentences segmented as one: the first sentence and the document are unchanged
    assert key == _key(en_segs[0], _segs(en, [34]), ru_segs[0], ru_segs)
    # re-wrapped text and a renamed file: same characters, same key
    wrapped = Document("en-renamed", EN.replace("Geneva on", "Geneva\non").replace("\n\n", "\n \n"), "en")
    w_segs = _segs(wrapped, [34, wrapped.text.index("Both")])
    assert key == _key(w_segs[0], w_segs, ru_segs[0], ru_segs)


def test_changed_sentence_or_document_changes_the_key():
    en, ru = Document("en", EN, "en"), Document("ru", RU, "ru")
    en_segs, ru_segs = _segs(en, [34, 65]), _segs(ru, [35])
    key = _key(en_segs[0], en_segs, ru_segs[0], ru_segs)
    edited = Document("en", EN.replace("January 21", "January 22"), "en")
    e_segs = _segs(edited, [34, 65])
    assert key != _key(e_segs[0], e_segs, ru_segs[0], ru_segs)
    corrected = Document("en", EN.replace("useful", "useless"), "en")  # another sentence of the document
    c_segs = _segs(corrected, [34, 65])
    assert key != _key(c_segs[0], c_segs, ru_segs[0], ru_segs)
    # the same sentence pair in other documents is another link
    assert key != _key(en_segs[0], en_segs, ru_segs[1], ru_segs)
    assert unique_key(en_segs[0].text, doc_fingerprint([s.text for s in en_segs])) != key
    assert not is_key("deadbeef") and not is_key("G" * 32)


def test_check_writes_keys_that_a_run_reproduces(tmp_path):
    run = write_seeds_run(tmp_path)
    records = [json.loads(line) for line in run.read_text(encoding="utf-8").splitlines()]
    links = [link for r in records for link in r["links"]]
    assert links and all(is_key(link["key"]) for link in links)
    assert all("review" not in link for link in links)  # no decisions yet
    # a and b of one pair carry one key
    by_pair = {}
    for r in records:
        for link in r["links"]:
            by_pair.setdefault(frozenset((r["id"], link["id"])), set()).add(link["key"])
    assert all(len(keys) == 1 for keys in by_pair.values())
    # a v1 run without keys: the reader rebuilds the same keys from the segments
    for r in records:
        for link in r["links"]:
            link.pop("key")
    bare = tmp_path / "v1.jsonl"
    bare.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    assert {f.key for f in load_run(bare).flags} == {f.key for f in load_run(run).flags}


def test_document_fingerprints_do_not_depend_on_the_segmentation(seeds_dir):
    """On real inputs (the seeds and the frame test corpus), the fingerprint read from the
    segments equals the fingerprint of the whole text: any segmentation gives the same one."""
    from pathlib import Path

    from crosscheck.pipeline import read

    corpus = read([seeds_dir, Path(__file__).parent / "data" / "frame_cases.jsonl"])
    by_doc: dict[str, list[str]] = {}
    for seg in corpus.segments:
        by_doc.setdefault(seg.doc_id, []).append(seg.text)
    assert len(corpus.documents) > 20
    for doc in corpus.documents:
        assert doc_fingerprint(by_doc.get(doc.id, [])) == doc_fingerprint([doc.text]), doc.id


def test_the_fallback_key_ignores_edits_elsewhere_but_not_of_the_sentences():
    from crosscheck.review.keys import fallback_key

    a, b = "They met in Geneva on January 21.", "Они встретились в Женеве 24 января."
    key = fallback_key(a, "en", b, "ru")
    assert key == fallback_key(b, "ru", "  " + a.replace(" on ", "\non "), "en")  # order, whitespace
    assert key != fallback_key(a.replace("21", "22"), "en", b, "ru")
    assert key != fallback_key(a, "en-other", b, "ru")
    assert fallback_key(a, "en") != fallback_key(a, "en", b, "ru") and is_key(fallback_key(a, "en"))
