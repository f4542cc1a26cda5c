import sys, glob, re
files = (glob.glob('/work/main/tests/data/comparable_*.jsonl') + glob.glob('/work/main/bench/data/heldout*/*.jsonl')
         + glob.glob('/work/main/bench/data/*.jsonl') + glob.glob('/work/main/tests/*.py'))
for p in sys.argv[1:]:
    seen=set()
    for f in files:
        for line in open(f, encoding='utf-8', errors='replace'):
            if p.lower() in line.lower():
                i=line.lower().index(p.lower()); s=line[max(0,i-100):i+100].strip()
                if s in seen: continue
                seen.add(s); print(p, '|', f.split('/')[-1], '|', s)
