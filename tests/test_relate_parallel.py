"""Pair decisions in worker processes (``relate.parallel``, ``--jobs``): the same relations in the
same order as one process, and a pair that fails in a worker is reported, not fatal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import crosscheck
from crosscheck.relate import parallel
from crosscheck.serialize import result_to_dict

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _jsonl(report) -> list[str]:
    return [json.dumps(result_to_dict(r), sort_keys=True, ensure_ascii=False) for r in report.results]


def test_small_corpora_are_decided_in_the_calling_process():
    assert not parallel.worth_parallel(2, parallel.PARALLEL_MIN_CLAIMS - 1)
    assert not parallel.worth_parallel(1, 10 * parallel.PARALLEL_MIN_CLAIMS)
    assert not parallel.worth_parallel(None, 10 * parallel.PARALLEL_MIN_CLAIMS)
    assert parallel.worth_parallel(2, parallel.PARALLEL_MIN_CLAIMS)
    assert not parallel.worth_parallel(2, parallel.PARALLEL_MAX_CLAIMS + 1)  # a copy of the corpus per worker


def test_decisions_in_two_workers_give_the_one_process_report(monkeypatch):
    one = _jsonl(crosscheck.check([SEEDS], jobs=1))
    monkeypatch.setattr(parallel, "PARALLEL_MIN_CLAIMS", 0)
    monkeypatch.setattr(parallel, "CHUNK", 7)  # many chunks, several in flight at once
    two = crosscheck.check([SEEDS], jobs=2)
    assert _jsonl(two) == one
    assert any(r.status == "contradict" for r in two.results)


@pytest.fixture(scope="module")
def seed_inputs():
    from crosscheck import pipeline
    from crosscheck.match.embed import get_embedder
    from crosscheck.relate.candidates import candidate_pairs
    from crosscheck.relate.event_view import event_view
    from crosscheck.relate.names import Names
    from crosscheck.relate.noise import noise_for

    corpus = pipeline.read([SEEDS])
    frames = pipeline._frames(corpus)
    claims = corpus.claims
    emb = get_embedder(None)
    vectors = emb.encode([c.text for c in claims])
    views = {c.id: event_view(c, frames[c.id]) for c in claims}
    fr = [frames[c.id] for c in claims]
    pairs = list(candidate_pairs(claims, fr, vectors))
    return claims, frames, views, noise_for(emb.name), Names(frames), pairs


def _rows(decided):
    return [(i, j, None if rel is None else (rel.a.id, rel.b.id, rel.relation, rel.score, str(rel.explanation),
                                             rel.evidence), err) for i, j, rel, err in decided]


def test_a_pair_failing_in_a_worker_is_reported_and_the_rest_decided(seed_inputs):
    from crosscheck.model import ClaimFrame
    from crosscheck.relate.pair import relate_pair
    from crosscheck.relate.pair_memo import PairMemo

    claims, frames, views, noise, names, pairs = seed_inputs
    bad = claims[pairs[0][0]].id
    views = dict(views, **{bad: "not an event view"})  # every pair of this claim fails
    memo = PairMemo(claims, frames, views, noise, names, ClaimFrame(), relate=relate_pair)
    serial = _rows(memo.decide_all(pairs))
    workers = _rows(parallel.parallel_decisions(claims, frames, views, noise, names, iter(pairs), jobs=2))
    assert workers == serial
    failed = [r for r in workers if r[3] is not None]
    assert failed and all(bad in (claims[i].id, claims[j].id) for i, j, _, _ in failed)
    assert "AttributeError" in failed[0][3]
    assert sum(1 for r in workers if r[2] is not None) >= 100  # the other pairs: decided


class _DeadPool:
    """A process pool whose workers die: the first task's result raises, later submits fail."""

    def __init__(self):
        self.calls = 0

    def submit(self, fn, *args):
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        self.calls += 1
        if self.calls > 1:
            raise BrokenProcessPool("a child process terminated abruptly")
        fut = Future()
        fut.set_exception(BrokenProcessPool("a child process terminated abruptly"))
        return fut


def test_dead_workers_or_no_temporary_file_mean_the_pairs_are_decided_here(seed_inputs, monkeypatch, caplog):
    from crosscheck.model import ClaimFrame
    from crosscheck.relate.pair import relate_pair
    from crosscheck.relate.pair_memo import PairMemo

    claims, frames, views, noise, names, pairs = seed_inputs
    serial = _rows(PairMemo(claims, frames, views, noise, names, ClaimFrame(), relate=relate_pair).decide_all(pairs))
    monkeypatch.setattr(parallel, "CHUNK", 50)
    pool = _DeadPool()
    with caplog.at_level("WARNING", logger="crosscheck"):
        dead = _rows(parallel.parallel_decisions(claims, frames, views, noise, names, iter(pairs), jobs=2, executor=pool))
    assert dead == serial and pool.calls > 1
    assert sum("worker processes failed" in r.getMessage() for r in caplog.records) == 1  # one line, not one per chunk

    import tempfile

    def no_tmp(*a, **k):
        raise PermissionError(13, "Permission denied", "/tmp")

    monkeypatch.setattr(tempfile, "mkstemp", no_tmp)
    caplog.clear()
    with caplog.at_level("WARNING", logger="crosscheck"):
        here = _rows(parallel.parallel_decisions(claims, frames, views, noise, names, iter(pairs), jobs=2))
    assert here == serial
    assert any("no worker processes" in r.getMessage() for r in caplog.records)
