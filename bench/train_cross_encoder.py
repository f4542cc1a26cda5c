"""Issue 15, fifth round, step 3: ONE short fine-tune -- does a cross-encoder see what the frozen head does not?

    nice -n 15 python bench/train_cross_encoder.py [--per-label 3000] [--epochs 3] [--budget 1500]

A cross-encoder from the converted multilingual-e5-small ($CROSSCHECK_HOME/models/me5-small, built by
``crosscheck models install me5-small``): both claims in one input, only the top two transformer layers and a
3-way head trainable (the lower ten run once per pair, their output cached), torch on one thread, a CPU budget
(``--budget`` seconds of process time, training stops there). Training pairs: a seeded, label-balanced sample of
pairgen's *train* split (the frozen head's data, version 3). Not shipped: a bench measurement only.

Reported: three-way accuracy on pairgen's dev split, and on the comparable sets (HELD-OUT7/8 = the gates' choice
data, HELD-OUT9 = held out) how p(contradiction) ranks gold contradictions against agree/related rows (ROC AUC),
how many gold contradictions score above every agree/related row of the set, and the same for the rule misses.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import time

import numpy as np

from _common import REPO, log
from _split_encoder import score_pairs, split_encoder, train_epoch

LABELS = ("same", "contradicts", "different")


def _load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-label", type=int, default=3000)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--budget", type=float, default=1500.0, help="seconds of process CPU time for the whole run")
    ap.add_argument("--max-len", type=int, default=96)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--out", help="write the per-pair scores (JSON) here")
    args = ap.parse_args()

    import torch
    from transformers import AutoModel, AutoTokenizer

    from crosscheck.home import home

    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    t_start = time.process_time()
    model_dir = home() / "models" / "me5-small"
    tok = AutoTokenizer.from_pretrained(model_dir)
    enc = AutoModel.from_pretrained(model_dir, torch_dtype=torch.float32)
    enc.eval()
    n_layers = len(enc.encoder.layer)
    top = enc.encoder.layer[n_layers - 2:]

    pairs = pickle.loads((home() / "pair_classifier" / "pairs_v3_seed15_x3.pkl").read_bytes())
    rng = random.Random(args.seed)
    train = []
    for lab in LABELS:
        rows = [p for p in pairs if p["split"] == "train" and p["label"] == lab]
        train += rng.sample(rows, min(args.per_label, len(rows)))
    rng.shuffle(train)
    dev = [p for p in pairs if p["split"] == "dev"]
    dev = rng.sample(dev, min(900, len(dev)))

    lower, upper, head = split_encoder(enc, tok, n_layers - 2, args.max_len)

    B = 16
    log(f"caching the lower {n_layers - 2} layers for {len(train)} training pairs")
    cache = []
    for i in range(0, len(train), B):
        batch = train[i:i + B]
        cache.append((lower(batch), torch.tensor([LABELS.index(b["label"]) for b in batch])))
        if time.process_time() - t_start > args.budget * 0.4:
            log(f"  budget: cached {i + B} pairs only")
            break
    log(f"cached in {time.process_time() - t_start:.0f} s CPU")
    for p in top.parameters():
        p.requires_grad_(True)
    opt = torch.optim.AdamW([{"params": top.parameters(), "lr": 3e-5}, {"params": head.parameters(), "lr": 1e-3}],
                            weight_decay=0.01)
    top.train()
    lossf = torch.nn.CrossEntropyLoss()
    for ep in range(args.epochs):
        mean, stopped = train_epoch(cache, upper, lossf, opt, rng,
                                    stop=lambda: time.process_time() - t_start > args.budget * 0.85)
        log(f"epoch {ep + 1}: mean loss {mean:.3f}, {time.process_time() - t_start:.0f} s CPU"
            + (" (budget reached)" if stopped else ""))
        if stopped:
            break
    top.eval()

    def score(rows):
        return score_pairs(rows, lower, upper, B)

    pd = score(dev)
    acc = float((pd.argmax(1) == np.array([LABELS.index(p["label"]) for p in dev])).mean())
    print(f"pairgen dev ({len(dev)} pairs): three-way accuracy {acc:.3f}")
    results = {}
    print("| set | gold contr. | ROC AUC of p(contr.) | contradictions above every agree/related row | rule misses above every agree/related row |")
    print("| --- | --- | --- | --- | --- |")
    misses = _misses()
    for k in (7, 8, 9):
        d = REPO / f"bench/data/heldout{k}"
        rows = _load(d / f"comparable_heldout{k}.jsonl") + _load(d / f"related_heldout{k}.jsonl")
        pc = score(rows)[:, 1]
        y = np.array([r["label"] == "contradict" for r in rows])
        pos, neg = pc[y], pc[~y]
        auc = float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()) / (len(pos) * len(neg)))
        top_neg = neg.max()
        miss = np.array([(r["a"], r["b"]) in misses for r in rows])
        print(f"| HELD-OUT{k} | {int(y.sum())} | {auc:.3f} | {int((pos > top_neg).sum())} | "
              f"{int(((pc > top_neg) & y & miss).sum())} of {int((y & miss).sum())} |")
        results[k] = [{"a": r["a"], "b": r["b"], "label": r["label"], "p_contr": float(p)} for r, p in zip(rows, pc)]
    print(f"CPU {time.process_time() - t_start:.0f} s (budget {args.budget:.0f} s), torch threads 1")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump(results, fh, ensure_ascii=False)


def _misses() -> set[tuple[str, str]]:
    """The gold contradictions the rules miss on HELD-OUT7/8/9 (classifier off)."""
    from crosscheck.pairs import compare_pairs

    os.environ["CROSSCHECK_CLASSIFIER"] = "off"
    out = set()
    for k in (7, 8, 9):
        rows = [r for r in _load(REPO / f"bench/data/heldout{k}/comparable_heldout{k}.jsonl") if r["label"] == "contradict"]
        rel = compare_pairs([{x: r.get(x) for x in ("a", "b", "lang_a", "lang_b")} for r in rows])
        out |= {(r["a"], r["b"]) for r, o in zip(rows, rel) if o["relation"] != "contradict"}
    return out


if __name__ == "__main__":
    main()
