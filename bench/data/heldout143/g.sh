#!/bin/bash
# Usage: ./g.sh pattern1 pattern2 ...   -> prints case-insensitive hit counts per pattern
# Searches the existing test/bench data of the main repo (grep only), the writers'
# copies of earlier sets under /work/heldoutNNN/build.py, and the sister set heldout144
# (/work/heldout144/build.py, written in parallel; grepped if present). This set's own
# build.py (/work/heldout143) is excluded.
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout1*/build.py /work/heldout144/build.py 2>/dev/null | grep -v '^/work/heldout143/' | sort -u)
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -oi -- "$p" | wc -l)
  echo "$n	$p"
done
