#!/bin/bash
# Usage: ./g.sh pattern1 pattern2 ...      -> prints case-insensitive hit counts per pattern
#        ./g.sh -c pattern                 -> also prints short contexts of the hits
# Greps existing test/bench data, all earlier/sister held-out sets (/work/heldout1*/build.py,
# including the sister sets heldout175, heldout176 and heldout178 if present), but not this set.
# tests/*.py are only counted (contexts are never printed for them).
FILES=$(ls /work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout1*/build.py /work/heldout175/build.py /work/heldout176/build.py /work/heldout178/build.py 2>/dev/null | grep -v '^/work/heldout177/' | sort -u)
if [ "$1" = "-c" ]; then
  shift
  DATA=$(echo "$FILES" | grep -v '^/work/main/tests/[^/]*\.py$')
  for p in "$@"; do
    echo "== $p"
    cat $DATA 2>/dev/null | grep -oi -- ".\{0,70\}$p.\{0,70\}" | sort -u | head -8
  done
  exit 0
fi
TMP=$(mktemp)
cat $FILES 2>/dev/null > "$TMP"
for p in "$@"; do
  n=$(grep -oi -- "$p" "$TMP" | wc -l)
  echo "$n	$p"
done
rm -f "$TMP"
