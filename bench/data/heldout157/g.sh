#!/bin/bash
# Usage: ./g.sh pattern1 pattern2 ...   -> prints case-insensitive hit counts per pattern
# Searches existing test/bench data, all heldout sets in /work/main/bench/data, the parallel
# sets heldout155/156 and the sister set heldout158 (grepped if present).
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout155/build.py /work/heldout156/build.py /work/heldout158/build.py /work/heldout1[3-5][0-9]/build.py 2>/dev/null | grep -v "/heldout157/" | sort -u)
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -oi -- "$p" | wc -l)
  echo "$n	$p"
done
