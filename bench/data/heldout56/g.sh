#!/bin/bash
# Usage: ./g.sh PATTERN [PATTERN ...]
# Prints case-insensitive hit counts (lines) per pattern over the existing data sets.
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout53/build.py /work/heldout55/build.py 2>/dev/null)
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -i -c -- "$p")
  echo "$n	$p"
done
