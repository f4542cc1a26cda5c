import glob,sys,re
files=glob.glob('/work/main/tests/data/comparable_*.jsonl')+glob.glob('/work/main/bench/data/heldout*/*.jsonl')+glob.glob('/work/main/bench/data/*.jsonl')+glob.glob('/work/main/tests/*.py')
txt={f:open(f,encoding='utf-8',errors='ignore').read().lower() for f in files}
for line in open(sys.argv[1],encoding='utf-8'):
    line=line.rstrip('\n')
    if not line: continue
    terms=[t.lower() for t in line.split('|')]
    hits=[]
    for f,t in txt.items():
        for term in terms:
            if term.strip() and term in t:
                hits.append(f.split('/')[-2]+'/'+f.split('/')[-1]); break
    print(('HIT ' if hits else 'ok  ')+line+('  '+str(len(hits))+' '+','.join(sorted(set(hits))[:3]) if hits else ''))
