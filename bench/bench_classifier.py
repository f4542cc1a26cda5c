"""Held-out quality of the pair classifier, and what it changes in relate.

    python bench/bench_classifier.py                  # both parts
    python bench/bench_classifier.py --part heldout   # classifier alone, "test" split of every source
    python bench/bench_classifier.py --part relate    # compare_pairs with --classifier off vs on

Part 1 (heldout): the "test" split of bench/pairgen.py (never used for training or
for the threshold): three-way accuracy and contradiction precision/recall per
source, cross-lingual and monolingual, at the shipped threshold.

Part 2 (relate): crosscheck.compare_pairs on comparable-text pairs, classifier off
and on: true contradictions found, contradiction precision, agree precision.
Pair sets: issue 10's hand-written comparable pairs (``--comparable``, default
/work/wt-h10/tests/data/comparable_{pairs,holdout}.jsonl when present, else
bench/data/classifier_comparable.jsonl) and issue 10's perturbation held-out set
restricted to source pairs in this classifier's test split (unseen in training).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from _common import REPO, log
from pairgen import LABELS, featurize, split_of

H10 = Path("/work/wt-h10")


def heldout() -> None:
    from crosscheck.relate.classifier import PairClassifier
    from train_pair_classifier import cache_dir_default

    clf = PairClassifier()
    cache = cache_dir_default()
    pairs = pickle.loads((cache / f"pairs_seed{clf.meta['seed']}.pkl").read_bytes())
    test = [p for p in pairs if p["split"] == "test"]
    X = featurize(test, cache / "frames.pkl", log=log, encoders=clf.encoders)
    probs = clf._forward(X)
    from crosscheck.relate.classifier import RAISE_MIN

    for t in (clf.threshold, RAISE_MIN):
        _table(test, probs, t, clf)


def _table(test, probs, t, clf) -> None:
    pred = np.where(probs[:, 1] >= t, 1, np.where(probs[:, 0] >= probs[:, 2], 0, 2))
    y = np.array([LABELS.index(p["label"]) for p in test])
    groups = defaultdict(list)
    for k, p in enumerate(test):
        groups[(p["source"], "cross" if p["cross"] else "mono")].append(k)
        groups[("all", "cross" if p["cross"] else "mono")].append(k)
    print(f"\nheld-out pairs: {len(test)}; model {clf.meta['model']} ({'+'.join(clf.encoders)}), contradiction threshold {t} "
          f"({'chosen on dev' if t == clf.threshold else 'relate: RAISE_MIN'})")
    print("| source | pairs | n | 3-way accuracy | contradiction precision | contradiction recall |")
    print("| --- | --- | --- | --- | --- | --- |")
    for (src, kind), idx in sorted(groups.items()):
        idx = np.array(idx)
        yy, pp = y[idx], pred[idx]
        prec = (yy[pp == 1] == 1).mean() if (pp == 1).any() else float("nan")
        rec = (pp[yy == 1] == 1).mean() if (yy == 1).any() else float("nan")
        print(f"| {src} | {kind} | {len(idx)} | {(yy == pp).mean():.3f} | {prec:.3f} | {rec:.3f} |")


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _gold(r: dict) -> str:
    return r.get("label") or r.get("expect")


def relate_sets(args) -> dict[str, list[dict]]:
    sets = {}
    comp = [Path(p) for p in args.comparable] if args.comparable else [
        H10 / "tests/data/comparable_pairs.jsonl", H10 / "tests/data/comparable_holdout.jsonl"]
    comp = [p for p in comp if p.is_file()] or [REPO / "bench/data/classifier_comparable.jsonl"]
    for p in comp:
        sets[p.name] = _load(p)
    pert = H10 / "bench/data/perturb_heldout.jsonl"
    if pert.is_file():
        rows = [r for r in _load(pert) if split_of(_pert_key(r)) == "test"]
        sets["perturb_heldout (test-split sources)"] = rows
    return sets


def _pert_key(r: dict) -> str:
    src = str(r.get("source", ""))
    if src.startswith("tatoeba-"):  # issue 10 numbers Tatoeba rows from 1
        return f"tatoeba:{int(src.split('-')[-1]) - 1}"
    return f"wmt22:{src}"


def relate(args) -> None:
    from crosscheck.pairs import compare_pairs

    print("| set | pairs | gold contradictions | classifier | contradictions found (true) | contradiction precision | agree precision | s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, rows in relate_sets(args).items():
        items = [{k: r.get(k) for k in ("a", "b", "lang_a", "lang_b", "date_a", "date_b")} for r in rows]
        gold = [_gold(r) for r in rows]
        for setting in ("off", "on"):
            os.environ["CROSSCHECK_CLASSIFIER"] = setting
            t0 = time.perf_counter()
            out = compare_pairs(items)
            dt = time.perf_counter() - t0
            rel = [o["relation"] for o in out]
            found = sum(1 for g, r in zip(gold, rel) if r == "contradict")
            true = sum(1 for g, r in zip(gold, rel) if r == g == "contradict")
            agree = sum(1 for r in rel if r == "agree")
            agree_ok = sum(1 for g, r in zip(gold, rel) if r == g == "agree")
            print(f"| {name} | {len(rows)} | {gold.count('contradict')} | {setting} | {found} ({true}) | "
                  f"{true / max(found, 1):.3f} | {agree_ok / max(agree, 1):.3f} | {dt:.0f} |")
    os.environ.pop("CROSSCHECK_CLASSIFIER", None)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=["heldout", "relate", "both"], default="both")
    ap.add_argument("--comparable", nargs="*", help="comparable pair files (JSONL with a, b, lang_a, lang_b, label)")
    args = ap.parse_args()
    if args.part in ("heldout", "both"):
        heldout()
    if args.part in ("relate", "both"):
        relate(args)


if __name__ == "__main__":
    main()
