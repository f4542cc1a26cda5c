#!/bin/bash
# Subject-overlap check: prints case-insensitive hit counts per pattern over
# the existing test/bench data and builders. Usage: ./g.sh stem1 stem2 ...
export LC_ALL=C.UTF-8
shopt -s nullglob
FILES=(/work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl \
       /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py \
       /work/main/tests/*.py /work/heldout46/build.py)
for p in "$@"; do
  n=$(cat "${FILES[@]}" 2>/dev/null | grep -i -o -F -- "$p" | wc -l)
  printf '%6d  %s\n' "$n" "$p"
done
