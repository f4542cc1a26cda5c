import glob,sys,re
files=[]
for p in ["/work/main/tests/data/*.jsonl","/work/main/bench/data/*.jsonl","/work/main/bench/data/heldout*/*.jsonl","/work/main/bench/data/heldout*/build.py","/work/main/tests/*.py","/work/heldout31/*","/work/heldout32/*","/work/heldout33/*"]:
    files+= [f for f in glob.glob(p)]
import os
texts={}
for f in files:
    if os.path.isfile(f):
        texts[f]=open(f,encoding='utf-8',errors='ignore').read().lower()
for line in open(sys.argv[1],encoding='utf-8'):
    line=line.strip()
    if not line or line.startswith('#'): continue
    name,stems=line.split(':',1)
    hits=[]
    for s in stems.split('|'):
        s=s.strip().lower()
        if not s: continue
        n=0; ex=None
        for f,t in texts.items():
            c=t.count(s)
            if c:
                n+=c
                if ex is None:
                    i=t.find(s); ex=f.split('/')[-2]+'/'+f.split('/')[-1]+': '+t[max(0,i-40):i+40].replace('\n',' ')
        if n: hits.append((s,n,ex))
    print(("HIT  " if hits else "ok   ")+name, '' if not hits else ' ; '.join(f"{s}={n} [{ex}]" for s,n,ex in hits[:3]))
