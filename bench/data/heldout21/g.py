import sys, glob, re
files = (glob.glob('/work/main/tests/data/comparable_*.jsonl') + glob.glob('/work/main/bench/data/heldout*/*.jsonl')
         + glob.glob('/work/main/bench/data/*.jsonl') + glob.glob('/work/main/tests/*.py')
         + glob.glob('/work/heldout1*/*.jsonl'))
texts = {f: open(f, encoding='utf-8', errors='replace').read().lower() for f in files}
# each arg: "name:pat1|pat2|..."
for arg in sys.argv[1:]:
    name, pats = arg.split(':', 1)
    hits = []
    for p in pats.split('|'):
        p = p.lower()
        n = sum(t.count(p) for t in texts.values())
        if n: hits.append(f"{p}={n}")
    print(("HIT  " if hits else "ok   ") + name + ("  " + " ".join(hits) if hits else ""))
