"""Fit the link score (``crosscheck/relate/confidence.py``) on the DEV evaluation sets.

For every agree/contradict decision on the DEV perturbation and comparable sets,
whether it was right is regressed on the similarity (noise sigmas, centred at
``Z_CENTRE``) by a logistic model per kind of evidence (a kind with fewer than
``--min-group`` decisions gets a constant: its smoothed share of right decisions).  Writes
``crosscheck/data/relation_confidence.json``.  Never reads the HELD-OUT sets.

    python bench/fit_confidence.py
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict

import numpy as np

from _common import REPO, log
from bench_compare import SETS, load, run

OUT = REPO / "crosscheck" / "data" / "relation_confidence.json"


def logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 50) -> tuple[float, float]:
    """Intercept and slope by Newton's method with a small ridge.  One right and one wrong
    pseudo-decision at the centre (a uniform prior) keep a flawless group's score below 1:
    100 right out of 100 is evidence for about 0.99, not for certainty."""
    x, y = np.r_[x, 0.0, 0.0], np.r_[y, 1.0, 0.0]
    X = np.column_stack([np.ones_like(x), x])
    w = np.zeros(2)
    for _ in range(iters):
        p = 1 / (1 + np.exp(-X @ w))
        g = X.T @ (p - y) + l2 * np.r_[0.0, w[1]] + 0.01 * np.r_[w[0], 0.0]
        H = (X * (p * (1 - p))[:, None]).T @ X + np.diag([0.01, l2])
        w -= np.linalg.solve(H, g)
    return float(w[0]), float(w[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--min-group", type=int, default=25)
    args = ap.parse_args()
    from crosscheck.model import Evidence
    from crosscheck.relate.confidence import Z_CENTRE, evidence_group

    # DEV sets, plus the event-report pairs written for the tests (meetings, visits: the
    # perturbation and comparable sets have few of them); never the HELD-OUT sets
    events = [dict(r, label=r["expect"]) for r in load(REPO / "tests/data/relation_pairs.jsonl")]
    rows = load(SETS["dev"]["perturb"]) + load(SETS["dev"]["comparable"]) + events
    out = run(rows, None)
    data: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for r, o in zip(rows, out):
        if o["relation"] not in ("agree", "contradict"):
            continue
        ev = [Evidence(e["type"], "", e["a"], e["b"]) for e in o.get("evidence", [])]
        group = evidence_group(o["relation"], ev)
        data[group].append((o["similarity"] - Z_CENTRE, int(o["relation"] == r["label"])))
    table = {"note": "fitted by bench/fit_confidence.py on the DEV sets; score = 1/(1+exp(-(a + b*(z - Z_CENTRE))))",
             "groups": {}, "default": {}, "counts": {}}
    for relation in ("agree", "contradict"):
        pooled = [xy for g, v in data.items() if g.startswith(relation) for xy in v]
        if pooled:
            x, y = map(np.array, zip(*pooled))
            table["default"][relation] = [round(v, 4) for v in logistic(x, y)]
    for group, values in sorted(data.items()):
        table["counts"][group] = len(values)
        x, y = map(np.array, zip(*values))
        if len(values) >= args.min_group:
            table["groups"][group] = [round(v, 4) for v in logistic(x, y)]
        else:  # too few to fit a slope: the group's smoothed share right, whatever the similarity
            p = (y.sum() + 1) / (len(y) + 2)
            table["groups"][group] = [round(float(np.log(p / (1 - p))), 4), 0.0]
        log(f"{group}: n={len(values)}, right {np.mean([y for _, y in values]):.3f}")
    OUT.write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")
    log(f"wrote {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
