#!/bin/bash
# Usage: ./g.sh pattern1 [pattern2 ...]
# Prints case-insensitive hit counts (matching lines) per pattern over the existing data sets.
shopt -s nullglob
FILES=(/work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout43/build.py)
for p in "$@"; do
  n=$(cat "${FILES[@]}" 2>/dev/null | grep -i -c -- "$p")
  echo "$n	$p"
done
