"""Pair decisions in worker processes (``--jobs``): the same relations, in the same order.

The slot decision of one candidate pair (``pair.relate_pair``) reads the two claims,
their frames and event views, the corpus's display names and the noise model, and
nothing else: pairs can be decided anywhere.  The parent streams the candidate pairs in
chunks to ``jobs`` worker processes (each reads one copy of the claims, frames and views
from a temporary file the first time it meets them), and takes the answers back in submission order, so the
relations come out exactly as one process makes them.  A worker returns a relation as
claim indices and plain fields (never the segments: the parent has them).

Starting the workers costs about a second (spawn, imports, one copy of the corpus each),
so small corpora are decided in the calling process (``PARALLEL_MIN_CLAIMS``); so are very
large ones (``PARALLEL_MAX_CLAIMS``), where a copy of every claim, frame and view in each
worker would cost more memory than the time it saves is worth (10^5 claims stay under 2 GB).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from crosscheck.model import ClaimFrame, Segment
from crosscheck.relate.types import PairRelation

log = logging.getLogger("crosscheck")

__all__ = ["parallel_decisions", "worth_parallel", "PARALLEL_MIN_CLAIMS", "PARALLEL_MAX_CLAIMS", "CHUNK"]

#: Below this many claims the pairs are decided in the calling process: a worker's start
#: (spawn, imports, a copy of the corpus) costs more than it saves (bench/RESULTS.md §8).
PARALLEL_MIN_CLAIMS = 1500
#: Above this many claims, likewise (memory: see the module's docstring).
PARALLEL_MAX_CLAIMS = 20000
#: Candidate pairs per task; at most ``2 * jobs`` tasks in flight (memory stays bounded
#: by the chunk size however many pairs a corpus makes).
CHUNK = 1000

_WORKER: dict = {}


def worth_parallel(jobs: int | None, n_claims: int) -> bool:
    return bool(jobs) and jobs > 1 and PARALLEL_MIN_CLAIMS <= n_claims <= PARALLEL_MAX_CLAIMS


def _state(path: str) -> tuple:
    """The corpus a task's pairs index into: read from ``path`` the first time this worker
    meets it (a pool shared with the reading stage starts without it)."""
    if _WORKER.get("path") != path:
        import pickle

        from crosscheck.relate.pair import relate_pair
        from crosscheck.relate.pair_memo import PairMemo

        with open(path, "rb") as fh:
            claims, frames, views, noise, names = pickle.load(fh)
        _WORKER.clear()
        _WORKER.update(path=path, claims=claims,
                       memo=PairMemo(claims, frames, views, noise, names, ClaimFrame(), relate=relate_pair))
    return _WORKER["claims"], _WORKER["memo"]


def _index(rel_side: Segment, i: int, j: int, claims: Sequence[Segment]) -> int:
    if rel_side is claims[i] or rel_side.id == claims[i].id:
        return i
    return j


def _decide_chunk(path: str, pairs: list[tuple[int, int, float]]) -> list:
    """Per pair: None (no relation), ``("error", message)``, or ``(ia, ib, relation, score,
    explanation, evidence)``."""
    claims, memo = _state(path)
    out: list = []
    for i, j, cos in pairs:
        try:
            rel = memo.decide(i, j, cos)
        except Exception as exc:
            out.append(("error", repr(exc)))
            continue
        if rel is None:
            out.append(None)
        else:
            out.append((_index(rel.a, i, j, claims), _index(rel.b, i, j, claims), rel.relation, rel.score,
                        str(rel.explanation), rel.evidence))
    return out


def parallel_decisions(
    claims: Sequence[Segment], frames: Mapping[str, ClaimFrame], views: Mapping, noise, names,
    pairs: Iterable[tuple[int, int, float]], *, jobs: int, executor=None,
    here: Callable[[list], Iterator] | None = None,
) -> Iterator[tuple[int, int, PairRelation | None, str | None]]:
    """``(i, j, relation or None, error message or None)`` for each pair, in input order.
    ``executor``: a running ``concurrent.futures`` process pool to use (the reading stage's:
    its workers have loaded what framing and relating share); else one starts here.
    ``here(pairs)``: the same answers made in this process, for what the workers cannot do
    (no temporary file, a worker killed or out of memory): said on one line, the run goes on."""
    import os
    import pickle
    import tempfile
    from contextlib import ExitStack

    here = here or _here_from(claims, frames, views, noise, names)
    path = None
    try:  # the claims, frames and views of the whole corpus, written once; each worker reads them once
        fd, path = tempfile.mkstemp(prefix="crosscheck-relate-", suffix=".pickle")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((list(claims), dict(frames), dict(views), noise, names), fh, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError as exc:  # no temporary folder, or a full disk
        if path is not None:
            os.unlink(path)
        log.warning("crosscheck: relate: no worker processes (%s); deciding the pairs here", exc)
        yield from here(list(pairs))
        return
    with ExitStack() as stack:
        stack.callback(os.unlink, path)
        from crosscheck.scale.workers import Tasks, start_pool

        pool = executor if executor is not None else stack.enter_context(start_pool(jobs, frame_models=False))
        tasks = Tasks(pool, "deciding the pairs")
        inflight: deque = deque()

        def drain(limit: int) -> Iterator:
            while len(inflight) > limit:
                chunk, fut = inflight.popleft()
                answers = tasks.result(fut, lambda: None)
                if answers is None:  # the workers failed: this chunk and the rest here
                    yield from here(chunk)
                    continue
                for (i, j, _cos), got in zip(chunk, answers):
                    if got is None:
                        yield i, j, None, None
                    elif got[0] == "error":
                        yield i, j, None, got[1]
                    else:
                        ia, ib, relation, score, explanation, evidence = got
                        yield i, j, PairRelation(claims[ia], claims[ib], relation, score, explanation, evidence), None

        chunk: list = []
        for p in pairs:
            chunk.append(p)
            if len(chunk) >= CHUNK:
                inflight.append((chunk, tasks.submit(_decide_chunk, path, chunk)))
                chunk = []
                yield from drain(2 * jobs)
        if chunk:
            inflight.append((chunk, tasks.submit(_decide_chunk, path, chunk)))
        yield from drain(0)


def _here_from(claims, frames, views, noise, names) -> Callable[[list], Iterator]:
    """Decisions in this process, as ``decide`` makes them (one memo for the run)."""
    from crosscheck.relate.pair import relate_pair
    from crosscheck.relate.pair_memo import PairMemo

    return PairMemo(claims, frames, views, noise, names, ClaimFrame(), relate=relate_pair).decide_all
