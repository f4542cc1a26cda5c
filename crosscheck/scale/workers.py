"""Per-document stages (segment, classify, frame) for many documents, in one
process or in worker processes, with the same results either way.

Each document is read on its own (``read_one``): segmentation, classification,
frames and paragraph time inheritance look at one document only, so the order
and the split of the work cannot change a result.  Embedding stays in the
parent process: the encoder is multi-threaded already (one model in memory,
all cores), and loading it in every worker costs seconds and hundreds of MB.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from crosscheck.model import ClaimFrame, Document, Segment

log = logging.getLogger("crosscheck")

__all__ = ["DocWork", "read_one", "segment_one", "frame_one", "read_many", "resolve_jobs", "start_pool", "Tasks", "limit_threads", "SMALL_INPUT_DOCS"]

#: Below this many documents ``--jobs`` defaults to 1: starting a worker process and
#: loading the Russian models in it (~2-3 s) costs more than it saves (bench/RESULTS.md).
SMALL_INPUT_DOCS = 40


@dataclass
class DocWork:
    """What the per-document stages made of one document."""

    segments: list[Segment]
    frames: dict[str, ClaimFrame]
    timings: dict[str, float] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """The document could not be read at all (its problem says why)."""
        return bool(self.problems) and not self.segments


def stages_of(pipeline) -> tuple:
    """The pipeline's per-document stage functions (passed in, not imported: the
    pipeline calls this package; picklable by reference for worker processes)."""
    return (pipeline.Corpus, pipeline.read_documents, pipeline._frames)


def read_one(stages: tuple, doc: Document) -> DocWork:
    """Segment, classify and frame one document (the pipeline's own stage functions)."""
    work = segment_one(stages, doc)
    return work if work.failed else frame_one(stages, doc, work.segments, work.timings)


def segment_one(stages: tuple, doc: Document) -> DocWork:
    """Segment and classify one document (no frames yet); a failure is the document's problem."""
    _Corpus, read_documents, _frames = stages
    timings: dict[str, float] = {}
    try:
        return DocWork(read_documents([doc], timings), {}, timings)
    except Exception as exc:  # one bad document never ends the run
        return _failed_doc(doc, exc, timings)


def frame_one(stages: tuple, doc: Document, segments: Sequence[Segment], timings: dict[str, float] | None = None) -> DocWork:
    """Frame one document's segments (``segment_one``'s)."""
    Corpus, _read_documents, _frames = stages
    timings = {} if timings is None else timings
    try:
        corpus = Corpus([doc], list(segments), timings=timings)
        frames = _frames(corpus)
    except Exception as exc:  # one bad document never ends the run
        return _failed_doc(doc, exc, timings)
    return DocWork(corpus.segments, frames, timings, [str(p) for p in corpus.problems])


def _failed_doc(doc: Document, exc: Exception, timings: dict[str, float]) -> DocWork:
    log.debug("document %s failed", doc.id, exc_info=True)
    return DocWork([], {}, timings, [f"{doc.id}: error: {type(exc).__name__}: {exc}"])


def _read_chunk(stages: tuple, docs: Sequence[Document]) -> list[DocWork]:
    return [read_one(stages, d) for d in docs]


def _segment_chunk(stages: tuple, docs: Sequence[Document]) -> list[DocWork]:
    return [segment_one(stages, d) for d in docs]


def _frame_chunk(stages: tuple, items: Sequence[tuple[Document, DocWork]]) -> list[DocWork]:
    return [frame_one(stages, doc, work.segments, work.timings) for doc, work in items]


def resolve_jobs(jobs: int | None, n_docs: int) -> int:
    """``--jobs``: None -> the CPU count, or 1 for small inputs (start-up cost dominates)."""
    if jobs is not None:
        return max(1, int(jobs))
    if n_docs < SMALL_INPUT_DOCS:
        return 1
    return max(1, os.cpu_count() or 1)


def read_many(stages: tuple, docs: Sequence[Document], *, jobs: int = 1, tick: Callable[[int], None] | None = None,
              chunk: int = 4, during: Callable[[list[DocWork]], object] | None = None, pool=None,
              ) -> tuple[list[DocWork], float]:
    """``DocWork`` per document, in input order, and the wall time.  ``tick(n)`` after
    each ``n`` documents done.

    ``during`` (worker processes only): the workers segment the documents, then frame them,
    and meanwhile this process calls ``during(segmented)`` with every document's segments
    (no frames yet), e.g. to embed the claims while the workers frame them.  ``pool``: a
    running pool (``start_pool``) to use and leave running, e.g. for the pair decisions.
    Every document is still read by the same two functions (``segment_one``, ``frame_one``),
    so the output is the same either way."""
    t0 = time.perf_counter()
    out: list[DocWork] = []
    if jobs <= 1 or len(docs) <= 1:
        for d in docs:
            out.append(read_one(stages, d))
            if tick:
                tick(1)
        return out, time.perf_counter() - t0
    from contextlib import ExitStack

    chunks = [list(docs[i : i + chunk]) for i in range(0, len(docs), chunk)]
    with ExitStack() as stack:
        if pool is None:
            pool = stack.enter_context(start_pool(min(jobs, len(chunks))))
        tasks = Tasks(pool)
        if during is None:
            futures = [tasks.submit(_read_chunk, stages, c) for c in chunks]
            for c, f in zip(chunks, futures):
                works = tasks.result(f, lambda c=c: _read_chunk(stages, c))
                out.extend(_rebind(works, c))
                if tick:
                    tick(len(works))
            return out, time.perf_counter() - t0
        segmented: list[DocWork] = []
        futures = []
        cut = [tasks.submit(_segment_chunk, stages, c) for c in chunks]  # the workers segment first (pysbd is slow)
        for c, f in zip(chunks, cut):  # then frame each chunk as its segments come back
            works = _rebind(tasks.result(f, lambda c=c: _segment_chunk(stages, c)), c)
            segmented.extend(works)
            todo = [(d, w) for d, w in zip(c, works) if not w.failed]
            futures.append((c, works, todo, tasks.submit(_frame_chunk, stages, todo) if todo else None))
        during(segmented)
        for c, works, todo, fut in futures:
            framed = iter(_rebind(tasks.result(fut, lambda todo=todo: _frame_chunk(stages, todo)), [d for d, _ in todo])
                          if todo else [])
            done = [w if w.failed else next(framed) for w in works]
            out.extend(done)
            if tick:
                tick(len(done))
    return out, time.perf_counter() - t0


class Tasks:
    """Tasks for a process pool that may break (a worker killed or out of memory): from then on
    each task runs in this process instead, after one warning line; the run goes on.  ``doing``
    names the work in that line ("reading", "deciding the pairs")."""

    def __init__(self, pool, doing: str = "reading"):
        self.pool, self.doing, self.broken = pool, doing, False

    def fail(self, exc: BaseException) -> None:
        if not self.broken:
            self.broken = True
            log.warning("crosscheck: worker processes failed (%s); %s the rest here", " ".join(repr(exc).split())[:200],
                        self.doing)

    def submit(self, fn, *args):
        if self.broken:
            return None
        try:
            return self.pool.submit(fn, *args)
        except Exception as exc:  # a broken or shut-down pool
            self.fail(exc)
            return None

    def result(self, fut, here: Callable[[], object]):
        """The task's result, or ``here()`` when the pool cannot give it (errors of one document
        or pair never come here: the workers catch them)."""
        if fut is not None and not self.broken:
            try:
                return fut.result()
            except Exception as exc:
                self.fail(exc)
        return here()


#: BLAS/OpenMP pools in a worker: one thread.  The workers already fill the cores; a pool of
#: one thread per core in each of them oversubscribes the machine (the 100-document bench read
#: its documents in 10.8 s wall with two workers of two threads each, 5.1 s with one thread each).
WORKER_THREADS = 1
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def start_pool(jobs: int, *, frame_models: bool = True):
    """A pool of ``jobs`` spawned worker processes, one BLAS thread each, ready for the
    per-document stages (``frame_models``: the framing models loaded) or for pair decisions
    alone; a context manager."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    ctx = mp.get_context("spawn")  # never fork a process whose BLAS/encoder threads are running
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init if frame_models else limit_threads)


def limit_threads() -> None:
    """This process's BLAS/OpenMP pools to ``WORKER_THREADS`` (a worker process's first step)."""
    for var in _THREAD_VARS:  # pools not yet started
        os.environ[var] = str(WORKER_THREADS)
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=WORKER_THREADS)  # pools of libraries already loaded
    except Exception:  # pragma: no cover - threadpoolctl is a dependency; a missing one costs speed only
        pass


def _worker_init() -> None:
    os.environ.setdefault("CROSSCHECK_PROGRESS", "0")
    limit_threads()
    try:
        from crosscheck.frame import load_models

        load_models()
    except Exception:  # the first document reports it
        pass
    limit_threads()  # the models loaded numpy's pools


def _rebind(works: list[DocWork], docs: Sequence[Document]) -> list[DocWork]:
    """Segments that came back from a worker point at a copy of their document: point
    them at the parent's (one text in memory)."""
    import dataclasses

    for w, doc in zip(works, docs):
        w.segments = [dataclasses.replace(s, doc=doc) for s in w.segments]
    return works


def merge_timings(target: dict[str, float], works: Sequence[DocWork]) -> None:
    """Stage times summed over documents (CPU time across workers, not wall time)."""
    for w in works:
        for k, v in w.timings.items():
            target[k] = target.get(k, 0.0) + v
