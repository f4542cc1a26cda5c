#!/bin/bash
# Usage: ./g.sh pattern1 pattern2 ...   -> prints case-insensitive hit counts per pattern
# Greps existing test/bench data, all earlier/sister held-out sets (/work/heldout1*/build.py,
# including the sister sets heldout175, heldout176 and heldout177 once present), but not this set.
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout1*/build.py 2>/dev/null | grep -v '^/work/heldout178/' | sort -u)
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -oi -- "$p" | wc -l)
  echo "$n	$p"
done
