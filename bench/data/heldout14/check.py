import json, collections, re, runpy
rs=[json.loads(l) for l in open('comparable_heldout14.jsonl')]
rel=[json.loads(l) for l in open('related_heldout14.jsonl')]
ns = runpy.run_path('build.py')
FALSE = ns['FALSE']
for i,r in enumerate(rs+rel,1):
    for k in 'ab':
        n=len(r[k].split()); w=len(re.findall(r'[A-Za-zА-Яа-яЁё]{2,}', r[k]))
        if n<10 or n>30 or w<10: print('LEN', i, k, n, w, r[k])
print(collections.Counter((r['label'],r['lang_a']) for r in rs+rel))
print(collections.Counter((r['label'],r['slot']) for r in rs))
d=collections.defaultdict(lambda:[0,0])
for r in rs: d[r['domain']][r['label']=='contradict']+=1
print(dict(d)); print(collections.Counter(r['domain'] for r in rel))
c=[r for r in rs if r['label']=='contradict']
pos=collections.Counter(FALSE); lang=collections.Counter(r['lang_a'] if f==1 else r['lang_b'] for r,f in zip(c,FALSE))
print('false first/second',pos,'false lang',lang)
print('false first rows',[31+i for i,f in enumerate(FALSE) if f==1])
lens=[len(r[k].split()) for r in rs+rel for k in 'ab']; print(min(lens),max(lens))
