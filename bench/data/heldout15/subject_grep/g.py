import glob,re,sys
files=glob.glob('/work/main/tests/data/comparable_*.jsonl')+glob.glob('/work/main/bench/data/heldout*/*.jsonl')+glob.glob('/work/main/bench/data/*.jsonl')+glob.glob('/work/main/tests/*.py')+glob.glob('/work/heldout1[23]/*.jsonl')
txt={f:open(f,encoding='utf-8',errors='ignore').read() for f in files}
for line in open(sys.argv[1],encoding='utf-8'):
    line=line.strip()
    if not line: continue
    pats=[p.strip() for p in line.split('|')]
    hits=[]
    for p in pats:
        rx=re.compile(p,re.I)
        for f,t in txt.items():
            m=rx.search(t)
            if m: hits.append((p,f.split('/')[-1],t[max(0,m.start()-40):m.end()+40].replace('\n',' ')))
    print(('HIT ' if hits else 'ok  ')+line, '' if not hits else hits[:2])
