"""--jobs: documents segmented, then framed in workers while the parent embeds the claims
(``workers.read_many(during=...)``): the same documents, segments and frames as one process, and
the claims of a sentence or document that failed framing are embedded again without it."""

from __future__ import annotations

import datetime
import json

import crosscheck
from crosscheck.ingest.load import load_text
from crosscheck.scale.workers import read_many
from crosscheck.serialize import result_to_dict
from scale_stage_util import DOC_MARKER, SENTENCE_MARKER, STAGES

EN = ("The port handled 12 million tonnes of cargo in 2019. Its new terminal opened in May. "
      "Exports of grain rose by 8 percent. The city council approved a budget of 40 million euros. ")
RU = ("Порт обработал 12 млн тонн грузов в 2019 году. Новый терминал открылся в мае. "
      "Экспорт зерна вырос на 8 процентов. Городской совет утвердил бюджет в 40 млн евро. ")


def _docs():
    texts = [("en", EN), ("ru", RU), ("en", EN.replace("May", "June") + f"A {SENTENCE_MARKER} line here."),
             ("ru", RU + DOC_MARKER), ("en", EN.replace("12", "15")), ("ru", RU.replace("мае", "июне"))]
    return [load_text(t, doc_id=f"d{i}", lang=lang, date=datetime.date(2020, 1, 10)) for i, (lang, t) in enumerate(texts)]


def _plain(works):
    return [([(s.id, s.text, s.reason, s.doc.id) for s in w.segments], sorted(w.frames), w.problems) for w in works]


def test_overlapped_reading_equals_one_process():
    docs = _docs()
    one, _ = read_many(STAGES, docs, jobs=1)
    seen = []
    two, _ = read_many(STAGES, docs, jobs=2, chunk=2, during=seen.append)
    assert _plain(two) == _plain(one)
    assert any(w.problems for w in two)  # the document that failed whole
    assert any((s.reason or "").startswith("error:") for w in two for s in w.segments)  # the sentence
    segmented = seen[0]  # before framing: the failing sentence is still there, the failed document too
    assert any(SENTENCE_MARKER in s.text for w in segmented for s in w.segments)
    assert all(s.doc is d for w, d in zip(two, docs) for s in w.segments)  # the parent's documents


def _spy_check(monkeypatch, seen):
    from crosscheck import pipeline

    real = pipeline.check_corpus

    def spy(corpus, **kw):
        seen.append((kw.get("vectors"), len(corpus.claims)))
        return real(corpus, **kw)

    monkeypatch.setattr(pipeline, "check_corpus", spy)


def _rows(report):
    return [json.dumps(result_to_dict(r), sort_keys=True, ensure_ascii=False) for r in report.results]


def test_check_uses_the_overlapped_vectors(monkeypatch):
    seen = []
    _spy_check(monkeypatch, seen)
    docs = [d for d in _docs() if DOC_MARKER not in d.text and SENTENCE_MARKER not in d.text]
    two = crosscheck.check(documents=docs, jobs=2)
    one = crosscheck.check(documents=docs, jobs=1)
    assert seen[0][0] is not None and len(seen[0][0]) == seen[0][1]  # encoded while the workers framed
    assert seen[1][0] is None  # one process: encoded after framing
    assert _rows(two) == _rows(one)


def test_a_failed_sentence_or_document_means_the_claims_left_are_encoded_again(monkeypatch):
    from crosscheck.scale import workers

    monkeypatch.setattr(workers, "stages_of", lambda pipeline: STAGES)  # the workers import the failing stage
    seen = []
    _spy_check(monkeypatch, seen)
    docs = _docs()
    two = crosscheck.check(documents=docs, jobs=2)
    one = crosscheck.check(documents=docs, jobs=1)
    assert seen[0][0] is None  # the texts encoded early were not the claims left: encoded again
    assert _rows(two) == _rows(one)
    failed = [r for r in two.results if (r.segment.reason or "").startswith("error:")]
    assert failed and all(r.status is None for r in failed)
    assert any("d3" in str(p) for p in two.meta["problems"])  # the document that failed whole


class _DyingPool:
    """Workers that die after the first few tasks (a kill, out of memory)."""

    def __init__(self, live: int):
        self.live = live

    def submit(self, fn, *args):
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        fut = Future()
        if self.live > 0:
            self.live -= 1
            fut.set_result(fn(*args))
        else:
            fut.set_exception(BrokenProcessPool("a child process terminated abruptly"))
        return fut


def test_dying_workers_mean_the_rest_is_read_here(caplog):
    docs = _docs()
    one, _ = read_many(STAGES, docs, jobs=1)
    for live in (0, 1, 2):  # three chunks of two documents: every case loses a worker on the way
        for during in (None, [].append):
            caplog.clear()
            with caplog.at_level("WARNING", logger="crosscheck"):
                got, _ = read_many(STAGES, docs, jobs=2, chunk=2, pool=_DyingPool(live), during=during)
            assert _plain(got) == _plain(one)
            assert sum("worker processes failed" in r.getMessage() for r in caplog.records) == 1
