#!/bin/bash
# Usage: ./g.sh pattern1 pattern2 ...   -> prints case-insensitive hit counts per pattern
# Covers existing test/bench data, the earlier standalone sets /work/heldout1*/build.py
# (including heldout163 and heldout164) and the sister set heldout165 (grepped if present).
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout1*/build.py /work/heldout163/build.py /work/heldout164/build.py /work/heldout165/build.py 2>/dev/null | grep -v '^/work/heldout166/' | sort -u)
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -oi -- "$p" | wc -l)
  echo "$n	$p"
done
