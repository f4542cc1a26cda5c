#!/bin/bash
# Subject-novelty check: prints case-insensitive hit counts per pattern over the existing sets.
# Usage: ./g.sh stem1 stem2 ...
export LC_ALL=C.UTF-8
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout53/build.py /work/heldout57/build.py 2>/dev/null)
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -i -o -- "$p" | wc -l)
  printf '%s\t%s\n' "$n" "$p"
done
