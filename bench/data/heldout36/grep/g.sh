#!/bin/bash
# usage: g.sh candfile ; each line "Name|regex" ; prints hit count per candidate (case-insensitive, over all earlier sets)
FILES="/work/main/tests/data/*.jsonl /work/main/bench/data/*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/heldout*/build.py /work/main/tests/*.py /work/heldout33/*.jsonl /work/heldout33/build.py /work/heldout34/*.jsonl /work/heldout34/build.py /work/heldout35/*.jsonl /work/heldout35/build.py"
cat $FILES 2>/dev/null > /tmp/h36_all.txt
while IFS='|' read -r name re; do
  [ -z "$name" ] && continue
  n=$(grep -ciE "$re" /tmp/h36_all.txt)
  echo "$n	$name"
done < "$1"
