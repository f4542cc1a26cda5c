"""The pipeline: small named stages run in order, each timed.

    load -> segment -> classify -> frame -> embed -> align -> relate -> verdict

``read`` runs the first three (what ``crosscheck claims`` shows); ``check``
runs them all and returns a ``Report``.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from os import PathLike
from typing import Any

from crosscheck.errors import InputError
from crosscheck.model import ClaimFrame, ClaimResult, Document, Segment

log = logging.getLogger("crosscheck")

__all__ = ["Corpus", "read", "read_documents", "check", "claims", "STAGES"]

#: The stages ``check`` reports through its ``progress`` callback, in order.
STAGES = ("frame", "embed", "relate", "verdict")


@dataclass
class Corpus:
    """Documents and their classified segments, with what could not be read."""

    documents: list[Document]
    segments: list[Segment]  # every segment of every document, in document order
    problems: list[InputError] = field(default_factory=list)
    skipped_files: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def claims(self) -> list[Segment]:
        return [s for s in self.segments if s.checked and not _failed(s)]

    def mark_failed(self, errors: dict[str, str]) -> None:
        """Segments that failed a stage keep status null and say why in ``reason`` ("error: ...")."""
        if errors:
            self.segments = [dataclasses.replace(s, reason=errors[s.id]) if s.id in errors else s for s in self.segments]


def _failed(seg: Segment) -> bool:
    return (seg.reason or "").startswith("error:")


@contextmanager
def _timed(timings: dict[str, float], stage: str):
    t0 = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - t0


def read_documents(documents: Sequence[Document], timings: dict[str, float] | None = None) -> list[Segment]:
    """Segment and classify already-loaded documents."""
    from crosscheck.ingest.classify import classify
    from crosscheck.ingest.segment import segment_document

    timings = {} if timings is None else timings
    segments: list[Segment] = []
    for doc in documents:
        with _timed(timings, "segment"):
            segs = segment_document(doc)
        with _timed(timings, "classify"):
            segments.extend(classify(segs))
    return segments


def read(paths: Iterable[str | PathLike[str]], *, max_bytes: int | None = None) -> Corpus:
    """Load, segment and classify.  Problems with single inputs are collected, not raised."""
    from crosscheck.ingest.load import load_paths

    timings: dict[str, float] = {}
    with _timed(timings, "load"):
        loaded = load_paths([str(p) for p in paths], max_bytes=max_bytes)
    segments = read_documents(loaded.documents, timings)
    return Corpus(loaded.documents, segments, loaded.problems, loaded.skipped, timings)


def _report(corpus: Corpus, results: Sequence[ClaimResult], meta: dict[str, Any]):
    from crosscheck.report import Report

    meta = {
        "problems": [str(p) for p in corpus.problems],
        "skipped_files": list(corpus.skipped_files),
        "timings": {k: round(v, 4) for k, v in corpus.timings.items()},
        **meta,
    }
    return Report(documents=tuple(corpus.documents), results=tuple(results), meta=meta)


def claims(paths: Iterable[str | PathLike[str]], *, max_bytes: int | None = None, frames: bool = False):
    """The segments of the inputs as a Report (no statuses): ``crosscheck claims``."""
    corpus = read(paths, max_bytes=max_bytes)
    frame_of = _frames(corpus) if frames else {}
    results = [ClaimResult(segment=s, frame=frame_of.get(s.id)) for s in corpus.segments]
    return _report(corpus, results, {"command": "claims"})


def _frames(corpus: Corpus) -> dict[str, ClaimFrame]:
    from crosscheck.frame import build_frames

    out: dict[str, ClaimFrame] = {}
    with _timed(corpus.timings, "frame"):
        by_doc: dict[str, list[Segment]] = {}
        for seg in corpus.segments:
            by_doc.setdefault(seg.doc_id, []).append(seg)
        errors: dict[str, str] = {}
        for doc in corpus.documents:
            segs = by_doc.get(doc.id, [])
            try:
                built = build_frames(doc, segs)
            except Exception:  # one bad sentence: frame the document's sentences one by one
                built = [_frame_alone(doc, seg, errors) for seg in segs]
            for seg, frame in zip(segs, built):
                if seg.checked and frame is not None:
                    out[seg.id] = frame
        corpus.mark_failed(errors)
    from crosscheck.frame.paragraph import inherit_paragraph_times

    return inherit_paragraph_times(corpus.claims, out)


def _frame_alone(doc: Document, seg: Segment, errors: dict[str, str]) -> ClaimFrame | None:
    import sys

    from crosscheck.frame import build_frames

    try:
        return build_frames(doc, [seg])[0]
    except Exception as exc:
        msg = (str(exc).splitlines() or [""])[0][:300] or type(exc).__name__
        errors[seg.id] = f"error: frame: {msg}"
        print(f"crosscheck: {seg.id}: could not frame the sentence ({msg}); the run goes on", file=sys.stderr)
        return None


def check(
    paths: Iterable[str | PathLike[str]] | None = None,
    *,
    documents: Sequence[Document] | None = None,
    model: str | None = None,
    nli: str | None = None,
    threads: int | None = None,
    cache: bool = True,
    max_bytes: int | None = None,
    progress: Callable[[str], None] | None = None,
    jobs: int | None = None,
    engine: str | None = None,
    store: str | PathLike[str] | None = None,
    report_all: bool = False,
):
    """Run the whole pipeline over files (``paths``) or Documents and return a Report.

    ``jobs`` (worker processes), ``engine`` ("local" or "ray") and ``store`` (a
    directory: incremental runs; ``report_all`` re-reports every stored document)
    run it through :mod:`crosscheck.scale` with the same results."""
    if jobs is not None or engine is not None or store is not None:
        import sys

        from crosscheck.scale.run import check_scaled

        return check_scaled(sys.modules[__name__], paths, documents=documents, model=model, nli=nli, threads=threads,
                            cache=cache, max_bytes=max_bytes, progress=progress, jobs=jobs, engine=engine, store=store,
                            report_all=report_all)
    if documents is not None:
        timings: dict[str, float] = {}
        corpus = Corpus(list(documents), read_documents(documents, timings), timings=timings)
    else:
        corpus = read(paths or [], max_bytes=max_bytes)
    return check_corpus(corpus, model=model, nli=nli, threads=threads, cache=cache, progress=progress)


def check_corpus(corpus: Corpus, *, model=None, nli=None, threads=None, cache=True, progress=None, frames=None, relate=None,
                 jobs: int | None = None, vectors=None, executor=None):
    from crosscheck.match.embed import get_embedder
    from crosscheck.relate.corpus import relate_corpus
    from crosscheck.relate.verdict import verdicts
    from crosscheck.review.feedback import apply_decisions

    say = progress or (lambda stage: log.info("%s", stage))
    timings = corpus.timings
    say("frame")
    frames = _frames(corpus) if frames is None else frames  # given: computed per document (crosscheck.scale)
    claims = corpus.claims
    say("embed")
    with _timed(timings, "embed.load"):
        embedder = get_embedder(model, threads=threads, cache=cache)
    if vectors is None:  # given: encoded while the workers framed (crosscheck.scale)
        with _timed(timings, "embed"):
            vectors = embedder.encode([s.text for s in claims])
    say("relate")
    with _timed(timings, "relate"):
        failed: dict[str, str] = {}
        copy = None  # which claims are reprints (identical vectors): found once, for relate and the nearest misses
        if relate is None:
            import numpy as np

            from crosscheck.relate.search import copies

            copy = copies(np.ascontiguousarray(vectors, dtype=np.float32))
            links = relate_corpus(claims, frames, vectors, model=embedder.name, nli=nli, errors=failed, jobs=jobs,
                                  executor=executor, copy=copy)
        else:  # another engine (crosscheck.scale)
            links = relate(claims, frames, vectors, model=embedder.name, nli=nli)
        corpus.mark_failed(failed)
        from crosscheck.relate.verdict import strongest_per_pair

        links = strongest_per_pair(links, consume=True)  # the same verdicts; the weaker direction is dropped in place
    say("verdict")
    with _timed(timings, "verdict"):
        from crosscheck.relate.select import nearest_for

        near = nearest_for(claims, vectors, links, embedder.name, copy)
        del vectors  # n x dim floats, not needed past here (memory on large corpora)
        results = verdicts(corpus.segments, frames, links, near)
        results = apply_decisions(results)  # reviewers' decisions (crosscheck.review.feedback)
    from crosscheck.relate.classifier import classifier_enabled

    meta = {"command": "check", "model": embedder.name, "nli": nli, "classifier": "on" if classifier_enabled() else "off",
            "claims": len(claims)}
    return _report(corpus, results, meta)
