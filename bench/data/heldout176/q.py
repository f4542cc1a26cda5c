#!/usr/bin/env python3
"""One-pass equivalent of g.sh (counts only, case-insensitive substring matches).

Usage: python3 q.py pat1 pat2 ...      or      python3 q.py - < stems.txt
With '-', each input line holds one subject's stems separated by '|'; the line total
is printed first. Same file set as g.sh; this set's own files are excluded.
"""
import glob
import sys

PATS = ["/work/main/tests/data/*.jsonl", "/work/main/bench/data/*.jsonl",
        "/work/main/bench/data/heldout*/*.jsonl", "/work/main/bench/data/heldout*/build.py",
        "/work/main/tests/*.py", "/work/heldout1*/build.py"]
files = sorted({f for p in PATS for f in glob.glob(p) if not f.startswith("/work/heldout176/")})
text = "\n".join(open(f, encoding="utf-8", errors="replace").read() for f in files).lower()
args = sys.argv[1:]
if args == ["-"]:
    for line in sys.stdin:
        stems = [s for s in line.strip().split("|") if s]
        if stems:
            c = [text.count(s.lower()) for s in stems]
            print(f"{sum(c):4d}  " + "  ".join(f"{s}={n}" for s, n in zip(stems, c)))
else:
    for a in args:
        print(f"{text.count(a.lower())}\t{a}")
