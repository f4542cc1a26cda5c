"""Exact blocked top-k vs approximate indexes (faiss HNSW / IVF, usearch HNSW) on claim vectors.

Vectors: the WMT22 sentences (EN and RU) encoded by the default model, reused up to
``--n`` claims with a small perturbation (reprints and light edits), 40 claims per
document.  For each method: build + search time and recall@k of the "k best of other
documents" against the exact search (the relation stage's candidate search).

    python bench/bench_ann.py --n 30000,100000 [--k 24]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import numpy as np

from _common import DEFAULT_DATA, read_pairs


def base_vectors(data: Path) -> np.ndarray:
    from crosscheck.match.embed import get_embedder

    rows = read_pairs(data / "wmt22_en_ru.tsv")
    texts = [r["en"] for r in rows] + [r["ru"] for r in rows]
    return get_embedder(None).encode(texts)


def corpus(base: np.ndarray, n: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(base), size=n)
    v = base[idx] + rng.normal(scale=0.02, size=(n, base.shape[1])).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    return v.astype(np.float32), np.arange(n) // 40


def exact(v, doc, k):
    from crosscheck.relate.search import top_k_other_docs

    ids = np.arange(len(v))
    t0 = time.perf_counter()
    res = top_k_other_docs(v, doc, ids, ids, k=k, per_doc=3)
    return {i: {j for j, _ in p} for i, p in res.items()}, time.perf_counter() - t0


def _filter(labels, doc, k):
    out = {}
    for i, row in enumerate(labels):
        picked, per = [], {}
        for j in row:
            j = int(j)
            if j < 0 or doc[j] == doc[i] or per.get(doc[j], 0) >= 3:
                continue
            per[doc[j]] = per.get(doc[j], 0) + 1
            picked.append(j)
            if len(picked) >= k:
                break
        out[i] = set(picked)
    return out


def faiss_hnsw(v, doc, k):
    import faiss

    t0 = time.perf_counter()
    index = faiss.IndexHNSWFlat(v.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efSearch = 128
    index.add(v)
    _, labels = index.search(v, 4 * k)
    return _filter(labels, doc, k), time.perf_counter() - t0


def faiss_ivf(v, doc, k):
    import faiss

    t0 = time.perf_counter()
    nlist = int(4 * np.sqrt(len(v)))
    quant = faiss.IndexFlatIP(v.shape[1])
    index = faiss.IndexIVFFlat(quant, v.shape[1], nlist, faiss.METRIC_INNER_PRODUCT)
    index.train(v[np.random.default_rng(0).choice(len(v), size=min(len(v), 40 * nlist), replace=False)])
    index.add(v)
    index.nprobe = 16
    _, labels = index.search(v, 4 * k)
    return _filter(labels, doc, k), time.perf_counter() - t0


def usearch_hnsw(v, doc, k):
    from usearch.index import Index

    t0 = time.perf_counter()
    index = Index(ndim=v.shape[1], metric="ip", dtype="f32", connectivity=16, expansion_search=128)
    index.add(np.arange(len(v)), v, threads=os.cpu_count() or 1)
    matches = index.search(v, 4 * k, threads=os.cpu_count() or 1)
    return _filter(matches.keys, doc, k), time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--n", default="30000,100000")
    ap.add_argument("--k", type=int, default=24)
    args = ap.parse_args()
    base = base_vectors(args.data)
    for n in (int(x) for x in args.n.split(",")):
        v, doc = corpus(base, n)
        truth, t_exact = exact(v, doc, args.k)
        print(f"n={n}: exact blocked top-{args.k}: {t_exact:.1f} s", flush=True)
        for name, fn in (("faiss HNSW32 ef128", faiss_hnsw), ("faiss IVF nprobe16", faiss_ivf), ("usearch HNSW16", usearch_hnsw)):
            try:
                got, t = fn(v, doc, args.k)
            except ImportError as exc:
                print(f"  {name}: not installed ({exc})")
                continue
            recall = np.mean([len(got[i] & truth[i]) / max(1, len(truth[i])) for i in truth])
            print(f"  {name}: {t:.1f} s, recall@{args.k} {recall:.3f}", flush=True)


if __name__ == "__main__":
    main()
