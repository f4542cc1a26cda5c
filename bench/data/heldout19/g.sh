#!/bin/bash
# usage: g.sh "en|ru" ... ; prints subject and hit count
F="/work/main/tests/data/comparable_*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/*.jsonl /work/main/tests/*.py /work/main/bench/data/heldout16/*.jsonl /work/main/bench/data/heldout17/*.jsonl"
for s in "$@"; do
  p=$(echo "$s" | sed 's/|/\\|/g')
  n=$(grep -il "$p" $F 2>/dev/null | wc -l)
  echo "$n  $s"
done
