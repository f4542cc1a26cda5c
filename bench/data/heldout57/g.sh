#!/bin/bash
# Usage: ./g.sh pattern1 pattern2 ...   (case-insensitive fixed-string stems, EN and RU)
export LC_ALL=C.UTF-8
# Prints hit count per pattern over the existing test/bench data and sibling held-out sets.
shopt -s nullglob
FILES=(/work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout53/build.py /work/heldout58/build.py)
for p in "$@"; do
  n=$(cat "${FILES[@]}" 2>/dev/null | grep -i -o -F -- "$p" | wc -l)
  printf '%s\t%s\n' "$n" "$p"
done
