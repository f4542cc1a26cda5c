"""The per-document stages of many documents, on the chosen engine."""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.model import Document
from crosscheck.scale.progress import advance, start

__all__ = ["read_corpus"]


def read_corpus(pipeline, docs: Sequence[Document], *, jobs: int | None, engine: str, progress,
                timings: dict[str, float], during=None, pool=None):
    """Per-document stages for ``docs`` -> (segments, frames, problems), in input order.
    ``during``, ``pool``: see ``workers.read_many`` (local engine with worker processes only)."""
    from crosscheck.scale.workers import merge_timings, read_many, resolve_jobs, stages_of

    stages = stages_of(pipeline)

    start(progress, "read", len(docs))
    tick = (lambda n: advance(progress, n)) if progress is not None else None
    if engine == "ray":
        from crosscheck.scale.ray_engine import read_many_ray

        works, wall = read_many_ray(stages, docs, tick=tick)
    else:
        works, wall = read_many(stages, docs, jobs=resolve_jobs(jobs, len(docs)), tick=tick, during=during, pool=pool)
    merge_timings(timings, works)
    timings["read.wall"] = timings.get("read.wall", 0.0) + wall
    segments, frames, problems = [], {}, []
    for w in works:
        segments.extend(w.segments)
        frames.update(w.frames)
        problems.extend(w.problems)
    return segments, frames, problems
