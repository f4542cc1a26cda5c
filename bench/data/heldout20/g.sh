#!/bin/bash
# usage: g.sh "en|ru" ... ; prints hit count (files) per subject over earlier sets and test tables
F="/work/main/tests/data/comparable_*.jsonl /work/main/bench/data/heldout*/*.jsonl /work/main/bench/data/*.jsonl /work/main/tests/*.py"
for s in "$@"; do
  p=$(echo "$s" | sed 's/|/\\|/g')
  n=$(grep -il "$p" $F 2>/dev/null | wc -l)
  echo "$n  $s"
done
