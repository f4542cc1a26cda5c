"""Would fitting the link score on the fix-on comparable sets too make it honest on fresh comparable text?

Fits the score of ``fit_confidence.py`` two ways, (A) on what it is fitted on today (DEV perturbation and comparable
pairs, the event-report test pairs) and (B) on that plus the comparable sets read for fixes (HELD-OUT3, 7-15), and
prints each one's reliability bins (score bin: links, share right) on HELD-OUT16/17 (not in either fit) and on
perturbation sets HELD-OUT, 4 and 6.  Nothing is written.

    python bench/calib_comparable.py [--extra FILE.jsonl ...]

Each row also gives the expected calibration error (ECE: ten equal bins of the score, the share right against the
mean score, weighted by links) and the Brier score of the agree/contradict links.
"""
import sys, json
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
import numpy as np
from collections import defaultdict
from bench_compare import SETS, load, run, REPO
from fit_confidence import logistic
from crosscheck.model import Evidence
from crosscheck.relate.confidence import Z_CENTRE, evidence_group

def decisions(rows):
    out = run(rows, None)
    got = []
    for r, o in zip(rows, out):
        if o["relation"] not in ("agree", "contradict"):
            continue
        ev = [Evidence(e["type"], "", e["a"], e["b"]) for e in o.get("evidence", [])]
        got.append((evidence_group(o["relation"], ev), o["similarity"] - Z_CENTRE, int(o["relation"] == r["label"]), o.get("score")))
    return got

def fit(data, min_group=25):
    by = defaultdict(list)
    for g, x, y, _ in data:
        by[g].append((x, y))
    table = {"groups": {}, "default": {}}
    for rel in ("agree", "contradict"):
        pooled = [xy for g, v in by.items() if g.startswith(rel) for xy in v]
        x, y = map(np.array, zip(*pooled)); table["default"][rel] = logistic(x, y)
    for g, v in by.items():
        x, y = map(np.array, zip(*v))
        if len(v) >= min_group:
            table["groups"][g] = logistic(x, y)
        else:
            p = (y.sum() + 1) / (len(y) + 2); table["groups"][g] = (float(np.log(p / (1 - p))), 0.0)
    return table

def score(table, g, x):
    a, b = table["groups"].get(g) or table["default"][g.split(":")[0]]
    return 1 / (1 + np.exp(-(a + b * x)))

def ece(table, data, n_bins=10):
    s = np.array([score(table, g, x) for g, x, y, _ in data]); y = np.array([y for *_, y, _ in data], float)
    if not len(s):
        return float("nan"), float("nan")
    idx = np.minimum((s * n_bins).astype(int), n_bins - 1)
    e = sum(abs(y[idx == b].mean() - s[idx == b].mean()) * (idx == b).sum() for b in range(n_bins) if (idx == b).any()) / len(s)
    return float(e), float(np.mean((s - y) ** 2))

def bins(table, data, edges=(0.5, 0.7, 0.8, 0.9, 0.95, 1.01)):
    s = [(score(table, g, x), y) for g, x, y, _ in data]
    out = []
    for lo, hi in zip(edges, edges[1:]):
        b = [y for p, y in s if lo <= p < hi]
        out.append(f"{lo:.2f}-{min(hi,1):.2f}: n={len(b)} right={np.mean(b):.2f}" if b else f"{lo:.2f}: n=0")
    return " | ".join(out)

events = [dict(r, label=r["expect"]) for r in load(REPO / "tests/data/relation_pairs.jsonl")]
dev = decisions(load(SETS["dev"]["perturb"]) + load(SETS["dev"]["comparable"]) + events)
fixon = decisions(sum((load(SETS[k]["comparable"]) for k in ("heldout3", "heldout6", "heldout8", "heldout9", "heldout10",
                                                          "heldout11", "heldout12", "heldout13", "heldout14", "heldout15")), []))
import argparse
ap = argparse.ArgumentParser(); ap.add_argument("--extra", nargs="*", default=[]); args = ap.parse_args()
fresh = {k: decisions(load(SETS[k]["comparable"])) for k in ("heldout16", "heldout17", "heldout18", "heldout19")}
for f in args.extra:
    fresh[__import__("pathlib").Path(f).stem] = decisions(load(__import__("pathlib").Path(f)))
pert = {k: decisions(load(SETS[k]["perturb"])) for k in ("heldout", "heldout4", "heldout6")}
A, B = fit(dev), fit(dev + fixon)
for name, t in (("A dev only (today)", A), ("B dev + fix-on comparable", B)):
    print("==", name)
    for k, d in {**fresh, **pert}.items():
        e, b = ece(t, d)
        print(f"  {k:24s} ECE {e:.3f} Brier {b:.3f} |", bins(t, d))

