#!/bin/sh
export LC_ALL=C.UTF-8
# Usage: ./g.sh stem1 stem2 ... ; prints case-insensitive hit counts per pattern
# over the existing test/bench data and earlier heldout sets.
FILES="/work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout51/build.py /work/heldout52/build.py /work/heldout53/build.py"
for p in "$@"; do
  n=$(cat $FILES 2>/dev/null | grep -i -c -- "$p")
  echo "$n	$p"
done
