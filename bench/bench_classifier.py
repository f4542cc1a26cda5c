"""Held-out quality of the pair classifier, and what it changes in relate.

    python bench/bench_classifier.py                  # both parts
    python bench/bench_classifier.py --part heldout   # classifier alone, "test" split of every source
    python bench/bench_classifier.py --part relate    # compare_pairs with --classifier off vs on
    python bench/bench_classifier.py --part corpus    # bench_check.py's synthetic WMT22 corpus, off vs on
    python bench/bench_classifier.py --part choose    # the raise thresholds, on the choice data only, into the head
    python bench/bench_classifier.py --part misses    # the contradictions the rules miss, every signal the head has
    python bench/bench_classifier.py --part rerun     # ONE command: re-choose the gates on this tree's rules, every
                                                      # set off vs on, corpus, seeds, and the default-on verdict

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
classifier's test split (unseen in training and threshold choice), and issue 10's HELD-OUT7/8/9
(bench/data/heldoutK/: 60 comparable and 10 related pairs each). The gates are chosen (``--part choose``) on
pairgen's dev split, the comparable dev pairs, the tuning halves of probes 3 and 4, HELD-OUT7 and HELD-OUT8, plus
the links of a synthetic corpus of dev rows; HELD-OUT9 and every other set are checks.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
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
    if not args.comparable:  # issue 10's HELD-OUT7/8/9 (60 comparable pairs and 10 related pairs each)
        for k in HELDOUT_SETS:
            sets[f"heldout{k}"] = heldout_set(k)
    for extra in getattr(args, "extra", None) or ():  # a fresh set (e.g. HELD-OUT10), beside the others
        sets[Path(extra).name] = _load(Path(extra))
    for k in (3, 4):  # issue 15, third and fourth rounds: a tuning half and a held-out half
        probe = REPO / f"bench/data/classifier_polarity_probe{k}.jsonl"
        if probe.is_file() and not args.comparable:
            rows = _load(probe)
            for half in ("tune", "heldout"):
                if half in (args.halves or ("tune", "heldout")):
                    sets[f"{probe.name} ({half})"] = [r for r in rows if r.get("half") == half]
    for name in ("perturb_dev.jsonl", "perturb_dev2.jsonl"):
        pert = REPO / "bench/data" / name
        if pert.is_file() and not args.comparable:
            rows = [r for r in _load(pert) if split_of(_pert_key(r)) == "test"]
            sets[f"{name} (test-split sources)"] = rows
    return sets


#: issue 10's hand-written comparable sets HELD-OUT7/8/9 (bench/data/heldoutK/): 7 and 8 are choice data for the
#: raise gates (:func:`choose_sets`), 9 the held-out check run once after the gates are fixed.
HELDOUT_SETS = (7, 8, 9)
CHOICE_HELDOUTS = (7, 8)


def heldout_set(k: int) -> list[dict]:
    """HELD-OUT``k``: its 60 comparable pairs (agree / contradict) and its 10 related pairs."""
    d = REPO / f"bench/data/heldout{k}"
    return [r for name in (f"comparable_heldout{k}.jsonl", f"related_heldout{k}.jsonl") if (d / name).is_file()
            for r in _load(d / name)]


def _pert_key(r: dict) -> str:
    src = str(r.get("source", ""))
    if src.startswith("tatoeba-"):  # issue 10 numbers Tatoeba rows from 1
        return f"tatoeba:{int(src.split('-')[-1]) - 1}"
    return f"wmt22:{src}"


def relate(args) -> list[dict]:
    """Every set off and on; returns one row per set and setting (found, true, false raises by the model)."""
    from crosscheck.pairs import compare_pairs

    results = []

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
            results.append({"set": name, "setting": setting, "found": found, "true": true, "agree": agree, "agree_ok": agree_ok})
            if setting == "on":  # what the model raised, right or wrong
                for r, g, o in zip(rows, gold, out):
                    if o["relation"] == "contradict" and any(e.get("type") == "model" for e in o.get("evidence", [])) \
                            and "model: contradiction" in o.get("explanation", ""):
                        print(f"    raised ({'true' if g == 'contradict' else 'FALSE'}): {r['a'][:70]} || {r['b'][:70]}")
    os.environ.pop("CROSSCHECK_CLASSIFIER", None)
    return results


def signals(clf_mod, clf, rows: list[dict]) -> list[dict]:
    """Every signal the head has on each pair, the model scoring but never raising: the rules' relation, the gate
    that admits the pair (None: no gate), the model's three probabilities, the same-statement z and the head's "same"
    with the negations set aside."""
    from crosscheck.pairs import compare_pairs

    clf_mod._LOADED["default"] = clf
    real = clf_mod.raise_threshold
    clf_mod.raise_threshold = lambda c, g: 2.0  # score, never raise
    os.environ["CROSSCHECK_CLASSIFIER"] = "on"
    try:
        out = compare_pairs([{k: r.get(k) for k in ("a", "b", "lang_a", "lang_b", "date_a", "date_b")} for r in rows])
    finally:
        clf_mod.raise_threshold = real
        os.environ.pop("CROSSCHECK_CLASSIFIER", None)
    found = []
    for r, o in zip(rows, out):
        note = [e for e in o.get("evidence", []) if e.get("type") == "model"]
        la, lb = r.get("lang_a") or "en", r.get("lang_b") or "en"
        found.append({"gold": _gold(r), "rules": o["relation"], "gate": (note[0].get("b") if note else None),
                      "p": float(note[0]["a"]) if note else None,
                      "z": clf_mod.denial_z(r["a"], la, r["b"], lb), "s": clf_mod.denial_same(clf, r["a"], la, r["b"], lb),
                      "a": r["a"], "b": r["b"], "la": la, "lb": lb, "slot": r.get("slot")})
    return found


def misses(args) -> None:
    """On each set: the gold contradictions the rules miss (classifier off), with every signal the head has, and the
    agree/related pairs the head would raise at p(contr.) >= ``--false-floor`` (its false raises were a gate open)."""
    from crosscheck.frame import frame_text
    from crosscheck.relate import classifier as clf_mod

    clf = clf_mod.PairClassifier(args.head)
    for name, rows in relate_sets(args).items():
        if args.sets and not any(k in name for k in args.sets):
            continue
        sig = signals(clf_mod, clf, rows)
        ps = clf.predict([x["a"] for x in sig], [x["b"] for x in sig], [frame_text(x["a"], x["la"]) for x in sig],
                         [frame_text(x["b"], x["lb"]) for x in sig], [x["la"] for x in sig], [x["lb"] for x in sig])
        miss = [(x, p) for x, p in zip(sig, ps) if x["gold"] == "contradict" and x["rules"] != "contradict"]
        false = sorted(((x, p) for x, p in zip(sig, ps) if x["gold"] != "contradict" and x["rules"] != "contradict"
                        and p[1] >= args.false_floor), key=lambda xp: -xp[1][1])
        n_con = sum(1 for x in sig if x["gold"] == "contradict")
        print(f"\n**{name}**: {len(rows)} pairs, {n_con} gold contradictions, the rules miss {len(miss)}; "
              f"{len(false)} agree/related pairs at p(contr.) >= {args.false_floor}\n")
        print("| gold | pair | slot | rules | gate | p(contr.) | p(same) | p(diff.) | z, negations set aside | p(same), negations set aside |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for x, p in miss + false:
            print(f"| {x['gold']} | {x['a'][:60]} / {x['b'][:60]} | {x['slot'] or '-'} | {x['rules']} | {x['gate'] or '-'} | "
                  f"{p[1]:.2f} | {p[0]:.2f} | {p[2]:.2f} | {x['z']:.1f} | {x['s']:.2f} |")


def corpus(args) -> dict[str, int]:
    """The synthetic WMT22 corpus of ``python bench/bench_check.py`` (1,000 claims, seed 7; every
    contradiction in it is false), classifier off and on: contradictions flagged."""
    import tempfile

    import crosscheck
    from _common import DEFAULT_DATA, read_pairs
    from bench_check import synthetic_documents

    docs = synthetic_documents(read_pairs(DEFAULT_DATA / "wmt22_en_ru.tsv"), 1000)
    os.environ["CROSSCHECK_CLASSIFIER"] = "on"
    crosscheck.check(documents=docs[:2])  # load the models and the head once: time the runs, not start-up
    counts = {}
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
        counts[setting] = len(found)
    os.environ.pop("CROSSCHECK_CLASSIFIER", None)
    return counts


def _probe_half(name: str, half: str) -> list[dict]:
    path = REPO / "bench/data" / name
    return [r for r in _load(path) if r.get("half") == half] if path.is_file() else []


def choose_sets(clf) -> dict[str, list[dict]]:
    """The pairs the raise gates are chosen on: pairgen's dev split, issue 10's comparable dev pairs and the
    *tuning* halves of probes 3 and 4 (their held-out halves stay unseen until the gates are fixed)."""
    from train_pair_classifier import cache_dir_default

    pairs = pickle.loads((cache_dir_default() / clf.meta.get("pairs_file", f"pairs_v2_seed{clf.meta['seed']}.pkl")).read_bytes())
    return {"pairgen dev": [dict(p, label="contradict" if p["label"] == "contradicts" else p["label"]) for p in pairs
                            if p["split"] == "dev"],
            "comparable dev": _load(REPO / "tests/data/comparable_pairs.jsonl"),
            "probe 3 tune": _probe_half("classifier_polarity_probe3.jsonl", "tune"),
            "probe 4 tune": _probe_half("classifier_polarity_probe4.jsonl", "tune"),
            **{f"heldout{k}": heldout_set(k) for k in CHOICE_HELDOUTS}}


def scan(clf_mod, clf, sets: dict[str, list[dict]]) -> list[dict]:
    """Every pair a raise gate admits, run through compare_pairs with the model scoring but never raising:
    set, gate, contradiction probability p, same-statement z and the head's "same" with negations set aside."""
    from crosscheck.pairs import compare_pairs

    rows = [dict(r, set=name) for name, rs in sets.items() for r in rs]
    clf_mod._LOADED["default"] = clf
    real = clf_mod.raise_threshold
    clf_mod.raise_threshold = lambda c, g: 2.0  # score, never raise
    os.environ["CROSSCHECK_CLASSIFIER"] = "on"
    try:
        out = compare_pairs([{k: r.get(k) for k in ("a", "b", "lang_a", "lang_b", "date_a", "date_b")} for r in rows])
    finally:
        clf_mod.raise_threshold = real
        os.environ.pop("CROSSCHECK_CLASSIFIER", None)
    found = []
    for r, o in zip(rows, out):
        note = [e for e in o.get("evidence", []) if e.get("type") == "model"]
        if o["relation"] != "contradict" and note and note[0].get("b"):
            la, lb = r.get("lang_a") or "en", r.get("lang_b") or "en"
            found.append({"set": r["set"], "gate": note[0]["b"], "p": float(note[0]["a"]), "gold": _gold(r) == "contradict",
                          "z": clf_mod.denial_z(r["a"], la, r["b"], lb), "s": clf_mod.denial_same(clf, r["a"], la, r["b"], lb),
                          "a": r["a"], "b": r["b"]})
    return found


