"""Print the rows read by hand for README.md: a stratified sample of 60 changed rows and 40 random controls.

    python sample_check.py [perturb_heldout26.jsonl]
"""
import json
import random
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "perturb_heldout26.jsonl"
rows = [json.loads(line) for line in open(path, encoding="utf-8")]
rng = random.Random(2626)
for kind, n in {"number": 25, "year": 12, "date": 0, "month": 8, "entity": 0, "polarity": 15}.items():
    pool = [r for r in rows if r["perturbation"] == kind]
    for r in rng.sample(pool, min(n, len(pool))):
        print(f"## {kind} {r['source']} side={r['side']} {r['was']!r} -> {r['now']!r}\nEN: {r['a']}\nRU: {r['b']}\n")
rng = random.Random(2627)
print("=========== CONTROLS")
for r in rng.sample([r for r in rows if r["perturbation"] == "control"], 40):
    print(f"## {r['source']}\nEN: {r['a']}\nRU: {r['b']}\n")
