#!/bin/bash
# Usage: ./g.sh pattern1 pattern2 ...   -> prints case-insensitive hit counts per pattern
# Searches existing test/bench data plus sister set heldout152 (if present) and the other
# /work/heldout*/ sets; never this set itself.
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout*/build.py /work/heldout*/*.jsonl /work/heldout152/build.py 2>/dev/null | grep -v '/work/heldout151/' | sort -u)
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -oi -- "$p" | wc -l)
  echo "$n	$p"
done
