#!/usr/bin/env bash
# Subject-novelty check: prints the number of matching lines (case-insensitive)
# for each pattern over the existing test/bench data, earlier held-out sets and heldout41.
# Usage: ./g.sh 'Magna Cart' 'хартия' ...
export LC_ALL=C.UTF-8
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl \
  /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py \
  /work/main/tests/*.py /work/heldout41/build.py 2>/dev/null)
for p in "$@"; do
  n=$(cat $FILES | grep -i -c -- "$p")
  printf '%6d  %s\n' "$n" "$p"
done