def _lowest(p: np.ndarray, y: np.ndarray, target: float, floor: float) -> float:
    """The lowest contradiction probability whose raises are >= ``target`` precise with at least 5 raises (else 1.01)."""
    t = 1.01
    for cand in np.unique(np.round(p, 3))[::-1]:
        sel = p >= cand
        if sel.sum() >= 5 and y[sel].mean() >= target:
            t = float(cand)
    return round(max(t, floor), 3)


def pick_thresholds(cands: list[dict], min_z, min_same, target: float, floor: float, gates, verbose=False,
                    fallback: bool = False) -> dict[str, float]:
    """Per gate: the lowest contradiction probability whose raises (above both floors) are >= ``target`` precise,
    with at least 5 raises; "clash" pools every gate in ``gates`` (the threshold of a kind the choice set never shows).
    With ``fallback`` a pooled gate too small to reach the rule on its own takes the pooled threshold, unless its own
    raises at that threshold fall below ``target`` precision (issue 15, fifth round)."""
    by_gate = defaultdict(list)
    for c in cands:
        if (min_z is None or c["z"] >= min_z) and (min_same is None or c["s"] >= min_same):
            by_gate[c["gate"]].append((c["p"], c["gold"]))
    by_gate["clash"] = [x for g, xs in list(by_gate.items()) if g in gates for x in xs]
    arrays = {g: (np.array([x[0] for x in xs]), np.array([x[1] for x in xs], dtype=bool)) for g, xs in by_gate.items()}
    chosen = {"clash": _lowest(*arrays["clash"], target, floor)}
    for gate, (p, y) in sorted(arrays.items()):
        if gate != "clash":
            own = _lowest(p, y, target, floor)
            if fallback and own > 1 and gate in gates and chosen["clash"] <= 1:
                sel = p >= chosen["clash"]
                own = chosen["clash"] if not sel.any() or y[sel].mean() >= target else own
            chosen[gate] = own
        if verbose:
            order = np.argsort(-p)[:25]
            sel = p >= chosen[gate]
            print(f"  gate {gate}: {len(p)} eligible, {int(y.sum())} gold contradictions; threshold {chosen[gate]:.3f} -> "
                  f"{int(sel.sum())} raises, {int(y[sel].sum())} true; top p: "
                  + ", ".join(f"{p[k]:.2f}{'+' if y[k] else '-'}" for k in order))
    return chosen


