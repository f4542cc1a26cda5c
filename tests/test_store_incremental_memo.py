"""Incremental runs on reprint-heavy corpora: work not done twice, answers unchanged.

* the pair decision is made once per distinct input (``relate.pair_memo``) and the
  answer is the one ``relate_pair`` gives for every pair, labels and all, even when
  identical sentences meet in documents of other names, outlets and dates;
* a key without one of the decision's inputs would be caught (the publication dates);
* every attribute the decision reads from segments and documents is one the key covers;
* the store decodes a frame stored many times once; ``Names`` visits each distinct
  frame once.  Same display names, same relations.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from pathlib import Path

import numpy as np
import pytest

import crosscheck.pipeline as pipeline
import crosscheck.relate.pair_memo as pair_memo
from crosscheck.model import ClaimFrame, Document, Segment
from crosscheck.relate.candidates import candidate_pairs
from crosscheck.relate.event_view import event_view
from crosscheck.relate.names import Names
from crosscheck.relate.noise import noise_for
from crosscheck.relate.pair import relate_pair

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
#: Reprints of every seed document: (id prefix, days later, outlet).  Same day and
#: another outlet (a wire story), 3 days later, 60 days later (months apart).
COPIES = (("wire", 0, "Wire"), ("late", 3, None), ("old", 60, "Archive"))


@pytest.fixture(scope="module")
def corpus():
    """Seed claims and three reprints of each seed document (new ids, outlets, dates)."""
    from crosscheck.match.embed import get_embedder

    base = pipeline.read(sorted(str(p) for p in SEEDS.glob("*.txt") if not p.name.startswith("001")))  # 001: the longest
    frames0 = pipeline._frames(base)
    claims0 = [c for c in base.claims if c.id in frames0]
    vec0 = get_embedder(None).encode([c.text for c in claims0])
    claims, frames, rows = list(claims0), dict(frames0), [vec0]
    for prefix, days, outlet in COPIES:
        docs = {}
        for c in claims0:
            if c.doc_id not in docs:
                date = c.doc.date + dt.timedelta(days=days) if c.doc.date else dt.date(2024, 1, 1) + dt.timedelta(days=days)
                docs[c.doc_id] = dataclasses.replace(c.doc, id=f"{prefix}-{c.doc_id}", date=date, outlet=outlet)
            copy = dataclasses.replace(c, doc=docs[c.doc_id])
            claims.append(copy)
            frames[copy.id] = frames0[c.id]
        rows.append(vec0)
    return claims, frames, np.concatenate(rows).astype(np.float32)


def _pairs(claims, frames, vectors):
    empty = ClaimFrame()
    return list(candidate_pairs(claims, [frames.get(c.id, empty) for c in claims], vectors))


def _as_row(rel):
    if rel is None:
        return None
    return (rel.a.id, rel.b.id, rel.relation, rel.score, rel.explanation, rel.evidence)


def _memo(claims, frames, noise):
    views = {c.id: event_view(c, frames.get(c.id, ClaimFrame())) for c in claims}
    return pair_memo.PairMemo(claims, frames, views, noise, Names(frames), ClaimFrame()), views


def test_memo_gives_every_pair_the_decision_relate_pair_gives(corpus):
    claims, frames, vectors = corpus
    noise = noise_for(None)
    memo, views = _memo(claims, frames, noise)
    names = memo.names
    by_texts: dict[tuple, set] = {}
    for i, j, cos in _pairs(claims, frames, vectors):
        a, b = claims[i], claims[j]
        direct = relate_pair(a, frames[a.id], b, frames[b.id], cos, noise, names, views=views)
        got = memo.decide(i, j, cos)
        assert _as_row(got) == _as_row(direct), (a.id, b.id)
        if direct is not None:
            by_texts.setdefault((a.text, b.text, cos), set()).add((direct.relation, direct.explanation.replace(a.doc_id, "")
                                                                   .replace(b.doc_id, "")))
    # the reprints make the memo worth having, and identical texts still got different answers
    # (other dates: "published months apart", other windows): the key tells them apart
    assert memo.hits > memo.misses
    assert any(len(v) > 1 for v in by_texts.values())
    # labels: the sentinels the decision was made with never reach a relation
    assert memo.enabled


def test_a_key_without_the_publication_dates_would_be_caught(corpus, monkeypatch):
    """The test above can fail: a memo blind to the dates hands a pair another pair's answer."""
    claims, frames, vectors = corpus
    noise = noise_for(None)
    monkeypatch.setattr(pair_memo, "published_together", lambda a, b: None)
    monkeypatch.setattr(pair_memo, "DOCUMENT_INPUTS", ())
    memo, views = _memo(claims, frames, noise)
    # views keyed too: an undated event's window follows its date; drop that as well
    memo._side_key = _blind_side_key.__get__(memo)
    wrong = 0
    for i, j, cos in _pairs(claims, frames, vectors):
        a, b = claims[i], claims[j]
        direct = relate_pair(a, frames[a.id], b, frames[b.id], cos, noise, memo.names, views=views)
        wrong += _as_row(memo.decide(i, j, cos)) != _as_row(direct)
    assert wrong > 0


def _blind_side_key(self, i):
    seg = self.claims[i]
    key = (seg.text, seg.lang, seg.kind, self.frames.get(seg.id, self.empty))
    return self._intern.setdefault(key, len(self._intern))


# ------------------------------------------------------------------ what the decision reads
_READS: set[tuple[str, str, str]] = set()
_ACTIVE = [False]


