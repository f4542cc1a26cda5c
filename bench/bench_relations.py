"""Relation quality: the seed gold, the bilingual pair suite and the held-out pairs.

    python bench/bench_relations.py

The pair files are in tests/data: relation_pairs.jsonl (written with the code, a
regression suite) and relation_holdout.jsonl (written afterwards and measured once
before any change: the honest estimate).
"""

from __future__ import annotations

import collections
import json
import time

from _common import REPO


def score_pairs(name: str) -> None:
    from crosscheck.pairs import compare_pairs

    items = [json.loads(line) for line in (REPO / "tests" / "data" / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    t0 = time.perf_counter()
    rows = compare_pairs(items)
    elapsed = time.perf_counter() - t0
    tp = sum(1 for i, r in zip(items, rows) if i["expect"] == r["relation"] == "contradict")
    pred = sum(1 for r in rows if r["relation"] == "contradict")
    gold = sum(1 for i in items if i["expect"] == "contradict")
    per_type: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for i, r in zip(items, rows):
        per_type[i["type"]][0] += i["expect"] == r["relation"]
        per_type[i["type"]][1] += 1
    right = sum(v[0] for v in per_type.values())
    print(f"{name}: {len(items)} pairs, relation accuracy {right / len(items):.3f}, contradict precision "
          f"{tp / max(pred, 1):.3f} recall {tp / max(gold, 1):.3f} ({elapsed:.1f} s)")
    for kind, (ok, n) in sorted(per_type.items()):
        print(f"  {kind:<16} {ok}/{n}")


def score_seeds() -> None:
    from crosscheck.evaluation import evaluate

    r = evaluate(REPO / "seeds" / "gold" / "seeds_gold.json", paths=[str(REPO / "seeds")])
    print(f"seeds gold: contradict P {r['contradict']['precision']} R {r['contradict']['recall']}; agree P "
          f"{r['agree']['precision']} R {r['agree']['recall']} F1 {r['agree']['f1']}; status accuracy {r['status_accuracy']} "
          f"over {r['status_items']} non-boilerplate items")


if __name__ == "__main__":
    score_seeds()
    score_pairs("relation_pairs.jsonl")
    score_pairs("relation_holdout.jsonl")