def raises(cands: list[dict], chosen: dict[str, float], min_z, min_same, gates) -> tuple[int, int]:
    """(raises, true raises) the gates would make on ``cands``."""
    n = t = 0
    for c in cands:
        thr = chosen.get(c["gate"], chosen.get("clash", 1.01) if c["gate"] in gates else 0.9)
        if c["p"] >= thr and (min_z is None or c["z"] >= min_z) and (min_same is None or c["s"] >= min_same):
            n, t = n + 1, t + int(c["gold"])
    return n, t


def scan_key(head: str) -> str:
    """What the scored choice pairs depend on: the head's weights (not its meta, which choose rewrites) and the rules
    (every source and data file of the package but the head)."""
    h = hashlib.sha1()
    with np.load(head, allow_pickle=False) as z:
        for k in sorted(z.files):
            if k != "meta":
                h.update(k.encode() + z[k].tobytes())
    for f in sorted((REPO / "crosscheck").rglob("*")):
        if f.is_file() and f.suffix in (".py", ".tsv", ".json", ".txt", ".csv") and "__pycache__" not in f.parts:
            h.update(str(f.relative_to(REPO)).encode() + f.read_bytes())
    return h.hexdigest()[:12]


def seeds() -> dict[str, dict]:
    """``crosscheck eval`` on the seed articles, classifier off and on: contradiction and agree P/R."""
    from crosscheck.evaluation import evaluate

    out = {}
    for setting in ("off", "on"):
        os.environ["CROSSCHECK_CLASSIFIER"] = setting
        res = evaluate(REPO / "seeds/gold/seeds_gold.json", paths=[str(REPO / "seeds")])
        out[setting] = {k: res[k] for k in ("contradict", "agree")}
        print(f"| seeds | {setting} | contradiction P {res['contradict']['precision']} R {res['contradict']['recall']} "
              f"(found {res['contradict']['predicted']}) | agree P {res['agree']['precision']} R {res['agree']['recall']} |")
    os.environ.pop("CROSSCHECK_CLASSIFIER", None)
    return out


