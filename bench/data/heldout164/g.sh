#!/bin/bash
# Usage: ./g.sh pattern1 pattern2 ...   -> prints case-insensitive hit counts per pattern
# Greps the existing test/bench data, the other writers' sets under /work/heldout1*/
# (excluding this set itself) and the sister set heldout163 (/work/heldout163/build.py,
# written in parallel; grepped if present).
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout1*/build.py /work/heldout163/build.py 2>/dev/null | grep -v '/work/heldout164/' | sort -u)
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -oi -- "$p" | wc -l)
  echo "$n	$p"
done
