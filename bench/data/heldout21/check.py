import json, collections
rows=[json.loads(l) for l in open('comparable_heldout21.jsonl')]
rel=[json.loads(l) for l in open('related_heldout21.jsonl')]
for i,r in enumerate(rows+rel,1):
    for k in 'ab':
        n=len(r[k].split())
        if not 10<=n<=30: print('LEN',i,k,n,r[k])
lens=[len(r[k].split()) for r in rows+rel for k in 'ab']
print('token range',min(lens),max(lens))
for lab in ('agree','contradict'):
    sub=[r for r in rows if r['label']==lab]
    print(lab,len(sub),'EN first',sum(r['lang_a']=='en' for r in sub))
    print(' slots',sorted(collections.Counter(r['slot'] for r in sub).items()))
print('domains',sorted(collections.Counter(r['domain'] for r in rows).items()))
print('rel EN first',sum(r['lang_a']=='en' for r in rel), collections.Counter(r['domain'] for r in rel))
# duplicate check
s=[r[k] for r in rows+rel for k in 'ab']; print('dups',len(s)-len(set(s)))