def rerun(args) -> None:
    """One command for the whole check on the rules of this tree: re-choose the gates with the fixed rule (choice data
    only; ``--dry-run``: keep the head's), then every set off vs on, the synthetic corpus and the seeds, and the verdict
    of the default rule: "on" must add true contradictions and make no false raise anywhere."""
    if not args.skip_choose:
        choose(args)
    from crosscheck.relate import classifier as clf_mod

    clf_mod._LOADED["default"] = clf_mod.PairClassifier(args.head)
    print("\n## every set, off vs on\n")
    rows = relate(args)
    print()
    cor = corpus(args)
    print()
    sd = seeds()
    gained, false, gained_checks = 0, 0, 0
    choice = ("comparable_pairs.jsonl", "(tune)", *(f"heldout{k}" for k in CHOICE_HELDOUTS))  # the gates' choice data
    by = defaultdict(dict)
    for r in rows:
        by[r["set"]][r["setting"]] = r
    print("\n## verdict\n\n| set | true contradictions off -> on | false contradictions off -> on |\n| --- | --- | --- |")
    for name, d in by.items():
        off, on = d["off"], d["on"]
        gained += on["true"] - off["true"]
        in_choice = any(name == c or (c.startswith("(") and c in name) for c in choice)
        gained_checks += 0 if in_choice else on["true"] - off["true"]
        false += max(0, (on["found"] - on["true"]) - (off["found"] - off["true"]))
        print(f"| {name}{' (choice data)' if in_choice else ''} | {off['true']} -> {on['true']} | "
              f"{off['found'] - off['true']} -> {on['found'] - on['true']} |")
    false += max(0, cor["on"] - cor["off"])
    seeds_same = sd["off"] == sd["on"]
    print(f"| WMT22 synthetic corpus | | {cor['off']} -> {cor['on']} |")
    print(f"| seeds | {'identical off/on' if seeds_same else 'CHANGED: ' + json.dumps(sd)} | |")
    ok = gained > 0 and false == 0 and sd["on"]["contradict"]["precision"] >= sd["off"]["contradict"]["precision"]
    print(f"\nclassifier on: {gained:+d} true contradictions ({gained_checks:+d} on sets outside the choice data), "
          f"{false} false raises over every set -> "
          f"{'the default-on rule HOLDS' if ok else 'the default-on rule FAILS: keep the default off'}")


