import json, collections, re
rows=[json.loads(l) for l in open("comparable_heldout22.jsonl")]
rel=[json.loads(l) for l in open("related_heldout22.jsonl")]
for i,r in enumerate(rows+rel,1):
    for k in "ab":
        n=len(r[k].split()); w=len(re.findall(r"[A-Za-zА-Яа-яЁё]{2,}",r[k]))
        if not (10<=n<=30) or w<10: print("LEN",i,k,n,w,r[k])
for lab in ("agree","contradict"):
    sub=[r for r in rows if r["label"]==lab]
    print(lab,len(sub),"EN first",sum(r["lang_a"]=="en" for r in sub))
    print(" slots",dict(collections.Counter(r["slot"] for r in sub)))
print("domains",sorted(collections.Counter((r["domain"],r["label"][0]) for r in rows).items()))
print("related EN first",sum(r["lang_a"]=="en" for r in rel),collections.Counter(r["domain"] for r in rel))
print("tok range",min(len(r[k].split()) for r in rows+rel for k in "ab"),max(len(r[k].split()) for r in rows+rel for k in "ab"))
