#!/bin/bash
# Usage: ./g.sh PATTERN [PATTERN ...]
# Prints the number of case-insensitive hits of each pattern over the project's existing data sets.
FILES="/work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout40/build.py"
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -io -- "$p" | wc -l)
  printf '%5d  %s\n' "$n" "$p"
done
