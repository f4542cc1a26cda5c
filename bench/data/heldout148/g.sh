#!/bin/bash
# Usage: ./g.sh pattern1 pattern2 ...   -> prints case-insensitive hit counts per pattern
# Greps the existing test/bench data, earlier held-out sets (in /work/main and their
# working copies /work/heldout137..146), and the sister set heldout147
# (/work/heldout147/build.py, written in parallel; grepped if present).
# heldout148 itself (this directory) is excluded.
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/tests/data/*/*.jsonl \
  /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl \
  /work/main/bench/data/heldout*/build.py /work/main/tests/*.py \
  /work/heldout1[0-3]*/build.py /work/heldout14[0-6]/build.py \
  /work/heldout1[0-3]*/*.jsonl /work/heldout14[0-6]/*.jsonl \
  /work/heldout147/build.py 2>/dev/null | grep -v '^/work/heldout148/')
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -oi -- "$p" | wc -l)
  echo "$n	$p"
done
