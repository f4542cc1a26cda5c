"""``--engine ray``: the per-document stages as Ray tasks over chunks of
documents, and the relation stage in partitions of the claims.

``RAY_ADDRESS`` joins an existing cluster (``ray.init`` reads it); otherwise a
local Ray instance starts for the run.  Ray is the optional extra ``scale``
(``pip install "crosscheck[scale]"``).  The results equal the local engine's:
each document is read on its own, and each relation partition runs the same
candidate search and pair decisions for its share of the claims (the union, in
partition order, is the local output); the link selection
(``relate.select``), the corpus-wide exclusivity check and the optional NLI
refinement run once, on the driver.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence

import numpy as np

from crosscheck.errors import UsageError

log = logging.getLogger("crosscheck")

__all__ = ["read_many_ray", "relate_ray", "ensure_ray"]

#: Documents per reading task; claims per relation partition.
DOC_CHUNK = 8
PARTITION_CLAIMS = 4000


def ensure_ray():
    try:
        import ray
    except ImportError as exc:
        raise UsageError("--engine ray needs Ray: pip install 'crosscheck[scale]' (or pip install ray)") from exc
    if not ray.is_initialized():
        address = os.environ.get("RAY_ADDRESS")
        log.info("ray: %s", f"joining {address}" if address else "starting a local instance")
        ray.init(address=address or None, include_dashboard=False, log_to_driver=False,
                 logging_level=logging.WARNING, ignore_reinit_error=True,
                 runtime_env={"env_vars": {"CROSSCHECK_PROGRESS": "0", "HF_HUB_OFFLINE": "1"}})
    return ray


def _read_chunk(stages, docs):
    from crosscheck.scale.workers import _read_chunk as read

    return read(stages, docs)


def read_many_ray(stages: tuple, docs: Sequence, *, tick: Callable[[int], None] | None = None):
    from crosscheck.scale.workers import _rebind

    ray = ensure_ray()
    t0 = time.perf_counter()
    task = ray.remote(_read_chunk)
    chunks = [list(docs[i : i + DOC_CHUNK]) for i in range(0, len(docs), DOC_CHUNK)]
    stages_ref = ray.put(stages)
    refs = [task.remote(stages_ref, c) for c in chunks]
    pending = list(refs)
    while pending:
        done, pending = ray.wait(pending, num_returns=1)
        if tick:
            tick(len(chunks[refs.index(done[0])]))
    out = []
    for chunk, ref in zip(chunks, refs):
        out.extend(_rebind(ray.get(ref), chunk))
    return out, time.perf_counter() - t0


def _relate_part(claims, frames, vectors, model, new, floor, afloor, copy, lo, hi):
    from crosscheck.relate.corpus import relate_corpus

    queries = np.zeros(len(claims), dtype=bool)
    queries[lo:hi] = True
    kth: dict[int, float] = {}
    akth: dict[int, float] = {}
    rels = relate_corpus(claims, frames, vectors, model=model, nli=None, new=new, queries=queries, violations=False,
                         select=False, floor=floor, kth_out=kth, anchor_floor=afloor, anchor_kth_out=akth, copy=copy)
    # send back indices, not segments (the driver has them)
    index = {c.id: k for k, c in enumerate(claims)}
    return [(index[r.a.id], index[r.b.id], r.relation, r.score, r.explanation, r.evidence) for r in rels], kth, akth


def relate_ray(claims, frames, vectors, *, model: str, nli=None, new=None, floor=None, kth_out=None, anchor_floor=None,
               anchor_kth_out=None):
    """``relate_corpus`` in partitions of ``PARTITION_CLAIMS`` query claims (contiguous:
    documents are in input order, so a dated feed partitions by time)."""
    from crosscheck.relate.names import Names
    from crosscheck.relate.types import PairRelation
    from crosscheck.relate.violations import exclusivity_violations

    ray = ensure_ray()
    n = len(claims)
    if not n:
        return []
    from crosscheck.relate.search import copies

    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    copy = copies(vectors)  # reprints, found once for every partition and the selection
    refs = [ray.put(x) for x in (claims, dict(frames), vectors, new, floor, anchor_floor, copy)]
    task = ray.remote(_relate_part)
    step = max(1, min(PARTITION_CLAIMS, -(-n // max(1, int(ray.available_resources().get("CPU", 1))))))
    parts = [task.remote(*refs[:3], model, *refs[3:], lo, min(n, lo + step)) for lo in range(0, n, step)]
    out = []
    for ref in parts:
        rows, kth, akth = ray.get(ref)
        if kth_out is not None:
            kth_out.update(kth)
        if anchor_kth_out is not None:
            anchor_kth_out.update(akth)
        for i, j, relation, score, expl, ev in rows:
            out.append(PairRelation(claims[i], claims[j], relation, score, expl, ev))
    if nli is not None:
        from crosscheck.relate.nli import refine_with_nli

        out = refine_with_nli(out, nli)
    # the link selection looks at each claim's other candidates: once, over the union
    from crosscheck.model import ClaimFrame
    from crosscheck.relate.noise import noise_for
    from crosscheck.relate.select import select_links

    fr = [frames.get(c.id, ClaimFrame()) for c in claims]
    out = select_links(out, claims, fr, vectors, noise_for(model), copy=copy)
    if new is not None:
        fresh = {c.id for c, f in zip(claims, new) if f}
        out = [r for r in out if r.a.id in fresh or r.b.id in fresh]
    out.extend(exclusivity_violations(claims, frames, Names(frames), new=new))
    return out
