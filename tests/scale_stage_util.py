"""Stage functions for worker-process tests: importable by name in a spawned worker (tests/ is on
its path), so a test can make one document's framing fail there, or one sentence's."""

from __future__ import annotations

from crosscheck import pipeline

#: A sentence that holds this marker fails framing; a document that holds the doc marker fails whole.
SENTENCE_MARKER = "zzfailsentencezz"
DOC_MARKER = "zzfaildocumentzz"


def frames_failing(corpus):
    doc = corpus.documents[0]
    if DOC_MARKER in doc.text:
        raise RuntimeError("this document cannot be framed")
    bad = {s.id: "error: frame: RuntimeError('test')" for s in corpus.segments if SENTENCE_MARKER in s.text}
    corpus.mark_failed(bad)
    return pipeline._frames(corpus)


STAGES = (pipeline.Corpus, pipeline.read_documents, frames_failing)
