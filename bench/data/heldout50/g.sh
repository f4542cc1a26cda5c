#!/bin/bash
# Usage: ./g.sh 'pattern1' 'pattern2' ...   (extended regex, case-insensitive)
# Prints the number of matching lines for each pattern over the existing data/test files.
export LC_ALL=C.UTF-8
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl \
  /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout49/build.py 2>/dev/null)
for p in "$@"; do
  n=$(cat $FILES | grep -i -E -c -- "$p")
  printf '%5d  %s\n' "$n" "$p"
done
