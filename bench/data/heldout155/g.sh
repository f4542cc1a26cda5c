#!/bin/bash
# Usage: ./g.sh pattern1 pattern2 ...   -> prints case-insensitive hit counts per pattern
# Greps the existing test/bench data files, the earlier sets heldout79..heldout154 (in
# bench/data and in /work) and the sister set heldout156 (/work/heldout156/build.py, if present).
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout1[0-4][0-9]/build.py /work/heldout15[0-4]/build.py /work/heldout156/build.py 2>/dev/null)
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -oi -- "$p" | wc -l)
  echo "$n	$p"
done
