"""``check --store DIR``: add new documents to the store and check them against
everything stored.

1. Inputs whose text is already stored are not recomputed (a no-op).
2. New documents go through the per-document stages (in worker processes or on
   Ray) and are embedded; each is committed with its segments, frames and
   vectors (state 'read').
3. The relation stage runs over every stored claim but only for pairs touching
   a claim of a document in state 'read' (new, or left over by a killed run);
   its links are committed in one transaction with the 'related' state.
4. The report covers the inputs (or, with ``--all``, every stored document),
   with every stored link: links among old documents are kept, not recomputed.
"""

from __future__ import annotations

import dataclasses
import logging
import time

import numpy as np

from crosscheck.scale.progress import advance, start

log = logging.getLogger("crosscheck")

__all__ = ["check_with_store"]


def _unique_id(doc, digest: str, taken: dict[str, str]):
    """A stored document id is unique: a different text under a taken id gets a suffix."""
    if taken.get(doc.id, digest) == digest:
        return doc
    return dataclasses.replace(doc, id=f"{doc.id}~{digest[:8]}")


def check_with_store(pipeline, docs, problems, skipped, folder, *, timings, report_all, model, nli, threads, cache, jobs, engine,
                     progress):
    from crosscheck.errors import InputError
    from crosscheck.match.embed import get_embedder
    from crosscheck.relate.corpus import relate_corpus
    from crosscheck.relate.verdict import verdicts
    from crosscheck.scale.reading import read_corpus
    from crosscheck.store.db import Store, content_hash

    store = Store(folder)
    try:
        t0 = time.perf_counter()
        embedder = get_embedder(model, threads=threads, cache=cache)
        timings["embed.load"] = time.perf_counter() - t0
        store.bind_model(embedder.key, embedder.dim)
        from crosscheck.relate.classifier import classifier_enabled

        setting = "on" if classifier_enabled() else "off"
        before = store.classifier_settings() - {setting}
        if before:
            log.warning("the store's links were decided with the pair classifier %s; this run decides its new links "
                        "with it %s (stored links are kept as they are: use the same --classifier, or a new store)",
                        "/".join(sorted(before)), setting)
        run = store.begin_run("check", embedder.name, setting)
        states = store.states()
        taken = store.ids()
        inputs: list[str] = []  # hashes of this run's inputs, in order
        todo = []
        for doc in docs:
            digest = content_hash(doc)
            if digest in inputs:
                continue
            inputs.append(digest)
            if digest in states:
                continue
            doc = _unique_id(doc, digest, taken)
            taken[doc.id] = digest
            todo.append((doc, digest))
        log.info("store %s: %d stored documents, %d new of %d inputs", folder, len(states), len(todo), len(inputs))

        # per-document stages, then one commit per document
        new_docs = [d for d, _ in todo]
        segments, frames, doc_problems = read_corpus(pipeline, new_docs, jobs=jobs, engine=engine, progress=progress,
                                                     timings=timings)
        by_doc: dict[str, list] = {}
        for s in segments:
            by_doc.setdefault(s.doc_id, []).append(s)
        start(progress, "embed", len(new_docs))
        for doc, digest in todo:
            segs = by_doc.get(doc.id, [])
            claims = [s for s in segs if s.checked]
            t0 = time.perf_counter()
            vectors = embedder.encode([s.text for s in claims]) if claims else np.zeros((0, embedder.dim), np.float32)
            timings["embed"] = timings.get("embed", 0.0) + time.perf_counter() - t0
            t0 = time.perf_counter()
            store.add_document(doc, digest, segs, frames, vectors, run)
            timings["store"] = timings.get("store", 0.0) + time.perf_counter() - t0
            advance(progress)

        # relate what is pending (new, or left by a killed run), against everything stored
        t0 = time.perf_counter()
        all_docs, hashes, st, all_segments, all_frames, all_vectors = store.load()
        timings["store.load"] = time.perf_counter() - t0
        hash_of = {d.id: h for d, h in zip(all_docs, hashes)}
        pending = {h for h, s in zip(hashes, st) if s != "related"}
        claims = [s for s in all_segments if s.checked]
        from crosscheck.relate.search import copies

        copy = copies(np.ascontiguousarray(all_vectors, dtype=np.float32))  # reprints: for relate and the report
        start(progress, "relate")
        if pending:
            t0 = time.perf_counter()
            new_mask = np.array([hash_of[c.doc_id] in pending for c in claims], dtype=bool)
            kth: dict[int, float] = {}
            akth: dict[int, float] = {}
            floors = dict(floor=store.kth, kth_out=kth, anchor_floor=store.akth, anchor_kth_out=akth)
            if engine == "ray":
                from crosscheck.scale.ray_engine import relate_ray

                relations = relate_ray(claims, all_frames, all_vectors, model=embedder.name, nli=nli, new=new_mask, **floors)
            else:
                relations = relate_corpus(claims, all_frames, all_vectors, model=embedder.name, nli=nli, new=new_mask,
                                          copy=copy, **floors)
            timings["relate"] = time.perf_counter() - t0
            t0 = time.perf_counter()
            kth_rows = [(hash_of[claims[i].doc_id], claims[i].n, v, akth.get(i)) for i, v in kth.items()]
            store.add_links(relations, hash_of, sorted(pending), run, kth_rows)
            timings["store"] = timings.get("store", 0.0) + time.perf_counter() - t0

        # report
        start(progress, "verdict")
        t0 = time.perf_counter()
        wanted = set(hashes) if report_all else set(inputs)
        key_of = {(hash_of[s.doc_id], s.n): s for s in all_segments}
        reported_docs = [d for d, h in zip(all_docs, hashes) if h in wanted]
        if not report_all:  # input order
            pos = {h: k for k, h in enumerate(inputs)}
            reported_docs.sort(key=lambda d: pos[hash_of[d.id]])
        reported = {d.id for d in reported_docs}
        order = {d.id: k for k, d in enumerate(reported_docs)}
        segs = sorted((s for s in all_segments if s.doc_id in reported), key=lambda s: (order[s.doc_id], s.n))
        relations = store.links(key_of, {hash_of[d] for d in reported})
        from crosscheck.relate.noise import noise_for
        from crosscheck.relate.select import nearest_misses

        # a unique claim's nearest miss in the whole store (only the reported claims are searched)
        linked = {x.id for rel in relations for x in (rel.a, rel.b)}
        linked |= {c.id for c in claims if c.doc_id not in reported}
        nearest = nearest_misses(claims, all_vectors, linked, noise_for(embedder.name), copy=copy)
        # the linked documents' segments go along for the link keys (document fingerprints,
        # one per document); the rest of the store is not needed for the report
        linked_docs = {x.doc_id for rel in relations for x in (rel.a, rel.b)} - reported
        others = [s for s in all_segments if s.doc_id in linked_docs]
        results = verdicts(segs, all_frames, relations, nearest, context=others)
        from crosscheck.review.feedback import apply_decisions

        results = apply_decisions(results)  # reviewers' decisions, as in the one-process pipeline
        timings["verdict"] = time.perf_counter() - t0
        store.finish_run(run, timings)
        problems = list(problems) + [InputError(p) for p in doc_problems]
        corpus = pipeline.Corpus(reported_docs, segs, problems, skipped, timings)
        meta = {"command": "check", "model": embedder.name, "nli": nli, "classifier": setting, "claims": sum(1 for s in segs if s.checked),
                "store": str(folder), "stored_documents": len(all_docs), "new_documents": len(todo)}
        return pipeline._report(corpus, results, meta)
    finally:
        store.close()
