"""Held-out quality of the pair classifier, and what it changes in relate.

    python bench/bench_classifier.py                  # both parts
    python bench/bench_classifier.py --part heldout   # classifier alone, "test" split of every source
    python bench/bench_classifier.py --part relate    # compare_pairs with --classifier off vs on
    python bench/bench_classifier.py --part corpus    # bench_check.py's synthetic WMT22 corpus, off vs on
    python bench/bench_classifier.py --part choose    # the raise thresholds, on dev pairs only, into the head

Part 1 (heldout): the "test" split of bench/pairgen.py (never used for training or
for the threshold): three-way accuracy and contradiction precision/recall per
source, cross-lingual and monolingual, at the shipped threshold.

Part 2 (relate): crosscheck.compare_pairs on comparable-text pairs, classifier off
and on: true contradictions found, contradiction precision, agree precision.
Pair sets: issue 10's hand-written comparable pairs (``--comparable``, default
tests/data/comparable_{pairs,holdout,holdout2,holdout3}.jsonl), issue 15's polarity probes
(bench/data/classifier_polarity_probe{1,2}.jsonl: one side negated, a true contradiction or another
statement on the topic; written after the gates were chosen; probe 3, 60 minimal pairs from test-split
Tatoeba/WMT22 rows, in a tuning and a held-out half) and issue 10's perturbation sets
bench/data/perturb_dev{,2}.jsonl restricted to source pairs in this
classifier's test split (unseen in training and threshold choice).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import pickle
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from _common import REPO, log
from pairgen import LABELS, featurize, split_of

from crosscheck.relate.thresholds import Z_TRANSLATION



def heldout(head: str | None = None) -> None:
    from crosscheck.relate.classifier import PairClassifier
    from train_pair_classifier import cache_dir_default

    clf = PairClassifier(head)
    cache = cache_dir_default()
    pairs = pickle.loads((cache / clf.meta.get("pairs_file", f"pairs_v2_seed{clf.meta['seed']}.pkl")).read_bytes())
    test = [p for p in pairs if p["split"] == "test"]
    X = featurize(test, cache / "frames.pkl", log=log, encoders=clf.encoders)
    probs = clf._forward(X)
    _table(test, probs, clf.threshold, clf)
    pred = np.where(probs[:, 1] >= clf.threshold, 1, np.where(probs[:, 0] >= probs[:, 2], 0, 2))
    print("\n| kind of pair (held-out) | gold | n | accuracy |\n| --- | --- | --- | --- |")
    kinds = defaultdict(list)
    for k, p in enumerate(test):
        kinds[(p["kind"], p["label"])].append(k)
    for (kind, label), idx in sorted(kinds.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        print(f"| {kind} | {label} | {len(idx)} | {(pred[idx] == LABELS.index(label)).mean():.3f} |")


def _table(test, probs, t, clf) -> None:
    pred = np.where(probs[:, 1] >= t, 1, np.where(probs[:, 0] >= probs[:, 2], 0, 2))
    y = np.array([LABELS.index(p["label"]) for p in test])
    groups = defaultdict(list)
    for k, p in enumerate(test):
        groups[(p["source"], "cross" if p["cross"] else "mono")].append(k)
        groups[("all", "cross" if p["cross"] else "mono")].append(k)
    print(f"\nheld-out pairs: {len(test)}; model {clf.meta['model']} ({'+'.join(clf.encoders)}), contradiction threshold {t} "
          f"(chosen on dev)")
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
        REPO / f"tests/data/comparable_{name}.jsonl" for name in ("pairs", "holdout", "holdout2", "holdout3")] + [
        REPO / f"bench/data/classifier_polarity_probe{k}.jsonl" for k in (1, 2)]
    for p in comp:
        if p.is_file():
            sets[p.name] = _load(p)
    probe3 = REPO / "bench/data/classifier_polarity_probe3.jsonl"
    if probe3.is_file() and not args.comparable:  # issue 15, third round: a tuning half and a held-out half
        rows = _load(probe3)
        for half in ("tune", "heldout"):
            sets[f"{probe3.name} ({half})"] = [r for r in rows if r.get("half") == half]
    for name in ("perturb_dev.jsonl", "perturb_dev2.jsonl"):
        pert = REPO / "bench/data" / name
        if pert.is_file() and not args.comparable:
            rows = [r for r in _load(pert) if split_of(_pert_key(r)) == "test"]
            sets[f"{name} (test-split sources)"] = rows
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
        if args.sets and not any(k in name for k in args.sets):
            continue
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
            if setting == "on":  # what the model raised, right or wrong
                for r, g, o in zip(rows, gold, out):
                    if o["relation"] == "contradict" and any(e.get("type") == "model" for e in o.get("evidence", [])) \
                            and "model: contradiction" in o.get("explanation", ""):
                        print(f"    raised ({'true' if g == 'contradict' else 'FALSE'}): {r['a'][:70]} || {r['b'][:70]}")
    os.environ.pop("CROSSCHECK_CLASSIFIER", None)


def corpus(args) -> None:
    """The synthetic WMT22 corpus of ``python bench/bench_check.py`` (1,000 claims, seed 7; every
    contradiction in it is false), classifier off and on: contradictions flagged."""
    import tempfile

    import crosscheck
    from _common import DEFAULT_DATA, read_pairs
    from bench_check import synthetic_documents

    docs = synthetic_documents(read_pairs(DEFAULT_DATA / "wmt22_en_ru.tsv"), 1000)
    os.environ["CROSSCHECK_CLASSIFIER"] = "on"
    crosscheck.check(documents=docs[:2])  # load the models and the head once: time the runs, not start-up
    for setting in ("off", "on"):
        os.environ["CROSSCHECK_CLASSIFIER"] = setting
        with tempfile.TemporaryDirectory() as home:
            old_home = os.environ.get("CROSSCHECK_HOME")
            os.environ["CROSSCHECK_HOME"] = home
            t0 = time.process_time()
            report = crosscheck.check(documents=docs)
            cpu = time.process_time() - t0
            os.environ.pop("CROSSCHECK_HOME") if old_home is None else os.environ.__setitem__("CROSSCHECK_HOME", old_home)
        text = {r.id: r.segment.text for r in report.results}
        found = {frozenset((r.id, link.id)): link for r in report.results for link in r.links if link.relation == "contradict"}
        print(f"| WMT22 synthetic corpus, {report.meta['claims']} claims | {setting} | {len(found)} contradictions (all false) "
              f"| {cpu:.0f} s CPU |")
        for key, link in sorted(found.items(), key=lambda kv: sorted(kv[0])):
            if any(e.type == "model" and e.b for e in link.evidence) and "model: contradiction" in link.explanation:
                a, b = sorted(key)
                print(f"    raised by the model: {text.get(a, a)[:90]} || {text.get(b, b)[:90]}")
    os.environ.pop("CROSSCHECK_CLASSIFIER", None)


def choose(args) -> None:
    """Each raise gate's threshold, on dev pairs only, through the real decision path.

    Dev pairs: the "dev" split of bench/pairgen.py and issue 10's comparable dev pairs
    (tests/data/comparable_pairs.jsonl).  compare_pairs runs with the classifier scoring but not
    raising; per gate (one per kind of clash -- "polarity-clash", "number-clash", ... -- the pooled
    "clash" for a kind dev does not show, and "slots": crosscheck.relate.classifier.raise_gate) the
    lowest contradiction probability whose raises are >= ``--target`` precise (at least 5 raises) is
    written into the head's meta as ``raise_thresholds``.
    """
    from crosscheck.pairs import compare_pairs
    from crosscheck.relate import classifier as clf_mod
    from train_pair_classifier import cache_dir_default

    clf = clf_mod.PairClassifier(args.head)
    pairs = pickle.loads((cache_dir_default() / clf.meta.get("pairs_file", f"pairs_v2_seed{clf.meta['seed']}.pkl")).read_bytes())
    rows = [dict(p, label="contradict" if p["label"] == "contradicts" else p["label"]) for p in pairs if p["split"] == "dev"]
    rows += _load(REPO / "tests/data/comparable_pairs.jsonl")
    clf_mod._LOADED["default"] = clf
    real = clf_mod.raise_threshold
    clf_mod.raise_threshold = lambda c, g: 2.0  # score, never raise
    os.environ["CROSSCHECK_CLASSIFIER"] = "on"
    try:
        out = compare_pairs([{k: r.get(k) for k in ("a", "b", "lang_a", "lang_b", "date_a", "date_b")} for r in rows])
    finally:
        clf_mod.raise_threshold = real
        os.environ.pop("CROSSCHECK_CLASSIFIER", None)
    floor = None if args.min_z.lower() == "none" else float(args.min_z)
    by_gate = defaultdict(list)
    below = 0
    for r, o in zip(rows, out):
        note = [e for e in o.get("evidence", []) if e.get("type") == "model"]
        if o["relation"] != "contradict" and note and note[0].get("b"):
            z = clf_mod.denial_z(r["a"], r.get("lang_a") or "en", r["b"], r.get("lang_b") or "en")
            if args.verbose:
                print(f"  {note[0]['b']} p={float(note[0]['a']):.3f} z={z:.1f} gold={_gold(r)} | {r['a'][:90]} || {r['b'][:90]}")
            if floor is not None and z < floor:
                below += 1
                continue  # below the same-statement floor: never raised, whatever p
            by_gate[note[0]["b"]].append((float(note[0]["a"]), _gold(r) == "contradict"))
    for gate, p_con, z in corpus_negatives(clf_mod):
        if floor is not None and z < floor:
            below += 1
            continue
        by_gate[gate].append((p_con, False))
    if floor is not None:
        print(f"same-statement floor z >= {floor}: {below} eligible dev pairs and corpus links below it (never raised)")
    # each kind of clash has its own gate; "clash" pools them all (the threshold of a kind dev never shows)
    by_gate["clash"] = [x for g, xs in by_gate.items() if g in clf_mod.CLASH_EVIDENCE for x in xs]
    chosen = {}
    for gate, xs in sorted(by_gate.items()):
        p = np.array([x[0] for x in xs])
        y = np.array([x[1] for x in xs])
        t = 1.01
        if args.verbose:
            order = np.argsort(-p)[:25]
            print(f"  {gate}: top p (gold contradiction?): " + ", ".join(f"{p[k]:.2f}{'+' if y[k] else '-'}" for k in order))
        for cand in np.unique(np.round(p, 3))[::-1]:
            sel = p >= cand
            if sel.sum() >= 5 and y[sel].mean() >= args.target:
                t = float(cand)
        t = max(t, args.floor)
        sel = p >= t
        chosen[gate] = round(t, 3)
        print(f"gate {gate}: {len(xs)} dev pairs eligible, {int(y.sum())} gold contradictions; threshold {t:.3f} -> "
              f"{int(sel.sum())} raises, {int(y[sel].sum())} true")
    clf.meta["raise_thresholds"] = chosen
    clf.meta["raise_min_z"] = floor
    clf.meta["raise_thresholds_chosen_by"] = (f"python bench/bench_classifier.py --part choose --target {args.target} --floor {args.floor} "
                                              f"--min-z {args.min_z}")
    with np.load(args.head, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["meta"] = np.array(json.dumps(clf.meta))
    np.savez_compressed(args.head, **arrays)
    print(f"wrote raise_thresholds {chosen} into {args.head}")


def corpus_negatives(clf_mod) -> list[tuple[str, float, float]]:
    """(gate, contradiction probability, same-statement z) of every link a raise gate admits in a synthetic comparable
    corpus built like bench_check.py's, but only from WMT22 rows of pairgen's "dev" split: its
    documents share translations and otherwise hold unrelated sentences, so no link in it is a
    contradiction (the base rate of a corpus, which pair sets do not show)."""
    import tempfile

    import crosscheck
    from _common import DEFAULT_DATA, read_pairs
    from bench_check import synthetic_documents

    rows = [r for i, r in enumerate(read_pairs(DEFAULT_DATA / "wmt22_en_ru.tsv"))
            if split_of(f"wmt22:{r.get('seg_id') or i}") == "dev"]
    docs = []
    for seed in (15, 16, 17):  # three shuffles of the same rows: more same-topic pairs of unrelated sentences
        docs += synthetic_documents(rows, len(rows) // 60 * 80, seed=seed)
    for k, d in enumerate(docs):
        docs[k] = dataclasses.replace(d, id=f"{d.id}-{k}")
    real = clf_mod.raise_threshold
    clf_mod.raise_threshold = lambda c, g: 2.0  # score, never raise
    os.environ["CROSSCHECK_CLASSIFIER"] = "on"
    try:
        with tempfile.TemporaryDirectory() as home:
            old_home = os.environ.get("CROSSCHECK_HOME")
            os.environ["CROSSCHECK_HOME"] = home
            report = crosscheck.check(documents=docs)
            if old_home is None:
                os.environ.pop("CROSSCHECK_HOME")
            else:
                os.environ["CROSSCHECK_HOME"] = old_home
    finally:
        clf_mod.raise_threshold = real
        os.environ.pop("CROSSCHECK_CLASSIFIER", None)
    seen, out = set(), []
    text = {r.id: r.segment.text for r in report.results}
    by_id = {r.id: r.segment for r in report.results}
    for r in report.results:
        for link in r.links:
            key = frozenset((text[r.id], text.get(link.id, link.id)))  # a pair met in two shuffles counts once
            note = [e for e in link.evidence if e.type == "model" and e.b]
            if key in seen or not note or link.relation == "contradict":
                continue
            seen.add(key)
            seg_b = by_id.get(link.id)  # a link to a claim not in the results counts as above any floor (a negative kept)
            z = clf_mod.denial_z(r.segment.text, r.segment.lang, seg_b.text, seg_b.lang) if seg_b else float("inf")
            out.append((note[0].b, float(note[0].a), z))
    print(f"dev corpus: {len(docs)} documents from {len(rows)} dev-split WMT22 rows, {report.meta['claims']} claims; "
          f"{len(out)} links a gate admits, all negatives")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=["heldout", "relate", "corpus", "both", "choose"], default="both")
    ap.add_argument("--head", default=str(REPO / "crosscheck/data/pair_classifier.npz"), help="the head file (choose writes into it)")
    ap.add_argument("--target", type=float, default=0.95, help="choose: raise precision to reach on dev pairs")
    ap.add_argument("--verbose", action="store_true", help="choose: list the eligible dev pairs")
    ap.add_argument("--floor", type=float, default=round(1 / 3, 3), help="choose: the least threshold of any gate (1/3: no better than chance of three)")
    ap.add_argument("--min-z", default=str(Z_TRANSLATION), help="choose: the same-statement floor (relate.classifier.denial_z, "
                    "noise sigmas; default the rules' translation level Z_TRANSLATION; 'none': no floor)")
    ap.add_argument("--sets", nargs="*", help="relate: only the sets whose name contains one of these")
    ap.add_argument("--comparable", nargs="*", help="comparable pair files (JSONL with a, b, lang_a, lang_b, label)")
    args = ap.parse_args()
    if args.part == "choose":
        return choose(args)
    if args.part in ("heldout", "both"):
        heldout(args.head)
    if args.part in ("relate", "corpus", "both"):  # "on" runs the head named by --head
        from crosscheck.relate import classifier as clf_mod

        clf_mod._LOADED["default"] = clf_mod.PairClassifier(args.head)
    if args.part in ("relate", "both"):
        relate(args)
    if args.part in ("corpus", "both"):
        corpus(args)


if __name__ == "__main__":
    main()