def _record(kind: str, name: str) -> None:
    if _ACTIVE[0] and not name.startswith("__"):
        caller = sys._getframe(2)
        if not caller.f_code.co_filename.endswith(("model.py", "dataclasses.py")):  # Segment.id/text, replace()
            _READS.add((kind, name, caller.f_code.co_name))


class _AuditDoc(Document):
    def __getattribute__(self, name):
        _record("doc", name)
        return object.__getattribute__(self, name)


class _AuditSeg(Segment):
    def __getattribute__(self, name):
        _record("seg", name)
        return object.__getattribute__(self, name)


def _audited(rel_fn):
    def relate(*args, **kw):
        _ACTIVE[0] = True
        try:
            return rel_fn(*args, **kw)
        finally:
            _ACTIVE[0] = False
    return relate


def test_every_input_the_decision_reads_is_in_the_key(corpus):
    """Attributes ``relate_pair`` reads from segments and documents (on the seeds and their
    reprints): each is in the memo's key, or is the document's name (substituted), or the
    publication date read where the key covers it (the event view, ``published_together``,
    and whether a date is known).  A new rule reading another attribute fails here: add it
    to ``pair_memo.SEGMENT_INPUTS`` / ``DOCUMENT_INPUTS``."""
    claims, frames, vectors = corpus
    docs: dict[str, _AuditDoc] = {}
    audit = []
    for c in claims:
        if c.doc_id not in docs:
            docs[c.doc_id] = _AuditDoc(**{f.name: getattr(c.doc, f.name) for f in dataclasses.fields(Document)})
        audit.append(_AuditSeg(docs[c.doc_id], **{f.name: getattr(c, f.name) for f in dataclasses.fields(Segment) if f.name != "doc"}))
    noise = noise_for(None)
    views = {c.id: event_view(c, frames.get(c.id, ClaimFrame())) for c in audit}
    memo = pair_memo.PairMemo(audit, frames, views, noise, Names(frames), ClaimFrame(), relate=_audited(relate_pair))
    _READS.clear()
    for i, j, cos in _pairs(claims, frames, vectors):
        memo.decide(i, j, cos)
    assert _READS, "the audit saw nothing"
    seg_ok = set(pair_memo.SEGMENT_INPUTS) | {"doc", "id", "doc_id"}
    doc_ok = set(pair_memo.DOCUMENT_INPUTS)
    date_readers = {"event_view", "published_together", "statement_relation"}
    unknown = set()
    for kind, name, where in _READS:
        if kind == "seg" and name in seg_ok:
            continue
        if kind == "doc" and (name in doc_ok or (name in ("id", "outlet") and where == "doc_label")
                              or (name == "date" and where in date_readers)):
            continue
        unknown.add((kind, name, where))
    assert not unknown, f"read by the pair decision but not in the memo key: {sorted(unknown)}"


def test_relate_corpus_is_the_same_with_and_without_the_memo(corpus, monkeypatch):
    from crosscheck.relate.corpus import relate_corpus

    claims, frames, vectors = corpus
    on = relate_corpus(claims, frames, vectors, model=None)
    monkeypatch.setattr(pair_memo, "ENABLED", False)
    off = relate_corpus(claims, frames, vectors, model=None)
    assert [_as_row(r) for r in on] == [_as_row(r) for r in off]
    assert any(r.relation == "agree" for r in on)


def test_names_from_each_distinct_frame_once_are_the_same_names(corpus):
    from crosscheck.relate.corpus import _first_of_each

    claims, frames, _ = corpus
    rng = np.random.default_rng(5)
    for _ in range(3):
        keys = list(frames)
        rng.shuffle(keys)
        shuffled = {k: frames[k] for k in keys}
        assert Names(_first_of_each(shuffled))._best == Names(shuffled)._best
    assert len(_first_of_each(frames)) < len(frames)


def test_the_store_decodes_a_frame_stored_many_times_once(tmp_path, corpus):
    from crosscheck.store.db import Store

    claims, frames, vectors = corpus
    store = Store(tmp_path / "s")
    store.bind_model("test", vectors.shape[1])
    run = store.begin_run("test", "test")
    by_doc: dict[str, list] = {}
    for k, c in enumerate(claims):
        by_doc.setdefault(c.doc_id, []).append(k)
    for d, ks in by_doc.items():
        store.add_document(claims[ks[0]].doc, f"h-{d}", [claims[k] for k in ks], frames, vectors[ks], run)
    _, _, _, segments, loaded, vecs = store.load()
    store.close()
    assert loaded == {c.id: frames[c.id] for c in claims}
    original = claims[0]
    copies = [loaded[f"{p}-{original.id}"] for p, _, _ in COPIES]
    assert all(f is loaded[original.id] for f in copies)  # one object for the four equal frames
    assert np.array_equal(vecs, vectors)


def test_an_event_view_reads_only_the_frame_and_the_publication_date(corpus):
    """``relate_corpus`` computes one event view per (frame object, publication date)."""
    claims, frames, _ = corpus
    _READS.clear()
    for c in claims[:200]:
        doc = _AuditDoc(**{f.name: getattr(c.doc, f.name) for f in dataclasses.fields(Document)})
        seg = _AuditSeg(doc, **{f.name: getattr(c, f.name) for f in dataclasses.fields(Segment) if f.name != "doc"})
        _audited(event_view)(seg, frames[c.id])
    assert {(kind, name) for kind, name, _ in _READS} <= {("seg", "doc"), ("doc", "date")}
    assert ("doc", "date") in {(kind, name) for kind, name, _ in _READS}
