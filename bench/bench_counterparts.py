"""Counterparts on comparable text: are links found, are `unique` and `related` honest?

    python bench/bench_counterparts.py --part dev            # tune on this
    python bench/bench_counterparts.py --part heldout        # report only, never tune on it
    python bench/bench_counterparts.py --part dev --json out.json --sets plain same_topic

Each document pair of ``bench/comparable.py`` is run through the whole pipeline
(``crosscheck.check(documents=[en, ru])``, default model).  Every checked output
segment is judged by the gold sentence it overlaps most (segments overlapping none
have no counterpart and no related sentence).  Definitions:

* **alignment** (a claim's counterpart found): a claim's *predicted counterpart*
  is its best link (the first one in the output).  TP: the claim has a gold
  counterpart and its best link is one of them.  FN: it has one and the best link is
  missing or another sentence.  FP: a best link that is not a gold counterpart,
  except a ``related``/``contradict`` link to a gold *related* sentence (that is a
  correct weaker link, judged under related precision).
* **unique detection**: positive = status ``unique``.  Correct when the claim has no
  gold counterpart.  Recall counts claims with no gold counterpart that got a link
  which is not excused as above (an excused related link is not a miss).
* **related precision**: over distinct ``related`` links (unordered pairs) in all
  outputs, the fraction between sentences that are gold counterparts or gold related.
  For the synthetic sets a pair is gold related when both sentences come from the
  same WMT22 topic window (8 consecutive segments of one source document: the same
  things); for the hand-written sets when the gold says so (same subject, same aspect).
* ``nearest`` (when the output carries it) is not scored.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import log  # noqa: E402
import comparable  # noqa: E402


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _gold_of(seg, sentences) -> str | None:
    best, best_ov = None, 0
    for g in sentences:
        ov = min(seg.end, g.end) - max(seg.start, g.start)
        if ov > best_ov:
            best, best_ov = g.sid, ov
    return best


def score_set(docset, report, counts: dict) -> None:
    by_doc = defaultdict(list)
    for g in docset.gold.values():
        by_doc[g.doc].append(g)
    sid_of = {}
    for r in report.results:
        sid_of[r.id] = _gold_of(r.segment, by_doc[r.segment.doc_id])
    seen_related = set()
    for r in report.results:
        if r.status is None:
            continue
        sid = sid_of[r.id]
        g = docset.gold.get(sid) if sid else None
        cps = g.counterparts if g else set()
        rels = g.related if g else set()
        best = r.links[0] if r.links else None
        bsid = sid_of.get(best.id) if best else None
        excused = best is not None and best.relation in ("related", "contradict") and bsid in rels
        if cps:
            counts["gold_cp"] += 1
            if best is not None and bsid in cps:
                counts["tp"] += 1
            elif best is not None and not excused:
                counts["fp"] += 1
        elif best is not None and not excused:
            counts["fp"] += 1
        if r.status == "unique":
            counts["u_pred"] += 1
            counts["u_tp" if not cps else "u_fp"] += 1
        elif not cps and not excused:
            counts["u_fn"] += 1
        for link in r.links:
            if link.relation != "related":
                continue
            key = frozenset((r.id, link.id))
            if key in seen_related:
                continue
            seen_related.add(key)
            lsid = sid_of.get(link.id)
            counts["rel"] += 1
            if lsid is not None and (lsid in cps or lsid in rels):
                counts["rel_ok"] += 1
        counts["claims"] += 1


def summarise(counts: dict) -> dict:
    ap, ar, af = prf(counts["tp"], counts["fp"], counts["gold_cp"] - counts["tp"])
    up, ur, uf = prf(counts["u_tp"], counts["u_fp"], counts["u_fn"])
    rel = counts["rel_ok"] / counts["rel"] if counts["rel"] else 1.0
    return {"align_p": round(ap, 3), "align_r": round(ar, 3), "align_f1": round(af, 3),
            "unique_p": round(up, 3), "unique_r": round(ur, 3), "unique_f1": round(uf, 3),
            "related_p": round(rel, 3), "related_n": counts["rel"], "claims": counts["claims"]}


def run(part: str, pairs: int, sets: list[str] | None, model: str | None) -> dict[str, dict]:
    import crosscheck

    variants = tuple(v for v in comparable.VARIANTS if not sets or v in sets)
    docsets = comparable.build(part, pairs=pairs, variants=variants, hand=not sets or "handwritten" in sets)
    by_variant: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    total: dict = defaultdict(int)
    t0 = time.perf_counter()
    for ds in docsets:
        report = crosscheck.check(documents=ds.documents, model=model)
        score_set(ds, report, by_variant[ds.variant])
        score_set(ds, report, total)
    out = {v: summarise(c) for v, c in by_variant.items()}
    out["ALL"] = summarise(total)
    log(f"{len(docsets)} document pairs in {time.perf_counter() - t0:.1f} s")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", default="dev", choices=["dev", "heldout"])
    ap.add_argument("--pairs", type=int, default=15, help="document pairs per synthetic variant")
    ap.add_argument("--sets", nargs="*", help=f"only these ({', '.join(comparable.VARIANTS)}, handwritten)")
    ap.add_argument("--model", default=None)
    ap.add_argument("--json", type=Path, help="also write the numbers here")
    ap.add_argument("--quiet", action="store_true", help="print nothing (with --json: measure without looking)")
    args = ap.parse_args()
    out = run(args.part, args.pairs, args.sets, args.model)
    if args.json:
        args.json.write_text(json.dumps({"part": args.part, "results": out}, indent=1), encoding="utf-8")
    if args.quiet:
        return
    cols = ["align_p", "align_r", "align_f1", "unique_p", "unique_r", "unique_f1", "related_p", "related_n", "claims"]
    print(f"part={args.part}")
    print(f"{'set':12s} " + " ".join(f"{c:>9s}" for c in cols))
    for name, row in out.items():
        print(f"{name:12s} " + " ".join(f"{row[c]:>9}" for c in cols))


if __name__ == "__main__":
    main()
