#!/bin/bash
# Usage: ./g.sh pattern1 pattern2 ...   -> prints case-insensitive hit counts per pattern
# Greps existing test/bench data (incl. heldout79..heldout140), the sibling sets in /work,
# and the sister set heldout142 (/work/heldout142/build.py, if present). Excludes this set.
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout1[0-3]*/build.py /work/heldout140/build.py /work/heldout142/build.py 2>/dev/null)
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -oi -- "$p" | wc -l)
  echo "$n	$p"
done
