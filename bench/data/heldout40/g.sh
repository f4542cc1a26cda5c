#!/bin/bash
# Usage: ./g.sh PATTERN [PATTERN ...]
# Prints, for each pattern, the number of case-insensitive hits over the project's
# existing data sets (and the sibling heldout39 set). A subject is used only if
# every stem of its name (English and Russian) prints 0.
FILES="/work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout39/build.py"
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -io -- "$p" | wc -l)
  printf '%5d  %s\n' "$n" "$p"
done
