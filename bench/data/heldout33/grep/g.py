import glob, sys, re, os
files = (glob.glob('/work/main/tests/data/*.jsonl') + glob.glob('/work/main/bench/data/*.jsonl') +
         glob.glob('/work/main/bench/data/heldout*/*.jsonl') + glob.glob('/work/main/bench/data/heldout*/build.py') +
         glob.glob('/work/main/tests/*.py') + glob.glob('/work/heldout31/*.jsonl') + glob.glob('/work/heldout31/build.py') +
         glob.glob('/work/heldout32/*.jsonl') + glob.glob('/work/heldout32/build.py') +
         glob.glob('/work/heldout34/*.jsonl') + glob.glob('/work/heldout34/build.py'))
texts = {f: open(f, encoding='utf-8', errors='replace').read().lower() for f in files}
# candidate file: name | stem1 | stem2 ...
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.strip()
    if not line or line.startswith('#'): continue
    parts = [p.strip() for p in line.split('|')]
    name, stems = parts[0], parts[1:]
    hits = []
    for s in stems:
        sl = s.lower()
        for f, t in texts.items():
            i = t.find(sl)
            if i >= 0:
                ctx = t[max(0,i-40):i+40].replace('\n',' ')
                hits.append(f"{s}@{f.replace('/work/','')}: …{ctx}…")
                break
    print(('HIT  ' if hits else 'OK   ') + name + ' :: ' + ', '.join(stems))
    for h in hits[:3]: print('      ' + h)
