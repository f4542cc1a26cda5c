#!/bin/bash
# Usage: ./g.sh pattern1 pattern2 ...   -> prints case-insensitive hit counts per pattern
# Greps the existing test/bench data, the earlier sister sets /work/heldout1*/build.py
# (except this set itself) and the parallel sister set heldout161 (grepped if present).
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout1*/build.py /work/heldout161/build.py 2>/dev/null | grep -v '^/work/heldout162/' | sort -u)
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -oi -- "$p" | wc -l)
  echo "$n	$p"
done
