#!/bin/bash
# Usage: ./g.sh pattern1 pattern2 ...   -> prints "count<TAB>pattern" (case-insensitive) over the existing sets
export LC_ALL=C.UTF-8
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout48/build.py 2>/dev/null)
for p in "$@"; do
  n=$(cat $FILES | grep -io -- "$p" | wc -l)
  printf '%s\t%s\n' "$n" "$p"
done
