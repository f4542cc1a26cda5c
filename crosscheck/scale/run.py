"""``check`` with ``--jobs``, ``--engine`` and ``--store``: the same results as the
plain pipeline, with the per-document stages spread over processes (or Ray) and
the relation stage in partitions (Ray)."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from os import PathLike

from crosscheck.errors import UsageError
from crosscheck.model import Document
from crosscheck.scale.reading import read_corpus

log = logging.getLogger("crosscheck")

__all__ = ["check_scaled", "ENGINES"]

ENGINES = ("local", "ray")


def _load(paths, documents, max_bytes, timings):
    from crosscheck.ingest.load import load_paths

    if documents is not None:
        return list(documents), [], []
    t0 = time.perf_counter()
    loaded = load_paths([str(p) for p in (paths or [])], max_bytes=max_bytes)
    timings["load"] = timings.get("load", 0.0) + time.perf_counter() - t0
    return loaded.documents, loaded.problems, loaded.skipped


def check_scaled(
    pipeline, paths: Iterable[str | PathLike[str]] | None = None, *, documents: Sequence[Document] | None = None,
    model=None, nli=None, threads=None, cache=True, max_bytes=None, progress=None,
    jobs: int | None = None, engine: str | None = None, store=None, report_all: bool = False,
):
    """``pipeline`` is the module :mod:`crosscheck.pipeline` (passed by it: its stage functions)."""
    from crosscheck.errors import InputError

    engine = engine or "local"
    if engine not in ENGINES:
        raise UsageError(f"--engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if jobs is not None and jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if report_all and store is None:
        raise UsageError("--all needs --store (it re-reports every stored document)")
    timings: dict[str, float] = {}
    docs, problems, skipped = _load(paths, documents, max_bytes, timings)
    if store is not None:
        from crosscheck.store.run import check_with_store

        return check_with_store(pipeline, docs, problems, skipped, store, timings=timings, report_all=report_all, model=model,
                                nli=nli, threads=threads, cache=cache, jobs=jobs, engine=engine, progress=progress)
    from contextlib import ExitStack

    from crosscheck.scale.workers import resolve_jobs, start_pool

    relate_jobs = resolve_jobs(jobs, len(docs))  # pair decisions in processes too (crosscheck.relate.parallel)
    early: dict = {}
    with ExitStack() as stack:
        during = pool = None
        if engine == "local" and relate_jobs > 1 and len(docs) > 1:
            during = _embed_during(pipeline, model, threads, cache, timings, early)
            # one pool for reading and for the pair decisions (its workers have loaded what both use)
            pool = stack.enter_context(start_pool(min(relate_jobs, len(docs))))
        segments, frames, doc_problems = read_corpus(pipeline, docs, jobs=jobs, engine=engine, progress=progress,
                                                     timings=timings, during=during, pool=pool)
        problems = list(problems) + [InputError(p) for p in doc_problems]
        corpus = pipeline.Corpus(docs, segments, problems, skipped, timings)
        vectors = None
        if early and early["texts"] == [s.text for s in corpus.claims]:  # else (a document failed framing): again
            vectors = early["vectors"]
        relate = None
        if engine == "ray":
            from crosscheck.scale.ray_engine import relate_ray

            relate = relate_ray
        return pipeline.check_corpus(corpus, model=model, nli=nli, threads=threads, cache=cache, progress=progress,
                                     frames=frames, relate=relate, jobs=relate_jobs, vectors=vectors, executor=pool)


def _embed_during(pipeline, model, threads, cache, timings: dict[str, float], early: dict):
    """A ``read_many(during=...)`` callback: embed the claims while the workers frame them.  The
    model is loaded now, before any document is read (a model error stops the run first)."""
    from crosscheck.match.embed import get_embedder

    t0 = time.perf_counter()
    embedder = get_embedder(model, threads=threads, cache=cache)
    timings["embed.load"] = timings.get("embed.load", 0.0) + time.perf_counter() - t0

    def during(segmented) -> None:
        claims = pipeline.Corpus([], [s for w in segmented for s in w.segments]).claims
        early["texts"] = [s.text for s in claims]
        t0 = time.perf_counter()
        early["vectors"] = embedder.encode(early["texts"])
        timings["embed"] = timings.get("embed", 0.0) + time.perf_counter() - t0

    return during
