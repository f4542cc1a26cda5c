#!/bin/bash
export LC_ALL=C.UTF-8
# Usage: ./g.sh PATTERN [PATTERN ...]
# Prints, for each pattern, the number of case-insensitive matching lines over the
# existing test/bench data and other held-out sets (subject-overlap check only).
shopt -s nullglob
FILES=(/work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout42/build.py)
for p in "$@"; do
  n=$(cat "${FILES[@]}" 2>/dev/null | grep -i -c -- "$p")
  printf '%6s  %s\n' "$n" "$p"
done
