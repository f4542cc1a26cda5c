#!/bin/bash
# Usage: ./g.sh pattern1 pattern2 ...   -> prints case-insensitive hit counts per pattern
# Searches existing test/bench data, all /work/heldout1*/build.py sets (except this one)
# and the sister set heldout164 (/work/heldout164/build.py, grepped if present).
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout1*/build.py /work/heldout1*/*.jsonl /work/heldout164/build.py 2>/dev/null | grep -v '^/work/heldout163/' | sort -u)
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -oi -- "$p" | wc -l)
  echo "$n	$p"
done