def choose(args) -> None:
    """Each raise gate's threshold (and the floors), on dev and tuning pairs only, through the real decision path.

    Choice pairs (:func:`choose_sets`) plus every link a gate admits in a synthetic corpus of dev-split WMT22 rows
    (all negatives).  Per gate the lowest contradiction probability whose raises are >= ``--target`` precise (at
    least 5 raises).  ``--min-same auto`` scans the floor on the head's own "same" probability (negations set
    aside) and keeps the one with the most true raises and no false raise on the choice pairs and corpus links
    (ties: the higher floor; none when no floor gains a true raise).  Written into the head's meta as ``raise_thresholds``, ``raise_min_z``, ``raise_min_same``.
    """
    from crosscheck.relate import classifier as clf_mod

    clf = clf_mod.PairClassifier(args.head)
    key = scan_key(args.head)
    cache = Path(args.scan_cache or (Path(os.environ.get("TMPDIR", "/tmp")) / f"classifier_scan_{key}.pkl"))
    if cache.is_file():
        cands = pickle.loads(cache.read_bytes())
    else:
        cands = scan(clf_mod, clf, choose_sets(clf))
        cands += [{"set": "dev corpus", "gate": g, "p": p, "gold": False, "z": z, "s": s_, "a": a, "b": b}
                  for g, p, z, s_, a, b in corpus_negatives(clf_mod, clf)]
        cache.write_bytes(pickle.dumps(cands))
    # "kinds": one threshold per kind of clash, a kind too small for the rule closed (rounds 2-4); "unsettled": every
    # pair the rules saw a clash in but kept a link (one clash, several clashes, an unsettled clash) is one pool,
    # and a kind too small for the rule on its own takes the pool's threshold (fifth round)
    gates = clf_mod.CLASH_EVIDENCE + (clf_mod.CLOSED_UNLESS_CHOSEN if args.pool == "unsettled" else ())
    fallback = args.pool == "unsettled"
    min_z = None if args.min_z.lower() == "none" else float(args.min_z)
    if args.verbose:
        for c in sorted(cands, key=lambda c: (c["set"], -c["p"])):
            if c["set"] != "pairgen dev" or c["p"] >= 0.3:
                print(f"  [{c['set']}] {c['gate']} p={c['p']:.2f} z={c['z']:.1f} same={c['s']:.2f} "
                      f"{'+' if c['gold'] else '-'} | {c['a'][:70]} || {c['b'][:70]}")
    if args.min_same.lower() == "auto":
        print("| floor on p(same), negations set aside | thresholds | raises on the choice pairs (true) |")
        print("| --- | --- | --- |")
        best = None
        for m in [None] + [round(x, 2) for x in np.arange(0.05, 1.0, 0.05)]:
            ch = pick_thresholds(cands, min_z, m, args.target, args.floor, gates, fallback=fallback)
            n, t = raises(cands, ch, min_z, m, gates)
            print(f"| {m} | {ch} | {n} ({t}) |")
            if n == t and (best is None or t >= best[1]):
                best = (m, t)
        min_same = best[0] if best and best[1] > 0 else None  # a floor that gains nothing is not kept
        print(f"chosen floor on p(same): {min_same} ({best[1] if best else 0} true raises, no false one)")
    else:
        min_same = None if args.min_same.lower() == "none" else float(args.min_same)
    chosen = pick_thresholds(cands, min_z, min_same, args.target, args.floor, gates, verbose=True, fallback=fallback)
    n, t = raises(cands, chosen, min_z, min_same, gates)
    print(f"floors z >= {min_z}, p(same) >= {min_same}: {n} raises ({t} true) on the choice pairs and dev corpus links")
    for name in sorted({c["set"] for c in cands}):
        sub = [c for c in cands if c["set"] == name]
        print(f"  {name}: {len(sub)} eligible, raises {raises(sub, chosen, min_z, min_same, gates)}")
    if args.dry_run:
        return
    clf.meta["raise_thresholds"] = chosen
    clf.meta["raise_min_z"] = min_z
    clf.meta["raise_min_same"] = min_same
    clf.meta["raise_thresholds_chosen_by"] = (f"python bench/bench_classifier.py --part choose --target {args.target} --floor {args.floor} "
                                              f"--min-z {args.min_z} --min-same {args.min_same} --pool {args.pool}")
    with np.load(args.head, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["meta"] = np.array(json.dumps(clf.meta))
    np.savez_compressed(args.head, **arrays)
    print(f"wrote raise_thresholds {chosen}, raise_min_z {min_z}, raise_min_same {min_same} into {args.head}")


def corpus_negatives(clf_mod, clf) -> list[tuple]:
    """(gate, contradiction probability, same-statement z, p(same) negations set aside, a, b) of every link a raise gate admits in a synthetic comparable
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
            same = clf_mod.denial_same(clf, r.segment.text, r.segment.lang, seg_b.text, seg_b.lang) if seg_b else 1.0
            out.append((note[0].b, float(note[0].a), z, same, r.segment.text, seg_b.text if seg_b else link.id))
    print(f"dev corpus: {len(docs)} documents from {len(rows)} dev-split WMT22 rows, {report.meta['claims']} claims; "
          f"{len(out)} links a gate admits, all negatives")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=["heldout", "relate", "corpus", "both", "choose", "misses", "rerun"], default="both")
    ap.add_argument("--skip-choose", action="store_true", help="rerun: keep the head's gates (do not re-choose them)")
    ap.add_argument("--head", default=str(REPO / "crosscheck/data/pair_classifier.npz"), help="the head file (choose writes into it)")
    ap.add_argument("--target", type=float, default=0.95, help="choose: raise precision to reach on dev pairs")
    ap.add_argument("--verbose", action="store_true", help="choose: list the eligible dev pairs")
    ap.add_argument("--floor", type=float, default=round(1 / 3, 3), help="choose: the least threshold of any gate (1/3: no better than chance of three)")
    ap.add_argument("--min-z", default=str(Z_TRANSLATION), help="choose: the same-statement floor (relate.classifier.denial_z, "
                    "noise sigmas; default the rules' translation level Z_TRANSLATION; 'none': no floor)")
    ap.add_argument("--min-same", default="none", help="choose: the floor on the head's own 'same' probability with negations set "
                    "aside (relate.classifier.denial_same); a number, 'none', or 'auto' (scanned on the choice pairs)")
    ap.add_argument("--scan-cache", help="choose: where the scored choice pairs are kept between runs (default: $TMPDIR, by head)")
    ap.add_argument("--pool", choices=["kinds", "unsettled"], default="unsettled",
                    help="choose: 'kinds' (one threshold per kind of clash; rounds 2-4) or 'unsettled' (one pool of every "
                    "clash the rules left a link, several clashes and unsettled clashes included; small kinds take its threshold)")
    ap.add_argument("--dry-run", action="store_true", help="choose: print the choice, do not write the head")
    ap.add_argument("--halves", nargs="*", help="relate: only these halves of probes 3 and 4 (tune, heldout)")
    ap.add_argument("--sets", nargs="*", help="relate, misses: only the sets whose name contains one of these")
    ap.add_argument("--false-floor", type=float, default=0.3, help="misses: list agree/related pairs from this p(contr.)")
    ap.add_argument("--extra", nargs="*", help="relate, misses, rerun: more pair files (JSONL) measured beside the default sets "
                    "(a fresh held-out set: never in the choice)")
    ap.add_argument("--comparable", nargs="*", help="comparable pair files (JSONL with a, b, lang_a, lang_b, label)")
    args = ap.parse_args()
    if args.part == "choose":
        return choose(args)
    if args.part == "misses":
        return misses(args)
    if args.part == "rerun":
        return rerun(args)
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
