#!/usr/bin/env python3
# grep candidate subjects (EN|RU stems) over earlier sets; prints hit counts only
import glob, sys
M = "/work/main/"
files = sorted(glob.glob(M+"tests/data/comparable_*.jsonl") + glob.glob(M+"bench/data/heldout*/*.jsonl")
               + glob.glob(M+"bench/data/*.jsonl") + glob.glob(M+"tests/*.py"))
text = {f: open(f, encoding="utf-8").read().lower() for f in files}
for line in sys.stdin:
    line = line.strip()
    if not line or line.startswith("#"): continue
    pats = [p.strip().lower() for p in line.split("|") if p.strip()]
    hits = {}
    for f, t in text.items():
        n = sum(t.count(p) for p in pats)
        if n: hits[f.replace(M, "")] = n
    print(("HIT " if hits else "ok  ") + line + ("  -> " + ", ".join(f"{k}:{v}" for k, v in hits.items()) if hits else ""))
