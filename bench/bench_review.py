"""The fact-checking desk end to end on the seeds, with the gold annotation as the reviewer.

    CROSSCHECK_HOME=/tmp/cc_bench/home python bench/bench_review.py [--json out.json]

1. `check seeds/` -> a saved run; its flags as the review app lists them.
2. A "gold reviewer" decides every contradict/agree/related/unique flag: confirmed when
   seeds_gold.json has the same relation for the pair (or lists the claim as unique),
   rejected otherwise.  Decisions go through the same store as `crosscheck decide`.
3. Prints `review --stats` (precision per relation and evidence type as a reviewer
   would record it), the write time per decision, then reruns `check` with the
   decisions and counts how many rejected flags are raised again (should be 0) and
   what --fail-on contradict says before and after.

Gold is used to measure only; nothing in crosscheck reads it.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from _common import REPO, log


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", type=Path, help="also write the numbers here")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="cc_review_"))
    db = tmp / "decisions.sqlite"
    os.environ["CROSSCHECK_DB"] = str(db)  # not there yet: the first check runs without decisions
    import logging

    logging.getLogger("crosscheck").setLevel(logging.ERROR)
    import crosscheck
    from crosscheck.evaluation import _match
    from crosscheck.review.source import open_run
    from crosscheck.review.stats import review_stats
    from crosscheck.review.store import DecisionStore

    seeds = REPO / "seeds"
    gold = json.loads((seeds / "gold" / "seeds_gold.json").read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    before = crosscheck.check([seeds])
    log(f"check: {time.perf_counter() - t0:.1f} s")
    run_path = tmp / "run.jsonl"
    before.write(run_path)
    run = open_run(run_path, [str(seeds)])
    records = before.records()
    to_gold = {rec["id"]: gid for gid, rec in _match(gold, records, {r["id"]: r["text"] for r in records}).items()}
    gold_rel = {frozenset((r["a"], r["b"])): r["label"] for r in gold["relations"]}
    gold_unique = set(gold["unique"])

    def gold_verdict(flag) -> str:
        a = to_gold.get(flag.a.id)
        if flag.b is None:
            return "confirmed" if a in gold_unique else "rejected"
        b = to_gold.get(flag.b.id)
        return "confirmed" if gold_rel.get(frozenset((a, b))) == flag.status else "rejected"

    times = []
    with DecisionStore.open(db) as store:
        for flag in run.flags:
            t = time.perf_counter()
            store.decide(flag.key, gold_verdict(flag), reviewer="gold", relation=flag.status,
                         evidence=flag.evidence_types, context=flag.context())
            times.append(time.perf_counter() - t)
        decisions = store.all()
    stats = review_stats(decisions)
    print(f"{len(run.flags)} flags reviewed; {1000 * sum(times) / len(times):.1f} ms per decision (WAL, synchronous=FULL)")
    print(f"{'group':34} {'reviewed':>8} {'confirmed':>9} {'rejected':>8} {'precision':>9}")
    for row in stats:
        p = "—" if row["precision"] is None else f"{row['precision']:.3f}"
        print(f"{row['group']:34} {row['reviewed']:>8} {row['confirmed']:>9} {row['rejected']:>8} {p:>9}")

    after = crosscheck.check([seeds])
    rejected = {d.key for d in decisions if d.verdict == "rejected"}
    raised_again = 0  # claims whose status still rests on a link the reviewer rejected
    for res in after.results:
        best = after.best_link(res)
        if res.status in ("contradict", "agree", "related") and best is not None and best.key in rejected:
            raised_again += 1
    print(f"rerun with the decisions: {raised_again} claims whose status rests on a rejected link; "
          f"--fail-on contradict exit code {before.exit_code('contradict')} -> {after.exit_code('contradict')}; "
          f"statuses {before.summary()['status']} -> {after.summary()['status']}")
    if args.json:
        args.json.write_text(json.dumps({"flags": len(run.flags), "stats": stats, "raised_again": raised_again,
                                         "ms_per_decision": 1000 * sum(times) / len(times)}, indent=2) + "\n")


if __name__ == "__main__":
    main()
