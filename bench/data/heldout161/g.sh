#!/bin/bash
# Usage: ./g.sh pattern1 pattern2 ...   -> prints case-insensitive hit counts per pattern
export LC_ALL=C.UTF-8
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout1*/build.py 2>/dev/null | grep -v '/work/heldout161/')
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -oi -- "$p" | wc -l)
  echo "$n	$p"
done
