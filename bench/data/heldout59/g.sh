#!/bin/bash
export LC_ALL=C.UTF-8
# Usage: ./g.sh PATTERN [PATTERN ...]
# Prints case-insensitive hit counts of each pattern over existing test/bench data.
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout53/build.py /work/heldout60/build.py 2>/dev/null)
for p in "$@"; do
  n=$(cat $FILES | grep -oi -- "$p" | wc -l)
  echo "$n	$p"
done
