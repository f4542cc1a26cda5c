#!/bin/bash
# Subject-novelty check: prints the case-insensitive hit count of each pattern
# over the existing test/bench data and the sibling held-out sets.
# Usage: ./g.sh PATTERN [PATTERN ...]
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl \
  /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py \
  /work/main/tests/*.py /work/heldout53/build.py /work/heldout56/build.py 2>/dev/null)
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -oi -- "$p" | wc -l)
  printf '%5d  %s\n' "$n" "$p"
done
