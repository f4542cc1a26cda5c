#!/bin/bash
# Usage: ./g.sh pattern1 pattern2 ...   -> prints case-insensitive hit counts per pattern
# Greps existing test/bench data, all earlier heldout sets (in /work/main and in /work),
# and the sister set heldout159 (/work/heldout159/build.py, grepped if present).
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout1[0-5]*/build.py /work/heldout1[0-5]*/*.jsonl /work/heldout159/build.py 2>/dev/null)
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -oi -- "$p" | wc -l)
  echo "$n	$p"
done
